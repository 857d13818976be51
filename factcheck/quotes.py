"""Quotations: the quoted words of a text with their speakers, checked against the statements of
the reference store.

Extraction takes the attribution extractor's quotation marks, paired within a paragraph, with
the attribution that introduces each (`attributions.quotations`, returned by
`extract_attributions`). Verification: candidate
statements come from the store's index of their words; rapidfuzz aligns the normalised quote
with the best part of each one (partial ratio), difflib compares the words aligned; a match by
another source than the quote's speaker is a misattribution. Every threshold is data:
`rules/common/quotes.yaml`.
"""
from __future__ import annotations

import difflib
import functools
from bisect import bisect_left

import regex
from rapidfuzz import fuzz

from .attributions import Quotation
from .model import Attribution, Quote, StatementReference
from .normalize import Normalized, normalize
from .references import Alias, ReferenceStore, Statement
from .rules import settings
from .words import tokens, variants

# (both linear, a run of one class and a fixed string: read with no timeout, whose clock is read at
# each match)
_WORD = regex.compile(r"\w+")
_ELLIPSIS = regex.compile(r"\.\.\.|…")            # words left out of a quotation on purpose
_UNNAMED = ("vague", "anonymous")       # source types that name nobody


def extract_quotes(norm: Normalized, quotations: list[Quotation]) -> list[Quote]:
    """The quotations of a text (from `extract_attributions`), without their marks, each with
    its speaker; a quotation inside another is part of it, a short one is a name or a term."""
    min_words = settings()["quote.extract"]["min_words"]
    out: list[Quote] = []
    outer_end = -1
    for start, end, speaker in quotations:
        if start < outer_end:
            continue
        outer_end = end
        inner = norm.original[start + 1:end - 1]
        text, at = inner.strip(), start + 1 + len(inner) - len(inner.lstrip())
        if len(_WORD.findall(text)) >= min_words:
            out.append(Quote(text, at, at + len(text), speaker))
    return out


# ---------------------------------------------------------------- comparing words

@functools.lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[str, ...], tuple[str, ...], frozenset[int]]:
    """The words of a text, normalised and case-folded, and as written; and the indexes of the
    words that follow an ellipsis."""
    norm = normalize(text)
    found = list(_WORD.finditer(norm.text))
    starts = [m.start() for m in found]
    return (tuple(m.group().casefold() for m in found),
            tuple(text[slice(*norm.span(m.start(), m.end()))] for m in found),
            frozenset(bisect_left(starts, e.start()) for e in _ELLIPSIS.finditer(norm.text)))


def _same(a: str, b: str, similarity: float) -> bool:
    return a == b or fuzz.ratio(a, b) >= similarity


def compare(quote: str, statement: str, cfg: dict) -> tuple[float, str, tuple[tuple[str, str], ...]] | None:
    """(share of the quote's words found, the statement's words aligned, the differing words as
    (quoted, stated)) when the quote matches a part of the statement, else None."""
    (q, q_written, cuts), (s, s_written, _) = _words(quote), _words(statement)
    if not q or not s:
        return None
    joined = " ".join(q)
    aligned = fuzz.partial_ratio_alignment(joined, " ".join(s))
    if aligned.score < cfg["min_similarity"]:
        return None
    # the aligned part, widened: it is as long as the quote, which may have left words out
    low, high = aligned.dest_start - len(joined) // 2, aligned.dest_end + len(joined) // 2
    starts, pos = [], 0
    for w in s:
        starts.append(pos)
        pos += len(w) + 1
    inside = [k for k, at in enumerate(starts) if at < high and at + len(s[k]) > low]
    part, written = [s[k] for k in inside], [s_written[k] for k in inside]
    ops = [list(op) for op in difflib.SequenceMatcher(None, q, part, autojunk=False).get_opcodes()]
    # at either end, statement words beyond as many as the quote has there are context, not changes
    if ops[0][0] != "equal":
        ops[0][3] = max(ops[0][3], ops[0][4] - (ops[0][2] - ops[0][1]))
    if ops[-1][0] != "equal":
        ops[-1][4] = min(ops[-1][4], ops[-1][3] + (ops[-1][2] - ops[-1][1]))
    ops = [op for op in ops if op[2] > op[1] or op[4] > op[3]]
    found, changes = 0, []
    for op, i1, i2, j1, j2 in ops:
        pairs = list(zip(q[i1:i2], part[j1:j2]))
        if op == "equal" or op == "replace" and i2 - i1 == j2 - j1 and all(
                _same(a, b, cfg["word_similarity"]) for a, b in pairs):
            found += i2 - i1
        elif op == "insert" and i1 in cuts:    # the statement's words at the quote's ellipsis
            continue
        else:
            changes.append((" ".join(q_written[i1:i2]), " ".join(written[j1:j2])))
    share = 100 * found / len(q)
    if share < cfg["min_share"]:
        return None
    return share, " ".join(written[ops[0][3]:ops[-1][4]]), tuple(changes)


