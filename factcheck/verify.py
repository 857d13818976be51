"""Verification: each figure is matched with a record of the reference store and compared.

Matching: candidates come from the store's index (word variants of the figure's sentence and
counted noun, for the record kinds the figure's kind can be checked against); each candidate's
names and aliases are scored against the sentence (coverage of their words, rapidfuzz for near
spellings, distance from the figure, the counted noun); the best wins, and records within the
tie margin are reported as alternatives rather than guessed between.

Comparison: numbers become an accepted interval (written precision, hedges); years, dates and
durations are checked against an event's date and the article's date; series give the value in
force at the article's date. Every setting is data: `rules/common/compare.yaml`.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from bisect import bisect_left
from collections import defaultdict
from dataclasses import replace

import regex
from rapidfuzz import fuzz, process

from . import quotes
from .model import Figure, Reference, Verdict
from .normalize import normalize
from .references import Entry, Record, ReferenceStore, first_day, load_store, settings, tokens, variants
from .rules import data_dir

_NUMBER = regex.compile(r"\d[\d,]*(?:\.\d+)?")
Interval = tuple[float, float]


# ---------------------------------------------------------------- matching

@functools.lru_cache(maxsize=512)
def _sentence(context: str, known: frozenset[str]) -> tuple[tuple, dict[str, list[int]]]:
    """The sentence's content words and, for each word variant among `known` (the store's index
    words: no other variant can select or match a record), the word positions."""
    words = tokens(context)
    where: dict[str, list[int]] = defaultdict(list)
    for i, (_, _, word) in enumerate(words):
        for v in variants(word):
            if v in known:
                where[v].append(i)
    return words, dict(where)


def _window(figure: Figure, size: int) -> tuple[str, tuple[int, int] | None]:
    """The figure's sentence, cut to `size` characters on each side of the figure (a "sentence"
    can be a whole unpunctuated page), and the figure's place [start, end) in it, if found."""
    needle = normalize(figure.text).text
    at = figure.context.find(needle) if needle else -1
    if at < 0:
        return figure.context[:2 * size], None
    start = max(0, at - size)
    return figure.context[start:at + len(needle) + size], (at - start, at - start + len(needle))


def _figure_words(words: tuple, place: tuple[int, int] | None) -> tuple[int, int] | None:
    """Word positions [a, b) the figure covers in its sentence (None when it is not found)."""
    if place is None:
        return None
    return bisect_left([w[1] for w in words], place[0] + 1), bisect_left([w[0] for w in words], place[1])


def _alias_score(alias, where, span, choices, cfg) -> tuple[float, int, float]:
    """The alias's coverage (0-100: 0 unless every word is in the sentence), the nearest word's
    distance from the figure, and the share of its consecutive words side by side in order."""
    a, b = span or (0, 0)

    def distance(i: int) -> int:
        return 0 if span is None else a - 1 - i if i < a else i - b

    total = got = 0.0
    found: list[set[int]] = []
    for word, vs in alias.words:
        total += len(word)
        hits = {i for v in vs for i in where.get(v, ()) if not a <= i < b}
        got += len(word) * bool(hits)
        found.append(hits)
    missing = [k for k, hits in enumerate(found) if not hits]
    if missing:     # every word must be there; a near spelling may complete an alias by one word
        word = alias.words[missing[0]][0]
        near = (process.extractOne(word, choices, scorer=fuzz.ratio, score_cutoff=cfg["word_similarity"])
                if got and len(missing) == 1 and len(word) >= cfg["near_min_length"] else None)
        if not near:
            return 0.0, 0, 0.0
        got += len(word) * near[1] / 100
        found[missing[0]].add(near[2])
    nearest = min((distance(i) for hits in found for i in hits), default=0)
    pairs = list(zip(found, found[1:]))
    order = sum(any(i + 1 in after for i in before) for before, after in pairs) / len(pairs) if pairs else 1.0
    return 100 * got / total, nearest, order


