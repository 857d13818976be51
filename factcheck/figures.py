"""Figures: numbers, amounts, dates, times, ordinals and vague magnitudes, found by rules.

All language knowledge is in `rules/<lang>/*.yaml` files with `stage: figures`; this module
only knows how to read them. A file's `rules:` list holds three sorts of entries:

- lexicon entries `{id, lexicon: NAME, words: [...], value, ...}`: a table from word to entry
  (`value`; for units `unit`, `kind`, `seconds`, `factor`; for months `calendar`). In patterns
  `{lex:NAME}` is the lexicon's words as one trie, `{lex:A+B}` several lexicons in one trie and
  `{lexc:A+B}` the same with the file's `articles` in front too; `{lexb:A}` is a lookbehind: the
  text before ends with one of the words (one fixed-width lookbehind a word, which the standard
  `re` engine takes). Lexicons the code knows:
  `number`, `scale` and `suffix` (multiply what precedes: "مليون", "bn"), `fraction`, `sign`,
  `point`, `ordinal`, `vague` ([low, high]), `month`, `period` (hours added: 0 or 12),
  `qualifier`, `qualifier_verb` (a verb whose subject may stand between it and the figure: "لا
  يتجاوز عددهم 29") and `qualifier_after`, and the unit lexicons `currency`, `currency_sign`,
  `percent`, `measure`, `duration` and `dual` (a dual noun: value 2).
- pattern rules `{id, pattern, kind?, unit?, value?, calendar?, priority?, ascending?}`: all are joined into
  ONE alternation (highest `priority` first, then file order) tried where the language's
  `anchors` say a figure may begin; at a given place the first rule that matches wins, and
  matches never overlap. `kind: none` marks an exclusion (URLs, phone numbers, list numbers...):
  what it matches gives no figure. Named groups a pattern may use: `num`, `num2` (number
  phrases; both: a range), `den` (denominator), `frac`, `cents`, `sub` (parts added to `num`:
  "and a half", "43 cents", "thirty" minutes), `unit`, `unit2`, `vague`, `ord`, `day`, `month`,
  `year`, `hijri`, `hour`, `minute`, `period`, `current` (the month a `day` is of is the one the
  text names by reference: "27 الحالي" is "---27"), `decade` (the first year of a decade: "30s" is
  [30, 39]), and `span` (the figure, when it is only part of the match). A range of a rule with
  `ascending: true` whose second number is the smaller is no figure of that rule: the text it
  matched gives what the other rules make of it ("of $55.67 to $43.25" is a change: two amounts).
- context rules `{id, context: {field: value...}, before?: regex, after?: regex, text?: regex,
  set: {...}}`: a figure with those fields (`kind`, `value`, `unit`, `rule`) whose preceding text
  ends with `before`, whose following text starts with `after` and whose own text is `text` (a
  whole match; "(?-i:[A-Z])" is a capital) (each when given) gets the fields of `set` (`kind:
  none` drops it; `kind: apart` says the match is not its rule's figure: the text gives what the
  other rules make of it, "rose from 31 to 32" two figures). They are tried in file order (the
  files in name order), each on the figure as those before it left it.

Top-level keys of a file: `clitics` and `suffixes` (taken off when looking a word up),
`articles`, `anchors` (patterns for the standard `re` engine, or `{after: CLASS, pattern: P}`:
P right after a character of CLASS or at the text's start; see `_matches` and `_anchor`), `subject`
(`kinds`, `skip` words and the `pattern` of the counted noun after a figure), `number` (the name of
the macro that reads a number, written to read it one way only, `(?>...)`: the rules whose pattern
begins with `{NAME}` (inside groups, after lookarounds) then share one reading of it at each place,
see `_engine`).

Examples: each entry carries `examples: {match: [...], no_match: [...]}`. A `match` item is
`{text, value, kind, unit?, qualifier?, subject?, span?, also?}`: extracting `text` must give
exactly one figure, spanning `span` (default: all of `text`) with those fields, besides the
figures whose spans `also` lists. A `no_match` item is a string that must give no figure, or
`{text, not: {field: value...}}`: no figure of `text` has those fields. For exclusions (`kind:
none`, or a context rule setting it) the two lists swap roles: `match` items are texts the rule
removes, `no_match` items texts it leaves alone.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import heapq
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from .document import Document
from .errors import FactcheckError
from .model import Figure
from .normalize import Normalized, compile_pattern, lowered, lowered_text, normalize_pattern, sentence_end
from .rules import REGEX_TIMEOUT, compile_re, expand, language, pattern_fact, rule_files, settings
from .words import is_stopword


_TOKEN = regex.compile(r"\.?\d+(?:[.,/]\d+)*|[^\W\d_]+")
CONTEXT_MAX = 400          # characters of the sentence kept on each side of a figure
_NEGATED = {"more_than": "at_most", "less_than": "at_least"}
_SUBUNIT_REACH = 12         # figures on each side of an amount in cents read for its currency
_ELIDED_REACH = 80          # characters from an amount of money to a bare amount that takes its currency
_WORD = re.compile(r"[^\W\d_]+")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")   # a paragraph break
_POINTS = ("date", "year", "time", "ordinal")   # kinds that name a point, not a quantity
_SEPARATOR = regex.compile(r"\s*[.,/(]")   # "1.2.3" -> "1"; "أكتوبر/تشرين الأول" -> "أكتوبر"
_UNIT_LEXICONS = ("currency", "currency_sign", "percent", "measure", "duration", "dual")
_MULTIPLIERS = ("scale", "suffix")      # lexicons whose words multiply what precedes them
_INTERPRETED = 8192     # figures' readings kept (see _Engine.interpreted)
# what `_figure` gives for a match that is not its rule's figure: a range of an `ascending` rule
# read downwards, or one a context rule sets `kind: apart` (see `_found`)
_APART = Figure("", 0, 0, "none", 0)


@dataclass
class _Tests:
    """What is tested around a figure of a rule, in two patterns of optional lookarounds, each
    setting a group of its own when it holds (see `_tests`): one matched at the figure's start with
    its end as the end of the text (each context rule's `before` and `text`, the qualifier before:
    group `q`), one at its end (each context rule's `after`, the qualifier after: `qa`, the counted
    noun: `w`). Two `regex` calls instead of one for each test: the timeout's clock costs more than
    most tests. The context rules are those that may apply to the figure (see `_tests_of`)."""
    at_start: regex.Pattern
    at_end: regex.Pattern
    # each context rule, its conditions (the `context` items) and the index in `.groups()` of its
    # group in `at_start` and in `at_end` (0, a group always set, when it has no test there)
    contexts: list[tuple[dict, tuple, int, int]]


@dataclass
class _Engine:
    lexicons: dict[str, dict[str, dict]]
    clitics: tuple[str, ...]
    suffixes: tuple[str, ...]
    rules: list[dict]
    lang: str
    sources: list[str]                  # each pattern rule alone (with its groups), compiled on first use
    master: re.Pattern | regex.Pattern
    branches: list[str]                 # each rule's part of `master` (see `_without`)
    number_source: str | None           # the number macro, read once where a match begins
    anchors: list[tuple[re.Pattern, re.Pattern | None]]    # (scan, pattern at the text's start or None)
    contexts: list[dict]                # the context rules
    tests: Callable[[tuple[int, ...]], _Tests]      # what is tested for some of them (by index)
    # the fields the context rules' conditions read, and the values each is compared with
    conditions: dict[str, tuple]
    negated: regex.Pattern | None       # a negation right before a bound, or a word before: "must not eat more than"
    subject_kinds: frozenset[str]
    subject_skip: frozenset[str]
    noun_after: regex.Pattern | None    # the counted noun's `pattern` alone: a noun follows (group `w`)
    counted_groups: re.Pattern | None   # digits that group thousands when a counted noun follows
    round_groups: re.Pattern | None     # digits that group thousands before a unit too ("76.000 م2")
    thousandths: frozenset[str]         # the units those digits may be a decimal of ("2.000 دينار كويتي")
    memo: dict = field(default_factory=dict)    # (lexicon, word) -> entry, for `_lookup`
    # rule index -> the rule's pattern with its groups in `re` (on the lowered text, as the master
    # alternation reads it), or None when it needs `regex` (a name given to two groups, a group
    # repeated: its captures); compiled on first use (see `_groups`)
    plain: dict = field(default_factory=dict)
    # (rule, groups, captures) -> what `_interpret` made of them (with the rule's id) and the tests
    # for it (see `_tests_of`): the same figures recur ("2020", "$1m": a fifth of a text's figures
    # are distinct); emptied past _INTERPRETED entries
    interpreted: dict = field(default_factory=dict)
    # rule index -> this engine without that rule (see `_without`), made on first use
    without: dict = field(default_factory=dict)
    # a figure's reading as the context rules' conditions see it -> its tests (see `_tests_of`)
    reachable: dict = field(default_factory=dict)


def _fold(word: str) -> str:
    return normalize_pattern(word).casefold()


def _alternation(words) -> str:
    """The words as one regex, factored as a trie (fast to match; longer words tried first)."""
    trie: dict = {}
    for word in {_fold(w) for w in words}:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [(r"\s+" if ch == " " else regex.escape(ch)) + build(sub)
                    for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        single = len(branches) == 1 and ("" not in node or len(branches[0]) == 1)
        body = branches[0] if single else "(?:" + "|".join(branches) + ")"
        return body + "?" if "" in node else body

    return "(?:" + build(trie) + ")"


@functools.lru_cache(maxsize=None)
def _engine(lang: str) -> _Engine:
    lexicons: dict[str, dict[str, dict]] = {}
    words: dict[str, list[str]] = {}
    patterns: list[dict] = []
    contexts: list[dict] = []
    clitics: list[str] = []
    suffixes: list[str] = []
    subject: dict = {}
    counted_groups: str | None = None
    round_groups: dict = {}
    verb_gap = r"(?:[^\W\d_]+\s+){0,2}"      # what may stand between a `qualifier_verb` and the figure
    anchors: list[str] = []
    articles: list[str] = []
    number: str | None = None
    for _path, data in rule_files(lang, "figures"):
        number = data.get("number", number)
        clitics += data.get("clitics") or []
        suffixes += data.get("suffixes") or []
        anchors += data.get("anchors") or []
        articles += data.get("articles") or []
        subject.update(data.get("subject") or {})
        counted_groups = data.get("counted_groups", counted_groups)
        round_groups = data.get("round_groups", round_groups)
        verb_gap = data.get("verb_gap", verb_gap)
        for rule in data.get("rules") or []:
            if "lexicon" in rule:
                table = lexicons.setdefault(rule["lexicon"], {})
                for w in rule["words"]:
                    table[_fold(w)] = rule
                words.setdefault(rule["lexicon"], []).extend(rule["words"])
            elif "pattern" in rule:
                patterns.append(rule)
            elif "context" in rule:
                contexts.append(rule)
    @functools.lru_cache(maxsize=None)
    def trie(kind: str, names: str) -> str:
        # {lex:a} is a lexicon's words, {lex:a+b} several lexicons in one trie, {lexc:a+b} the same
        # with each of `articles` in front too, and {lexb:a} what precedes ends with a word
        union = [w for name in names.split("+") for w in words[name]]
        if kind == "lexb":
            return "(?:" + "|".join(f"(?<={regex.escape(w)})" for w in sorted({_fold(w) for w in union})) + ")"
        return _alternation([c + w for c in [""] + articles for w in union] if kind == "lexc" else union)

    def source(pattern: str) -> str:
        return regex.sub(r"\{(lex[bc]?):([\w+]+)\}", lambda m: trie(m[1], m[2]), expand(pattern, lang))

    patterns.sort(key=lambda r: -r.get("priority", 0))
    # the master alternation only says which rule matched (no inner groups: they cost time);
    # the rule's own pattern then gives the groups. The number (the `number` macro, atomic: read
    # one way) is read once per place, in a lookahead, and each rule that begins with it matches
    # what was read again (a back reference, not a parse) before the rest of its pattern. The
    # group naming the rule closes the branch: a branch that opens with a character or a class of
    # them is skipped at once where another character is (`re` looks at a branch's first item)
    sources = [source(rule["pattern"]) for rule in patterns]
    # the number where a rule's pattern begins with it (after openings of groups and lookarounds
    # without groups of their own only: the number is read where the match begins)
    first = re.compile(r"(?:\(\?:|\(\?P<\w+>|\(\?<?[=!](?:[^()\\]|\\[^()])*\))*" + re.escape(f"{{{number}}}")
                       ) if number else None

    def branch(i: int, rule: dict) -> str:
        pattern = rule["pattern"]
        shared = first and first.match(pattern)
        src = (source(pattern[:shared.end() - len(number) - 2]) + "(?P=N)" + source(pattern[shared.end():])
               if shared else sources[i])
        return "(?:" + regex.sub(r"\(\?P<\w+>", "(?:", src) + f")(?P<R{i}>)"

    branches = [branch(i, rule) for i, rule in enumerate(patterns)]
    number_source = source("{" + number + "}") if number else None
    master = _master(branches, number_source, lang)
    # qualifiers are matched backwards (in a lookbehind): longest first, not as a trie
    quals, verbs, after, negation = ("(?:" + "|".join(regex.escape(_fold(w)).replace("\\ ", r"\s+")
                                                      for w in sorted(words.get(name, []), key=len, reverse=True)) + ")"
                                     if words.get(name) else None
                                     for name in ("qualifier", "qualifier_verb", "qualifier_after", "negation"))
    # (groups `q`, `qa` and `w` in any case: a group that never matches when there is no such test;
    # a verb's subject may stand between it and the figure: "لا يتجاوز عددهم 29")
    before = [f"(?P<q>{quals})\\s*"] * bool(quals) + [f"(?P<q>{verbs})\\s+(?:{verb_gap})"] * bool(verbs)
    qual_start = f"(?<={{B}}(?:{'|'.join(before)}))" if before else "(?P<q>(?!))"
    qual_end = f"(?=\\s*(?:[^\\W\\d_]+\\s+)?(?P<qa>{after})(?!\\w))" if after else "(?P<qa>(?!))"
    noun = f"(?={subject['pattern']})" if subject.get("pattern") else "(?P<w>(?!))"

    @functools.lru_cache(maxsize=None)
    def tests(ks: tuple[int, ...]) -> _Tests:
        # the tests at a figure's start (`before` a lookbehind, `text` the figure's whole text) and end
        at_start = _tests([(f"s{k}", (f"(?<=(?:{contexts[k]['before']})\\s*)" if contexts[k].get("before") else "")
                            + (f"(?=(?:{contexts[k]['text']})\\Z)" if contexts[k].get("text") else "")) for k in ks]
                          + [("", qual_start)], source, lang)
        at_end = _tests([(f"e{k}", f"(?=\\s*(?:{contexts[k]['after']}))" if contexts[k].get("after") else "") for k in ks]
                        + [("", qual_end), ("", noun)], source, lang)
        return _Tests(at_start, at_end, [(contexts[k], tuple(contexts[k]["context"].items()),
                                          at_start.groupindex.get(f"s{k}", 1) - 1, at_end.groupindex.get(f"e{k}", 1) - 1)
                                         for k in ks])

    conditions: dict[str, list] = {}
    for c in contexts:
        for k, v in c["context"].items():
            conditions.setdefault(k, []).append(v)
    return _Engine(
        lexicons=lexicons,
        clitics=tuple(sorted({_fold(c) for c in clitics}, key=len, reverse=True)),
        suffixes=tuple(sorted({_fold(c) for c in suffixes}, key=len, reverse=True)),
        rules=patterns, lang=lang, sources=sources, master=master, branches=branches, number_source=number_source,
        # the anchor scans read every character: the standard `re` engine does it faster, and
        # the patterns (tries of words and fixed lookarounds) are linear
        anchors=[_anchor(a, source) for a in anchors],
        contexts=contexts, tests=tests, conditions={k: tuple(v) for k, v in conditions.items()},
        negated=negation and compile_pattern(f"(?<={{B}}(?:{negation})\\s+(?:[^\\W\\d_]+\\s+){{0,1}})", lang),
        subject_kinds=frozenset(subject.get("kinds") or ()),
        subject_skip=frozenset(_fold(w) for w in subject.get("skip") or ()),
        noun_after=compile_pattern(subject["pattern"], lang) if subject.get("pattern") else None,
        counted_groups=counted_groups and re.compile(counted_groups),
        round_groups=re.compile(round_groups["pattern"]) if round_groups else None,
        thousandths=frozenset(round_groups.get("except_units") or ()),
    )


def _tests(tests: list[tuple[str, str]], source, lang: str) -> regex.Pattern:
    """One pattern of lookarounds, each optional: it always matches, and the group named as a test
    (or the groups inside a test without a name) are set where the test holds; group 1 always.
    (`(?:X|)`, not `(?:X)?`: `regex` tries a lookbehind in `(?:X)?` at length after length.)"""
    return compile_pattern("(?P<always>)" + "".join(f"(?:{source(test)}" + (f"(?P<{name}>)|)" if name else "|)")
                                                   for name, test in tests if test), lang)


def _master(branches: list[str], number_source: str | None, lang: str) -> re.Pattern | regex.Pattern:
    """The master alternation of the rules' branches."""
    master_source = "|".join(branches)
    if number_source:
        master_source = f"(?>(?=(?P<N>{number_source}))|)(?:{master_source})"
    try:    # the standard `re` engine starts a match several times faster
        return compile_re(lowered(normalize_pattern(master_source)), 0)
    except re.error:    # the rules need `regex` (variable-width lookbehind...): slower, with a timeout
        return compile_pattern(master_source, lang)


