"""Formatters: pure functions from results to text. `FORMATS[name](results) -> str`.

The STREAMED formats can also be written as the results come, file by file or, for a file
checked as a stream, section by section: `part` renders one, `opening` and `closing` go around
a streamed file's parts, and `ending` closes the report from its counts.
"""
from __future__ import annotations

from ..document import Document, LineIndex
from ..model import FileResult
from . import github_format, json_format, text_format
from .claimreview_format import render as render_claimreview
from .html_format import render as render_html
from .markdown_format import render as render_markdown
from .sarif_format import render as render_sarif

FORMATS = {
    "text": text_format.render,
    "json": json_format.render,
    "jsonl": json_format.render_lines,
    "sarif": render_sarif,
    "github": github_format.render,
    "markdown": render_markdown,
    "html": render_html,
    "claimreview": render_claimreview,
}
STREAMED = ("text", "github", "jsonl")


def part(fmt: str, result: FileResult, lines: LineIndex | None = None, color: bool = False) -> str:
    """What a report in a STREAMED format says of a file; given `lines`, of a section of a file
    (placed in the file by `lines`; a JSON line only for a section with anything in it)."""
    if fmt == "text":
        return text_format.block(result, color) if lines is None else \
            text_format.styled(text_format.items(result, lines), color)
    if fmt == "github":
        return "".join(line + "\n" for line in github_format.annotations(result, lines))
    if lines is None or result.figures or result.attributions or result.quotes or result.roles:
        return json_format.line(result, lines)
    return ""


def opening(fmt: str, doc: Document, color: bool = False) -> str:
    """What comes before the sections of a file checked as a stream."""
    return text_format.styled([text_format.heading(doc.path, doc.lang, doc.date, doc.date_from)], color) \
        if fmt == "text" else ""


def closing(fmt: str, color: bool = False) -> str:
    """What comes after the sections of a file checked as a stream."""
    return text_format.styled([""], color) if fmt == "text" else ""


def ending(fmt: str, tally: text_format.Tally, color: bool = False) -> str:
    """The end of a report written part by part."""
    return text_format.totals(tally, color) if fmt == "text" else ""
