"""The speed and memory benchmark: one command, a table on screen, JSON in bench/results/speed.json.

    .venv/bin/python bench/speed.py [--runs N] [--quick] [--facts N]

Figures (each a median of --runs runs with the spread min-max, each measured in a fresh process
so that its peak memory is its own):
- figure extraction in MB/s on ../shared/corpus/big/ar.txt and en.txt, as one document and
  paragraph by paragraph;
- the consistency stage's share of `check` time on each of those files;
- end-to-end throughput: `factcheck check --stream` on each file, one process, with the bundled
  store and with a synthetic store of --facts facts added (100,000; built by bench/store.py's
  `refs import`, then read from the store cache): reading, normalising, figures, attributions,
  quotes, roles, verdicts, findings and the JSON Lines report;
- latency per article, p50 and p99, over the corpus articles;
- wall time of `factcheck check` on the seed in a fresh process: the very first run (no cache)
  and later runs (rules and store read from the cache);
- peer libraries on the same input (bench/peers.py), `--jobs 2` against one job on 10 MB of
  articles (bench/jobs.py), and a file checked as a stream of paragraphs at two sizes
  (bench/big_input.py).
One core is used, except by the --jobs runs. Needs ../shared for the corpus; what is absent is
skipped with a note. About nine minutes on the 2-core machine the README names.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BIG = SHARED / "corpus" / "big"
SEED = ROOT / "seeds" / "ar-2024-03-20-gallant-washington-rafah.txt"
sys.path.insert(0, str(ROOT))


def spread(mb: float, times: list[float]) -> dict:
    return {"MB": round(mb, 2), "MB/s": round(mb / statistics.median(times), 2),
            "spread": f"{mb / max(times):.2f}-{mb / min(times):.2f}"}


def peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return times


# ---------------------------------------------------------------- measured in a child process

def child_extract(path: str, runs: int) -> list[dict]:
    from factcheck.document import from_text
    from factcheck.figures import extract_figures
    from factcheck.normalize import normalize

    text = Path(path).read_text(encoding="utf-8")
    mb, lang = len(text.encode("utf-8")) / 1e6, Path(path).stem
    whole = from_text(text, path, lang)
    docs = [from_text(p, path, lang) for p in text.split("\n") if p.strip()]
    for doc in docs[:200]:      # warm-up: patterns that compile on first use
        extract_figures(doc, normalize(doc.masked))
    rows = []
    for label, fn in (("one document", lambda: extract_figures(whole, normalize(whole.masked))),
                      ("paragraph by paragraph", lambda: [extract_figures(d, normalize(d.masked)) for d in docs])):
        rows.append({"what": f"extract {lang}.txt, {label}", **spread(mb, timed(fn, runs)), "peak MB": peak_mb()})
    return rows


def _store(extra: str | None):
    from factcheck.references import load_store
    from factcheck.rules import data_dir

    return load_store([data_dir("references")] + ([Path(extra)] if extra else []))


def child_check(path: str, runs: int, extra: str | None, label: str) -> list[dict]:
    """`factcheck check --stream` on the whole file, as a user runs it: one process, one core,
    reading, normalising, extracting, verifying and writing the JSON Lines report (to a file)."""
    exe = Path(sys.executable).with_name("factcheck")
    mb, lang = Path(path).stat().st_size / 1e6, Path(path).stem
    with tempfile.TemporaryDirectory() as tmp:
        command = [str(exe), "check", path, "--stream", "--format", "jsonl", "--output", f"{tmp}/out.jsonl",
                   "--fail-on", "never", *(["--refs", extra] if extra else [])]
        # caches filled: the store's, and the rules' patterns of the file's language (the seed, in
        # Arabic, left the English ones to compile in the first timed run)
        subprocess.run(command, capture_output=True, check=True)
        times = timed(lambda: subprocess.run(command, capture_output=True, check=True), runs)
    peak = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return [{"what": f"check {lang}.txt --stream, {label}", **spread(mb, times), "peak MB": peak}]


def child_latency(_: str, runs: int, extra: str | None, label: str) -> list[dict]:
    from factcheck.document import from_text
    from factcheck.pipeline import check_document

    store = _store(extra)
    files = sorted((SHARED / "corpus").glob("[ae][rn]/*.txt"))
    docs = [from_text(f.read_text(encoding="utf-8"), str(f)) for f in files]
    for doc in docs:
        check_document(doc, store)
    times = []
    for _ in range(runs):
        for doc in docs:
            t = time.perf_counter()
            check_document(doc, store)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return [{"what": f"latency per article, {len(docs)} articles, {label}",
             "p50 ms": round(statistics.median(times), 2), "p99 ms": round(times[round(0.99 * (len(times) - 1))], 2),
             "peak MB": peak_mb()}]


def child_cli(_: str, runs: int, *__) -> list[dict]:
    """`factcheck check` on the seed, each run a fresh process: the first with an empty cache."""
    exe = Path(sys.executable).with_name("factcheck")
    command = [str(exe), "check", str(SEED)] if exe.exists() else [sys.executable, "-m", "factcheck", "check", str(SEED)]
    with tempfile.TemporaryDirectory() as cache:
        # as installed by pip, which compiles the bytecode (this variable, set in some sandboxes,
        # would make every run compile factcheck's modules again)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"XDG_CACHE_HOME": cache}
        first = timed(lambda: subprocess.run(command, capture_output=True, env=env, check=True), 1)
        later = timed(lambda: subprocess.run(command, capture_output=True, env=env, check=True), max(runs, 5))
    peak = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    return [{"what": "CLI `factcheck check` on the seed, first run (no cache)", "s": round(first[0], 3), "peak MB": peak},
            {"what": "CLI `factcheck check` on the seed, later runs (cached rules)", "s": round(statistics.median(later), 3),
             "spread": f"{min(later):.3f}-{max(later):.3f}", "peak MB": peak}]


def child_stage(path: str, runs: int) -> list[dict]:
    """The consistency stage's share of `check` (bundled store) on the file, read in sections of
    64 KB of whole paragraphs as `check --stream` reads it: the stage's seconds against the whole
    pipeline's, the best of `runs` runs."""
    import factcheck.pipeline as pipeline
    from factcheck.document import from_text

    store = _store(None)
    text = Path(path).read_text(encoding="utf-8")
    sections, run = [], []
    for paragraph in text.split("\n\n"):
        run.append(paragraph)
        if sum(map(len, run)) >= 1 << 16:
            sections.append("\n\n".join(run))
            run = []
    sections.append("\n\n".join(run))
    lang, stage = Path(path).stem, pipeline.check_consistency
    spent = [0.0]

    def timed_stage(*args):
        t = time.perf_counter()
        try:
            return stage(*args)
        finally:
            spent[0] += time.perf_counter() - t

    pipeline.check_consistency = timed_stage
    best = None
    for _ in range(runs):
        spent[0] = 0.0
        t = time.perf_counter()
        for section in sections:
            pipeline.check_document(from_text(section, path, lang), store)
        total = time.perf_counter() - t
        if best is None or total < best[1]:
            best = (spent[0], total)
    return [{"what": f"consistency stage, check {lang}.txt (bundled store)", "stage s": round(best[0], 2),
             "check s": round(best[1], 2), "share %": round(100 * best[0] / best[1], 1)}]


