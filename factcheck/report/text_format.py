"""The text report: one line per figure in `file:line:column: verdict` form, then its excerpt
and details, and tables of counts by verdict and by finding. Plain, or styled for a terminal."""
from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import regex

from ..document import LineIndex
from ..findings import RULES, view
from ..model import VERDICTS, FileResult, Reference, format_value

EXCERPT = 40        # characters of the line kept either side of a span
_CONTROL = regex.compile(r"\p{Cc}")
# What no line of a report may hold, whatever a file or a store says: control characters (C0, C1)
# and line or paragraph separators, which could start a line of their own, become spaces; bidi
# embeddings, overrides and isolates, which could make a line read as another, go.
_UNSAFE = {**dict.fromkeys([*range(0x20), *range(0x7f, 0xa0), 0x2028, 0x2029], " "),
           **dict.fromkeys([*range(0x202a, 0x202f), *range(0x2066, 0x206a)])}


def clean(text: str) -> str:
    """`text` made safe to print as (part of) one line of a report: see _UNSAFE."""
    return text.translate(_UNSAFE)


def _reference(ref: Reference) -> str:
    src = ref.source
    parts = [f"{format_value(ref.value, ref.unit)}"]
    if ref.as_of:
        parts.append(f"as of {ref.as_of.isoformat()}")
    origin = src.publisher + (f" ({src.published.isoformat()})" if src.published else "")
    if src.url:
        origin += f" {src.url}"
    return " ".join(parts) + f" [{ref.fact_id}] — {origin}"


