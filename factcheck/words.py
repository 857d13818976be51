"""Words: how texts are cut into content words, and when two words match.

Two words match when their keys meet. A word's keys are the folded word, its light-stem variants
(clitics and suffixes stripped: `words:` of every rules/<lang>/language.yaml), its Snowball stem
in the text's language, and the concepts the language's lexicon gives it (rules/<lang>/lexicon.yaml:
"قتلى", "مقتل", "شهداء" and "killed" all have `#killed`). A number is its own single key, so two
names that differ in a number never meet. Apart from keys, a language may name a root stemmer
(`words: {roots}`: Arabic's ISRI), whose roots tell another form of a word ("المضبوطة", "ضبطت"):
weaker evidence than a key (see factcheck/verify.py). Everything language-specific is data: the
stemmers' names (`words: {stemmer, roots}` of rules/<lang>/language.yaml) and the lexicon.
"""
from __future__ import annotations

import functools
import importlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import regex
import snowballstemmer

from .normalize import fold, normalize
from .rules import language, rule_files, token_rules

_WORD = regex.compile(r"(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{M}]+")     # "U.S." is one word ("us": see `folded`)
TERM = regex.compile(_WORD.pattern + r"|\d+(?:[.,]\d+)*")     # words and numbers
CONCEPT = "#"           # concept keys are "#killed", "#population"... (no word starts with "#")


@functools.lru_cache(maxsize=1)
def _token_rules() -> tuple[frozenset[str], frozenset[str], frozenset[str], int]:
    rule = token_rules()
    return (frozenset(fold(w) for w in rule["stopwords"]), frozenset(rule["prefixes"]),
            frozenset(rule["suffixes"]), int(rule["min_stem"]))


@functools.lru_cache(maxsize=1)
def _affixes() -> tuple[tuple[int, ...], tuple[int, ...], dict[str, str], frozenset[str]]:
    """The lengths of the prefixes and of the suffixes, the letters restored, and the last letters
    of the suffixes (a word that ends otherwise has no suffix to strip: most words of most texts)."""
    _, prefixes, suffixes, _ = _token_rules()
    return (tuple(sorted({len(a) for a in prefixes})), tuple(sorted({len(a) for a in suffixes})),
            token_rules()["restore"], frozenset(a[-1] for a in suffixes if a))


def folded(word: str) -> str:
    """A word as matched: lower-cased, the dots of an abbreviation dropped ("U.S." -> "us")."""
    return word.casefold().replace(".", "") if word[-1] == "." else word.casefold()


def is_stopword(word: str) -> bool:
    return word in _token_rules()[0]


@functools.lru_cache(maxsize=65536)
def variants(token: str) -> frozenset[str]:
    """The folded token and its light stems: up to two prefixes and two suffixes stripped
    ("وتحاصره" -> تحاصره, تحاصر...). Two words match when their variants meet."""
    return frozenset(_suffixed(token, _unprefixed(token)))


def _suffixed(token: str, forms: frozenset[str]) -> set[str]:
    """The clitic-stripped `forms` of a token with up to two suffixes stripped too (a letter a
    suffix changed restored)."""
    _, _, suffixes, min_stem = _token_rules()
    _, back, restore, last = _affixes()
    out = set(forms)
    for _ in range(2):
        if not any(w[-1:] in last for w in out):
            break
        out |= {w[:-n] for w in out for n in back if len(w) - n >= min_stem and w[-n:] in suffixes}
    if restore:
        out |= {w[:-1] + restore[w[-1]] for w in out if w != token and w[-1] in restore and not token.endswith(w)}
    return out


def _unprefixed(token: str) -> frozenset[str]:
    """The token with up to two clitic prefixes stripped ("وبالشهداء" -> شهداء), never below
    the minimum stem (or a shorter one a prefix allows: "السن" -> سن)."""
    _, prefixes, _, min_stem = _token_rules()
    front = _affixes()[0]
    if not any(token[:n] in prefixes for n in front):
        return frozenset((token,))
    shorter = _short_stems()
    out = {token}
    for _ in range(2):
        out |= {w[n:] for w in out for n in front
                if w[:n] in prefixes and len(w) - n >= shorter.get(w[:n], min_stem)}
    return frozenset(out)


@functools.lru_cache(maxsize=1)
def _short_stems() -> dict[str, int]:
    """Prefixes that may leave a stem shorter than `min_stem` (the article before a two-letter noun)."""
    return dict(token_rules()["min_stem_after"])


