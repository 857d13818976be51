"""The attribution audit (`factcheck attributions`): every attribution phrase of a file grouped by
its source, with counts, the figures each covers and the quotes it introduces; then the figures
nobody is credited with. Text or JSON (the JSON spans are those of docs/json-report.md)."""
from __future__ import annotations

import json

from ..document import LineIndex
from ..model import Attribution, FileResult
from ..normalize import fold
from .json_format import VERSION, _span


def _who(att: Attribution) -> str:
    """Who stands behind an attribution: who its source resolves to (a document's issuer, an
    implied subject, one person's several mentions: "Mr Ford" and "chairman Bill Ford" are Bill
    Ford, "the airline" the Ryanair named before), else its source as written; "(unnamed)" when
    the text does not say."""
    if att.resolved:
        return att.resolved
    return att.source.text if att.source else "(unnamed)"


def groups(result: FileResult) -> list[dict]:
    """Attribution indexes grouped by source (names compared after normalisation), most cited
    first, then in text order."""
    found: dict[str, dict] = {}
    for i, att in enumerate(result.attributions):
        who = _who(att)
        group = found.setdefault(fold(who), {"source": who, "types": [], "attributions": []})
        group["attributions"].append(i)
        if att.source_type not in group["types"]:
            group["types"].append(att.source_type)
    return sorted(found.values(), key=lambda g: -len(g["attributions"]))


def _file_dict(result: FileResult) -> dict:
    lines = LineIndex(result.text)

    def figure(n: int) -> dict:
        fig = result.figures[n]
        return {"index": n, **_span(fig, lines)}

    sources = []
    for group in groups(result):
        atts = [result.attributions[i] for i in group["attributions"]]
        sources.append({
            "source": group["source"], "source_types": group["types"], "count": len(atts),
            "loaded": sum(a.loaded for a in atts),
            "figures": sum(len(a.figures) for a in atts),
            "quotes": sum(q.speaker in group["attributions"] for q in result.quotes),
            "attributions": [{
                "index": i, "cue": _span(a.cue, lines), "source": _span(a.source, lines),
                "source_type": a.source_type, "resolved": a.resolved, "loaded": a.loaded,
                "figures": [figure(n) for n in a.figures],
            } for i, a in zip(group["attributions"], atts)],
        })
    return {
        "path": result.path, "language": result.language, "sources": sources,
        "unattributed": [figure(n) for n, f in enumerate(result.figures) if f.attribution is None],
        "quotes_without_speaker": sum(q.speaker is None for q in result.quotes),
    }


def render_json(results: list[FileResult]) -> str:
    report = {"version": VERSION, "files": [_file_dict(r) for r in results]}
    return json.dumps(report, ensure_ascii=False, allow_nan=False, indent=2) + "\n"


def render_text(results: list[FileResult]) -> str:
    out: list[str] = []
    for result in results:
        audit = _file_dict(result)
        count = sum(s["count"] for s in audit["sources"])
        out.append(f"{result.path} ({result.language}): {count} attribution(s) from {len(audit['sources'])} "
                   f"source(s); {len(audit['unattributed'])} of {len(result.figures)} figure(s) unattributed; "
                   f"{audit['quotes_without_speaker']} of {len(result.quotes)} quote(s) without speaker")
        for source in audit["sources"]:
            flags = f", {source['loaded']} loaded" if source["loaded"] else ""
            out.append(f"  {source['source']} ({', '.join(source['source_types'])}): {source['count']} "
                       f"attribution(s){flags}, {source['figures']} figure(s), {source['quotes']} quote(s)")
            for att in source["attributions"]:
                cue, src = att["cue"], att["source"]
                phrase = f"“{cue['text']}”" + (f" {src['text']}" if src else "")
                phrase += f" = {att['resolved']}" if att["resolved"] else ""
                figures = ", ".join(f"“{f['text']}”" for f in att["figures"])
                out.append(f"    {result.path}:{cue['line']}:{cue['column']}: {phrase}"
                           + (f" — {figures}" if figures else ""))
        if audit["unattributed"]:
            out.append("  unattributed: " + ", ".join(
                f"“{f['text']}” ({f['line']}:{f['column']})" for f in audit["unattributed"]))
        out.append("")
    return "\n".join(out)