def _compatible(figure: Figure, record: Record) -> bool:
    if record.kind == "event":
        return figure.kind != "duration" or figure.unit in settings()["compare.duration"]["units"]
    return not (figure.unit and record.unit and figure.unit != record.unit)


def match(figure: Figure, store: ReferenceStore) -> list[tuple[float, Record, str]]:
    """Records that fit the figure, best first, as (score, record, matched name or alias)."""
    cfg = settings()["compare.match"]
    kinds = cfg["kinds"].get(figure.kind, [])
    if not kinds or not figure.context:
        return []
    context, place = _window(figure, cfg["context_window"])
    words, where = _sentence(context, store.index_words)
    subject = {v for _, _, w in tokens(figure.subject or "") for v in variants(w)}
    span = _figure_words(words, place)
    a, b = span or (0, 0)
    choices = {i: w[2] for i, w in enumerate(words) if not a <= i < b}
    scored = []
    found = store.candidates(kinds, [*where, *subject], cfg["max_candidates"], cfg["max_postings"])
    for record, shared in found:
        counts_other = subject and record.population and not subject & record.population
        if counts_other or not _compatible(figure, record):
            continue
        best = None
        for alias in (record.aliases[i] for i in sorted({i for w in shared for i in record.by_word[w]})):
            coverage, nearest, order = _alias_score(alias, where, span, choices, cfg)
            if coverage >= cfg["min_coverage"]:
                score = (coverage - cfg["distance_penalty"] * min(nearest, cfg["max_distance"])
                         + cfg["order_bonus"] * order)
                if best is None or score > best[0]:
                    best = (score, alias.text)
        if best:
            bonus = cfg["subject_bonus"] if subject and subject & record.population else 0
            scored.append((best[0] + bonus, record, best[1]))
    return sorted(scored, key=lambda s: (-s[0], s[1].id))


# ---------------------------------------------------------------- comparing

def _half_unit(figure: Figure) -> float:
    """Half a unit of the figure's last written digit, in the figure's value ("1.4 مليون" -> 50000)."""
    value = float(figure.value)
    m = _NUMBER.search(normalize(figure.text).text)
    written = m.group().replace(",", "") if m else str(int(value) if value.is_integer() else value)
    number = float(written)
    if "." in written:
        unit = 10.0 ** -len(written.split(".")[1])
    else:
        digits = written.lstrip("-")
        unit = 10.0 ** (len(digits) - len(digits.rstrip("0"))) if digits.strip("0") else 1.0
    return unit * abs(value / number if number else 1.0) / 2


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
    """{"y", "m", "d"} present in "2023-10-07", "2023-10", "--10-07" or "2007"."""
    if iso.startswith("--"):
        month, day = iso[2:].split("-")
        return {"m": int(month), "d": int(day)}
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
    """Whole units accepted for "since the event" at `date`: elapsed time rounded down, to one more."""
    days = settings()["compare.duration"]["units"][unit]
    first, last = _event_span(event)
    low, high = (date - last).days / days, (date - first).days / days
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
    if not common:
        return "unverified", f"{what}: no common date parts to compare", ref
    return ("supported" if all(mine[k] == theirs[k] for k in common) else "contradicted"), what, ref


def _against_values(figure: Figure, record: Record, date: dt.date, matched: str, score: float):
    i = record.in_force(date)
    current = record.entries[0 if i is None else i]
    ref = _reference(record, matched, score, current)
    interval = accepted(figure)
    holds = f"{record.name} is {current.value} as of {current.as_of}"
    if i is None and record.type == "series":
        return "unverified", f"{record.name} has no value before {current.as_of}", ref
    if _meets(interval, current.low, current.high):
        return "supported", holds, ref
    if i is None:       # a fact of a later date: only agreement tells
        return "unverified", f"{holds}, after the article's date {date}", ref
    older = next((e for e in reversed(record.entries[:i]) if _meets(interval, e.low, e.high)), None)
    if older:
        return "outdated", f"the figure is the value of {older.as_of} ({older.value}); {holds}", ref
    if i + 1 < len(record.entries):
        after = record.entries[i + 1]
        low, high = min(current.low, after.low), max(current.high, after.high)
        if _meets(interval, low, high) and not _meets(interval, after.low, after.high):
            why = f"the figure lies between the values of {current.as_of} and {after.as_of}"
            return "unverified", why, ref
    return "contradicted", holds, ref


