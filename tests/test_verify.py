"""Verification: figures of real sentences (extracted, framed and matched by the pipeline) against
the bundled store and against small stores written here, in the words a researcher would use,
not the sentences'."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.document import from_text
from factcheck.model import Figure
from factcheck.pipeline import check_document
from factcheck.references import ReferenceStore, _record, load_store
from factcheck.rules import data_dir
from factcheck.verify import accepted

from .conftest import SEED

DATE = dt.date(2024, 3, 20)


@pytest.fixture(scope="module")
def bundled():
    return load_store([data_dir("references")])


def check(text: str, store: ReferenceStore, date: dt.date = DATE, title: str | None = None) -> dict:
    """{figure as written: verdict} for a text checked by the pipeline."""
    if title:
        text = f"---\ntitle: {title}\n---\n{text}"
    result = check_document(from_text(text, "draft.md" if title else "-", "auto", date), store)
    return {f.text: v for f, v in zip(result.figures, result.verdicts)}


def store_of(tmp_path: Path, yaml: str) -> ReferenceStore:
    (tmp_path / "facts.yaml").write_text("schema: 1\n" + yaml, encoding="utf-8")
    return load_store([tmp_path])


SOURCE = 'source: {publisher: Civil Defence, url: "https://cd.example/report"}'


# ---------------------------------------------------------------- the seed and the bundled store

def test_seed_figures_are_supported(bundled):
    verdicts = check(SEED.read_text(encoding="utf-8"), bundled)
    for text in ("7 أكتوبر/تشرين الأول 2023", "1.4 مليون", "سادس", "عشرات آلاف", "1948", "2.3 مليون", "17 عاماً"):
        assert verdicts[text].status == "supported", (text, verdicts[text].reason)
        assert verdicts[text].reference.source.url.startswith("https://")
        assert verdicts[text].reference.fact_id in verdicts[text].reason


def test_the_first_appearance_before_the_court_stays_unverified(bundled):
    verdict = check(SEED.read_text(encoding="utf-8"), bundled)["الأولى"]
    assert verdict.status == "unverified"


@pytest.mark.parametrize("sentence,figure,fact,status", [
    ("Israel has blockaded Gaza for 17 years.", "17 years", "gaza-blockade", "supported"),
    ("Israel has blockaded Gaza for 12 years.", "12 years", "gaza-blockade", "contradicted"),
    ("Israel was founded in 1948.", "1948", "founding-of-israel", "supported"),
    ("The Gaza war began on October 7, 2023.", "October 7, 2023", "gaza-war-start", "supported"),
    ("The Gaza war began on 8 October.", "8 October", "gaza-war-start", "contradicted"),
    ("It is Blinken's ninth trip to the Middle East since the war began.", "ninth",
     "blinken-middle-east-tours", "contradicted"),
    ("Gaza is home to about 2.3 million people.", "2.3 million", "gaza-population", "supported"),
])
def test_english_sentences_against_the_bundled_store(bundled, sentence, figure, fact, status):
    verdict = check(sentence, bundled)[figure]
    assert (verdict.reference.fact_id, verdict.status) == (fact, status), verdict.reason


def test_the_value_in_force_at_the_article_date(bundled):
    text = "وستكون هذه خامس جولة يجريها بلينكن في المنطقة منذ بدء الحرب على غزة."
    assert check(text, bundled)["خامس"].status == "outdated"
    verdict = check(text, bundled, dt.date(2024, 3, 1))["خامس"]
    assert verdict.status == "supported" and verdict.reference.as_of == dt.date(2024, 2, 5)
    assert check(text, bundled, dt.date(2023, 9, 1))["خامس"].status == "unverified"


def test_a_toll_between_two_reports_is_not_contradicted(bundled):
    assert check("وارتفعت حصيلة الشهداء في قطاع غزة إلى 31,900 شهيد", bundled)["31,900"].status == "unverified"
    assert check("وارتفعت حصيلة الشهداء في قطاع غزة إلى 31,819 شهيدا", bundled)["31,819"].status == "supported"


def test_the_counted_noun_must_fit(bundled):
    assert check("Gaza is home to about 2.3 million chickens", bundled)["2.3 million"].status == "unverified"


def test_a_fact_newer_than_the_article_does_not_contradict(bundled):
    text = "تواصل إسرائيل حربها على القطاع الذي يقطنه نحو 1.5 مليون فلسطيني"
    assert check(text, bundled, dt.date(2009, 8, 1))["1.5 مليون"].status == "unverified"
    assert check(text, bundled)["1.5 مليون"].status == "contradicted"


# ---------------------------------------------------------------- claim frames and assignment

FLOOD = f"""facts:
  - id: flood-rescued
    kind: count
    unit: person
    value: 68
    as_of: "2024-03-18"
    names: {{ar: ["عدد من تم إنقاذهم في فيضان وادي النور"], en: [people rescued in the Wadi al-Nour flood]}}
    population: {{ar: [شخص], en: [people]}}
    {SOURCE}
  - id: flood-bodies
    kind: count
    unit: person
    value: 55
    as_of: "2024-03-18"
    names: {{ar: ["عدد الجثث المنتشلة في فيضان وادي النور"], en: [bodies recovered after the Wadi al-Nour flood]}}
    {SOURCE}
"""


def test_each_figure_of_a_sentence_takes_its_own_fact(tmp_path):
    store = store_of(tmp_path, FLOOD)
    verdicts = check("وتم إنقاذ 68 شخصا وانتشال 55 جثة بعد فيضان وادي النور", store)
    assert verdicts["68"].reference.fact_id == "flood-rescued" and verdicts["68"].status == "supported"
    assert verdicts["55"].reference.fact_id == "flood-bodies" and verdicts["55"].status == "supported"
    # one figure wrong: only that one is contradicted, against its own fact
    verdicts = check("وتم إنقاذ 68 شخصا وانتشال 91 جثة بعد فيضان وادي النور", store)
    assert verdicts["68"].status == "supported"
    assert verdicts["91"].status == "contradicted" and verdicts["91"].reference.fact_id == "flood-bodies"
    verdicts = check("Rescuers saved 80 people and recovered 55 bodies after the Wadi al-Nour flood.", store)
    assert (verdicts["80"].status, verdicts["80"].reference.fact_id) == ("contradicted", "flood-rescued")
    assert verdicts["55"].status == "supported"


def test_a_figure_is_never_checked_against_words_of_another_clause(tmp_path):
    store = store_of(tmp_path, FLOOD)
    # no rescue is mentioned: 68 is the bodies' figure here, or nobody's
    verdicts = check("وانتشلت فرق الدفاع المدني 68 جثة من الوحل بعد فيضان وادي النور", store)
    assert verdicts["68"].status != "contradicted" or verdicts["68"].reference.fact_id == "flood-bodies"
    assert all(v.reference is None or v.reference.fact_id != "flood-rescued" or v.status == "unverified"
               for v in verdicts.values())


def test_the_title_and_lead_name_what_the_sentence_leaves_out(tmp_path):
    store = store_of(tmp_path, FLOOD)
    body = "وقال الدفاع المدني إنه تم إنقاذ 31 شخصا من الفيضان حتى مساء الاثنين."
    titled = check(body, store, title="فيضان وادي النور يغمر القرى")
    assert titled["31"].status == "contradicted" and titled["31"].reference.fact_id == "flood-rescued"
    assert "topic" in titled["31"].reason
    # without the title nothing says which flood: no alarm
    assert check(body, store)["31"].status == "unverified"


def test_the_paragraph_before_names_what_a_one_line_paragraph_calls_the_project(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: wall-cost, kind: money, unit: USD, value: 7500000, as_of: "2015-07-01",
     names: {{ar: [كلفة الجدار العازل على حدود روريتانيا]}}, {SOURCE}}}
""")
    body = ("تونس تنفي خبر القاعدة\n\n"
            "نفى المتحدث باسم وزارة الدفاع خبر نقل قاعدة عسكرية أجنبية إلى مدينة في الشمال الشرقي للبلاد.\n"
            "وقال المتحدث إن السلطات ماضية في بناء الجدار العازل على حدود روريتانيا.\n"
            "وقدرت كلفة المشروع بنحو 7.5 مليون دولار.")
    verdict = check(body, store)["7.5 مليون دولار"]
    assert verdict.status == "supported" and "paragraph: الجدار" in verdict.reason, verdict.reason
    # two paragraphs back nothing tells which project
    far = body.replace("\nوقدرت", "\nوتابع أن العمل سيستمر حتى نهاية العام.\nوقدرت")
    assert check(far, store)["7.5 مليون دولار"].status == "unverified"


def test_a_price_in_pence_is_checked_against_a_record_in_pence_sterling(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: utd-close, kind: money, unit: GBX, value: 270.25, as_of: "2005-02-11",
     names: {{en: [Manchester United closing share price]}}, {SOURCE}}}
""")
    assert check("Manchester United shares closed at 270.25p on Friday.", store)["270.25p"].status == "supported"
    verdict = check("Manchester United shares closed at 290.25p on Friday.", store)["290.25p"]
    assert verdict.status != "supported" and verdict.reference.fact_id == "utd-close"


def test_the_hotel_is_the_hotel_the_article_named_before(tmp_path):
    toll = f"""  - {{id: hotel-toll, kind: count, unit: person, value: 13, as_of: "2015-07-26",
     names: {{ar: [حصيلة قتلى هجوم فندق الجزيرة]}}, {SOURCE}}}
"""
    store = store_of(tmp_path, "facts:\n" + toll)
    body = ("هجوم على فندق في مقديشو\n\n"
            "اقتحم مسلحون فندق الجزيرة في العاصمة الصومالية أمس وفجروا سيارة مفخخة عند بوابته الرئيسية.\n"
            "وأعلنت الشرطة أن {} شخصا قتلوا في الهجوم على الفندق.")
    verdict = check(body.format(13), store)["13"]
    assert verdict.status == "supported" and "topic: الجزيره" in verdict.reason, verdict.reason
    assert check(body.format(31), store)["31"].status == "contradicted"
    # with another hotel's toll in the store, only the sentence could tell the two apart: no alarm
    store = store_of(tmp_path, "facts:\n" + toll + toll.replace("hotel-toll", "other-toll").replace(
        "13", "40").replace("الجزيرة", "الصحافة"))
    verdict = check(body.format(31), store)["31"]
    assert verdict.status == "unverified" and verdict.reference.fact_id == "hotel-toll", verdict.reason


def test_a_date_told_from_an_event_raises_no_alarm_against_the_events_date(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: deal-signing, date: "2015-07-14", names: {{ar: [توقيع الاتفاق النووي الإيراني], en: [signing of the Iran nuclear deal]}},
     {SOURCE}}}
""")
    ar = "وعقدت جلسة الاستماع الثالثة في 13 يوليو 2015 قبل يوم على توقيع الاتفاق النووي الإيراني."
    en = "The third hearing was held on 13 July 2015, a day before the signing of the Iran nuclear deal."
    verdict = check(ar, store)["13 يوليو 2015"]
    assert verdict.status == "unverified" and "told from another event" in verdict.reason, verdict.reason
    assert check(en, store)["13 July 2015"].status == "unverified"
    # the event's own date is still checked
    assert check("وجرى توقيع الاتفاق النووي الإيراني في 13 يوليو 2015.", store)["13 يوليو 2015"].status == "contradicted"


def test_an_event_the_figures_clause_says_in_another_form_keeps_a_near_rival_from_an_alarm(tmp_path):
    # the release is named in the headline ("الإفراج") and by its verb next to the date ("أفرج"); the
    # kidnapping fits better by the place the rest of the sentence names: no alarm, the text says both
    store = store_of(tmp_path, f"""events:
  - {{id: release, date: "2014-12-09", names: {{ar: ["الإفراج عن الرهينة الكندي جان دوفال"]}}, {SOURCE}}}
  - {{id: kidnap, date: "2011-11-24", names: {{ar: ["اختطاف الكندي جان دوفال في النيجر"]}}, {SOURCE}}}
  - {{id: kidnap-2, date: "2015-02-24", names: {{ar: ["اختطاف الكندية ماري لوران في صنعاء"]}}, {SOURCE}}}
  - {{id: kidnap-3, date: "2011-05-28", names: {{ar: ["اختطاف عمال الإغاثة في حضرموت"]}}, {SOURCE}}}
  - {{id: summit, date: "2015-03-28", names: {{ar: ["القمة العربية في شرم الشيخ"]}}, {SOURCE}}}
  - {{id: canal, date: "2015-08-06", names: {{ar: ["افتتاح قناة السويس الجديدة"]}}, {SOURCE}}}
""")
    text = ("الإفراج عن رهينة ثانية\n\nوقالت الحكومة إن الرهينة بخير. وكان أفرج في {} عن جان دوفال وهو كندي "
            "في الخمسين من العمر احتجزه مسلحون في شمال النيجر.")
    verdict = check(text.format("ديسمبر 2014"), store, dt.date(2015, 8, 8))["ديسمبر 2014"]
    assert verdict.status == "unverified" and "release" in verdict.reason, verdict.reason
    # the kidnapping said in the date's own clause is still checked
    kidnapped = "وكان مسلحون قد اختطفوا الكندي جان دوفال في النيجر في ديسمبر 2012."
    assert check(kidnapped, store, dt.date(2015, 8, 8))["ديسمبر 2012"].status == "contradicted"


def test_a_countrys_name_is_no_currency_and_its_lead_names_it(tmp_path):
    # "France" stems to "franc": no currency word that the figure's sentence must say
    store = store_of(tmp_path, f"""facts:
  - {{id: fr-gdp, kind: percent, unit: percent, value: 0.8, as_of: "2004-12-31",
     names: {{en: ["France quarter-on-quarter GDP growth"]}}, {SOURCE}}}
  - {{id: fr-jobless, kind: percent, unit: percent, value: 9.9, as_of: "2004-12-31", names: {{en: ["France jobless rate"]}}, {SOURCE}}}
""")
    text = ("France's economy picked up at the end of 2004.\n\nGross domestic product (GDP) rose by {} in the fourth "
            "quarter compared with the previous quarter, the statistical office said.")
    assert check(text.format("0.8%"), store, dt.date(2005, 2, 18))["0.8%"].status == "supported"
    verdict = check(text.format("1.5%"), store, dt.date(2005, 2, 18))["1.5%"]
    assert verdict.status == "contradicted", verdict.reason


def test_a_level_of_a_growth_rate_is_checked_against_that_growth_and_never_raises_an_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: fr-annual, kind: percent, unit: percent, value: 2.3, as_of: "2004-12-31",
     names: {{en: ["French annual GDP growth"]}}, aliases: {{en: ["France yearly growth rate"]}}, {SOURCE}}}
  - {{id: fr-jobless, kind: percent, unit: percent, value: 9.9, as_of: "2004-12-31", names: {{en: ["France jobless rate"]}}, {SOURCE}}}
""")
    text = "France's economy picked up.\n\nThat expansion pushed annual growth to {}, the fastest rate in two years."
    assert check(text.format("2.3%"), store, dt.date(2005, 2, 18))["2.3%"].status == "supported"
    verdict = check(text.format("3.3%"), store, dt.date(2005, 2, 18))["3.3%"]
    assert verdict.status == "unverified" and "a level" in verdict.reason, verdict.reason


def test_a_one_sentence_paragraph_that_counts_what_facts_count_is_told_by_the_paragraphs_before(tmp_path):
    # "وتبنى 230 نائبا ... مقابل 63 نائبا": the line tells no vote; the reform it goes on from does
    population = "population: {ar: [نائب]}"
    store = store_of(tmp_path, "facts:\n" + "".join(
        f"""  - {{id: {rid}, kind: count, unit: person, value: {value}, as_of: "2015-07-23", names: {{ar: ["{name}"]}},
     {population}, {SOURCE}}}\n""" for rid, value, name in (
            ("civil-yes", 230, "عدد النواب المؤيدين لإصلاح القضاء المدني في برلمان روريتانيا"),
            ("civil-no", 63, "عدد النواب المعارضين لإصلاح القضاء المدني في برلمان روريتانيا"),
            ("pension-yes", 229, "عدد النواب المؤيدين لإصلاح المعاشات في برلمان روريتانيا"),
            ("pension-no", 64, "عدد النواب المعارضين لإصلاح المعاشات في برلمان روريتانيا"))))
    text = ("أزمة الديون في روريتانيا\n\nتواصل الحكومة مفاوضاتها مع الدائنين منذ أشهر.\n\n"
            "وصوت البرلمان فجر الخميس على إصلاح القضاء المدني بعد نقاش طويل.\n\n"
            "وتبنى {} نائبا الإجراءات الجديدة مقابل 63 نائبا.")
    verdicts = check(text.format(230), store, dt.date(2015, 7, 23))
    assert verdicts["63"].status == "supported" and "civil-no" in verdicts["63"].reason, verdicts["63"].reason
    assert verdicts["230"].status == "supported" and "civil-yes" in verdicts["230"].reason
    # a wrong count fits both of the reform's votes as well: no alarm, no guess
    assert check(text.format(175), store, dt.date(2015, 7, 23))["175"].status == "unverified"


def test_a_fact_many_times_the_figure_does_not_keep_its_value_from_telling_another(tmp_path):
    # "46 states": the four states that settled apart fit the words best, but 46 is no count of
    # theirs; the fact whose value it is, named in part, is the one
    store = store_of(tmp_path, f"""facts:
  - {{id: apart, kind: count, unit: state, value: 4, as_of: "1998-05-08",
     names: {{en: ["states with separate tobacco settlements"]}}, population: {{en: [states]}}, {SOURCE}}}
  - {{id: msa, kind: count, unit: state, value: 46, as_of: "1998-11-23",
     names: {{en: ["states party to the tobacco Master Settlement Agreement"]}}, population: {{en: [states]}}, {SOURCE}}}
""")
    text = "The tobacco firms avoided a trial in a landmark $206bn settlement reached with {} states in 1998."
    verdict = check(text.format(46), store, dt.date(2005, 2, 4))["46"]
    assert verdict.status == "supported" and "msa" in verdict.reason, verdict.reason
    assert check(text.format(44), store, dt.date(2005, 2, 4))["44"].status == "unverified"


def test_a_figure_whose_clause_names_nothing_is_of_the_clause_before(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: curfew-extension, date: "2019-03-05", names: {{ar: [تمديد حظر التجول في المدينة], en: [extension of the city curfew]}},
     {SOURCE}}}
""")
    # the date's clause after the duration is "من 5 مارس 2019": it dates the extension
    text = "وقرر المحافظ تمديد حظر التجول في المدينة لأسبوعين اعتبارا من 5 مارس 2019."
    assert check(text, store)["5 مارس 2019"].status == "supported"
    assert check(text.replace("5 مارس", "9 أبريل"), store)["9 أبريل 2019"].status == "contradicted"


def test_figures_joined_by_and_take_facts_in_the_order_the_sentence_names_them(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: tariff-copper, kind: percent, unit: percent, value: 40, as_of: "2024-02-01",
     names: {{en: [import tariff on copper]}}, {SOURCE}}}
  - {{id: tariff-zinc, kind: percent, unit: percent, value: 15, as_of: "2024-02-01",
     names: {{en: [import tariff on zinc]}}, {SOURCE}}}
