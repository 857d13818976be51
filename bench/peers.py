"""Arabic number extraction: factcheck against peer libraries, on the same input in the same run.

    .venv/bin/python bench/peers.py [--runs N] [--quick]      (peers: pip install -e '.[bench]')

Speed: ../shared/corpus/big/ar.txt split into non-blank lines (paragraphs), as bench/speed.py's
"paragraph by paragraph" row (--quick: the paragraphs of the first 1 MB, one run). Each tool gets
the raw paragraph strings:
- factcheck: document.from_text + normalize.normalize + figures.extract_figures (rules warmed
  up on 200 paragraphs outside the timing);
- pyarabic: number.extract_number_phrases, then number.text2number on each phrase;
- arabic-itn: arabic_itn.normalize (spans of type number, digits, money, date, time, phone...).
The runs are interleaved (factcheck, then each peer, N times) so that load from other processes
falls on all tools alike. MB/s is the median of N runs with the spread min-max; "factcheck/peer"
is factcheck's median MB/s over the peer's (above 1: factcheck is faster); "found" counts the
spans each tool returned on the input.

Quality: the Arabic gold articles of ../shared/eval/gold/ar. A tool finds a gold figure when one
of its spans overlaps it (bench/accuracy.py's matching; gold marked `ignore` is neither required
nor penalised). "value" counts the gold figures with a single numeric value that are found with
that value (peers: text2number of the phrase; arabic-itn's value, money without its currency).
Skips with a note when ../shared/corpus or a peer library is absent.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIG_AR = ROOT.parent / "shared" / "corpus" / "big" / "ar.txt"
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]


def _spread(mb: float, times: list[float]) -> dict:
    return {"MB": round(mb, 2), "MB/s": round(mb / statistics.median(times), 2),
            "spread": f"{mb / max(times):.2f}-{mb / min(times):.2f}"}


# ---------------------------------------------------------------- each tool: timed call, gold spans

def _factcheck(paragraphs: list[str]) -> int:
    from factcheck.document import from_text
    from factcheck.figures import extract_figures
    from factcheck.normalize import normalize

    found = 0
    for p in paragraphs:
        doc = from_text(p, "ar.txt", "ar")
        found += len(extract_figures(doc, normalize(doc.masked)))
    return found


def _pyarabic(paragraphs: list[str]) -> int:
    from pyarabic.number import extract_number_phrases, text2number

    return sum(len([(x, text2number(x)) for x in extract_number_phrases(p)]) for p in paragraphs)


def _pyarabic_spans(text: str) -> list[dict]:
    """The phrases of extract_number_phrases with offsets: its own steps, tokens located in `text`."""
    from pyarabic import araby
    from pyarabic.number import detect_number_phrases_position, text2number

    offsets, pos = [], 0
    for piece in araby.TOKEN_PATTERN.split(text):      # araby.tokenize keeps the non-blank pieces
        if araby.TOKEN_REPLACE.sub("", piece):
            offsets.append((pos, pos + len(piece)))
        pos += len(piece)
    tokens = araby.tokenize(text)
    assert len(tokens) == len(offsets)
    return [{"start": offsets[a][0], "end": offsets[b][1], "value": text2number(" ".join(tokens[a:b + 1]))}
            for a, b in detect_number_phrases_position(tokens)]


def _itn(paragraphs: list[str]) -> int:
    from arabic_itn import normalize

    return sum(len(normalize(p)["spans"]) for p in paragraphs)


def _itn_spans(text: str) -> list[dict]:
    """arabic_itn.normalize's spans (raw text, in order), located in `text`."""
    from arabic_itn import normalize

    spans, pos = [], 0
    for s in normalize(text)["spans"]:
        start = text.find(s["raw"], pos)
        pos = start + len(s["raw"])
        head = s["value"].split()[0]                    # "250 SAR" -> 250
        numeric = s["type"] in ("number", "digits", "money") and head.replace(".", "").isdigit()
        value = float(head) if numeric else s["value"]
        spans.append({"start": start, "end": pos, "value": value})
    return spans


