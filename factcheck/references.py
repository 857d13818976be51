"""The reference store: sourced facts, dated events and series, loaded from YAML and indexed.

A store is one or more folders of `*.yaml` files (see `references/README.md`); later folders
win on the same id. Every file is checked against `references/schema.json`; each problem is
one line naming the file and the line of the offending YAML node. Names and aliases are cut
into tokens whose light-stem variants key an index, so looking up candidates for a figure
never scans the store.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import gc
import hashlib
import json
import math
import pickle
import re
from collections import defaultdict
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable
from urllib.parse import urlsplit

import regex
import yaml

from . import __version__, cache
from .errors import FactcheckError
from .model import Source
from .rules import (PACK_FILE, SafeLoader, all_rule_files, data_dir, name_keys, read_all, read_yaml_bytes, read_yaml_text,
                    single_node)
from .words import Term, is_change, is_limit, terms, tokens, variants

if TYPE_CHECKING:
    import jsonschema

SCHEMA_VERSION = 1
_PLURAL = {"facts": "fact", "events": "event", "series": "series", "statements": "statement",
           "people": "person", "sources": "source", "claims": "claim"}


# ---------------------------------------------------------------- records

def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


@dataclass(frozen=True, slots=True)
class Entry:
    """One value of a fact or series: `low == high` for a single value; a bound is open on one side."""
    as_of: dt.date
    low: float
    high: float
    source: Source
    bound: str | None = None        # "more_than", "at_least", "less_than", "at_most"

    @property
    def value(self) -> int | float | list:
        """The value as written in the store: a number, or [low, high] for a range."""
        if self.bound:
            return _number(self.high if self.bound in ("less_than", "at_most") else self.low)
        return _number(self.low) if self.low == self.high else [_number(self.low), _number(self.high)]

    @property
    def said(self) -> str:
        """The value as a reader says it: "more than 15000", "[1400000, 1500000]"."""
        words = {"more_than": "more than ", "at_least": "at least ", "less_than": "less than ", "at_most": "at most "}
        return f"{words.get(self.bound, '')}{self.value}"


@dataclass(frozen=True, slots=True)
class Alias:
    """A person's, source's or speaker's name or alias."""
    text: str
    words: tuple[tuple[str, frozenset[str]], ...]    # (folded word, its variants)


@dataclass(frozen=True, slots=True)
class Name:
    """A fact's, series' or event's name or alias, as the matcher reads it."""
    text: str
    lang: str | None                # the language it is written in (the key of `names:`)
    terms: tuple[Term, ...]         # content words and numbers, with their match keys


@dataclass(frozen=True, slots=True)
class Record:
    id: str
    type: str                       # "fact", "event" or "series"
    kind: str                       # a figure kind, or "event"
    unit: str | None
    name: str                       # the first name, for reports
    aliases: tuple[Name, ...]       # names and aliases, every language
    by_word: dict[str, tuple[int, ...]]   # word key -> indices of the aliases that have it
    population: tuple[Term, ...]    # the nouns a matching figure may count
    change: bool                    # a change ("growth of ...", "تراجع ..."), not a level
    limit: bool                     # a limit or threshold ("maximum weekly hours"): "at most 48" states it
    projection: dt.date | None      # the date a projected value is for (published at its as_of)
    entries: tuple[Entry, ...]      # by as_of; one for a fact; none for an event
    date: str | None                # an event's date: "2007-06-05", "2007-06" or "2007"
    source: Source | None           # an event's source
    path: str
    line: int

    def in_force(self, date: dt.date) -> int | None:
        """Index of the entry that holds at `date` (the latest not after it)."""
        found = None
        for i, entry in enumerate(self.entries):
            if entry.as_of <= date:
                found = i
        return found


