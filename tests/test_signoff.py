"""Sign-off: a person records that they checked a figure; it is `checked` in every format until its
sentence changes, then the sign-off is reported as stale."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED

WRONG = ("نحو 1.4 مليون نازح", "نحو 4.1 مليون نازح")


def run(*args):
    return CliRunner().invoke(cli, list(map(str, args)))


@pytest.fixture
def draft(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "articles" / "ar-2024-03-20-draft.txt"
    path.parent.mkdir()
    path.write_text(SEED.read_text(encoding="utf-8").replace(*WRONG), encoding="utf-8")
    return path


def figure(path, text="4.1 مليون"):
    data = json.loads(run("check", path, "--format", "json").stdout)["files"][0]
    return next(f for f in data["figures"] if f["text"] == text), data


def test_a_signed_off_figure_is_checked_until_its_sentence_changes(draft):
    fig, _ = figure(draft)
    assert fig["verdict"] == "contradicted" and run("check", draft).exit_code == 1
    done = run("signoff", f"articles/{draft.name}:{fig['line']}:{fig['column']}", "--by", "Rana",
               "--note", "UN figure confirmed by phone", "--source", "https://example.org/un")
    assert done.exit_code == 0 and "checked by Rana" in done.stdout
    assert (draft.parent.parent / ".factcheck" / "checked.yaml").exists()
    fig, data = figure(draft)
    assert fig["verdict"] == "checked" and fig["checked"]["by"] == "Rana"
    assert fig["checked"]["note"] == "UN figure confirmed by phone" and data["stale_signoffs"] == []
    assert run("check", draft).exit_code == 0 and run("check", draft, "--fail-on", "unverified").exit_code == 1
    # an edit elsewhere: still checked
    text = draft.read_text(encoding="utf-8")
    draft.write_text(text.replace("وزير الدفاع", "وزير الدفاع الإسرائيلي") + "\nفقرة أخيرة جديدة.\n", encoding="utf-8")
    assert figure(draft)[0]["verdict"] == "checked"
    # an edit of the figure's own sentence: the sign-off is stale, the figure contradicted again
    draft.write_text(draft.read_text(encoding="utf-8").replace("غارات أسفرت", "ضربات أسفرت"), encoding="utf-8")
    fig, data = figure(draft)
    assert fig["verdict"] == "contradicted" and [s["by"] for s in data["stale_signoffs"]] == ["Rana"]
    out = run("check", draft)
    assert out.exit_code == 1 and "signoff/stale" in out.stdout


@pytest.mark.parametrize("fmt,mark", [("text", "checked: “4.1 مليون”"), ("markdown", "☑️ checked"),
                                      ("html", "v-checked"), ("sarif", '"figure/checked"'),
                                      ("github", "title=Figure checked")])
def test_the_checked_verdict_shows_in_every_format(draft, fmt, mark):
    fig, _ = figure(draft)
    run("signoff", f"{draft}:{fig['line']}:{fig['column']}", "--by", "Rana")
    out = run("check", draft, "--format", fmt, "--show", "all").stdout
    assert mark in out


def test_a_diacritic_or_letter_variant_edit_keeps_the_sign_off(draft):
    fig, _ = figure(draft)
    run("signoff", f"{draft}:{fig['line']}:{fig['column']}", "--by", "Rana")
    draft.write_text(draft.read_text(encoding="utf-8").replace("شنَّ", "شن"), encoding="utf-8")
    assert figure(draft)[0]["verdict"] == "checked"


@pytest.mark.parametrize("where,message", [("nowhere", "FILE:LINE:COLUMN"), ("{draft}:1:1", "no figure at line 1")])
def test_a_sign_off_needs_a_figure_at_the_place_given(draft, where, message):
    done = run("signoff", where.format(draft=draft), "--by", "Rana")
    assert done.exit_code == 2 and message in done.output
    assert not (draft.parent.parent / ".factcheck").exists()


def test_a_broken_sign_off_file_is_one_line_naming_it(draft):
    (draft.parent.parent / ".factcheck").mkdir()
    (draft.parent.parent / ".factcheck" / "checked.yaml").write_text("checked:\n  - {file: a.txt}\n", encoding="utf-8")
    done = run("check", draft)
    assert done.exit_code == 2 and "checked.yaml" in done.output and "Traceback" not in done.output
