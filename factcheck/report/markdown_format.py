"""A Markdown claims table, fit for a pull-request comment or a GitHub step summary."""
from __future__ import annotations

from urllib.parse import quote

import regex

from ..document import LineIndex
from ..model import VERDICTS, FileResult, format_value
from .text_format import Tally, clean

ICONS = {"supported": "✅", "contradicted": "❌", "outdated": "🕰️", "unverified": "❔"}
_PUNCTUATION = regex.compile(r"[!-/:-@\[-`{-~]")      # ASCII punctuation: each can be escaped


def cell(text: str) -> str:
    """Text as literal Markdown on one line (a table cell): every ASCII punctuation character
    escaped, so that nothing in it makes a link, an image, markup or a new cell, control
    characters as spaces."""
    return _PUNCTUATION.sub(r"\\\g<0>", clean(text))


def link(text: str, url: str) -> str:
    """A Markdown link to an http(s) URL (its target percent-encoded: no space, quote, bracket or
    pipe left to end it), or the text alone for another URL."""
    if not url.startswith(("https://", "http://")):
        return cell(text)
    return f"[{cell(text)}]({quote(url, safe='/:?#@!$&*+,;=%~')})"


def heading(tally: Tally) -> list[str]:
    counts = tally.verdicts
    inconsistencies = f"; ⚠️ {tally.inconsistencies} inconsistenc{'y' if tally.inconsistencies == 1 else 'ies'}" \
        if tally.inconsistencies else ""
    return ["## factcheck", "",
            f"{tally.figures} figure(s) in {tally.files} file(s): "
            + (", ".join(f"{ICONS[v]} {counts[v]} {v}" for v in VERDICTS if counts[v]) or "none checked")
            + inconsistencies, ""]


def table(result: FileResult) -> list[str]:
    """The claims table of a file, under its heading, and its inconsistencies; nothing for a file
    without figures."""
    if not result.figures and not result.consistency:
        return []
    lines = LineIndex(result.text)
    out = [f"### {cell(result.path)} ({result.language}, {result.date.isoformat()})", ""]
    if result.figures:
        out += ["| Line | Figure | Verdict | Reference | Source | Attributed to |", "|---:|---|---|---|---|---|"]
    for fig, verdict in zip(result.figures, result.verdicts):
        line, col = lines.position(fig.start)
        status = f"{ICONS[verdict.status]} {verdict.status}" if verdict else fig.kind
        ref = verdict.reference if verdict else None
        reference = format_value(ref.value, ref.unit) if ref else ""
        source = link(ref.source.publisher, ref.source.url or "") if ref else ""
        if fig.attribution is None:
            who = "—"
        else:
            att = result.attributions[fig.attribution]
            who = cell(att.source.text if att.source else att.resolved or "(implied)")
        out.append(f"| {line}:{col} | {cell(fig.text)} | {status} | {cell(reference)} | {source} | {who} |")
    if result.figures:
        out.append("")
    if result.consistency:
        out += ["| Line | Inconsistency | Text | Against | Expected |", "|---:|---|---|---|---|"]
        for item in result.consistency:
            line, col = lines.position(item.span.start)
            against = ", ".join(f"{cell(r.text)} ({':'.join(map(str, lines.position(r.start)))})" for r in item.related)
            out.append(f"| {line}:{col} | ⚠️ {cell(item.rule)} | {cell(item.span.text)} | {against or '—'} | "
                       f"{cell(item.expected)} |")
        out.append("")
    return out


def render(results: list[FileResult]) -> str:
    return "\n".join(heading(Tally(results)) + [line for result in results for line in table(result)]) + "\n"
