"""On-disk caches, so that a cold `factcheck check` does not redo work an earlier run did.

Both live in `$XDG_CACHE_HOME/factcheck/` (default `~/.cache/factcheck/`); `FACTCHECK_NO_CACHE=1`
turns them off. Each file's name holds a key hashing everything its content depends on, so a
stale cache is never read; a cache that cannot be read or written is ignored. This module reads
and writes them (`read`, `write`); each cache is kept by the module whose work it saves, which
makes its key: the rules cache by `factcheck.rules`, the store cache by `factcheck.references`.

The caches are pickles, and unpickling runs code, so a cache file is trusted only when this
user made it: each one is signed (HMAC-SHA256 over its name and content) with a secret key of
the user's, `$XDG_CONFIG_HOME/factcheck/cache.key` (default `~/.config/factcheck/cache.key`),
made on first use (0600 in a 0700 folder) and kept out of the cache folder, so that a cache
folder restored from elsewhere (a CI cache of another branch, a shared XDG_CACHE_HOME) carries
no valid signature. A cache folder or key owned by another user or open to others (the key
readable or writable, its folder or the cache folder writable) is not used; an unsigned, forged,
corrupt or wrong-type cache file is ignored and made again. The signature is checked before
unpickling, and as a second line the unpickler builds only the data classes a cache holds.

- The rules cache (`rules-KEY.pickle`, `rules.rule_data`, `rules.compile_regex`,
  `rules.compile_re`, `rules.pattern_fact`): the parsed rule files, the patterns compiled from
  them, and what it takes parsing a pattern to know (whether a figure rule needs `regex`). Parsing the YAML and compiling the patterns cost about 0.5 s a run, most of a short
  check. `regex` patterns pickle with their compiled program. Standard `re` patterns pickle as
  their source only (and compile in pure Python: 0.2 s for the Arabic master pattern), so the
  cache keeps their compiled program, the arguments of `_sre.compile`; the key holds the exact
  Python build, and a program that does not rebuild falls back to compiling.
  Key: factcheck's version, the Python build, `regex`'s version, rules.py and every rule file
  (and the signed format, so that an unsigned cache of an older factcheck has another name).
- The store cache (`store-KEY.pickle`): a reference store that loaded with no problem (see
  `references.read_store`): 0.2 s instead of 32 s for 100,000 facts, and for the bundled store
  5 ms instead of 0.1 s (with the schema validator's import). Key: factcheck's version, the code that builds records, the rules
  that cut names into words and give them their stems and concepts, and the bytes and paths of
  every store file in layering order.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import hmac
import io
import os
import pickle
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, BinaryIO



KEEP = 3                  # cached files of each kind kept (the most recently written)
_MAC = hashlib.sha256().digest_size     # a cache file is its signature, then the pickle
_KEY_BYTES = 32

# What an unpickler may build from a cache: for data, containers, dates, the Records mapping and
# the store's records, that is every dataclass of factcheck's modules already imported (a record
# class added anywhere needs no change here, and no module is imported on a cache's word); for
# a compiled `regex` pattern its constructor only (the `re` programs are plain ints and lists).
DATA = frozenset({("builtins", name) for name in ("dict", "list", "set", "frozenset", "tuple")}
                 | {("collections", "defaultdict"), ("datetime", "date"), ("factcheck.references", "Records")})
PATTERN = frozenset({("regex._regex", "compile")})


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: BinaryIO, allowed: frozenset[tuple[str, str]]):
        super().__init__(file)
        self.allowed = allowed

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self.allowed:
            return super().find_class(module, name)
        if self.allowed is DATA and module.partition(".")[0] == "factcheck":
            found = getattr(sys.modules.get(module), name, None)
            if isinstance(found, type) and dataclasses.is_dataclass(found):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a factcheck cache")


def loads(data: bytes, allowed: frozenset[tuple[str, str]] = DATA) -> Any:
    """Unpickle cached data, building no class but those `allowed`."""
    return _Unpickler(io.BytesIO(data), allowed).load()


def enabled() -> bool:
    return os.environ.get("FACTCHECK_NO_CACHE", "") in ("", "0")


def directory() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


def _key_path() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "factcheck" / "cache.key"


def _own(st: os.stat_result, open_to: int) -> bool:
    """Whether a file or folder is this user's and closed to others for `open_to` (mode bits)."""
    return st.st_uid == os.geteuid() and not st.st_mode & open_to


