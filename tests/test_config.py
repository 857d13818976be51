"""Configuration files, command-line overrides, rule levels and inline suppression."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.config import find_config, load_config
from factcheck.errors import FactcheckError

DRAFT = "---\ndate: 2024-03-20\nlang: en\n---\nThe village has 4,321 goats.\n"


def run(tmp_path, monkeypatch, *args):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_config_is_found_upwards_and_options_override_it(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("fail-on: unverified\nlang: en\n", encoding="utf-8")
    sub = tmp_path / "drafts" / "2024"
    sub.mkdir(parents=True)
    (sub / "a.md").write_text(DRAFT, encoding="utf-8")
    assert find_config(sub) == tmp_path / ".factcheck.yaml"
    monkeypatch.chdir(sub)
    assert CliRunner().invoke(cli, ["check", "a.md"]).exit_code == 1
    assert CliRunner().invoke(cli, ["check", "a.md", "--fail-on", "contradicted"]).exit_code == 0


def test_pyproject_section(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfail-on = "outdated"\nexclude = ["drafts/*"]\n',
                                             encoding="utf-8")
    cfg = load_config(find_config(tmp_path))
    assert cfg.fail_on == "outdated" and cfg.exclude == ["drafts/*"]


def test_config_command_prints_the_effective_configuration(tmp_path, monkeypatch):
    (tmp_path / ".factcheck.yaml").write_text("rules:\n  attribution/unattributed: off\n", encoding="utf-8")
    code, out, _ = run(tmp_path, monkeypatch, "config")
    assert code == 0 and "attribution/unattributed: 'off'" in out and "figure/contradicted: error" in out


@pytest.mark.parametrize("content,message", [
    ("colour: red\n", "unknown configuration key 'colour'"),
    ("fail-on: sometimes\n", "'fail-on' must be one of"),
    ("rules:\n  figure/nonsense: error\n", "unknown rule 'figure/nonsense'"),
    ("rules: [\n", "YAML error"),
])
def test_bad_configuration_is_one_line_and_exit_2(tmp_path, monkeypatch, content, message):
    (tmp_path / ".factcheck.yaml").write_text(content, encoding="utf-8")
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    code, out, err = run(tmp_path, monkeypatch, "check", "a.md")
    assert code == 2 and message in err and ".factcheck.yaml" in err and err.count("\n") == 1


def test_rule_switched_off_is_not_reported(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(DRAFT, encoding="utf-8")
    _, out, _ = run(tmp_path, monkeypatch, "check", "a.md", "--format", "sarif", "--show", "all")
    assert "attribution/unattributed" in {r["ruleId"] for r in json.loads(out)["runs"][0]["results"]}
    (tmp_path / ".factcheck.yaml").write_text("rules:\n  attribution/unattributed: off\n", encoding="utf-8")
    _, out, _ = run(tmp_path, monkeypatch, "check", "a.md", "--format", "sarif", "--show", "all")
    assert "attribution/unattributed" not in {r["ruleId"] for r in json.loads(out)["runs"][0]["results"]}


def test_inline_ignore_suppresses_the_next_paragraph(tmp_path, monkeypatch):
    text = DRAFT + "\n<!-- factcheck: ignore figure/unverified -->\nIt also has 1,234 sheep.\n"
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    _, out, _ = run(tmp_path, monkeypatch, "check", "a.md", "--format", "sarif", "--show", "all")
    flagged = [r["locations"][0]["physicalLocation"]["region"]["snippet"]["text"]
               for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "figure/unverified"]
    assert any("4,321" in t for t in flagged) and not any("1,234" in t for t in flagged)


def test_directories_are_searched_with_include_and_exclude(tmp_path, monkeypatch):
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts" / "a.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "arts" / "notes.rst").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "arts" / "old").mkdir()
    (tmp_path / "arts" / "old" / "b.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text("exclude: ['old/*']\n", encoding="utf-8")
    _, out, _ = run(tmp_path, monkeypatch, "extract", "arts")
    assert [f["path"] for f in json.loads(out)["files"]] == ["arts/a.md"]


def test_excluded_files_named_on_the_command_line_are_skipped(tmp_path, monkeypatch):
    """pre-commit names every staged file: the configured exclude globs still apply."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "new.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / ".factcheck.yaml").write_text("exclude: ['archive/*']\n", encoding="utf-8")
    _, out, _ = run(tmp_path, monkeypatch, "extract", "archive/old.md", "new.md")
    assert [f["path"] for f in json.loads(out)["files"]] == ["new.md"]
    # from a subfolder, the globs are read from the configuration file's folder
    monkeypatch.chdir(tmp_path / "archive")
    result = CliRunner().invoke(cli, ["extract", "old.md", "../new.md"])
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == ["../new.md"]


@pytest.mark.parametrize("content,line", [
    ("lang: en\nrules:\n  figure/unverified: off\n  figure/nonsense: error\n", 4),
    ("rules:\n  figure/unverified: loud\n", 2),
    ("lang: en\nfail-on: sometimes\n", 2),
])
def test_a_bad_configuration_names_the_line_at_fault(tmp_path, monkeypatch, content, line):
    (tmp_path / ".factcheck.yaml").write_text(content, encoding="utf-8")
    code, _, err = run(tmp_path, monkeypatch, "config")
    assert code == 2 and f".factcheck.yaml:{line}:" in err, err


def test_load_config_rejects_bad_types(tmp_path):
    path = tmp_path / ".factcheck.yaml"
    path.write_text("include: 5\n", encoding="utf-8")
    with pytest.raises(FactcheckError, match="'include' must be"):
        load_config(path)


@pytest.mark.parametrize("value", ['"no"', '"false"', "0", "off-ish"])
def test_bundled_refs_takes_only_a_boolean(tmp_path, monkeypatch, value):
    (tmp_path / ".factcheck.yaml").write_text(f"lang: en\nbundled-refs: {value}\n", encoding="utf-8")
    code, out, err = run(tmp_path, monkeypatch, "config")
    assert (code, out) == (2, "")
    assert err.startswith(f"factcheck: {tmp_path / '.factcheck.yaml'}:2: 'bundled-refs' must be true or false, not ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("value,bundled", [("no", False), ("false", False), ("yes", True), ("true", True)])
def test_bundled_refs_reads_yaml_booleans(tmp_path, monkeypatch, value, bundled):
    (tmp_path / ".factcheck.yaml").write_text(f"bundled-refs: {value}\n", encoding="utf-8")
    code, out, _ = run(tmp_path, monkeypatch, "config")
    assert code == 0 and f"bundled-refs: {str(bundled).lower()}\n" in out
