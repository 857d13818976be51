"""Verification of the seed's figures against the bundled store (figures built by hand, as the
figure extractor would give them: the normalised sentence as context and the counted noun)."""
from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from factcheck.model import Figure
from factcheck.normalize import normalize
from factcheck.references import ReferenceStore, _record, load_store
from factcheck.rules import data_dir
from factcheck.verify import accepted, verify

from .conftest import SEED

DATE = dt.date(2024, 3, 20)


@pytest.fixture(scope="module")
def store():
    return load_store([data_dir("references")])


def seed_figure(text, kind, value, unit=None, qualifier=None, subject=None, written=None):
    """A figure of the seed, optionally rewritten (`written` replaces `text` in its sentence)."""
    seed = SEED.read_text(encoding="utf-8")
    sentence = next(s for s in regex.split(r"(?<=[.!?؟])\s+|\n", seed) if text in s)
    if written:
        sentence, text = sentence.replace(text, written), written
    return Figure(text, 0, len(text), kind, value, unit, qualifier, subject=subject,
                  context=normalize(sentence).text)


SEED_FIGURES = {
    "war start": (("7 أكتوبر/تشرين الأول 2023", "date", "2023-10-07"), {}),
    "rafah displaced": (("1.4 مليون", "count", 1400000), {"qualifier": "approx", "subject": "نازح"}),
    "blinken tour": (("سادس", "ordinal", 6), {}),
    "victims": (("عشرات آلاف", "vague", [10000, 99999]), {"subject": "الضحايا"}),
    "founding": (("1948", "year", 1948), {}),
    "population": (("2.3 مليون", "count", 2300000), {"qualifier": "approx", "subject": "فلسطيني"}),
    "blockade": (("17 عاماً", "duration", 17), {"unit": "year"}),
}

WRONG = {   # name -> (written, value, fact id, reference value)
    "war start": ("8 أكتوبر/تشرين الأول 2023", "2023-10-08", "gaza-war-start", "2023-10-07"),
    "rafah displaced": ("2.4 مليون", 2400000, "rafah-displaced", [1400000, 1500000]),
    "blinken tour": ("تاسع", 9, "blinken-middle-east-tours", 6),
    "victims": ("آلاف", [1000, 9999], "gaza-death-toll", 31819),
    "founding": ("1949", 1949, "founding-of-israel", "1948-05-14"),
    "population": ("3.2 مليون", 3200000, "gaza-population", 2300000),
    "blockade": ("12 عاماً", 12, "gaza-blockade", 16.8),
}


@pytest.mark.parametrize("name", SEED_FIGURES)
def test_seed_figures_are_supported(store, name):
    args, kwargs = SEED_FIGURES[name]
    [verdict] = verify([seed_figure(*args, **kwargs)], store, DATE)
    assert verdict.status == "supported", verdict.reason
    assert verdict.reference.source.url.startswith("https://")
    assert "matched" in verdict.reason and verdict.reference.fact_id in verdict.reason


@pytest.mark.parametrize("name", WRONG)
def test_wrong_seed_figures_are_contradicted_with_the_reference(store, name):
    (text, kind, _), kwargs = SEED_FIGURES[name]
    written, value, fact, reference = WRONG[name]
    [verdict] = verify([seed_figure(text, kind, value, written=written, **kwargs)], store, DATE)
    assert verdict.status == "contradicted", verdict.reason
    assert verdict.reference.fact_id == fact
    assert verdict.reference.value == reference
    assert verdict.reference.source.publisher


def test_first_appearance_before_the_court_stays_unverified(store):
    [verdict] = verify([seed_figure("الأولى", "ordinal", 1)], store, DATE)
    assert verdict.status == "unverified" and verdict.reference is None
    assert "no reference" in verdict.reason


def test_one_verdict_per_figure_in_order(store):
    figures = [seed_figure(*a, **k) for a, k in SEED_FIGURES.values()]
    verdicts = verify(figures, store, DATE)
    assert [v.reference.fact_id for v in verdicts] == [
        "gaza-war-start", "rafah-displaced", "blinken-middle-east-tours", "gaza-death-toll",
        "founding-of-israel", "gaza-population", "gaza-blockade"]


