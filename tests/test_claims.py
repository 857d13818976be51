"""Claims already fact-checked: ClaimReview records imported into a store; a sentence of an article
that repeats one is reported with the rating, the reviewer and the link, in both languages; a
sentence on another subject, or with another number, is not."""
from __future__ import annotations

import json

from click.testing import CliRunner

from factcheck.cli import cli

RECORDS = [
    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": "https://factcheck.example.org/ar/2024/rafah-shelters",
     "claimReviewed": "تضم مدارس الأونروا في رفح 900 ألف نازح",
     "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "حساب على منصة إكس"}},
     "author": {"@type": "Organization", "name": "مسبار"}, "datePublished": "2024-02-10",
     "inLanguage": "ar", "reviewRating": {"@type": "Rating", "alternateName": "مضلل"}},
    {"@context": "https://schema.org", "@type": "ClaimReview",
     "url": "https://factcheck.example.org/en/2024/bridge",
     "claimReviewed": "The new bridge cost 4 billion dollars to build",
     "itemReviewed": {"@type": "Claim", "author": {"name": "A city councillor"}},
     "author": {"@type": "Organization", "name": "Full Fact"}, "datePublished": "2024-05-02",
     "reviewRating": {"@type": "Rating", "alternateName": "False"}},
    {"@type": "ClaimReview", "claimReviewed": "no rating, no link"},
]


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


def store(tmp_path):
    source = tmp_path / "reviews.json"
    source.write_text(json.dumps({"@graph": RECORDS}, ensure_ascii=False), encoding="utf-8")
    folder = tmp_path / "store"
    folder.mkdir(exist_ok=True)
    done = run("refs", "import-claimreview", source, "--out", folder / "claims.yaml")
    assert done.exit_code == 0 and "2 claim(s), 1 skipped" in done.output
    assert run("refs", "validate", folder).exit_code == 0
    return folder


def claims(tmp_path, text, name="2024-06-01-draft.txt"):
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    out = run("check", article, "--refs", store(tmp_path), "--format", "json").stdout
    return json.loads(out)["files"][0]["claims"], article


def test_a_repeated_claim_is_reported_with_its_rating_reviewer_and_link(tmp_path):
    found, article = claims(tmp_path, "وقال مسؤول إن مدارس الأونروا في رفح تضم 900 ألف نازح حاليا.\n")
    assert [(c["rating"], c["reviewer"], c["url"]) for c in found] == [
        ("مضلل", "مسبار", "https://factcheck.example.org/ar/2024/rafah-shelters")]
    text = article.read_text(encoding="utf-8")
    assert text[found[0]["start"]:found[0]["end"]] == found[0]["text"]
    out = run("check", article, "--refs", tmp_path / "store")
    assert "claim/previously-checked" in out.stdout and "مسبار" in out.stdout


def test_an_english_claim_is_found_in_other_words_around_it(tmp_path):
    found, _ = claims(tmp_path, "Critics repeated that the new bridge cost 4 billion dollars to build, a figure "
                                "the mayor disputes.\n", "2024-06-01-bridge.txt")
    assert [(c["rating"], c["reviewer"]) for c in found] == [("False", "Full Fact")]


def test_another_number_or_another_subject_is_not_the_claim(tmp_path):
    assert claims(tmp_path, "وقال مسؤول إن مدارس الأونروا في رفح تضم 300 ألف نازح حاليا.\n")[0] == []
    assert claims(tmp_path, "The new school cost 4 million dollars, the council said.\n", "2024-06-01-b.txt")[0] == []


CLAIMREVIEW_SCHEMA = {     # the schema.org ClaimReview fields the output uses, as Google's markup reads them
    "type": "array",
    "items": {
        "type": "object",
        "required": ["@context", "@type", "claimReviewed", "itemReviewed", "reviewRating", "author"],
        "properties": {
            "@context": {"const": "https://schema.org"},
            "@type": {"const": "ClaimReview"},
            "claimReviewed": {"type": "string", "minLength": 1},
            "itemReviewed": {"type": "object", "required": ["@type"], "properties": {
                "@type": {"const": "Claim"}, "datePublished": {"type": "string", "format": "date"},
                "author": {"type": "object", "required": ["@type", "name"]}}},
            "reviewRating": {"type": "object", "required": ["@type", "alternateName", "ratingValue"], "properties": {
                "@type": {"const": "Rating"}, "alternateName": {"type": "string"},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5}}},
            "author": {"type": "object", "required": ["@type", "name"]},
            "citation": {"type": "object", "required": ["url"], "properties": {"url": {"pattern": "^https?://"}}},
            "inLanguage": {"enum": ["ar", "en"]},
        },
    },
}


def test_the_claimreview_format_is_valid(tmp_path):
    import jsonschema

    from .conftest import SEED

    out = run("check", SEED, "--format", "claimreview").stdout
    items = json.loads(out)
    jsonschema.validate(items, CLAIMREVIEW_SCHEMA)
    assert {i["reviewRating"]["alternateName"] for i in items} == {"True"} and len(items) == 7
    text = SEED.read_text(encoding="utf-8").replace("نحو 1.4 مليون نازح", "نحو 4.1 مليون نازح")
    draft = tmp_path / "ar-2024-03-20-draft.txt"
    draft.write_text(text, encoding="utf-8")
    items = json.loads(run("check", draft, "--format", "claimreview").stdout)
    jsonschema.validate(items, CLAIMREVIEW_SCHEMA)
    false, = (i for i in items if i["reviewRating"]["alternateName"] == "False")
    assert "4.1 مليون" in false["claimReviewed"] and false["citation"]["url"].startswith("https://")
