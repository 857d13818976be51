"""`--jobs 2` against one job: throughput of `factcheck batch` and of `factcheck check DIR`.

    .venv/bin/python bench/jobs.py [--mb MB] [--runs N]

The input is built in a temporary folder from ../shared/corpus/big/ar.txt: its paragraphs grouped
into articles of about 3 KB, as one JSON Lines file and as a folder of article files. Each command
runs in a fresh process, its output to /dev/null: with one job, with two, and, for the ceiling
this machine allows at the time, as two separate one-job processes on half the input each (no
work shared, nothing sent between them). The runs of the three take turns, so that they share the
load of the machine; figures are medians of N runs with the spread, the CPU time the command used
(all its processes; median) and the load average before the runs. The ratios to one job: of the
medians ("x"), and of the best runs ("x best": on a machine others use too, the runs least
disturbed). Some 0.4 s of each run is start-up (imports, store, rules) that two jobs cannot share,
hence the 10 MB.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIG = ROOT.parent / "shared" / "corpus" / "big" / "ar.txt"
ARTICLE = 3000          # characters an article holds, about


def articles(megabytes: float) -> list[str]:
    """Paragraphs of the corpus grouped into articles of about ARTICLE characters, `megabytes` in all
    (the corpus repeated if need be)."""
    paragraphs = [p for p in BIG.read_text(encoding="utf-8").split("\n") if p.strip()]
    out, current, size, i = [], [], 0, 0
    while size < megabytes * 1e6:
        p = paragraphs[i % len(paragraphs)]
        current.append(p)
        size += len(p.encode("utf-8")) + 2
        i += 1
        if sum(map(len, current)) >= ARTICLE:
            out.append("\n\n".join(current) + "\n")
            current = []
    return out + (["\n\n".join(current) + "\n"] if current else [])


def _timed(commands: list[list[str]], cwd: Path) -> tuple[float, float]:
    """Wall time and CPU time (user and system, each process and its children) of commands run
    side by side."""
    start = time.perf_counter()
    procs = [subprocess.Popen(c, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for c in commands]
    cpu = 0.0
    for proc, command in zip(procs, commands):
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(command)}: exit {proc.returncode}: {proc.stderr.read().decode().strip()}")
        proc.stderr.close()
        cpu += usage.ru_utime + usage.ru_stime
    return time.perf_counter() - start, cpu


def _write(folder: Path, texts: list[str]) -> None:
    folder.mkdir()
    with (folder / "in.jsonl").open("w", encoding="utf-8") as fh:
        for n, text in enumerate(texts):
            fh.write(json.dumps({"id": n, "text": text, "date": "2016-01-01"}, ensure_ascii=False) + "\n")
            (folder / f"{n:05d}.txt").write_text(text, encoding="utf-8")


def rows(runs: int = 3, quick: bool = False, megabytes: float | None = None) -> list[dict]:
    """Per command, a row for one job, one for two and one for two separate processes; the last
    two with the ratios of their throughput to one job's. `quick`: 1 MB of articles instead of 10."""
    if not BIG.exists():
        print(f"note: {BIG} is absent; --jobs benchmark skipped")
        return []
    exe = str(Path(sys.executable).with_name("factcheck"))
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        texts = articles(1 if quick else megabytes or 10)
        mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
        _write(tmp / "all", texts)
        _write(tmp / "half1", texts[:len(texts) // 2])
        _write(tmp / "half2", texts[len(texts) // 2:])
        for what, command in ((f"batch, {len(texts)} articles in a JSON Lines file", ["batch", "{}/in.jsonl"]),
                              (f"check, a folder of {len(texts)} files", ["check", "{}", "--date", "2016-01-01"])):
            def run(folder: str, jobs: int, command: list[str] = command) -> list[str]:
                return [exe] + [a.format(folder) for a in command] + ["--jobs", str(jobs)]

            variants = {"--jobs 1": [run("all", 1)], "--jobs 2": [run("all", 2)],
                        "two processes, half each": [run("half1", 1), run("half2", 1)]}
            load = os.getloadavg()[0]
            measured: dict[str, list] = {name: [] for name in variants}
            for _ in range(runs):
                for name, commands in variants.items():
                    measured[name].append(_timed(commands, tmp))
            one = [w for w, _ in measured["--jobs 1"]]
            for name, times in measured.items():
                walls = [w for w, _ in times]
                row = {"what": f"{what}, {name}", "MB": round(mb, 2), "MB/s": round(mb / statistics.median(walls), 2),
                       "spread": f"{mb / max(walls):.2f}-{mb / min(walls):.2f}",
                       "cpu s": round(statistics.median(c for _, c in times), 1), "load": round(load, 2)}
                if name != "--jobs 1":
                    row["x"] = round(statistics.median(one) / statistics.median(walls), 2)
                    row["x best"] = round(min(one) / min(walls), 2)
                out.append(row)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=float, default=10, help="megabytes of articles [default: 10]")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}")
    for row in rows(args.runs, megabytes=args.mb):
        what = row.pop("what")
        print(f"  {what:<66} " + "  ".join(f"{k} {v}" for k, v in row.items()), flush=True)


if __name__ == "__main__":
    main()
