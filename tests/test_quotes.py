"""Quotations: paired with their speakers, checked against the store's statements, audited."""
from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.document import from_text
from factcheck.pipeline import check_document
from factcheck.references import load_store
from factcheck.rules import data_dir

from .conftest import SEED

QUOTE = "سيسافر إلى واشنطن الأسبوع القادم، بناء على دعوة وجهها نظيره الأمريكي لويد أوستن"
MISQUOTE = "سيسافر إلى نيويورك الشهر القادم، بناء على طلب وجهها نظيره الأمريكي لويد أوستن"
STORE = f"""schema: 1
statements:
  - id: mod-gallant-washington
    date: "2024-03-20"
    language: ar
    text: "{QUOTE}"
    url: null
    source:
      names: {{en: [Israel's Ministry of Defense], ar: [وزارة الدفاع الإسرائيلية]}}
  - id: state-department-blinken-tour
    date: "2024-03-19"
    language: ar
    text: "سيزور وزير الخارجية السعودية ومصر هذا الأسبوع لبحث جهود التوصل إلى اتفاق"
    url: https://www.state.gov/
    source:
      names: {{en: [U.S. Department of State], ar: [الخارجية الأمريكية]}}
"""


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    folder = tmp_path / "store"
    folder.mkdir()
    (folder / "statements.yaml").write_text(STORE, encoding="utf-8")
    return folder


def seed_variant(tmp_path: Path, old: str, new: str) -> Path:
    """The seed with one change, under the seed's file name (which gives the article's date)."""
    text = SEED.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path = tmp_path / SEED.name
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def quotes_of(path: Path, *extra: str) -> list[dict]:
    code, out, err = run("check", str(path), "--format", "json", *extra)
    quotes = json.loads(out)["files"][0]["quotes"]
    wrong = any(q["verdict"] in ("misquoted", "misattributed") for q in quotes)
    assert code == (1 if wrong else 0), err      # a misquote fails the check like a contradiction
    return quotes


# ---------------------------------------------------------------- acceptance

def test_seed_quote_is_supported_by_the_bundled_statement():
    (quote,) = quotes_of(SEED)
    assert quote["text"] == QUOTE and quote["verdict"] == "supported"
    assert SEED.read_text(encoding="utf-8")[quote["start"]:quote["end"]] == QUOTE
    assert quote["reference"]["statement"] == "israel-mod-gallant-washington-2024-03-20"
    assert quote["reference"]["changes"] == [] and quote["reference"]["score"] == 100


def test_seed_quote_against_a_store_given_with_refs(store):
    (quote,) = quotes_of(SEED, "--no-bundled-refs", "--refs", str(store))
    assert (quote["verdict"], quote["reference"]["statement"]) == ("supported", "mod-gallant-washington")


def test_three_words_changed_is_misquoted_with_the_change_shown(tmp_path, store):
    path = seed_variant(tmp_path, QUOTE, MISQUOTE)
    (quote,) = quotes_of(path, "--no-bundled-refs", "--refs", str(store))
    assert quote["verdict"] == "misquoted"
    assert quote["reference"]["changes"] == [{"quoted": "نيويورك الشهر", "stated": "واشنطن الأسبوع"},
                                             {"quoted": "طلب", "stated": "دعوة"}]
    code, out, _ = run("check", str(path), "--no-bundled-refs", "--refs", str(store))
    assert "quote misquoted" in out and "“نيويورك الشهر” for “واشنطن الأسبوع”; “طلب” for “دعوة”" in out
    code, out, _ = run("check", str(path), "--no-bundled-refs", "--refs", str(store), "--format", "sarif")
    assert "quote/misquoted" in out


def test_attributed_to_another_ministry_is_misattributed(tmp_path, store):
    path = seed_variant(tmp_path, "وقالت وزارة الدفاع الإسرائيلية", "وقالت وزارة الخارجية الإسرائيلية")
    for extra in ((), ("--no-bundled-refs", "--refs", str(store))):
        (quote,) = quotes_of(path, *extra)
        assert quote["verdict"] == "misattributed", quote
        assert quote["reference"]["source"] == "Israel's Ministry of Defense"
        assert "not by “وزارة الخارجية الإسرائيلية”" in quote["reason"]


def test_unrelated_quote_is_unverified(store):
    doc = from_text('وقال المتحدث "لن نقبل بأي اتفاق لا يضمن عودة الجميع إلى منازلهم".', lang="ar")
    (quote,) = check_document(doc, load_store([store])).quotes
    assert quote.verdict == "unverified" and quote.reference is None


# ---------------------------------------------------------------- speakers and findings

def test_quote_without_speaker_is_flagged_at_its_configured_level():
    text = 'اجتمع الوفد أمس.\n\n"لن نقبل بأي اتفاق لا يضمن عودة الجميع إلى منازلهم"\n'
    result = check_document(from_text(text, lang="ar"), None)
    (quote,) = result.quotes
    assert quote.speaker is None
    (finding,) = [f for f in result.findings if f.rule.id == "attribution/quote-without-speaker"]
    assert (finding.level, text[finding.start:finding.end]) == ("warning", quote.text)
    quiet = check_document(from_text(text, lang="ar"), None, {"attribution/quote-without-speaker": "off"})
    assert not [f for f in quiet.findings if f.rule.id == "attribution/quote-without-speaker"]