def tokens(text: str, normalized: bool = False) -> tuple[tuple[int, int, str], ...]:
    """Content words of a text as (start, end, folded word); stopwords and one-letter words left
    out. Offsets are into `normalize(text).text`, which is `text` itself for a normalised sentence
    (`normalized`: the text is one, not normalised again). Those of a short text (a name, a
    title: they recur) are kept in a cache, not those of a whole article or a streamed section
    (4,096 of them would fill the memory)."""
    return _short_tokens(text) if len(text) <= _CACHED_TEXT else _tokens(text, normalized)


_CACHED_TEXT = 200      # characters


@functools.lru_cache(maxsize=4096)
def _short_tokens(text: str) -> tuple[tuple[int, int, str], ...]:
    return _tokens(text)


def _tokens(text: str, normalized: bool = False) -> tuple[tuple[int, int, str], ...]:
    return tuple(tokens_from(text if normalized else normalize(text).text))


def tokens_from(text: str, pos: int = 0) -> Iterator[tuple[int, int, str]]:
    """The content words of a normalised text from `pos` on, one at a time, as `tokens` gives them."""
    stop = _token_rules()[0]
    for m in _WORD.finditer(text, pos):
        word = m.group().casefold()
        if word[-1] == ".":                 # folded(), inline: this loop reads whole articles
            word = word.replace(".", "")
        if len(word) > 1 and word not in stop:
            yield (*m.span(), word)


# ---------------------------------------------------------------- stems and concepts

@dataclass(frozen=True, slots=True)
class Concept:
    id: str
    weight: float               # how much a word of it counts in a name (generic words little)
    change: bool                # a word of change: "rose", "تراجع" (for a figure next to it)
    change_name: bool           # ... that makes a record's name one of change ("growth of")
    limit: bool                 # a word of a limit: "maximum", "threshold", "الحد الأدنى"
    narrows: bool               # a word that narrows a quantity to a part or variant: "division", "pre-tax"
    dated: bool                 # a year named next to a figure stands for the word ("annual")
    unless: frozenset[str]      # concepts of a fact's names that a narrowing word does not narrow
    aspect: bool                # says how a quantity is known ("estimate"), not which quantity
    kinds: frozenset[str]       # figure kinds that stand for the word (an age is an "عمر")
    units: frozenset[str]       # figure units that stand for it (km is a length)
    qualifiers: frozenset[str]  # figure qualifiers that stand for it ("at most" is a maximum)
    adjectives: tuple[str, ...] = ()    # endings of its relational adjectives ("منزلية": domestic), not it
    topical: bool = False       # names what an article is about ("attack", "budget"): said in its lead or paragraph
    narrowed: frozenset[str] = frozenset()  # the figure kinds it narrows, when not all (people of an age: counts)


@dataclass(frozen=True)
class Lexicon:
    stemmer: object | None
    stem_ratio: float                       # a stem shorter than this share of its word is not used...
    stem_endings: tuple[tuple[str, int], ...]   # ... unless the word ends in one of these inflections
                                                # and the stem keeps as many letters
    by_key: dict[str, frozenset[str]]       # an entry or its stem -> concept ids
    concepts: dict[str, Concept]
    narrower: dict[str, frozenset[str]] = None  # a name's word -> concepts it is a kind of ("lira": currency)
    derivations: tuple[str, ...] = ()       # suffixes that make a noun of a verb ("payment": "pay")
    irregular: dict[str, str] = None        # forms no stemmer reduces ("paid": "pay", "مصارف": "مصرف")


