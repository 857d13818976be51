"""Report formats on a hand-built result: SARIF validates, annotations escape, Markdown is a table."""
from __future__ import annotations

import datetime as dt
import json

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.findings import findings
from factcheck.model import Attribution, Figure, FileResult, Reference, Source, Span, Verdict
from factcheck.report import FORMATS

from .conftest import SEED, shared_or_skip

TEXT = "\ufeffقال الجيش:\r\nيقطن القطاع نحو 3.2 مليون فلسطيني | منذ 17 عاماً, 100%\r\n"


def sample() -> FileResult:
    def fig(text, kind, value, **kw):
        start = TEXT.index(text)
        return Figure(text, start, start + len(text), kind, value, **kw)

    figures = [fig("3.2 مليون", "count", 3200000, qualifier="approx", subject="فلسطيني"),
               fig("17 عاماً", "duration", 17, unit="year", attribution=0)]
    cue = TEXT.index("قال")
    src = TEXT.index("الجيش")
    attributions = [Attribution(Span("قال", cue, cue + 3), Span("الجيش", src, src + 5), "official",
                                loaded=True, figures=[1])]
    ref = Reference("gaza-population", 2300000, None, dt.date(2023, 12, 31),
                    Source("UN OCHA", "https://www.ochaopt.org/", dt.date(2024, 1, 5)), "سكان غزة", 91.0)
    verdicts = [Verdict("contradicted", "3.2 million is outside 2.2–2.4 million", ref),
                Verdict("unverified", "no fact matched")]
    result = FileResult("articles/دفعة 1,a.md", "ar", dt.date(2024, 3, 20), "option", TEXT,
                        figures, attributions, verdicts)
    result.findings = findings(result)
    return result


def test_sarif_validates_against_the_official_schema():
    schema = json.loads(shared_or_skip("eval", "schemas", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    sarif = json.loads(FORMATS["sarif"]([sample()]))
    jsonschema.validate(sarif, schema)
    run = sarif["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    result = next(r for r in run["results"] if r["ruleId"] == "figure/contradicted")
    region = result["locations"][0]["physicalLocation"]["region"]
    line = TEXT.split("\r\n")[1]
    assert (region["startLine"], region["startColumn"]) == (2, line.index("3.2") + 1)
    assert region["endColumn"] - region["startColumn"] == len("3.2 مليون")
    assert "2,300,000" in result["message"]["text"] and "UN OCHA" in result["message"]["text"]
    ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {r["ruleId"] for r in run["results"]} <= ids


def test_bom_does_not_shift_columns_on_the_first_line():
    sarif = json.loads(FORMATS["sarif"]([sample()]))
    loaded = next(r for r in sarif["runs"][0]["results"] if r["ruleId"] == "attribution/loaded-verb")
    region = loaded["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (1, 1)


def test_github_annotations_are_escaped():
    out = FORMATS["github"]([sample()])
    first = next(ln for ln in out.splitlines() if ln.startswith("::error"))
    assert first.startswith("::error file=articles/دفعة 1%2Ca.md,line=2,col=")
    assert "title=Figure contradicted::" in first
    assert all(ln.startswith(("::error ", "::warning ", "::notice ")) for ln in out.splitlines())
    assert "\r" not in out and out.count("\n") == len(out.splitlines())


def test_markdown_table_escapes_pipes_and_links_the_source():
    out = FORMATS["markdown"]([sample()])
    rows = [ln for ln in out.splitlines() if ln.startswith("| 2:")]
    assert len(rows) == 2
    assert "[UN OCHA](https://www.ochaopt.org/)" in rows[0] and "❌ contradicted" in rows[0]
    assert rows[1].endswith("| الجيش |")


def test_text_report_gives_reference_and_source():
    out = FORMATS["text"]([sample()])
    assert "articles/دفعة 1,a.md:2:" in out and "contradicted: “3.2 مليون”" in out
    assert "2,300,000" in out and "UN OCHA" in out and "https://www.ochaopt.org/" in out


def test_json_offsets_and_positions():
    report = json.loads(FORMATS["json"]([sample()]))["files"][0]
    for f in report["figures"]:
        assert TEXT[f["start"]:f["end"]] == f["text"]
    assert report["figures"][0]["reference"]["source"]["published"] == "2024-01-05"
    assert report["attributions"][0]["cue"]["column"] == 1


def test_output_is_written_atomically_and_inputs_are_untouched(tmp_path):
    out = tmp_path / "report.json"
    out.write_text("old", encoding="utf-8")
    before = SEED.read_bytes()
    result = CliRunner().invoke(cli, ["check", str(SEED), "--format", "json", "--output", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["files"][0]["path"] == str(SEED)
    assert SEED.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_github_format_writes_the_step_summary(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    CliRunner().invoke(cli, ["check", str(SEED), "--format", "github", "--show", "all"])
    assert "| Line | Figure | Verdict |" in summary.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_handles_an_empty_file(fmt, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(empty), "--format", fmt])
    assert result.exit_code == 0, result.stderr
