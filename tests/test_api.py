"""The Python API: the README's example runs and gives the JSON the command line gives."""
from __future__ import annotations

import json
import os
from pathlib import Path

from click.testing import CliRunner

import factcheck
from factcheck.cli import cli

from .conftest import SEED

ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_example_gives_the_json_of_the_command_line(capsys):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = readme.split("## Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    here = os.getcwd()
    os.chdir(ROOT)
    try:
        scope: dict = {}
        exec(compile(code, "README.md", "exec"), scope)
    finally:
        os.chdir(here)
    printed = capsys.readouterr().out
    assert "9:95 1.4 مليون supported [1400000, 1500000]" in printed
    cli_entry = json.loads(CliRunner().invoke(cli, ["check", str(SEED), "--format", "json"]).stdout)["files"][0]
    for key in ("figures", "attributions", "quotes", "roles", "consistency", "claims"):
        assert scope["data"][key] == cli_entry[key], key
    assert scope["checker"].check_file(SEED).to_json() == cli_entry


def test_figures_carry_their_own_objects_and_extraction_needs_no_store():
    text = "قال الجيش إن 5 جنود قتلوا في الهجوم.\n"
    report = factcheck.Checker(verify=False).check(text, date="2024-03-20")
    (fig,) = report.figures
    assert (fig.text, fig.value, fig.status, fig.source) == ("5", 5, None, "الجيش")
    assert fig.attribution.cue.text == "قال" and (fig.line, fig.column) == (1, 14)
    assert factcheck.check("Gaza's 2.3 million residents.", date="2024-03-20").figures[0].status == "supported"
