"""A file checked as a stream of sections, in memory that does not grow with the file.

A section is a run of whole paragraphs (runs of non-blank lines) holding SECTION characters or a
little more: it ends at the first blank line after that, or at the first line end after LONG
characters if there is no blank line (a paragraph a line, one after the other). A line of more
than LONG characters comes in parts: cut after its last sentence end in the part, else after
its last space before a word (a figure such as "2.3 million" can be cut there, as at a section's
end), else, with no space in 4 × LONG characters, anywhere; a section can then begin inside a line.
A Markdown code block or HTML comment stays whole, blank lines and all; an ignore directive
covers its paragraph (as far as the section goes).

Each section is checked as a document of its own with the file's date, language and title,
decided once from the start of the file (its front matter and first SAMPLE letters) as they are
for the whole file. The pipeline links figures, attributions and quotations within a sentence or a
line, so that the findings are those of the whole file, but for what a section does not see of
the sections before it: who an implied speaker ("وأضاف", "he added") or "the statement" stands
for, and the role a counterpart ("نظيره") holds, are looked for within the section, and so are
figures that disagree with each other (a headline and its body, a total and a later breakdown). The spans of
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

from .api import Checker
from .document import (REACH, SAMPLE, Document, LineIndex, body_start, decode_blocks, from_text, is_markdown,
                       markdown_open, reading, sample_letters, section)
from .errors import FactcheckError
from .model import FileResult
from .rules import punctuation

BLOCK = 1 << 16         # bytes read at a time
SECTION = 1 << 16       # characters of whole paragraphs a section holds at least (but the last)
LONG = 1 << 18          # characters after which a section ends at a line end, and a line is cut

# a section of a file: (the file's Document without its text, offset of the section, its first
# line and column, its text)
Section = tuple[Document, int, int, int, str]

_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
# where a long line is cut, best first: after a sentence end, after a space before a word
_CUTS = (regex.compile(rf"[{regex.escape(punctuation().sentence_ends)}]\s+(?=\w)"), regex.compile(r"[^\S\r\n]+(?=\w)"))


def lines(chunks: Iterable[str]) -> Iterator[str]:
    """The lines of a text given in pieces, each with its line break (CRLF, CR or LF, the breaks
    LineIndex counts); a line of more than LONG characters in parts (see the module's docstring)."""
    pending: list[str] = []
    size = 0        # characters in `pending`
    for chunk in chunks:
        cut = max(chunk.rfind("\n"), chunk.rfind("\r", 0, len(chunk) - 1)) + 1   # a CR at the end may be a CRLF's
        if cut:
            pending.append(chunk[:cut])
            yield from _LINE.findall("".join(pending))
            pending, size = [chunk[cut:]], len(chunk) - cut
        else:
            pending.append(chunk)
            size += len(chunk)
        if size > LONG:
            text = "".join(pending)
            at = _cut(text)
            yield from _LINE.findall(text[:at])
            pending, size = [text[at:]], len(text) - at
    yield from _LINE.findall("".join(pending))


def _cut(text: str) -> int:
    """Where a long line's part ends: after the last sentence end in the second half of `text`,
    else after its last space before a word; with neither, 0 (not yet), or past 4 × LONG
    characters the end of `text`."""
    for pattern in _CUTS:
        at = 0
        for m in pattern.finditer(text, len(text) // 2):
            at = m.end()
        if at:
            return at
    return len(text) if len(text) >= 4 * LONG else 0


def _file_lines(path: str, encoding: str | None) -> Iterator[str]:
    with reading(path), (nullcontext(sys.stdin.buffer) if path == "-" else open(path, "rb")) as fh:
        yield from lines(decode_blocks(iter(lambda: fh.read(BLOCK), b""), path, encoding))


def sections(source: Iterable[str], markdown: bool, start: int = 0,
             line: int = 1) -> Iterator[tuple[int, int, int, str]]:
    """(offset, first line, first column, text) of each section of the lines (or parts of a long
    line), counted from `start` and `line`."""
    run: list[str] = []
    size, fence, comment = 0, False, False
    column = first = 1          # the column where the next piece begins, and where the run began
    begins = line
    for text in source:
        blank = not text.strip(" \t\r\n")
        if run and (blank and size >= SECTION or size >= LONG) and not (fence or comment):
            yield start, begins, first, "".join(run)
            start, run, size = start + size, [], 0
        if blank and not run:       # between sections
            start += len(text)
        else:
            if not run:
                begins, first = line, column
            run.append(text)
            size += len(text)
            if markdown:    # a part of a line begins with a word: never a fence
                fence, comment = markdown_open(text, fence, comment)
        line, column = (line + 1, 1) if text[-1] in "\r\n" else (line, column + len(text))
    if run:
        yield start, begins, first, "".join(run)


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
    markdown = is_markdown(path)
    rest = sections(itertools.chain(_LINE.findall(head, body), source), markdown, body,
                    head.count("\n", 0, body) + 1)
    taken, letters = [], 0      # the sections that tell the language (see detect_language)
    for part in rest:
        taken.append(part)
        letters += sample_letters(part[3], markdown)
        if letters >= SAMPLE or part[0] + len(part[3]) >= REACH:
            break
    sample, end = [head[:body]], body       # the file as far as taken, its blank lines as line feeds
    for start, _, _, text in taken:
        sample += ["\n" * (start - end), text]
        end = start + len(text)
    whole = from_text("".join(sample), path, lang, date)
    whole = dataclasses.replace(whole, text="", masked="", suppressed=[])
    return whole, ((whole, *part) for part in itertools.chain(taken, rest))


def check(item: Section, checker: Checker) -> tuple[LineIndex, FileResult]:
    """Check a section; with the LineIndex that places its text in the file."""
    whole, start, line, column, text = item
    try:
        result = checker.check_document(section(text, whole), whole=False).result
    except FactcheckError as exc:
        raise FactcheckError(exc.message, whole.path, line) from None
    return LineIndex(text, start, line, column), result
