"""Broken and hostile input files: one clear line each, the other files still checked, nothing written."""
from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.report import FORMATS

from .conftest import SEED


def run(*args):
    result = CliRunner().invoke(cli, ["check", "--format", "json", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name,data,message", [
    ("latin1.txt", "café 12 £".encode("latin-1"), "invalid UTF-8 at byte 3"),
    ("binary.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00" * 20, "binary file"),
])
def test_undecodable_files_are_reported_and_others_still_checked(tmp_path, name, data, message):
    bad = tmp_path / name
    bad.write_bytes(data)
    code, out, err = run(bad, SEED)
    assert code == 2
    assert err.count("\n") == 1 and name in err and message in err
    assert [f["path"] for f in json.loads(out)["files"]] == [str(SEED)]
    assert bad.read_bytes() == data


def test_utf16_with_bom_is_read(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("The ministry said 1,234 people were displaced.".encode("utf-16"))
    code, out, err = run(path)
    assert code == 0, err
    assert [f["text"] for f in json.loads(out)["files"][0]["figures"]] == ["1,234"]


def test_empty_file_and_missing_path_and_unreadable_directory(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("12 people", encoding="utf-8")
    locked.chmod(0)
    try:
        code, out, err = run(empty, tmp_path / "nope.txt", locked / "a.txt")
    finally:
        locked.chmod(0o755)
    files = json.loads(out)["files"]
    readable = [str(empty)] + ([str(locked / "a.txt")] if os.geteuid() == 0 else [])  # root reads anything
    assert [f["path"] for f in files] == readable and files[0]["figures"] == []
    assert code == 2 and "nope.txt: no such file" in err
    if os.geteuid() != 0:
        assert "a.txt: permission denied" in err


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_endings_give_the_same_columns(tmp_path, newline):
    path = tmp_path / "a.txt"
    path.write_bytes(newline.join(["عنوان الخبر", "وقتل 12 شخصا", "وأصيب نحو ٣٠ آخرين"]).encode("utf-8"))
    code, out, _ = run(path, "--date", "2024-03-20")
    figs = json.loads(out)["files"][0]["figures"]
    assert [(f["line"], f["column"]) for f in figs] == [(2, 6), (3, 11)]


def test_bidi_controls_inside_a_number(tmp_path):
    path = tmp_path / "a.txt"
    text = "وصل عدد النازحين إلى ١\u200f٬٢٠٠ شخص"
    path.write_text(text, encoding="utf-8")
    code, out, _ = run(path)
    fig = json.loads(out)["files"][0]["figures"][0]
    assert fig["value"] == 1200 and text[fig["start"]:fig["end"]].startswith("١\u200f٬٢٠٠")


def test_very_long_line_and_unbalanced_quotes_in_linear_time(tmp_path):
    path = tmp_path / "long.txt"
    unit = "قال «المتحدث \" إن 12 شخصا ' “ "
    path.write_text(unit * 20000, encoding="utf-8")   # ~600 KB on one line
    start = time.perf_counter()
    code, out, err = run(path, "--date", "2024-03-20")
    assert code in (0, 1), err
    assert time.perf_counter() - start < 60
    assert len(json.loads(out)["files"][0]["figures"]) == 20000


PEAK_RSS = ("import resource, sys\nfrom factcheck.cli import main\n"
            "sys.argv = ['factcheck', 'extract', sys.argv[1]]\ntry:\n    main()\nfinally:\n"
            "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def test_a_5mb_file_is_extracted_with_bounded_memory(tmp_path, seed_text):
    """The same check on 50 MB (about two minutes) is `bench/big_input.py`."""
    path = tmp_path / "big.txt"
    path.write_text((seed_text + "\n") * (5_000_000 // len(seed_text.encode())), encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert int(done.stderr.split()[-1]) < 1_500_000       # KB: well under 1.5 GB


def test_encoding_option_reads_other_encodings_and_rejects_unknown_ones(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("café: 12 £ and 3,400 people".encode("latin-1"))
    code, out, err = run(path)
    assert code == 2 and "invalid UTF-8 at byte 3 (another encoding? give --encoding)" in err
    code, out, err = run(path, "--encoding", "latin-1")
    assert code == 0, err
    assert [f["text"] for f in json.loads(out)["files"][0]["figures"]] == ["12 £", "3,400"]
    result = CliRunner().invoke(cli, ["extract", "--encoding", "klingon", str(path)])
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
    code, _, err = run(path, "--encoding", "utf-16-le")
    assert code == 2 and "latin1.txt: invalid utf-16-le at byte" in err


@pytest.mark.parametrize("text", ["1" * 5000, "between 1 and " + "9" * 5000, "$" + "1" * 5000 + ".5", "1" * 29])
def test_a_number_too_long_to_be_a_figure_gives_none_and_every_format_renders(tmp_path, text):
    # a 5,000-digit value made every report fail (Python prints ints of at most 4,300 digits)
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    for fmt in FORMATS:
        result = CliRunner().invoke(cli, ["check", "--format", fmt, "--lang", "en", str(path)])
        assert result.exit_code == 0, result.output
    figures = json.loads(run(path, "--lang", "en")[1])["files"][0]["figures"]
    assert [f["text"] for f in figures] in ([], ["1"])     # "between 1 and": the 1 alone


@pytest.mark.parametrize("key,value,message", [("date", "2024-02-30", "'2024-02-30' is not a valid date"),
                                               ("lang", "fr", "unknown language 'fr' (language packs: ar, en; or auto)")])
def test_bad_front_matter_is_one_line_with_its_line_and_the_other_files_are_reported(tmp_path, key, value, message):
    bad = tmp_path / "bad.md"
    bad.write_text(f"---\ntitle: t\n{key}: {value}\n---\n12 people\n", encoding="utf-8")
    for extra in ([], ["--stream", "--format", "jsonl"]):
        result = CliRunner().invoke(cli, ["check", "--format", "json", str(bad), str(SEED), *extra])
        assert result.exit_code == 2
        assert result.stderr.startswith(f"factcheck: {bad}:3: ") and message in result.stderr
        assert result.stderr.count("\n") == 1
        files = [json.loads(line) for line in result.stdout.splitlines()] if extra else \
            json.loads(result.stdout)["files"]
        assert {f["path"] for f in files} == {str(SEED)}


@pytest.mark.parametrize("body,message", [
    ("fail-on: never\ndate: 2024-02-30\n", ":2: YAML error: '2024-02-30' is not a valid date"),
    ("lang: fr\n", ":1: unknown language 'fr' (language packs: ar, en; or auto)")])
def test_bad_configuration_is_one_line_with_its_line(tmp_path, body, message):
    config = tmp_path / "factcheck.yaml"
    config.write_text(body, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--config", str(config), str(SEED)])
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.startswith(f"factcheck: {config}{message}") and result.stderr.count("\n") == 1


def test_an_unreadable_subfolder_is_reported_and_the_other_files_checked(tmp_path, monkeypatch, seed_text):
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text("12 people", encoding="utf-8")
    if os.geteuid() == 0:       # root reads any folder: this one refuses as the kernel refuses a user
        scandir = os.scandir

        def refusing(path="."):
            if str(path) == str(locked):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return scandir(path)

        monkeypatch.setattr(os, "scandir", refusing)
    else:
        locked.chmod(0)
    try:
        for extra in ([], ["--stream", "--format", "jsonl"]):
            code, out, err = run(tmp_path, *extra)
            assert code == 2 and err == f"factcheck: {locked}: cannot read folder: Permission denied\n"
            files = [json.loads(line) for line in out.splitlines()] if extra else json.loads(out)["files"]
            assert [f["path"] for f in files] == [str(tmp_path / "a.txt")]
    finally:
        locked.chmod(0o755)


def test_front_matter_lang_auto_is_detected_and_a_batch_lang_is_checked(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nlang: auto\n---\nThe ministry said 1,234 people were displaced.\n", encoding="utf-8")
    code, out, err = run(path)
    assert code == 0 and json.loads(out)["files"][0]["language"] == "en", err
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": "a", "text": "12 people", "lang": "fr"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(source)])
    assert json.loads(result.stdout) == {"id": "a", "error": "unknown language 'fr' (language packs: ar, en; or auto)"}


DIGITS = "1" * 1_000_000


@pytest.mark.parametrize("command", [["check", "--format", "json"], ["extract"], ["check", "--stream", "--format", "jsonl"]])
@pytest.mark.parametrize("text", [DIGITS + " مليون شخص", DIGITS + " million people", "قتل " + DIGITS + ".5 ألف"])
def test_a_million_digits_give_no_figure_and_the_other_files_are_reported(tmp_path, command, text):
    # they raised decimal.Overflow: exit 3 and no report at all, for any file of the run
    path = tmp_path / "digits.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, str(path), str(SEED)])
    assert result.exit_code == 0 and result.stderr == ""
    lines = result.stdout.splitlines() if "--stream" in command else [result.stdout]
    files = [f for line in lines for f in json.loads(line).get("files", [json.loads(line)])]
    paths = {f["path"] for f in files}      # (a streamed section with nothing in it writes no JSON line)
    assert paths == {str(path), str(SEED)} or "--stream" in command and paths == {str(SEED)}
    assert all(len(figure["text"]) < 30 for f in files for figure in f["figures"])   # "مليون" alone at most


@pytest.mark.parametrize("command", [["check", "--format", "json"], ["extract"], ["check", "--stream", "--format", "jsonl"]])
def test_an_internal_error_on_one_file_fails_that_file_alone(tmp_path, monkeypatch, command):
    import decimal

    from factcheck import pipeline

    real = pipeline.extract_figures

    def overflow_on_bad(doc, norm):
        if "BAD" in doc.text:
            raise decimal.Overflow([decimal.Overflow])
        return real(doc, norm)

    monkeypatch.setattr(pipeline, "extract_figures", overflow_on_bad)
    bad = tmp_path / "bad.txt"
    bad.write_text("BAD 12 people", encoding="utf-8")
    result = CliRunner().invoke(cli, [*command, str(bad), str(SEED)])
    assert result.exit_code == 2
    line = ":1" if "--stream" in command else ""       # a stream names the section's first line
    assert result.stderr == (f"factcheck: {bad}{line}: internal error: Overflow: [<class 'decimal.Overflow'>] "
                             "(set FACTCHECK_DEBUG=1 for the traceback), skipped\n")
    assert f'"path": "{SEED}"' in result.stdout and f'"path": "{bad}"' not in result.stdout
