"""Attributions: who said, reported or supplied a figure, and which figures each one covers.

All language knowledge is in `rules/<lang>/*.yaml` (`stage: attributions`); the format of the
entries and of their examples is described at the top of `rules/ar/attributions.yaml`.
One pass finds every cue (one alternation of all cue patterns), drops the ones inside an
`exclude` match, reads the source noun phrase around each cue, types it from the head-noun
lexicons, resolves implied subjects and anaphoric documents, pairs the quotation marks (once: the
quotes stage takes them from here), then links figures by sentence and by quotation.
"""
from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from dataclasses import dataclass, replace
from typing import Callable, Iterator

import regex

from .document import Document
from .errors import FactcheckError
from .model import Attribution, Figure, Span
from .normalize import Normalized, compile_pattern, lowered, lowered_text
from .rules import REGEX_TIMEOUT, punctuation, rule_files, scan_timeout
from .words import concepts, root

_MARKS = punctuation()        # the packs' sentence ends and quotation marks
_ENDS = regex.escape(_MARKS.sentence_ends)
# a run of sentence ends, closing marks after it, then a space (`regex`'s \s: not the separators
# \x1c-\x1f), or a line end: what `[ENDS]+[CLOSING)]*(?=\s)|\n` finds, in `re` (several times faster
# over a whole text, and read with no timeout: the run is read from its start only, once)
# (not the period of an initial, "John E. Kelly", nor of an abbreviation before a word in lower
# case: "Baoshan Iron and Steel Co. said")
_SENTENCE_END = re.compile(rf"[{_ENDS}\n](?:(?<=\n)|(?<!\b[A-Z]\.)(?<![{_ENDS}][{_ENDS}])"
                           rf"[{_ENDS}]*+[{regex.escape(''.join(_MARKS.closing))})]*+(?=[^\S\x1c-\x1f])"
                           rf"(?![^\S\n\x1c-\x1f]+[a-z]))")
_PARAGRAPH = regex.compile(r"[^\n]+")
_QUOTES = _MARKS.quotes                               # opening mark -> closing mark
_QUOTE_MARKS = "".join(dict.fromkeys(m for pair in _QUOTES.items() for m in pair))
_LAST_QUOTE = regex.compile(f"(?r)[{regex.escape(_QUOTE_MARKS)}]")
_PAIRS = {**_QUOTES, **_MARKS.single_quotes}         # quotations also open with single marks
_APOSTROPHES = _MARKS.apostrophes                     # ... which may be apostrophes: "Gaza's"
_OPENERS = {c: tuple(o for o, c2 in _PAIRS.items() if c2 == c) for c in _PAIRS.values()}   # closing mark -> its opening ones
_PAIR_MARK = regex.compile(f"[{regex.escape(''.join(dict.fromkeys(m for pair in _PAIRS.items() for m in pair)))}]")
_CLOSING = _MARKS.closing
_CLAUSE_END = regex.compile(r"\s*(?:[.,;:!?]|\Z)")
_SENTENCE_CLOSE = regex.compile(rf"\s*(?:[{_ENDS}]|\Z)")
_COMMA = regex.compile(r"\s*[,،]\s*")
_LOWER_NEXT = regex.compile(r"[^\S\n]+\p{Ll}")    # a word in lower case right after
_BULLETS = "-–•*"      # a list item's mark at the start of its line
# an aside between dashes right before a verb ("Mr Herron - who is running his own No campaign -
# said"), or before words the language skips there (group skipped: "- had said"): its subject is
# before the first dash
_DASH_ASIDE = regex.compile(r"(?r)[ \t][-–—][ \t][^-–—\n]{3,200}?[ \t][-–—][ \t]*(?P<skipped>(?:\p{Ll}+[ \t]+){0,2})\Z")
_WORD = regex.compile(r"[^\s,،]+")
# after a source, its complement ("of the body") up to a clause end or a relative pronoun
_COMPLEMENT_END = regex.compile(r"(?:\s+(?:of|at|for|from|with|in|by)\b[^,.;:!?\n]{0,60}?)?"
                                r"(?:\s*[.,;:!?]|\s+(?:that|who|which)\b|\s*\Z)")
_NAME = regex.compile(r"\w{3,}")                     # the words of a name remembered with its type
_CAPITAL = regex.compile(r"(?<![\p{L}\p{N}&'’-])\p{Lu}[\p{L}\p{N}&-]*")     # a capitalised word ("AT&T")
_NAME_GAP = regex.compile(r"[ \t]+")                    # between two words of a name
_LINKED = regex.compile(r"[ \t]+(\p{Ll}+)[ \t]+")          # ... or with a stop word between
_LOWER = regex.compile(r"(?<![\p{L}\p{N}&'’-])\p{Ll}[\p{L}\p{N}&-]*")       # a word in lower case
_SENTENCE_MARKS = ".!?\"“‘'«:"
_ADJECTIVE = regex.compile(r"[ \t]+\p{Ll}")        # a word after a capitalised one: it may be its noun