""")
    verdicts = check("The government raised import tariffs on copper and zinc to 40% and 15%.", store)
    assert (verdicts["40%"].status, verdicts["40%"].reference.fact_id) == ("supported", "tariff-copper")
    assert (verdicts["15%"].status, verdicts["15%"].reference.fact_id) == ("supported", "tariff-zinc")
    verdicts = check("The government raised import tariffs on copper and zinc to 40% and 25%.", store)
    assert (verdicts["25%"].status, verdicts["25%"].reference.fact_id) == ("contradicted", "tariff-zinc")
    assert verdicts["40%"].status == "supported"


def test_a_change_is_checked_against_changes_and_a_level_against_levels(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: exports-level, kind: money, unit: USD, value: 5200000000, as_of: "2024-01-31",
     names: {{en: [Wadi Republic exports in January 2024]}}, {SOURCE}}}
  - {{id: exports-growth, kind: percent, unit: percent, value: 20.8, as_of: "2024-01-31",
     names: {{en: [growth of Wadi Republic exports in January 2024]}}, {SOURCE}}}
""")
    verdicts = check("Wadi Republic exports rose by 20.8% in January to $5.2bn.", store)
    assert verdicts["20.8%"].status == "supported" and verdicts["$5.2bn"].status == "supported"
    # "up $3bn" is a change: never compared with the level
    verdicts = check("Wadi Republic exports were up $3bn in January.", store)
    assert verdicts["$3bn"].status == "unverified"


def test_a_year_in_the_clause_picks_the_series_entry(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: lake-fish-catch
    kind: measure
    unit: t
    names: {{en: [fish catch of Lake Varna]}}
    {SOURCE}
    entries:
      - {{as_of: "2010", value: 900}}
      - {{as_of: "2015", value: 1200}}
      - {{as_of: "2020", value: 700}}
""")
    assert check("The fish catch of Lake Varna was 1,200 tonnes in 2015.", store)["1,200 tonnes"].status == "supported"
    # the same figure with no year is the value of 2015, outdated at the article's date
    assert check("The fish catch of Lake Varna is 1,200 tonnes.", store)["1,200 tonnes"].status == "outdated"
    verdict = check("The fish catch of Lake Varna was 500 tonnes in 2010.", store)["500 tonnes"]
    assert verdict.status == "contradicted" and verdict.reference.value == 900


def test_a_day_in_the_clause_picks_the_series_entry_of_that_day(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: varna-level
    kind: measure
    unit: m
    names: {{en: [water level of Lake Varna], ar: [منسوب المياه في بحيرة فارنا]}}
    {SOURCE}
    entries:
      - {{as_of: "2015-06-26", value: 4.2}}
      - {{as_of: "2015-08-03", value: 3.1}}
""")
    date = dt.date(2015, 8, 4)
    for text, figure in (("The water level of Lake Varna stood on 26 June at 4.2 metres.", "4.2 metres"),
                         ("وكان منسوب المياه في بحيرة فارنا قد بلغ في 26 يونيو 4.2 متر.", "4.2 متر")):
        verdict = check(text, store, date)[figure]
        assert verdict.status == "supported" and "2015-06-26" in verdict.reason, verdict.reason
    # with no day, the value of June is out of date on 4 August
    verdict = check("The water level of Lake Varna stood at 4.2 metres.", store, date)["4.2 metres"]
    assert verdict.status == "outdated", verdict.reason


def test_a_month_in_the_clause_picks_the_series_entry_of_that_month(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: varna-withdrawals
    kind: money
    unit: EUR
    names: {{en: [monthly value of cash withdrawals in Varna], ar: [قيمة السحوبات النقدية الشهرية في فارنا]}}
    {SOURCE}
    entries:
      - {{as_of: "2015-02", value: 72700000}}
      - {{as_of: "2015-05", value: 67000000}}
""")
    date = dt.date(2015, 7, 5)
    for text, figure in (("The monthly value of cash withdrawals in Varna reached 72.7 million euros in February.",
                          "72.7 million euros"),
                         ("وجاءت أعلى قيمة للسحوبات النقدية الشهرية في فارنا في شهر فبراير الماضي وبلغت 72.7 مليون يورو.",
                          "72.7 مليون يورو")):
        verdict = check(text, store, date)[figure]
        assert verdict.status == "supported" and "2015-02-01" in verdict.reason, verdict.reason
    # another month is no month of that value
    verdict = check("The monthly value of cash withdrawals in Varna reached 72.7 million euros in April.", store,
                    date)["72.7 million euros"]
    assert verdict.status == "outdated", verdict.reason


def test_a_limit_is_what_could_be_so_could_does_not_narrow_it(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: fraud-max, kind: duration, unit: year, value: 20, as_of: "2024-01-01",
     names: {{en: [maximum jail sentence for securities fraud in Ruritania]}}, {SOURCE}}}
""")
    for text in ("He could face a maximum jail sentence of {} years for securities fraud in Ruritania.",
                 "He could face a maximum jail sentence of up to {} years for securities fraud in Ruritania."):
        assert check(text.format(20), store)["20 years"].status == "supported"
        verdict = check(text.format(85), store)["85 years"]
        assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "fraud-max"), verdict.reason
    # a new value the limit would be set to is no limit in force (test_a_value_that_would_be_...)


def test_the_value_a_change_starts_from_is_the_series_entry_before(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: lake-fish-catch
    kind: measure
    unit: t
    names: {{en: [fish catch of Lake Varna], ar: [صيد الأسماك في بحيرة فارنا]}}
    {SOURCE}
    entries:
      - {{as_of: "2022", value: 900}}
      - {{as_of: "2023", value: 1200}}
""")
    for text in ("The fish catch of Lake Varna rose to 1,200 tonnes from {} tonnes.",
                 "وارتفع صيد الأسماك في بحيرة فارنا إلى 1200 طن من {} طن."):
        verdicts = list(check(text.format(900), store).values())
        assert [v.status for v in verdicts] == ["supported", "supported"], [v.reason for v in verdicts]
        assert verdicts[1].reference.value == 900
        # another starting value: of another time, no alarm
        verdicts = list(check(text.format(500), store).values())
        assert [v.status for v in verdicts] == ["supported", "unverified"], [v.reason for v in verdicts]


def test_a_year_named_by_the_articles_date_picks_the_series_entry(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: wifi-open-share
    kind: percent
    unit: percent
    names: {{en: [share of open office wireless networks in the Acme survey]}}
    {SOURCE}
    entries:
      - {{as_of: "2004", value: 15}}
      - {{as_of: "2005-03-01", value: 34}}
""")
    date = dt.date(2005, 3, 10)
    text = "Last year's Acme survey found that 15% of office wireless networks were open."
    verdict = check(text, store, date)["15%"]
    assert verdict.status == "supported" and verdict.reference.value == 15, verdict.reason
    # said of today, it is the older value
    assert check("The Acme survey found that 15% of office wireless networks are open.", store, date)["15%"].status \
        == "outdated"


@pytest.mark.parametrize("text,month", [
    ("The signing of the Ruritania-Veldia fishing accord took place in {}, officials said.", ("May", "June")),
    ("ووقعت روريتانيا وفيلديا اتفاق الصيد في {} الماضي، بحسب مسؤولين.", ("مايو (أيار)", "يونيو (حزيران)")),
])
def test_a_month_named_alone_is_checked_against_the_events_month(tmp_path, text, month):
    store = store_of(tmp_path, f"""events:
  - {{id: accord, date: "2015-05-22", names: {{ar: [توقيع اتفاق الصيد بين روريتانيا وفيلديا], en: [signing of the Ruritania-Veldia fishing accord]}},
     {SOURCE}}}
""")
    right, wrong = month
    assert check(text.format(right), store, dt.date(2015, 7, 23))[right].status == "supported"
    assert check(text.format(wrong), store, dt.date(2015, 7, 23))[wrong].status == "contradicted"


