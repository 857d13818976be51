"""Offset-keeping normalisation.

The normalised text differs from the original only by one-to-one character mappings
(digits, separators, letter variants, spaces) and deletions (diacritics and other combining
marks, tatweel, bidi and zero-width controls), so any span found in the normalised text maps back exactly to the
original. The tables are data: `rules/common/normalize.yaml` (and any `stage: normalize` file)
and the `normalize:` of every language pack's language.yaml, applied to every text whatever its
language (a text is normalised before its language is known, and a store's names are matched
against texts of every language).
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass

import regex

from .errors import FactcheckError
from .rules import FLAGS, all_rule_files, compile_regex, expand, punctuation, rule_file


@dataclass(frozen=True)
class _Tables:
    translate: dict[int, int | None]
    attached: frozenset[str]
    deleted: re.Pattern | None          # a plain class run: linear, and faster in `re` than in `regex`
    changed: re.Pattern | None          # a character that the tables map or delete
    decimal: re.Pattern | None = None   # a pack's mark written for the decimal point between digits
    reversed: re.Pattern | None = None  # a number written with its groups in reversed order


@functools.lru_cache(maxsize=1)
def _tables() -> _Tables:
    mapping: dict[int, int | None] = {}
    attached = ""
    controls = ""
    marks = reversed_marks = ""
    for path in all_rule_files():
        data = rule_file(path)
        if data["stage"] == "language":
            data = data.get("normalize") or {}
        elif data["stage"] != "normalize":
            continue
        for src, dst in (data.get("map") or {}).items():
            if len(src) != len(dst):
                raise ValueError(f"{path}: map {src!r} -> {dst!r} must be one character to one")
            mapping.update(zip(map(ord, src), map(ord, dst)))
        attached += data.get("attached", "") + "".join(
            chr(c) for first, last in data.get("attached_ranges") or () for c in range(ord(first), ord(last) + 1))
        controls += data.get("controls", "")
        marks += data.get("decimal_marks", "")
        reversed_marks += data.get("reversed_marks", "")
    translate = dict(mapping)
    translate.update((ord(c), None) for c in attached + controls)
    deleted = re.compile("[" + _ranges(attached + controls) + "]+") if attached + controls else None
    # the fast path's test: a character mapped or deleted, or a mark that may stand for a decimal
    # point or be a reversed number's ("1،72" and "83ر1" alone have nothing else to change)
    seen = "".join(map(chr, translate)) + marks + reversed_marks
    changed = re.compile("[" + _ranges(seen) + "]") if seen else None
    # "1،72": a mark between a digit and one or two digits is the decimal point ("2013،2014" and
    # "1،2،3" are lists)
    m = _ranges(marks)
    decimal = re.compile(f"[{m}](?<=\\d[{m}])(?<![{m}]\\d[{m}])(?<![{m}]\\d\\d[{m}])(?=\\d{{1,2}}(?![\\d{m}]))") \
        if marks else None
    r = _ranges(reversed_marks)
    reverse = re.compile(f"(?<![\\d{r}.,])\\d+(?:[{r}]\\d+)+(?![\\d{r}])") if reversed_marks else None
    return _Tables(translate, frozenset(attached), deleted, changed, decimal, reverse)


def _unreversed(m: re.Match) -> str:
    """"83ر1" -> "1.83", "540ر999ر45" -> "45,999,540": the same length, offsets kept."""
    groups = re.split(r"\D", m.group())
    return ("." if len(groups) == 2 else ",").join(reversed(groups))


@functools.lru_cache(maxsize=1)
def sentence_end() -> re.Pattern:
    """A run of the packs' sentence and clause ends ("." "?" "؟" ";") not after an initial ("U.S.",
    "J. Smith") nor before a digit, or a line end: written to begin with a class, which lets `re`
    skip ahead fast (a leading lookbehind would make it try every position); it matches what
    `(?<![\\s.][^\\W\\d_])[MARKS]+(?!\\d)|\\n` does."""
    p = punctuation()
    marks = "".join(map(re.escape, p.sentence_ends + p.clause_ends))
    return re.compile(rf"[{marks}\n](?:(?<=\n)|(?<![\s.][^\W\d_][{marks}])[{marks}]*(?!\d))")


def _bracketed(text: str, start: int, end: int, reach: int = 60) -> bool:
    """The sentence end at text[start:end] is a clause end (";") between brackets that open and
    close within `reach` characters of it on its line."""
    if text[start:end].strip(punctuation().clause_ends):
        return False
    before = text[max(0, start - reach):start]
    after = text[end:end + reach]
    opened = before.rfind("(")
    closed = after.find(")")
    return opened > before.rfind(")") and opened > before.rfind("\n") and closed >= 0 and \
        "(" not in after[:closed] and "\n" not in after[:closed]


def _label(text: str, start: int, end: int) -> bool:
    """The sentence end at text[start:end] is dots after a label opening its line."""
    if end - start < 2 or text[start:end].strip(".") or end < len(text) and text[end] == "\n":
        return False
    words = text[text.rfind("\n", 0, start) + 1:start].split()
    return 0 < len(words) <= 2 and not any(c.isdigit() for w in words for c in w)


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus the map back to the original."""
    original: str
    text: str
    _norm_at: tuple[int, ...] = ()     # normalised positions where the shift grows
    _shift: tuple[int, ...] = ()       # cumulative deleted characters from that position on
    _orig_at: tuple[int, ...] = ()     # the original positions of those normalised ones

    @functools.cached_property
    def sentence_ends(self) -> list[int]:
        """Where each sentence of the text ends (`sentence_end`), found when first asked for and
        shared by the stages that read the text by sentences; not after a label that opens a line
        ("مصر.. نزل المؤشر 1.3 %": one or two words and two dots or more), nor at a clause end
        inside brackets ("537m euros ($701m; £371m) during 2004")."""
        text = self.text
        return [m.end() for m in sentence_end().finditer(text)
                if not _label(text, m.start(), m.end()) and not _bracketed(text, m.start(), m.end())]

    def to_original(self, i: int) -> int:
        """Original offset of the normalised character at `i` (or of the end, for len)."""
        k = bisect_right(self._norm_at, i) - 1
        return i + (self._shift[k] if k >= 0 else 0)

    def to_original_sorted(self, positions: list[int]) -> list[int]:
        """`to_original` of each of `positions`, which ascend (read in one walk, not a search each)."""
        out, at, shift, k, n = [], self._norm_at, self._shift, -1, len(self._norm_at)
        for i in positions:
            while k + 1 < n and at[k + 1] <= i:
                k += 1
            out.append(i + (shift[k] if k >= 0 else 0))
        return out

    def to_normalized(self, o: int) -> int:
        """Normalised offset of the original offset `o` (of the next kept character when the
        character at `o` was deleted)."""
        k = bisect_right(self._orig_at, o)      # deleted runs that end at or before o
        before = self._shift[k - 1] if k else 0
        if k < len(self._orig_at) and o >= self._orig_at[k] - (self._shift[k] - before):
            return self._norm_at[k]             # o is in the next deleted run
        return o - before

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original [start, end) of a normalised span; the end extends over attached marks."""
        if end <= start:
            o = self.to_original(start)
            return o, o
        ostart = self.to_original(start)
        oend = self.to_original(end - 1) + 1
        attached = _tables().attached
        text = self.original
        while oend < len(text) and text[oend] in attached:
            oend += 1
        return ostart, oend


def _ranges(chars: str) -> str:
    """A character class body with runs of code points as ranges (a class of 300 single
    characters is matched several times slower than one of 30 ranges)."""
    points = sorted({ord(c) for c in chars})
    out, k = [], 0
    while k < len(points):
        j = k
        while j + 1 < len(points) and points[j + 1] == points[j] + 1:
            j += 1
        first, last = re.escape(chr(points[k])), re.escape(chr(points[j]))
        out.append(first if j == k else f"{first}-{last}")
        k = j + 1
    return "".join(out)


def normalize(text: str) -> Normalized:
    t = _tables()
    if t.changed is None or t.changed.search(text) is None:     # nothing to change (most English text):
        return Normalized(text, text)                           # a search is ten times faster than translate
    norm = text.translate(t.translate)
    if t.decimal is not None:           # one character for one: offsets are kept
        norm = t.decimal.sub(".", norm)
    if t.reversed is not None:
        norm = t.reversed.sub(_unreversed, norm)
    if len(norm) == len(text) or t.deleted is None:
        return Normalized(text, norm)
    norm_at: list[int] = []
    shift: list[int] = []
    total = 0
    for m in t.deleted.finditer(text):
        total += m.end() - m.start()
        norm_at.append(m.end() - total)
        shift.append(total)
    return Normalized(text, norm, tuple(norm_at), tuple(shift), tuple(n + d for n, d in zip(norm_at, shift)))


def normalize_pattern(source: str) -> str:
    """Normalise the literal letters of a rule's pattern the same way as the text."""
    return source.translate(_tables().translate)


