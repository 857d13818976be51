"""Consistency checks: figures of one article that disagree with each other or with the calendar.

No reference store is read. The checks see the article's figures (value, kind, unit, qualifier,
counted noun), a few cue words (rules/<lang>/consistency.yaml: weekdays, "أمس"/"yesterday",
change and multiplier words, totals and breakdowns, "منذ"/"ago", "born") and the article's date:

    consistency/weekday        a weekday next to a date that falls on another weekday
    consistency/relative-date  "أمس الخميس", "yesterday (Sunday)" against the article's date
    consistency/elapsed        "أي قبل ست سنوات" next to a year; "for 12 years so far" since a
                               year; an age against a birth year
    consistency/percent-change a stated change (%, points, amount, doubled, ضعف) against its from
                               and to values
    consistency/share          "X of Y, or P%" where X/Y is not P
    consistency/percent-total  shares of one whole that add up to clearly over 100%
    consistency/sum            a total and its breakdown; a count and fewer things named after it;
                               a match's result and its lists of scorers
    consistency/same-quantity  one quantity given two values (headline and body, "the four
                               attacks" after "3 attacks", one claim repeated with another value)

Each check fires only on a clear structure, within the precision the text itself gives (rounded
and approximate values, bounds): when unsure it stays silent. Offsets are found on the normalised
text and reported on the original.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import os
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

import regex

from .attributions import in_quotation
from .document import Document
from .model import Figure, Inconsistency, Span, format_value
from .normalize import Normalized, fold, normalize
from .rules import FLAGS, punctuation, rule_files, settings as rule_settings
from .words import is_stopword, keys

_GAP_WORD = regex.compile(r"[\p{L}\p{M}]+|\d+")
_NUMERIC = regex.compile(r"\d+(?:[.,]\d+)*")
_REACH = 600       # characters of a sentence read either side of a place (a long one is read in windows)
_CHUNK = 16        # figures of one sentence weighed together for changes
_LOOKBACK = 3000   # characters before a figure where what it refers to is looked for
_YEARLESS_REACH = 183   # days after the article's date a date written without its year may be


# patterns of the checks below, compiled once (`regex.search(pattern, ...)` looks its pattern up at each call)
_DATE_GAP = regex.compile(r"[\s(,،]*(?:a\s+)?")
_DAY_GAP = regex.compile(r"[\s()\[\],،]*")
_OPEN_BRACKET = regex.compile(r"[(\[]")
_CLAUSE_MARK = regex.compile(r"[,،;؛:]")
_COMMA_GAP = regex.compile(r"\s*[,،(]\s*")
_ONE_WORD_GAP = regex.compile(r"\s*(?:[\p{L}\p{M}]+\s*)?")
_LIST_MARK = regex.compile(r"[,،;؛]")
_A_COMMA = regex.compile(r"[,،]")
_COMMA_AT_END = regex.compile(r"[,،][^\S\n]*$")
_COMMA_SPACE_AT_END = regex.compile(r"[,،]\s*$")
_COLON = regex.compile(r"[^\S\n]*:")
_COLON_AT_END = regex.compile(r":[^\S\n]*$")
_COMMA_WORD_AT_END = regex.compile(r"[,،][^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]+)?$")    # ", almost a fifth"
_APPOSED = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}]+)?[^\S\n]*[-–—(,،][^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]+){0,2}")
_SET_OFF = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}]+){0,2}[^\S\n]*[-–—),،]")   # the end of a part set off: " people -", ")"
_DIFF_GAP = regex.compile(r"[-–—,،(][^\S\n]*$")
_APPROX_SUM = 0.05      # a round total said to be about one ("some 990,000 in all") allows parts this far off
_CUT_MARK = regex.compile(r"[,،:;؛]")
_LINE_TEXT = regex.compile(r"[^\n]+")
_SENTENCE_MARK = regex.compile(r"(?<!\.)[.!?؟]\s")     # (not the ".." that joins a headline's parts)
_TRIMMED = regex.compile(r"\S(?:.*\S)?", regex.DOTALL)     # a stretch without the spaces around it
_TRIMMED_LINE = regex.compile(r"[^\S\n]*(\S[^\n]*?)[^\S\n]*(?:\n|$)")
_OWN_GOAL = regex.compile(r"\bo\.?g\b")


# ---------------------------------------------------------------- language data

@dataclass(frozen=True, slots=True)
class _Cue:
    kind: str
    value: float | None
    start: int                  # offsets into the normalised text
    end: int


class _Lang:
    """A language's cue words: one scan of the text finds them all."""

    def __init__(self, lang: str):
        files = rule_files(lang, "consistency")
        self.words: dict[str, list[tuple[str, str, float | None]]] = {}    # word -> (rule id, cue, value)
        self.names: dict[int, str] = {}                                    # weekday -> its name
        clitics, settings = "", {}
        for _, data in files:
            clitics = data.get("clitics", clitics)
            settings.update({k: data[k] for k in ("conjunction", "contrast", "of", "definite", "score", "glossed_quotes",
                                                  "list_item_many") if k in data})
            for rule in data.get("rules") or []:
                for word in rule["words"]:
                    key = _fold(word)
                    self.words.setdefault(key, []).append((rule["id"], rule["cue"], rule.get("value")))
                if rule["cue"] == "weekday":
                    self.names.setdefault(int(rule["value"]), rule["words"][0])
        # a literal alternation, longest first, between word boundaries: linear, and scanned with `re`
        # (5 times faster than `regex` here, and faster than looking words up one by one in Python;
        # the text is normalised, so letters are \w, no marks). The words are grouped by their first
        # letter, so that a place is tried against the words that can begin there only.
        groups: dict[str, list[str]] = {}
        for w in sorted(self.words, key=len, reverse=True):
            groups.setdefault(w[0], []).append(w)

        def literal(w: str) -> str:
            return re.escape(w).replace(r"\ ", r"[^\S\n]+")

        alternation = "|".join(f"{re.escape(c)}(?:{'|'.join(literal(w[1:]) for w in ws)})" for c, ws in groups.items())
        self.pattern = re.compile(rf"(?<![^\W_])(?:{clitics})({alternation})(?![^\W_])")
        # a phrase that begins with a word of change is one too ("ارتفع عدد", an update, is also "ارتفع"):
        # the scan finds the longest only
        self.cues = {w: tuple(dict.fromkeys([(c, v) for _, c, v in entries] + [
            (c, v) for _, c, v in self.words.get(w.split()[0], ()) if c == "change" and " " in w]))
            for w, entries in self.words.items()}
        self.weekdays = tuple(w for w, cues in self.cues.items() if any(c == "weekday" for c, _ in cues))
        conj = settings["conjunction"]
        self.many = regex.compile(settings["list_item_many"], FLAGS) if settings.get("list_item_many") else None
        self.item_joint = regex.compile(rf"[,،;؛]|(?:^|(?<=\s))(?:{conj})|[.!?؟]", FLAGS)
        # a list's joint: "و" or "and" (the next value may follow directly: "و10%")
        # (shares of one whole may also be set against each other: "بينما يسكن 20% منهم", "while 20% ...")
        contrast = settings.get("contrast")
        self.joined = regex.compile(rf"(?:^|[\s,،])(?:{conj}{'|' + contrast if contrast else ''})", FLAGS)
        # nothing between two values but a joint ("20% و10%", "5, 6 and 7")
        self.join = regex.compile(rf"^[\s,،;؛()\-–]*(?:(?:{conj}|,|،)[\s(]*)?[\s,،;؛()\-–]*$", FLAGS)
        # a comma (and a joint) right before the next value of a list whose parts are told at length ("...، و47")
        self.list_joint = regex.compile(rf"[,،]\s*(?:{conj})?\s*$", FLAGS)
        # a comma and a joint that open a clause ("، فيما يصل عدد ...", ", while the number of ...")
        self.clause_joint = regex.compile(rf"[,،]\s*(?:{conj}{'|' + contrast if contrast else ''})", FLAGS)
        # the whole a share is of, after it ("90% من مبيعاتها", "61% of the visitors")
        self.of = regex.compile(rf"\s*(?:{settings['of']})\s+[(«\"“]?([\p{{L}}\p{{M}}'’]+(?:\s+[\p{{L}}\p{{M}}'’]+)?)", FLAGS)
        # the word before a value that a noun phrase names after "to": "to the guarantee level of £105.45"
        self.of_before = regex.compile(rf"(?<!\w)(?:{settings['of']})[^\S\n]*\Z", FLAGS)
        # a number word that names things already counted: "الاعتداءات الأربعة", "the four attacks"
        definite = settings["definite"]
        self.definite_prefix = definite.get("prefix")
        self.definite_article = definite.get("article") and regex.compile(rf"(?<!\w){definite['article']}\s+$", FLAGS)
        self.noun_before = definite.get("noun") == "before"
        self.score = _Scores(self, clitics, settings.get("score") or {})
        # whether a quoted relative day glossed in brackets, with no day of its own around the quotation,
        # is read as of the article's date (where a bare "he said" is the day's news)
        self.glossed_quotes = settings.get("glossed_quotes") == "article"
        self._kinds: dict[str, tuple[str, ...]] = {}

    def mentions(self, text: str, kind: str) -> bool:
        """Whether a (lower-cased, normalised) text holds a word of a cue kind anywhere: a quick
        test before a check reads a sentence for it."""
        words = self._kinds.get(kind)
        if words is None:
            words = self._kinds[kind] = tuple(w.split()[0] for w, cues in self.cues.items() if any(c == kind for c, _ in cues))
        return any(w in text for w in words)

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, the entry's word) of every cue word of a normalised text, or of a part of
        it (read lower-cased: pass `text.lower()` when it keeps every offset, as it does but for
        a few letters such as "İ")."""
        out = []
        for m in self.pattern.finditer(text, start, len(text) if end is None else end):
            word = m.group(1)
            word = word if " " not in word else " ".join(word.casefold().split())
            if word in self.words:
                out.append((m.start(1), m.end(1), word))
        return out


class _Scores:
    """How a language writes a match's result: digits ("3 / صفر", "2-1") in a clause with a word
    of a result, or words ("بهدفين نظيفين", "بثلاثة أهداف مقابل هدف", "بهدف لمثله")."""

    def __init__(self, lang: _Lang, clitics: str, settings: dict):
        def words(kind: str) -> list[str]:
            return sorted((w for w, cues in lang.cues.items() if any(c == kind for c, _ in cues)), key=len, reverse=True)

        def alternation(ws: list[str]) -> str:
            return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in ws)

        self.goals = {w: int(v) for w, cues in lang.cues.items() for c, v in cues if c == "score_goals"}
        # a side's scorers with their minutes: a paragraph of its own, or a list after a label
        scorer = settings.get("scorer")
        self.scorers = scorer and regex.compile(
            rf"(?:^|(?<=[.\n][^\S\n]*))(?:(?P<label>{regex.escape(settings.get('scorers_label') or '')})[^\S\n]*)?"
            rf"(?:{scorer})(?:[^\S\n]*,[^\S\n]*(?:{scorer}))*(?:\.|$)", regex.VERSION0 | regex.MULTILINE)     # (names are capitalised: case matters)
        zero = settings.get("zero")
        self.zero = zero and re.compile(zero)
        number = rf"\d{{1,2}}|{zero}" if zero else r"\d{1,2}"
        # a score in digits: not part of a date, a time, a decimal or a longer range
        self.digits = re.compile(rf"(?<![\w/:\-–])(?<!\d[.,])({number})[^\S\n]*[-–/][^\S\n]*({number})(?![\w/:\-–%]|[.,]\d)")
        nil, same, goals = words("score_nil"), words("score_same"), alternation(sorted(self.goals, key=len, reverse=True))
        against = settings.get("against")
        # a whole-text scan looks for what is rare and cheap to find (a dash or slash; a word for
        # goals), then reads the few characters around it
        self.dash = re.compile(r"[-–/]")
        self.goal = tuple(sorted(self.goals, key=len, reverse=True))       # looked for as plain text: quicker
        self.words = goals and nil and re.compile(
            rf"(?<![^\W_])(?:{clitics})(?P<goals>{goals})[^\S\n]+(?:(?P<nil>{alternation(nil)})"
            + (rf"|(?:{against})(?P<other>{goals})" if against else "")
            + (rf"|(?P<same>{alternation(same)})" if same else "") + r")(?![^\W_])")

    def mentions(self, text: str) -> list[tuple[int, int, tuple[int, int], bool]]:
        """(start, end, the two scores, written in digits) of every result in a (lower-cased,
        normalised) text, in text order."""
        out, seen = [], set()
        for d in self.dash.finditer(text):
            m = next((m for m in self.digits.finditer(text, max(0, d.start() - 8), d.end() + 8) if m.start() < d.start() < m.end()), None)
            if m and m.start() not in seen:
                seen.add(m.start())
                a, b = (0 if self.zero and self.zero.fullmatch(x) else int(x) for x in m.groups())
                out.append((m.start(), m.end(), (a, b), True))
        if self.words:
            for at in sorted({at for word in self.goal for at in _find_all(text, word)}):
                m = self.words.match(text, max(0, at - 2), at + 60) or self.words.match(text, max(0, at - 1), at + 60) \
                    or self.words.match(text, at, at + 60)
                if not m or m.start() in seen or m.start("goals") != at:
                    continue
                seen.add(m.start())
                found = m.groupdict()
                a = self.goals[" ".join(found["goals"].split())]
                b = 0 if found["nil"] else a if found.get("same") else self.goals[" ".join(found["other"].split())]
                out.append((m.start(), m.end(), (a, b), False))
        return sorted(out)


def _find_all(text: str, word: str):
    """Every offset of a plain word in a text."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


def _fold(word: str) -> str:
    return " ".join(normalize(word).text.casefold().split())


@functools.lru_cache(maxsize=None)
def _lang(lang: str) -> _Lang:
    return _Lang(lang)


# ---------------------------------------------------------------- the article as the checks see it

class _Fig:
    """A figure as the checks see it: its normalised offsets, its sentence, and (worked out when
    first asked for) the values it allows and the match keys of its counted noun."""

    def __init__(self, i: int, f: Figure, start: int, end: int, sentence: int, lang: str):
        self.i, self.f, self.start, self.end, self.sentence, self.lang = i, f, start, end, sentence, lang

    @functools.cached_property
    def bounds(self) -> tuple[float, float] | None:
        return _bounds(self.f)

    @functools.cached_property
    def subject(self) -> frozenset[str]:
        return keys(normalize(self.f.subject).text.casefold(), self.lang) if self.f.subject else frozenset()


