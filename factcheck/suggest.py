"""Draft store records for the figures no record covers yet (`factcheck refs suggest`).

Each `unverified` figure of kind the store can hold becomes a draft in the store's schema: a fact
(count, money, percent, measure, age, ordinal, duration; a range for "عشرات آلاف" or "between 10
and 20"), or an event for a year or a date. Its name is the figure's own words (the content words of
its clause nearest it, as written), its population the noun it counts, its date the article's, its
source the attribution's publisher. What a person must supply is `TODO` (the source's URL, a
publisher where nobody is credited): `refs validate` refuses a draft until it is filled. The
sentence is a comment above the draft, and a draft close to a record already in the store says so.
"""
from __future__ import annotations

import re
from pathlib import PurePath

import regex
import yaml

from .document import Document
from .frames import OWN, SENTENCE, Frame, Frames
from .model import FileResult, Figure
from .normalize import normalize
from .signoff import sentence
from .words import CONCEPT, concepts, is_change, is_stopword

TODO = "TODO"
_FACT_KINDS = ("count", "money", "percent", "measure", "age", "ordinal", "duration")
_BOUNDS = ("more_than", "at_least", "less_than", "at_most")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_TIME_UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "article"


def _written(doc: Document, figure: Figure, folded: tuple[str, ...]) -> list[str]:
    """The words of `folded` (normalised, as frames give them) as the article writes them, in
    text order, from the figure's neighbourhood."""
    lo, hi = max(0, figure.start - 300), min(len(doc.text), figure.end + 300)
    found: dict[str, tuple[int, str]] = {}
    for m in _WORD.finditer(doc.text, lo, hi):
        key = normalize(m.group()).text.casefold()
        if key in folded:
            distance = min(abs(m.start() - figure.start), abs(m.end() - figure.end))
            if key not in found or distance < found[key][0]:
                found[key] = (distance, m.group())
    spots = {w: doc.text.find(found[w][1], lo) for w in found}
    return [found[w][1] for w in sorted(found, key=lambda w: spots[w])]


def _names_a_period(doc: Document, fig: Figure) -> bool:
    """An ordinal next to a word of a part of a year ("fourth quarter", "الربع الرابع", "second half")."""
    before = _WORD.findall(doc.text, max(0, fig.start - 30), fig.start)[-1:]
    after = _WORD.findall(doc.text, fig.end, fig.end + 30)[:1]
    return any(CONCEPT + "quarter" in concepts(normalize(w).text.casefold(), doc.lang) for w in before + after)


def _body(doc: Document, fig: Figure, frame: Frame, timing: set[tuple[int, int]]) -> tuple[str, dict] | None:
    """The section and the value part of a figure's draft, or None for a figure no record holds."""
    if fig.kind in ("year", "date"):
        date = str(fig.value)
        if fig.calendar == "hijri" or date.startswith("--") or (
                fig.kind == "year" and (frame.sentence, fig.value) in timing):
            return None         # a Hijri date, a day without its year, the year of another figure: no event
        return "events", {"date": date}
    if fig.kind == "ordinal" and _names_a_period(doc, fig):
        return None             # "the fourth quarter", "الربع الرابع": when, not a fact
    if fig.kind not in (*_FACT_KINDS, "vague", "range"):
        return None
    kind = fig.kind if fig.kind in _FACT_KINDS else ("duration" if fig.unit in _TIME_UNITS else "count")
    body: dict = {"kind": kind}
    if fig.unit and not (kind == "duration" and fig.unit not in _TIME_UNITS):
        body["unit"] = fig.unit
    if isinstance(fig.value, list):
        body["range"] = list(fig.value)
    else:
        body["value"] = fig.value
        if fig.qualifier in _BOUNDS:
            body["bound"] = fig.qualifier
    body["as_of"] = doc.date.isoformat()
    return "facts", body


