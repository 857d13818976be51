"""Claim frames: for each figure, the words it is about, its own clause's first.

A sentence often holds several figures ("وقتل 6 أشخاص وأصيب 35 آخرون", "killed 6 and injured 35"):
each figure owns the words of its own clause. Figures compete for words with the figures of the
sentence checked against the same kinds of record (a percent and an amount of money do not).
Between two of them the sentence is cut where a new clause opens (a clause word such as "فيما" or
"while", punctuation, a prefixed predicate such as "وأصيب"; the strongest such place, the last of
equals), else after the words that follow the first; figures with nothing but "and", "و" or a
role word between them ("50% و20%", "بنسبة 20.8% لتبلغ 5.2 مليار") share their clause. The first
figure's clause reaches back, and the last one's forward, to the nearest boundary with words in
between; the rest of the sentence belongs to every figure. A frame gives each match key (see
factcheck.words) the nearest scope it is found at:

    own, sentence, others (another figure's clause), paragraph, topic (the title and the lead)

(the paragraph with the one before it, whose words the topic does not have: news often gives a
sentence a paragraph of its own, "وقدرت كلفة المشروع ..." after the paragraph that names the project)

with the figure's role (a change "by 20%", a level "to 5.2 billion", a value "compared with"),
whether a duration runs "since", the years its clause names, whether it counts one day or a
running total, the content words next to it, and its place among the sentence's figures (facts
are assigned to the figures of a sentence together). Boundaries and role words are language
data: rules/<lang>/frames.yaml.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

import regex
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice, repeat
from unicodedata import category

from .document import Document
from .figures import CONTEXT_MAX, lexicon_value
from .model import Figure
from .normalize import Normalized, compile_pattern, fold, normalize
from .rules import REGEX_TIMEOUT, rule_files, settings
from .words import CONCEPT, TERM, folded, is_change, is_stopword, keys, lexicon, tokens_from, variants, weight

SCOPES = ("own", "sentence", "others", "paragraph", "topic")
OWN, SENTENCE, OTHERS, PARAGRAPH, TOPIC = range(len(SCOPES))
_WINDOW = 3                 # tokens before a figure where its role words are looked for
_CHUNK = 16                 # figures of one sentence read together
_NEWLINE = re.compile(r"\n(?:[ \t]*\n)*")     # a paragraph break: blank lines between are no paragraphs
_NEAR = 4                   # content words nearest a figure that a fact's names should explain


@dataclass(frozen=True)
class _Data:
    punctuation: frozenset[str]
    asides: frozenset[str]
    clause_words: frozenset[str]
    weak: frozenset[str]
    prefixes: tuple[str, ...]
    level: frozenset[str]
    change: frozenset[str]
    compared: frozenset[str]
    start: frozenset[str]
    since: frozenset[str]
    began: frozenset[str]
    pronouns: frozenset[str]
    day: frozenset[str]
    saying: frozenset[str]                 # verbs of saying: a day named before what they say is
    that: frozenset[str]                   # the saying's ("أمس قال ... إن", "said on Monday that")
    cumulative: frozenset[str]
    same: frozenset[str] = frozenset()    # the next figure restates the one before ("الموافق")
    month: frozenset[str] = frozenset()   # month names: a figure "in December" is of a month
    earlier: frozenset[str] = frozenset()  # the clause speaks of a former state ("كان", "previously")
    total: frozenset[str] = frozenset()    # words of a running total ("toll", "حصيلة"), also cumulative
    future: frozenset[str] = frozenset()   # the clause speaks of a time to come ("will", "سوف")
    than: frozenset[str] = frozenset()     # a comparative before it is no change ("priced higher than $499")
    where: frozenset[str] = frozenset()    # a count right after it counts where ("in 25 provinces")
    back: frozenset[str] = frozenset()     # words that refer back to the sentence's subject ("which", "التي")
    back_suffixes: tuple[str, ...] = ()    # ... and possessive endings that do ("عمره": his age)
    # a count before one of `part` and a word beginning with one of `part_then` counts some of
    # what that word names ("32 of the wounded", "32 من الجرحى")
    part: frozenset[str] = frozenset()
    part_then: tuple[str, ...] = ()
    # a date followed by one of `offset` next to a span of time is told from another event ("في 13
    # يوليو قبل يوم على توقيع الاتفاق", "on 13 July, a day before the deal was signed")
    offset: frozenset[str] = frozenset()
    # phrases that name a year by the article's ("last year": 1 year before) and phrases that name
    # a time before it ("a year ago": 365 days), by their first word as written (with the prefixes
    # written onto it: "للعام الماضي", "والعام الماضي"): [(the other words, "year" or "day", n)]
    ago: dict[str, list[tuple[tuple[str, ...], str, int]]] = field(default_factory=dict, hash=False, compare=False)
    dashes: frozenset[str] = frozenset()    # marks that set off an aside in pairs ("the group – led by a man – set up")
    auxiliaries: frozenset[str] = frozenset()   # a verb of saying after one is passive ("were reported")
    # the names of media written in quotation marks ("«الشرق الأوسط»", "«الحياة»"): who was told or
    # who reports, never what is counted or where
    media: regex.Pattern | None = field(default=None, hash=False, compare=False)
    # phrases whose last word means what another word says ("out of work": unemployed), by their
    # first word: [(the other words, the word the last one stands for)]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, hash=False, compare=False)
    gap: frozenset[str] = frozenset()     # a figure right after one is a gap between two values ("by a margin of")
    # where the noun an ordinal ranks stands, "before" it or "after", by how the ordinal begins (the
    # longest prefix of its folded text: {"ال": before, "": after})
    ranked: tuple[tuple[str, str], ...] = ()
    only: frozenset[str] = frozenset()     # a count said to be only so many ("6 شركات فقط"): some, not all
    # a word of change that, with a possessive ending, names a dimension ("يبلغ ارتفاعه 3300 متر": its
    # height): a measure right after it is that dimension, not a change
    dimension: frozenset[str] = frozenset()
    # a word that introduces a body's name ("سهم شركة الخليج للملاحة"): the word after it, with a word
    # before it, qualifies that word as a proper noun does where names are capitalised
    bodies: frozenset[str] = frozenset()
    # a word that adds one amount to another ("4.2 مليار يورو ... بالإضافة إلى 2.05 مليار", "$5m plus $2m"):
    # each is a part of their sum
    plus: frozenset[str] = frozenset()


@functools.lru_cache(maxsize=None)
def _data(lang: str) -> _Data:
    found: dict[str, dict] = {}
    for _, data in rule_files(lang, "frames"):
        for rule in data.get("rules") or []:
            if "concept" not in rule:
                found.update(rule)

    def words(key: str) -> frozenset[str]:
        return frozenset(fold(w) for w in found.get(key) or ())

    return _Data(frozenset(found.get("punctuation", "")), frozenset(found.get("asides", "")), words("words"),
                 words("weak"), tuple(found.get("prefixes") or ()), words("level"), words("change"),
                 words("compared"), words("from"), words("since"), words("began"), words("pronouns"), words("day"),
                 words("saying"), words("that"),
                 words("cumulative") | words("total"), words("same"), words("month"), words("earlier"), words("total"),
                 words("future"), words("than"), words("where"), words("back"),
                 tuple(sorted(found.get("back_suffixes") or (), key=len, reverse=True)),
                 words("part"), tuple(fold(w) for w in found.get("part_then") or ()), words("offset"), _ago(found),
                 frozenset(found.get("dashes", "")), words("auxiliaries"),
                 _media(found.get("media"), lang), _phrases(found.get("phrases") or {}), words("gap"),
                 tuple(sorted(((fold(k), v) for k, v in (found.get("ranked") or {}).items()), key=lambda kv: -len(kv[0]))),
                 words("only"), words("dimension"), words("bodies"), words("plus"))


def _phrases(found: dict[str, str]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The frames' `phrases` ("out of work": unemployed) by their first word, folded."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, word in found.items():
        first, *rest = (fold(w) for w in phrase.split())
        out.setdefault(first, []).append((tuple(rest), fold(word)))
    return out


def _media(names: list | None, lang: str) -> regex.Pattern | None:
    """The names of media (`media`), each between quotation marks, as one pattern."""
    if not names:
        return None
    spelled = ("\\s+".join(map(regex.escape, str(name).split())) for name in names)
    return compile_pattern("(?<=[«“\"])(?:" + "|".join(spelled) + ")(?=[»”\"])", lang)


def _ago(found: dict) -> dict[str, list[tuple[tuple[str, ...], str, int]]]:
    """The phrases of `years_ago` and `days_ago` by their first word, as written with and without
    the prefixes of `years_ago_prefixes` ("العام", "والعام", "للعام")."""
    prefixes = found.get("years_ago_prefixes") or ()
    ago: dict[str, list[tuple[tuple[str, ...], str, int]]] = {}
    for unit in ("year", "day"):
        for phrase, n in (found.get(f"{unit}s_ago") or {}).items():
            first, *rest = (fold(w) for w in phrase.split())
            forms = {first, *(p + first for p in prefixes),
                     *(p + "ل" + first[2:] for p in prefixes if first.startswith("ال"))}
            for form in forms:
                ago.setdefault(form, []).append((tuple(rest), unit, n))
    return ago


_OPENS_CONVERSION = regex.compile(r"\s*\(\s*")         # between an amount and its conversion
_NEXT_CONVERSION = regex.compile(r"\s*[;,/]\s*")      # between two conversions in one bracket


@dataclass(slots=True)
class Frame:
    lang: str
    scopes: tuple[frozenset[str], ...]   # keys at each scope of SCOPES (a key counts at its first)
    words: tuple[tuple[str, int], ...]   # (folded word, scope) of own and sentence words, in text order
    sentence: int                        # index of the figure's sentence in the document
    place: int                           # rank of the figure among the sentence's figures
    group: int                           # figures joined by "and" share a group
    role: str | None = None              # "change", "level", "compared", "where", "part", "offset", "gap" or None
    since: bool = False                  # a duration that runs "since" (to the article's date)
    years: frozenset[int] = frozenset()  # years named in the figure's own clause
    day: bool = False                    # the clause names a day: a count of that day...
    cumulative: bool = False             # ... unless it speaks of a running total ("toll", "منذ")
    near: tuple[str, ...] = ()           # the own clause's content words nearest the figure
    inside: frozenset[str] = frozenset()  # keys of the figure's own words ("11 September 2001")
    month: bool = False                  # the clause names a month ("in December"): a month's figure
    began: int | None = None             # the year a running count starts ("since 2008")
    current: int | None = None           # the year of the article's date
    # years the clause names by the article's date ("last year"): they tell which fact's name it
    # is ("sales in 2004"), not the date a value is looked up at (a fact of 2004 is often dated 2005)
    relative: frozenset[int] = frozenset()
    back: int = 0                        # days before the article's date the clause speaks of ("a year ago")
    earlier: bool = False                # the clause speaks of a former state ("كان", "previously")
    total: bool = False                  # ... of a running total by name ("toll", "حصيلة")
    later: bool = False                  # ... of a time to come ("will", "سوف")
    converted: bool = False              # an amount in brackets after one in another currency ("£1bn ($1.8bn)")
    common: frozenset[str] = frozenset()  # own and sentence words written in lower case ("share capital")
    only: bool = False                   # the clause says "only" so many ("6 شركات فقط في قطاع التأمين بمكرر ...")
    # the first and last day of the day or month the clause names, by the article's date ("أغلق في
    # 26 يونيو عند 797.52 نقطة", "جاءت في شهر فبراير الماضي والتي بلغت 72.7 مليار ريال")
    on: tuple[dt.date, dt.date] | None = None
    # a word of the own clause in lower case and a proper noun right after it (one stop word
    # between at most, no mark): what the proper noun may narrow ("deficit with China")
    qualified: frozenset[tuple[str, str]] = frozenset()
    # two proper nouns of the own clause joined by a weak word, each way ("in Sri Lanka and
    # Indonesia"): what the figure may count together
    joined: frozenset[tuple[str, str]] = frozenset()

    def scope(self, found: frozenset[str]) -> int | None:
        """The first scope where any of the keys `found` is, or None."""
        for i, keyset in enumerate(self.scopes):
            if not found.isdisjoint(keyset):
                return i
        return None


@dataclass(slots=True)
class _Token:
    start: int
    end: int
    word: str
    content: bool               # a content word (not a stopword, not a one-letter word)
    figure: int | None          # index of the figure (in the sentence's list) that covers it
    gap: str                    # the text between the previous token and this one


def _tokens(text: str, start: int, end: int, spans: list[tuple[int, int]], media: regex.Pattern | None) -> list[_Token]:
    out, last, k = [], start, 0
    named = [m.span() for m in media.finditer(text, start, end, timeout=REGEX_TIMEOUT)] if media is not None else []
    for m in TERM.finditer(text, start, end):
        word = m.group().casefold()
        if word[-1] == ".":                 # folded(), inline
            word = word.replace(".", "")
        while k < len(spans) and spans[k][1] <= m.start():
            k += 1
        # a figure's token, also one a prefix is glued to ("واثنتان" of the figure "اثنتان")
        inside = k if k < len(spans) and spans[k][0] < m.end() and m.start() < spans[k][1] else None
        content = len(word) > 1 and not word[0].isdigit() and not is_stopword(word) \
            and not any(a <= m.start() < b for a, b in named)
        out.append(_Token(m.start(), m.end(), word, content, inside, text[last:m.start()]))
        last = m.end()
    return out


def _strength(tok: _Token, data: _Data, lang: str) -> int:
    """How strongly a new clause opens at this token: 3 at a clause word ("فيما", "while"), 2
    after punctuation or at a prefixed predicate ("وأصيب"), 1 at another prefixed word ("ويمر"), a
    weak word ("and") or after an aside's bracket or dash (they separate two figures, but a
    clause reads on over them), else 0."""
    found = _word_strength(tok.word, data, lang)
    if found == 3:
        return 3
    if tok.gap.strip() and any(c in data.punctuation for c in tok.gap):
        return 2
    return max(found, 1 if tok.gap.strip() and any(c in data.asides for c in tok.gap) else 0)


@functools.lru_cache(maxsize=65536)
def _word_strength(word: str, data: _Data, lang: str) -> int:
    if word in data.clause_words:
        return 3
    if (rest := _stripped(word, data)) != word:
        return 2 if _concept_keys(rest, lang) else 1
    return 1 if word in data.weak else 0


def _told(toks: list[_Token], lo: int, a: int, data: _Data) -> int:
    """Where what a verb of saying before token `a` (from `lo` on) says begins: after its `that`
    word (or after the verb when none follows it); `lo` when no such verb is there."""
    verb = next((t for t in range(a - 1, lo - 1, -1) if _stripped(toks[t].word, data) in data.saying), None)
    if verb is None:
        return lo
    return next((t + 1 for t in range(verb + 1, a) if toks[t].word in data.that), verb + 1)


def _stripped(word: str, data: _Data) -> str:
    """The word without one of the language's clitic prefixes written onto it ("وقال" -> قال)."""
    return next((word[len(p):] for p in data.prefixes if word.startswith(p) and len(word) - len(p) > 2), word)


