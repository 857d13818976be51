"""The text report styled for a terminal with rich: the plain report's lines, with the verdicts
coloured and the figure's span in its excerpt marked, and the summary tables drawn as tables.
Imported only when the report goes to a terminal in colour."""
from __future__ import annotations

import io

import regex
from rich.console import Console
from rich.table import Table
from rich.text import Text

STYLES = {"supported": "green", "unverified": "magenta", "outdated": "yellow",
          "contradicted": "bold red", "attribution": "blue"}
_LOCATION = regex.compile(r":\d+:\d+: ([a-z]+):")    # path:line:column: verdict (or kind):
_LABEL = regex.compile(r" {4}[a-z ]+:")
_SPAN = regex.compile(r"⟦[^⟧]*⟧")


def _styled(line: str, location: regex.Match | None, style: str) -> Text:
    """One line of the plain report, styled; `style` is the verdict's of the line's figure."""
    text = Text(line)
    if location:
        text.stylize("dim", 0, location.start(1))
        text.stylize(style, location.start(1), location.end(1))
    elif label := _LABEL.match(line):
        text.stylize("dim", 0, label.end())
        for span in _SPAN.finditer(line, label.end()):
            text.stylize(f"bold underline {style}", span.start(), span.end())
    elif line:
        text.stylize("bold")                              # a file's heading
    return text


def _console() -> Console:
    return Console(file=io.StringIO(), force_terminal=True, color_system="standard", no_color=False,
                   width=120, highlight=False, markup=False, emoji=False)


def styled(lines: list[str]) -> str:
    """Lines of the plain report, styled."""
    console = _console()
    style = ""
    for line in lines:
        location = None if line.startswith(" ") else _LOCATION.search(line)
        if location:
            style = STYLES.get(location.group(1), "cyan")
        console.print(_styled(line, location, style), soft_wrap=True)
    return console.file.getvalue()


def totals(tables: list[tuple[str, list[tuple[str, int]]]], summary: str) -> str:
    """The tables of counts drawn as tables, and the summary line."""
    console = _console()
    for title, rows in tables:
        table = Table(box=None, header_style="bold")
        table.add_column(title)
        table.add_column("count", justify="right")
        for key, n in rows:
            table.add_row(Text(key, STYLES.get(key, "")), str(n))
        console.print(table)
        console.print()
    console.print(Text(summary, "bold"), soft_wrap=True)
    return console.file.getvalue()