@dataclass(frozen=True, slots=True)
class Statement:
    """What someone said: a quote is checked against its text, its speaker against `names`."""
    id: str
    name: str                       # who said it: the first name, for reports
    names: tuple[Alias, ...]        # the source's names and aliases, every language
    date: dt.date
    text: str
    url: str | None
    language: str | None
    words: frozenset[str]           # variants of the text's content words
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim someone already fact-checked (a ClaimReview record)."""
    id: str
    text: str                       # the claim as reviewed
    author: str                     # who made it
    rating: str                     # the reviewer's rating ("False", "مضلل")
    reviewer: str
    url: str
    date: dt.date | None
    language: str | None
    words: frozenset[str]           # variants of the claim's content words
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person held: a title claim is checked against it at the article's date."""
    role: str | None
    titles: tuple[str, ...]         # English first; the first is shown in reports
    country: str | None
    start: dt.date
    end: dt.date | None             # the last day in office; None while still in office
    source: Source

    @property
    def title(self) -> str:
        return self.titles[0]

    @property
    def keys(self) -> frozenset[str]:
        """What a title claim may name to mean this office: its role and its titles."""
        return frozenset([self.role] if self.role else []) | {title_key(t) for t in self.titles}

    def holds(self, date: dt.date) -> bool:
        return self.start <= date and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    aliases: tuple[Alias, ...]      # names and aliases, every language
    offices: tuple[Office, ...]
    path: str
    line: int


@dataclass(frozen=True, slots=True)
class Institution:
    """A publisher or institution that figures and statements are credited to."""
    id: str
    name: str
    aliases: tuple[Alias, ...]
    type: str                       # official, media, organization, person, document
    path: str
    line: int


