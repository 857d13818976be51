"""What reports list: every format shows what fails the check (a misquote, a wrong title, a
contradicted figure), a rule set off takes its items out of every format and the exit status,
and `--show problems` lists only the problems."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED

FIGURE = ("نحو 1.4 مليون نازح", "نحو 4.1 مليون نازح")
TITLE = ("وزير الدفاع الإسرائيلي يوآف غالانت", "وزير الخارجية الإسرائيلي يوآف غالانت")
QUOTE = ("سيسافر إلى واشنطن الأسبوع القادم، بناء على دعوة", "سيسافر إلى نيويورك الشهر القادم، بناء على طلب")
FORMATS = ("text", "json", "sarif", "github", "markdown", "html")
OFF = {"figure/contradicted": "off", "role/contradicted": "off", "quote/misquoted": "off"}


@pytest.fixture
def draft(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    for old, new in (FIGURE, TITLE, QUOTE):
        assert old in text
        text = text.replace(old, new)
    path = tmp_path / "ar-2024-03-20-draft.txt"
    path.write_text(text, encoding="utf-8")
    return path


def check(*args):
    return CliRunner().invoke(cli, ["check", *map(str, args)])


def shows(fmt: str, out: str) -> dict[str, bool]:
    """Whether a report shows the contradicted figure, the wrong title and the misquote."""
    if fmt == "json":
        f = json.loads(out)["files"][0]
        return {"figure": any(x.get("verdict") == "contradicted" for x in f["figures"]),
                "title": any(r["verdict"] == "contradicted" for r in f["roles"]),
                "quote": any(q.get("verdict") == "misquoted" for q in f["quotes"])}
    if fmt == "sarif":
        rules = {r["ruleId"] for r in json.loads(out)["runs"][0]["results"]}
        return {k: rule in rules for k, rule in zip(("figure", "title", "quote"), OFF)}
    if fmt == "html":
        return {"figure": 'class="fig v-contradicted' in out, "title": "role/contradicted" in out,
                "quote": "quote/misquoted" in out}
    marks = {"text": ("contradicted: “4.1 مليون”", "role contradicted", "quote misquoted"),
             "github": ("title=Figure contradicted", "title=Title contradicted", "title=Misquoted"),
             "markdown": ("❌ contradicted", "Title contradicted", "Misquoted")}[fmt]
    return dict(zip(("figure", "title", "quote"), (m in out for m in marks)))


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_shows_what_fails_the_check(draft, fmt):
    done = check(draft, "--format", fmt)
    assert done.exit_code == 1
    assert shows(fmt, done.stdout) == {"figure": True, "title": True, "quote": True}


@pytest.mark.parametrize("fmt", FORMATS)
def test_with_their_rules_off_no_format_shows_them_and_the_check_passes(draft, tmp_path, fmt):
    config = tmp_path / "factcheck.yaml"
    config.write_text("rules:\n" + "".join(f"  {rule}: off\n" for rule in OFF), encoding="utf-8")
    done = check(draft, "--format", fmt, "--config", config)
    assert done.exit_code == 0, done.stdout
    assert shows(fmt, done.stdout) == {"figure": False, "title": False, "quote": False}


def test_an_inline_ignore_silences_the_figure_in_the_verdict_table_too(tmp_path):
    text = SEED.read_text(encoding="utf-8").replace(*FIGURE)
    draft = tmp_path / "ar-2024-03-20-draft.md"
    paragraph = next(p for p in text.split("\n") if "4.1 مليون" in p)
    draft.write_text(text.replace(paragraph, "<!-- factcheck: ignore figure/contradicted -->\n" + paragraph),
                     encoding="utf-8")
    out = check(draft).stdout
    assert check(draft).exit_code == 0
    assert "contradicted" not in out.split("\nverdict")[1]          # the counts agree with the exit status
    assert "contradicted: “4.1 مليون”" not in out


def test_unverified_figures_and_unattributed_lines_go_when_their_rules_are_off(tmp_path):
    config = tmp_path / "factcheck.yaml"
    config.write_text("rules:\n  figure/unverified: off\n  attribution/unattributed: off\n  quote/unverified: off\n",
                      encoding="utf-8")
    whole, quiet = check(SEED).stdout, check(SEED, "--config", config).stdout
    assert "unverified:" in whole and "attributed to: nobody" in whole
    assert "unverified:" not in quiet and "attributed to: nobody" not in quiet


def test_show_problems_lists_only_the_problems(draft):
    everything = check(draft).stdout
    problems = check(draft, "--show", "problems").stdout
    assert "supported:" in everything and "supported:" not in problems
    assert shows("text", problems) == {"figure": True, "title": True, "quote": True}
    assert len(problems.splitlines()) < len(everything.splitlines()) / 2
    # github, sarif and markdown list the problems by default; --show all lists the notes too
    assert "::notice" not in check(draft, "--format", "github").stdout
    assert "::notice" in check(draft, "--format", "github", "--show", "all").stdout


def test_the_github_job_summary_shows_what_fails_the_check(draft, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert check(draft, "--format", "github").exit_code == 1
    assert shows("markdown", summary.read_text(encoding="utf-8")) == {"figure": True, "title": True, "quote": True}


def test_with_their_rules_off_the_job_summary_does_not_show_them(draft, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    config = tmp_path / "factcheck.yaml"
    config.write_text("rules:\n" + "".join(f"  {rule}: off\n" for rule in OFF), encoding="utf-8")
    assert check(draft, "--format", "github", "--config", config).exit_code == 0
    assert shows("markdown", summary.read_text(encoding="utf-8")) == {"figure": False, "title": False, "quote": False}
