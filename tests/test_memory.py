"""Memory against hostile input: peak RSS of `factcheck` in a fresh process on two sizes of one
generated input. It grows with the input by a small constant at most, and not at all for a file
checked as a stream, however long its lines. `bench/memory.py` prints the same at 10 to 100
times the sizes, with the commands' times."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import SEED
from .test_regex_safety import adversarial

# a small LONG and SECTION in the child process: the streamed cases show flat memory on inputs
# of a megabyte (the defaults, 256 K and 64 K characters, need tens of megabytes to show it)
SMALL_SECTIONS = "import factcheck.stream as s; s.LONG, s.SECTION = 1 << 14, 1 << 12"


def one_line_article(size: int) -> str:
    """The seed article on one line, repeated to `size` characters, then a line break."""
    return adversarial(" ".join(SEED.read_text(encoding="utf-8").split()) + " ", size) + "\n"


def peak_mb(args: list[str], path: Path, setup: str = "") -> float:
    """Peak RSS in MB of `factcheck ARGS PATH` in a fresh process (`setup`: Python run first)."""
    code = f"{setup}\nimport sys\nfrom factcheck.cli import main\nsys.argv[0] = 'factcheck'\nmain()"
    proc = subprocess.Popen([sys.executable, "-c", code, *args, "--fail-on", "never", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    error = proc.stderr.read().decode()
    proc.stderr.close()
    assert os.waitstatus_to_exitcode(status) == 0, error
    return usage.ru_maxrss / 1024


def growth(tmp_path: Path, args: list[str], make, sizes: tuple[int, int], setup: str = "") -> float:
    """MB of peak memory the bigger input takes over the smaller one."""
    peaks = []
    for size in sizes:
        path = tmp_path / f"input-{size}.txt"
        path.write_text(make(size), encoding="utf-8")
        peaks.append(peak_mb(args, path, setup))
    return peaks[1] - peaks[0]


def test_a_run_of_separated_digits_costs_a_few_bytes_a_character(tmp_path):
    # "1,1,1,…" took 640 bytes a character (the master pattern's backtracking state, then a list
    # of every anchor's place)
    extra = growth(tmp_path, ["check", "--lang", "ar"], lambda size: adversarial("1,", size), (100_000, 400_000))
    assert extra < 15, f"{extra:.0f} MB more for 300 KB more"


def test_a_stream_of_one_long_line_takes_flat_memory(tmp_path):
    # the line was gathered whole and checked as one section (80 bytes a character), and each
    # section's words stayed in a cache
    extra = growth(tmp_path, ["check", "--stream", "--format", "jsonl"], one_line_article, (250_000, 1_000_000),
                   SMALL_SECTIONS)
    assert extra < 15, f"{extra:.0f} MB more for 750 KB more"
