"""`factcheck check --stream`: a file read and checked section by section reports what the
whole file does, at the same offsets, lines and columns, and writes it as it goes. Most tests
make each paragraph a section of its own (`paragraphs`), the hardest case: a section is 64 KB."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from factcheck import stream
from factcheck.cli import cli
from factcheck.findings import RULES

from .conftest import SEED, shared_or_skip

WRONG = ("نحو 1.4 مليون نازح", "نحو 4.1 مليون نازح")


def run(*args: str, **kwargs):
    return CliRunner().invoke(cli, list(args), **kwargs)


def position(text: str, offset: int) -> tuple[int, int]:
    """Line and column the slow way: CRLF, CR and LF each end a line; a BOM has no column."""
    lines = text[:offset].replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return len(lines), len(lines[-1]) + 1 - (len(lines) == 1 and text.startswith("\ufeff"))


@pytest.fixture
def paragraphs(monkeypatch):
    monkeypatch.setattr(stream, "SECTION", 1)


def figures(jsonl: str) -> list[tuple]:
    """Each figure of a JSON Lines report with its verdict and the cue it is attributed to."""
    out = []
    for entry in map(json.loads, jsonl.splitlines()):
        for fig in entry["figures"]:
            cue = entry["attributions"][fig["attribution"]]["cue"] if fig["attribution"] is not None else None
            out.append((fig["start"], fig["end"], fig["line"], fig["column"], fig["text"], fig["kind"],
                        fig["value"], fig["verdict"], fig["reason"], cue and (cue["start"], cue["text"])))
    return out


def _split_consistency(report: str) -> tuple[list[str], list[str]]:
    lines = report.splitlines()
    inconsistent = [line for line in lines if any(f"title={r.title}::" in line for r in RULES.values()
                                                  if r.id.startswith("consistency/"))]
    return [line for line in lines if line not in inconsistent], inconsistent


def test_streamed_findings_are_those_of_the_whole_files_on_the_corpus(paragraphs):
    corpus = shared_or_skip("corpus")
    paths = [str(corpus / "ar"), str(corpus / "en"), str(SEED)]
    whole = run("check", *paths, "--format", "github", "--fail-on", "never", "--show", "all")
    streamed = run("check", "--stream", *paths, "--format", "github", "--fail-on", "never", "--show", "all")
    assert whole.exit_code == streamed.exit_code == 0
    (whole_rest, whole_inconsistent), (streamed_rest, streamed_inconsistent) = map(
        _split_consistency, (whole.stdout, streamed.stdout))
    assert streamed_rest == whole_rest and len(whole_rest) > 1000
    # figures that disagree across sections (a headline and its body) are seen only whole
    assert set(streamed_inconsistent) <= set(whole_inconsistent) and whole_inconsistent


def test_streamed_figures_have_the_whole_files_offsets_lines_and_verdicts(paragraphs):
    article = shared_or_skip("corpus", "en", "0036.txt")     # implied speakers ("he said") in later paragraphs
    for path in (str(article), str(SEED)):
        whole = figures(run("check", path, "--format", "jsonl").stdout)
        streamed = figures(run("check", "--stream", path, "--format", "jsonl").stdout)
        assert streamed == whole and len(whole) > 5


def test_offsets_lines_and_columns_are_the_files_with_a_bom_crlf_front_matter_and_blank_lines(paragraphs, tmp_path):
    seed = SEED.read_text(encoding="utf-8")
    text = "\ufeff---\r\ndate: 2024-03-20\r\n\r\nlang: ar\r\n---\r\n" + seed.replace("\n", "\r\n\r\n \r\n")
    draft = tmp_path / "draft.md"
    draft.write_bytes(text.encode("utf-8"))
    result = run("check", "--stream", str(draft), "--format", "jsonl")
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(entries) > 3 and {e["date_from"] for e in entries} == {"front matter"}
    spans = [s for e in entries for s in e["figures"] + e["quotes"] + e["roles"]
             + [a["cue"] for a in e["attributions"]]]
    assert len(spans) > 20
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
        assert (span["line"], span["column"]) == position(text, span["start"])


def test_lines_longer_than_a_section_are_cut_and_report_what_the_whole_file_does(monkeypatch, tmp_path, seed_text):
    # a line was read whole and checked as one section: a 20 MB line took 1.6 GB
    monkeypatch.setattr(stream, "LONG", 2000)
    monkeypatch.setattr(stream, "SECTION", 1)
    monkeypatch.setattr(stream, "BLOCK", 1000)
    article = " ".join(seed_text.split())
    text = "\ufeff" + article + "\r\n" + (article + " ") * 3 + "\r\n\r\n  " + article + "\n"
    draft = tmp_path / "2024-03-20-draft.txt"
    draft.write_bytes(text.encode("utf-8"))
    result = run("check", "--stream", str(draft), "--format", "jsonl")
    assert len(result.stdout.splitlines()) > 3            # more sections than the file has lines
    # the same figures and verdicts; a reason may name other words of the paragraph, which a cut line splits
    whole = figures(run("check", str(draft), "--format", "jsonl").stdout)
    assert [f[:8] + f[9:] for f in figures(result.stdout)] == [f[:8] + f[9:] for f in whole]
    spans = [s for e in map(json.loads, result.stdout.splitlines())
             for s in e["figures"] + e["quotes"] + [a["cue"] for a in e["attributions"]]]
    assert len(spans) > 50
    for span in spans:
        assert text[span["start"]:span["end"]] == span["text"]
        assert (span["line"], span["column"]) == position(text, span["start"])


def test_a_long_line_comes_in_parts_of_bounded_size_cut_after_sentences(monkeypatch):
    monkeypatch.setattr(stream, "LONG", 1000)
    text = "".join(f"word{i}{'.' if i % 50 == 49 else ''} " for i in range(5000)) + "x" * 9100 + "\r\nend"
    parts = list(stream.lines(text[i:i + 700] for i in range(0, len(text), 700)))
    assert "".join(parts) == text
    assert max(map(len, parts)) <= 4 * 1000 + 700         # a run without a space is cut past 4 × LONG
    words = [part for part in parts if "word" in part]
    assert len(words) > 30 and all(part.endswith(". ") for part in words)
    assert parts[-1] == "end" and parts[-2].endswith("x\r\n")


def test_text_report_has_the_whole_files_heading_figures_and_counts(paragraphs, tmp_path, seed_text):
    draft = tmp_path / "2024-03-20-draft.txt"
    draft.write_text(seed_text.replace("\n", "\n\n"), encoding="utf-8")     # a paragraph, a blank line
    whole = run("check", str(draft)).stdout.splitlines()
    streamed = run("check", "--stream", str(draft)).stdout.splitlines()

    def figure_lines(lines):
        return [line for line in lines if re.search(r":\d+:\d+: (supported|unverified|outdated|contradicted):", line)]

    assert streamed[0] == whole[0]                                # the file's heading: date and language
    assert figure_lines(streamed) == figure_lines(whole) and len(figure_lines(whole)) == 8
    assert streamed[-1] == whole[-1]                              # the counts


def test_a_file_smaller_than_a_section_is_reported_as_a_whole_one(tmp_path, seed_text):
    draft = tmp_path / "2024-03-20-draft.txt"
    draft.write_text(seed_text.replace("\n", "\n\n"), encoding="utf-8")
    whole = run("check", str(draft))
    assert run("check", "--stream", str(draft)).stdout == whole.stdout
    assert "البيان = وزارة الدفاع" in whole.stdout                # resolved from a paragraph before


def test_exit_status_and_fail_on_cover_the_whole_file(tmp_path, seed_text):
    draft = tmp_path / "draft.txt"
    draft.write_text(seed_text.replace(*WRONG) + "\n\nفقرة أخيرة بلا أرقام.\n" * 50, encoding="utf-8")
    assert run("check", "--stream", str(draft), "--date", "2024-03-20").exit_code == 1
    assert run("check", "--stream", str(draft), "--date", "2024-03-20", "--fail-on", "never").exit_code == 0
    assert run("check", "--stream", str(SEED)).exit_code == 0


def test_two_jobs_and_standard_input_write_the_same_report(paragraphs, seed_text):
    one = run("check", "--stream", str(SEED), "--format", "jsonl").stdout
    assert run("check", "--stream", str(SEED), "--format", "jsonl", "--jobs", "2").stdout == one
    piped = run("check", "--stream", "-", "--format", "jsonl", "--date", "2024-03-20", input=seed_text.encode())
    assert figures(piped.stdout) == figures(one)


def test_a_streamed_markdown_file_skips_code_blocks_and_ignored_paragraphs(paragraphs, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("قال الجيش إن 5 جنود قتلوا.\n\n```\n6 جنود\n\n7 جنود\n```\n\n"
                     "<!-- factcheck: ignore -->\nنحو 8 جنود\n", encoding="utf-8")
    result = run("check", "--stream", str(draft), "--format", "github", "--show", "all")
    assert result.stdout == run("check", str(draft), "--format", "github", "--show", "all").stdout
    assert "line=1," in result.stdout and not any(f"line={n}," in result.stdout for n in range(2, 11))


def test_an_unreadable_line_further_on_is_reported_after_what_was_read(paragraphs, tmp_path, seed_text):
    draft = tmp_path / "draft.txt"
    body = (seed_text + "\n\n") * 40                             # past the first block read
    draft.write_bytes(body.encode("utf-8") + b"\xff\n\n" + seed_text.encode("utf-8"))
    result = run("check", "--stream", str(draft), "--format", "github")
    line = body.count("\n") + 1
    assert result.exit_code == 2
    assert result.stderr == (f"factcheck: {draft}:{line}: invalid UTF-8 at byte {len(body.encode())} "
                             "(another encoding? give --encoding)\n")
    assert f"line={line - 2}," in result.stdout                   # the paragraphs before it are reported


def test_the_language_comes_from_the_first_letters_outside_comments_and_code_as_for_the_whole_file(tmp_path):
    # 40 KB of Arabic in a comment, then English: both readings took the first 20,000
    # characters, blank once masked, for Arabic
    draft = tmp_path / "draft.md"
    draft.write_text("<!--\n" + "نص عربي في تعليق\n\n" * 2500 + "-->\n\n```\n" + "نص عربي\n" * 2000 + "```\n\n"
                     + "The ministry said 2.3 million people were displaced.\n", encoding="utf-8")
    streamed = run("check", "--stream", str(draft), "--format", "jsonl").stdout
    assert [entry["language"] for entry in map(json.loads, streamed.splitlines())] == ["en"]
    assert figures(streamed) == figures(run("check", str(draft), "--format", "jsonl").stdout)


def test_formats_holding_one_document_and_html_files_are_refused(tmp_path):
    for fmt in ("json", "sarif", "markdown", "html"):
        result = run("check", "--stream", str(SEED), "--format", fmt)
        assert result.exit_code == 2 and "--stream writes" in result.stderr
    page = tmp_path / "page.html"
    page.write_text("<p>5 جنود</p>", encoding="utf-8")
    result = run("check", "--stream", str(page), str(SEED))
    assert result.exit_code == 2 and result.stderr.startswith(f"factcheck: {page}: --stream reads text and Markdown")
    assert str(SEED) in result.stdout


def test_the_report_goes_to_the_output_file_whole(tmp_path):
    out = tmp_path / "report.txt"
    result = run("check", "--stream", str(SEED), "--output", str(out))
    assert result.stdout == "" and out.read_text(encoding="utf-8") == run("check", "--stream", str(SEED)).stdout
    assert [p.name for p in tmp_path.iterdir()] == ["report.txt"]


def test_the_github_step_summary_has_the_counts(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run("check", "--stream", str(SEED), "--format", "github")
    streamed = summary.read_text(encoding="utf-8")
    summary.unlink()
    run("check", str(SEED), "--format", "github")
    counts = summary.read_text(encoding="utf-8").splitlines()[2]
    assert counts.startswith("8 figure(s) in 1 file(s): ✅") and counts in streamed.splitlines()


def test_json_lines_without_stream_hold_the_json_reports_files():
    corpus = shared_or_skip("corpus", "en")
    lines = run("check", str(corpus), "--format", "jsonl").stdout.splitlines()
    report = json.loads(run("check", str(corpus), "--format", "json").stdout)
    assert [json.loads(line) for line in lines] == report["files"]