def test_a_year_of_another_clause_does_not_contradict_the_value_in_force(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: northby-majority
    kind: count
    unit: vote
    names: {{en: [majority of the MP for Northby]}}
    aliases: {{en: [Jane Marsh's majority]}}
    {SOURCE}
    entries:
      - {{as_of: "1997-05-01", value: 9100}}
      - {{as_of: "2001-06-07", value: 6900}}
""")
    # "in 1997" is when she won the seat; the majority she has is the one in force
    verdict = check("Labour's Jane Marsh won the seat in 1997 and has a 6,900 majority.", store, dt.date(2005, 2, 3))["6,900"]
    assert verdict.status == "unverified" and "in force" in verdict.reason


def test_a_fact_of_the_complement_is_not_the_figure_of_what_it_excludes(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: non-eu-exports, kind: percent, value: 7.5, as_of: "2004-11", names: {{en: [monthly growth of Ruritania's non-EU exports]}}, {SOURCE}}}
""")
    verdicts = check("Ruritania's exports to the EU rose 2% in November.\n\nNon-EU exports shot up 7.5%.", store)
    assert verdicts["2%"].status == "unverified"
    assert verdicts["7.5%"].status == "supported"


TRADE = f"""facts:
  - {{id: exports, kind: money, unit: GBP, value: 24800000000, as_of: "2004-11", names: {{en: [Ruritania's monthly exports]}}, {SOURCE}}}
  - {{id: imports, kind: money, unit: GBP, value: 27900000000, as_of: "2004-11", names: {{en: [Ruritania's monthly imports]}}, {SOURCE}}}
"""


@pytest.mark.parametrize("text", [
    "The difference between what Ruritania exported and imported was £3.1bn in November.",
    # exports said by another figure: the difference is still not imports
    "Ruritania's exports rose to £24.8bn in November. Imports reached £19.2bn. "
    "The difference between what Ruritania exported and imported was £3.1bn.",
])
def test_a_figure_whose_clause_names_two_facts_alike_is_neither(tmp_path, text):
    verdict = check(text, store_of(tmp_path, TRADE))["£3.1bn"]
    assert verdict.status == "unverified", verdict.reason


def test_a_value_compared_with_that_counts_its_own_noun_is_another_quantity(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ebooks, kind: count, unit: book, value: 41000, as_of: "2005-01", names: {{en: [weekly e-book sales in Ruritania]}}, {SOURCE}}}
  - {{id: paper, kind: count, unit: book, value: 67000, as_of: "2005-01", names: {{en: [weekly paperback sales in Ruritania]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 7)
    said = check("Ruritania's weekly e-book sales reached 41,000 compared with 67,000 paperbacks.", store, date)
    assert said["41,000"].status == "supported" and said["41,000"].reference.fact_id == "ebooks", said["41,000"].reason
    assert said["67,000"].status == "supported" and said["67,000"].reference.fact_id == "paper", said["67,000"].reason
    # the compared value wrong: it is the paperbacks' and contradicts them; the e-books' stays right
    said = check("Ruritania's weekly e-book sales reached 41,000 compared with 93,000 paperbacks.", store, date)
    assert said["41,000"].status == "supported", said["41,000"].reason
    assert said["93,000"].status == "contradicted" and said["93,000"].reference.fact_id == "paper", said["93,000"].reason


def test_only_so_many_of_a_count_are_some_not_all(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: insurers, kind: count, unit: company, value: 35, as_of: "2015-06", names: {{ar: [عدد شركات التأمين المدرجة في السوق], en: [number of insurance companies listed on the exchange]}}, {SOURCE}}}
""")
    date = dt.date(2015, 8, 1)
    said = check("ويتم تداول 6 شركات تأمين مدرجة في السوق فقط بمكرر ربحية أقل من 25 مرة.", store, date)
    assert said["6"].status == "unverified", said["6"].reason
    said = check("Only six listed insurance companies on the exchange trade below 25 times earnings.", store, date)
    assert said["six"].status == "unverified", said["six"].reason
    # without "only", the count of the insurers listed is checked
    said = check("ويبلغ عدد شركات التأمين المدرجة في السوق 6 شركات.", store, date)
    assert said["6"].status == "contradicted", said["6"].reason


def test_a_word_of_a_proper_name_said_as_a_common_noun_is_weak_evidence(tmp_path):
    # "share capital" is not "Harbour Capital": its share of the bank is not what 10% of the share
    # capital is; said by its name, the stake is checked
    store = store_of(tmp_path, f"""facts:
  - {{id: harbour-stake, kind: percent, unit: percent, value: 48, as_of: "2005-01", names: {{en: [Harbour Capital's stake in Ruritania First Bank]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 7)
    text = ("The British bank will buy Ruritania First Bank. It raised funds for the deal by selling new stocks "
            "equal to 10% of its share capital.\n\n"
            "The remaining shareholding is in the hands of Harbour Capital. Harbour bought its stake in 1999.")
    said = check(text, store, date)
    assert said["10%"].status == "unverified", said["10%"].reason
    said = check("Harbour Capital's stake in Ruritania First Bank is 10%, the bank said.", store, date)
    assert said["10%"].status == "contradicted", said["10%"].reason


def test_a_change_of_another_facts_quantity_raises_no_alarm(tmp_path):
    # the clause says whose change it is: the cyclists, a count of its own, not the riders by e-bike
    store = store_of(tmp_path, f"""facts:
  - {{id: ebike-growth, kind: percent, unit: percent, value: 40, as_of: "2005-01", names: {{en: [annual growth in Ruritanian e-bike riders]}}, {SOURCE}}}
  - {{id: cyclists, kind: count, unit: person, value: 2000000, as_of: "2005-01", names: {{en: [number of cyclists in Ruritania]}}, aliases: {{en: [Ruritanian cyclists]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 7)
    text = ("E-bike riders are booming in Ruritania, a report says.\n\n"
            "The total number of Ruritanian cyclists rose by 9% over the past year, it said.")
    said = check(text, store, date)
    assert said["9%"].status == "unverified", said["9%"].reason
    # the growth of the riders by e-bike said in their words stays checked
    said = check("The number of Ruritanian e-bike riders rose by 9% over the past year.", store, date)
    assert said["9%"].status == "contradicted" and said["9%"].reference.fact_id == "ebike-growth", said["9%"].reason


def test_words_that_together_tell_a_fact_apart_let_it_be_checked(tmp_path):
    # "Varga" is in two facts' names, "age" in two: only the pilot's age has both
    store = store_of(tmp_path, f"""facts:
  - {{id: varga-age, kind: age, unit: year, value: 30, as_of: "2015-08-01", names: {{en: [age of Varga]}}, {SOURCE}}}
  - {{id: varga-flight, kind: duration, unit: hour, value: 14, as_of: "2015-08-01", names: {{en: [length of Varga's flight]}}, {SOURCE}}}
  - {{id: kiss-age, kind: age, unit: year, value: 52, as_of: "2015-08-01", names: {{en: [age of Kiss]}}, {SOURCE}}}
""")
    date = dt.date(2015, 8, 2)
    assert check("Varga, who is 30 years old, landed safely.", store, date)["30 years old"].status == "supported"
    verdict = check("Varga, who is 45 years old, landed safely.", store, date)["45 years old"]
    assert verdict.status == "contradicted" and verdict.reference.fact_id == "varga-age", verdict.reason


def test_a_rank_is_not_of_what_only_the_lead_ranks(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: town-rank, kind: ordinal, unit: rank, value: 2, as_of: "2011-03-27",
     names: {{ar: ["أكبر تجمع للمزارعين في روريتانيا"]}}, {SOURCE}}}
""")
    text = ("وزار الوزير فارنا، ثاني أكبر تجمع للمزارعين في روريتانيا.\n\n"
            "وقال إن الجيل الأول من المزارعين في روريتانيا عمل بلا آلات.")
    verdicts = check(text, store)
    assert verdicts["ثاني"].status == "supported", verdicts["ثاني"].reason
    assert verdicts["الأول"].status == "unverified", verdicts["الأول"].reason


def test_one_days_count_is_not_a_running_total(bundled):
    verdict = check("Israeli strikes killed 76 people in Gaza on Tuesday, medics said.", bundled)["76"]
    assert verdict.status == "unverified"


def test_a_vague_magnitude_below_the_fact_is_not_contradicted(bundled):
    assert check("سقط آلاف الضحايا في الحرب على غزة", bundled)["آلاف"].status == "unverified"
    assert check("سقط مئات آلاف الضحايا في الحرب على غزة", bundled)["مئات آلاف"].status == "contradicted"


def test_a_vague_magnitude_far_above_the_fact_is_another_quantity(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: raid-deaths, kind: count, value: 390, as_of: "2024-03-01",
     names: {{ar: [قتلى الغارات الجوية على المتمردين], en: [rebels killed in the air raids]}}, {SOURCE}}}
""")
    # "tens of thousands" is 25 times 390 at its nearest: the war's toll, not the raids'
    verdict = check("وأسفرت الغارات الجوية على المتمردين منذ بدء التمرد عن عشرات آلاف القتلى.", store)["عشرات آلاف"]
    assert verdict.status == "unverified" and "times more than the fact" in verdict.reason, verdict.reason
    # "thousands" is at most 2.6 times it: a wrong figure
    assert check("وأسفرت الغارات الجوية على المتمردين عن آلاف القتلى.", store)["آلاف"].status == "contradicted"
    assert check("The air raids killed hundreds of rebels.", store)["hundreds"].status == "supported"


def test_a_day_of_the_month_named_by_reference_is_a_date_not_a_count(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: friendlies, kind: count, value: 4, as_of: "2024-03-01",
     names: {{ar: [مباريات الفريق الودية في المعسكر]}}, {SOURCE}}}
events:
  - {{id: camp-final, date: "2024-03-30", names: {{ar: [المباراة الودية الأخيرة للفريق في المعسكر]}}, {SOURCE}}}
""")
    verdicts = check("ويخوض الفريق مباراته الودية الثالثة في المعسكر بتاريخ 31 من ذات الشهر.", store)
    assert verdicts["31 من ذات الشهر"].status == "unverified"
    # with only the day written, the month is not the text's to compare
    verdicts = check("ويختتم الفريق مبارياته الودية في المعسكر يوم 12 الحالي.", store)
    assert verdicts["12 الحالي"].status == "unverified"


def test_a_short_aside_between_commas_does_not_end_the_clause(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: flood-deaths, kind: count, value: 1200, as_of: "2024-03-01",
     names: {{en: [people killed in the Sindh floods], ar: [قتلى فيضانات السند]}}, {SOURCE}}}
""")
    # "mainly children" is an aside: "perished in the Sindh floods" is the figure's own clause
    en = "Some 1,200 people, mainly children, perished in the Sindh floods."
    assert check(en, store)["1,200"].status == "supported"
    assert check(en.replace("1,200", "4,800"), store)["4,800"].status == "contradicted"
    ar = "ولقي نحو 1200 شخص، معظمهم أطفال، حتفهم في فيضانات السند."
    assert check(ar.replace("1200", "4800"), store)["4800"].status == "contradicted"


def test_the_words_next_to_a_date_are_asked_only_of_records_it_may_be_checked_against(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: toll, kind: count, value: 32, as_of: "2019-07-21",
     names: {{en: [people killed in the Harbin bombing]}}, {SOURCE}}}
  - {{id: ceasefire-rank, kind: ordinal, value: 3, as_of: "2019-01-01",
     names: {{en: [order of the ceasefire between Ruritania and the rebels]}}, {SOURCE}}}
events:
  - {{id: harbin-bombing, date: "2019-07-20", names: {{en: [Harbin bombing]}}, {SOURCE}}}
  - {{id: ceasefire, date: "2013-03-21", names: {{en: [ceasefire between Ruritania and the rebels]}}, {SOURCE}}}
""")
    # "killed" and "people" are the toll's words, and no date is a toll; "Ruritania" is in a gloss
    text = "The Harbin bombing (northern Ruritania) on 20 July 2019 killed 32 people."
    assert check(text, store)["20 July 2019"].status == "supported"
    verdict = check(text.replace("20 July", "11 July"), store)["11 July 2019"]
    assert verdict.status == "contradicted", verdict.reason


def test_a_place_in_a_list_is_a_rank(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: all-time, kind: ordinal, value: 6, as_of: "2005-02-01",
     names: {{en: [Ann Byrne's ranking on the all-time 800m list]}}, {SOURCE}}}
  - {{id: indoor, kind: ordinal, value: 2, as_of: "2005-02-01",
     names: {{en: [Ann Byrne's place at the Erfurt indoor meeting]}}, {SOURCE}}}
""")
    # "place" is the ranking's word too, not only the other record's
    text = "Ann Byrne's win in Erfurt lifted her to sixth place on the all-time 800m list."
    assert check(text, store)["sixth"].status == "supported"
    assert check(text.replace("sixth", "ninth"), store)["ninth"].status == "contradicted"


def test_a_broken_plural_of_a_population_noun_does_not_rule_the_record_out(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: guards-killed, kind: count, value: 4, as_of: "2019-05-02",
     names: {{ar: [عدد الحراس القتلى في هجوم المعبر]}}, population: {{ar: [عنصر, حارس]}}, {SOURCE}}}
""")
    # "عناصر" is the plural of "عنصر": the guards the record counts, not another noun
    text = "وقتل أربعة عناصر من الحراس في هجوم على المعبر."
    assert check(text, store)["أربعة"].status == "supported"
    assert check(text.replace("أربعة", "تسعة"), store)["تسعة"].status == "contradicted"


def test_what_the_people_a_figure_counts_say_is_not_the_figures_clause(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: defendants, kind: count, value: 123, as_of: "2005-01-01",
     names: {{en: [number of defendants in the harbour fraud trial]}}, {SOURCE}}}
""")
    # the 36 defendants say something about the trial; they are not the trial's defendants
    verdict = check("But 36 defendants in the harbour fraud case said the film should wait until the trial is over.",
                    store)["36"]
    assert verdict.status == "unverified", verdict.reason
    # ... but a passive verb of saying is no speaker's
    assert check("In all, 36 defendants were reported in the harbour fraud trial.", store)["36"].status == "contradicted"


def test_an_age_narrows_a_count_of_people_not_a_year(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: voters, kind: count, value: 2000000, as_of: "2019-01-01",
     names: {{en: [registered voters in Ruritania]}}, {SOURCE}}}
events:
  - {{id: poet-death, date: "1970-09-18", names: {{en: [death of the poet Ann Byrne]}}, {SOURCE}}}
""")
    # the poet's age at her death does not make 1983 another year's
    verdict = check("The poet Ann Byrne met her death in 1983 at the age of 27.", store)["1983"]
    assert verdict.status == "contradicted", verdict.reason
    # ... but "aged 65 and over" is a part of the voters
    verdict = check("Ruritania has 1.5 million registered voters aged 65 and over.", store)["1.5 million"]
    assert verdict.status == "unverified" and "narrows" in verdict.reason, verdict.reason


def test_a_word_the_unit_implies_is_evidence_when_the_clause_says_it(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: robot-weight, kind: measure, unit: tonne, value: 7, as_of: "2015-06-01",
     names: {{en: [weight of the Talon robot platform], ar: [وزن منصة تالون الروبوتية]}}, {SOURCE}}}
  - {{id: robot-payload, kind: measure, unit: tonne, value: 2, as_of: "2015-06-01",
     names: {{en: [payload of the Talon robot platform], ar: [حمولة منصة تالون الروبوتية]}}, {SOURCE}}}
""")
    # a tonne stands for "weight" whether or not the text says it; "تزن" says it
    text = "وكشفت الشركة عن منصة تالون الروبوتية. وتزن المنصة 7 أطنان."
    assert check(text, store)["7 أطنان"].status == "supported"
    assert check(text.replace("7 أطنان", "9 أطنان"), store)["9 أطنان"].status == "contradicted"
    text = "The firm unveiled the Talon robot platform. The platform weighs 7 tonnes."
    assert check(text.replace("7 tonnes", "9 tonnes"), store)["9 tonnes"].status == "contradicted"


def test_a_bound_states_a_limit(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: max-shift, kind: duration, unit: hour, value: 48, as_of: "2024-01-01",
     names: {{en: [maximum weekly working hours for dock workers]}}, {SOURCE}}}
""")
    assert check("Dock workers may work no more than 48 hours per week.", store)["48 hours"].status == "supported"
    assert check("Dock workers may work no more than 60 hours per week.", store)["60 hours"].status == "contradicted"


def test_a_part_or_a_variant_of_the_quantity_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: acme-profit, kind: money, unit: USD, value: 3500000000, as_of: "2023",
     names: {{en: [Acme net profit in 2023]}}, {SOURCE}}}
""")
    assert check("Acme made a net profit of $3.5bn in 2023.", store)["$3.5bn"].status == "supported"
    assert check("Acme made a net profit of $9.5bn in 2023.", store)["$9.5bn"].status == "contradicted"
    verdict = check("Acme's chemicals division made a net profit of $850m in 2023.", store)["$850m"]
    assert verdict.status == "unverified" and "division" in verdict.reason


@pytest.mark.parametrize("whole, part, value", [
    ("Germany has a population of {} million.", "Germany's population aged 65 and over is 17 million.", "17 million"),
    ("يعيش في ألمانيا نحو {} مليون شخص.", "يعيش في ألمانيا نحو 17 مليون شخص تزيد أعمارهم على 65 عاما.", "17 مليون"),
    ("Germany has a population of {} million.", "Germany's female population is 40 million.", "40 million"),
    ("يعيش في ألمانيا نحو {} مليون شخص.", "يعيش في ألمانيا نحو 40 مليون امرأة.", "40 مليون"),
])
def test_a_group_of_the_people_counted_raises_no_alarm(tmp_path, whole, part, value):
    """People of an age or a sex are a part of a population: a fact about all of them does not
    contradict the figure (the reason names the word that narrows it), though the same words
    about everyone do."""
    store = store_of(tmp_path, f"""facts:
  - {{id: germany-population, kind: count, unit: person, value: 81000000, as_of: "2023-12-31",
     names: {{en: [population of Germany], ar: [عدد سكان ألمانيا]}}, {SOURCE}}}
""")
    unit = value.split()[1]
    assert check(whole.format(81), store)[f"81 {unit}"].status == "supported"
    assert check(whole.format(54), store)[f"54 {unit}"].status == "contradicted"
    verdict = check(part, store)[value]
    assert verdict.status == "unverified" and "narrows" in verdict.reason, verdict.reason


@pytest.mark.parametrize("text, stated, other", [
    ("ارتفع الدين في روريتانيا من 91.9 إلى 92.9 في المائة، وشكلت السندات نسبة 79.1 في المائة من الدين العام في روريتانيا.",
     "92.9 في المائة", "79.1 في المائة"),
])
def test_the_figure_that_states_a_facts_value_takes_it_in_its_sentence(tmp_path, text, stated, other):
    """One fact goes to one figure of a sentence: the figure that states its value on strong
    evidence takes it, though another names the fact more fully (the bonds' share of the debt is
    not the debt), so the other raises no alarm."""
    store = store_of(tmp_path, f"""facts:
  - {{id: rur-debt, kind: percent, unit: percent, value: 92.9, as_of: "2023-12-31",
     names: {{en: [public debt of Ruritania], ar: [الدين العام في روريتانيا]}}, {SOURCE}}}
""")
    verdicts = check(text, store)
    assert verdicts[stated].status == "supported", verdicts[stated].reason
    assert verdicts[other].status == "unverified", verdicts[other].reason


def test_a_year_a_value_is_compared_with_is_not_the_figures_year(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: fair-week-takings
    kind: money
    unit: USD
    names: {{en: [Fair Week takings of the top book fairs]}}
    {SOURCE}
    entries:
      - {{value: 73400000, as_of: "2004-03-01"}}
      - {{value: 91000000, as_of: "2005-03-01"}}
""")
    text = ("This year, the top 12 book fairs took around $91m (£48.3m), compared to 2004's Fair Week "
            "when the top 12 fairs took $73.4m (£38.9m).")
    assert check(text, store, dt.date(2005, 3, 10))["$91m"].status == "supported"


@pytest.mark.parametrize("year, month", [
    ("Ruritania house price growth in 2023 was {}%.", "Ruritania house prices increased by 8.5% in December."),
    ("بلغ نمو أسعار المنازل في روريتانيا في عام 2023 نحو {} في المائة.",
     "وارتفعت أسعار المنازل في روريتانيا بنسبة 8.5 في المائة في ديسمبر."),
])
def test_a_months_figure_raises_no_alarm_against_a_years(tmp_path, year, month):
    store = store_of(tmp_path, f"""facts:
  - {{id: rur-house-prices-2023, kind: percent, unit: percent, value: 15, as_of: "2023-12-31",
     names: {{en: [Ruritania house price growth in 2023], ar: [نمو أسعار المنازل في روريتانيا في 2023]}}, {SOURCE}}}
""")
    date = dt.date(2024, 1, 10)
    assert next(v for f, v in check(year.format(9), store, date).items() if f.startswith("9")).status == "contradicted"
    verdict = next(v for f, v in check(month, store, date).items() if f.startswith("8.5"))
    assert verdict.status == "unverified" and "month" in verdict.reason, verdict.reason


def test_an_amount_in_cents_or_pence_is_checked_in_its_currency(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: acme-dividend, kind: money, unit: USD, value: 0.085, as_of: "2023-12-31",
     names: {{en: [Acme quarterly dividend per share]}}, {SOURCE}}}
  - {{id: acme-offer, kind: money, unit: GBP, value: 3, as_of: "2023-12-31",
     names: {{en: [offer price per Acme share]}}, {SOURCE}}}
""")
    assert check("Acme raised its quarterly dividend to 8.5 cents a share.", store)["8.5 cents"].status == "supported"
    assert check("Acme raised its quarterly dividend to 12 cents a share.", store)["12 cents"].status == "contradicted"
    # a spaced dash before the amount is punctuation, not a minus
    assert check("Investors think the offer price - 300p per Acme share - is too low.", store)["300p"].status == "supported"


def test_a_value_that_agrees_names_its_fact_when_the_telling_words_are_outside_its_clause(tmp_path):
    """The owners are named in the sentence, not in the clause of their stake: the agreeing value
    is supported; a disagreeing one is no alarm on that evidence, unless the clause refers back
    to them ("who own")."""
    store = store_of(tmp_path, f"""facts:
  - {{id: lee-cruz-stake, kind: percent, unit: percent, value: 29, as_of: "2023-12-31",
     names: {{en: [stake of Ann Lee and Bob Cruz in Acme United]}}, {SOURCE}}}
  - {{id: diaz-stake, kind: percent, unit: percent, value: 28, as_of: "2023-12-31",
     names: {{en: [stake of Carl Diaz in Acme United]}}, {SOURCE}}}
""")
    text = "Investors Ann Lee and Bob Cruz, who own a {}% stake in Acme United, will reject any offer."
    verdict = check(text.format(29), store)["29%"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "lee-cruz-stake"), verdict.reason
    verdict = check(text.format(35), store)["35%"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "lee-cruz-stake"), verdict.reason
    text = "Investors Ann Lee and Bob Cruz will reject any offer. A {}% stake in Acme United is enough."
    verdict = check(text.format(29), store)["29%"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "lee-cruz-stake"), verdict.reason
    assert check(text.format(35), store)["35%"].status == "unverified"


def test_equally_good_facts_are_not_guessed(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: twin-a, kind: count, value: 100, as_of: "2024-01-01", names: {en: [widget output]},
     source: {publisher: A, url: "https://a.example"}}
  - {id: twin-b, kind: count, value: 200, as_of: "2024-01-01", names: {en: [widget output]},
     source: {publisher: B, url: "https://b.example"}}
""")
    # the value tells which of two equal facts the figure is, and says so
    verdict = check("The widget output reached 100 last year.", store)["100"]
    assert verdict.status == "supported" and "disagree" in verdict.reason
    # a value both contradict is contradicted, with both facts
    verdict = check("The widget output reached 170 last year.", store)["170"]
    assert verdict.status == "contradicted" and "agree" in verdict.reason
    assert {verdict.reference.fact_id, *(a.fact_id for a in verdict.alternatives)} == {"twin-a", "twin-b"}
    # a value of an older entry of one and against the other: neither alarm is guessed
    store = store_of(tmp_path, """facts:
  - {id: twin-a, kind: count, value: 100, as_of: "2024-01-01", names: {en: [widget output]},
     source: {publisher: A, url: "https://a.example"}}
series:
  - id: twin-b
    kind: count
    names: {en: [widget output]}
    source: {publisher: B, url: "https://b.example"}
    entries: [{as_of: "2022-01-01", value: 170}, {as_of: "2024-01-01", value: 200}]
""")
    verdict = check("The widget output reached 170 last year.", store)["170"]
    assert verdict.status == "unverified" and "not guessing" in verdict.reason


def test_a_rival_another_figure_of_the_sentence_takes_raises_no_doubt(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: qasr-attacks, kind: count, value: 3, as_of: "2024-03-18",
     names: {{en: [attacks on churches in Qasr]}}, population: {{en: [attacks]}}, {SOURCE}}}
  - {{id: qasr-deaths, kind: count, unit: person, value: 6, as_of: "2024-03-18",
     names: {{en: [victims of the Qasr church attacks]}}, population: {{en: [people, victims]}}, {SOURCE}}}
""")
    text = "At least 6 people were killed in {} attacks on churches in Qasr."
    assert check(text.format(3), store)["3"].status == "supported"
    # the deaths are the other figure's fact: they do not make the count of attacks doubtful
    verdict = check(text.format(7), store)["7"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "qasr-attacks"), verdict.reason


def test_a_rival_named_only_in_the_title_does_not_outweigh_the_sentence(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ruritania-new-companies, kind: count, value: 1780, as_of: "2024-01-31",
     names: {{en: [companies founded in Ruritania]}}, population: {{en: [companies]}}, {SOURCE}}}
  - {{id: freedonian-companies, kind: count, value: 628, as_of: "2024-01-31",
     names: {{en: [Freedonian companies investing in Ruritania]}}, population: {{en: [companies]}}, {SOURCE}}}
""")
    title = "More Freedonian companies investing in Ruritania"
    body = "Of the {} companies in January, the ministry said most were founded by young people."
    assert check(body.format("1,780"), store, title=title)["1,780"].status == "supported"
    # "founded" in the sentence tells the fact from the one the title names
    verdict = check(body.format("3,950"), store, title=title)["3,950"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "ruritania-new-companies"), verdict.reason
    # the other fact's words in the sentence leave the figure in doubt
    verdict = check("Of the 3,950 Freedonian companies in January, most were founded by young people.",
                    store, title=title)["3,950"]
    assert verdict.status == "unverified", verdict.reason


def test_a_number_word_inside_a_name_is_not_its_value(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: seven-districts-voters, kind: count, unit: person, value: 66000, as_of: "2024-03-01",
     names: {{en: [voters registered in the seven districts of Varna]}}, {SOURCE}}}
""")
    verdicts = check("In all, 66,000 voters registered in the seven districts of Varna.", store)
    assert verdicts["66,000"].status == "supported"
    assert verdicts["seven"].status == "unverified" and verdicts["seven"].reference is None


PATENTS = f"""facts:
  - {{id: acme-patents-total, kind: count, unit: patent, value: 25772, as_of: "2004",
     names: {{en: ["total US patents granted to Acme over twelve years, 1993-2004"]}}, population: {{en: [patents]}}, {SOURCE}}}
  - {{id: beta-patents-2004, kind: count, unit: patent, value: 1934, as_of: "2004",
     names: {{en: ["US patents granted to Beta in 2004"]}}, population: {{en: [patents]}}, {SOURCE}}}
  - {{id: acme-streak, kind: duration, unit: year, value: 12, as_of: "2004",
     names: {{en: ["consecutive years Acme topped US patent grants"]}}, {SOURCE}}}
  - {{id: acme-sales-2004, kind: count, unit: vehicle, value: 6798000, as_of: "2004",
     names: {{en: ["Acme worldwide vehicle unit sales in 2004"]}}, {SOURCE}}}
series:
  - id: acme-annual-patents
    kind: count
    unit: patent
    names: {{en: ["Acme annual patent count"]}}
    population: {{en: [patents]}}
    {SOURCE}
    entries: [{{as_of: "2003", value: 3415}}, {{as_of: "2004", value: 3248}}]
"""


def test_a_year_next_to_a_figure_says_it_is_that_years_total(tmp_path):
    store = store_of(tmp_path, PATENTS)
    date = dt.date(2005, 1, 11)
    verdict = check("Acme was granted 3,248 patents in 2004, more than any other firm.", store, date)["3,248"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "acme-annual-patents"), verdict.reason
    verdict = check("Acme was granted 7,905 patents in 2004, more than any other firm.", store, date)["7,905"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "acme-annual-patents"), verdict.reason


def test_a_word_common_in_the_store_can_tell_apart_the_records_of_the_figures_kind(tmp_path):
    # "granted" is in several counts of patents, and in the one duration
    store = store_of(tmp_path, PATENTS)
    text = "For each of the past 12 years Acme has been granted more US patents than any other company."
    verdict = check(text, store, dt.date(2005, 1, 11))["12 years"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "acme-streak"), verdict.reason


def test_a_quarter_or_a_period_to_come_is_not_the_year(tmp_path):
    store = store_of(tmp_path, PATENTS)
    text = "Acme's worldwide vehicle unit sales in the fourth quarter of 2004 totalled 1,751,000."
    verdict = check(text, store, dt.date(2005, 1, 20))["1,751,000"]
    assert verdict.status == "unverified" and "quarter" in verdict.reason.casefold(), verdict.reason
    verdict = check("Acme aims at vehicle unit sales of 9,000,000 next year.", store, dt.date(2005, 1, 20))["9,000,000"]
    assert verdict.status == "unverified", verdict.reason


def test_a_variant_spelling_counts_in_full(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: tariff, kind: percent, unit: percent, value: 20, as_of: "2024-03-01",
     names: {{en: [US tariff on Ruritanian aluminium]}}, {SOURCE}}}
""")
    verdict = check("The US doubled its tariff on Ruritanian aluminum to 75%.", store)["75%"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "tariff"), verdict.reason


def test_initials_end_no_sentence_and_a_span_of_years_names_both(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ozone-drop, kind: percent, unit: percent, value: 25, as_of: "2012",
     names: {{en: ["decline in US ozone, 1980-2012"]}}, {SOURCE}}}
""")
    text = "Ozone has declined by {} on average across the U.S. from 1980 to 2012, the agency said."
    verdict = check(text.format("25 percent"), store)["25 percent"]
    assert verdict.status == "supported" and "1980, 2012" in verdict.reason, verdict.reason
    verdict = check(text.format("70 percent"), store)["70 percent"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "ozone-drop"), verdict.reason


def test_the_year_a_record_dates_from_is_not_the_figures_time(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: inflation
    kind: percent
    unit: percent
    names: {{en: [Ruritania annual inflation rate]}}
    {SOURCE}
    entries: [{{as_of: "2003-06-01", value: 22}}, {{as_of: "2024-02-01", value: 15}}]
""")
    verdict = check("Ruritania's annual inflation rate hit 38%, its highest since 2003.", store)["38%"]
    assert verdict.status == "contradicted" and verdict.reference.value == 15, verdict.reason


def test_a_value_compared_with_leaves_the_fact_to_the_new_value(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: vat-restaurants, kind: percent, unit: percent, value: 23, as_of: "2024-02-01",
     names: {{en: [Ruritania VAT rate on restaurants]}}, {SOURCE}}}
""")
    verdicts = check("Ruritania raised the VAT rate on restaurants from 13% to 41%.", store)
    assert (verdicts["41%"].status, verdicts["41%"].reference.fact_id) == ("contradicted", "vat-restaurants")
    assert verdicts["13%"].status == "unverified"


def test_a_value_that_would_be_is_not_contradicted_by_todays(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: limit, kind: measure, unit: mg, value: 80, as_of: "2024-01-01",
     names: {{en: [legal blood alcohol limit for drivers in Ruritania]}}, {SOURCE}}}
  - {{id: saving, kind: money, unit: GBP, value: 119000000, as_of: "2024-01-01",
     names: {{en: [annual saving from a lower Ruritania drink-drive limit (Allsop estimate)]}}, {SOURCE}}}
""")
    verdicts = check("Cutting the legal blood alcohol limit for drivers in Ruritania to 50mg would save lives.", store)
    assert verdicts["50mg"].status == "unverified" and "would" in verdicts["50mg"].reason
    # an estimate is itself what would be: "would" does not keep it from an alarm
    text = "Allsop estimates that a lower Ruritania drink-drive limit would be a saving of £640m a year."
    verdict = check(text, store)["£640m"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "saving"), verdict.reason


def test_an_event_named_by_its_date_and_a_cause_that_is_no_change(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: flood-day, date: "2019-04-11", names: {{en: [April 11 flood]}}, {SOURCE}}}
facts:
  - id: injuries-avoided
    kind: count
    unit: person
    value: 230
    as_of: "2024-01"
    names: {{ar: ["الإصابات الخطيرة التي يمنعها خفض حد السرعة"], en: ["serious injuries avoided by a 30 km/h limit"]}}
    aliases: {{en: ["serious injuries prevented by a lower speed limit"]}}
    {SOURCE}
