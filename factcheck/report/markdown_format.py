"""A Markdown claims table, fit for a pull-request comment or a GitHub step summary."""
from __future__ import annotations

from collections import Counter

from ..document import LineIndex
from ..model import VERDICTS, FileResult, format_value

ICONS = {"supported": "✅", "contradicted": "❌", "outdated": "🕰️", "unverified": "❔"}


def cell(text: str) -> str:
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")
            .replace("<", "&lt;").replace(">", "&gt;"))


def render(results: list[FileResult]) -> str:
    counts = Counter(v.status for r in results for v in r.verdicts if v)
    total = sum(len(r.figures) for r in results)
    out = ["## factcheck", ""]
    out.append(f"{total} figure(s) in {len(results)} file(s): "
               + (", ".join(f"{ICONS[v]} {counts[v]} {v}" for v in VERDICTS if counts[v]) or "none checked"))
    out.append("")
    for result in results:
        if not result.figures:
            continue
        lines = LineIndex(result.text)
        out += [f"### `{cell(result.path)}` ({result.language}, {result.date.isoformat()})", "",
                "| Line | Figure | Verdict | Reference | Source | Attributed to |",
                "|---:|---|---|---|---|---|"]
        for fig, verdict in zip(result.figures, result.verdicts):
            line, col = lines.position(fig.start)
            status = f"{ICONS[verdict.status]} {verdict.status}" if verdict else fig.kind
            ref = verdict.reference if verdict else None
            reference = format_value(ref.value, ref.unit) if ref else ""
            source = ""
            if ref:
                source = cell(ref.source.publisher)
                if ref.source.url and ref.source.url.startswith(("https://", "http://")):
                    source = f"[{source}]({ref.source.url.replace(')', '%29').replace(' ', '%20')})"
            if fig.attribution is None:
                who = "—"
            else:
                att = result.attributions[fig.attribution]
                who = cell(att.source.text if att.source else att.resolved or "(implied)")
            out.append(f"| {line}:{col} | {cell(fig.text)} | {status} | {cell(reference)} | {source} | {who} |")
        out.append("")
    return "\n".join(out) + "\n"
