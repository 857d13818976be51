"""Findings: what a report flags, derived from a file's results, each under a rule id.

Formats that speak in rules and severities (SARIF, GitHub annotations, Markdown) read these;
the text, JSON and HTML reports show the whole result.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .model import VERDICTS, FileResult, Span, format_value


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: str            # SARIF level: error, warning, note
    title: str
    description: str
    verdict: str | None = None   # the verdict it reports, for --fail-on (a misquote is a contradiction)


RULES = {r.id: r for r in (
    Rule("figure/contradicted", "error", "Figure contradicted",
         "The figure disagrees with the reference store; the reference value and its source are given.",
         verdict="contradicted"),
    Rule("figure/outdated", "warning", "Figure out of date",
         "The figure matches a value that was superseded by the article's date.",
         verdict="outdated"),
    Rule("figure/unverified", "note", "Figure unverified",
         "No fact in the reference store matches the figure.",
         verdict="unverified"),
    Rule("figure/checked", "note", "Figure checked",
         "A person signed the figure off (factcheck signoff); who, when and the note are given.",
         verdict="checked"),
    Rule("claim/previously-checked", "warning", "Claim already fact-checked",
         "The sentence repeats a claim a fact-checker already rated (ClaimReview); the rating, the reviewer "
         "and the link are given."),
    Rule("signoff/stale", "warning", "Stale sign-off",
         "A sign-off no longer applies: the sentence of the figure it was given for has changed."),
    Rule("role/contradicted", "error", "Title contradicted",
         "The person never held the title given next to their name (or only took it later).",
         verdict="contradicted"),
    Rule("role/outdated", "warning", "Title out of date",
         "The person held the title given next to their name, but no longer at the article's date.",
         verdict="outdated"),
    Rule("attribution/unattributed", "note", "Unattributed figure",
         "Nobody is credited with the figure."),
    Rule("attribution/vague-source", "warning", "Vague source",
         "The figure or claim is credited to an unnamed collective (reports, data, it is believed)."),
    Rule("attribution/anonymous-source", "warning", "Anonymous source",
         "The claim is credited to an unnamed source."),
    Rule("attribution/loaded-verb", "warning", "Loaded verb",
         "The verb of attribution takes sides (زعم، ادعى، claimed)."),
    Rule("attribution/quote-without-speaker", "warning", "Quote without speaker",
         "Nobody is named as the speaker of the quotation."),
    Rule("quote/misquoted", "error", "Misquoted",
         "The quotation differs from the words of the statement in the reference store; the differences are given.",
         verdict="contradicted"),
    Rule("quote/misattributed", "error", "Misattributed quote",
         "The quotation matches a statement in the reference store made by another source than its speaker.",
         verdict="contradicted"),
    Rule("quote/unverified", "note", "Quote unverified",
         "No statement in the reference store has the quotation's words."),
    *(Rule(f"consistency/{name}", "warning", title, description, verdict="contradicted") for name, title, description in (
        ("sum", "Parts and total disagree", "A total and its breakdown do not add up."),
        ("percent-change", "Change does not fit", "A stated change (percent, points, amount, doubled) does not "
         "fit the values it goes from and to."),
        ("share", "Share does not fit", "A percentage or fraction of a whole disagrees with the two counts it "
         "relates."),
        ("percent-total", "Shares over 100%", "Shares of one whole add up to clearly more than 100%."),
        ("weekday", "Wrong weekday", "A weekday next to a date that falls on another weekday."),
        ("relative-date", "Wrong relative day", "“Yesterday”, “today” or “the day before yesterday” with a "
         "weekday that does not fit the article's date."),
        ("elapsed", "Elapsed time does not fit", "A duration or an age that does not fit the year it runs "
         "from and the article's date."),
        ("same-quantity", "Two values for one quantity", "The same quantity is given two different values, with "
         "no sign that it changed."),
    )),
)}


@dataclass(frozen=True, slots=True)
class Finding:
    rule: Rule
    level: str            # the rule's level, or the one the configuration gives it
    message: str
    start: int
    end: int
    text: str
    related: tuple[Span, ...] = ()    # other places the finding involves (a consistency check's figures)


def _figure_message(result: FileResult, i: int) -> str:
    fig, verdict = result.figures[i], result.verdicts[i]
    msg = f"“{fig.text}”: {verdict.status}"
    if verdict.reference is not None:
        ref = verdict.reference
        msg += f"; reference {format_value(ref.value, ref.unit)} ({ref.fact_id}, {ref.source.publisher}"
        msg += f", {ref.source.url})" if ref.source.url else ")"
    if verdict.reason:
        msg += f". {verdict.reason}"
    return msg


def findings(result: FileResult, levels: dict[str, str] | None = None,
             suppressed: Callable[[int, str], bool] | None = None) -> list[Finding]:
    """Everything worth flagging in one file, in text order. `levels` overrides rule levels
    (a level "off" drops the rule); `suppressed(offset, rule_id)` drops inline-ignored ones."""
    levels = levels or {}
    out: list[Finding] = []

    def add(rule: Rule, message: str, start: int, end: int, text: str, related: tuple[Span, ...] = ()) -> None:
        level = levels.get(rule.id, rule.level)
        if level != "off" and not (suppressed and suppressed(start, rule.id)):
            out.append(Finding(rule, level, message, start, end, text, related))

    for i, (fig, verdict) in enumerate(zip(result.figures, result.verdicts)):
        if verdict is not None and verdict.status != "supported":
            rule = RULES[f"figure/{verdict.status}"]
            add(rule, _figure_message(result, i), fig.start, fig.end, fig.text)
        if fig.attribution is None:
            add(RULES["attribution/unattributed"], f"“{fig.text}” is not attributed to anyone",
                fig.start, fig.end, fig.text)
    for c in result.claims:
        add(RULES["claim/previously-checked"], f"repeats a claim {c.reviewer} rated “{c.rating}”: “{c.claim}” ({c.url})",
            c.span.start, c.span.end, c.span.text)
    for s in result.stale:
        at = next((f for f in result.figures if f.text == s.figure), None)
        start, end, text = (at.start, at.end, at.text) if at else (0, 0, "")
        add(RULES["signoff/stale"], f"the sign-off of “{s.figure}” by {s.by} ({s.date.isoformat()}) no longer applies: "
            f"its sentence changed (it was: {s.sentence})", start, end, text)
    for att in result.attributions:
        span = att.source or att.cue
        if att.source_type in ("vague", "anonymous"):
            rule = RULES[f"attribution/{att.source_type}-source"]
            add(rule, f"{rule.title.lower()}: “{span.text}”", span.start, span.end, span.text)
        if att.loaded:
            add(RULES["attribution/loaded-verb"], f"loaded verb “{att.cue.text}”",
                att.cue.start, att.cue.end, att.cue.text)
    for quote in result.quotes:
        if quote.speaker is None:
            add(RULES["attribution/quote-without-speaker"], f"“{quote.text}” has no speaker",
                quote.start, quote.end, quote.text)
        if quote.verdict in ("misquoted", "misattributed", "unverified"):
            add(RULES[f"quote/{quote.verdict}"], f"“{quote.text}”: {quote.verdict}. {quote.reason}",
                quote.start, quote.end, quote.text)
    for role in result.roles:
        if role.verdict in ("outdated", "contradicted"):
            add(RULES[f"role/{role.verdict}"], f"“{role.title.text}” for {role.person.text}: {role.verdict}. "
                f"{role.reason}", role.title.start, role.title.end, role.title.text)
    for item in result.consistency:
        add(RULES[item.rule], f"“{item.span.text}”: {item.message}", item.span.start, item.span.end,
            item.span.text, item.related)
    out.sort(key=lambda f: (f.start, f.rule.id))
    return out


SHOW = ("all", "problems")
PROBLEMS = ("error", "warning")     # the levels `--show problems` lists


@dataclass(frozen=True, slots=True)
class View:
    """What a report of one file lists, from the same findings as the exit status: an item whose
    rule is off or ignored inline is not listed (a figure without its verdict then); with
    `show="problems"`, only items with a finding at level error or warning are."""
    findings: tuple[Finding, ...]
    figures: tuple[bool, ...]           # per figure: listed with its verdict
    unattributed: frozenset[int]        # figures whose "attributed to nobody" is reported
    attributions: tuple[bool, ...]
    quotes: tuple[bool, ...]
    roles: tuple[bool, ...]
    consistency: tuple[bool, ...]


def view(result: FileResult, show: str | None = None) -> View:
    """The View of a result, for `show` (default: the result's own `show`)."""
    problems = (show or result.show) == "problems"
    shown = tuple(f for f in _of(result) if not problems or f.level in PROBLEMS)
    keys = {(f.rule.id, f.start) for f in shown}

    def listed(rule: str | None, start: int) -> bool:
        return not problems if rule is None else (rule, start) in keys

    figures = tuple(listed(None if v is None or v.status == "supported" else f"figure/{v.status}", f.start)
                    for f, v in zip(result.figures, result.verdicts))
    unattributed = frozenset(i for i, f in enumerate(result.figures)
                             if f.attribution is None and ("attribution/unattributed", f.start) in keys)
    attributions = tuple(not problems or any((rid, s.start) in keys for rid, s in (
        ("attribution/vague-source", a.source or a.cue), ("attribution/anonymous-source", a.source or a.cue),
        ("attribution/loaded-verb", a.cue))) for a in result.attributions)
    quotes = tuple(listed(None if q.verdict in (None, "supported") else f"quote/{q.verdict}", q.start)
                   or ("attribution/quote-without-speaker", q.start) in keys for q in result.quotes)
    roles = tuple(listed(None if r.verdict in ("supported", "unverified") else f"role/{r.verdict}", r.title.start)
                  for r in result.roles)
    consistency = tuple((c.rule, c.span.start) in keys for c in result.consistency)
    return View(shown, figures, unattributed, attributions, quotes, roles, consistency)


def fails(result: FileResult, fail_on: str) -> bool:
    """Whether a reported (not switched off, not suppressed) figure, title, quote or inconsistency
    has a verdict at or above `fail_on` (an article that contradicts itself counts as contradicted)."""
    if fail_on == "never":
        return False
    worst = VERDICTS.index(fail_on)
    return any(f.rule.verdict and VERDICTS.index(f.rule.verdict) >= worst for f in _of(result))


def _of(result: FileResult) -> list[Finding]:
    """A result's findings: those the pipeline worked out with the run's rule levels, else (a
    result built by hand) those of the default levels."""
    return findings(result) if result.findings is None else result.findings
