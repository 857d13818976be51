"""Verification: each figure is matched with a record of the reference store and compared.

Matching reads the figure's claim frame (factcheck/frames.py): the words of its own clause, the
rest of its sentence, other figures' clauses, its paragraph, the title and the lead. A record's
name or alias scores the share of its words found there, each word weighted by how much it says
(generic words such as "number" little) and by the scope it is found at (its own clause most,
the topic least); a word the figure's kind or unit stands for ("عمر" for an age, "length" for
km) counts as found. A record is a candidate only when one of its distinctive words is in the
figure's own clause (no match on context alone), its kind and unit fit, and its role fits (a
change "by 20%" is checked against changes only). The figures of one sentence are assigned
facts together, each fact to at most one figure; figures joined by "and" take facts named in the
same order ("steel and aluminium ... 50% and 20%").

A verdict that raises an alarm (contradicted, outdated) needs strong evidence: a score of at
least `strong`, no competing record close behind, no other year named in the clause than the
record's. Weaker evidence gives `unverified` with the closest fact shown and why it was not
taken. Comparison: numbers become an accepted interval (written precision, hedges); years,
dates and durations are checked against an event's date and the article's date; series give the
value in force at the date the clause names, else at the article's date. Every setting is data:
`rules/common/compare.yaml`.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex
from rapidfuzz import fuzz, process

from .figures import lexicon_value
from .frames import (OTHERS, OWN, PARAGRAPH, SCOPES, SENTENCE, TOPIC, Frame, Frames, began_words, gap_words, month_words,
                     record_kinds)
from .model import Figure, Reference, Verdict
from .normalize import normalize
from .references import Entry, Name, Record, ReferenceStore, first_day
from .rules import settings
from .words import CONCEPT, TERM, Term, folded, is_change, is_limit, keys, lexicon, root, tokens, weight

_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?")
Interval = tuple[float, float]
_BOUNDS = ("more_than", "at_least", "less_than", "at_most")


# ---------------------------------------------------------------- matching

@dataclass(slots=True)
class Candidate:
    record: Record
    name: Name                  # its best-scoring name or alias
    score: float                # 0-100: the weighted share of the name's words found
    head: bool                  # one of its distinctive words is in the figure's own clause
    found: list[tuple[str, int]] = field(default_factory=list)   # (word, scope) found
    missing: list[str] = field(default_factory=list)
    other_year: bool = False    # the clause names a year and the name another
    rooted: float = 0.0         # the part of the score from words found only by their root (no alarm rests on it)


def _implied(term: Term, figure: Figure, lang: str, dated: bool) -> bool:
    """The figure's kind, unit or qualifier stands for the word ("عمر" for an age, "length" for
    km, "maximum" for "at most"), or a year named in its clause does (`dated`: "in 2004" is that
    year's total, an "annual" one)."""
    return not term.keys.isdisjoint(_implied_keys(figure.kind, figure.unit, figure.qualifier, lang, dated))


def _measured(term: Term, figure: Figure, lang: str) -> bool:
    """The word names what the figure's unit measures ("weight" of tonnes, "length" of km)."""
    return figure.unit is not None and not term.keys.isdisjoint(_implied_keys("", figure.unit, None, lang, False))


@functools.lru_cache(maxsize=1024)
def _implied_keys(kind: str, unit: str | None, qualifier: str | None, lang: str, dated: bool) -> frozenset[str]:
    """The concept keys a figure's kind, unit, qualifier (and a year next to it) stand for."""
    return frozenset(c.id for c in lexicon(lang).concepts.values()
                     if kind in c.kinds or (unit and unit in c.units) or (qualifier and qualifier in c.qualifiers)
                     or (dated and c.dated))


def _distinctive(term: Term, store: ReferenceStore, lang: str, kinds: tuple[str, ...]) -> bool:
    """A word that tells apart the records a figure of `kinds` may be checked against: a word of a
    (non-generic) concept, or one that few of those records have (not the story's place or
    company, which most have; "granted" tells the one duration of a store of patent counts)."""
    if term.weight < 1:
        return False
    found = store.distinct.get((kinds, term.keys))
    if found is None:
        if any(k in lexicon(lang).concepts for k in term.keys):
            found = True
        else:
            spread = max(store.spread(k, kinds) for k in term.keys)     # "تركيا" and "التركية" are one word here
            found = spread < settings()["compare.match"]["distinctive_spread"] or spread * store.size(kinds) <= 1
        store.distinct[kinds, term.keys] = found
    return found


def _score(name: Name, figure: Figure, frame: Frame, store: ReferenceStore, cfg: dict,
           kinds: tuple[str, ...], inside: frozenset[str] = frozenset(),
           shared: frozenset[int] = frozenset(), ranked: frozenset[str] = frozenset()) -> Candidate:
    weights = cfg["scope_weights"]
    total = got = 0.0
    head, other_year = False, False
    aside = own_main = False
    found, missing = [], []
    near = None
    roots: dict[str, tuple[str, int]] | None = None
    rooted = 0.0
    for term in name.terms:
        if term.word in ranked:
            continue        # "ثاني أكبر مدينة": the rank a name says is the value, not a word to find
        total += term.weight
        if term.year is not None:
            if term.year in frame.years or term.year in frame.relative:
                got += term.weight
                found.append((term.word, OWN))
            elif term.year in shared:
                got += term.weight * weights[SCOPES[SENTENCE]]
                found.append((term.word, SENTENCE))
            elif term.year == frame.current and not frame.years and not frame.relative and not shared:
                # the article's year, when the text names none: "the 2015 Games" in July 2015
                got += term.weight * weights[SCOPES[PARAGRAPH]]
                found.append((term.word, PARAGRAPH))
            else:
                other_year = other_year or bool(frame.years or frame.relative)
                missing.append(term.word)
            continue
        if _implied(term, figure, frame.lang, bool(frame.years)):
            scope = OWN     # (the figure says it: no head, unless the clause says what its unit
            # measures too: "وتزن 7 أطنان"; not an age: "قال شقيقه إن عمر والده 45 سنة" is another's)
            head = head or (frame.scope(term.keys) == OWN and _measured(term, figure, frame.lang)
                            and _distinctive(term, store, frame.lang, kinds))
        else:       # an event named by its date is in the figure itself: "pre-11 September 2001 levels"
            scope = OWN if not inside.isdisjoint(term.keys) else frame.scope(term.keys - term.broad if term.broad
                                                                             else term.keys)
            # weak evidence, like a near spelling (half, and never a head): the text names only what
            # it is a kind of ("the Turkish currency" for "lira"), or says a word of a proper name
            # near the figure as a common noun only ("share capital" for "Newbridge Capital")
            weak = scope is not None and scope <= SENTENCE and term.proper >= 0 and term.word in frame.common
            if scope is None and term.broad and (scope := frame.scope(term.broad)) is not None:
                weak = True
            if weak:
                got += term.weight * weights[SCOPES[scope]] / 2
                found.append((term.word, scope))
                continue
            head = head or (scope == OWN and _distinctive(term, store, frame.lang, kinds))
            aside = aside or (scope == SENTENCE and _distinctive(term, store, frame.lang, kinds))
            own_main = own_main or (scope == OWN and term.weight >= 1)
        if scope is not None and scope > SENTENCE and (r := root(term.word, frame.lang)) is not None:
            roots = roots if roots is not None else _roots(frame)
            if r in roots and roots[r][1] == OWN:     # said far off, and in the figure's own clause in another
                got += term.weight * max(weights[SCOPES[scope]], weights[SCOPES[OWN]] / 2)    # form: there
                found.append((roots[r][0], OWN))        # ("الإفراج" in the title, "أفرج في ديسمبر 2014 عن")
                continue
        if scope is None and not term.word[0].isdigit() and len(term.word) >= cfg["near_min_length"]:
            near = near or {w: sc for w, sc in reversed(frame.words)}
            hit = process.extractOne(term.word, list(near), scorer=fuzz.ratio, score_cutoff=cfg["word_similarity"])
            if hit:     # a near spelling is weak evidence: it counts half (unless a mere variant
                scope = near[hit[0]]    # spelling, "الألومنيوم") and is never a head, nor said for
                # what tells the fact from others ("الصيفية" is not "الصينية")
                got += term.weight * weights[SCOPES[scope]] * hit[1] / (100 if hit[1] >= cfg["near_full"] else 200)
                found.append((hit[0], scope))
                if hit[1] < cfg["near_full"] and not _affixed(term.word, hit[0]):
                    missing.append(term.word)
                continue
        if scope is None and (r := root(term.word, frame.lang)) is not None:
            roots = roots if roots is not None else _roots(frame)
            if r in roots:      # another form of the word ("المضبوطة" and "ضبطت"): weak evidence, as a near spelling
                said, scope = roots[r]
                got += term.weight * weights[SCOPES[scope]] / 2
                rooted += term.weight * weights[SCOPES[scope]] / 2
                found.append((said, scope))
                continue
        if scope is None:
            missing.append(term.word)
        else:
            got += term.weight * weights[SCOPES[scope]]
            found.append((term.word, scope))
    # (a name said in the sentence outside the figure's own clause, whose words say only what is
    # measured: "Sumitomo, Japan's third-largest bank", "ruritel" said, "rank" and "banks" its own)
    head = head or (aside and own_main)
    return Candidate(None, name, 100 * got / total if total else 0.0, head, found, missing, other_year,
                     100 * rooted / total if total else 0.0)


def _affixed(a: str, b: str) -> bool:
    """Whether two words differ by what is added at one end (an ending, a clitic: "seasonal" and
    "seasonally", "الصيفية" and "والصيفية"), not by a letter inside ("الصيفية" and "الصينية")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short[:-1]) or long.endswith(short[1:])


def _roots(frame: Frame) -> dict[str, tuple[str, int]]:
    """The roots of the words of a figure's sentence, each with its word and its scope nearest the figure."""
    out: dict[str, tuple[str, int]] = {}
    for w, scope in frame.words:
        if (r := root(w, frame.lang)) is not None and (r not in out or scope < out[r][1]):
            out[r] = (w, scope)
    return out


def _counted(figure: Figure, lang: str) -> frozenset[str]:
    """The match keys of the figure's counted noun."""
    return frozenset(k for _, _, w in tokens(figure.subject or "") for k in keys(w, lang))


def _population(figure: Figure, frame: Frame, record: Record) -> tuple[bool, frozenset[str]]:
    """(the counted noun is one of the record's population nouns, the keys of the counted noun
    when it is some other distinctive noun): the first is evidence; the second rules the record
    out unless a name of the record has it (see `_counts_other`)."""
    if not record.population or not (found := _counted(figure, frame.lang)):
        return False, frozenset()
    if any(not found.isdisjoint(t.keys) for t in record.population):
        return True, frozenset()
    words = [w for _, _, w in tokens(figure.subject)]
    generic = all(weight(w, frame.lang) < 1 for w in words)   # "people", "آخرين": any record's
    # a broken plural of a population noun ("عناصر" of "عنصر"): not ruled out, though no evidence either
    rooted = {r for w in words if (r := root(w, frame.lang))}
    plural = bool(rooted) and any(root(t.word, frame.lang) in rooted for t in record.population)
    return False, frozenset() if generic or plural else found


def _counts_other(figure: Figure, frame: Frame, record: Record) -> str | None:
    """The figure's counted noun, when the record says what it counts (its population nouns) and
    the noun is none of them, nor what any of its names counts first, only a word further on
    ("ثلاثة تفجيرات" against "جرحى تفجيرات داماتورو": the fact counts the injured of the
    bombings, not the bombings)."""
    if not (found := _population(figure, frame, record)[1]):
        return None
    # (the names in the figure's language: another's head may come last, "voting centres")
    names = [n for n in record.aliases if n.lang == frame.lang] or record.aliases
    heads = (next((t for t in n.terms if t.weight >= 1 and t.year is None), None) for n in names)
    return None if any(h is not None and not found.isdisjoint(h.keys) for h in heads) else figure.subject


def _counted_by_other(frame: Frame, record: Record, store: ReferenceStore, kinds: tuple[str, ...]) -> str | None:
    """The word of the figure's own clause nearest it, when another record that shares other words
    with the article counts it (one of its population nouns) and no name of `record` has it ("The
    biopic of Howard Hughes led the nominations with 11" against the Oscars it won: the nominations
    are another fact's); else None. A figure with no counted noun of its own may count that."""
    word = frame.near[0] if frame.near else None
    if word is None or weight(word, frame.lang) < 1 or not (found := keys(word, frame.lang)).isdisjoint(_vocabulary(record)):
        return None
    article = frozenset().union(*frame.scopes)
    for rid in {i for kind in kinds for k in found for i in store.index.get((kind, k), ())} - {record.id}:
        other = store.records[rid]
        if any(not found.isdisjoint(t.keys) for t in other.population) and \
                not (_vocabulary(other) - found).isdisjoint(article):
            return word
    return None


def _change_of_other(frame: Frame, record: Record, store: ReferenceStore) -> str | None:
    """The words of a change's own clause that name another record's quantity, a level (count,
    amount, measure), and that no name of the record of change has ("The total number of Europeans
    online rose by 12%" against the growth of broadband users, with "Europeans online" a fact of
    its own): at least two of that record's words, one of them not the record's; else None."""
    if frame.role != "change" or not record.change:
        return None
    own = [(w, keys(w, frame.lang)) for w, scope in frame.words if scope == OWN and weight(w, frame.lang) >= 1]
    mine = _vocabulary(record)
    hits: Counter[str] = Counter()      # (records with two of the words only are read: a large store stays cheap)
    for _, ks in own:
        hits.update({i for kind in ("count", "money", "measure") for k in ks for i in store.index.get((kind, k), ())})
    for rid in sorted(i for i, n in hits.items() if n >= 2 and i != record.id):
        theirs = _vocabulary(store.records[rid])
        named = [w for w, ks in own if not ks.isdisjoint(theirs)]
        if len(named) >= 2 and any(keys(w, frame.lang).isdisjoint(mine) for w in named):
            return " ".join(named)
    return None


def _same_unit(figure: Figure, record: Record) -> bool:
    """The figure's unit is the record's, or one it may stand for ("dinar" for TND, "tonne" for t,
    "cents" for USD)."""
    cfg = settings()["compare.match"]
    return not (figure.unit and record.unit and figure.unit != record.unit
                and record.unit not in cfg["units"].get(figure.unit, ())
                and record.unit not in cfg["subunits"].get(figure.unit, ())
                and record.unit not in cfg["hundredths"].get(figure.unit, ()))


def _in_unit(figure: Figure, record: Record) -> Figure:
    """A figure in a currency's hundredths ("8.5 cents") as an amount of the record's currency
    (0.085 USD), and an amount of a currency (3 GBP) as one of a record in its hundredths (300
    GBX); any other figure as it is."""
    cfg = settings()["compare.match"]
    if record.unit in cfg["subunits"].get(figure.unit, ()):
        factor = 0.01
    elif record.unit in cfg["hundredths"].get(figure.unit, ()):
        factor = 100
    else:
        return figure
    value = figure.value
    scaled = [round(v * factor, 6) for v in value] if isinstance(value, list) else round(value * factor, 6)
    return replace(figure, value=scaled, unit=record.unit)


def _fits(figure: Figure, frame: Frame, record: Record) -> bool:
    """Kind, unit and role allow comparing the figure with the record."""
    if record.kind == "event":
        if isinstance(figure.value, str) and figure.value.endswith("H"):
            return False    # a Hijri date is not compared with an event's (it leaves it to its Gregorian twin)
        if figure.kind == "duration":
            return frame.since and figure.unit in settings()["compare.duration"]["units"]
        return True
    if not _same_unit(figure, record):
        return False
    if frame.role == "change" and not record.change:
        return False
    if record.type == "series" and record.kind == "count" and frame.day and not frame.cumulative:
        return False        # one day's count is not a running total
    return not (frame.role == "level" and record.change and not _rate_named(frame, record))


def _rate_named(frame: Frame, record: Record) -> bool:
    """Whether a level's own clause names the change a record measures as its name writes it, a
    rate that has a level of its own ("pushed annual growth to 2.3%": the growth is 2.3%); never
    enough for an alarm (see `_doubts`): "a rise in unemployment to 10%" is unemployment's level."""
    said = {w for w, scope in frame.words if scope == OWN}
    return any(t.word in said and is_change(t.word, frame.lang, name=True) for n in record.aliases for t in n.terms)


def _possible(figure: Figure, frames: Frames, i: int, store: ReferenceStore, cfg: dict) -> list[Record]:
    """The records that could match the figure, judged from the words of its sentence, its
    paragraph and the lead without building its frame (an upper bound of the score by the words'
    keys: every word of the sentence as if in the figure's own clause; a word found only by its
    root, half weight in `_score`, is not counted here). Most sentences share no telling word with
    the store and are done here; figures of a sentence that are alike are judged once."""
    kinds = tuple(record_kinds(figure, frames.doc.lang))
    telling = store.telling_words
    if not any(kind in telling for kind in kinds):
        return []           # no record of its kinds: its words need not be read
    dated = frames.dated(i)
    key = (frames.window(i), kinds, figure.unit, figure.qualifier, figure.subject, dated)
    if key not in frames.memo:
        frames.memo[key] = _judged(figure, frames, i, kinds, dated, store, cfg)
    return frames.memo[key]


def _judged(figure: Figure, frames: Frames, i: int, kinds: tuple[str, ...], dated: bool,
            store: ReferenceStore, cfg: dict) -> list[Record]:
    telling = store.telling_words
    lang = frames.doc.lang
    words = frames.words(i)
    words = words | _implied_keys(figure.kind, figure.unit, figure.qualifier, lang, dated)
    counted = _counted(figure, lang)
    context = None
    if not any(words & telling.get(kind, frozenset()) for kind in kinds):
        # (a figure that counts what records count, in a paragraph of one sentence that tells none
        # of them: "وتبنى 230 نائبا": the paragraph before, which it goes on from, may)
        if not counted or not frames.goes_on(i) or not _counted_by_records(counted, kinds, store):
            return []
        context = frames.context(i)
        if not any(context & telling.get(kind, frozenset()) for kind in kinds):
            return []
    best = max(cfg["scope_weights"][scope] for scope in ("paragraph", "topic"))
    found = []
    # (a telling word opens the sentence to the store; the records are then found by all its words:
    # "خمسة أشخاص قتلوا ... وأصيب 16" is the toll's, though "killed" is in half the records)
    for record, _ in store.candidates(kinds, words, cfg["max_candidates"], cfg["max_postings"]):
        if not _same_unit(figure, record):
            continue
        counts = any(not counted.isdisjoint(t.keys) for t in record.population)
        for name in [n for n in record.aliases if n.lang == lang] or record.aliases:
            head, total, got, far, said = counts, 0.0, 0.0, [], False
            for t in name.terms:
                total += t.weight
                if not t.keys.isdisjoint(words):
                    got += t.weight
                    head = head or _distinctive(t, store, lang, kinds)
                    said = said or t.weight >= 1
                elif t.year is not None or _implied(t, figure, lang, True):
                    got += t.weight
                else:
                    far.append(t)
            if not total or not head and (far or not said):
                continue        # no word of the name that could be a head, nor the whole name said
                # (“Druyun sentence”, though another record names her too: “Sears sentence in the Druyun case”)
            if far and 100 * got / total + cfg["subject_bonus"] < cfg["min_score"]:
                context = frames.context(i) if context is None else context
                got += sum(t.weight * best for t in far if not t.keys.isdisjoint(context))
            if 100 * got / total + cfg["subject_bonus"] >= cfg["min_score"]:
                found.append(record)
                break
    return found


def _counted_by_records(counted: frozenset[str], kinds: tuple[str, ...], store: ReferenceStore) -> bool:
    """Whether a record of `kinds` counts the noun whose keys are `counted` (one of its population
    nouns)."""
    return any(any(not counted.isdisjoint(t.keys) for t in store.records[rid].population)
               for kind in kinds for k in counted for rid in store.index.get((kind, k), ()))


def candidates(figure: Figure, frame: Frame, store: ReferenceStore, records: list[Record],
               shared: frozenset[int] = frozenset(), frames: Frames | None = None) -> list[Candidate]:
    """The records (those `_possible` found) that fit the figure, scored against its frame, best
    first (by score, then by words found). `shared`: the years of the sentence's other figures of
    the figure's kind when its own clause names none (a name's year found there counts as said in
    the sentence)."""
    cfg = settings()["compare.match"]
    numeral = _numeral(figure)
    kinds = tuple(record_kinds(figure, frame.lang))
    out = []
    for record in records:
        if not _fits(figure, frame, record):
            continue
        ranked = _ranked(record, frame.lang)
        if numeral and record.kind != "event" and numeral not in ranked and any(
                t.word == numeral for n in record.aliases for t in n.terms):
            continue        # "the seven amanat", "G7": the figure is part of the name, not its value
        counted, other = _population(figure, frame, record)
        if other and not any(not other.isdisjoint(t.keys) for n in record.aliases for t in n.terms):
            continue        # it counts a noun the record's names never say
        best = None
        for name in [n for n in record.aliases if n.lang == frame.lang] or record.aliases:
            inside = frame.inside if record.kind == "event" and all(     # "11" of "September 11 attacks" too
                t.word in frame.inside for t in name.terms if t.word[0].isdigit() and t.year is None) else frozenset()
            c = _score(name, figure, frame, store, cfg, kinds, inside, shared, ranked)
            if c.missing and frames is not None:
                _named_in_full(c, frames, cfg, frame.common, frame.words)
            if best is None or (c.score, len(c.found)) > (best.score, len(best.found)):
                best = c
        best.record = record
        if counted:
            best.head = True
            best.score = min(100.0, best.score + cfg["subject_bonus"])
        best.head = best.head or any(t.weight >= 1 and not frame.scopes[OWN].isdisjoint(t.keys)
                                     for t in record.population)
        out.append(best)
    _jointly_told(out, records, figure, frame)
    _contrast(out, frame, cfg)
    _specific(out)
    if figure.kind == "ordinal" and any(_ranks_other(frame, c.record) is None for c in out):
        for c in out:       # an ordinal ranks the noun next to it: the records that rank it first
            if _ranks_other(frame, c.record) is not None:
                c.score = max(0.0, c.score - cfg["contrast"] * 3)
    return sorted(out, key=lambda c: (-c.score, -len(c.found), c.name.text))


def _specific(found: list[Candidate]) -> None:
    """A candidate whose name says all that a better scored one's says and more, every word of it
    in the text and those more in the figure's sentence, fits the figure at least as well: it is
    scored as high ("Adjusted for seasonal changes, the unemployment rate is 11.7%": the
    “seasonally adjusted German unemployment rate”, not the “German unemployment rate”, though
    its longer name has words outside the figure's own clause)."""
    for b in found:
        if b.missing:
            continue
        said = dict(b.found)
        for a in found:
            words = {w for w, _ in a.found}
            if a.score > b.score and words and words < said.keys() and \
                    all(said[w] <= SENTENCE for w in said.keys() - words):
                b.score, b.head = a.score, b.head or a.head


def _jointly_told(found: list[Candidate], records: list[Record], figure: Figure, frame: Frame) -> None:
    """Give a candidate with no distinctive word in the figure's own clause its head when the
    words of its name said there (two or more, one written there, not only implied by the
    figure) are all in no other record the figure may be checked against: together they tell it
    apart ("بريم (30 عاما)": the hostage's age, though other facts name her and another's age
    has "سن")."""
    vocabularies: dict[str, frozenset[str]] = {}

    def vocabulary(r: Record) -> frozenset[str]:     # (read once, for the records asked about)
        if r.id not in vocabularies:
            vocabularies[r.id] = _vocabulary(r)
        return vocabularies[r.id]

    for c in found:
        if c.head:
            continue
        said = [t for t in c.name.terms if t.weight >= 1 and (t.word, OWN) in c.found]
        if len(said) < 2 or all(_implied(t, figure, frame.lang, bool(frame.years)) for t in said):
            continue
        if not any(r.id != c.record.id and all(
                not t.keys.isdisjoint(vocabulary(r)) for t in said) for r in records):
            c.head = True


def _ranked(record: Record, lang: str) -> frozenset[str]:
    """The words of a rank's names in the text's language that say its value ("ثاني" of "ثاني أكبر
    مدينة" when the rank is 2; not "first" of "among Apple's first employees" when it is 31)."""
    if record.kind != "ordinal":
        return frozenset()
    values = {float(e.value) for e in record.entries if isinstance(e.value, (int, float))}
    return frozenset(t.word for n in record.aliases if (n.lang or lang) == lang for t in n.terms
                     if t.year is None and (v := lexicon_value(t.word, lang, "ordinal")) is not None and float(v) in values)


def _named_in_full(c: Candidate, frames: Frames, cfg: dict, common: frozenset[str] = frozenset(),
                   own: tuple[tuple[str, int], ...] = ()) -> None:
    """A proper name in a fact's name (two or more capitalised words: "the Australian National
    Iodine Nutrition Study", "Delta Air Lines") that the article names: said in full somewhere,
    with most of its words near the figure or in the topic ("a survey of 1709 schoolchildren" in a
    paragraph about "the iodine study", an "Australian" title), its words count at least at the
    topic's weight; else by one of its words ("Diaghilev" for "Sergei Diaghilev", "Delta" for
    "Delta Air Lines"; a word of four letters or more that names no concept and that the article
    writes as a proper noun, not "the national dental survey"), its other words count where that
    one is found; not by a word said near the figure as a common noun (`common`: "share capital"
    is no "Newbridge Capital"), nor by one written after another proper word of the figure's own
    clause (`own`: its words by scope) that the name lacks ("the Labour Party" is no "Conservative
    Party")."""
    terms = c.name.terms
    total = sum(t.weight for t in terms)
    if not total:
        return
    named = {t.word for t in terms}
    others = [w for w, sc in own if sc == OWN and w not in common and w not in named]    # ("Labour" of "the Labour Party")
    runs: dict[int, list[int]] = {}
    for k, t in enumerate(terms):
        if t.proper >= 0 and t.year is None:
            runs.setdefault(t.proper, []).append(k)
    weights = cfg["scope_weights"]
    for ks in runs.values():
        words = tuple(terms[k].word for k in ks)
        if len(ks) < 2 or not any(w in c.missing for w in words):
            continue
        scope = {w: sc for w, sc in c.found}
        if 2 * sum(w in scope for w in words) > len(ks) and frames.says(words):
            for k in ks:
                had = weights[SCOPES[scope[terms[k].word]]] if terms[k].word in scope else 0.0
                if had < weights["topic"]:
                    _credit(c, terms[k], TOPIC, (weights["topic"] - had) / total)
            continue
        short = [scope[terms[k].word] for k in ks if terms[k].word in scope and len(terms[k].word) >= 4
                 and terms[k].weight >= 1 and not any(key[0] == CONCEPT for key in terms[k].keys)
                 and frames.names(terms[k].word) and not (scope[terms[k].word] <= SENTENCE and terms[k].word in common)
                 and not any(frames.says((w, terms[k].word)) for w in others)]
        if short:
            where = min(short)
            for k in ks:
                if terms[k].word in c.missing:
                    _credit(c, terms[k], where, weights[SCOPES[where]] / total)
    # "الفندق" in the figure's sentence is "فندق الجزيرة" when the article names it so: a word of
    # the name next to one said near the figure, the two written in a row in the article, counts
    # as the topic's ("حركة الشباب" for "الحركة", "the Jazeera hotel" for "the hotel")
    scope = dict(c.found)
    for a, b in zip(terms, terms[1:]):
        for near, far in ((a, b), (b, a)):
            if far.word in c.missing and far.year is None and far.weight >= 1 and \
                    scope.get(near.word, TOPIC) <= SENTENCE and not (near.proper >= 0 and near.word in common) \
                    and frames.says((a.word, b.word)):
                _credit(c, far, TOPIC, weights["topic"] / total)


def _credit(c: Candidate, term: Term, scope: int, share: float) -> None:
    """Count a word of c's name as found at `scope`, adding `share` of its weight to the score."""
    c.score += 100 * term.weight * share
    if term.word in c.missing:
        c.missing.remove(term.word)
    c.found = [(w, sc) for w, sc in c.found if w != term.word] + [(term.word, scope)]


def _numeral(figure: Figure) -> str | None:
    """The figure's number when it is one word ("السبع", "seven"): a name with that word has the
    figure in it ("الأمانات السبع"), not as its value. (Digits in a name are left alone: "50" in
    "a 50mg limit" is no count of 50.)"""
    words = [folded(m.group()) for m in TERM.finditer(normalize(figure.text).text)]
    return words[0] if len(words) == 1 and not words[0][0].isdigit() else None


def _contrast(found: list[Candidate], frame: Frame, cfg: dict) -> None:
    """A word of the figure's own clause that some candidates' names have counts against those
    that have not ("Allsop" in the clause: the estimate named after him, not the other one)."""
    if len(found) < 2:
        return
    vocabulary = [_vocabulary(c.record) for c in found]
    unexplained = [0] * len(found)
    for word, scope in frame.words:
        if scope != OWN or weight(word, frame.lang) < 1:
            continue
        ks = keys(word, frame.lang)
        has = [not ks.isdisjoint(v) for v in vocabulary]
        if any(has):
            for i, h in enumerate(has):
                unexplained[i] += not h
    for c, n in zip(found, unexplained):
        c.score = max(0.0, c.score - cfg["contrast"] * min(n, 3))

# ---------------------------------------------------------------- comparing

def _written(figure: Figure) -> str:
    """The figure's number as written, without group separators ("1.4 مليون": "1.4"; "ten": "10")."""
    m = _NUMBER.search(normalize(figure.text).text)
    value = float(figure.value)
    return m.group().replace(",", "") if m else str(int(value) if value.is_integer() else value)


def _half_unit(figure: Figure) -> float:
    """Half a unit of the figure's last written digit, in the figure's value ("1.4 مليون" -> 50000)."""
    value = float(figure.value)
    written = _written(figure)
    number = float(written)
    if "." in written:
        unit = 10.0 ** -len(written.split(".")[1])
    else:
        digits = written.lstrip("-")
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return unit * abs(value / number if number else 1.0) / 2


def _significant(figure: Figure) -> int:
    """The significant digits of the figure's number as written ("250,000": 2, "ten": 1, "1.55bn": 3)."""
    written = _written(figure)
    digits = written.replace(".", "").lstrip("-0")
    return len(digits if "." in written else digits.rstrip("0"))


def accepted(figure: Figure) -> Interval:
    """The interval of values the figure is true for: precision, hedges, vague bounds."""
    widen = settings()["compare.approx"]["widen"] if figure.qualifier == "approx" else 0.0
    if isinstance(figure.value, list):
        low, high = map(float, figure.value)
        return low - widen * abs(low), high + widen * abs(high)
    value = float(figure.value)
    bounds = {"more_than": (math.nextafter(value, math.inf), math.inf), "at_least": (value, math.inf),
              "less_than": (-math.inf, math.nextafter(value, -math.inf)), "at_most": (-math.inf, value)}
    if figure.qualifier in bounds:
        return bounds[figure.qualifier]
    tolerance = min(_half_unit(figure), settings()["compare.precision"]["cap"] * abs(value))
    return value - tolerance - widen * abs(value), value + tolerance + widen * abs(value)


def _meets(interval: Interval, low: float, high: float) -> bool:
    return interval[0] <= high and low <= interval[1]


def _parts(iso: str) -> dict[str, int]:
    """{"y", "m", "d"} present in "2023-10-07", "2023-10", "--10-07", "--10", "---07" or "2007"."""
    if iso.startswith("---"):
        return {"d": int(iso[3:])}
    if iso.startswith("--"):
        return dict(zip("md", map(int, iso[2:].split("-"))))
    return dict(zip("ymd", map(int, iso.split("-"))))


def _event_span(date: str) -> tuple[dt.date, dt.date]:
    """First and last day a partial event date can mean."""
    first = first_day(date)
    n = date.count("-")
    if n == 2:
        return first, first
    if n == 1:
        after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    return first, dt.date(first.year, 12, 31)


def elapsed(event: str, date: dt.date, unit: str) -> Interval:
    """Whole units accepted for "since the event" at `date`: elapsed time rounded down, to one more,
    counted from the day the article may have been written too (`written_before`)."""
    cfg = settings()["compare.duration"]
    days = cfg["units"][unit]
    first, last = _event_span(event)
    low, high = ((date - last).days - cfg["written_before"]) / days, (date - first).days / days
    return math.floor(low), math.floor(high) + 1


def _reference(record: Record, matched: str, score: float, entry: Entry) -> Reference:
    return Reference(record.id, entry.value, record.unit, entry.as_of, entry.source, matched, score,
                     record.name)


def _since_event(figure: Figure, record: Record, date: dt.date, ref: Reference) -> tuple[str, str, Reference]:
    """A duration "since the event" against the time from the event to the article's date."""
    low, high = elapsed(record.date, date, figure.unit)
    first, last = _event_span(record.date)
    days = settings()["compare.duration"]["units"][figure.unit]
    ref = replace(ref, value=round(((date - first).days + (date - last).days) / 2 / days, 1), unit=figure.unit,
                  as_of=date)
    what = f"{record.name} was {record.date}"
    if high <= 0:
        return "unverified", f"{what}, not before the article's date {date}", ref
    why = f"{what}: {ref.value} {figure.unit}s before {date} (accepts {low} to {high})"
    return ("supported" if _meets(accepted(figure), low, high) else "contradicted"), why, ref


def _against_event(figure: Figure, record: Record, date: dt.date, matched: str, score: float):
    ref = Reference(record.id, record.date, None, first_day(record.date), record.source, matched, score, record.name)
    if figure.kind == "duration":
        return _since_event(figure, record, date, ref)
    what = f"{record.name} was {record.date}"
    if isinstance(figure.value, str) and figure.value.endswith("H"):
        return "unverified", "Hijri dates are not compared with events", ref
    mine = _parts(str(figure.value)) if figure.kind == "date" else {"y": int(figure.value)}
    theirs = _parts(record.date)
    common = mine.keys() & theirs.keys()
    announced = record.source is not None and record.source.published is not None and record.source.published <= date
    if first_day(record.date) > date and not announced:
        # an event to come, its date published after the article: announced for its day, or planned for another
        if common and all(mine[k] == theirs[k] for k in common) and {"m", "d"} <= common:
            return "supported", f"{what} (after the article's date {date}: the day it was announced for)", ref
        return "unverified", f"{what}, after the article's date {date}", ref
    if first_day(record.date) > date:
        what = f"{what} (as published on {record.source.published}, before the article's date {date})"
    if not common or common == {"d"}:       # a day of a month the text names by reference
        return "unverified", f"{what}: no common date parts to compare", ref
    if "y" in common and mine["y"] > theirs["y"] and {"m", "d"} <= common and all(mine[k] == theirs[k] for k in "md"):
        # (an anniversary falls after its event: the same day of an earlier year is a wrong year)
        return "unverified", f"{what}: the same day of a later year (an anniversary?)", ref
    if all(mine[k] == theirs[k] for k in common):
        return "supported", what, ref
    if "y" not in mine and abs(theirs["y"] - date.year) > 1:
        # ("نهاية شهر أغسطس الجاري" against an event of 2005: a date the text gives no year is of its own time)
        return "unverified", f"{what}: a date with no year is of the article's time, {date.year}, not the fact's", ref
    return "contradicted", what, ref


def _against_values(figure: Figure, record: Record, date: dt.date, matched: str, score: float,
                    named: frozenset[int] = frozenset(), before: bool = False,
                    on: tuple[dt.date, dt.date] | None = None):
    i = record.in_force(date)
    current = record.entries[0 if i is None else i]
    ref = _reference(record, matched, score, current)
    # "at most 48 hours" of a maximum, "below 26 kg" of a threshold: the bound is the rule's, the value is 48
    interval = accepted(replace(figure, qualifier=None) if record.limit and figure.qualifier in _BOUNDS else figure)
    holds = f"{record.name} is {current.said} as of {current.as_of}"
    if i is None and record.type == "series":
        return "unverified", f"{record.name} has no value before {current.as_of}", ref
    if _meets(interval, current.low, current.high):
        if _past_bound(interval, current):
            return "unverified", f"{holds}: that allows the figure, it does not establish it", ref
        return "supported", holds, ref
    if i is None:       # a fact of a later date: only agreement tells
        return "unverified", f"{holds}, after {date}", ref
    if figure.qualifier in ("more_than", "less_than") and not isinstance(figure.value, list) and \
            current.low == current.high == float(figure.value):
        return "unverified", f"{holds}: the figure's bound, and a store's value may be rounded", ref
    older = next((e for e in reversed(record.entries[:i]) if _meets(interval, e.low, e.high)), None)
    # "last year's survey found 15%", "closed on 26 June at 797.52", "in February it reached 72.7bn":
    # the value of the year, day or month named
    within = on is not None and on[0] <= older.as_of <= on[1] if older else False
    if older and (older.as_of.year in named or within):
        period = "year" if not within else "day" if on[0] == on[1] else "month"
        return "supported", f"{record.name} was {older.said} as of {older.as_of}, the {period} the figure's " \
            "clause names", _reference(record, matched, score, older)
    if older is not None and before and older is record.entries[i - 1]:     # "rose to 70 cents from 55"
        return "supported", f"{record.name} was {older.said} as of {older.as_of}, the value before the one " \
            f"in force ({current.said} as of {current.as_of}) that the change starts from", \
            _reference(record, matched, score, older)
    if older:
        return "outdated", f"the figure is the value of {older.as_of} ({older.said}); {holds}", ref
    horizon = settings()["compare.match"]["series_horizon"]
    if record.type == "series" and i == len(record.entries) - 1 and (date - current.as_of).days > horizon:
        return "unverified", f"{holds}, the series' latest value, over {horizon} days before {date}", ref
    if i + 1 < len(record.entries):
        after = record.entries[i + 1]
        low, high = min(current.low, after.low), max(current.high, after.high)
        if _meets(interval, low, high) and not _meets(interval, after.low, after.high):
            why = f"the figure lies between the values of {current.as_of} and {after.as_of}"
            return "unverified", why, ref
    return "contradicted", holds, ref


def _past_bound(interval: Interval, entry: Entry) -> bool:
    """The figure lies wholly past the bound a fact gives, `past` times or more: "48 killed" or "more
    than 40" against "at least 13" (while "16" and "more than 10" agree with it)."""
    if entry.bound is None:
        return False
    value, past = float(entry.value), settings()["compare.bounds"]["past"]
    if entry.bound in ("more_than", "at_least"):
        return value > 0 and interval[0] >= value * past
    return value > 0 and interval[1] <= value / past


def when(frame: Frame | None, date: dt.date) -> dt.date:
    """The date a figure speaks of: the end of the latest past year its clause names ("in 2004"),
    else the article's date, or the time before it the clause names ("a year ago": not of a change,
    whose base that is). A future year ("by 2050") is a projection's, not a date to look up."""
    past = [y for y in (frame.years if frame else ()) if y <= date.year]
    if past:
        return min(date, dt.date(max(past), 12, 31))
    return date - dt.timedelta(days=frame.back) if frame and frame.back and frame.role != "change" else date


def compare(figure: Figure, record: Record, date: dt.date, matched: str, score: float,
            named: frozenset[int] = frozenset(), before: bool = False, on: tuple[dt.date, dt.date] | None = None
            ) -> tuple[str, str, Reference]:
    """(status, why, reference) for the figure against one record at `date`; `named`: the years
    the figure's clause names by the article's date ("last year's survey"); `before`: the figure is
    the value a change starts from ("up to 70 cents from 55"), the value before the one in force;
    `on`: the first and last day of the day or month the clause names ("closed on 26 June at 797.52")."""
    if record.kind == "event":
        return _against_event(_in_unit(figure, record), record, date, matched, score)
    return _against_values(_in_unit(figure, record), record, date, matched, score, named, before, on)


def _describe(c: Candidate) -> str:
    """The words of a candidate's name found in the figure's frame, by scope, and those missing."""
    parts = []
    for k, scope in enumerate(SCOPES):
        words = [w for w, sc in c.found if sc == k]
        if words:
            parts.append(f"{scope}: {', '.join(words)}")
    if c.missing:
        parts.append(f"missing: {', '.join(c.missing)}")
    return "; ".join(parts)


def _assign(figures: list[Figure], frames: Frames, found: list[list[Candidate]], cfg: dict,
            members_of: dict[int, list[int]], date: dt.date,
            options: list[list[Candidate]]) -> tuple[list[Candidate | None], set[int]]:
    """The candidate each figure is checked against: within a sentence, each record goes to one
    figure, the best-scoring pairs first (each entry of a series to one figure: "from 102 in 2003
    to 81 last year" are two values of one series); figures joined by "and" that fit the same records
    equally take them in the order the sentence names them, or, when the sentence names none of
    the words that tell those records apart, by their values (those are returned as settled:
    their ties are no doubt). `members_of`: each sentence's figures that are checked; `options`:
    each figure's candidates before the facts other sentences state were set aside (what tells a
    candidate from the others is judged against all of them)."""
    chosen: list[Candidate | None] = [None] * len(found)
    settled: set[int] = set()
    for members in members_of.values():
        taken: set[str] = set()
        slots: set[tuple[str, int | None]] = set()
        groups: dict[int, list[int]] = {}
        for i in members:
            groups.setdefault(frames[i].group, []).append(i)
        for group in groups.values():
            settled |= (_in_order(group, frames, found, chosen, taken, cfg)
                        or _by_value(group, figures, frames, found, chosen, taken, cfg, date))
        # a value compared with ("from 13%") takes a fact only after the others of the sentence
        # (unless the change is to come: "will rise from £263,000 to £275,000", the first is
        # today's); a figure that states a fact's value on strong evidence takes it before one that
        # would contradict it ("ارتفع الدين من 91.9 إلى 92.9%، وشكلت السندات 79.1%": 92.9 is the debt)
        # ... and one whose own clause tells the fact from the figure's other candidates before one
        # that fits it by the words they share ("ووصلت النسبة في بلجيكا إلى 111% على حين بلغت النسبة
        # في فرنسا 97.5% من إجمالي الناتج المحلي": 111 is Belgium's, though 97.5 has more of its words)
        pairs = sorted(((frames[i].later if frames[i].role == "level" else frames[i].role == "compared" and not
                         frames[i].later, not _states(figures[i], frames[i], c, cfg, date),
                         not _telling(c, options[i], cfg), c.score, -k, i, c)
                        for i in members if chosen[i] is None
                        for k, c in enumerate(found[i]) if c.head and c.score >= cfg["min_score"]),
                       key=lambda p: (p[0], p[1], p[2], -p[3], -p[4], p[5]))
        for _, _, _, _, _, i, c in pairs:
            entry = c.record.in_force(when(frames[i], date)) if c.record.type == "series" else None
            if entry is not None and _from_value(frames[i]):
                entry -= 1          # "rose to 70 cents from 55": the value before, an entry of its own
            slot = (c.record.id, entry)
            if chosen[i] is None and c.record.id not in taken and slot not in slots:
                chosen[i] = c
                slots.add(slot)
    return chosen, settled


def _telling(c: Candidate, found: list[Candidate], cfg: dict) -> bool:
    """Words of the figure's own clause tell candidate c from the other candidates of the figure
    that score about as well or better (`found`: all of them, those another figure of the article
    states too)."""
    return all(_told_apart(c, r) for r in found
               if r.record.id != c.record.id and r.score >= c.score - cfg["strong_margin"])


def _states(figure: Figure, frame: Frame, c: Candidate, cfg: dict, date: dt.date) -> bool:
    """The figure states the value of candidate `c`, matched on strong evidence (not of another
    year than its clause names)."""
    if round(c.score - c.rooted) < cfg["strong"] or c.other_year:
        return False
    try:
        return compare(figure, c.record, when(frame, date), "", 0.0)[0] == "supported"
    except (TypeError, ValueError):
        return False


def _in_order(group: list[int], frames: Frames, found: list[list[Candidate]],
              chosen: list[Candidate | None], taken: set[str], cfg: dict) -> set[int]:
    """Coordinated figures ("50% و20%") whose best candidates are the same records, as many as
    the figures and all within the tie margin: the records in the order their distinctive words
    come in the sentence, to the figures in their order."""
    if len(group) < 2:
        return set()
    tops = []
    for i in group:
        fits = [c for c in found[i] if c.head and c.score >= cfg["min_score"]]
        tops.append({c.record.id: c for c in fits if c.score >= fits[0].score - cfg["tie_margin"]} if fits else {})
    ids = set(tops[0])
    if len(ids) != len(group) or any(set(t) != ids for t in tops):
        return set()
    order = {w: k for k, (w, _) in enumerate(frames[group[0]].words)}

    def first(rid: str) -> int:
        c = tops[0][rid]
        others = {k for r in ids - {rid} for t in tops[0][r].name.terms for k in t.keys}
        own = [w for w, _ in c.found if w in order and not keys(w, frames[group[0]].lang) & others]
        return min((order[w] for w in own), default=len(order))

    ranked = sorted(ids, key=first)
    if len({first(r) for r in ranked}) < len(ranked):
        return set()
    for i, rid in zip(sorted(group, key=lambda i: frames[i].place), ranked):
        chosen[i] = tops[group.index(i)][rid]
        taken.add(rid)
    return set(group)


def _by_value(group: list[int], figures: list[Figure], frames: Frames, found: list[list[Candidate]],
              chosen: list[Candidate | None], taken: set[str], cfg: dict, date: dt.date) -> set[int]:
    """Coordinated figures that fit the same records, as many as the figures, when nothing in the
    sentence tells those records apart ("either 49% or 27%, depending on the scenario", with a
    fact for each scenario): each figure whose value is one record's takes it, and the one figure
    left, if any, takes the record left, its words that tell that record from the others counted as
    said (the sentence says it is one of them, and which one the others' values tell)."""
    if len(group) < 2 or any(frames[i].role == "compared" for i in group):
        return set()
    fits = [{c.record.id: c for c in found[i] if c.head and c.score >= cfg["min_score"]} for i in group]
    ids = set(fits[0])
    if len(ids) != len(group) or any(set(f) != ids for f in fits):
        return set()
    vocabulary = {rid: _vocabulary(c.record) for rid, c in fits[0].items()}

    def telling(c: Candidate) -> set[str]:
        """The words of c's name that some other record of the group lacks."""
        return {t.word for t in c.name.terms if t.year is None and any(
            t.keys.isdisjoint(v) for rid, v in vocabulary.items() if rid != c.record.id)}

    if any(w in telling(c) for f in fits for c in f.values() for w, scope in c.found if scope <= OTHERS):
        return set()        # the sentence tells them apart: not a matter of values
    agree = []
    for i, f in zip(group, fits):
        at = when(frames[i], date)
        try:
            agree.append({rid for rid, c in f.items() if compare(figures[i], c.record, at, "", 0.0)[0] == "supported"})
        except (TypeError, ValueError):
            return set()
    named = [next(iter(a)) for a in agree if len(a) == 1]
    left = [i for i, a in zip(group, agree) if not a]
    if not named or len(set(named)) != len(named) or len(named) + len(left) != len(group) or len(left) > 1:
        return set()
    for i, f, a in zip(group, fits, agree):
        c = f[next(iter(a or ids - set(named)))]
        said = telling(c)
        total = sum(t.weight for t in c.name.terms)
        unsaid = sum(t.weight for t in c.name.terms if t.word in said and t.word in c.missing)
        chosen[i] = replace(c, score=min(100.0, c.score * total / (total - unsaid)) if total > unsaid else c.score,
                            missing=[w for w in c.missing if w not in said])
        taken.add(c.record.id)
    return set(group)


def _from_value(frame: Frame) -> bool:
    """A value a change starts from ("up from 6.7%", "its 2004 dividend to 70 cents from 55"), not
    one the clause dates by the article's date ("from 55 last year")."""
    return frame.role == "compared" and not frame.later and not frame.relative


def _of_another_time(frame: Frame) -> bool:
    """A value compared with ("up from 6.7%") or a level to come ("will rise to £275,000")."""
    return frame.role == "compared" and not frame.later or frame.role == "level" and frame.later


def _closest(figure: Figure, c: Candidate, date: dt.date, why: str) -> Verdict:
    status, holds, ref = compare(figure, c.record, date, c.name.text, c.score)
    return Verdict("unverified", f"closest fact: “{c.name.text}” ({c.record.id}, score {c.score:.0f}: "
                   f"{_describe(c)}): {holds}; not taken because {why}", ref)


def _verdict(figure: Figure, frame: Frame, found: list[Candidate], c: Candidate | None, rivals: list[Candidate],
             date: dt.date, store: ReferenceStore, cfg: dict, settled: bool = False,
             taken: frozenset[str] = frozenset(), told: frozenset[str] = frozenset(),
             echo: Callable[[Candidate, float | None], str | None] = lambda c, value: None) -> Verdict:
    if c is None:
        if not found:
            return Verdict("unverified", f"no reference fact matches this {figure.kind}")
        best = found[0]
        why = ("none of its distinctive words is in the figure's own clause" if not best.head else
               f"it scores below {cfg['min_score']}" if best.score < cfg["min_score"] else
               "another figure of the sentence is checked against it")
        try:
            if not best.head and (agreed := _agrees_apart(figure, frame, found, taken, date, cfg)):
                return agreed
            return _closest(figure, best, when(frame, date), why)
        except (TypeError, ValueError):
            return Verdict("unverified", f"no reference fact matches this {figure.kind}")
    at = when(frame, date)
    figure = _in_unit(figure, c.record)
    status, why, ref = compare(figure, c.record, at, c.name.text, c.score, frame.relative, _from_value(frame), frame.on)
    how = f"matched “{c.name.text}” ({c.record.id}, score {c.score:.0f}: {_describe(c)})"
    close = [r for r in rivals if r.score >= c.score - cfg["tie_margin"]]
    alternatives, agreed = [], ""
    if close:
        compared = [compare(figure, r.record, at, r.name.text, r.score, frame.relative, on=frame.on) for r in close]
        results = [(status, c)] + [(st, r) for (st, _, _), r in zip(compared, close)]
        listing = ", ".join(f"{r.record.id}: {st}" for st, r in results)
        alternatives = [reference for _, _, reference in compared]
        if len({st for st, _ in results}) > 1:
            agreeing = [r for st, r in results if st == "supported"]
            if len(agreeing) == 1:      # equal words; the value tells which fact the figure is
                r = agreeing[0]
                st, why, ref = compare(figure, r.record, at, r.name.text, r.score, frame.relative, on=frame.on)
                return Verdict("supported", f"matched “{r.name.text}” ({r.record.id}, score {r.score:.0f}: "
                               f"{_describe(r)}): {why}; {len(results) - 1} other fact(s) fit as well and "
                               f"disagree ({listing})", ref, [x for x in alternatives if x.fact_id != r.record.id])
            return Verdict("unverified", f"{len(results)} facts fit equally and disagree ({listing}); not guessing",
                           ref, alternatives)
        alternatives = [a for a in alternatives if a.value != ref.value]    # the same value changes nothing
        if status != "supported" and any(a.value != ref.value and not _told_apart(c, r, r.record.id not in taken) for a, r in zip(
                (reference for _, _, reference in compared), close)):
            # "the ratio reached 111% in Belgium while in France it was 97.5%": a fact of another
            # value that fits as well, and that no word of the figure's own clause tells the chosen
            # one from, is as wrong as the chosen one; the figure is rather none of them
            return Verdict("unverified", f"{len(results)} facts of different values fit equally ({listing}); "
                           "the text does not tell which the figure is", ref, alternatives)
        agreed = f"; equally good matches agree ({listing})"
    if status in ("contradicted", "outdated"):
        free = [r for r in found if r.record.id not in taken]
        weak = next(_doubts(figure, frame, c, free, ref, store, cfg, settled, date, told, echo), None)
        if weak:
            return Verdict("unverified", f"closest fact: {how}: {why}; not taken as {status} because {weak}", ref)
    if status == "supported" and figure.qualifier in _BOUNDS:      # a bound agrees with many values
        if (times := _apart(figure, ref)) > cfg["magnitude"]:       # "more than 910" and 1.7 million
            return Verdict("unverified", f"closest fact: {how}: {why}; not taken as supported because the fact is "
                           f"{times:.0f} times the bound: another quantity more likely", ref)
        if lost := next((t.word for t in c.name.terms if t.word in c.missing and t.weight >= 1 and t.year is None), None):
            return Verdict("unverified", f"closest fact: {how}: {why}; not taken as supported because the text "
                           f"never says “{lost}”, and a bound agrees with many values", ref)
    return Verdict(status, f"{how}: {why}{agreed}", ref, alternatives)


def _told_apart(c: Candidate, r: Candidate, mutual: bool = False) -> bool:
    """A word of the figure's own clause tells candidate c from candidate r (one of c's found
    words that r's names lack), or nothing needs to: r's names have no word c's lack (the same
    quantity, by two sources). `mutual`: not when a word of r's that c's names lack is there too
    ("the difference between what the UK exported and imported": exports, or imports, or neither;
    unless another figure of the sentence is checked against r: "رسوم الصلب والألمونيوم إلى 50% و20%")."""
    theirs, ours = _vocabulary(r.record), _vocabulary(c.record)
    return theirs <= ours or _own_lacked(c, theirs) and not (mutual and _own_lacked(r, ours))


def _lacked(c: Candidate, vocabulary: frozenset[str]) -> list[tuple[int, str]]:
    """(scope, word) of the words found for candidate c (not numbers) that a record's names,
    `vocabulary`, lack: the words that tell c from that record."""
    return [(scope, w) for w, scope in c.found if not w[0].isdigit() and keys(w, c.name.lang).isdisjoint(vocabulary)]


def _own_lacked(c: Candidate, vocabulary: frozenset[str]) -> bool:
    """Whether a word the record's names `vocabulary` lack was found for candidate c in the
    figure's own clause."""
    return any(scope == OWN for scope, _ in _lacked(c, vocabulary))


def _agrees_apart(figure: Figure, frame: Frame, found: list[Candidate], taken: frozenset[str], date: dt.date,
                  cfg: dict) -> Verdict | None:
    """`supported` for a figure whose value agrees with the best fact, though the words that tell
    it from others are not in the figure's own clause but in its sentence, paragraph or lead ("Ann
    Lee and Bob Cruz, who own a 29% stake in Acme United": the owners are the sentence's; "Tony
    Blair has become ... The 51-year-old premier"): with no close rival and no bound, the value
    itself says which fact it is. Never an alarm: a value that disagrees stays unverified."""
    best = found[0]
    if round(best.score) < cfg["min_score"] or figure.qualifier in _BOUNDS or best.record.id in taken or any(
            c.score >= best.score - cfg["tie_margin"] for c in found[1:]):
        return None
    status, holds, ref = compare(figure, best.record, when(frame, date), best.name.text, best.score)
    if status != "supported":
        return None
    return Verdict("supported", f"matched “{best.name.text}” ({best.record.id}, score {best.score:.0f}: "
                   f"{_describe(best)}): {holds}; the words that tell it from others are outside the figure's "
                   "own clause, and the value agrees", ref)


def _doubts(figure: Figure, frame: Frame, c: Candidate, found: list[Candidate], ref: Reference,
            store: ReferenceStore, cfg: dict, settled: bool, date: dt.date, told: frozenset[str],
            echo: Callable[[Candidate, float | None], str | None]):
    """Why the evidence is too weak for an alarm against candidate `c` (none when it is strong),
    each reason as found, the plainest first. `told`: facts other figures of the article state;
    `echo(candidate, value)`: another figure of the sentence that gives that value of the fact or
    fits it as well, if any."""
    kinds = tuple(record_kinds(figure, frame.lang))
    if frame.role == "level" and c.record.change:
        yield "the figure is a level (“to”) and the fact a change: it may be the level of what changes"
    if figure.kind == "vague" and _below(figure, ref):
        yield "a vague magnitude may say less than the fact"
    if figure.kind == "count" and isinstance(figure.value, float) and not figure.value.is_integer() \
            and isinstance(ref.value, (int, float)) and float(ref.value).is_integer():
        yield "the figure has a fraction and the fact counts whole things: another quantity (a share, an average)"
    if (times := _apart(figure, ref)) > cfg["magnitude"] and not frame.total:     # a toll may be off by any factor
        yield f"the figure is {times:.0f} times {'more' if _mid(figure.value) > _mid(ref.value) else 'less'} than " \
              "the fact: another quantity (a part, a total, another unit) more likely than a wrong one"
    if figure.kind in ("money", "measure") and 1 < times < cfg["reading"]:     # "$1094.10" and 1094.54
        yield f"the figure is within {times - 1:.2%} of the fact: another reading of it (an hour, a market) " \
              "more likely than an error"
    score = c.score - c.rooted      # (words found only in another form of their root are weak evidence)
    if round(score) < cfg["alarm"]:
        yield f"its score {score:.0f} is below {cfg['alarm']}" + (" without the words found by their root" if c.rooted else "")
    elif round(score) < cfg["strong"] and _own_main(c) < 2:
        yield f"its score {score:.0f} is below {cfg['strong']}, and the figure's own clause has fewer than two " \
              "of its main words"
    if _truncated(figure, ref):
        yield "the fact is within one unit of the figure's last written digit above it: the figure may cut " \
              "it short (13.2 thousand for 13,282)"
    if c.other_year:
        yield "the clause names another year than the fact's name"
    if frame.years and (now := c.record.in_force(date)) is not None and when(frame, date) < (
            entry := c.record.entries[now]).as_of and _meets(accepted(figure), entry.low, entry.high):
        # "won the seat in 1997 and has a 6,932 majority": the year is another clause's
        yield f"the figure is the fact's value in force at the article's date ({entry.said} as of {entry.as_of}); " \
              "the year its sentence names may be another event's"
    if (named := frame.relative or frame.years) and c.record.kind != "event" and ref.as_of is not None and \
            ref.as_of.year < min(named) <= date.year:       # (a series' latest value too: "forecasts 2005 revenue")
        yield f"the figure is of {min(named)}, the fact's value of {ref.as_of.year}"
    if frame.month and any(t.year is not None for t in c.name.terms) and \
            month_words(frame.lang).isdisjoint(t.word for t in c.name.terms):
        yield "the figure is of a month, the fact of a whole year"
    if frame.began is not None and ref.as_of is not None and frame.began < ref.as_of.year and \
            not _counts_since(c.record, frame.lang):
        yield f"the figure counts from {frame.began} on, and no name of the fact says since when it counts"
    if (old := next((t.year for t in c.name.terms if t.year is not None and t.word in c.missing
                     and frame.scope(t.keys) is None), None)) and (old < date.year - 1 or old > date.year):
        yield f"the fact is of {old}, a year the text does not name"
    if figure.kind == "ordinal" and (ranked := _ranks_other(frame, c.record)):
        yield ranked      # (what a rank ranks is said with it: "ثاني أكبر تجمع" in the lead is no "الجيل الأول";
        # "اجتماعها العام الثالث من الدورة السادسة والعشرين": the third is the meeting's, not the cycle's)
    # (three of its main words in the figure's own clause name it, whatever word of it is said
    # farther: "The army withdrawal from Karsa ended in 1998", the army's country in the paragraph)
    if c.record.kind == "event" and _own_main(c) < 3 and (any(SENTENCE < scope < TOPIC for _, scope in c.found) or any(
            t.year is None for t in c.name.terms if t.word in c.missing)):
        yield "the event is not named in full in the figure's sentence or the article's lead"
    if frame.role == "compared" and not frame.later and not (       # "will rise from 263,000": today's
            figure.subject and not keys(figure.subject, frame.lang).isdisjoint(_vocabulary(c.record))):
        # (not a value compared with that counts the fact's own noun: "compared with 282,000 physical singles")
        yield "the figure is a value compared with, of another time"
    # ("the 3% deficit ceiling"; not a bound of the figure's own: "at least one million")
    if not c.record.limit and figure.qualifier is None and \
            (bound := next((w for w in frame.near[:3] if is_limit(w, frame.lang)), None)):
        yield f"the figure is a limit (“{bound}”), not the value the fact measures"
    if frame.converted:
        yield "the figure converts the amount before it into another currency: its value depends on the rate"
    if frame.role == "level" and frame.later:
        yield "the figure is a level to come (“will rise to”), not today's"
    if frame.role == "where" and c.record.kind == "count" and _mid(figure.value) < _mid(ref.value):
        yield "the figure counts where something happened (“in 25 provinces”): some of the fact's, not all"
    if frame.role == "gap" and figure.kind != "duration" and _vocabulary(c.record).isdisjoint(
            k for w in gap_words(frame.lang) for k in keys(w, frame.lang)):     # (a gap of time is an interval)
        yield "the figure is the gap between two values (“by a margin of”), which the fact's names do not name"
    if frame.role == "offset" and c.record.kind == "event":
        yield "the date is told from another event (“a day before the signing”), not the event's own"
    if frame.only and figure.kind == "count" and c.record.kind == "count" and _mid(figure.value) < _mid(ref.value):
        yield "the figure counts only some (“only”), those a condition said with it names, not all"
    if frame.role == "part" and c.record.kind in ("count", "money", "measure") and _mid(figure.value) < _mid(ref.value):
        yield "the figure counts some of those it names (“32 of the wounded”) or is a part of a sum " \
              "(“4.2bn ... plus 2.05bn”), not all"
    if other := _change_of_other(frame, c.record, store):
        yield f"the figure is a change of “{other}”, what another fact measures and this one does not name"
    if counted := _counts_other(figure, frame, c.record):
        yield f"the figure counts “{counted}”, which the fact's names do not count"
    elif not figure.subject and (counted := _counted_by_other(frame, c.record, store, kinds)):
        yield f"the figure's clause names “{counted}”, what another fact of the article counts and this one does not"
    if frame.earlier and (older := c.record.in_force(when(frame, date))) and \
            any(_meets(accepted(figure), e.low, e.high) for e in c.record.entries[:older]):
        yield "the clause speaks of a former state, and the figure is an earlier value of the fact"
    # "إعادة توزيع 60 ألفا من اللاجئين، منهم 40 ألفا": the fact is 40's
    if other := echo(c, None if isinstance(ref.value, str) else _mid(ref.value)):
        yield other
    if c.record.projection and c.record.projection.year not in frame.years:
        yield f"the fact is a projection for {c.record.projection.year}, a year the figure's clause does not name"
    close = None if settled else _untold(c, found, cfg["strong_margin"], cfg["min_score"], told, frame)
    if close:
        yield f"nothing in the text tells it from “{close.name.text}” ({close.record.id})"
    elif agreeing := _agreeing_rival(figure, frame, c, found, cfg, date):
        yield f"“{agreeing.name.text}” ({agreeing.record.id}) fits nearly as well and has the figure's value, " \
              "and nothing in the figure's own clause tells the two apart"
    if lost := _unsaid(c, frame.lang):
        yield f"the text does not say “{lost}”"
    # a number of the name said in the sentence ("65 and over", a model's number) tells the fact
    # from others whatever other word of its name the text leaves out
    numbered = any(t.word[0].isdigit() and t.year is None for t in c.name.terms
                   if (t.word, OWN) in c.found or (t.word, SENTENCE) in c.found)
    if not numbered and (gone := next((t.word for t in c.name.terms if t.word in c.missing and t.year is None
                                       and _distinctive(t, store, frame.lang, kinds) and not _foretold(t, frame)),
                                      None)):
        yield f"the text never says “{gone}”, which tells this fact from others"
    if theirs := _said_elsewhere(c, store, kinds):
        yield f"“{theirs}” is said of another figure of the sentence"
    if figure.kind in ("count", "money", "measure") and _mid(figure.value) > _mid(ref.value) and \
            (pair := _joined(c, frame)):
        yield f"the figure's own clause names “{pair[1]}” with “{pair[0]}”: it may count both, the fact one"
    if not numbered and (part := _qualified(c, frame)):
        yield f"“{part}” in the figure's own clause narrows it to what the fact's names do not name"
    if not numbered and (part := _narrowed(c.record, frame, figure)):     # "65 and over" in the name names the part
        yield f"“{part}” narrows the figure to a part, a variant, a period or a hypothesis the fact does not name"
    if (said := _explained(c.record, frame, store, kinds)) < cfg["explained"]:
        yield f"the fact's names explain only {said:.0%} of the words next to the figure"


def _own_main(c: Candidate) -> int:
    """How many main words of candidate c's name (not generic ones) are in the figure's own clause."""
    return sum(t.weight >= 1 and (t.word, OWN) in c.found for t in c.name.terms)


def _agreeing_rival(figure: Figure, frame: Frame, c: Candidate, found: list[Candidate], cfg: dict,
                    date: dt.date) -> Candidate | None:
    """Another fact scoring within `strong_margin` of candidate `c` whose value is the figure's,
    when no word of c's names that the other's lack is in the figure's own clause ("Parmalat has
    sued 45 banks ... the Italian dairy company": the 45 banks sued, not the 35 Italian ones, for
    an "Italian" said of the company), or when a word of the other's that c's lack is there
    too ("أفرج في ديسمبر 2014 عن X ... احتجزه ... في مالي": X's release, or his kidnapping in
    Mali); else None. Its value is evidence of its own."""
    by_word, ours = {t.word: t for t in c.name.terms}, _vocabulary(c.record)
    for r in found:
        if r is c or r.record.id == c.record.id or not r.head or r.score < c.score - cfg["strong_margin"]:
            continue
        theirs = _vocabulary(r.record)
        telling = [scope for word, scope in c.found if word in by_word and by_word[word].keys.isdisjoint(theirs)]
        told_apart = OWN in telling and not _own_lacked(r, ours)
        if not told_apart and compare(figure, r.record, when(frame, date), r.name.text, r.score)[0] == "supported":
            return r
    return None


def _ranks_other(frame: Frame, record: Record) -> str | None:
    """Why an ordinal is no rank of the record: the word next to it ("الجيل الأول", "the sixth
    straight quarter") is neither one of the record's words nor a rank's ("المرتبة"), or no content
    word stands next to it in its own clause; else None."""
    if not frame.near:
        return "no word next to the ordinal says what it ranks"
    nearest = keys(frame.near[0], frame.lang)
    if nearest.isdisjoint(_vocabulary(record)) and CONCEPT + "rank" not in nearest:
        return f"the ordinal ranks “{frame.near[0]}”, which the fact's names do not rank"
    return None


def _vocabulary(record: Record) -> frozenset[str]:
    return frozenset(record.by_word).union(*(t.keys for t in record.population))


def _untold(c: Candidate, found: list[Candidate], margin: float, floor: float, told: frozenset[str],
            frame: Frame) -> Candidate | None:
    """A record the text does not tell the chosen one from: one scoring close whose own words
    (that the chosen one's names lack) are in the text no farther from the figure than the chosen
    one's own words (unless another figure of the article states its value: `told`), or the next
    best when none of the words that tell the chosen one from it is in the figure's sentence
    ("moderate scenario" against "high-emission scenario", neither said). Of words in the figure's
    own clause, those nearest the figure tell ("Tsipras and his allies of the Independent Greeks
    party hold 162 seats": the coalition's, not the party's). `found` leaves out the records other
    figures of the sentence are checked against."""
    mine = _vocabulary(c.record)
    others = [r for r in found if r.record.id != c.record.id]
    for r in others:
        if r.score < c.score - margin:
            break
        if r.record.id in told:
            continue
        theirs = _lacked(r, mine)
        if not theirs:
            continue
        telling = _lacked(c, _vocabulary(r.record))
        if not telling or min(telling)[0] > SENTENCE or min(telling)[0] > min(theirs)[0] or (
                min(telling)[0] == min(theirs)[0] and _nearest(telling, frame) >= _nearest(theirs, frame)):
            return r
    if others:
        theirs = _vocabulary(others[0].record)
        near = {w for w, scope in c.found if scope <= SENTENCE}
        telling = [t for t in c.name.terms if t.weight > 0 and t.year is None and t.keys.isdisjoint(theirs)]
        if telling and not any(t.word in near for t in telling):
            return others[0]
    # a record scoring lower, whose own words are said no farther than the chosen one's, when the
    # chosen one's are not in the figure's sentence ("هجمات الأسبوع الماضي التي أسفرت عن مقتل 50
    # شخصا": the toll of last week's wave of bombings, not that of the airport bombing the lead names)
    for r in others:
        if not r.head or r.score < floor or r.record.id in told or not (theirs := _lacked(r, mine)):
            continue
        telling = _lacked(c, _vocabulary(r.record))
        if telling and SENTENCE < min(telling)[0] and min(theirs)[0] <= min(telling)[0]:
            return r
    return None


def _nearest(found: list[tuple[int, str]], frame: Frame) -> int:
    """The rank, among the own clause's content words nearest the figure, of the nearest of the
    words `found` at their nearest scope (as many as those words when none is among them)."""
    scope = min(found)[0]
    ranks = [k for w in (w for sc, w in found if sc == scope) for k, near in enumerate(frame.near)
             if not keys(near, frame.lang).isdisjoint(keys(w, frame.lang))]
    return min(ranks, default=len(frame.near))


def _truncated(figure: Figure, ref: Reference) -> bool:
    """A figure written with decimals or a scale word whose value the fact exceeds by less than one
    unit of its last written digit ("13.2 ألف" for 13,282): cut short, not rounded."""
    if figure.qualifier is not None or isinstance(figure.value, list) or isinstance(ref.value, (str, list)):
        return False
    try:
        unit = 2 * _half_unit(figure)
    except (TypeError, ValueError):
        return False
    value, fact = float(figure.value), float(ref.value)
    return unit != 1 and value > 0 and 0 < fact - value < unit


def _mid(value) -> float:
    return (float(value[0]) + float(value[1])) / 2 if isinstance(value, list) else float(value)


def _apart(figure: Figure, ref: Reference) -> float:
    """How many times the figure's value and the fact's are apart (1 when either is not a
    positive quantity); a vague magnitude from the end of its range nearest the fact ("tens of
    thousands" is 25 times 390)."""
    if figure.kind not in ("count", "money", "measure", "percent", "range", "vague"):
        return 1.0
    try:
        b = _mid(ref.value)
        a = min(figure.value, key=lambda v: abs(v - b)) if figure.kind == "vague" else _mid(figure.value)
    except (TypeError, ValueError):
        return 1.0
    return max(a, b) / min(a, b) if a > 0 and b > 0 else 1.0


def _below(figure: Figure, ref: Reference) -> bool:
    """A vague magnitude under the reference: "billions" for 82 billion, "thousands" for 31,819
    (an understatement, not a wrong figure)."""
    value = ref.value[0] if isinstance(ref.value, list) else ref.value
    return isinstance(value, (int, float)) and float(value) > float(figure.value[1])


def _narrowed(record: Record, frame: Frame, figure: Figure) -> str | None:
    """A word of the figure's own clause that narrows a quantity of its `kind` to a part, a
    variant, a period or a hypothesis ("the automotive division", "pre-tax", "فرع", "the fourth
    quarter", "العام المقبل", "would"; "aged" a count, not a year: "died in 1970 at the age of
    27") and that the fact's names do not have (a fact that is itself a projection, a scenario, an
    estimate or a limit is not narrowed by "would")."""
    vocabulary = _vocabulary(record)
    concepts = lexicon(frame.lang).concepts
    kind = figure.kind
    # (a limit is what could be: "could face up to 85 years" is the maximum; not a new value it
    # would be set to: "cutting the limit to 50mg would save lives")
    limit = record.limit and (frame.role is None or frame.role == "level" and figure.qualifier == "at_most")
    for word, scope in frame.words:
        ks = keys(word, frame.lang)
        if scope != OWN or not ks.isdisjoint(vocabulary):
            continue
        for k in ks:
            c = concepts.get(k)
            if c is not None and c.narrows and (not c.narrowed or kind in c.narrowed) and \
                    not (c.unless and (record.projection or limit or not c.unless.isdisjoint(vocabulary))):
                return word
    return None


def _qualified(c: Candidate, frame: Frame) -> str | None:
    """A proper noun that the figure's own clause writes right after a word of the fact's name
    and that its names lack ("the US's deficit with China" against the US trade deficit), the
    two words; else None."""
    mine = _vocabulary(c.record)
    said = {w for w, scope in c.found if scope == OWN}
    for word, proper in sorted(frame.qualified):
        if word in said and keys(proper, frame.lang).isdisjoint(mine):
            return f"{word} … {proper}"
    return None


def _joined(c: Candidate, frame: Frame) -> tuple[str, str] | None:
    """A word of the fact's name said in the figure's own clause and a proper noun the clause
    joins to it that the fact's names lack ("Sri Lanka and Indonesia" against Sri Lanka's count);
    else None."""
    mine = _vocabulary(c.record)
    said = {w for w, scope in c.found if scope == OWN}
    return next(((word, other) for word, other in sorted(frame.joined)
                 if word in said and keys(other, frame.lang).isdisjoint(mine)), None)


def _foretold(term: Term, frame: Frame) -> bool:
    """The fact's name calls it an estimate or a forecast ("توقع", "forecast") and the figure's
    own clause speaks of what is to come or would be ("in the coming months", "would"): the figure
    is itself that forecast, whether or not the text uses the word."""
    concepts = lexicon(frame.lang).concepts
    if not any(k in concepts and concepts[k].aspect for k in term.keys):
        return False
    for word, scope in frame.words:
        if scope == OWN:
            for k in keys(word, frame.lang):
                c = concepts.get(k)
                if c is not None and c.narrows and not c.unless.isdisjoint(term.keys):
                    return True
    return False


def _counts_since(record: Record, lang: str) -> bool:
    """Some name of the fact says since when it counts ("death toll since 2009", "منذ 2009")."""
    return any(not began_words(n.lang or lang).isdisjoint(m.group().casefold() for m in TERM.finditer(normalize(n.text).text))
               for n in record.aliases)


def _said_elsewhere(c: Candidate, store: ReferenceStore, kinds: tuple[str, ...]) -> str | None:
    """A distinctive word of the fact's name found only in another figure's clause ("the Blue
    Line" said of 19 stations, when the figure is the Orange Line's 30): the fact is that one's."""
    by_word = {t.word: t for t in c.name.terms}
    for word, scope in c.found:
        term = by_word.get(word)
        if scope == OTHERS and term is not None and _distinctive(term, store, c.name.lang or "", kinds):
            return word
    return None


def _unsaid(c: Candidate, lang: str) -> str | None:
    """A word of the fact's name that says what is counted or measured ("عمل" in "عمل كبار السن",
    "annual") and is not in the figure's sentence (the title's words are the article's, not the
    figure's): the figure may be of another quantity. A word of what the article is about (the
    attack, the budget) may be in its paragraph or lead."""
    concepts = lexicon(lang).concepts
    near = {w for w, scope in c.found if scope <= OTHERS}
    said = {w for w, _ in c.found}
    for term in c.name.terms:
        if term.word in near or term.proper >= 0:      # "Vote For Me": a proper name's word says no quantity
            continue
        telling = [concepts[k] for k in term.keys if k in concepts and concepts[k].weight >= 1 and not concepts[k].aspect]
        if telling and not (term.word in said and all(t.topical for t in telling)):
            return term.word
    return None


def _explained(record: Record, frame: Frame, store: ReferenceStore, kinds: tuple[str, ...]) -> float:
    """The share of the words next to the figure in its own clause that some record of the store
    of `kinds` (those the figure may be checked against) has and this record's names have too
    (the 30 stations of the Orange Line are not the Blue Line's 19: "Orange" is another record's
    word; "killed" next to an attack's date is a toll's word, and no date is a toll)."""
    known = [w for w in frame.near if any(store.spread(k, kinds) for k in keys(w, frame.lang))]
    if not known:
        return 1.0
    vocabulary = _vocabulary(record)
    return sum(not keys(w, frame.lang).isdisjoint(vocabulary) for w in known) / len(known)


def _shared_years(figures: list[Figure], frames: Frames, i: int, live: list[bool]) -> frozenset[int]:
    """The years the clauses of the other figures of figure i's sentence of its kind name, when
    its own clause names none: a list of one year's results shares that year ("Net income for 2004
    was $3.5bn, while turnover rose to $170.8bn"); a year said of no such figure ("profits in 2004,
    but this year net income of $2.5bn") is not shared."""
    frame = frames[i]
    if frame.years:
        return frozenset()
    return frozenset().union(*(frames[j].years for j in frames.neighbours(i)
                               if j != i and live[j] and figures[j].kind == figures[i].kind))


def verify(figures: list[Figure], frames: Frames, store: ReferenceStore, date: dt.date) -> list[Verdict]:
    """One verdict per figure, against the store at the article's date. A fact whose value
    another figure of the article states (supported, on strong evidence) is rather not what a
    figure that disagrees with it is: that figure is matched again without it when a close rival
    fits it too ("the network (720 km)" in the lead, "315.5 km" of it in a tender), and the fact
    is no rival that leaves the fact a figure is checked against in doubt."""
    cfg = settings()["compare.match"]
    possible = [_possible(f, frames, i, store, cfg) for i, f in enumerate(figures)]
    live = [bool(records) for records in possible]
    shared = [_shared_years(figures, frames, i, live) if live[i] else frozenset() for i in range(len(figures))]
    found = [candidates(f, frames[i], store, possible[i], shared[i], frames) if live[i] else []
             for i, f in enumerate(figures)]
    out = _judge(figures, frames, found, store, date, live, cfg, [frozenset()] * len(figures), found)
    first = list(found)
    stated: dict[str, set[int]] = {}
    for i, v in enumerate(out):
        if v.status == "supported" and v.reference is not None and not v.alternatives and \
                round(v.reference.score) >= cfg["strong"]:     # said plainly, not one of equals
            stated.setdefault(v.reference.fact_id, set()).add(i)
    stated = {rid: ids for rid, ids in stated.items() if store.records[rid].type == "fact"}
    told = [frozenset() if v.status == "supported" or not any(r.record.id in stated for r in cs) else frozenset(
        rid for rid, ids in stated.items() if any(frames[j].sentence != frames[i].sentence for j in ids))
        for i, (v, cs) in enumerate(zip(out, found))]     # those of the sentence are its assignment's
    for i, cs in enumerate(found):
        if cs and cs[0].record.id in told[i] and any(
                r.head and r.record.id not in told[i] and r.score >= cs[0].score - cfg["strong_margin"] for r in cs):
            found[i] = candidates(figures[i], frames[i], store, [r for r in possible[i] if r.id not in told[i]],
                                  shared[i], frames)
    if any(told):
        out = _judge(figures, frames, found, store, date, live, cfg, told, first)
        for i, v in enumerate(out):
            if v.status in ("contradicted", "outdated") and found[i] is not first[i] and (
                    named := _named_too(v, first[i], told[i], cfg)):
                out[i] = Verdict("unverified", f"{v.reason}; not taken as {v.status} because the figure's own "
                                 f"clause names “{named.name.text}” ({named.record.id}) as well, a fact another "
                                 "figure states: the figure may be neither", v.reference)
    for i, v in enumerate(out):
        # (a candidate whose value is many times the figure's tells nothing strongly: another quantity)
        strongest = max((c.score for c in found[i] if c.head and not (
            v.reference is not None and v.reference.fact_id == c.record.id and _apart(figures[i], v.reference) > cfg["magnitude"])),
            default=0.0)
        if v.status == "unverified" and (agreed := _value_tells(figures, frames, i, out, store, date, cfg, strongest)):
            out[i] = agreed
    return out


def _named_too(v: Verdict, first: list[Candidate], told: frozenset[str], cfg: dict) -> Candidate | None:
    """A fact another figure states that fitted the figure exactly as well as the one it was
    matched to once that one was left out, with a word of its own in the figure's own clause ("the
    difference between what the UK exported and imported was £3.1bn", exports stated elsewhere:
    the figure is then not imports either); else None."""
    chosen = next((c for c in first if v.reference is not None and c.record.id == v.reference.fact_id), None)
    if chosen is None:
        return None
    ours = _vocabulary(chosen.record)
    return next((r for r in first if r.record.id in told and r.head and abs(r.score - chosen.score) <= cfg["tie_margin"]
                 and _own_lacked(r, ours)), None)


def _value_tells(figures: list[Figure], frames: Frames, i: int, out: list[Verdict], store: ReferenceStore,
                 date: dt.date, cfg: dict, strongest: float) -> Verdict | None:
    """`supported` for a figure whose words tell its fact only in part ("General Motors is to pay
    Fiat 1.55bn euros" and "payment by General Motors to Fiat to terminate the put option
    agreement") when its value is that of one fact whose names it shares words with (`min_score`,
    or `by_value` with some in its own sentence), and of no other fact of its kind near as well
    matched: a precise value is evidence of its own. `strongest`: the score of the figure's best
    candidate by its own clause; when its words tell that one strongly, a fact matched well short
    of it is not told by the value ("steel and aluminium tariffs of 15% and 20%" with a 15%
    inflation fact). Never an alarm; a bound, a range, a small count or a rank agrees with too
    many values."""
    figure = figures[i]
    if figure.qualifier in _BOUNDS or isinstance(figure.value, (list, str)) or figure.kind not in cfg["by_value_kinds"]:
        return None
    kinds = tuple(k for k in record_kinds(figure, frames.doc.lang) if k != "event")
    interval = accepted(figure)
    if abs(float(figure.value)) < cfg["by_value_least"] and figure.kind not in ("money", "percent", "measure"):
        return None
    if _significant(figure) < 2:      # a round value ("ten-month", "$20 million") tells only the fact it equals,
        interval = (float(figure.value), float(figure.value))   # not those its rounding allows (9 months)
    ids = store.agreeing(kinds, *interval)
    if figure.unit in cfg["subunits"]:        # "8.5 cents" is 0.085 of a record in USD
        ids |= store.agreeing(kinds, interval[0] / 100, interval[1] / 100)
    if not ids or len(ids) > cfg["by_value_most"]:
        return None         # a value many facts have tells none of them
    words = frames.words(i) | _implied_keys(figure.kind, figure.unit, figure.qualifier, frames.doc.lang, frames.dated(i))
    records = [r for r in (store.records[rid] for rid in sorted(ids)) if not words.isdisjoint(_vocabulary(r))]
    if not records:
        return None
    frame = frames[i]
    if frame.role == "compared":
        return None         # a value compared with is of another time: its value alone tells nothing
    at = when(frame, date)
    taken = {v.reference.fact_id for j, v in enumerate(out) if j != i and v.reference is not None
             and v.status != "unverified" and frames[j].sentence == frame.sentence}
    fits = [(c, result) for c in candidates(figure, frame, store, [r for r in records if r.id not in taken],
                                            frames=frames)
            if c.score >= cfg["min_score"] or c.score >= cfg["by_value"] and any(s <= SENTENCE for _, s in c.found)
            if (result := compare(figure, c.record, at, c.name.text, c.score))[0] == "supported"]
    if not fits or (len(fits) > 1 and fits[1][0].score >= fits[0][0].score - cfg["tie_margin"]) or \
            strongest >= cfg["strong"] and fits[0][0].score < strongest - cfg["strong_margin"]:
        return None
    best, (_, holds, ref) = fits[0]
    return Verdict("supported", f"matched by value “{best.name.text}” ({best.record.id}, score {best.score:.0f}: "
                   f"{_describe(best)}): {holds}; its words tell the fact only in part, and the value is the "
                   "fact's and no other fact's as near", ref)


def _judge(figures: list[Figure], frames: Frames, found: list[list[Candidate]], store: ReferenceStore,
           date: dt.date, live: list[bool], cfg: dict, told: list[frozenset[str]],
           options: list[list[Candidate]]) -> list[Verdict]:
    """The verdicts of the figures, given their candidates and, for each, the facts figures of
    other sentences state."""
    members: dict[int, list[int]] = {}
    for i in range(len(figures)):
        if live[i]:
            members.setdefault(frames[i].sentence, []).append(i)
    chosen, settled = _assign(figures, frames, found, cfg, members, date, options)
    by_sentence: dict[int, set[str]] = {}
    for i, c in enumerate(chosen):
        if c is not None:
            by_sentence.setdefault(frames[i].sentence, set()).add(c.record.id)

    def echo(i: int, c: Candidate, value: float | None) -> str | None:
        """Another figure of figure i's sentence that gives the very `value` of c's fact (not a
        bound, a range or a round number near it), matched at least weakly; or that fits the fact
        about as well as figure i, with as many of its words in its own clause, no other fact
        better, and none to check it against ("the detainees in Ankara reached 62, ... six others
        were arrested in Istanbul": 62's fact, not six's), its own words telling the fact from its
        other candidates if figure i's do; not a value of another time."""
        own = sum(1 for _, scope in c.found if scope == OWN)
        for j in members[frames[i].sentence]:
            f = figures[j]
            if j == i:
                continue
            for r in found[j]:
                if r.record.id != c.record.id:
                    continue
                if i not in settled and chosen[j] is None and r.head and r.score >= c.score - cfg["strong_margin"] \
                        and not _of_another_time(frames[j]) and \
                        r.score >= found[j][0].score - cfg["tie_margin"] and \
                        sum(1 for _, scope in r.found if scope == OWN) >= own and \
                        (_telling(r, options[j], cfg) or not _telling(c, options[i], cfg)):
                    return f"“{f.text}”, another figure of the sentence, fits the fact as well"
                if value is None or r.score < cfg["min_score"] or f.qualifier in _BOUNDS or isinstance(f.value, list):
                    continue
                try:
                    if math.isclose(float(_in_unit(f, r.record).value), value) and \
                            compare(f, r.record, when(frames[j], date), "", 0.0)[0] == "supported":
                        return f"“{f.text}”, another figure of the sentence, gives the fact's value"
                except (TypeError, ValueError):
                    pass
        return None

    out = []
    for i, (figure, cs, c) in enumerate(zip(figures, found, chosen)):
        frame = frames[i] if live[i] else None
        rivals = [] if i in settled else [r for r in cs if r is not c and r.head and r.score >= cfg["min_score"]]
        try:
            taken = frozenset(by_sentence.get(frame.sentence, ()) - {c.record.id}) if c is not None else frozenset()
            out.append(_verdict(figure, frame, cs, c, rivals, date, store, cfg, i in settled, taken, told[i],
                                functools.partial(echo, i)))
        except (TypeError, ValueError):
            out.append(Verdict("unverified", f"the {figure.kind} value {figure.value!r} cannot be compared"))
    return out
