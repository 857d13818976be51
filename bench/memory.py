"""Peak memory and time of `factcheck` on hostile inputs, each in a fresh process (the cases of
tests/test_memory.py and of issue 20 at full size): runs of separated digits, of figures ("5% "),
of number words, a million digits, and an article on one line, read whole and as a stream.
"per input byte" is the peak over that of checking the seed, divided by the input's size.

    .venv/bin/python bench/memory.py [--quick]

About three minutes (--quick: a tenth of the sizes, some twenty seconds).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_memory import SEED, adversarial, one_line_article, peak_mb  # noqa: E402

MB = 1_000_000
CASES = [   # what, arguments, text of a size
    ("'1,' repeated", ["check", "--lang", "ar"], lambda n: adversarial("1,", n), 10 * MB),
    ("'5% ' repeated, text report", ["check", "--lang", "ar"], lambda n: adversarial("5% ", n), MB),
    ("'5% ' repeated, JSON report", ["check", "--lang", "ar", "--format", "json"], lambda n: adversarial("5% ", n), MB),
    ("'ألف مليون مئة وعشرين ' repeated", ["check", "--lang", "ar"],
     lambda n: adversarial("ألف مليون مئة وعشرين ", n), MB),
    ("'one hundred and twenty thousand million '", ["check", "--lang", "en"],
     lambda n: adversarial("one hundred and twenty thousand million ", n), MB),
    ("1,000,000 digits and 'مليون'", ["check", "--lang", "ar"], lambda n: "1" * n + " مليون", MB),
    ("an article on one line, read whole", ["check", "--format", "jsonl"], one_line_article, 10 * MB),
    ("an article on one line, --stream", ["check", "--stream", "--format", "jsonl"], one_line_article, 10 * MB),
    ("the same, twice the size, --stream", ["check", "--stream", "--format", "jsonl"], one_line_article, 20 * MB),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes")
    scale = 10 if parser.parse_args().quick else 1
    base = peak_mb(["check"], SEED)
    print(f"checking the seed: {base:.0f} MB\n")
    print(f"{'input':44} {'MB':>5} {'seconds':>8} {'peak MB':>8} {'per input byte':>15}")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "input.txt"
        for what, args, make, size in CASES:
            path.write_text(make(size // scale), encoding="utf-8")
            mb = path.stat().st_size / MB
            start = time.perf_counter()
            peak = peak_mb(args, path)
            seconds = time.perf_counter() - start
            print(f"{what:44} {mb:5.1f} {seconds:8.1f} {peak:8.0f} {(peak - base) / mb:15.1f}", flush=True)


if __name__ == "__main__":
    main()