""")
    verdict = check("Visitor numbers are back to pre-11 April 2019 levels.", store)["11 April 2019"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "flood-day"), verdict.reason
    # "خفض" names the cause, not a change of the injuries: the count is checked as a level
    text = "A 30 km/h speed limit would lead to {} fewer serious injuries, the study estimates."
    assert check(text.format(230), store)["230"].status == "supported"


def test_what_is_rather_another_quantity_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: bailout, kind: money, unit: EUR, value: 86000000000, as_of: "2024-03-01",
     names: {{en: [size of the Ruritania bailout]}}, {SOURCE}}}
  - {{id: exports-2019, kind: money, unit: USD, value: 5000000000, as_of: "2019-12-31",
     names: {{en: [Ruritania exports in 2019]}}, {SOURCE}}}
events:
  - {{id: harvest-day, date: "1976-03-30", names: {{en: [Harvest Day]}}, {SOURCE}}}
""")
    # a tenth of the fact or less: a part, a tranche, not a wrong size
    verdict = check("A first tranche of the Ruritania bailout, of €7.2bn, was paid.", store)["€7.2bn"]
    assert verdict.status == "unverified" and "times less" in verdict.reason, verdict.reason
    assert check("The size of the Ruritania bailout is €60bn.", store)["€60bn"].status == "contradicted"
    # a fact of a year the text never names
    verdict = check("Ruritania exports reached $9bn.", store)["$9bn"]
    assert verdict.status == "unverified" and "2019" in verdict.reason, verdict.reason
    # an event whose name is made of common words is named in the figure's sentence, not somewhere
    text = "Markets reopened.\n\nTraders were calm.\n\nThe harvest was poor. On that day in 1940 the market closed."
    verdict = check(text, store)["1940"]
    assert verdict.status == "unverified", verdict.reason
    # a span of years counts nothing
    assert check("Ruritania exports (1813 - 1883) were small.", store)["1813 - 1883"].status == "unverified"


def test_a_bound_far_below_the_fact_supports_nothing(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: cars, kind: count, value: 1700000, as_of: "2024-01-01",
     names: {{en: [cars made in Ruritania]}}, {SOURCE}}}
""")
    verdict = check("More than 910 cars made in Ruritania were recalled.", store)["910"]
    assert verdict.status == "unverified" and "times the bound" in verdict.reason, verdict.reason
    assert check("More than 1.5 million cars were made in Ruritania.", store)["1.5 million"].status == "supported"


def test_the_closest_fact_is_shown_when_none_is_taken(tmp_path):
    store = store_of(tmp_path, FLOOD)
    verdict = check("وتم إنقاذ 72 شخصا من الفيضان", store)["72"]
    assert verdict.status == "unverified" and verdict.reference is not None
    assert verdict.reason.startswith("closest fact") and "not taken" in verdict.reason


# ---------------------------------------------------------------- comparing

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


@given(st.integers(1, 10 ** 9), st.sampled_from([None, "approx", "at_least", "at_most"]))
def test_a_figure_always_accepts_its_own_value(value, qualifier):
    figure = Figure(f"{value:,}", 0, 0, "count", value, qualifier=qualifier)
    low, high = accepted(figure)
    assert low <= value <= high
    assert high - low <= 0.3001 * value or qualifier in ("at_least", "at_most")   # cap + approx, each side


# ---------------------------------------------------------------- the index

def _word(i: int) -> str:
    """A made-up word for number i ("qbaa", "qbab"...): letters only, one per number."""
    letters = ""
    while True:
        i, r = divmod(i, 26)
        letters = chr(97 + r) + letters
        if not i:
            return "q" + letters.rjust(3, "a")


def _synthetic_store(n: int) -> ReferenceStore:
    """n facts "output of plant <word> in region <one of 97 words>" of value i + 1, in memory."""
    store = ReferenceStore()
    for i in range(n):
        raw = {"id": f"f{i}", "kind": "count", "value": i + 1, "as_of": "2024-01-01",
               "names": {"en": [f"output of plant {_word(i)} in region {_word(i % 97)}"]},
               "source": {"publisher": "P", "url": f"https://p.example/{i}"}}
        store.add(_record("facts", raw, Path("synthetic.yaml"), i + 1))
    return store


def _synthetic_text(indices) -> str:
    return "\n\n".join(f"The output of plant {_word(i)} in region {_word(i % 97)} was {i + 1}." for i in indices)


def test_a_cached_store_decodes_only_the_records_a_check_reads():
    import pickle

    from factcheck import cache
    built = ReferenceStore()
    for i in range(2000):
        built.add(_record("facts", {"id": f"f{i}", "kind": "count", "value": i + 1, "as_of": "2024-01-01",
                                    "names": {"en": [f"plant {_word(i)} workers"]},
                                    "source": {"publisher": "P", "url": f"https://p.example/{i}"}},
                          Path("synthetic.yaml"), i + 1))
    store = cache.loads(pickle.dumps(built))
    verdicts = check(f"The plant {_word(5)} has 6 workers.", store)
    assert verdicts["6"].status == "supported", verdicts["6"].reason
    decoded = sum(not isinstance(v, bytes) for v in store.records._data.values())
    assert decoded < 50, decoded


def test_a_fact_added_after_a_check_is_found():
    store = _synthetic_store(1)
    assert list(check(_synthetic_text([0]), store).values())[0].status == "supported"
    store.add(_synthetic_store(2).records["f1"])
    assert list(check(_synthetic_text([1]), store).values())[0].status == "supported"


def test_lookup_uses_the_index_not_a_scan(monkeypatch):
    """Twenty times the records, the same records read: the store is looked up, not scanned
    (counted, not timed: timings are the benchmark's, bench/store.py)."""
    from factcheck import verify
    read = []
    score = verify._score
    monkeypatch.setattr(verify, "_score", lambda name, *a: read.append(name.text) or score(name, *a))
    text = _synthetic_text(range(0, 1000, 5))
    counts = []
    for n in (1000, 20000):
        read.clear()
        verdicts = check(text, _synthetic_store(n))
        assert all(v.status == "supported" for v in verdicts.values()), \
            [v.reason for v in verdicts.values() if v.status != "supported"][:3]
        counts.append(len(read))
    assert 0 < counts[1] <= counts[0] * 1.1, counts


# ---------------------------------------------------------------- what a researcher can write down

def test_bounds_projections_scenarios_and_sources_without_a_url(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: quake-displaced, kind: count, value: 15000, bound: more_than, as_of: "2024-02-01",
     names: {en: [people displaced by the Varna earthquake]}, source: {publisher: Red Crescent}}
  - {id: varna-2045, kind: count, value: 629000000, as_of: "2023-06-01", projection: "2045",
     names: {en: [population of the Varna basin]}, source: {publisher: UN DESA, url: "https://un.example"}}
  - {id: sea-rise-high, kind: measure, unit: cm, value: 84, as_of: "2023-06-01", scenario: high-emission scenario,
     names: {en: [sea level rise at Varna by 2100]}, source: {publisher: IPCC, url: "https://ipcc.example"}}
  - {id: sea-rise-low, kind: measure, unit: cm, value: 43, as_of: "2023-06-01", scenario: low-emission scenario,
     names: {en: [sea level rise at Varna by 2100]}, source: {publisher: IPCC, url: "https://ipcc.example"}}
""")
    # an open bound: agreeing figures are supported, one below it contradicted, the bound said
    assert check("The Varna earthquake displaced 18,000 people.", store)["18,000"].status == "supported"
    # ... one far past it allowed, not established
    verdict = check("The Varna earthquake displaced 40,000 people.", store)["40,000"]
    assert verdict.status == "unverified" and "does not establish" in verdict.reason
    verdict = check("The Varna earthquake displaced 9,000 people.", store)["9,000"]
    assert verdict.status == "contradicted" and "more than 15000" in verdict.reason
    assert verdict.reference.source.url is None
    # a projection: checked against a figure said of its year, never against today's measurement
    assert check("The population of the Varna basin will reach 629 million by 2045.", store)[
        "629 million"].status == "supported"
    assert check("The population of the Varna basin will reach 700 million by 2045.", store)[
        "700 million"].status == "contradicted"
    verdict = check("The population of the Varna basin is 400 million.", store)["400 million"]
    assert verdict.status == "unverified" and "projection for 2045" in verdict.reason
    # scenarios: the one the sentence names
    verdicts = check("Under a high-emission scenario the sea level at Varna would rise 84 cm by 2100.", store)
    assert (verdicts["84 cm"].status, verdicts["84 cm"].reference.fact_id) == ("supported", "sea-rise-high")
    verdict = check("The sea level at Varna would rise 120 cm by 2100.", store)["120 cm"]
    assert verdict.status == "unverified"


def test_names_that_differ_in_a_number_are_not_one_name(tmp_path):
    from factcheck.maintain import consistency
    store = store_of(tmp_path, """facts:
  - {id: ford-2003, kind: money, unit: USD, value: 495000000, as_of: "2003",
     names: {en: [Ford net income in 2003]}, source: {publisher: Ford}}
  - {id: ford-2004, kind: money, unit: USD, value: 3500000000, as_of: "2004",
     names: {en: [Ford net income in 2004]}, source: {publisher: Ford}}
""")
    assert consistency(store) == []
    (tmp_path / "more.yaml").write_text("""schema: 1
facts:
  - {id: acme-2004, kind: money, unit: USD, value: 12, as_of: "2004", names: {en: [Ford net income in 2004]},
     source: {publisher: Acme}}
""", encoding="utf-8")
    problems = [message for _, _, message in consistency(load_store([tmp_path]))]
    assert len(problems) == 1 and "acme-2004" in problems[0] and "ford-2004" in problems[0]


def test_a_running_series_long_without_a_value_contradicts_nothing(bundled):
    text = "وارتفعت حصيلة الشهداء في قطاع غزة إلى 34 شهيدا"
    assert check(text, bundled)["34"].status == "contradicted"
    verdict = check(text, bundled, dt.date(2026, 12, 5))["34"]     # the store's latest toll is of March 2024
    assert verdict.status == "unverified" and "latest value" in verdict.reason


def test_a_figure_said_of_what_is_to_come_is_the_forecast_it_names(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: peak, kind: percent, unit: percent, value: 18, as_of: "2024-03-01",
     names: {{en: [central bank forecast of peak inflation in Ruritania],
              ar: ["توقع البنك المركزي لذروة التضخم في روريتانيا"]}}, {SOURCE}}}
""")
    # the clause speaks of the months to come: the figure is the forecast, though "forecast" is not said
    for text in ("The central bank says inflation in Ruritania will reach a peak of 25% over the next four months.",
                 "ويرى البنك المركزي أن التضخم في روريتانيا سيبلغ ذروته عند 25% خلال الأشهر الثلاثة المقبلة."):
        verdict = check(text, store)["25%"]
        assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "peak"), verdict.reason
    # the same words of a time past: a measured value, not the forecast
    for text in ("The central bank says inflation in Ruritania reached a peak of 25% over the last four months.",
                 "ويرى البنك المركزي أن التضخم في روريتانيا بلغ ذروته عند 25% خلال الأشهر الثلاثة الماضية."):
        verdict = check(text, store)["25%"]
        assert verdict.status == "unverified" and ("forecast" in verdict.reason or "توقع" in verdict.reason), verdict.reason


def test_the_article_before_a_two_letter_noun_is_stripped(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: marriage-age, kind: duration, unit: year, value: 18, as_of: "2024-01-01",
     names: {{ar: ["الحد الأدنى من سن الزواج في روريتانيا"]}}, {SOURCE}}}
""")
    # "السن" is the name's "سن": the fact is named in full and a wrong age is caught
    text = "ويحدد القانون الجديد الحد الأدنى من السن القانوني للزواج في روريتانيا بـ {} سنة."
    assert check(text.format(18), store)["18 سنة"].status == "supported"
    verdict = check(text.format(21), store)["21 سنة"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "marriage-age"), verdict.reason
    # without the word, the limit may be another one: no alarm
    verdict = check("ويحدد القانون الجديد الحد الأدنى للزواج في روريتانيا بـ 21 سنة.", store)["21 سنة"]
    assert verdict.status == "unverified" and "سن" in verdict.reason, verdict.reason


def test_a_records_population_noun_finds_it(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: pop, kind: count, unit: person, value: 5000000, as_of: "2024-01-01",
     names: {{en: [population of Ruritania]}}, population: {{en: [citizens, inhabitants]}}, {SOURCE}}}
  - {{id: voters, kind: count, unit: person, value: 3000000, as_of: "2024-01-01",
     names: {{en: [registered voters in Ruritania]}}, {SOURCE}}}
  - {{id: doctors, kind: count, unit: person, value: 9000, as_of: "2024-01-01",
     names: {{en: [doctors in Ruritania]}}, {SOURCE}}}
""")
    # the names say "population", the text only the counted noun the record declares
    verdict = check("Schools were closed for Ruritania's 5 million citizens.", store)["5 million"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "pop"), verdict.reason
    assert check("Schools were closed for Ruritania's 5 million soldiers.", store)["5 million"].reference is None


def test_a_broken_plural_and_a_verb_meet_the_names_nouns(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: councils, kind: count, value: 120, as_of: "2024-01-01",
     names: {{ar: ["المجالس المحلية في روريتانيا"]}}, {SOURCE}}}
  - {{id: follow-up, kind: duration, unit: year, value: 9, as_of: "2024-01-01",
     names: {{ar: ["مدة متابعة المشاركين في دراسة التغذية"]}}, {SOURCE}}}
""")
    # "مجلسا" is a singular of "المجالس", "تتبع" the verb of "متابعة": the facts are named in full
    verdict = check("وتوزع المقاعد على 150 مجلسا محليا في روريتانيا.", store)["150"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "councils"), verdict.reason
    verdict = check("وتتبع الباحثون المشاركين في دراسة التغذية لمدة سبع سنوات.", store)["سبع سنوات"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "follow-up"), verdict.reason
    # other nouns, and "التابعة" (attached to), are not those words: no alarm
    assert check("وتوزع المقاعد على 150 مقعدا محليا في روريتانيا.", store)["150"].status == "unverified"
    text = "وكانت الإدارة التابعة لوزارة الصحة قد دعمت المشاركين في دراسة التغذية لمدة سبع سنوات."
    assert check(text, store)["سبع سنوات"].status == "unverified"


def test_the_lead_is_the_first_paragraph_after_a_dateline(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: displaced, kind: count, unit: person, value: 3000, as_of: "2024-03-17",
     names: {{en: [people displaced by the Zembla floods]}}, {SOURCE}}}
""")
    article = ("Ruritania floods\n\nMonday, March 18, 2024\n\nFloods in the northern province{} have forced "
               "thousands of families from their homes, officials said on Monday in the capital.\n\n"
               "Rescuers said 4,000 people were displaced.\n")
    assert "officials said" in from_text(article.format(" of Zembla"), "-", "auto", DATE).lead
    # the lead names the floods the figure's paragraph speaks of
    verdict = check(article.format(" of Zembla"), store)["4,000"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "displaced"), verdict.reason
    # a lead that does not name them: the figure may be of other floods
    verdict = check(article.format(""), store)["4,000"]
    assert verdict.status == "unverified" and "missing: zembla" in verdict.reason, verdict.reason


def test_a_clause_without_a_year_shares_the_year_of_a_figure_beside_it(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: revenue-2022, kind: money, unit: USD, value: 170000000000, as_of: "2022-12-31",
     names: {{en: [Acme revenue in 2022]}}, {SOURCE}}}
  - {{id: income-2022, kind: money, unit: USD, value: 3500000000, as_of: "2022-12-31",
     names: {{en: [Acme net income in 2022]}}, {SOURCE}}}
""")
    date = dt.date(2023, 1, 20)
    # one year's results, listed: the turnover is of 2022 too
    verdict = check("Acme said net income for 2022 was $3.5bn, while turnover rose to $150bn.", store, date)["$150bn"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "revenue-2022"), verdict.reason
    # a year said of no figure of the kind is not the figure's
    verdict = check("Acme said turnover grew strongly in 2022, but this year turnover will reach $150bn.",
                    store, date)["$150bn"]
    assert verdict.status == "unverified" and "missing: 2022" in verdict.reason, verdict.reason


def test_a_relational_adjective_is_not_the_noun_it_comes_from(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: pay, kind: percent, unit: percent, value: 60, as_of: "2024-01-01",
     names: {{ar: ["أجر العاملات المنزليات نسبة من الحد الأدنى للأجور في روريتانيا"]}}, {SOURCE}}}
""")
    text = "وينص القانون على أجر شهري للعاملات لا يقل عن 70 بالمائة من الحد الأدنى للأجور في روريتانيا."
    # "المنزليات" (domestic) says which workers, not that houses are counted: the title may say it
    verdict = check(text, store, title="قانون العمالة المنزلية في روريتانيا")["70 بالمائة"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "pay"), verdict.reason
    # said nowhere, it may be other workers' pay
    assert check(text, store, title="قانون العمالة في روريتانيا")["70 بالمائة"].status == "unverified"