def _concept_keys(word: str, lang: str) -> frozenset[str]:
    return frozenset(k for k in keys(word, lang) if k.startswith(CONCEPT))


def _role(toks: list[_Token], a: int, b: int, lo: int, figure: Figure, data: _Data, lang: str):
    """(role, since) of the figure covering tokens [a, b) whose own clause starts at token `lo`."""
    before = [t.word for t in toks[max(lo, a - _WINDOW):a]]
    near, after = before[-2:], toks[b].word if b < len(toks) else ""
    since = figure.kind == "duration" and not data.since.isdisjoint(before)
    # after a word of comparison; or after "from" with the level after it ("from 13% to 23%"), a
    # change before it ("up from $2.89bn a year ago", "ارتفع من 10") or a level before it ("to 70
    # euro cents from 55")
    if not data.compared.isdisjoint(t.word for t in toks[max(lo, a - 2 * _WINDOW):a]) or (
            before[-1:] and before[-1] in data.start and (
                not data.level.isdisjoint(t.word for t in toks[b:b + 2 * _WINDOW])
                or len(before) > 1 and is_change(before[-2], lang)
                or any(toks[k].figure is not None and toks[k - 1].word in data.level
                       for k in range(max(lo + 1, a - 3 * _WINDOW), a - 1)))):
        return "compared", since
    if not data.gap.isdisjoint(near):
        return "gap", since         # "بفارق أربعة أصوات", "by a margin of 4 votes": between two values
    if not data.level.isdisjoint(near) and not (near[-1] not in data.level and is_change(near[-1], lang)):
        return "level", since       # (not "to" of "expects sales to grow 16%")
    if near and near[-1] in data.than:
        near = []           # "higher than $499": a bound, not a change
    # (a change word after the figure is another's when a figure follows it: "10bn euros, up 8.1%")
    dimension = figure.kind == "measure" and bool(near) and near[-1] in data.dimension
    if not dimension and ((not data.change.isdisjoint(near) and any(is_change(t.word, lang) for t in toks[:a])) or any(
            is_change(w, lang) for w in near) or (after and is_change(after, lang) and not (
                b + 1 < len(toks) and toks[b + 1].figure is not None))):
        return "change", since
    if figure.kind == "count" and before[-1:] and before[-1] in data.where:
        return "where", since       # "في 25 ولاية", "in 25 provinces": where, often some of them
    if figure.kind == "count" and after in data.part and b + 1 < len(toks) and \
            toks[b + 1].word.startswith(data.part_then):
        return "part", since        # "32 من الجرحى", "32 of the wounded": some of them
    if near and near[-1] in data.plus or _added_to(toks, b, data):
        return "part", since        # "4.2 مليار ... بالإضافة إلى 2.05 مليار": a part of their sum
    if figure.kind in ("date", "year") and _offset(toks, b, data, lang):
        return "offset", since      # "13 يوليو قبل يوم على توقيع الاتفاق": not the signing's date
    return None, since


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour"})