class _Article:
    def __init__(self, doc: Document, norm: Normalized, figures: list[Figure]):
        self.doc, self.norm, self.text, self.lang = doc, norm, norm.text, _lang(doc.lang)
        self.ends = norm.sentence_ends
        self.figs = [_Fig(i, f, s, e, bisect_right(self.ends, s), doc.lang)
                     for i, f in enumerate(figures) for s, e in [(norm.to_normalized(f.start), norm.to_normalized(f.end))]]
        self.fig_starts = [g.start for g in self.figs]
        lower = self.text.lower()
        self.lower = lower if len(lower) == len(self.text) else self.text
        self._cues: dict[int, list[_Cue]] = {}      # sentence -> its cues, scanned when first asked for
        self._by_kind: dict[int, dict[str, list[_Cue]]] = {}     # sentence -> kind -> its cues of that kind
        for word in self.lang.weekdays:             # (a weekday is read wherever it is: "أمس الخميس")
            at = self.lower.find(word)
            while at >= 0:
                self.sentence_cues(bisect_right(self.ends, at))
                at = self.lower.find(word, at + 1)
        self.reference = doc.date if doc.date_from != "today" else None
        self.word_before: dict[int, frozenset[str] | None] = {}

    def sentence_cues(self, k: int) -> list[_Cue]:
        """The cue words of the k-th sentence (most sentences hold no figure: they are not read)."""
        if k not in self._cues:
            start, end = (self.ends[k - 1] if k else 0), (self.ends[k] if k < len(self.ends) else len(self.text))
            cues = self.lang.cues
            self._cues[k] = [_Cue(kind, value, s, e) for s, e, word in self.lang.scan(self.lower, start, end)
                             for kind, value in cues[word]]
        return self._cues[k]

    def weekday_cues(self) -> list[_Cue]:
        """The cues of every sentence that names a weekday, in text order."""
        return [c for k in sorted(self._cues) for c in self._cues[k]]

    # spans and positions
    def span(self, start: int, end: int) -> Span:
        s, e = self.norm.to_original(start), self.norm.to_original(end)
        return Span(self.doc.text[s:e], s, e)

    def fspan(self, g: _Fig) -> Span:
        return Span(g.f.text, g.f.start, g.f.end)

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around `pos`, at most _REACH characters either side of it."""
        k = bisect_right(self.ends, pos)
        start, end = (self.ends[k - 1] if k else 0), (self.ends[k] if k < len(self.ends) else len(self.text))
        return max(start, pos - _REACH), min(end, pos + _REACH)

    def previous(self, start: int) -> int:
        """The start of the sentence with words before the one that starts at `start` (within
        _LOOKBACK characters)."""
        floor = max(0, start - _LOOKBACK)
        while start > floor:
            start = max(floor, self.sentence(start - 1)[0])
            if _GAP_WORD.search(self.text, start, self.sentence(start)[1]):
                break
        return start

    def nearby(self, g: _Fig, words: int = 6) -> tuple[int, int]:
        """The stretch of a figure's sentence holding the few words before it."""
        start, _ = self.sentence(g.start)
        before = self.words(max(start, g.start - 80), g.start)[-words:]
        return (before[0][0] if before else g.start), g.start

    def figures(self, lo: int, hi: int) -> list[_Fig]:
        return self.figs[bisect_left(self.fig_starts, lo):bisect_left(self.fig_starts, hi)]

    def cues_in(self, lo: int, hi: int, *kinds: str) -> list[_Cue]:
        """The cues (of `kinds`, or all) between two offsets, in text order."""
        first, last = bisect_right(self.ends, lo), bisect_right(self.ends, max(lo, hi - 1))
        if not kinds:
            return [c for k in range(first, last + 1) for c in self.sentence_cues(k) if lo <= c.start and c.end <= hi]
        out = []
        for k in range(first, last + 1):
            by_kind = self._by_kind.get(k)
            if by_kind is None:
                by_kind = self._by_kind[k] = {}
                for c in self.sentence_cues(k):
                    by_kind.setdefault(c.kind, []).append(c)
            for kind in kinds:
                if kind in by_kind:     # (most sentences have no cue of the kind: no list to filter)
                    out += [c for c in by_kind[kind] if lo <= c.start and c.end <= hi]
        if len(kinds) > 1:
            out.sort(key=lambda c: c.start)
        return out

    def gap(self, a, b) -> list[tuple[int, int]]:
        """The words between two spans (figures or cues), whichever comes first."""
        return self.words(a.end, b.start) if a.end <= b.start else self.words(b.end, a.start)

    def words(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The words and numbers between two offsets."""
        return [m.span() for m in _GAP_WORD.finditer(self.text, lo, hi)]

    def words_outside_brackets(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The words and numbers between two offsets, leaving out those inside brackets opened
        and closed there."""
        inside, depth, start = [], 0, 0
        for i in range(lo, hi):
            if self.text[i] == "(":
                depth, start = depth + 1, i if depth == 0 else start
            elif self.text[i] == ")" and depth:
                depth -= 1
                if depth == 0:
                    inside.append((start, i))
        return [(s, e) for s, e in self.words(lo, hi) if not any(a < s and e <= b for a, b in inside)]

    def only_cues(self, lo: int, hi: int, kinds: tuple[str, ...], most: int) -> bool:
        """Whether the text between two offsets has at most `most` words, each inside a cue of
        one of `kinds` (or its clitics before it: "بما يعادل")."""
        words = self.words(lo, hi)
        if len(words) > most:
            return False
        cues = self.cues_in(lo, hi, *kinds)
        return all(any((c.start <= s or c.start < e and c.start - s <= _CLITIC_MOST) and e <= c.end for c in cues)
                   for s, e in words)


# ---------------------------------------------------------------- values and their precision

_CLITIC_MOST = 2    # letters of clitics a cue's word may carry before it (a cue's span leaves them out)
_EXACT = 1e-6      # the precision of an exact value (bounds stay open intervals: see `_fits`)


def _bounds(f: Figure) -> tuple[float, float] | None:
    """The values a figure allows, from its qualifier and the precision it is written with."""
    if not isinstance(f.value, (int, float)) or isinstance(f.value, bool):
        return None
    v = float(f.value)
    step = _step(f)
    if f.qualifier == "approx":     # "نحو 1780": within a few units of the last digit written, at most 10%
        digits = str(int(abs(v))) if v == int(v) else ""
        zeros = len(digits) - len(digits.rstrip("0"))
        if step == _EXACT and zeros >= 2:       # "some 12,500": of the last digit that is not a zero
            step = 0.5 * 10 ** zeros            # (not "نحو 1780", whose last digit is written)
        slack = max(2 * step, min(0.1 * abs(v), 10 * step))
        return v - slack, v + slack
    if f.qualifier in ("more_than", "at_least"):
        return v - step, math.inf
    if f.qualifier in ("less_than", "at_most"):
        return -math.inf, v + step
    return v - step, v + step


def _step(f: Figure) -> float:
    """Half the unit of the last digit written ("1.4 million": 50,000; "17.8%": 0.05; "ستة أعوام": 0.5),
    none for a count written in full digits ("1780 شركة") or in small number words ("سبعة أشخاص")."""
    if f.kind == "fraction":
        return 0.005
    m = _NUMERIC.search(normalize(f.text).text)     # ("1،72" is 1.72 once normalised)
    value = abs(float(f.value)) if isinstance(f.value, (int, float)) else 0.0
    if not m or not value:
        # a small count of whole things in words is exact too ("ثلاثة من السبعة"); a scale word is not
        # ("ثلاثة ملايين"), nor a round span of years in words ("نحو نصف قرن" for 43 years, "three decades")
        if f.kind == "count" and value < 100 and value == int(value):
            return _EXACT
        return 0.1 * value if f.kind == "duration" and value >= 20 and value % 5 == 0 else 0.5
    digits = m.group().replace(",", "")
    if digits.count(".") > 1:           # "19.589.137": dots that group thousands
        digits = digits.replace(".", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    written = float(digits)
    scale = value / written if written else 1.0
    if f.kind == "count" and not decimals and scale == 1:
        return _EXACT   # a count of whole things written in full is exact: "7 دوائر" is no 6.5
    return 0.5 * 10 ** -decimals * scale


def _fits(stated: tuple[float, float], actual: tuple[float, float], slack: float = 0.0) -> bool:
    return stated[0] - slack < actual[1] and actual[0] < stated[1] + slack


def _number(value: float) -> str:
    return format_value(round(value, 1) if abs(value) < 100 else round(value))


def _same_measure(a: Figure, b: Figure, elided: bool = False) -> bool:
    """Whether two figures measure alike; with `elided`, an amount whose currency or unit the text
    leaves out the second time ("من 676 مليار يورو إلى 710 مليار", "462 مليون برميل مقارنة مع 383
    مليونا") is of that currency or unit too."""
    if elided and {a.kind, b.kind} in ({"money", "count"}, {"measure", "count"}):
        bare = b if b.kind == "count" else a
        return not bare.unit and not bare.subject and not bare.qualifier
    return a.kind == b.kind and a.unit == b.unit and a.kind in ("count", "money", "percent", "measure")


def _year_of(f: Figure) -> int | None:
    """The Gregorian year a year or date figure names. A year from 1300 to 1499 is left out: it may
    be a Hijri year (1415هـ is 1994-95), and news rarely counts years from that time."""
    if f.kind == "year" and isinstance(f.value, int):
        return None if 1300 <= f.value < 1500 else f.value
    if f.kind == "date" and isinstance(f.value, str) and f.value[:4].isdigit() and not f.value.endswith("H"):
        return int(f.value[:4])
    return None


def _hijri_year(f: Figure) -> int | None:
    """The Hijri year a year figure names when it says so ("1415هـ"), else None."""
    return f.value if f.kind == "year" and f.calendar == "hijri" and isinstance(f.value, int) and 1300 <= f.value < 1600 else None


def _years_since(f: Figure, reference: dt.date) -> tuple[int, int] | None:
    """The whole years from the year a year figure names to the article's date, least and most: one
    number for a Gregorian year; for a Hijri year (1415هـ ran from June 1994 to May 1995) the count
    from either Gregorian year it overlaps, or in Hijri years (as ages are often given where that
    calendar is used)."""
    hijri = _hijri_year(f)
    if hijri is None:
        y = _year_of(f)
        return None if y is None else (reference.year - y, reference.year - y)
    try:
        from hijridate import Gregorian, Hijri
        first = Hijri(hijri, 1, 1).to_gregorian()
        last = Hijri(hijri, 12, Hijri(hijri, 12, 1).month_length()).to_gregorian()
        now = Gregorian(reference.year, reference.month, reference.day).to_hijri().year
    except (ValueError, OverflowError, ImportError):
        return None
    return reference.year - last.year, max(reference.year - first.year, now - hijri)


# ---------------------------------------------------------------- the checks

def check_consistency(doc: Document, norm: Normalized, figures: list[Figure]) -> list[Inconsistency]:
    """Every inconsistency the article shows on its own, in text order."""
    art = _Article(doc, norm, figures)
    out: list[Inconsistency] = []
    for check in (_weekday, _relative_date, _elapsed, _change, _difference, _amount_and_percent, _amount_from_base,
                  _share, _percent_total, _sum, _same_quantity):
        out += check(art)
    seen, unique = set(), []
    for item in sorted(out, key=lambda x: (x.span.start, x.rule)):
        key = (item.rule, item.span.start, item.span.end)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique


# weekdays and relative days

def _gregorian(value: str, reference: dt.date | None, art: _Article, near: int) -> list[dt.date]:
    """The day(s) a date figure may be: one for a full Gregorian date, the converted day and its
    neighbours for a Hijri one (sighting differs from the Umm al-Qura tables by a day), the
    nearest such day to the article's date when the year is not written."""
    hijri = value.endswith("H")
    body = value[:-1] if hijri else value
    parts = body.lstrip("-").split("-")
    if len(parts) < 2 or (body.startswith("--") and len(parts) != 2) or (not body.startswith("--") and len(parts) != 3):
        return []
    if body.startswith("--"):
        if hijri or reference is None:
            return []
        start, end = art.sentence(near)
        # the sentence names another year: which year the date is in is not ours to guess, so any
        # year near the article's or named in the sentence may be it ("on Tuesday 19 January, from
        # 1930 on BBC One": 1930 is rather a time, but the weekday fits neither)
        named = {_year_of(g.f) for g in art.figures(start, end)} - {None, reference.year}
        month, day = int(parts[0]), int(parts[1])
        days = []
        for year in (reference.year - 1, reference.year, reference.year + 1, *sorted(named)):
            try:
                d = dt.date(year, month, day)
            except ValueError:
                continue
            if year in named or (d - reference).days <= _YEARLESS_REACH:
                days.append(d)      # (a date without its year is not a year after the article's, but in a year named)
        days.sort(key=lambda d: abs((d - reference).days))
        return days if named else days[:1]
    year, month, day = map(int, parts)
    if not hijri:
        try:
            return [dt.date(year, month, day)]
        except ValueError:
            return []
    try:
        from hijridate import Hijri
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError, ImportError):
        return []
    return [dt.date(g.year, g.month, g.day) + dt.timedelta(days=k) for k in (-1, 0, 1)]


def _weekday(art: _Article) -> list[Inconsistency]:
    out: list[Inconsistency] = []
    hijri: list[tuple[_Cue, _Fig, list[dt.date]]] = []      # weekdays next to a Hijri date, and the days it may be
    for cue in art.weekday_cues():
        if cue.kind != "weekday":
            continue
        chain, pos = [], cue.end
        for g in art.figures(cue.end, cue.end + 60):
            if g.f.kind != "date" or not art.only_cues(pos, g.start, ("date_link",), 3) or "\n" in art.text[pos:g.start]:
                break
            chain.append(g)
            pos = g.end
        if not chain:       # "6 يونيو (السبت)", "5 March, a Monday"
            before = art.figures(max(0, cue.start - 40), cue.start)
            if before and before[-1].f.kind == "date" and _DATE_GAP.fullmatch(art.text[before[-1].end:cue.start]):
                chain = [before[-1]]
            else:
                continue
        gregorian = [g for g in chain if not str(g.f.value).endswith("H")]
        days = [d for g in (gregorian or chain) for d in _gregorian(str(g.f.value), art.reference, art, g.start)]
        if not gregorian:
            hijri.append((cue, chain[0], days))
        if not days or any(d.weekday() == cue.value for d in days):
            continue
        day = days[0] if gregorian else days[len(days) // 2]     # a Hijri date's converted day: the middle one
        name = art.lang.names.get(day.weekday(), str(day.weekday()))
        out.append(Inconsistency(
            "consistency/weekday", art.span(cue.start, cue.end), tuple(art.fspan(g) for g in chain), name,
            f"{day.isoformat()} fell on {name}, not on “{art.span(cue.start, cue.end).text}”"))
    flagged = {x.span.start for x in out}
    return out + [x for x in _hijri_month(art, hijri) if x.span.start not in flagged]


def _hijri_month(art: _Article, named: list[tuple[_Cue, _Fig, list[dt.date]]]) -> list[Inconsistency]:
    """Weekdays next to days of one Hijri month ("مساء يوم الثلاثاء 27 رمضان ... فجر يوم الخميس 28
    رمضان"): where the month begins depends on the sighting (a day either way of the tables), but it
    begins once, so the weekdays of its days keep one step with their numbers. The odd one out is
    flagged: against the others, or, two against each other, against the one that fits the tables."""
    groups: dict[tuple[str, str], list[tuple[_Cue, _Fig, int, bool]]] = {}
    for cue, g, days in named:
        parts = str(g.f.value)[:-1].lstrip("-").split("-")
        if len(parts) < 2 or cue.value is None:
            continue
        year, month, day = ("", *parts) if len(parts) == 2 else parts
        tables = len(days) == 3 and days[1].weekday() == cue.value      # the converted day's own weekday
        # the weekday of the month's day 0, the same for every day of the month
        groups.setdefault((year, month), []).append((cue, g, (int(cue.value) - int(day)) % 7, tables))
    runs = []       # (one article's: days of a month named far apart are rather other articles' of a file)
    for group in groups.values():
        runs.append(group[:1])
        for item in group[1:]:
            if item[0].start - runs[-1][-1][0].start > _LOOKBACK:
                runs.append([])
            runs[-1].append(item)
    out = []
    for group in runs:
        steps = [step for _, _, step, _ in group]
        if len(set(steps)) < 2:
            continue
        counts = {step: steps.count(step) for step in steps}
        most = max(counts.values())
        best = [step for step, n in counts.items() if n == most]
        if len(best) > 1:
            best = list({step for _, _, step, tables in group if tables and step in best})
            if len(best) != 1:
                continue        # which one is right is not for the text to say
        for cue, g, step, _ in group:
            if step == best[0]:
                continue
            day = int(str(g.f.value)[:-1].split("-")[-1])
            name = art.lang.names.get((best[0] + day) % 7, "")
            others = [h for _, h, s, _ in group if s == best[0]]
            out.append(Inconsistency(
                "consistency/weekday", art.span(cue.start, cue.end), (art.fspan(g), *(art.fspan(h) for h in others)), name,
                f"{' and '.join(h.f.text for h in others)} of the same month put {g.f.text} on {name}, "
                f"not on “{art.span(cue.start, cue.end).text}”"))
    return out


def _relative_date(art: _Article) -> list[Inconsistency]:
    if art.reference is None:
        return []
    out = []
    cues = art.weekday_cues()
    for a, b in zip(cues, cues[1:]):
        if a.kind != "relday" or b.kind != "weekday" or not _DAY_GAP.fullmatch(art.text[a.end:b.start]):
            continue
        if in_quotation(art.text, a.start) and not _glossed_today(art, a, b):
            continue        # a quoted "yesterday" is the speaker's, dated by when they spoke
        day = art.reference + dt.timedelta(days=int(a.value))
        if day.weekday() == b.value:
            continue
        name = art.lang.names.get(day.weekday(), str(day.weekday()))
        end = b.end + (art.text[b.end:b.end + 1] in ")]")
        start = a.start - (a.start > 0 and art.text[a.start - 1] in "([" and art.text[a.end:a.end + 1] in ")]")   # "(اليوم) الاثنين"
        out.append(Inconsistency(
            "consistency/relative-date", art.span(start, end), (), name,
            f"the article is dated {art.reference.isoformat()} ({art.lang.names.get(art.reference.weekday())}): "
            f"“{art.span(a.start, a.end).text}” was {name} ({day.isoformat()})"))
    return out


def _glossed_today(art: _Article, a: _Cue, b: _Cue) -> bool:
    """Whether a quoted relative day glossed in brackets ("what I announced yesterday [Sunday] will be
    sufficient," he said) is the article's: the gloss is the writer's, and nothing around the quotation
    (its sentence, and the one it opens in) says the words were spoken on another day ("he said on
    Monday"). Unglossed, a quoted "yesterday" stays the speaker's, and so does a glossed one where the
    pack does not say that a bare "he said" is the day's (Arabic papers quote the day before's
    statements with no day: «تقدم بتاريخ اليوم (الخميس)» in a Friday's paper)."""
    if not art.lang.glossed_quotes or not _OPEN_BRACKET.search(art.text[a.end:b.start]):
        return False
    para = art.text.rfind("\n", 0, a.start) + 1
    opening = max(art.text.rfind(m, para, a.start) for pair in punctuation().quotes.items() for m in pair)
    lo, hi = art.sentence(max(para, opening))[0], art.sentence(a.start)[1]
    return all(c.start in (a.start, b.start) for c in art.cues_in(lo, hi, "weekday", "relday"))


# durations against years

def _elapsed(art: _Article) -> list[Inconsistency]:
    out = [item for g in art.figs if g.f.kind == "duration" and g.f.unit == "year" for item in _duration_vs_span(art, g)]
    if art.reference is None:
        return out
    births = _births(art) if any(g.f.kind == "age" for g in art.figs) else []
    for g in art.figs:
        f = g.f
        if f.kind == "duration" and f.unit == "year" and isinstance(f.value, (int, float)):
            out += _duration_vs_year(art, g) or _since_that(art, g) or _later_than_now(art, g)
        if f.kind == "age" and isinstance(f.value, (int, float)):
            out += _age_vs_birth(art, g) or _age_vs_named_birth(art, g, births)
        elif f.kind in ("ordinal", "count", "duration") and isinstance(f.value, int) \
                and art.lang.mentions(art.lower[max(0, g.start - 25):g.end + 15], "anniversary"):
            out += _anniversary(art, g)
    return out


def _later_than_now(art: _Article, g: _Fig) -> list[Inconsistency]:
    """"in 1970 the G8 agreed ... But 44 years later none has reached the target", in an article of
    2004: a span of years after the years named before it (in its sentence and the one before),
    that ends after the article's date though the sentence speaks of no time to come."""
    start, end = art.sentence(g.start)
    later = [c for c in art.cues_in(g.end, min(end, g.end + 12), "later") if not art.words(g.end, c.start)]
    stated = _bounds(g.f)
    if not later or stated is None or art.cues_in(start, end, "to_come") or art.reference is None:
        return []
    years = [(y, h) for h in art.figures(art.previous(start), g.start) if (y := _year_of(h.f)) is not None]
    if not years or any(_year_of(h.f) for h in art.figures(g.end, end)):
        return []
    earliest, first = min(years, key=lambda yh: yh[0])
    if earliest + stated[0] <= art.reference.year + 1:
        return []
    since = art.reference.year - earliest
    return [Inconsistency(
        "consistency/elapsed", art.fspan(g), (art.fspan(first),),
        str(since), f"{earliest} + {g.f.text} is after the article's date ({art.reference.isoformat()}); "
        f"at most {since} years had passed")]


def _anniversary(art: _Article, g: _Fig) -> list[Inconsistency]:
    """"الذكرى الـ85 لتأسيسها عام 1932", "the 50th anniversary of its founding in 1980", "بمرور 50
    عاما على تأسيسها عام 1980": the years since the one year of the sentence."""
    start, end = art.sentence(g.start)
    near = [c for c in art.cues_in(max(start, g.start - 25), min(end, g.end + 15), "anniversary")
            if len(art.gap(c, g)) <= 1]
    if not near or (g.f.kind == "duration" and g.f.unit != "year"):
        return []
    years = [h for h in art.figures(start, end) if h.f.kind == "year"]
    if not years:
        years = _event_years(art, near[0], end)
    elif len(years) != 1 or abs(len(art.words(*sorted((g.end, years[0].start))))) > 12:
        return []
    if len(years) != 1:
        return []
    y = years[0]
    since = art.reference.year - int(y.f.value)
    if since <= 0 or abs(int(g.f.value) - since) <= 1:
        return []
    return [Inconsistency(
        "consistency/elapsed", art.fspan(g), (art.fspan(y),), f"{since - 1} or {since}",
        f"{y.f.value} is {since} years before the article's date ({art.reference.isoformat()}), not {g.f.value}")]


def _event_years(art: _Article, cue: _Cue, end: int) -> list[_Fig]:
    """The year of the event an anniversary is of when its sentence names none ("the 50th
    anniversary of the camp's liberation" and, elsewhere, "the Soviets' 1945 liberation of the
    camp"): a year of the article with two of the event's words within five words of it, when
    one year only has them."""
    event = _word_keys(art, art.words(cue.end, end)[:8])
    found = {}
    for y in art.figs:
        if y.f.kind != "year" or cue.start <= y.start < end:
            continue
        ys, ye = art.sentence(y.start)
        around = art.words(max(ys, y.start - 60), y.start)[-5:] + art.words(y.end, min(ye, y.end + 60))[:5]
        if _shared(_word_keys(art, around), event) >= 2:
            found.setdefault(int(y.f.value), y)
    return list(found.values())


def _duration_vs_year(art: _Article, g: _Fig) -> list[Inconsistency]:
    start, end = art.sentence(g.start)
    figs = art.figures(start, end)
    years = [h for h in figs if _year_of(h.f) is not None and h.f.kind in ("year", "date")]
    ago = [c for c in art.cues_in(max(start, g.start - 12), min(end, g.end + 8), "ago")
           if art.only_cues(g.end, c.start, (), 0) or art.only_cues(c.end, g.start, ("link",), 2)]
    year = None
    if ago:
        # apposition: "عام 2014، أي قبل ست سنوات", "in 1989, more than 30 years ago"
        lo, hi = min(ago[0].start, g.start), max(ago[0].end, g.end)
        for h in years:
            gap = art.text[h.end:lo] if h.end <= lo else art.text[hi:h.start]
            if ("," in gap or "،" in gap) and len(art.words(*((h.end, lo) if h.end <= lo else (hi, h.start)))) <= 4 \
                    and not art.figures(*((h.end, lo) if h.end <= lo else (hi, h.start))):
                year = h
        # the event named with its year right before ("at the 2000 Olympics six years ago", "في
        # أولمبياد 2000 قبل ست سنوات"): a year, at most two words between, no mark or figure
        earlier = [h for h in years if h.end <= lo and h.f.kind == "year"]
        if year is None and earlier and len(art.words(earlier[-1].end, lo)) <= 2 \
                and not art.figures(earlier[-1].end, lo) and not _CLAUSE_MARK.search(art.text[earlier[-1].end:lo]):
            year = earlier[-1]
        # the event's own date further on in its clause ("جريمة وقعت قبل 3 أعوام قتل فيها 12 شخصا في سينما
        # في 20 يوليو 2012"): the one date of the sentence, no break between
        later = [h for h in years if h.start >= hi]
        if year is None and len(years) == 1 and later and len(art.words(hi, later[0].start)) <= 20 \
                and not _CLAUSE_MARK.search(art.text[hi:later[0].start]) \
                and sum(h.f.kind == "duration" for h in figs) == 1:
            year = later[0]
    else:
        # a duration up to now ("منذ 17 عاما", "for 12 years so far") and a year it runs from
        # ("منذ 2006", "since 2006", "last ... in 2006"), alone of their kinds in the sentence
        durations = [h for h in figs if h.f.kind == "duration" and h.f.unit == "year"]
        now = art.cues_in(max(start, g.start - 25), g.start, "since", "until_now") + \
            [c for c in art.cues_in(g.end, min(end, g.end + 20), "until_now") if len(art.words(g.end, c.start)) <= 1]
        if now and not years and len(durations) == 1 and not any(h.f.kind == "date" for h in figs) \
                and not art.cues_in(start, end, "ago", "since_that"):
            return _since_next_door(art, g)
        if not now or len(durations) != 1 or len(years) != 1:
            return []
        h = years[0]
        marks = [c for c in art.cues_in(max(start, h.start - 100), h.start, "since", "last", "restate")
                 if not (c.kind == "since" and c.end > g.start - 2 and c.start < g.end)
                 and (c.kind != "restate" or len(art.words(c.end, h.start)) <= 2)]
        lo, hi = (g.end, h.start) if g.end <= h.start else (h.end, g.start)
        if not marks or art.figures(lo, hi) or len(art.words(lo, hi)) > (8 if marks[-1].kind == "since" else 20):
            return []       # the year its own event's: "since 2006, for 12 years", "for 12 years; last in 2006",
                            # "منذ 70 عاما ظهر المهرجان ... وبالتحديد في عام 1946"
        year = h
    if year is None:
        return []
    y = _year_of(year.f)
    years_since = art.reference.year - y
    if years_since < 0:
        return []
    stated = _bounds(g.f)
    if stated is None or _fits(stated, (years_since - 1, years_since + 1), 0.0):
        return []
    return [Inconsistency(
        "consistency/elapsed", art.fspan(g), (art.fspan(year),), f"{years_since} years",
        f"{y} is {years_since} years before the article's date ({art.reference.isoformat()}), "
        f"not “{g.f.text}”")]


def _since_next_door(art: _Article, g: _Fig) -> list[Inconsistency]:
    """A span of years up to now ("منذ", "for the past") in a sentence that names no year, and in
    the sentence right after it (or right before it) the one year it runs since, said so ("للمرة
    الأولى منذ ثمانية أعوام. ومنذ 2009، ..."; "for the past 36 years. Its last title came in
    1970."): no other year, date or range of years in that sentence; within a year either way."""
    start, end = art.sentence(g.start)
    for lo, hi in ((end, art.sentence(end + 1)[1] if end < len(art.text) else end),
                   (art.sentence(max(0, start - 1))[0] if start else start, start)):
        if hi <= lo or not _GAP_WORD.search(art.text, lo, hi):
            continue
        figs = [h for h in art.figures(lo, hi) if h.f.kind in ("year", "date", "range")]
        if len(figs) != 1 or figs[0].f.kind != "year" or _year_of(figs[0].f) is None:
            continue
        y = figs[0]
        marks = [c for c in art.cues_in(max(lo, y.start - 60), y.start, "since", "last")
                 if len(art.words(c.end, y.start)) <= (1 if c.kind == "since" else 4)]
        if not marks:
            continue
        since = art.reference.year - _year_of(y.f)
        stated = _bounds(g.f)
        if since < 0 or stated is None or _fits(stated, (since - 1, since + 1), 0.0):
            return []
        return [Inconsistency(
            "consistency/elapsed", art.fspan(g), (art.fspan(y),), f"{since} years",
            f"{y.f.text} is {since} years before the article's date ({art.reference.isoformat()}), not “{g.f.text}”")]
    return []


def _since_that(art: _Article, g: _Fig) -> list[Inconsistency]:
    """"on 1 January 1985 ... In the 20 years since that day", "ومنذ ذلك الحين مرت 10 سنوات": a
    duration up to now from a day named before, in its sentence or the one before it (the one year or
    date between there and the duration), within a year either way."""
    start, end = art.sentence(g.start)
    cue = [c for c in art.cues_in(max(start, g.start - 40), min(end, g.end + 30), "since_that")
           if len(art.gap(c, g)) <= (3 if c.start >= g.end else 2)]
    if not cue:
        return []
    lo = art.previous(start)
    years = [h for h in art.figures(lo, min(g.start, cue[0].start)) if h.f.kind in ("year", "date") and _year_of(h.f) is not None]
    if len(years) != 1 or art.figures(years[0].end, g.start) and any(
            h.f.kind == "duration" for h in art.figures(years[0].end, g.start)):
        return []       # (which day "that day" is is not for the text to say; another span between)
    y = _year_of(years[0].f)
    since = art.reference.year - y
    stated = _bounds(g.f)
    if since < 0 or stated is None or _fits(stated, (since - 1, since + 1), 0.0):
        return []
    return [Inconsistency(
        "consistency/elapsed", art.fspan(g), (art.fspan(years[0]),), f"{since} years",
        f"{years[0].f.text} is {since} years before the article's date ({art.reference.isoformat()}), not “{g.f.text}”")]


def _duration_vs_span(art: _Article, g: _Fig) -> list[Inconsistency]:
    """"for seven years from 1996 to 2001", "لمدة 7 سنوات من 1996 إلى 2001": a duration against the
    span of years right after it, or right before it and restated ("بين 1956 و1973، أي على مدى 17
    عاما", "from 1996 to 2001, or five years"; the written precision and a year either way as
    tolerance)."""
    span = [h for h in art.figures(g.end, g.end + 30) if h.f.kind == "range" and len(art.words(g.end, h.start)) <= 1]
    if not span:
        span = [h for h in art.figures(max(0, g.start - 40), g.start)[-1:] if h.f.kind == "range"
                and _A_COMMA.search(art.text, h.end, g.start) and len(art.words(h.end, g.start)) <= 4
                and art.cues_in(h.end, g.start, "link")]
    if not span or not isinstance(span[0].f.value, (list, tuple)):
        return []
    a, b = (float(v) for v in span[0].f.value)
    if not (1800 <= a < b <= 2100 and a.is_integer() and b.is_integer()):
        return []
    years = int(b - a)
    stated = _bounds(g.f)
    if stated is None or _fits(stated, (years - 1, years + 1), 0.0):
        return []
    return [Inconsistency(
        "consistency/elapsed", art.fspan(g), (art.fspan(span[0]),), f"{years} years",
        f"{int(a)} to {int(b)} is {years} years, not “{g.f.text}”")]


def _births(art: _Article) -> list[tuple[frozenset[str], _Fig]]:
    """Birth years named with the name before them ("جوزيف بلاتر (المولود عام 1940)", "Smith,
    born in 1950,"): the match keys of the two words before the word of birth, and the year."""
    out = []
    for h in art.figs:
        if _year_of(h.f) is None and _hijri_year(h.f) is None:
            continue
        start, _ = art.sentence(h.start)
        born = art.cues_in(max(start, h.start - 60), h.start, "born")
        between = art.words(born[-1].end, h.start) if born else []
        # (a place's name between does not count: "born in County Wexford in 1923")
        if not born or len(between) > 8 or sum(not art.text[w[0]].isupper() for w in between) > 3 \
                or art.figures(born[-1].end, h.start):
            continue
        # the name before the word of birth ("بلاتر (المولود عام 1940)"), or between it and the year
        # ("ولد حبري في 1942")
        name = _name_before(art, born[-1].start) | _keys(art, born[-1].end, h.start)
        out.append((frozenset(name), h))
    return out


def _name_before(art: _Article, at: int) -> frozenset[str]:
    """The match keys of the word right before a place (a surname: "بلاتر، 79 عاما", "Blatter
    (born 1940)", not "وقال" before it), when a comma or a bracket stands between (not "aged 62")."""
    words = art.words(max(0, at - 40), at)[-1:]
    if not words or not _COMMA_GAP.fullmatch(art.text[words[-1][1]:at]):
        return frozenset()
    out: set[str] = set()
    for s, e in words:
        w = art.lower[s:e]
        if not _NUMERIC.fullmatch(w) and not is_stopword(w) and len(w) > 2:
            out |= keys(w, art.doc.lang)
    return frozenset(out)


def _proper_before(art: _Article, at: int) -> bool:
    """Whether the word right before a place is written with a capital (a name: "Kinnock, 65";
    not "brother, 52"); never in a script without capitals."""
    words = art.words(max(0, at - 40), at)[-1:]
    return bool(words) and art.text[words[0][0]].isupper()


def _age_vs_named_birth(art: _Article, g: _Fig, births: list[tuple[frozenset[str], _Fig]]) -> list[Inconsistency]:
    """An age next to a name ("ويحاول بلاتر، 79 عاما") against the one birth year given for that
    name elsewhere in the article; or the one age of an article against its one birth year."""
    start, end = art.sentence(g.start)
    if any(_year_of(h.f) is not None for h in art.figures(start, end)) and not art.cues_in(
            max(start, g.start - 40), g.start, "died_now") or _aged_then(art, g):
        return []       # an age at another time ("died in 1990 aged 62", "signed at the age of 15"; not
        # "who was nominated at the 1955 Oscars, has died at the age of 85")
    name = _name_before(art, g.start)
    found = [h for named, h in births if named & name] if name else []
    if not found and len(births) == 1 and (not name or not births[0][0] and _proper_before(art, g.start)) \
            and len({float(h.f.value) for h in art.figs if h.f.kind == "age"}) == 1:
        found = [births[0][1]]      # the one birth year and the one age of an article, one of them after
        # no name ("has died aged 62 ... he was born in 1945"; "Neil Kinnock, 65, ... Born in 1942 in
        # Tredegar", not "His brother, 52")
    return _judge_age(art, g, found[0]) if len(found) == 1 else []


def _aged_then(art: _Article, g: _Fig) -> bool:
    """An age at the time of an event ("signed at the age of 15", "في سن 15 عاما"), not today's; not
    at a death the article reports ("has died at the age of 85": its age now)."""
    return any(not art.words(c.end, g.start) and not any(
        len(art.words(d.end, c.start)) <= 1 for d in art.cues_in(max(0, c.start - 24), c.start, "died"))
        for c in art.cues_in(max(0, g.start - 24), g.start, "age_at"))


def _judge_age(art: _Article, g: _Fig, birth: _Fig) -> list[Inconsistency]:
    """An age against the birth year `birth` names, at the article's date."""
    since = _years_since(birth.f, art.reference)
    stated = _bounds(g.f)
    if since is None or stated is None or _fits(stated, (since[0] - 1, since[1]), 0.0):
        return []
    ages = f"{since[0] - 1} or {since[1]}" if since[1] - since[0] < 1 else f"{since[0] - 1} to {since[1]}"
    message = f"born in {_year_of(birth.f) or f'{_hijri_year(birth.f)} AH'}, the person was {ages} at the article's " \
              f"date ({art.reference.isoformat()}), not {format_value(g.f.value)}"
    age = float(g.f.value)
    if birth.start > g.start and age.is_integer() and _year_of(birth.f):
        # the second of the two disagrees with the first: "Brown, 42, who was born in 1958"
        year = art.reference.year - int(age)
        return [Inconsistency("consistency/elapsed", art.fspan(birth), (art.fspan(g),), f"{year - 1} or {year}", message)]
    return [Inconsistency("consistency/elapsed", art.fspan(g), (art.fspan(birth),), ages, message)]


def _age_vs_birth(art: _Article, g: _Fig) -> list[Inconsistency]:
    start, end = art.sentence(g.start)
    figs = art.figures(start, end)
    years = [h for h in figs if _year_of(h.f) is not None or _hijri_year(h.f) is not None]
    if sum(h.f.kind == "age" for h in figs) != 1 or _aged_then(art, g):
        return []
    for h in years:
        born = art.cues_in(max(start, h.start - 40), h.start, "born")
        if not born or len(art.words(born[-1].end, h.start)) > 5 or art.figures(born[-1].end, h.start):
            continue
        if any(abs(y.start - g.start) < abs(h.start - g.start) for y in years if y is not h):
            return []   # (an age at another time: "born in 1930, died in 1992 aged 62"; not "Brown, 42, born
                        # in 1958, sang with the band until it split in 1996")
        return _judge_age(art, g, h)
    return []


# changes: from, to and the stated change

def _change(art: _Article) -> list[Inconsistency]:
    out, i = [], 0
    while i < len(art.figs):
        j = i
        while j < len(art.figs) and j - i < _CHUNK and art.figs[j].sentence == art.figs[i].sentence:
            j += 1
        chunk = art.figs[i:j]
        kinds = [g.f.kind for g in chunk if g.f.kind in ("percent", "money", "count", "measure", "range")]
        if len(kinds) >= 2 or "percent" in kinds or "range" in kinds:      # a change needs two values (a range has
            # two: "tripled from 370 to 870"), or a share that rose
            start = max(art.sentence(chunk[0].start)[0], chunk[0].start - 100)
            end = min(art.sentence(chunk[-1].end)[1], chunk[-1].end + 100)
            # (not a rate's base: "من 2.3 إصابة إلى 1.3 إصابة لكل 100 امرأة، أي بتراجع نسبته 43%")
            figs = [h for h in art.figures(start, end)
                    if not any(not art.words(c.end, h.start) for c in art.cues_in(max(start, h.start - 8), h.start, "each"))]
            out += _stated_changes(art, figs, start, end)
        i = j
    return out


def _amount_and_percent(art: _Article) -> list[Inconsistency]:
    """A change given as an amount and a percentage (or the percentage first: "sank 18.47% - or
    $1.83 - to close at $10.48"), then the level it reached ("fell $1.86, or 4.3%, to $41.32";
    "تراجع 91 سنتا أو 1.8 في المائة إلى 48.61 دولار"; "منخفضاً 71.08 نقطة بنسبة
    0.76% عند مستوى 9301.66 نقطة"): the value before is the level less the rise (or plus the fall),
    and the percentage is the amount's share of it, within the written precision."""
    out = []
    for g in art.figs:
        if g.f.kind != "percent" or g.f.qualifier not in (None, "approx") or g.bounds is None:
            continue        # ("almost 10%": about 10)
        start, end = art.sentence(g.start)
        before = art.figures(max(start, g.start - 40), g.start)[-1:]
        after = art.figures(g.end, min(end, g.end + 60))[:2]
        if before and after and art.only_cues(before[0].end, _bare_start(art, g), ("link", "by"), 2):
            d, level, tail = before[0], after[0], g.end        # the amount, then the percentage
        elif len(after) == 2 and art.only_cues(g.end, after[0].start, ("link",), 1):
            d, level, tail = after[0], after[1], after[0].end  # the percentage, then the amount ("18.47% - or $1.83 -")
        else:
            continue
        first = min(d.start, g.start)
        subunits = rule_settings()["compare.match"]["subunits"]     # a currency's hundredth -> its currencies
        scale = 0.01 if d.f.unit in subunits and level.f.kind == "money" and level.f.unit not in subunits else 1.0
        if not (_same_measure(d.f, level.f) or scale < 1) or d.f.kind == "percent" or d.f.qualifier or level.f.qualifier \
                or d.bounds is None or level.bounds is None \
                or not any(not art.words(c.end, level.start) for c in art.cues_in(tail, level.start, "to")) \
                or len(art.words(tail, level.start)) > 3:
            continue
        signs = [c for c in art.cues_in(max(start, first - 100), first, "change") if c.value]
        if not signs or len(art.words_outside_brackets(signs[-1].end, first)) > 8 or art.figures(signs[-1].end, first):
            continue        # (an aside in brackets is no distance: "وهبط الخام الأمريكي (غرب تكساس الوسيط) في ...")
        sign = signs[-1].value
        moved = (d.bounds[0] * scale, d.bounds[1] * scale)       # ("91 سنتا" of a price in dollars)
        # the value before: the level less the rise (plus the fall), each within its written precision
        before_lo = level.bounds[0] - max(sign * moved[0], sign * moved[1])
        before_hi = level.bounds[1] - min(sign * moved[0], sign * moved[1])
        if before_lo <= 0:
            continue
        if _fits(g.bounds, (moved[0] / before_hi * 100, moved[1] / before_lo * 100)):
            continue
        base = float(level.f.value) - sign * float(d.f.value) * scale
        exact = float(d.f.value) * scale / base * 100
        out.append(Inconsistency(
            "consistency/percent-change", art.fspan(g), (art.fspan(d), art.fspan(level)), f"{_number(exact)}%",
            f"{d.f.text} of {format_value(base)} (the value before {level.f.text}) is {_number(exact)}%, not {g.f.text}"))
    return out


def _amount_from_base(art: _Article) -> list[Inconsistency]:
    """A change given as an amount and the value it started from, then as a percentage ("نزل نحو
    مليون برميل يوميا من حوالي أربعة ملايين برميل، أي بنحو 25 في المائة"; "fell by 1m barrels a day
    from 4m, or 25%"): the percentage is the amount's share of the value before, within the written
    precision. Not a change to a level ("from 4m to 3m": see `_stated_changes`)."""
    out = []
    for g in art.figs:
        if g.f.kind != "percent" or g.f.qualifier not in (None, "approx") or g.bounds is None:
            continue
        start, _ = art.sentence(g.start)
        pair = art.figures(max(start, g.start - 160), g.start)[-2:]
        if len(pair) < 2:
            continue
        d, base = pair
        froms = art.cues_in(d.end, base.start, "from")
        if not _same_measure(d.f, base.f) or any(h.f.qualifier not in (None, "approx") for h in pair) \
                or d.bounds is None or base.bounds is None or base.bounds[0] <= 0 \
                or not froms or len(art.words(d.end, froms[-1].start)) > 2 or len(art.words(froms[-1].end, base.start)) > 1 \
                or not art.only_cues(base.end, _bare_start(art, g), ("link", "by"), 3):
            continue        # ("نحو مليون برميل يوميا من حوالي أربعة ملايين"; then ", أي بنحو")
        signs = [c for c in art.cues_in(max(start, d.start - 60), d.start, "change") if c.value]
        if not signs or len(art.words_outside_brackets(signs[-1].end, d.start)) > 3 or art.figures(signs[-1].end, d.start):
            continue
        if _fits(g.bounds, (d.bounds[0] / base.bounds[1] * 100, d.bounds[1] / base.bounds[0] * 100)):
            continue
        exact = float(d.f.value) / float(base.f.value) * 100
        out.append(Inconsistency(
            "consistency/percent-change", art.fspan(g), (art.fspan(d), art.fspan(base)), f"{_number(exact)}%",
            f"{d.f.text} of {base.f.text} (the value before) is {_number(exact)}%, not {g.f.text}"))
    return out


def _bare_start(art: _Article, g: _Fig) -> int:
    """Where the words before figure g begin once its qualifier is left out ("or almost 10%": the
    "or")."""
    found = _qualifier_at(art, g.start, 30, r"\s*") if g.f.qualifier is not None else None
    return found[1] if found else g.start


def _difference(art: _Article) -> list[Inconsistency]:
    """"£35bn - £3.5bn less than the £37.5bn predicted", "120 cases, 20 fewer than the 150 of last
    year": a value, then right after it (a dash or a comma between, and its noun) the amount it differs by from
    another value of its measure, "more than" or "less than" it (cue `than_diff`, its value the
    sign, then cue `base`); the difference must be the two values' within their written precision."""
    out = []
    for c in (c for g in art.figs if art.lang.mentions(art.lower[g.end:g.end + 24], "than_diff")     # (a quick test)
              for c in art.cues_in(g.end, g.end + 24, "than_diff") if not art.words(g.end, c.start)):
        start, end = art.sentence(c.start)
        base = [t for t in art.cues_in(c.end, c.end + 12, "base") if not art.words(c.end, t.start)]
        before = art.figures(start, c.start)
        after = [h for h in art.figures(base[0].end, end) if len(art.words(base[0].end, h.start)) <= 1][:1] if base else []
        if len(before) < 2 or not after:
            continue
        x, d, b = before[-2], before[-1], after[0]
        if not (_same_measure(x.f, d.f) and _same_measure(d.f, b.f)) or any(
                h.f.qualifier or h.bounds is None for h in (x, d, b)) or len(art.words(x.end, d.start)) > 2 \
                or not _DIFF_GAP.search(art.text, x.end, d.start):      # (the first value's noun between)
            continue
        actual = (c.value or 0) * (x.bounds[0] - b.bounds[1]), (c.value or 0) * (x.bounds[1] - b.bounds[0])
        if _fits(d.bounds, (min(actual), max(actual))):
            continue
        gap = abs(float(x.f.value) - float(b.f.value))
        out.append(Inconsistency(
            "consistency/percent-change", art.fspan(d), (art.fspan(x), art.fspan(b)), _number(gap),
            f"{x.f.text} is {_number(gap)} {'more' if float(x.f.value) > float(b.f.value) else 'less'} than "
            f"{b.f.text}, not {d.f.text}"))
    return out


def _pairs(art: _Article, figs: list[_Fig], skip: set[int]) -> list[tuple[_Fig, _Fig]]:
    """(from, to) pairs of a sentence: "من A إلى B", "from A to B" (lists in order: "من 20% و10%
    إلى 50% و20%"), "B ... compared with A", "B, a ... improvement from A"."""
    pairs = []
    for c in (c for c in art.cues_in(figs[0].start - 24, figs[-1].end, "from")):
        after = [g for g in figs if g.start >= c.end and g.i not in skip and not _converted(art, g)]
        if not after or len(art.words(c.end, after[0].start)) > 3:      # "from (the record of) $55.67"
            continue
        when = {g.i for g in after[1:] if g.f.kind in ("year", "date")} if after[0].f.kind not in ("year", "date") else set()
        after = [g for g in after if g.i not in when]       # "من 676 مليار يورو في عام 2012 إلى 710 مليار العام 2013"
        firsts = [after[0]]
        for g in after[1:]:
            if art.lang.join.match(art.text[firsts[-1].end:g.start]) and _same_measure(g.f, firsts[0].f):
                firsts.append(g)
            else:
                break
        rest = [g for g in after[len(firsts):]]
        if (twin := _twin_pairs(art, firsts, rest)):
            pairs += twin
            continue
        to = [t for t in art.cues_in(firsts[-1].end, rest[0].start if rest else firsts[-1].end, "to")] if rest else []
        if not to or _between(art, firsts[-1], rest[0], when) > 3 and not (
                _between(art, firsts[-1], rest[0], when) <= 8 and art.lang.of_before.search(art.text, to[0].end, rest[0].start)
                and len(art.words(firsts[-1].end, to[0].start)) <= 1):      # "to the guarantee level of £105.45"
            pairs += _reached_first(art, figs, c, firsts, skip)
            continue
        seconds = [rest[0]]
        for g in rest[1:]:
            if len(seconds) < len(firsts) and art.lang.join.match(art.text[seconds[-1].end:g.start]):
                seconds.append(g)
        if len(seconds) == len(firsts) and all(_same_measure(a.f, b.f, elided=True) for a, b in zip(firsts, seconds)):
            pairs += list(zip(firsts, seconds))
    pairs += [p for r in figs if r.f.kind == "range" and r.i not in skip for p in _range_pair(art, r)]
    if not pairs:
        pairs += _dated_pair(art, figs, skip)
    for c in art.cues_in(figs[0].start, figs[-1].end, "compared"):
        after = [g for g in figs if g.start >= c.end]
        if not after or len(art.words(c.end, after[0].start)) > 2 or after[0].i in skip:
            continue
        a = after[0]
        before = [g for g in figs if g.end <= c.start and _same_measure(g.f, a.f, elided=True)]
        # (an amount of change is compared with another too, when no other value is: "زاد 215 ألف وظيفة ...
        # مقارنة مع 231 ألفا"; not "$850m, a $597m improvement from $153m")
        before = [g for g in before if g.i not in skip] or before
        if before and not any(p[1].i == before[-1].i or p[0].i == a.i for p in pairs) \
                and not art.cues_in(before[-1].end, c.start, "to"):     # ("to 15 and X, who moves to number 18 from 32")
            pairs.append((a, before[-1]))
    return pairs


def _twin_pairs(art: _Article, firsts: list[_Fig], rest: list[_Fig]) -> list[tuple[_Fig, _Fig]]:
    """Two measures that change together, each value with its companion a few words after it
    ("dropped from 10,276 cases worth £808m to 8,177 cases worth £644m"): the two pairs."""
    if len(firsts) != 1 or len(rest) < 3:
        return []
    a, a2, b, b2 = firsts[0], *rest[:3]
    if _same_measure(a.f, a2.f) or not (_same_measure(a.f, b.f) and _same_measure(a2.f, b2.f)) \
            or len(art.words(a.end, a2.start)) > 3 or len(art.words(b.end, b2.start)) > 3 \
            or not art.only_cues(a2.end, b.start, ("to",), 1) or art.cues_in(a.end, a2.start, "to") \
            or art.cues_in(b.end, b2.start, "to"):
        return []
    return [(a, b), (a2, b2)]


def _dated_pair(art: _Article, figs: list[_Fig], skip: set[int]) -> list[tuple[_Fig, _Fig]]:
    """The value of one year, then a change "to" the value of a later year, with no "from" ("was
    $124bn in 2003, and is expected to rise by almost 40% to about $150bn for 2004"): the one
    earlier value of the measure in the sentence, each value with its own year right after it."""
    for t in art.cues_in(figs[0].end, figs[-1].start, "to"):
        after = [g for g in figs if g.start >= t.end and g.i not in skip][:1]
        if not after or art.words(t.end, _bare_start(art, after[0])) or after[0].f.kind not in ("money", "count", "measure"):
            continue
        b = after[0]
        signs = art.cues_in(max(figs[0].start, t.start - 60), t.start, "change")
        earlier = [g for g in figs if g.end <= (signs[-1].start if signs else t.start) and _same_measure(g.f, b.f)]
        if not signs or len(art.words(signs[-1].end, t.start)) > 4 or len(earlier) != 1 or earlier[0].i in skip:
            continue
        a = earlier[0]
        years = [(_own_year(art, h, figs)) for h in (a, b)]
        if None not in years and years[0] < years[1]:
            return [(a, b)]
    return []


def _own_year(art: _Article, g: _Fig, figs: list[_Fig]) -> int | None:
    """The year right after a value ("$124bn in 2003", "$150bn for 2004"), at most two words between."""
    after = [h for h in figs if h.start >= g.end][:1]
    if after and after[0].f.kind in ("year", "date") and len(art.words(g.end, after[0].start)) <= 2:
        return _year_of(after[0].f)
    return None


def _reached_first(art: _Article, figs: list[_Fig], c: _Cue, firsts: list[_Fig], skip: set[int]) -> list[tuple[_Fig, _Fig]]:
    """The pair of a sentence that says the value reached first: "to £198m from £130m", "إلى 198
    مليونا من 130 مليونا" (one value each side, the "to" value right before the "from")."""
    back = [g for g in figs if g.end <= c.start and g.i not in skip and not _converted(art, g)]
    if len(firsts) != 1 or not back or art.words(back[-1].end, c.start) or not _same_measure(back[-1].f, firsts[0].f):
        return []
    b = back[-1]
    to = art.cues_in(max(0, b.start - 12), b.start, "to")
    return [(firsts[0], b)] if to and not art.words(to[-1].end, b.start) else []


def _range_pair(art: _Article, r: _Fig) -> list[tuple[_Fig, _Fig]]:
    """The from and to values of a range read as one figure ("fell from 7,613 to 6,630"), in the
    order written, when a word of "from" leads it and it is no span of years ("from 2010 to 2015")."""
    lead = [c for c in art.cues_in(max(0, r.start - 12), r.start + 8, "from") if c.start >= r.start or not art.words(c.end, r.start)]
    numbers = list(_NUMERIC.finditer(art.text, r.start, r.end))
    if not lead or len(numbers) != 2 or not art.cues_in(numbers[0].end(), numbers[1].start(), "to"):
        return []
    values = [float(m.group().replace(",", "")) if m.group().count(".") <= 1 else None for m in numbers]
    if None in values or all(v.is_integer() and 1800 <= v <= 2100 and "," not in m.group() for v, m in zip(values, numbers)):
        return []
    kind = "percent" if "%" in art.text[r.start:r.end] or r.f.unit == "percent" else "count"
    made = []
    for k, (m, v) in enumerate(zip(numbers, values)):
        s, e = art.norm.to_original(m.start()), art.norm.to_original(m.end())
        f = Figure(art.doc.text[s:e], s, e, kind, int(v) if v.is_integer() else v, "percent" if kind == "percent" else None)
        made.append(_Fig(-(2 * r.i + k + 1), f, m.start(), m.end(), r.sentence, r.lang))
    return [(made[0], made[1])]


def _between(art: _Article, a: _Fig, b: _Fig, when: set[int]) -> int:
    """The words between two values of a pair, but for the first one's counted noun and the
    years and dates that place them ("49 سفينة يوميا الآن إلى 98", "676 مليار يورو في عام 2012 إلى")."""
    taken = [(g.start, g.end) for g in art.figures(a.end, b.start) if g.i in when or _converted(art, g)]
    noun = a.subject
    return sum(1 for s, e in art.words(a.end, b.start)
               if not any(ts <= s < te for ts, te in taken) and not (noun and keys(art.lower[s:e], a.lang) & noun))


def _stated_changes(art: _Article, figs: list[_Fig], start: int, end: int) -> list[Inconsistency]:
    """Each stated change of a sentence against the from and to values it is attached to: the
    pair right next to it, with no other change and no other value of that measure in between
    ("بلغت 1780 شركة بزيادة نسبتها 13.9% مقارنة بـ1628"; "$850m, a $597m improvement from $153m";
    "ضاعفت ... من 20% و10% إلى 50% و20%"). A change with its own base ("بنسبة 5% عن الربع
    السابق", "ten times more than in 2003") is left alone."""
    changes = []    # (the figure or cue stating the change, its kind, the figure or None)
    for g in figs:
        words, chars = _reach(art, g)
        before = art.cues_in(max(start, g.start - chars), g.start, "change")
        after = art.cues_in(g.end, min(end, g.end + 20), "change", "times", "points")
        if after and after[0].kind == "times" and len(art.words(g.end, after[0].start)) == 0 and g.f.kind == "count":
            changes.append((g, "ratio", g))
        elif g.f.kind == "percent" and not before and after and after[0].kind == "change" \
                and len(art.words(g.end, after[0].start)) == 0:
            changes.append((g, "percent", g))       # "24% higher than in 2003", "a 38% rise to £198m from £130m"
        elif (g.f.kind == "percent" or g.f.kind == "fraction" and before and (
                art.cues_in(before[-1].end, g.start, "by") or _of_only(art, before[-1].end, _bare_start(art, g)))) \
                and before and _changed_by(art, before[-1], g, words) and not _ends_in(art, before[-1], "from") \
                and not any(len(art.words(c.end, g.start)) <= 1 for c in art.cues_in(before[-1].end, g.start, "to", "from")):
            points = g.f.unit == "pp" or bool(after and after[0].kind == "points" and len(art.words(g.end, after[0].start)) == 0)
            changes.append((g, "points" if points else "percent", g))
        elif g.f.kind == "percent" and _after_pair(art, g, start):
            points = bool(after and after[0].kind == "points" and len(art.words(g.end, after[0].start)) == 0)
            changes.append((g, "points" if points else "percent", g))      # "fell from 7,613 to 6,630, or 12.9%"
        elif g.f.kind in ("money", "count", "measure") and (
                after and after[0].kind == "change" and len(art.words(g.end, after[0].start)) == 0
                and not _CLAUSE_MARK.search(art.text[g.end:after[0].start])       # (not "to $15m, up 40%")
                or before and len(art.words(before[-1].end, g.start)) <= 2 and not art.figures(before[-1].end, g.start)
                and not art.cues_in(before[-1].end, g.start, "to", "from", "compared", "base")
                and not _ends_in(art, before[-1], "to") and not _ends_in(art, before[-1], "from")):
            # ("rose to 300,000": a level; "up from $12m": the value before)
            changes.append((g, "amount", g))        # "a $597m improvement", "بزيادة قدرها 152 شركة"
    changes += [(c, "multiplier", None) for c in art.cues_in(start, end, "multiplier")]
    if not changes:
        return []
    stated = {g.i for _, _, g in changes if g is not None}
    pairs = _pairs(art, figs, stated) if len(figs) >= 2 or any(g.f.kind == "range" for g in figs) else []
    spans = [(what.start, what.end) for what, _, _ in changes]
    out = []
    for (what, kind, g), (cs, ce) in zip(changes, spans):
        trailing = art.cues_in(ce, ce + 12, "change")
        base_at = trailing[0].end if trailing and len(art.words(ce, trailing[0].start)) == 0 else ce
        if _own_base(art, base_at, figs):
            pair = _year_base(art, (cs, base_at), figs) if kind == "percent" else None
            item = pair and _judge(art, what, kind, g, *pair)
            if item:
                out.append(item)
            continue
        members = {g.i for p in pairs for g in p}
        attached = sorted((p for p in pairs if g not in p and _attached(art, (cs, ce), p, figs, members, spans,
                                                                         14 if kind == "multiplier" else 8, kind == "ratio")),
                          key=lambda p: min(abs(p[0].start - cs), abs(p[1].start - cs)))
        if not attached and kind in ("multiplier", "ratio"):
            attached = _borrowed(art, figs, (cs, ce), start) or (_named_base(art, figs, what, start) if kind == "ratio" else [])
        if kind == "multiplier":
            out += [item for a, b in attached if (item := _judge(art, what, kind, g, a, b))]
        elif attached:      # (of several pairs it may speak of, each must disagree: "from 10,276 cases worth £808m to ...")
            items = [_judge(art, what, kind, g, a, b) for a, b in attached]
            if all(items):
                out.append(items[0])
    return out


def _of_only(art: _Article, lo: int, hi: int) -> bool:
    """Whether the words between two offsets are a word of "of" only ("a fall of a third")."""
    m = art.lang.of_before.search(art.text, lo, hi)
    return m is not None and not art.words(lo, m.start())


def _points_after(art: _Article, g: _Fig) -> bool:
    """Whether a word of points follows a value right after it ("six points", "3 نقاط مئوية")."""
    after = art.cues_in(g.end, g.end + 24, "points")
    return bool(after) and not art.words(g.end, after[0].start)


def _ends_in(art: _Article, c: _Cue, kind: str) -> bool:
    """Whether a cue's last word is one of a cue kind's ("rose to": a word of "to")."""
    last = art.text[c.start:c.end].split()[-1:]
    return bool(last) and any(k == kind for k, _ in art.lang.cues.get(last[0], ()))


def _changed_by(art: _Article, verb: _Cue, g: _Fig, words: int) -> bool:
    """Whether the percentage `g` is the change the word of change `verb` speaks of: at most
    `words` words after it and no value between ("rose 12%"), or with only the value it reached
    between, after "to", and the change after "by" right after that value's noun ("ارتفع عدد
    الزوار إلى 300 ألف زائر بنسبة 40%")."""
    between = [h for h in art.figures(verb.end, g.start) if h.f.kind not in ("year", "date")]
    if not between:
        return len(art.words(verb.end, g.start)) <= words
    h = between[0]
    to = art.cues_in(max(verb.end, h.start - 16), h.start, "to")
    by = art.cues_in(max(h.end, g.start - 16), g.start, "by")
    return len(between) == 1 and bool(to) and not art.words(to[-1].end, h.start) and bool(by) \
        and not art.words(by[-1].end, g.start) and len(art.words(h.end, by[-1].start)) <= 1 \
        and len(art.words(verb.end, to[-1].start)) <= words


def _after_pair(art: _Article, g: _Fig, start: int) -> bool:
    """Whether a percentage restates the change of a from-to pair right before it: "fell from 7,613
    to 6,630, or 12.9%", "سيرتفع من 1،72 درهم (0،46 دولارا) إلى 2،14 درهم (0،58 دولارا) أي بنسبة
    24%": a word of linking (and of "by") between the pair's last value and it, a word of change and
    a "to" before that value in the sentence."""
    links = [c for c in art.cues_in(max(start, g.start - 30), g.start, "link") if art.only_cues(c.end, g.start, ("by",), 2)]
    if not links:
        return False
    prior = [h for h in art.figures(max(start, links[-1].start - 80), links[-1].start) if not _converted(art, h)]
    if not prior or prior[-1].f.kind not in ("count", "money", "measure", "percent", "range"):
        return False
    tail = max([prior[-1].end] + [h.end for h in art.figures(prior[-1].end, links[-1].start) if _converted(art, h)])
    if len(art.words(tail, links[-1].start)) > 1:
        return False
    b = prior[-1]
    to = art.cues_in(max(start, b.start - 30), b.end if b.f.kind == "range" else b.start, "to")
    return bool(to) and bool(art.cues_in(max(start, b.start - 150), to[-1].start, "change"))


def _converted(art: _Article, g: _Fig) -> bool:
    """Whether a value is another's in other units, in brackets right after it ("1،72 درهم (0،46 دولارا)",
    "1.72 dirhams ($0.46)")."""
    before = art.text[max(0, g.start - 3):g.start]
    if not before.rstrip().endswith("("):
        return False
    prior = art.figures(max(0, g.start - 4), g.start)
    at = art.text.rfind("(", 0, g.start)
    return any(_ONE_WORD_GAP.fullmatch(art.text[h.end:at]) for h in art.figures(max(0, at - 40), at)) \
        and not prior       # (the unit may stand outside the value: "1.72 dirhams ($0.46)")


def _year_base(art: _Article, change: tuple[int, int], figs: list[_Fig]) -> tuple[_Fig, _Fig] | None:
    """A change measured against a year ("14.27 million tonnes in 2004, 24% higher than in 2003"),
    with the value of that year given in one of the two sentences after it ("In 2003, crop
    production totalled 11.94 million tonnes"): that value and the one the change is of."""
    base = [c for c in art.cues_in(change[1], change[1] + 25, "compared", "base") if len(art.words(change[1], c.start)) <= 2]
    after = [h for h in figs if h.start >= base[0].end] if base else []
    if not after or after[0].f.kind != "year" or len(art.words(base[0].end, after[0].start)) > 2:
        return None
    start, _ = art.sentence(change[0])
    now = [h for h in art.figures(start, change[0]) if h.f.kind in ("money", "count", "measure")]
    if not now:
        return None
    b = now[-1]
    own_end = art.sentence(change[1])[1]
    stop = art.sentence(art.sentence(own_end + 1)[1] + 1)[1]
    same = [h for h in art.figures(own_end, stop) if _same_measure(h.f, b.f)]      # in the next two sentences
    if len(same) != 1:
        return None
    h = same[0]
    years = [y for y in art.figures(*art.sentence(h.start)) if y.f.kind in ("year", "date")]
    year = _year_of(after[0].f)
    return (h, b) if year is not None and len(years) == 1 and _year_near(art, h) == year else None


def _reach(art: _Article, g: _Fig) -> tuple[int, int]:
    """How far (words, characters) a word of change may stand before the figure it states: four
    words ("rose 5%", "ارتفعت بنسبة 5%"), or fourteen when a word of measure leads the figure in
    ("وارتفعت صادرات الاتحاد من الخدمات لبقية العالم بنسبة 9%", "ارتفاع إجمالي القروض التي صرفها الصندوق
    خلال العام الماضي 2014 بنسبة 8.3 في المائة": the subject, and when, come between)."""
    by = art.cues_in(max(0, g.start - 12), g.start, "by")
    return (14, 120) if by and len(art.words(by[-1].end, g.start)) == 0 else (4, 40)


def _own_base(art: _Article, end: int, figs: list[_Fig]) -> bool:
    """Whether a change is measured against something that is no value of the sentence
    ("بنسبة 5% عن الربع السابق", "up 3% on last year", "more than in 2003")."""
    base = [c for c in art.cues_in(end, end + 25, "compared", "base") if len(art.words(end, c.start)) <= 2]
    if not base:
        return False
    nxt = [g for g in figs if g.start >= base[0].end or g.f.kind == "range" and g.start == base[0].start]
    if nxt and nxt[0].f.kind == "range" and _range_pair(art, nxt[0]):
        return False        # "fallen by 9.8% from 785 to 708": the range is the base and the level
    return not nxt or len(art.words(base[0].end, nxt[0].start)) > 3 or nxt[0].f.kind in ("year", "date") \
        or bool(art.cues_in(base[0].end, nxt[0].start, "to"))     # "عن الربع السابق ليبلغ 3.37": a level, not the base


def _attached(art: _Article, change: tuple[int, int], pair: tuple[_Fig, _Fig], figs: list[_Fig], members: set[int],
              changes: list[tuple[int, int]], most: int, ratio: bool = False) -> bool:
    """Whether a from-to pair is the one a change speaks of: next to it, nothing of the pair's
    measure between them but values of from-to pairs, no other change, at most `most` other words."""
    a, b = pair
    lo, hi = min(change[0], a.start, b.start), max(change[1], a.end, b.end)
    if any(lo <= s < hi and (s, e) != change and (s, e) not in ((a.start, a.end), (b.start, b.end)) for s, e in changes):
        return False        # (a value of the pair may be a change itself: "زاد 215 ألف وظيفة ... مقارنة مع 231 ألفا")
    if most > 8 and any((c.start >= change[1] or c.end <= change[0]) and not _ends_in(art, c, "from")
                        for c in art.cues_in(lo, hi, "change")):
        return False        # "doubling the money ..., while cutting the limits from £20m to £15m" (not
                            # "doubled to $15m, up from $12m": the value before)
    if ratio and any(c.end <= change[0] and len(art.words(c.end, change[0])) > 2
                     for c in art.cues_in(max(a.end, b.end), change[0], "change")):
        return False        # "من 19% إلى 47%، مشيرا إلى أن ... ستزيد القوى العاملة ... بمقدار أربعة أضعاف": another rise
    inside = [g for g in figs if lo <= g.start < hi and g.i not in members and (g.start, g.end) != change]
    if any(_same_measure(g.f, a.f) for g in inside):
        return False
    for t in art.cues_in(change[1], change[1] + 30, "to")[:1]:     # a change with a level of its own after
        level = [g for g in figs if g.start >= t.end and len(art.words(t.end, g.start)) <= 1][:1]   # it, not the pair's
        if len(art.words(change[1], t.start)) <= 2 and level and level[0] is not a and level[0] is not b \
                and _same_measure(level[0].f, a.f):     # ("five, up from 13, ... rising nine places to 15")
            return False
    taken = [(g.start, g.end) for g in figs if lo <= g.start < hi] + [change]
    words = [w for w in art.words(lo, hi) if not any(s <= w[0] < e for s, e in taken)]
    return len(words) <= most + 6


def _borrowed(art: _Article, figs: list[_Fig], where: tuple[int, int], start: int) -> list[tuple[_Fig, _Fig]]:
    """For a multiplier whose sentence has one value: that value and the nearest one of the same
    measure in the sentence before it (the rise "to more than double" of 6% and 14%), when
    nothing else of that measure stands between them."""
    rise = [c for c in art.cues_in(max(start, where[0] - 40), where[0], "change") if c.value and c.value > 0]
    if not rise or len(art.words(rise[-1].end, where[0])) > 3:
        return []       # "ازدادت لأكثر من ثلاثة أضعاف", not "متأثرا بضعف النفط"
    own = [g for g in figs if g.f.kind == "percent" and g.end <= where[0]]
    if len(own) != 1 or len([g for g in figs if g.f.kind in ("percent", "money", "count", "measure")]) > 2:
        return []
    a = own[0]
    earlier = [g for g in art.figures(art.previous(start), start) if _same_measure(g.f, a.f)]
    if len(earlier) != 1:
        return []
    return [(earlier[0], a)]


def _named_base(art: _Article, figs: list[_Fig], g: _Fig, start: int) -> list[tuple[_Fig, _Fig]]:
    """"تبدأ أسعارها من 150 ريالا للفئة البرونزية، 270 ريالا للفضية ... ويصل سعر التذكرة 2100 ريال،
    أي عشرة أضعاف سعر تذكرة الفئة البرونزية": a multiple that restates the value right before it (a
    word of linking between) as so many times a base it names. The base is the earlier value of the
    measure in the sentence whose words share the most words with those after the multiple (the
    restated value's own words left out), more than any other's."""
    links = [c for c in art.cues_in(max(start, g.start - 20), g.start, "link") if not art.words(c.end, g.start)]
    times = art.cues_in(g.end, g.end + 20, "times")
    if not links or not times or art.words(g.end, times[0].start):
        return []
    prior = [h for h in figs if h.end <= links[-1].start]
    if not prior or prior[-1].f.kind not in ("money", "count", "measure") or art.words(prior[-1].end, links[-1].start):
        return []
    b = prior[-1]
    _, end = art.sentence(g.start)
    wanted = _keys(art, times[0].end, min(end, times[0].end + 80), 5) - _keys(art, max(start, b.start - 40), b.start)
    bases = [h for h in prior[:-1] if _same_measure(h.f, b.f) and not h.f.qualifier]
    shared = []
    for k, h in enumerate(bases):
        stop = min([x.start for x in figs if x.start >= h.end] + [b.start])
        shared.append((len(wanted & _keys(art, h.end, stop, 3)), k))
    shared.sort(reverse=True)
    if not shared or not shared[0][0] or len(shared) > 1 and shared[1][0] == shared[0][0]:
        return []
    return [(bases[shared[0][1]], b)]


def _judge(art: _Article, what, kind: str, g: _Fig | None, a: _Fig, b: _Fig) -> Inconsistency | None:
    ra, rb = a.bounds, b.bounds
    if ra is None or rb is None or ra[0] <= 0 or rb[0] <= 0 or max(ra[0], rb[0]) > 20 * min(ra[0], rb[0]):
        return None     # not one measure's from and to (or a value misread: "38,4 مليون" against "31,7")
    related = (art.fspan(a), art.fspan(b))
    span = art.fspan(g) if g is not None else art.span(what.start, what.end)
    if kind == "multiplier" or kind == "ratio":
        m = float(what.value) if kind == "multiplier" else float(g.f.value)
        qualifier = _qualifier_before(art, what.start) if kind == "multiplier" else g.f.qualifier
        small, large = sorted((float(a.f.value), float(b.f.value)))
        ratio = large / small if m >= 1 else small / large
        loose = 0.1 if "approx" in (a.f.qualifier, b.f.qualifier) else 0.03
        stated = {"more_than": (m * 0.95, math.inf), "at_least": (m * 0.95, math.inf),
                  "less_than": (0, m * 1.05), "at_most": (0, m * 1.05)}.get(qualifier, (m * 0.8, m * 1.2))
        if _fits(stated, (ratio * (1 - loose), ratio * (1 + loose))):
            return None
        return Inconsistency("consistency/percent-change", span, related, f"×{ratio:.2g}",
                             f"from {a.f.text} to {b.f.text} is ×{ratio:.2f}, not “{span.text}”")
    stated = _share_bounds(g.f)      # a percentage, or a fraction in words as one ("by half": 45-55%)
    if stated is None:
        return None
    stated = (abs(stated[0]), abs(stated[1])) if stated[0] >= 0 else (0.0, abs(stated[1]))
    if kind == "amount":
        if (g.f.kind != a.f.kind or g.f.unit != a.f.unit) and not (a.f.kind == "percent" and _points_after(art, g)):
            return None     # (a count of points is of percentages: "36% - down six points from 39%")
        gaps = (abs(rb[0] - ra[1]), abs(rb[1] - ra[0]))     # (a fall as a rise: "fell from $10m to $7m, a $3m drop")
        actual = (min(gaps) if (rb[0] - ra[1]) * (rb[1] - ra[0]) > 0 else 0, max(gaps))
        if _fits(stated, actual, 0.02 * actual[1]):
            return None
        diff = abs(float(b.f.value) - float(a.f.value))
        return Inconsistency("consistency/percent-change", span, related, format_value(_round_like(diff, g.f), g.f.unit),
                             f"from {a.f.text} to {b.f.text} is a change of {format_value(_round_like(diff, g.f))}, not {g.f.text}")
    rel = [abs(x) for x in ((rb[0] - ra[1]) / ra[1] * 100, (rb[1] - ra[0]) / ra[0] * 100)]
    actual = (min(rel), max(rel)) if ((rb[0] - ra[1]) > 0) == ((rb[1] - ra[0]) > 0) else (0.0, max(rel))
    options = [actual] if kind == "percent" else []
    if a.f.kind == "percent":
        pts = [abs(rb[0] - ra[1]), abs(rb[1] - ra[0])]
        options.append((min(pts), max(pts)) if ((rb[0] - ra[1]) > 0) == ((rb[1] - ra[0]) > 0) else (0.0, max(pts)))
    if not options or any(_fits(stated, o, 0.1 * o[1]) for o in options):
        return None
    exact = abs(float(b.f.value) - float(a.f.value)) / float(a.f.value) * 100
    unit = "points" if kind == "points" else "%"
    shown = abs(float(b.f.value) - float(a.f.value)) if kind == "points" else exact
    return Inconsistency("consistency/percent-change", span, related, f"{_number(shown)}{'' if unit == '%' else ' '}{unit}",
                         f"from {a.f.text} to {b.f.text} is a change of {_number(shown)}{'' if unit == '%' else ' '}{unit}, "
                         f"not {g.f.text}")


def _round_like(value: float, f: Figure) -> float:
    step = _step(f) * 2
    return round(value / step) * step if step >= 1 else value


def _qualifier_before(art: _Article, pos: int) -> str | None:
    """The bound a multiplier word carries ("لأكثر من الضعف", "more than doubled")."""
    found = _qualifier_at(art, pos)
    return found[0] if found else None


def _qualifier_at(art: _Article, pos: int, reach: int = 20, tail: str = r"[\s\p{L}]{0,4}") -> tuple[str, int] | None:
    """The qualifier word that ends the `reach` characters before `pos` (with at most `tail` after
    it), and where it begins: (its bound, its start), else None."""
    lo = max(0, pos - reach)
    for word, qualifier in _qualifier_words(art.doc.lang):
        if m := regex.search(rf"(?<![\p{{L}}]){regex.escape(word)}{tail}$", art.text[lo:pos], FLAGS):
            return qualifier, lo + m.start()
    return None


@functools.lru_cache(maxsize=None)
def _qualifier_words(lang: str) -> tuple[tuple[str, str], ...]:
    """The words before a figure that bound or blur it (the figures' `qualifier` lexicon), longest
    first."""
    words = [(_fold(w), rule["value"]) for _, data in rule_files(lang, "figures") for rule in data.get("rules") or []
             if rule.get("lexicon") == "qualifier" for w in rule["words"]]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


# shares

def _share(art: _Article) -> list[Inconsistency]:
    """"30 من أصل 120، أي 40%"; "40 حالة (46%) من أصل 87"; "X ... Y ..., أي أن [X's noun] لا
    يتجاوز ربع [Y's noun]"; "500 out of 40,000, or 5%"; a bare "13000، أو نحو 3%" of a count named
    before."""
    out = _implied_wholes(art) + _apposed_part(art) + _share_of_named(art)
    for g in art.figs:
        if g.f.kind not in ("percent", "fraction") or "/" in g.f.text:
            continue        # "(6/8)", "3/6 – 5/7": a score, not a share
        start, end = art.sentence(g.start)
        if (ratio := _ratio_after(art, g, end)) is not None:
            out += _judge_share(art, g, ratio, None)      # "only 4% of MPs - 13 out of 659 -"
            continue
        if (aside := _pair_aside(art, g, end)) is not None:
            out += _judge_share(art, g, *aside)     # "Some 95% of claims - $35bn of the $42bn total -"
            continue
        links = art.cues_in(max(start, g.start - 30), g.start, "link")
        if links and len(art.words(links[-1].end, g.start)) <= 5 and not art.figures(links[-1].end, g.start):
            lead = links[-1].start
        elif art.text[max(start, g.start - 2):g.start].strip() == "(":
            lead = art.text.rindex("(", max(start, g.start - 2), g.start)      # "40 حالة (46%)"
        elif dash := _DASH_BEFORE.search(art.text, max(start, g.start - 24), g.start):
            lead = dash.start() + 1         # "10 million of which - more than half -"
            if close := _DASH_AFTER.match(art.text, g.end, end):
                end = close.end()           # (what follows the closing dash is another clause: "- could be used to cut")
        elif comma := _COMMA_WORD_AT_END.search(art.text, max(start, g.start - 24), g.start):
            # in apposition: "300 jobs, a quarter of its 1,500 staff", "12 of the 48, one in three"
            lead = comma.start()
            before = [h for h in art.figures(start, lead) if h.f.kind in ("count", "money", "measure")]
            pair = _part_of_whole_after(art, g, before, start, end) or _of_pair(art, before, lead, 3)
            if pair is not None and not art.cues_in(pair[0].start, min(end, g.end + 40), "change", "compared"):
                out += _judge_share(art, g, *pair)
            continue
        else:
            continue
        before = [h for h in art.figures(start, lead) if h.f.kind in ("count", "money", "measure", "fraction", "duration")]
        if (pair := _part_of_whole_after(art, g, before, start, end)) is not None:
            out += _judge_share(art, g, *pair)      # "700,000 ... - up from 440,000 - amounting to only 20% of the 5.8 million"
            continue
        if art.cues_in(max(start, lead - 80), min(end, g.end + 40), "change", "compared"):
            # "rose by 20, or 5%": a change, not a share; but "X of Y" is a share whatever is said
            # before it ("voted against a move ..., winning 173 of the 299 votes - more than
            # two-thirds", "cut 300 of its 1,200 jobs, or 25%": a cut of 25% too; "فقد 600 منصب، منها
            # 207 مناصب، أي أكثر من نصفها": a part of which is a share too)
            pair = _of_pair(art, before, lead)
            if pair is None and before and len(art.words(before[-1].end, lead)) <= 2 \
                    and (whole := _of_which(art, before[-1], start)) is not None:
                pair = before[-1], whole
            if pair and not art.cues_in(pair[0].start, min(end, g.end + 40), "change", "compared"):
                out += _judge_share(art, g, *pair)
            continue
        # the part right before ("36 حالة اختطاف بنسبة 31%"), or a ratio with its noun phrase
        # ("33 من أصل 139 مادة في مشروع القانون، أي نحو نصف")
        x = before[-1] if before and len(art.words(before[-1].end, lead)) <= (5 if before[-1].f.kind == "fraction" else 2) else None
        part = whole = None
        if x is not None and x.f.kind == "fraction" and "/" not in x.f.text:
            out += _judge_share(art, g, x, None)      # "500 out of 40,000, or 5%", "one in five, or 30%"
            continue
        if x is not None and (whole := _of_whole(art, x, g, end)) is not None:
            part = x
        elif x is not None and (whole := _of_which(art, x, start)) is not None:
            part = x
        elif x is not None and (whole := _named_total(art, x, g, start, end)) is not None:
            part = x
        else:
            same = [h for h in before if h.f.kind != "fraction" and _same_measure(h.f, before[-1].f)]
            if len(same) > 2 and (pair := _of_pair(art, before, lead, 10)):
                part, whole = pair      # "قتل خمسة أحداث من بين الـ16 قاصرا ذهبوا إلى سوريا، أي نحو نصفهم", "فجروا 16 منزلا
                                        # من أصل 64 منزلا للمسيحيين في بلدة كرمليس (شرق الموصل)، أي نحو نصفها"
            elif len(same) == 2:
                a, b = sorted(same, key=lambda h: float(h.f.value))
                of = art.cues_in(a.end, b.start, "of_whole") if a.end <= b.start else []
                # (the whole first, the part a few words after "including": "400 ألف حالة ...، بما
                # في ذلك حوالي 200 ألف حالة في العقد الماضي، أي نحو ربعها")
                among = b.end <= a.start and any(len(art.words(c.end, a.start)) <= 2
                                                 for c in art.cues_in(b.end, a.start, "including"))
                named = _keys(art, *art.nearby(b)) & _keys(art, g.end, min(end, g.end + 15)) and \
                    _keys(art, *art.nearby(a)) & _keys(art, lead, g.start)
                sibling = any(h.f.kind in ("percent", "fraction") and len(art.words(b.end, h.start)) <= 3
                              for h in art.figures(b.end, b.end + 40))      # "40 حالة أي بنسبة 46%، تلتها 36 حالة"
                if of and len(art.words(a.end, b.start)) <= 4 or named and not sibling or among:     # ("11 كنيسة وديرا من أصل 35")
                    part, whole = a, b
            elif x is not None and x.f.kind == "count" and float(x.f.value) >= 10 \
                    and (g.f.kind == "percent" or not _NUMERIC.search(g.f.text)) \
                    and not art.cues_in(start, end, "change", "compared"):      # a whole sentences away: a quiet sentence only
                part, whole = x, _whole(art, x, start)      # ("123 حالة، أي أكثر من ثلث الحالات", "100,000 - one in five -")
        if part is None or whole is None or float(part.f.value) >= float(whole.f.value):
            continue
        out += _judge_share(art, g, part, whole)
    return out


_RATIO_GAP = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}]+){0,3}[^\S\n]*[-–—(][^\S\n]*")   # " of MPs - ", " ("


_SET_OFF_BEFORE = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}'’]+){0,4}[^\S\n]*[-–—,،][^\S\n]*(?:[\p{L}\p{M}]+[^\S\n]+)?$")
_PHRASE_END = regex.compile(r"[-–—,،.;؛:()\n]")


def _share_of_named(art: _Article) -> list[Inconsistency]:
    """A part set off with its share of a whole it names back, the whole's value given before it
    ("only $480,000 - about a fifth of the total - had been in the accounts", "$11m - barely a
    tenth of that -", "ستحصل على 10 مليارات يورو، أي نحو ربع الحزمة"): the whole is the nearest
    larger value of the part's measure before it, in its sentence or the one before, that the
    words after the share name: a word of the whole named back (`whole_back`: "that", "the
    cost") or of `total`, or a word of the whole's own words before it ("حزمة الإنقاذ ... 86
    مليار"). A share with its whole's value after it, or a ratio ("173 of the 299"), is `_share`'s."""
    out = []
    for g in art.figs:
        if g.f.kind != "fraction" or _NUMERIC.search(g.f.text):
            continue        # (a fraction in words: "a fifth", "ربع")
        start, end = art.sentence(g.start)
        bare = _bare_start(art, g)
        before = art.figures(start, g.start)
        if not before or before[-1].f.kind not in ("money", "count", "measure") or before[-1].f.qualifier not in (None, "approx"):
            continue
        x = before[-1]
        lead = _SET_OFF_BEFORE.search(art.text, x.end, bare)
        links = art.cues_in(x.end, bare, "link")
        if lead is None and not (links and not art.words(links[-1].end, bare) and len(art.words(x.end, links[-1].start)) <= 2):
            continue        # ("$13m in criminal penalties - less than a third", "560 مليون يورو أي ما يقارب ثلث")
        # (the whole named back before it: "Just £8,170 of this - about a quarter -")
        back = art.cues_in(x.end, bare, "whole_back") if lead is not None else []
        of_back = bool(back) and bool(art.cues_in(x.end, back[0].start, "of_whole")) \
            and len(art.words(x.end, back[0].end)) == 2
        stop = _PHRASE_END.search(art.text, g.end, end)
        phrase = art.words(g.end, stop.start() if stop else end)[:4]
        if not of_back and (not phrase or len(phrase) == 4 and not stop):
            continue
        lo, hi = (phrase[0][0], phrase[-1][1]) if phrase and not of_back else (g.end, g.end)
        if art.figures(lo, hi) or art.cues_in(lo, hi, "amounting", "change", "compared"):
            continue        # (its whole's value after it, or a change)
        generic = of_back or art.cues_in(lo, hi, "whole_back", "total")
        named = _keys(art, lo, hi) - _keys(art, *art.nearby(x))
        if not generic and not named:
            continue
        floor = art.previous(start)
        for h in reversed(art.figures(floor, x.start)):
            if not _same_measure(h.f, x.f) or h.f.qualifier not in (None, "approx") or h.bounds is None \
                    or float(h.f.value) <= float(x.f.value) or _converted(art, h):
                continue
            if generic or named & _keys(art, *art.nearby(h)):
                out += _judge_share(art, g, x, h)
            break       # (the nearest larger value is the whole, or none is)
    return out


def _pair_aside(art: _Article, g: _Fig, end: int) -> tuple[_Fig, _Fig] | None:
    """A part "of" its whole, two values of one measure, set off by dashes or brackets right after
    a share and the words it is of ("Some 95% of insurance claims - $35bn of the $42bn total -"),
    else None."""
    opened = _RATIO_GAP.match(art.text, g.end, end)      # (as a ratio after a share opens: " of MPs - ")
    close = _ASIDE_CLOSE.search(art.text, opened.end(), min(end, opened.end() + 80)) if opened else None
    figs = art.figures(opened.end(), close.start()) if opened and close else []
    if len(figs) != 2 or not _same_measure(figs[0].f, figs[1].f) or figs[0].bounds is None or figs[1].bounds is None:
        return None
    part, whole = figs
    if not art.cues_in(part.end, whole.start, "of_whole") or len(art.words(part.end, whole.start)) > 2 \
            or float(part.f.value) >= float(whole.f.value):
        return None
    return part, whole


_ASIDE_CLOSE = regex.compile(r"[^\S\n]*[-–—)]")


def _ratio_after(art: _Article, g: _Fig, end: int) -> _Fig | None:
    """A ratio of two counts set off right after a share, which says what the share is ("only 4%
    of MPs - 13 out of 659 -", "40% (12 من أصل 30)"), else None."""
    after = art.figures(g.end, min(end, g.end + 40))[:1]
    if g.f.kind != "percent" or not after or after[0].f.kind != "fraction" or not _NUMERIC.search(after[0].f.text) \
            or "/" in after[0].f.text or not _RATIO_GAP.fullmatch(art.text, g.end, after[0].start):
        return None
    return after[0]


def _apposed_part(art: _Article) -> list[Inconsistency]:
    """A share of a whole named before it, the sentence opening on it ("Of the 15 million swapped
    each year, only 25% - some 6 million handsets - get returned"), with the part it makes set
    off right after it (a dash, a bracket or a comma, and a word or two): the part is that share
    of the whole."""
    out = []
    for g in art.figs:
        if g.f.kind not in ("percent", "fraction") or g.f.qualifier or "/" in g.f.text:
            continue
        start, end = art.sentence(g.start)
        wholes = [h for h in art.figures(start, g.start) if h.f.kind in ("count", "money", "measure") and _of_the(art, h)]
        parts = art.figures(g.end, end)[:2]
        if not parts or not _APPOSED.fullmatch(art.text, g.end, parts[0].start):
            continue
        if not wholes and len(parts) == 2 and (close := _SET_OFF.match(art.text, parts[0].end, parts[1].start)) \
                and art.cues_in(close.end(), parts[1].start, "of_whole") \
                and len(art.words(close.end(), parts[1].start)) <= 2:
            wholes = parts[1:]      # the whole after the part set off: "Only 7% - some 8 million - of the 120 million"
        if len(wholes) != 1:
            continue
        whole, part = wholes[0], parts[0]
        if _same_measure(part.f, whole.f) and float(part.f.value) < float(whole.f.value) and \
                part.f.qualifier in (None, "approx"):
            out += _judge_share(art, g, part, whole)
    return out


def _part_of_whole_after(art: _Article, g: _Fig, before: list[_Fig], start: int, end: int) -> tuple[_Fig, _Fig] | None:
    """The part and the whole of a share that names its whole right after it ("700,000 people ... were on
    drugs - up from 440,000 - amounting to only 20% of the 5.8 million who need them"; "أكثر من نصف
    إجمالي المبالغ المسحوبة الذي بلغ 29.4 مليار دولار": its noun phrase, then cue `amounting`): the one
    value of the whole's measure before, smaller than it, that is no value a change runs from or to."""
    cues = [c for c in art.cues_in(g.end, min(end, g.end + 12), "of_whole") if not art.words(g.end, c.start)][:1] + \
        [c for c in art.cues_in(g.end, min(end, g.end + 60), "amounting") if len(art.words(g.end, c.start)) <= 6][:1]
    after = [h for c in cues for h in art.figures(c.end, min(end, c.end + 30)) if len(art.words(c.end, h.start)) <= 1]
    if not after or after[0].f.kind not in ("count", "money", "measure") or after[0].f.qualifier:
        return None
    whole = after[0]
    parts = [h for h in before if _same_measure(h.f, whole.f) and float(h.f.value) < float(whole.f.value)
             and not art.cues_in(max(start, h.start - 12), h.start, "from", "to", "compared")]
    return (parts[0], whole) if len(parts) == 1 else None


def _clause_start(art: _Article, pos: int, floor: int) -> int:
    """The start of the clause `pos` is in: after the last comma or semicolon before it."""
    marks = [m.end() for m in _LIST_MARK.finditer(art.text[floor:pos])]
    return floor + marks[-1] if marks else floor


def _of_pair(art: _Article, before: list[_Fig], lead: int, noun: int = 6) -> tuple[_Fig, _Fig] | None:
    """The part and the whole of "173 of the 299 votes", "خمسة أحداث من بين الـ16 قاصرا": the two
    values last before a share's lead-in, joined by a word of "out of", the part the smaller, the
    whole's noun phrase (at most `noun` words) all that stands between it and the lead-in."""
    if len(before) < 2:
        return None
    a, b = before[-2:]
    alike = _same_measure(a.f, b.f) or a.f.kind == b.f.kind == "duration" and a.f.unit == b.f.unit   # ("10 of the 12 months")
    if not alike or a.f.qualifier or b.f.qualifier or float(a.f.value) >= float(b.f.value) \
            or len(art.words(a.end, b.start)) > 4 or len(art.words(b.end, lead)) > noun or not art.cues_in(a.end, b.start, "of_whole"):
        return None
    return a, b


def _of_whole(art: _Article, x: _Fig, g: _Fig, end: int) -> _Fig | None:
    """The whole named right after the part or its share: "30 من أصل 120", "40 (46%) من أصل 87"."""
    for at in (x.end, g.end):
        cues = [c for c in art.cues_in(at, min(end, at + 30), "of_whole") if len(art.words(at, c.start)) <= 2]
        if cues:
            after = [h for h in art.figures(cues[0].end, min(end, cues[0].end + 30))
                     if len(art.words(cues[0].end, h.start)) <= 2]
            if after and _same_measure(after[0].f, x.f):
                return after[0]
    return None


def _implied_wholes(art: _Article) -> list[Inconsistency]:
    """Parts of one whole, each with its share ("40 حالة أي بنسبة 46%، تلتها 36 حالة بنسبة 31%،
    ثم 8 حالات بنسبة 9%، و3 حالات بنسبة 3%"): each part over its share gives the whole; when all
    but one give the same whole, the odd one's share is wrong (within a factor of two: further
    off, it is rather a share of something else, or a misread part)."""
    stated = []
    for g in art.figs:
        if g.f.kind != "percent":
            continue
        start, end = art.sentence(g.start)
        cue = art.cues_in(max(start, g.start - 30), g.start, "link", "by")
        if cue and len(art.words(cue[-1].end, g.start)) <= 1 and not art.figures(cue[-1].end, g.start):
            lead = cue[-1].start
        elif art.text[max(start, g.start - 2):g.start].strip() == "(":
            lead = art.text.rindex("(", max(start, g.start - 2), g.start)
        else:
            continue
        before = [h for h in art.figures(start, lead) if h.f.kind in ("count", "money", "measure")]
        if not before or len(art.words(before[-1].end, lead)) > 5 or art.cues_in(max(start, lead - 80), min(end, g.end + 40), "change", "compared"):
            continue        # ("299 حالة في نفس المستشفى بنسبة 6.7%": the part, its noun phrase, its share)
        x = before[-1]
        if x.bounds and g.bounds and g.bounds[0] > 0 and x.bounds[1] != math.inf and g.bounds[1] < 100:
            stated.append((x, g, (x.bounds[0] / g.bounds[1] * 100, x.bounds[1] / g.bounds[0] * 100)))
    out, i = [], 0
    while i < len(stated):
        j = i + 1
        while j < len(stated) and stated[j][0].sentence - stated[j - 1][0].sentence <= 1 and _same_measure(stated[j][0].f, stated[i][0].f):
            j += 1
        group, i = stated[i:j], j
        if len(group) < 3:
            continue
        for k, (x, g, (lo, hi)) in enumerate(group):
            rest = [w for m, (_, _, w) in enumerate(group) if m != k]
            c_lo, c_hi = max(w[0] for w in rest), min(w[1] for w in rest)
            if c_lo > c_hi or lo <= c_hi and c_lo <= hi:
                continue        # the others disagree too, or this one fits
            whole = (c_lo + c_hi) / 2
            if not 0.5 <= (lo + hi) / 2 / whole <= 2:
                continue
            share = float(x.f.value) / whole * 100
            others = ", ".join(f"{y.f.text} ({h.f.text})" for y, h, _ in group if y is not x)
            out.append(Inconsistency(
                "consistency/share", art.fspan(g), (art.fspan(x),) + tuple(art.fspan(y) for y, _, _ in group if y is not x),
                f"{_number(share)}%",
                f"the other parts ({others}) are shares of about {_number(whole)}; {x.f.text} of that is "
                f"{_number(share)}%, not “{g.f.text}”"))
    return out


_DASH_BEFORE = regex.compile(r"\s[-–—]\s+(?:[\p{L}\p{M}]+\s+){0,3}$")
_DASH_AFTER = regex.compile(r"(?:[^\S\n]+[\p{L}\p{M}'’]+){0,4}[^\S\n]+[-–—](?=\s)")


def _of_which(art: _Article, x: _Fig, start: int) -> _Fig | None:
    """The whole of a part that refers back to it: the value right before "X of which/whom"
    ("about 25 million players were sold, 10 million of which ..."; "11 people ..., five of whom")."""
    if not [c for c in art.cues_in(x.end, x.end + 20, "of_which") if len(art.words(x.end, c.start)) == 0] \
            and not [c for c in art.cues_in(max(start, x.start - 12), x.start, "of_which", "including")
                     if len(art.words(c.end, x.start)) == 0]:
        return None     # ("five of whom", "وأدين منهم 510 أطباء", "116 معتقلا، من بينهم 52 معتقلا")
    earlier = [h for h in art.figures(start, x.start) if h.f.kind == x.f.kind and h.f.unit == x.f.unit]
    return earlier[-1] if earlier and float(earlier[-1].f.value) > float(x.f.value) else None


def _keys(art: _Article, lo: int, hi: int, most: int | None = None) -> set[str]:
    """The match keys of the content words between two offsets (stems, concepts); of the first
    `most` of them only, if given."""
    out: set[str] = set()
    for s, e in art.words(lo, hi):
        if not _NUMERIC.fullmatch(art.text[s:e]) and not is_stopword(art.text[s:e].casefold()):
            out |= keys(art.text[s:e].casefold(), art.doc.lang)
            most = None if most is None else most - 1
            if most == 0:
                break
    return out


def _named_total(art: _Article, x: _Fig, g: _Fig, start: int, end: int) -> _Fig | None:
    """The whole a share names by its noun right after it, a count given earlier in the sentence or
    the one before ("ما مجموعه 970 حالة ... منها 239 مراجعا، أي نحو 25 في المائة من إجمالي الحالات";
    "1,200 staff ... 300 of them, or 25% of the total workforce"): the nearest larger count before
    the part whose counted noun the words after "of" name, with no change or comparison between."""
    cue = next((c for c in art.cues_in(g.end, min(end, g.end + 12), "of_whole") if not art.words(g.end, c.start)), None)
    if cue is None:
        return None
    after = art.figures(cue.end, min(end, cue.end + 40))[:1]
    if after and len(art.words(cue.end, after[0].start)) <= 3:
        return None         # (a whole with its value after it: `_of_whole`)
    named = _keys(art, cue.end, min(end, cue.end + 60), 3)
    for h in reversed(art.figures(art.previous(start), x.start)):
        if h.f.kind == "count" and h.subject and float(h.f.value) > float(x.f.value) and h.subject & named:
            return None if art.cues_in(h.start, g.end, "change", "compared") else h
    return None


def _whole(art: _Article, part: _Fig, start: int) -> _Fig | None:
    """The whole a bare "X, or P%" is a share of: the nearest larger count before the sentence
    before X's, when it counts what X counts (or, X counting nothing named, what X's sentence or
    the one before it names again)."""
    prev_start = art.previous(start)
    own = set(part.subject)
    for s, e in art.words(start, art.sentence(part.start)[1]):
        own |= keys(art.text[s:e].casefold(), art.doc.lang)
    for h in reversed(art.figures(prev_start, start)):
        # the sentence before: a larger count whose noun phrase X's own sentence names ("More than 800,000
        # Britannia Building Society members ...", then "Members ... with 100,000 - one in five -")
        if h.f.kind == "count" and h.f.subject and float(h.f.value) > float(part.f.value):
            if _noun_phrase(art, h, 4) & own:
                return h
            break
    here = set(own)
    for s, e in art.words(prev_start, start):
        here |= keys(art.text[s:e].casefold(), art.doc.lang)
    for h in reversed(art.figures(max(0, prev_start - _LOOKBACK), prev_start)):
        if h.f.kind == "count" and h.f.subject and float(h.f.value) > float(part.f.value):
            return h if h.subject & (part.subject or here) else None      # "40 حالة" of "87 حالة انتهاك"
    return None


def _share_bounds(f: Figure) -> tuple[float, float] | None:
    """The percentages a share allows. A fraction in words is loose: "ربع" is 22.5-27.5%, "almost a
    quarter" 20-27.5%, "more than half" anything over 49.5%."""
    if f.kind != "fraction":
        return _bounds(f)
    v = float(f.value) * 100
    if _NUMERIC.search(f.text):
        return (v - 0.5, v + 0.5)       # "82 من أصل 120": a ratio of two counts, not a fraction in words
    return {None: (v * 0.9, v * 1.1), "approx": (v * 0.8, v * 1.1),
            "more_than": (v * 0.99, math.inf), "at_least": (v * 0.99, math.inf),
            "less_than": (-math.inf, v * 1.01), "at_most": (-math.inf, v * 1.01)}.get(f.qualifier, (v * 0.8, v * 1.1))


def _judge_share(art: _Article, g: _Fig, part: _Fig, whole: _Fig | None) -> list[Inconsistency]:
    """`part` of `whole` against the share `g` states (`whole` None: `part` is the ratio itself)."""
    if whole is None:
        actual = _share_bounds(part.f)
    else:
        rp, rw = part.bounds, whole.bounds
        if rp is None or rw is None or rw[0] <= 0:
            return []
        hi_whole = rw[1] if rw[1] != math.inf else rw[0] * 1.2
        hi_part = rp[1] if rp[1] != math.inf else rp[0] * 1.2
        actual = (max(rp[0], 0) / hi_whole * 100, hi_part / rw[0] * 100)
    stated = _share_bounds(g.f)
    if stated is None or actual is None:
        return []
    if _fits(stated, actual, 0.5):
        return []
    exact = float(part.f.value) * 100 if whole is None else float(part.f.value) / float(whole.f.value) * 100
    what = part.f.text if whole is None else f"{part.f.text} of {whole.f.text}"
    related = (art.fspan(part),) if whole is None else (art.fspan(part), art.fspan(whole))
    return [Inconsistency("consistency/share", art.fspan(g), related, f"{_number(exact)}%",
                          f"{what} is {_number(exact)}%, not “{g.f.text}”")]


def _percent_total(art: _Article) -> list[Inconsistency]:
    """Shares of one whole: "90% منهم مسلمون ونحو 20% مسيحيون", "made up 61% of the visitors, and
    UK residents 52%", and two sentences that each say what share of the same whole something
    makes up ("تشكل 90% من مبيعاتها ... تشكل 25% من مبيعاتها"). A group that reaches 100% is
    complete: the next share starts another."""
    out, groups = [], []
    for g in art.figs:
        if g.f.kind != "percent" or not isinstance(g.f.value, (int, float)):
            continue
        group = groups[-1] if groups else None
        if group and group[-1].sentence == g.sentence and _elliptic(art, group[-1], g, _is_share(art, group[0]) and not _scoped(art, group[0])) \
                and sum(float(h.f.value) for h in group) < 99:
            group.append(g)
        elif _is_share(art, g):
            whole = _whole_words(art, g)
            for group in reversed(groups[-3:]):
                first = group[0]
                if g.sentence != first.sentence and g.sentence - group[-1].sentence <= 2 and whole \
                        and whole & _whole_words(art, first) and _composes(art, g) and _composes(art, first) \
                        and sum(float(h.f.value) for h in group) < 99:
                    group.append(g)
                    break
            else:
                groups.append([g])
    grouped = {g.i for group in groups if len(group) > 1 for g in group}
    listed = _listed_shares(art, grouped)
    named = _named_whole_shares(art)
    out += _remaining(art) + listed + [x for x in named if x.span.start not in {y.span.start for y in listed}]
    out += [x for x in _stances(art) if x.span.start not in {y.span.start for y in listed + named}]
    for group in groups:
        if len(group) < 2 or any(h.f.qualifier in ("less_than", "at_most") or float(h.f.value) > 100 for h in group):
            continue
        total = sum(float(h.f.value) for h in group)
        slack = 1 + (5 if any(h.f.qualifier == "approx" for h in group) else 0)
        if total > 100 + slack:
            last = group[-1]
            others = sum(float(h.f.value) for h in group[:-1])
            out.append(Inconsistency(
                "consistency/percent-total", art.fspan(last), tuple(art.fspan(h) for h in group[:-1]),
                f"at most {_number(100 - others)}%",
                f"shares of one whole add up to {_number(total)}%: " + " + ".join(h.f.text for h in group)))
    return out


def _named_whole_shares(art: _Article) -> list[Inconsistency]:
    """A list of three or more percentages in one sentence, the first naming the whole it is a share
    of ("67% من النازحين العراقيين يعيشون لدى الأسر، بينما يسكن 20% منهم في المباني، فيما يعيش 8% في
    الملاجئ، و15% في المخيمات"; "Seventy percent of resources collected by the fund will go to ...,
    30% for ..., and 10% for ...") or said to be shared out ("تقاسم السلطة ... نسبة 53 في المائة ...
    نسبة 33 في المائة ... نسبة 24 في المائة"), adding up to a little over 100%. Each item may name its
    part at some length; nothing between two of them says change or comparison, and the values
    between them are small counts at most ("النجوم الـ5")."""
    out, run = [], []
    for g in [*(h for h in art.figs if h.f.kind == "percent"), None]:
        if g is not None and g.f.kind == "percent" and isinstance(g.f.value, (int, float)) and not g.f.qualifier:
            if run and run[-1].sentence == g.sentence and _next_share(art, run[-1], g):
                run.append(g)
                continue
        if len(run) >= 3 and _names_whole(art, run[0]):
            # the item that takes the list over 100% (a second list of the same sentence may follow:
            # "53% ... 33% ... 14% in the central government, 53% ... 33% ... 14% in the states")
            k = next((k for k in range(1, len(run) + 1) if sum(float(h.f.value) for h in run[:k]) > 100 + k * 0.5), 0)
            total = sum(float(h.f.value) for h in run[:k])
            rest = total - float(run[0].f.value)
            if k >= 3 and total <= 130 and abs(rest - 100) > 1:     # (a share, then its breakdown)
                room = 100 - total + float(run[k - 1].f.value)
                out.append(Inconsistency(
                    "consistency/percent-total", art.fspan(run[k - 1]), tuple(art.fspan(h) for h in run[:k - 1]),
                    f"at most {_number(room)}%" if room > 0 else "100% in all",
                    "listed shares of one whole add up to " + f"{_number(total)}%: " + " + ".join(h.f.text for h in run[:k])))
        run = [g] if g is not None and g.f.kind == "percent" and not g.f.qualifier else []
    return out


_CLAUSE = regex.compile(r"[,،;؛.:!?؟\n]")


def _stance(art: _Article, g: _Fig) -> int | None:
    """The answer a percentage of those asked gives, read in its clause after it (a dozen words, up to
    the next figure or comma): +1 for ("61% were optimistic", "29 في المائة ... بشكل إيجابي"), -1
    against, 0 neither (both words: "لا يرون أن الوشم شيء إيجابي أو سلبي"); None when it says none,
    or is a part "of them" of an answer before ("22 في المائة منهم")."""
    stop = _CLAUSE.search(art.text, g.end, g.end + 200)
    hi = min([stop.start() if stop else g.end + 200] + [h.start for h in art.figures(g.end, g.end + 200)])
    if any(len(art.words(g.end, c.start)) == 0 for c in art.cues_in(g.end, hi, "including")):
        return None
    of = art.lang.of.match(art.text, g.end, hi)      # (the whole: "45% of supporters")
    words = art.words(g.end, hi)[:12]
    values = {c.value for c in art.cues_in(g.end, words[-1][1] if words else g.end, "stance") if not (of and c.start < of.end())}
    return None if not values else int(values.pop()) if len(values) == 1 else 0


def _stances(art: _Article) -> list[Inconsistency]:
    """Answers of those asked that exclude each other, one for and one against at least, in one
    sentence or the next ("48% were pessimistic about their national economy, while 61% were
    optimistic"; "39 في المائة ... سلبية ... وفي المقابل قيم 29 في المائة ... بشكل إيجابي ... وأوضح 42 في
    المائة ... لا يرون أن الوشم شيء إيجابي أو سلبي") that add up to clearly over 100%, but not so far
    over that they rather answer two questions."""
    out, run = [], []
    for g in [*(h for h in art.figs if h.f.kind == "percent"), None]:
        stance = _stance(art, g) if g is not None and isinstance(g.f.value, (int, float)) \
            and g.f.qualifier not in ("less_than", "at_most") else None
        if g is not None and stance is None and run and g.sentence == run[-1][0].sentence:
            continue        # (a part of an answer, or a figure of another kind of the sentence)
        if stance is not None and run and (g.sentence == run[-1][0].sentence
                                           or art.previous(art.sentence(g.start)[0]) <= run[-1][0].start
                                           and stance not in {v for _, v in run}):
            run.append((g, stance))     # (a sentence that gives an answer given already is another question's)
            continue
        values = [float(h.f.value) for h, _ in run]
        slack = 1 + (5 if any(h.f.qualifier == "approx" for h, _ in run) else 0)
        k = next((k for k in range(2, len(run) + 1) if sum(values[:k]) > 100 + slack), 0)
        if k and {1, -1} <= {v for _, v in run[:k]} and sum(values[:k]) <= 125:
            last, others = run[k - 1][0], [h for h, _ in run[:k - 1]]
            out.append(Inconsistency(
                "consistency/percent-total", art.fspan(last), tuple(art.fspan(h) for h in others),
                f"at most {_number(100 - sum(values[:k - 1]))}%",
                f"answers that exclude each other add up to {_number(sum(values[:k]))}%: "
                + " + ".join(h.f.text for h, _ in run[:k])))
        run = [(g, stance)] if stance is not None else []
    return out


def _next_share(art: _Article, a: _Fig, b: _Fig) -> bool:
    """Whether b is the next item of a list of shares after a: joined to it, within 18 words, no word
    of change or comparison between, no value between but a small count, no "from"/"to"/"by" right
    before it ("by 39% to 34%")."""
    gap = art.text[a.end:b.start]
    if len(art.words(a.end, b.start)) > 18 or not (_A_COMMA.search(gap) or art.lang.joined.search(gap)):
        return False
    if any(h.f.kind != "count" or not isinstance(h.f.value, int) or h.f.value > 12 for h in art.figures(a.end, b.start)):
        return False
    whole = _whole_words(art, b)
    if art.cues_in(a.end, b.start, "compared") or art.cues_in(a.end, b.start, "change") and not (whole and whole & _whole_words(art, a)) \
            or any(art.words(a.end, c.start) for c in art.cues_in(a.end, b.start, "including")):
        return False        # ("20% منهم": of the whole of the list, not of a part; but two answers, each of the
                            # sample named, may speak of a rise: "88.8% من العينة يرون أنه سيزيد، فيما رأى 10.2% من العينة")
    return not any(len(art.words(c.end, b.start)) <= 1 for c in art.cues_in(max(a.end, b.start - 20), b.start, "from", "to"))


def _names_whole(art: _Article, g: _Fig) -> bool:
    """Whether the first share of a list names its whole right after it ("67% من النازحين", "Seventy
    percent of resources"), or a word of making up or sharing out leads to it in its clause."""
    if art.lang.of.match(art.text, g.end, g.end + 60) and not _scoped(art, g):
        return not _whole_in_place(art, g)
    start, _ = art.sentence(g.start)
    clause = max([start] + [h.end for h in art.figures(start, g.start)])
    return bool(art.cues_in(clause, g.start, "compose", "shared"))


def _whole_in_place(art: _Article, g: _Fig) -> bool:
    """Whether a share's whole is said to be in a place ("67% من الناخبين في الشمال", "67% of voters
    in the north"): the next values are rather the rates of other places than shares of it."""
    of = art.lang.of.match(art.text, g.end, g.end + 60)
    if not of:
        return False
    noun = of.start(1) + len(of.group(1).split()[0])
    return any(len(art.words(noun, c.start)) <= 1 for c in art.cues_in(noun, of.end() + 12, "scope"))


def _listed_shares(art: _Article, grouped: set[int]) -> list[Inconsistency]:
    """A list of three or more percentages in one sentence that adds up to a little over 100% ("Of
    the bondholders, 83.4% reside in Argentina, 15.6% in Italy, 10.3% in ..."): shares of one whole
    with a slip. Rates of places or answers to several questions rarely land just over 100; a
    share "of them" after one of the list is a breakdown of it, not another item."""
    out, run = [], []
    for g in [*art.figs, None]:
        if g is not None and g.f.kind == "percent" and isinstance(g.f.value, (int, float)) and not g.f.qualifier:
            gap = art.text[run[-1].end:g.start] if run else ""
            of = art.lang.of.match(art.text, run[-1].end, g.start) if run else None     # ("43% من استطلاع ...، قبل برنهام بـ26%")
            if run and run[-1].sentence == g.sentence and len(art.words(run[-1].end, g.start)) <= 8 \
                    and not art.figures(run[-1].end, g.start) and (_A_COMMA.search(gap) or art.lang.joined.search(gap)) \
                    and not art.cues_in(of.end() if of else run[-1].end, g.start, "change", "compared", "from", "to", "by", "including") \
                    and not art.cues_in(g.end, g.end + 12, "including"):
                run.append(g)
                continue
        if len(run) >= 3 and not grouped & {h.i for h in run} and not _scoped(art, run[0]) and not _whole_in_place(art, run[0]):     # ("45% in the north, ...": rates)
            total = sum(float(h.f.value) for h in run)
            if 100 + len(run) * 0.5 < total <= 130:
                out.append(Inconsistency(
                    "consistency/percent-total", art.fspan(run[-1]), tuple(art.fspan(h) for h in run[:-1]),
                    f"at most {_number(100 - total + float(run[-1].f.value))}%",
                    "listed shares of one whole add up to " + f"{_number(total)}%: " + " + ".join(h.f.text for h in run)))
        run = [g] if g is not None and g.f.kind == "percent" and not g.f.qualifier else []
    return out


def _remaining(art: _Article) -> list[Inconsistency]:
    """"Half of those questioned said ... A small number, 17%, said ... The remaining 43% said":
    the rest of a whole after the shares of the sentence and the two before it."""
    out = []
    for g in art.figs:
        if g.f.kind != "percent" or g.f.qualifier or not (any(
                len(art.words(c.end, g.start)) <= 1 for c in art.cues_in(max(0, g.start - 25), g.start, "remaining"))
                or any(not art.words(g.end, c.start) for c in art.cues_in(g.end, g.end + 15, "remaining"))):
            continue        # ("the remaining 43%", "الـ60% المتبقية")
        lo = art.previous(art.previous(art.sentence(g.start)[0]))
        # (a share said loosely counts by its least: "almost half ..., the remaining 65%")
        shares = [h for h in art.figures(lo, g.start) if h.f.kind in ("percent", "fraction") and "/" not in h.f.text
                  and not _measured_against(art, h, max(lo, art.sentence(h.start)[0]))]
        bounds = [_share_bounds(h.f) for h in shares]
        # one share and the rest: in one sentence ("Japanese films took 37.5%, foreign films the remaining
        # 62.5%"), or the share of a whole it names in the sentence before ("Almost half of all phones ...")
        if not shares or len(shares) < 2 and shares[0].sentence != g.sentence and not (
                shares[0].sentence == g.sentence - 1 and art.cues_in(shares[0].end, shares[0].end + 4, "of_whole")) \
                or None in bounds \
                or any(b[0] >= 100 or b[1] <= 0 for b in bounds):
            continue
        least = sum(max(b[0], 0) for b in bounds) + _bounds(g.f)[0]
        if least > 100.5:
            others = sum(float(h.f.value) * (100 if h.f.kind == "fraction" else 1) for h in shares)
            out.append(Inconsistency(
                "consistency/percent-total", art.fspan(g), tuple(art.fspan(h) for h in shares),
                f"{_number(100 - others)}%",
                "the rest after " + " + ".join(h.f.text for h in shares) + f" is {_number(100 - others)}%, not “{g.f.text}”"))
    return out


def _measured_against(art: _Article, h: _Fig, lo: int) -> bool:
    """Whether a percentage is a change or is set against another value (words of change, comparison,
    from or to around it), the word of its whole ("37.5 في المائة من الإيرادات") not counted."""
    of = art.lang.of.match(art.text, h.end, h.end + 60)
    return any(not (of and of.start() <= c.start < of.end())
               for c in art.cues_in(max(lo, h.start - 40), h.end + 20, "change", "compared", "from", "to"))


def _is_share(art: _Article, g: _Fig) -> bool:
    """Whether a percentage says it is a share of a whole ("تشكل 90%", "20% منهم"). ("67% من
    الشعب يثقون في الهيئة وأن 81% يعتبرونها محايدة" are shares of one whole, but answers to two
    questions: "of" alone does not make a group.)"""
    return _composes(art, g)


def _composes(art: _Article, g: _Fig) -> bool:
    """Whether a percentage says what share of a whole something makes up: a word of composing
    before it in its clause, "of them" right before or after it ("نسبة الذكور منهم 90%", "20%
    منهم"), or a share named right after it ("a 65% market share")."""
    start, _ = art.sentence(g.start)
    clause = max([start] + [h.end for h in art.figures(start, g.start)])
    return bool(art.cues_in(clause, g.start, "compose")) or bool(art.cues_in(g.end, g.end + 12, "including")) \
        or any(len(art.words(c.end, g.start)) == 0 for c in art.cues_in(max(clause, g.start - 12), g.start, "including")) \
        or any(len(art.words(g.end, c.start)) <= 1 for c in art.cues_in(g.end, g.end + 20, "share_after"))


def _whole_words(art: _Article, g: _Fig) -> frozenset[str]:
    m = art.lang.of.match(art.text[g.end:g.end + 60])
    if not m:
        return frozenset()
    out = set()
    for word in m.group(1).split():
        out |= keys(word.casefold().rstrip("'’s"), art.doc.lang)
    return frozenset(out)


def _scoped(art: _Article, g: _Fig) -> bool:
    """Whether a share is followed by where it holds ("79.1% في منطقة اليورو")."""
    scope = art.cues_in(g.end, g.end + 12, "scope")
    return bool(scope) and len(art.words(g.end, scope[0].start)) == 0


def _elliptic(art: _Article, a: _Fig, b: _Fig, shares: bool = False) -> bool:
    """Whether b continues a's share in the same sentence: joined by "and"/"و", nothing between
    them that starts another measure (a change, a comparison, another figure), b not of another
    whole (`shares`: the group is known to be shares of one whole)."""
    gap = art.text[a.end:b.start]
    of = art.lang.of.match(art.text, a.end, b.start)       # (the whole of a: "67% من النازحين")
    if art.figures(a.end, b.start) or art.cues_in(of.end() if of else a.end, b.start, "change", "compared", "from", "to"):
        return False
    joins = list(art.lang.joined.finditer(gap))
    if not joins or len(art.words(a.end + joins[-1].end(), b.start)) > 3 or len(art.words(a.end, b.start)) > 12:
        return False        # "و[نحو] 20%", "and UK residents 52%": the second share names its part, little more
    if _scoped(art, b) and _scoped(art, a) and not shares:
        return False        # "79.1% في منطقة اليورو و80.8% في مجمل دول الاتحاد": another whole (but "8% في
                            # الملاجئ، و15% في المخيمات" after "67% من النازحين": where the shares live)
    other = _whole_words(art, b)
    return not other or bool(other & _whole_words(art, a))


# totals and breakdowns

def _sum(art: _Article) -> list[Inconsistency]:
    out = []
    for g in art.figs:
        if g.f.kind not in ("count", "money", "measure") or g.f.qualifier not in (None, "approx"):
            continue
        if g.f.qualifier:       # "some 990,000 workers in all": only a total said to be one
            out += _subtotals(art, g)
            continue
        out += _breakdown(art, g) or _colon_list(art, g) or _subtotals(art, g) or _listed(art, g) \
            or _named_parts(art, g) or _next_parts(art, g) or _named_items(art, g)
    flagged = {x.span.start for x in out}
    return out + [x for x in _among(art) if x.span.start not in flagged]


def _among(art: _Article) -> list[Inconsistency]:
    """Parts "among these" things counted before, that come to more than them: "يحاكم 29 متهما
    ... ومن بين هؤلاء المتهمين سبعة كويتيين وخمسة سعوديين وثلاثة باكستانيين و15 شخصا"; the
    counted noun after the word of inclusion names the total's."""
    out = []
    counted: dict[int, int] = {}
    for g in art.figs:
        if g.f.kind in ("count", "money", "measure"):
            counted[g.sentence] = counted.get(g.sentence, 0) + 1
    sentences = sorted(k for k, n in counted.items() if n >= 2)        # (read for changes already: no new scan)
    for cue in (c for k in sentences for c in art.sentence_cues(k) if c.kind == "including"):
        after = art.figures(cue.end, art.sentence(cue.end)[1])
        if not after or len(art.words(cue.end, after[0].start)) not in (1, 2, 3) or after[0].f.qualifier:
            continue
        named = _keys(art, cue.end, after[0].start)
        parts = _parts_after(art, after, after[0])
        if len(parts) < 2 or any(p.f.qualifier for p in parts):
            continue
        earlier = [h for h in art.figures(art.previous(art.sentence(cue.start)[0]), cue.start)
                   if h.f.kind == parts[0].f.kind and h.f.unit == parts[0].f.unit and h.subject & named and not h.f.qualifier]
        if not earlier:
            continue
        total = earlier[-1]
        s = sum(float(p.f.value) for p in parts)
        if s <= float(total.f.value):
            continue
        out.append(Inconsistency(
            "consistency/sum", art.fspan(total), tuple(art.fspan(p) for p in parts), format_value(s),
            f"the parts among them add up to {format_value(s)} (" + " + ".join(p.f.text for p in parts) +
            f"), more than {total.f.text}"))
    return out


def _parts_after(art: _Article, figs: list[_Fig], total: _Fig) -> list[_Fig]:
    parts: list[_Fig] = []
    told = False        # whether a part was told in a clause of its own, after "the number of"
    ranks = 0           # words of the ordinals since the last part ("2 in the first half and 4 in the second")
    for h in figs:
        if parts and h.f.kind == "ordinal":
            ranks += len(art.words(h.start, h.end))
            continue
        if h.f.kind != total.f.kind or h.f.unit != total.f.unit:
            break
        gap = art.text[parts[-1].end:h.start] if parts else ""
        said = len(art.words(parts[-1].end, h.start)) - ranks if parts else 0
        # (a part with its unit may say what it is in a few more words: "a 650m euro write-down on Slimfast
        # diet foods and 950m euros of restructuring costs")
        if parts and not art.lang.join.match(gap) and not (said <= (8 if total.f.unit else 4) and art.lang.joined.search(gap)):
            if _number_clause(art, parts[-1], h, total):
                told = True
            elif said <= 3 and art.lang.list_joint.search(gap):
                pass        # a part told in a word or two, then a comma: "25 in Baghdad, 10 in Basra"
            elif not (told and said <= 20 and art.lang.list_joint.search(gap)):
                break       # (after such a clause, parts described at length: "15 معهدا تابعا لجماعة ...، و47 للجمعية ...")
        parts.append(h)
        ranks = 0
    return parts


def _number_clause(art: _Article, prev: _Fig, h: _Fig, total: _Fig) -> bool:
    """Whether a part goes on a breakdown in a clause of its own that names the number of the
    total's counted noun: "91 معهدا منها 19 تابعة لوزارة الأوقاف، فيما يصل عدد المعاهد الخاصة ...
    إلى 15 معهدا" (a comma and a joint, "the number of", a word that leads to the value, the value
    naming the total's noun; no other figure between)."""
    if not total.subject or not h.subject & total.subject or len(art.words(prev.end, h.start)) > 30 \
            or art.figures(prev.end, h.start):
        return False
    number = art.cues_in(prev.end, h.start, "number_of")
    to = art.cues_in(max(prev.end, h.start - 12), h.start, "to")
    if not number or not to or art.words(to[-1].end, h.start):
        return False
    joint = art.lang.clause_joint.search(art.text, prev.end, number[0].start)
    return joint is not None and not art.words(joint.end(), number[0].start)[1:]


def _breakdown(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"17 شخصا بينهم 5 أطفال و3 نساء", "10 أشخاص هم ...", "16 breaks, nine by Hrbaty and five by
    the Argentine", "Ten people were hurt: six men and five women", "The 40 dead included ...": the
    parts right after the total."""
    start, end = art.sentence(total.start)
    after = art.figures(total.end, end)
    while after and after[0].f.kind == "ordinal":       # (no part: "in the fourth quarter, including ...")
        after = after[1:]
    if len(after) < 2:
        return []
    marks = art.cues_in(total.end, after[0].start, "complete", "including")
    gap = art.text[total.end:after[0].start]
    gap_words = len(art.words(total.end, after[0].start))
    if marks and gap_words <= 4:
        complete = marks[0].kind == "complete"
    elif marks and gap_words <= 25 and len(art.words(marks[-1].end, after[0].start)) <= 1 and total.subject \
            and after[0].subject & total.subject:
        complete = marks[-1].kind == "complete"     # a clause between, then the parts, the first naming the
                                                    # total's noun: "30 منشأة ...، شملت ...، بواقع 14 منشأة في مكة و8 ..."
    elif marks and marks[-1].kind == "including" and gap_words <= 12 and total.f.unit is not None \
            and after[0].f.unit == total.f.unit and len(art.words(marks[-1].end, after[0].start)) <= 1 \
            and _COMMA_SPACE_AT_END.search(art.text[max(total.end, marks[-1].start - 4):marks[-1].start]):
        complete = False    # ... or an amount with its unit: "a 1.5bn euro charge in the fourth quarter,
                            # including a 650m euro write-down and 950m euros of restructuring costs"
    elif gap_words <= 6 and _COLON_AT_END.search(gap) and not art.figures(start, total.start):
        complete = True     # "Ten people were hurt: six men and five women"
    elif gap_words <= 3 and _COMMA_AT_END.search(gap):
        complete = None     # an apposition (below)
    else:
        return []
    parts = _parts_after(art, after, total)
    if len(parts) < 2 or any(float(p.f.value) >= float(total.f.value) for p in parts):
        return []
    if any(p.f.qualifier for p in parts):
        return []
    if complete is None:    # an apposition: a breakdown when each part says whose it is ("nine by Hrbaty")
        bys = [art.cues_in(p.end, p.end + 6, "complete") for p in parts]
        if all(b and art.only_cues(p.end, b[0].start, (), 0) for p, b in zip(parts, bys)):
            complete = True
        elif (_of_the(art, total) or _parallel(art, parts)) and \
                not any(_same_measure(h.f, total.f) for h in art.figures(start, total.start)):
            complete = False    # parts that may leave some out: "Of the 40 passengers, 25 ...", "40 died, 25
        else:                   # in Baghdad, 10 in Basra and ..." (not of a list the total is one of: "65
            return []           # flights on Thursday, 180 on Friday, 140 on Saturday")
    rest = after[len(parts):]
    sub = art.cues_in(parts[-1].end, rest[0].start, "including") if rest else []
    over = sum(float(p.f.value) for p in parts) > float(total.f.value)
    if any(_same_measure(h.f, total.f) for h in rest) and not (sub and len(art.words(sub[-1].end, rest[0].start)) <= 1) \
            and not over:
        return []       # more values of the measure follow: the breakdown may go on ("..., وأربعة مهاجمين"),
                        # unless they break down its last part ("و126 مدنيا، بينهم 36 طفلا"), or the parts
                        # named already come to more than the total (more parts only add to them)
    total_parts = sum(float(p.f.value) for p in parts)
    if total_parts == float(total.f.value) or (not complete and total_parts < float(total.f.value)):
        return []
    return [Inconsistency(
        "consistency/sum", art.fspan(total), tuple(art.fspan(p) for p in parts), format_value(total_parts),
        f"the parts add up to {format_value(total_parts)} (" + " + ".join(p.f.text for p in parts) +
        f"), {'not' if complete else 'more than'} {total.f.text}")]


def _of_the(art: _Article, total: _Fig) -> bool:
    """Whether a total opens its sentence after "of the" ("Of the 40 passengers, ...", "ومن بين
    الركاب الأربعين، ..."): what follows is a breakdown of it."""
    start, _ = art.sentence(total.start)
    cues = art.cues_in(start, total.start, "of_whole")
    return bool(cues) and len(art.words(start, cues[0].start)) <= 1 and len(art.words(cues[0].end, total.start)) <= 2


def _parallel(art: _Article, parts: list[_Fig]) -> bool:
    """Whether every part of a list is followed by the same function word and none by a counted
    noun ("25 in Baghdad, 10 in Basra and 12 in Mosul"), but by whom it counts ("8 من داعش و7 من
    الجيش"): parts of one whole told apart the same way."""
    if any(p.f.subject for p in parts) and not all(art.lang.of.match(art.text[p.end:p.end + 60]) for p in parts):
        return False
    firsts = {art.lower[s:e] for p in parts for s, e in art.words(p.end, p.end + 40)[:1]}
    return len(firsts) == 1 and is_stopword(next(iter(firsts)))


def _named_parts(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"إعداد 120 مشروع قانون عبر ثلاث مراحل خلال السنوات العشر المقبلة، منها 45 مشروعا خلال الفترة
    (2015 - 2017)، و65 مشروعا (2018 - 2020)، و20 مشروع قانون ...": parts "of them" further on in the
    total's sentence, each naming the total's counted noun again, that come to more than it."""
    if not total.subject:
        return []
    start, end = art.sentence(total.start)
    if sum(h.f.kind == total.f.kind and bool(h.subject & total.subject) for h in art.figures(total.end, end)) < 2:
        return []       # (a quick test before the sentence is read for its cues)
    cues = [c for c in art.cues_in(total.end, min(end, total.end + 200), "including")
            if _COMMA_SPACE_AT_END.search(art.text[max(total.end, c.start - 4):c.start])]
    if not cues or len(art.words(total.end, cues[0].start)) > 25:
        return []
    cue = cues[0]
    between = [h for h in art.figures(total.end, cue.start) if h.subject & total.subject]
    if between:
        return []       # (the parts may be of a later value of the noun)
    parts: list[_Fig] = []
    for h in art.figures(cue.end, end):
        if h.f.kind in ("year", "date", "range", "duration", "time"):
            continue
        if h.f.kind != total.f.kind or h.f.unit != total.f.unit or not h.subject & total.subject:
            break
        gap = art.text[(parts[-1].end if parts else cue.end):h.start]
        if len(art.words(parts[-1].end if parts else cue.end, h.start)) > (8 if parts else 2) \
                or parts and not (art.lang.joined.search(gap) or _A_COMMA.search(gap)):
            break
        parts.append(h)
    if len(parts) < 2 or any(p.f.qualifier or float(p.f.value) >= float(total.f.value) for p in parts) or total.f.qualifier:
        return []
    s = sum(float(p.f.value) for p in parts)
    if s <= float(total.f.value):
        return []
    return [Inconsistency(
        "consistency/sum", art.fspan(total), tuple(art.fspan(p) for p in parts), format_value(s),
        f"the parts among them add up to {format_value(s)} (" + " + ".join(p.f.text for p in parts) +
        f"), more than {total.f.text}")]


def _next_parts(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"ABN Amro ... is to cut 2,850 jobs ... About 1,100 jobs will go in investment banking while
    1,400 and 550 will go in IT and human resources": a total, then in the next sentence the parts
    it is shared out in, the first naming its counted noun, the others joined to it ("and",
    "while", "و", "فيما"), that come to more than it. The parts' sentence names no other time, no
    update and no others, and nothing of the total's measure stands between."""
    noun = _counted_noun(art, total)
    if total.f.kind != "count" or not noun or total.f.qualifier or not isinstance(total.f.value, int):
        return []
    _, end = art.sentence(total.start)
    # (a count whose noun is named before it may be followed by counts of other nouns in its sentence:
    # "بلغ عددها 52 ...، حيث بلغ عدد الإصابات 66 إصابة")
    own = noun is not total.subject
    if end >= len(art.text) or any(_same_measure(h.f, total.f) and (not own or not h.subject or h.subject & noun)
                                   for h in art.figures(total.end, end)):
        return []
    read = 0
    while read < 2:         # the next sentence, or the one after it, with no value of the measure between
        lo, hi = art.sentence(end + 1)
        figs = [h for h in art.figures(lo, hi) if h.f.kind not in ("year", "date", "duration", "time", "range")]
        first = next((h for h in figs if _same_measure(h.f, total.f)), None)
        if first is not None or hi >= len(art.text):
            break
        read += bool(_GAP_WORD.search(art.text, lo, hi))
        end = hi
    if first is None or not first.subject & noun or len(art.words(lo, first.start)) > 12:
        return []
    parts = [first]
    for h in figs[figs.index(first) + 1:]:
        if not _same_measure(h.f, total.f):
            break
        gap = art.text[parts[-1].end:h.start]
        if len(art.words(parts[-1].end, h.start)) > 10 or not (art.lang.joined.search(gap) or _A_COMMA.search(gap)) \
                or h.subject and not h.subject & noun and len(art.words(parts[-1].end, h.start)) > 3:
            break
        parts.append(h)
    if len(parts) < 2 or any(p.bounds is None or p.f.qualifier not in (None, "approx") for p in parts) \
            or any(float(p.f.value) >= float(total.f.value) for p in parts):
        return []
    if any(h.f.kind in ("year", "date") for h in art.figures(lo, hi)) or art.cues_in(lo, hi, "update", "others", "compared", "each") \
            or art.cues_in(first.end, min(hi, parts[-1].end + 16), "including", "complete", "of_which"):
        return []       # another time, an update, others; a value each; a part broken down in turn ("123 حالة، منهم 27 ...")
    least = sum(p.bounds[0] for p in parts)
    if least <= total.bounds[1]:
        return []
    s = sum(float(p.f.value) for p in parts)
    return [Inconsistency(
        "consistency/sum", art.fspan(total), tuple(art.fspan(p) for p in parts), format_value(s),
        f"the parts in the next sentence add up to {format_value(s)} (" + " + ".join(p.f.text for p in parts) +
        f"), more than {total.f.text}")]


def _counted_noun(art: _Article, g: _Fig) -> frozenset[str]:
    """The match keys of what a count counts: its counted noun, or, after "whose number" ("بلاغات
    الحوادث المرورية قد بلغ عددها 52", "the reports, numbering 52"), the nouns of its clause before
    that word (the word after the figure is then no noun of it: "52 من بينها")."""
    if not art.lang.mentions(art.lower[max(0, g.start - 20):g.start], "count_of"):
        return g.subject
    start, _ = art.sentence(g.start)
    cue = [c for c in art.cues_in(max(start, g.start - 20), g.start, "count_of") if not art.words(c.end, g.start)]
    if not cue:
        return g.subject
    text = art.text[max(start, cue[0].start - 80):cue[0].start]
    cut = max((m.end() for m in _CUT_MARK.finditer(text) if _GAP_WORD.search(text, m.end())), default=0)
    lo = max(start, cue[0].start - 80) + cut
    common = {(c.start, c.end) for c in art.cues_in(lo, cue[0].start)}
    out: set[str] = set()
    for s, e in art.words(lo, cue[0].start):
        word = art.lower[s:e]
        if (s, e) in common or is_stopword(word) or _NUMERIC.fullmatch(word) or len(word) < 3:
            continue
        out |= keys(word, art.doc.lang)
    return frozenset(out)


def _subtotals(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"بإجمالي (50) ... بإجمالي (16) ... ليصل مجموع الدوائر ... إلى (66)": subtotals, then their total."""
    start, end = art.sentence(total.start)
    if len(art.figures(start, total.start)) < 2:
        return []           # no parts before it
    marks = art.cues_in(max(start, total.start - 80), total.start, "total")
    after = [c for c in art.cues_in(total.end, min(end, total.end + 20), "total") if len(art.words(total.end, c.start)) <= 1
             and not any(len(art.words(c.end, h.start)) <= 2 for h in art.figures(c.end, min(end, c.end + 30)))]
    # ("175 in all", not "six cases, a total of 20": the total word leads the next figure)
    if after:               # "175 in all", "175 altogether"
        subs = _list_before(art, art.figures(start, total.start), total.start, total)
        mark = None
    elif not marks or len(art.words(marks[-1].end, total.start)) > 10:
        return []
    else:
        mark = marks[-1]
        lead = art.cues_in(max(mark.end, total.start - 12), total.start, "to")
        if not (lead and len(art.words(lead[-1].end, total.start)) == 0 or len(art.words(mark.end, total.start)) <= 2):
            return []       # the total is the figure the total word leads to ("مجموع ... إلى (64)", "a total of 95")
    if mark is not None:
        subs = [h for h in art.figures(start, mark.start) if _same_measure(h.f, total.f) and not h.f.qualifier
                and any(len(art.words(c.end, h.start)) <= 1 for c in art.cues_in(max(start, h.start - 20), h.start, "total"))]
        if len(subs) < 2:       # (a total set off after a dash or a comma closes what it sums, however
            # long the last part: "and 7,800 relocated out of the south east - a total of 21,300")
            subs = _list_before(art, art.figures(start, mark.start), mark.start, total,
                                10 if _DIFF_GAP.search(art.text, max(start, mark.start - 3), mark.start) else 3)
    if len(subs) < 2 or any(h.f.qualifier not in (None, "approx") or h.bounds is None for h in subs):
        return []
    s = sum(float(h.f.value) for h in subs)
    v = float(total.f.value)
    if s == v or total.f.qualifier and abs(s - v) <= _APPROX_SUM * v:
        return []       # ("some 1,000 in all" for 980: a round total)
    if any(h.f.qualifier for h in subs) and (total.bounds is None or _fits(total.bounds, (
            sum(h.bounds[0] for h in subs), sum(h.bounds[1] for h in subs)))):
        return []       # ("some 12,500 ... and 7,800, a total of 20,400": within what "some" allows)
    return [Inconsistency(
        "consistency/sum", art.fspan(total), tuple(art.fspan(h) for h in subs), format_value(s),
        f"the parts before it add up to {format_value(s)} (" + " + ".join(h.f.text for h in subs) + f"), not {total.f.text}")]


def _colon_list(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"3761 كيلومترا مربعا، توزعت على النحو التالي: مدينة الرياض ... 1579 كيلومترا مربعا (55.7 في
    المائة ...)، مدينة جدة ... 761 ...": a total whose breakdown a colon opens ("distributed as
    follows:"), the parts every value of its measure to the end of the sentence, however long each
    part's description (values in brackets are asides)."""
    start, end = art.sentence(total.start)
    marks = art.cues_in(total.end, min(end, total.end + 60), "complete")
    if not marks or len(art.words(total.end, marks[0].start)) > 4:
        return []
    colon = _COLON.match(art.text, marks[-1].end)
    if colon is None or any(c.start < colon.end() or not _bracketed(art, c.start, colon.end())
                            for c in art.cues_in(total.end, end, "including", "update", "compared", "each")):
        return []       # (a part broken down in turn, a value of another time, a value each)
    parts = [h for h in art.figures(colon.end(), end) if not _bracketed(art, h.start, colon.end())]
    if len(parts) < 2 or any(not _same_measure(h.f, total.f) or h.f.qualifier for h in parts) \
            or any(float(h.f.value) >= float(total.f.value) for h in parts):
        return []
    s = sum(float(h.f.value) for h in parts)
    if total.bounds is None or total.bounds[0] <= s <= total.bounds[1]:
        return []
    return [Inconsistency(
        "consistency/sum", art.fspan(total), tuple(art.fspan(h) for h in parts), format_value(s),
        f"the parts listed after it add up to {format_value(s)} (" + " + ".join(h.f.text for h in parts) +
        f"), not {total.f.text}")]


_LIST_OPEN = regex.compile(r"[^\S\n]*(?::|\(|[^\S\n][-–—])[^\S\n]*")    # "four names: X", "(X, Y)", "three - X"
_LIST_CLOSE = {"(": regex.compile(r"\)"), **dict.fromkeys("-–—", regex.compile(r"[^\S\n][-–—](?!\S)"))}  # (not "e-bike")


def _named_items(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"أربعة مواقع هي الفندق البلدي ومحطة النقل وفندق النوران", "four established names in mobile
    gaming: Nintendo, Nokia and Sony": a small count of things, then (after a word that says the list
    is all of them, a colon, a dash, or a bracket right after the noun) fewer things named, joined by
    commas and "و"/"and" up to the end of the sentence, of the brackets or of the dashes. Only fewer:
    a name may hold a joint of its own ("Marks and Spencer"), which counts one more; never with a
    number, a word of inclusion or of others among them, an item of more than six words, an item
    that names several, or as many items as another count of the sentence has."""
    n = total.f.value
    if total.f.kind != "count" or not isinstance(n, int) or not 3 <= n <= 10 or total.f.qualifier or not total.subject:
        return []
    text = art.text
    start, end = art.sentence(total.start)
    words = art.words(total.end, min(end, total.end + 80))[:6]
    opened = None
    for k, (s, e) in enumerate(words):
        cue = art.cues_in(s, e, "namely")
        mark = _LIST_OPEN.match(text, (words[k - 1][1] if k else total.end))
        if mark is not None and mark.end() <= s and (k <= 1 or "(" not in mark.group()):
            opened = mark.group().strip()[:1], mark.end()
            break
        if cue:
            opened = "", cue[0].end
            break
    if opened is None:
        return []
    kind, lo = opened
    close = _LIST_CLOSE.get(kind)
    closing = close.search(text, lo, end) if close else None
    hi = closing.start() if closing else end
    items, joined, at = [], False, lo
    for sep in art.lang.item_joint.finditer(text, lo, hi):
        if (item := _TRIMMED.search(text, at, sep.start())) is not None:
            items.append(item.span())
        mark = sep.group()
        if mark in ".!?؟":
            hi = sep.start()
            break
        joined = joined or mark not in ",،;؛"
        at = sep.end()
    else:
        if (item := _TRIMMED.search(text, at, hi)) is not None:
            items.append(item.span())
    if not joined or len(items) < 2 or len(items) >= n or any(len(art.words(a, b)) > 6 for a, b in items) \
            or art.figures(lo, hi) or art.cues_in(lo, hi, "including", "others", "of_which"):
        return []
    if any(g is not total and g.f.kind == "count" and g.f.value == len(items) for g in art.figures(start, end)) \
            or art.lang.many is not None and any(art.lang.many.search(text, a, b) for a, b in items):
        return []       # the list names another count ("two of their last three games are away - against
                        # Leicester and Biarritz"), or an item names several ("4 أجانب هم جنوب أفريقيين وروسي")
    spans = tuple(art.span(a, b) for a, b in items)
    return [Inconsistency(
        "consistency/sum", art.fspan(total), spans, str(len(items)),
        f"“{total.f.text}”, but {len(items)} named after it: " + ", ".join(x.text for x in spans))]


def _bracketed(art: _Article, pos: int, lo: int) -> bool:
    """Whether offset `pos` stands inside brackets opened after offset `lo`."""
    return art.text.rfind("(", lo, pos) > art.text.rfind(")", lo, pos)


def _list_before(art: _Article, figs: list[_Fig], at: int, total: _Fig, reach: int = 3) -> list[_Fig]:
    """"قتل 4 جنود و5 مدنيين، بإجمالي 10": the values of the total's measure listed right before
    its total word, each joined to the next by "و"/"and" or a comma; `reach`: the words the last
    may have after it."""
    def named(h: _Fig) -> bool:     # a part that names the total's counted noun may name its own at length
        return bool(total.subject and h.subject & total.subject)

    # the year or date each part is of stands with it ("ثلاث حالات عام 2006، وخمس حالات عام 2007"):
    # no part and no break of the run, when it comes after a part
    dated = {h.i for k, h in enumerate(figs) if h.f.kind in ("year", "date") and k and _same_measure(figs[k - 1].f, total.f)}
    figs = [h for h in figs if h.i not in dated]
    if not figs or len(art.words(figs[-1].end, at)) > (10 if named(figs[-1]) else reach) or not _same_measure(figs[-1].f, total.f):
        return []
    run = [figs[-1]]
    for h in reversed(figs[:-1]):
        gap = art.text[h.end:run[0].start]
        # (the words of a name do not count: "Unison's 800,000 workers, the Transport and General
        # Workers' Union's 70,000 and Amicus' 20,000"; nor the year a part is of)
        said = [w for w in art.words(h.end, run[0].start) if not art.text[w[0]].isupper()
                and not _NUMERIC.fullmatch(art.text[w[0]:w[1]])]
        if not _same_measure(h.f, total.f) or len(said) > (10 if named(h) and named(run[0]) else max(6, reach)) \
                or not (art.lang.joined.search(gap) or _A_COMMA.search(gap)):
            break
        run.insert(0, h)
    if any(_same_measure(h.f, total.f) and not h.f.qualifier for h in figs[:len(figs) - len(run)]):
        return []       # an earlier value of the measure in the sentence: the list may start before the run
    values = [float(h.f.value) for h in run]
    if any(v == sum(values[i + 1:j]) if j > i else v == sum(values[j:i]) for i, v in enumerate(values)
           for j in range(len(values) + 1) if j - i >= 3 or i - j >= 2):
        return []       # a subtotal among them ("80 ... و36، بإجمالي 116، و85 ... و53"): parts of two levels
    return run


def _listed(art: _Article, total: _Fig) -> list[Inconsistency]:
    """"بخطوطه الأربعة التي تضم 95 محطة، ... 19 محطة ... 30 محطة ... 12 محطة ... 24 محطة": a total
    of N things, then N values of the same counted noun in the same sentence."""
    if not total.f.subject:
        return []
    start, end = art.sentence(total.start)
    before = [h for h in art.figures(max(start, total.start - 50), total.start) if h.f.kind == "count"]
    if not before or not isinstance(before[-1].f.value, int) or not 2 <= before[-1].f.value <= 12 or before[-1].f.subject:
        return []
    n = before[-1]
    same = [h for h in art.figures(total.end, end) if h.subject & total.subject]
    if len(same) != n.f.value or any(h.f.kind != total.f.kind or h.f.qualifier for h in same):
        return []
    s = sum(float(h.f.value) for h in same)
    if s == float(total.f.value) or any(float(h.f.value) >= float(total.f.value) for h in same):
        return []
    return [Inconsistency(
        "consistency/sum", art.fspan(total), (art.fspan(n), *(art.fspan(h) for h in same)), format_value(s),
        f"the {n.f.text} parts listed add up to {format_value(s)} (" + " + ".join(h.f.text for h in same) +
        f"), not {total.f.text}")]


# one quantity, two values

def _same_quantity(art: _Article) -> list[Inconsistency]:
    out = []
    head_end = _headline_end(art)
    heads = [g for g in art.figs if g.start < head_end]
    body = [g for g in art.figs if g.start >= head_end]
    lead_end = _lead_end(art, head_end)
    for h in heads:
        if h.f.kind not in ("count", "money", "measure", "percent", "duration"):
            continue        # (a term: "jails blogger for 14 years" and "jailed for 16 years")
        if h.f.subject:     # "استشهاد أربعة فلسطينيين" and "استشهد ثلاثة مواطنين فلسطينيين": the noun phrase
            # (not a dual, its noun its own word: "لقي شخصان مصرعهما وأصيب ثالث" is a part of "3 أشخاص")
            same = [g for g in body if g.f.kind == h.f.kind and g.f.unit == h.f.unit and _noun_phrase(art, g) & h.subject
                    and not _noun_itself(g.f)]
        else:       # "ارتفاع الصادرات 15%" and "ارتفعت الصادرات بنسبة 12%": the words before it, or
            words, after = _words_before(art, h), _words_after(art, h)     # two of the words after it
            same = [g for g in body if g.f.kind == h.f.kind and g.f.unit == h.f.unit and not g.f.subject
                    and (words & _words_before(art, g, 1) or _shared(after, _words_after(art, g)) >= 2)]
        lead = [g for g in same if g.start < lead_end]
        if len(lead) == 1:      # the lead restates the headline, whatever the body says later
            same = lead
        if len(same) > 1 and not any(_agree(h, g) for g in same):     # the one told in the headline's words
            context = _keys(art, *art.sentence(h.start)) - h.subject
            same = [g for g in same if _keys(art, *art.sentence(g.start)) & context]
        if len(same) != 1 or _agree(h, same[0]) or not _near_value(h, same[0]):
            continue
        g = same[0]
        years = {_year_near(art, g), _year_near(art, h)}
        if _updated(art, g) or _others(art, g) or len(years - {None}) == 2 or _part_of(art, g, h, body):
            continue        # (an update, others, or another year's: "14.27m tonnes in 2004" and "in 2003, 11.94m")
        out.append(_mismatch(art, g, h, "the headline"))
    out += _told_again(art, heads, body, lead_end)
    out += _ages_of_one(art)
    out += _scorers(art, head_end)
    out += _definite(art, lead_end)
    out += _repeated(art, body)
    out += _restated(art)
    out += _results(art)
    return out


def _ages_of_one(art: _Article) -> list[Inconsistency]:
    """One person's age given twice with values two or more apart ("Prince Charles, 56," and "the
    58-year-old prince"; "The 62-year-old sang" after "Sir Paul McCartney wowed fans" and
    "64-year-old Sir Paul"): where capitals mark names, the person an age names (`_aged`), one
    name word the same that is no title; not an age at an event, nor in a sentence that names a
    year (a time before: "in 1998 the 30-year-old")."""
    seen: list[tuple[_Fig, frozenset[str], str]] = []
    out = []
    for g in art.figs:
        if g.f.kind != "age" or not isinstance(g.f.value, (int, float)) or _aged_then(art, g) \
                or any(_year_of(h.f) is not None for h in art.figures(*art.sentence(g.start))):
            continue
        named = _aged(art, g)
        if named is None:
            continue
        words, name = named
        other = next(((h, n) for h, w, n in seen if w & words), None)
        if other is not None and abs(float(other[0].f.value) - float(g.f.value)) >= 2:
            out.append(Inconsistency(
                "consistency/same-quantity", art.fspan(g), (art.fspan(other[0]),), other[0].f.text,
                f"{name} is “{g.f.text}” here and “{other[0].f.text}” before, with no sign that the age changed"))
        seen.append((g, words, name))
    return out


def _aged(art: _Article, g: _Fig) -> tuple[frozenset[str], str] | None:
    """The person an age names, as (the words of the name that are no title, the name): a name
    right before it between commas ("Prince Charles, 56,"), right after "N-year-old" ("64-year-old
    Sir Paul"), the last name before it with a title that "the N-year-old" takes ("the 58-year-old
    prince": "Prince Charles"), or the name a sentence before begins with when a sentence begins
    with "The N-year-old"; None where capitals mark no names. ("N-year-old": an age whose unit is
    written with it; "the": the language's definite article.)"""
    text = art.text
    old = not text[g.end - 1:g.end].isdigit()      # (its unit written with it: "64-year-old")
    if not old and _COMMA_SPACE_AT_END.search(text[max(0, g.start - 3):g.start]) and text[g.end:g.end + 1] in ",)":
        return _name_run(art, art.words(max(0, g.start - 60), g.start), backward=True)
    if not old:
        return None
    after = art.words(g.end, min(len(text), g.end + 60))
    named = _name_run(art, after)
    if named is not None or not (art.lang.definite_article and art.lang.definite_article.search(text[max(0, g.start - 12):g.start])):
        return named
    head = text[slice(*after[0])] if after else ""
    if head[:1].islower() and art.lang.mentions(head, "title"):     # "the 58-year-old prince"
        start = art.previous(art.sentence(g.start)[0])
        title, at = head[:1].upper() + head[1:] + " ", g.start
        while (at := text.rfind(title, start, at)) >= 0:     # (a literal search)
            if text[at + len(title):at + len(title) + 1].isupper() and not text[at - 1:at].isalpha():
                return _name_run(art, art.words(at, g.start))
        return None
    s_start = art.sentence(g.start)[0]
    if not s_start or art.words(s_start, g.start)[:-1] or not art.words(s_start, g.start):
        return None         # ("The 62-year-old sang ...": the one the sentence before begins with)
    return _name_run(art, art.words(art.previous(s_start), s_start), least=2)


def _name_run(art: _Article, words: list[tuple[int, int]], backward: bool = False,
              least: int = 1) -> tuple[frozenset[str], str] | None:
    """The capitalised words that begin `words` (end them, `backward`), no article first, at most
    four, no gap but a space: their words that are no title, and the name; None when there are
    fewer than `least` or none that is no title."""
    text, run = art.text, []
    for s, e in (reversed(words) if backward else words):
        if not text[s:e][:1].isupper() or run and not text[min(e, run[-1][1]):max(s, run[-1][0])].isspace():
            break
        run.append((s, e))
        if len(run) == 4:
            break
    run.sort()
    while run and art.lang.definite_article and art.lang.definite_article.search(text[slice(*run[0])] + " "):
        run.pop(0)
    own = frozenset(w for s, e in run if not art.lang.mentions((w := text[s:e].removesuffix("'s")).casefold(), "title"))
    if len(run) < least or not own:
        return None
    return own, text[run[0][0]:run[-1][1]]


def _told_again(art: _Article, heads: list[_Fig], body: list[_Fig], lead_end: int) -> list[Inconsistency]:
    """A count the headline and the lead agree on, told again further on with another value
    ("14 جنديا أفغانيا" in both, "وقتل 16 جنديا افغانيا" in a quoted statement below; "30
    مشاركاً" in both, "واجتازها 36 مشاركاً" below): the same counted noun, no word of an update,
    of others or of another year, no qualifier either way, and a value near enough to be the same
    quantity misstated (a count a third as large or three times larger is rather of something else)."""
    out: list[Inconsistency] = []
    lead = [g for g in body if g.start < lead_end]
    rest = [g for g in body if g.start >= lead_end]
    for h in heads:
        if h.f.kind != "count" or not h.subject or h.f.qualifier or not isinstance(h.f.value, int):
            continue
        told = [g for g in lead if g.f.kind == h.f.kind and g.f.unit == h.f.unit and g.subject & h.subject]
        if len(told) != 1 or not _agree(h, told[0]) or told[0].f.qualifier:
            continue
        same = [g for g in rest if g.f.kind == h.f.kind and g.f.unit == h.f.unit and g.subject & h.subject]
        odd = [g for g in same if not _agree(h, g) and _near_value(h, g)]
        if len(odd) != 1 or any(_agree(h, g) for g in same):
            continue
        g = odd[0]
        if g.f.qualifier or _updated(art, g) or _others(art, g) or _year_near(art, g) is not None \
                or _part_of(art, g, h, body) \
                or any(len(art.words(g.end, c.start)) <= 3 for c in art.cues_in(g.end, g.end + 60, "others")) \
                or any(len(art.words(g.end, c.start)) <= 2 for c in art.cues_in(g.end, g.end + 40, "including", "of_which")):
            # (others; some of a larger number: "157 شخصا، ... بينهم 36 طفلا" after "39 طفلا")
            continue
        out.append(_mismatch(art, g, h, "the headline and the lead"))
    return out


def _near_value(h: _Fig, g: _Fig) -> bool:
    """Two values near enough to be one quantity misstated: a value a third as large or three
    times larger is rather of something else (the headline's 29 air strikes, and the 21 of them in
    Iraq the body counts; "4 منشآت" closed and "أكثر من 100 منشأة" inspected); or the same digits
    in another order, a typing slip however far apart ("1180" and "1810")."""
    if h.bounds is None or g.bounds is None or float(h.f.value) <= 0:
        return False
    return 2 / 3 <= float(g.f.value) / float(h.f.value) <= 3 / 2 or _transposed(h.f.value, g.f.value)


def _transposed(a: object, b: object) -> bool:
    """Two whole numbers of three digits or more written with the same digits in another order."""
    if not (isinstance(a, int) and isinstance(b, int)) or a == b or min(a, b) < 100:
        return False
    return sorted(str(a)) == sorted(str(b))


def _part_of(art: _Article, g: _Fig, h: _Fig, body: list[_Fig]) -> bool:
    """Whether a figure of the body is rather some of what the headline's figure `h` counts, or of
    another event, than the same quantity misstated: the headline rounds it ("$16bn" for
    "$16.6bn"); it follows "بينها" or "among them" ("ووقع بينها 3 وفيات" of the headline's 4); another
    figure of the same kind near it makes up the rest ("وفي العراق نفذت 21 ضربة ... وفي سوريا 8" of
    the headline's 29); or a word that turns to another story comes before it ("من جهة أخرى",
    "elsewhere"), unless two words before each figure are the same."""
    if _step(h.f) > _step(g.f) and abs(float(g.f.value) - float(h.f.value)) < 2 * _step(h.f):
        return True
    if any(len(art.words(c.end, g.start)) <= 2 for c in art.cues_in(max(0, g.start - 40), g.start, "including", "of_which")):
        return True
    if art.cues_in(h.end, g.start, "elsewhere") and len(_words_before(art, h) & _words_before(art, g)) < 2:
        return True         # (unless told in the same words: "سجلت الحكومة اليمنية نحو 1180")
    first, last = art.sentence(g.start)
    for _ in range(2):          # the figure's sentence and the two after it
        while last < len(art.text) and not _GAP_WORD.search(art.text, last, end := art.sentence(last)[1]):
            last = end
        last = art.sentence(last)[1] if last < len(art.text) else last
    rest = float(h.f.value) - float(g.f.value)
    return any(x is not g and x.f.kind == g.f.kind and x.f.unit == g.f.unit and x.bounds is not None
               and x.bounds[0] <= rest <= x.bounds[1] for x in body if first <= x.start < last)


def _year_near(art: _Article, g: _Fig) -> int | None:
    """The year named within eight words of a figure in its sentence, if one is."""
    start, end = art.sentence(g.start)
    for y in art.figures(start, end):
        if y.f.kind in ("year", "date") and _year_of(y.f) is not None \
                and len(art.gap(y, g)) <= 8:
            return _year_of(y.f)
    return None


def _lead_end(art: _Article, head_end: int) -> int:
    """The end of the article's lead: the first paragraph after the headline with a dozen words
    (not a byline or a dateline)."""
    if not head_end:
        return 0
    for para in _LINE_TEXT.finditer(art.text, pos=head_end):
        if len(art.words(para.start(), para.end())) >= 12:
            return para.end()
        if para.end() - head_end > 400:
            break
    return head_end


def _noun_phrase(art: _Article, g: _Fig, words: int = 2) -> frozenset[str]:
    """The match keys of a figure's counted noun and of the (two) words after it."""
    out = set(g.subject)
    for s, e in art.words(g.end, min(art.sentence(g.start)[1], g.end + 20 * words))[:words]:
        if not _NUMERIC.fullmatch(art.text[s:e]):
            out |= keys(art.lower[s:e], art.doc.lang)
    return frozenset(out)


def _words_after(art: _Article, g: _Fig) -> list[frozenset[str]]:
    """What a figure is of: the match keys of each content word among the four after it in its
    sentence when the word right after it is "of" or "from" ("30 طناً من أنواع العسل المحلي"; not
    "15% in the first quarter"), else none."""
    _, end = art.sentence(g.start)
    of = art.cues_in(g.end, min(end, g.end + 8), "of_whole", "from")
    if not of or art.words(g.end, of[0].start):
        return []
    return _word_keys(art, art.words(of[0].end, min(end, of[0].end + 60))[:4])


def _word_keys(art: _Article, words: list[tuple[int, int]]) -> list[frozenset[str]]:
    """The match keys of each content word of `words` (no stop word, number or short word)."""
    texts = (art.text[s:e].casefold() for s, e in words)
    return [keys(w, art.doc.lang) for w in texts if not (is_stopword(w) or _NUMERIC.fullmatch(w) or len(w) < 3)]


def _shared(a: list[frozenset[str]], b: list[frozenset[str]]) -> int:
    """How many words of `a` are words of `b` (by their match keys)."""
    return sum(1 for x in a if any(x & y for y in b))


def _noun_itself(f: Figure) -> bool:
    """Whether a figure is written as its counted noun (a dual: "شخصان" of شخص, "سيارتين" of سيارة)."""
    words = f.text.split()
    if not f.subject or not words:
        return False
    noun = fold(f.subject)
    shared = len(os.path.commonprefix([noun, fold(words[0])]))
    return shared >= 3 and shared >= len(noun) - 1


def _words_before(art: _Article, g: _Fig, most: int = 3) -> frozenset[str]:
    """The match keys of the (up to `most`) content words right before a figure in its sentence,
    but for its qualifier and the words of change, comparison and linking every figure has."""
    start, _ = art.sentence(g.start)
    qualifier = set(normalize(g.f.qualifier_text or "").text.casefold().split())
    common = {(c.start, c.end) for c in art.cues_in(max(start, g.start - 60), g.start)}
    out: set[str] = set()
    found = 0
    for s, e in reversed(art.words(max(start, g.start - 60), g.start)[-3:]):
        word = art.text[s:e].casefold()
        if (s, e) in common or word in qualifier or is_stopword(word) or _NUMERIC.fullmatch(word) or len(word) < 3:
            continue
        out |= keys(word, art.doc.lang)
        found += 1
        if found == most:
            break
    return frozenset(out)


def _headline_end(art: _Article) -> int:
    """The end of the article's first line when it reads as a headline (short, no sentence end
    inside, the article's own first line: not a section's of a file read as a stream, not the
    first paragraph under a front-matter title), else 0."""
    text = art.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or end - start > 200 or "\n" not in text[end:end + 3] and text[end + 1:end + 2].strip():
        return 0
    line = text[start:end]
    first = art.doc.lead.split("\n", 1)[0]
    if art.doc.title or normalize(first).text.strip() != line.strip():
        return 0
    return end if not _SENTENCE_MARK.search(line) else 0


def _agree(a: _Fig, b: _Fig) -> bool:
    return a.bounds is None or b.bounds is None or _fits(a.bounds, b.bounds)


def _others(art: _Article, g: _Fig) -> bool:
    """Whether a count is of others than those counted before ("ثلاث نساء أخريات", "three
    other women", "two more")."""
    return any(len(art.words(g.end, c.start)) <= 1 for c in art.cues_in(g.end, g.end + 30, "others")) \
        or any(c.end >= g.start - 1 for c in art.cues_in(max(0, g.start - 12), g.start, "others"))


def _updated(art: _Article, g: _Fig) -> bool:
    start, end = art.sentence(g.start)
    return bool(art.cues_in(start, end, "update"))


def _mismatch(art: _Article, g: _Fig, other: _Fig, where: str) -> Inconsistency:
    return Inconsistency(
        "consistency/same-quantity", art.fspan(g), (art.fspan(other),), other.f.text,
        f"“{g.f.text}” here, “{other.f.text}” in {where}, with no sign that the figure changed")


def _definite(art: _Article, lead_end: int) -> list[Inconsistency]:
    """"الاعتداءات الدموية الأربعة" or "the four attacks" after "3 اعتداءات": a number word that
    refers back to things already counted (`lead_end`: where the article's lead ends)."""
    out = []
    for g in art.figs:
        if g.f.kind != "count" or not isinstance(g.f.value, int) or not 2 <= g.f.value <= 20 or g.f.qualifier:
            continue
        text = art.text[g.start:g.end]
        lang = art.lang
        if not (lang.definite_prefix and text.startswith(lang.definite_prefix) and not _NUMERIC.search(text)
                or lang.definite_article and lang.definite_article.search(art.text[max(0, g.start - 12):g.start])):
            continue        # ("the 14 floors" in digits too: "الـ14" is rarer than a number word)
        if lang.noun_before:
            nouns = [art.text[s:e] for s, e in art.words(max(0, g.start - 40), g.start)][-2:]
        else:
            nouns = [art.text[s:e] for s, e in art.words(g.end, g.end + 30)][:1]
        if not nouns or _updated(art, g) or _others(art, g):
            continue
        wanted = set()
        for noun in nouns:
            wanted |= keys(noun.casefold(), art.doc.lang)
        start, _ = art.sentence(g.start)
        window = art.previous(art.previous(start))
        # (the two sentences before, and the headline and lead: "dropped from four US radio
        # stations" in the lead, "did not return to the five stations" further on)
        earlier = [h for h in art.figures(0, min(lead_end, window)) + art.figures(window, start)
                   if h.f.kind == "count" and h.f.subject and h.subject & wanted]
        if not earlier:
            continue
        h = earlier[-1]
        if _agree(g, h) or float(g.f.value) < float(h.f.value):
            continue        # fewer may be some of them ("ست كتائب ... الكتائب الثلاث الواصلة")
        out.append(_mismatch(art, g, h, "the sentence before"))
    return out


def _repeated(art: _Article, body: list[_Fig]) -> list[Inconsistency]:
    """One claim told twice with another value: the same counted noun after the same word, in two
    sentences that share another figure ("cutting the limit from 80mg to 50mg would save 85 lives"
    and "... from 80mg to 50mg ... save around 65 lives")."""
    out = []
    by_sentence: dict[int, list[_Fig]] = {}
    for g in body:
        by_sentence.setdefault(g.sentence, []).append(g)
    seen = set()
    earlier: dict[tuple, list[_Fig]] = {}      # (kind, unit) -> the figures with a counted noun so far
    for g in body:
        if g.f.kind not in ("count", "money", "measure") or not g.f.subject:
            continue
        before = earlier.setdefault((g.f.kind, g.f.unit), [])
        before.append(g)
        for h in before[-40:-1]:
            if h.sentence == g.sentence or not (g.subject & h.subject) or _agree(g, h):
                continue
            word = _word_before(art, g)
            if not word or not (word & (_word_before(art, h) or frozenset())) or _updated(art, g) or _updated(art, h):
                continue
            shared = {(a.f.kind, str(a.f.value), a.f.unit) for a in by_sentence[g.sentence] if a is not g and a.f.unit}
            if len(shared & {(b.f.kind, str(b.f.value), b.f.unit) for b in by_sentence[h.sentence] if b is not h}) < 2:
                continue        # two sentences on one claim share its other figures ("from 80mg to 50mg")
            if (h.i, g.i) not in seen:
                seen.add((h.i, g.i))
                out.append(_mismatch(art, h, g, "another sentence on the same claim"))
    return out


_SAME_WORDS = 8         # words either side of a figure that make two passages one statement
_RESTATED_WITHIN = 8000     # characters: further apart, a file's passages are rather two articles'


def _restated(art: _Article) -> list[Inconsistency]:
    """One passage told twice with another value ("إن 9 أشخاص بينهم 5 مدنيين لقوا حتفهم، وأصيب 81
    آخرون إثر تعرضهم لانفجار ألغام" and, paragraphs later, the same words with "18"): the same eight
    words either side of the figure, digits and all: no word of an update or of another time, the
    other figures the same (a template filled twice, "تناقل ملكية 2.6 مليون سهم بقيمة 135.9 مليون
    ريال" for two markets, is not one passage)."""
    out: list[Inconsistency] = []
    seen: dict[tuple, _Fig] = {}
    near: dict[tuple, list[_Fig]] = {}      # the characters right before a figure: a quick first sort
    for g in art.figs:
        if g.f.kind in ("count", "money", "measure", "percent") and g.start >= 40:
            near.setdefault((g.f.kind, g.f.unit, art.lower[g.start - 40:g.start]), []).append(g)
    for g in sorted((g for same in near.values() if len(same) > 1 for g in same), key=lambda g: g.start):
        if g.bounds is None:
            continue
        before = art.words(max(0, g.start - 20 * _SAME_WORDS), g.start)[-_SAME_WORDS:]
        after = art.words(g.end, g.end + 20 * _SAME_WORDS)[:_SAME_WORDS]
        if len(before) < _SAME_WORDS or len(after) < _SAME_WORDS:
            continue
        words = tuple(art.lower[s:e] for s, e in (*before, *after))
        if sum(not _NUMERIC.fullmatch(w) for w in words) < 2 * _SAME_WORDS - 4:
            continue        # (a table's row of figures)
        key = (g.f.kind, g.f.unit, words)
        h = seen.get(key)
        seen[key] = g
        if h is None or g.start - h.start > _RESTATED_WITHIN or h.sentence == g.sentence or _agree(g, h):
            continue
        out.append(_mismatch(art, g, h, "the same words before"))
    return out


_SCORE_CUES = ("score_result", "score_generic", "score_other", "score_goals", "score_nil", "score_same", "score_not")
_CLAUSE_END = re.compile(r"[.,،;؛:!?؟()\n«»\"“”]|\s[-–]\s")


def _results(art: _Article) -> list[Inconsistency]:
    """One match given two results ("وأنجيه على مضيفه مونبلييه 3 / صفر" in a round-up,
    "وتغلب أنجيه على مضيفه مونبلييه بهدفين نظيفين" in the report): two scores whose clauses name
    the same sides. A clause about a half, a leg, a series or an earlier game is left out, and so
    is a sentence that gives a year or a date (a history of the fixture)."""
    scores = art.lang.score
    found = scores.mentions(art.lower)
    if len(found) < 2:
        return []
    mentions = []
    for k, (start, end, score, digits) in enumerate(found):
        s_lo, s_hi = art.sentence(start)
        if digits and not art.cues_in(s_lo, s_hi, "score_result"):
            continue        # "18 / 10", "2-3": a date or a range, not a result
        if digits and any(c.end >= start - 1 for c in art.cues_in(max(s_lo, start - 12), start, "score_not", "from", "to")):
            continue        # "في 12 / 10", "aged 5-11": a date or a span
        if k and start - found[k - 1][1] < 4 or k + 1 < len(found) and found[k + 1][0] - end < 4:
            continue        # a set's score among others ("6-4 6-4", "6-7 (4-7)"), not a match's
        lo = max([s_lo, found[k - 1][1] if k else 0] + [m.end() for m in _CLAUSE_END.finditer(art.lower, max(s_lo, start - 120), start)])
        nxt = _CLAUSE_END.search(art.lower, end, s_hi)
        hi = min(nxt.start() if nxt else s_hi, found[k + 1][0] if k + 1 < len(found) else s_hi)
        # the sides are named before the score, or else after it ("فوز كاسح 5 - صفر على نظيره الصيني");
        # what follows a score whose sides came first is the next result's, or the scorers'
        names, w_lo, w_hi = [], start, end
        for words in (art.words(lo, start)[-8:], art.words(end, hi)[:5]):
            if len(names) >= 2 or not words:
                break
            w_lo, w_hi = min(w_lo, words[0][0]), max(w_hi, words[-1][1])
            cues = art.cues_in(w_lo, w_hi, *_SCORE_CUES)
            # a side's name: capitalised where the script has capitals ("Hull", not "third round")
            names += [keys(w, art.doc.lang) for a, b in words for w in [art.lower[a:b]]
                      if len(w) > 2 and not _NUMERIC.fullmatch(w) and not is_stopword(w)
                      and not art.text[a].islower() and not any(c.start <= a and b <= c.end for c in cues)]
        if art.cues_in(w_lo, w_hi, "score_other") or any(g.f.kind in ("year", "date") for g in art.figures(s_lo, s_hi)):
            continue
        mentions.append((start, end, tuple(sorted(score)), bisect_right(art.ends, start), [n for n in names if n]))
    out, flagged = [], set()
    for j, (start, end, score, sentence, names) in enumerate(mentions):
        for e_start, e_end, e_score, e_sentence, e_names in mentions[:j]:
            if e_sentence == sentence or e_score == score or j in flagged or start - e_end > 4000:
                continue        # (further apart, a round-up is rather another article's, or another day's)
            mine = sum(any(n & o for o in e_names) for n in names)
            theirs = sum(any(o & n for n in names) for o in e_names)
            if min(mine, theirs) < 2 or min(mine, theirs) < 0.6 * max(len(names), len(e_names)):
                continue
            flagged.add(j)
            here, there = art.span(start, end), art.span(e_start, e_end)
            out.append(Inconsistency(
                "consistency/same-quantity", here, (there,), there.text,
                f"the result “{here.text}” here, “{there.text}” earlier for what reads as the same match"))
    return out


def _scorers(art: _Article, head_end: int) -> list[Inconsistency]:
    """A headline's result against the report's lists of scorers ("Hearts 3-1 Livingston" and, under
    the line-ups, "Miller 1, McAllister 10." and "Easton 60."): the goals listed, one a minute, come to
    another total. Only when the lists are a paragraph of their own or follow a label ("Goals:"),
    one a side that scored (or more goals are listed than the result holds), every minute within a
    match's, and the headline's one result a football score."""
    pattern = art.lang.score.scorers
    if not pattern or not head_end:
        return []
    found = list(art.lang.score.digits.finditer(art.lower, 0, head_end))
    if len(found) != 1:
        return []
    m = found[0]
    if art.lang.score.zero and any(art.lang.score.zero.fullmatch(x) for x in m.groups()):
        home, away = (0 if art.lang.score.zero.fullmatch(x) else int(x) for x in m.groups())
    else:
        home, away = int(m.group(1)), int(m.group(2))
    if max(home, away) > 12 or art.figures(0, m.start()) or art.figures(m.end(), head_end):
        return []       # (a rugby score; a headline with other figures)
    lists = []
    for para in _TRIMMED_LINE.finditer(art.text, pos=head_end):
        lo, hi = para.span(1)
        lists += [s for s in pattern.finditer(art.text, lo, hi) if s.group("label") or (s.start(), s.end()) == (lo, hi)]
    if not lists:
        return []
    minutes = [int(x) for s in lists for x in s.captures("minute")]
    if any(not 1 <= x <= 130 for x in minutes):
        return []
    listed, sides = len(minutes), (home > 0) + (away > 0)
    if listed == home + away or (len(lists) != sides and listed < home + away):
        return []
    own_goals = any(_OWN_GOAL.search(s.group()) for s in lists)
    counts = [len(s.captures("minute")) for s in lists]
    expected = f"{counts[0]}-{counts[1]}" if len(lists) == 2 and not own_goals and home and away else f"{listed} goals"
    score = art.span(m.start(), m.end())
    return [Inconsistency(
        "consistency/sum", score, tuple(art.span(s.start(), s.end()) for s in lists), expected,
        f"the scorers listed come to {listed} goals (" + "; ".join(art.span(s.start(), s.end()).text for s in lists) +
        f"), not the {home + away} of “{score.text}”")]


def _word_before(art: _Article, g: _Fig) -> frozenset[str] | None:
    """The match keys of the word a figure follows ("save 85 lives", "إنشاء 9 حدائق"), its
    qualifier ("around", "نحو") left out (worked out once per figure)."""
    if g.i not in art.word_before:
        art.word_before[g.i] = _first_word_before(art, g)
    return art.word_before[g.i]


def _first_word_before(art: _Article, g: _Fig) -> frozenset[str] | None:
    qualifier = set(normalize(g.f.qualifier_text or "").text.casefold().split())
    words = [art.text[s:e] for s, e in art.words(max(0, g.start - 30), g.start)]
    words = [w for w in words if not _NUMERIC.fullmatch(w) and w.casefold() not in qualifier]
    for w in reversed(words[-3:]):
        k = keys(w.casefold(), art.doc.lang)
        if k and len(w) > 2:
            return k
    return None
