"""`refs validate` reports every problem of every file in one run: the schema's, the records'
own (a date, a range), duplicates across files, not stage by stage."""
from __future__ import annotations

from click.testing import CliRunner

from factcheck.cli import cli

A = """schema: 1
facts:
  - {id: a-one, names: {en: [widget output]}, kind: count, value: 10, as_of: "2024-01-01"}
  - {id: a-two, names: {en: [gadget output]}, kind: cont, value: 10, as_of: "2024-01-01", source: {publisher: X}}
  - {id: a-three, names: {en: [thing output]}, kind: count, value: 10, as_of: "2024-13-01", source: {publisher: X}}
  - {id: a-four, names: {en: [other output]}, kind: count, value: 10, as_of: "2024-01-01",
     source: {publisher: X, url: "ftp://x"}}
"""
B = """schema: 1
facts:
  - {id: b-one, names: {en: [widget output]}, kind: count, value: 20, as_of: "2024-01-01", source: {publisher: Y}}
  - {id: b-one, names: {en: [gizmo output]}, kind: count, value: 20, as_of: "2024-01-01", source: {publisher: Y}}
  - {id: b-two, names: {en: [sprocket output]}, kind: count, range: [30, 20], as_of: "2024-01-01",
     source: {publisher: Y}}
"""


def test_six_mistakes_in_two_files_are_reported_in_one_run(tmp_path):
    (tmp_path / "a.yaml").write_text(A, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(B, encoding="utf-8")
    done = CliRunner().invoke(cli, ["refs", "validate", str(tmp_path)])
    assert done.exit_code == 2
    lines = done.stdout.splitlines()
    for line, part in ((3, "has no source"), (4, "'cont' is not one of"), (5, "month must be in 1..12"),
                       (7, "is not an http:// or https:// URL")):
        assert any(f"a.yaml:{line}:" in x and part in x for x in lines), (line, part, lines)
    assert any("b.yaml:4:" in x and "duplicate id 'b-one'" in x for x in lines)
    assert any("b.yaml:5:" in x and "low end above its high end" in x for x in lines)
    assert len(lines) == 6


def test_show_and_find_work_beside_a_record_with_a_mistake(tmp_path):
    (tmp_path / "a.yaml").write_text(A + "  - {id: a-five, names: {en: [spare output]}, kind: count, value: 5, "
                                     "as_of: \"2024-01-01\", source: {publisher: X}}\n", encoding="utf-8")
    found = CliRunner().invoke(cli, ["refs", "find", "spare output", "--no-bundled-refs", "--refs", str(tmp_path)])
    assert found.exit_code == 0 and "a-five" in found.stdout and "4 problem(s)" in found.output
    shown = CliRunner().invoke(cli, ["refs", "show", "a-five", "--no-bundled-refs", "--refs", str(tmp_path)])
    assert shown.exit_code == 0 and "spare output" in shown.stdout
    assert CliRunner().invoke(cli, ["check", "-", "--no-bundled-refs", "--refs", str(tmp_path)],
                              input="5 widgets.\n").exit_code == 2      # checking needs a sound store


def test_the_example_store_of_the_references_readme_is_valid(tmp_path):
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "references" / "README.md").read_text(encoding="utf-8")
    (tmp_path / "example.yaml").write_text(readme.split("```yaml", 1)[1].split("```", 1)[0], encoding="utf-8")
    done = CliRunner().invoke(cli, ["refs", "validate", str(tmp_path)])
    assert done.exit_code == 0, done.output
    # layered on the bundled store, as check --refs uses it: the same ids replace the bundled ones
    assert CliRunner().invoke(cli, ["refs", "validate", "--with-bundled", str(tmp_path)]).exit_code == 0
