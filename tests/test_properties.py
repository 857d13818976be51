"""Property-based tests: for any text, the pipeline never fails and every span is exact."""
from __future__ import annotations

import datetime as dt
import json

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.document import LineIndex, from_text
from factcheck.normalize import normalize
from factcheck.pipeline import check_document
from factcheck.references import load_store
from factcheck.report import FORMATS
from factcheck.rules import data_dir

from .conftest import SHARED

_SARIF_SCHEMA = SHARED / "eval" / "schemas" / "sarif-schema-2.1.0.json"
SARIF = (jsonschema.Draft4Validator(json.loads(_SARIF_SCHEMA.read_text(encoding="utf-8")))
         if _SARIF_SCHEMA.exists() else None)    # validated when ../shared is there

# Characters that matter here: digits in three scripts, separators, Arabic letters and marks,
# bidi and zero-width controls, quotes, line breaks.
ALPHABET = st.sampled_from(list(
    "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹.,٫٬،%٪-–/: \n\r\t"
    "قالتوزرةالدفاعمنحوليونألفعشراتسبعةأولىإآىةـًٌٍَُِّْ"
    "\u200f\u200e\u200b\u202b\u202c\ufeff«»\"“”'()"
    "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ$£€"
)) | st.characters()
TEXTS = st.text(ALPHABET, max_size=400)
WORDY = st.lists(st.sampled_from([
    "نحو", "1.4", "مليون", "نازح", "قال", "وقالت", "وزارة", "الصحة", "بحسب", "البيان", "«", "»",
    "منذ", "17", "عاماً", "عشرات", "آلاف", "في", "7", "أكتوبر/تشرين", "الأول", "2023", "٢٫٥", "مليار",
    "دولار", "%", "about", "2.3", "million", "said", "according", "to", "the", "ministry", "\"", "\n",
    "more", "than", "between", "10", "and", "20", "$4bn", "،", ".", "\u200f", "ـ",
]), max_size=60).map(" ".join)

STORE = load_store([data_dir("references")])


@given(TEXTS)
def test_normalised_offsets_are_monotonic_and_exact(text):
    norm = normalize(text)
    mapped = [norm.to_original(i) for i in range(len(norm.text))]
    assert mapped == sorted(set(mapped))
    assert all(0 <= m < len(text) for m in mapped)
    for i in range(0, len(norm.text), 7):
        s, e = norm.span(i, min(len(norm.text), i + 5))
        assert 0 <= s <= e <= len(text)


@given(TEXTS)
def test_line_and_column_agree_with_offsets(text):
    lines = LineIndex(text)
    for offset in range(0, len(text) + 1, 5):
        line, col = lines.position(offset)
        before = text[:offset]
        want_line = before.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
        assert line == want_line and col >= 1


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXTS, WORDY), st.sampled_from(["ar", "en"]))
def test_pipeline_spans_are_exact_and_every_format_renders(text, lang):
    doc = from_text(text, "x.txt", lang, dt.date(2024, 3, 20))
    result = check_document(doc, STORE)
    last = -1
    for f in result.figures:
        assert text[f.start:f.end] == f.text and f.start >= last
        last = f.end
        if f.attribution is not None:
            assert 0 <= f.attribution < len(result.attributions)
    for a in result.attributions:
        for span in filter(None, (a.cue, a.source)):
            assert text[span.start:span.end] == span.text
    json.loads(FORMATS["json"]([result]))
    sarif = json.loads(FORMATS["sarif"]([result]))
    if SARIF is not None:
        SARIF.validate(sarif)
    for fmt in FORMATS:
        assert isinstance(FORMATS[fmt]([result]), str)


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column computed the slow way: CRLF, CR and LF each end a line; a BOM has no column."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1 - (line == 1 and before.startswith("\ufeff"))
    return line, column


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXTS, WORDY).map(lambda t: t.replace(" ", "\r\n", 2)),
       st.sampled_from(["a.txt", "a.md", "a.html"]))
def test_reported_lines_and_columns_agree_with_offsets(text, path):
    doc = from_text(text, path, "auto", dt.date(2024, 3, 20))
    report = json.loads(FORMATS["json"]([check_document(doc, STORE)]))["files"][0]
    spans = report["figures"] + [s for a in report["attributions"] for s in (a["cue"], a["source"]) if s]
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
        assert (span["line"], span["column"]) == _position(text, span["start"])
    sarif = json.loads(FORMATS["sarif"]([check_document(doc, STORE)]))
    for res in sarif["runs"][0]["results"]:
        region = res["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