def excerpt(text: str, start: int, end: int) -> str:
    """The span's line, cut to EXCERPT characters either side, the span in ⟦ ⟧: brackets mirror in
    right-to-left text, where a ^^^ line under it would point at the wrong characters."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    line_end = min((i for i in (text.find("\n", end), text.find("\r", end)) if i != -1), default=len(text))
    left, right = max(line_start, start - EXCERPT), min(line_end, end + EXCERPT)
    piece = _CONTROL.sub(" ", f"{text[left:start]}⟦{text[start:end]}⟧{text[end:right]}".lstrip("\ufeff"))
    return ("…" if left > line_start else "") + " ".join(piece.split()) + ("…" if right < line_end else "")


def heading(path: str, language: str, date: dt.date, date_from: str) -> str:
    return f"{path} ({language}, dated {date.isoformat()} from {date_from})"


def items(result: FileResult, lines: LineIndex | None = None) -> list[str]:
    """The lines on the figures, attributions, quotes and roles of a result; `lines` places its
    text in the file (a section of a file checked as a stream)."""
    lines = lines or LineIndex(result.text)
    shown = view(result)
    out = []
    for i, (fig, verdict) in enumerate(zip(result.figures, result.verdicts)):
        if not shown.figures[i]:
            continue
        line, col = lines.position(fig.start)
        status = verdict.status if verdict else fig.kind
        qual = f" ({fig.qualifier})" if fig.qualifier else ""
        subject = f", subject “{fig.subject}”" if fig.subject else ""
        out.append(f"{result.path}:{line}:{col}: {status}: “{fig.text}” "
                   f"{fig.kind} {format_value(fig.value, fig.unit)}{qual}{subject}")
        out.append(f"    in: {excerpt(result.text, fig.start, fig.end)}")
        if verdict and verdict.reference:
            out.append(f"    reference: {_reference(verdict.reference)}")
        for alt in verdict.alternatives if verdict else ():
            out.append(f"    also fits, with another value: {_reference(alt)}")
        if verdict and verdict.reason:
            out.append(f"    why: {verdict.reason}")
        if fig.attribution is None:
            if i in shown.unattributed:
                out.append("    attributed to: nobody")
        else:
            att = result.attributions[fig.attribution]
            out.append(f"    attributed to: {att.described()} ({att.source_type}, cue “{att.cue.text}”)")
    for k, att in enumerate(result.attributions):
        if not shown.attributions[k]:
            continue
        line, col = lines.position(att.cue.start)
        flags = ", loaded verb" if att.loaded else ""
        out.append(f"{result.path}:{line}:{col}: attribution: “{att.cue.text}” {att.described()} "
                   f"({att.source_type}{flags}), {len(att.figures)} figure(s)")
    for k, quote in enumerate(result.quotes):
        if not shown.quotes[k]:
            continue
        line, col = lines.position(quote.start)
        att = result.attributions[quote.speaker] if quote.speaker is not None else None
        who = "nobody" if att is None else att.source.text if att.source else att.resolved or "(implied)"
        status = f"quote {quote.verdict}" if quote.verdict else "quote"
        out.append(f"{result.path}:{line}:{col}: {status}: “{quote.text}” said by {who}")
        if quote.reference and quote.reference.url:
            out.append(f"    statement: {quote.reference.url}")
        if quote.reason:
            out.append(f"    why: {quote.reason}")
    for k, role in enumerate(result.roles):
        if not shown.roles[k]:
            continue
        line, col = lines.position(role.start)
        out.append(f"{result.path}:{line}:{col}: role {role.verdict}: “{role.text}” [{role.person_id}]")
        if role.reference:
            src = role.reference.source
            out.append(f"    office: {role.reference.office} — {src.publisher}" + (f" {src.url}" if src.url else ""))
        out.append(f"    why: {role.reason}")
    for f in shown.findings:
        if f.rule.id in ("signoff/stale", "claim/previously-checked"):
            line, col = lines.position(f.start)
            out.append(f"{result.path}:{line}:{col}: {f.rule.id}: {f.message}")
    for k, item in enumerate(result.consistency):
        if not shown.consistency[k]:
            continue
        line, col = lines.position(item.span.start)
        out.append(f"{result.path}:{line}:{col}: {item.rule}: “{item.span.text}”: {item.message}")
        out.append(f"    in: {excerpt(result.text, item.span.start, item.span.end)}")
        for r in item.related:
            r_line, r_col = lines.position(r.start)
            out.append(f"    against: “{r.text}” ({r_line}:{r_col}) {excerpt(result.text, r.start, r.end)}")
        out.append(f"    expected: {item.expected}")
    return out


class Tally:
    """The counts a report ends with (a Markdown report starts with): files, figures by verdict,
    findings by rule. Added up result by result, so that a report written as it goes keeps no more."""

    def __init__(self, results: Iterable[FileResult] = ()):
        self.files = self.figures = self.unattributed = self.attributions = self.inconsistencies = 0
        self.verdicts: Counter = Counter()
        self.rules: Counter = Counter()
        for result in results:
            self.add(result)

    def add(self, result: FileResult, file: bool = True) -> Tally:
        """Count a result; `file`: as a file of its own (not a section of a file counted already)."""
        shown = view(result, "all")     # what is reported, whether listed or counted only
        self.files += file
        self.figures += len(result.figures)
        self.unattributed += len(shown.unattributed)
        self.attributions += len(result.attributions)
        self.inconsistencies += sum(shown.consistency)
        self.verdicts.update(v.status for v, listed in zip(result.verdicts, shown.figures) if v and listed)
        self.rules.update(f.rule.id for f in shown.findings)
        return self

    def update(self, other: Tally) -> None:
        self.files += other.files
        self.figures += other.figures
        self.unattributed += other.unattributed
        self.attributions += other.attributions
        self.inconsistencies += other.inconsistencies
        self.verdicts.update(other.verdicts)
        self.rules.update(other.rules)

    def summary(self) -> str:
        parts = [f"{self.verdicts[v]} {v}" for v in VERDICTS if self.verdicts[v]]
        verdicts = f" ({', '.join(parts)})" if parts else ""
        n = self.inconsistencies
        inconsistent = f", {n} inconsistenc{'y' if n == 1 else 'ies'}" if n else ""
        return (f"{self.files} file(s), {self.figures} figure(s){verdicts}, "
                f"{self.unattributed} unattributed, {self.attributions} attribution(s){inconsistent}")

    def tables(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """Figures by verdict and findings by rule, each without its zero rows; no empty table."""
        tables = [("verdict", [(v, self.verdicts[v]) for v in VERDICTS if self.verdicts[v]]),
                  ("finding", [(rid, self.rules[rid]) for rid in RULES if self.rules[rid]])]
        return [(title, rows) for title, rows in tables if rows]


def summary(results: list[FileResult]) -> str:
    return Tally(results).summary()


def styled(lines: list[str], color: bool = False) -> str:
    """Report lines as text, styled for a terminal with `color` (rich is loaded only then)."""
    lines = [clean(line) for line in lines]
    if color:
        from .rich_text import styled as rich_styled

        return rich_styled(lines)
    return "".join(line + "\n" for line in lines)


def block(result: FileResult, color: bool = False) -> str:
    """The report on one file: its heading, then a line or more per item, then a blank line."""
    return styled([heading(result.path, result.language, result.date, result.date_from), *items(result), ""], color)


def totals(tally: Tally, color: bool = False) -> str:
    """The tables of counts and the summary line the report ends with."""
    if color:
        from .rich_text import totals as rich_totals

        return rich_totals(tally.tables(), tally.summary())
    out = []
    for title, rows in tally.tables():
        width = max(len(title), *(len(key) for key, _ in rows))
        out += [f"{title:<{width}}  count", *(f"{key:<{width}}  {n:>5}" for key, n in rows), ""]
    return styled([*out, tally.summary()])


def render(results: list[FileResult], color: bool = False) -> str:
    """The report; with `color`, the same lines styled for a terminal."""
    return "".join(block(result, color) for result in results) + totals(Tally(results), color)
