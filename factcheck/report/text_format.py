"""The text report: one line per figure in `file:line:column: verdict` form, then its excerpt
and details, and tables of counts by verdict and by finding. Plain, or styled for a terminal."""
from __future__ import annotations

from collections import Counter

import regex

from ..document import LineIndex
from ..findings import RULES
from ..model import VERDICTS, FileResult, Reference, format_value

EXCERPT = 40        # characters of the line kept either side of a span
_CONTROL = regex.compile(r"\p{Cc}")


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


def _file(result: FileResult) -> list[str]:
    lines = LineIndex(result.text)
    out = [f"{result.path} ({result.language}, dated {result.date.isoformat()} from {result.date_from})"]
    for fig, verdict in zip(result.figures, result.verdicts):
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
            out.append(f"    also fits: {_reference(alt)}")
        if verdict and verdict.reason:
            out.append(f"    why: {verdict.reason}")
        if fig.attribution is None:
            out.append("    attributed to: nobody")
        else:
            att = result.attributions[fig.attribution]
            out.append(f"    attributed to: {att.described()} ({att.source_type}, cue “{att.cue.text}”)")
    for att in result.attributions:
        line, col = lines.position(att.cue.start)
        flags = ", loaded verb" if att.loaded else ""
        out.append(f"{result.path}:{line}:{col}: attribution: “{att.cue.text}” {att.described()} "
                   f"({att.source_type}{flags}), {len(att.figures)} figure(s)")
    for quote in result.quotes:
        line, col = lines.position(quote.start)
        att = result.attributions[quote.speaker] if quote.speaker is not None else None
        who = "nobody" if att is None else att.source.text if att.source else att.resolved or "(implied)"
        status = f"quote {quote.verdict}" if quote.verdict else "quote"
        out.append(f"{result.path}:{line}:{col}: {status}: “{quote.text}” said by {who}")
        if quote.reference and quote.reference.url:
            out.append(f"    statement: {quote.reference.url}")
        if quote.reason:
            out.append(f"    why: {quote.reason}")
    for role in result.roles:
        line, col = lines.position(role.start)
        out.append(f"{result.path}:{line}:{col}: role {role.verdict}: “{role.text}” [{role.person_id}]")
        if role.reference:
            src = role.reference.source
            out.append(f"    office: {role.reference.office} — {src.publisher}" + (f" {src.url}" if src.url else ""))
        out.append(f"    why: {role.reason}")
    return out


def summary(results: list[FileResult]) -> str:
    counts = Counter(v.status for r in results for v in r.verdicts if v)
    figures = sum(len(r.figures) for r in results)
    unattributed = sum(f.attribution is None for r in results for f in r.figures)
    parts = [f"{counts[v]} {v}" for v in VERDICTS if counts[v]]
    verdicts = f" ({', '.join(parts)})" if parts else ""
    atts = sum(len(r.attributions) for r in results)
    return (f"{len(results)} file(s), {figures} figure(s){verdicts}, "
            f"{unattributed} unattributed, {atts} attribution(s)")


def counts(results: list[FileResult]) -> list[tuple[str, list[tuple[str, int]]]]:
    """The summary tables: figures by verdict and findings by rule, each without its zero rows."""
    verdicts = Counter(v.status for r in results for v in r.verdicts if v)
    rules = Counter(f.rule.id for r in results for f in r.findings)
    return [("verdict", [(v, verdicts[v]) for v in VERDICTS if verdicts[v]]),
            ("finding", [(rid, rules[rid]) for rid in RULES if rules[rid]])]


def render(results: list[FileResult], color: bool = False) -> str:
    """The report; with `color`, the same lines styled for a terminal (rich is loaded only then)."""
    out: list[str] = []
    for result in results:
        out.extend(_file(result))
        out.append("")
    tables = [(title, rows) for title, rows in counts(results) if rows]
    if color:
        from .rich_text import render as render_rich

        return render_rich(out, tables, summary(results))
    for title, rows in tables:
        width = max(len(title), *(len(key) for key, _ in rows))
        out += [f"{title:<{width}}  count", *(f"{key:<{width}}  {n:>5}" for key, n in rows), ""]
    out.append(summary(results))
    return "\n".join(out) + "\n"
