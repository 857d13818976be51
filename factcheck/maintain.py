"""Tools for the people who maintain a reference store (`factcheck refs ...`).

- `consistency`: problems the schema cannot see across records: two facts that contradict each
  other for the same subject and date, a name or alias shared by two subjects.
- `record_text`: a record as written in its file, with its place.
- `find`: records whose names or aliases match a text, through the store's indexes, with scores.
- `import_csv`: facts built from a table by a column mapping, streamed row by row.
"""
from __future__ import annotations

import csv
import math
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import regex
import yaml
from rapidfuzz import fuzz

from .errors import FactcheckError
from .normalize import fold
from .references import SCHEMA_VERSION, ReferenceStore, _compose, first_day
from .rules import load_yaml, settings
from .words import terms, tokens, variants

Problem = tuple[str, int | None, str]


def _key(alias) -> str:
    """What makes two names the same: their content words and numbers ("Ford net income 2003"
    and "... 2004" differ)."""
    return " ".join(term.word for term in terms(alias.text, None))


def _named(store: ReferenceStore) -> Iterator[tuple[str, str, Any]]:
    """Every record with a name, as (space, what it is, record): names may repeat across spaces
    (a fact and an event), not within one."""
    for r in store.records.values():
        yield (r.type if r.type == "event" else f"value:{r.kind}"), r.type, r
    for space, group in (("person", store.people), ("source", store.sources)):
        for r in group.values():
            yield space, space, r


def consistency(store: ReferenceStore) -> list[Problem]:
    """Contradicting facts (same kind, unit and first name, same date, values that do not meet)
    and names or aliases shared by two subjects, each reported at the later record."""
    problems: list[Problem] = []
    facts: dict[tuple, Any] = {}
    for r in sorted((r for r in store.records.values() if r.type == "fact"), key=lambda r: (r.path, r.line)):
        key = (r.kind, r.unit, fold(r.name), r.entries[0].as_of)
        other = facts.setdefault(key, r)
        a, b = other.entries[0], r.entries[0]
        if other is not r and (a.high < b.low or b.high < a.low):
            problems.append((r.path, r.line, f"fact '{r.id}' ({b.value}) contradicts fact '{other.id}' "
                             f"({a.value}, {other.path}:{other.line}): same subject and date {b.as_of}"))
    owner: dict[tuple[str, str], Any] = {}
    for space, what, r in sorted(_named(store), key=lambda n: (n[2].path, n[2].line)):
        subject = (r.kind, r.unit, fold(r.name)) if what == "fact" else r.id
        for alias in r.aliases:
            first = owner.setdefault((space, _key(alias)), (subject, what, r))
            if first[0] != subject:
                problems.append((r.path, r.line, f"{what} '{r.id}': name or alias '{alias.text}' is also "
                                 f"one of {first[1]} '{first[2].id}' ({first[2].path}:{first[2].line})"))
    return sorted(problems, key=lambda p: (p[0], p[1]))


def _records(store: ReferenceStore) -> dict[str, Any]:
    return {**store.records, **store.people, **store.sources, **store.statements, **store.claims}


def record_text(store: ReferenceStore, rid: str) -> str:
    """The record with id `rid` as written in its file, after a `# file:line` comment."""
    record = _records(store).get(rid)
    if record is None:
        raise FactcheckError(f"no record with id '{rid}'")
    text = Path(record.path).read_text(encoding="utf-8")
    _, root = _compose(Path(record.path))
    node = next(item for _, seq in root.value if isinstance(seq, yaml.SequenceNode)
                for item in seq.value if item.start_mark.line + 1 == record.line)
    body = textwrap.dedent(" " * node.start_mark.column + text[node.start_mark.index:node.end_mark.index])
    return f"# {record.path}:{record.line}\n{body.rstrip()}\n"


def find(store: ReferenceStore, text: str, limit: int = 20) -> list[tuple[float, str, str, Any]]:
    """Records whose names or aliases match `text`, best first: (score 0-100, what, matched, record)."""
    words = {v for _, _, w in tokens(text) for v in variants(w)}
    kinds = {k for ks in settings()["compare.match"]["kinds"].values() for k in ks}
    found = {r.id: r for r, _ in store.candidates(kinds, words, limit, settings()["compare.match"]["max_postings"])}
    found.update((rid, group[rid]) for w in words for _, rid in store.names.get(w, ())
                 for group in (store.people, store.sources) if rid in group)
    query = fold(text)
    scored = []
    for r in found.values():
        score, alias = max((fuzz.token_set_ratio(query, fold(a.text)), a.text) for a in r.aliases)
        what = "person" if r.id in store.people else "source" if r.id in store.sources else r.type
        scored.append((score, what, alias, r))
    return sorted(scored, key=lambda s: (-s[0], s[3].id))[:limit]


