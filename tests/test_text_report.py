"""The text report: excerpts with the span in ⟦ ⟧, summary tables, plain unless on a terminal."""
from __future__ import annotations

import os
import pty
import re
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from factcheck.cli import cli
from factcheck.report.text_format import excerpt, render

from .conftest import SEED
from .test_formats import sample

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_excerpt_marks_the_span_on_its_own_line():
    text = "\ufeffأولى\r\nيقطن القطاع نحو 3.2 مليون فلسطيني\r\nثالثة"
    start = text.index("3.2")
    assert excerpt(text, start, start + 9) == "يقطن القطاع نحو ⟦3.2 مليون⟧ فلسطيني"
    long = "كلمة " * 30 + "17 عاماً" + " كلمة" * 30
    start = long.index("17")
    cut = excerpt(long, start, start + 8)
    assert cut.startswith("…") and cut.endswith("…") and "⟦17 عاماً⟧" in cut and len(cut) <= 8 + 2 * 40 + 4
    assert excerpt("\ufeff5 apples\x1b[31m", 1, 2) == "⟦5⟧ apples [31m"


def test_plain_report_has_excerpts_and_tables_and_no_escapes():
    out = render([sample()])
    assert "\x1b" not in out
    lines = out.splitlines()
    i = lines.index(next(ln for ln in lines if "contradicted: “3.2 مليون”" in ln))
    assert lines[i + 1] == "    in: يقطن القطاع نحو ⟦3.2 مليون⟧ فلسطيني | منذ 17 عاماً, 100%"
    tail = "\n".join(lines[lines.index("verdict       count"):])
    assert tail == """verdict       count
unverified        1
contradicted      1

finding                   count
figure/contradicted           1
figure/unverified             1
attribution/unattributed      1
attribution/loaded-verb       1

1 file(s), 2 figure(s) (1 unverified, 1 contradicted), 1 unattributed, 1 attribution(s)"""


def test_coloured_report_is_the_plain_one_styled():
    plain, coloured = render([sample()]), render([sample()], color=True)
    assert "\x1b[1;31m" in coloured                          # contradicted in bold red
    assert "\x1b[1;4;31m⟦3.2 مليون⟧" in coloured             # its span, underlined too
    stripped = ANSI.sub("", coloured).splitlines()
    body = plain.splitlines()[:plain.splitlines().index("verdict       count")]
    assert stripped[:len(body)] == body
    assert stripped[-1] == plain.splitlines()[-1]


def test_cli_colour_follows_the_terminal_and_the_options(monkeypatch):
    runner = CliRunner()
    assert "\x1b[" not in runner.invoke(cli, ["check", str(SEED)]).stdout         # not a terminal
    assert "\x1b[" in runner.invoke(cli, ["check", str(SEED), "--color"]).stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" in runner.invoke(cli, ["check", str(SEED), "--color"]).stdout  # asked for


def _on_a_terminal(env: dict) -> str:
    """The report as printed to a pseudo-terminal."""
    exe = Path(sys.executable).with_name("factcheck")
    master, slave = pty.openpty()
    proc = subprocess.Popen([str(exe), "check", str(SEED)], stdout=slave, stderr=subprocess.DEVNULL,
                            env={**os.environ, **env})
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:           # EIO: the other end closed
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    assert proc.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8")


def test_a_terminal_gets_colour_unless_no_color():
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    assert "\x1b[32msupported" in _on_a_terminal({**env, "NO_COLOR": ""})
    assert "\x1b[" not in _on_a_terminal({"NO_COLOR": "1"})
