"""The rules cache: a warm run reads the parsed rules and compiled patterns an earlier run kept,
gives exactly the same report, and never reads a cache made for other rules or a broken one."""
from __future__ import annotations

import os
import pickle
import re
import shutil
import subprocess
import sys

import pytest

from factcheck import cache, rules

from .conftest import ROOT, SEED


def check_json(env: dict) -> str:
    out = subprocess.run([sys.executable, "-m", "factcheck", "check", str(SEED), "--format", "json"],
                         capture_output=True, text=True, env={**os.environ, **env}, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_a_warm_run_reads_the_cache_and_reports_the_same(tmp_path):
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    uncached = check_json({**env, "FACTCHECK_NO_CACHE": "1"})
    assert not (tmp_path / "factcheck").exists()
    assert check_json(env) == uncached                     # cold: compiles and writes the cache
    files = list((tmp_path / "factcheck").glob("rules-*.pickle"))
    assert len(files) == 1
    data, packed = cache.loads(files[0].read_bytes()[cache._MAC:])
    assert any(name.endswith("numbers.yaml") for name in data)
    assert {engine for engine, _, _ in packed} == {"re", "regex", "needs regex"}
    assert check_json(env) == uncached                     # warm: reads it


def test_a_broken_cache_file_is_ignored_and_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    expected = check_json({})
    files = list((tmp_path / "factcheck").glob("*.pickle"))
    assert {p.name.split("-")[0] for p in files} == {"rules", "store"}
    for path in files:
        path.write_bytes(path.read_bytes()[:1000])        # torn, as by a full disk
    assert check_json({}) == expected
    for path in files:                                    # the run wrote them whole again
        kind, key = path.stem.split("-")
        assert cache.read(kind, key, object) is not None


def test_the_key_changes_with_any_rule_file(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    same = rules._Rules().key
    shutil.copytree(ROOT / "rules" / "ar", tmp_path / "ar")
    monkeypatch.setenv("FACTCHECK_RULES", str(tmp_path))     # the copy replaces the bundled pack
    assert rules._Rules().key == same
    target = tmp_path / "ar" / "numbers.yaml"
    target.write_text(target.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert rules._Rules().key != same


@pytest.mark.parametrize("stored", [pickle.dumps(("not", "a", "program")), b"\x00broken"])
def test_a_program_that_does_not_rebuild_is_compiled_again(stored, monkeypatch):
    source = r"(?P<n>\d+)\s+(?:مليون|million)"
    monkeypatch.setattr(rules._state(), "packed", {("re", source, int(re.IGNORECASE)): stored})
    pattern = rules.compile_re(source, re.IGNORECASE)
    assert pattern.search("نحو 1 مليون")["n"] == "1" and pattern.search("2 MILLION")["n"] == "2"
    rebuilt = rules._sre_build(source, pickle.loads(rules._state().packed[("re", source, int(re.IGNORECASE))]))
    assert rebuilt.search("x 3 Million").span() == (2, 11)
