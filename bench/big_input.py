"""A big file checked as a stream: `factcheck check --stream` on 10 MB and 100 MB
(../shared/corpus/big/ar.txt repeated, in a temporary folder), each run in a fresh process with
its report to /dev/null: wall time, MB/s and peak memory (of the biggest process). For contrast,
the 10 MB file checked whole, as without --stream, and streamed with --jobs 2.

    .venv/bin/python bench/big_input.py [--quick]

One run each (peak memory does not vary from run to run); about two minutes on the 2-core machine
the README names, the 100 MB run one and a half of them (--quick: 10 MB streamed only).
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIG = ROOT.parent / "shared" / "corpus" / "big" / "ar.txt"


def _run(command: list[str]) -> tuple[float, float]:
    """Wall time and peak RSS in MB (the biggest of the process and its children) of one run."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)}: {proc.stderr.read().decode().strip()}")
    proc.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def rows(runs: int = 1, quick: bool = False) -> list[dict]:
    """A row per run: "what", "MB", "MB/s", "s" and "peak MB". `runs` is not used: one run each."""
    if not BIG.exists():
        print(f"note: {BIG} is absent; big-input benchmark skipped")
        return []
    exe = str(Path(sys.executable).with_name("factcheck"))
    data = BIG.read_bytes()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for copies, options in [(1, ["--stream"])] + ([] if quick else [
                (1, ["--stream", "--jobs", "2"]), (1, []), (10, ["--stream"])]):
            path = Path(tmp) / f"ar-x{copies}.txt"
            if not path.exists():
                with path.open("wb") as fh:
                    for _ in range(copies):
                        fh.write(data)
            mb = len(data) * copies / 1e6
            seconds, peak = _run([exe, "check", str(path), *options])
            what = " ".join(options) or "whole (no --stream)"
            out.append({"what": f"check {mb:.0f} MB file, {what}", "MB": round(mb, 1), "MB/s": round(mb / seconds, 2),
                        "s": round(seconds, 1), "peak MB": round(peak, 1)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="the 10 MB file streamed only")
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    for row in rows(quick=args.quick):
        what = row.pop("what")
        print(f"  {what:<48} " + "  ".join(f"{k} {v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
