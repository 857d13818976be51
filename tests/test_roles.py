"""Role claims: titles next to people's names, checked against their offices at the article's date;
and the seed's death toll, a series, taken at the article's date."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from factcheck.document import from_text, read_document
from factcheck.normalize import normalize
from factcheck.pipeline import check_document
from factcheck.references import ReferenceStore, load_store
from factcheck.words import _token_rules
from factcheck.report import FORMATS
from factcheck.roles import _lexicon, _Reader
from factcheck.rules import data_dir

from .conftest import SEED

SEED_ROLES = {   # person id -> title as written in the seed
    "yoav-gallant": "وزير الدفاع الإسرائيلي",
    "lloyd-austin": "نظيره الأمريكي",
    "joe-biden": "الرئيس الأمريكي",
    "benjamin-netanyahu": "رئيس الوزراء الإسرائيلي",
    "ron-dermer": "وزير الشؤون الاستراتيجية",
    "tzachi-hanegbi": "رئيس مجلس الأمن القومي",
    "antony-blinken": "وزير الخارجية الأمريكي",
}


@pytest.fixture(scope="module")
def store():
    return load_store([data_dir("references")])


def roles_of(store, date: str, path=SEED):
    doc = read_document(str(path), "auto", dt.date.fromisoformat(date))
    return check_document(doc, store).roles


def test_seed_role_claims_are_supported_at_the_article_date(store, seed_text):
    roles = roles_of(store, "2024-03-20")
    assert {r.person_id: r.title.text for r in roles} == SEED_ROLES
    for role in roles:
        assert role.verdict == "supported", role.reason
        assert seed_text[role.start:role.end] == role.text
        assert seed_text[role.title.start:role.title.end] == role.title.text
        assert role.reference.person_id == role.person_id and role.reference.source.url.startswith("https://")


def test_gallant_is_outdated_after_his_dismissal(store):
    roles = {r.person_id: r for r in roles_of(store, "2025-06-01")}
    gallant = roles["yoav-gallant"]
    assert gallant.verdict == "outdated"
    assert gallant.reference.end == dt.date(2024, 11, 5)
    assert "no longer" in gallant.reason
    assert roles["benjamin-netanyahu"].verdict == "supported"


@pytest.mark.parametrize("text,person,title,verdict", [
    ("قال وزير الخارجية الإسرائيلي يوآف غالانت إن", "yoav-gallant", "وزير الخارجية الإسرائيلي", "contradicted"),
    ("التقى وزير الدفاع الإسرائيلي لويد أوستن", "lloyd-austin", "وزير الدفاع الإسرائيلي", "contradicted"),
    ("Antony Blinken, the US defense secretary, said", "antony-blinken", "US defense secretary", "contradicted"),
    ("US Secretary of State Antony Blinken arrived", "antony-blinken", "US Secretary of State", "supported"),
    ("ورئيس الوزراء الإسرائيلي بنيامين نتنياهو", "benjamin-netanyahu", "رئيس الوزراء الإسرائيلي", "supported"),
])
def test_titles(store, text, person, title, verdict):
    doc = from_text(text, date=dt.date(2024, 3, 20))
    [role] = check_document(doc, store).roles
    assert (role.person_id, role.title.text, role.verdict) == (person, title, verdict), role.reason


def test_no_claim_without_a_plain_title_and_a_listed_title_belongs_to_the_next_name(store):
    doc = from_text("بعد اتصال هاتفي بين بايدن ونتنياهو", date=dt.date(2024, 3, 20))
    assert check_document(doc, store).roles == []
    for text in ("former Defense Minister Yoav Gallant", "نائب الرئيس الأمريكي جو بايدن",
                 "وزير الدفاع السابق يوآف غالانت"):   # another title, or a past one: no claim
        assert check_document(from_text(text, date=dt.date(2024, 3, 20)), store).roles == [], text
    doc = from_text("Joe Biden, Israeli Prime Minister Benjamin Netanyahu and others", date=dt.date(2024, 3, 20))
    [role] = check_document(doc, store).roles
    assert role.person_id == "benjamin-netanyahu" and role.verdict == "supported"


def test_reports_show_roles_and_findings(store):
    doc = read_document(str(SEED), "auto", dt.date(2025, 6, 1))
    result = check_document(doc, store)
    [file] = json.loads(FORMATS["json"]([result]))["files"]
    gallant = file["roles"][0]
    assert gallant["person"] == "يوآف غالانت" and gallant["title"] == "وزير الدفاع الإسرائيلي"
    assert gallant["verdict"] == "outdated"
    assert gallant["reference"]["person"] == "yoav-gallant" and gallant["reference"]["to"] == "2024-11-05"
    assert {"text", "start", "end", "reason", "line", "column"} <= set(gallant)
    assert {"office", "from", "source"} <= set(gallant["reference"])
    assert "role outdated: “وزير الدفاع الإسرائيلي يوآف غالانت”" in FORMATS["text"]([result])
    assert "role/outdated" in {f.rule.id for f in result.findings}



@pytest.mark.parametrize("text,person,name", [
    ("ووزير الدفاع غالانت", "yoav-gallant", "غالانت"),                       # a clitic on the title
    ("وقال وزير الدفاع الإسرائيلي لغالانت", "yoav-gallant", "غالانت"),       # ... on the name
    ("وزير الدفاع الأمريكي لويد أوستنها", "lloyd-austin", "لويد أوستنها"),   # a suffix
    ("the US defense secretary Austin's", "lloyd-austin", "Austin"),
    ("US DEFENSE SECRETARY LLOYD AUSTIN said", "lloyd-austin", "LLOYD AUSTIN"),   # capitals
])
def test_names_with_clitics_suffixes_or_capitals_pass_the_name_prefilter(store, text, person, name):
    [role] = check_document(from_text(text, date=dt.date(2024, 3, 20)), store).roles
    assert (role.person_id, role.person.text, role.verdict) == (person, name, "supported")


def test_the_name_prefilter_never_skips_a_text_that_names_someone(store):
    """Every name and alias of the store, with clitics and suffixes attached, in capitals too:
    where the reader finds a person, the prefilter of find_roles lets the text through, and the
    reader finds the same names trying only the words before the prefilter's matches."""
    _, prefixes, suffixes, _ = _token_rules()
    found = 0
    for person in store.people.values():
        for alias in person.aliases:
            for before in ("", *prefixes, "وب", "ول"):
                for after in ("", *suffixes, "'s", "ها"):
                    for text in (f"{before}{alias.text}{after}", f"x {before}{alias.text.upper()}{after} x"):
                        norm = normalize(text).text
                        reader = _Reader(_lexicon("ar"), store, norm)
                        if names := reader.names(None):
                            found += 1
                            anchors = [m.start() for m in store.name_anchors.finditer(norm.casefold())]
                            assert anchors and reader.names(anchors) == names, text
    assert found > 1000