@functools.lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon:
    """The language's stemmer (None for a language without one) and concept lexicon."""
    files = rule_files(lang, "frames") if lang else ()
    words = (language(lang).get("words") or {}) if lang else {}
    stemmer = snowballstemmer.stemmer(words["stemmer"]) if words.get("stemmer") else None
    ratio = float(words.get("stem_ratio", 0.0))
    found = words.get("stem_endings") or {}
    endings = tuple((end, 0) for end in found) if isinstance(found, list) else tuple(found.items())
    by_key: dict[str, set[str]] = defaultdict(set)
    narrower: dict[str, set[str]] = defaultdict(set)
    concepts: dict[str, Concept] = {}
    for _, data in files:
        for rule in data.get("rules") or []:
            if "concept" not in rule:
                continue
            cid = CONCEPT + rule["concept"]
            concepts[cid] = Concept(cid, float(rule.get("weight", 1.0)), bool(rule.get("change")),
                                    rule.get("change") is True, bool(rule.get("limit")), bool(rule.get("narrows")),
                                    bool(rule.get("dated")), frozenset(CONCEPT + c for c in rule.get("unless") or ()),
                                    bool(rule.get("aspect")),
                                    *(frozenset(rule.get(k) or ()) for k in ("kinds", "units", "qualifiers")),
                                    tuple({f for e in rule.get("adjectives") or () for f in (e, fold(e))}),
                                    bool(rule.get("topical")),
                                    frozenset(rule["narrows"]) if isinstance(rule.get("narrows"), list) else frozenset())
            for entry in rule["words"]:
                word = fold(entry)
                by_key[word].add(cid)
                if rule.get("stems", True):
                    by_key[_stem(stemmer, ratio, endings, word)].add(cid)
            for entry in rule.get("exact") or ():      # as written: its stem is another word's
                by_key[fold(entry)].add(cid)
            for entry in rule.get("narrower") or ():
                word = fold(entry)
                narrower[word].add(cid)
                narrower[_stem(stemmer, ratio, endings, word)].add(cid)
    return Lexicon(stemmer, ratio, endings, {k: frozenset(v) for k, v in by_key.items()}, concepts,
                   {k: frozenset(v) for k, v in narrower.items()}, tuple(words.get("derivations") or ()),
                   {fold(k): fold(v) for k, v in (words.get("irregular") or {}).items()})


def _stem(stemmer, ratio: float, endings: tuple[tuple[str, int], ...], word: str) -> str:
    found = stemmer.stemWord(word) if stemmer else word
    return found if len(found) >= ratio * len(word) or any(
        word.endswith(end) and len(found) >= least for end, least in endings) else word


@functools.lru_cache(maxsize=65536)
def stem(word: str, lang: str | None) -> str:
    """The word's Snowball stem, or the word when the stem cuts too much of it (the language's
    `stem_ratio`: "important" is not "import") off a word that does not end in an inflection
    (`stem_endings`: "saving" is "save")."""
    lex = lexicon(lang)
    return _stem(lex.stemmer, lex.stem_ratio, lex.stem_endings, word)


@functools.lru_cache(maxsize=65536)
def concepts(word: str, lang: str | None) -> frozenset[str]:
    """Concept ids of a folded word: the word, its clitic-stripped forms or their stems is a
    lexicon entry or an entry's stem."""
    return frozenset(k for k in keys(word, lang) if k[0] == CONCEPT)


_BASE = 3       # letters a word keeps when a derivation suffix is taken off ("moment" is no "mo")


@functools.lru_cache(maxsize=65536)
def keys(word: str, lang: str | None) -> frozenset[str]:
    """Everything a folded word (or number) matches by: see the module's docstring. Its
    clitic-stripped forms are read once for its variants and its concepts."""
    if word[0].isdigit():
        return frozenset([word.replace(",", "")])
    forms = _unprefixed(word)
    out = _suffixed(word, forms)
    own = stem(word, lang)
    out.add(own)
    lex = lexicon(lang)
    for end in lex.derivations:      # "payment" is also "pay", "settlement" "settle"
        if own.endswith(end) and len(own) - len(end) >= _BASE:
            out.add(stem(own[:-len(end)], lang))
    if lex.irregular:      # "paid" is also "pay", "المصارف" "مصرف"
        out.update(stem(base, lang) for f in forms if (base := lex.irregular.get(f)))
    by_key = lex.by_key
    if by_key:
        found = [c for f in forms for c in by_key.get(f, ())]
        if not found:       # an inflected form: its stem, or the stem of its shortest clitic-free form
            found = [c for f in {own, stem(min(forms, key=len), lang)} for c in by_key.get(f, ())]
            concepts_ = lexicon(lang).concepts
            found = [c for c in found if not any(f.endswith(concepts_[c].adjectives) for f in forms)]
        out.update(found)
    return frozenset(out)


_ROOT_STEMMERS = {"isri": ("nltk.stem.isri", "ISRIStemmer")}     # a `roots` name -> its module and class