def compare(figure: Figure, record: Record, date: dt.date, matched: str,
            score: float) -> tuple[str, str, Reference]:
    """(status, why, reference) for the figure against one record at the article's date."""
    check = _against_event if record.kind == "event" else _against_values
    return check(figure, record, date, matched, score)


def _verdict(figure: Figure, store: ReferenceStore, date: dt.date) -> Verdict:
    found = match(figure, store)
    if not found:
        return Verdict("unverified", f"no reference fact matches this {figure.kind} in its sentence")
    margin = settings()["compare.match"]["tie_margin"]
    fits = [f for f in found if f[0] >= found[0][0] - margin]
    try:
        # ranking scores carry bonuses; a reader sees them on the 0-100 scale of a match
        results = [(compare(figure, record, date, alias, min(score, 100.0)), record, alias, min(score, 100.0))
                   for score, record, alias in fits]
    except (TypeError, ValueError):
        return Verdict("unverified", f"the {figure.kind} value {figure.value!r} cannot be compared")
    (status, why, ref), record, alias, score = results[0]
    how = f"matched “{alias}” ({record.id}, score {score:.0f})"
    if len(results) == 1:
        return Verdict(status, f"{how}: {why}", ref)
    others = [r[0][2] for r in results[1:]]
    statuses = {r[0][0] for r in results}
    listing = ", ".join(f"{r[1].id}: {r[0][0]}" for r in results)
    if len(statuses) == 1:
        return Verdict(status, f"{how}: {why}; equally good matches agree ({listing})", ref, others)
    why = f"{len(results)} facts fit equally and disagree ({listing}); not guessing"
    return Verdict("unverified", why, ref, others)


def verify(figures: list[Figure], store: ReferenceStore, date: dt.date) -> list[Verdict]:
    """One verdict per figure, against the store at the article's date."""
    return [_verdict(figure, store, date) for figure in figures]


# ---------------------------------------------------------------- rule examples

def _example_figure(example: dict) -> Figure:
    return Figure(example["figure"], 0, len(example["figure"]), example["kind"], example.get("value"),
                  example.get("unit"), example.get("qualifier"), subject=example.get("subject"),
                  context=normalize(example.get("context", "")).text)


@functools.lru_cache(maxsize=1)
def _bundled_store() -> ReferenceStore:
    return load_store([data_dir("references")])


def check_example(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """Rule-example contract for `stage: compare` (see rules/common/compare.yaml; the `quote.*`
    rules of rules/common/quotes.yaml are checked by factcheck.quotes)."""
    if rule["id"].startswith("quote."):
        return quotes.check_example(lang, rule, example, should_match)
    if rule["id"] == "compare.tokens":
        found = {v for _, _, w in tokens(example["text"] if should_match else example) for v in variants(w)}
        if should_match:
            lost = set(example["words"]) - found
            return f"{example['text']!r}: no variant {sorted(lost)} among {sorted(found)}" if lost else None
        return f"{example!r} gives words {sorted(found)}" if found else None
    figure = _example_figure(example)
    if rule["id"] == "compare.match":
        found = match(figure, _bundled_store())
        chosen = found[0][1].id if found else None
        if (chosen == example["record"]) != should_match:
            scores = [(round(s), r.id) for s, r, _ in found]
            return f"{example['context']!r}: {figure.text!r} matched {chosen}, scores {scores}"
        return None
    if "event" in example:
        low, high = elapsed(example["event"], dt.date.fromisoformat(example["date"]), figure.unit)
        what = f"elapsed {low}-{high}"
    else:
        reference = example["reference"]
        low, high = reference if isinstance(reference, list) else (reference, reference)
        what = f"reference {example['reference']}"
    got = _meets(accepted(figure), low, high)
    return None if got == should_match else f"{figure.text!r} accepts {accepted(figure)}, {what}"