def test_a_hijri_date_leaves_the_event_to_the_gregorian_date_it_restates(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: reg, date: "2024-03-17", names: {{ar: ["بداية تسجيل الناخبين في روريتانيا"]}}, {SOURCE}}}
""")
    text = "وأعلنت اللجنة فتح باب تسجيل الناخبين في روريتانيا ابتداء من يوم الأحد 7 / 9 / 1445هـ الموافق {} / 3 / 2024م."
    # "الموافق" joins the two dates: the Gregorian one has the clause's words ("ابتداء": a start)
    verdicts = check(text.format(17), store)
    assert (verdicts["17 / 3 / 2024م"].status, verdicts["17 / 3 / 2024م"].reference.fact_id) == ("supported", "reg")
    assert verdicts["7 / 9 / 1445هـ"].reference is None      # no Hijri year 1445 in the clause, no match
    verdict = check(text.format(19), store)["19 / 3 / 2024م"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "reg"), verdict.reason
    # a date with no word of the event's in its own clause is not taken for it
    verdict = check("وأعلنت اللجنة فتح باب تسجيل الناخبين في روريتانيا، وذلك في 19 / 3 / 2024م.", store)["19 / 3 / 2024م"]
    assert verdict.status == "unverified", verdict.reason


def test_an_amount_of_money_said_of_a_thing_is_its_price(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ticket, kind: money, unit: EUR, value: 12, as_of: "2024-01-01",
     names: {{en: ["price of an adult ticket to the Ruritanian National Museum"],
             ar: ["سعر تذكرة البالغين في المتحف الوطني الروريتاني"]}}, {SOURCE}}}
""")
    for text in ("An adult ticket to the Ruritanian National Museum is now €{} at the door.",
                 "وتبلغ تذكرة البالغين في المتحف الوطني الروريتاني {} يورو عند المدخل."):
        assert next(iter(check(text.format(12), store).values())).status == "supported", text
        verdict = next(iter(check(text.format(19), store).values()))
        assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "ticket"), verdict.reason
    # said, the price is what tells the fact from the others of the firm
    store = store_of(tmp_path, f"""facts:
  - {{id: acme-price, kind: money, unit: EUR, value: 3.1, as_of: "2024-03-01", names: {{en: [Acme Ruritania share price]}}, {SOURCE}}}
  - {{id: acme-value, kind: money, unit: EUR, value: 900000000, as_of: "2024-03-01", names: {{en: [Acme Ruritania market value]}}, {SOURCE}}}
""")
    verdict = check("The Acme Ruritania share price closed at €3.90 on Monday.", store)["€3.90"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "acme-price"), verdict.reason


def test_the_same_day_of_an_earlier_year_is_a_wrong_year_not_an_anniversary(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: flood, date: "2019-06-12", names: {{en: ["flooding of the Ruritanian capital"],
     ar: ["فيضان العاصمة الروريتانية"]}}, {SOURCE}}}
""")
    for text in ("The flooding of the Ruritanian capital on June 12, {} left thousands homeless.",
                 "وشرد فيضان العاصمة الروريتانية في 12 يونيو {} آلاف السكان."):
        verdicts = check(text.format(2019), store)
        assert next(iter(verdicts.values())).status == "supported"
        # an anniversary falls after the event: an earlier year is a wrong one
        verdict = next(iter(check(text.format(2016), store).values()))
        assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "flood"), verdict.reason
        # a later year may be the day it is remembered on: no alarm
        verdict = next(iter(check(text.format(2022), store).values()))
        assert verdict.status == "unverified" and "anniversary" in verdict.reason, verdict.reason


def test_an_event_to_come_is_contradicted_only_when_its_date_was_published_before(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: reg, date: "2024-03-17", names: {{ar: ["بداية تسجيل الناخبين في روريتانيا"]}}, {SOURCE}}}
  - {{id: vote, date: "2024-04-21", names: {{ar: ["موعد الاقتراع في روريتانيا"]}},
     source: {{publisher: Election Committee, published: "2024-02-10"}}}}
""")
    text = "وتبدأ اللجنة تسجيل الناخبين في روريتانيا يوم {} / 3 / 2024م."
    before = dt.date(2024, 3, 1)
    verdict = check(text.format(17), store, before)["17 / 3 / 2024م"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "reg"), verdict.reason
    # another day: the plan may have changed after the article; no alarm
    verdict = check(text.format(19), store, before)["19 / 3 / 2024م"]
    assert verdict.status == "unverified" and "after the article's date" in verdict.reason, verdict.reason
    # a date the committee had published before the article was written: another day is wrong
    text = "وحددت اللجنة موعد الاقتراع في روريتانيا يوم {} / 4 / 2024م."
    assert check(text.format(21), store, before)["21 / 4 / 2024م"].status == "supported"
    verdict = check(text.format(28), store, before)["28 / 4 / 2024م"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "vote"), verdict.reason


def test_the_currency_of_a_country_is_its_named_currency_one_way(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: dinar-loss, kind: percent, unit: percent, value: 40, as_of: "2024-03-01",
     names: {{ar: ["خسائر الدينار الروريتاني"], en: ["Ruritanian dinar losses"]}}, {SOURCE}}}
""")
    # "the Ruritanian currency" is the name's "Ruritanian dinar"
    for text in ("وخسرت العملة الروريتانية نحو 30% من قيمتها منذ بداية العام.",
                 "The Ruritanian currency suffered losses of about 30% since the start of the year."):
        verdict = check(text, store)["30%"]
        assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "dinar-loss"), verdict.reason
    # another currency, or a currency of no country: no alarm
    for text in ("The dollar suffered losses of about 30% since the start of the year.",
                 "وخسر الدولار نحو 30% من قيمته منذ بداية العام.",
                 "وخسرت العملة نحو 30% من قيمتها منذ بداية العام."):
        assert check(text, store)["30%"].status == "unverified", text


def test_a_proper_name_said_in_full_earlier_is_what_the_figure_refers_to(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: examined, kind: count, unit: person, value: 1500, as_of: "2024-03-01",
     names: {{en: [children examined in the Ruritania National Dental Health Survey]}},
     population: {{en: [children, schoolchildren]}}, {SOURCE}}}
""")
    article = ("Children's teeth\n\nMost children in the country have cavities and many of them have never seen "
               "a dentist, researchers say.\n\nThe findings of the {} were published this week.\n\n"
               "The national dental survey examined 2,000 children in 40 towns.\n")
    # "the national dental survey" is the one the article named in full two paragraphs before
    verdict = check(article.format("Ruritania National Dental Health Survey"), store)["2,000"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "examined"), verdict.reason
    # named nowhere in full: it may be another survey
    verdict = check(article.format("survey"), store)["2,000"]
    assert verdict.status == "unverified" and "missing: ruritania" in verdict.reason, verdict.reason


def test_a_particle_of_possession_in_a_name_is_no_word_to_find(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: llc, kind: count, value: 5000, as_of: "2024-01-01",
     names: {{ar: ["عدد الشركات ذات المسؤولية المحدودة في روريتانيا"]}}, {SOURCE}}}
""")
    # "ذات" (having) is a function word: the text names the fact without it
    verdict = check("وبلغ عدد الشركات المحدودة المسؤولية في روريتانيا 7000 شركة.", store)["7000"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "llc"), verdict.reason
    assert check("وبلغ عدد الشركات في روريتانيا 7000 شركة.", store)["7000"].status == "unverified"


def test_a_part_counted_of_a_whole_is_no_year_and_its_noun_is_the_counted_noun():
    text = "Acme says 1800 of its software patents will be released. Acme frees 500 software patents."
    result = check_document(from_text(text, "-", "auto", DATE), ReferenceStore())
    got = {f.text: (f.kind, f.subject) for f in result.figures}
    assert got["1800"] == ("count", "patents")          # not the year 1800, not "software"
    assert got["500"] == ("count", "patents")
    # a word ending in -us or -ss is no plural noun: "serious" is not what is counted
    result = check_document(from_text("It would mean 230 fewer serious injuries.", "-", "auto", DATE), ReferenceStore())
    assert result.figures[0].subject != "serious"
    result = check_document(from_text("In 1800 the patents lapsed.", "-", "auto", DATE), ReferenceStore())
    assert [f.kind for f in result.figures] == ["year"]


def test_figures_of_two_scenarios_take_facts_by_their_values(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: flood-area-low, kind: percent, value: 12, as_of: "2024-01-01",
     names: {{en: ["coastal flooding growth, low-emission scenario"]}}, {SOURCE}}}
  - {{id: flood-area-high, kind: percent, value: 35, as_of: "2024-01-01",
     names: {{en: ["coastal flooding growth, severe scenario"]}}, {SOURCE}}}
""")
    text = "By 2080 coastal flooding would grow by either {} percent or {} percent, depending on the scenario."
    verdicts = check(text.format(35, 12), store)
    assert verdicts["35 percent"].status == verdicts["12 percent"].status == "supported"
    assert verdicts["35 percent"].reference.fact_id == "flood-area-high"
    # one value is a scenario's: the other figure is the other scenario's, and wrong
    verdict = check(text.format(35, 20), store)["20 percent"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "flood-area-low"), verdict.reason
    # neither value is a scenario's: nothing tells which figure is which, no alarm
    verdicts = check(text.format(40, 20), store)
    assert {v.status for v in verdicts.values()} == {"unverified"}
    # the sentence names the scenarios: their words, not the values, assign the facts ("under"
    # a scenario is no part of the quantity)
    verdicts = check("Coastal flooding would grow by 35 percent under the severe scenario and by 20 percent "
                     "under the low-emission scenario.", store)
    assert verdicts["35 percent"].status == "supported"
    assert (verdicts["20 percent"].status, verdicts["20 percent"].reference.fact_id) == ("contradicted", "flood-area-low")


def test_a_fact_another_figure_of_the_article_states_is_not_a_figure_that_disagrees(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: canal-network-km, kind: measure, unit: km, value: 640, as_of: "2024-01-01",
     names: {{en: ["length of the canals in the second phase of the waterways programme"]}}, {SOURCE}}}
  - {{id: canal-dredging-km, kind: measure, unit: km, value: 210, as_of: "2024-01-01",
     names: {{en: ["length of canals in the international dredging tender"]}}, {SOURCE}}}
""")
    lead = ("The second phase of the waterways programme covers canals of {} km, the authority said as it "
            "opened an international tender for dredging.\n\nThe programme includes dredging {} km of canals "
            "in nine provinces.")
    verdicts = check(lead.format(640, 210), store)
    assert verdicts["640 km"].status == verdicts["210 km"].status == "supported"
    # the lead states the network's length: a wrong tender length is no doubt between the two
    verdict = check(lead.format(640, 150), store)["150 km"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "canal-dredging-km"), verdict.reason
    # the body names neither the tender's dredging nor the programme: no alarm, stated or not
    for length in (640, 700):
        verdict = check(lead.format(length, 150).replace("The programme includes dredging", "Work will cover"),
                        store)["150 km"]
        assert verdict.status == "unverified", verdict.reason


def test_a_number_of_the_facts_name_said_in_the_sentence_tells_it_without_its_other_words(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ruritania-retired, kind: count, unit: person, value: 3000000, as_of: "2023-12-31",
     names: {{ar: ["عدد المتقاعدين في روريتانيا (65 عاما فأكثر)"]}}, population: {{ar: [مواطن, شخص]}}, {SOURCE}}}
  - {{id: ruritania-population, kind: count, unit: person, value: 10000000, as_of: "2023-12-31",
     names: {{ar: ["عدد سكان روريتانيا"]}}, population: {{ar: [نسمة, شخص]}}, {SOURCE}}}
""")
    text = "وبلغ عدد الذين تبلغ أعمارهم {} عاما فأكثر في روريتانيا {} ملايين مواطن في نهاية 2023."
    assert check(text.format(65, 3), store)["3 ملايين"].status == "supported"
    # "65 ... فأكثر" tells the retired from the whole population, though "المتقاعدين" is not said
    verdict = check(text.format(65, 5), store)["5 ملايين"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "ruritania-retired"), verdict.reason
    # another age: no alarm
    assert check(text.format(30, 5), store)["5 ملايين"].status == "unverified"


def test_of_two_facts_the_words_nearest_the_figure_tell_which(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: coalition-seats, kind: count, unit: seat, value: 170, as_of: "2024-01-01",
     names: {{ar: ["مقاعد الائتلاف الحاكم في برلمان فارنيا", "مقاعد النهضة والمزارعين الأحرار"]}},
     population: {{ar: [مقعد, مقعدا]}}, {SOURCE}}}
  - {{id: party-seats, kind: count, unit: seat, value: 150, as_of: "2024-01-01",
     names: {{ar: ["مقاعد حزب النهضة في برلمان فارنيا"]}}, population: {{ar: [مقعد, مقعدا]}}, {SOURCE}}}
""")
    text = "فاز حزب النهضة بالانتخابات الأخيرة. ويسيطر فارغا وحلفاؤه من حزب المزارعين الأحرار على {} مقعدا في البرلمان."
    assert check(text.format(170), store)["170"].status == "supported"
    # "المزارعين الأحرار", next to the figure, tell the coalition from the party ("حزب" farther)
    verdict = check(text.format(120), store)["120"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "coalition-seats"), verdict.reason
    # the party alone: never an alarm against the coalition
    verdict = check("فاز حزب النهضة بالانتخابات الأخيرة. ويسيطر حزب فارغا على 120 مقعدا في البرلمان.", store)["120"]
    assert verdict.status == "unverified" or verdict.reference.fact_id != "coalition-seats"


def test_a_year_said_of_the_figure_before_it_is_not_this_figures_and_each_takes_its_entry(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: coproductions
    kind: count
    unit: film
    names: {{en: [UK and US film co-productions made in Britain], ar: [الأفلام البريطانية الأمريكية المشتركة المصورة في بريطانيا]}}
    {SOURCE}
    entries:
      - {{as_of: "2003", value: 102}}
      - {{as_of: "2004", value: 81}}
""")
    date = dt.date(2005, 1, 19)
    # "in 2003" is 102's year, not 81's: 81 is last year's value, the latest
    verdicts = check("UK and US film co-productions made in Britain fell from 102 in 2003 to 81 last year.", store, date)
    assert verdicts["81"].status == "supported", verdicts["81"].reason
    # ... and both values are checked, each against its own entry of the series
    assert verdicts["102"].status == "supported", verdicts["102"].reason
    verdicts = check("UK and US film co-productions made in Britain fell from 102 in 2003 to 95 last year.", store, date)
    assert verdicts["95"].status == "contradicted" and verdicts["95"].reference.value == 81
    verdicts = check("وتراجعت الأفلام البريطانية الأمريكية المشتركة المصورة في بريطانيا من 102 في 2003 إلى 81 العام الماضي.",
                     store, date)
    assert verdicts["81"].status == "supported", verdicts["81"].reason


def test_a_figure_is_not_contradicted_by_the_fact_another_figure_of_its_sentence_gives(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: relocation-proposal, kind: count, unit: person, value: 40000, as_of: "2015-05-27",
     names: {{ar: ["مقترح إعادة توزيع اللاجئين في الاتحاد الأوروبي"], en: [EU proposal to relocate refugees]}}, {SOURCE}}}
""")
    date = dt.date(2015, 6, 20)
    # 40 ألفا, in a clause of its own that names no word of the fact, is not assigned it
    verdicts = check("وفشل وزراء الاتحاد الأوروبي في الاتفاق على مقترح إعادة توزيع 60 ألفا من اللاجئين، منهم 40 ألفا في "
                     "إيطاليا واليونان.", store, date)
    assert verdicts["60 ألفا"].status == "unverified" and "40 ألفا" in verdicts["60 ألفا"].reason
    verdicts = check("Ministers failed to agree on the EU proposal to relocate 60,000 refugees, 40,000 of them "
                     "from Italy and Greece.", store, date)
    assert verdicts["60,000"].status == "unverified" and "40,000" in verdicts["60,000"].reason
    # no figure of the sentence gives 40,000: the alarm stands
    verdicts = check("Ministers failed to agree on the EU proposal to relocate 60,000 refugees.", store, date)
    assert verdicts["60,000"].status == "contradicted"


def test_a_count_since_a_year_is_not_a_fact_of_one_year(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: protection-grants, kind: count, unit: person, value: 185000, as_of: "2014-01-01",
     names: {{ar: ["عدد من منحوا الحماية في الاتحاد الأوروبي"], en: [people granted protection in the EU]}}, {SOURCE}}}
  - {{id: insurgency-toll, kind: count, unit: person, value: 15000, as_of: "2015-07-01",
     names: {{ar: ["حصيلة قتلى تمرد بوكو حرام منذ 2009", "قتلى بوكو حرام"],
              en: [death toll of the Boko Haram insurgency since 2009, Boko Haram deaths]}}, {SOURCE}}}
""")
    date = dt.date(2015, 7, 20)
    text = "وبلغ عدد من منحوا الحماية في الاتحاد الأوروبي منذ عام 2008 نحو 750 ألف شخص."
    verdict = check(text, store, date)["750 ألف"]
    assert verdict.status == "unverified" and "2008" in verdict.reason
    verdict = check("Since 2008, 750,000 people were granted protection in the EU.", store, date)["750,000"]
    assert verdict.status == "unverified" and "2008" in verdict.reason
    # without "since", the same figure is an alarm against the year's fact
    assert check("وبلغ عدد من منحوا الحماية في الاتحاد الأوروبي 750 ألف شخص.", store, date)["750 ألف"].status == "contradicted"
    # a fact that counts since a year itself is contradicted by a wrong count since that year
    verdict = check("وقتل 48 ألف شخص من قتلى بوكو حرام منذ عام 2009.", store, date)["48 ألف"]
    assert verdict.status == "contradicted", verdict.reason


def test_a_price_within_a_fraction_of_a_percent_is_another_reading(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: gold-price, kind: money, unit: USD, value: 1094.54, as_of: "2015-08-07",
     names: {{en: [gold price per ounce], ar: [سعر أوقية الذهب]}}, {SOURCE}}}
""")
    date = dt.date(2015, 8, 7)
    verdict = check("The gold price per ounce was $1094.10 on Friday.", store, date)["$1094.10"]
    assert verdict.status == "unverified" and "reading" in verdict.reason
    verdict = check("وبلغ سعر أوقية الذهب 1094.10 دولار يوم الجمعة.", store, date)["1094.10 دولار"]
    assert verdict.status == "unverified" and "reading" in verdict.reason
    # a transposed digit is no other reading
    assert check("The gold price per ounce was $1049.10 on Friday.", store, date)["$1049.10"].status == "contradicted"


def test_a_value_that_agrees_with_a_fact_named_in_the_paragraph_is_supported(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: blair-age, kind: age, unit: year, value: 51, as_of: "2005-02-06",
     names: {{en: [age of Tony Blair], ar: [عمر توني بلير]}}, {SOURCE}}}
  - {{id: brown-age, kind: age, unit: year, value: 54, as_of: "2005-02-06",
     names: {{en: [age of Gordon Brown], ar: [عمر غوردون براون]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 6)
    text = "Tony Blair has become Labour's longest-serving prime minister.\nThe {}-year-old premier marked his day."
    verdict = check(text.format(51), store, date)["51-year-old"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "blair-age"), verdict.reason
    # a value that disagrees: the paragraph alone is too weak for an alarm
    assert check(text.format(64), store, date)["64-year-old"].status == "unverified"
    text = "أصبح توني بلير أطول رؤساء الوزراء بقاء في المنصب.\nواحتفل رئيس الوزراء البالغ من العمر {} عاما بيومه."
    verdict = check(text.format(51), store, date)["51 عاما"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "blair-age"), verdict.reason
    assert check(text.format(64), store, date)["64 عاما"].status == "unverified"


def test_a_year_named_by_the_article_date(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: sales-2004, kind: percent, unit: percent, value: 2.8, as_of: "2004-12-31",
     names: {en: [decline in Unilever European sales in 2004]}, source: {publisher: Unilever}}
  - {id: sales-2003, kind: percent, unit: percent, value: 1.0, as_of: "2003-12-31",
     names: {en: [decline in Unilever European sales in 2003]}, source: {publisher: Unilever}}
  - {id: games-2015-sports, kind: count, value: 25, as_of: "2015-07-01",
     names: {en: [number of sports at the Special Olympics World Games 2015]}, source: {publisher: SO}}
""")
    # "last year" in February 2005 names 2004: its fact, not 2003's that the value would fit
    verdict = check("Unilever's European sales fell by 1.0% last year.", store, dt.date(2005, 2, 10))["1.0%"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "sales-2004")
    verdict = check("Unilever's European sales fell by 2.8% last year.", store, dt.date(2005, 2, 10))["2.8%"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "sales-2004")
    # a name's year that is the article's, the text naming none, is found (weakly): the text need not say it
    verdict = check("The Special Olympics World Games feature 25 sports.", store, dt.date(2015, 7, 20))["25"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "games-2015-sports")
    assert "2015" in verdict.reason.split("missing")[0]