PEERS = {  # distribution name: (label, timed call, spans on a gold article)
    "pyarabic": ("pyarabic number.extract_number_phrases + text2number", _pyarabic, _pyarabic_spans),
    "arabic-itn": ("arabic-itn normalize", _itn, _itn_spans),
}


# ---------------------------------------------------------------- rows

def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def speed_rows(peers: dict, runs: int, quick: bool) -> list[dict]:
    text = BIG_AR.read_text(encoding="utf-8")
    if quick:
        text = text.encode("utf-8")[:1_000_000].decode("utf-8", "ignore").rsplit("\n", 1)[0]
    paragraphs = [p for p in text.split("\n") if p.strip()]
    mb = len(text.encode("utf-8")) / 1e6                # as bench/speed.py: the whole text read
    source = f"ar.txt{' first 1 MB' if quick else ''}, {len(paragraphs):,} paragraphs"
    _factcheck(paragraphs[:200])                        # warm-up: patterns compiled on first use
    tools = {"factcheck": _factcheck, **{name: call for name, (_, call, _) in peers.items()}}
    times: dict[str, list[float]] = {name: [] for name in tools}
    found: dict[str, int] = {}
    for _ in range(runs):
        for name, call in tools.items():
            t = time.perf_counter()
            found[name] = call(paragraphs)
            times[name].append(time.perf_counter() - t)
    ours = _spread(mb, times["factcheck"])
    rows = [{"what": f"factcheck {_version('factcheck')} from_text+normalize+extract_figures, {source}",
             **ours, "found": found["factcheck"]}]
    for name, (label, _, _) in peers.items():
        theirs = _spread(mb, times[name])
        rows.append({"what": f"{label} {_version(name)}, {source}", **theirs, "found": found[name],
                     "factcheck/peer": round(ours["MB/s"] / theirs["MB/s"], 2)})
    return rows


def quality_rows(peers: dict) -> list[dict]:
    from accuracy import gold_files, match, same
    from factcheck.figures import extract_figures

    tools = {"factcheck": None, **{name: spans for name, (_, _, spans) in peers.items()}}
    counts = {name: [0, 0, 0, 0] for name in tools}     # found, extra, required, value right
    numeric = 0
    for _, _, doc, norm, gold in gold_files(["ar"]):
        figures = gold["figures"]
        numeric += sum(isinstance(g["value"], (int, float)) and not g.get("ignore") for g in figures)
        for name, spans in tools.items():
            pred = spans(doc.text) if spans else [{"start": f.start, "end": f.end, "value": f.value}
                                                  for f in extract_figures(doc, norm)]
            pairs, extra, missed = match(pred, figures)
            c = counts[name]
            c[0], c[1], c[2] = c[0] + len(pairs), c[1] + len(extra), c[2] + len(pairs) + len(missed)
            c[3] += sum(isinstance(g["value"], (int, float)) and same(p["value"], g["value"]) for p, g in pairs)
    return [{"what": f"gold ar figures, {name}: found by span overlap",
             "recall": f"{found / required:.3f} ({found}/{required})",
             "precision": f"{found / (found + extra):.3f} ({found}/{found + extra})" if found + extra else "n/a",
             "value": f"{right / numeric:.3f} ({right}/{numeric})"}
            for name, (found, extra, required, right) in counts.items()]


def rows(runs: int, quick: bool = False) -> list[dict]:
    if not BIG_AR.exists():
        print(f"note: {BIG_AR} is absent; peer comparison skipped")
        return []
    peers = {name: spec for name, spec in PEERS.items() if _version(name)}
    for name in (name for name in PEERS if name not in peers):
        print(f"note: {name} is not installed (pip install -e '.[bench]'); skipped")
    if not peers:
        return []
    found = speed_rows(peers, 1 if quick else runs, quick)
    if (ROOT.parent / "shared" / "eval" / "gold" / "ar").is_dir():
        found += quality_rows(peers)
    return found


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--quick", action="store_true", help="the first 1 MB, one run: a smoke test")
    args = ap.parse_args()
    for row in rows(args.runs, quick=args.quick):
        print(f"  {row['what']:<80} " + "  ".join(f"{k} {v}" for k, v in row.items() if k != "what"), flush=True)
