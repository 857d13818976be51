"""A hostile environment around the command line: planted caches, odd output paths, hostile stores."""
from __future__ import annotations

import os
import pickle
import subprocess
import sys

import pytest

from factcheck import cache

from .conftest import ROOT, SEED


def cli(*args: str, env: dict | None = None, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, cwd=ROOT, timeout=120, **kwargs)


# ---------------------------------------------------------------- caches

class _Plant:
    """A pickle that creates a file when it is loaded."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return os.system, (f"touch {self.marker}",)


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    """A fresh cache folder and signing key for this test, for this process and the CLI it runs."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    cache._secret.cache_clear()
    yield tmp_path / "cache" / "factcheck"
    cache._secret.cache_clear()


def _forgeries(payload: bytes, name: str):
    yield payload                                               # unsigned (as written before signing)
    yield os.urandom(cache._MAC) + payload                      # a made-up signature
    yield cache._signature(os.urandom(32), name, payload) + payload   # signed with another user's key


@pytest.mark.parametrize("forgery", [0, 1, 2])
def test_a_planted_cache_runs_no_code_and_the_run_is_right(own_cache, tmp_path, forgery):
    expected = cli("check", str(SEED), "--format", "json")
    files = sorted(own_cache.glob("*.pickle"))
    assert [p.name.split("-")[0] for p in files] == ["rules", "store"]
    marker = tmp_path / "owned"
    for path in files:
        path.write_bytes(list(_forgeries(pickle.dumps(_Plant(marker)), path.name))[forgery])
    planted = cli("check", str(SEED), "--format", "json")
    assert not marker.exists()
    assert (planted.returncode, planted.stdout, planted.stderr) == (expected.returncode, expected.stdout, "")
    assert all(cache.read(*p.stem.split("-"), object) is not None for p in files)   # made again, signed


def test_a_signed_cache_still_builds_only_data(own_cache, tmp_path):
    """Were the key to leak, the unpickler still builds none but the classes a cache holds."""
    marker = tmp_path / "owned"
    cache.write("store", "k", [_Plant(marker)])
    assert (own_cache / "store-k.pickle").exists()
    assert cache.read("store", "k", object) is None and not marker.exists()
    with pytest.raises(pickle.UnpicklingError, match="posix.system is not allowed"):
        cache.loads(pickle.dumps(_Plant(marker)), cache.PATTERN)
    assert not marker.exists()


def test_a_cache_folder_others_may_write_is_not_used(own_cache):
    cache.write("store", "k", {"a": 1})
    assert cache.read("store", "k", dict) == {"a": 1}
    assert own_cache.stat().st_mode & 0o777 == 0o700           # made private
    own_cache.chmod(0o777)
    assert cache.read("store", "k", dict) is None
    before = sorted(own_cache.iterdir())
    done = cli("check", str(SEED))
    assert done.returncode == 0 and "1 file(s)" in done.stdout, done.stderr
    assert sorted(own_cache.iterdir()) == before                # nothing written there either
    own_cache.chmod(0o755)
    assert cache.read("store", "k", dict) == {"a": 1}


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a file to another user takes root")
def test_a_cache_folder_or_key_of_another_user_is_not_used(own_cache, tmp_path):
    cache.write("store", "k", {"a": 1})
    os.chown(own_cache, 4242, -1)
    assert cache.read("store", "k", dict) is None
    os.chown(own_cache, 0, -1)
    os.chown(tmp_path / "config" / "factcheck" / "cache.key", 4242, -1)
    cache._secret.cache_clear()
    assert cache.read("store", "k", dict) is None


def test_the_key_is_private_and_one_open_to_others_is_refused(own_cache, tmp_path):
    cache.write("store", "k", {"a": 1})
    key = tmp_path / "config" / "factcheck" / "cache.key"
    assert (key.stat().st_mode & 0o777, key.parent.stat().st_mode & 0o777) == (0o600, 0o700)
    assert not (own_cache / "cache.key").exists()
    for path, mode in ((key, 0o644), (key, 0o602), (key.parent, 0o777)):
        path.chmod(mode)
        cache._secret.cache_clear()
        assert cache.read("store", "k", dict) is None, oct(mode)
        path.chmod(0o600 if path == key else 0o700)
    key.rename(key.with_name("real"))
    key.symlink_to("real")                                       # a link could point at another's file
    cache._secret.cache_clear()
    assert cache.read("store", "k", dict) is None