def test_english_sentence_matches_through_english_aliases(store):
    text = "Gaza is home to about 2.3 million people, according to the statistics bureau."
    figure = Figure("2.3 million", 0, 0, "count", 2300000, qualifier="approx", subject="people",
                    context=normalize(text).text)
    [verdict] = verify([figure], store, DATE)
    assert verdict.status == "supported" and verdict.reference.fact_id == "gaza-population"
    assert "Gaza is home to" in verdict.reason


def test_series_value_in_force_at_the_article_date(store):
    tour = seed_figure("سادس", "ordinal", 5, written="خامس")
    [verdict] = verify([tour], store, DATE)
    assert verdict.status == "outdated" and verdict.reference.value == 6
    [verdict] = verify([tour], store, dt.date(2024, 3, 1))
    assert verdict.status == "supported" and verdict.reference.as_of == dt.date(2024, 2, 5)
    [verdict] = verify([seed_figure("سادس", "ordinal", 1, written="أول")], store, dt.date(2023, 9, 1))
    assert verdict.status == "unverified" and "no value before 2023-10-12" in verdict.reason


def test_death_toll_between_two_reports_is_not_contradicted(store):
    context = normalize("وارتفعت حصيلة الشهداء في غزة إلى 31,900 شهيد").text
    figure = Figure("31,900", 0, 0, "count", 31900, subject="شهيد", context=context)
    [verdict] = verify([figure], store, DATE)
    assert verdict.status == "unverified" and "between" in verdict.reason
    figure.value, figure.text, figure.context = 31819, "31,819", context.replace("31,900", "31,819")
    assert verify([figure], store, DATE)[0].status == "supported"


def test_counted_noun_must_fit_the_fact(store):
    context = normalize("Gaza is home to about 2.3 million chickens").text
    figure = Figure("2.3 million", 0, 0, "count", 2300000, "approx", subject="chickens", context=context)
    assert verify([figure], store, DATE)[0].status == "unverified"


def test_duration_units_and_kinds_must_fit(store):
    figure = seed_figure("17 عاماً", "duration", 17, unit="parsec")
    assert verify([figure], store, DATE)[0].status == "unverified"


def test_equally_good_facts_are_reported_not_guessed(tmp_path):
    (tmp_path / "twins.yaml").write_text("""schema: 1
facts:
  - {id: twin-a, kind: count, value: 100, as_of: "2024-01-01", names: {en: [widget output]},
     source: {publisher: A, url: "https://a.example"}}
  - {id: twin-b, kind: count, value: 200, as_of: "2024-01-01", names: {en: [widget output]},
     source: {publisher: B, url: "https://b.example"}}
""", encoding="utf-8")
    store = load_store([tmp_path])
    figure = Figure("100", 0, 0, "count", 100, context="The widget output reached 100 last year")
    [verdict] = verify([figure], store, DATE)
    assert verdict.status == "unverified" and "not guessing" in verdict.reason
    assert {verdict.reference.fact_id, *(a.fact_id for a in verdict.alternatives)} == {"twin-a", "twin-b"}
    figure = Figure("150", 0, 0, "count", 150, "approx", context="The widget output reached about 150")
    [verdict] = verify([figure], load_store([tmp_path]), DATE)    # 100 and 200: both contradict it
    assert verdict.status == "contradicted" and len(verdict.alternatives) == 1 and "agree" in verdict.reason


@pytest.mark.parametrize("sentence,figure,kind,value,unit,fact,status", [
    ("Israel has blockaded Gaza for 17 years.", "17 years", "duration", 17, "year", "gaza-blockade", "supported"),
    ("Israel has blockaded Gaza for 12 years.", "12 years", "duration", 12, "year", "gaza-blockade", "contradicted"),
    ("The blockade of the Gaza Strip was imposed in 2007.", "2007", "year", 2007, None, "gaza-blockade", "supported"),
    ("Israel was founded in 1948.", "1948", "year", 1948, None, "founding-of-israel", "supported"),
    ("The Gaza war began on October 7, 2023.", "October 7, 2023", "date", "2023-10-07", None, "gaza-war-start",
     "supported"),
    ("The Gaza war began on 8 October.", "8 October", "date", "--10-08", None, "gaza-war-start", "contradicted"),
    ("It is Blinken's ninth trip to the Middle East since the war began.", "ninth", "ordinal", 9, None,
     "blinken-middle-east-tours", "contradicted"),
])
def test_english_events_and_series(store, sentence, figure, kind, value, unit, fact, status):
    [verdict] = verify([Figure(figure, 0, 0, kind, value, unit, context=normalize(sentence).text)], store, DATE)
    assert (verdict.reference.fact_id, verdict.status) == (fact, status), verdict.reason