@functools.lru_cache(maxsize=None)
def _root_stemmer(lang: str | None):
    """The `stem` of the language's root stemmer (`roots` of its language.yaml), or None. Imported
    when first needed (NLTK takes about a fifth of a second to import)."""
    name = ((language(lang).get("words") or {}).get("roots") if lang else None)
    if not name:
        return None
    module, cls = _ROOT_STEMMERS[name]
    return getattr(importlib.import_module(module), cls)().stem


@functools.lru_cache(maxsize=65536)
def root(word: str, lang: str | None) -> str | None:
    """The root of a folded word by the language's root stemmer (Arabic: "مراجعه" and "راجع" are
    رجع, "المدمره" and "دمرت" دمر), None without one or for a root of fewer than three letters."""
    stem = _root_stemmer(lang)
    found = stem(word) if stem is not None and word.isalpha() else ""
    return found if len(found) >= 3 else None


def weight(word: str, lang: str | None) -> float:
    """How much a word counts in a name: the lowest weight of its concepts, else 1."""
    found = [lexicon(lang).concepts[c].weight for c in concepts(word, lang)] if not word[0].isdigit() else []
    return min(found, default=1.0)


def is_change(word: str, lang: str | None, name: bool = False) -> bool:
    """A word of change ("rose", "up", "تراجع"); with `name`, one that makes a name one of change
    ("growth", not "lower")."""
    found = [lexicon(lang).concepts[c] for c in concepts(word, lang)]
    return any(c.change_name if name else c.change for c in found)


def is_limit(word: str, lang: str | None) -> bool:
    """A word of a limit or threshold ("maximum", "الحد الأقصى")."""
    return any(lexicon(lang).concepts[c].limit for c in concepts(word, lang))


@dataclass(frozen=True, slots=True)
class Term:
    """A content word or number of a name, as the matcher reads it."""
    word: str
    keys: frozenset[str]
    weight: float
    year: int | None            # a number that is a year ("2018")
    broad: frozenset[str] = frozenset()     # keys of concepts it is a kind of (weak evidence: see `_broader`)
    proper: int = -1            # the proper name it is a word of ("Delta Air Lines"), by order in the name


def terms(text: str, lang: str | None) -> tuple[Term, ...]:
    """The content words and numbers of a name or alias, with their keys and weights, and the
    proper name each is a word of (see `_proper`)."""
    stop = _token_rules()[0]
    out = []
    found = list(TERM.finditer(normalize(text).text))
    proper = _proper(found)
    for m, run in zip(found, proper):
        word = folded(m.group())
        if word[0].isdigit():
            year = int(word) if len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2199 else None
            out.append(Term(word, keys(word, lang), 0.5, year))
        elif len(word) > 1 and word not in stop:
            broad = _broader(word, lang)
            out.append(Term(word, keys(word, lang) | broad, weight(word, lang), None, broad, run))
    return tuple(out)


def _proper(found: list) -> list[int]:
    """For each word of a name, the proper name it is a word of (numbered in order), else -1: a
    run of two or more capitalised words joined by spaces or hyphens ("Sergei Diaghilev",
    "Kilroy-Silk", "Vote For Me"), not all the name's words (a name in title case), nor an
    acronym ("UKIP" is a name of its own)."""
    runs, run, last = [-1] * len(found), -1, None
    for k, m in enumerate(found):
        w = m.group()
        capital = w[0].isupper() and not (len(w) > 1 and w.isupper())
        if capital and last is not None and runs[k - 1] >= 0 and not m.string[last:m.start()].strip(" -"):
            runs[k] = runs[k - 1]
        elif capital:
            run += 1
            runs[k] = run
        last = m.end()
    sizes = defaultdict(int)
    for r in runs:
        sizes[r] += 1
    if len(found) > 1 and sizes.get(runs[0], 0) == len(found) and runs[0] >= 0:
        return [-1] * len(found)
    return [r if r >= 0 and sizes[r] > 1 else -1 for r in runs]


def _broader(word: str, lang: str | None) -> frozenset[str]:
    """The concepts a name's word is a kind of (a lexicon entry's `narrower`: "الليرة" is a
    currency): a text's "العملة التركية" says the name's "الليرة التركية"; a text's "lira" does
    not say a name's "currency" (text words do not get them)."""
    narrower = lexicon(lang).narrower
    if not narrower:
        return frozenset()
    # (its forms, not its stem: "France" is no franc)
    return frozenset(c for k in _suffixed(word, _unprefixed(word)) for c in narrower.get(k, ()))