def _without(eng: _Engine, i: int) -> _Engine:
    """The engine without rule i (its branch never matches): what the text gives when rule i's
    match is not its figure (see `_APART`)."""
    if i not in eng.without:
        branches = eng.branches[:]
        branches[i] = f"(?!)(?P<R{i}>)"
        eng.without[i] = dataclasses.replace(eng, master=_master(branches, eng.number_source, eng.lang),
                                             interpreted={}, without={})
    return eng.without[i]


def _anchor(anchor: str | dict, source) -> tuple[re.Pattern, re.Pattern | None]:
    """An anchor's scan: a pattern whose matches start where a figure may begin, or for
    `{after: CLASS, pattern: P}` a class of one character (CLASS) followed by P, the place being
    after that character; P is then also tried at the text's start. `re` skips ahead fast over
    the characters a pattern cannot start with, which a leading lookbehind such as "no word
    character before" would prevent (every position would be tried)."""
    def compiled(src: str) -> re.Pattern:
        return compile_re(lowered(normalize_pattern(source(src))), 0)

    if isinstance(anchor, str):
        return compiled(anchor), None
    return compiled(f"{anchor['after']}(?=(?:{anchor['pattern']}))"), compiled(anchor["pattern"])


def _lookup(eng: _Engine, lexicon: str, word: str) -> dict | None:
    """The lexicon entry of a word, once its clitics and suffixes are taken off."""
    key = (lexicon, word)
    if key not in eng.memo:
        table = eng.lexicons.get(lexicon) or {}
        word = " ".join(word.casefold().split())
        stems = [word] + [word[len(c):] for c in eng.clitics if word.startswith(c)]
        stems += [s[:-len(x)] for s in stems for x in eng.suffixes if s.endswith(x)]
        eng.memo[key] = next((table[s] for s in stems if s in table), None)
    return eng.memo[key]


