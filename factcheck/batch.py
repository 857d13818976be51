"""Many articles at once: JSON Lines in, JSON Lines out, in input order, with bounded memory.

`check_records` is the unit of work: it maps records (`id`, `text`, optional `date`, `lang`)
to result lines. `factcheck batch` streams a file through it (resumable), `--jobs` spreads it
over processes, and `factcheck.distributed` maps it over Dask or Spark partitions.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from .api import Checker
from .errors import FactcheckError


@functools.lru_cache(maxsize=4)
def checker_for(refs: tuple[str, ...] = (), bundled: bool = True, verify: bool = True) -> Checker:
    """The Checker, made once per process (workers call this, not Checker)."""
    return Checker(refs, bundled, verify)


def valid_id(rid: object) -> bool:
    """Whether a record's id can name it: a string or an integer."""
    return isinstance(rid, str) or isinstance(rid, int) and not isinstance(rid, bool)


def check_record(record: dict, checker: Checker) -> dict:
    """One input record to one output line; bad records give an `error` line, never an exception."""
    rid = record.get("id") if isinstance(record, dict) else None
    try:
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise FactcheckError("a record needs an 'id' and a 'text' string")
        if rid is not None and not valid_id(rid):
            raise FactcheckError("a record's 'id' must be a string or an integer")
        date = record.get("date")
        try:
            date = dt.date.fromisoformat(date) if date else None
        except (TypeError, ValueError):
            raise FactcheckError(f"date {date!r} is not YYYY-MM-DD") from None
        out = checker.check(record["text"], lang=record.get("lang") or "auto", date=date, path=str(rid)).to_json()
        out.pop("path")
        return {"id": rid, **out}
    except FactcheckError as exc:
        return {"id": rid, "error": exc.message}
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a million-article run
        return {"id": rid, "error": f"internal error: {type(exc).__name__}: {exc}"}


def check_records(records: Iterable[dict], refs: tuple[str, ...] = (), bundled: bool = True,
                  verify: bool = True) -> list[dict]:
    """Check a partition of records (for Dask's map_partitions or Spark's mapPartitions)."""
    checker = checker_for(tuple(refs), bundled, verify)
    return [check_record(r, checker) for r in records]


def read_jsonl(path: Path) -> Iterator[tuple[int, dict | None, str | None]]:
    """(line number, record or None, error or None) for each non-blank line, streamed."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line), None
            except json.JSONDecodeError as exc:
                yield n, None, f"invalid JSON: {exc.msg}"


def key(n: int, record: object) -> tuple[str, object]:
    """What the result of the record on input line `n` is known by when a run resumes: its id,
    or for a record without one (or with one that cannot name it), its line."""
    rid = record.get("id") if isinstance(record, dict) else None
    return ("id", rid) if valid_id(rid) else ("line", n)


def result_line(n: int, record: object, result: dict) -> dict:
    """A record's result as written by `factcheck batch`: with its input line when it has no id."""
    return result if key(n, record)[0] == "id" else {"id": result["id"], "line": n, **result}


def done(fh: BinaryIO) -> set[tuple[str, object]]:
    """The keys of the results already in `fh` (a file open for reading and appending), read a
    line at a time; a torn last line (an interrupted write) is cut off."""
    keys, end = set(), 0
    fh.seek(0)
    for line in fh:
        if not line.endswith(b"\n"):
            fh.truncate(end)
            break
        end += len(line)
        try:
            result = json.loads(line)
        except ValueError:
            continue
        if isinstance(result, dict):
            keys.add(("id", result.get("id")) if valid_id(result.get("id")) else ("line", result.get("line")))
    return keys
