"""Hostile YAML in reference stores, configuration files and front matter: each refused with one
line naming the file (and line), exit 2, in bounded time and memory, the other files still checked."""
from __future__ import annotations

import time

import pytest
from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.rules import MAX_YAML_BYTES

from .conftest import SEED

LAUGHS = "schema: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdefgh", "bcdefghi"))

HOSTILE = {
    # name: (file text, expected line, words of the message)
    "billion-laughs": (LAUGHS, 2, "aliases"),
    "alias-in-a-valid-field": ("schema: 1\nx: &a [1, 2]\nfacts: [*a, *a]\n", 2, "aliases"),
    "deep-nesting": ("schema: 1\nfacts: " + "[" * 10000 + "]" * 10000 + "\n", 2, "nesting depth"),
    "huge-integer": ("schema: 1\nfacts:\n  - id: x\n    value: " + "9" * 10000 + "\n", 4, "integer of 10000"),
    "duplicate-key": ("schema: 1\nfacts: []\nfacts: []\n", 3, "duplicate key 'facts'"),
    "python-object-tag": ('schema: 1\nfacts: !!python/object/apply:os.system ["echo pwned"]\n', 2, "unknown tag"),
    "python-name-tag": ("schema: 1\nfacts: !!python/name:os.system\n", 2, "unknown tag"),
    "local-tag": ("schema: 1\nfacts: !custom [1]\n", 2, "unknown tag"),
    "non-string-key": ("schema: 1\n? [1, 2]\n: x\n", 2, "keys must be plain"),
}


def check(*args):
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", "--format", "json", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr, time.perf_counter() - start


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_reference_file_is_refused_with_file_and_line(tmp_path, name):
    text, line, words = HOSTILE[name]
    (tmp_path / "facts.yaml").write_text(text, encoding="utf-8")
    code, out, err, seconds = check("--refs", tmp_path, SEED)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"facts.yaml:{line}: " in err and words in err, err
    assert "Traceback" not in err and seconds < 10


def test_nesting_under_the_parser_limit_gives_short_schema_errors(tmp_path):
    (tmp_path / "facts.yaml").write_text("schema: 1\nfacts: " + "[" * 900 + "]" * 900 + "\n", encoding="utf-8")
    code, _, err, seconds = check("--refs", tmp_path, SEED)
    assert code == 2 and "facts.yaml:2: fact #1: [[[[" in err and " is not of type 'object'" in err
    assert all(len(line) < 400 for line in err.splitlines()) and seconds < 10


def test_reference_file_over_the_size_limit_is_refused_unread(tmp_path):
    big = tmp_path / "big.yaml"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)     # sparse: 100 MB that cost nothing to write, or to refuse
    code, _, err, seconds = check("--refs", tmp_path, SEED)
    assert code == 2 and "big.yaml: file of 100 MB refused" in err and f"{MAX_YAML_BYTES // 2**20} MB" in err
    assert seconds < 10


@pytest.mark.parametrize("name", ["billion-laughs", "huge-integer", "python-object-tag", "duplicate-key"])
def test_hostile_configuration_file_is_refused(tmp_path, name):
    text, line, words = HOSTILE[name]
    config = tmp_path / ".factcheck.yaml"
    config.write_text(text.replace("schema: 1\n", "lang: ar\n"), encoding="utf-8")
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", "--config", str(config), str(SEED)])
    assert result.exit_code == 2 and f".factcheck.yaml:{line}: " in result.stderr and words in result.stderr
    assert time.perf_counter() - start < 10


def test_hostile_front_matter_fails_its_file_only(tmp_path):
    bomb = tmp_path / "bomb.md"
    body = LAUGHS.replace("schema: 1\n", "").replace("i: &i", "title: &i")
    bomb.write_text(f"---\n{body}---\n12 people\n", encoding="utf-8")
    code, out, err, seconds = check(bomb, SEED)
    assert code == 2 and "bomb.md:2: " in err and "aliases" in err and seconds < 10
    assert '"path": "' + str(SEED) in out