class Records(MutableMapping):
    """Records by id. A record from the load cache (`cache`) stays pickled until first used."""

    def __init__(self, items: Iterable[tuple[str, Record | bytes]] = ()):
        self._data: dict[str, Record | bytes] = dict(items)

    def __getitem__(self, rid: str) -> Record:
        value = self._data[rid]
        if isinstance(value, bytes):
            value = self._data[rid] = cache.loads(value)
        return value

    def __setitem__(self, rid: str, record: Record) -> None:
        self._data[rid] = record

    def __delitem__(self, rid: str) -> None:
        del self._data[rid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __reduce__(self):
        packed = [(rid, v if isinstance(v, bytes) else pickle.dumps(v, pickle.HIGHEST_PROTOCOL))
                  for rid, v in self._data.items()]
        return Records, (packed,)


@dataclass
class ReferenceStore:
    records: Records = field(default_factory=Records)
    index: dict[tuple[str, str], list[str]] = field(default_factory=lambda: defaultdict(list))
    statements: dict[str, Statement] = field(default_factory=dict)
    statement_index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    claims: dict[str, Claim] = field(default_factory=dict)
    claim_index: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    people: dict[str, Person] = field(default_factory=dict)
    sources: dict[str, Institution] = field(default_factory=dict)
    names: dict[str, list[tuple[Alias, str]]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[tuple[tuple[str, ...], frozenset[str]]]] = field(
        default_factory=lambda: defaultdict(list))   # last word -> (words, keys) of office titles
    kinds: dict[str, int] = field(default_factory=dict)     # how many records of each kind
    values: dict[str, list[tuple[float, float, str]]] = field(default_factory=lambda: defaultdict(list))

    @functools.cached_property
    def name_anchors(self) -> re.Pattern:
        """Finds the longest word of any person's name or alias inside a folded normalised text (a
        text without one names no person of the store); one alternation per first letter, fast with
        thousands of people."""
        rests: dict[str, set[str]] = defaultdict(set)
        for aliases in self.names.values():
            for alias, pid in aliases:
                if pid in self.people:
                    word = max((w for w, _ in alias.words), key=len)
                    rests[word[0]].add(re.escape(word[1:]))
        return re.compile("|".join(f"{re.escape(first)}(?:{'|'.join(sorted(rest))})"
                                   for first, rest in sorted(rests.items())) or "(?!)")

    @functools.cached_property
    def longest_name(self) -> int:
        """The most words in a person's name or alias."""
        return max((len(alias.words) for aliases in self.names.values() for alias, pid in aliases
                    if pid in self.people), default=1)

    @functools.cached_property
    def telling_words(self) -> dict[str, frozenset[str]]:
        """By record kind, the word keys of the index that fewer than half the records have: a
        figure's sentence with none of those of its kinds matches no record (the words every record
        shares, the story's place, cannot make a match on their own)."""
        found: dict[str, set[str]] = defaultdict(set)
        half = len(self.records) / 2
        for (kind, word), ids in self.index.items():
            if len(ids) < half or len(ids) <= 2:
                found[kind].add(word)
        return {kind: frozenset(words) for kind, words in found.items()}

    @functools.cached_property
    def _spread(self) -> dict[tuple[str, tuple[str, ...] | None], float]:
        return {}

    @functools.cached_property
    def distinct(self) -> dict[tuple[tuple[str, ...], frozenset[str]], bool]:
        """Whether a word (by its keys) tells records of some kinds apart, once decided
        (factcheck.verify)."""
        return {}

    @functools.cached_property
    def _by_value(self) -> dict[str, tuple[list[float], list[tuple[float, float, str]], float]]:
        """By kind: the entries' lows in order, the entries in that order, the widest entry."""
        out = {}
        for kind, entries in self.values.items():
            entries = sorted(entries)
            out[kind] = ([low for low, _, _ in entries], entries, max(high - low for low, high, _ in entries))
        return out

    def agreeing(self, kinds: Iterable[str], low: float, high: float) -> set[str]:
        """The ids of the records of `kinds` with a value (of any date) in [low, high]: a figure's
        value may tell which fact it is when its words tell only in part."""
        ids = set()
        for kind in kinds:
            if kind not in self._by_value:
                continue
            lows, entries, widest = self._by_value[kind]
            for i in range(bisect.bisect_left(lows, low - widest), bisect.bisect_right(lows, high)):
                if entries[i][1] >= low:
                    ids.add(entries[i][2])
        return ids

    def size(self, kinds: tuple[str, ...] | None = None) -> int:
        """How many records the store has (of `kinds`, when given)."""
        return len(self.records) if kinds is None else sum(self.kinds.get(k, 0) for k in kinds)

    def spread(self, key: str, kinds: tuple[str, ...] | None = None) -> float:
        """The share of the store's records (of `kinds`, when given) whose names, aliases or
        population have the word key: a word most records have (the story's place, the company)
        tells one record from another little."""
        found = self._spread.get((key, kinds))
        if found is None:
            among = self.kinds if kinds is None else kinds
            found = self._spread[key, kinds] = sum(len(self.index.get((kind, key), ())) for kind in among) / max(
                1, self.size(kinds))
        return found

    def add(self, record: Record | Statement | Claim | Person | Institution) -> None:
        if isinstance(record, (Person, Institution)):
            self.__dict__.pop("name_anchors", None)     # names change: built again on first use
            self.__dict__.pop("longest_name", None)
            (self.people if isinstance(record, Person) else self.sources)[record.id] = record
            for alias in record.aliases:     # keyed by the first word: names are found in a text
                self.names[alias.words[0][0]].append((alias, record.id))
            for office in getattr(record, "offices", ()):
                for title in office.titles:
                    words = tuple(w for _, _, w in tokens(title))
                    keys = frozenset([office.role] if office.role else []) | {title_key(title)}
                    self.titles[words[-1]].append((words, keys))
            return
        if isinstance(record, Statement):
            self.statements[record.id] = record
            for word in record.words:
                self.statement_index[word].append(record.id)
            return
        if isinstance(record, Claim):
            self.claims[record.id] = record
            for word in record.words:
                self.claim_index[word].append(record.id)
            return
        if (old := self.records.get(record.id)) is not None:
            self.kinds[old.kind] -= 1
        self.records[record.id] = record
        self.kinds[record.kind] = self.kinds.get(record.kind, 0) + 1
        for cached in ("telling_words", "_spread", "distinct", "_by_value"):     # the index changed: read again
            self.__dict__.pop(cached, None)
        for entry in record.entries:
            if entry.bound is None:
                self.values[record.kind].append((entry.low, entry.high, record.id))
        # a record's population nouns find it too ("81 مليون مواطن" and a population whose names
        # say "سكان"): `_possible` then scores its names
        for word in set(record.by_word).union(*(t.keys for t in record.population)):
            self.index[record.kind, word].append(record.id)

    def statements_for(self, words: Iterable[str], limit: int) -> list[Statement]:
        """The `limit` statements sharing the most word variants with `words`, by summed rarity."""
        weight: dict[str, float] = defaultdict(float)
        total = len(self.statements) + 1
        for word in set(words):
            ids = self.statement_index.get(word, ())
            for sid in ids:
                weight[sid] += math.log(total / len(ids))
        best = sorted(weight, key=lambda sid: (-weight[sid], sid))[:limit]
        return [self.statements[sid] for sid in best]

    def candidates(self, kinds: Iterable[str], words: Iterable[str], limit: int,
                   max_postings: int) -> list[tuple[Record, set[str]]]:
        """Records of `kinds` sharing word variants with `words` (best `limit` by summed rarity),
        each with the variants it shares. Variants are taken rarest first; one in more than
        `max_postings` records is taken only while nothing rarer has found a record."""
        weight: dict[str, float] = defaultdict(float)
        shared: dict[str, set[str]] = defaultdict(set)
        total = len(self.records) + 1
        postings = sorted(((ids, word) for kind in kinds for word in words
                           if (ids := self.index.get((kind, word)))), key=lambda p: len(p[0]))
        if postings and len(postings[0][0]) > max_postings:     # only common words: all tie, first come
            ids, word = postings[0]
            return [(self.records[rid], {word}) for rid in ids[:limit]]
        for ids, word in postings:
            if len(ids) > max_postings:
                break
            rarity = math.log(total / len(ids))
            for rid in ids:
                weight[rid] += rarity
                shared[rid].add(word)
        best = sorted(weight, key=weight.__getitem__, reverse=True)[:limit]
        return [(self.records[rid], shared[rid]) for rid in best]


# ---------------------------------------------------------------- loading

class _StoreLoader(SafeLoader):
    """The project's safe loader (no duplicate keys, tags or huge integers) keeping dates as text."""


_StoreLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _compose(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a file into data and its node tree (for line numbers); errors name file and line."""
    text = read_yaml_text(path)
    loader = _StoreLoader(text)
    try:
        node = single_node(loader)
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.MarkedYAMLError as exc:
        # a problem found only at the end of the text (an unclosed bracket) is where it was opened
        at_end = exc.problem_mark is None or exc.problem_mark.index >= len(text.rstrip())
        mark = exc.context_mark if at_end and exc.context_mark else exc.problem_mark
        raise FactcheckError(f"YAML error: {exc.problem or exc.context or 'invalid YAML'}", str(path),
                             mark.line + 1 if mark else None) from None
    finally:
        loader.dispose()


def _line(node: yaml.Node | None, path: Iterable) -> int:
    """1-based line of the node reached by a JSON path (keys and indices) from `node`."""
    line = node.start_mark.line + 1 if node is not None else 1
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == step), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


@functools.lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    """The JSON schema's validator, with its (non-recursive) `$ref`s inlined: twice as fast."""
    import jsonschema   # here, not at the top: a cached store needs no validation (0.06 s to import)

    schema = json.loads((data_dir("references") / "schema.json").read_text(encoding="utf-8"))
    schema["$defs"]["language"]["enum"] = sorted(name_keys())      # the language packs found
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            if "$ref" in node:
                return inline(schema["$defs"][node["$ref"].rsplit("/", 1)[1]])
            return {k: inline(v) for k, v in node.items() if k != "$defs"}
        return [inline(v) for v in node] if isinstance(node, list) else node

    return cls(inline(schema))


_PART = {"entries": "entry", "offices": "office"}


def _what(data: Any, path: list) -> tuple[str, list]:
    """Who a problem is about ("fact 'gaza-population'", "series 'x' entry 2") and the field path left."""
    if len(path) < 2 or path[0] not in _PLURAL or not isinstance(path[1], int):
        return "file", path
    record = data[path[0]][path[1]]
    rid = record.get("id") if isinstance(record, dict) else None
    what = f"{_PLURAL[path[0]]} " + (f"'{rid}'" if isinstance(rid, str) else f"#{path[1] + 1}")
    if len(path) >= 4 and path[2] in ("entries", "offices"):
        return f"{what} {_PART[path[2]]} {path[3] + 1}", path[4:]
    return what, path[2:]


def _message(error: jsonschema.ValidationError, data: dict) -> str:
    path = list(error.absolute_path)
    if path[:1] == ["schema"] or (not path and "'schema'" in error.message):
        return f"unsupported or missing 'schema' (this factcheck reads schema: {SCHEMA_VERSION})"
    what, rest = _what(data, path)
    field = ".".join(map(str, rest))
    if error.validator == "required":
        missing = regex.search(r"'([^']+)' is a required", error.message)
        return f"{what}{' ' + field if field else ''} has no {missing.group(1) if missing else 'required field'}"
    if error.validator == "oneOf" and not field:
        return f"{what} needs exactly one of 'value' or 'range'"
    if error.instance == "TODO":
        return f"{what}{' ' + field if field else ''} is TODO: a draft (factcheck refs suggest) to complete"
    if error.validator == "pattern" and field.endswith("url"):
        return f"{what} {field}: {str(error.instance)[:100]!r} is not an http:// or https:// URL (a host, no spaces)"
    message = error.message    # it shows the offending value: keep a huge one from filling the screen
    message = message if len(message) <= 200 else f"{message[:90]} ... {message[-90:]}"
    return f"{what}{' ' + field if field else ''}: {message}"


def _problems(data: Any, node: yaml.Node | None) -> list[tuple[int, str]]:
    if not isinstance(data, dict):
        return [(_line(node, []), f"a reference file is a mapping that starts with 'schema: {SCHEMA_VERSION}'")]
    errors = sorted(_validator().iter_errors(data), key=lambda e: _line(node, e.absolute_path))
    problems = [(_line(node, e.absolute_path), _message(e, data)) for e in errors]
    for path in _not_finite(data):
        what, rest = _what(data, path)
        problems.append((_line(node, path), f"{what} {'.'.join(map(str, rest))}: .nan and .inf are not numbers"))
    return sorted(problems, key=lambda p: p[0])


def _bad_paths(data: dict) -> list[list]:
    """The paths of the records (group, index) the schema or a non-finite number fails."""
    paths = [list(e.absolute_path) for e in _validator().iter_errors(data)] + list(_not_finite(data))
    return [p for p in paths if len(p) >= 2 and p[0] in _PLURAL and isinstance(p[1], int)] + \
        ([["file"]] if any(len(p) < 2 or p[0] not in _PLURAL for p in paths) else [])


def _not_finite(data: Any) -> Iterator[list]:
    """The paths of the NaN and infinite numbers in parsed YAML (the schema's `number` takes them)."""
    stack: list[tuple[Any, list]] = [(data, [])]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            yield path
        elif isinstance(value, (dict, list)):
            stack += [(v, [*path, k]) for k, v in (value.items() if isinstance(value, dict) else enumerate(value))]


def first_day(text: str) -> dt.date:
    """The first day a partial ISO date ("2007-06", "2007") can mean."""
    parts = [int(p) for p in text.split("-")]
    try:
        return dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
    except ValueError as exc:
        raise ValueError(f"date '{text}': {exc}") from None


_NOT_IN_URL = regex.compile(r"[\s\p{Cc}\p{Cf}\"'<>|\\`{}^]")


def _url(url: str | None) -> str | None:
    """An http(s) URL with a host and none of the characters that could break out of a report's
    link or line (spaces, controls, quotes, pipes, angle brackets); ValueError for another."""
    if url is not None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname or _NOT_IN_URL.search(url):
            raise ValueError(f"url {url!r} is not an http(s) URL with a host and without spaces, "
                             "control characters, quotes, pipes or angle brackets")
        parts.port      # noqa: B018 - a port that is not a number raises ValueError
    return url


def _source(raw: dict) -> Source:
    published = raw.get("published")
    return Source(raw["publisher"], _url(raw.get("url")), dt.date.fromisoformat(published) if published else None)


def _entry(raw: dict, source: Source) -> Entry:
    low, high = raw["range"] if "range" in raw else (raw["value"], raw["value"])
    if low > high:
        raise ValueError(f"range [{low}, {high}] has its low end above its high end")
    bound = raw.get("bound")
    if bound and "range" in raw:
        raise ValueError("a bound is a single value, not a range")
    if bound in ("more_than", "at_least"):
        low, high = (math.nextafter(low, math.inf) if bound == "more_than" else low), math.inf
    elif bound:
        low, high = -math.inf, (math.nextafter(high, -math.inf) if bound == "less_than" else high)
    return Entry(first_day(raw["as_of"]), low, high, source, bound)


def record_aliases(raw: dict) -> tuple[Alias, ...]:
    """The names then the aliases of a record (or of a statement's source), every language."""
    texts = [t for key in ("names", "aliases") for lang in sorted(raw.get(key) or {}) for t in raw[key][lang]]
    aliases = tuple(Alias(t, tuple((w, variants(w)) for _, _, w in tokens(t))) for t in dict.fromkeys(texts))
    if not all(a.words for a in aliases):
        raise ValueError(f"name or alias '{next(a.text for a in aliases if not a.words)}' has no content word")
    return aliases


def _claim(raw: dict, path: Path, line: int) -> Claim:
    words = frozenset(v for _, _, w in tokens(raw["claim"]) for v in variants(w))
    return Claim(raw["id"], raw["claim"], raw.get("author") or "", raw["rating"], raw["reviewer"], _url(raw["url"]),
                 first_day(raw["date"]) if raw.get("date") else None, raw.get("language"), words, str(path), line)


def _statement(raw: dict, path: Path, line: int) -> Statement:
    source = raw["source"]
    names = record_aliases(source)
    words = frozenset(v for _, _, w in tokens(raw["text"]) for v in variants(w))
    return Statement(raw["id"], _shown(source["names"], names), names,
                     first_day(raw["date"]), raw["text"], _url(raw["url"]), raw.get("language"), words,
                     str(path), line)


def last_day(text: str) -> dt.date:
    """The last day a partial ISO date ("2025-11", "2025") can mean."""
    first = first_day(text)
    if text.count("-") == 2:
        return first
    if text.count("-") == 1:
        return dt.date(first.year + first.month // 12, first.month % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(first.year, 12, 31)


def _shown(names: dict, aliases) -> str:
    """The name a record is shown by: its first in the language shown first, else its first alias."""
    return (names.get(name_keys()[0]) or [aliases[0].text])[0]


def _office(raw: dict) -> Office:
    titles = [t for lang in name_keys() for t in raw["title"].get(lang, ())]
    start, end = first_day(raw["from"]), last_day(raw["to"]) if raw.get("to") else None
    if end is not None and end < start:
        raise ValueError(f"office '{titles[0]}' ends ({raw['to']}) before it starts ({raw['from']})")
    if not all(tokens(t) for t in titles):
        raise ValueError(f"title '{next(t for t in titles if not tokens(t))}' has no content word")
    return Office(raw.get("role"), tuple(titles), raw.get("country"), start, end, _source(raw["source"]))


def title_key(title: str) -> str:
    """The key a written title stands for when no role names it: its folded content words."""
    return "title:" + " ".join(w for _, _, w in tokens(title))


def _person(raw: dict, path: Path, line: int) -> Person:
    aliases = record_aliases(raw)
    return Person(raw["id"], _shown(raw["names"], aliases), aliases,
                  tuple(_office(o) for o in raw["offices"]), str(path), line)


def _institution(raw: dict, path: Path, line: int) -> Institution:
    _url(raw.get("url"))
    aliases = record_aliases(raw)
    return Institution(raw["id"], _shown(raw["names"], aliases), aliases, raw["type"],
                       str(path), line)


def _names(raw: dict) -> tuple[Name, ...]:
    """The names then the aliases of a fact, series or event, each with its language; a
    scenario's words are part of every one ("... under the high-emission scenario")."""
    texts = {(t, lang): None for key in ("names", "aliases") for lang in sorted(raw.get(key) or {})
             for t in raw[key][lang]}
    scenario = raw.get("scenario")
    names = tuple(Name(f"{t} ({scenario})" if scenario else t, lang,
                       terms(t, lang) + (terms(scenario, lang) if scenario else ())) for t, lang in texts)
    empty = next((n for n in names if all(term.word[0].isdigit() for term in n.terms)), None)
    if empty:
        raise ValueError(f"name or alias '{empty.text}' has no content word")
    return names


def _record(group: str, raw: dict, path: Path, line: int) -> Record:
    """A validated raw record as a Record; ValueError for problems the schema cannot see."""
    aliases = _names(raw)
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, alias in enumerate(aliases):
        for key in {k for term in alias.terms for k in term.keys}:
            by_word[key].append(i)
    population = tuple(term for lang in raw.get("population") or {} for t in raw["population"][lang]
                       for term in terms(t, lang))
    # a change ("growth of exports") when most of its names say so, not one that names a cause
    # ("injuries avoided by a lower limit": "خفض حد الكحول")
    change = 2 * sum(any(is_change(t.word, a.lang, name=True) for t in a.terms) for a in aliases) >= len(aliases)
    limit = any(is_limit(term.word, alias.lang) for alias in aliases for term in alias.terms)
    source = _source(raw["source"]) if "source" in raw else None
    entries: tuple[Entry, ...] = ()
    if group == "facts":
        entries = (_entry(raw, source),)
    elif group == "series":
        if source is None and any("source" not in e for e in raw["entries"]):
            raise ValueError("an entry has no source and the series gives none")
        entries = tuple(_entry(e, _source(e["source"]) if "source" in e else source) for e in raw["entries"])
        if any(a.as_of >= b.as_of for a, b in zip(entries, entries[1:])):
            raise ValueError("entries must be in rising as_of order, one per date")
    else:
        first_day(raw["date"])
    kind = "event" if group == "events" else raw["kind"]
    name = _shown(raw["names"], aliases)
    return Record(raw["id"], _PLURAL[group], kind, raw.get("unit"), name, aliases,
                  {v: tuple(ids) for v, ids in by_word.items()}, population, change, limit,
                  first_day(raw["projection"]) if raw.get("projection") else None,
                  entries, raw.get("date"), source, str(path), line)


_BUILDERS = {"statements": _statement, "people": _person, "sources": _institution, "claims": _claim}


def _load_file(path: Path) -> tuple[list[Record | Statement], list[tuple[int, str]]]:
    """The records of a store file, and its problems: every record the schema passes is built
    (and checked further) even when others fail, so that one run reports every problem."""
    data, node = _compose(path)
    problems = _problems(data, node)
    if problems and not isinstance(data, dict):
        return [], problems
    bad = {tuple(p[:2]) for p in _bad_paths(data)}
    if ("file",) in bad:
        return [], problems         # a problem of the file itself (its schema version)
    records = []
    for group in _PLURAL:
        for i, raw in enumerate(data.get(group) or []):
            if (group, i) in bad:
                continue
            line = _line(node, [group, i])
            try:
                build = _BUILDERS.get(group)
                records.append(build(raw, path, line) if build else _record(group, raw, path, line))
            except ValueError as exc:
                problems.append((line, f"{_PLURAL[group]} '{raw['id']}': {exc}"))
    return records, problems


def folders(refs: Iterable[str | Path] = (), bundled: bool = True) -> list[Path]:
    """The folders of a layered store: the bundled store (unless not `bundled`), then `refs` in
    order (later folders win on the same id)."""
    return ([data_dir("references")] if bundled else []) + [Path(r) for r in refs]


def load_store(dirs: list[Path]) -> ReferenceStore:
    """Load and layer reference folders (later folders win on the same id).

    Raises one FactcheckError listing every problem, one line each ("file:line: problem").
    """
    store, problems = read_store(dirs)
    if problems:
        (path, line, message), rest = problems[0], problems[1:]
        message += "".join(f"\n{FactcheckError(m, p, n)}" for p, n, m in rest)
        raise FactcheckError(message, path, line)
    return store


def read_store(dirs: list[Path]) -> tuple[ReferenceStore, list[tuple[str, int | None, str]]]:
    """Load and layer reference folders: the store of the records that load, and every problem
    as (file, line or None, message). A missing folder raises FactcheckError."""
    gc_was_on = gc.isenabled()
    gc.disable()    # a big store makes millions of objects and no cycles: collecting only slows it
    try:
        missing = next((d for d in map(Path, dirs) if not d.is_dir()), None)
        if missing is not None:
            raise FactcheckError("reference store folder not found", str(missing))
        cache_key = _cache_key(dirs)
        cached = cache.read("store", cache_key, ReferenceStore)
        if cached is not None:
            return cached, []
        store, problems = _load_store(dirs)
        if not problems:
            cache.write("store", cache_key, store)
        return store, problems
    finally:
        if gc_was_on:
            gc.freeze()     # the store lives as long as the process: later collections skip its objects
            gc.enable()


# what a store's records depend on besides its files: the code that builds them, and the files of
# a pack they read (names' languages, words, stems and concepts)
_STORE_CODE = ("references.py", "words.py", "model.py", "normalize.py", "cache.py")
_STORE_RULES = ("frames.yaml", "lexicon.yaml", PACK_FILE)


def _cache_key(dirs: list[Path]) -> str:
    """The key of the store cache (see factcheck.cache) of a list of store folders."""
    digest = hashlib.sha256(__version__.encode())
    # the records' word keys come from the compare rules and every language's stemmer and lexicon;
    # the names' languages and their order from the packs
    common = data_dir("rules") / "common"
    for path in [*(Path(__file__).resolve().parent / name for name in _STORE_CODE),
                 *(p for p in all_rule_files() if p.parent == common or p.name in _STORE_RULES),
                 data_dir("references") / "schema.json"]:
        digest.update(path.read_bytes())
    for folder in dirs:
        for path in sorted(Path(folder).glob("*.yaml")):
            try:
                data = read_yaml_bytes(path)
            except FactcheckError:      # too big or unreadable: the load says so, and caches nothing
                data = b"\0unread"
            digest.update(f"\0{path.resolve()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


def _load_store(dirs: list[Path]) -> tuple[ReferenceStore, list[tuple[str, int | None, str]]]:
    read_all()      # the rules records are read with (names' languages, words, lexicons)
    layered: dict[str, Record] = {}
    problems: list[tuple[str, int | None, str]] = []
    for folder in map(Path, dirs):
        seen: dict[str, Record] = {}
        for path in sorted(folder.glob("*.yaml")):
            try:
                records, found = _load_file(path)
            except FactcheckError as exc:      # unreadable or not YAML: the other files are still read
                records, found = [], [(exc.line, exc.message)]
            problems += [(str(path), line, msg) for line, msg in found]
            for record in records:
                if record.id in seen:
                    first = seen[record.id]
                    problems.append((str(path), record.line,
                                     f"duplicate id '{record.id}' (first at {first.path}:{first.line})"))
                seen[record.id] = record
        layered.update(seen)
    store = ReferenceStore()
    for record in layered.values():
        store.add(record)
    return store, problems
