"""A Markdown claims table, fit for a pull-request comment or a GitHub step summary."""
from __future__ import annotations

from urllib.parse import quote

import regex

from ..document import LineIndex
from ..findings import view
from ..model import VERDICTS, FileResult, format_value
from .text_format import Tally, clean

ICONS = {"checked": "☑️", "supported": "✅", "contradicted": "❌", "outdated": "🕰️", "unverified": "❔",
         "error": "❌", "warning": "⚠️", "note": "ℹ️"}
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
    shown = view(result)
    figures = [(i, f, v) for i, (f, v) in enumerate(zip(result.figures, result.verdicts)) if shown.figures[i]]
    inconsistent = [c for c, listed in zip(result.consistency, shown.consistency) if listed]
    problems = [f for f in shown.findings  # the tables above show figures, their attribution, inconsistencies
                if not f.rule.id.startswith(("figure/", "consistency/", "attribution/unattributed"))]
    if not figures and not inconsistent and not problems:
        return []
    lines = LineIndex(result.text)
    out = [f"### {cell(result.path)} ({result.language}, {result.date.isoformat()})", ""]
    if figures:
        out += ["| Line | Figure | Verdict | Reference | Source | Attributed to |", "|---:|---|---|---|---|---|"]
    for i, fig, verdict in figures:
        line, col = lines.position(fig.start)
        status = f"{ICONS[verdict.status]} {verdict.status}" if verdict else fig.kind
        ref = verdict.reference if verdict else None
        reference = format_value(ref.value, ref.unit) if ref else ""
        source = link(ref.source.publisher, ref.source.url or "") if ref else ""
        if fig.attribution is None:
            who = "nobody ⚠️" if i in shown.unattributed else "—"
        else:
            att = result.attributions[fig.attribution]
            who = cell(att.source.text if att.source else att.resolved or "(implied)")
        out.append(f"| {line}:{col} | {cell(fig.text)} | {status} | {cell(reference)} | {source} | {who} |")
    if figures:
        out.append("")
    if inconsistent:
        out += ["| Line | Inconsistency | Text | Against | Expected |", "|---:|---|---|---|---|"]
        for item in inconsistent:
            line, col = lines.position(item.span.start)
            against = ", ".join(f"{cell(r.text)} ({':'.join(map(str, lines.position(r.start)))})" for r in item.related)
            out.append(f"| {line}:{col} | ⚠️ {cell(item.rule)} | {cell(item.span.text)} | {against or '—'} | "
                       f"{cell(item.expected)} |")
        out.append("")
    if problems:        # quotes, titles, attributions: each under its rule
        out += ["| Line | Finding | Text | Details |", "|---:|---|---|---|"]
        for f in problems:
            line, col = lines.position(f.start)
            out.append(f"| {line}:{col} | {ICONS.get(f.level, '')} {cell(f.rule.title)} | {cell(f.text)} | {cell(f.message)} |")
        out.append("")
    return out


def render(results: list[FileResult]) -> str:
    return "\n".join(heading(Tally(results)) + [line for result in results for line in table(result)]) + "\n"