NOT_FINITE = """\
schema: 1
facts:
  - id: a
    kind: count
    value: {value}
    as_of: "2024-01-01"
    names: {{en: [widget output]}}
    source: {{publisher: P, url: "https://p.example/"}}
series:
  - id: b
    kind: count
    names: {{en: [gadget output]}}
    source: {{publisher: P, url: "https://p.example/"}}
    entries:
      - {{as_of: "2024-01-01", value: 1}}
      - {{as_of: "2024-02-01", range: [1, {value}]}}
"""


@pytest.mark.parametrize("value", [".nan", ".inf", "-.inf", ".NaN"])
def test_nan_and_infinite_values_are_refused_with_file_and_line(tmp_path, value):
    (tmp_path / "facts.yaml").write_text(NOT_FINITE.format(value=value), encoding="utf-8")
    result = CliRunner().invoke(cli, ["refs", "validate", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stdout == (f"{tmp_path}/facts.yaml:5: fact 'a' value: .nan and .inf are not numbers\n"
                             f"{tmp_path}/facts.yaml:16: series 'b' entry 2 range.1: .nan and .inf are not numbers\n")
    code, out, err, _ = check("--refs", tmp_path, SEED)
    assert code == 2 and out == "" and "facts.yaml:5: fact 'a' value: .nan" in err


def test_a_csv_value_that_is_not_finite_skips_its_row(tmp_path):
    table, mapping = tmp_path / "t.csv", tmp_path / "map.yaml"
    table.write_text("id,v\na,nan\nb,inf\nc,12\n", encoding="utf-8")
    mapping.write_text("id: '{id}'\nkind: count\nvalue: '{v}'\nas_of: '2024'\nnames: {en: 'widget {id}'}\n"
                       "source: {publisher: P, url: 'https://p.example/'}\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["refs", "import", str(table), "--map", str(mapping)])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"{table}:2: row skipped: value 'nan' is not a number",
                                          f"{table}:3: row skipped: value 'inf' is not a number"]
    assert "- id: c" in result.stdout and "nan" not in result.stdout and "inf" not in result.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "html"])
def test_json_is_never_written_with_bare_nan(fmt):
    """Invalid JSON is never written: a value that is not finite stops the report (exit 3), not its reader."""
    import datetime as dt

    from factcheck.model import Figure, FileResult
    from factcheck.report import FORMATS

    result = FileResult("a.txt", "en", dt.date(2024, 1, 1), "option", "x 1", [Figure("1", 2, 3, "count", float("nan"))],
                        [], [None])
    with pytest.raises(ValueError, match="not JSON compliant"):
        FORMATS[fmt]([result])


# the process's own peak (VmHWM: ru_maxrss would count the memory of the test process it forked from)
PEAK_RSS = ("import re, sys\nfrom factcheck.cli import main\n"
            "sys.argv = ['factcheck', *sys.argv[1:]]\ntry:\n    main()\nfinally:\n"
            "    status = open('/proc/self/status').read()\n"
            "    print(re.search(r'VmHWM:\\s*(\\d+)', status)[1], file=sys.stderr)\n")


def test_a_store_file_over_the_limit_is_refused_from_its_size_unread(tmp_path):
    import subprocess
    import sys

    big = tmp_path / "store" / "big.yaml"
    big.parent.mkdir()
    with big.open("wb") as fh:
        fh.truncate(400 * 1024 * 1024)     # sparse: reading it would take 400 MB of memory
    (tmp_path / "store" / "zero.yaml").symlink_to("/dev/zero")     # no size, and no end
    done = subprocess.run([sys.executable, "-c", PEAK_RSS, "check", "--refs", str(big.parent), str(SEED)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and done.stdout == ""
    *errors, peak = done.stderr.splitlines()
    assert errors[0].startswith(f"factcheck: {big}: file of 400 MB refused")
    assert errors[1] == f"{big.parent / 'zero.yaml'}: file of over 50 MB refused (YAML files are limited to 50 MB)"
    assert int(peak) < 250_000          # KB: the 400 MB file was not read (a run takes some 50 MB, /dev/zero 50 more)
