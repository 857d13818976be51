"""Time the pipeline on 10 KB and 1 MB of each adversarial generator of tests/test_regex_safety.py
(runs of digits and separators, words without spaces, quote marks, a figure before pages of blank
space...): linear is a ratio of about 100, quadratic 10,000. Several minutes.

    .venv/bin/python bench/linearity.py [SMALL BIG]
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.test_regex_safety import GENERATORS, growth  # noqa: E402


def main() -> None:
    small, big = map(int, sys.argv[1:3]) if len(sys.argv) > 2 else (10_000, 1_000_000)
    print(f"{'generator':28} lang {small // 1000:>6} KB {big // 1000:>8} KB  ratio")
    for name in GENERATORS:
        for lang in ("ar", "en"):
            a, b = growth(name, lang, small, big)
            print(f"{name:28} {lang:4} {a * 1e3:8.1f} ms {b:9.2f} s  {b / max(a, 1e-4):6.0f}", flush=True)


if __name__ == "__main__":
    main()
