"""Every format reports the same line and column, right for Arabic, CRLF and a BOM; the SARIF
for the seed and for a conflicting copy validates against the official schema."""
from __future__ import annotations

import html
import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from factcheck.cli import cli

from .conftest import SEED, shared_or_skip

WRONG = ("نحو 2.3 مليون فلسطيني", "نحو 3.2 مليون فلسطيني")
FIGURE = "3.2 مليون"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout


def position(text: str, offset: int) -> tuple[int, int]:
    """Line and column computed here, independently of factcheck.document.LineIndex."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column - (line == 1 and text.startswith("\ufeff"))


@pytest.fixture(scope="module")
def sarif_schema():
    return json.loads(shared_or_skip("eval", "schemas", "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def test_sarif_for_the_seed_validates(sarif_schema):
    code, out = run("check", str(SEED), "--format", "sarif")
    assert code == 0
    sarif = json.loads(out)
    jsonschema.validate(sarif, sarif_schema)
    assert not any(r["ruleId"] == "figure/contradicted" for r in sarif["runs"][0]["results"])


def test_sarif_for_a_conflicting_copy_validates(sarif_schema, tmp_path, seed_text):
    draft = tmp_path / "draft.txt"
    text = seed_text.replace(*WRONG)
    draft.write_text(text, encoding="utf-8")
    code, out = run("check", str(draft), "--date", "2024-03-20", "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    jsonschema.validate(sarif, sarif_schema)
    [bad] = [r for r in sarif["runs"][0]["results"] if r["ruleId"] == "figure/contradicted"]
    region = bad["locations"][0]["physicalLocation"]["region"]
    line, col = position(text, text.index(FIGURE))
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (line, col, col + len(FIGURE))
    assert region["snippet"]["text"] == FIGURE


@pytest.fixture(scope="module")
def article(tmp_path_factory, seed_text):
    """The seed with a wrong figure, moved to the first line, again at the end; BOM and CRLF."""
    lines = seed_text.replace(*WRONG).splitlines()
    wrong = next(ln for ln in lines if FIGURE in ln)
    lines.remove(wrong)
    text = "\ufeff" + "\r\n".join([wrong, *lines, wrong]) + "\r\n"
    path = tmp_path_factory.mktemp("crlf") / "ar-2024-03-20-crlf.txt"
    path.write_bytes(text.encode("utf-8"))
    expected = [position(text, text.index(FIGURE)), position(text, text.rindex(FIGURE))]
    assert expected[0][0] == 1 and expected[1][0] == len(lines) + 2
    return path, text, expected


def test_every_format_gives_the_same_positions(article):
    path, text, expected = article
    out = {fmt: run("check", str(path), "--format", fmt)[1]
           for fmt in ("json", "sarif", "github", "markdown", "text", "html")}

    figures = json.loads(out["json"])["files"][0]["figures"]
    assert [(f["line"], f["column"]) for f in figures if f["text"] == FIGURE] == expected
    for f in figures:
        assert text[f["start"]:f["end"]] == f["text"]
        assert (f["line"], f["column"]) == position(text, f["start"])

    results = json.loads(out["sarif"])["runs"][0]["results"]
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in results if r["ruleId"] == "figure/contradicted"]
    assert [(r["startLine"], r["startColumn"]) for r in regions] == expected
    assert all(r["endColumn"] - r["startColumn"] == len(FIGURE) for r in regions)

    annotations = re.findall(r"^::error file=[^,]*,line=(\d+),col=(\d+),", out["github"], re.M)
    assert [(int(ln), int(c)) for ln, c in annotations] == expected

    figure = re.escape(FIGURE.replace(".", "\\."))         # Markdown escapes punctuation
    rows = re.findall(rf"^\| (\d+):(\d+) \| {figure} \| ❌ contradicted \|", out["markdown"], re.M)
    assert [(int(ln), int(c)) for ln, c in rows] == expected

    for line, col in expected:
        assert f"{path}:{line}:{col}: contradicted: “{FIGURE}”" in out["text"]

    page = out["html"]
    embedded = page[page.index('id="factcheck-report">') + 22:page.index("</script>", page.index('id="factcheck-report">'))]
    figures = json.loads(embedded)["files"][0]["figures"]
    assert [(f["line"], f["column"]) for f in figures if f["text"] == FIGURE] == expected
    assert page.count(f">{html.escape(FIGURE)}</mark>") == 2


def test_coloured_text_gives_the_same_positions(article):
    path, _, expected = article
    plain = ANSI.sub("", run("check", str(path), "--color")[1])
    for line, col in expected:
        assert f"{path}:{line}:{col}: contradicted: “{FIGURE}”" in plain
