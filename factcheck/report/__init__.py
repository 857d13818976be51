"""Formatters: pure functions from results to text. `FORMATS[name](results) -> str`."""
from __future__ import annotations

from .github_format import render as render_github
from .html_format import render as render_html
from .json_format import render as render_json
from .markdown_format import render as render_markdown
from .sarif_format import render as render_sarif
from .text_format import render as render_text

FORMATS = {
    "text": render_text,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "markdown": render_markdown,
    "html": render_html,
}