def test_a_strict_bound_at_the_facts_value_is_no_alarm(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: pos-value, kind: money, unit: SAR, value: 55500000000, as_of: "2024-03-01",
     names: {en: [value of point-of-sale payments in Ramadan]}, source: {publisher: SAMA}}
""")
    # the store's 55.5 billion is rounded: "more than 55.5 billion" may be its very words
    verdict = check("The value of point-of-sale payments in Ramadan reached more than 55.5 billion riyals.",
                    store)["55.5 billion riyals"]
    assert verdict.status == "unverified" and "rounded" in verdict.reason
    verdict = check("The value of point-of-sale payments in Ramadan reached more than 75.5 billion riyals.",
                    store)["75.5 billion riyals"]
    assert verdict.status == "contradicted"


def test_a_figure_cut_short_or_of_a_later_year_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: spend, kind: money, unit: SAR, value: 13282, as_of: "2023-01-01",
     names: {en: [average monthly spending of Saudi households]}, source: {publisher: GASTAT}}
  - {id: child-marriages, kind: count, value: 2, as_of: "2013-01-01",
     names: {en: [marriages in Spain involving a person under 16]}, source: {publisher: INE}}
""")
    # 13.2 thousand may cut 13,282 short; 12.2 thousand is wrong
    verdict = check("The average monthly spending of Saudi households is 13.2 thousand riyals.", store)[
        "13.2 thousand riyals"]
    assert verdict.status == "unverified" and "cut it short" in verdict.reason
    assert check("The average monthly spending of Saudi households is 12.2 thousand riyals.", store)[
        "12.2 thousand riyals"].status == "contradicted"
    # "last year" (2023) is later than the fact's value (2013): not the same count
    verdict = check("Last year Spain recorded 5 marriages involving a person under 16.", store)["5"]
    assert verdict.status == "unverified" and "of 2023" in verdict.reason
    assert check("Spain recorded 5 marriages involving a person under 16.", store)["5"].status == "contradicted"


def test_a_former_value_in_a_clause_of_the_past_is_not_out_of_date(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: marriage-age
    kind: age
    unit: year
    names: {{ar: ["الحد الأدنى لسن الزواج في روريتانيا"], en: [minimum age of marriage in Ruritania]}}
    {SOURCE}
    entries:
      - {{as_of: "1981", value: 14}}
      - {{as_of: "2023", value: 16}}
""")
    # "the law until now allowed marriage at 14": the former value, said as such
    for text in ("كان قانون روريتانيا حتى الآن يجيز الزواج لمن بلغ الحد الأدنى لسن الزواج وهو 14 عاما",
                 "The minimum age of marriage in Ruritania was previously 14 years."):
        verdict = check(text, store)[next(t for t in check(text, store) if "14" in t)]
        assert verdict.status == "unverified" and "former" in verdict.reason, verdict.reason
    # the same value said of today is out of date
    verdict = check("The minimum age of marriage in Ruritania is 14 years.", store)["14 years"]
    assert verdict.status == "outdated"


def test_a_figure_that_counts_a_word_further_on_in_the_facts_name_is_not_its_value(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: injured, kind: count, unit: person, value: 15, as_of: "2024-03-01",
     names: {{ar: ["عدد جرحى التفجيرات في داماتورو"], en: [number of people injured in the Damaturu bombings]}},
     population: {{ar: ["شخص", "جريح"], en: [people, injured]}}, {SOURCE}}}
""")
    # the bombings are counted, not the injured
    verdict = check("وأصيب العديدون بجروح في ثلاثة تفجيرات في داماتورو", store)["ثلاثة"]
    assert verdict.status == "unverified" and "تفجيرات" in verdict.reason, verdict.reason
    assert check("وأصيب 40 شخصا بجروح في التفجيرات في داماتورو", store)["40"].status == "contradicted"


def test_a_part_of_the_things_counted_is_not_the_whole(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: sarie, kind: count, unit: transaction, value: 64600000, as_of: "2024-01-01",
     names: {{ar: ["عدد العمليات المنفذة عبر نظام سريع"], en: [number of transactions processed by SARIE]}},
     population: {{ar: ["عملية"], en: [transactions]}}, {SOURCE}}}
""")
    # individual transactions are a part of all; a rise does not make them a running total
    verdict = check("وارتفعت العمليات الفردية المنفذة عبر نظام سريع لتبلغ 6.1 مليون عملية", store)["6.1 مليون"]
    assert verdict.status == "unverified", verdict.reason
    assert check("وبلغت العمليات المنفذة عبر نظام سريع 90 مليون عملية", store)["90 مليون"].status == "contradicted"


def test_a_noun_made_of_a_verb_matches_the_verb(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: fiat-payment, kind: money, unit: EUR, value: 1550000000, as_of: "2005-02-13",
     names: {{en: [payment by Carmaker Alpha to Carmaker Beta]}}, {SOURCE}}}
  - {{id: fiat-loss, kind: money, unit: EUR, value: 1550000000, as_of: "2005-02-13",
     names: {{en: [Carmaker Beta net loss]}}, {SOURCE}}}
""")
    # "payment" in the record, "pay" in the text
    verdict = check("Carmaker Alpha is to pay Carmaker Beta 1.55bn euros to end the deal.", store, dt.date(2005, 2, 14))["1.55bn euros"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "fiat-payment"), verdict.reason


def test_a_level_to_come_is_not_todays_value(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: iht, kind: money, unit: GBP, value: 263000, as_of: "2004-04-06",
     names: {{en: [level at which inheritance tax is paid]}}, {SOURCE}}}
""")
    date = dt.date(2005, 3, 16)
    said = check("The level where people start paying inheritance tax will rise from £263,000 to £275,000 from April.",
                 store, date)
    assert said["£263,000"].status == "supported", said["£263,000"].reason
    assert said["£275,000"].status == "unverified", said["£275,000"].reason
    # with the first figure wrong, the level to come is still no alarm
    said = check("The level where people start paying inheritance tax will rise from £190,000 to £275,000 from April.",
                 store, date)
    assert said["£190,000"].status == "contradicted", said["£190,000"].reason
    assert said["£275,000"].status == "unverified", said["£275,000"].reason
    # said of today, the same figure is wrong
    assert check("The level where people start paying inheritance tax is £275,000.", store, date)["£275,000"].status \
        == "contradicted"


def test_a_rank_a_name_says_is_the_value(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: city-rank, kind: ordinal, unit: rank, value: 2, as_of: "2011-03-27",
     names: {{ar: ["ثاني أكبر مدينة في روريتانيا"], en: [second largest city in Ruritania]}}, {SOURCE}}}
""")
    assert check("وتعد فارنا ثاني أكبر مدينة في روريتانيا", store)["ثاني"].status == "supported"
    assert check("وتعد فارنا خامس أكبر مدينة في روريتانيا", store)["خامس"].status == "contradicted"
    assert check("Varna is the second largest city in Ruritania.", store)["second"].status == "supported"
    # a rank word of a name that is not its value describes it: "among the first employees" of number 31
    store = store_of(tmp_path, f"""facts:
  - {{id: staff-number, kind: ordinal, unit: employee, value: 31, as_of: "1978-01-01",
     names: {{en: ["Jef Raskin's place among Apple's first employees"]}}, {SOURCE}}}
""")
    assert check("Mr Raskin was one of the first employees at Apple.", store)["first"].status != "contradicted"


def test_a_broken_plural_in_a_name_matches_its_singular(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: sarie-banks, kind: count, unit: bank, value: 22, as_of: "2014-12-31",
     names: {{ar: ["عدد المصارف المشاركة في نظام سريع"]}}, {SOURCE}}}
  - {{id: sarie-volume, kind: count, unit: transaction, value: 64600000, as_of: "2014-12-31",
     names: {{ar: ["عدد العمليات المنفذة عبر نظام سريع"]}}, {SOURCE}}}
""")
    date = dt.date(2015, 7, 25)
    # "المصارف" in the name, "مصرفاً" in the text
    for text, status in (("ويضم نظام سريع 22 مصرفاً مشاركاً", "supported"), ("ويضم نظام سريع 41 مصرفاً مشاركاً", "contradicted")):
        verdict = next(v for t, v in check(text, store, date).items() if t[0].isdigit())
        assert (verdict.status, verdict.reference.fact_id) == (status, "sarie-banks"), verdict.reason


def test_a_value_tells_the_fact_the_words_tell_only_in_part(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: payment, kind: money, unit: EUR, value: 1550000000, as_of: "2005-02-13",
     names: {{en: [payment by Acme Motors to Beta to terminate the put option agreement]}}, {SOURCE}}}
  - {{id: first-instalment, kind: money, unit: EUR, value: 1000000000, as_of: "2005-02-13",
     names: {{en: [immediate instalment of Acme Motors' settlement payment to Beta]}}, {SOURCE}}}
  - {{id: beta-loss, kind: money, unit: EUR, value: 1579000000, as_of: "2004-12-31",
     names: {{en: [net loss of Beta Group in 2004]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 14)
    text = "Acme Motors is to pay Beta {} to get out of a deal."
    verdict = check(text.format("1.55bn euros"), store, date)["1.55bn euros"]
    assert (verdict.status, verdict.reference.fact_id) == ("supported", "payment"), verdict.reason
    assert "value" in verdict.reason
    # the words alone are too weak for an alarm, a bound agrees with too many values, and the
    # value of a fact whose names share no word with the sentence tells nothing
    for figure, said in (("2.4bn euros", "2.4bn euros"), ("1.5bn euros", "more than 1.5bn euros")):
        assert check(text.format(said), store, date)[figure].status == "unverified"
    assert check("Shares of Gamma rose after it sold 1.55bn euros of bonds.", store, date)[
        "1.55bn euros"].status == "unverified"
    # a value compared with is another time's: its value alone does not tell
    said = check("Acme Motors is to pay Beta 2bn euros, compared with 1.55bn euros offered in May.", store, date)
    assert said["1.55bn euros"].status == "unverified", said["1.55bn euros"].reason
    # an earlier value of a series is no value the fact has today
    store = store_of(tmp_path, f"""series:
  - id: marriage-age
    kind: age
    unit: year
    names: {{en: [minimum age of marriage in Spain]}}
    {SOURCE}
    entries:
      - {{value: 14, as_of: "1981-07-07"}}
      - {{value: 16, as_of: "2015-07-23"}}
""")
    said = check("Spain's law let those aged 14 marry.", store, dt.date(2015, 7, 24))
    assert said["14"].status != "supported", said["14"].reason


def test_a_figure_another_figure_of_its_sentence_fits_as_well_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: ankara, kind: count, unit: person, value: 26, as_of: "2015-07-25",
     names: {{en: [people detained in Ankara in the security sweep],
              ar: ["الموقوفون في العاصمة أنقرة في الحملة الأمنية"]}}, {SOURCE}}}
""")
    date, title = dt.date(2015, 7, 26), "تركيا توسع الحملة الأمنية"
    # 62 is the Ankara count (wrong), six another city's: six is no alarm, though it matches a little better
    said = check("ووصل عدد الموقوفين في العاصمة أنقرة إلى 62 شخصا، كما أوقفت قوات الأمن ستة أشخاص بمدينة إسطنبول.",
                 store, date, title)
    assert said["ستة"].status == "unverified" and "“62”" in said["ستة"].reason, said["ستة"].reason
    # alone in its sentence, the wrong figure is an alarm
    said = check("ووصل عدد الموقوفين في العاصمة أنقرة في الحملة الأمنية إلى 62 شخصا.", store, date, title)
    assert said["62"].status == "contradicted", said["62"].reason


def test_a_count_of_where_something_happened_is_no_alarm_against_how_many_there_are(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: provinces, kind: count, unit: province, value: 81, as_of: "2015-01-01",
     names: {{en: [number of provinces of Turkey], ar: [عدد الولايات التركية]}}, {SOURCE}}}
""")
    date = dt.date(2015, 7, 26)
    for text, figure in (("Turkish police detained 371 people in 25 provinces of Turkey.", "25"),
                         ("وبلغ عدد الموقوفين 371 شخصا في 25 ولاية تركية.", "25")):
        verdict = check(text, store, date)[figure]
        assert verdict.status == "unverified" and "where" in verdict.reason, verdict.reason
    # more places than there are is still wrong; and a count said as the whole is checked
    assert check("Turkish police detained 371 people in 90 provinces of Turkey.", store, date)["90"].status == \
        "contradicted"
    assert check("Turkey has 25 provinces.", store, date)["25"].status == "contradicted"


def test_a_value_compared_with_is_of_the_quantity_named_before_it(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: growth, kind: percent, unit: percent, value: 6.7, as_of: "2005-01-01",
     names: {{en: [Iran economic growth rate]}}, {SOURCE}}}
  - {{id: outlook, kind: percent, unit: percent, value: 7.1, as_of: "2005-01-01",
     names: {{en: [Iran economic growth forecast]}}, {SOURCE}}}
""")
    date = dt.date(2005, 1, 10)
    said = check("In Iran, Mr Khatami predicted economic growth of 7.1% in 2005-6, up from 6.7% in the current year.",
                 store, date)
    assert (said["6.7%"].status, said["6.7%"].reference.fact_id) == ("supported", "growth"), said["6.7%"].reason
    # "predicted" names the forecast: the figure is the forecast's, not a wrong growth rate
    assert (said["7.1%"].status, said["7.1%"].reference.fact_id) == ("supported", "outlook"), said["7.1%"].reason


def test_a_value_does_not_tell_a_weakly_named_fact_when_the_words_tell_another(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: steel, kind: percent, unit: percent, value: 50, as_of: "2018-08-13", names: {{en: [US tariff on Turkish steel]}},
     {SOURCE}}}
  - {{id: aluminium, kind: percent, unit: percent, value: 20, as_of: "2018-08-13",
     names: {{en: [US tariff on Turkish aluminium]}}, {SOURCE}}}
  - {{id: inflation, kind: percent, unit: percent, value: 15, as_of: "2018-06-01",
     names: {{en: [Turkey annual inflation rate]}}, {SOURCE}}}
""")
    said = check("Washington doubled its tariffs on Turkish steel and aluminium to 15% and 20%.", store,
                 dt.date(2018, 8, 18))
    assert said["15%"].reference.fact_id == "steel" and said["15%"].status != "supported", said["15%"].reason


def test_the_event_an_article_is_about_may_be_named_in_its_title(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: workers, kind: count, unit: person, value: 4, as_of: "2015-08-07",
     names: {{en: [Bangladeshi workers killed in the Abha mosque bombing]}}, {SOURCE}}}
""")
    date, title = dt.date(2015, 8, 8), "Bombing at a mosque in Abha"
    said = check("Nine Bangladeshi workers were killed, the ministry said.", store, date, title)
    assert said["Nine"].status == "contradicted", said["Nine"].reason
    # a word of the quantity itself ("killed") must be in the figure's sentence
    said = check("Nine Bangladeshi workers were there, the ministry said.", store, date, "Killed in a bombing at an Abha mosque")
    assert said["Nine"].status == "unverified", said["Nine"].reason


def test_a_clause_that_refers_back_speaks_of_what_its_sentence_named(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: age, kind: age, unit: year, value: 21, as_of: "2015-08-07",
     names: {{en: [age of the Abha mosque suicide bomber], ar: [عمر انتحاري مسجد أبها]}}, {SOURCE}}}
""")
    date = dt.date(2015, 8, 8)
    for text, figure in (("كشفت الوزارة هوية الانتحاري الذي فجر نفسه في مسجد أبها، وعمره 45 سنة.", "45 سنة"),
                         ("The ministry named the suicide bomber of the Abha mosque, who was 45 years old.", "45 years old")):
        verdict = check(text, store, date)[figure]
        assert verdict.status == "contradicted", verdict.reason
    # a clause with a subject of its own is its own
    verdict = check("كشفت الوزارة هوية الانتحاري الذي فجر نفسه في مسجد أبها، وقال شقيقه إن عمر والده 45 سنة.",
                    store, date)["45 سنة"]
    assert verdict.status != "contradicted", verdict.reason


DEBT = f"""facts:
  - {{id: belgium, kind: percent, unit: percent, value: 111, as_of: "2015-03-31",
     names: {{en: [government debt to GDP ratio in Belgium],
              ar: ["نسبة الدين الحكومي إلى الناتج المحلي الإجمالي في بلجيكا", "نسبة الدين في بلجيكا"]}}, {SOURCE}}}
  - {{id: italy, kind: percent, unit: percent, value: 135, as_of: "2015-03-31",
     names: {{en: [government debt to GDP ratio in Italy],
              ar: ["نسبة الدين الحكومي إلى الناتج المحلي الإجمالي في إيطاليا"]}}, {SOURCE}}}
