"""On-disk caches, so that a cold `factcheck check` does not redo work an earlier run did.

Both live in `$XDG_CACHE_HOME/factcheck/` (default `~/.cache/factcheck/`); `FACTCHECK_NO_CACHE=1`
turns them off. Each file's name holds a key hashing everything its content depends on, so a
stale cache is never read; a cache that cannot be read or written is ignored.

- The rules cache (`rules-KEY.pickle`): the parsed rule files and the patterns compiled from
  them. Parsing the YAML and compiling the patterns cost about 0.5 s a run, most of a short
  check. `regex` patterns pickle with their compiled program. Standard `re` patterns pickle as
  their source only (and compile in pure Python: 0.2 s for the Arabic master pattern), so the
  cache keeps their compiled program, the arguments of `_sre.compile`; the key holds the exact
  Python build, and a program that does not rebuild falls back to compiling.
  Key: factcheck's version, the Python build, `regex`'s version, rules.py and every rule file.
- The store cache (`store-KEY.pickle`): a reference store that loaded with no problem (see
  `references.read_store`): 0.2 s instead of 32 s for 100,000 facts, and for the bundled store
  5 ms instead of 0.1 s (with the schema validator's import). Key: factcheck's version, the code that builds records, the rules
  that cut names into words, and the bytes and paths of every store file in layering order.
"""
from __future__ import annotations

import atexit
import hashlib
import os
import pickle
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import regex

from . import __version__
from .rules import data_dir

KEEP = 3                  # cached files of each kind kept (the most recently written)
_PACKAGE = Path(__file__).resolve().parent
_STORE_CODE = ("references.py", "model.py", "normalize.py", "cache.py")


def enabled() -> bool:
    return os.environ.get("FACTCHECK_NO_CACHE", "") in ("", "0")


def directory() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


def read(kind: str, key: str) -> Any | None:
    if not enabled():
        return None
    try:
        with (directory() / f"{kind}-{key}.pickle").open("rb") as fh:
            return pickle.load(fh)
    except Exception:  # noqa: BLE001 - missing, truncated or from another Python: do the work
        return None


def write(kind: str, key: str, value: Any) -> None:
    """Write atomically (a reader never sees half a file) and keep the KEEP newest of `kind`."""
    if not enabled():
        return
    folder, tmp = directory(), None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{kind}-{key}.pickle")
        for old in sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)


# ---------------------------------------------------------------- reference stores

def store_key(dirs: list[Path]) -> str:
    """The cache key of a list of store folders."""
    digest = hashlib.sha256(__version__.encode())
    for path in [*(_PACKAGE / name for name in _STORE_CODE), *sorted((data_dir("rules") / "common").glob("*.yaml")),
                 data_dir("references") / "schema.json"]:
        digest.update(path.read_bytes())
    for folder in dirs:
        for path in sorted(Path(folder).glob("*.yaml")):
            data = path.read_bytes()
            digest.update(f"\0{path.resolve()}\0{len(data)}\0".encode() + data)
    return digest.hexdigest()


# ---------------------------------------------------------------- rules and patterns

class _Rules:
    """The rules cache of this process: loaded on first use, written at exit if it grew."""

    def __init__(self) -> None:
        root = data_dir("rules")
        self.files = sorted(root.glob("*/*.yaml"))
        digest = hashlib.sha256(f"{__version__}\0{sys.version}\0{regex.__version__}".encode())
        for path in [_PACKAGE / "rules.py", *self.files]:
            digest.update(f"\0{path.relative_to(path.parent.parent)}\0".encode() + path.read_bytes())
        self.key = digest.hexdigest()
        # parsed files by path; compiled patterns by (engine, source, flags), pickled until used
        self.data: dict[str, Any] = {}
        self.packed: dict[tuple[str, str, int], bytes] = {}
        cached = read("rules", self.key)
        if isinstance(cached, tuple) and len(cached) == 2:
            self.data, self.packed = cached
        self.dirty = False

    def save(self) -> None:
        if self.dirty:
            write("rules", self.key, (self.data, self.packed))
            self.dirty = False


_rules: _Rules | None = None


def _state() -> _Rules:
    global _rules
    if _rules is None:
        _rules = _Rules()
        atexit.register(_rules.save)
    return _rules


def rule_data(path: Path, parse) -> Any:
    """`parse(path)`, or what it gave in an earlier run for the same rule files."""
    state, name = _state(), str(path)
    if name not in state.data:
        state.data[name] = parse(path)
        state.dirty = True
    return state.data[name]


def compile_regex(source: str, flags: int) -> regex.Pattern:
    """`regex.compile(source, flags)`, from the cache when an earlier run compiled it."""
    state, key = _state(), ("regex", source, int(flags))
    packed = state.packed.get(key)
    if packed is not None:
        try:
            return pickle.loads(packed)
        except Exception:  # noqa: BLE001 - unreadable: compile
            pass
    pattern = regex.compile(source, flags)
    state.packed[key] = pickle.dumps(pattern, protocol=pickle.HIGHEST_PROTOCOL)
    state.dirty = True
    return pattern


def compile_re(source: str, flags: int) -> re.Pattern:
    """`re.compile(source, flags)`, rebuilt from the compiled program an earlier run kept."""
    state, key = _state(), ("re", source, int(flags))
    packed = state.packed.get(key)
    if packed is not None:
        try:
            return _sre_build(source, pickle.loads(packed))
        except Exception:  # noqa: BLE001 - another `re` internals layout: compile
            pass
    try:
        pattern, program = _sre_compile(source, flags)
    except Exception:  # noqa: BLE001 - internals not as expected: the public way, uncached
        return re.compile(source, flags)
    state.packed[key] = pickle.dumps(program, protocol=pickle.HIGHEST_PROTOCOL)
    state.dirty = True
    return pattern


def _sre_compile(source: str, flags: int) -> tuple[re.Pattern, tuple]:
    """What `re._compiler.compile` does, keeping the arguments it gives `_sre.compile`."""
    from re import _compiler, _parser

    parsed = _parser.parse(source, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    program = (int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup))
    return _sre_build(source, program), program


def _sre_build(source: str, program: tuple) -> re.Pattern:
    import _sre

    return _sre.compile(source, *program)