def _added_to(toks: list[_Token], b: int, data: _Data) -> bool:
    """Whether the next figure after token `b` (of this window) comes right after a word of `plus`."""
    k = next((k for k in range(b, len(toks)) if toks[k].figure is not None), None)
    return k is not None and k > b and toks[k - 1].word in data.plus


def _offset(toks: list[_Token], b: int, data: _Data, lang: str) -> bool:
    """Whether a word of `offset` within the three tokens after token `b` has a span of time
    next to it (a figure, or a word such as "يوم", "day")."""
    concepts = lexicon(lang).concepts
    for t in range(b, min(b + 3, len(toks))):
        if toks[t].word in data.offset:
            return any(toks[u].figure is not None or any(concepts[k].units & _TIME_UNITS for k in
                                                         _concept_keys(toks[u].word, lang))
                       for u in (t - 1, t + 1) if b <= u < len(toks))
    return False


def _continued(text: str, ends: list[int], k: int, start: int, data: _Data, lang: str) -> frozenset[str]:
    """The keys of the sentence before, when this one opens with a pronoun that continues it
    ("It recorded a 13.8% rise": "it" is the gallery of the sentence before); else none."""
    first = TERM.search(text, start)
    if k == 0 or first is None or first.group().casefold() not in data.pronouns:
        return frozenset()
    previous = ends[k - 2] if k > 1 else 0
    if text[start - 1] == "\n":       # not across a paragraph
        return frozenset()
    return _content_keys(text, previous, start, lang)


@functools.lru_cache(maxsize=65536)
def _content(word: str, lang: str) -> frozenset[str]:
    """The keys of a word or number as written, none for a stopword or a one-letter word."""
    word = folded(word)
    if word[0].isdigit():
        return keys(word, lang)     # "65" matches the 65 of a name ("aged 65 to 69")
    return frozenset() if len(word) < 2 or is_stopword(word) else keys(word, lang)


def _content_keys(text: str, start: int, end: int, lang: str) -> frozenset[str]:
    return frozenset().union(*map(_content, TERM.findall(text, start, end), repeat(lang)))


