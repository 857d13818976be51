"""Figure extraction as a user sees it: spans, values, qualifiers, exclusions, context, speed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.document import from_text, read_document
from factcheck.errors import FactcheckError
from factcheck.figures import extract_figures
from factcheck.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def figures(text: str, lang: str):
    doc = from_text(text, "<test>", lang, dt.date(2024, 3, 20))
    return extract_figures(doc, normalize(doc.masked))


def brief(text: str, lang: str):
    return [(f.text, f.kind, f.value) for f in figures(text, lang)]


def test_spans_point_into_the_original_text():
    text = "قُتل نحو ١٫٤ مليون شخصٍ في ٧ أكتوبر/تشرين الأول ٢٠٢٣، وارتفع المؤشر ٤٠٪."
    found = figures(text, "ar")
    assert [f.text for f in found] == ["١٫٤ مليون", "٧ أكتوبر/تشرين الأول ٢٠٢٣", "٤٠٪"]
    for f in found:
        assert text[f.start:f.end] == f.text
    assert [f.value for f in found] == [1400000, "2023-10-07", 40]


def test_figures_are_sorted_and_never_overlap():
    text = ("وقال إن 3 أشخاص قتلوا بين 10 و20 مارس، وإن 2.5 مليار دولار صرفت عام 2015، "
            "بينما فر عشرات الآلاف منذ 17 عاماً.")
    found = figures(text, "ar")
    assert len(found) >= 5
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))


def test_digits_in_three_scripts_and_separators_give_one_value():
    for text in ("1,200,000", "١٬٢٠٠٬٠٠٠", "۱٬۲۰۰٬۰۰۰", "1.2 مليون", "١٫٢ مليون", "مليون و200 ألف"):
        assert [f.value for f in figures(text, "ar")] == [1200000], text


def test_arabic_number_words_gender_case_and_compounds():
    assert brief("قتل ثلاثة جنود وأربع نساء", "ar") == [("ثلاثة", "count", 3), ("أربع", "count", 4)]
    assert [f.value for f in figures("خمسة وعشرون", "ar")] == [25]
    assert [f.value for f in figures("اثنا عشر", "ar")] == [12]
    assert [f.value for f in figures("ثلاثمائة ألف", "ar")] == [300000]


def test_money_percent_and_measures_carry_units():
    got = [(f.kind, f.value, f.unit) for f in figures(
        "بلغت 5.2 مليار جنيه أي 20.8% من 45 مليار ريال، على طول 58 كيلومترا", "ar")]
    assert got == [("money", 5200000000, "EGP"), ("percent", 20.8, "percent"),
                   ("money", 45000000000, "SAR"), ("measure", 58, "km")]
    got = [(f.kind, f.value, f.unit) for f in figures("Ford earned $3.5bn, up 3.8%, or £1.87bn.", "en")]
    assert got == [("money", 3500000000, "USD"), ("percent", 3.8, "percent"), ("money", 1870000000, "GBP")]


def test_qualifiers_before_and_after_are_kept_out_of_the_span():
    found = figures("أصيب أكثر من 13000 شخص، و6 أشخاص على الأقل، ونحو 2.3 مليون", "ar")
    assert [(f.text, f.qualifier) for f in found] == [
        ("13000", "more_than"), ("6", "at_least"), ("2.3 مليون", "approx")]
    assert [f.qualifier_text for f in found] == ["أكثر من", "على الأقل", "نحو"]
    found = figures("At least 107 people died and nearly $3bn was lost.", "en")
    assert [(f.text, f.qualifier) for f in found] == [("107", "at_least"), ("$3bn", "approx")]


def test_ranges_and_vague_magnitudes_are_low_high_pairs():
    assert brief("بين 40 و69 عاما", "ar") == [("بين 40 و69 عاما", "range", [40, 69])]
    assert brief("عشرات الآلاف من النازحين", "ar") == [("عشرات الآلاف", "vague", [10000, 99999])]
    assert brief("tens of thousands fled", "en") == [("tens of thousands", "vague", [10000, 99999])]
    assert brief("8–10 years", "en") == [("8–10 years", "range", [8, 10])]


def test_dates_years_times_durations_and_ordinals():
    assert brief("في 26 شوال 1436 هـ", "ar") == [("26 شوال 1436 هـ", "date", "1436-10-26H")]
    assert figures("26 شوال 1436 هـ", "ar")[0].calendar == "hijri"
    assert brief("منذ عام 2015", "ar") == [("عام 2015", "year", 2015)]
    assert brief("عند الثامنة مساء", "ar") == [("الثامنة مساء", "time", "20:00")]
    assert brief("للمرة الأولى", "ar") == [("الأولى", "ordinal", 1)]
    assert brief("On May 18, 2015 at 9:30 pm", "en") == [
        ("May 18, 2015", "date", "2015-05-18"), ("9:30 pm", "time", "21:30")]
    assert brief("two hours 45 minutes", "en") == [("two hours 45 minutes", "duration", 165)]


def test_age_is_told_from_duration_by_context():
    assert [f.kind for f in figures("الطالبة مريم (18 عاماً) قتلت", "ar")] == ["age"]
    assert [f.kind for f in figures("تحاصره منذ 17 عاماً", "ar")] == ["duration"]
    assert [f.kind for f in figures("a 34-year-old man", "en")] == ["age"]


@pytest.mark.parametrize("text,lang", [
    ("أصيب بفيروس كوفيد-19", "ar"), ("قناة 13 الإسرائيلية", "ar"), ("بموجب المادة 5", "ar"),
    ("يوم الاثنين الماضي", "ar"), ("الأسبوع القادم", "ar"), ("زار http://example.com/2015/06", "ar"),
    ("#السعودية_2030", "ar"), ("اتصل على +966 11 123 4567", "ar"), ("يتمتع بحس سياسي متين", "ar"),
    ("a COVID-19 patient", "en"), ("an F-16 jet", "en"), ("the G20 summit", "en"), ("under Article 5", "en"),
    ("call 555-123-4567", "en"), ("next week", "en"), ("no one knows", "en"), ("in the 1990s", "en"),
])
def test_identifiers_and_relative_words_are_not_figures(text, lang):
    assert figures(text, lang) == []


def test_subject_and_context_sentence():
    text = "وقال المسؤول إن الحرب مستمرة. ويقطن القطاع نحو 2.3 مليون فلسطيني. وهذا كثير."
    (f,) = figures(text, "ar")
    assert f.subject == "فلسطيني"
    assert f.context == normalize("ويقطن القطاع نحو 2.3 مليون فلسطيني.").text


@pytest.mark.parametrize("text,subject", [
    ("IBM has received 25,772 US patents in that period.", "patents"),
    ("Coastguards rescued 68 Tunisian migrants.", "migrants"),
    ("Some 10 Americans were rescued.", "Americans"),
    ("Three UN agencies left, and 12 aid workers stayed.", "agencies"),
])
def test_the_counted_noun_of_an_english_figure_is_past_its_adjective(text, subject):
    assert figures(text, "en")[0].subject == subject


def test_front_matter_is_not_read_for_figures(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\ndate: 2024-03-20\ntitle: 2024\n---\nقتل 5 أشخاص\n", encoding="utf-8")
    doc = read_document(str(path))
    assert [(f.text, doc.text[f.start:f.end]) for f in extract_figures(doc, normalize(doc.masked))] == [
        ("5", "5")]


def test_a_pattern_that_runs_too_long_fails_cleanly(monkeypatch):
    import factcheck.figures as module
    monkeypatch.setattr(module, "REGEX_TIMEOUT", 0.0000001)
    with pytest.raises(FactcheckError, match="timed out"):
        figures("نحو 1.4 مليون " * 20000, "ar")


@pytest.mark.parametrize("text", [
    "TWO MILLION people fled; Two Million more stayed.",
    "İstanbul: TWO MILLION people fled; Two Million more stayed.",     # "İ" lowers to two characters
])
def test_case_is_ignored_and_spans_stay_exact(text):
    found = figures(text, "en")
    assert [(f.text, f.value) for f in found] == [("TWO MILLION", 2_000_000), ("Two Million", 2_000_000)]
    assert all(text[f.start:f.end] == f.text for f in found)


@pytest.mark.parametrize("text,lang,want", [
    ("$20\n\n43 cents", "en", ["$20", "43 cents"]),
    ("5\n\nmillion people left", "en", ["5", "million"]),
    ("عشرة دولارات\n\n10 سنتات", "ar", ["عشرة دولارات", "10 سنتات"]),
    ("It cost $20.43 and 5 million people came.", "en", ["$20.43", "5 million"]),
])
def test_a_figure_never_crosses_a_blank_line(text, lang, want):
    assert [f.text for f in figures(text, lang)] == want


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_duckling_phrases_in_one_document_are_read_one_by_one(lang):
    """Duckling's example phrases a blank line apart in one document: no figure reaches into the
    next phrase, and every phrase reads as it does alone (nothing looks back across a blank line)."""
    import json

    from .conftest import shared_or_skip
    path = shared_or_skip("eval", "peers", f"duckling_{lang}.jsonl")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    text, spans = "", []
    for r in rows:
        spans.append((len(text), len(text) + len(r["text"])))
        text += r["text"] + "\n\n"
    together = figures(text, lang)
    assert not [f.text for f in together for a, b in spans if f.start < b < f.end]
    differ = [r["text"] for r, (a, b) in zip(rows, spans) if [(f.text, f.value) for f in together if a <= f.start < b]
              != [(f.text, f.value) for f in figures(r["text"], lang)]]
    assert not differ


@pytest.mark.parametrize("text,lang,want", [
    ("وقال إن الصفقة بلغت 50 مليون دولار وليس 34 مليونا", "ar", ("34 مليونا", "money", "USD")),
    ("وتبلغ الموجودات 29 مليار دولار وليس 100 مليار كما أعلنت الحكومة", "ar", ("100 مليار", "money", "USD")),
    ("Profit was $5bn, up from 3 billion.", "en", ("3 billion", "money", "USD")),
    ("Revenue was 10bn euros, up 8.1% from 9.26bn.", "en", ("9.26bn", "money", "EUR")),
    ("بلغت الإيرادات 10 مليارات يورو بارتفاع 8.1% عن 9.26 مليار", "ar", ("9.26 مليار", "money", "EUR")),
    ("Sales were $5bn, up 8%, and 3 million cars were sold.", "en", ("3 million", "count", None)),
    ("It cost $5bn and 3 million people came.", "en", ("3 million", "count", None)),
    ("It cost $5bn. About 3 million live there.", "en", ("3 million", "count", None)),
])
def test_a_bare_amount_after_money_takes_its_currency(text, lang, want):
    f = figures(text, lang)[-1]
    assert (f.text, f.kind, f.unit) == want


@pytest.mark.parametrize("text,lang,span,value,unit", [
    ("The fare rose to three pence.", "en", "three pence", 0.03, "GBP"),
    ("Shares closed at 300p on Friday.", "en", "300p", 3, "GBP"),
    ("Shares rose 8.5 cents to $31.20.", "en", "8.5 cents", 0.085, "USD"),
    ("The dividend rose to 70 euro cents (£0.48; $0.98).", "en", "70 euro cents", 0.7, "EUR"),
    ("وارتفع خام برنت 75 سنتا إلى 38.57 دولار للبرميل.", "ar", "75 سنتا", 0.75, "USD"),
    # no amount of money to tell which cents, or two currencies with cents: cents as written
    ("A stamp costs 49 cents.", "en", "49 cents", 49, "cent"),
    ("It fell 5 cents to $3 in New York and 4 cents to 2 euros in Paris.", "en", "5 cents", 5, "cent"),
])
def test_an_amount_in_hundredths_is_one_of_its_currency(text, lang, span, value, unit):
    f = next(f for f in figures(text, lang) if f.text == span)
    assert (f.kind, f.value, f.unit) == ("money", value, unit)


@pytest.mark.parametrize("text,span,value", [
    # a right-to-left page wrote the decimal number's parts swapped around a right-to-left mark
    ("ارتفع سعر الطن إلى 40.\u200f12 دولار", "40.\u200f12 دولار", 12.40),
    ("وصدّرت البلاد 35.\u200f1 مليون طن", "35.\u200f1 مليون طن", 1_350_000),
    ("وانخفض اليورو 3.\u200f0 في المائة", "3.\u200f0 في المائة", 0.3),
    ("ارتفع سعر الطن إلى 40.12 دولار", "40.12 دولار", 40.12),       # no mark: as written
])
def test_a_decimal_number_written_backwards_around_a_right_to_left_mark(text, span, value):
    found = {f.text: f.value for f in figures(text, "ar")}
    assert found[span] == value