# ---------------------------------------------------------------- import

_FIELD = regex.compile(r"\{([^{}]+)\}")
_ID = regex.compile(r"[a-z0-9][a-z0-9-]*")
_MAPPING_KEYS = {"id", "kind", "unit", "value", "as_of", "names", "aliases", "population", "place", "note",
                 "source"}


def _fill(template: Any, row: dict[str, str]) -> Any:
    """A mapping value for one row: `{column}` in text is replaced by the row's cell; mappings and
    lists are filled item by item."""
    if isinstance(template, dict):
        return {k: _fill(v, row) for k, v in template.items()}
    if isinstance(template, list):
        return [_fill(v, row) for v in template]
    if not isinstance(template, str):
        return template

    def cell(m: regex.Match) -> str:
        value = (row.get(m.group(1)) or "").strip()
        if not value:
            raise ValueError(f"column '{m.group(1)}' is empty")
        return value

    return _FIELD.sub(cell, template)


def _fact(mapping: dict, row: dict[str, str]) -> dict:
    """One fact from one row; ValueError says what is wrong with the row."""
    fact = {k: _fill(v, row) for k, v in mapping.items()}
    if not _ID.fullmatch(fact.get("id", "")):
        raise ValueError(f"id '{fact.get('id')}' is not [a-z0-9-]")
    try:
        number = float(str(fact["value"]).replace(",", ""))
        if not math.isfinite(number):
            raise ValueError
    except ValueError:
        raise ValueError(f"value '{fact['value']}' is not a number") from None
    fact["value"] = int(number) if number.is_integer() else number
    first_day(str(fact["as_of"]))
    for group in ("names", "aliases", "population"):
        if group in fact:
            fact[group] = {lang: [t] if isinstance(t, str) else t for lang, t in fact[group].items()}
    if not any(tokens(t) for texts in fact["names"].values() for t in texts):
        raise ValueError("the names have no content word")
    return fact


def read_mapping(path: Path) -> dict:
    """The column mapping of `refs import` (see references/README.md)."""
    mapping = load_yaml(path)
    if not isinstance(mapping, dict):
        raise FactcheckError("a mapping file is a YAML mapping of fact fields to templates", str(path), 1)
    unknown = set(mapping) - _MAPPING_KEYS
    missing = {"id", "kind", "value", "as_of", "names", "source"} - set(mapping)
    if unknown or missing:
        what = "; ".join(filter(None, [unknown and f"unknown keys {sorted(unknown)}",
                                       missing and f"missing keys {sorted(missing)}"]))
        raise FactcheckError(what, str(path), 1)
    return mapping


def import_csv(table: Path, mapping: dict) -> Iterator[tuple[str | None, Problem | None]]:
    """The facts of `table`, a row at a time: (the fact as YAML list item, None) for a row that
    makes one, (None, problem) for a row that cannot (it is left out)."""
    seen: dict[str, int] = {}
    dump = yaml.CSafeDumper if hasattr(yaml, "CSafeDumper") else yaml.SafeDumper
    with table.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        for row in reader:
            line = reader.line_num
            try:
                fact = _fact(mapping, row)
                if fact["id"] in seen:
                    raise ValueError(f"duplicate id '{fact['id']}' (first on line {seen[fact['id']]})")
            except (ValueError, KeyError, AttributeError) as exc:
                yield None, (str(table), line, f"row skipped: {exc}")
                continue
            seen[fact["id"]] = line
            yield yaml.dump([fact], Dumper=dump, allow_unicode=True, sort_keys=False, width=1000), None


def store_file(table: Path, facts: list[str]) -> str:
    """A store file of facts from `import_csv`."""
    body = "\n" + "".join(facts) if facts else " []\n"
    return f"# Imported from {table.name} by factcheck refs import.\nschema: {SCHEMA_VERSION}\nfacts:{body}"
