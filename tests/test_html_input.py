"""HTML input: the visible text is extracted, and every span points at the page's own characters."""
from __future__ import annotations

import datetime as dt
import json
import time

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import cli, expand
from factcheck.config import Config
from factcheck.document import from_text
from factcheck.html_text import visible_text

PAGE = """\ufeff<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta property="article:published_time" content="2024-03-20T09:30:00+02:00">
<title>غالانت إلى واشنطن &amp; رفح | الأخبار</title>
<style>.ad { width: 300px; height: 250px; }</style>
<script>window.dataLayer = [{"views": 250000, "articleId": 1948}];</script>
</head>
<body>
<!-- ad slot: 728x90, 17 placements -->
<article>
<h1>غالانت يزور واشنطن وسط <em>خلاف</em> حول رفح</h1>
<p>يقطن القطاع نحو 2.3&nbsp;مليون فلسطيني، وفق الأمم المتحدة.<br>
ونزح نحو <b>1.4 مليون</b> شخص إلى رفح&#1548; وقالت الأونروا إن &quot;الوضع كارثي&quot;.</p>
<p>وارتفعت نسبة البطالة إلى &#1636;&#1637;&#1642; منذ 17 عاماً.</p>
</article>
<script type="application/ld+json">{"wordCount": 3200, "datePublished": "2024-03-20"}</script>
</body>
</html>
""".replace("\n", "\r\n")

# what the page says, as written in the file
FIGURES = ["2.3&nbsp;مليون", "1.4 مليون", "&#1636;&#1637;&#1642;", "17 عاماً"]


def position(text: str, offset: int) -> tuple[int, int]:
    """Line and column computed here, independently of factcheck.document.LineIndex."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column - (line == 1 and text.startswith("\ufeff"))


@pytest.fixture()
def page(tmp_path):
    path = tmp_path / "rafah.html"
    path.write_bytes(PAGE.encode("utf-8"))
    return path


def test_visible_text_keeps_every_offset():
    masked, meta = visible_text(PAGE)
    assert len(masked) == len(PAGE)
    assert masked.count("\n") >= PAGE.count("\n")      # line breaks kept, block tags added
    for i, c in enumerate(PAGE):
        if c == "\n":
            assert masked[i] == "\n"
    assert "2.3\u00a0" in masked and "مليون فلسطيني" in masked
    assert "250000" not in masked and "1948" not in masked and "3200" not in masked   # scripts
    assert "728x90" not in masked and "width" not in masked and "الأخبار" not in masked
    assert meta == {"lang": "ar", "date": dt.date(2024, 3, 20), "title": "غالانت إلى واشنطن & رفح | الأخبار"}


def test_entities_decode_in_place_and_normalise_away():
    from factcheck.normalize import normalize

    masked, _ = visible_text("<p>3&#44;200 &amp; &#1636;&#1637;&#1642;</p>")
    assert normalize(masked).text.split() == ["3,200", "&", "45%"]


@pytest.mark.parametrize("reference,char", [("&#99999999;", "\ufffd"), ("&#x110000;", "\ufffd"),
                                            ("&#0000000065;", "A"), ("&#" + "9" * 5000 + ";", "\ufffd")])
def test_a_numeric_reference_is_read_whole_and_past_unicode_is_a_replacement_character(tmp_path, reference, char):
    # "&#99999999;" read as "&#9999999" (U+FFFD) and a figure 9; 5,000 digits in an attribute or
    # the title failed the run (html.unescape refuses to read them)
    text, _ = visible_text(f"<p>{reference} people</p>")
    assert text == "\n  " + char + "\u0640" * (len(reference) - 1) + " people\n   "
    page = tmp_path / "page.html"
    page.write_text(f'<title>{reference}</title><meta name="date" content="{reference}">'
                    f"<p>{reference} 12 people</p>", encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", "--lang", "en", str(page)])
    assert result.exit_code == 0 and [f["text"] for f in json.loads(result.stdout)["files"][0]["figures"]] == ["12"]


def test_block_tags_end_sentences_and_inline_tags_do_not():
    masked, _ = visible_text("<p>one</p><p>two <b>three</b></p>")
    assert masked == "\n  one\n   \n  two    three    \n   "


def test_figures_point_at_the_page(page):
    result = CliRunner().invoke(cli, ["extract", str(page)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)["files"][0]
    assert (report["language"], report["date"], report["title"]) == ("ar", "2024-03-20", "غالانت إلى واشنطن & رفح | الأخبار")
    assert report["date_from"] == "html meta"
    assert [f["text"] for f in report["figures"]] == FIGURES
    text = page.read_bytes().decode("utf-8")
    for fig in report["figures"]:
        assert text[fig["start"]:fig["end"]] == fig["text"]
        assert (fig["line"], fig["column"]) == position(text, text.index(fig["text"]))
    assert [f["value"] for f in report["figures"]] == [2300000, 1400000, 45, 17]
    cues = [a["cue"]["text"] for a in report["attributions"]]
    assert cues == ["وفق", "وقالت"]


def test_meta_date_that_is_not_iso_is_ignored():
    doc = from_text('<meta name="date" content="Wed, 20 Mar 2024"><p>x</p>', "2023-10-07-page.htm")
    assert (doc.date, doc.date_from) == (dt.date(2023, 10, 7), "file name")


def test_directories_include_html(tmp_path, page):
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    assert expand((str(tmp_path),), Config()) == ([str(page)], False)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="<>/!?-=\"'&#;x1 \r\npascriptbtleمل٣", max_size=80))
def test_any_page_keeps_its_length_and_line_breaks(page):
    masked, _ = visible_text(page)
    assert len(masked) == len(page)
    assert all(masked[i] == c for i, c in enumerate(page) if c in "\r\n")


@pytest.mark.parametrize("page", ["<a " * 100_000, '<a b="' * 50_000, "<!--" * 75_000, "<script>" + "x<" * 150_000])
def test_hostile_pages_take_linear_time(page):
    started = time.perf_counter()
    assert len(visible_text(page)[0]) == len(page)
    assert time.perf_counter() - started < 5


def test_an_english_page_with_a_long_head_and_no_lang_is_read_as_english(tmp_path):
    # the language was told by the first 20,000 characters, all blank once the <head> is masked
    head = "<html><head><style>" + "body { color: #303030; margin: 0 auto; }\n" * 600 + "</style></head>"
    page = tmp_path / "page.html"
    page.write_text(head + "<body><p>The ministry said 2.3 million people were displaced.</p></body></html>",
                    encoding="utf-8")
    assert len(head) > 22_000
    result = CliRunner().invoke(cli, ["extract", str(page)])
    [entry] = json.loads(result.stdout)["files"]
    assert entry["language"] == "en" and [f["text"] for f in entry["figures"]] == ["2.3 million"]
    assert from_text(head + "<p>قالت الوزارة إن 2.3 مليون شخص نزحوا.</p>", "page.html").lang == "ar"