class Frames:
    """The frames of a document's figures (`norm` is `normalize(doc.masked)`, as for extraction),
    each built when first asked for: most sentences share no word with the store, and `words`
    tells so without building them."""

    def __init__(self, doc: Document, norm: Normalized, figures: list[Figure]):
        self.doc, self.text, self.figures, self.data = doc, norm.text, figures, _data(doc.lang)
        self.norm = norm
        self.spans = [(norm.to_normalized(f.start), norm.to_normalized(f.end)) for f in figures]
        self.ends = norm.sentence_ends
        self.sentences: list[tuple[int, int, int, int, int]] = []     # (k, start, end, first, last figure + 1)
        self.of: list[int] = []                                     # figure -> its sentence in that list
        i = 0
        while i < len(figures):
            k = bisect_right(self.ends, self.spans[i][0])
            start, end = self.ends[k - 1] if k else 0, self.ends[k] if k < len(self.ends) else len(self.text)
            j = i
            while j < len(figures) and self.spans[j][0] < end:
                j += 1
            self.of += [len(self.sentences)] * (j - i)
            self.sentences.append((k, start, end, i, j))
            i = j
        self._frames: dict[int, Frame] = {}
        self._paragraphs: dict[int, frozenset[str]] = {}
        self._words: dict[tuple[int, int], frozenset[str]] = {}
        self._windows: dict[int, _Window] = {}
        self._before: dict[int, frozenset[str]] = {}
        self.memo: dict[tuple, object] = {}     # what a later stage worked out once for a window

    def __len__(self) -> int:
        return len(self.figures)

    def __getitem__(self, i: int) -> Frame:
        if i not in self._frames:
            self._build(self.of[i], i)
        return self._frames[i]

    @functools.cached_property
    def _newlines(self) -> list[int]:
        return [m.start() for m in _NEWLINE.finditer(self.text)]

    @functools.cached_property
    def _topic(self) -> frozenset[str]:
        text = normalize(self.doc.lead).text
        return _content_keys(text, 0, len(text), self.doc.lang)

    def window(self, i: int) -> tuple[int, int]:
        """Figure i's sentence and the first figure of its window (figures of a window share
        `words`)."""
        return self.of[i], i - (i - self.sentences[self.of[i]][3]) % _CHUNK

    def _bounds(self, s: int, c: int) -> tuple[int, int, int]:
        """(the figure after the window of sentence s that starts at figure c, the window's start
        and end in the text)."""
        _, start, end, _, last = self.sentences[s]
        d = min(last, c + _CHUNK)
        return d, max(start, self.spans[c][0] - CONTEXT_MAX), min(end, self.spans[d - 1][1] + CONTEXT_MAX)

    @functools.cached_property
    def _lower(self) -> str:
        """The text in lower case, letter for letter (a letter whose lower case is longer kept)."""
        low = self.text.lower()
        return low if len(low) == len(self.text) else "".join(
            c.lower() if len(c.lower()) == 1 else c for c in self.text)

    def says(self, words: tuple[str, ...]) -> bool:
        """Whether the article has these content words in a row ("Australian National Iodine
        Nutrition Study", stopwords aside): read from each place the first is written, in any
        case, with or without the dots of an abbreviation ("U.S.")."""
        low, n = self._lower, len(words)
        for first in (words[0], ".".join(words[0]) + ".") if len(words[0]) <= 5 else (words[0],):
            at = low.find(first)
            while at >= 0:
                if not (at and (low[at - 1].isalpha() or low[at - 1] == "." or category(low[at - 1])[0] == "M")) and tuple(
                        w for _, _, w in islice(tokens_from(self.text, at), n)) == words:
                    return True
                at = low.find(first, at + 1)
        return False

    @functools.cached_property
    def _proper(self) -> frozenset[str]:
        """The words the article writes with a capital inside a sentence (proper nouns)."""
        text, out = self.text, set()
        for m in TERM.finditer(text):
            if m.group()[0].isupper():
                k = m.start() - 1
                while k >= 0 and text[k] in " \t":
                    k -= 1
                if k >= 0 and text[k] not in '.!?\n:"“':
                    out.add(folded(m.group()))
        return frozenset(out)

    def names(self, word: str) -> bool:
        """Whether the article writes the (folded) word as a proper noun somewhere ("Delta said",
        not "the national survey")."""
        return word in self._proper

    def neighbours(self, i: int) -> range:
        """The figures of figure i's window of its sentence (i among them)."""
        s, c = self.window(i)
        return range(c, self._bounds(s, c)[0])

    def words(self, i: int) -> frozenset[str]:
        """The match keys of figure i's sentence (of the few figures around it, for a long one),
        cheaply: without a frame."""
        s, c = self.window(i)
        if (s, c) not in self._words:
            _, lo, hi = self._bounds(s, c)
            self._words[s, c] = _content_keys(self.text, lo, hi, self.doc.lang)
        return self._words[s, c]

    def dated(self, i: int) -> bool:
        """Whether figure i's window of its sentence names a year (another figure of it is a year,
        a date or a span of years)."""
        s, c = self.window(i)
        return any(years_of(self.figures[g]) for g in range(c, self._bounds(s, c)[0]) if g != i)

    def context(self, i: int) -> frozenset[str]:
        """The match keys of figure i's paragraph (and the one before) and of the title and lead."""
        return self._near(bisect_right(self._newlines, self.spans[i][0])) | self._topic

    def _near(self, p: int) -> frozenset[str]:
        """The match keys of paragraph p and, for a paragraph of one sentence, those of the paragraph
        before that the topic has not (a line that goes on from it: "وتبنى 230 نائبا ..." after the
        reforms voted on)."""
        return self._paragraph(p) | (self._paragraph(p - 1) - self._topic if p and self._one_sentence(p) else frozenset())

    def goes_on(self, i: int) -> bool:
        """Whether figure i's paragraph is one sentence after another paragraph (which it may go on
        from: `context` holds that one's words)."""
        p = bisect_right(self._newlines, self.spans[i][0])
        return p > 0 and self._one_sentence(p)

    def _one_sentence(self, p: int) -> bool:
        """Whether paragraph p holds one sentence: no sentence ends before its last character."""
        newlines = self._newlines
        start, end = newlines[p - 1] + 1, newlines[p] if p < len(newlines) else len(self.text)
        line = self.text[start:end]
        start, last = start + len(line) - len(line.lstrip()), start + len(line.rstrip())
        k = bisect_right(self.ends, start)
        return k >= len(self.ends) or self.ends[k] >= last

    def _paragraph(self, p: int) -> frozenset[str]:
        if p not in self._paragraphs:
            newlines = self._newlines
            self._paragraphs[p] = _content_keys(self.text, newlines[p - 1] + 1 if p else 0,
                                                newlines[p] if p < len(newlines) else len(self.text), self.doc.lang)
        return self._paragraphs[p]

    def _build(self, s: int, at: int) -> None:
        """The frame of figure `at`, from its sentence (a long one, a table or an unpunctuated page,
        is read in windows of a few figures)."""
        k, s_start = self.sentences[s][:2]
        text, spans, data, lang = self.text, self.spans, self.data, self.doc.lang
        c = self.window(at)[1]
        if c not in self._windows:
            d, lo, hi = self._bounds(s, c)
            self._windows.clear()       # the figures are asked for in order: one window at a time
            self._windows[c] = _window(text, lo, hi, self.figures[c:d], spans[c:d], data, lang)
        (scopes, words, place, group, role, since, years, day, cumulative, near, inside, month, began, ago, earlier,
         total, later, common, only, on, qualified, joined) = _sentence(self._windows[c], data, lang, at - c, self._written)
        now = self.doc.date.year
        own, sent, others = scopes
        paragraph = self._near(bisect_right(self._newlines, spans[at][0]))
        if k not in self._before:
            self._before[k] = _continued(text, self.ends, k, s_start, data, lang)
        self._frames[at] = Frame(lang, (own, sent | self._before[k], others, paragraph, self._topic), words, k,
                                 place, c + group, role, since, years, day, cumulative, near, inside, month, began,
                                 now, frozenset(now - n for unit, n in ago if unit == "year"),
                                 max((n for unit, n in ago if unit == "day"), default=0), earlier, total, later,
                                 self._converted(at), common, only, _period(*on, years, self.doc.date), qualified,
                                 joined)

    def _written(self, tok: _Token) -> str:
        """A token as the article writes it (before normalising: "نسبة", not "نسبه"), without marks."""
        word = self.norm.original[slice(*self.norm.span(tok.start, tok.end))]
        return "".join(ch for ch in word if not category(ch).startswith("M"))

    def _converted(self, at: int, depth: int = 3) -> bool:
        """Whether figure `at` is an amount of money that converts the one before it into another
        currency: in brackets right after it ("£1bn ($1.8bn)"), or after such a conversion and a
        separator ("70 euro cents (£0.48; $0.98)")."""
        f = self.figures[at]
        if not at or f.kind != "money" or depth == 0:
            return False
        before = self.figures[at - 1]
        if before.kind != "money" or before.unit == f.unit:
            return False
        gap = self.text[self.spans[at - 1][1]:self.spans[at][0]]
        return bool(_OPENS_CONVERSION.fullmatch(gap)) or bool(_NEXT_CONVERSION.fullmatch(gap)) and \
            self._converted(at - 1, depth - 1)


