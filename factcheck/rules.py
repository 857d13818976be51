"""Language data: locating `rules/` and `references/`, loading YAML safely, expanding macros, and
the rules cache (parsed rule files and compiled patterns, kept for later runs).

Rule files live in `rules/<lang>/*.yaml` (and `rules/common/`). A language is a pack: a folder
of `rules/` with a `language.yaml` (its script, direction, punctuation, normalisation, words);
the languages are the packs found there and in the folders `FACTCHECK_RULES` names (a pack of
the same name replaces the bundled one). Each rule file has a `stage` (which
pipeline stage reads it) and `rules:`, a list of entries that each carry an `id` and
`examples: {match: [...], no_match: [...]}`; `tests/test_rule_examples.py` checks them all.
Patterns may use macros `{NAME}` defined under `macros:` in any file of the same language
(and `common`); they are normalised like the text before compiling (normalize.compile_pattern),
so rules are written in ordinary spelling ("عاماً", "أكثر") and still match every variant.
"""
from __future__ import annotations

import atexit
import functools
import hashlib
import os
import pickle
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

from . import __version__, cache
from .errors import FactcheckError

# Time allowed to one regular-expression call on one document; past it the file fails cleanly.
REGEX_TIMEOUT = 5.0
FLAGS = regex.VERSION0 | regex.IGNORECASE | regex.UNICODE
# YAML files (rules, configuration, reference stores) bigger than this are refused unread
MAX_YAML_BYTES = 50 * 1024 * 1024
_MAX_INT_DIGITS = 100     # a longer integer in YAML is refused (Python cannot even print 4,300 digits)

_PACKAGE = Path(__file__).resolve().parent


def scan_timeout(length: int) -> float:
    """Time allowed to one scan of a whole text of `length` characters: REGEX_TIMEOUT, and as much
    again per million characters (a linear scan of a 50 MB file takes seconds, no pathology)."""
    return REGEX_TIMEOUT * (1 + length / 1_000_000)


def data_dir(name: str) -> Path:
    """The bundled `rules` or `references` folder: inside the installed wheel, or the checkout."""
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FactcheckError(f"bundled folder '{name}' not found (broken installation)")


class SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """The safe loader (libyaml's when installed) refusing duplicate keys (a silent overwrite
    hides mistakes)."""


