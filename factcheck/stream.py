"""A file checked as a stream of sections, in memory that does not grow with the file.

A section is a run of whole paragraphs (runs of non-blank lines) holding SECTION characters or a
little more: it ends at the first blank line after that, or at the first line end after LONG
characters if there is no blank line (a paragraph a line, one after the other). A Markdown code
block or HTML comment stays whole, blank lines and all; an ignore directive covers its paragraph.

Each section is checked as a document of its own with the file's date, language and title,
decided once from the start of the file (its front matter and first SAMPLE characters) as they are
for the whole file. The pipeline links figures, attributions and quotations within a sentence or a
line, so that the findings are those of the whole file, but for what a section does not see of
the sections before it: who an implied speaker ("وأضاف", "he added") or "the statement" stands
for, and the role a counterpart ("نظيره") holds, are looked for within the section. The spans of
a section's result are offsets into the section; the LineIndex that comes with it places them
in the file.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from pathlib import Path

import regex

from .document import (SAMPLE, Document, LineIndex, body_start, decode_blocks, from_text, is_markdown,
                       markdown_open, reading, section)
from .errors import FactcheckError
from .model import FileResult
from .pipeline import check_document

BLOCK = 1 << 16         # bytes read at a time
SECTION = 1 << 16       # characters of whole paragraphs a section holds at least (but the last)
LONG = 1 << 18          # characters after which a section ends at a line end

# a section of a file: (the file's Document without its text, offset of the section, its first line, its text)
Section = tuple[Document, int, int, str]

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


def lines(chunks: Iterable[str]) -> Iterator[str]:
    """The lines of a text given in pieces, each with its line break (CRLF, CR or LF, the breaks
    LineIndex counts)."""
    pending: list[str] = []
    for chunk in chunks:
        cut = max(chunk.rfind("\n"), chunk.rfind("\r", 0, len(chunk) - 1)) + 1   # a CR at the end may be a CRLF's
        if cut:
            pending.append(chunk[:cut])
            yield from _LINE.findall("".join(pending))
            pending = [chunk[cut:]]
        else:
            pending.append(chunk)
    yield from _LINE.findall("".join(pending))


def _file_lines(path: str, encoding: str | None) -> Iterator[str]:
    with reading(path), (nullcontext(sys.stdin.buffer) if path == "-" else open(path, "rb")) as fh:
        yield from lines(decode_blocks(iter(lambda: fh.read(BLOCK), b""), path, encoding))


def sections(source: Iterable[str], markdown: bool, start: int = 0,
             line: int = 1) -> Iterator[tuple[int, int, str]]:
    """(offset, first line, text) of each section of the lines, counted from `start` and `line`."""
    run: list[str] = []
    size, fence, comment = 0, False, False
    for text in source:
        blank = not text.strip(" \t\r\n")
        if run and (blank and size >= SECTION or size >= LONG) and not (fence or comment):
            yield start, line, "".join(run)
            start, line, run, size = start + size, line + len(run), [], 0
        if blank and not run:
            start, line = start + len(text), line + 1
            continue
        run.append(text)
        size += len(text)
        if markdown:
            fence, comment = markdown_open(text, fence, comment)
    if run:
        yield start, line, "".join(run)


def read(path: str, lang: str = "auto", date: dt.date | None = None,
         encoding: str | None = None) -> tuple[Document, Iterator[Section]]:
    """The file's Document, read from its start (without the text), and its sections, read as
    they are taken. Errors in either are FactcheckErrors."""
    if Path(path).suffix.lower() in (".html", ".htm"):
        raise FactcheckError("--stream reads text and Markdown, not HTML: check it without --stream", path)
    source = _file_lines(path, encoding)
    front = list(itertools.islice(source, 1))
    if front and front[0].lstrip("\ufeff").rstrip() == "---":      # front matter, up to its closing line
        # (without one, the whole file: as without --stream, "---" opens nothing then)
        for text in source:
            front.append(text)
            if text.rstrip() in ("---", "...") and body_start("".join(front)) > 1:
                break
    head = "".join(front)
    body = body_start(head)
    rest = sections(itertools.chain(_LINE.findall(head, body), source), is_markdown(path), body,
                    head.count("\n", 0, body) + 1)
    taken = []
    for part in rest:
        taken.append(part)
        if part[0] + len(part[2]) >= SAMPLE:
            break
    sample, end = [head[:body]], body       # the file as far as taken, its blank lines as line feeds
    for start, _, text in taken:
        sample += ["\n" * (start - end), text]
        end = start + len(text)
    whole = from_text("".join(sample), path, lang, date)
    whole = dataclasses.replace(whole, text="", masked="", suppressed=[])
    return whole, ((whole, *part) for part in itertools.chain(taken, rest))


def check(item: Section, store, levels: dict[str, str] | None = None) -> tuple[LineIndex, FileResult]:
    """Check a section; with the LineIndex that places its text in the file."""
    whole, start, line, text = item
    try:
        result = check_document(section(text, whole), store, levels)
    except FactcheckError as exc:
        raise FactcheckError(exc.message, whole.path, line) from None
    return LineIndex(text, start, line), result
