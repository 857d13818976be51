"""Role claims: a title next to a person's name, checked against the offices the person held.

Names are the reference store's people. One pattern finds where the longest word of any name
occurs (a text without one, most texts, is passed over at once); only the words just before such
a place look up the store's index of first name words (never a scan of the store). Titles are
those of the store's offices and the title lexicons of `rules/<lang>/roles.yaml` (`stage: roles`),
which also give country adjectives ("الإسرائيلي", "US") and counterpart words ("نظيره": the role
of the person claimed just before).
A title claims a role for the name right after it ("وزير الدفاع الإسرائيلي يوآف غالانت") or, as an
appositive, right before it ("Austin, the US defense secretary").

Verdicts at the article's date: `supported` (an office of that role, and country when one is
written, was held then), `outdated` (held before, not at that date), `contradicted` (never held,
or only later), `unverified` (the store records no office of the person).
"""
from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_right
from dataclasses import dataclass

import regex

from .model import OfficeReference, Role, Span
from .normalize import Normalized
from .references import Office, ReferenceStore
from .rules import REGEX_TIMEOUT, rule_files
from .words import tokens, variants

_REACH = 8      # most words a title with its adjectives may have
_NEAR = 300     # characters either side of a name's anchor read to tell whether a name is there


@dataclass(frozen=True)
class _Lexicon:
    titles: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]]   # last word -> (words, roles)
    countries: dict[str, str]          # folded adjective -> ISO country code
    counterparts: frozenset[str]
    qualifiers: frozenset[str]         # a word right before a title that makes it another title
    before: regex.Pattern              # between a title and the name after it
    after: regex.Pattern               # between a name and the title after it
    inner: regex.Pattern               # between the words of a title


def _words(text: str) -> tuple[str, ...]:
    return tuple(w for _, _, w in tokens(text))


@functools.lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    titles: dict[str, list] = {}
    countries: dict[str, str] = {}
    counterparts: set[str] = set()
    syntax: dict = {}
    for _, data in rule_files(lang, "roles"):
        syntax.update(data.get("syntax") or {})
        for rule in data.get("rules") or []:
            for title in rule.get("titles") or ():
                words = _words(title)
                titles.setdefault(words[-1], []).append((words, frozenset([rule["role"]])))
            for code, adjectives in (rule.get("countries") or {}).items():
                countries.update((w, code) for a in adjectives for w in _words(a))
            counterparts.update(w for c in rule.get("counterpart") or () for w in _words(c))
    qualifiers = frozenset(w for q in syntax.get("qualifiers") or () for w in _words(q))
    return _Lexicon(titles, countries, frozenset(counterparts), qualifiers,
                    *(regex.compile(syntax.get(k, r"\s+")) for k in ("before", "after", "inner")))


@dataclass
class _Claim:
    name: tuple[int, int]              # token range [i, j) of the name
    title: tuple[int, int]             # token range of the title with its adjectives
    person: str
    roles: frozenset[str]              # empty for a counterpart until resolved
    country: str | None
    words: tuple[str, str]             # the known words that begin the name and the title