def _construct_mapping(loader: SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, "keys must be plain strings or numbers", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first on line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


def _construct_int(loader: SafeLoader, node: yaml.ScalarNode) -> int:
    if len(node.value) > _MAX_INT_DIGITS:
        raise yaml.constructor.ConstructorError(
            None, None, f"integer of {len(node.value)} characters (at most {_MAX_INT_DIGITS})", node.start_mark)
    return loader.construct_yaml_int(node)


def _construct_timestamp(loader: SafeLoader, node: yaml.ScalarNode):
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError as exc:      # 2024-02-30: the timestamp pattern matches, the calendar does not
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a valid date ({exc})", node.start_mark) from None


def _refuse_tag(loader: SafeLoader, node: yaml.Node) -> None:
    raise yaml.constructor.ConstructorError(None, None, f"unknown tag {node.tag!r}", node.start_mark)


SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
SafeLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
SafeLoader.add_constructor(None, _refuse_tag)


def read_yaml_bytes(path: Path) -> bytes:
    """A YAML file's bytes; one over MAX_YAML_BYTES is refused from its size, unread (or, for a
    device or a FIFO, which has none, when more than that comes)."""
    try:
        with path.open("rb") as fh:
            size = os.fstat(fh.fileno()).st_size
            data = fh.read(MAX_YAML_BYTES + 1) if size <= MAX_YAML_BYTES else b""
    except OSError as exc:
        raise FactcheckError(f"cannot read: {exc}", str(path)) from None
    if size > MAX_YAML_BYTES or len(data) > MAX_YAML_BYTES:
        raise FactcheckError(f"file of {'over ' if size <= MAX_YAML_BYTES else ''}"
                             f"{max(size, MAX_YAML_BYTES) / 2**20:.0f} MB refused (YAML files are limited to "
                             f"{MAX_YAML_BYTES // 2**20} MB)", str(path))
    return data


def read_yaml_text(path: Path) -> str:
    """A YAML file's text (see read_yaml_bytes)."""
    try:
        return read_yaml_bytes(path).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FactcheckError(f"cannot read: {exc}", str(path)) from None


def single_node(loader: SafeLoader) -> yaml.Node | None:
    """The document's node tree, refusing aliases: an alias bomb ("billion laughs") expands
    exponentially in whatever walks the data. Iterative, so deep nesting cannot overflow."""
    node = loader.get_single_node()
    seen: set[int] = set()
    stack = [node] if node is not None else []
    while stack:
        n = stack.pop()
        if id(n) in seen:
            raise yaml.composer.ComposerError(
                None, None, "YAML aliases (*name) are not allowed; this is the anchored node", n.start_mark)
        seen.add(id(n))
        if isinstance(n, yaml.MappingNode):
            stack += [part for pair in n.value for part in pair]
        elif isinstance(n, yaml.SequenceNode):
            stack += n.value
    return node


def load_yaml(path: Path, text: str | None = None) -> Any:
    """Parse one YAML file safely; any problem becomes a FactcheckError with file and line."""
    try:
        if text is None:
            text = read_yaml_text(path)
        loader = SafeLoader(text)
        try:
            node = single_node(loader)
            return loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "invalid YAML"
        raise FactcheckError(f"YAML error: {problem}", str(path), mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise FactcheckError(f"YAML error: {exc}", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"cannot read: {exc}", str(path)) from None


def key_lines(text: str) -> dict[str, int]:
    """1-based line of each top-level key of a YAML mapping, and of the keys of a mapping under
    one as "key.subkey" (for error messages)."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(node, yaml.MappingNode):
        return {}
    out = {}
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode):
            out[k.value] = k.start_mark.line + 1
            if isinstance(v, yaml.MappingNode):
                out.update({f"{k.value}.{sub.value}": sub.start_mark.line + 1
                            for sub, _ in v.value if isinstance(sub, yaml.ScalarNode)})
    return out


@functools.lru_cache(maxsize=None)
def rule_file(path: Path) -> dict:
    """One rule file, parsed once (and kept in the rules cache for later runs)."""
    return rule_data(path, _parse_rule_file)


STAGES = ("language", "normalize", "figures", "attributions", "roles", "frames", "compare", "consistency", "report")
# what every rule of a stage needs, beyond an `id`: one of the keys of each tuple
_NEEDS = {"figures": (("pattern", "lexicon", "context"),), "consistency": (("cue",), ("words",)),
          "language": (("checks",),)}
_TEXTS = ("words", "titles", "stopwords", "prefixes", "suffixes")     # lists of text wherever they are
# The keys a file of each stage may have besides `stage`, `rules` and `macros`, with their types
# (a tuple: one of those values), and those it must have, with the keys their mapping must have
_KEYS: dict[str, dict[str, type | tuple]] = {
    "language": {"name": str, "direction": ("ltr", "rtl"), "style": str, "script": dict, "fallback": bool, "names": dict,
                 "digits": dict, "punctuation": dict, "normalize": dict, "words": dict},
    "normalize": {"map": dict, "attached": str, "attached_ranges": list, "controls": str},
    "figures": {"clitics": list, "suffixes": list, "articles": list, "anchors": list, "subject": dict,
                "counted_groups": str, "round_groups": dict, "number": str, "verb_gap": str},
    "attributions": {"syntax": dict}, "roles": {"syntax": dict}, "frames": {}, "compare": {},
    "consistency": {"clitics": str, "conjunction": str, "contrast": str, "of": str, "definite": dict, "score": dict,
                    "glossed_quotes": ("article",), "list_item_many": str},
    "report": {"labels": dict},
}
_REQUIRED = {"language": {"name": (), "direction": (), "script": ("name", "letters")},
             "attributions": {"syntax": ("stop", "skip", "pronoun", "subject_before")},
             "consistency": {"conjunction": (), "of": ()}}
# the parts of a language.yaml: keys with the type of their values
_PARTS: dict[str, dict[str, type | tuple]] = {
    "script": {"name": str, "letters": str, "default": bool},
    "names": {"key": str, "display": int},
    "digits": {"thousands": (",", "."), "decimal": (",", ".")},
    "punctuation": {"sentence_ends": str, "clause_ends": str, "quotes": dict, "single_quotes": dict, "apostrophes": str},
    "normalize": {"map": dict, "attached": str, "attached_ranges": list, "controls": str, "decimal_marks": str, "reversed_marks": str},
    "words": {"stopwords": list, "prefixes": list, "suffixes": list, "restore": dict, "min_stem_after": dict,
              "stemmer": str, "stem_ratio": float, "stem_endings": (dict, list), "derivations": list,
              "irregular": dict, "roots": ("isri",)},
}
_CHECKS = ("script", "normalize", "words", "roots")      # what the examples of a language.yaml rule check


def _parse_rule_file(path: Path) -> dict:
    text = read_yaml_text(path)
    data = load_yaml(path, text)
    if not isinstance(data, dict) or "stage" not in data:
        raise FactcheckError("rule file must be a mapping with a 'stage'", str(path), 1)
    if data["stage"] not in STAGES:
        raise FactcheckError(f"unknown stage {data['stage']!r} (known: {', '.join(STAGES)})", str(path),
                             key_lines(text).get("stage"))
    lines = key_lines(text)
    problem = _file_problem(data)
    if problem:
        raise FactcheckError(problem[0], str(path), lines.get(problem[1]) or lines.get(problem[1].split(".")[0]) or 1)
    rules = data.get("rules") or []
    if not isinstance(rules, list):
        raise FactcheckError("'rules' must be a list", str(path), key_lines(text).get("rules"))
    seen: dict[str, int] = {}
    concepts: dict[str, tuple[int, dict]] = {}     # a concept -> its first entry and what it declares
    for i, rule in enumerate(rules):
        problem = _rule_problem(data["stage"], rule, seen)
        if problem is None and isinstance(rule.get("concept"), str):
            declared = {k: rule.get(k) for k in _CONCEPT_KEYS}
            first, before = concepts.setdefault(rule["concept"], (i, declared))
            if declared != before:
                differ = ", ".join(k for k in _CONCEPT_KEYS if declared[k] != before[k])
                problem = f"rule {rule['id']!r}: concept {rule['concept']!r} is declared by rule {first + 1} " \
                          f"with another {differ}: every entry of a concept declares the same"
        if problem:
            raise FactcheckError(problem, str(path), _rule_line(text, i))
        seen[rule["id"]] = i
    return data


# what an entry of the concept lexicon says of its concept (the last entry read would set it for all)
_CONCEPT_KEYS = ("weight", "change", "limit", "narrows", "dated", "unless", "aspect", "kinds", "units", "qualifiers",
                 "adjectives", "topical")


def _kind(value, expected: type | tuple) -> str | None:
    """What is wrong with a value of a key of a rule file's schema, or None."""
    if isinstance(expected, tuple) and not isinstance(expected[0], type):
        return None if value in expected else f"must be one of {', '.join(map(repr, expected))}, not {value!r}"
    types = expected if isinstance(expected, tuple) else (expected,)
    if float in types:
        types += (int,)
    if isinstance(value, bool) and bool not in types or not isinstance(value, types):
        return f"must be {' or '.join(_TYPE_NAMES[t] for t in types if t in _TYPE_NAMES)}, not {value!r}"
    return None


_TYPE_NAMES = {str: "text", dict: "a mapping", list: "a list", bool: "true or false", int: "a whole number",
               float: "a number"}


def _file_problem(data: dict) -> tuple[str, str] | None:
    """What is wrong with the top-level keys of a rule file, and the key ("key" or "key.part"), or None."""
    stage = data["stage"]
    known = _KEYS[stage]
    for key, value in data.items():
        if key in ("stage", "rules", "macros"):
            continue
        if key not in known:
            return f"unknown key {key!r} in a {stage} file (known: {', '.join(['macros', 'rules', *known])})", key
        if problem := _kind(value, known[key]):
            return f"{key!r} {problem}", key
        for part, sub in (value.items() if stage == "language" and isinstance(value, dict) else ()):
            if key in _PARTS and part not in _PARTS[key]:
                return f"unknown key {part!r} in {key!r} (known: {', '.join(_PARTS[key])})", f"{key}.{part}"
            if key in _PARTS and part in _PARTS[key] and (problem := _kind(sub, _PARTS[key][part])):
                return f"'{key}.{part}' {problem}", f"{key}.{part}"
    if "macros" in data and not isinstance(data["macros"], dict):
        return "'macros' must be a mapping of NAME to pattern", "macros"
    if stage == "language" and (problem := _missing(stage, [data])):
        return problem
    if stage == "language" and (problem := _language_problem(data)):
        return problem
    return None


def _language_problem(data: dict) -> tuple[str, str] | None:
    """What is wrong with the values of a language.yaml that its keys' types do not tell."""
    import snowballstemmer

    if any(c in data.get("style", "") for c in "<{}"):
        return "'style' holds CSS declarations, without '<', '{' or '}'", "style"
    try:
        regex.compile(f"[{data['script']['letters']}]")
    except regex.error as exc:
        return f"'script.letters' is no character class body ({exc})", "script.letters"
    punctuation = data.get("punctuation") or {}
    for key in ("quotes", "single_quotes"):
        if not all(isinstance(m, str) and len(m) == 1 for pair in (punctuation.get(key) or {}).items() for m in pair):
            return f"'punctuation.{key}' maps one opening mark to one closing mark", f"punctuation.{key}"
    stemmer = (data.get("words") or {}).get("stemmer")
    if stemmer is not None and stemmer not in snowballstemmer.algorithms():
        return (f"'words.stemmer' {stemmer!r} is no Snowball algorithm ({', '.join(snowballstemmer.algorithms())})",
                "words.stemmer")
    digits = data.get("digits") or {}
    if digits.get("thousands", ",") == digits.get("decimal", "."):
        return "'digits' needs a thousands mark and a decimal mark that differ", "digits"
    return None


def _missing(stage: str, files: list[dict]) -> tuple[str, str] | None:
    """A key the files of a stage for one language need (in any of them; a mapping's parts may
    be spread over them too) that none has, and the key to point at ("stage" for a missing one)."""
    for key, parts in _REQUIRED.get(stage, {}).items():
        if not any(key in data for data in files):
            return f"needs {key!r}", "stage"
        merged = {part: 1 for data in files for part in data.get(key) or {}}
        if missing := [p for p in parts if p not in merged]:
            return f"{key!r} needs {', '.join(map(repr, missing))}", key
    return None


def _rule_problem(stage: str, rule, seen: dict[str, int]) -> str | None:
    """What is wrong with one rule of a rule file, or None."""
    if not isinstance(rule, dict) or not isinstance(rule.get("id"), str) or not rule["id"]:
        return "a rule is a mapping with an 'id'"
    rid = rule["id"]
    if rid in seen:
        return f"rule {rid!r}: duplicate id (rule {seen[rid] + 1} has it)"
    for keys in _NEEDS.get(stage, ()):
        if not any(k in rule for k in keys):
            return f"rule {rid!r}: a {stage} rule needs {' or '.join(repr(k) for k in keys)}"
    for key in _TEXTS:
        values = rule.get(key)
        if values is not None and (not isinstance(values, list) or not all(isinstance(v, str) for v in values)):
            bad = next((v for v in values if not isinstance(v, str)), values) if isinstance(values, list) else values
            hint = " (YAML reads on/off/yes/no unquoted as true or false: quote them)" if isinstance(bad, bool) else ""
            return f"rule {rid!r}: '{key}' must be a list of text, not {bad!r}{hint}"
    if stage == "language" and rule["checks"] not in _CHECKS:
        return f"rule {rid!r}: 'checks' is one of {', '.join(_CHECKS)}, not {rule['checks']!r}"
    examples = rule.get("examples")
    if examples is not None and not (isinstance(examples, dict) and all(
            isinstance(examples.get(k, []), list) for k in ("match", "no_match"))):
        return f"rule {rid!r}: 'examples' maps 'match' and 'no_match' to lists"
    return None


def _rule_line(text: str, index: int) -> int | None:
    """The line of the index-th rule of a rule file's text."""
    try:
        node = yaml.compose(text, Loader=SafeLoader)
    except yaml.YAMLError:
        return None
    for key, value in node.value if isinstance(node, yaml.MappingNode) else ():
        if key.value == "rules" and isinstance(value, yaml.SequenceNode) and index < len(value.value):
            return value.value[index].start_mark.line + 1
    return None


RULES_ENV = "FACTCHECK_RULES"     # folders of more language packs, separated like PATH
PACK_FILE = "language.yaml"       # what makes a folder of rules a language pack


def packs() -> dict[str, Path]:
    """Every language pack by name: the bundled ones, then those of the FACTCHECK_RULES folders."""
    return _packs(os.environ.get(RULES_ENV, ""))


@functools.lru_cache(maxsize=None)
def _packs(extra: str) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for root in [data_dir("rules"), *(Path(p) for p in extra.split(os.pathsep) if p)]:
        if not root.is_dir():
            raise FactcheckError(f"no such folder of language packs (from {RULES_ENV})", str(root))
        found.update((folder.name, folder) for folder in sorted(root.iterdir()) if (folder / PACK_FILE).is_file())
    return found


@dataclass(frozen=True)
class Punctuation:
    """The marks of every pack's `punctuation:` together: a text may end a sentence or quote in
    the marks of another language (an Arabic article quotes “...” too)."""
    sentence_ends: str              # marks that end a sentence
    clause_ends: str                # marks that end a sentence for the figures' context (";")
    quotes: dict[str, str]          # opening quotation mark -> its closing mark
    single_quotes: dict[str, str]   # the same for single marks...
    apostrophes: str                # ... some of which are apostrophes too ("Gaza's")

    @property
    def closing(self) -> tuple[str, ...]:
        """The closing marks that tell a quotation ended: not one that opens another pair (“ of
        „“), nor an apostrophe that opens its own pair too (')."""
        pairs = {**self.quotes, **self.single_quotes}
        return tuple(c for o, c in pairs.items() if not (c == o and c in self.apostrophes)
                     and not any(o2 == c and (o2, c2) != (o, c) for o2, c2 in pairs.items()))


@functools.lru_cache(maxsize=1)
def punctuation() -> Punctuation:
    marks: dict[str, Any] = {"sentence_ends": "", "clause_ends": "", "quotes": {}, "single_quotes": {},
                             "apostrophes": ""}
    for lang in languages():
        for key, value in (language(lang).get("punctuation") or {}).items():
            marks[key] = {**marks[key], **value} if isinstance(value, dict) else "".join(dict.fromkeys(marks[key] + value))
    return Punctuation(**marks)


@functools.lru_cache(maxsize=1)
def token_rules() -> dict:
    """`compare.tokens` of rules/common/compare.yaml with every pack's `words:` joined to it (its
    stopwords, prefixes and suffixes, the letters restored, the shorter stems a prefix allows)."""
    rule = dict(settings()["compare.tokens"])
    for lang in languages():
        words = language(lang).get("words") or {}
        for key in ("stopwords", "prefixes", "suffixes"):
            rule[key] = [*rule.get(key, ()), *words.get(key, ())]
        for key in ("restore", "min_stem_after"):
            rule[key] = {**rule.get(key, {}), **words.get(key, {})}
    return rule


def languages() -> list[str]:
    """The names of the language packs, in name order."""
    return sorted(packs())


def check_language(lang: str, path: str | None = None, line: int | None = None) -> str:
    """`lang` when it is "auto" or a pack's name, else a FactcheckError naming the packs."""
    if lang != "auto" and lang not in packs():
        raise FactcheckError(f"unknown language {lang!r} (language packs: {', '.join(languages())}; or auto)",
                             path, line)
    return lang


def all_rule_files() -> list[Path]:
    """Every rule file: `rules/common/`, then each pack's, in name order."""
    return [path for folder in (data_dir("rules") / "common", *packs().values())
            for path in sorted(folder.glob("*.yaml"))]


def read_all() -> None:
    """Read every rule file: a broken one is a FactcheckError with its own file and line (not one
    of whatever was being read when it was first needed: a store file whose names it cuts)."""
    for path in all_rule_files():
        rule_file(path)


def _language_files(lang: str) -> list[Path]:
    folder = packs().get(check_language(lang))
    return [path for folder in (data_dir("rules") / "common", folder) if folder is not None and folder.is_dir()
            for path in sorted(folder.glob("*.yaml"))]


@functools.lru_cache(maxsize=None)
def language(lang: str) -> dict:
    """A pack's `language.yaml`."""
    return rule_file(packs()[check_language(lang)] / PACK_FILE)


def name_keys() -> list[str]:
    """The keys of the packs' names in a reference store (`names.key`, else the pack's name), in
    the order a record's names are shown and its titles listed (`names.display`, then by name)."""
    names = {lang: language(lang).get("names") or {} for lang in packs()}
    return [names[lang].get("key", lang) for lang in sorted(names, key=lambda k: (names[k].get("display", 1e9), k))]


@functools.lru_cache(maxsize=None)
def rule_files(lang: str, stage: str) -> tuple[tuple[Path, dict], ...]:
    """All rule files of `stage` for `lang`, common files first, in name order (none at all means
    no rules of that kind: a pack need not have them all)."""
    found = tuple((path, rule_file(path)) for path in _language_files(lang) if rule_file(path)["stage"] == stage)
    if found and (problem := _missing(stage, [data for _, data in found])):
        raise FactcheckError(f"{problem[0]} (in one of the {stage} files of {lang!r})", str(found[0][0]), 1)
    return found


@functools.lru_cache(maxsize=1)
def settings() -> dict[str, dict]:
    """The `stage: compare` rules of `rules/common/`, by id (tolerances, matching, tokens)."""
    root = data_dir("rules") / "common"
    return {rule["id"]: rule for path in sorted(root.glob("*.yaml")) if rule_file(path)["stage"] == "compare"
            for rule in rule_file(path).get("rules") or []}


@functools.lru_cache(maxsize=None)
def macros(lang: str) -> dict[str, str]:
    """`{NAME}` macros from every rule file of the language (and `common`)."""
    found: dict[str, str] = {}
    for path in _language_files(lang):
        found.update(rule_file(path).get("macros") or {})
    return found


_MACRO = regex.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def expand(pattern: str, lang: str, _depth: int = 0) -> str:
    """Replace `{NAME}` macros (recursively) in a pattern's source."""
    table = macros(lang)

    def sub(m: regex.Match) -> str:
        if m.group(1) not in table:
            raise FactcheckError(f"unknown macro {{{m.group(1)}}} in pattern {pattern!r}")
        if _depth > 10:
            raise FactcheckError(f"macro {{{m.group(1)}}} expands recursively")
        return "(?:" + expand(table[m.group(1)], lang, _depth + 1) + ")"

    return _MACRO.sub(sub, pattern)


# ---------------------------------------------------------------- the rules cache (see factcheck.cache)

class _Rules:
    """The rules cache of this process: loaded on first use, written at exit if it grew."""

    def __init__(self) -> None:
        digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{regex.__version__}\0signed".encode())
        for path in [_PACKAGE / "rules.py", *all_rule_files()]:
            digest.update(f"\0{path.relative_to(path.parent.parent)}\0".encode() + path.read_bytes())
        self.key = digest.hexdigest()
        # parsed files by path; compiled patterns by (engine, source, flags), pickled until used
        self.data: dict[str, Any] = {}
        self.packed: dict[tuple[str, str, int], bytes] = {}
        cached = cache.read("rules", self.key, tuple)
        if isinstance(cached, tuple) and len(cached) == 2:
            self.data, self.packed = cached
        self.dirty = False

    def save(self) -> None:
        if self.dirty:
            cache.write("rules", self.key, (self.data, self.packed))
            self.dirty = False


_rules: _Rules | None = None


def _state() -> _Rules:
    global _rules
    if _rules is None:
        _rules = _Rules()
        atexit.register(_rules.save)
    return _rules


def rule_data(path: Path, parse) -> Any:
    """`parse(path)`, or what it gave in an earlier run for the same rule files."""
    state, name = _state(), str(path)
    if name not in state.data:
        state.data[name] = parse(path)
        state.dirty = True
    return state.data[name]


def compile_regex(source: str, flags: int) -> regex.Pattern:
    """`regex.compile(source, flags)`, from the cache when an earlier run compiled it."""
    state, key = _state(), ("regex", source, int(flags))
    packed = state.packed.get(key)
    if packed is not None:
        try:
            return cache.loads(packed, cache.PATTERN)
        except Exception:  # noqa: BLE001 - unreadable: compile
            pass
    pattern = regex.compile(source, flags)
    state.packed[key] = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
    state.dirty = True
    return pattern


def compile_re(source: str, flags: int) -> re.Pattern:
    """`re.compile(source, flags)`, rebuilt from the compiled program an earlier run kept."""
    state, key = _state(), ("re", source, int(flags))
    packed = state.packed.get(key)
    if packed is not None:
        try:
            return _sre_build(source, cache.loads(packed, frozenset()))
        except Exception:  # noqa: BLE001 - another `re` internals layout: compile
            pass
    try:
        pattern, program = _sre_compile(source, flags)
    except Exception:  # noqa: BLE001 - internals not as expected: the public way, uncached
        return re.compile(source, flags)
    state.packed[key] = pickle.dumps(program, protocol=pickle.HIGHEST_PROTOCOL)
    state.dirty = True
    return pattern


def pattern_fact(kind: str, source: str, read: Callable[[str], Any]) -> Any:
    """`read(source)`, plain data that takes parsing a pattern to know (`kind` names it), or what
    it gave in an earlier run (kept under the source's digest: a rule's source is long)."""
    state, key = _state(), (kind, hashlib.sha256(source.encode()).hexdigest(), 0)
    packed = state.packed.get(key)
    if packed is not None:
        try:
            return cache.loads(packed, frozenset())
        except Exception:  # noqa: BLE001 - unreadable: read again
            pass
    value = read(source)
    state.packed[key] = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    state.dirty = True
    return value


def _sre_compile(source: str, flags: int) -> tuple[re.Pattern, tuple]:
    """What `re._compiler.compile` does, keeping the arguments it gives `_sre.compile`."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre_build(source, program), program


def _sre_build(source: str, program: tuple) -> re.Pattern:
    import _sre

    return _sre.compile(source, *program)
