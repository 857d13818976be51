"""GitHub Actions workflow commands (annotations). The CLI also writes the Markdown table to
$GITHUB_STEP_SUMMARY, since annotations are capped per step."""
from __future__ import annotations

from ..document import LineIndex
from ..findings import view
from ..model import FileResult

COMMANDS = {"error": "error", "warning": "warning", "note": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotations(result: FileResult, lines: LineIndex | None = None) -> list[str]:
    """A workflow command per finding; `lines` places the result's text in the file."""
    lines = lines or LineIndex(result.text)
    out = []
    for f in view(result).findings:
        line, col, end_line, end_col = lines.region(f.start, f.end)
        props = (f"file={escape_property(result.path)},line={line},col={col},"
                 f"endLine={end_line},endColumn={end_col},title={escape_property(f.rule.title)}")
        out.append(f"::{COMMANDS[f.level]} {props}::{escape_data(f.message)}")
    return out


def render(results: list[FileResult]) -> str:
    return "".join(line + "\n" for result in results for line in annotations(result))