class _Reader:
    def __init__(self, lex: _Lexicon, store: ReferenceStore, text: str):
        self.lex, self.store, self.text = lex, store, text
        self.toks = tokens(text)

    def gap(self, a: int, b: int) -> str:
        """The text between token a and token b (a < b)."""
        return self.text[self.toks[a][1]:self.toks[b][0]]

    def has(self, k: int, word: str) -> bool:
        return word in variants(self.toks[k][2])

    def names(self, anchors: list[int] | None) -> list[tuple[int, int, str, str]]:
        """People named in the text as token ranges [i, j) with their ids and first name words,
        the longest name at each place. `anchors`: where the store's `name_anchors` matched in
        the text (every name has its longest word there, so only the tokens that many words
        before such a place can begin a name); None to try every token."""
        starts = range(len(self.toks))
        if anchors is not None:
            at, reach = [s for s, _, _ in self.toks], self.store.longest_name
            ends = {bisect_right(at, p) for p in anchors}      # the token holding each place, plus one
            starts = sorted({i for end in ends for i in range(max(end - reach, 0), end)})
        found, end = [], 0
        for i in starts:
            if i < end:
                continue
            best = None
            for v in variants(self.toks[i][2]):
                for alias, pid in self.store.names.get(v, ()):
                    n = len(alias.words)
                    if (pid in self.store.people and i + n <= len(self.toks)
                            and all(self.has(i + k, w) for k, (w, _) in enumerate(alias.words))
                            and all(self.gap(i + k, i + k + 1).isspace() for k in range(n - 1))
                            and (best is None or n > best[1] - i)):
                        best = (i, i + n, pid, alias.words[0][0])
            if best:
                found.append(best)
                end = best[1]
        return found

    def country(self, k: int) -> tuple[str, str] | None:
        """(country code, adjective) when token k is a country adjective."""
        return next(((self.lex.countries[v], v) for v in variants(self.toks[k][2]) if v in self.lex.countries), None)

    def title_ending(self, k: int, floor: int) -> tuple[int, frozenset[str], str] | None:
        """The longest title whose last word is token k and first is not before `floor`:
        (its first token, its roles, its first word); a counterpart word has no roles."""
        counterpart = next((v for v in variants(self.toks[k][2]) if v in self.lex.counterparts), None)
        if counterpart:
            return k, frozenset(), counterpart
        found: dict[int, tuple[frozenset[str], str]] = {}
        for v in variants(self.toks[k][2]):
            for words, roles in [*self.lex.titles.get(v, ()), *self.store.titles.get(v, ())]:
                first = k - len(words) + 1
                if (first >= floor and all(self.has(first + m, w) for m, w in enumerate(words))
                        and all(self.lex.inner.fullmatch(self.gap(m, m + 1), timeout=REGEX_TIMEOUT)
                                for m in range(first, k))):
                    found[first] = (found.get(first, (frozenset(),))[0] | roles, words[0])
        return (min(found), *found[min(found)]) if found else None

    def adjectives(self, k: int, step: int, limit: int) -> tuple[int, str | None, str]:
        """Country adjectives from token k on (step -1: backwards): the last token taken, the
        country of the first, and the adjective taken last."""
        country, taken, word = None, k - step, ""
        while 0 <= k < len(self.toks) and k != limit and (found := self.country(k)):
            if word and not self.lex.inner.fullmatch(self.gap(min(k, taken), max(k, taken)),
                                                       timeout=REGEX_TIMEOUT):
                break
            country, taken, word, k = country or found[0], k, found[1], k + step
        return taken, country, word

    def before(self, i: int, j: int, pid: str, word: str, floor: int) -> _Claim | None:
        """A title right before the name at [i, j)."""
        if i == floor or not self.lex.before.fullmatch(self.gap(i - 1, i), timeout=REGEX_TIMEOUT):
            return None
        last, country, _ = self.adjectives(i - 1, -1, floor - 1)
        k = last - 1 if country else i - 1
        found = self.title_ending(k, max(floor, i - _REACH)) if k >= floor else None
        if found is None:
            return None
        first, front, adjective = self.adjectives(found[0] - 1, -1, floor - 1)
        start = first if front else found[0]
        if start > floor and variants(self.toks[start - 1][2]) & self.lex.qualifiers:
            return None         # "former Defense Minister", "نائب الرئيس": another title
        return _Claim((i, j), (start, i), pid, found[1], country or front, (word, adjective or found[2]))

    def after(self, i: int, j: int, pid: str, word: str, ceiling: int) -> _Claim | None:
        """An appositive title right after the name at [i, j)."""
        if j >= ceiling or not self.lex.after.fullmatch(self.gap(j - 1, j), timeout=REGEX_TIMEOUT):
            return None
        last, front, _ = self.adjectives(j, 1, ceiling)
        start = last + 1 if front else j
        for k in range(min(ceiling, start + _REACH) - 1, start - 1, -1):
            found = self.title_ending(k, start)
            if found and found[0] == start:
                end, country, _ = self.adjectives(k + 1, 1, ceiling)
                first_word = self.country(j)[1] if front else found[2]
                return _Claim((i, j), (j, end + 1), pid, found[1], front or country, (word, first_word))
        return None


def _check(claim: _Claim, offices: tuple[Office, ...], date: dt.date) -> tuple[str, str, Office | None]:
    if not offices:
        return "unverified", "the reference store records no office of this person", None
    fits = [o for o in offices if claim.roles & o.keys and claim.country in (None, o.country)]
    what = "this office" + (f" of {claim.country}" if claim.country else "")
    if not fits:
        held = "; ".join(f"{o.title} ({o.country or '-'}) {_term(o)}" for o in offices)
        return "contradicted", f"never held {what}; held: {held}", None
    now = next((o for o in fits if o.holds(date)), None)
    if now:
        return "supported", f"{now.title} {_term(now)}", now
    past = [o for o in fits if o.end is not None and o.end < date]
    if past:
        office = max(past, key=lambda o: o.end)
        return "outdated", f"{office.title} {_term(office)}: no longer at {date}", office
    office = min(fits, key=lambda o: o.start)
    return "contradicted", f"{office.title} {_term(office)}: not yet at {date}", office


