"""factcheck: extract figures and attributions from news text and verify them against sourced facts.

    import factcheck
    report = factcheck.check(text, date="2024-03-20")     # or factcheck.Checker(refs=[...]).check(text)

See factcheck.api (loaded on first use, so that the command line starts fast).
"""
from typing import TYPE_CHECKING

if TYPE_CHECKING:       # the names as a type checker sees them; at run time, loaded on first use
    from .api import CheckedFigure, CheckedQuote, Checker, Report, check

__version__ = "0.1.0"
__all__ = ["Checker", "CheckedFigure", "CheckedQuote", "Report", "check", "__version__"]


def __getattr__(name: str) -> object:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
