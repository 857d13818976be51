"""Reading a document: decoding, front matter, language, article date, line and column."""
from __future__ import annotations

import codecs
import datetime as dt
import functools
import itertools
import re
import sys
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .errors import FactcheckError
from .html_text import visible_text
from .rules import check_language, key_lines, language, languages, load_yaml

_FRONT_MATTER = regex.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", regex.S | regex.M)
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_NAME_DATE = regex.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_FENCE = regex.compile(r"^[ \t]{0,3}(?:```|~~~)", regex.M)
_DIRECTIVE = regex.compile(r"\A<!--\s*factcheck:\s*ignore\b([^>]{0,500}?)\s*-->")
_BLANK_LINE = regex.compile(r"(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)")
SAMPLE = 20_000         # letters of a text (as masked: no markup, front matter, code) that tell its language,
REACH = 1_000_000       # looked for in its first REACH characters


@dataclass
class Document:
    path: str                     # as the user named it ("-" for standard input)
    text: str                     # the decoded text as given: every offset points into it
    masked: str                   # same length; front matter blanked (newlines kept) for extraction
    lang: str
    date: dt.date
    date_from: str                # "option", "front matter", "file name" or "today"
    title: str | None = None
    # (start, end, rule ids or None for every rule) from `<!-- factcheck: ignore [rule ...] -->`
    suppressed: list[tuple[int, int, frozenset[str] | None]] = field(default_factory=list)
    lead: str = ""                # the title and the first paragraphs: what the article is about

    def is_suppressed(self, offset: int, rule: str) -> bool:
        return any(s <= offset < e and (rules is None or rule in rules) for s, e, rules in self.suppressed)


class LineIndex:
    """Offsets to 1-based line and column (in code points); CRLF is one break, a BOM no column.
    For a piece of a file (a section of a file checked as a stream), `start`, `line` and `column`
    place the text in the file: it begins at character `start`, on line `line` at `column`."""

    def __init__(self, text: str, start: int = 0, line: int = 1, column: int = 1):
        self._starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]
        self._bom = start == 0 and text.startswith("\ufeff")     # a file's first character only
        self.start, self._line, self._column = start, line - 1, column - 1

    def region(self, start: int, end: int) -> tuple[int, int, int, int]:
        """Line and column of a span's start, then of its end."""
        return (*self.position(start), *self.position(end))

    def position(self, offset: int) -> tuple[int, int]:
        """The line and column in the file of an offset into the text."""
        line = bisect_right(self._starts, offset)
        column = offset - self._starts[line - 1] + 1
        if line == 1:
            column += self._column - (self._bom and offset > 0)
        return self._line + line, column


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """The text of a file: in `encoding` when given, else UTF-16 with a BOM, else UTF-8."""
    return "".join(filter(None, decode_blocks([data], path, encoding)))   # one piece: not copied


def decode_blocks(blocks: Iterable[bytes], path: str, encoding: str | None = None) -> Iterator[str]:
    """The text of a file given as blocks of bytes, decoded as they come, as `decode` does: the
    first block (8 KB at least, unless it is the whole file) tells UTF-16 and binary files."""
    blocks = iter(blocks)
    first = next(blocks, b"")
    if encoding:
        codec = name = encoding
    elif first.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec, name = "utf-16", "UTF-16"
    elif b"\x00" in first[:8192]:
        raise FactcheckError("binary file (contains NUL bytes), skipped", path)
    else:
        codec, name = "utf-8", "UTF-8"
    decoder = codecs.getincrementaldecoder(codec)()
    done = lines = 0            # bytes decoded before the block, and line feeds in them
    for block in itertools.chain([first], blocks, [None]):     # None: the end of the file
        data = block or b""
        held = decoder.getstate()[0]        # the end of the block before, an incomplete character
        try:
            text = decoder.decode(data, final=block is None)
        except UnicodeDecodeError as exc:
            valid = data[:max(0, exc.start - len(held))]
            yield decoder.decode(valid)     # the text up to the error: a stream reports it
            at = done - len(held) + exc.start
            if codec != "utf-8":
                raise FactcheckError(f"invalid {name} at byte {at}", path) from None
            raise FactcheckError(f"invalid UTF-8 at byte {at} (another encoding? give --encoding)",
                                 path, lines + valid.count(b"\n") + 1) from None
        done, lines = done + len(data), lines + data.count(b"\n")
        yield text