def names_match(speaker: list[str], names: tuple[Alias, ...], similarity: float) -> bool:
    """Whether every word of one of `names` is among the words of the `speaker` texts."""
    words = [(w, variants(w)) for text in speaker for _, _, w in tokens(text)]
    return any(all(any(vs & theirs or _same(word, w, similarity) for w, theirs in words)
                   for word, vs in alias.words) for alias in names)


def _speaker(att: Attribution | None) -> list[str]:
    """The texts that name a quote's speaker: its source as written and who it resolves to
    (only the latter for a document or an implied subject); none for unnamed sources."""
    if att is None or att.source_type in _UNNAMED:
        return []
    named = att.source_type not in ("document", "implied") and att.source is not None
    return [t for t in (att.source.text if named else None, att.resolved) if t]


# ---------------------------------------------------------------- verdicts

def _changes(changes: tuple[tuple[str, str], ...]) -> str:
    return "; ".join(f"“{q}” for “{s}”" if q and s else f"“{q}” added" if q else f"“{s}” left out"
                     for q, s in changes)


def _verdict(quote: Quote, speaker: list[str], store: ReferenceStore) -> tuple[str, str, StatementReference | None]:
    cfg = settings()["quote.match"]
    similarity = settings()["quote.speaker"]["word_similarity"]
    words = {v for _, _, w in tokens(quote.text) for v in variants(w)}
    found: list[tuple[float, str, tuple, Statement]] = []
    for statement in store.statements_for(words, cfg["max_candidates"]):
        if (match := compare(quote.text, statement.text, cfg)) is not None:
            found.append((*match, statement))
    if not found:
        return "unverified", "no statement in the reference store has these words", None
    best = max(f[0] for f in found)
    by_speaker = {f[3].id: names_match(speaker, f[3].names, similarity) for f in found}
    share, matched, changes, statement = max(
        (f for f in found if f[0] >= best - cfg["tie_margin"]),
        key=lambda f: (by_speaker[f[3].id] or not speaker, f[0]))
    ref = StatementReference(statement.id, statement.name, statement.date, statement.url, matched, share, changes)
    what = f"{statement.name}, {statement.date.isoformat()} ({statement.id})"
    if speaker and not by_speaker[statement.id]:
        differs = f"; quoted with changes: {_changes(changes)}" if changes else ""
        return "misattributed", f"the words are from a statement by {what}, not by “{speaker[0]}”{differs}", ref
    if changes:
        return "misquoted", f"the statement by {what} differs: {_changes(changes)}", ref
    unnamed = "" if speaker else "; the quote names no speaker"
    return "supported", f"found in the statement by {what} ({share:.0f}% of the words){unnamed}", ref


def verify_quotes(quotes: list[Quote], attributions: list[Attribution], store: ReferenceStore) -> None:
    """Set each quote's verdict, reason and reference against the store's statements."""
    for quote in quotes:
        att = attributions[quote.speaker] if quote.speaker is not None else None
        quote.verdict, quote.reason, quote.reference = _verdict(quote, _speaker(att), store)