def _sentence_first(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line, a list item ("- Announced that") or a
    quotation."""
    before = text[max(0, start - 20):start]
    gap = before[len(before.rstrip()):]
    if before.strip() and before.rstrip()[-1] in _BULLETS:      # a bullet that opens its line
        before = before.rstrip()[:-1]
        gap = before[len(before.rstrip()):] or ("\n" if start <= 2 else "")
    return start == 0 or "\n" in gap or before.rstrip()[-1:] in _SENTENCE_MARKS
_BACK = 30            # sentences before an "it" or a "the company" read for the body they stand for
_ACRONYM = regex.compile(r"\s*\((?-i:\p{Lu})[\p{L}\d&.\-]{1,8}\)", regex.IGNORECASE)   # "(EIA)"
_ENTITIES = ("person", "official", "organization", "media")   # what an appositive can tell
# Every search is bounded (the regex engine may scan to the end it is given for a literal)
_WINDOW = 90          # characters after a cue searched for its `require` pattern
_REACH = 40           # characters after a prepositional cue searched for its inner verb, after a source for its issuer
_EXCLUDE_REACH = 30   # characters around a cue searched for an exclusion overlapping it (on 3 MB
                      # of big/ar and big/en those that do reach at most 24 before it, 19 after)
_REACH_PHRASE = 300   # characters before and after a cue searched for its source
_NEAR = 200           # characters before a cue read for the source before it and its appositive
_QUOTE_REACH = 160    # characters around a quotation searched for the cue that introduces it
_QUOTE_SPAN = 2000    # characters before a place searched for the quotation mark it follows
_EPITHET_REACH = 1500  # characters back to the person a description stands for, where capitals mark no name
_MEMORY = 40          # the speakers an implied subject may go back to (an article's worth)
_RELAYED_WORDS = 11    # the words after a cue of relaying where who it relays may be named ("نقل الموقع عن")
_EARLIER = 4          # the sentences before an implied cue whose subjects it may go back to
# a capitalised title then a capitalised name of two words or more ("Finance Minister Palaniappan
# Chidambaram"): the title's words are checked against the language's head nouns
# at a sentence start, a name after a title with a lowercase word ("Jupiter analyst Olivier
# Beauvillain") or before a comma ("Allen Weiner, a research director"): where a person may be
# named by a role (read first: cheap)
_BREAK = regex.compile(r"[,;:.()\[\]]")     # punctuation no name runs across
_WORD_BEFORE = regex.compile(r"([\p{L}'’-]+)[ \t]+\Z")     # the word right before a place
_NAME_AHEAD = regex.compile(r"(?:[\p{L}'’.-]+[ \t]+){0,2}?(?P<title>\p{Ll}[\p{L}'’.-]*)[ \t]+\p{Lu}[\p{L}'’-]+[ \t]+\p{Lu}"
                            r"|\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2},[ \t]+"
                            r"(?P<apposed>(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+)")
# a capitalised name of two or three words, then a comma and an appositive of four words at most
_APPOSED = regex.compile(r"(?<![\p{L}'’-])(?P<name>\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}),[ \t]+"
                         r"(?P<apposed>(?:[\p{L}'’.-]+[ \t]+){0,3}[\p{L}'’.-]+)")
_CLAUSE_MARK = re.compile("[.,،;:!?\"“”«»]")     # what no reported clause runs across to its subject
_GIVEN_NAME = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,2}(?![\p{L}'’-])")
_TITLED = regex.compile(r"\b(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?P<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b")


@dataclass(frozen=True)
class _Cue:
    id: str
    role: str                  # verb, prep, participle or impersonal
    loaded: bool
    require: regex.Pattern | None
    scope_after: bool          # covers only the figures after it
    relayed: regex.Pattern | None  # after it, what precedes the one whose words are relayed ("عن")
    objected: bool             # its content is an object after its subject ("نفت الوزارة الأنباء")
    clitic: regex.Pattern | None  # a preposition written onto its source, left out of it ("وفقا لبيان")
    unsourced: str             # source_type when no source is found
    sourced: bool              # whether a source is looked for at all ("reportedly": no)
    typed_source: bool | tuple[str, ...]   # only with a source named by a head noun (of those types), or a pronoun
    suffixed: bool = False     # its implied speaker's gender is its noun's pronoun ("على حد قولها", "بحسب قولها")


@dataclass(frozen=True, eq=False)     # hashed by identity: a key of the caches of what a phrase or word is
class _Lang:
    name: str                  # its code ("ar")
    cues: regex.Pattern        # one alternation, group g<i> for cue rule i
    cue_rules: tuple[_Cue, ...]
    exclude: regex.Pattern | None
    heads: regex.Pattern | None  # any head noun, group h<i> for head rule i
    # (head, source_type, is a role noun, type when an issuer is named after it or None)
    head_rules: tuple[tuple[regex.Pattern, str, bool, str | None], ...]
    stop: regex.Pattern        # a word that ends a source noun phrase
    skip: regex.Pattern        # a word skipped between a cue and its source
    skip_at: regex.Pattern     # the same, or words, matched where they begin ("من جهته")
    skip_first: regex.Pattern  # the first word of one of them (read as a word: cached)
    addressee: regex.Pattern   # the one spoken to, between a cue and its source ("صرح لـ«الصحيفة» المتحدث")
    name_beyond: int           # words between a title's stop word and the holder's name after it (0: none)
    name_opener: regex.Pattern  # the stop word that opens those words ("في")
    name_close: regex.Pattern  # a word that may follow such a name ("إن")
    name_not: regex.Pattern    # a word that begins no name ("باسم حماس", "بمنطقة جازان")
    name_body: regex.Pattern   # a body's head noun a title's phrase may name ("في مكتب التحقيقات"): no one's title
    subject_not_after: regex.Pattern  # a word after which a verb's subject before it cannot begin ("في")
    subject_not_before: regex.Pattern  # after a phrase before the verb, words that make it an adverbial ("من ذلك،")
    complement_opener: regex.Pattern  # the stop word that opens the place of an indefinite source ("في")
    complement_not: regex.Pattern  # a first word of that phrase that is no place ("تصريح")
    title_adjective: regex.Pattern  # a word that goes on with a title ("البورمي")
    name_joint: regex.Pattern  # a name's word after which a word with the article is the name still ("عبد")
    pronoun: regex.Pattern     # a source that is only a pronoun
    subject_before: regex.Pattern | None  # cue text that may have its subject before it (None: any)
    verb_pronoun: regex.Pattern | None  # a verb whose ending shows a pronoun subject (dual, plural): none after it
    compound: regex.Pattern | None  # after a prepositional cue, the inner verb ("وفقا لما ذكرته")
    issuer: regex.Pattern | None
    anaphor: regex.Pattern | None
    source_first: str          # "after" or "before"
    max_words: int
    head_split: regex.Pattern | None  # where a source's appositives (and modifiers) begin
    head_last: bool            # head-final noun phrases: the last head noun of a part names it
    name_link: regex.Pattern   # a stop word that may join two capitalised words of one name
    title_link: regex.Pattern  # a stop word that may join two titles before a name ("chairman and chief executive X")
    source_link: regex.Pattern  # read back from a verb, a stop word joining a head noun or a name to what follows ("analysts at X")
    np_start: regex.Pattern    # read back from a verb, a word that begins a source ("the"): nothing before it is part of it
    subject_not: regex.Pattern  # a word that cannot begin the source after a verb
    object_written: regex.Pattern | None  # in the original text of that word: the mark of an object
    name_written: regex.Pattern | None  # as written, a stop word that is a given name before a word ("علي")
    article: regex.Pattern     # the clitics and article before a noun (a name's key without them)
    acronym_type: str | None   # the type of a source named by an acronym alone ("NASA", "KCNA")
    token: regex.Pattern       # a word (with its abbreviation period: "U.S.", "Dr."), or one other character (linear)
    # who an implied subject is (see `_Speakers`)
    genders: tuple[tuple[str, regex.Pattern], ...]   # (gender, the first word of a text that shows it)
    suffix_genders: tuple[tuple[str, regex.Pattern], ...]   # (gender, a word whose pronoun ending shows it)
    given: dict[str, str]      # a given name (casefolded) -> the gender it shows before a surname
    honorific: frozenset[str]  # title words (casefolded) left out of a name's key ("Mr" of "Mr Ford")
    mentions: bool             # an explicit source that names a speaker named before resolves to that name
    verb_agrees: bool          # a verb shows the gender of its subject (else its source's words do)
    neuter_types: frozenset[str]  # source types that are "it", never "he" or "she"
    anaphoric: regex.Pattern | None  # a source naming only its head noun ("the company"), group head
    epithet: regex.Pattern | None    # a source naming a person by a description ("the 22-year-old")
    clause_verb: regex.Pattern | None  # at a sentence start, the verb whose subject follows it
    verb_written: regex.Pattern | None  # as written (not normalised), a first word that is that verb though
                                        # its normalised form looks like a noun with the article ("وألقى")
    holder_names: bool         # a title's holder named with no capitals is found by a name its sources use
    noun_gender: tuple[tuple[str, regex.Pattern], ...]  # (gender, the first word of a source with no verb
                                                        # to agree with that shows it: "وكالة")
    relative: regex.Pattern | None     # a relative pronoun right before a cue: its antecedent speaks
    object_start: regex.Pattern | None  # in the subject of a verb with an object, where the object begins
    content_noun: regex.Pattern | None  # in any source after its cue, a noun that begins what is said
    time_phrase: regex.Pattern | None   # in any source, a phrase of time after it ("الشهر الماضي")
    possessive: regex.Pattern | None    # the mark of a possessor ("Cornyn's")
    conjunction: regex.Pattern | None   # a conjunction written onto the word after it ("وأمين")
    issuer_clitic: regex.Pattern | None  # a preposition written onto a document's issuer ("لمنظمة")
    subject_end: regex.Pattern | None   # a word that ends a sentence's subject read with no verb ("called")
    clause_opener: regex.Pattern | None  # a relative pronoun: a cue after it covers no figure before it
    relative_aside: regex.Pattern | None  # a relative clause between commas right before a cue ("X, who ..., said")
    clause_lead: regex.Pattern | None  # at a sentence start, what comes before its subject ("At a news conference, ")
    np_lead: regex.Pattern | None  # a stop word that begins a source before a noun with the article ("هذا المصدر")
    person_after: regex.Pattern | None  # right after a name, what says it is a person's ("سيمون نجوى (27 عاما)")
    plural_head: regex.Pattern | None  # a head noun in the plural ("the firms"): no one body it stands for
    main_clause: regex.Pattern | None  # before a source, the opening of a main clause after a comma ("، وقال")
    topic_verb: regex.Pattern | None  # after a topic marker, up to the end of the verb cue that takes it as subject
    container: regex.Pattern | None  # a speech named before a cue that speaks in it, up to its giver ("كلمة ألقاها ")
    container_cue: regex.Pattern | None  # after a cue, "in it" ("فيها"): its subject gave the speech named before
    topic: regex.Pattern | None  # a topic marker whose noun phrase is the subject of a verb after ف ("أما X فقد")
    mention_lead: regex.Pattern  # ... before a person it names as the holder of a view ("For analyst X, "), then
                                 # the first word (group first)
    issuer_link: regex.Pattern | None = None  # after a document, what comes before its issuer ("a report by X")
    name_complement: regex.Pattern | None = None  # after a name, the complement that places it ("of JPMorgan")
    object_suffix: regex.Pattern | None = None  # a cue's ending that is its object ("وصفها": described them)
    owner_link: regex.Pattern | None = None  # after a common noun in the plural, what comes before its owner ("Shares in X")
    participle_subject: regex.Pattern | None = None  # before a noun phrase, what makes it a participle's subject ("with")
    # the first pronoun after a name's cue, in group "body" when only a body takes it ("Sina said
    # its shares ...": Sina is a company; "he", "his": a person)
    body_pronoun: regex.Pattern | None = None
    body_after: regex.Pattern | None = None     # what follows a body's name anywhere ("Archos launched its")
    indefinite: regex.Pattern | None = None  # a source's first word that makes it a new one ("A Labour spokesman")
    cue_places: re.Pattern | None = None  # where a cue may begin in the text `lowered_text` (see `_places_of`), or None: every place
    exclude_places: re.Pattern | None = None  # where an exclusion may begin in it, or None: every place


def _words_pattern(body: str, lang: str) -> regex.Pattern:
    """Whole words: at a word start (not after a hyphen) and ending at a word end."""
    return compile_pattern(r"\m(?<!-)(?:" + body + r")(?![\w-])", lang)


# a character before which a word may begin: any but those certainly in `regex`'s \w (ASCII letters,
# digits, the underscore, Arabic letters) and the hyphen (`_words_pattern` starts no word after one)
_BEFORE_WORD = r"[^a-zA-Z0-9_\u0621-\u063a\u0641-\u064a-]"


def _places_of(words: regex.Pattern) -> re.Pattern | None:
    """A scan for the places where a `_words_pattern` may match, in the standard `re` engine (several
    times faster than `regex` over a whole text): a character before which a word may begin, then the
    pattern without its lookarounds and boundaries, which only keep it from matching (so that it also
    finds the places of a match in part of the text, which a lookahead sees end early); the place is
    after that character (or the text's start). Each place is then tried with the pattern itself.
    The scan reads the text lowercased (`lowered_text`) with the pattern lowercased: the same places as
    ignoring case, three times faster; ignoring case still when the pattern may name a letter other
    than an ASCII one that has a case (by an escape: "\\u00e9"), whose case `re` may pair otherwise
    ("ς" and "σ"). None when `re` cannot read what is left."""
    relaxed = lowered(regex.sub(r"\(\?P<\w+>", "(?:", _without_assertions(words.pattern)))
    caseless = not _LETTER_ESCAPE.search(relaxed) and all(c.isascii() or c.lower() == c.upper() for c in relaxed)
    try:
        return re.compile(f"{_BEFORE_WORD}(?={relaxed})", 0 if caseless else re.IGNORECASE)
    except (re.error, RecursionError, OverflowError):
        return None


_LETTER_ESCAPE = regex.compile(r"\\[xuUN0-7]")       # an escape that may write a letter
def _without_assertions(source: str) -> str:
    """A pattern's source without its lookarounds and its boundaries (\\b \\B \\m \\M ^ $ \\A \\Z):
    what is left matches wherever the pattern does, and more."""
    out, i, n = [], 0, len(source)

    def skip_class(j: int) -> int:     # from just after "[" to just after its "]"
        j += source[j:j + 1] == "^"
        j += source[j:j + 1] == "]"
        while j < n and source[j] != "]":
            j += 2 if source[j] == "\\" else 1
        return j + 1

    while i < n:
        if source.startswith(("(?<=", "(?<!", "(?=", "(?!"), i):
            depth, j = 0, i
            while j < n:
                if source[j] == "\\":
                    j += 2
                    continue
                if source[j] == "[":
                    j = skip_class(j + 1)
                    continue
                depth += {"(": 1, ")": -1}.get(source[j], 0)
                j += 1
                if depth == 0:
                    break
            i = j
        elif source[i] == "\\":
            out.append("" if source[i + 1:i + 2] in ("b", "B", "m", "M", "A", "Z") else source[i:i + 2])
            i += 2
        elif source[i] in "^$":
            i += 1
        elif source[i] == "[":
            j = skip_class(i + 1)
            out.append(source[i:j])
            i = j
        else:
            out.append(source[i])
            i += 1
    return "".join(out)


def _join(patterns: list[str], lang: str, prefix: str) -> regex.Pattern:
    """One alternation of whole-word patterns after a common prefix, group g<i> for pattern i.
    Branches that begin with a letter (or a class of letters) are grouped by that letter, so the
    engine tries a handful of letters at each word instead of every branch (twice as fast)."""
    by_letter: dict[str, list[str]] = {}
    others = []
    for i, p in enumerate(patterns):
        for branch in (b for whole in _branches(compile_pattern(p, lang).pattern) for b in _spread(whole)):
            first = _FIRST.match(branch)
            if first is None:
                others.append(f"(?P<g{i}>{branch})")
            for letter in (first.group(1) or first.group(2)).casefold() if first else ():
                by_letter.setdefault(letter, []).append(f"(?P<g{i}>{branch[first.end():]})")
    body = [regex.escape(c) + "(?:" + "|".join(alts) + ")" for c, alts in by_letter.items()] + others
    return _words_pattern(prefix + "(?:" + "|".join(body) + ")", lang)


# the first letter of a branch, or its class of letters, when nothing makes it optional
_FIRST = regex.compile(r"\[([^\]\\^-]+)\](?![?*+{])|([^\\()\[\]{}|.^$*+?])(?![?*+{])")


# a branch that opens with a group of plain alternatives ("(?:the|a|an)\s+reports"), not repeated
_OPENING = regex.compile(r"\(\?:((?:[^\\()\[\]{}|.^$*+?]|\\s)+(?:\|(?:[^\\()\[\]{}|.^$*+?]|\\s)+)*)\)(?![?*+{])")


def _spread(branch: str) -> list[str]:
    """A branch opening with a group of plain alternatives as one branch per alternative
    ("(?:the|a)\\s+reports" -> "the\\s+reports", "a\\s+reports"), so that `_join` groups them by
    their first letter; any other branch as it is."""
    m = _OPENING.match(branch)
    if m is None:
        return [branch]
    return [alt + branch[m.end():] for alt in m.group(1).split("|")]


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern, inside one (?:...) that wraps it all."""
    parts, depth, start, i, wrapped = [], 0, 0, 0, pattern.startswith("(?:")
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" or ch == "[":
            i = i + 2 if ch == "\\" else pattern.index("]", i + 2) + 1
            continue
        depth += (ch == "(") - (ch == ")")
        wrapped = wrapped and (depth > 0 or i == len(pattern) - 1)
        if ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return _branches(pattern[3:-1]) if wrapped and len(parts) == 1 else parts


def _alternatives(words: str | list, where: str) -> str:
    """A pattern, or a list of words and patterns as one alternation (YAML reads `on` as true: quote it)."""
    items = [words] if isinstance(words, str) else words
    if not isinstance(items, list) or not all(isinstance(w, str) for w in items):
        raise FactcheckError(f"attributions: {where} must be text or a list of texts, got {words!r}")
    return "|".join(items)


def _token(abbreviations: list | str | None) -> regex.Pattern:
    """A word (with its abbreviation period: "U.S.", "Dr."), or one other character. The
    abbreviations are words, matched as written: the pattern is linear (a word's parts join at a
    mark that no part holds), read with no timeout, whose clock is read at each token."""
    words = [abbreviations] if isinstance(abbreviations, str) else abbreviations or []
    _alternatives(words, "abbreviations")       # (texts, or a clear error)
    known = f"(?:{'|'.join(map(regex.escape, words))})\\.|" if words else ""
    return regex.compile(r"(?:\p{Lu}\.)+|" + known + r"\w+(?:['’.\-]\w+)*|[^\w\s]")


def _first_word(pattern: str) -> str:
    """A pattern of words cut at its first space outside groups and classes ("كل من" -> "كل"):
    the word it begins with."""
    depth, k = 0, 0
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            if depth == 0 and pattern[k + 1:k + 2] == "s":
                return pattern[:k]
            k += 2
            continue
        if c == "[":
            k = pattern.find("]", k + 2) + 1 or len(pattern)      # (a class: "[وف]")
            continue
        depth += c == "("
        depth -= c == ")"
        if c == " " and depth == 0:
            return pattern[:k]
        k += 1
    return pattern


def _either(patterns: list[str], lang: str) -> regex.Pattern | None:
    return compile_pattern("|".join(f"(?:{p})" for p in patterns), lang) if patterns else None


def _typed(value) -> bool | tuple[str, ...]:
    """A rule's `typed_source`: true, or the source types it keeps (a type or a list of them)."""
    return tuple([value] if isinstance(value, str) else value) if isinstance(value, (str, list)) else bool(value)


@functools.lru_cache(maxsize=None)
def _load(lang: str) -> _Lang:
    cues, cue_rules, heads, head_rules = [], [], [], []
    exclude, issuer, anaphor, epithets = [], [], [], []
    given: dict[str, str] = {}
    files = rule_files(lang, "attributions")
    syntax: dict = {}
    for _, data in files:
        syntax.update(data.get("syntax") or {})
    head_prefix = syntax.get("head_prefix", "")
    for _, data in files:
        for rule in data.get("rules") or []:
            if "cue" in rule:
                cues.append(rule["cue"])
                require = rule.get("require")
                cue_rules.append(_Cue(rule["id"], rule.get("role", "verb"), bool(rule.get("loaded")),
                                      compile_pattern(require, lang) if require else None,
                                      rule.get("scope") == "after",
                                      compile_pattern(rule["relayed"], lang) if "relayed" in rule else None,
                                      bool(rule.get("object")),
                                      compile_pattern(rule["clitic"], lang) if "clitic" in rule else None,
                                      rule.get("unsourced", "implied"),
                                      rule.get("source", True), _typed(rule.get("typed_source")),
                                      rule.get("gender_of") == "suffix"))
            elif "heads" in rule:
                heads.append(head_prefix + "(?:" + _alternatives(rule["heads"], rule["id"]) + ")")
                head_rules.append((_words_pattern(heads[-1], lang), rule["type"], bool(rule.get("role_noun")),
                                   rule.get("issued")))
            exclude += [rule["exclude"]] if "exclude" in rule else []
            issuer += [rule["issuer"]] if "issuer" in rule else []
            anaphor += [rule["anaphor"]] if "anaphor" in rule else []
            epithets += [rule["epithet"]] if "epithet" in rule else []
            if "given_names" in rule:
                given.update((name.casefold(), rule["gender"])
                             for name in _alternatives(rule["given_names"], rule["id"]).split("|"))

    def word(key: str, prefix: str = "") -> regex.Pattern:
        return compile_pattern(prefix + "(?:" + _alternatives(syntax[key], key) + r")\Z", lang)

    compound = syntax.get("compound")
    split = syntax.get("head_split")
    optional = {key: compile_pattern(syntax[key], lang) if syntax.get(key) else None
                for key in ("anaphoric", "clause_verb", "relative", "object_start", "content_noun", "time_phrase",
                            "possessive", "issuer_clitic", "conjunction",
                            "subject_end", "clause_lead", "main_clause", "np_lead", "person_after", "plural_head", "topic",
                            "topic_verb",
                            "container", "container_cue", "issuer_link", "name_complement", "object_suffix", "indefinite", "owner_link",
                            "participle_subject", "body_pronoun", "body_after")}
    if optional["body_after"] is not None:      # (what follows in lower case: case counts)
        optional["body_after"] = regex.compile(optional["body_after"].pattern)
    optional["epithet"] = _either(epithets, lang)
    opener = syntax.get("clause_opener")
    cue_pattern = _join(cues, lang, syntax.get("cue_prefix", ""))
    return _Lang(
        name=lang, cues=cue_pattern, cue_rules=tuple(cue_rules),
        exclude=_join(exclude, lang, "") if exclude else None,
        heads=_words_pattern("|".join(f"(?P<h{i}>{h})" for i, h in enumerate(heads)), lang) if heads else None,
        head_rules=tuple(head_rules), stop=word("stop", syntax.get("cue_prefix", "")), skip=word("skip"),
        skip_at=compile_pattern("(?:" + _alternatives(syntax["skip"], "skip") + r")(?!\w)", lang),
        skip_first=compile_pattern("(?:" + "|".join(_first_word(str(w)) for w in (
            syntax["skip"] if isinstance(syntax["skip"], list) else [syntax["skip"]])) + r")\Z", lang),
        addressee=compile_pattern(syntax.get("addressee", "(?!)"), lang), pronoun=word("pronoun"),
        name_beyond=int(syntax.get("name_beyond", 0)),
        name_opener=compile_pattern(syntax.get("name_opener", "(?!)"), lang),
        name_close=compile_pattern(syntax.get("name_close", "(?!)"), lang),
        name_not=compile_pattern(syntax.get("name_not", "(?!)"), lang),
        name_body=compile_pattern(syntax.get("name_body", "(?!)"), lang),
        complement_opener=compile_pattern(syntax.get("complement_opener", "(?!)"), lang),
        subject_not_after=compile_pattern(syntax.get("subject_not_after", "(?!)"), lang),
        subject_not_before=compile_pattern(syntax.get("subject_not_before", "(?!)"), lang),
        complement_not=compile_pattern(syntax.get("complement_not", "(?!)"), lang),
        name_joint=compile_pattern(syntax.get("name_joint", "(?!)"), lang),
        title_adjective=compile_pattern(syntax.get("title_adjective", "(?!)"), lang),
        # (searched from the end: it ends at the cue)
        subject_before=compile_pattern("(?r)" + syntax["subject_before"], lang) if syntax["subject_before"] else None,
        verb_pronoun=compile_pattern(syntax["verb_pronoun"], lang) if syntax.get("verb_pronoun") else None,
        compound=compile_pattern(compound, lang) if compound else None,
        issuer=_either(issuer, lang), anaphor=_either(anaphor, lang),
        source_first=syntax.get("source_first", "after"), max_words=int(syntax.get("max_words", 10)),
        head_split=compile_pattern(split, lang) if split else None, head_last=bool(syntax.get("head_last")),
        name_link=compile_pattern(syntax.get("name_link", "(?!)"), lang),
        title_link=compile_pattern(syntax.get("title_link", "(?!)"), lang),
        source_link=compile_pattern(syntax.get("source_link", "(?!)"), lang),
        np_start=compile_pattern(syntax.get("np_start", "(?!)"), lang),
        subject_not=compile_pattern(syntax.get("subject_not", "(?!)") + r"(?!\w)", lang),
        object_written=regex.compile(syntax["object_written"]) if syntax.get("object_written") else None,
        name_written=regex.compile(syntax["name_written"]) if syntax.get("name_written") else None,
        verb_written=regex.compile(syntax["verb_written"]) if syntax.get("verb_written") else None,
        holder_names=bool(syntax.get("holder_names")),
        noun_gender=tuple((g, compile_pattern(p, lang)) for g, p in (syntax.get("noun_gender") or {}).items()),
        article=compile_pattern(syntax.get("article", head_prefix), lang),
        acronym_type=syntax.get("acronym_type"), token=_token(syntax.get("abbreviations")),
        genders=tuple((g, compile_pattern(p, lang)) for g, p in (syntax.get("gender") or {}).items()),
        suffix_genders=tuple((g, compile_pattern(p, lang)) for g, p in (syntax.get("suffix_gender") or {}).items()),
        given=given,
        honorific=frozenset(w.casefold() for w in _alternatives(syntax.get("honorific") or [], "honorific").split("|") if w),
        mentions=bool(syntax.get("resolve_mentions")), verb_agrees=bool(syntax.get("verb_agrees")),
        neuter_types=frozenset(syntax.get("neuter_types") or ()), **optional,
        clause_opener=_words_pattern(opener, lang) if opener else None,
        # (a comma between digits groups thousands: "The research, which covered 6,000 people, revealed")
        relative_aside=regex.compile(rf"(?r)[,،][ \t](?:{opener})[ \t](?:[^,،\n]|(?<=\d)[,،](?=\d)){{3,200}}?[,،][ \t]*"
                                     r"(?P<skipped>(?:\p{Ll}+[ \t]+){0,3})\Z") if opener else None,
        mention_lead=compile_pattern(f"(?:{syntax.get('mention_lead', '')})" + r"\s*(?P<first>[^\s,،]+)", lang),
        cue_places=_places_of(cue_pattern),
        exclude_places=_places_of(_words_pattern("|".join(f"(?:{p})" for p in exclude), lang)) if exclude else None)


@dataclass
class _Found:
    start: int
    end: int
    rule: _Cue
    source: tuple[int, int] | None = None
    context: tuple[int, int] | None = None   # an appositive of the source, for typing
    source_type: str = "implied"
    resolved: str | None = None


def _quoted(text: str, i: int, limit: int) -> int | None:
    """End (after the closing mark) of a short quotation opening at `i`, or None."""
    close = _QUOTES.get(text[i])
    if close is None:
        return None
    j = text.find(close, i + 1, min(limit, i + 60))
    return j + 1 if j > i + 1 and "\n" not in text[i:j] else None


def _is_word(w: str) -> bool:
    return w[0].isalnum()


class _Extractor:
    def __init__(self, lang: _Lang, norm: Normalized):
        self.L, self.norm, self.text = lang, norm, norm.text
        self.cue_spans: list[tuple[int, int]] = []
        self._splits: dict[tuple[int, int], regex.Match | None] = {}
        self._given: dict[int, bool] = {}     # a word's start -> whether it is written as a given name
        self._surnames: dict[tuple[str, str], tuple[int, int] | None] = {}    # see `title_name`

    @functools.cached_property
    def sentences(self) -> list[int]:
        """Where each sentence starts; split only for a text with cues (most paragraphs have none)."""
        return [0, *map(re.Match.end, _SENTENCE_END.finditer(self.text))]

    @functools.cached_property
    def topics(self) -> list[int]:
        """Where each topic marker's noun phrase begins (read only for a text with a verb cue)."""
        if self.L.topic is None:
            return []
        return [m.end() for m in self.L.topic.finditer(self.text, timeout=scan_timeout(len(self.text)))]

    def sentence(self, i: int) -> tuple[int, int]:
        k = bisect_right(self.sentences, i) - 1
        end = self.sentences[k + 1] if k + 1 < len(self.sentences) else len(self.text)
        return self.sentences[k], end

    def head_split(self, start: int, end: int) -> regex.Match | None:
        """Where the appositives of the source [start, end) begin (`head_split`), or None (a source's
        is asked for again when its speaker is remembered: read once)."""
        if (start, end) not in self._splits:
            self._splits[start, end] = self.L.head_split.search(self.text, start, end, timeout=REGEX_TIMEOUT) \
                if self.L.head_split else None
        return self._splits[start, end]

    def is_cue(self, start: int, end: int) -> bool:
        k = bisect_right(self.cue_spans, (start, len(self.text))) - 1
        return k >= 0 and self.cue_spans[k][1] > start or (
            k + 1 < len(self.cue_spans) and self.cue_spans[k + 1][0] < end)

    def stop(self, w: str) -> bool:
        """Whether word `w` ends a source; an acronym never does ("WHO say")."""
        return _stop(self.L.stop, w)

    def phrase_after(self, start: int, limit: int, objected: bool = False,
                     free_first: bool = False) -> tuple[int, int] | None:
        """The noun phrase that begins after `start` (past skipped words), up to a stop word,
        punctuation or another cue; a short quotation inside it (صحيفة "إسرائيل اليوم") is kept.
        `objected`: the subject of a verb with an object, which ends where `object_start` matches
        (`free_first`: after its first word, when the verb before it reads like a noun with the
        article: "وألقى السفير")."""
        L, text = self.L, self.text
        begin = end = None
        count, i, previous = 0, start, ""
        while count < L.max_words:
            m = self.L.token.search(text, i, limit)
            if m is None:
                break
            w = m.group()
            if begin is None and (spoken := L.addressee.match(text, m.start(), limit, timeout=REGEX_TIMEOUT)):
                i = spoken.end()            # "صرح لـ«عين اليوم» المتحدث": the one spoken to, then the speaker
                continue
            q = _quoted(text, m.start(), limit) if w[0] in _QUOTES else None
            if q and self._quoted_name(m.start(), q, limit):
                if begin is None:           # a name in quotation marks ends at its closing mark
                    begin, end = m.start(), q
                    break
                end = i = q
                count += 1
                continue
            skipped = L.skip_at.match(text, m.start(), limit, timeout=REGEX_TIMEOUT) \
                if begin is None and _word_of(L.skip_first, w) else None
            if skipped or begin is None and w in ",،" and count == 0:
                i = skipped.end() if skipped else m.end()      # ("كل من"، "من جهته": words, not only one)
                continue
            if begin is None and L.np_lead is not None and L.np_lead.fullmatch(w) \
                    and L.article.match(text, m.end() + 1, limit):      # "وقال هذا المصدر"
                begin, end, i, count, previous = m.start(), m.end(), m.end(), count + 1, w
                continue
            if not _is_word(w) or self.stop(w) and not self._name_link(w, previous, m.end(), limit) \
                    and not self._given_name(m.start(), m.end(), limit) \
                    and not (begin is not None and self._title_link(w, begin, m.start(), m.end(), limit)) \
                    or self.is_cue(m.start(), m.end()) or self._accusative(m.start(), m.end()) \
                    or objected and (begin is not None or not free_first) and L.object_start is not None \
                    and L.object_start.match(text, m.start(), limit, timeout=REGEX_TIMEOUT) \
                    and not (count == 1 and self.title_name(previous, w) is not None) \
                    or begin is not None and L.content_noun is not None \
                    and L.content_noun.match(text, m.start(), limit, timeout=REGEX_TIMEOUT) \
                    or begin is not None and L.time_phrase is not None \
                    and L.time_phrase.match(text, m.start(), limit, timeout=REGEX_TIMEOUT):
                if begin is not None and _word_of(L.complement_opener, w) and self._indefinite(begin, m.start()):
                    end = self._complement(m.end(), limit) or end
                elif begin is not None and L.name_beyond and _word_of(L.name_opener, w):
                    name = self.name_after_title(begin, m.end(), limit)
                    end = name[1] if name else end
                break
            begin = m.start() if begin is None else begin
            end, i, count, previous = m.end(), m.end(), count + 1, w
        if begin is None:
            return None
        paren = _ACRONYM.match(text, end, limit)
        return begin, paren.end() if paren else end

    def title_name(self, title: str, word: str) -> tuple[int, int] | None:
        """The name that a lone title word followed by `word` stands for, when `word` ends a name the
        same title introduces elsewhere in the text, before any mark, stop word or head noun
        ("المهندس محمد بن عبد الرحمن الخطيب ... ووصف المهندس الخطيب المناسبة": الخطيب is his family
        name, not the verb's object; his name is "محمد بن عبد الرحمن الخطيب"): its span, else None."""
        L, text = self.L, self.text
        if _name_key(L, title) not in L.honorific:
            return None
        key = _name_key(L, word)
        if (title, key) not in self._surnames:
            found, at = None, 0
            while found is None and (at := text.find(title, at)) >= 0:
                at += len(title)
                tokens = list(itertools.islice(L.token.finditer(text, at, min(len(text), at + 80)), 6))
                for k, t in enumerate(tokens):
                    w = t.group()
                    if not _is_word(w) or k and (self.stop(w) or _is_head(L, w)):
                        break
                    if k and _name_key(L, w) == key:
                        found = tokens[0].start(), t.end()
                        break
            self._surnames[title, key] = found
        return self._surnames[title, key]

    def name_after_title(self, begin: int, after: int, limit: int) -> tuple[int, int] | None:
        """Where capitals mark no name, the name of a source's title that a phrase after the
        title's `name_opener` (ending at `after`) puts off ("رئيس الوفد في المفاوضات نيال دينق نيال
        إن"، "مسؤول العلاقات فيها الدكتور ضيو مطوك لـ«الصحيفة»"): past at most `name_beyond` words
        or quotations, the last with the article (or a quotation, or a title word), the name
        (`name_run`): its span; else None. No phrase with another's title ("مقرب من رئيس الحكومة
        X")."""
        L, text = self.L, self.text
        if L.heads is None or not L.heads.search(text, begin, after, timeout=REGEX_TIMEOUT):
            return None         # (a title names the holder: "وقال الوزير في بغداد"، no name)
        i = after
        for _ in range(L.name_beyond):
            t = L.token.search(text, i, limit)
            if t is None:
                return None
            q = _quoted(text, t.start(), limit) if t.group()[0] in _QUOTES else None
            if q is None and (not _is_word(t.group()) or self.stop(t.group()) or self.is_cue(t.start(), t.end())):
                return None
            i = q or t.end()
            comma = _COMMA.match(text, i, limit)        # (a name in apposition: "في الموصل، سعيد مموزيني";
            # there a family name with the article may follow one word: "في وزارة الداخلية، منصور التركي،")
            name = self.name_run(comma.end() if comma else i, limit, honored=comma is not None) \
                if q is not None or _name_before(L, t.group()) else None
            if name is not None and (q is not None or self.name_run(t.start(), limit) is None):
                return name         # (a place typed by its head: "في ألمانيا نواف خليل لـ«...»")
            if q is None and _name_key(L, t.group()) not in L.honorific \
                    and not L.name_body.fullmatch(t.group(), timeout=REGEX_TIMEOUT) \
                    and self.type_of(t.start(), t.end()) in (("person", True), ("official", True)):
                return None         # (another's title: "مصدر مقرب من رئيس الحكومة تمام سلام")
        return None

    def _indefinite(self, begin: int, end: int) -> bool:
        """Whether a source [begin, end) is a head noun with no article and no noun with it after
        ("مصادر طبية"، "مسؤول"; not "رئيس البحوث")."""
        L, text = self.L, self.text
        return L.heads is not None and not any(_articled(L, w) for w in text[begin:end].split()) \
            and L.heads.match(text, begin, timeout=REGEX_TIMEOUT) is not None

    def _complement(self, after: int, limit: int) -> int | None:
        """The end of the complement that places an indefinite source, after its
        `complement_opener` (at `after`): "مصادر طبية في عدن"، "مسؤول في مؤسسة الكهرباء في عدن"; at
        most four words, none a cue, the first no `complement_not` ("مسؤول في تصريح صحفي"), up to a
        stop word other than another opener, or a mark; else None."""
        L, text = self.L, self.text
        end, i, count = None, after, 0
        while count < 4 and (t := L.token.search(text, i, limit)) is not None and _is_word(t.group()):
            w = t.group()
            if count == 0 and _word_of(L.complement_not, w) or self.is_cue(t.start(), t.end()) \
                    or self.stop(w) and not (count and _word_of(L.complement_opener, w)):
                break
            i, count = t.end(), count + 1
            end = t.end() if not _word_of(L.complement_opener, w) else end
        return end

    def name_run(self, i: int, limit: int, closed: bool = True, honored: bool = False) -> tuple[int, int] | None:
        """The name that begins at `i` after a word with the article, a quotation or a title word
        (`name_after_title`): two or three words with no article (a family name with it last, after
        two words, or one after a title word, `honored`: "المهندس سامي الخطيب"; or words after a
        `name_joint`), the first no `name_not`, none a stop word, a head noun or a cue; `closed`:
        then a mark, a `name_close`, an object ("رفض حكومته") or an addressee. Its span, else None."""
        L, text = self.L, self.text
        run, joint, j, first = 0, False, i, None      # (`run`: the words that are no joint)
        words = 0
        while (n := L.token.search(text, j, limit)) is not None and n.group().isalpha() \
                and not (first is None and _word_of(L.name_not, n.group())) \
                and not (self.stop(n.group()) and not self._given_name(n.start(), n.end(), limit)) \
                and not self.is_cue(n.start(), n.end()) and not self._object(*n.span()) \
                and not (L.heads is not None and _word_of(L.heads, n.group())):
            if _articled(L, n.group()) and not joint:
                if words < 2 - honored:     # (a family name with the article comes last: after two
                    break                   # words, "عبد الله البدري" too)
                j, run = n.end(), run + 1
                n = L.token.search(text, j, limit)
                break
            joint = _word_of(L.name_joint, n.group())
            j, run, first = n.end(), run + (not joint), first if first is not None else n.start()
            words += 1
        if not 2 <= run <= 3 or first is None or closed and (n is None or _is_word(n.group()) and not (
                _word_of(L.name_close, n.group()) or self._object(n.start(), n.end()) and not self.stop(n.group())
                or L.addressee.match(text, n.start(), limit, timeout=REGEX_TIMEOUT))):
            return None
        return first, j

    def _name_link(self, w: str, previous: str, after: int, limit: int) -> bool:
        """A stop word joining two capitalised words of one name ("Association for Payment")."""
        if not (previous[:1].isupper() and self.L.name_link.fullmatch(w)):
            return False
        nxt = self.L.token.search(self.text, after, limit)
        return bool(nxt and nxt.group()[0].isupper())

    def _given_name(self, start: int, end: int, limit: int) -> bool:
        """Whether a stop word is, as written, a given name before a word that is no stop word
        ("علي داود", not "على الأرض")."""
        mark = self.L.name_written
        if mark is None:
            return False
        written = self._given.get(start)      # (asked again as sources are read)
        if written is None:
            s, e = self.norm.span(start, end)       # (read on: the pattern may look at the word after)
            found = mark.match(self.norm.original, s, min(len(self.norm.original), e + 40), timeout=REGEX_TIMEOUT)
            written = self._given[start] = found is not None and found.end() == e
        if not written:
            return False
        nxt = self.L.token.search(self.text, end, limit)     # (or a mark: "قال علي، مضيفا")
        return nxt is None or nxt.group() in ",،." or _is_word(nxt.group()) and not self.stop(nxt.group())

    def _title_link(self, w: str, begin: int, at: int, after: int, limit: int) -> bool:
        """A stop word joining two titles of the name that follows them ("chairman and chief
        executive Bill Ford"): the words before it end with a head noun, a capitalised word follows
        within four words and no stop word comes before it."""
        L = self.L
        if not L.title_link.fullmatch(w) or L.heads is None or not L.heads.search(
                self.text, begin, at, timeout=REGEX_TIMEOUT) or self.text[begin:at].rstrip()[-1:] in ",،":
            return False
        for k, t in enumerate(L.token.finditer(self.text, after, min(limit, after + 60))):
            nxt = t.group()
            if k > 4 or not _is_word(nxt) or self.stop(nxt):
                return False
            if nxt[:1].isupper():
                return True
        return False

    def _quoted_name(self, start: int, end: int, limit: int) -> bool:
        """A short quotation right after a cue is a name ("وعزت "موديز" تخفيض"), a longer one when
        a stop word or a comma follows it ("وترى "ستاندرد أند بورز" أن"); else it is speech."""
        nxt = self.L.token.search(self.text, end, limit)
        words = len(self.text[start:end].split())
        return words <= 3 or words <= 5 and nxt is not None and (nxt.group() in ",،" or self.stop(nxt.group()))

    def phrase_before(self, end: int, floor: int) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
        """(source, appositive) ending before `end`: "X, the director, said" gives X and
        "the director"; "Malaysia's Prime Minister, Najib Razak said" gives the name and the title."""
        L = self.L
        near = floor    # the words read: the source, its appositive and the title before it lie near
        if end - floor > _NEAR:
            near = self.text.find(" ", end - _NEAR, end) + 1 or floor
        toks = list(self.L.token.finditer(self.text, near, end))
        while toks and L.skip.match(toks[-1].group()):
            toks.pop()
        apposed = bool(toks) and toks[-1].group() in ",،"
        if apposed:
            toks.pop()
            commas = [k for k, t in enumerate(toks) if t.group() in ",،"]
            head = self._np_tokens(toks[:commas[-1]]) if commas else []
            if head and commas[-1] < len(toks) - 1:     # "X, , said": no appositive between the commas
                return (head[0].start(), head[-1].end()), (toks[commas[-1]].end(), toks[-1].end())
        taken = self._np_tokens(toks, quoted=True)
        if not taken:      # "The results of the study published in X this week, revealed"
            opening = self.phrase_after(floor, toks[-1].end()) if apposed and toks else None
            return (opening, None) if opening else None
        k = toks.index(taken[0])
        # a relative clause right before the verb qualifies its subject ("اللجنة التي شكلها الوزير قالت":
        # the committee, not the minister; "users who had tested the software reported": the users)
        opener = next((j for j in range(k - 1, max(0, k - 5), -1) if L.clause_opener is not None
                       and L.clause_opener.fullmatch(toks[j].group())), None) if k > 1 else None
        if opener is not None and all(_is_word(t.group()) for t in toks[opener:k]):
            outer = self._np_tokens(toks[:opener], quoted=True)
            if outer:
                taken, k = outer, toks.index(outer[0])
        title = self._np_tokens(toks[:k - 1]) if k and toks[k - 1].group() in ",،" else []
        if title and toks.index(title[0]) > 0 and _is_word(toks[toks.index(title[0]) - 1].group()):
            title = []          # "According to ABC News, Basya believes": not a title
        if len(title) >= 2 and all(t.group()[:1].isupper() for t in title) and \
                any(t.group()[:1].islower() for t in taken) and \
                self.type_of(taken[0].start(), taken[-1].end())[0] not in ("document", "organization"):
            # a name, then a role with no comma closing it ("John Connors, Microsoft's chief
            # financial officer said"): the name is the source, the role its appositive (not "the
            # holding firm, Ambuja Cement India Ltd, a Holcim statement said")
            title, taken = taken, title
        return (taken[0].start(), taken[-1].end()), (title[0].start(), title[-1].end()) if title else None

    def _np_tokens(self, toks: list[regex.Match], quoted: bool = False) -> list[regex.Match]:
        """The noun phrase that `toks` end with, read back from its end (`quoted`: with a name of
        three words at most in guillemets: "أن وكالة «رويتر» للأنباء، كشفت")."""
        L = self.L
        taken: list[regex.Match] = []
        for k in range(len(toks) - 1, -1, -1):
            t, w = toks[k], toks[k].group()
            stop = self.stop(w)
            linked = stop and bool(taken) and (k > 0 and taken[-1].group()[:1].isupper() and toks[k - 1].group()[:1].isupper()
                                               and _word_of(L.name_link, w)      # "Secretary of State John Kerry"
                                               or self._source_link(toks, k)
                                               or self._given_name(t.start(), t.end(), taken[-1].end()))  # "فان غال"
            if (len(taken) >= L.max_words or stop and not linked or self.is_cue(t.start(), t.end())
                    or not (_is_word(w) or w in "'’-()&" or quoted and self._short_quote(toks, k))):
                break
            taken.append(t)
            if _word_of(L.np_start, w) and not (k > 1 and self._source_link(toks, k - 1)):
                break           # "In his New Year message the Liberal Democrat leader": the leader
            if k > 0 and len(taken) > 1 and w.casefold().rstrip(".") in L.honorific and self._name_only(toks[k - 1], taken):
                break           # "Speaking to the BBC News website Mr Molyneux said": Mr Molyneux
        while taken and (not _is_word(taken[-1].group()) or _word_of(L.source_link, taken[-1].group())):
            taken.pop()         # (a link where the words ran out: "[spokesman] for the BPI")
        taken.reverse()
        while taken and not (_is_word(taken[-1].group()) or taken[-1].group() == ")"):
            taken.pop()
        return taken

    def _name_only(self, before: regex.Match, taken: list[regex.Match]) -> bool:
        """Whether a source read back to an honorific is a name by itself (`taken`, read back: the
        honorific last, capitalised words before it) that the word `before` it is no part of: a
        word in lower case that is no article, no link and no person's title ("the BBC News
        website Mr Molyneux"; not "a spokesman for Mr Blair", "the Lord Chancellor Lord Falconer",
        "Mr Bakrie's deputies")."""
        L, w = self.L, before.group()
        return w[:1].islower() and all(t.group()[:1].isupper() for t in taken[:-1]) \
            and not (L.article.fullmatch(w) or _word_of(L.source_link, w) or _word_of(L.np_start, w)) \
            and (L.heads is None or not any(h[0] in ("person", "official") for h in _heads(L, w)))

    @staticmethod
    def _short_quote(toks: list[regex.Match], k: int) -> bool:
        """Whether token k is a guillemet of a quotation of one to three words among `toks`."""
        w = toks[k].group()
        if w == "«":
            return any(t.group() == "»" for t in toks[k + 2:k + 5])
        return w == "»" and any(t.group() == "«" for t in toks[max(0, k - 4):k - 1])

    def _source_link(self, toks: list[regex.Match], k: int) -> bool:
        """Whether token k joins the head noun or the name before it to the words after it, in a
        source read back from its verb ("research by the TowerGroup", "Mr Hirsch from Retail
        Banking Research", "a spokesman for the ministry")."""
        L, before = self.L, toks[k - 1] if k > 0 else None
        if before is None or not _word_of(L.source_link, toks[k].group()):
            return False
        if before.group()[:1].isupper() and _is_word(before.group()) or before.group() == ")":
            return True         # a name, or its acronym ("Contract Office (PCO) in Baghdad")
        return L.heads is not None and any(h.end() == before.end() for h in L.heads.finditer(
            self.text, max(0, before.start() - 20), before.end(), overlapped=True, timeout=REGEX_TIMEOUT))

    def find_source(self, f: _Found) -> None:
        """Set the source span (and its typing context) of cue `f`; a sentence ends at a line break."""
        L, text = self.L, self.text
        s_start, s_end = self.sentence(f.start)
        s_start, s_end = max(s_start, f.start - _REACH_PHRASE), min(s_end, f.end + _REACH_PHRASE)
        start = f.end
        if f.rule.role == "participle" and L.participle_subject is not None:     # "with analysts saying"
            before = self.phrase_before(f.start, s_start)
            if before is not None and L.participle_subject.search(
                    text, max(s_start, before[0][0] - 12), before[0][0], timeout=REGEX_TIMEOUT):
                f.source = before[0]
        if f.rule.role == "participle" or not f.rule.sourced:
            return
        prep = f.rule.role == "prep"
        if prep and L.compound is not None:
            inner = L.compound.match(text, f.end, s_end, timeout=REGEX_TIMEOUT)
            start = inner.end() if inner else start
        if prep and start == f.end and f.rule.clitic is not None:    # "طبقا لصحيفة": from "صحيفة"
            lead = start + len(text[start:start + 3]) - len(text[start:start + 3].lstrip())
            written = f.rule.clitic.match(text, lead, s_end, timeout=REGEX_TIMEOUT)
            start = written.end() if written else start
        if f.rule.role == "verb":
            pronoun = self._pronoun_before(f.start, s_start)
            if pronoun is not None:         # "مضيفا أنها حذرت السفراء": she, not the ambassadors
                f.source = pronoun
                return
        if f.rule.role == "verb" and L.topic is not None:      # "أما X فقد أكد": X
            k = bisect_left(self.topics, f.start) - 1       # the last topic before the cue in its sentence
            topic = self.topics[k] if k >= 0 and self.topics[k] >= max(s_start, f.start - 200) else None
            phrase = self.phrase_after(topic, f.start) if topic is not None and L.topic_verb is not None \
                and L.topic_verb.match(text, topic, f.end, timeout=REGEX_TIMEOUT) else None
            if phrase is not None:
                f.source = phrase
                return
        inverted = not prep and L.source_first == "before" and self._inverted(f, s_start, s_end)
        after = self.phrase_after(start, s_end) if inverted else None
        quoted = text[s_start:f.start].rstrip().rstrip(",").endswith(_CLOSING)
        closed = after is not None and quoted and _CLAUSE_END.match(text, after[1], s_end)  # '," said X.'
        # 'The careers are over, says the boss of the body that cleared them': after a clause
        complement = _COMPLEMENT_END.match(text, after[1], s_end, timeout=REGEX_TIMEOUT) if after else None
        closed = closed or complement is not None and not quoted \
            and (self._after_clause(s_start, f.start)                   # '..., said Mr King.': a name
                 or text[s_start:f.start].rstrip().endswith((",", "،"))  # that ends the sentence, or
                 and self._aside(after, complement, s_end))       # an aside between commas
        if not closed and f.rule.role == "verb" and (L.subject_before is None or L.subject_before.search(
                text, max(s_start, f.start - _SUBJECT_REACH), f.end, timeout=REGEX_TIMEOUT)):
            aside = _DASH_ASIDE.search(text, s_start, f.start, timeout=REGEX_TIMEOUT) or (
                L.relative_aside and L.relative_aside.search(text, s_start, f.start, timeout=REGEX_TIMEOUT))
            if aside and not all(L.skip.match(w) for w in aside.group("skipped").split()):
                aside = None        # (words skipped after it only: "- had said", not "- but said"; a relative
                                    # clause between commas: "Mr Blair, who has described ..., has already said")
            end = aside.start() if aside else f.start
            last = _LAST_QUOTE.search(text, s_start, end)       # the last quotation mark before it
            quote = last.start() if last else -1
            opening = self._name_opening(quote, s_start)      # but a name in it: "وكالة «رويتر» للأنباء، كشفت"
            if opening is not None:
                last = _LAST_QUOTE.search(text, s_start, opening)
                quote = last.start() if last else -1
            before = self.phrase_before(end, max(s_start, quote + 1))   # not across a quotation
            if before is not None and (self._adverbial(before[0][0], s_start) or self._object(*before[0])
                                       and any(c in text[before[0][1]:f.start] for c in ",،")
                                       or L.subject_not_before.match(text, before[0][1], f.start, timeout=REGEX_TIMEOUT)):
                before = None       # "...، في ظل بروز منتجات يرى أنها": a preposition's object; a
                                    # phrase that opens the sentence before a comma ("وبالتوازي، تحدث",
                                    # "وأكثر من ذلك، تعهد")
            if before is not None:
                f.source, f.context = self._titled_name(*before)
                return
        if not prep and L.source_first == "before" and not inverted:
            return
        if not prep and after is None and L.verb_pronoun is not None \
                and _in_span(L.verb_pronoun, "fullmatch", text, f.start, f.end):
            return          # "واعتبرا القرار نوعا من": they two; what follows is the object
        f.source = after or self.phrase_after(start, s_end, f.rule.objected)
        if f.source is not None and not prep and self._object(*f.source):
            f.source = None
        clitic = f.source and f.rule.clitic and f.rule.clitic.match(text, *f.source, timeout=REGEX_TIMEOUT)
        if clitic:
            f.source = clitic.end(), f.source[1]
        if f.source is not None:
            appositive = not prep and _COMMA.match(text, f.source[1], s_end)
            f.context = self.phrase_after(appositive.end(), s_end) if appositive else None
            if f.context is not None and _CLAUSE_END.match(text, f.context[1], s_end):
                f.source, f.context = self._titled_name(f.source, f.context)

    def _aside(self, after: tuple[int, int], complement: regex.Match, s_end: int) -> bool:
        """Whether the phrase `after` a cue that follows a comma is a name that ends the sentence or
        its aside between commas ("More significantly, argues the report,"), with the complement that
        places a name ("The comments, said Junya Tanase of JPMorgan in Tokyo, were"), not a verb's
        object ("accused Mr Dale of ducking 3 choices")."""
        text, complemented, placed = self.text, self.L.name_complement, None
        if complemented is not None:
            placed = complemented.search(text, *after, timeout=REGEX_TIMEOUT) \
                or complemented.match(text, after[1], s_end, timeout=REGEX_TIMEOUT)
        if _SENTENCE_CLOSE.match(text, after[1], s_end) or _COMMA.match(text, after[1], s_end):
            return self._named(*after) or placed is not None and self._named(after[0], placed.start())
        return placed is not None and (complement.end() == s_end or complement.group()[-1] in ",.!?") \
            and self._named(after[0], placed.start())

    def _adverbial(self, start: int, floor: int) -> bool:
        """Whether the phrase at `start` is the object of a preposition (`subject_not_after`) that
        opens its clause (after a mark or at `floor`): an adverbial, not a verb's subject."""
        before = self.text[max(floor, start - 40):start].split()
        return len(before) >= 1 and bool(self.L.subject_not_after.fullmatch(before[-1])) \
            and (len(before) == 1 or not _is_word(before[-2][-1]))

    def _pronoun_before(self, at: int, floor: int) -> tuple[int, int] | None:
        """The word right before `at` in its sentence when it is only a pronoun ("أنها", "لكنه", "he")."""
        words = self.text[max(floor, at - 12):at].split()     # (a pronoun is short)
        if not words or not self.text[at - 1:at].isspace() or not _word_of(self.L.pronoun, words[-1]):
            return None
        end = at
        while self.text[end - 1].isspace():
            end -= 1
        begin = end - len(words[-1])
        return (begin, end) if begin > floor and not self.text[begin - 1].isalnum() or begin == floor else None

    def _name_opening(self, close: int, floor: int) -> int | None:
        """Where the quotation that the mark at `close` closes opens, when it is a name of one to
        three words (`_quoted_name`) on its line that begins with no stop word, or after a word of
        its sentence ("«بوينغ» تحذر"; a quotation the sentence opens with a preposition is a
        saying: "«في كلتا الحالتين» يكتب الناقد"); else None."""
        text = self.text
        if close < 0 or text[close] in _QUOTES:         # an opening mark, or none
            return None
        for opener in _OPENERS.get(text[close], ()):
            i = text.rfind(opener, max(floor, close - 40), close)
            if i >= 0 and "\n" not in text[i:close] and 1 <= len(words := text[i + 1:close].split()) <= 3 \
                    and (text[floor:i].strip() or not self.stop(words[0])):
                return i
        return None

    def _named(self, start: int, end: int) -> bool:
        """Whether a phrase is a short name ("Mr King", "the Constitutional Affairs Committee",
        "MPs"): at most five words capitalised after the first, a head noun's phrase of three, or
        a title ending with a name ("BBC labour affairs correspondent Stephen Cape")."""
        words = self.text[start:end].split()
        return len(words) <= 5 and all(w[:1].isupper() for w in words[1:]) and words[-1][:1].isupper() \
            or len(words) <= 3 and self.type_of(start, end)[1] \
            or len(words) <= 7 and all(w[:1].isupper() for w in words[-2:])    # a title and a name

    def _after_clause(self, s_start: int, at: int) -> bool:
        """Whether a comma right before `at` ends the sentence's first clause, of three words or
        more, not a noun phrase ("X, the director, said"), nor an appositive between commas."""
        L = self.L
        before = self.text[s_start:at].rstrip()
        if not before.endswith((",", "،")):
            return False
        toks = list(L.token.finditer(self.text, s_start, len(before) + s_start - 1))
        if any(t.group() in ",،" for t in toks):     # "X, published in 1989, show": an appositive
            return False
        part = toks
        words = [t for t in part if _is_word(t.group())]
        if len(words) < 3 or L.clause_opener is not None and L.clause_opener.fullmatch(words[0].group()) \
                or words[0].group().casefold().endswith("ing"):
            return False
        np = self._np_tokens(part)
        return not np or np[0].start() > words[0].start()

    def _titled_name(self, source: tuple[int, int], context: tuple[int, int] | None
                     ) -> tuple[tuple[int, int], tuple[int, int] | None]:
        """A title with the name in apposition after it is one source, title and name ("The bid
        chairman, Lord Coe, admitted", "said Ford's finance director, Don Leclair", "IBM senior vice
        president, Dr John E. Kelly, said"): the title ends with a head noun, the appositive is a name
        (capitalised words, no head noun but a title of address)."""
        L, text = self.L, self.text
        if context is None or L.heads is None or context[0] < source[1]:
            return source, context
        words = text[slice(*context)].split()
        if not 1 < len(words) <= 4 or not all(w[:1].isupper() for w in words):
            return source, context
        heads = list(L.heads.finditer(text, *source, timeout=REGEX_TIMEOUT))
        if not heads or heads[-1].end() != source[1] or any(      # (a title of address is no head: "Dr")
                h.group().casefold().rstrip(".") not in L.honorific
                for h in L.heads.finditer(text, *context, timeout=REGEX_TIMEOUT)):
            return source, context
        return (source[0], context[1]), source

    def _object(self, start: int, end: int) -> bool:
        """Whether the phrase after a verb begins with its object, not its subject ("للعالم")."""
        return _in_span(self.L.subject_not, "match", self.text, start, end)

    def _accusative(self, start: int, end: int) -> bool:
        """Whether a word bears, as written, the mark of an object ("إنجازاً"): no source has it."""
        mark = self.L.object_written
        return mark is not None and _in_span(mark, "search", self.norm.original, *self.norm.span(start, end))

    def _inverted(self, f: _Found, s_start: int, s_end: int) -> bool:
        """English '"...," said X': the cue follows a quotation or a comma, a name follows it."""
        nxt = self.L.token.search(self.text, f.end, s_end)
        prev = self.text[s_start:f.start].rstrip()
        return bool(nxt and _is_word(nxt.group()) and not self.stop(nxt.group())
                    and not self.L.pronoun.fullmatch(nxt.group()) and (not prev or prev[-1] in ',"”’'))

    def type_of(self, start: int, end: int) -> tuple[str, bool]:
        """(type, found by a head noun) of the phrase [start, end): see `_phrase_type`."""
        return _phrase_type(self.L, self.text[start:end])


@functools.lru_cache(maxsize=1 << 14)
def _phrase_type(L: _Lang, phrase: str) -> tuple[str, bool]:
    """(type, found by a head noun) of a source phrase (phrases recur: read once). Part by part
    (`head_split`: "X, spokesman for the ministry"), the first part with a head noun names it:
    its first head that is not a role noun, else its first role noun (its last head if `head_last`)."""
    if L.pronoun.fullmatch((phrase.split() or [""])[-1]):     # "he", "in parliament I"
        return "implied", True
    if L.heads is None:
        return "person", False
    parts = L.head_split.split(phrase, timeout=REGEX_TIMEOUT) if L.head_split else [phrase]
    for part in parts:
        heads = _heads(L, part or "")
        head = heads[-1:] if L.head_last else [h for h in heads if not h[1]][:1] or heads[:1]
        if head:
            source_type, _, issued = head[0]
            named = issued and heads.index(head[0]) < len(heads) - 1   # "بيانات وزارة الصحة"
            return (issued if named else source_type), True
    last = phrase.split()[-1].strip("()")
    return (L.acronym_type if L.acronym_type and len(last) > 1 and last.isupper() else "person"), False


@functools.lru_cache(maxsize=1 << 14)
def _heads(L: _Lang, phrase: str) -> tuple[tuple[str, bool, str | None], ...]:
    """(type, is a role noun, issued type) of each head noun of a phrase in order, the longest
    where several start (phrases recur: read once)."""
    found, pos = [], 0
    while m := L.heads.search(phrase, pos, timeout=REGEX_TIMEOUT):
        first = int(m.lastgroup[1:])    # matches here as it would alone; the rules before it do not
        hits = [(m.end(), *L.head_rules[first][1:])] + [
            (h.end(), t, role, issued) for p, t, role, issued in L.head_rules[first + 1:]
            if (h := p.match(phrase, m.start(), timeout=REGEX_TIMEOUT))]
        end, source_type, role_noun, issued = max(hits, key=lambda h: h[0])
        found.append((source_type, role_noun, issued))
        pos = max(end, m.start() + 1)
    return tuple(found)


@functools.lru_cache(maxsize=1 << 12)
def _head_root(L: _Lang, key: str) -> str | None:
    """The root of head noun `key` where roots are known and it heads no one's office or body (an
    anonymous source, a paper, a document: see `_Speakers._rooted_head`), else None (keys recur:
    read once)."""
    if not any(t in ("anonymous", "media", "document", "vague") for t, _, _ in _heads(L, key)):
        return None
    return root(key, L.name)


@functools.lru_cache(maxsize=1 << 15)
def _stop(stop: regex.Pattern, w: str) -> bool:
    """Whether word `w` ends a source (words recur: asked once); an acronym never does."""
    return not (len(w) > 1 and w.isupper()) and bool(stop.match(w))


# what lets a pattern read outside the span it is given: a lookbehind, a boundary, an anchor (or
# a literal "^" or backslash that only looks like one: then it is read in place, as such a pattern is)
_OUTSIDE = regex.compile(r"\(\?<[=!]|\\[bBmMAGKZ]|\^")


def _in_span(pattern: regex.Pattern, how: str, text: str, start: int, end: int) -> bool:
    """Whether `pattern` is found in text[start:end] by its method `how` ("search", "match",
    "fullmatch"). A pattern that reads nothing outside the span answers the same for the same
    characters: asked once of each."""
    if _spanned(pattern):
        return _found(pattern, how, text[start:end])
    return getattr(pattern, how)(text, start, end, timeout=REGEX_TIMEOUT) is not None


@functools.lru_cache(maxsize=None)
def _spanned(pattern: regex.Pattern) -> bool:
    """Whether a pattern reads nothing outside the span it is given (see `_OUTSIDE`)."""
    return _OUTSIDE.search(pattern.pattern) is None


@functools.lru_cache(maxsize=1 << 15)
def _found(pattern: regex.Pattern, how: str, span: str) -> bool:
    """Whether `pattern` is found in `span` by its method `how` (spans recur: asked once)."""
    return getattr(pattern, how)(span, timeout=REGEX_TIMEOUT) is not None


@functools.lru_cache(maxsize=1 << 15)
def _articled(L: _Lang, w: str) -> bool:
    """Whether word `w` begins with the article (`article`; words recur: asked once)."""
    return L.article.match(w) is not None


def _name_before(L: _Lang, w: str) -> bool:
    """Whether word `w` may stand right before a holder's name where capitals mark none: a word
    with the article ("البورمي ثين سين") or a title word ("الدكتور ضيو مطوك")."""
    return _articled(L, w) or _name_key(L, w) in L.honorific


@functools.lru_cache(maxsize=1 << 15)
def _word_of(pattern: regex.Pattern, w: str) -> bool:
    """Whether word `w` is one of a pattern's words (words recur: asked once)."""
    return pattern.fullmatch(w, timeout=REGEX_TIMEOUT) is not None


@functools.lru_cache(maxsize=1 << 14)
def _leads(L: _Lang, word: str) -> bool:
    """Whether a sentence's first word may begin what comes before its subject (`mention_lead`:
    "But", "At", "For"; words recur: asked once, of the word with a phrase after it)."""
    lead = L.mention_lead.match(f"{word} a, Bb", timeout=REGEX_TIMEOUT)
    return lead is not None and lead.start("first") > 0


def _title_words(L: _Lang, words: list[str]) -> bool:
    """Whether words can go on a title where capitals mark no name: each with the article, a title
    word or a head noun ("الخارجية الأميركي" of "وزير الخارجية الأميركي")."""
    return all(_name_before(L, w) or _is_head(L, w) for w in words)


@functools.lru_cache(maxsize=1 << 14)
def _is_head(L: _Lang, word: str) -> bool:
    """Whether a word is a head noun by itself ("secretary"; words recur: asked once)."""
    return L.heads is not None and L.heads.fullmatch(word, timeout=REGEX_TIMEOUT) is not None


def _ends_in_head(L: _Lang, word: str) -> bool:
    """Whether a word, or the last part of a hyphenated one, is a head noun ("co-chairman")."""
    return _is_head(L, word.rsplit("-", 1)[-1])


@functools.lru_cache(maxsize=1 << 12)
def _plural_word(L: _Lang, word: str) -> bool:
    """Whether a word is a plural head noun (`plural_head`; words recur: read once)."""
    return L.plural_head is not None and L.plural_head.fullmatch(word, timeout=REGEX_TIMEOUT) is not None


@functools.lru_cache(maxsize=1 << 12)
def _word_gender(L: _Lang, word: str) -> str | None:
    """The gender a word shows (words recur: asked once)."""
    return next((g for g, p in L.genders if p.fullmatch(word, timeout=REGEX_TIMEOUT)), None)


_HOLDER_REACH = 160   # characters after a title searched for its holder's name
_SUBJECT_REACH = 60   # characters before a verb cue where its subject may stand (`subject_before`)
_HOLDER_BACK = 3000   # characters before a title searched for a mention of it with its holder's name
_GIVEN_BACK, _GIVEN_TRIES = 20_000, 20     # where and how often a surname's given name is looked for
_CLAUSE_MARKS = regex.compile(r"[^\s\p{L}\p{M}]")     # a mark between words (a comma, a bracket, a quote)
_NAME_BREAK = regex.compile(r"\n|(?<!(?<!\w)\p{Lu})[.!?]\s")   # between two capitalised words: not one name ("J. Sainsbury" is)
_HOLDER_WORDS = 14    # words after a title read for that name


def _surnames(x: _Extractor, found: list[_Found]) -> frozenset[str]:
    """The name words of the sources (of one or two words) that no head noun names, none of a
    gender by its form (`noun_gender`): the names a reader may meet again after a title ("وأضاف
    الخزرجي")."""
    out = set()
    for f in found:
        if f.source is None:
            continue
        phrase = x.text[slice(*f.source)]
        if len(phrase.split()) <= 2 and x.type_of(*f.source) == ("person", False):
            out.update(k for m in _NAME.finditer(phrase) if not x.stop(m.group())
                       and _noun_gender(x.L, m.group()) is None         # "وأكدت أهمية الحرص": no name
                       and (k := _name_key(x.L, m.group())) not in x.L.honorific)
    return frozenset(out)


@functools.lru_cache(maxsize=1 << 12)
def _possessor(L: _Lang, after: str) -> bool:
    """Whether a word that the three characters `after` follow bears the mark of a possessor
    ("Jones'", "Labour's"; they recur: asked once)."""
    mark = after.split(maxsplit=1)
    return L.possessive is not None and bool(mark) and bool(L.possessive.fullmatch(mark[0].rstrip(",.;:")))


@functools.lru_cache(maxsize=1 << 12)
def _office(L: _Lang, title: str) -> str:
    """The type of the person a title names: "official" for an office's ("Finance Minister",
    "السيناتور"), else "person"."""
    return "official" if any(t == "official" for t, _, _ in _heads(L, title)) else "person"


def _noun_gender(L: _Lang, phrase: str) -> str | None:
    """The gender that the first word of a source with no verb to agree with shows by its form
    (`noun_gender`: "وكالة الصحافة" after "حسب"), or None (phrases recur: read once)."""
    word = (phrase.split() or [""])[0]
    return next((g for g, p in L.noun_gender if p.fullmatch(word, timeout=REGEX_TIMEOUT)), None)


def _akin(kind: str | None, other: str | None) -> bool:
    """Whether two source types may name one speaker ("Ford" the company is not "Bill Ford")."""
    people = ("person", "official")
    return kind is None or other is None or kind == other or kind in people and other in people


_ONLY_OPENING = frozenset(_QUOTES) - frozenset(_QUOTES.values())     # « „
_ONLY_CLOSING = frozenset(_QUOTES.values()) - frozenset(_QUOTES)     # » ”


def in_quotation(text: str, i: int) -> bool:
    """Whether position `i` is inside a quotation opened earlier in its paragraph: the last
    quotation mark before it in the paragraph opens one (a « that no » closes in the paragraph:
    up to its sentence's end; a writer forgot to close it). A mark that both opens and closes (")
    opens after a space, a bracket or the paragraph's start and before a word: a speaker's
    sentences each opened anew and not closed ('said: "A. "B, then C') are inside, '5\' 10" tall'
    and a quotation closed before ('"A," he said') are not. Read within `_QUOTE_SPAN` characters."""
    start = text.rfind("\n", max(0, i - _QUOTE_SPAN), i) + 1 or max(0, i - _QUOTE_SPAN)
    m = _LAST_QUOTE.search(text, start, i)
    if m is None:
        return False
    mark, j = m.group(), m.start()
    if mark in _ONLY_OPENING:       # («»): one never closed in its paragraph holds its sentence only
        end = text.find("\n", i)
        return text.find(_QUOTES[mark], i, len(text) if end < 0 else end) >= 0 \
            or _SENTENCE_END.search(text, j, i) is None
    if mark in _ONLY_CLOSING:
        return False
    return (j == 0 or text[j - 1].isspace() or text[j - 1] in "([") and bool(text[j + 1:j + 2].strip())


@functools.lru_cache(maxsize=1 << 14)
def _name_key(L: _Lang, word: str) -> str:
    """A name's word without its article and case ("الوزارة" -> "وزارة"); words recur: read once."""
    word = word.casefold()
    article = L.article.match(word)
    return word[article.end():] if article else word


@dataclass(frozen=True)
class _Speaker:
    at: int                    # where it is named (normalised text)
    name: str                  # the name a reader would give (original text)
    words: frozenset[str]      # the words of that name, without article
    gender: str | None         # as its verb or its own words show it; "neuter" by its type
    kind: str | None = None    # its source type
    renamed: bool = False      # named otherwise than its source reads (a speaker named before, a title's name)
    owners: frozenset[str] = frozenset()   # the words of its possessor ("Jones' lawyer ..."), not its own
    title: tuple[int, int] | None = None   # a title with no name, whose holder may be named (`_holder`)
    embedded: bool = False     # the subject of a clause reported by another speaker ("X said his client believed")
    called: frozenset[str] = frozenset()    # the words of a description it was named by ("the Australian firm")


class _Speakers:
    """Who an implied subject is. Every named source is remembered by the name a reader would
    give it: a source naming only its head noun ("the company", "الوزارة") is the last one named
    with that head, part of a name met before ("Jollans") is that name, a title with a name in
    apposition ("نائب الرئيس، فلان،") is the name. An implied cue goes to the nearest speaker
    before it whose gender fits the cue (its verb, or its pronoun), counting the subject of
    its own sentence's first verb and the antecedent of a relative pronoun right before it."""

    def __init__(self, x: _Extractor, norm: Normalized):
        self.x, self.L, self.norm = x, x.L, norm
        self.cased = bool(self.L.given) and not self.L.verb_agrees     # capitals mark names (`_cased`)
        self.named: deque[_Speaker] = deque(maxlen=_MEMORY)
        self.people: deque[_Speaker] = deque(maxlen=_MEMORY)   # named in passing: for their full name only
        self.pending: deque[tuple[int, int, str | None, bool, str]] | None = None     # read at the first cue
        self.surnames: frozenset[str] = frozenset()     # the name words of the sources named by no head noun
        self.holders: dict[tuple[int, int], tuple[int, int] | None] = {}    # a title -> its holder's name
        self._bodies: dict[int, tuple[int, str] | None] = {}       # a sentence's start -> the body it is about
        self._main: tuple[int, str] | None = None                   # the article's main actor (where, name)
        self._caps: list[tuple[str, int, int]] | None = None
        self._persons: frozenset[str] | None = None
        self._named: frozenset[str] | None = None
        self._name_cache: dict[str, bool] = {}
        self._personal_cache: dict[str, bool] = {}
        self._subjects: dict[int, _Speaker | None] = {}      # a sentence's start -> its verb's subject

    def _mentions(self) -> deque[tuple[int, int, str | None, bool, str]]:
        """People a sentence begins with as its subject, by a title or a given name and a
        capitalised surname ("Mr Mubanga is the first ...", "Sharon Osbourne gave details"): the
        "he" or "she" of the sentences after may be them though they said nothing; and people
        named in passing by a capitalised title and name ("the priority for Finance Minister
        Palaniappan Chidambaram"), whom a later "the finance minister" names (flag False: not a
        subject). Read where capitals mark names and given names are known."""
        L, text, out = self.L, self.x.text, []
        if not L.given or L.verb_agrees:
            return deque(out)
        starts: set[int] = set()
        kinds: dict[str, tuple[bool, bool]] = {}     # a first word -> (a title or a given name, may begin a lead)

        def kind(word: str) -> tuple[bool, bool]:       # (first words recur: asked once)
            known = kinds.get(word)
            if known is None:
                named = word.casefold().rstrip(".") in L.honorific or word.casefold() in L.given
                known = kinds[word] = named, not named and _leads(L, word)
            return known

        n, search, last = len(text), _WORD.search, -1
        for start in self.x.sentences:
            first = search(text, start, min(n, start + 40))
            if first is None or first.start() <= last:
                continue        # (a blank line before a sentence: its first word, read once)
            at = last = first.start()
            word = first.group()
            named, leads = kind(word)
            if leads:                                   # a name after a lead ("At a press conference on
                lead = L.mention_lead.match(text, start, min(n, start + 200), timeout=REGEX_TIMEOUT)
                if lead is not None:                    # Tuesday, Sharon Osbourne gave")
                    at, word = lead.start("first"), lead.group("first")
                    named = kind(word)[0]
            if not named:
                ahead = _NAME_AHEAD.match(text, at, min(n, at + 100)) if word[:1].isupper() else None
                if ahead is not None:
                    self._role_mention(at, ahead, out, starts)
                continue
            words = list(itertools.islice(_WORD.finditer(text, at, min(len(text), at + 120)), 6))
            k = 0               # the capitalised words, up to a comma after one of them
            while k < len(words) and words[k].group()[:1].isupper():
                k += 1
                if text.startswith(",", words[k - 1].end()):
                    break
            # two words or more, then a verb after them or a comma ("Mr Mubanga, who ...")
            if k < 2 or k == len(words) and not text.startswith(",", words[k - 1].end()):
                continue
            gender = self._given([w.group() for w in words[:k]])
            out.append((words[0].start(), words[k - 1].end(), gender, True, "person"))
            starts.add(words[0].start())
        if L.heads is not None:
            # a person named in a sentence with a role in apposition ("One dissenting opinion came
            # from Brian Gammage, vice-president of research at Gartner. He said"): a subject too
            # (an appositive with a person's head noun, up to its complement and a mark: not the
            # subject of a verb, "Echoing Condoleezza Rice, the prime minister said")
            for m in _APPOSED.finditer(text, timeout=scan_timeout(len(text))):
                if m.start() in starts or not any(_is_head(L, w) for w in m.group("apposed").split()):
                    continue
                words = list(_WORD.finditer(text, *m.span("name")))
                while len(words) > 2 and words[0].group().casefold() not in L.given:
                    words.pop(0)        # "But Louise Christian, ...", "of State Condoleezza Rice, ..."
                gender = L.given.get(words[0].group().casefold())
                if gender is None or words[0].start() in starts:
                    continue
                limit = min(len(text), m.end() + 120)
                apposed = self.x.phrase_after(m.start("apposed"), limit)
                if apposed is not None and any(h[0] in ("person", "official") for h in _heads(L, text[slice(*apposed)])) \
                        and _COMPLEMENT_END.match(text, apposed[1], limit, timeout=REGEX_TIMEOUT):
                    out.append((words[0].start(), m.end("name"), gender, True, _office(L, text[slice(*apposed)])))
                    starts.add(words[0].start())
            for m in _TITLED.finditer(text, timeout=scan_timeout(len(text))):
                if m.start() not in starts and L.heads.search(text, m.start(), m.start("name"), timeout=REGEX_TIMEOUT):
                    out.append((m.start(), m.end(), self._given(m.group("name").split()), False,
                                _office(L, text[m.start():m.start("name")])))
        return deque(sorted(out))

    def _role_mention(self, at: int, ahead: regex.Match, out: list, starts: set[int]) -> None:
        """Add to `out` the person a sentence begins with at `at` by a role ("Jupiter analyst
        Olivier Beauvillain", "Allen Weiner, a research director"), read only where a title's word
        or an appositive's is a head noun (`ahead`: `_NAME_AHEAD` there)."""
        if not any(_ends_in_head(self.L, w) for w in (ahead.group("title") or ahead.group("apposed")).split()):
            return
        role = self._role_named(at)
        if role is not None:
            name = self._titled(role, "person")
            out.append((*role, self._given(self.x.text[slice(*name)].split()), True,
                        _office(self.L, self.x.text[role[0]:name[0]])))
            starts.add(role[0])

    def _role_named(self, start: int) -> tuple[int, int] | None:
        """The person a sentence begins with by a role: a title with a role's head noun before the
        name ("Jupiter analyst Olivier Beauvillain", "Tory co-chairman Liam Fox", title and name: a
        later "the Tory co-chairman" is Liam Fox), or the name with such a title in apposition after
        it ("Allen Weiner, a research director at Gartner"); else None."""
        x, text = self.x, self.x.text
        limit = min(len(text), start + 120)
        phrase = x.phrase_after(start, limit)
        if phrase is None:
            return None
        phrase = self._name_end(*phrase)
        kind, by_head = x.type_of(*phrase)
        words = text[slice(*phrase)].split()
        if kind != "person" or len(words) < 2 or not all(w[:1].isupper() for w in words[-2:]):
            return None
        if by_head or any(_ends_in_head(self.L, w) for w in words[:-2] if w[:1].islower()):
            return phrase if self._titled(phrase, kind) != phrase else None
        comma = _COMMA.match(text, phrase[1], limit)
        apposed = x.phrase_after(comma.end(), limit) if comma and all(w[:1].isupper() for w in words) else None
        return phrase if apposed is not None and x.type_of(*apposed) == ("person", True) else None

    def _catch_up(self, at: int) -> None:
        """Remember the people named before `at`: as subjects, or in passing for their full name."""
        if self.pending is None:
            self.pending = self._mentions()
        while self.pending and self.pending[0][0] <= at:
            start, end, gender, subject, kind = self.pending.popleft()
            if start >= at:             # at `at`: the cue's own source, remembered as such
                continue
            if subject:                 # (an office's holder is an official: "Planning Minister Julio De Vido")
                self.named.append(self._speaker((start, end), gender, kind=kind))
            else:                       # only its full name is wanted: "Palaniappan Chidambaram"
                self.people.append(_Speaker(start, self.original(*self._titled((start, end), "person")),
                                            frozenset(self._words(start, end)), gender, kind))

    def original(self, start: int, end: int) -> str:
        return self.norm.original[slice(*self.norm.span(start, end))].strip()

    def gender(self, text: str, source_type: str | None = None) -> str | None:
        """The gender that the first word of `text` shows, or that `source_type` has."""
        words = text.split()
        named = self._given(words) if self.L.given and not self.L.verb_agrees else None
        if named is not None:           # "Elliott Wilson, editor of XXL magazine": a man, not "it"
            return named
        if source_type in self.L.neuter_types:
            return "neuter"
        shown = _word_gender(self.L, (words or [""])[0])
        if shown is not None or len(words) < 2 or not self._cased():
            return shown
        if words[-1][:1].isupper() and self.L.article.fullmatch(words[0].casefold()) \
                and self._capitalised(words) and _plural_word(self.L, words[-1].casefold()):
            return "plural"                     # "The Liberal Democrats", "The Tories"
        for w in words[1:4]:            # "A spokeswoman", "Labour MP Mrs Smith": a head noun or a title
            w = w.rstrip(".,")
            g = _word_gender(self.L, w.casefold())
            if g in ("feminine", "masculine") and (_is_head(self.L, w) or w.casefold() in self.L.honorific):
                return g
        return None

    def _given(self, words: list[str]) -> str | None:
        """The gender of the first given name of a source's words that a capitalised word (its
        surname) follows ("Jane Smith", "analyst Mary Jones"), or of a title before a surname ("Mrs")."""
        for w, nxt in zip(words, words[1:]):
            if w[:1].isupper() and nxt[:1].isupper():
                w = w.rstrip(".,")
                gender = self.L.given.get(w.casefold())
                if gender is None and w.casefold() in self.L.honorific:      # a title ("Mrs")
                    gender = _word_gender(self.L, w)
                if gender is not None:
                    return gender
        return None

    def _words(self, start: int, end: int) -> list[str]:
        """The keys of the name words in [start, end)."""
        return [k for k, _ in self._keyed(start, end)]

    def _keyed(self, start: int, end: int) -> list[tuple[str, int]]:
        """The keys of the name words in [start, end), each with where its word ends."""
        return [(k, m.end()) for m in _NAME.finditer(self.x.text, start, end)
                if (k := _name_key(self.L, m.group())) and k not in self.L.honorific]

    def _owners(self, keyed: list[tuple[str, int]]) -> frozenset[str]:
        """Of `_keyed` words, those of a possessor ("Jones" of "Jones' lawyer Richard Nicholls")."""
        if self.L.possessive is None:       # a language with no mark of a possessor
            return frozenset()
        text = self.x.text
        return frozenset(k for k, end in keyed if _possessor(self.L, text[end:end + 3]))

    def _speaker(self, span: tuple[int, int], gender: str | None, apposed: tuple[int, int] | None = None,
                 kind: str | None = None) -> _Speaker:
        L, text = self.L, self.x.text
        span = self._named_part(span, kind)
        keyed = self._keyed(*span)
        words = [k for k, _ in keyed]
        bare = L.anaphoric.fullmatch(text, *span, timeout=REGEX_TIMEOUT) if L.anaphoric else None
        # (the words before a bare source's head noun: "Australian" of "the Australian firm")
        mods = frozenset(_name_key(L, w) for w in (bare.groupdict().get("mod") or "").split()) if bare else frozenset()
        if (kind in (None, "person", "official") or kind == "organization" and self._titles(span, kind)) \
                and L.epithet is not None and _in_span(L.epithet, "fullmatch", text, *span):     # ("نائب رئيس الاتحاد السابق")
            # "the finance minister": the "Finance Minister Palaniappan Chidambaram" named before; "the
            # Russian", "the 22-year-old", "the prime minister": else the last person named whose gender
            # fits, and for an office one named by a full name and no other office ("Tony Blair", not
            # "Health Secretary John Reid", "Wembley", "The Tories")
            mine, cased = frozenset(words), self._cased()
            office = L.heads is not None and L.heads.search(text, *span, timeout=REGEX_TIMEOUT) is not None
            earlier = next((s for s in (*reversed(self.named), *reversed(self.people))
                            if mine and mine < s.words and s.kind in ("person", "official")), None) \
                or next((s for s in reversed(self.named) if s.kind in ("person", "official")
                         and (gender is None or s.gender in (None, gender))
                         and not L.epithet.fullmatch(s.name, timeout=REGEX_TIMEOUT)
                         and (s.name[:1].isupper() and not (office and (
                             any(_is_head(L, w) for w in s.words) or not self._full_name(s.name))) if cased
                              else s.gender == gender and s.kind == "person" and self._recurring(s, span[0]))),
                        None)
        elif bare and _is_head(L, text[slice(*bare.span("head"))]) and not (
                mods and bare.group("head")[:1].isupper() and self._cased()):
            # the last named with that head noun and more, else ("the company": IBM) the last "it" named;
            # with words before its head ("the Australian firm"), only one named a few sentences before
            key = _name_key(L, bare.group("head"))
            capital = bare.group("head")[:1].isupper() and self._cased()     # "the Bank": a name of its own
            # (a person named by a title and a name is the one a later "the analyst" names; a body's
            # word in a person's title is not: "the ministry" is no "Ministry spokesman John Smith")
            role = any(r for _, r, _ in _heads(L, key)) if self._cased() else False
            earlier = next((s for s in reversed(self.named) if key in s.words and len(s.words) > 1 and mods <= s.words
                            and (not s.renamed or key in self._name_words(s.name) or key in s.called
                                 or role and s.kind == "person")
                            # (not a vague one: "the newspaper" is no "newspaper reports")
                            and (s.kind not in ("vague", "anonymous") or kind in ("vague", "anonymous"))), None)
            head = bare.group("head")
            if mods:
                # with words before its head ("the Australian firm"): else only a body that the
                # sentence before names as its subject (not its own: "Libya has withdrawn ..., the
                # Libyan central bank said"), or that spoke in the sentences just before
                if earlier is None and gender == "neuter" and not _plural_word(L, head):
                    found = self._subject_body(self.x.sentence(span[0])[0] - 1, back=1)
                    recent = self.x.sentences[max(0, bisect_right(self.x.sentences, span[0]) - 4)]
                    earlier = self._as_body(found) if found else next(
                        (s for s in reversed(self.named) if s.at >= recent and s.kind == kind
                         and gender == s.gender == "neuter" and s.words), None)
            else:
                earlier = earlier \
                    or next((s for s in reversed(self.named) if len(s.words) > 1 and (held := self._rooted_head(key, s))
                             and (not s.renamed or held in self._name_words(s.name))), None) \
                    or next((s for s in reversed(self.named)
                             if gender == s.gender == "neuter" and s.kind == kind and s.words and not capital
                             and not self._description(s.name)), None)
                if earlier is not None and key not in self._name_words(earlier.name) and self._cased() \
                        and (named := self._headed(span[0], key, earlier.at)) is not None:
                    earlier = self._as_body(named)  # a name with that head written since ("the Appeal Court
                    # ruled ... The alliance says": the Countryside Alliance named after the court)
                # a body named by a word alone, with no head noun to type it ("Ryanair said ... the airline")
                earlier = earlier or next((s for s in reversed(self.named) if gender == "neuter" and s.kind == "person"
                                           and s.gender is None and len(s.words) == 1 and s.name[:1].isupper()
                                           and " " not in s.name and not self._surname(s.name)), None)
                # else a body named before ("the carrier", "the firm": the name written with that head,
                # the subject of a sentence before naming a body, the article's main actor)
                if earlier is None and gender == "neuter" and not head.isupper() and not _plural_word(L, head):
                    earlier = self._body(span[0], key, head[:1].isupper())   # "the Bank": a name with "Bank" only
        else:
            # (not its possessor's: "the Economist Intelligence Unit's Mr Hensel" is Mr Hensel)
            owners = self._owners(keyed)      # (a title and a name after them: not "Juninho's agent")
            last = max((k for k, (w, _) in enumerate(keyed) if w in owners), default=-1)
            after = _WORD.search(text, keyed[last][1], span[1]) if 0 <= last < len(keyed) - 1 else None
            if after is not None and not after.group()[:1].isalnum():       # (past the mark: "Unit's")
                after = _WORD.search(text, after.end(), span[1])
            titled = after is not None and after.group().casefold().rstrip(".") in L.honorific
            mine = frozenset(words[last + 1:] if titled else words)
            # a title and a surname ("Former Chelsea captain Desailly"): the person named before by
            # that surname and more ("Marcel Desailly")
            tokens = text[slice(*span)].split() if not titled and kind in ("person", "official") and self._cased() else []
            if len(tokens) >= 3 and tokens[-1][:1].isupper() and tokens[-2][:1].islower() and _is_head(L, tokens[-2]) \
                    and tokens[-1].casefold() not in L.given:      # (a surname, not "coach Mike")
                mine = frozenset(words[-1:])
            # "A Labour spokesman" is someone new: the one named so before, not "Labour campaign
            # spokesman Fraser Kemp"
            fresh = kind in ("person", "official") and L.indefinite is not None \
                and L.indefinite.match(text, *span, timeout=REGEX_TIMEOUT)
            # (not one named by a role in the body: "The IAEA" is no "An IAEA spokesman")
            earlier = next((s for s in itertools.chain(reversed(self.named), reversed(self.people))
                            if mine < s.words and not mine <= s.owners and (not L.mentions or _akin(kind, s.kind))
                            and not (fresh and not L.indefinite.match(s.name, timeout=REGEX_TIMEOUT))
                            and (not s.renamed or mine & self._name_words(s.name))
                            and not (L.mentions and _is_head(L, (s.name.split() or [""])[-1])
                                     and not any(_is_head(L, w) for w in mine))),
                           None) if words else None
        if earlier is not None:     # (the words of a description: "the firm" after "the Australian firm")
            called = frozenset(words) if mods else frozenset()
            # (a person named again by a name alone is who the earlier mention made them: "Mr Knapman"
            # after "UKIP leader Roger Knapman", an official)
            kind = earlier.kind if kind is None or kind == "person" and earlier.kind == "official" else kind
            return _Speaker(span[0], earlier.name, earlier.words | called, gender or earlier.gender,
                            kind, True, called=earlier.called | called)
        expanded = (self._expansion(span) or self._given_before(span)) if len(words) == 1 and self._cased() else None
        if expanded is not None:    # "the LSE": the "London Stock Exchange" named before; "Lee": "Stan Lee"
            return _Speaker(span[0], self.original(*expanded), frozenset(words) | frozenset(self._words(*expanded)),
                            gender, kind, True)
        if L.name_beyond and kind in ("person", "official") and (full := self._titled_before(span)) is not None:
            start, end, title = full        # ("شومر": تشاك شومر, whom an office made an official)
            return _Speaker(span[0], self.original(start, end), frozenset(words), gender,
                            "official" if _office(L, title) == "official" else kind, True)
        given = span
        if apposed is not None and (apposed[0] > span[1] or all(w[:1].isupper() for w in text[slice(*apposed)].split())) \
                and L.heads is not None and L.heads.search(text, *span, timeout=REGEX_TIMEOUT):
            keyed_name = self._keyed(*apposed)      # a title, then the name: the name
            last = (text[slice(*apposed)].split() or [""])[-1]
            acronym = self._cased() and len(keyed_name) == 1 and len(last) > 1 and last.isupper() and last.isalpha()
            if (len(keyed_name) > 1 or acronym) and not (L.heads.search(text, *apposed, timeout=REGEX_TIMEOUT)) \
                    and _COMMA.match(text, apposed[1]) and not self.x.stop(text[slice(*apposed)].split()[0]) \
                    and not (self._cased() and not self._capitalised(text[slice(*apposed)].split())):
                # (a name: "the EEF"; not a description: "General Motors, the world's largest car maker,")
                span, keyed, words = apposed, keyed_name, [k for k, _ in keyed_name]
            elif L.name_beyond and _COMMA.match(text, apposed[1]) and kind in ("person", "official", "media", "organization") \
                    and _is_head(L, text[slice(*span)].split()[0]) and self._titled(span, kind) == span \
                    and (held := self._titled(apposed, "person")) != apposed:
                # where capitals mark no name, a title and a name after a title ("مدير الصحيفة، النائب
                # حميد رسايي،"; not after a name: "اللواء جعفر سعد، مستشار الرئيس عبد ربه هادي،")
                span, keyed = held, self._keyed(*held)
                words = [k for k, _ in keyed]
        named = self._titled(span, kind)
        return _Speaker(span[0], self.original(*named), frozenset(words), gender, kind, named != given,
                        self._owners(keyed),
                        span if L.holder_names and named == span and self._titles(span, kind) else None)

    def _surname(self, word: str) -> bool:
        """Whether a capitalised word is written somewhere after a given name ("Read" of "Mike
        Read"): a person's surname, not a body named by one word ("Ryanair")."""
        i = -1
        while self.L.given and (i := self.x.text.find(word, i + 1)) >= 0:      # (a literal search)
            if self._given_at(i, word) is not None:
                return True
        return False

    def _given_at(self, i: int, word: str) -> int | None:
        """Where the capitalised given name right before `word`, written at `i`, begins; else None."""
        text = self.x.text
        before = _WORD_BEFORE.search(text, max(0, i - 30), i)
        if before is not None and before.group(1)[:1].isupper() and before.group(1).casefold() in self.L.given \
                and not text[i + len(word):i + len(word) + 1].isalnum():
            return before.start(1)
        return None

    def _given_before(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Where a source is one capitalised word, the nearest place before it where a given name
        precedes that word ("Stan Lee" for "Lee"): the full name a reader gives; else None. Read
        within `_GIVEN_BACK` characters, the last `_GIVEN_TRIES` times the word is written there
        (a page of one name stays linear)."""
        text, given = self.x.text, self.L.given
        word = text[slice(*span)]
        if not (given and word[:1].isupper() and word.isalpha() and self._personal(word)):
            return None
        i, first = span[0], max(0, span[0] - _GIVEN_BACK)
        for _ in range(_GIVEN_TRIES):
            if (i := text.rfind(word, first, i)) < 0:
                break
            if (at := self._given_at(i, word)) is not None:
                return at, i + len(word)
        return None

    def _titled_before(self, span: tuple[int, int]) -> tuple[int, int, str] | None:
        """Where capitals mark no name, a source that is one name word, alone or after a title
        ("وقال شومر"، "السيناتور شومر"): the given name and that word where a title wrote them before
        ("السيناتور الديمقراطي تشاك شومر": تشاك شومر), the full name a reader gives; else None. Read
        within `_GIVEN_BACK` characters, the last `_GIVEN_TRIES` times the word is written there.
        Its span and the title."""
        L, x, text = self.L, self.x, self.x.text
        core = [t for t in L.token.finditer(text, *span)
                if not _is_head(L, t.group()) and _name_key(L, t.group()) not in L.honorific]
        if len(core) != 1 or not core[0].group().isalpha() or _articled(L, core[0].group()) or x.stop(core[0].group()) \
                or concepts(core[0].group(), L.name) or any(t not in ("person", "official") for t, _, _ in _heads(L, text[slice(*span)])):
            return None     # (a word of the lexicon is no name: "مدير عام"; nor a document's: "المرسوم بقانون")
        word, i, first = core[0].group(), span[0], max(0, span[0] - _GIVEN_BACK)
        for _ in range(_GIVEN_TRIES):
            if (i := text.rfind(word, first, i)) < 0:
                break
            if text[i - 1:i].isalnum() or text[i + len(word):i + len(word) + 1].isalnum():
                continue
            before = list(L.token.finditer(text, max(0, i - 80), i))[-4:]
            given = before.pop() if before else None
            if given is None or not given.group().isalpha() or _articled(L, given.group()) or x.stop(given.group()) \
                    or _is_head(L, given.group()) or x.is_cue(given.start(), given.end()) or text[given.end():i].strip():
                continue
            # a person's title right before, with the article or the words it governs ("السيناتور
            # الديمقراطي"، "وزير الخارجية الأميركي"): not a body's, nor a country's ("إيران احتجاز عدد")
            held = len(before)
            while before and _articled(L, before[-1].group()) and not _is_head(L, before[-1].group()):
                before.pop()
            title = before[-1] if before else None
            if title is not None and not _CLAUSE_MARKS.search(text, title.end(), given.start()) and (
                    _name_key(L, title.group()) in L.honorific or _is_head(L, title.group())
                    and (_articled(L, title.group()) or len(before) < held)
                    and any(t in ("person", "official") for t, _, _ in _heads(L, title.group()))):
                return given.start(), i + len(word), title.group()
        return None

    def _recurring(self, person: _Speaker, at: int) -> bool:
        """Where capitals do not mark names, whether a speaker is someone the article quotes
        again and again, whom a description at `at` stands for ("صاحبة لقب «سمراء البادية»" for
        "المطربة سميرة توفيق"): named as a source once more before by two of the same words, and
        lately (`_EPITHET_REACH`)."""
        return at - person.at < _EPITHET_REACH and any(      # (all the words of a one-word name: "الأمير علي")
            s.at != person.at and len(s.words & person.words) >= min(2, len(person.words)) for s in self.named)

    def _rooted_head(self, key: str, speaker: _Speaker) -> str | None:
        """Where roots are known, the head noun of a speaker's name with the root of head noun `key`,
        the singular for its broken plural ("المصدر" after "مصادر تركية رسمية"، "الصحيفة" after "إحدى
        الصحف"): only for sources that are no one's office or body (an anonymous source, a paper,
        a document), since a root joins "الوزارة" and "وزير" too; else None."""
        L = self.L
        rooted = _head_root(L, key)
        return next((w for w in speaker.words if _is_head(L, w) and root(w, L.name) == rooted), None) \
            if rooted else None

    def _capitalised(self, words: list[str]) -> bool:
        """Whether words are a name: all capitalised after an article ("the EEF")."""
        if words and self.L.article.fullmatch(words[0].casefold()):
            words = words[1:]
        return bool(words) and all(w[:1].isupper() for w in words)

    def _cased(self) -> bool:
        """Whether capitals mark names (a language with given names, whose verbs show no gender)."""
        return self.cased

    def _name_words(self, name: str) -> frozenset[str]:
        """The keys of the words of a name as a reader gives it."""
        return frozenset(k for m in _NAME.finditer(name) if (k := _name_key(self.L, m.group())) not in self.L.honorific)

    def _body(self, at: int, key: str | None, named: bool = False) -> _Speaker | None:
        """The body that a bare head noun (`key`: "the carrier", "the bank") or an "it" at `at`
        stands for when no source named before fits: a name written with that head before ("Bank of
        England"), else the subject of the nearest sentence before naming a body ("Game maker Valve
        shut down", "Save the Scottish Regiments will"), else the article's main actor (the name it
        repeats most, no person's); only the first for a capitalised head (`named`: "the Bank"); None
        where capitals do not mark names."""
        if not self._cased():
            return None
        found = (self._headed(at, key) or self._described(at, key)) if key else None
        found = found or None if named else found or self._subject_body(at) or self._actor(at)
        return self._as_body(found) if found else None

    def _as_body(self, found: tuple[int, str]) -> _Speaker:
        """A body named at `found` (where, name) as the speaker a source or an "it" stands for."""
        start, name = found
        return _Speaker(start, name, self._name_words(name), "neuter", "organization", True)

    def _run(self, words: list[regex.Match], k: int) -> int:
        """Where the run of capitalised words ending at `words[k - 1]` begins (a link word, "of",
        "the", may join two of them: "Bank of England", "Save the Scottish Regiments")."""
        L = self.L
        while k and words[k - 1].group()[:1].isupper() or 1 < k < len(words) and words[k - 2].group()[:1].isupper() \
                and words[k].group()[:1].isupper() and (L.name_link.fullmatch(words[k - 1].group())
                                                        or L.article.fullmatch(words[k - 1].group())):
            k -= 1
        return k

    def _headed(self, at: int, key: str, since: int = 0) -> tuple[int, str] | None:
        """The last name of two words or more written before `at` (and from `since`) with head
        noun `key` capitalised."""
        text, L = self.x.text, self.L
        cap = key[:1].upper() + key[1:]
        i = at
        while (i := text.rfind(cap, since, i)) >= 0:
            s_start, s_end = self.x.sentence(i)
            words = list(_WORD.finditer(text, max(s_start, i - 80), min(s_end, i + 80)))
            k = next((j for j, w in enumerate(words) if w.start() <= i < w.end()), None)
            if k is None or words[k].start() != i or _name_key(L, words[k].group().strip(".;:'’\"")) != key:
                continue
            end = k + 1
            while end < len(words) and (words[end].group()[:1].isupper() or end + 1 < len(words)
                                        and L.name_link.fullmatch(words[end].group())
                                        and words[end + 1].group()[:1].isupper()):
                end += 1
            first, joined = self._run(words, k + 1), k
            while joined > first and not _BREAK.search(text, words[joined - 1].end(), words[joined].start()):
                joined -= 1     # (not across a comma: "At the Court of Appeal on Wednesday, the Countryside Alliance")
            first = joined
            if first < k and L.article.fullmatch(words[first].group().casefold()):
                first += 1
            if end - first >= 2 and words[end - 1].start() < at:
                return words[first].start(), self.original(words[first].start(), words[end - 1].end()).rstrip(".,;:")
        return None

    def _description(self, name: str) -> bool:
        """Whether a speaker's name is a description with no name in it ("the world's biggest
        insurer", "home furnishing retailer"): no name a reader gives a later "the company"."""
        words = name.split()
        if not self._cased() or not words:
            return False
        rest = words[1:] if self.L.article.fullmatch(words[0].casefold()) else words
        return not any(w[:1].isupper() for w in rest)

    def _described(self, at: int, key: str) -> tuple[int, str] | None:
        """The last name written before `at` right after a word in lower case that begins as the head
        noun `key` does (all of it but its last three letters, five at least), or after such a word
        and one more that is no person's head noun: "US insurance broker Marsh & McLennan" for "the
        insurer", "budget carrier Ryanair" for "the carrier"; not a person's name ("company chief
        executive Lee Scott")."""
        text, L = self.x.text, self.L
        if len(key) < 5:
            return None         # (a word of a few letters begins too many others)
        lead = key[:max(5, len(key) - 3)]
        words = list(_WORD.finditer(text, max(0, at - _HOLDER_BACK), at))
        for k in range(len(words) - 2, -1, -1):
            w = words[k].group()
            if not w.startswith(lead) or not w.isalpha() or not w.islower():
                continue        # (not "the company's Chief Executive")
            nxt = words[k + 1].group()
            first = k + 1 + (k + 2 < len(words) and nxt.isalpha() and nxt.islower() and not self.x.stop(nxt)
                             and not any(h[0] in ("person", "official") for h in _heads(L, nxt)))
            end = first
            while end < len(words) and (words[end].group()[:1].isupper() or words[end].group() == "&"
                                        and end + 1 < len(words) and words[end + 1].group()[:1].isupper()) \
                    and (end == first or not _NAME_BREAK.search(text, words[end - 1].start(), words[end].start())):
                end += 1        # (not past a sentence's or a paragraph's end: "magazine Mobile PC.\n\nThe")
            name = [x.group().casefold().rstrip(".,;:") for x in words[first:end]]
            if name and name[0] not in L.given and name[0] not in L.honorific and not _is_head(L, name[0]):
                return words[first].start(), self.original(words[first].start(), words[end - 1].end()).rstrip(".,;:")
        return None

    def _subject_body(self, at: int, back: int = _BACK) -> tuple[int, str] | None:
        """The body named as the subject of the nearest sentence before `at` (or of `at`'s own,
        before it), within `back` sentences: a capitalised name after a body's head noun ("consumer
        goods giant Unilever"), a subject that is all a name, no person's ("Save the Scottish
        Regiments will"), or the owner of a plural subject ("Shares in Multiplex Group")."""
        x = self.x
        k = bisect_right(x.sentences, at) - 1
        for start in map(x.sentences.__getitem__, range(k, -1, -1)):
            end = x.sentence(start)[1]
            if x.text[start:end].isspace():     # (a blank line is no sentence)
                continue
            found = self._bodies.get(start, False)
            if found is False:
                found = self._bodies[start] = self._body_of(start, end)
            if found is not None and found[0] < at:
                return found
            back -= 1
            if not back:
                break
        return None

    def _body_of(self, start: int, end: int) -> tuple[int, str] | None:
        x, L, text = self.x, self.L, self.x.text
        start += len(text[start:end]) - len(text[start:end].lstrip())
        lead = L.clause_lead.match(text, start, end, timeout=REGEX_TIMEOUT) if L.clause_lead else None
        start = lead.end() if lead else start
        phrase = x.phrase_after(start, min(end, start + 160))
        if phrase is None or in_quotation(text, phrase[0]):
            return None
        owner = L.owner_link.match(text, phrase[1], end, timeout=REGEX_TIMEOUT) if L.owner_link else None
        owned = owner is not None and self._common_plural(phrase[0])
        if owned:            # "Shares in American Express": its owner, a body (no person has shares)
            phrase = x.phrase_after(owner.end(), min(end, owner.end() + 160))
            if phrase is None:
                return None
        phrase = self._name_end(*phrase)
        if text[phrase[1]:phrase[1] + 1] in ("'", "’"):      # a possessor ("Regiments' group")
            return None
        words = list(_WORD.finditer(text, *phrase))
        k = self._run(words, len(words))
        if k == len(words):
            return None
        if k < len(words) - 1 and L.article.fullmatch(words[k].group().casefold()):
            k += 1
        names = [w.group() for w in words[k:]]
        kind, by_head = x.type_of(*phrase)
        if k:
            if kind != "organization" or not by_head:
                return None
        elif (by_head and not (owned and kind == "organization")) or self._given(names) is not None \
                or names[0].casefold().rstrip(".") in L.honorific \
                or names[0].casefold() in L.given or len(names) == 1 and (not self._is_name(names[0]) or self._personal(names[0])) \
                or len(names) > 1 and not owned and not any(L.name_link.fullmatch(w) or L.article.fullmatch(w) for w in names):
            return None     # a person's name: one word named so elsewhere, or two capitalised words and no link
        return words[k].start(), self.original(words[k].start(), words[-1].end()).rstrip(".,;:'’")

    def _capitals(self) -> list[tuple[str, int, int]]:
        """The capitalised words of the text (without a possessive "'s"), each with where it starts
        and ends as written."""
        if self._caps is None:
            text, self._caps = self.x.text, []
            timeout = scan_timeout(len(text))
            for m in _CAPITAL.finditer(text, timeout=timeout):
                w = m.group()
                if w.endswith("s") and text.startswith(("'", "’"), m.end() - 2):
                    w = w[:-2]
                self._caps.append((w, m.start(), m.end()))
        return self._caps

    def _expansion(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Where capitals mark names, the name written in full before a source that is an acronym
        ("the LSE": "London Stock Exchange"): the nearest run of capitalised words, joined by spaces
        or a `name_link` ("Confederation of British Industry"), whose initials spell it; else None."""
        text = self.x.text
        acronym = (text[slice(*span)].split() or [""])[-1]
        if not (2 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return None
        # (the capitalised words within the reach of a name written before)
        caps = list(_CAPITAL.finditer(text, max(0, span[0] - _HOLDER_BACK), span[0]))
        n = len(acronym)
        for i in range(len(caps) - n, -1, -1):
            run = caps[i:i + n]
            if "".join(m.group()[0] for m in run) == acronym and not any(m.group().isupper() for m in run) and all(
                    _NAME_GAP.fullmatch(text, a.end(), b.start()) or (
                        link := _LINKED.fullmatch(text, a.end(), b.start())) and self.L.name_link.fullmatch(link.group(1))
                    for a, b in zip(run, run[1:])):
                return run[0].start(), run[-1].end()
        return None

    def _is_name(self, word: str) -> bool:
        """Whether `word` is written inside a sentence (not first in it) and never in lower case (as
        `_names` tells, read for one word without reading all the text's words)."""
        if self._named is not None:
            return word in self._named
        known = self._name_cache.get(word)
        if known is None:
            text, low = self.x.text, word.casefold()
            known = regex.search(rf"(?<![\p{{L}}\p{{N}}'’-]){regex.escape(low)}(?![\p{{L}}\p{{N}}&-])", text,
                                 timeout=scan_timeout(len(text))) is None
            if known:
                i, known = -1, False
                while not known and (i := text.find(word, i + 1)) >= 0:
                    known = (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")) \
                        and not text[i + len(word):i + len(word) + 1].isalnum() and not _sentence_first(text, i)
            self._name_cache[word] = known
        return known

    def _personal(self, word: str) -> bool:
        """Whether `word` is written after a given name or an honorific somewhere (a person's name)."""
        if self._persons is not None:
            return word.casefold() in self._persons
        known = self._personal_cache.get(word)
        if known is None:       # (asked once a word: a page of one name stays linear)
            text, L, i, known = self.x.text, self.L, -1, False
            while not known and (i := text.find(word, i + 1)) >= 0:
                before = text[max(0, i - 30):i].split()
                previous = before[-1].casefold() if before and text[i - 1:i].isspace() else ""
                known = previous in L.given or previous.rstrip(".") in L.honorific
            self._personal_cache[word] = known
        return known

    def _names(self) -> frozenset[str]:
        """The capitalised words written inside a sentence (not first in it) and never in lower case."""
        if self._named is None:
            text = self.x.text
            caps = self._capitals()
            lower = set(_LOWER.findall(text, timeout=scan_timeout(len(text))))
            self._named = frozenset(w for w, start, _ in caps if w.casefold() not in lower
                                    and not _sentence_first(text, start))
        return self._named

    def _people(self) -> frozenset[str]:
        """The (folded) capitalised words written after a given name or an honorific: people's."""
        if self._persons is None:
            L, previous, people = self.L, "", set()
            for w, _, _ in self._capitals():
                folded = w.casefold()
                if previous in L.given or previous.rstrip(".") in L.honorific:
                    people.add(folded)
                previous = folded
            self._persons = frozenset(people)
        return self._persons

    def _actor(self, at: int) -> tuple[int, str] | None:
        """The article's main actor, when named before `at`: the capitalised word it repeats most
        (three times or more), none that the article writes in lower case too, none a person's (after
        a given name or an honorific)."""
        if self._main is None:
            text, L, names = self.x.text, self.L, self._names()
            counts: Counter[str] = Counter()
            first: dict[str, int] = {}
            alone: set[str] = set()     # written once at least with no lower-case word after it ("Renault's",
            caps = self._capitals()
            for w, start, _ in caps:                # "Renault,"; not the "Indian" of "Indian drugmaker")
                folded = w.casefold()
                if len(w) < 2 or w not in names or folded in L.given or folded.rstrip(".") in L.honorific:
                    continue
                counts[w] += 1
                first.setdefault(w, start)
                if not _ADJECTIVE.match(text, start + len(w)):
                    alone.add(w)
            people = self._people()
            best = [(c, -first[w], w) for w, c in counts.items() if c >= 3 and w in alone and w.casefold() not in people]
            self._main = (-1, "")
            if best:
                word = max(best)[2]     # named by its whole name where it is mostly ("Manchester United")
                runs: Counter[str] = Counter()

                def joined(i: int, j: int) -> bool:     # caps[i] and caps[j] = caps[i + 1] are one name's
                    (a, _, a_end), (_, b_start, _) = caps[i], caps[j]
                    return a_end - caps[i][1] == len(a) and 0 < b_start - a_end <= 2 and not text[a_end:b_start].strip()

                for k, (w, _, _) in enumerate(caps):
                    if w != word:
                        continue
                    i, j = k, k
                    while i and joined(i - 1, i):
                        i -= 1
                    while j + 1 < len(caps) and joined(j, j + 1):
                        j += 1
                    if i < k and caps[i][0] not in names and _sentence_first(text, caps[i][1]):
                        i += 1          # not a sentence's first word ("The", "Shares")
                    runs[" ".join(c[0] for c in caps[i:j + 1])] += 1
                run = max(runs.items(), key=lambda r: (r[1], len(r[0])))[0] if runs else word
                self._main = (first[word], run)
        return self._main if 0 <= self._main[0] < at else None

    def _holder(self, span: tuple[int, int], words: list[str], kind: str | None) -> tuple[int, int] | None:
        """The name of the holder of a title that a source names with no name (`holder_names`): a name
        that the article's sources use ("وأضاف الخزرجي") after the title in its clause ("وقال نائب
        قائد العمليات الخاصة التابعة للجهاز العميد عبد الأمير الخزرجي في حديث ... إن"), else, for a
        title with the article, after the last mention before of its first word ("وقع الرئيس عبد
        الفتاح السيسي ... وقال الرئيس المصري"): the name's words up to a head noun, an honorific or a
        stop word, at most three; else None."""
        L, x, text = self.L, self.x, self.x.text
        if not self._titles(span, kind) or any(w in self.surnames for w in words):
            return None
        title = text[slice(*span)].split()
        if len(title) == 2 and (named := x.title_name(*title)) is not None:
            return named                # "المهندس الخطيب": the name "المهندس محمد ... الخطيب" gave
        s_end = x.sentence(span[0])[1]
        found = self._name_after(span[1], min(s_end, span[1] + _HOLDER_REACH), True)
        # its own title words' name ("السفير الدكتور السيد فلان")
        at, honored = span[1], False
        while found is None and (t := L.token.search(text, at, s_end)) is not None and _name_key(L, t.group()) in L.honorific:
            at, honored = t.end(), True
        if honored:         # (its name, read or not: no one else's)
            return x.name_run(at, s_end, closed=False, honored=True)
        first = title[0]
        # (a title in construct, "مدير الجامعة": a mention with its noun, "مدير جامعة الملك ...", and
        # none for a title that ends in a name of its own, "وزير الموارد المائية معتز موسى")
        construct = _name_key(L, title[1]) if len(title) > 1 and not L.article.match(first) \
            and _is_head(L, first) and any(_articled(L, w) for w in title[-2:]) else None
        if found is None and (L.article.match(first) or construct):
            # (a bare title qualified by its adjective, "الوزير الأميركي", its words a head noun's or
            # with the article, for a name that ends a mention of it before: not "عضو المجلس علي
            # البارقي", whose name is read as no name, nor "الكاتب", one of many)
            bare = 2 <= len(title) <= 4 and _title_words(L, title[1:]) and _word_of(L.title_adjective, title[-1])
            key, lo, at = _name_key(L, first), max(0, span[0] - _HOLDER_BACK), span[0]
            while found is None and (at := text.rfind(key, lo, at)) >= 0:     # (a literal: found fast)
                end, word = at + len(key), at
                while word > lo and text[word - 1].isalnum():
                    word -= 1
                article = L.article.match(text, word) if word < at else None
                if (word == at or article is not None and article.end() == at or L.conjunction is not None
                        and L.conjunction.fullmatch(text, word, at)) and not text[end:end + 1].isalnum():
                    noun = L.token.search(text, end, min(len(text), end + 40)) if construct else None
                    if construct and (noun is None or _name_key(L, noun.group()) != construct):
                        continue
                    found = self._name_after(end, min(len(text), end + 60), False) or (
                        x.name_run(end, min(len(text), end + 60), closed=False, honored=True)
                        if _name_key(L, first) in L.honorific else self._honored(end, end + _HOLDER_REACH)
                        or (self._title_holder(word, kind) if bare else None))
        return found

    def _title_holder(self, at: int, kind: str | None) -> tuple[int, int] | None:
        """The name that ends the title written at `at` ("وزير الخارجية الأميركي جون كيري،" for a
        later "الوزير الأميركي"; `_titled`) after at most four words of the title, each with the
        article or a head noun (not "الرئيس الباجي قائد السبسي حالة الطوارئ في البلاد لثلاثين
        يوما"), closed by a comma, a `name_close` or a relative pronoun (not "الوزير الأميركي تلقى
        دعوة رسمية."), else None."""
        L, text = self.L, self.x.text
        phrase = self.x.phrase_after(at, min(len(text), at + _HOLDER_REACH))
        named = self._titled(phrase, kind) if phrase is not None else None
        if named is None or named == phrase:
            return None
        title = [t.group() for t in L.token.finditer(text, at, named[0])]
        if len(title) > 4 or not _title_words(L, title[1:]):
            return None
        after = L.token.search(text, named[1], min(len(text), named[1] + 40))
        return named if after is not None and (_COMMA.match(text, named[1]) or _word_of(L.name_close, after.group())
                                               or _word_of(L.clause_opener, after.group())) else None

    def _titles(self, span: tuple[int, int], kind: str | None) -> bool:
        """Whether a source names a person by a title: it is a person's or an official's with a head
        noun, or a body's that begins with a role noun ("مدير المستشفى")."""
        L, text = self.L, self.x.text
        if L.heads is None:
            return False
        if kind in ("person", "official"):
            return L.heads.search(text, *span, timeout=REGEX_TIMEOUT) is not None
        first = L.token.search(text, *span) if kind == "organization" else None
        return first is not None and any(role for _, role, _ in _heads(L, first.group())[:1])

    def _honored(self, start: int, limit: int) -> tuple[int, int] | None:
        """Where capitals mark no name, the name (`name_run`) after a title word among the next
        words after `start` (before `limit`, in its clause): "مدير مستشفى النور الدكتور أيمن بن
        عصام يماني"، "الدكتور خالد العتيبي"; its span, else None."""
        L, x, text = self.L, self.x, self.x.text
        limit = min(x.sentence(start)[1], limit)
        for m in itertools.islice(L.token.finditer(text, start, limit), _HOLDER_WORDS):
            if not _is_word(m.group()) or x.is_cue(*m.span()):
                return None
            if _name_key(L, m.group()) in L.honorific:
                return x.name_run(m.end(), limit, closed=False, honored=True)
        return None

    def _name_after(self, start: int, limit: int, clause: bool) -> tuple[int, int] | None:
        """A name the article's sources use among the next words after `start` (up to a mark, or a
        cue in the `clause` of a source), with the words of the name before it."""
        L, x, text = self.L, self.x, self.x.text
        toks = []
        for m in itertools.islice(_WORD.finditer(text, start, limit), _HOLDER_WORDS):
            if not m.group()[-1:].isalnum() or not m.group()[:1].isalnum() or clause and x.is_cue(*m.span()):
                break
            toks.append(m)
        for j, t in enumerate(toks):
            if _name_key(L, t.group()) not in self.surnames or x.stop(t.group()):
                continue
            k = j
            while k > 0 and j - k < 2 and not x.stop(toks[k - 1].group()) and not _is_head(L, toks[k - 1].group()) \
                    and _name_key(L, toks[k - 1].group()) not in L.honorific:
                k -= 1
            return toks[k].start(), t.end()
        return None

    def _full_name(self, name: str) -> bool:
        """Whether a name is a person's given and family names: two or three capitalised words, a
        title only first, none a possessor ("Tony Blair", "Mr Blair"; not "Wembley", "The Tories",
        "Mr Brown's Budget", "Harrogate Mr Kennedy")."""
        L, words = self.L, name.split()
        return 2 <= len(words) <= 3 and all(w[:1].isupper() and w[-1:].isalpha() for w in words) \
            and not L.article.fullmatch(words[0].casefold()) \
            and not any(w.casefold().rstrip(".") in L.honorific for w in words[1:]) \
            and not (L.possessive is not None and any(L.possessive.search(w) for w in words))

    def _named_part(self, span: tuple[int, int], kind: str | None) -> tuple[int, int]:
        """A person's source with a complement is the person: its part before the complement when
        that part is a name ("Mr Hirsch from Retail Banking Research": Mr Hirsch), capitalised words
        after any title word, none a head noun; else the whole source ("A spokesman for Delta")."""
        L, text = self.L, self.x.text
        cut = self.x.head_split(*span) if kind in ("person", "official") else None
        if cut is None or L.heads is None:
            return span
        words = list(_WORD.finditer(text, span[0], cut.start()))
        while words and words[0].group().casefold().rstrip(".") in L.honorific:
            words.pop(0)
        if not words or not all(w.group()[:1].isupper() for w in words) \
                or L.heads.search(text, words[0].start(), words[-1].end(), timeout=REGEX_TIMEOUT):
            return span
        return span[0], words[-1].end()

    def _titled(self, span: tuple[int, int], kind: str | None) -> tuple[int, int]:
        """The name a reader gives a person that a source names with a title: the capitalised
        words ending it ("Tory leader Michael Howard", "Scottish Finance Minister, Tom McCabe MSP"),
        from a given name or after the last head noun when the title is capitalised too ("Home
        Secretary Charles Clarke", "Finance Minister Sue Essex"), two or more, no head noun among
        them and one before them ("the League Against Cruel Sports" is whole); where capitals mark
        no name (`name_beyond`), the name (`name_run`) that ends it after a title's word with the
        article or a title word ("وزير الخارجية الأميركي جون كيري") or after a phrase that ends the
        title (`name_after_title`); else the whole source."""
        L, text = self.L, self.x.text
        if kind in ("document", "vague", "anonymous") or L.heads is None:
            return span
        if L.name_beyond:
            # no capitals: the name after a title ("وزير الخارجية الأميركي جون كيري") or after its
            # phrase ("رئيس الوفد في المفاوضات X"): two or three words end it, no two with the
            # article; a head noun types the source (read once for a phrase); from the end, the last
            # word with the article, or title word, or opener, that a name follows. A name first,
            # after a title word, then its title ("الدكتور إبراهيم العساف وزير المالية"): the name
            first = self._name_first(span)
            if first is not None:
                return first
            tail = text[slice(*span)].split()[-3:]
            if len(tail) < 3 or _articled(L, tail[-2]) and _articled(L, tail[-1]) or not self.x.type_of(*span)[1]:
                return span
            toks = list(L.token.finditer(text, *span))
            for k in range(len(toks) - 3, max(-1, len(toks) - 10), -1):
                w = toks[k]
                if _word_of(L.name_opener, w.group()):
                    name = self.x.name_after_title(span[0], w.end(), self.x.sentence(span[0])[1])
                elif _name_before(L, w.group()):     # (in apposition after a comma: "في وزارة الداخلية، منصور التركي")
                    comma = _COMMA.match(text, w.end(), span[1])
                    name = self.x.name_run(comma.end() if comma else w.end(), span[1], closed=False,
                                           honored=comma is not None or _name_key(L, w.group()) in L.honorific)
                else:
                    continue
                return name if name is not None and name[1] == span[1] else span
            return span
        tail = text[slice(*span)].split()[-3:]
        if len(tail) < 3 or not (tail[-1][:1].isupper() and tail[-2][:1].isupper()):
            return span
        words = list(_WORD.finditer(text, *span))
        k = len(words)
        while k and words[k - 1].group()[:1].isupper() and (k == len(words) or text[words[k - 1].end()] not in ",،"):
            k -= 1
        if len(words) < 3 or len(words) - k < 2 or k and _word_of(L.name_link, words[k - 1].group()):
            return span         # (a name with a link: "the Economic Commission for Latin America")
        heads = list(L.heads.finditer(text, *span, timeout=REGEX_TIMEOUT))    # read once
        if not heads:
            return span
        given = next((i for i in range(k, len(words) - 1)
                      if self._given([words[i].group(), words[i + 1].group()])), None)
        if given is None and (k == 0 or heads[-1].end() > words[k].start()):
            # after the last head noun ("Finance Minister Sue Essex")
            given = next((i for i, w in enumerate(words) if w.start() >= heads[-1].end()), None)
            if given is None or len(words) - given < 2 or given < k:
                return span
        start = words[k if given is None else given].start()
        if start == span[0] or heads[-1].end() > start or heads[0].end() > start:   # a title before it
            return span
        return start, span[1]

    def _name_first(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Where capitals mark no name, the name a source begins with after a title word, when a
        head noun follows it in the source ("الدكتور إبراهيم العساف وزير المالية السعودي"): its
        span (`_honored`), else None (not after a verb: "يحبط عزيمة المدرب")."""
        L, x = self.L, self.x
        first = L.token.search(x.text, *span)
        if first is None or _name_key(L, first.group()) not in L.honorific or L.heads is None:
            return None
        name = self._honored(first.start(), span[1])
        after = L.token.search(x.text, name[1], span[1]) if name is not None else None
        return name if after is not None and _word_of(L.heads, after.group()) else None

    def add(self, f: _Found, embedded: bool = False) -> str | None:
        """Remember the source of cue `f` (its verb shows its gender where verbs agree); the
        name a reader gives it when that is not its source as written, else None. `embedded`: the
        cue is in the words another speaker reports, whom a pronoun after goes to first."""
        text = self.x.text
        self._catch_up(f.source[0])
        agree = text[slice(*f.source)] if not self.L.verb_agrees else "" if f.rule.role == "prep" else \
            text[f.start:f.end]
        # (a body's source that begins with a role noun is its holder, "مدير المستشفى": the verb's gender)
        typed = None if f.source_type == "organization" and self._titles(f.source, f.source_type) else f.source_type
        gender = self.gender(agree, typed) if agree else _noun_gender(self.L, text[slice(*f.source)])
        words = text[slice(*f.source)].split() if gender == "neuter" else []
        if len(words) > 1 and not any(      # a plural head noun, and no name ("The Association of British insurers")
                w[:1].isupper() for w in words[1:]) and _plural_word(self.L, words[-1]):
            gender = "plural"           # "Some firms found ..., it said": not the firms
        if self.plural(f.source) or f.source_type == "vague" and self.vague_plural(f.source):
            gender = "plural"           # "وقال المحللون ... وأضافوا": the verb before them is singular
        speaker = self._speaker(f.source, gender, f.context, f.source_type)
        if speaker.renamed and self._cased():       # "James Hardie chairwoman, Meredith Hellicar": a woman
            gender = self._given(speaker.name.split()) or next(     # (her given name, else her title's gender)
                (g for w in text[slice(*f.source)].split() if (g := _word_gender(self.L, w.strip(",.;:").casefold()))
                 in ("feminine", "masculine") and _is_head(self.L, w.strip(",.;:"))), None)
            speaker = replace(speaker, gender=gender) if gender is not None and gender != speaker.gender else speaker
            if gender is None and speaker.gender == "neuter" and self._full_name(speaker.name) \
                    and self.original(*f.source).endswith(speaker.name):
                speaker = replace(speaker, gender=None)     # "political correspondent Glenn Campbell": he or she
        self.named.append(replace(speaker, embedded=True) if embedded else speaker)
        if f.source_type == "person" and speaker.kind == "official":
            f.source_type = "official"      # (named before with an office: see `_speaker`)
        name = self.named[-1].name if self.named[-1].renamed else None
        if f.rule.relayed is not None:                     # "نقل الموقع عن الوزير": the minister speaks
            # (within the words right after the cue, as its rule reads it: not an "عن" of the words
            # relayed, "نقلت الصحيفة حديثا لمدرب قال فيه إن الاستغناء عن مارتين ...")
            s_end = self.x.sentence(f.start)[1]
            words = list(itertools.islice(_WORD.finditer(self.x.text, f.end, s_end), _RELAYED_WORDS))
            s_end = words[-1].end() if len(words) == _RELAYED_WORDS else s_end
            m = f.rule.relayed.search(self.x.text, f.end, s_end, timeout=REGEX_TIMEOUT)
            quoted = self.x.phrase_after(m.end(), s_end) if m else None
            if quoted is not None:
                self.named.append(self._speaker(quoted, None))
        return name

    def vague_plural(self, source: tuple[int, int]) -> bool:
        """Where capitals mark names and verbs do not agree, whether a source's head noun, its last
        word or the word before a link ("opponents of the bill"), is in the plural ("Some analysts",
        "security experts", "Supporters"): "they", never "he" or "she"."""
        words = self.x.text[slice(*source)].split()
        k = next((k - 1 for k, w in enumerate(words) if k and self.L.name_link.fullmatch(w)), len(words) - 1)
        return self._cased() and k >= 0 and (k == 0 or words[k][:1].islower()) and _plural_word(self.L, words[k].casefold())

    def plural(self, source: tuple[int, int]) -> bool:
        """Where verbs agree, whether a source's first word is a plural head noun (their verb is
        singular before them, plural after: "وقال المحللون ... وأضافوا")."""
        if not self.L.verb_agrees or self.L.plural_head is None:
            return False
        first = self.x.text[source[0]:source[1]].split(None, 1)
        return bool(first) and _plural_word(self.L, first[0])

    def issuer(self, start: int, end: int) -> str | None:
        """Who a document source names as its issuer ("بلاغ الوزارة", "Cornyn's statement",
        "University College London research"): the words on the issuer's side of its document head
        noun, when they are a body (a head noun), a possessor or a speaker named before."""
        L, text = self.L, self.x.text
        if L.heads is None:
            return None
        word = start          # a head noun is read from its word's start ("لبلاغ" after a clitic left out)
        while word and text[word - 1].isalnum():
            word -= 1
        heads = list(L.heads.finditer(text, word, end, timeout=REGEX_TIMEOUT))
        doc = next((m for m in heads if "document" in L.head_rules[int(m.lastgroup[1:])][1::2]), None)
        if doc is None:
            return None
        span = (start, doc.start()) if L.head_last else (doc.end(), end)
        link = L.issuer_link.match(text, doc.end(), end, timeout=REGEX_TIMEOUT) \
            if L.issuer_link is not None and not self._words(*span) else None
        if link is not None:                    # "a report by think-tank Demos": Demos
            span = (link.end(), end)
        body = any(span[0] <= m.start() < span[1] for m in heads)
        owner = L.possessive.search(text, *span, timeout=REGEX_TIMEOUT) if L.possessive else None
        if owner is not None:
            span = (span[0], owner.start())
            word = text[span[0]:span[1]].split()[-1:]
            if word and self.x.stop(word[0]):       # "Wednesday's statement": a time, no issuer
                return None
        raw = text[slice(*span)]
        span = (span[0] + len(raw) - len(raw.lstrip()), span[1] - len(raw) + len(raw.rstrip()))
        clitic = L.issuer_clitic.match(text, *span, timeout=REGEX_TIMEOUT) if L.issuer_clitic else None
        span = (clitic.end(), span[1]) if clitic else span
        if not self._words(*span):
            return None
        named = self._speaker(span, None)
        known = named.name != self.original(*span)
        return named.name if owner or known or body or link else None

    def resolve(self, f: _Found, pronoun: tuple[int, int] | None) -> str | None:
        """The name of the implied subject of cue `f` (`pronoun`: its source, when only a pronoun)."""
        text = self.x.text
        self._catch_up(f.start)
        if pronoun is None and f.rule.role == "verb" and self._cased():
            pronoun = self._subject_pronoun(f)
        shown = text[slice(*pronoun)] if pronoun else text[f.start:f.end]
        want = self._suffix_gender(f) if pronoun is None and f.rule.suffixed else self.gender(shown)
        if want == "plural" and self.L.verb_agrees and not any(s.gender == "plural" for s in self.named):
            word = (shown.split() or [""])[0]      # no plural speaker: the gender the verb shows besides
            want = next((g for g, p in self.L.genders if g != "plural" and p.fullmatch(word, timeout=REGEX_TIMEOUT)), None)

        def fits(s: _Speaker | None) -> bool:
            return s is not None and (want is None or s.gender in (None, want))

        s_start = self.x.sentence(f.start)[0]
        given = self._giver(f) if pronoun is None else None        # "كلمة ألقاها X أكد فيها": X
        if fits(given):
            self.named.append(_Speaker(f.start, given.name, given.words, given.gender or want, given.kind))
            return given.name
        here = [s for s in self.named if s_start <= s.at < f.start and fits(s)]
        if here:
            # a participle goes with the main clause, whose subject comes first ("قال X إن ...
            # ببلاغ يفيد ...، موضحا": X), or of a main clause after a comma ("...، وقال Y: ...، مؤكدا": Y);
            # a verb with the nearest
            if f.rule.role == "participle":
                first = min(h.at for h in here)
                best = max((s for s in here if s.at == first or self.L.main_clause is not None and self.L.main_clause.search(
                    text, max(s_start, s.at - 30), s.at, timeout=REGEX_TIMEOUT)), key=lambda s: s.at)
            else:
                best = max(here, key=lambda s: s.at)
        else:
            before = next((s for s in reversed(self.named) if s.at < f.start and fits(s)), None)
            if before is not None and before.embedded:      # "X said his client believed ... He": X
                s_first = self.x.sentence(before.at)[0]
                before = next((s for s in reversed(self.named) if s_first <= s.at < before.at
                               and not s.embedded and fits(s)), before)
            # "X did Y, saying ...", "X will ..., but it has pledged": the subject of the sentence;
            # not for a pronoun after a comma or a quotation ('Prices will rise, he said')
            aside = pronoun is not None and text[max(0, pronoun[0] - 20):pronoun[0]].rstrip()[-1:] in \
                ",،" + _QUOTE_MARKS + "’"
            clause = None if aside else self._clause_subject(f)
            best = max((s for s in (before, clause) if fits(s)), key=lambda s: s.at, default=None)
            if not fits(clause) and pronoun is None:     # "مع سيديريس يانيس، الذي كان يقف ...، وقال": him
                apposed = self._relative_mention(f)
                best = apposed if fits(apposed) and (best is None or apposed.at > best.at) else best
        relative = None if pronoun else self._relative(f)     # "X, who says"; not "X, who it says"
        best = relative if fits(relative) else best
        # else a person named in passing ("The priority for Finance Minister P. Chidambaram ... he said")
        best = best or next((s for s in reversed(self.people) if s.at < f.start and fits(s)), None)
        # else, or when nearer than the speaker found, the subject of a sentence before ("رفع الأمير ...
        # التعازي. وقال سموه"; "قال X ... يدرك الرئيس Y حجم المخاطر. وقد أعلن ...، وحذر": Y), nearest first
        earlier = self._earlier_subject(f, fits) if best is None or best.at < s_start else None
        best = earlier if earlier is not None and (best is None or earlier.at > best.at) else best
        # else a person named in passing by a given name that fits
        best = best or self._passing(f, want)
        if best is None and want == "neuter":           # "It blamed ...": the body the article is about
            best = self._body(f.start, None)
        if best is None:
            return None
        if best.title is not None:      # "نائب قائد العمليات ... العميد عبد الأمير الخزرجي": the name
            if best.title not in self.holders:      # (read only for a speaker an implied cue goes to)
                self.holders[best.title] = self._holder(best.title, list(best.words), best.kind)
            holder = self.holders[best.title]
            if holder is not None:
                best = _Speaker(best.at, self.original(*holder), best.words | frozenset(self._words(*holder)),
                                best.gender, best.kind, True)
        self.named.append(_Speaker(f.start, best.name, best.words, best.gender or want, best.kind))
        return best.name

    def _suffix_gender(self, f: _Found) -> str | None:
        """The gender the pronoun ending of a cue's noun shows (`suffix_gender`): its last word's
        ("على حد قولها"), else the next word's ("بحسب قولها"); else None."""
        text, L = self.x.text, self.L
        words = [w.group() for w in L.token.finditer(text, f.start, f.end)][-1:]
        nxt = L.token.search(text, f.end, min(len(text), f.end + 30))
        for w in [*words, *([nxt.group()] if nxt else [])]:
            if (g := next((g for g, p in L.suffix_genders if p.fullmatch(w, timeout=REGEX_TIMEOUT)), None)):
                return g
        return None

    def _subject_pronoun(self, f: _Found) -> tuple[int, int] | None:
        """The pronoun that is the subject of the sentence of an implied verb cue `f` coordinated with
        its verb ("It spent the weekend ... and concluded that": it), else None."""
        x, L = self.x, self.L
        start = x.sentence(f.start)[0]
        start += len(x.text[start:f.start]) - len(x.text[start:f.start].lstrip())
        lead = L.clause_lead.match(x.text, start, f.start, timeout=REGEX_TIMEOUT) if L.clause_lead else None
        first = _WORD.match(x.text, lead.end() if lead else start, f.start)
        if first is None or first.end() >= f.start or not _word_of(L.pronoun, first.group()) \
                or x.is_cue(first.end(), f.start) or any(c in x.text[first.end():f.start] for c in ",;:()\"“”«»،") \
                or L.relative is not None and L.relative.search(x.text, max(first.end(), f.start - 40), f.start,
                                                                timeout=REGEX_TIMEOUT):
            return None         # (one clause: no comma, no relative pronoun between them)
        return first.span()

    def _passing(self, f: _Found, want: str | None) -> _Speaker | None:
        """A person named in passing before cue `f`, in its sentence or the `_EARLIER` ones before it,
        by a given name of the gender `want` ("The research, carried out by transport expert professor
        Richard Allsop, says ... He estimates"): the last one."""
        x, L = self.x, self.L
        if want not in ("feminine", "masculine") or not self._cased():
            return None
        k = bisect_right(x.sentences, f.start) - 1
        lo = x.sentences[max(0, k - _EARLIER)]
        found = None
        for m in _GIVEN_NAME.finditer(x.text, lo, f.start, timeout=REGEX_TIMEOUT):
            if L.given.get(m.group(1).casefold()) == want and not in_quotation(x.text, m.start()):
                found = m
        if found is None:
            return None
        name = self.original(*found.span())
        return _Speaker(found.start(), name, self._name_words(name), want, "person")

    def _earlier_subject(self, f: _Found, fits: Callable[[_Speaker | None], bool]) -> _Speaker | None:
        """The subject of the first verb of one of the sentences before that of cue `f` (up to
        `_EARLIER` of them, nearest first) that `fits`, named by a head noun or as a name."""
        x = self.x
        k = bisect_right(x.sentences, f.start) - 1
        for j in range(k - 1, max(-1, k - 1 - _EARLIER), -1):
            start, end = x.sentences[j], x.sentences[j + 1]
            if start not in self._subjects:     # not a headline: a line with no mark at its end
                line = x.text[start:end].rstrip()
                headline = "\n" in x.text[start + len(line):end] and line[-1:].isalnum()
                self._subjects[start] = None if headline else self._subject_in(start, end, earlier=True)
            s = self._subjects[start]
            if s is not None and fits(s):
                return s
        return None

    def _giver(self, f: _Found) -> _Speaker | None:
        """Who gave the speech or post that cue `f` speaks in ("كلمة ألقاها المرشد علي خامنئي أكد
        فيها": the subject of the verb after the speech's noun, up to the cue), else None."""
        x, L, text = self.x, self.L, self.x.text
        if L.container is None or L.container_cue is None or not L.container_cue.match(
                text, f.end, min(len(text), f.end + 12), timeout=REGEX_TIMEOUT):
            return None
        s_start = max(x.sentence(f.start)[0], f.start - _REACH_PHRASE)
        last = None
        for m in L.container.finditer(text, s_start, f.start, timeout=REGEX_TIMEOUT):
            last = m
        giver = x.phrase_after(last.end(), f.start) if last is not None else None
        if giver is None or x.type_of(*giver)[0] in ("implied", "vague", "anonymous"):
            return None
        return self._speaker(giver, None, None, x.type_of(*giver)[0])

    def _relative_mention(self, f: _Found) -> _Speaker | None:
        """A person or an office named right before a comma and a relative pronoun in the sentence
        of cue `f`, before it ("مع سيديريس يانيس، الذي كان يقف في طابور، وقال"), the last one."""
        x, L, text = self.x, self.L, self.x.text
        if L.clause_opener is None:
            return None
        s_start, i = max(x.sentence(f.start)[0], f.start - _REACH_PHRASE), f.start
        while (i := max(text.rfind("،", s_start, i), text.rfind(",", s_start, i))) > s_start:
            word = _WORD.search(text, i + 1, min(len(text), i + 20))
            if word is None or not L.clause_opener.fullmatch(word.group()):
                continue
            before = x.phrase_before(i, s_start)
            if before is None or x.type_of(*before[0])[0] not in ("person", "official"):
                return None
            return self._speaker(before[0], self.gender(word.group()), before[1], x.type_of(*before[0])[0])
        return None

    def _named_subject(self, start: int, end: int) -> bool:
        """Whether a subject has a title word ("الأمير سعود") or a word of a name that a source of
        the article uses with no head noun ("وأضاف الخزرجي")."""
        keys = {_name_key(self.L, w) for w in self.x.text[start:end].split()}
        titled = keys & self.L.honorific
        if titled and self.L.np_lead is not None:       # not a demonstrative ("هذه المرة")
            titled = {w for w in titled if not self.L.np_lead.fullmatch(w)}
        return bool(titled) or not keys.isdisjoint(self.surnames)

    def _clause_subject(self, f: _Found) -> _Speaker | None:
        """The subject of the first verb of the sentence of cue `f`, before the cue."""
        return self._subject_in(self.x.sentence(f.start)[0], f.start)

    def _subject_in(self, start: int, f_start: int, earlier: bool = False) -> _Speaker | None:
        """The subject of the first verb of the sentence that starts at `start`, before `f_start`
        (`earlier`: of a sentence before the cue's, only a verb's subject with a head noun, a title, a
        name a source uses, or what says a person follows it: an age, "، وهو")."""
        x, L = self.x, self.L
        start += len(x.text[start:f_start]) - len(x.text[start:f_start].lstrip())
        lead = L.clause_lead.match(x.text, start, f_start, timeout=REGEX_TIMEOUT) if L.clause_lead else None
        start = lead.end() if lead else start      # "In an interview on Saturday, The Game described ... and said"
        verb = L.clause_verb.match(x.text, start, f_start, timeout=REGEX_TIMEOUT) if L.clause_verb else None
        written = False
        if verb is None and L.verb_written is not None:     # "وألقى السفير": a verb, not "the ..."
            first = _WORD.match(x.text, start, f_start)
            verb = first if first and L.verb_written.fullmatch(self.original(*first.span())) else None
            written = verb is not None
        if L.source_first == "after" and verb is None:
            return None
        subject = x.phrase_after(verb.end() if verb else start, f_start, objected=True,   # its object after it
                                 free_first=written)
        if subject is not None:
            subject = self._surname_end(*self.known_start(*self._name_end(*subject)))
            bare = L.anaphoric.match(x.text, *subject, timeout=REGEX_TIMEOUT) if L.anaphoric and self._cased() else None
            after = _WORD.search(x.text, bare.end(), subject[1]) if bare is not None else None
            if after is not None and _is_head(L, bare.group("head")) and after.group()[:1].islower() \
                    and not _is_head(L, after.group()):     # "the company set up a fund": the company
                subject = (subject[0], bare.end())
        if subject is None or x.is_cue(*subject) or in_quotation(x.text, subject[0]) or x._object(*subject) \
                or self._participial(subject):
            return None     # (an object after a verb whose subject is implied: "وقد أعلن حالة الطوارئ، وحذر")
        source_type, by_head = x.type_of(*subject)
        if source_type in ("implied", "vague", "anonymous") or earlier and (verb is None and not (
                L.clause_verb is None and by_head and source_type in ("person", "official") and self._full_name_end(*subject))
                or verb is not None and not (by_head or self._named_subject(*subject) or L.person_after is not None
                                             and L.person_after.match(x.text, subject[1], timeout=REGEX_TIMEOUT))):
            return None     # (where the subject comes first, a person titled and named in full opening a sentence:
                            # "Home Affairs spokesman Mark Oaten also demanded ... He added")
        words = x.text[slice(*subject)].split()
        owned = words[0][:1].islower() and _word_gender(L, words[0]) is not None     # "his options"
        if verb is None and (L.pronoun.fullmatch(words[0]) or owned or not (   # with no verb to tell: a name, a
                by_head or len(words) < 3 or any(w[:1].isupper() for w in words[1:]))):  # body, or short
            return None                                                # ("The row blew up": no)
        agree = verb.group().split()[-1] if verb and L.verb_agrees else x.text[slice(*subject)]
        comma = _COMMA.match(x.text, subject[1], f_start)       # "سعى رئيس الوزراء، إبراهيم محلب، لـ..."
        apposed = x.phrase_after(comma.end(), f_start) if comma else None
        gender = self.gender(agree, source_type)
        if gender is None and self._common_plural(subject[0]):
            gender = "plural"
        return self._speaker(subject, gender, apposed, source_type)

    def _full_name_end(self, start: int, end: int) -> bool:
        """Whether a phrase ends in a name of two words or more written with capitals, with no comma
        in it, its verb right after it ("spokesman Mark Oaten also demanded"; not "Lord Woolf, the
        Lord Chief Justice, said")."""
        text = self.x.text
        words = text[start:end].split()
        return len(words) >= 2 and all(w[:1].isupper() and not _is_head(self.L, w) and not self.L.article.fullmatch(w.casefold())
                                       for w in words[-2:]) and "," not in text[start:end] \
            and _LOWER_NEXT.match(text, end) is not None        # (not "The Secretary of State")

    def _participial(self, subject: tuple[int, int]) -> bool:
        """Whether a subject of one word is a verb's form opening a clause where capitals mark names
        ("Asked why he thought ..., Lord Butler said": no one named "Asked"; `subject_end`)."""
        words = self.x.text[slice(*subject)].split()
        return len(words) == 1 and self._cased() and self.L.subject_end is not None \
            and _word_of(self.L.subject_end, words[0].lower()) and words[0].casefold() not in self.L.given \
            and not self._personal(words[0])       # ("Alfred", "Mohammed": names)

    def _common_plural(self, start: int) -> bool:
        """Whether a subject opens with a common noun in the plural ("Shares in American Express",
        not "Siemens"): followed by a stop word in lower case ("in", "of"), or written in lower case
        elsewhere too."""
        L, text = self.L, self.x.text
        words = list(itertools.islice(_WORD.finditer(text, start, min(len(text), start + 60)), 2))
        if not self._cased() or L.plural_head is None or not words:
            return False
        first = words[0].group().casefold()
        if first in L.given or not _plural_word(L, first):
            return False
        if len(words) > 1 and words[1].group()[:1].islower() and self.x.stop(words[1].group()):
            return True         # ("Shares in", "Signs that")
        i = -1                  # (a literal search: no scan of every word of the text)
        while (i := text.find(first, i + 1)) >= 0:
            if not (i and (text[i - 1].isalnum() or text[i - 1] in "'’-")) \
                    and not (text[i + len(first):i + len(first) + 1].isalnum()):
                return True
        return False

    def known_start(self, start: int, end: int) -> tuple[int, int]:
        """A subject read up to the next cue, cut after the words that name a speaker named before
        ("واستنكر الأمير خالد اختفاء بعض الأقلام، قائلا": الأمير خالد; "واستبعد المسفر فكرة ...":
        المسفر): the words after them are the verb's object; a title that goes on (`_title_end`)."""
        words: list[str] = []
        cut = None
        named = False       # a word of a name read, not only a title's
        last = ""
        for m in _NAME.finditer(self.x.text, start, end):
            key = _name_key(self.L, m.group())
            if key in self.L.honorific:
                continue
            words.append(key)
            mine = frozenset(words)
            first = next((s for s in self.named if mine <= s.words), None)
            if first is None:
                if cut is not None and not named and _word_of(self.L.title_adjective, m.group()):
                    cut = self._title_end(m.end(), end)     # (a title named before goes on)
                elif cut is not None and not named and self.L.name_beyond and not _articled(self.L, last) \
                        and _articled(self.L, m.group()):
                    cut = None      # (a title without the article governs what follows: another office,
                                    # "رئيس الاتحاد السعودي" after "الرئيس العام لرعاية الشباب")
                elif cut is not None and not self.x.text[cut:m.start()].strip() and self._cased() \
                        and m.group()[:1].isupper() and last[:1].isupper():
                    cut = None      # (not inside a name: "Home Affairs spokesman Mark Oaten" after "The Home Office")
                break
            last = m.group()
            # a title alone names one speaker only ("ووجه رئيس هيئة القناة حديثه"; not "ورفع عضو
            # المجلس زايد الأسمري" after several members named "عضو المجلس")
            named = named or not _is_head(self.L, m.group())
            if named or all(s.name == first.name for s in self.named if mine <= s.words):
                cut = m.end()
        return (start, cut) if cut is not None else (start, end)

    def _title_end(self, at: int, end: int) -> int:
        """Where a title that goes on with adjectives up to `at` ends in a subject ending at `end`:
        after the holder's name when one ends the subject ("الرئيس البورمي ثين سين"), else after
        its adjectives ("الجيش السوداني بطرد المتمردين": the verb's object follows)."""
        x, L = self.x, self.L
        while (nxt := L.token.search(x.text, at, end)) is not None and _word_of(L.title_adjective, nxt.group()):
            at = nxt.end()
        name = x.name_run(at, end, closed=False)
        return name[1] if name is not None and name[1] == end else at

    def _surname_end(self, start: int, end: int) -> tuple[int, int]:
        """A subject read up to its verb's object ends after the name of a source of the article
        in it ("دعا وزير الخارجية محمد جواد ظريف دول الخليج": ... ظريف, named by "وقال ظريف")."""
        if not self.surnames:
            return start, end
        cut = None
        for m in _NAME.finditer(self.x.text, start, end):
            if _name_key(self.L, m.group()) in self.surnames:
                cut = m.end()
            elif cut is not None:
                return start, cut
        return start, end

    def _name_end(self, start: int, end: int) -> tuple[int, int]:
        """A subject read with no verb to end it ends at a lowercase word after a capitalised one
        ("EC spokeswoman Marja Smith conceded" -> "EC spokeswoman Marja Smith"; after one word only
        when the text writes it after a given name or a title: "Lee took legal action", of "Stan
        Lee"; not at a title before
        a name: "Liberal Democrat spokesman Mark Oaten called"), or at a verb its
        language tells by its form (`subject_end`: "G7 ministers called for ..." -> "G7 ministers")."""
        text, previous, verb = self.x.text, "", self.L.subject_end
        for k, t in enumerate(self.L.token.finditer(text, start, end)):
            w = t.group()
            if k and previous[:1].isupper() and w[:1].islower() and _ends_in_head(self.L, w):
                nxt = self.L.token.search(text, t.end(), end)
                if nxt is not None and nxt.group()[:1].isupper():
                    previous = w        # a title before a name ("Liberal Democrat spokesman Mark Oaten")
                    continue
                if nxt is None or nxt.group()[:1].islower() and not self.L.name_link.fullmatch(nxt.group()):
                    return start, t.end()       # "The Irish coach knows", "A British Muslim group", "The Tory co-chairman"
            if k and previous[:1].isupper() and w[:1].islower() and not self.L.name_link.fullmatch(w) and (
                    k > 1 or not self.L.article.fullmatch(previous.casefold()) and not self.x.stop(previous)
                    and self._personal(previous.rstrip(",.;:"))) or (
                    k and verb is not None and _word_of(verb, w)
                    and not self.L.article.fullmatch(previous.casefold())):     # "the accused" is no verb
                return start, start + len(text[start:t.start()].rstrip())
            previous = w
        return start, end

    def _relative(self, f: _Found) -> _Speaker | None:
        """The antecedent of a relative pronoun right before cue `f` ("X, who says")."""
        x, L = self.x, self.L
        s_start = x.sentence(f.start)[0]
        m = L.relative.search(x.text, max(s_start, f.start - 40), f.start, timeout=REGEX_TIMEOUT) \
            if L.relative else None
        if m is None:
            return None
        pronoun, cue = self.gender(m.group()), self.gender(x.text[f.start:f.end])
        if {pronoun, cue} == {"masculine", "feminine"} or L.object_suffix is not None and \
                L.object_suffix.search(x.text, f.start, f.end, timeout=REGEX_TIMEOUT):
            return None     # the antecedent is the verb's object: "الجماعات التي وصفها", "المعارضة التي قال"
        toks = list(L.token.finditer(x.text, s_start, m.start()))
        if toks and toks[-1].group() in ",،":
            toks.pop()
        if len(toks) > 2 and toks[-1].group().isdigit() and toks[-2].group() in ",،":
            del toks[-2:]       # an age in apposition: "Staunton, 49, who told": Staunton
        taken = x._np_tokens(toks)
        return self._speaker((taken[0].start(), taken[-1].end()), None) if taken else None


def _paragraph_quotes(text: str) -> list[tuple[int, int]]:
    """Paired quotation marks («», “”, "", „“, ‘’, ''), each pair inside one paragraph, in one
    pass; an unclosed or stray mark pairs with nothing. A single mark between two letters is an
    apostrophe; a single mark opens only after a non-letter and closes only before one. (Both
    scans, a run of one class and a character of a class, are linear: no timeout, whose clock is
    read at each match.)"""
    spans = []
    for para in _PARAGRAPH.finditer(text):
        open_at: dict[str, int] = {}
        for m in _PAIR_MARK.finditer(text, para.start(), para.end()):
            ch, pos = m.group(), m.start()
            before, after = text[pos - 1:pos].isalnum(), text[pos + 1:pos + 2].isalnum()
            if ch in _APOSTROPHES and before and after:
                continue
            opener = next((o for o in _OPENERS.get(ch, ()) if o in open_at), None)
            if opener is not None and not (ch in _APOSTROPHES and after):
                spans.append((open_at.pop(opener), pos + 1))
            elif ch in _PAIRS and not (ch in _APOSTROPHES and before):
                open_at[ch] = pos
    return spans


Quotation = tuple[int, int, int | None]     # original [start, end) with its marks, attribution index


def quotations(norm: Normalized, attributions: list[Attribution]) -> list[Quotation]:
    """Paired quotations as original [start, end) spans with their marks, in text order, each
    with the index of the attribution that introduces it, or None: the cue nearest the quotation,
    outside it, on its line and within reach, else that of the quotation just before it on its
    line ('"A." "B," he said')."""
    text = norm.original
    starts = [a.cue.start for a in attributions]
    out: list[Quotation] = []
    marks = sorted((norm.to_original(s), norm.to_original(e - 1) + 1) for s, e in _paragraph_quotes(norm.text))
    for q_s, q_e in marks:
        near = []
        before, after = bisect_left(starts, q_s) - 1, bisect_left(starts, q_e)
        if before >= 0 and starts[before] > q_s - _QUOTE_REACH and "\n" not in text[starts[before]:q_s]:
            near.append((q_s - starts[before], before))
        if after < len(starts) and starts[after] < q_e + _QUOTE_REACH and "\n" not in text[q_e:starts[after]]:
            near.append((starts[after] - q_e, after))
        previous = out and out[-1][1] <= q_s and "\n" not in text[out[-1][1]:q_s]
        out.append((q_s, q_e, min(near)[1] if near else out[-1][2] if previous else None))
    return out


def _cue_matches(L: _Lang, text: str, low: str):
    """What `L.cues.finditer(text)` gives, trying the cues only at the places `L.cue_places` finds
    (in `low`, `lowered_text(text)`)."""
    if L.cue_places is None:
        yield from L.cues.finditer(text, timeout=scan_timeout(len(text)))
        return
    end, match = 0, L.cues.match
    for place in itertools.chain((0,), (m.start() + 1 for m in L.cue_places.finditer(low))):
        if place >= end and (m := match(text, place, timeout=REGEX_TIMEOUT)):
            yield m
            end = m.end()


def _cues(L: _Lang, x: _Extractor, text: str) -> list[_Found]:
    """Cue matches, without those inside an exclusion or inside a compound cue's inner verb,
    and without those whose `require` pattern does not follow them."""
    def excluded(start: int, end: int) -> bool:
        if L.exclude is None:
            return False
        lo, hi = max(0, start - _EXCLUDE_REACH), end + _EXCLUDE_REACH
        if L.exclude_places is None:
            for e in L.exclude.finditer(text, lo, hi, timeout=REGEX_TIMEOUT):
                if e.start() >= end:        # the later ones begin after the cue too
                    return False
                if start < e.end():
                    return True
            return False
        # an exclusion tried only where one may begin before the cue's end (a place is the
        # character before the word: see `_places_of`), each overlapping the cue or not
        places = (m.start() + 1 for m in L.exclude_places.finditer(low, max(0, lo - 1), hi))
        for place in itertools.chain((0,) if lo == 0 else (), places):
            if place >= end:
                return False
            if place >= lo and (e := L.exclude.match(text, place, hi, timeout=REGEX_TIMEOUT)) and start < e.end():
                return True
        return False

    found: list[_Found] = []
    inner_end = -1
    low = lowered_text(text)
    for m in _cue_matches(L, text, low):
        if m.start() < inner_end:
            continue
        rule = L.cue_rules[int(m.lastgroup[1:])]
        if text[m.start()].isupper() and not _sentence_first(text, m.start()):
            continue            # a capital inside a sentence: a name's word ("the Think Secret website")
        s_start, s_end = x.sentence(m.start())
        if rule.require is not None and not rule.require.search(      # (the cheaper test first)
                text, m.end(), min(s_end, m.end() + _WINDOW), timeout=REGEX_TIMEOUT) or excluded(m.start(), m.end()) \
                or in_quotation(text, m.start()):     # the speaker's own words ('"... what I say," he said')
            continue
        if rule.role == "prep" and L.compound is not None:
            inner = L.compound.match(text, m.end(), min(s_end, m.end() + _REACH), timeout=REGEX_TIMEOUT)
            inner_end = inner.end() if inner else inner_end
        if (found and found[-1].rule.role == rule.role == "verb" and m.start() - found[-1].end <= 3
                and text[found[-1].end:m.start()].isspace()
                and (0 <= found[-1].start - s_start <= 3 or L.source_first == "before" and found[-1].start >= s_start)):
            if L.source_first == "after":
                continue        # where verbs come first, the second goes with the first ("وأضاف يقول")
            found.pop()         # "Estimates suggest": a sentence's first word right before a cue is its
                                # subject; where subjects come first, any cue right before another
                                # ("The Envisional reports said")
        found.append(_Found(m.start(), m.end(), rule))
    return found


def extract_attributions(doc: Document, norm: Normalized,
                         figures: list[Figure]) -> tuple[list[Attribution], list[Quotation]]:
    """The attributions of a text, linked to its `figures`, and its quotations (see `quotations`)."""
    L = _load(doc.lang)
    text = norm.text
    x = _Extractor(L, norm)
    found = _cues(L, x, text)
    x.cue_spans = [(f.start, f.end) for f in found]

    def original(span: tuple[int, int]) -> str:
        return norm.original[slice(*norm.span(*span))]

    speakers = _Speakers(x, norm)    # for implied subjects
    issuer: str | None = None        # who issued the statement "the statement" refers to
    known: dict[str, str] = {}       # a name's word -> its type ("Heald" after "coauthor Colette Heald")
    result: list[Attribution] = []
    kept: list[_Found] = []
    for f in found:
        x.find_source(f)
    if L.holder_names:
        speakers.surnames = _surnames(x, found)
    for f in found:
        if f.source is not None and f.rule.objected:    # "واستبعد المسفر فكرة ...": the speaker named
            f.source = speakers.known_start(*f.source)  # before, not his words after him
        by_head, pronoun = False, None
        if f.source is not None:
            f.source_type, by_head = x.type_of(*f.source)
            if not by_head and f.context is not None:
                apposed, by_head = x.type_of(*f.context)
                f.source_type = apposed if apposed in _ENTITIES else f.source_type
            part = x.head_split(*f.source)
            names = [_name_key(L, m.group()) for m in _NAME.finditer(text, f.source[0], part.start() if part else f.source[1])]
            if names and names[-1] in known and (not by_head or len(names) == 1):
                f.source_type = known[names[-1]]      # "Heald", "الوكالة": named before
            elif by_head:
                known.update((w, f.source_type) for w in names)
            elif f.source_type == "person" and _body_by_pronoun(x, f):
                f.source_type = "organization"      # "Sina said its shares were bought"
                known.update((w, f.source_type) for w in names)
            if f.source_type == "implied":
                pronoun, f.source = f.source, None
            elif f.source_type == "document" and L.issuer_link is not None:    # "a report by X": with X
                link = L.issuer_link.match(text, f.source[1], x.sentence(f.source[0])[1], timeout=REGEX_TIMEOUT)
                issued = x.phrase_after(link.end(), x.sentence(f.source[0])[1]) if link else None
                f.source = (f.source[0], issued[1]) if issued else f.source
        if f.rule.typed_source and (not by_head or pronoun is not None and _word_gender(
                L, text[slice(*pronoun)].split()[-1]) not in (None, "neuter", "plural")
                or not isinstance(f.rule.typed_source, bool) and f.source_type not in f.rule.typed_source):
            continue            # "the study found", "it found"; not "TV shows", "he showed no sign"
        if f.source is None:
            f.source_type = f.rule.unsourced
            if f.source_type == "implied" and f.rule.role in ("verb", "participle"):
                f.resolved = speakers.resolve(f, pronoun)
        elif f.source_type == "document":
            if L.anaphor is not None and L.anaphor.fullmatch(text, *f.source, timeout=REGEX_TIMEOUT):
                f.resolved = issuer
            else:
                f.resolved = speakers.issuer(*f.source)
            # "the report added": the report, not a person before it; one cited ("according to a
            # report") only where documents are "it" ("... It said": the report)
            if f.rule.role != "prep" or f.source_type in L.neuter_types:
                speakers.add(f, _embedded(x, kept, f))
        elif f.source_type != "vague" or speakers.plural(f.source) or speakers.vague_plural(f.source):
            # "a source said ... he added": the source, as written; a vague one only in the plural
            # ("قال مراقبون ... مضيفين", "Some analysts predicted ..., saying")
            name = speakers.add(f, _embedded(x, kept, f))
            if name is not None and name != original(f.source) and (      # "Mr Ford", "the airline": the
                    L.mentions or L.epithet is not None           # Bill Ford, the Ryanair named before;
                    and _in_span(L.epithet, "fullmatch", text, *f.source)):   # «سمراء البادية»: a singer
                f.resolved = name
            if L.issuer is not None and L.issuer.match(text, f.source[1], min(x.sentence(f.source[0])[1],
                                                                              f.source[1] + _REACH),
                                                       timeout=REGEX_TIMEOUT):
                issuer = original(f.source)
        result.append(_attribution(norm, f))
        kept.append(f)
    quotes = quotations(norm, result)
    _link(x, norm, kept, result, quotes, figures)
    return result, quotes


_NAME_CHAR = regex.compile(r"[\w&-]")
_WORD_CHAR = regex.compile(r"\w")
_SPACE = regex.compile(r"\s")


def _word_before(text: str, lo: int, i: int) -> str:
    """The word (of word characters and dots) that spaces separate from position `i`, read back
    to `lo` at most; '' if there is none, if the spaces hold a paragraph break, or if an apostrophe
    joins the word to what precedes it."""
    k = i
    while k > lo and _SPACE.match(text, k - 1):
        k -= 1
    j = k
    while j > lo and (text[j - 1] == "." or _WORD_CHAR.match(text, j - 1)):
        j -= 1
    return "" if k == i or j == k or text.count("\n", k, i) > 1 or text[j - 1:j] in ("’", "'") else text[j:k]


def _written(text: str, word: str, lo: int, hi: int) -> Iterator[int]:
    """Where `word` is written in `text[lo:hi]`, as it is written."""
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)


def _body_by_pronoun(x: _Extractor, f: _Found) -> bool:
    """Whether a source of one capitalised word that no head noun types is a body by the first
    pronoun of its sentence after its cue and itself (`body_pronoun`: "Sina said its shares were
    bought", not "Smith said his") or by what follows it elsewhere (`body_after`: "Archos launched
    its latest range", "B&B - which has"), when the article does not write the word, within `_GIVEN_BACK`
    characters, in lower case or after a given name, a title or another name word ("Mr Cheung",
    "Wallace Cheung")."""
    L, text = x.L, x.text
    word = text[slice(*f.source)]
    if L.body_pronoun is None or not word[:1].isupper() or not all(c.isalpha() or c in "&-" for c in word):
        return False
    at = max(f.end, f.source[1])
    found = L.body_pronoun.search(text, at, max(at, x.sentence(f.start)[1]), timeout=REGEX_TIMEOUT)
    lo, hi = max(0, f.start - _GIVEN_BACK), min(len(text), f.end + _GIVEN_BACK)
    if (found is None or found.group("body") is None) and not (L.body_after is not None and any(
            not (i and _NAME_CHAR.match(text, i - 1)) and L.body_after.match(text, i + len(word), hi, timeout=REGEX_TIMEOUT)
            for i in _written(text, word, lo, hi))):
        return False        # (nor, anywhere near, what only a body's name is followed by: "Archos launched its")
    if any(not (i and _WORD_CHAR.match(text, i - 1)) and not _WORD_CHAR.match(text, i + len(word), hi)
           for i in _written(text, word.lower(), lo, hi)):
        return False        # (a common noun at a sentence's start: "Lawyers claimed its ...")
    for i in _written(text, word, lo, hi):
        if _WORD_CHAR.match(text, i + len(word), hi) or not (before := _word_before(text, lo, i)):
            continue
        if before.casefold().rstrip(".") in L.honorific or before.casefold() in L.given \
                or before.isalpha() and before[:1].isupper():
            return False        # (a name's last word: "Wallace Cheung")
    return True


def _embedded(x: _Extractor, kept: list[_Found], f: _Found) -> bool:
    """Whether the source of cue `f` is in the words that the verb cue before it reports, in its
    sentence ("Oblon said his client believed": the client's belief is in Oblon's words; "Cook said
    Goldsmith's admission ... suggested")."""
    if not kept or f.source is None:
        return False
    before = kept[-1]
    # right after it, or further with the cue after its source, all in one clause (a verb before its
    # source after a comma, "، وقال X", opens a clause of its own)
    return before.rule.role == "verb" and before.end <= f.source[0] \
        and (f.source[0] <= before.end + 6 or f.source[1] <= f.start) \
        and _CLAUSE_MARK.search(x.text, before.end, f.source[0]) is None \
        and x.sentence(before.start)[0] == x.sentence(f.start)[0]


def _attribution(norm: Normalized, f: _Found) -> Attribution:
    def span(s: int, e: int) -> Span:
        o_s, o_e = norm.span(s, e)
        return Span(norm.original[o_s:o_e], o_s, o_e)

    return Attribution(span(f.start, f.end), span(*f.source) if f.source else None, f.source_type,
                       f.resolved, f.rule.loaded, [], f.rule.id)


def _link(x: _Extractor, norm: Normalized, found: list[_Found], result: list[Attribution],
          quotes: list[Quotation], figures: list[Figure]) -> None:
    """Each figure goes to the nearest cue before it in its sentence, else the nearest after it
    (unless that cue covers only what follows it, or a relative clause opens between them: the
    cue that ends "the war, which killed tens of thousands, according to X" covers that clause);
    a figure in a quotation with no cue in its sentence goes to the attribution of the
    quotation (see `quotations`)."""
    if not found:
        return
    text = norm.original
    starts = [a.cue.start for a in result]
    bounds = norm.to_original_sorted(x.sentences)
    quote_starts = [q[0] for q in quotes]
    for n, fig in enumerate(figures):
        k = bisect_right(bounds, fig.start) - 1
        s, e = bounds[k], (bounds[k + 1] if k + 1 < len(bounds) else len(text))
        lo, at, hi = bisect_left(starts, s), bisect_left(starts, fig.start), bisect_left(starts, e)
        best = at - 1 if at > lo else next(
            (c for c in range(at, hi) if not found[c].rule.scope_after), None)
        if at == lo and best is not None and x.L.clause_opener is not None and x.L.clause_opener.search(
                x.text, norm.to_normalized(fig.end), found[best].start, timeout=REGEX_TIMEOUT):
            best = None
        if best is None:        # the innermost quotation around it (nested at most 3 deep)
            q = bisect_right(quote_starts, fig.start)
            inside = next((i for i in range(q - 1, max(0, q - 3) - 1, -1) if fig.start < quotes[i][1]), None)
            best = quotes[inside][2] if inside is not None else None
        if best is not None:
            fig.attribution = best
            result[best].figures.append(n)