@dataclass(frozen=True)
class _Scripts:
    letter: regex.Pattern                           # a letter of any pack's script
    scripts: tuple[tuple[regex.Pattern, str], ...]  # each script's letters, and the pack its texts are read in
    fallback: str                                   # the pack of a text no script has most of


@functools.lru_cache(maxsize=None)
def _scripts(packs: tuple[str, ...]) -> _Scripts:
    """The scripts the packs declare (`script:` of language.yaml); a script several packs share
    goes to the one declared its `default` (else the first by name)."""
    by_script: dict[str, str] = {}
    for lang in packs:
        script = language(lang)["script"]
        if script["name"] not in by_script or script.get("default"):
            by_script[script["name"]] = lang
    classes = [language(lang)["script"]["letters"] for lang in by_script.values()]
    fallback = next((lang for lang in packs if language(lang).get("fallback")), packs[0])
    return _Scripts(regex.compile(f"[{''.join(classes)}]"),
                    tuple((regex.compile(f"[{c}]"), lang) for c, lang in zip(classes, by_script.values())), fallback)


def detect_language(text: str) -> str:
    """The pack whose script has most of the first SAMPLE letters of a masked text (the page's
    visible text, not its 20 KB of <head>, blank once masked); the `fallback` pack when no script
    has more than every other (or there are no letters)."""
    s = _scripts(tuple(languages()))
    letters = "".join(m.group() for m in itertools.islice(s.letter.finditer(text, 0, REACH), SAMPLE))
    counts = sorted(((len(p.findall(letters)), lang) for p, lang in s.scripts), reverse=True)
    if not counts or not counts[0][0] or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return s.fallback
    return counts[0][1]


def sample_letters(text: str, markdown: bool) -> int:
    """The letters detect_language counts in a section of a file (of a Markdown file: outside
    comments and code blocks)."""
    return len(_scripts(tuple(languages())).letter.findall(_mask_markdown(text)[0] if markdown else text))


def _parse_date(value: object, path: str, line: int | None) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise FactcheckError(f"date {value!r} is not YYYY-MM-DD", path, line) from None


_NOT_BREAK = regex.compile(r"[^\r\n]")


def _blank(text: str, regions: list[tuple[int, int]]) -> str:
    """Replace every character of the (sorted) regions but line breaks with a space."""
    pieces, pos = [], 0
    for start, end in regions:
        start = max(start, pos)
        if end <= start:
            continue
        pieces += [text[pos:start], _NOT_BREAK.sub(" ", text[start:end])]
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


def _mask_markdown(text: str) -> tuple[str, list[tuple[int, int, frozenset[str] | None]]]:
    """Blank out HTML comments and fenced code blocks (same length, newlines kept) and collect
    `<!-- factcheck: ignore -->` directives, each covering the paragraph after it. Linear time."""
    regions: list[tuple[int, int]] = []
    suppressed = []
    pos = 0
    while (start := text.find("<!--", pos)) != -1:
        end = text.find("-->", start + 4)
        if end == -1:
            break
        end += 3
        regions.append((start, end))
        if d := _DIRECTIVE.match(text[start:end]):
            rules = frozenset(d.group(1).split()) or None
            para = _BLANK_LINE.search(text, end)
            suppressed.append((end, para.start() if para else len(text), rules))
        pos = end
    fences = [m.start() for m in _FENCE.finditer(text)]
    for open_, close in zip(fences[::2], fences[1::2]):
        line_end = text.find("\n", close)
        regions.append((open_, len(text) if line_end == -1 else line_end))
    return _blank(text, sorted(regions)), suppressed


def markdown_open(line: str, fence: bool, comment: bool) -> tuple[bool, bool]:
    """Whether a fenced code block and an HTML comment are open after `line`, as `_mask_markdown`
    pairs them, given whether they were before it."""
    fence ^= bool(_FENCE.match(line))
    pos = 0
    while (at := line.find("-->" if comment else "<!--", pos)) != -1:
        pos, comment = at + (3 if comment else 4), not comment
    return fence, comment


def body_start(text: str) -> int:
    """Offset where the article body starts: after the BOM and the YAML front matter, if any."""
    m = _FRONT_MATTER.match(text)
    return m.end() if m else int(text.startswith("\ufeff"))