"""


def test_facts_of_other_values_that_fit_as_well_are_no_alarm(tmp_path):
    # France's ratio fits the Belgian and the Italian fact equally: it is neither, not wrong
    said = check("ارتفع الدين الحكومي في إيطاليا وبلجيكا، ووصلت النسبة في بلجيكا إلى 141 في المائة على حين بلغت "
                 "النسبة في فرنسا 97.5 في المائة من إجمالي الناتج المحلي.", store_of(tmp_path, DEBT), dt.date(2015, 7, 23))
    verdict = said["97.5 في المائة"]
    assert verdict.status == "unverified" and "does not tell which" in verdict.reason, verdict.reason
    assert {a.fact_id for a in verdict.alternatives} | {verdict.reference.fact_id} == {"belgium", "italy"}


def test_a_deficit_is_not_the_debt(tmp_path):
    store = store_of(tmp_path, DEBT)
    date = dt.date(2015, 7, 23)
    said = check("بلغ المعدل الموسمي للعجز الحكومي نسبة 2.4 في المائة من الناتج المحلي الإجمالي في بلجيكا.", store, date)
    assert said["2.4 في المائة"].status == "unverified", said["2.4 في المائة"].reason
    said = check("بلغ الدين الحكومي نسبة 140 في المائة من الناتج المحلي الإجمالي في بلجيكا.", store, date)
    assert said["140 في المائة"].status == "contradicted", said["140 في المائة"].reason


def test_the_figure_whose_clause_names_what_tells_the_fact_apart_takes_it(tmp_path):
    # 141 is Belgium's (its clause says so); 97.5, France's, shares more of the fact's generic
    # words, but none that tells Belgium from Italy: the alarm is 141's, and 97.5 raises no doubt
    said = check("سجلت دول عدة ارتفاعا في الدين الحكومي مقارنة مع إجمالي الناتج المحلي، ووصلت النسبة في بلجيكا إلى "
                 "141 في المائة على حين بلغت النسبة في فرنسا 97.5 في المائة مقارنة بإجمالي الناتج المحلي، أما في "
                 "إيطاليا فقد بلغت النسبة 135 في المائة.", store_of(tmp_path, DEBT), dt.date(2015, 7, 23))
    assert said["141 في المائة"].status == "contradicted", said["141 في المائة"].reason
    assert said["141 في المائة"].reference.fact_id == "belgium"
    assert said["97.5 في المائة"].status == "unverified"
    assert said["135 في المائة"].status == "supported"


def test_a_time_that_opens_its_sentence_is_the_time_of_what_follows(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: ballet, date: "1950", names: {{en: [Festival Ballet founded]}}, {SOURCE}}}
""")
    date = dt.date(2005, 1, 1)
    assert check("In 1950, she and Anton Dolin founded the Festival Ballet in London.", store, date)["1950"].status \
        == "supported"
    verdict = check("In 1968, she and Anton Dolin founded the Festival Ballet in London.", store, date)["1968"]
    assert verdict.status == "contradicted", verdict.reason


def test_a_proper_name_is_said_by_the_word_the_article_calls_it_by(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: death, date: "1929", names: {{en: [death of Sergei Diaghilev]}}, {SOURCE}}}
facts:
  - {{id: loan, kind: money, unit: USD, value: 600000000, as_of: "2004-11-01",
     names: {{en: [American Express loan to Delta Air Lines]}}, {SOURCE}}}
""")
    date = dt.date(2004, 11, 22)
    said = check("Soon after Diaghilev's death in 1941, she returned to England.", store, date)["1941"]
    assert said.status == "contradicted", said.reason
    said = check("Shares in Delta rose. The airline said it had agreed a $100m loan from American Express.", store, date)
    assert said["$100m"].status == "contradicted", said["$100m"].reason
    # a word the article does not write as a name says nothing of the name ("delta" of a river)
    said = check("The river delta flooded. Farmers took a $100m loan from American Express.", store, date)
    assert said["$100m"].status == "unverified", said["$100m"].reason



INDEX_CLOSES = f"""facts:
  - {{id: tadawul-close, kind: measure, unit: point, value: 8699, as_of: "2015-08-09",
     names: {{ar: [إغلاق مؤشر السوق السعودية]}}, {SOURCE}}}
  - {{id: kuwait-close, kind: measure, unit: point, value: 6271, as_of: "2015-08-09",
     names: {{ar: [مستوى إغلاق مؤشر بورصة الكويت]}}, {SOURCE}}}
"""


def test_a_fact_matched_below_strong_is_an_alarm_only_when_the_figures_own_clause_names_it_twice(tmp_path, bundled):
    # "الكويت" and "المؤشر" are in the figure's own clause, "بورصة" in the title, "إغلاق" is not
    # written: a fair match, and two of the name's main words next to the figure make a wrong
    # value an alarm
    store = store_of(tmp_path, INDEX_CLOSES)
    text = "الكويت.. زاد المؤشر 0.4 % إلى {} نقطة."
    verdict = check(text.format(6271), store, dt.date(2015, 8, 9), "أداء بورصة الكويت")["6271 نقطة"]
    assert verdict.status == "supported", verdict.reason
    verdict = check(text.format(4271), store, dt.date(2015, 8, 9), "أداء بورصة الكويت")["4271 نقطة"]
    assert verdict.status == "contradicted" and verdict.reference.fact_id == "kuwait-close", verdict.reason
    # a city that the text does not name: one main word ("سكان") is all the clause has of Gaza's
    # population (the bundled store's, whose aliases make it a fair match)
    verdict = check("وصل إلى المدينة التي يقطنها 500 ألف نسمة.", bundled)["500 ألف"]
    assert verdict.status == "unverified" and "fewer than two" in verdict.reason, verdict.reason


def test_a_value_reached_during_the_session_is_no_alarm_against_the_close(tmp_path):
    store = store_of(tmp_path, INDEX_CLOSES)
    text = "وانخفض المؤشر الرئيسي للسوق السعودية 1.1 % إلى 8561 نقطة{} لكنه ارتد صاعدا."
    verdict = check(text.format(" أثناء الجلسة"), store, dt.date(2015, 8, 9))["8561 نقطة"]
    assert verdict.status == "unverified" and "اثناء" in verdict.reason, verdict.reason
    verdict = check(text.format(""), store, dt.date(2015, 8, 9))["8561 نقطة"]
    assert verdict.status == "contradicted" and verdict.reference.fact_id == "tadawul-close", verdict.reason


def test_another_form_of_a_names_word_is_weak_evidence_for_support_and_none_for_an_alarm(tmp_path, bundled):
    # "المضبوطة" in the name, "ضبطت" in the text: one root (half its weight), enough to support
    # the value, not to call another value wrong
    store = store_of(tmp_path, f"""facts:
  - {{id: seized, kind: count, unit: device, value: 1400, as_of: "2015-05-14",
     names: {{ar: [عدد الأجهزة المضبوطة في مداهمة مصنع الهواتف]}}, {SOURCE}}}
  - {{id: arrested, kind: count, unit: person, value: 9, as_of: "2015-05-14",
     names: {{ar: [عدد المعتقلين في مداهمة مصنع الهواتف]}}, {SOURCE}}}
""")
    text = "وضبطت الشرطة {} جهاز خلال مداهمتها المصنع."
    verdict = check(text.format(1400), store, dt.date(2015, 5, 15), "مداهمة مصنع للهواتف المقلدة")["1400"]
    assert verdict.status == "supported" and "وضبطت" in verdict.reason, verdict.reason
    verdict = check(text.format(4100), store, dt.date(2015, 5, 15), "مداهمة مصنع للهواتف المقلدة")["4100"]
    assert verdict.status == "unverified" and "by their root" in verdict.reason, verdict.reason
    # "يقطعه" (interrupted it) shares a root with "القطاع" (the Strip): Hiroshima is not Gaza
    verdict = check("ووقف 55 ألف شخص وسط صمت لم يقطعه سوى طنين الجرس في المدينة التي يعيش فيها 1.2 مليون شخص.",
                    bundled)["1.2 مليون"]
    assert verdict.status == "unverified", verdict.reason


def test_a_superlative_meets_its_adjective_in_a_facts_name(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: jobless-low, kind: duration, unit: year, value: 29, as_of: "2005-01",
     names: {{en: [years since UK unemployment was last this low]}}, {SOURCE}}}
  - {{id: mortgage-low, kind: duration, unit: year, value: 40, as_of: "2005-01",
     names: {{en: [years since UK mortgage rates were last this low]}}, {SOURCE}}}
""")
    verdicts = check("Labour's posters say Britain enjoys the lowest unemployment for 29 years and the lowest "
                     "mortgage rates for 40 years.", store, dt.date(2005, 1, 12))
    assert verdicts["29 years"].status == "supported" and verdicts["29 years"].reference.fact_id == "jobless-low", \
        verdicts["29 years"].reason
    assert verdicts["40 years"].status == "supported" and verdicts["40 years"].reference.fact_id == "mortgage-low", \
        verdicts["40 years"].reason


def test_a_fact_whose_longer_name_the_sentence_says_in_full_wins_over_a_shorter_one(tmp_path):
    # the adjusted rate's name says all the plain rate's says and more, the more in the sentence
    # (before a comma): it fits at least as well, so the plain rate's other value is no alarm
    store = store_of(tmp_path, """facts:
  - {id: jobless-rate, kind: percent, unit: percent, value: 11.4, as_of: "2005-02-28",
     names: {en: [Ruritanian unemployment rate]}, """ + SOURCE + """}
  - {id: jobless-rate-adjusted, kind: percent, unit: percent, value: 10.3, as_of: "2005-02-28",
     names: {en: [seasonally adjusted Ruritanian unemployment rate]}, """ + SOURCE + """}
""")
    text = ("Ruritanian jobless rate hits a record\n\nOver 4.1 million Ruritanians had no job in March.\n\n"
            "Yet other measures look better. Adjusted for seasonal changes, the overall unemployment rate is "
            "3.6 million people or {}%, up 0.2 percentage points.")
    date = dt.date(2005, 3, 1)
    right = check(text.format("10.3"), store, date)["10.3%"]
    assert right.status == "supported" and right.reference.fact_id == "jobless-rate-adjusted"
    wrong = check(text.format("12.9"), store, date)["12.9%"]
    assert wrong.status == "unverified" or wrong.reference.fact_id == "jobless-rate-adjusted"
    # with no word of the adjustment, the plain rate is the one meant
    plain = check("Ruritania's unemployment rate is 11.4%, the office said.", store, date)["11.4%"]
    assert plain.status == "supported" and plain.reference.fact_id == "jobless-rate"


def test_a_year_after_the_value_compared_with_is_that_values_not_the_levels(tmp_path):
    # "rose to X from Y in the same period in 2002": 2002 is Y's year; X is this year's entry
    store = store_of(tmp_path, """series:
  - id: trade-april-july
    kind: money
    unit: USD
    names: {en: [Ruritania-Utopia bilateral trade in April-July]}
    """ + SOURCE + """
    entries:
      - {as_of: "2002-07-31", value: 51200000}
      - {as_of: "2003-07-31", value: 142500000}
""")
    text = ("The value of Ruritania-Utopia bilateral trade in April-July rose to ${} from $51.2m in the same period "
            "in 2002, the ministry told reporters.")
    date = dt.date(2003, 12, 13)
    verdicts = check(text.format("142.5m"), store, date)
    assert verdicts["$142.5m"].status == "supported" and verdicts["$51.2m"].status == "supported"
    assert check(text.format("330.0m"), store, date)["$330.0m"].status == "contradicted"


def test_people_out_of_work_are_the_unemployed_not_the_employed(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: employed, kind: count, unit: person, value: 27500000, as_of: "2005-01-31",
     names: {en: [number of people in employment in Ruritania]}, """ + SOURCE + """}
  - {id: unemployed, kind: count, unit: person, value: 2840000, as_of: "2005-01-31",
     names: {en: [ILO unemployment in Ruritania]}, """ + SOURCE + """}
""")
    text = "By the ILO measure, Ruritania counted {} million people out of work in March."
    date = dt.date(2005, 3, 1)
    right = check(text.format("2.84"), store, date)["2.84 million"]
    assert right.status == "supported" and right.reference.fact_id == "unemployed"
    wrong = check(text.format("5.12"), store, date)["5.12 million"]
    assert wrong.reference is None or wrong.reference.fact_id == "unemployed"


def test_a_fact_named_in_points_is_said_by_a_figure_in_points(tmp_path):
    store = store_of(tmp_path, """facts:
  - {id: index-fall, kind: measure, unit: point, value: 98.40, as_of: "2015-08-06",
     names: {ar: [انخفاض مؤشر سوق الأسهم بالنقاط]}, """ + SOURCE + """}
""")
    text = "أغلق مؤشر سوق الأسهم اليوم على انخفاض، إذ انخفض بـ {} نقطة بنسبة 1.2%."
    date = dt.date(2015, 8, 6)
    assert check(text.format("98.40"), store, date)["98.40 نقطة"].status == "supported"
    assert check(text.format("290"), store, date)["290 نقطة"].status == "contradicted"


def test_a_count_with_a_fraction_is_no_alarm_against_a_count_of_whole_things(tmp_path):
    # "7.25?" is a percentage whose sign was lost, not 7.25 rising stocks
    store = store_of(tmp_path, """facts:
  - {id: advancers, kind: count, unit: company, value: 64, as_of: "2015-08-05",
     names: {ar: [عدد الأسهم المرتفعة في السوق]}, """ + SOURCE + """}
""")
    date = dt.date(2015, 8, 5)
    verdicts = check("وارتفعت أسهم الشركات في السوق اليوم، وتراوحت الارتفاعات ما بين 7.25? إلى 1.39?.", store, date)
    assert verdicts["7.25"].status != "contradicted"
    assert check("وارتفعت أسهم 12 شركة في السوق اليوم.", store, date)["12"].status == "contradicted"


def test_a_gap_between_two_values_is_no_value_of_either(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: party-seats, kind: count, unit: seat, value: 40, as_of: "2015-07-01",
     names: {{ar: [مقاعد حزب الوسط في البرلمان], en: [Centre Party seats in parliament]}}, population: {{ar: [مقعد, مقاعد], en: [seats]}}, {SOURCE}}}
""")
    ar = check("وفاز حزب الوسط في البرلمان بفارق أربعة مقاعد عن منافسه.", store)["أربعة"]
    en = check("The Centre Party won in parliament by a margin of four seats.", store)["four"]
    for verdict in (ar, en):
        assert verdict.status == "unverified" and "gap between two values" in verdict.reason, verdict.reason
    # the level itself is still checked
    assert check("وحصل حزب الوسط على 44 مقعدا في البرلمان.", store)["44"].status == "contradicted"


def test_a_near_spelling_does_not_say_the_word_that_tells_a_fact_apart(tmp_path):
    # "الصيفية" (summer) is one letter from "الصينية" (Chinese): not said
    store = store_of(tmp_path, f"""events:
  - {{id: summer-games, date: "2008-08-08", names: {{ar: [دورة الألعاب الصيفية في مدينة فارنا]}}, {SOURCE}}}
""")
    verdict = check("وأقيمت دورة الألعاب الصينية في مدينة فارنا عام 2010.", store)["عام 2010"]
    assert verdict.status == "unverified" and "الصيفية" in verdict.reason, verdict.reason
    assert check("وأقيمت دورة الألعاب الصيفية في مدينة فارنا عام 2010.", store)["عام 2010"].status == "contradicted"


def test_a_season_the_facts_names_lack_narrows_the_figure_to_another_variant(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: summer-games, date: "2008-08-08", names: {{en: [Summer Games in Varna], ar: [الألعاب الصيفية في فارنا]}}, {SOURCE}}}
""")
    text = "Varna, host of the Summer Games, rebuilt its stadium in 2011 for the Winter Games."
    verdict = check(text, store)["2011"]
    assert verdict.status == "unverified" and "“winter” narrows" in verdict.reason, verdict.reason
    verdict = check("وأعادت فارنا، مضيفة الألعاب الصيفية، بناء ملعبها في 2011 لأجل الألعاب الشتوية.", store)["2011"]
    assert verdict.status == "unverified" and "narrows" in verdict.reason, verdict.reason
    assert check("Varna held the Summer Games in 2011.", store)["2011"].status == "contradicted"


def test_an_ordinal_ranks_the_noun_next_to_it(tmp_path):
    # "the third general meeting of the twelfth cycle": the third is the meeting's, the twelfth the cycle's
    store = store_of(tmp_path, f"""facts:
  - {{id: forum-cycle, kind: ordinal, value: 12, as_of: "2015-06-01", names: {{ar: [دورة منتدى فارنا]}}, {SOURCE}}}
  - {{id: forum-meeting, kind: ordinal, value: 2, as_of: "2015-06-26", names: {{ar: [ترتيب الاجتماع العام لمنتدى فارنا في مدينة روس]}}, {SOURCE}}}
""")
    text = "أصدر منتدى فارنا خلال اجتماعه العام {} من الدورة الثانية عشرة الذي عقد في مدينة روس قرارا بالإجماع."
    verdicts = check(text.format("الثالث"), store)
    assert "contradicted" not in [verdicts["الثانية عشرة"].status], verdicts["الثانية عشرة"].reason
    # the meeting's rank is checked against the meeting's fact, not the cycle's
    assert verdicts["الثالث"].reference.fact_id == "forum-meeting", verdicts["الثالث"].reason
    assert check(text.format("الثاني"), store)["الثاني"].status == "supported"


@pytest.mark.parametrize("text,figure", [
    # "البالغ" is "amounting to" here, not "aged"
    ("ويعاني سكان روريتانيا البالغ عددهم {} نسمة من الجفاف.", "{}"),
    # "الشعبية" (popular) is no "شعبة" (a division)
    ("وقتلت اللجان الشعبية {} من سكان روريتانيا في كمين.", "{}"),
    # "أثناء" of a count is any "during", no trading session
    ("وأصيب {} من سكان روريتانيا أثناء الاحتفالات.", "{}"),
])
def test_words_that_only_look_like_narrowing_words_leave_the_alarm(tmp_path, text, figure):
    store = store_of(tmp_path, f"""facts:
  - {{id: people, kind: count, unit: person, value: 5000, as_of: "2015-06-01",
     names: {{ar: [عدد سكان روريتانيا]}}, population: {{ar: [نسمة, سكان]}}, {SOURCE}}}
""")
    verdict = check(text.format(9000), store, dt.date(2015, 7, 1))[figure.format(9000)]
    assert "narrows" not in verdict.reason, verdict.reason


def test_a_noun_another_fact_counts_next_to_a_bare_figure_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: film-wins, kind: count, value: 4, as_of: "2010-03-01", names: {{en: [awards won by The Lighthouse]}},
     aliases: {{en: [awards for Lena Moss's lighthouse drama]}}, population: {{en: [awards, prizes]}}, {SOURCE}}}
  - {{id: film-nominations, kind: count, value: 9, as_of: "2010-02-01",
     names: {{en: [award nominations for The Lighthouse]}}, population: {{en: [nominations]}}, {SOURCE}}}
""")
    # "with 9" counts the nominations, which the awards fact does not count: another fact's figure
    text = "The Lighthouse won four prizes. The lighthouse drama by Lena Moss led the nominations with 9."
    assert check(text, store)["9"].status != "contradicted"
    assert check(text.replace("with 9", "with 12"), store)["12"].status != "contradicted"
    # the awards themselves, counted as such, are still checked
    assert check(text.replace("four prizes", "six prizes"), store)["six"].status == "contradicted"


def test_an_amount_converted_into_another_currency_in_brackets_raises_no_alarm(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: bond-sale, kind: money, unit: USD, value: 500000000, as_of: "2010-03-01",
     names: {{en: [Acme bond sale]}}, {SOURCE}}}
""")
    # the dollars convert the euros at some rate: a rounding of the rate is no error of fact
    text = "Acme raised money in a bond sale of 400m euros ($520m) last week."
    assert check(text, store)["$520m"].status == "unverified"
    # the same amount said in dollars is a claim of its own
    assert check("Acme raised $520m in a bond sale last week.", store)["$520m"].status == "contradicted"


def test_no_alarm_when_a_close_fact_has_the_value_and_the_own_clause_does_not_tell_them_apart(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: banks-sued, kind: count, unit: bank, value: 45, as_of: "2004-12-16",
     names: {{en: [banks sued by Acme in clawback actions]}}, population: {{en: [banks]}}, {SOURCE}}}
  - {{id: italian-banks-sued, kind: count, unit: bank, value: 35, as_of: "2004-12-16",
     names: {{en: [Italian banks sued by Acme in clawback actions]}}, population: {{en: [banks]}}, {SOURCE}}}
""")
    # "Italian" is said of the dairy firm, outside the figure's own clause: 45 is the banks sued
    text = "Acme has sued 45 banks as it tries to reclaim money paid before the Italian dairy firm went bust."
    assert check(text, store)["45"].status != "contradicted"
    # a value no close fact has is still an error
    assert check(text.replace("45", "60"), store)["60"].status == "contradicted"


