"""Reference-store benchmark: a synthetic store of 100,000 facts built with `factcheck refs import`.

    python bench/store.py [--facts N] [--runs N] [--work DIR]

Generates a CSV of N synthetic facts (Arabic and English names from the vocabulary of news about
Gaza, so that the seed's words hit large postings lists), imports it into stores of 1,000, 10,000
and N facts (in files of 5,000 facts, the import's default for a folder), then measures for each,
layered on the bundled store: load time in a fresh process without the load cache (cold) and with
it (warm), the peak memory of each of those processes, and the time to check the seed article
(median of --runs, after one warm-up run, in this process with the store loaded warm). Prints a
table and writes bench/results/store.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ar-2024-03-20-gallant-washington-rafah.txt"
sys.path.insert(0, str(ROOT))

INDICATORS = [   # (English, Arabic, population nouns)
    ("population", "عدد سكان", "people"), ("displaced people", "النازحين", "displaced"),
    ("deaths", "الضحايا", "killed"), ("schools", "المدارس", "schools"), ("hospital beds", "أسرة المستشفيات", "beds"),
    ("registered vehicles", "المركبات المسجلة", "vehicles"), ("households", "الأسر", "households"),
    ("unemployed workers", "العاطلين عن العمل", "workers"), ("water wells", "آبار المياه", "wells"),
    ("housing units", "الوحدات السكنية", "units"), ("students", "الطلاب", "students"),
    ("refugees", "اللاجئين", "refugees"), ("injured", "الجرحى", "injured"), ("detainees", "المعتقلين", "detainees"),
    ("aid trucks", "شاحنات المساعدات", "trucks"), ("bakeries", "المخابز", "bakeries"),
]
SYLLABLES_EN = ["ka", "ra", "mi", "sa", "lo", "ta", "ne", "bu", "da", "fi", "ha", "zu", "qa", "wi", "ye", "jo"]
SYLLABLES_AR = ["كا", "را", "مي", "سا", "لو", "تا", "ني", "بو", "دا", "في", "ها", "زو", "قا", "وي", "يه", "جو"]

LOADER = """
import resource, sys, time
from pathlib import Path
from factcheck.references import load_store
from factcheck.rules import data_dir
t = time.perf_counter()
store = load_store([data_dir("references"), Path(sys.argv[1])])
elapsed = time.perf_counter() - t
print(elapsed, len(store.records), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def places(n: int, rng: random.Random) -> list[tuple[str, str]]:
    """n distinct place names, three syllables each, in Latin and Arabic letters."""
    out, seen = [], set()
    while len(out) < n:
        k = [rng.randrange(len(SYLLABLES_EN)) for _ in range(3)]
        if tuple(k) not in seen:
            seen.add(tuple(k))
            out.append(("".join(SYLLABLES_EN[i] for i in k).capitalize(), "".join(SYLLABLES_AR[i] for i in k)))
    return out


def write_csv(path: Path, n: int) -> None:
    rng = random.Random(7)
    where = places(max(1, n // (len(INDICATORS) * 8)) + 1, rng)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["code", "indicator", "indicator_ar", "noun", "place", "place_ar", "year", "value"])
        for i in range(n):
            en, ar, noun = INDICATORS[i % len(INDICATORS)]
            place = where[i // (len(INDICATORS) * 8) % len(where)]
            year = 2016 + (i // len(INDICATORS)) % 8
            out.writerow([f"syn{i}", en, ar, noun, *place, year, rng.randrange(10, 5_000_000)])


MAPPING = """\
id: "{code}"
kind: count
value: "{value}"
as_of: "{year}"
place: "{place}"
names:
  en: "{indicator} in {place} in {year}"
  ar: "{indicator_ar} في {place_ar} {year}"
population:
  en: ["{noun}"]
source:
  publisher: Synthetic Bureau of Statistics
  url: https://statistics.invalid/{code}
"""


def factcheck(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
                          cwd=ROOT, env=env, check=False)


def build(work: Path, sizes: list[int]) -> tuple[dict[int, Path], float]:
    """Stores of each size, imported from one CSV; the time to import the largest."""
    table, mapping = work / "facts.csv", work / "mapping.yaml"
    write_csv(table, max(sizes))
    mapping.write_text(MAPPING, encoding="utf-8")
    stores, import_time = {}, 0.0
    for n in sizes:
        part = work / f"facts-{n}.csv"
        with table.open(encoding="utf-8") as src, part.open("w", encoding="utf-8") as dst:
            for _, line in zip(range(n + 1), src):
                dst.write(line)
        folder = work / f"store-{n}"
        folder.mkdir(exist_ok=True)
        t = time.perf_counter()
        done = factcheck("refs", "import", str(part), "--map", str(mapping), "--out", str(folder))
        import_time = time.perf_counter() - t
        if done.returncode:
            sys.exit(f"import failed: {done.stderr}")
        stores[n] = folder
    return stores, import_time


def load(folder: Path, cache: Path) -> tuple[float, float]:
    """Load time (s) and peak memory (MB) in a fresh process, with the cache in `cache`."""
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", LOADER, str(folder)], capture_output=True, text=True,
                          env=env, check=True)
    elapsed, _, rss = done.stdout.split()
    return float(elapsed), int(rss) / 1024


def verify_time(folder: Path, cache: Path, runs: int) -> float:
    """Median time to check the seed against the store, in this process (the store loaded warm)."""
    os.environ["XDG_CACHE_HOME"] = str(cache)
    from factcheck.document import read_document
    from factcheck.pipeline import check_document
    from factcheck.references import load_store
    from factcheck.rules import data_dir

    store = load_store([data_dir("references"), folder])
    doc = read_document(str(SEED), "auto", None)
    check_document(doc, store)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        check_document(doc, store)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--work", type=Path, help="Folder for the CSV and the stores (default: a temporary one).")
    args = ap.parse_args()
    sizes = sorted({min(1000, args.facts), min(10_000, args.facts), args.facts})
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        stores, import_time = build(work, sizes)
        rows = []
        for n in sizes:
            cache = work / f"cache-{n}"
            cold, cold_mb = load(stores[n], cache)
            warm, warm_mb = load(stores[n], cache)
            rows.append({"facts": n, "load_cold_s": round(cold, 3), "load_warm_s": round(warm, 3),
                         "peak_cold_mb": round(cold_mb, 1), "peak_warm_mb": round(warm_mb, 1), "verify_seed_s": round(verify_time(stores[n], cache, args.runs), 4)})
    print(f"import of {sizes[-1]:,} rows: {import_time:.1f} s")
    print(f"{'facts':>8} {'load cold (s)':>14} {'load warm (s)':>14} {'peak cold (MB)':>15} "
          f"{'peak warm (MB)':>15} {'check seed (s)':>15}")
    for r in rows:
        print(f"{r['facts']:>8,} {r['load_cold_s']:>14.3f} {r['load_warm_s']:>14.3f} {r['peak_cold_mb']:>15.1f} "
              f"{r['peak_warm_mb']:>15.1f} {r['verify_seed_s']:>15.4f}")
    ratio = rows[-1]["verify_seed_s"] / rows[0]["verify_seed_s"]
    print(f"check time, {sizes[-1]:,} vs {sizes[0]:,} facts: x{ratio:.2f}")
    out = ROOT / "bench" / "results" / "store.json"
    out.write_text(json.dumps({"import_s": round(import_time, 2), "rows": rows, "check_ratio": round(ratio, 2)},
                              indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
