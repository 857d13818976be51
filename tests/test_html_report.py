"""The HTML report on hand-built results: exact highlights, direction, escaping, links, CSP."""
from __future__ import annotations

import dataclasses

import base64
import datetime as dt
import hashlib
import json
from html.parser import HTMLParser

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from factcheck.cli import cli
from factcheck.model import Attribution, Figure, FileResult, Reference, Source, Span, Verdict
from factcheck.report import FORMATS
from factcheck.report.html_format import render

from .conftest import SEED

ARTICLE = (
    "وقالت وزارة الدفاع الإسرائيلية، في بيان الأربعاء، إن غالانت \"سيسافر إلى واشنطن الأسبوع القادم\".\n"
    "ويُصر نتنياهو على اجتياح رفح رغم التحذيرات، في ظل وجود نحو 1.4 مليون نازح في المدينة، "
    "بحسب الأمم المتحدة.\n"
    "\n"
    "وتواصل إسرائيل حربها على القطاع الذي يقطنه نحو 3.2 مليون فلسطيني، وتحاصره منذ 17 عاماً.\n"
    "ومنذ 7 أكتوبر/تشرين الأول 2023 قُتل أكثر من 31 ألف فلسطيني، وفق وزارة الصحة في غزة.\n"
)
HOSTILE = ("<script>window.pwned = 1; document.title = 'pwned'</script>"
           "<img src=x onerror=\"window.pwned = 2\">")
CRLF = ARTICLE.replace("\n", "\r\n")
VARIANTS = {"lf": ARTICLE, "crlf": CRLF, "bom-crlf": "\ufeff" + CRLF}


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(part, start, start + len(part))


def figure(text: str, part: str, kind: str, value, **kw) -> Figure:
    s = span(text, part)
    return Figure(part, s.start, s.end, kind, value, **kw)


def arabic_result(text: str = ARTICLE, url: str = "https://www.ochaopt.org/") -> FileResult:
    ocha = Source("OCHA", url, dt.date(2024, 3, 1))
    figures = [
        figure(text, "1.4 مليون", "count", 1400000, qualifier="approx", qualifier_text="نحو",
               subject="نازح", attribution=1),
        figure(text, "3.2 مليون", "count", 3200000, qualifier="approx", qualifier_text="نحو",
               subject="فلسطيني"),
        figure(text, "17 عاماً", "duration", 17, unit="year"),
        figure(text, "7 أكتوبر/تشرين الأول 2023", "date", "2023-10-07"),
        figure(text, "31 ألف", "count", 31000, qualifier="more_than", subject="فلسطيني", attribution=2),
    ]
    verdicts = [
        Verdict("supported", "matched alias نازحين في رفح (score 92): 1,400,000 equals the reference",
                Reference("rafah-displaced-2024", 1400000, None, dt.date(2024, 2, 20), ocha, "نازح رفح",
                          92.0)),
        Verdict("contradicted", "3,200,000 is outside 2,200,000–2,400,000",
                Reference("gaza-population-2023", 2300000, None, dt.date(2023, 12, 31),
                          Source("الجهاز المركزي للإحصاء الفلسطيني", "https://www.pcbs.gov.ps/"),
                          "يقطنه", 88.0)),
        Verdict("supported", "the blockade began in 2007: 17 years before the article",
                Reference("gaza-blockade-start", "2007-06", None, None, Source("UN"), "تحاصره", 80.0)),
        Verdict("unverified", "no fact matched"),
        Verdict("outdated", "a newer count exists: 31,988 as of 2024-03-19",
                Reference("gaza-deaths", 31000, None, dt.date(2024, 3, 10), Source("وزارة الصحة في غزة"),
                          "قتل", 85.0)),
    ]
    attributions = [
        Attribution(span(text, "وقالت"), span(text, "وزارة الدفاع الإسرائيلية"), "official"),
        Attribution(span(text, "بحسب"), span(text, "الأمم المتحدة"), "organization", figures=[0]),
        Attribution(span(text, "وفق"), span(text, "وزارة الصحة في غزة"), "official", figures=[4]),
    ]
    return FileResult("articles/2024-03-20-rafah.md", "ar", dt.date(2024, 3, 20), "file name", text,
                      figures, attributions, verdicts, title="غالانت إلى واشنطن")


def hostile_result() -> FileResult:
    """Hostile markup in the article, the reason, the source, the alias, and a javascript: URL."""
    text = f"{HOSTILE} قال {HOSTILE} إن نحو 3.2 مليون يقطنون غزة.\n"
    fig = figure(text, "3.2 مليون", "count", 3200000, subject=HOSTILE, attribution=0)
    who = text.index(HOSTILE, len(HOSTILE))
    att = Attribution(span(text, "قال"), Span(HOSTILE, who, who + len(HOSTILE)), "person",
                      resolved=HOSTILE, figures=[0])
    ref = Reference(HOSTILE, 2300000, None, None, Source(HOSTILE, "javascript:window.pwned=3"), HOSTILE, 90.0)
    return FileResult(HOSTILE, "ar", dt.date(2024, 3, 20), "option", text, [fig], [att],
                      [Verdict("contradicted", HOSTILE, ref, [ref])], title=HOSTILE)