def lexicon_value(word: str, lang: str, lexicon: str) -> int | float | None:
    """The value of a word of one of the language's lexicons (ordinals: "ثاني", "second": 2; months:
    "فبراير", "February": 2), else None."""
    entry = _lookup(_engine(lang), lexicon, word)
    return None if entry is None else entry.get("value")


@functools.lru_cache(maxsize=None)
def _separators(lang: str) -> tuple[regex.Pattern, str, str]:
    """A number written with thousands marks in the language ("1,200.5"; or three groups or more
    of the decimal mark: "1.200.000"), its thousands mark and its decimal mark (`digits` of its
    language.yaml, "," and "." or "." and ",", as normalised)."""
    marks = language(lang).get("digits") or {}
    t, d = marks.get("thousands", ","), marks.get("decimal", ".")
    t_, d_ = regex.escape(t), regex.escape(d)
    return regex.compile(rf"{d_}?\d{{1,3}}(?:{t_}\d{{3}})+(?:{d_}\d+)?|\d{{1,3}}(?:{d_}\d{{3}}){{2,}}"), t, d


def _digits(token: str, lang: str) -> Decimal:
    if "/" in token:
        numerator, denominator = token.split("/")[:2]
        return Decimal(numerator) / Decimal(denominator) if int(denominator) else Decimal(0)
    thousands, t, d = _separators(lang)
    if thousands.fullmatch(token):
        token = token.replace(t, "") if t in token else token.replace(d, "")
    elif token.count(",") + token.count(".") > 1:
        token = _SEPARATOR.split(token)[0] or "0"
    return Decimal(token.replace(",", "."))


