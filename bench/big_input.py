"""`factcheck extract` on a 50 MB file (the seed article repeated): time and peak memory.
About two minutes; tests/test_hostile_input.py checks 5 MB on every run.

    .venv/bin/python bench/big_input.py [MEGABYTES]
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ar-2024-03-20-gallant-washington-rafah.txt"
PEAK_RSS = ("import resource, sys\nfrom factcheck.cli import main\n"
            "sys.argv = ['factcheck', 'extract', sys.argv[1]]\ntry:\n    main()\nfinally:\n"
            "    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)\n")


def main() -> None:
    megabytes = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    seed = SEED.read_text(encoding="utf-8") + "\n"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.txt"
        path.write_text(seed * (megabytes * 2**20 // len(seed.encode())), encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", PEAK_RSS, str(path)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        seconds = time.perf_counter() - start
    rss = int(done.stderr.split()[-1]) / 1024
    print(f"{megabytes} MB: exit {done.returncode}, {seconds:.0f} s, peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    main()
