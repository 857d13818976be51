"""Languages are packs: a folder of rules with a `language.yaml`. A third language is added with
data alone (a pack in a folder FACTCHECK_RULES names), and an unknown language is one line, exit 2,
naming the packs there are."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.document import detect_language

from .conftest import SEED

EXE = Path(sys.executable).with_name("factcheck")

# A minimal Greek pack: its script, a few number words, the thousands and decimal marks it writes,
# one verb of saying, its quotation marks; no consistency, roles, frames or lexicon files.
PACK = {
    "language.yaml": r"""
stage: language
name: Greek
direction: ltr
script: {name: Greek, letters: "\u0370-\u03ff\u1f00-\u1fff"}
digits: {thousands: ".", decimal: ","}
punctuation: {sentence_ends: ".!", quotes: {"«": "»"}}
rules:
  - id: el.script
    checks: script
    examples: {match: ["Το υπουργείο δήλωσε"], no_match: ["The ministry said"]}
""",
    "numbers.yaml": r"""
stage: figures
anchors:
  - '\d'
  - after: '[^\w]'
    pattern: '{lex:number}(?!\w)'
rules:
  - {id: el.num.3, lexicon: number, words: [τρία], value: 3,
     examples: {match: [{text: "τρία", kind: count, value: 3}], no_match: ["τριάντα"]}}
  - {id: el.num.10, lexicon: number, words: [δέκα], value: 10,
     examples: {match: [{text: "δέκα", kind: count, value: 10}], no_match: ["δεκάδες"]}}
  - id: el.count
    pattern: '(?P<num>(?<![\w.,])\d+(?:\.\d{3})*(?:,\d+)?|{lex:number})(?![\w])'
    examples: {match: [{text: "300", kind: count, value: 300}], no_match: ["abc"]}
""",
    "attributions.yaml": r"""
stage: attributions
syntax:
  source_first: before
  subject_before: ""
  stop: [και, ότι]
  skip: []
  pronoun: "αυτός|αυτή"
rules:
  - id: el.cue.said
    cue: "δήλωσε|είπε"
    examples:
      match: [{text: "Το υπουργείο δήλωσε ότι", cue: "δήλωσε", source: "Το υπουργείο"}]
      no_match: ["Το υπουργείο"]
""",
}
TEXT = ("Το υπουργείο δήλωσε ότι 1.200 άνθρωποι και δέκα παιδιά σκοτώθηκαν.\n\n"
        "«Θα βοηθήσουμε όλες τις οικογένειες», είπε ο υπουργός.\n")


def _run(*args: str, packs: Path | None = None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "FACTCHECK_RULES"}
    if packs is not None:
        env["FACTCHECK_RULES"] = str(packs)
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def greek(tmp_path: Path) -> Path:
    pack = tmp_path / "packs" / "el"
    pack.mkdir(parents=True)
    for name, body in PACK.items():
        (pack / name).write_text(body, encoding="utf-8")
    return tmp_path / "packs"


def test_a_third_language_is_data_only(greek, tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    proc = _run("check", str(article), "--format", "json", "--date", "2024-03-20", packs=greek)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)["files"][0]
    assert report["language"] == "el"                   # detected from its script
    assert [(f["text"], f["value"]) for f in report["figures"]] == [("1.200", 1200), ("δέκα", 10)]
    said, quoted = report["attributions"]
    assert (said["cue"]["text"], said["source"]["text"]) == ("δήλωσε", "Το υπουργείο")
    assert all(f["attribution"] == 0 for f in report["figures"])
    [quote] = report["quotes"]                         # in the pack's quotation marks
    assert (quote["text"], quote["speaker"]) == ("Θα βοηθήσουμε όλες τις οικογένειες", 1)
    assert quoted["source"]["text"] == "ο υπουργός"
    page = _run("check", str(article), "--format", "html", packs=greek).stdout
    assert 'lang="el" dir="ltr"' in page
    assert _run("check", "--lang", "el", str(SEED), "--format", "json", packs=greek).returncode == 0


@pytest.mark.parametrize("args", [["--lang", "fr"], ["--lang", "el"]])
def test_an_unknown_language_is_one_line_naming_the_packs(args):
    proc = _run("check", *args, str(SEED))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == f"factcheck: unknown language {args[1]!r} (language packs: ar, en; or auto)\n"


def test_front_matter_in_an_unknown_language(tmp_path):
    article = tmp_path / "a.md"
    article.write_text("---\nlang: fr\n---\nLe ministère a dit 300.\n", encoding="utf-8")
    proc = _run("check", str(article))
    assert proc.returncode == 2
    assert proc.stderr == f"factcheck: {article}:2: unknown language 'fr' (language packs: ar, en; or auto)\n"


def test_a_missing_folder_of_packs_is_one_line(tmp_path):
    proc = _run("check", str(SEED), packs=tmp_path / "nowhere")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert f"{tmp_path / 'nowhere'}: no such folder of language packs" in proc.stderr


@pytest.mark.parametrize("text,lang", [("", "ar"), ("12 3", "ar"), ("ab قال", "ar"), ("abc قل", "en"),
                                       ("ab قل", "ar")])    # a tie goes to the fallback pack (ar)
def test_detection_by_script(text, lang):
    assert detect_language(text) == lang


def test_a_broken_pack_is_one_line_with_its_file_and_line(greek):
    language = greek / "el" / "language.yaml"
    language.write_text(language.read_text(encoding="utf-8").replace("ltr", "sideways"), encoding="utf-8")
    proc = _run("check", str(SEED), packs=greek)
    assert proc.returncode == 2
    assert proc.stderr == f"factcheck: {language}:4: 'direction' must be one of 'ltr', 'rtl', not 'sideways'\n"


def test_the_examples_of_a_pack_are_checked_like_the_bundled_ones(greek):
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-k", "el/",
                           str(root / "tests" / "test_rule_examples.py")], capture_output=True, text=True, cwd=root,
                          env={**os.environ, "FACTCHECK_RULES": str(greek)}, timeout=300)
    assert proc.returncode == 0 and "5 passed" in proc.stdout, proc.stdout[-2000:]
