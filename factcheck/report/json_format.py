"""The JSON report: a versioned contract documented in docs/json-report.md."""
from __future__ import annotations

import json
from dataclasses import asdict

from ..document import LineIndex
from ..findings import view
from ..model import Attribution, Figure, FileResult, Inconsistency, Quote, Reference, Role, Span, Value, Verdict

VERSION = "1.1"


def _number(value: Value) -> Value:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, (list, tuple)):
        return [_number(v) for v in value]
    return value


def _reference(ref: Reference) -> dict:
    source = asdict(ref.source)
    if source["published"] is not None:
        source["published"] = source["published"].isoformat()
    return {
        "fact": ref.fact_id,
        "value": _number(ref.value),
        "unit": ref.unit,
        "as_of": ref.as_of.isoformat() if ref.as_of else None,
        "source": source,
        "matched": ref.matched,
        "score": round(ref.score, 1),
    }


def _place(start: int, end: int, lines: LineIndex) -> dict:
    """A span's offsets, line and column in the file."""
    line, column = lines.position(start)
    return {"start": lines.start + start, "end": lines.start + end, "line": line, "column": column}


def _figure(fig: Figure, verdict: Verdict | None, lines: LineIndex) -> dict:
    out = {
        "text": fig.text, **_place(fig.start, fig.end, lines),
        "kind": fig.kind, "value": _number(fig.value), "unit": fig.unit,
        "qualifier": fig.qualifier, "subject": fig.subject, "attribution": fig.attribution,
    }
    if fig.calendar:
        out["calendar"] = fig.calendar
    if verdict is not None:
        out["verdict"] = verdict.status
        out["reason"] = verdict.reason
        if verdict.reference is not None:
            out["reference"] = _reference(verdict.reference)
        if verdict.alternatives:
            out["alternatives"] = [_reference(r) for r in verdict.alternatives]
        if verdict.signoff is not None:
            s = verdict.signoff
            out["checked"] = {"by": s.by, "date": s.date.isoformat(), "note": s.note or None, "source": s.source or None}
    return out


def _span(span: Span | None, lines: LineIndex) -> dict | None:
    if span is None:
        return None
    return {"text": span.text, **_place(span.start, span.end, lines)}


def _attribution(att: Attribution, lines: LineIndex) -> dict:
    return {
        "cue": _span(att.cue, lines), "source": _span(att.source, lines),
        "source_type": att.source_type, "resolved": att.resolved, "loaded": att.loaded,
        "figures": list(att.figures),
    }


def _quote(quote: Quote, lines: LineIndex, verdict: bool = True) -> dict:
    out = {"text": quote.text, **_place(quote.start, quote.end, lines), "speaker": quote.speaker}
    if quote.verdict is not None and verdict:
        out["verdict"] = quote.verdict
        out["reason"] = quote.reason
        ref = quote.reference
        if ref is not None:
            out["reference"] = {
                "statement": ref.statement_id, "source": ref.source,
                "date": ref.date.isoformat() if ref.date else None, "url": ref.url,
                "matched": ref.matched, "score": round(ref.score, 1),
                "changes": [{"quoted": q, "stated": s} for q, s in ref.changes],
            }
    return out


def _role(role: Role, lines: LineIndex) -> dict:
    out = {"text": role.text, **_place(role.start, role.end, lines),
           "person": role.person.text, "title": role.title.text, "verdict": role.verdict, "reason": role.reason}
    ref = role.reference
    if ref is not None:
        source = asdict(ref.source)
        source["published"] = source["published"] and source["published"].isoformat()
        out["reference"] = {"person": ref.person_id, "office": ref.office, "country": ref.country,
                            "from": ref.start.isoformat(), "to": ref.end and ref.end.isoformat(),
                            "source": source}
    return out


def _inconsistency(item: Inconsistency, lines: LineIndex) -> dict:
    return {"rule": item.rule, **_span(item.span, lines),
            "related": [{"text": r.text, "start": lines.start + r.start, "end": lines.start + r.end} for r in item.related],
            "expected": item.expected, "message": item.message}


def file_dict(result: FileResult, lines: LineIndex | None = None) -> dict:
    """A file's entry of the report; `lines` places the result's text in the file."""
    lines = lines or LineIndex(result.text)
    shown = view(result, "all")       # the whole result, but what a rule set off or an inline ignore silences
    return {
        "path": result.path,
        "language": result.language,
        "date": result.date.isoformat(),
        "date_from": result.date_from,
        "title": result.title,
        "figures": [_figure(f, v if listed else None, lines)
                    for f, v, listed in zip(result.figures, result.verdicts, shown.figures)],
        "attributions": [_attribution(a, lines) for a in result.attributions],
        "quotes": [_quote(q, lines, listed) for q, listed in zip(result.quotes, shown.quotes)],
        "roles": [_role(r, lines) for r, listed in zip(result.roles, shown.roles) if listed],
        "consistency": [_inconsistency(c, lines) for c in result.consistency],
        "claims": [{**_span(c.span, lines), "claim": c.claim, "rating": c.rating, "reviewer": c.reviewer,
                    "url": c.url, "date": c.date and c.date.isoformat(), "author": c.author or None, "score": c.score}
                   for c in result.claims],
        "stale_signoffs": [{"figure": s.figure, "sentence": s.sentence, "by": s.by, "date": s.date.isoformat()}
                           for s in result.stale],
    }


def render(results: list[FileResult]) -> str:
    report = {"version": VERSION, "files": [file_dict(r) for r in results]}
    return json.dumps(report, ensure_ascii=False, allow_nan=False, indent=2) + "\n"


def line(result: FileResult, lines: LineIndex | None = None) -> str:
    """A file's entry (or a section's, placed in its file by `lines`) on one line of JSON Lines."""
    return json.dumps(file_dict(result, lines), ensure_ascii=False, allow_nan=False) + "\n"


def render_lines(results: list[FileResult]) -> str:
    """JSON Lines: the entry of each file on a line of its own."""
    return "".join(line(result) for result in results)
