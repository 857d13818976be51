"""`factcheck refs`: validate (file:line problems, duplicates, contradictions, shared aliases),
show, find, import from a CSV table; the load cache never serves a changed store."""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.references import load_store

FACT = """\
  - id: {id}
    kind: count
    value: {value}
    as_of: "2024-01-01"
    names:
      en: [{name}]
    source:
      publisher: Widget Bureau
      url: https://widgets.example/{id}
"""


def run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def store_file(folder: Path, name: str, *facts: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("schema: 1\nfacts:\n" + "".join(facts), encoding="utf-8")
    return path


def test_the_bundled_store_is_clean():
    code, out, err = run("refs", "validate")
    assert code == 0 and out == "", out
    assert "0 problem(s)" in err


def test_validate_reports_every_problem_with_file_and_line(tmp_path):
    a = store_file(tmp_path, "a.yaml", FACT.format(id="w1", value=5, name="widget output"),
                   FACT.format(id="w2", value=7, name="widget output"),
                   FACT.format(id="gizmo", value=3, name="gizmo count").replace(
                       "      en: [gizmo count]\n", "      en: [gizmo count]\n    aliases:\n      en: [widget output]\n"))
    b = store_file(tmp_path, "b.yaml", FACT.format(id="dup", value=5, name="dup things"),
                   FACT.format(id="dup", value=5, name="other things"))
    c = tmp_path / "c.yaml"
    c.write_text("schema: 1\nfacts:\n" + FACT.format(id="x", value=1, name="x things").replace(
        "    kind: count\n", "    kind: count\n    colour: red\n"), encoding="utf-8")
    code, out, _ = run("refs", "validate", str(tmp_path))
    assert code == 2
    assert out.splitlines() == [
        f"{a}:12: fact 'w2' (7) contradicts fact 'w1' (5, {a}:3): same subject and date 2024-01-01",
        f"{a}:21: fact 'gizmo': name or alias 'widget output' is also one of fact 'w1' ({a}:3)",
        f"{b}:12: duplicate id 'dup' (first at {b}:3)",
        f"{c}:3: fact 'x': Additional properties are not allowed ('colour' was unexpected)",
    ]


def test_validate_yaml_error_and_missing_source(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("schema: 1\nfacts:\n  - id: a\n    names: [unclosed\n", encoding="utf-8")
    store_file(tmp_path, "nosource.yaml", FACT.format(id="n", value=1, name="n things").split("    source:")[0])
    code, out, _ = run("refs", "validate", str(tmp_path))
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith(f"{broken}:4: YAML error")
    assert lines[1] == f"{tmp_path / 'nosource.yaml'}:3: fact 'n' has no source"


def test_show_prints_the_record_as_written_with_its_place():
    code, out, _ = run("refs", "show", "yoav-gallant")
    assert code == 0
    first, rest = out.split("\n", 1)
    assert first.startswith("# ") and first.endswith("people.yaml:5")
    record = yaml.safe_load(rest)
    assert record["id"] == "yoav-gallant" and record["offices"][0]["to"] == "2024-11-05"
    code, _, err = run("refs", "show", "nobody")
    assert code == 2 and "no record with id 'nobody'" in err


def test_find_ranks_records_by_their_names():
    code, out, _ = run("refs", "find", "غالانت")
    assert code == 0 and out.split()[1:3] == ["person", "yoav-gallant"]
    code, out, _ = run("refs", "find", "Gaza death toll")
    assert out.splitlines()[0].split()[:3] == ["100.0", "series", "gaza-death-toll"]


MAPPING = """\
id: "{code}-{year}"
kind: count
unit: person
value: "{population}"
as_of: "{year}"
place: "{governorate}"
names:
  en: "population of {governorate} governorate"
  ar: "عدد سكان محافظة {governorate_ar}"
population:
  en: [people]
source:
  publisher: Palestinian Central Bureau of Statistics (PCBS)
  url: https://www.pcbs.gov.ps/
"""

TABLE = """\
code,governorate,governorate_ar,year,population
rafah,Rafah,رفح,2023,"275,000"
gaza,Gaza,غزة,2023,many
khan-yunis,Khan Yunis,خان يونس,2023,438000
khan-yunis,Khan Yunis,خان يونس,2023,438000
,Deir al-Balah,دير البلح,2023,300000
"""


def test_import_builds_facts_and_reports_bad_rows_with_their_line(tmp_path):
    table, mapping = tmp_path / "pop.csv", tmp_path / "map.yaml"
    table.write_text(TABLE, encoding="utf-8")
    mapping.write_text(MAPPING, encoding="utf-8")
    out = tmp_path / "store" / "pop.yaml"
    out.parent.mkdir()
    code, _, err = run("refs", "import", str(table), "--map", str(mapping), "--out", str(out))
    assert code == 2
    assert err.splitlines() == [
        f"{table}:3: row skipped: value 'many' is not a number",
        f"{table}:5: row skipped: duplicate id 'khan-yunis-2023' (first on line 4)",
        f"{table}:6: row skipped: column 'code' is empty",
    ]
    store = load_store([out.parent])
    assert sorted(store.records) == ["khan-yunis-2023", "rafah-2023"]
    rafah = store.records["rafah-2023"]
    assert rafah.entries[0].value == 275000 and rafah.name == "population of Rafah governorate"
    assert run("refs", "validate", str(out.parent))[0] == 0
    shards = tmp_path / "shards"
    shards.mkdir()
    run("refs", "import", str(table), "--map", str(mapping), "--out", str(shards), "--per-file", "1")
    assert sorted(p.name for p in shards.iterdir()) == ["pop-0001.yaml", "pop-0002.yaml"]
    assert sorted(load_store([shards]).records) == ["khan-yunis-2023", "rafah-2023"]


def test_import_mapping_with_unknown_keys_is_refused(tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text(MAPPING + "colour: red\n", encoding="utf-8")
    (tmp_path / "t.csv").write_text(TABLE, encoding="utf-8")
    code, _, err = run("refs", "import", str(tmp_path / "t.csv"), "--map", str(mapping))
    assert code == 2 and "unknown keys ['colour']" in err


def test_the_load_cache_serves_an_unchanged_store_and_never_a_changed_one(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = store_file(tmp_path / "s", "a.yaml", FACT.format(id="w", value=5, name="widget output"))
    assert load_store([path.parent]).records["w"].entries[0].value == 5
    assert len(list((tmp_path / "cache" / "factcheck").glob("store-*.pickle"))) == 1
    cached = load_store([path.parent])
    assert cached.records["w"].entries[0].value == 5 and cached.index["count", "widget"] == ["w"]
    store_file(tmp_path / "s", "a.yaml", FACT.format(id="w", value=6, name="widget output"))
    assert load_store([path.parent]).records["w"].entries[0].value == 6
