"""Coverage-guided fuzz target (atheris) for the whole pipeline: decoding, front matter, the
normaliser, both extractors, the matcher and every formatter.

    .venv/bin/pip install -e '.[fuzz]'
    .venv/bin/python tests/fuzz/fuzz_pipeline.py -max_total_time=600 [-jobs=N] [CORPUS_DIR]

The only exception allowed is FactcheckError (undecodable bytes, bad front matter); anything
else, an inexact span or a report that does not parse is a finding (libFuzzer stops and writes
the input to crash-*).
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import atheris

with atheris.instrument_imports():
    from factcheck.document import LineIndex, decode, from_text
    from factcheck.errors import FactcheckError
    from factcheck.pipeline import check_document
    from factcheck.references import load_store
    from factcheck.report import FORMATS
    from factcheck.rules import data_dir

STORE = load_store([data_dir("references")])
PATHS = ("a.txt", "a.md", "a.html", "2024-03-20-a.txt")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    path = PATHS[fdp.ConsumeIntInRange(0, len(PATHS) - 1)]
    lang = ("auto", "ar", "en")[fdp.ConsumeIntInRange(0, 2)]
    strict = fdp.ConsumeBool()     # else most inputs would stop at decoding (a NUL byte: binary)
    raw = fdp.ConsumeBytes(fdp.remaining_bytes())
    try:
        text = decode(raw, path) if strict else raw.decode("utf-8", "replace")
        doc = from_text(text, path, lang, None if path[0] == "2" else dt.date(2024, 3, 20))
        result = check_document(doc, STORE)
    except FactcheckError:
        return
    lines = LineIndex(text)
    spans = [(f.start, f.end, f.text) for f in result.figures] + [
        (s.start, s.end, s.text) for a in result.attributions for s in (a.cue, a.source) if s]
    for start, end, span_text in spans:
        assert 0 <= start <= end <= len(text) and text[start:end] == span_text, (start, end, span_text)
        line, column = lines.position(start)
        assert line >= 1 and column >= 1
    for name, render in FORMATS.items():
        out = render([result])
        if name in ("json", "sarif"):
            json.loads(out)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