def _split(eng: _Engine, token: str, lexicons) -> list[str]:
    """Two lexicon words written as one ("twentyfifth"), or nothing."""
    for i in range(2, len(token) - 1):
        if all(any(_lookup(eng, lex, part) for lex in lexicons) for part in (token[:i], token[i:])):
            return [token[:i], token[i:]]
    return []


def _number(eng: _Engine, text: str, lexicons=("number", "scale", "suffix")) -> Decimal | None:
    """Value of a number phrase (see `_read_number`); the same phrases recur ("1", "2020", "two"): a
    bounded cache keeps the last few thousand."""
    return _cached_number(eng.lang, text, lexicons)


@functools.lru_cache(maxsize=8192)
def _cached_number(lang: str, text: str, lexicons: tuple[str, ...]) -> Decimal | None:
    return _read_number(_engine(lang), text, lexicons)


def _read_number(eng: _Engine, text: str, lexicons=("number", "scale", "suffix")) -> Decimal | None:
    """Value of a number phrase: digits and number words; scale words multiply what precedes,
    fractions too ("three quarters"); a `sign` word makes it negative, after a `point` word
    the next number gives the decimals ("one point three")."""
    total, current, seen, largest = Decimal(0), None, False, Decimal(0)
    negative = text.lstrip().startswith("-")
    tokens = _TOKEN.findall(text)
    while tokens:
        token = tokens.pop(0)
        for n in (2, 1):      # words of several tokens: "a couple of", "أحد عشر"
            if len(tokens) >= n and any(_lookup(eng, lex, " ".join([token, *tokens[:n]])) for lex in lexicons):
                token = " ".join([token, *tokens[:n]])
                del tokens[:n]
                break
        if token[-1].isdigit():
            value, lexicon = _digits(token, eng.lang), None
        elif _lookup(eng, "sign", token):
            negative = True
            continue
        elif _lookup(eng, "point", token) and tokens:
            decimals = _number(eng, tokens.pop(0), ("number",)) or Decimal(0)
            current = (current or 0) + decimals / 10 ** len(str(int(decimals)))
            continue
        else:
            entry = next((e for lex in lexicons if (e := _lookup(eng, lex, token))), None)
            if entry is None:
                tokens[:0] = _split(eng, token, lexicons)     # "twentyfifth" -> twenty, fifth
                continue
            value, lexicon = Decimal(str(entry["value"])), entry.get("lexicon")
        seen = True
        scale = lexicon in _MULTIPLIERS or (lexicon == "fraction" and current is not None)
        if scale and value >= 1000:
            if current is None and total and value > largest:   # "ألف مليون", "three thousand millions"
                total *= value
            else:
                total += (current if current is not None else 1) * value
            current, largest = None, max(largest, value)
        elif scale:
            current = (current if current is not None else 1) * value
        else:
            current = (current or 0) + value
    if not seen:
        return None
    result = total + (current or 0)
    return -result if negative else result


def _plain(value: Decimal | float) -> int | float:
    value = Decimal(value)
    if value.adjusted() >= 28:      # a 100,000-digit int would take seconds to make: `_too_large` drops it
        return float(value)
    if value == value.to_integral_value():
        return int(value)
    # 6 decimals within Decimal's 28 digits; past 22 digits before the point, no room for them
    return float(round(value, 6)) if value.adjusted() < 22 else float(value)


def _too_large(value) -> bool:
    """Past 28 digits (Decimal's precision) a number is not read exactly: an identifier, not a
    figure (and past 4,300 digits Python cannot even print it)."""
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, (int, float)) and abs(v) >= 10 ** 28 for v in values)


def _vague(eng: _Engine, text: str) -> list[int] | None:
    """The range a vague phrase gives ("tens of thousands": [10000, 99999]); a word of the lexicon
    written with a hyphen ("multi-million") is one word."""
    low = high = None
    for token in [text] if _lookup(eng, "vague", text) else _TOKEN.findall(text):
        entry = _lookup(eng, "vague", token)
        if entry is None:
            continue
        lo, hi = entry["value"]
        low, high = (lo, hi) if low is None else (low * lo, (high + 1) * lo - 1)
    return None if low is None else [low, high]