def _name(doc: Document, fig: Figure, frame: Frame, about_words: set[str], saying: set[str],
          named: dict[str, object]) -> list[str] | None:
    """The words of a figure's draft name, as written: the nearest words of its clause (no verb of
    saying or of change, "reported", "rose"; the change word of a change: "ارتفع بنسبة 20%"), the
    words of the headline its sentence says ("Ford" of "Ford gains from finance": "net income" of one
    article is not every article's), its counted noun and the year it holds for; longer when another
    value has the same name. None when nothing but "up" would name it."""
    near = tuple(w for w in frame.near if w not in saying and not is_change(w, doc.lang))
    if frame.role == "change":
        near += tuple(w for w, scope in frame.words if scope == OWN and is_change(w, doc.lang) and w not in near)[:1]
    about = tuple(w for w, scope in frame.words if scope <= SENTENCE and w in about_words and w not in near
                  and w not in saying)[:2]
    more = [w for w, scope in frame.words if scope == OWN and w not in near + about and w not in saying
            and not is_change(w, doc.lang)]
    extra: tuple[str, ...] = ()
    while True:
        words = _written(doc, fig, near + about + extra)
        if fig.subject and fig.subject not in words:
            words.append(fig.subject)
        words += [str(y) for y in sorted(frame.years)]
        if not words or named.get(" ".join(words), fig.value) == fig.value or not more:
            break
        extra += (more.pop(0),)         # another value under the same name: a longer name
    if not words or named.get(" ".join(words), fig.value) != fig.value or all(
            is_change(normalize(w).text.casefold(), doc.lang) for w in words):
        return None
    return words


def drafts(doc: Document, result: FileResult) -> list[tuple[str, str, dict]]:
    """(section, comment, record) for each unverified figure a store record could hold."""
    frames = Frames(doc, normalize(doc.masked), result.figures)
    base = _slug(PurePath(doc.path).stem)
    headline = doc.title or doc.lead.split("\n", 1)[0]
    about_words = {w for w in (normalize(m).text.casefold() for m in _WORD.findall(headline))
                   if len(w) > 1 and not is_stopword(w) and not is_change(w, doc.lang)}
    saying = {normalize(a.cue.text).text.casefold() for a in result.attributions}
    # a year that says when another figure holds ("net income for 2004 was $3.5bn") is no event's
    timing = {(frames[i].sentence, y) for i, f in enumerate(result.figures)
              if f.kind in ("count", "money", "percent", "measure") for y in frames[i].years}
    out, seen = [], set()
    named: dict[str, object] = {}       # a draft's name -> its value: two values need two names
    for i, (fig, verdict) in enumerate(zip(result.figures, result.verdicts)):
        if verdict is not None and verdict.status != "unverified":
            continue
        frame = frames[i]
        if frame.role == "compared":
            continue        # "مقارنة بـ98 مليارا": an earlier period's value, not the article's to draft
        body = _body(doc, fig, frame, timing)
        words = _name(doc, fig, frame, about_words, saying, named) if body else None
        if body is None or words is None or (body[0], tuple(words), str(fig.value)) in seen:
            continue
        seen.add((body[0], tuple(words), str(fig.value)))
        named[" ".join(words)] = fig.value
        att = result.attributions[fig.attribution] if fig.attribution is not None else None
        publisher = (att.resolved or (att.source.text if att.source else None)) if att else None
        record: dict = {"id": f"{base}-{fig.kind}-{i + 1}", "names": {doc.lang: [" ".join(words)]}, **body[1]}
        if fig.subject:
            record["population"] = {doc.lang: [fig.subject]}
        record["source"] = {"publisher": publisher or TODO, "url": TODO}
        comment = f"“{sentence(doc.text, fig)}”"
        if verdict is not None and verdict.reference is not None:
            comment += f"\nclose to {verdict.reference.fact_id} ({verdict.reference.name or verdict.reference.matched}): " \
                       "the same quantity? then add this one's words to its aliases instead"
        out.append((body[0], comment, record))
    return out


def render(doc: Document, records: list[tuple[str, str, dict]]) -> str:
    """The drafts as a store file: a comment on what to fill, then the records by section, each
    under its sentence."""
    lines = [f"# Drafted by factcheck refs suggest from {doc.path} ({doc.date.isoformat()}). Fill every {TODO}",
             "# (the source's URL; the publisher where nobody is credited), check each value and name",
             "# against the source, then run `factcheck refs validate`: a draft with a TODO is refused.",
             "schema: 1"]
    for section in ("facts", "events"):
        mine = [(c, r) for s, c, r in records if s == section]
        if not mine:
            continue
        lines.append(f"{section}:")
        for comment, record in mine:
            lines += [f"  # {line}" for line in comment.splitlines()]
            dumped = yaml.safe_dump([record], allow_unicode=True, sort_keys=False, width=100)
            lines += ["  " + line for line in dumped.rstrip("\n").splitlines()]
    return "\n".join(lines) + "\n"