def test_a_milestone_passed_is_no_value_of_the_quantity(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: film-gross, kind: money, unit: USD, value: 31800000, as_of: "2005-02-20",
     names: {{en: [second weekend box office of Hitch]}}, {SOURCE}}}
""")
    text = "Hitch took a strong second weekend at the box office and will be the first comedy to top the $100m mark."
    assert check(text, store)["$100m"].status != "contradicted"
    assert check("Hitch took $45m in its second weekend at the box office.", store)["$45m"].status == "contradicted"


def test_an_event_named_in_the_figures_clause_needs_no_word_of_the_paragraph(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: pullout, date: "1998-06-10", names: {{en: [Ruritanian army withdrawal from Karsa]}}, {SOURCE}}}
""")
    text = "Ruritanian officials welcomed the talks. The army withdrawal from Karsa ended in {}."
    # three words of the event in the year's own clause name it, its fourth said in the paragraph
    assert check(text.format(1998), store)["1998"].status == "supported"
    verdict = check(text.format(1994), store)["1994"]
    assert verdict.status == "contradicted", verdict.reason
    # with two of them, the rest of its name must be in the sentence
    verdict = check("Ruritanian officials welcomed the talks. The withdrawal from Karsa, by its army, ended in 1994.",
                    store)["1994"]
    assert verdict.status == "unverified", verdict.reason


def test_words_joined_after_a_figure_belong_to_the_clause_that_follows(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: eve, kind: money, unit: USD, value: 9100000, as_of: "2024-01-01",
     names: {{en: [Moonfall ticket sales on the eve of the festival]}}, {SOURCE}}}
  - {{id: final, kind: money, unit: USD, value: 14000000, as_of: "2024-01-01",
     names: {{en: [Moonfall ticket sales on the final day of the festival]}}, {SOURCE}}}
""")
    text = ("Moonfall set records for ticket sales on the eve of the festival, when it made $9.1m, and the final "
            "day of the festival, when it took {}.")
    said = check(text.format("$14m"), store)
    assert said["$9.1m"].status == said["$14m"].status == "supported", (said["$9.1m"].reason, said["$14m"].reason)
    # "and the final day" is the second figure's: the first is still the eve's
    said = check(text.format("$6m"), store)
    assert said["$9.1m"].status == "supported", said["$9.1m"].reason



# a store where "killed" is in half the records (not a word that tells any one of them)
TOLLS = f"""facts:
  - {{id: airport-deaths, kind: count, unit: person, range: [5, 6], as_of: "2015-08-10", {SOURCE},
     names: {{ar: [حصيلة قتلى التفجير الانتحاري عند مطار فارنا]}}}}
  - {{id: airport-wounded, kind: count, unit: person, range: [16, 21], as_of: "2015-08-10", {SOURCE},
     names: {{ar: [عدد جرحى التفجير الانتحاري عند مطار فارنا]}}}}
  - {{id: airport-vehicles, kind: count, unit: vehicle, value: 2, as_of: "2015-08-10", {SOURCE},
     names: {{ar: [عدد المركبات المدرعة المستهدفة في تفجير مطار فارنا]}}}}
  - {{id: wave-deaths, kind: count, unit: person, value: 56, as_of: "2015-08-10", {SOURCE},
     names: {{ar: [حصيلة قتلى موجة التفجيرات في فارنا مطلع أغسطس]}}}}
  - {{id: half-year-deaths, kind: count, unit: person, value: 1592, as_of: "2015-06-30", {SOURCE},
     names: {{ar: [عدد القتلى المدنيين في روريتانيا خلال النصف الأول من العام]}}}}
  - {{id: half-year-casualties, kind: count, unit: person, value: 4921, as_of: "2015-06-30", {SOURCE},
     names: {{ar: [عدد الضحايا المدنيين في روريتانيا خلال النصف الأول من العام]}}}}
"""
TOLLS_TEXT = ("انفجرت سيارة مفخخة يقودها انتحاري قرب مطار فارنا يوم الاثنين.\n\n"
              "وقال قائد شرطة فارنا إن خمسة أشخاص قتلوا في الهجوم وأصيب 16 آخرون.\n\n"
              "وكانت السلطات في فارنا قد رفعت حالة التأهب بعد هجمات الأسبوع الماضي التي أسفرت عن مقتل 50 شخصا "
              "على الأقل، وكانت تلك أسوأ موجة عنف تشهدها المدينة منذ سنوات.")
TOLLS_TITLE = "انتحاري يفجر سيارة مفخخة قرب مطار فارنا"


def test_a_word_half_the_records_share_still_finds_its_records(tmp_path):
    # "wounded" opens the sentence to the store; "killed" then finds the tolls too: five is the
    # airport's toll, not its wounded
    verdicts = check(TOLLS_TEXT, store_of(tmp_path, TOLLS), dt.date(2015, 8, 10), title=TOLLS_TITLE)
    for figure, fact in (("خمسة", "airport-deaths"), ("16", "airport-wounded")):
        assert (verdicts[figure].status, verdicts[figure].reference.fact_id) == ("supported", fact), verdicts[figure].reason


def test_no_alarm_when_a_lower_scored_record_is_named_as_near_as_the_chosen_one(tmp_path):
    # the airport's toll scores best by the lead's words, but the clause speaks of last week's
    # attacks: no word of the sentence tells the airport's toll from the other tolls
    verdict = check(TOLLS_TEXT, store_of(tmp_path, TOLLS), dt.date(2015, 8, 10), title=TOLLS_TITLE)["50"]
    assert verdict.status == "unverified", verdict.reason


def test_a_word_of_another_proper_name_in_the_clause_does_not_name_the_fact(tmp_path):
    # "Party" of "the Zentrist Party" does not name the "Liberal Party": the Zentrists' fact is
    # told from it, and a wrong value of theirs is caught
    store = store_of(tmp_path, f"""facts:
  - {{id: zentrist-donations, kind: money, unit: GBP, value: 5100000, as_of: "2004-12-31", {SOURCE},
     names: {{en: [quarterly donations to the Zentrist Party]}}}}
  - {{id: liberal-donations, kind: money, unit: GBP, value: 4600000, as_of: "2004-12-31", {SOURCE},
     names: {{en: [quarterly donations to the Liberal Party]}}}}
""")
    text = ("Parties build up war chests\n\nThe Zentrist Party received more than £{} in donations in the final "
            "quarter of 2004, new figures show.\n\nThe Liberals were in second place with donations totalling £4,610,849.\n")
    assert check(text.format("5m"), store, dt.date(2005, 2, 20))["£5m"].status == "supported"
    verdict = check(text.format("9m"), store, dt.date(2005, 2, 20))["£9m"]
    assert (verdict.status, verdict.reference.fact_id) == ("contradicted", "zentrist-donations"), verdict.reason


def test_a_proper_noun_right_after_a_word_of_the_fact_narrows_the_figure(tmp_path):
    # "the deficit with Ruritania" is a part of the trade deficit: no alarm against the whole
    store = store_of(tmp_path, f"""facts:
  - {{id: trade-deficit, kind: money, unit: USD, value: 60300000000, as_of: "2004-11-01", {SOURCE},
     names: {{en: [Zentrian goods and services trade deficit in November]}}}}
""")
    date = dt.date(2005, 1, 12)
    verdict = check("Officials said the Zentrian goods and services trade deficit with Ruritania was $19.6bn in November.",
                    store, date)["$19.6bn"]
    assert verdict.status == "unverified" and "ruritania" in verdict.reason, verdict.reason
    # the whole, said as such, is still checked
    verdict = check("Officials said the Zentrian goods and services trade deficit was $19.6bn in November.", store,
                    date)["$19.6bn"]
    assert verdict.status == "contradicted", verdict.reason


def test_a_name_in_full_says_the_short_form_a_fact_is_named_by(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: fine, kind: money, unit: USD, value: 10000000, as_of: "2004-06", names: {{en: [SEC fine on Ruritel]}}, {SOURCE}}}
  - {{id: growth, kind: percent, unit: percent, value: 0.7, as_of: "2004-12", names: {{en: [Ruritania GDP growth on the previous quarter]}}, {SOURCE}}}
""")
    date = dt.date(2005, 1, 26)
    said = check("The Securities and Exchange Commission fined Ruritel $25m last June.", store, date)
    assert said["$25m"].status == "contradicted" and said["$25m"].reference.fact_id == "fine", said["$25m"].reason
    # the initials of words in lower case are no name
    said = check("The securities and exchange commission fined Ruritel $25m last June.", store, date)
    assert said["$25m"].status == "unverified", said["$25m"].reason
    # "gross" of gross domestic product is no part of the quantity
    said = check("Ruritania's gross domestic product grew 1.9% on the previous quarter.", store, date)
    assert said["1.9%"].status == "contradicted" and said["1.9%"].reference.fact_id == "growth", said["1.9%"].reason


def test_a_name_said_in_apposition_before_the_figure_tells_its_fact(tmp_path):
    # "Ruritel, Ruritania's third-largest bank": the bank's name stands outside the figure's own
    # clause, which says only what is ranked; it still tells the two ranks apart
    store = store_of(tmp_path, f"""facts:
  - {{id: ruritel, kind: ordinal, value: 3, as_of: "2004-12", names: {{en: [Ruritel's rank among banks]}}, {SOURCE}}}
  - {{id: zenda, kind: ordinal, value: 2, as_of: "2004-12", names: {{en: [Zenda's rank among banks]}}, {SOURCE}}}
""")
    date = dt.date(2005, 2, 1)
    said = check("Ruritel, Ruritania's third-largest bank, tabled a higher offer for Zenda than its rival.", store, date)
    assert said["third"].status == "supported" and said["third"].reference.fact_id == "ruritel", said["third"].reason


def test_a_record_named_in_full_is_a_candidate_though_another_shares_its_words(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: clerk-sentence, kind: duration, unit: month, value: 4, as_of: "2024-03-01",
     names: {{en: [prison sentence of the clerk Tom Vale], ar: [مدة سجن الموظف توم فيل]}},
     aliases: {{en: [Vale sentence in the Moss case]}}, {SOURCE}}}
  - {{id: moss-sentence, kind: duration, unit: month, value: 9, as_of: "2023-10-01",
     names: {{en: [prison sentence of the official Ann Moss], ar: [مدة سجن المسؤولة آن موس]}},
     aliases: {{en: [Moss sentence]}}, {SOURCE}}}
""")
    text = "Tom Vale admitted hiring Ann Moss in the case.\\n\\nMs Moss is serving a nine month sentence for it."
    # "Moss sentence" is said in full: hers, not the clerk's whose alias names her case
    assert check(text, store)["nine month"].status == "supported"
    assert check(text.replace("nine month", "two month"), store)["two month"].status == "contradicted"


def test_a_share_of_another_named_body_is_no_alarm_against_one_named_in_the_lead(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: bank-share-rise, kind: percent, value: 3.45, as_of: "2015-07-21",
     names: {{ar: [ارتفاع سهم بنك الساحل الوطني], en: [rise of the Sahel National Bank share]}}, {SOURCE}}}
""")
    lead = "ارتفع سهم بنك الساحل الوطني بنسبة 3.45 في المائة في جلسة الثلاثاء.\\n\\n"
    other = "وسجل سعر سهم شركة النور للملاحة أعلى نسبة ارتفاع بواقع 14.9 في المائة."
    verdicts = check(lead + other, store, dt.date(2015, 7, 22))
    assert verdicts["3.45 في المائة"].status == "supported"
    # the other firm's share, named after "شركة": unverified, never contradicted
    assert verdicts["14.9 في المائة"].status == "unverified"
    mutated = check(lead.replace("3.45", "7.45"), store, dt.date(2015, 7, 22))
    assert mutated["7.45 في المائة"].status == "contradicted"


def test_amounts_added_up_are_parts_of_their_sum(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: repayment, kind: money, unit: EUR, value: 6250000000, as_of: "2015-07-20",
     names: {{ar: [سداد ديون اليونان المستحقة], en: [Greece's repayment of its debts due]}}, {SOURCE}}}
""")
    text = "وقالت الوزارة إن اليونان سددت من ديونها المستحقة 4.2 مليار يورو للبنك المركزي بالإضافة إلى 2.05 مليار يورو لصندوق النقد."
    verdicts = check(text, store, dt.date(2015, 7, 22))
    assert verdicts["4.2 مليار يورو"].status == "unverified"
    assert verdicts["2.05 مليار يورو"].status == "unverified"
    # alone, the amount is the repayment's
    assert check("وقالت الوزارة إن اليونان سددت من ديونها المستحقة 4.2 مليار يورو.", store,
                 dt.date(2015, 7, 22))["4.2 مليار يورو"].status == "contradicted"


def test_a_year_earlier_says_when_not_that_a_value_is_annual(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: acme-annual-profit, kind: money, unit: USD, value: 778000000, as_of: "2003-12-31",
     names: {{en: [Acme annual net profit], ar: [صافي أرباح أكمي السنوية]}}, {SOURCE}}}
  - {{id: acme-quarter-profit, kind: money, unit: USD, value: 205400000, as_of: "2004-12-31",
     names: {{en: [Acme quarterly net profit], ar: [صافي أرباح أكمي الفصلية]}}, {SOURCE}}}
""")
    text = ("Acme shares fell on Wednesday.\n\nDespite seeing net profit rise by 44% to $205.4m during October to "
            "December, from $142m a year earlier, Wall Street had expected more.")
    assert check(text, store, dt.date(2005, 1, 20))["$142m"].status == "unverified"
    assert check("Acme said its annual net profit for 2003 was $142m.", store,
                 dt.date(2005, 1, 20))["$142m"].status == "contradicted"


def test_a_year_the_series_has_no_value_for_is_not_checked_against_its_latest(tmp_path):
    store = store_of(tmp_path, f"""series:
  - id: acme-revenue
    kind: money
    unit: USD
    names: {{en: [Acme annual revenue], ar: [إيرادات أكمي السنوية]}}
    {SOURCE}
    entries:
      - {{as_of: "2003", value: 2165000000}}
      - {{as_of: "2004", value: 3270000000}}
""")
    date = dt.date(2005, 1, 20)
    assert check("Acme forecasts 2005 annual revenue of $4.2bn.", store, date)["$4.2bn"].status == "unverified"
    assert check("Acme had 2004 annual revenue of $4.2bn.", store, date)["$4.2bn"].status == "contradicted"


def test_a_round_value_supports_by_value_only_the_fact_it_equals(tmp_path):
    fact = """facts:
  - {{id: fine, kind: money, unit: USD, value: {}, as_of: "2024-03-01",
     names: {{en: [fine imposed on Acme Corp by the FTC], ar: [الغرامة المفروضة على شركة أكمي]}}, {}}}
"""
    text = "Acme faces a fine of $20 million."
    # "Acme" and "fine" tell the fact only in part: the value tells it, when it is the fact's
    assert check(text, store_of(tmp_path, fact.format(20000000, SOURCE)))["$20 million"].status == "supported"
    # a round "$20 million" may round 19.6 million, but as evidence of which fact it is, it is not its value
    assert check(text, store_of(tmp_path, fact.format(19600000, SOURCE)))["$20 million"].status == "unverified"
    assert check(text.replace("20", "19.6"), store_of(tmp_path, fact.format(19600000, SOURCE)))[
        "$19.6 million"].status == "supported"


def test_a_count_of_another_noun_than_the_fact_counts_is_no_alarm(tmp_path):
    # the fact counts centres (its population, and its names in the figure's language count them
    # first, though an English one begins with "voting"); the figure counts voters
    store = store_of(tmp_path, f"""facts:
  - {{id: centres, kind: count, unit: centre, value: 1263, as_of: "2015-08-01",
     population: {{ar: [مركز, مراكز], en: [centres]}},
     names: {{ar: [عدد المراكز الانتخابية في الانتخابات البلدية], en: [voting centres for the municipal elections]}},
     {SOURCE}}}
""")
    date = dt.date(2015, 8, 4)
    said = check("وتفتح المراكز الانتخابية في الانتخابات البلدية عند بلوغ طاقتها القصوى البالغة ثلاثة آلاف ناخب.",
                 store, date)
    assert said["ثلاثة آلاف"].status == "unverified" and "ناخب" in said["ثلاثة آلاف"].reason, said["ثلاثة آلاف"].reason
    # the noun the fact counts: a wrong count is an alarm
    said = check("واعتمدت اللجنة 1500 مركز انتخابي في الانتخابات البلدية.", store, date)
    assert said["1500"].status == "contradicted", said["1500"].reason


def test_a_date_with_no_year_is_of_the_articles_time_not_an_old_events(tmp_path):
    store = store_of(tmp_path, f"""events:
  - {{id: first-vote, date: "2005-02-10", names: {{ar: [انطلاق أول انتخابات بلدية في السعودية]}}, {SOURCE}}}
""")
    date = dt.date(2015, 8, 4)
    said = check("وتشهد المملكة نهاية شهر أغسطس الجاري انطلاق أول انتخابات بلدية تشارك فيها المرأة.", store, date)
    assert said["أغسطس"].status == "unverified" and "no year" in said["أغسطس"].reason, said["أغسطس"].reason
    # the event's own year and a wrong month: an alarm; the right day with no year: supported
    said = check("وكان انطلاق أول انتخابات بلدية في السعودية في أغسطس 2005.", store, date)
    assert said["أغسطس 2005"].status == "contradicted", said["أغسطس 2005"].reason
    said = check("وكان انطلاق أول انتخابات بلدية في السعودية في 10 فبراير.", store, date)
    assert said["10 فبراير"].status == "supported", said["10 فبراير"].reason


def test_a_limit_the_clause_names_is_no_alarm_against_the_value_it_limits(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: deficit, kind: percent, unit: percent, value: 4.6, as_of: "2004-09-23",
     names: {{en: [Greece deficit]}}, {SOURCE}}}
""")
    date = dt.date(2004, 12, 14)
    said = check("Greece has also broken the 3% deficit ceiling.", store, date)
    assert said["3%"].status == "unverified" and "ceiling" in said["3%"].reason, said["3%"].reason
    said = check("Greece's deficit was 3%.", store, date)
    assert said["3%"].status == "contradicted", said["3%"].reason


def test_a_figure_of_two_places_joined_is_no_alarm_against_one_of_them(tmp_path):
    store = store_of(tmp_path, f"""facts:
  - {{id: jobs-lost, kind: count, unit: person, value: 400000, as_of: "2005-01-19",
     population: {{en: [people]}}, names: {{en: [people in Sri Lanka who lost their jobs in the tsunami]}}, {SOURCE}}}
""")
    date = dt.date(2005, 1, 19)
    said = check("The ILO said one million people have lost their jobs in Sri Lanka and Indonesia since the tsunami.",
                 store, date)
    assert said["one million"].status == "unverified" and "indonesia" in said["one million"].reason, \
        said["one million"].reason
    said = check("The ILO said one million people have lost their jobs in Sri Lanka since the tsunami.", store, date)
    assert said["one million"].status == "contradicted", said["one million"].reason
    # fewer than the fact for the two: wrong whatever the other place adds
    said = check("The ILO said 100,000 people have lost their jobs in Sri Lanka and Indonesia since the tsunami.",
                 store, date)
    assert said["100,000"].status == "contradicted", said["100,000"].reason
