"""The HTML report: one self-contained page (docs/html-report.md).

Everything taken from an article or the reference store is escaped; the only script and style are
the constants below, allowed by hash in the page's Content-Security-Policy.
"""
from __future__ import annotations

import base64
import dataclasses
import functools
import hashlib
import html
import json
from collections import Counter

import regex

from ..document import body_start
from ..findings import view
from ..model import VERDICTS, Figure, FileResult, Inconsistency, Quote, Reference, Role, Verdict, format_value
from ..rules import language, languages, rule_files
from .json_format import VERSION, file_dict
from .text_format import summary

STATUSES = (*VERDICTS, "extracted", "inconsistent")  # a figure without a verdict; a consistency finding
_LINE_BREAK = regex.compile(r"\r\n|\r|\n")

_CSS_START = """
:root { --supported: #1b7f3b; --contradicted: #c62828; --outdated: #b26a00;
  --unverified: #6a5acd; --extracted: #5f6b7a; --inconsistent: #ad1457; --checked: #00796b; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 76rem; padding: 1rem 1.5rem 3rem; color: #1d232b;
  font: 16px/1.55 system-ui, "Noto Sans", "DejaVu Sans", sans-serif; }
h1 { font-size: 1.4rem; margin: .2rem 0; }
h2 { font-size: 1.15rem; margin: 0 0 .3rem; overflow-wrap: anywhere; }
.total { color: #4a5560; margin: 0 0 .8rem; }
.filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: .5rem .8rem;
  border: 1px solid #d5dbe1; border-radius: 6px; background: #f6f8fa; }
.filters legend { font-weight: 600; padding: 0 .3rem; }
.file { border-top: 2px solid #d5dbe1; margin-top: 1.5rem; padding-top: 1rem; }
.meta { color: #4a5560; margin: 0 0 .5rem; }
.summary { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; margin: 0 0 1rem; padding: 0; }
.summary li { border: 1px solid #d5dbe1; border-radius: 1rem; padding: .05rem .7rem; }
.layout { display: grid; grid-template-columns: minmax(0, 1fr) 24rem; gap: 1.5rem; align-items: start; }
article { font-size: 1.1rem; line-height: 2; }
article h2 { line-height: 1.4; margin-bottom: .6rem; }
"""
# then each pack's article `style` (language.yaml), then:
_CSS_END = """article p { margin: 0 0 .9rem; }
.fig { color: inherit; white-space: nowrap; border-radius: 3px; padding: 0 .1em; cursor: pointer;
  border-bottom: 3px solid var(--c); background: color-mix(in srgb, var(--c) 16%, white);
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
.fig:focus, .fig.active { outline: 2px solid var(--c); outline-offset: 1px; }
.v-supported { --c: var(--supported); } .v-contradicted { --c: var(--contradicted); }
.v-outdated { --c: var(--outdated); } .v-unverified { --c: var(--unverified); }
.v-extracted { --c: var(--extracted); } .v-inconsistent { --c: var(--inconsistent); }
.v-checked { --c: var(--checked); }
.fig.flagged { outline: 2px dashed var(--inconsistent); outline-offset: 1px; }
q.fig { white-space: normal; border-bottom-style: dotted; } q.fig::before, q.fig::after { color: #4a5560; }
.fig.role { border-bottom-style: double; }
.detail .incon { border-inline-start: 4px solid var(--inconsistent); padding-inline-start: .5rem; margin-top: .5rem; }
.cue { text-decoration: underline dotted #0b62a4 2px; text-underline-offset: .35em; }
.src { background: #e6f0fa; box-shadow: inset 0 -1px #0b62a4; }
.cue.loaded { text-decoration-color: #c62828; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--c); }
.legend { color: #4a5560; font-size: .9rem; }
.details { position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto;
  border: 1px solid #d5dbe1; border-radius: 6px; padding: .7rem .9rem; background: #fbfcfd; }
.details h3 { font-size: 1.05rem; margin: 0 0 .4rem; }
.details h4 { font-size: .95rem; margin: .6rem 0 .2rem; }
.detail { border-inline-start: 4px solid var(--c); padding-inline-start: .6rem; }
.detail dl { display: grid; grid-template-columns: auto 1fr; gap: .15rem .7rem; margin: 0; }
.detail dt { color: #4a5560; } .detail dd { margin: 0; overflow-wrap: anywhere; }
.detail .status { color: var(--c); font-weight: 700; text-transform: uppercase; }
.hint { color: #4a5560; margin: 0; }
.findings { margin: 0 0 1rem; padding-inline-start: 1.2rem; }
.findings li { margin: .15rem 0; } .findings .level { font-weight: 700; text-transform: uppercase; }
.findings .error .level { color: var(--contradicted); } .findings .warning .level { color: var(--outdated); }
@media (max-width: 60rem) { .layout { grid-template-columns: 1fr; } .details { position: static; } }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  .filters, .hint { display: none; }
  .layout { display: block; }
  .details { position: static; max-height: none; overflow: visible; border: 0; padding: 0; background: none; }
  .detail, .detail[hidden] { display: block; margin: 0 0 .6rem; break-inside: avoid; }
  .fig::after { content: " [" attr(data-n) "]"; font-size: .7em; vertical-align: super; }
  .file { break-before: page; border: 0; } .file:first-of-type { break-before: auto; }
}
""" + "".join(f".hide-{s} .fig.v-{s} {{ background: none; border-bottom-color: transparent; }}\n"
              f"@media print {{ .hide-{s} .detail.v-{s} {{ display: none; }} }}\n" for s in STATUSES)

