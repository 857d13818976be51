"""End to end through the command line: the seed is verified, a wrong figure fails the check."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED


def run(*args: str, input: str | None = None):
    result = CliRunner().invoke(cli, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def check_json(path: Path, *extra: str):
    code, out, err = run("check", str(path), "--format", "json", *extra)
    return code, json.loads(out)["files"][0], err


def test_seed_is_supported_and_passes():
    code, report, err = check_json(SEED)
    assert code == 0, err
    assert report["date"] == "2024-03-20" and report["language"] == "ar"
    verdicts = {f["text"]: f["verdict"] for f in report["figures"]}
    for text in ("1.4 مليون", "2.3 مليون", "17 عاماً", "1948", "7 أكتوبر/تشرين الأول 2023",
                 "سادس", "عشرات آلاف"):
        assert verdicts.get(text) == "supported", (text, verdicts)
    for fig in report["figures"]:
        if fig["verdict"] == "supported":
            assert fig["reference"]["source"]["publisher"] and fig["reference"]["source"]["url"]


# (original, replacement, the wrong figure's text)
MUTATIONS = [
    ("نحو 2.3 مليون فلسطيني", "نحو 3.2 مليون فلسطيني", "3.2 مليون"),
    ("منذ 17 عاماً", "منذ 12 عاماً", "12 عاماً"),
    ("نحو 1.4 مليون نازح", "نحو 4.1 مليون نازح", "4.1 مليون"),
    ("قيامها في 1948", "قيامها في 1967", "1967"),
    ("في 7 أكتوبر/تشرين الأول 2023", "في 9 أكتوبر/تشرين الأول 2023", "9 أكتوبر/تشرين الأول 2023"),
    ("سادس جولة", "تاسع جولة", "تاسع"),
    ("عشرات آلاف الضحايا", "مئات آلاف الضحايا", "مئات آلاف"),
]


@pytest.mark.parametrize("original,wrong,span", MUTATIONS, ids=[m[2] for m in MUTATIONS])
def test_a_wrong_figure_is_contradicted_with_the_reference(tmp_path, seed_text, original, wrong, span):
    assert seed_text.count(original) == 1
    draft = tmp_path / "draft.txt"
    draft.write_text(seed_text.replace(original, wrong), encoding="utf-8")
    code, report, _ = check_json(draft, "--date", "2024-03-20")
    assert code == 1
    bad = [f for f in report["figures"] if f["verdict"] == "contradicted"]
    assert [f["text"] for f in bad] == [span]
    ref = bad[0]["reference"]
    assert ref["value"] is not None and ref["source"]["publisher"]
    # the text report names the reference and its source too
    code, out, _ = run("check", str(draft), "--date", "2024-03-20")
    assert code == 1 and "contradicted" in out and ref["source"]["publisher"] in out


def test_text_report_points_at_line_and_column(seed_text):
    code, out, _ = run("check", str(SEED))
    line = next(i for i, ln in enumerate(seed_text.splitlines(), 1) if "1.4 مليون" in ln)
    col = seed_text.splitlines()[line - 1].index("1.4 مليون") + 1
    assert f"{SEED}:{line}:{col}: supported: “1.4 مليون”" in out


def test_standard_input_and_extract(seed_text):
    code, out, _ = run("extract", "-", "--date", "2024-03-20", input=seed_text)
    report = json.loads(out)["files"][0]
    assert code == 0 and report["path"] == "-"
    assert all("verdict" not in f for f in report["figures"])
    for f in report["figures"]:
        assert seed_text[f["start"]:f["end"]] == f["text"]


def test_fail_on_unverified(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2024-03-20\n---\nThe village has 4,321 goats.\n", encoding="utf-8")
    assert run("check", str(draft))[0] == 0
    assert run("check", str(draft), "--fail-on", "unverified")[0] == 1


def test_unreadable_input_is_one_line_and_exit_2(tmp_path):
    code, out, err = run("check", str(tmp_path / "missing.txt"), str(SEED))
    assert code == 2
    assert err.strip().count("\n") == 0 and "missing.txt" in err
    assert "1.4 مليون" in out  # the other file was still checked


@pytest.mark.parametrize("content,needle,line", [
    ("facts:\n  - id: x\n    value: [1, 2\n", "YAML error", 3),
    ("schema: 1\nfacts:\n  - id: rafah-test\n    names: {en: [Rafah test]}\n    kind: count\n"
     "    value: 5\n    as_of: 2024-01-01\n", "source", 3),
])
def test_bad_reference_store_is_one_line_and_exit_2(tmp_path, content, needle, line):
    store = tmp_path / "refs"
    store.mkdir()
    (store / "bad.yaml").write_text(content, encoding="utf-8")
    code, out, err = run("check", str(SEED), "--refs", str(store))
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0
    assert f"bad.yaml:{line}:" in err and needle in err


def test_console_script_works_from_any_directory(tmp_path):
    exe = Path(sys.executable).with_name("factcheck")
    proc = subprocess.run([str(exe), "check", str(SEED)], cwd=tmp_path, capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": ""}, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "supported" in proc.stdout


def _commands(group, prefix=()):
    import click
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            yield from _commands(command, (*prefix, name))
        else:
            yield " ".join((*prefix, name)), command


def test_every_option_of_every_command_says_what_it_does():
    import click

    silent = [f"{name} {'/'.join(p.opts)}" for name, command in _commands(cli) for p in command.params
              if isinstance(p, click.Option) and not p.help and "--help" not in p.opts]
    assert not silent, silent


def test_the_readme_usage_lists_every_command_and_option():
    """The usage block at the top of the README is held against the commands themselves."""
    import click
    import re

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    usage = readme.split("## Usage", 1)[1].split("```", 2)[1]
    entries = {}
    for line in usage.splitlines():
        if line.startswith("factcheck "):
            name = " ".join(w for w in line.split()[1:3] if re.fullmatch(r"[a-z-]+", w))
            current = entries.setdefault(name, [])
        if line.strip():
            current.append(line)
    missing = []
    for name, command in _commands(cli):
        if command.hidden:
            continue
        found = next((" ".join(v) for k, v in entries.items() if k == name or k.split()[0] == name), None)
        if found is None:
            missing.append(name)
            continue
        for p in command.params:
            if isinstance(p, click.Option) and "--help" not in p.opts and not p.hidden:
                if not any(o in found for o in p.opts + p.secondary_opts):
                    missing.append(f"{name} {p.opts[0]}")
    assert not missing, missing