CHILDREN = {"extract": child_extract, "check": child_check, "latency": child_latency, "cli": child_cli,
            "stage": child_stage}


def spawn(item: str, *args, env: dict | None = None) -> list[dict]:
    done = subprocess.run([sys.executable, __file__, "--child", item, *map(str, args)], capture_output=True,
                          text=True, env={**os.environ, **(env or {})})
    if done.returncode:
        sys.exit(f"bench {item} failed:\n{done.stderr}")
    return json.loads(done.stdout)


# ---------------------------------------------------------------- the table

def big_store(facts: int, work: Path) -> Path:
    """A synthetic store of `facts` facts (bench/store.py), loaded once cold to fill the cache."""
    from store import build, load

    folder = build(work, [facts])[0][facts]
    seconds, _ = load(folder, work / "cache")
    print(f"  ({facts:,}-fact store: imported, first load {seconds:.1f} s; later loads read the cache)", flush=True)
    return folder


def show(row: dict) -> None:
    what = row["what"]
    print(f"  {what:<66} " + "  ".join(f"{k} {v}" for k, v in row.items() if k != "what"), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="one run each and a 10,000-fact store: a smoke test")
    ap.add_argument("--facts", type=int, default=100_000, help="facts in the synthetic store")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        item, path, *rest = args.child
        print(json.dumps(CHILDREN[item](path, int(rest[0]), *rest[1:])))
        return
    runs, facts = (1, 10_000) if args.quick else (args.runs, args.facts)
    sys.path.insert(0, str(ROOT / "bench"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.2f}; medians of {runs} runs (spread min-max)", flush=True)
    started, rows = time.perf_counter(), []

    def add(found: list[dict]) -> None:
        for row in found:
            show(row)
            rows.append(row)

    add(spawn("cli", "-", runs))
    corpus = [BIG / f"{lang}.txt" for lang in ("ar", "en") if (BIG / f"{lang}.txt").exists()]
    if not corpus:
        print(f"note: {BIG} is absent; corpus figures skipped")
    for path in corpus:
        add(spawn("extract", path, runs))
        add(spawn("stage", path, runs))
    with tempfile.TemporaryDirectory() as tmp:
        store = big_store(facts, Path(tmp)) if corpus else None
        cache = {"XDG_CACHE_HOME": str(Path(tmp) / "cache")}
        for path in corpus:
            add(spawn("check", path, runs, "", "bundled store", env=cache))
            add(spawn("check", path, runs, store, f"bundled + {facts:,} facts", env=cache))
        if corpus:
            add(spawn("latency", "-", runs, "", "bundled store", env=cache))
            add(spawn("latency", "-", runs, store, f"bundled + {facts:,} facts", env=cache))
    for name in ("peers", "jobs", "big_input"):
        add(__import__(name).rows(runs, quick=args.quick))
    print(f"total {time.perf_counter() - started:.0f} s")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "speed.json").write_text(json.dumps({
        "machine": {"arch": platform.machine(), "cores": os.cpu_count(), "python": platform.python_version()},
        "runs": runs, "rows": rows}, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