@pytest.mark.parametrize("lang,text,quotes", [
    # a stray closing mark and an unclosed one: the next paragraph's quote keeps its speaker
    ("ar", '» قال الوزير «إن القوات ستبقى هناك طويلا\nوقالت الوزارة "إن العدد بلغ خمسة آلاف جندي".',
     [("إن العدد بلغ خمسة آلاف جندي", "الوزارة")]),
    ("en", "'We will not stop until the job is done,' the minister said.",
     [("We will not stop until the job is done,", "the minister")]),
    ("en", "Gaza's officials said the students' union ‘will not take part in the vote’.",
     [("will not take part in the vote", "Gaza's officials")]),
    ("en", 'The minister said "we will «never» give up on them," and left.',
     [("we will «never» give up on them,", "The minister")]),
])
def test_quotation_marks_pair_robustly(lang, text, quotes):
    result = check_document(from_text(text, lang=lang), None)
    got = [(q.text, result.attributions[q.speaker].source.text if q.speaker is not None else None)
           for q in result.quotes]
    assert got == quotes


def test_random_marks_never_crash_and_quotes_keep_their_offsets():
    rng = random.Random(1)
    pieces = [*"«»“”\"„‘’'…. \n،,", "قال", "الوزير", "said", "the", "minister", "سيسافر", "إلى", "Gaza's", "5"]
    texts = ["the ، ، said x"] + [" ".join(rng.choice(pieces) for _ in range(rng.randint(0, 60))) for _ in range(300)]
    store = load_store([data_dir("references")])
    for text in texts:
        for lang in ("ar", "en"):
            for quote in check_document(from_text(text, lang=lang), store).quotes:
                assert text[quote.start:quote.end] == quote.text == quote.text.strip()


def test_hundreds_of_unbalanced_marks_in_linear_time():
    line = ('قال الوزير « إن 5 جنود "قتلوا و“ أصيب ‘ آخرون » في ' + "' " * 10 + '" ثم „ غادر.\n')
    block = line * (10_000 // len(line) + 1)
    assert block.count("'") > 200

    def seconds(text: str, repeat: int) -> float:
        best = float("inf")
        for _ in range(repeat):
            started = time.perf_counter()
            check_document(from_text(text, lang="ar"), None)
            best = min(best, time.perf_counter() - started)
        return best

    check_document(from_text(block, lang="ar"), None)      # rules compiled
    small, large = seconds(block, 5), seconds(block * 100, 1)
    assert large / small < 250, (small, large)


# ---------------------------------------------------------------- the audit view

def test_attributions_command_text():
    code, out, err = run("attributions", str(SEED))
    assert code == 0, err
    assert "11 attribution(s) from 7 source(s)" in out
    assert "  وزارة الدفاع الإسرائيلية (official, document): 3 attribution(s), 0 figure(s), 1 quote(s)" in out
    assert "“وبحسب” البيان = وزارة الدفاع الإسرائيلية" in out
    assert "“وفق” بيانات فلسطينية وأممية — “عشرات آلاف”" in out     # not "سادس", before the relative clause
    assert "unattributed: “7 أكتوبر/تشرين الأول 2023” (5:30)" in out


def test_attributions_command_json():
    code, out, err = run("attributions", str(SEED), "--format", "json")
    assert code == 0, err
    (report,) = json.loads(out)["files"]
    sources = {s["source"]: s for s in report["sources"]}
    ministry = sources["وزارة الدفاع الإسرائيلية"]
    assert (ministry["count"], ministry["quotes"], ministry["source_types"]) == (3, 1, ["official", "document"])
    assert [a["cue"]["text"] for a in ministry["attributions"]] == ["وقالت", "وبحسب", "بحسب"]
    vague = sources["بيانات فلسطينية وأممية"]
    assert vague["figures"] == 1 and [f["text"] for f in vague["attributions"][0]["figures"]] == ["عشرات آلاف"]
    assert sum(s["count"] for s in report["sources"]) == 11
    assert "1.4 مليون" in [f["text"] for f in report["unattributed"]]
    assert report["quotes_without_speaker"] == 0


def test_a_statement_without_text_is_a_store_error(tmp_path, store):
    (store / "statements.yaml").write_text(STORE.replace(f'    text: "{QUOTE}"\n', ""), encoding="utf-8")
    code, _, err = run("check", str(SEED), "--refs", str(store))
    assert code == 2 and "statements.yaml:3: statement 'mod-gallant-washington' has no text" in err


def test_extract_lists_quotes_without_verdicts():
    code, out, err = run("extract", str(SEED))
    assert code == 0, err
    (quote,) = json.loads(out)["files"][0]["quotes"]
    assert (quote["text"], quote["speaker"], quote["line"]) == (QUOTE, 0, 2) and "verdict" not in quote


def test_a_misquote_fails_the_check_like_a_contradicted_figure(tmp_path, seed_text):
    from click.testing import CliRunner

    from factcheck.cli import cli

    original = "سيسافر إلى واشنطن الأسبوع القادم، بناء على دعوة"
    assert original in seed_text
    draft = tmp_path / "draft.txt"
    draft.write_text(seed_text.replace(original, "سيسافر إلى نيويورك الشهر القادم، بناء على طلب"),
                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(draft), "--date", "2024-03-20"])
    assert result.exit_code == 1 and "misquoted" in result.stdout
    assert CliRunner().invoke(cli, ["check", str(draft), "--fail-on", "never"]).exit_code == 0
