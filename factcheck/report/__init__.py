"""Formatters: pure functions from results to text. `FORMATS[name](results) -> str`."""
from __future__ import annotations

from .json_format import render as render_json
from .text_format import render as render_text

FORMATS = {"text": render_text, "json": render_json}