def _date(eng: _Engine, g: dict, calendar: str | None) -> tuple[str | None, str | None]:
    month = None
    if g.get("month"):
        if g["month"].isdigit():
            month = int(g["month"])
        elif entry := _first_month(eng, _SEPARATOR.split(g["month"])[0]):
            month, calendar = entry["value"], entry.get("calendar", calendar)
    day = _number(eng, g["day"], ("number", "ordinal")) if g.get("day") else None
    year = int(g["year"]) if g.get("year") else None
    if g.get("current"):        # "27 الحالي": the day of a month the text names by reference
        return (f"---{int(day):02d}", calendar) if day is not None and 1 <= day <= 31 else (None, None)
    if month is None or not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31) \
            or calendar == "hijri" and day is None and year is None:
        return None, None       # (a Hijri month alone, "خلال شهر رمضان": no day of another calendar)
    if calendar != "hijri" and year and day:
        try:
            dt.date(year, month, int(day))
        except ValueError:
            return None, None
    text = (f"{year:04d}" if year else "-") + f"-{month:02d}" + (f"-{int(day):02d}" if day else "")
    return text + ("H" if calendar == "hijri" else ""), calendar


def _first_month(eng: _Engine, names: str) -> dict | None:
    """The month lexicon's entry of the first of a month's names written one after the other
    ("يناير كانون الثاني": يناير; a name may have two words: "كانون الثاني")."""
    words = names.split()
    return next((entry for k in range(len(words), 0, -1) if (entry := _lookup(eng, "month", " ".join(words[:k])))), None)


def _time(eng: _Engine, g: dict) -> str | None:
    hour = _number(eng, g["hour"], ("number", "ordinal"))
    minute = _number(eng, g["minute"], ("number", "fraction")) if g.get("minute") else 0
    minute = int(minute * 60 if minute and minute < 1 else minute or 0)   # "and a half" -> 30
    period = _lookup(eng, "period", g["period"]) if g.get("period") else None
    if hour is None:
        return None
    hour = int(hour)
    if period and hour < 12:
        hour += period["value"]
    elif period and period["value"] == 0 and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if 0 <= hour <= 24 and 0 <= minute < 60 else None


def _duration(eng: _Engine, numbers: list[str], units: list[dict]) -> tuple[int | float, str]:
    """Several `num unit` parts ("two hours 45 minutes") add up in the smallest unit."""
    nums = [_number(eng, t) or Decimal(1) for t in numbers]
    nums += [Decimal(1)] * (len(units) - len(nums))
    smallest = min(units, key=lambda u: u.get("seconds", 1))
    total = sum(n * Decimal(str(u.get("seconds", 1))) for n, u in zip(nums, units))
    return _plain(total / Decimal(str(smallest.get("seconds", 1)))), smallest["unit"]


def _interpret(eng: _Engine, rule: dict, g: dict[str, str], caps: dict[str, list[str]]) -> dict | None:
    """Kind, value, unit and calendar of one match of a pattern rule (`g`: its groups that matched)."""
    kind, calendar = rule.get("kind"), "hijri" if "hijri" in g else rule.get("calendar")
    units = [e for t in caps["unit"]
             if (e := next((x for lex in _UNIT_LEXICONS if (x := _lookup(eng, lex, t))), None))]
    unit = rule.get("unit") or (units[-1].get("unit") if units else None)
    out: dict = {"calendar": None}
    if "vague" in g:
        value = _vague(eng, g["vague"])
        kind = kind or "vague"
    elif "decade" in g:
        first = int(g["decade"])
        value, kind = [first, first + 9], kind or "range"
    elif "month" in g or "current" in g:
        value, out["calendar"] = _date(eng, g, calendar)
        kind = kind or "date"
    elif "year" in g:
        value, out["calendar"] = int(g["year"]), calendar
        kind = kind or "year"
    elif "hour" in g:
        value, kind = _time(eng, g), kind or "time"
    elif "ord" in g:
        n = _number(eng, g["ord"], ("ordinal", "number"))
        value, kind = n is not None and _plain(n), kind or "ordinal"
    elif "num2" in g:
        a, b = _number(eng, g["num"]), _number(eng, g["num2"])
        if a is None or b is None:
            return None
        bare_b = _number(eng, g["num2"], ("number",))
        if bare_b and b != bare_b and a == _number(eng, g["num"], ("number",)):
            a *= b / bare_b       # "50-95 ألف": the scale of the second number is shared
        if g["num"].isdigit() and g["num2"].isdigit() and len(g["num2"]) < len(g["num"]) and b < a:
            b += a - a % 10 ** len(g["num2"])       # "1935-37", "2000-1"
        if rule.get("ascending") and b < a:     # "from the record of $55.67 to $43.25": no range
            return {"downwards": True}
        value, kind = sorted([_plain(a), _plain(b)]), kind or "range"
    elif "den" in g:
        a, b = _number(eng, g["num"]), _number(eng, g["den"])
        value, kind = (None if not a or not b else round(float(a / b), 4)), kind or "fraction"
    else:
        kind = kind or (units[-1].get("kind") if units else None) or "count"
        if kind in ("duration", "age") and units and len(units) > 1:
            value, unit = _duration(eng, caps["num"], units)
        else:
            n = _number(eng, g["num"], ("number", "scale", "suffix", "fraction")) if "num" in g else None
            if n is None and units and units[-1].get("value") is not None:
                n = Decimal(str(units[-1]["value"]))
            if n is None and ("value" in rule or "num" in g):   # a fixed value, or "a"/"an"
                n = Decimal(str(rule.get("value", 1)))
            # "and a half", "43 cents" after the dollars, "thirty" (minutes) after the hours
            for name, divisor in (("frac", 1), ("cents", 100), ("sub", 60)):
                if n is not None and name in g:
                    part = _number(eng, g[name], ("number", "fraction"))
                    n += (part or Decimal(0)) / divisor
            factor = Decimal(str(units[-1].get("factor", 1))) if units else 1    # decades: 10 years
            value = None if n is None else _plain(n * factor)
            if kind == "percent" and n is not None and "num" in g and _scaled(eng, g["num"]):
                kind, unit = "count", None      # "11.9m and 49.2%": a number with a scale is no share
    if value is None or value is False or _too_large(value):
        return None
    out.update(kind=kind, value=value, unit=unit if kind not in ("year", "date", "time", "ordinal") else None)
    if units and units[-1].get("counts"):
        out["subject"] = units[-1]["counts"]        # a dual noun counts its singular ("طابقين": طابق)
    return out