def test_a_long_text_with_many_names_finds_them_all(store):
    """Names side by side, inside longer names' neighbourhoods and far apart in one text: trying
    only the words before the prefilter's matches finds what trying every word finds."""
    aliases = [a.text for p in store.people.values() for a in p.aliases]
    text = normalize(" ".join(f"{a} وقال {b} و{a}، في حين أن الرئيس {b}" for a, b in zip(aliases, aliases[1:]))).text
    reader = _Reader(_lexicon("ar"), store, text)
    every = reader.names(None)
    assert len(every) > len(aliases)
    assert reader.names([m.start() for m in store.name_anchors.finditer(text.casefold())]) == every


def test_a_person_added_after_a_check_is_found(store):
    partial = ReferenceStore()
    partial.add(store.people["yoav-gallant"])
    text = "وزير الدفاع الأمريكي لويد أوستن"
    assert check_document(from_text(text, date=dt.date(2024, 3, 20)), partial).roles == []
    partial.add(store.people["lloyd-austin"])
    [role] = check_document(from_text(text, date=dt.date(2024, 3, 20)), partial).roles
    assert role.person_id == "lloyd-austin"

@pytest.mark.parametrize("date,value,as_of", [
    ("2024-03-20", 31819, "2024-03-19"), ("2024-04-15", 32623, "2024-03-29"), ("2024-02-20", 29092, "2024-02-19")])
def test_the_seed_death_toll_is_the_series_value_in_force_at_the_article_date(store, date, value, as_of):
    result = check_document(read_document(str(SEED), "auto", dt.date.fromisoformat(date)), store)
    [ref] = [v.reference for v in result.verdicts if v.reference and v.reference.fact_id == "gaza-death-toll"]
    assert (ref.value, ref.as_of.isoformat()) == (value, as_of)


def test_an_outdated_title_fails_the_check_at_fail_on_outdated():
    from click.testing import CliRunner

    from factcheck.cli import cli

    late = ["check", str(SEED), "--date", "2025-06-04"]      # a Wednesday: "أمس الثلاثاء" still fits
    assert CliRunner().invoke(cli, late).exit_code == 0          # outdated is below the default bar
    assert CliRunner().invoke(cli, [*late, "--fail-on", "outdated"]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", str(SEED), "--fail-on", "outdated"]).exit_code == 0