_KEEP_CASE = re.compile(r"(\\.|\(\?P<\w+>|\(\?P=\w+\))", re.S)


# the letters that `re` pairs with an ASCII letter ignoring case and that do not lower to it
_ODD = "\u0130\u0131\u017f\u212a"
_ODD_CASES = str.maketrans(_ODD, "iisk")


@functools.lru_cache(maxsize=1)
def lowered_text(text: str) -> str:
    """A text as scans with lowercased patterns read it, for the matches of ignoring case:
    lowercased (as long as it is), "İ", "ı", "ſ" and the Kelvin sign as the ASCII letters they
    match ignoring case (translated only when there: a translation looks every character up in a
    table: slow on a whole text). The last one is kept: figures and attributions read the same."""
    return (text.translate(_ODD_CASES) if any(c in text for c in _ODD) else text).lower()


def lowered(source: str) -> str:
    """A pattern's source lowercased, except escapes (\\S, \\D...) and group names."""
    parts = _KEEP_CASE.split(source)
    parts[::2] = [p.lower() for p in parts[::2]]
    return "".join(parts)


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str, lang: str) -> regex.Pattern:
    """A rule's pattern: macros expanded, normalised like the text, and compiled (or taken from
    the rules cache)."""
    source = normalize_pattern(expand(pattern, lang))
    try:
        return compile_regex(source, FLAGS)
    except regex.error as exc:
        raise FactcheckError(f"bad pattern {pattern!r}: {exc}") from None


def fold(text: str) -> str:
    """Normalised and lower-cased form for comparing names (not for offsets)."""
    return regex.sub(r"\s+", " ", text.translate(_tables().translate)).strip().casefold()