def _matches(eng: _Engine, text: str, lo: int = 0, hi: int | None = None, until: int | None = None):
    """The master pattern's matches, tried only where a rule may start (the language's
    `anchors` patterns: digits, number words, words such as "between"...), leftmost first,
    never overlapping: what a scan of every position would give, at a fraction of the cost.
    Both scan the text lowercased with lowercased patterns: the same matches as ignoring case
    (the rule's own pattern then matches the text itself), 40% faster on English. `lo` and `hi`:
    the matches inside that part of the text only; `until`: only those that start before it."""
    hi = len(text) if hi is None else hi
    low = lowered_text(text)
    match = eng.master.match
    if isinstance(eng.master, regex.Pattern):
        match, low_or_text = functools.partial(match, timeout=REGEX_TIMEOUT), text
    else:
        low_or_text = low
    pos = lo    # the anchors' places in arrays (8 bytes each: "1,1,1,…" has one every two characters)
    breaks = array("q", map(re.Match.start, _BLANK_LINE.finditer(text, lo, hi)))    # a figure never crosses one
    for start in heapq.merge(*(_places(scan, first, low, lo, hi if until is None else until)
                               for scan, first in eng.anchors)):
        if start >= pos:
            k = bisect.bisect_left(breaks, start)
            if (m := match(low_or_text, start, breaks[k] if k < len(breaks) else hi)) and m.end() > start:
                yield m
                pos = m.end()


def _places(scan: re.Pattern, first: re.Pattern | None, low: str, lo: int, hi: int) -> array:
    """Where an anchor matches from `lo` to `hi`, in order (see `_anchor`)."""
    if first is None:
        return array("q", map(re.Match.start, scan.finditer(low, lo, hi)))
    places = array("q", [0] if lo == 0 and first.match(low, 0, hi) else [])
    places.extend(m.start() + 1 for m in scan.finditer(low, max(0, lo - 1), hi))
    return places


def extract_figures(doc: Document, norm: Normalized) -> list[Figure]:
    """The figures of a document, sorted by start and never overlapping (`norm` is
    `normalize(doc.masked)`; spans are offsets into `doc.text`)."""
    eng = _engine(doc.lang)
    sentences = _Sentences(norm)
    try:
        found = _found(eng, doc, norm, sentences, 0, len(norm.text))
    except TimeoutError:
        raise FactcheckError("pattern timed out while extracting figures", doc.path) from None
    return _subunits(doc.text, _elided(eng, norm, _day_dates(eng, doc.text, found)))


def _found(eng: _Engine, doc: Document, norm: Normalized, sentences: _Sentences, lo: int, hi: int,
           until: int | None = None) -> list[Figure]:
    """The figures from `lo` to `hi` (that start before `until`, when given). A match that is not
    its rule's figure (`_APART`: "from the record of $55.67 to $43.25" read as a range, "rose from
    31 to 32") gives what its text gives without that rule ("$55.67", "$43.25"), each figure read
    with what follows it ("32 قتيلا": the counted noun)."""
    found: list[Figure] = []
    read_to = lo        # (a figure read apart may end after its match: "بين 6 و9 مارس 2005")
    for m in _matches(eng, norm.text, lo, hi, until):
        if m.start() < read_to:
            continue
        f = _figure(eng, doc, norm, m, sentences)
        if f is _APART:
            apart = _found(_without(eng, int(m.lastgroup[1:])), doc, norm, sentences, m.start(), hi, m.end())
            if apart:
                found += apart
                read_to = norm.to_normalized(apart[-1].end)
        elif f:
            found.append(f)
    return found


def _scaled(eng: _Engine, text: str) -> bool:
    """A number phrase with a scale word or suffix ("3 billion", "550m", "11.9 مليون")."""
    return _number(eng, text, ("number", "fraction")) != _number(eng, text, ("number", "scale", "suffix", "fraction"))


def _noun_next(eng: _Engine, norm: Normalized, at: int) -> bool:
    """Whether a counted noun follows the figure that ends at `at` (the language's counted-noun
    `pattern` finds a word there that is no function word: "3 million people", "3 million of its
    customers"; not "another 550m to follow", nor after an Arabic scale in the accusative: "من
    أصل 11 مليونا خصصت لـ")."""
    found = eng.noun_after.match(norm.text, norm.to_normalized(at), timeout=REGEX_TIMEOUT) if eng.noun_after else None
    return found is not None and not is_stopword(found.group("w").casefold())


def _elided(eng: _Engine, norm: Normalized, figures: list[Figure]) -> list[Figure]:
    """A bare amount in millions or billions right after an amount of money in the same sentence
    (percentages between aside: "10bn euros, up 8.1% from 9.26bn"), with no counted noun after it
    (see `_noun_next`), is of that currency ("50 مليون دولار وليس 34 مليونا", "29 مليار دولار وليس
    100 مليار كما أعلنت", "$5bn, up from 3 billion.", "1bn euros now, another 550m to follow")."""
    out = figures[:]
    text = norm.original
    before: Figure | None = None        # the last figure that is not a percentage (one pass: a page
    for k, f in enumerate(out):         # of "5% 5% …" is not walked back over at each figure)
        if (before is not None and f.kind == "count" and f.unit is None and before.kind == "money" and before.unit
                and _scaled(eng, f.text) and not _noun_next(eng, norm, f.end)
                and f.start - before.end <= _ELIDED_REACH and not sentence_end().search(text, before.end, f.start)):
            f = out[k] = dataclasses.replace(f, kind="money", unit=before.unit)
        if f.kind != "percent":
            before = f
    return out


_DAY = re.compile(r"\d{1,2}")
_DAY_OF = re.compile(r"(.*-)(\d\d)(H?)")     # a date's value: "2005-01-09", "--01-09", "--09-29H"