def began_words(lang: str) -> frozenset[str]:
    """The language's words after which a year is where a span starts ("since", "منذ")."""
    return _data(lang).began


def gap_words(lang: str) -> frozenset[str]:
    """The language's words after which a figure is a gap between two values ("margin", "بفارق")."""
    return _data(lang).gap


def month_words(lang: str) -> frozenset[str]:
    """The language's month names (folded): a name with one is of a month."""
    return _data(lang).month


_DAY = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")      # a date figure's value that names a day


def _period(day: str | None, month: int | None, years: frozenset[int], today: dt.date
            ) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the day a date figure's value names ("--06-26": the last 26 June up
    to the article's date), else of the month a clause names (in the one year it names, else the
    last such month up to the article's date)."""
    try:
        if day is not None:
            if not day.startswith("--"):
                return (dt.date.fromisoformat(day),) * 2
            on = dt.date(today.year, int(day[2:4]), int(day[5:7]))
            on = on if on <= today else on.replace(year=today.year - 1)
            return on, on
        if month is not None:
            year = next(iter(years)) if len(years) == 1 else today.year if month <= today.month else today.year - 1
            first = dt.date(year, month, 1)
            return first, (first + dt.timedelta(days=31)).replace(day=1) - dt.timedelta(days=1)
    except ValueError:
        pass
    return None


def years_of(figure: Figure) -> tuple[int, ...]:
    """The years a figure names: a year, a date's year, both ends of "from 1980 to 2012"."""
    if figure.kind in ("year", "date"):
        head = str(figure.value)[:4]
        return (int(head),) if head.isdigit() and not str(figure.value).endswith("H") else ()   # 1436هـ is no 1436
    if figure.kind == "range" and figure.unit is None and isinstance(figure.value, list) and all(
            isinstance(v, int) and 1000 <= v <= 2199 for v in figure.value):
        return tuple(figure.value)
    return ()


def record_kinds(figure: Figure, lang: str) -> list[str]:
    """The kinds of record a figure can be checked against: by its kind (a duration in years also
    against an age), and for a range or a vague magnitude by its unit ("بين 40 و69 عاما" is an age
    or a duration, "$1-2bn" money)."""
    if figure.kind == "range" and (years_of(figure) or figure.subject and fold(figure.subject) in _data(lang).month):
        return []               # "1813 - 1883", "بين 20 و31 يوليو": a span of years or days, no quantity
    kinds = settings()["compare.match"]["kinds"].get(figure.kind, [])
    if figure.kind == "duration" and figure.unit != "year":
        kinds = [k for k in kinds if k != "age"]      # "34 عاما" may be an age, "40 ساعة" is none
    if figure.kind in ("range", "vague"):
        unit = figure.unit
        fits = (("age", "duration") if unit in settings()["compare.duration"]["units"] else ("percent",)
                if unit == "percent" else ("money", "measure") if unit else ("count",))
        kinds = [k for k in kinds if k in fits] or list(fits)
    return kinds


@dataclass(frozen=True)
class _Window:
    """A sentence (or a window of a long one) read once for the frames of its figures."""
    figures: list[Figure]
    toks: list[_Token]
    cover: list[tuple[int, int]]        # token range [a, b) of each figure
    strength: list[int]                 # how strongly a clause opens at each token
    marker: list[bool]                  # a role word ("to", "بنسبة")
    kinds: list[frozenset[str]]         # the record kinds of each figure
    tkeys: list[frozenset[str]]         # each token's keys (none for a function word)
    nearby: list[bool]                  # a content word a fact's names may be asked to explain
    asides: list[tuple[int, int]]       # token ranges set off between two dashes


def _window(text: str, start: int, end: int, figures: list[Figure], spans: list[tuple[int, int]],
            data: _Data, lang: str) -> _Window:
    toks = _tokens(text, start, end, spans, data.media)
    if data.phrases:
        for t, tok in enumerate(toks):
            for rest, word in data.phrases.get(tok.word, ()):
                last = t + len(rest)
                if last < len(toks) and all(toks[t + 1 + j].word == w for j, w in enumerate(rest)):
                    toks[last].word, toks[last].content = word, True
    n = len(toks)
    cover = [(n, n)] * len(figures)
    for t, tok in enumerate(toks):
        if tok.figure is not None:
            cover[tok.figure] = (min(cover[tok.figure][0], t), t + 1)
    marker = [t.word in data.level or t.word in data.compared or t.word in data.change or t.word in data.same
              for t in toks]
    tkeys = [_content(t.word, lang) if t.content or t.word[0].isdigit() else frozenset() for t in toks]
    for t, initials in _initials(text, toks):
        tkeys[t] = tkeys[t] | {initials}
    return _Window(figures, toks, cover, [_strength(t, data, lang) for t in toks], marker,
                   [frozenset(record_kinds(f, lang)) for f in figures], tkeys,
                   [_plain(t, figures) and t.content and not marker[i] and not glossed and weight(t.word, lang) >= 1
                    and not is_change(t.word, lang) for i, (t, glossed) in enumerate(zip(toks, _bracketed(toks)))],
                   _asides(toks, data))