@pytest.mark.parametrize("text,value,qualifier,inside,outside", [
    ("1.4 مليون", 1400000, None, [1350000, 1450000], [1340000, 1460000]),
    ("10", 10, None, [9, 11], [8.9, 14]),
    ("30,000", 30000, "more_than", [30001, 10 ** 9], [30000]),
    ("30,000", 30000, "at_most", [0, 30000], [30001]),
])
def test_accepted_interval(text, value, qualifier, inside, outside):
    low, high = accepted(Figure(text, 0, 0, "count", value, qualifier=qualifier))
    assert all(low <= x <= high for x in inside)
    assert not any(low <= x <= high for x in outside)


def _word(i: int) -> str:
    """A made-up word for number i ("qba", "qbb"...): letters only, one per number."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters = chr(97 + r) + letters
        if not i:
            return "q" + letters.rjust(3, "a")


def _synthetic_fact(i: int):
    """Fact i, named "output of plant <word> in region <one of 97 words>", of value i + 1."""
    raw = {"id": f"f{i}", "kind": "count", "value": i + 1, "as_of": "2024-01-01",
           "names": {"en": [f"output of plant {_word(i)} in region {_word(i % 97)}"]},
           "source": {"publisher": "P", "url": f"https://p.example/{i}"}}
    return _record("facts", raw, Path("synthetic.yaml"), i + 1)


def _synthetic_figure(i: int) -> Figure:
    return Figure(str(i + 1), 0, 0, "count", i + 1,
                  context=f"The output of plant {_word(i)} in region {_word(i % 97)} was {i + 1}")


def _synthetic_store(n: int) -> ReferenceStore:
    """n synthetic facts, built in memory."""
    store = ReferenceStore()
    for i in range(n):
        store.add(_synthetic_fact(i))
    return store


def test_a_fact_added_after_a_check_is_found():
    """A sentence keeps only the word variants of the store's index: those of a fact added later too."""
    store = _synthetic_store(1)
    assert verify([_synthetic_figure(0)], store, DATE)[0].status == "supported"
    store.add(_synthetic_fact(1))
    assert verify([_synthetic_figure(1)], store, DATE)[0].status == "supported"


def test_lookup_uses_the_index_not_a_scan():
    timings = []
    for n in (1000, 20000):
        store = _synthetic_store(n)
        figures = [_synthetic_figure(i) for i in range(0, 1000, 5)]
        start = time.perf_counter()
        verdicts = verify(figures, store, DATE)
        timings.append(time.perf_counter() - start)
        assert all(v.status == "supported" for v in verdicts), [v.reason for v in verdicts if v.status != "supported"][:3]
    assert timings[1] < 3 * timings[0] + 0.05, timings


def test_malformed_figure_value_is_unverified_not_a_crash(store):
    figure = seed_figure("1948", "year", "in the forties")
    assert verify([figure], store, DATE)[0].status == "unverified"


def test_reference_newer_than_the_article_does_not_contradict(store):
    figure = seed_figure("2.3 مليون", "count", 1500000, qualifier="approx", subject="فلسطيني", written="1.5 مليون")
    [verdict] = verify([figure], store, dt.date(2009, 8, 1))
    assert verdict.status == "unverified" and "after the article's date" in verdict.reason
    assert verify([figure], store, DATE)[0].status == "contradicted"


@given(st.integers(1, 10 ** 9), st.sampled_from([None, "approx", "at_least", "at_most"]))
def test_a_figure_always_accepts_its_own_value(value, qualifier):
    figure = Figure(f"{value:,}", 0, 0, "count", value, qualifier=qualifier)
    low, high = accepted(figure)
    assert low <= value <= high
    assert high - low <= 0.3001 * value or qualifier in ("at_least", "at_most")   # cap + approx, each side