class Page(HTMLParser):
    """Collects every element (tag, attributes), the text of each figure and of the article."""

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict]] = []
        self.figures: dict[str, str] = {}
        self.article = ""
        self.scripts: list[str] = []
        self._open: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        self._open.append((tag, attrs))
        if tag == "mark":
            self.figures[attrs["id"]] = ""
        if tag == "script":
            self.scripts.append("")

    def handle_endtag(self, tag):
        while self._open and self._open.pop()[0] != tag:
            pass

    def handle_data(self, data):
        for tag, attrs in self._open:
            if tag == "mark":
                self.figures[attrs["id"]] += data
            if "text" in attrs.get("class", "").split():
                self.article += data
        if self._open and self._open[-1][0] == "script":
            self.scripts[-1] += data


@pytest.mark.parametrize("variant", VARIANTS)
def test_each_highlight_is_exactly_its_figure(variant):
    result = arabic_result(VARIANTS[variant])
    page = Page(render([result]))
    assert page.figures == {f"f0-{i}": fig.text for i, fig in enumerate(result.figures)}
    body = ARTICLE.replace("\n", "")
    assert page.article == body, "the article is the text as given, less BOM, front matter and line breaks"


@pytest.mark.parametrize("variant", VARIANTS)
def test_a_paragraph_per_line(variant):
    html = render([arabic_result(VARIANTS[variant])])
    article = html[html.index('<div class="text">'):html.index("</div>", html.index('<div class="text">'))]
    assert article.count("<p>") == article.count("</p>") == 4
    assert "\r" not in article and "\ufeff" not in article and "<p></p>" not in article


def test_front_matter_is_not_part_of_the_article():
    text = "---\r\ndate: 2024-03-20\r\ntitle: x\r\n---\r\n" + ARTICLE
    page = Page(render([arabic_result(text)]))
    assert page.article == ARTICLE.replace("\n", "")


def test_direction_follows_the_language():
    ar = next(a for t, a in Page(render([arabic_result()])).elements if t == "article")
    assert (ar["dir"], ar["lang"]) == ("rtl", "ar")
    english = FileResult("a.txt", "en", dt.date(2024, 3, 20), "option", "About 2.3 million people.\n",
                         [figure("About 2.3 million people.", "2.3 million", "count", 2300000)], [], [None])
    en = Page(render([english]))
    assert [(a["dir"], a["lang"]) for t, a in en.elements if t == "article"] == [("ltr", "en")]
    assert [a["class"] for t, a in en.elements if t == "mark"] == ["fig v-extracted"]


def test_attribution_spans_are_clipped_around_figures():
    text = "According to the 2023 census, 2.3 million people live there.\n"
    figures = [figure(text, "2023", "year", 2023),
               figure(text, "2.3 million", "count", 2300000, attribution=0)]
    att = Attribution(span(text, "According to"), span(text, "the 2023 census"), "document", figures=[1])
    html = render([FileResult("a.txt", "en", dt.date(2024, 3, 20), "option", text, figures, [att],
                              [None, None])])
    page = Page(html)
    assert page.figures == {"f0-0": "2023", "f0-1": "2.3 million"}
    assert page.article == text.strip()
    assert '<span class="src" title="source: document">the </span><mark' in html
    assert '</mark><span class="src" title="source: document"> census</span>' in html


@given(st.text(alphabet="ab <&>\"'\n\r", max_size=40), st.data())
def test_any_spans_highlight_exactly(text, data):
    """Figures tile some of the text; cues and sources fall anywhere, touching or covering them."""
    bounds = st.integers(0, len(text))
    cuts = sorted(data.draw(st.sets(bounds, max_size=8)))
    figures = [Figure(text[a:b], a, b, "count", 1) for a, b in zip(cuts[::2], cuts[1::2])]

    def any_span() -> Span:
        a, b = sorted(data.draw(st.tuples(bounds, bounds)))
        return Span(text[a:b], a, b)

    atts = [Attribution(any_span(), any_span(), "vague") for _ in range(data.draw(st.integers(0, 3)))]
    html = render([FileResult("a.txt", "en", dt.date(2024, 3, 20), "option", text, figures, atts,
                              [None] * len(figures))])
    assert Page(html).figures == {f"f0-{i}": f.text for i, f in enumerate(figures) if f.text}