def _initials(text: str, toks: list[_Token]) -> list[tuple[int, str]]:
    """The initials of each name of two to six capitalised words ("Securities and Exchange
    Commission": "sec", "Food and Drug Administration": "fda"; function words inside read over), at
    the name's last word: a fact's name may give the short form. None where capitals mark nothing."""
    out, run = [], []
    for t, tok in enumerate([*toks, None]):
        if tok is not None and text[tok.start].isupper() and tok.content and not (run and tok.gap.strip()):
            run.append(t)
            continue
        if tok is not None and run and not tok.content and tok.figure is None and not tok.gap.strip() \
                and t + 1 < len(toks) and text[toks[t + 1].start].isupper() and not toks[t + 1].gap.strip():
            continue        # "and", "of", "for" inside a name
        if 2 <= len(run) <= 6:
            out.append((run[-1], "".join(toks[k].word[0] for k in run)))
        run = [t] if tok is not None and text[tok.start].isupper() and tok.content else []
    return out


def _bracketed(toks: list[_Token]) -> list[bool]:
    """Whether each token stands in round or square brackets: a gloss of what comes before ("في
    سوروتش (جنوب تركيا)", "the Mumbai (Bombay) blasts"), which says nothing of what is counted."""
    out, depth = [], 0
    for tok in toks:
        depth = max(0, depth + tok.gap.count("(") + tok.gap.count("[") - tok.gap.count(")") - tok.gap.count("]"))
        out.append(depth > 0)
    return out