def _term(office: Office) -> str:
    return f"from {office.start} to {office.end or 'now'}"


def find_roles(text: str, norm: Normalized, lang: str, store: ReferenceStore, date: dt.date) -> list[Role]:
    """The role claims of a text (`norm` is its normalisation), checked at `date`."""
    # exact prefilter: each word of a name is part of a word of the text (a stem is part of its word)
    folded = norm.text.casefold()
    anchors = [m.start() for m in store.name_anchors.finditer(folded)]
    if not anchors:
        return []
    lex, placed = _lexicon(lang), len(folded) == len(norm.text)    # (else the anchors' places are not the text's)
    if placed and not _names_near(lex, store, norm.text, anchors):
        return []
    reader = _Reader(lex, store, norm.text)
    names = reader.names(anchors if placed else None)
    claims: list[_Claim | None] = []
    for n, (i, j, pid, word) in enumerate(names):
        floor = names[n - 1][1] if n else 0
        claims.append(reader.before(i, j, pid, word, floor))
    for n, (i, j, pid, word) in enumerate(names):  # appositives, where the next name has not taken the title
        if claims[n] is None:
            ceiling = names[n + 1][0] if n + 1 < len(names) else len(reader.toks)
            if n + 1 < len(names) and claims[n + 1] is not None:
                ceiling = min(ceiling, claims[n + 1].title[0])
            claims[n] = reader.after(i, j, pid, word, ceiling)
    out, previous = [], None
    for claim in filter(None, claims):
        if not claim.roles:             # a counterpart holds the role of the person just claimed
            if previous is None:
                continue
            claim.roles = previous.roles
        previous = claim
        out.append(_role(claim, reader, norm, text, store, date))
    return out


def _names_near(lex: _Lexicon, store: ReferenceStore, text: str, anchors: list[int]) -> bool:
    """Whether a person of the store may be named at one of the `anchors` (in text order), read
    in windows of the text around them, cut at spaces (a window has the text's tokens: no token
    holds a space), one window for anchors whose windows meet; True too when a window holds
    fewer tokens on a side than a name may have words. Most texts with an anchor name nobody:
    they are not read whole."""
    def edge(p: int) -> int:
        at = text.find(" ", p + _NEAR)
        return len(text) if at < 0 else at

    reach, k = store.longest_name, 0
    while k < len(anchors):
        lo, hi, group = text.rfind(" ", 0, max(anchors[k] - _NEAR, 0)) + 1, edge(anchors[k]), [anchors[k]]
        k += 1
        while k < len(anchors) and anchors[k] < hi:
            hi, k = edge(anchors[k]), k + 1
            group.append(anchors[k - 1])
        reader = _Reader(lex, store, text[lo:hi])
        starts = [s for s, _, _ in reader.toks]
        first, last = bisect_right(starts, group[0] - lo), bisect_right(starts, group[-1] - lo)
        if lo and first < reach or hi < len(text) and len(starts) - last < reach \
                or reader.names([p - lo for p in group]):
            return True
    return False


def _role(claim: _Claim, reader: _Reader, norm: Normalized, text: str, store: ReferenceStore,
          date: dt.date) -> Role:
    person = _span(reader, norm, text, *claim.name, claim.words[0])
    title = _span(reader, norm, text, *claim.title, claim.words[1])
    start, end = min(person.start, title.start), max(person.end, title.end)
    status, why, office = _check(claim, store.people[claim.person].offices, date)
    ref = (OfficeReference(claim.person, office.title, office.country, office.start, office.end, office.source)
           if office else None)
    return Role(text[start:end], start, end, person, title, claim.person, status,
                f"{store.people[claim.person].name}: {why}", ref)


def _span(reader: _Reader, norm: Normalized, text: str, a: int, b: int, known: str) -> Span:
    """Tokens [a, b) as a span of the original text, without the clitics before the first word
    (the part of it before `known`, the dictionary word it was matched as)."""
    start, word = reader.toks[a][0], reader.toks[a][2]
    clitic = max(word.find(known), 0)
    o_start, o_end = norm.span(start + clitic, reader.toks[b - 1][1])
    return Span(text[o_start:o_end], o_start, o_end)
