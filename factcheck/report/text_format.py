"""The plain-text report: one line per figure in `file:line:column: verdict` form, then details."""
from __future__ import annotations

from collections import Counter

from ..document import LineIndex
from ..model import VERDICTS, FileResult, Reference, format_value


def _reference(ref: Reference) -> str:
    src = ref.source
    parts = [f"{format_value(ref.value, ref.unit)}"]
    if ref.as_of:
        parts.append(f"as of {ref.as_of.isoformat()}")
    origin = src.publisher + (f" ({src.published.isoformat()})" if src.published else "")
    if src.url:
        origin += f" {src.url}"
    return " ".join(parts) + f" [{ref.fact_id}] — {origin}"


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
            who = att.source.text if att.source else "(implied)"
            if att.resolved:
                who += f" = {att.resolved}"
            out.append(f"    attributed to: {who} ({att.source_type}, cue “{att.cue.text}”)")
    for att in result.attributions:
        line, col = lines.position(att.cue.start)
        who = att.source.text if att.source else "(implied)"
        if att.resolved:
            who += f" = {att.resolved}"
        flags = ", loaded verb" if att.loaded else ""
        out.append(f"{result.path}:{line}:{col}: attribution: “{att.cue.text}” {who} "
                   f"({att.source_type}{flags}), {len(att.figures)} figure(s)")
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


def render(results: list[FileResult]) -> str:
    out: list[str] = []
    for result in results:
        out.extend(_file(result))
        out.append("")
    out.append(summary(results))
    return "\n".join(out) + "\n"
