"""The reference store: schema validation with file:line, layering, duplicate ids, the index."""
from __future__ import annotations

import datetime as dt

import pytest

from factcheck.errors import FactcheckError
from factcheck.references import load_store
from factcheck.words import tokens, variants
from factcheck.rules import data_dir

FACT = """\
  - id: {id}
    kind: count
    value: {value}
    as_of: "2024-01-01"
    names:
      en: [widget output]
      ar: [إنتاج الأدوات]
    source:
      publisher: Widget Bureau
      url: https://widgets.example/{id}
"""


def write(folder, name, body):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(body, encoding="utf-8")
    return path


def error_of(*folders) -> FactcheckError:
    with pytest.raises(FactcheckError) as info:
        load_store(list(folders))
    return info.value


def test_bundled_store_loads_and_every_record_has_a_real_source():
    store = load_store([data_dir("references")])
    assert {"gaza-population", "rafah-displaced", "gaza-death-toll", "blinken-middle-east-tours",
            "founding-of-israel", "gaza-blockade", "gaza-war-start"} <= set(store.records)
    for record in store.records.values():
        sources = [record.source] if record.type == "event" else [e.source for e in record.entries]
        assert all(s.publisher and s.url.startswith("https://") for s in sources), record.id


def test_fact_without_source_names_file_and_line(tmp_path):
    body = "schema: 1\nfacts:\n" + FACT.format(id="a", value=1) + FACT.format(id="gaza-population", value=2)
    body = body.replace("    source:\n      publisher: Widget Bureau\n      url: https://widgets.example/gaza-population\n", "")
    path = write(tmp_path, "x.yaml", body)
    err = error_of(tmp_path)
    assert (err.path, err.line) == (str(path), 13)
    assert str(err) == f"{path}:13: fact 'gaza-population' has no source"


def test_yaml_syntax_error_names_file_and_line(tmp_path):
    path = write(tmp_path, "broken.yaml", "schema: 1\nfacts:\n  - id: a\n    names: [unclosed\n")
    err = error_of(tmp_path)
    assert err.path == str(path) and err.line == 4 and "YAML error" in err.message   # where "[" opened


def test_every_problem_is_one_line_naming_its_node(tmp_path):
    body = ("schema: 1\nfacts:\n" + FACT.format(id="a", value='"many"')
            + FACT.format(id="b", value=3).replace("kind: count", "kind: colour"))
    path = write(tmp_path, "x.yaml", body)
    lines = str(error_of(tmp_path)).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{path}:5: fact 'a' value: ")
    assert lines[1].startswith(f"{path}:14: fact 'b' kind: ")


@pytest.mark.parametrize("body,line,message", [
    ("facts: []\n", 1, "unsupported or missing 'schema'"),
    ("schema: 2\n", 1, "unsupported or missing 'schema'"),
    ("schema: 1\nfacts:\n" + FACT.format(id="a", value=1).replace("value: 1", "range: [1, 2]\n    value: 1"),
     3, "fact 'a' needs exactly one of 'value' or 'range'"),
    ("schema: 1\nfacts:\n" + FACT.format(id="a", value=1).replace("value: 1", "range: [5, 2]"),
     3, "fact 'a': range [5, 2] has its low end above its high end"),
    ("schema: 1\nfacts:\n" + FACT.format(id="a", value=1).replace("    kind: count\n", "    colour: red\n    kind: count\n"),
     3, "fact 'a': Additional properties are not allowed ('colour' was unexpected)"),
    ("schema: 1\nevents:\n  - {id: e, date: 2007-13, names: {en: [x event]}, source: {publisher: P, url: 'https://p'}}\n",
     3, "event 'e': date '2007-13': month must be in 1..12"),
    ("schema: 1\nseries:\n  - id: s\n    kind: count\n    names: {en: [s series]}\n    entries:\n"
     "      - {as_of: '2024-02-01', value: 2, source: {publisher: P, url: 'https://p'}}\n"
     "      - {as_of: '2024-01-01', value: 1, source: {publisher: P, url: 'https://p'}}\n",
     3, "series 's': entries must be in rising as_of order"),
    ("schema: 1\nseries:\n  - id: s\n    kind: count\n    names: {en: [s series]}\n    entries:\n"
     "      - {as_of: '2024-02-01', value: 2}\n",
     3, "series 's': an entry has no source and the series gives none"),
    ("schema: 1\nseries:\n  - id: s\n    kind: count\n    names: {en: [s series]}\n    entries:\n"
     "      - {value: 2, source: {publisher: P, url: 'https://p'}}\n",
     7, "series 's' entry 1 has no as_of"),
    ("schema: 1\nfacts:\n  - id: a\n    id: b\n", 4, "duplicate key 'id'"),
])
def test_schema_problems(tmp_path, body, line, message):
    path = write(tmp_path, "x.yaml", body)
    err = error_of(tmp_path)
    assert (err.path, err.line) == (str(path), line), str(err)
    assert message in err.message


def test_duplicate_id_in_one_store_is_an_error(tmp_path):
    first = write(tmp_path, "a.yaml", "schema: 1\nfacts:\n" + FACT.format(id="dup", value=1))
    second = write(tmp_path, "b.yaml", "schema: 1\nfacts:\n" + FACT.format(id="x", value=1) + FACT.format(id="dup", value=2))
    err = error_of(tmp_path)
    assert str(err) == f"{second}:13: duplicate id 'dup' (first at {first}:3)"


def test_later_store_wins_on_the_same_id(tmp_path):
    write(tmp_path / "base", "a.yaml", "schema: 1\nfacts:\n" + FACT.format(id="w", value=1) + FACT.format(id="v", value=5))
    write(tmp_path / "local", "a.yaml", "schema: 1\nfacts:\n" + FACT.format(id="w", value=2))
    store = load_store([tmp_path / "base", tmp_path / "local"])
    assert store.records["w"].entries[0].value == 2 and store.records["v"].entries[0].value == 5
    assert store.index["count", "widget"].count("w") == 1
    store = load_store([tmp_path / "local", tmp_path / "base"])
    assert store.records["w"].entries[0].value == 1


def test_missing_folder(tmp_path):
    err = error_of(tmp_path / "nowhere")
    assert "not found" in err.message


def test_series_value_in_force():
    store = load_store([data_dir("references")])
    tours = store.records["blinken-middle-east-tours"]
    assert tours.entries[tours.in_force(dt.date(2024, 3, 20))].value == 6
    assert tours.entries[tours.in_force(dt.date(2024, 3, 19))].value == 5
    assert tours.in_force(dt.date(2023, 10, 1)) is None
    assert tours.entries[3].source.url.startswith("https://www.state.gov/")     # its own source
    assert tours.entries[0].source.publisher == "U.S. Department of State"      # the series'


def test_words_and_variants():
    assert [w for _, _, w in tokens("وتحاصره منذ 17 عاماً")] == ["وتحاصره"]
    assert "تحاصر" in variants("وتحاصره") and "قيام" in variants("قيامها")
    assert [w for _, _, w in tokens("Gaza's population")] == ["gaza", "population"]
    store = load_store([data_dir("references")])
    assert "gaza-population" in store.index["count", "#population"]     # the lexicon's concept of "سكان"