def _day_dates(eng: _Engine, text: str, figures: list[Figure]) -> list[Figure]:
    """A day of the month written next to a date and linked to it (lexicon `day_link`: "from 6 to 9
    January", "يومي 6 و9 يناير", "January 6 and 9") is a date of that month: the date's value with
    the day's number."""
    if not eng.lexicons.get("day_link"):
        return figures
    out = figures[:]
    for k in range(len(out) - 1):
        for day, date, other in ((k, k + 1, 0), (k + 1, k, -1)):
            f, d = out[day], out[date]
            gap = text[min(f.end, d.end):max(f.start, d.start)]
            if (f.kind == "count" and f.unit is None and _DAY.fullmatch(f.text) and 1 <= int(f.text) <= 31
                    and d.kind == "date" and (parts := _DAY_OF.fullmatch(str(d.value)))
                    and d.text[other].isdigit() and len(gap) <= 12 and _lookup(eng, "day_link", _fold(gap.strip()))):
                out[day] = dataclasses.replace(f, kind="date", value=f"{parts[1]}{int(f.text):02d}{parts[3]}",
                                               subject=None, calendar=d.calendar)
    return out


def _subunits(text: str, figures: list[Figure]) -> list[Figure]:
    """An amount in a currency's hundredths is an amount of that currency: pence of pounds ("three
    pence" is 0.03 GBP), euro cents of euros, and cents of the one currency with cents of the other
    amounts of money of the sentence, leaving out those in brackets (conversions: "70 euro cents
    (£0.48; $0.98)"): "ارتفع 75 سنتا إلى 38.57 دولار" is 0.75 USD; cents with no such amount, or
    amounts in two such currencies, stay cents (`subunits` of rules/common/compare.yaml)."""
    of = settings()["compare.match"]["subunits"]
    out = figures[:]
    for k, f in enumerate(out):
        if f.kind != "money" or f.unit not in of or not isinstance(f.value, (int, float)):
            continue
        currencies = of[f.unit]
        currency = currencies[0] if len(currencies) == 1 else None
        if currency is None:      # (the figures around it only: a page of "1 cent 1 cent …" stays linear)
            near = {g.unit for g in out[max(0, k - _SUBUNIT_REACH):k + _SUBUNIT_REACH + 1]
                    if g is not f and g.kind == "money" and g.unit in currencies and not _bracketed(text, g.start)
                    and not sentence_end().search(text, *sorted((g.end, f.start) if g.end <= f.start else (f.end, g.start)))}
            currency = near.pop() if len(near) == 1 else None
        if currency is not None:
            out[k] = dataclasses.replace(f, value=_plain(Decimal(str(f.value)) / 100), unit=currency)
    return out


def _bracketed(text: str, at: int) -> bool:
    """Whether position `at` is inside brackets opened on its line, shortly before it ("(£0.48;
    $0.98)")."""
    line = max(text.rfind("\n", max(0, at - CONTEXT_MAX), at) + 1, at - CONTEXT_MAX)
    return text.rfind("(", line, at) > text.rfind(")", line, at)


class _Sentences:
    """The sentence around each figure, as its context. A "sentence" without punctuation can run
    for pages: a window of CONTEXT_MAX characters or a little more on each side of the figure,
    with edges on a grid of STEP characters, so that the figures near each other share one
    string (a page of "5% 5% …" would otherwise hold 800 characters per figure)."""
    STEP = CONTEXT_MAX // 4

    def __init__(self, norm: Normalized):
        self.norm, self.text = norm, norm.text
        self._last: tuple[int, int, str] = (0, 0, "")

    def around(self, start: int, end: int) -> str:
        ends = self.norm.sentence_ends
        k = bisect.bisect_right(ends, start)
        first, last = ends[k - 1] if k else 0, ends[k] if k < len(ends) else len(self.text)
        lo = max(first, start - CONTEXT_MAX - (start - CONTEXT_MAX) % self.STEP)
        hi = min(last, end + CONTEXT_MAX + -(end + CONTEXT_MAX) % self.STEP)
        if self._last[:2] != (lo, hi):
            self._last = (lo, hi, self.text[lo:hi].strip())
        return self._last[2]


def _plain_rule(eng: _Engine, i: int) -> re.Pattern | None:
    """Rule i's pattern with its groups for the standard `re` engine, lowercased as the master
    alternation is (which has matched it already: no other risk on hostile input, and a call
    without `regex`'s timeout clock), or None when the rule needs `regex`: two groups of one name,
    or a group repeated, whose every capture counts ("two hours 45 minutes")."""
    if i not in eng.plain:
        source = lowered(normalize_pattern(eng.sources[i]))
        try:
            pattern = None if pattern_fact("needs regex", source, _needs_regex) else compile_re(source, 0)
        except (re.error, RecursionError, OverflowError):
            pattern = None
        eng.plain[i] = pattern
    return eng.plain[i]


def _needs_regex(source: str) -> bool:
    """Whether a rule's pattern needs `regex` (see `_plain_rule`): read once, kept in the rules cache."""
    try:
        return _repeats_group(re._parser.parse(source).data)
    except (re.error, RecursionError, OverflowError, AttributeError):
        return True


def _repeats_group(items, repeated: bool = False) -> bool:
    """Whether a parsed pattern has a group inside a repetition of more than one."""
    from re import _constants as c

    for op, av in items:
        if op is c.SUBPATTERN:
            if av[0] is not None and repeated or _repeats_group(av[3].data, repeated):
                return True
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if _repeats_group(av[2].data, repeated or av[1] > 1):
                return True
        elif op is c.BRANCH:
            if any(_repeats_group(b.data, repeated) for b in av[1]):
                return True
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if _repeats_group(av[1].data, repeated):
                return True
        elif op is c.ATOMIC_GROUP:
            if _repeats_group(av.data, repeated):
                return True
        elif op is c.GROUPREF_EXISTS:
            return True
    return False


_OTHER = object()       # a value that no condition of a context rule names


def _tests_of(eng: _Engine, info: dict) -> _Tests:
    """The tests of the context rules that may apply to a figure read as `info`: those whose
    conditions hold for it, or for what an earlier one may make of it. Worked out once for each
    reading as the conditions see it (each field the value it is compared with, or `_OTHER`)."""
    fields = tuple(eng.conditions)

    def seen(k: str, v) -> object:
        return next((c for c in eng.conditions[k] if c == v), _OTHER)

    state = tuple(seen(k, info.get(k)) for k in fields)
    if state not in eng.reachable:
        states, ks = {state}, []
        for k, ctx in enumerate(eng.contexts):
            hit = [s for s in states if all(s[fields.index(f)] == v for f, v in ctx["context"].items())]
            if hit:
                ks.append(k)
                states.update(tuple(seen(f, ctx["set"][f]) if f in ctx["set"] else v for f, v in zip(fields, s))
                              for s in hit)
        eng.reachable[state] = eng.tests(tuple(ks))
    return eng.reachable[state]