def from_text(text: str, path: str = "-", lang: str = "auto", date: dt.date | None = None) -> Document:
    """Build a Document from decoded text; options override front matter."""
    check_language(lang, path)
    meta: dict = {}
    lines: dict[str, int] = {}      # the line of each key of the front matter
    masked = text
    meta_from = "front matter"
    m = _FRONT_MATTER.match(text)
    if Path(path).suffix.lower() in (".html", ".htm"):
        masked, meta = visible_text(text)
        meta_from = "html meta"
    elif m:
        front_line = 2
        try:
            meta = load_yaml(Path(path), m.group(1)) or {}
        except FactcheckError as exc:
            raise FactcheckError(exc.message, path, (exc.line or 0) + front_line - 1 or None) from None
        if not isinstance(meta, dict):
            raise FactcheckError("front matter must be a mapping", path, front_line)
        lines = {key: n + front_line - 1 for key, n in key_lines(m.group(1)).items()}
        if meta.get("lang") == "auto":      # detected, as when not given
            del meta["lang"]
        if meta.get("lang"):
            check_language(str(meta["lang"]), path, lines.get("lang"))
        masked = _blank(text, [(0, m.end())])
    suppressed: list = []
    if is_markdown(path):
        masked, suppressed = _mask_markdown(masked)
    if date is not None:
        date_from = "option"
    elif meta.get("date") is not None:
        date, date_from = _parse_date(meta["date"], path, lines.get("date")), meta_from
    elif (n := _NAME_DATE.search(Path(path).name)) and _valid(n):
        date, date_from = dt.date(*map(int, n.groups())), "file name"
    else:
        date, date_from = dt.date.today(), "today"
    if lang == "auto":
        lang = str(meta.get("lang") or detect_language(masked))
    title = str(meta["title"]) if meta.get("title") else None
    return Document(path, text, masked, lang, date, date_from, title, suppressed, lead(masked, title))


LEAD = 1000     # characters at the start of an article its lead is read from


_LETTERS = re.compile(r"[^\W\d_]+")
LEAD_WORDS = 10  # a paragraph of fewer words is a dateline, a byline or a subtitle, not the lead


def lead(masked: str, title: str | None) -> str:
    """The article's title (front matter or meta) and its first two paragraphs (in a plain text
    article, the headline and the lead), from its first LEAD characters; a short paragraph after
    the first (a dateline: "Thursday, February 23, 2006", "الرياض 26 شوال 1436 هـ واس") does not
    count: the lead is the first paragraph of LEAD_WORDS words or more after it."""
    paragraphs = [line.strip() for line in masked[:LEAD].split("\n") if line.strip()]
    end = next((k + 1 for k, p in enumerate(paragraphs[1:], 1) if len(_LETTERS.findall(p)) >= LEAD_WORDS),
               min(2, len(paragraphs)))
    return "\n".join(([title] if title else []) + paragraphs[:end])


def is_markdown(path: str) -> bool:
    """Whether a file is read as Markdown (comments and code blocks skipped, ignore directives)."""
    return Path(path).suffix.lower() in (".md", ".markdown") or path == "-"


def section(text: str, whole: Document) -> Document:
    """A section of a file checked as a stream, as a Document of its own with the file's
    language, date, title and lead (`whole`, read from the start of the file)."""
    masked, suppressed = _mask_markdown(text) if is_markdown(whole.path) else (text, [])
    return Document(whole.path, text, masked, whole.lang, whole.date, whole.date_from, whole.title, suppressed,
                    whole.lead)


def _valid(m: regex.Match) -> bool:
    try:
        dt.date(*map(int, m.groups()))
        return True
    except ValueError:
        return False


@contextmanager
def reading(path: str):
    """Errors reading `path` as one-line FactcheckErrors."""
    try:
        yield
    except IsADirectoryError:
        raise FactcheckError("is a directory", path) from None
    except FileNotFoundError:
        raise FactcheckError("no such file", path) from None
    except PermissionError:
        raise FactcheckError("permission denied", path) from None
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc.strerror or exc}", path) from None


def read_document(path: str, lang: str = "auto", date: dt.date | None = None,
                  encoding: str | None = None) -> Document:
    """Read a file (or "-" for standard input) as a Document. Never writes anything."""
    with reading(path):
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    return from_text(decode(data, path, encoding), path, lang, date)
