"""Fuzz target for the whole `check` path, from a file's bytes to every report format: decoding,
front matter, HTML and Markdown masking, the normaliser, the extractors, verification against
the bundled store, every formatter, and the same file read as a stream (`check --stream`).

`check_bytes` states the properties; two drivers run it:
- tests/test_fuzz.py, in every test run: hypothesis for a fixed budget with a fixed seed, and
  each input of tests/fuzz/corpus/ replayed;
- atheris, coverage-guided, for longer runs: it stops at the first finding and writes the input
  to crash-* (add it to tests/fuzz/corpus/ with the fix); the inputs it finds go to the first
  folder named, tests/fuzz/corpus/ is read as seeds:

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python tests/fuzz/fuzz_pipeline.py -max_total_time=600 [-jobs=N] NEW_FOLDER tests/fuzz/corpus

An input (a corpus file, a fuzzer's bytes) is a first line `EXT LANG MODE`, e.g. `html auto
strict` (EXT txt, md, html or dated, a .txt file with a date in its name; LANG auto or a pack, ar or en;
MODE strict, decoded as factcheck decodes, or lenient, invalid UTF-8 replaced, else most inputs
would stop at decoding), then the file's bytes. What the line does not say takes the first
choice.
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import tempfile
import time
from pathlib import Path

if __name__ == "__main__":      # atheris: this file imported again as a module, factcheck instrumented
    import atheris

    sys.path.insert(0, str(Path(__file__).parent))
    with atheris.instrument_imports(include=["factcheck"]):
        import fuzz_pipeline
    atheris.Setup(sys.argv, lambda data: fuzz_pipeline.check_bytes(*fuzz_pipeline.parse(data)))
    atheris.Fuzz()

from factcheck import Checker, stream  # noqa: E402
from factcheck.document import LineIndex, decode, from_text  # noqa: E402
from factcheck.errors import FactcheckError  # noqa: E402
from factcheck.report import FORMATS  # noqa: E402
from factcheck.rules import languages  # noqa: E402

CHECKER = Checker()
PATHS = {"txt": "a.txt", "md": "a.md", "html": "a.html", "dated": "2024-03-20-a.txt"}
LANGS = ("auto", *languages())
SECONDS = 2.0       # at most, for one input of a few kilobytes (some 50 ms is usual)


def parse(data: bytes) -> tuple[bytes, str, str, bool]:
    """(the file's bytes, its path, --lang, strict decoding) of an input (see the docstring)."""
    head, _, raw = data.partition(b"\n")
    words = head.decode("ascii", "replace").split() + ["", "", ""]
    return (raw, PATHS.get(words[0], PATHS["txt"]), words[1] if words[1] in LANGS else LANGS[0],
            words[2] != "lenient")


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line and column the slow way: CRLF, CR and LF each end a line; a BOM has no column."""
    before = text[:offset].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return line, len(before) - (before.rfind("\n") + 1) + 1 - (line == 1 and before.startswith("\ufeff"))


def _exact(text: str, masked: str, result, lines: LineIndex) -> None:
    """Every span is at its offsets in the file, and its line and column are the file's. A
    figure's or a role's text is the file's; an attribution's or a quotation's, the text as
    masked (in HTML, an entity decoded and padded, a tag blank): as the pipeline does today."""
    spans = ([(f.start, f.end, f.text, text) for f in result.figures]
             + [(r.start, r.end, r.text, text) for r in result.roles]
             + [(s.start, s.end, s.text, masked) for a in result.attributions for s in (a.cue, a.source) if s]
             + [(q.start, q.end, q.text, masked) for q in result.quotes])
    for start, end, span, source in spans:
        start, end = start + lines.start, end + lines.start
        assert 0 <= start <= end <= len(text) and source[start:end] == span, (start, end, span)
        assert lines.position(start - lines.start) == _position(text, start), (start, span)


def _reports(results: list) -> None:
    """Every format renders; the JSON ones parse."""
    for name, render in FORMATS.items():
        out = render(results)
        if name in ("json", "sarif"):
            json.loads(out)
        elif name == "jsonl":      # lines end at "\n" only (a string may hold U+0085 or U+2028)
            for line in out.split("\n")[:-1]:
                json.loads(line)


def check_bytes(raw: bytes, path: str, lang: str = "auto", strict: bool = True) -> None:
    """Check a file's bytes as `factcheck check` and `check --stream` do. Properties: no
    exception but a FactcheckError (never an internal error), spans exact in the file with their
    lines and columns, every format renders and the JSON ones parse, a streamed file gives the
    figures of the whole one, and all within SECONDS."""
    start = time.perf_counter()
    date = None if path.startswith("2") else dt.date(2024, 3, 20)
    try:
        text = decode(raw, path) if strict else raw.decode("utf-8", "replace")
        doc = from_text(text, path, lang, date)
        result = CHECKER.check_document(doc).result
    except FactcheckError as exc:
        assert not exc.message.startswith("internal error"), exc.message
        return
    _exact(text, doc.masked, result, LineIndex(text))
    _reports([result])
    if not path.endswith(".html") and (strict or "\x00" not in text):    # --stream reads text and Markdown
        figures = []
        with tempfile.TemporaryDirectory() as folder:
            file = Path(folder) / path
            file.write_bytes(raw if strict else text.encode("utf-8"))
            try:
                _, sections = stream.read(str(file), lang, date)
                for section in sections:
                    lines, part = stream.check(section, CHECKER)
                    _exact(text, doc.masked, part, lines)
                    figures += [(f.start + lines.start, f.end + lines.start, f.text, f.value) for f in part.figures]
            except FactcheckError as exc:
                raise AssertionError(f"read whole, but not as a stream: {exc}") from None
        assert figures == [(f.start, f.end, f.text, f.value) for f in result.figures]
    assert time.perf_counter() - start < SECONDS, f"{time.perf_counter() - start:.1f} s"