def _figure(eng: _Engine, doc: Document, norm: Normalized, m: re.Match, sentences: _Sentences) -> Figure | None:
    """The figure of one master match (None for an exclusion or a value that makes no sense)."""
    text = norm.text
    i = int(m.lastgroup[1:])
    rule = eng.rules[i]
    if rule.get("kind") == "none":
        return None
    plain = _plain_rule(eng, i) if isinstance(m, re.Match) else None
    if plain is not None:   # the rule alone, in `re` on the same lowered text: its groups
        m = plain.match(m.string, m.start(), m.endpos)
        if m is None:
            return None
        g = {n: text[a:b] for n in plain.groupindex for a, b in [m.span(n)] if a >= 0}
        caps = {n: [g[x] for x in names if x in g] for n, names in (("num", ("num",)), ("unit", ("unit", "unit2")))}
    else:
        pattern = compile_pattern(eng.sources[i], eng.lang)      # cached; most rules never match a text
        m = pattern.match(text, m.start(), m.endpos, timeout=REGEX_TIMEOUT)    # the same match, with groups
        if m is None:    # `re` and `regex` disagree on a rare character class (e.g. \w on U+13440)
            return None
        g = {n: v for n, v in m.groupdict().items() if v is not None}
        caps = {n: [c for x in names if x in g for c in m.captures(x)]
                for n, names in (("num", ("num",)), ("unit", ("unit", "unit2")))}
    key = (i, *g.items(), None, *caps["num"], None, *caps["unit"])
    known = eng.interpreted.get(key)
    if known is None:
        if len(eng.interpreted) >= _INTERPRETED:
            eng.interpreted.clear()
        info, tests = _interpret(eng, rule, g, caps), None
        if info is not None and not info.get("downwards"):
            info["rule"] = rule["id"]
            tests = _tests_of(eng, info)
        known = eng.interpreted[key] = (info, tests)
    info, tests = known
    if info is None or tests is None:
        return None if info is None else _APART
    info = dict(info)       # the context rules below change it, and a figure has a list of its own
    if isinstance(info["value"], list):
        info["value"] = list(info["value"])
    s, e = m.span("span") if "span" in g else m.span()
    # context, qualifier and subject patterns see a window around the figure: next to pages of
    # spaces, `\s*(?:\s+of)` would cost time quadratic in their length
    lo = max(0, s - CONTEXT_MAX)
    near, ns, ne = text[lo:min(e + CONTEXT_MAX, m.endpos)], s - lo, e - lo     # not into the next paragraph
    # the tests of the context rules, the qualifiers and the counted noun, at once (see `_Engine`)
    at_start = tests.at_start.match(near, ns, ne, timeout=REGEX_TIMEOUT)
    at_end = tests.at_end.match(near, ne, timeout=REGEX_TIMEOUT)
    held_start, held_end = at_start.groups(), at_end.groups()
    for ctx, conditions, k_start, k_end in tests.contexts:
        if held_start[k_start] is not None and held_end[k_end] is not None:
            for k, v in conditions:     # a loop, not all(...): this runs for every figure and context
                if info.get(k) != v:
                    break
            else:
                info.update(ctx["set"])
    if info["kind"] == "none":
        return None
    if info["kind"] == "apart":
        return _APART
    qualifier = qualifier_text = subject = None
    if info["kind"] not in _POINTS:      # "until 15 May" is no bound on a quantity
        q, name = (at_start, "q") if at_start["q"] is not None else (at_end, "qa")
        if q[name] is not None:
            entry = _lookup(eng, "qualifier", q[name]) or _lookup(eng, "qualifier_verb", q[name]) \
                or _lookup(eng, "qualifier_after", q[name])
            qualifier = entry and entry["value"]
            if qualifier in _NEGATED and eng.negated and eng.negated.match(near, q.start(name), timeout=REGEX_TIMEOUT):
                qualifier = _NEGATED[qualifier]     # "must not eat more than 1300": at most
            qualifier_text = doc.text[slice(*norm.span(lo + q.start(name), lo + q.end(name)))]
    if info.get("subject"):
        subject = info["subject"]
    elif info["kind"] in eng.subject_kinds and at_end["w"] is not None and at_end["w"].casefold() not in eng.subject_skip:
        subject = doc.text[slice(*norm.span(lo + at_end.start("w"), lo + at_end.end("w")))]
        if info["kind"] == "count" and eng.counted_groups and eng.counted_groups.fullmatch(g.get("num", "")):
            info["value"] = int(regex.sub(r"\D", "", g["num"]))    # "902.400 وحدة": no 902.4 units
    if info["kind"] in ("money", "measure") and eng.round_groups and eng.round_groups.fullmatch(g.get("num") or "") \
            and info["unit"] not in eng.thousandths:
        info["value"] = int(regex.sub(r"\D", "", g["num"]))        # "76.000م2", "50.000 دولار": thousands
    start, end = norm.span(s, e)
    if "\u200f" in doc.text[start:end] and isinstance(info["value"], (int, float)):
        info["value"] = _unreversed(doc.text[start:end], info["value"])
    return Figure(doc.text[start:end], start, end, info["kind"], info["value"], info["unit"], qualifier,
                  qualifier_text, subject, info["calendar"], sentences.around(s, e), rule["id"])


_REVERSED = re.compile(r"(\d+)\.\u200f(\d+)")


def _unreversed(written: str, value: int | float) -> int | float:
    """The value of a figure whose decimal number a right-to-left page wrote with its two parts
    swapped around a right-to-left mark ("38.\u200f57 دولار" shows 57.38 dollars; "76.\u200f2 مليون
    طن" 2.76 million tonnes): the value times the true number over the number read."""
    m = _REVERSED.search(written)
    if m is None:
        return value
    read, meant = Decimal(f"{m[1]}.{m[2]}"), Decimal(f"{m[2]}.{m[1]}")
    return _plain(Decimal(str(value)) * meant / read) if read else value