SCRIPT = """
"use strict";
for (const detail of document.querySelectorAll(".detail")) detail.hidden = true;
for (const hint of document.querySelectorAll(".hint")) hint.hidden = false;
for (const box of document.querySelectorAll(".filters input")) {
  box.addEventListener("change", () => document.body.classList.toggle("hide-" + box.value, !box.checked));
}
function showDetail(event) {
  const fig = event.target.closest && event.target.closest(".fig");
  if (!fig) return;
  const file = fig.closest(".file");
  for (const other of file.querySelectorAll(".fig.active")) other.classList.remove("active");
  fig.classList.add("active");
  const id = fig.getAttribute("aria-controls");
  for (const detail of file.querySelectorAll(".detail")) detail.hidden = detail.id !== id;
  document.getElementById(id).scrollIntoView({block: "nearest"});
  file.querySelector(".hint").hidden = true;
}
document.addEventListener("click", showDetail);
document.addEventListener("focusin", showDetail);
"""


def _hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"


@functools.lru_cache(maxsize=1)
def _style() -> tuple[str, str]:
    """The page's style sheet (with the article style of each language pack that has one) and its
    Content-Security-Policy, which allows that style sheet and the script by their hashes."""
    css = _CSS_START + "".join(f'article[lang="{lang}"] {{ {language(lang)["style"]} }}\n'
                        for lang in languages() if language(lang).get("style")) + _CSS_END
    return css, (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(SCRIPT)}; "
                 "base-uri 'none'; form-action 'none'")


def esc(value: object) -> str:
    return html.escape(str(value), quote=True)


@functools.lru_cache(maxsize=None)
def _labels(lang: str) -> dict[str, str]:
    """The page's labels in an article's language (rules/<lang>/labels.yaml)."""
    return {k: str(v) for _, data in rule_files(lang, "report") for k, v in (data.get("labels") or {}).items()}


def label(lang: str, key: str) -> str:
    """A label in the article's language (escaped), or the key itself."""
    return esc(_labels(lang).get(key, key))


def _status(verdict: Verdict | None) -> str:
    """The verdict (escaped: it lands in class names), or "extracted" without one."""
    return esc(verdict.status) if verdict else "extracted"


