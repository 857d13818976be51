"""The checkers of the examples kept beside the rules in `rules/`, one a stage (tests/test_rule_examples.py
runs them).

A checker is `check(lang, rule, example, should_match) -> error message or None`: `rule` is the
rule entry, `example` one item of its `examples: {match: [...], no_match: [...]}` and
`should_match` whether it came from `match`. What an item must hold is described with each
stage's rules: at the top of the rule files (`rules/ar/*.yaml`), in factcheck/figures.py's
module docstring and in the README (language packs). The checkers read the stages' internals.
"""
from __future__ import annotations

import datetime as dt
import functools

from factcheck.attributions import extract_attributions
from factcheck.consistency import _lang
from factcheck.document import Document, detect_language, from_text
from factcheck.figures import extract_figures
from factcheck.frames import OWN, Frames
from factcheck.model import Attribution, Figure, Role
from factcheck.normalize import fold, normalize
from factcheck.pipeline import check_document
from factcheck.quotes import compare as compare_quote
from factcheck.quotes import extract_quotes, names_match
from factcheck.references import ReferenceStore, folders, load_store, record_aliases
from factcheck.roles import _words, find_roles
from factcheck.verify import _meets, accepted, elapsed
from factcheck.words import CONCEPT, concepts, keys, root, tokens, variants


@functools.lru_cache(maxsize=1)
def _bundled_store() -> ReferenceStore:
    return load_store(folders())


# ---------------------------------------------------------------- stage: language

