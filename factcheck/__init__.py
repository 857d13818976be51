"""factcheck: extract figures and attributions from news text and verify them against sourced facts."""
__version__ = "0.1.0"
