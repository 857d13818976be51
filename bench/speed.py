"""Speed and memory benchmark: prints a table and writes bench/results/speed.json.

    python bench/speed.py [--runs N] [--quick]

Each figure is the median of N runs with the spread (min-max). Measured in this process on one
core, except the CLI wall time and peak memory, which run in fresh processes. Needs ../shared
(the corpus); skips what is absent.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "ar-2024-03-20-gallant-washington-rafah.txt"
sys.path.insert(0, str(ROOT))

from factcheck.document import from_text  # noqa: E402
from factcheck.figures import extract_figures  # noqa: E402
from factcheck.normalize import normalize  # noqa: E402
from factcheck.pipeline import check_document  # noqa: E402
from factcheck.references import load_store  # noqa: E402
from factcheck.rules import data_dir  # noqa: E402


def timed(fn, runs: int) -> tuple[float, float, float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), min(times), max(times)


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n") if p.strip()]


def extraction(path: Path, runs: int) -> list[dict]:
    """Figure extraction (with normalisation) on the file as one document, as `factcheck extract`
    reads it, and paragraph by paragraph, as a stream."""
    text = path.read_text(encoding="utf-8")
    mb = len(text.encode("utf-8")) / 1e6
    lang = "ar" if "ar" in path.stem else "en"
    whole = from_text(text, path.name, lang)
    docs = [from_text(p, path.name, lang) for p in paragraphs(text)]
    extract_figures(docs[0], normalize(docs[0].masked))     # rules compiled outside the timing

    def one():
        extract_figures(whole, normalize(whole.masked))

    def stream():
        for doc in docs:
            extract_figures(doc, normalize(doc.masked))

    rows = []
    for label, fn in (("one document", one), ("paragraph by paragraph", stream)):
        med, lo, hi = timed(fn, runs)
        rows.append({"what": f"extraction {path.name}, {label}", "MB": round(mb, 2),
                     "MB/s": round(mb / med, 2), "spread": f"{mb / hi:.2f}-{mb / lo:.2f}"})
    return rows


def end_to_end(path: Path, store, runs: int, label: str) -> dict:
    text = path.read_text(encoding="utf-8")
    mb = len(text.encode("utf-8")) / 1e6
    lang = "ar" if "ar" in path.stem else "en"
    docs = [from_text(p, path.name, lang) for p in paragraphs(text)]

    def run():
        for doc in docs:
            check_document(doc, store)

    med, lo, hi = timed(run, runs)
    return {"what": f"check {path.name} ({label})", "MB": round(mb, 2), "MB/s": round(mb / med, 2),
            "spread": f"{mb / hi:.2f}-{mb / lo:.2f}"}


def latency(store) -> dict:
    files = sorted((SHARED / "corpus").glob("[ae][rn]/*.txt"))   # the articles, not big/
    docs = [from_text(f.read_text(encoding="utf-8"), str(f)) for f in files]
    times = []
    for doc in docs:
        t = time.perf_counter()
        check_document(doc, store)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
    return {"what": f"latency per article ({len(files)} articles)",
            "p50 ms": round(statistics.median(times), 2), "p99 ms": round(p99, 2)}


def cli_wall(runs: int) -> dict:
    exe = Path(sys.executable).with_name("factcheck")
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([str(exe), "check", str(SEED)], capture_output=True, check=False)
        times.append(time.perf_counter() - t)
    return {"what": "CLI wall time, `factcheck check` on the seed (cold process)",
            "s": round(statistics.median(times), 3), "spread": f"{min(times):.3f}-{max(times):.3f}"}


def peak_memory(path: Path) -> dict:
    """Peak RSS of a fresh process checking `path` paragraph by paragraph."""
    code = (
        "import sys, resource; sys.path.insert(0, %r)\n"
        "from factcheck.document import from_text\nfrom factcheck.pipeline import check_document\n"
        "from factcheck.references import load_store\nfrom factcheck.rules import data_dir\n"
        "store = load_store([data_dir('references')])\n"
        "with open(%r, encoding='utf-8') as fh:\n"
        "    for line in fh:\n"
        "        if line.strip(): check_document(from_text(line, 'x', %r), store)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    ) % (str(ROOT), str(path), "ar" if "ar" in path.stem else "en")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return {"what": f"peak memory, check {path.name} streamed", "MB": round(int(out.stdout) / 1024, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one run each, for a smoke test")
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    store = load_store([data_dir("references")])
    rows = []
    big = [SHARED / "corpus" / "big" / n for n in ("ar.txt", "en.txt")]
    for path in big:
        if path.exists():
            rows.extend(extraction(path, runs))
            rows.append(end_to_end(path, store, runs, "bundled store"))
    if (SHARED / "corpus").exists():
        rows.append(latency(store))
    rows.append(cli_wall(max(runs, 5)))
    for path in big:
        if path.exists():
            rows.append(peak_memory(path))
    if not (SHARED / "corpus").exists():
        print(f"note: {SHARED / 'corpus'} is absent; corpus figures skipped")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    for row in rows:
        what = row.pop("what")
        print(f"  {what:<60} " + "  ".join(f"{k} {v}" for k, v in row.items()))
        row["what"] = what
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "speed.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