def check_language(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """A language pack's rules (language.yaml), by what a rule `checks`: its `script`, a `match`
    text is detected as the pack's language, a `no_match` text is not; its `normalize` tables and
    `words`, as the stages that read them check theirs."""
    if rule["checks"] == "normalize":
        return check_normalize(lang, rule, example, should_match)
    if rule["checks"] == "words":
        return check_compare(lang, {**rule, "id": "compare.tokens"}, example, should_match)
    if rule["checks"] == "roots":       # two words of one root, or of two
        a, b = (root(fold(w), lang) for w in example)
        return None if (a is not None and a == b) == should_match else f"{example!r}: roots {a!r} and {b!r}"
    got = detect_language(example)
    return None if (got == lang) == should_match else f"{example!r} is detected as {got!r}"


# ---------------------------------------------------------------- stage: normalize

def check_normalize(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """`match` items normalise to `normalized`; `no_match` stay as they are."""
    if should_match:
        got = normalize(example["text"]).text
        return None if got == example["normalized"] else f"{example['text']!r} -> {got!r}, want {example['normalized']!r}"
    got = normalize(example).text
    return None if got == example else f"{example!r} changed to {got!r}"


# ---------------------------------------------------------------- stage: figures

def check_figures(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """See the end of factcheck/figures.py's module docstring."""
    text = example if isinstance(example, str) else example["text"]
    doc = from_text(text, "<example>", lang, dt.date(2024, 3, 20))
    figures = extract_figures(doc, normalize(doc.masked))
    shown = ", ".join(f"{f.text!r} {f.kind} {f.value!r} {f.unit or ''} {f.qualifier or ''}".strip()
                      for f in figures) or "nothing"
    if "none" in (rule.get("kind"), (rule.get("set") or {}).get("kind")):   # an exclusion: `match`
        should_match = not should_match                                     # removes, `no_match` keeps
    if not should_match:
        if isinstance(example, dict):
            bad = [f for f in figures if all(getattr(f, k) == v for k, v in example["not"].items())]
            return f"{text!r} gave {shown}" if bad else None
        return f"{text!r} gave {shown}" if figures else None
    if isinstance(example, str):
        return f"{text!r} gave {shown}" if figures else None
    want = {k: example.get(k) for k in ("kind", "value", "unit", "qualifier")} | \
        {k: example[k] for k in ("subject",) if k in example}
    span = example.get("span", text)
    found = [f for f in figures if f.text not in example.get("also", ())]
    ok = (len(found) == 1 and len(figures) == 1 + len(example.get("also", ())) and found[0].text == span
          and all(getattr(found[0], k) == v for k, v in want.items()))
    return None if ok else f"{text!r} gave {shown}; want {span!r} {want}"


# ---------------------------------------------------------------- stage: attributions

def check_attributions(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """See the top of `rules/ar/attributions.yaml`."""
    text = example["text"] if isinstance(example, dict) else example
    doc = from_text(text, lang=lang)
    got, _ = extract_attributions(doc, normalize(doc.masked), [])
    shown = [(a.cue.text, a.source and a.source.text, a.source_type, a.resolved, a.loaded, a.rule) for a in got]
    if "exclude" in rule:
        ok = (not got) == should_match
    elif not should_match:
        ok = not any(_attribution_owned(rule, a) for a in got)
    elif isinstance(example, str):
        ok = not got
    else:
        ok = any(_attribution_owned(rule, a) and _attribution_fits(example, a) for a in got)
    return None if ok else f"{text!r} -> {shown}"


def _attribution_owned(rule: dict, a: Attribution) -> bool:
    """Whether attribution `a` shows the effect of `rule`."""
    if "cue" in rule:
        return a.rule == rule["id"]
    if "heads" in rule:
        return a.source_type in (rule["type"], rule.get("issued"))
    if "given_names" in rule:
        return a.source_type == "implied" and a.resolved is not None
    if "epithet" in rule:
        return a.source is not None and a.resolved is not None
    return a.resolved is not None and a.source_type == "document"


def _attribution_fits(example: dict, a: Attribution) -> bool:
    want = {"cue": a.cue.text, "source": a.source and a.source.text, "type": a.source_type,
            "resolved": a.resolved, "loaded": a.loaded}
    return all(want[k] == v for k, v in example.items() if k != "text")


# ---------------------------------------------------------------- stage: compare (and the quote.* rules)

def _example_figure(example: dict) -> Figure:
    return Figure(example["figure"], 0, len(example["figure"]), example["kind"], example.get("value"),
                  example.get("unit"), example.get("qualifier"))


def check_compare(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """`stage: compare` (see rules/common/compare.yaml; the `quote.*` rules of
    rules/common/quotes.yaml are checked by check_quote)."""
    if rule["id"].startswith("quote."):
        return check_quote(lang, rule, example, should_match)
    if rule["id"] == "compare.tokens":
        found = {v for _, _, w in tokens(example["text"] if should_match else example) for v in variants(w)}
        if should_match:
            lost = set(example["words"]) - found
            return f"{example['text']!r}: no variant {sorted(lost)} among {sorted(found)}" if lost else None
        return f"{example!r} gives words {sorted(found)}" if found else None
    if rule["id"] == "compare.match":
        result = check_document(from_text(example["context"], lang="auto", date=example["date"]), _bundled_store())
        at = next((i for i, f in enumerate(result.figures) if f.text == example["figure"]), None)
        if at is None:
            return f"{example['context']!r}: no figure {example['figure']!r} among {[f.text for f in result.figures]}"
        verdict = result.verdicts[at]
        got = verdict.status, verdict.reference.fact_id if verdict.reference else None
        wrong = got != (example["status"], example["record"]) if should_match else (
            got[0] in ("contradicted", "outdated") and got[1] == example["record"])
        return f"{example['context']!r}: {example['figure']!r} is {got}: {verdict.reason}" if wrong else None
    figure = _example_figure(example)
    if "event" in example:
        low, high = elapsed(example["event"], dt.date.fromisoformat(example["date"]), figure.unit)
        what = f"elapsed {low}-{high}"
    else:
        reference = example["reference"]
        low, high = reference if isinstance(reference, list) else (reference, reference)
        what = f"reference {example['reference']}"
    got = _meets(accepted(figure), low, high)
    return None if got == should_match else f"{figure.text!r} accepts {accepted(figure)}, {what}"


def check_quote(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """The `quote.*` rules of rules/common/quotes.yaml."""
    if rule["id"] == "quote.extract":
        doc = from_text(example["text"], lang=example.get("lang", lang))
        norm = normalize(doc.masked)
        atts, quotations = extract_attributions(doc, norm, [])
        got = [(q.text, atts[q.speaker].source and atts[q.speaker].source.text if q.speaker is not None else None)
               for q in extract_quotes(norm, quotations)]
        want = list(zip(example["quotes"], example["speakers"])) if should_match else []
        return None if got == want else f"{example['text']!r} -> {got}"
    if rule["id"] == "quote.match":
        got = compare_quote(example["quote"], example["statement"], rule)
        if not should_match:
            return None if got is None else f"{example['quote']!r} matched: {got}"
        verdict = got and ("misquoted" if got[2] else "supported")
        changes = [list(c) for c in got[2]] if got else None
        if verdict != example["verdict"] or "changes" in example and changes != example["changes"]:
            return f"{example['quote']!r} -> {verdict}, {got}"
        return None
    names = record_aliases({"names": {"any": example["names"]}})
    got = names_match([example["speaker"]], names, rule["word_similarity"])
    return None if got == should_match else f"{example['speaker']!r} vs {example['names']}: {got}"


# ---------------------------------------------------------------- stage: roles

def check_roles(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """See the top of `rules/ar/roles.yaml`."""
    text = example["text"] if isinstance(example, dict) else example
    date = dt.date.fromisoformat(example.get("date", "2024-03-20")) if isinstance(example, dict) else dt.date(2024, 3, 20)
    doc: Document = from_text(text, lang=lang)
    got = find_roles(doc.text, normalize(doc.masked), lang, _bundled_store(), date)
    shown = [(r.person_id, r.title.text, r.verdict) for r in got]
    if not should_match:
        return None if not any(_role_owned(rule, r) for r in got) else f"{text!r} -> {shown}"
    ok = any(r.person_id == example["person"] and r.title.text == example["title"] and _role_owned(rule, r)
             and r.verdict == example.get("verdict", r.verdict) for r in got)
    return None if ok else f"{text!r} -> {shown}"


def _role_owned(rule: dict, role: Role) -> bool:
    """Whether the claim shows the effect of `rule`."""
    title = {w for _, _, word in tokens(role.title.text) for w in variants(word)}
    if "countries" in rule:
        return any(_words(a)[0] in title for a in (a for v in rule["countries"].values() for a in v))
    if "counterpart" in rule:
        return any(_words(c)[0] in title for c in rule["counterpart"])
    return any(set(_words(t)) <= title for t in rule["titles"])


# ---------------------------------------------------------------- stage: frames (and the lexicon entries)

def check_frames(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """Lexicon entries (check_lexicon); clause examples `{text, figure, own: [...]}` (the words
    are in the figure's own clause, or for `no_match` are not); role examples `{text, figure,
    role}` (the figure has the role, or for `no_match` has not; the roles `since`, `day`,
    `cumulative`, `total`, `month`, `earlier` and `later` are flags of the frame); year examples `{text, figure, date, year}`
    (the figure's clause names the year, by the article's `date`, or for `no_match` does not) and
    `{text, figure, back}` (the clause speaks of `back` days before the article's date, or not)."""
    if "concept" in rule:
        return check_lexicon(lang, rule, example, should_match)
    date = example.get("date")
    doc = from_text(example["text"], lang=lang, date=date and dt.date.fromisoformat(str(date)))
    norm = normalize(doc.masked)
    figures = extract_figures(doc, norm)
    frames = Frames(doc, norm, figures)
    at = next((i for i, f in enumerate(figures) if f.text == example["figure"]), None)
    if at is None:
        return f"{example['text']!r}: no figure {example['figure']!r} among {[f.text for f in figures]}"
    frame = frames[at]
    if "back" in example:
        return None if (frame.back == example["back"]) == should_match else \
            f"{example['figure']!r} speaks of {frame.back} days before the article's date"
    if "year" in example:
        named = frame.years | frame.relative
        return None if (example["year"] in named) == should_match else f"{example['figure']!r} names the years {sorted(named)}"
    if "role" in example:
        flags = {"since": frame.since, "day": frame.day, "cumulative": frame.cumulative, "month": frame.month,
                 "earlier": frame.earlier, "total": frame.total, "later": frame.later}
        got = frame.role if example["role"] not in flags else (example["role"] if flags[example["role"]] else None)
        return None if (got == example["role"]) == should_match else f"{example['figure']!r} has role {got}"
    own = {w for w, scope in frame.words if scope == OWN}
    wrong = [w for w in example["own"] if (not keys(fold(w), lang).isdisjoint(frame.scopes[OWN])) != should_match]
    return f"{example['figure']!r} owns {sorted(own)}; wrong: {wrong}" if wrong else None


def check_lexicon(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """A lexicon entry (rules/*/lexicon.yaml): a `match` word has the entry's concept, a
    `no_match` word does not."""
    word = fold(example)
    got = CONCEPT + rule["concept"] in concepts(word, lang)
    return None if got == should_match else f"{example!r} has concepts {sorted(concepts(word, lang))}"


# ---------------------------------------------------------------- stage: consistency

def check_consistency(lang: str, rule: dict, example, should_match: bool) -> str | None:
    """A `match` phrase holds a cue of the entry, a `no_match` none."""
    text = normalize(example).text
    words = _lang(lang).words
    found = any(rid == rule["id"] for _, _, word in _lang(lang).scan(text.lower()) for rid, _, _ in words[word])
    if found != should_match:
        return f"{example!r}: {'no' if should_match else 'a'} cue of {rule['id']}"
    return None