def _sentence(w: _Window, data: _Data, lang: str, f: int, written: Callable[[_Token], str]) -> tuple:
    """The frame's parts of figure f of a sentence window: ((own, sentence, others keys), words,
    place, group, role, since, years, day, cumulative, near words, the figure's own keys, month,
    the year a running count starts, the years before the article's its clause names: "last year",
    whether it speaks of a former state, of a running total by name, of a time to come)."""
    figures, toks, cover, strength, marker, kinds, tkeys, nearby = (
        w.figures, w.toks, w.cover, w.strength, w.marker, w.kinds, w.tkeys, w.nearby)
    n = len(toks)
    a, b = cover[f]
    # the figures this one competes with for words: those checked against the same kinds of record
    rivals = [g for g in range(len(figures)) if cover[g][0] < n and (g == f or kinds[g] & kinds[f])]
    units = _units(rivals, cover, toks, marker, figures, data)
    x = next((i for i, unit in enumerate(units) if f in unit), None)
    scope_of = [SENTENCE] * n
    skipped: list[tuple[int, int]] = []     # short asides read over (they are not the figure's clause)
    if x is None:                       # not found in the text window: its own words only
        lo, hi = a, b
    else:
        cuts = [_cut(toks, strength, marker, cover[u[-1]][1], cover[v[0]][0], data.weak)
                for u, v in zip(units, units[1:])]
        lo = cuts[x - 1][1] if x else _reach(toks, strength, cover[units[0][0]][0], -1)
        # a sentence of one figure reads over a short aside ("six million people, mainly Jews, perished")
        aside = data if len(units) == 1 else None
        hi = cuts[x][0] if x < len(cuts) else _reach(toks, strength, cover[units[-1][-1]][1], 1, aside, skipped)
        last = _reach(toks, strength, cover[units[-1][-1]][1], 1, aside)
        for y in range(len(units)):     # other figures' clauses (the words before the first figure are everyone's)
            if y != x:
                ylo, yhi = cuts[y - 1][1] if y else cover[units[0][0]][0], cuts[y][0] if y < len(cuts) else last
                scope_of[ylo:yhi] = [OTHERS] * (yhi - ylo)
    if figures[f].kind in ("date", "year") and not any(toks[t].content for t in range(0, a)) and \
            not any(toks[t].content and toks[t].figure != f for t in range(b, hi)):
        # a time that opens its sentence alone ("In 1950, back in England, she founded ...", "وفي
        # الرابع من يوليو، ... أعلن"): the time of what the sentence goes on to say
        hi = cuts[x][0] if x is not None and x < len(cuts) else len(toks)
    scope_of[lo:hi] = [OWN] * (hi - lo)
    role, since = _role(toks, a, b, lo, figures[f], data, lang)
    # "growth of 7.1%, up from 6.7%": the quantity is the one before's; so is that of a figure
    # whose clause names nothing, after figures of another kind ("تمديد حالة الطوارئ لشهرين اعتبارا
    # من الثالث من أغسطس"; not "5 marriages involving a person under 16")
    bare = bool(x) and not any(toks[t].content and _plain(toks[t], figures) and not marker[t]
                               for t in range(lo, hi)) and \
        all(figures[g].kind != figures[f].kind for g in units[x - 1])
    if (role == "compared" or bare) and x:
        y = x - 1
        ylo = cuts[y - 1][1] if y else _reach(toks, strength, cover[units[0][0]][0], -1)
        scope_of[ylo:cuts[y][0]] = [OWN] * (cuts[y][0] - ylo)
    for s0, s1 in [*(s for s in w.asides if not _label(toks, *s, data, figures)), *skipped]:
        if not s0 <= a < s1:
            # an aside the figure is not in is not its clause ("المجموعة – التي تزعمها رجل – أقامت ...")
            scope_of[s0:s1] = [SENTENCE if sc == OWN else sc for sc in scope_of[s0:s1]]
    # what a verb of saying after the figure says is not the figure's clause: the figure counts
    # who said it ("36 people accused in the case said it should not be shown until the trial is over")
    verb = next((t for t in range(b, hi) if _stripped(toks[t].word, data) in data.saying), None)
    if verb is not None and not (verb and toks[verb - 1].word in data.auxiliaries):
        scope_of[verb + 1:hi] = [OTHERS if sc == OWN else sc for sc in scope_of[verb + 1:hi]]
    opening = next((t for t in range(lo, a) if toks[t].content or toks[t].word in data.back), None)
    if opening is not None and _refers_back(toks[opening].word, data, lang, written(toks[opening])):
        # a clause that opens by referring back ("، وعمره 21 سنة", "، التي يصل مداها إلى 40 كلم")
        # speaks of what the sentence named before it: the words since the figure before, if any
        # ("اعتقل جنيد خان، وعمره 24 عاما، وعمه شزيب خان، وعمره 22 عاما": the uncle's age), else the
        # sentence's before it
        since = max((cover[g][1] for g in range(len(figures)) if cover[g][1] <= lo), default=0)
        if since and any(toks[t].content and _plain(toks[t], figures) for t in range(since, lo)):
            scope_of[since:lo] = [OWN] * (lo - since)
        else:
            scope_of[:lo] = [OWN if sc == SENTENCE else sc for sc in scope_of[:lo]]
    # not the year a time runs since ("since 2010"), that a value is compared with ("compared
    # to 2004's Super Bowl weekend", "higher than in 2002") or of another figure right before it ("from 102 in 2003 to 81
    # last year") or of a value compared with between them: the figure is not of that year
    clause = [g for g in range(len(figures)) if g != f and lo <= cover[g][0] < hi]
    before = {g: toks[max(0, cover[g][0] - 2):cover[g][0]] for g in clause}

    def compared_own(g: int) -> bool:       # "rose to $186.3m from $64.4m in the same period in 2003"
        h = max((h for h in clause if a < cover[h][0] and cover[h][1] <= cover[g][0]
                 and figures[h].kind not in ("year", "date")), key=lambda h: cover[h][0], default=None)
        return h is not None and any(t.word in data.compared or t.word in data.start
                                     for t in toks[max(0, cover[h][0] - 2):cover[h][0]])

    def plain(g: int) -> bool:      # a time of the figure's own, not one it runs since or is compared with
        return not any(t.word in data.began or t.word in data.compared or t.word in data.than
                       or t.figure not in (None, f) for t in before[g]) and not compared_own(g)

    years = frozenset(y for g in clause if plain(g) for y in years_of(figures[g]))
    days = {str(figures[g].value) for g in clause if figures[g].kind == "date" and plain(g)
            and _DAY.fullmatch(str(figures[g].value))}
    began = min((y for g in clause if any(t.word in data.began for t in before[g]) for y in years_of(figures[g])),
                default=None)
    # "last year", not "since last year", "compared with last year", "up from last year", nor
    # another figure's ("$45.9bn a year ago")
    after = data.began | data.compared | data.start
    found_ago = [(t, len(rest), unit, k) for t in range(lo, hi) for rest, unit, k in data.ago.get(toks[t].word, ())
                 if t + len(rest) < hi and all(toks[t + 1 + j].word == w for j, w in enumerate(rest))
                 and not _year_next(toks, t + 1 + len(rest), figures)]    # not "قبل عام 2014"
    ago = frozenset((unit, k) for t, _, unit, k in found_ago
                    if not any(x.word in after or x.figure not in (None, f, toks[t].figure) for x in toks[max(0, t - 3):t]))
    # (the words of "a year earlier" say when, not what: no "annual" quantity)
    timed = {t + j for t, n_rest, unit, _ in found_ago if unit == "day" for j in range(n_rest + 1)}
    words = tuple((tok.word, sc) for t, (tok, sc) in enumerate(zip(toks, scope_of))
                  if tok.content and _word(tok, f, figures) and sc != OTHERS and t not in timed)
    keysets: list[set[str]] = [set(), set(), set()]
    for t, sc in enumerate(scope_of):
        if tkeys[t] and _word(toks[t], f, figures) and t not in timed:
            keysets[sc] |= tkeys[t]
    said = {tok.word for tok, sc in zip(toks, scope_of) if sc == OWN}
    months = {v for tok, sc in zip(toks, scope_of)
              if sc == OWN and tok.word in data.month and (v := lexicon_value(written(tok), lang, "month"))}
    qualified = set()
    for t in range(2, n):
        p = t - 1 if toks[t - 1].content else t - 2      # (one stop word between at most: "with")
        if scope_of[t] == scope_of[p] == OWN and toks[t].content and toks[p].content and toks[t].figure is None \
                and not any(toks[k].gap.strip() for k in range(p + 1, t + 1)) and written(toks[t])[:1].isupper() \
                and written(toks[p])[:1].islower() and toks[t].word not in data.month and toks[t].word not in data.day:
            qualified.add((toks[p].word, toks[t].word))
        elif toks[t - 1].word in data.bodies and scope_of[t] == scope_of[t - 2] == OWN and toks[t].content \
                and toks[t - 2].content and toks[t].figure is None and toks[t - 2].figure is None:
            qualified.add((toks[t - 2].word, toks[t].word))     # ("سهم شركة الخليج": the Gulf firm's share)
    joined = set()
    for t in range(2, n):
        if toks[t - 1].word in data.weak and scope_of[t] == scope_of[t - 2] == OWN and toks[t].content \
                and toks[t - 2].content and toks[t].figure is None and toks[t - 2].figure is None \
                and not any(toks[k].gap.strip() for k in range(t - 1, t + 1)) \
                and written(toks[t])[:1].isupper() and written(toks[t - 2])[:1].isupper() \
                and not {toks[t].word, toks[t - 2].word} & (data.month | data.day):
            left, right = [t - 2], [t]      # (each name whole: "Sri Lanka")
            while left[-1] > 0 and toks[left[-1] - 1].content and written(toks[left[-1] - 1])[:1].isupper() \
                    and scope_of[left[-1] - 1] == OWN and not toks[left[-1]].gap.strip():
                left.append(left[-1] - 1)
            while right[-1] + 1 < n and toks[right[-1] + 1].content and written(toks[right[-1] + 1])[:1].isupper() \
                    and scope_of[right[-1] + 1] == OWN and not toks[right[-1] + 1].gap.strip():
                right.append(right[-1] + 1)
            joined |= {pair for i in left for j in right
                       for pair in ((toks[i].word, toks[j].word), (toks[j].word, toks[i].word))}
    # a day named before what a verb of saying the figure follows says is the day it was said
    # ("وفي بيان أمس قال ... إن جلسات الاستماع الأربع", "said on Monday that"), not the figure's
    told = {toks[t].word for t in range(_told(toks, lo, a, data), hi) if scope_of[t] == OWN}
    day = bool(told & data.day) or any(figures[g].kind == "date" and lo <= cover[g][0] < hi
                                       and _DAY.fullmatch(str(figures[g].value)) for g in range(len(figures)) if g != f)
    place = rivals.index(f) if f in rivals else -1
    group = min(units[x]) if x is not None else f
    near = sorted((min(abs(t - a), abs(t - b + 1)), toks[t].word) for t in range(n)
                  if nearby[t] and scope_of[t] == OWN)
    if figures[f].kind == "ordinal" and data.ranked:     # the noun it ranks, whatever clause it is in:
        # "اجتماعها العام الثالث من الدورة السادسة والعشرين": the cycle is the twenty-sixth's
        ranks = fold(figures[f].text)
        side = next(v for k, v in data.ranked + (("", "after"),) if ranks.startswith(k))
        edge, step = (a, -1) if side == "before" else (b - 1, 1)
        t = edge + step
        while 0 <= t < n and abs(t - edge) <= 2 and not nearby[t]:
            t += step
        if 0 <= t < n and abs(t - edge) <= 2:
            near = [(-1, toks[t].word)] + [p for p in near if p[1] != toks[t].word]
    inside = frozenset().union(*(tkeys[t] for t in range(a, b)))
    common = frozenset(tok.word for tok, sc in zip(toks, scope_of)
                       if sc in (OWN, SENTENCE) and tok.content and written(tok)[:1].islower())
    return (tuple(map(frozenset, keysets)), words, place, group, role, since, years, day,
            bool(said & data.cumulative), tuple(w for _, w in near[:_NEAR]), inside, bool(said & data.month), began,
            ago, bool(said & data.earlier), bool(said & data.total), bool(said & data.future), common,
            bool(said & data.only), (days.pop() if len(days) == 1 else None, months.pop() if len(months) == 1 else None),
            frozenset(qualified), frozenset(joined))


def _asides(toks: list[_Token], data: _Data) -> list[tuple[int, int]]:
    """The token ranges set off between two dashes of a sentence ("– led by a man –"; a dash is
    spaced, the normalised text writes it as a hyphen)."""
    if not data.dashes:
        return []
    at = [t for t, tok in enumerate(toks) if tok.gap.strip() in data.dashes and tok.gap.strip() != tok.gap]
    return list(zip(at[::2], at[1::2]))