def test_details_show_verdict_reason_reference_and_source():
    html = render([arabic_result()])
    detail = html[html.index('id="f0-1-d"'):html.index("</div>", html.index('id="f0-1-d"'))]
    # an Arabic article: the labels are Arabic (contradicted: مخالف, attributed to nobody: منسوب إلى لا أحد)
    for part in ("مخالف", "3,200,000 is outside", "2,300,000", "gaza-population-2023", "2023-12-31",
                 "الجهاز المركزي للإحصاء الفلسطيني", "approx (<bdi>نحو</bdi>)",
                 "<dt>منسوب إلى</dt><dd>لا أحد"):
        assert part in detail, part
    assert '<a href="https://www.pcbs.gov.ps/" rel="noopener noreferrer" target="_blank">' in detail
    summary = html[html.index('<ul class="summary">'):html.index("</ul>", html.index('<ul class="summary">'))]
    for part in ("2 مؤكد", "1 غير متحقق منه", "1 قديم", "1 مخالف", "5 أرقام", "3 غير منسوبة", "3 إسنادات"):
        assert part in summary, part
    english = render([dataclasses.replace(arabic_result(), language="en")])
    assert "1 contradicted" in english and "attributed to</dt><dd>nobody" in english


def test_without_script_every_detail_is_listed():
    """The script hides the details until a figure is chosen; the markup alone shows them all."""
    page = Page(render([arabic_result()]))
    details = [a for t, a in page.elements if "detail" in a.get("class", "").split()]
    assert len(details) == 5 and not [a for a in details if "hidden" in a]
    assert [a for t, a in page.elements if a.get("class") == "hint"] == [{"class": "hint", "hidden": None}]


def test_hostile_text_is_escaped_everywhere():
    html = render([hostile_result()])
    page = Page(html)
    assert HOSTILE not in html
    assert html.count("&lt;script&gt;window.pwned") >= 8   # article twice, title, path, reason, publisher...
    assert [t for t, _ in page.elements].count("script") == 2
    assert page.scripts[1].strip().startswith('"use strict"')
    assert not [t for t, _ in page.elements if t == "img"]
    assert not [(t, a) for t, a in page.elements for name in a if name.startswith("on")]
    assert HOSTILE in page.article


@pytest.mark.parametrize("url", ["javascript:window.pwned=3", " javascript:alert(1)", "JAVASCRIPT:alert(1)",
                                 "data:text/html,<script>alert(1)</script>", "vbscript:x", "//evil.example/"])
def test_only_http_and_https_sources_are_links(url):
    html = render([arabic_result(url=url)])
    links = [a["href"] for t, a in Page(html).elements if t == "a"]
    assert links == ["https://www.pcbs.gov.ps/"]
    assert f"<code>{url.replace('<', '&lt;').replace('>', '&gt;')}</code>" in html


def test_the_embedded_report_is_escaped_json():
    html = render([hostile_result()])
    tag = '<script type="application/json" id="factcheck-report">'
    start = html.index(tag) + len(tag)
    data = html[start:html.index("</script>", start)]
    assert not set("<>&") & set(data)
    report = json.loads(data)
    assert report["files"][0]["figures"][0]["reference"]["source"]["publisher"] == HOSTILE


def test_csp_allows_exactly_the_shipped_style_and_script():
    html = render([arabic_result()])
    page = Page(html)
    csp = next(a["content"] for t, a in page.elements
               if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    style = html[html.index("<style>") + 7:html.index("</style>")]

    def digest(source: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"

    assert f"style-src {digest(style)};" in csp and f"script-src {digest(page.scripts[1])};" in csp
    assert csp.startswith("default-src 'none';") and "unsafe-inline" not in csp
    assert not [(t, a) for t, a in page.elements if "style" in a or (t == "link")]


def test_filters_only_for_statuses_present():
    boxes = [a["value"] for t, a in Page(render([arabic_result()])).elements if t == "input"]
    assert boxes == ["supported", "unverified", "outdated", "contradicted"]


def test_check_writes_the_seed_as_html():
    runner = CliRunner()
    report = json.loads(runner.invoke(cli, ["check", str(SEED), "--format", "json"]).stdout)
    figures = report["files"][0]["figures"]
    assert figures
    result = runner.invoke(cli, ["check", str(SEED), "--format", "html"])
    assert result.exit_code == 0, result.stderr
    marks = Page(result.stdout).figures
    assert {k: v for k, v in marks.items() if k.startswith("f")} == {f"f0-{i}": f["text"] for i, f in enumerate(figures)}
    titles = {r["title"] for r in report["files"][0]["roles"]}
    assert {v for k, v in marks.items() if k.startswith("r")} == titles and titles       # titles marked in place
    assert FORMATS["html"] is render