def _link(url: str) -> str:
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{esc(url)}" rel="noopener noreferrer" target="_blank">{esc(url)}</a>'
    return f"<code>{esc(url)}</code>"


def _dl(rows: list[tuple[str, str | None]], lang: str = "en") -> str:
    return "<dl>" + "".join(f"<dt>{label(lang, k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _reference(title: str, ref: Reference, lang: str = "en") -> str:
    src = ref.source
    published = f" ({esc(src.published.isoformat())})" if src.published else ""
    return f"<h4>{label(lang, title)}</h4>" + _dl([
        ("value", esc(format_value(ref.value, ref.unit))),
        ("as of", ref.as_of and esc(ref.as_of.isoformat())),
        ("source", f"<bdi>{esc(src.publisher)}</bdi>{published}"), ("link", src.url and _link(src.url)),
        ("fact", f"<code>{esc(ref.fact_id)}</code>"),
        ("matched", ref.matched and f"<bdi>{esc(ref.matched)}</bdi>")], lang)


def _fid(index: int, j: int) -> str:
    """The id of the j-th figure of the index-th file; its details are the same id plus "-d"."""
    return f"f{index}-{j}"


def _cid(index: int, k: int) -> str:
    """The id of the k-th inconsistency of the index-th file (a highlighted word that is no figure)."""
    return f"c{index}-{k}"


def _incon(result: FileResult, index: int, item: Inconsistency) -> str:
    """An inconsistency's part of a detail: the rule, what disagrees, a link to each related span."""
    ids = {(f.start, f.end): _fid(index, j) for j, f in enumerate(result.figures)}
    ids.update({(c.span.start, c.span.end): _cid(index, k) for k, c in enumerate(result.consistency)
                if (c.span.start, c.span.end) not in ids})
    related = ", ".join(f'<a href="#{ids[r.start, r.end]}"><bdi>{esc(r.text)}</bdi></a>' if (r.start, r.end) in ids
                        else f"<bdi>{esc(r.text)}</bdi>" for r in item.related)
    return (f'<div class="incon"><h4>{esc(item.rule)}</h4>'
            + _dl([("message", esc(item.message)), ("against", related), ("expected", f"<bdi>{esc(item.expected)}</bdi>")],
                  result.language)
            + "</div>")


def _flags(result: FileResult, fig: Figure) -> list[Inconsistency]:
    return [c for c in result.consistency if fig.start <= c.span.start and c.span.end <= fig.end]


def _detail(result: FileResult, index: int, j: int, fig: Figure, verdict: Verdict | None) -> str:
    status, lang = _status(verdict), result.language
    qualifier = fig.qualifier and esc(fig.qualifier)
    if qualifier and fig.qualifier_text:
        qualifier += f" (<bdi>{esc(fig.qualifier_text)}</bdi>)"
    rows = [("verdict", verdict and f'<span class="status">{label(lang, status)}</span>'),
            ("reason", verdict and esc(verdict.reason)),
            ("kind", esc(fig.kind)), ("value", esc(format_value(fig.value, fig.unit))),
            ("qualifier", qualifier), ("subject", fig.subject and f"<bdi>{esc(fig.subject)}</bdi>")]
    if fig.attribution is None:
        rows.append(("attributed to", label(lang, "nobody")))
    else:
        att = result.attributions[fig.attribution]
        who = f"<bdi>{esc(att.source.text)}</bdi>" if att.source else "(implied)"
        if att.resolved:
            who += f" = <bdi>{esc(att.resolved)}</bdi>"
        rows.append(("attributed to", f"{who} ({esc(att.source_type)}, cue <bdi>{esc(att.cue.text)}</bdi>)"))
    refs = [_reference("reference", verdict.reference, lang)] if verdict and verdict.reference else []
    refs += [_reference("also fits", alt, lang) for alt in (verdict.alternatives if verdict else ())]
    refs += [_incon(result, index, item) for item in _flags(result, fig)]
    return (f'<div class="detail v-{status}" id="{_fid(index, j)}-d">'
            f'<h3>[{j + 1}] <bdi>{esc(fig.text)}</bdi></h3>'
            f'{_dl(rows, lang)}{"".join(refs)}</div>')


def _quote_status(quote: Quote) -> str:
    return {"supported": "supported", "misquoted": "contradicted", "misattributed": "contradicted",
            "unverified": "unverified"}.get(quote.verdict or "", "extracted")


def _quote_detail(result: FileResult, index: int, k: int, quote: Quote) -> str:
    lang, ref = result.language, quote.reference
    att = result.attributions[quote.speaker] if quote.speaker is not None else None
    who = label(lang, "nobody") if att is None else f"<bdi>{esc(att.described())}</bdi>"
    changes = ref and "; ".join(f"“<bdi>{esc(q)}</bdi>” ≠ “<bdi>{esc(s)}</bdi>”" for q, s in ref.changes)
    rows = [("verdict", quote.verdict and f'<span class="status">{label(lang, quote.verdict)}</span>'),
            ("reason", quote.reason and esc(quote.reason)), ("speaker", who), ("differs", changes or None),
            ("statement", ref and (ref.url and _link(ref.url) or f"<code>{esc(ref.statement_id)}</code>"))]
    return (f'<div class="detail v-{_quote_status(quote)}" id="q{index}-{k}-d">'
            f'<h3>“<bdi>{esc(quote.text[:80])}</bdi>{"…" if len(quote.text) > 80 else ""}”</h3>{_dl(rows, lang)}</div>')


def _role_detail(result: FileResult, index: int, k: int, role: Role) -> str:
    lang, ref = result.language, role.reference
    rows = [("verdict", f'<span class="status">{label(lang, role.verdict)}</span>'), ("reason", esc(role.reason)),
            ("person", f"<bdi>{esc(role.person.text)}</bdi>"), ("title", f"<bdi>{esc(role.title.text)}</bdi>"),
            ("office", ref and f"<bdi>{esc(ref.office)}</bdi>"),
            ("source", ref and f"<bdi>{esc(ref.source.publisher)}</bdi>"), ("link", ref and ref.source.url and _link(ref.source.url))]
    return (f'<div class="detail v-{esc(role.verdict)}" id="r{index}-{k}-d">'
            f'<h3><bdi>{esc(role.title.text)}</bdi></h3>{_dl(rows, lang)}</div>')


def _incon_detail(result: FileResult, index: int, k: int, item: Inconsistency) -> str:
    return (f'<div class="detail v-inconsistent" id="{_cid(index, k)}-d">'
            f'<h3><bdi>{esc(item.span.text)}</bdi></h3>{_incon(result, index, item)}</div>')


def _words(result: FileResult) -> list[int]:
    """The inconsistencies whose span is no figure (a weekday, "doubled"): highlighted on their own."""
    return [k for k, c in enumerate(result.consistency)
            if not any(f.start <= c.span.start and c.span.end <= f.end for f in result.figures)]


def _owners(result: FileResult) -> list[tuple[str, int] | None]:
    """Which span each character belongs to: figures win over attribution cues and sources."""
    owner: list[tuple[str, int] | None] = [None] * len(result.text)
    for i, att in enumerate(result.attributions):
        for kind, span in (("cue", att.cue), ("src", att.source)):
            if span is not None:
                owner[span.start:span.end] = [(kind, i)] * (span.end - span.start)
    for j, fig in enumerate(result.figures):
        owner[fig.start:fig.end] = [("fig", j)] * (fig.end - fig.start)
    for k in _words(result):
        span = result.consistency[k].span
        owner[span.start:span.end] = [("inc", k)] * (span.end - span.start)
    for k, role in enumerate(result.roles):
        span = role.title
        if all(o is None or o[0] in ("cue", "src") for o in owner[span.start:span.end]):
            owner[span.start:span.end] = [("role", k)] * (span.end - span.start)
    return owner


def _quote_bounds(result: FileResult, owner: list) -> dict[int, tuple[int, int]]:
    """Each quote's (start, end), widened so that it cuts no highlighted span, by quote index;
    quotes that overlap an earlier one are left unmarked."""
    out, last = {}, -1
    for k, quote in enumerate(result.quotes):
        start, end = quote.start, quote.end
        while start > 0 and owner[start] is not None and owner[start - 1] == owner[start]:
            start -= 1
        while end < len(owner) and owner[end - 1] is not None and owner[end] == owner[end - 1]:
            end += 1
        if start >= last and "\n" not in result.text[start:end]:
            out[k] = (start, end)
            last = end
    return out


def _open_tag(result: FileResult, index: int, key: tuple[str, int]) -> str:
    kind, i = key
    if kind == "fig":
        status = _status(result.verdicts[i])
        fid = _fid(index, i)
        flags = _flags(result, result.figures[i])
        flagged = " flagged" if flags else ""
        title = status + "".join(f"; {c.rule}" for c in flags)
        return (f'<mark class="fig v-{status}{flagged}" id="{fid}" data-n="{i + 1}" tabindex="0" '
                f'role="button" aria-controls="{fid}-d" title="{esc(title)}">')
    if kind == "inc":
        cid = _cid(index, i)
        return (f'<mark class="fig v-inconsistent" id="{cid}" tabindex="0" role="button" '
                f'aria-controls="{cid}-d" title="{esc(result.consistency[i].rule)}">')
    if kind == "role":
        rid, verdict = f"r{index}-{i}", result.roles[i].verdict
        return (f'<mark class="fig role v-{esc(verdict)}" id="{rid}" tabindex="0" role="button" '
                f'aria-controls="{rid}-d" title="{esc(verdict)}">')
    att = result.attributions[i]
    if kind == "src":
        return f'<span class="src" title="source: {esc(att.source_type)}">'
    if att.loaded:
        return '<span class="cue loaded" title="attribution cue (a loaded verb)">'
    return '<span class="cue" title="attribution cue">'


def _article(result: FileResult, index: int) -> str:
    """The text after any front matter, sliced at span boundaries; a paragraph per line."""
    text = result.text
    pos = body_start(text)
    owner = _owners(result)
    quotes = _quote_bounds(result, owner)
    opens = {start: k for k, (start, _) in quotes.items()}
    closes = {end for _, end in quotes.values()}
    out = ["<p>"]
    while pos < len(text):
        if pos in opens:
            k = opens[pos]
            status = _quote_status(result.quotes[k])
            out.append(f'<q class="fig quote v-{status}" id="q{index}-{k}" tabindex="0" role="button" '
                       f'aria-controls="q{index}-{k}-d" title="{esc(result.quotes[k].verdict or "quote")}">')
        key, end = owner[pos], pos + 1
        while end < len(text) and owner[end] == key and end not in opens and end not in closes:
            end += 1
        piece = text[pos:end]
        if key is None:
            out.append("</p><p>".join(esc(line) for line in _LINE_BREAK.split(piece)))
        else:
            close = "mark" if key[0] in ("fig", "inc", "role") else "span"
            out.append(f"{_open_tag(result, index, key)}{esc(piece)}</{close}>")
        pos = end
        if pos in closes:
            out.append("</q>")
    out.append("</p>")
    return regex.sub(r"<p>\s*</p>", "", "".join(out))


def _file(result: FileResult, index: int) -> str:
    lang = result.language
    counts = Counter(_status(v) for v in result.verdicts)
    unattributed = len(view(result, "all").unattributed)
    chips = [f'<li class="v-{s}"><span class="swatch"></span> {counts[s]} {label(lang, s)}</li>'
             for s in STATUSES if counts[s]]
    if result.consistency:
        chips.append(f'<li class="v-inconsistent"><span class="swatch"></span> {len(result.consistency)} '
                     f'{label(lang, "inconsistent")}</li>')
    chips += [f"<li>{len(result.figures)} {label(lang, 'figures')}</li>",
              f"<li>{unattributed} {label(lang, 'unattributed')}</li>",
              f"<li>{len(result.attributions)} {label(lang, 'attributions')}</li>"]
    direction = language(lang)["direction"]
    title = f"<h2>{esc(result.title)}</h2>" if result.title else ""
    details = "".join(_detail(result, index, j, fig, v)
                      for j, (fig, v) in enumerate(zip(result.figures, result.verdicts)))
    details += "".join(_incon_detail(result, index, k, result.consistency[k]) for k in _words(result))
    details += "".join(_quote_detail(result, index, k, q) for k, q in enumerate(result.quotes))
    details += "".join(_role_detail(result, index, k, r) for k, r in enumerate(result.roles))
    return f"""<section class="file" lang="{esc(lang)}" dir="{direction}">
<p class="meta"><code>{esc(result.path)}</code> · {esc(result.language)} · {label(lang, "dated")} {result.date.isoformat()} \
(from {esc(result.date_from)})</p>
<ul class="summary">{"".join(chips)}</ul>
{_problems(result)}
<div class="layout">
<article dir="{direction}" lang="{lang}">{title}<div class="text">{_article(result, index)}</div></article>
<aside class="details"><p class="hint" hidden>{label(lang, "hint")}</p>{details}</aside>
</div>
</section>"""


def _json(results: list[FileResult]) -> str:
    data = json.dumps({"version": VERSION, "files": [file_dict(r) for r in results]},
                      ensure_ascii=False, allow_nan=False)
    return data.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def _problems(result: FileResult) -> str:
    """The findings at level error or warning that are no figure's verdict (quotes, titles,
    attributions, inconsistencies), listed above the article with where they are."""
    text = result.text
    items = []
    for f in view(result, "problems").findings:
        if f.rule.id.startswith("figure/"):
            continue
        line = text.count("\n", 0, f.start) + 1
        items.append(f'<li class="{esc(f.level)}"><span class="level">{esc(f.level)}</span> '
                     f'<code>{esc(f.rule.id)}</code> (line {line}): <bdi>{esc(f.message)}</bdi></li>')
    return f'<ul class="findings">{"".join(items)}</ul>' if items else ""


def _silenced(result: FileResult) -> FileResult:
    """The result with the verdicts a rule set off or an inline ignore silences taken away (the
    page keeps every figure, with the filters it has)."""
    shown = view(result, "all")
    return dataclasses.replace(result, verdicts=[v if listed else None for v, listed in zip(result.verdicts, shown.figures)])


def render(results: list[FileResult]) -> str:
    results = [_silenced(r) for r in results]
    present = {_status(v) for r in results for v in r.verdicts} | ({"inconsistent"} if any(r.consistency for r in results) else set())
    boxes = "".join(f'<label class="v-{s}"><input type="checkbox" value="{s}" checked> '
                    f'<span class="swatch"></span> {s}</label>' for s in STATUSES if s in present)
    name = esc(results[0].path) if len(results) == 1 else f"{len(results)} files"
    files = "\n".join(_file(r, i) for i, r in enumerate(results))
    css, csp = _style()
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>factcheck: {name}</title>
<style>{css}</style>
</head>
<body>
<header>
<h1>factcheck report</h1>
<p class="total">{esc(summary(results))}</p>
<fieldset class="filters"><legend>Highlight</legend>
{boxes}
<span class="legend"><span class="cue">attribution cue</span> · <span class="src">source</span></span></fieldset>
</header>
<main>
{files}
</main>
<script type="application/json" id="factcheck-report">{_json(results)}</script>
<script>{SCRIPT}</script>
</body>
</html>
"""