@functools.lru_cache(maxsize=1)
def _secret(path: Path) -> bytes | None:
    """The user's signing key at `path`, made there on first use; None when it cannot be
    trusted (another user's, or open to others) or made."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not _own(path.parent.stat(), 0o022):
            return None
        try:
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        except FileNotFoundError:
            fd, tmp = tempfile.mkstemp(prefix=".cache.key.", dir=path.parent)     # mode 0600
            try:
                os.write(fd, os.urandom(_KEY_BYTES))
                os.close(fd)
                os.link(tmp, path)          # never replaces a key another process made meanwhile
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
            fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        with os.fdopen(fd, "rb") as fh:
            st = os.fstat(fh.fileno())
            secret = fh.read(_KEY_BYTES + 1)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or not _own(st, 0o077) or len(secret) != _KEY_BYTES:
        return None
    return secret


def _folder(create: bool = False) -> Path | None:
    """The cache folder, when it is this user's and nobody else may write into it."""
    folder = directory()
    try:
        if create:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        return folder if stat.S_ISDIR((st := folder.stat()).st_mode) and _own(st, 0o022) else None
    except OSError:
        return None


def signature(secret: bytes, name: str) -> hmac.HMAC:
    """The signature of cache file `name`, to be fed its pickle."""
    return hmac.new(secret, name.encode() + b"\0", hashlib.sha256)


class _Signing:
    """A file that signs what is written to it."""

    def __init__(self, fh: BinaryIO, mac: hmac.HMAC):
        self.fh, self.mac = fh, mac

    def write(self, data: bytes) -> int:
        self.mac.update(data)
        return self.fh.write(data)


def read(kind: str, key: str, of: type) -> Any | None:
    """The cached value, or None when there is none of type `of` that this user signed. The file
    is read twice, a block at a time (a store's cache can be 80 MB): to check its signature,
    then to unpickle it; between the two only this user can change it (its file and folder)."""
    if not enabled() or (secret := _secret(_key_path())) is None or (folder := _folder()) is None:
        return None
    name = f"{kind}-{key}.pickle"
    try:
        with (folder / name).open("rb") as fh:
            if not _own(os.fstat(fh.fileno()), 0o022):
                return None
            signed, mac, block = fh.read(_MAC), signature(secret, name), bytearray(1 << 20)
            while size := fh.readinto(block):
                mac.update(memoryview(block)[:size])
            if not hmac.compare_digest(signed, mac.digest()):
                return None
            fh.seek(_MAC)
            value = _Unpickler(fh, DATA).load()
    except Exception:  # noqa: BLE001 - missing, truncated or from another Python: do the work
        return None
    return value if isinstance(value, of) else None


def write(kind: str, key: str, value: Any) -> None:
    """Write signed and atomically (a reader never sees half a file) and keep the KEEP newest of `kind`."""
    if not enabled() or (secret := _secret(_key_path())) is None or (folder := _folder(create=True)) is None:
        return
    name, tmp = f"{kind}-{key}.pickle", None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{kind}-", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(bytes(_MAC))               # the signature's place
            signing = _Signing(fh, signature(secret, name))
            pickle.dump(value, signing, protocol=pickle.HIGHEST_PROTOCOL)
            fh.seek(0)
            fh.write(signing.mac.digest())
        os.replace(tmp, folder / name)
        for old in sorted(folder.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