def _label(toks: list[_Token], s0: int, s1: int, data: _Data, figures: list[Figure]) -> bool:
    """An aside of two words at most, with no figure but an ordinal, that does not refer back: a
    label of the noun before it ("مخططات المنح للمناطق المستوية – مرحلة أولى –", "the Jeddah line –
    phase two –"), whose words are its clause's."""
    inside = toks[s0:s1]
    return 0 < len(inside) <= 2 and all((t.figure is None or figures[t.figure].kind == "ordinal")
                                        and t.word not in data.back for t in inside)


@functools.lru_cache(maxsize=65536)
def _refers_back(word: str, data: _Data, lang: str, written: str) -> bool:
    """A word that refers back to what the sentence names: a relative or possessive word, or a
    word of a measure (a lexicon concept a figure's kind or unit stands for) with a possessive
    ending as `written` ("عمره", "طولها"; not "سنه", a year, nor "وتحاصره", a verb and its object,
    nor "ونسبة الشركة", whose ending is no pronoun though normalised alike)."""
    if word in data.back:
        return True
    if not written.endswith(data.back_suffixes):
        return False
    lex = lexicon(lang)
    entries, w = lex.by_key, folded(word)
    return any(f.endswith(end) and len(f) > len(end) + 1 and f[:-len(end)] in entries
               and entries.get(f, entries[f[:-len(end)]]) == entries[f[:-len(end)]]   # not "سنه" (year) of "سن"
               and any(lex.concepts[c].kinds or lex.concepts[c].units for c in entries[f[:-len(end)]])
               for f in variants(w) if w.endswith(f) for end in data.back_suffixes)   # "وعمره": عمره


def _year_next(toks: list[_Token], t: int, figures: list[Figure]) -> bool:
    """Token t is a figure that names a year."""
    return t < len(toks) and toks[t].figure is not None and bool(years_of(figures[toks[t].figure]))


_MONTH_ALONE = re.compile(r"--\d\d")     # a date figure's value that names a month only


def _word(tok: _Token, f: int, figures: list[Figure]) -> bool:
    """Whether a token is a word of figure f's frame: not part of a figure, except the words of
    another figure that is a rank ("the fourth quarter", "الجمعة الرابعة") or a month alone
    ("December's 4% rise in car sales" for a name "car sales growth in December"), and the numbers
    of other figures ("بين 65 و69 عاما" for a name "في سن 65 إلى 69 عاما")."""
    return tok.figure is None or tok.figure != f and (figures[tok.figure].kind == "ordinal" or tok.word[0].isdigit()
                                                      or _plain(tok, figures))


def _plain(tok: _Token, figures: list[Figure]) -> bool:
    """Whether a token is a plain word to the frames of other figures: no figure's, or a month
    named alone ("from 10.6% in November": the figure's own clause names the month)."""
    if tok.figure is None:
        return True
    other = figures[tok.figure]
    return other.kind == "date" and _MONTH_ALONE.fullmatch(str(other.value)) is not None


def _units(rivals: list[int], cover: list[tuple[int, int]], toks: list[_Token], marker: list[bool],
           figures: list[Figure], data: _Data) -> list[list[int]]:
    """Competing figures in text order, those with nothing but "and", a role word or a qualifier
    between them together ("50% و20%", "بنسبة 20.8% لتبلغ 5.2 مليار"): they share their clause;
    not a value compared with that counts a noun of its own ("download sales of 312,000 compared
    with 282,000 physical singles": another quantity, not the same of another time)."""
    units: list[list[int]] = []
    for g in sorted(rivals, key=lambda g: cover[g][0]):
        between = range(cover[units[-1][-1]][1], cover[g][0]) if units else range(0)
        if units and not any(toks[t].content and _plain(toks[t], figures) and not marker[t] for t in between) \
                and not (figures[g].subject is not None and any(toks[t].word in data.compared for t in between)):
            units[-1].append(g)
        else:
            units.append([g])
    return units


def _cut(toks: list[_Token], strength: list[int], marker: list[bool], start: int, stop: int,
         weak: frozenset[str]) -> tuple[int, int]:
    """Where the clause of a figure ending at token `start` ends and that of the figure starting
    at token `stop` begins: at the strongest boundary between (the last of equals; a role word
    such as "to" or "لتبلغ" is the weakest), else after the words that follow the first figure
    ("315.5 كلم من الطرقات | ب 16 ولاية"). When that boundary is a clause word and punctuation
    closes the first figure's words before it, the words between are neither's ("1.7 مليون
    سيارة، | تسريح بعض العاملين ... | وأن تنقل إليه 360 شخصا"), as are those of a clause joined right
    after the first figure ("on New Year's Eve, when it made $12.2m, | and New Year's Day, | when it
    took $18m")."""
    best = max(((strength[t] or marker[t] / 2, t) for t in range(start, stop)), default=(0, stop))
    if best[0]:
        if best[0] == 3:
            seen = False
            for t in range(start, best[1]):
                if strength[t] > 1 and (seen or t == start and toks[t].word in weak):
                    return t, best[1]
                seen = seen or toks[t].content
        return best[1], best[1]
    cut = stop
    while cut > start and not toks[cut - 1].content:
        cut -= 1
    return cut, cut


_COMMAS = ",،"


def _reach(toks: list[_Token], strength: list[int], at: int, step: int, aside: _Data | None = None,
           skipped: list[tuple[int, int]] | None = None) -> int:
    """Where a clause reaching from token `at` backwards (step -1: the index it starts at) or
    forwards (step 1: the index after its end) stops: at the nearest boundary with a content word
    in between (forwards, also one right after the figure), else at the sentence's edge. With
    `aside` (the language's data), forwards over a short aside between commas (added to `skipped`)."""
    seen = False
    if step < 0:
        for t in range(at - 1, -1, -1):
            seen = seen or toks[t].content
            if strength[t] > 1 and seen:
                return t
        return 0
    t = at
    while t < len(toks):
        if strength[t] > 1 and (seen or t == at):
            if not seen or aside is None or (end := _comma_aside(toks, strength, t, aside)) is None:
                return t        # at the next boundary (right after the figure: "في 30 مارس، ومنذ")
            if skipped is not None:     # over a short aside between commas ("six million people, mainly Jews, perished")
                skipped.append((t, end))
            t = end
        seen = seen or toks[t].content
        t += 1
    return len(toks)


def _comma_aside(toks: list[_Token], strength: list[int], t: int, data: _Data) -> int | None:
    """The token that ends a short aside set off by commas from token t on (at most three words,
    no figure and no clause word in it, not opened by a conjunction: "، وإعادة تشكل المنطقة،"
    is a second subject; a comma after it too), if one opens there."""
    if not any(c in _COMMAS for c in toks[t].gap) or _stripped(toks[t].word, data) != toks[t].word:
        return None
    for u in range(t + 1, min(t + 4, len(toks))):
        if toks[u - 1].figure is not None or strength[u - 1] > 2:
            return None
        if strength[u] > 1:
            return u if strength[u] == 2 and any(c in _COMMAS for c in toks[u].gap) else None
    return None
