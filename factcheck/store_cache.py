"""A load cache for big reference stores.

Parsing and validating YAML costs about half a millisecond a fact, so a store of 100,000 facts
takes most of a minute to load. A loaded store whose files total at least `MIN_BYTES` (and that
has no problems) is pickled to `$XDG_CACHE_HOME/factcheck/` (default `~/.cache/factcheck/`),
under a key that hashes the bytes and paths of every file of every folder, in layering order,
with this factcheck's version, the code that builds records and the rules that cut names into
words: any change gives another key, so a stale cache is never read. Records are pickled one by
one and unpickled when first used (`references.Records`), so a warm load reads the index and
the packed records only. A cache that cannot be read or written is ignored.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from . import __version__
from .rules import data_dir

MIN_BYTES = 1 << 20       # smaller stores parse faster than a cache is checked
KEEP = 3                  # cached stores kept (the most recently written)
_CODE = ("references.py", "model.py", "normalize.py", "store_cache.py")


def directory() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


def key(dirs: list[Path]) -> tuple[str, int]:
    """The cache key of a list of store folders, and the total size of their files."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).resolve().parent
    for path in [*(package / name for name in _CODE), *sorted((data_dir("rules") / "common").glob("*.yaml")),
                 data_dir("references") / "schema.json"]:
        digest.update(path.read_bytes())
    total = 0
    for folder in dirs:
        for path in sorted(Path(folder).glob("*.yaml")):
            data = path.read_bytes()
            total += len(data)
            digest.update(f"\0{path.resolve()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest(), total


def read(cache_key: str) -> Any | None:
    try:
        with (directory() / f"store-{cache_key}.pickle").open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, truncated or from another Python: load the YAML
        return None


def write(cache_key: str, store: Any) -> None:
    folder, tmp = directory(), None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".store-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(store, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"store-{cache_key}.pickle")
        for old in sorted(folder.glob("store-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
