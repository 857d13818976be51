"""Score the extractor against the gold development set and Duckling's example phrases.

    python bench/accuracy.py [--failures] [--lang ar|en]

Figures: a predicted figure matches a gold one when their spans overlap; gold figures marked
`ignore` are neither required nor penalised. Reports precision, recall, value accuracy and kind
accuracy (on matched figures) per language, and per gold kind. Duckling: every phrase of the numeral, ordinal,
duration, money and quantity dimensions must give exactly one figure with the expected value
(negative phrases: no figure). Attributions (when `factcheck.attributions` provides
`extract_attributions`): cue precision/recall by overlapping span, source span recall and
source-type accuracy on matched cues, and resolution of implied speakers: on matched cues whose
gold source is implied and resolved, the predicted `resolved` names the same source when the name
words of one are all in the other ("الحريري" in "عمرو الحريري"; "The company" is not "IBM").
Reads ../shared (skips cleanly when it is absent).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from factcheck.document import from_text  # noqa: E402
from factcheck.figures import extract_figures  # noqa: E402
from factcheck.normalize import normalize  # noqa: E402

DUCKLING_DIMS = ("numeral", "ordinal", "duration", "money", "quantity")
SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
           "month": 2592000, "quarter": 7776000, "year": 31536000}
GRAMS = {"g": 1, "kg": 1000, "mg": 0.001, "tonne": 1e6}


def same(a, b) -> bool:
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) <= 1e-4 * max(1.0, abs(a), abs(b))
    return a == b


def overlaps(a, b) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match(pred: list[dict], gold: list[dict]) -> tuple[list, list, list]:
    """(pairs of matched (pred, gold), unmatched predictions, unmatched required gold)."""
    used: set[int] = set()
    pairs, extra = [], []
    for p in pred:
        cands = [(min(p["end"], g["end"]) - max(p["start"], g["start"]), i)
                 for i, g in enumerate(gold) if i not in used and overlaps(p, g)]
        if not cands:
            extra.append(p)
            continue
        i = max(cands)[1]
        used.add(i)
        if not gold[i].get("ignore"):
            pairs.append((p, gold[i]))
    missed = [g for i, g in enumerate(gold) if i not in used and not g.get("ignore")]
    return pairs, extra, missed


def manifest() -> dict[str, dict]:
    """The articles' metadata (their dates), from the MANIFEST.jsonl of the set's corpus folder."""
    path = GOLD["corpus"] / "MANIFEST.jsonl"
    if not path.is_file():
        return {}
    return {r["file"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


# where the gold annotations and their articles are: the development set, or another set of the
# same shape given with --gold (gold/<lang>/*.json beside corpus/<lang>/*.txt)
GOLD = {"gold": SHARED / "eval" / "gold", "corpus": SHARED / "corpus"}


def gold_files(langs):
    meta = manifest()
    for lang in langs:
        for path in sorted((GOLD["gold"] / lang).glob("*.json")):
            gold = json.loads(path.read_text(encoding="utf-8"))
            article = gold["article"]
            text = (GOLD["corpus"] / article).read_text(encoding="utf-8")
            date = dt.date.fromisoformat(meta[article]["date"]) if meta.get(article, {}).get("date") else None
            doc = from_text(text, article, lang, date)
            yield lang, article, doc, normalize(doc.masked), gold


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def score_figures(langs, failures: bool) -> None:
    print(f"== Figures (gold: {GOLD['gold']})")
    for lang in langs:
        tp = fp = fn = good = same_kind = 0
        by_kind: dict[str, Counter] = defaultdict(Counter)
        fails = []
        for _, article, doc, norm, gold in gold_files([lang]):
            pred = [{"text": f.text, "start": f.start, "end": f.end, "kind": f.kind, "value": f.value,
                     "unit": f.unit} for f in extract_figures(doc, norm)]
            pairs, extra, missed = match(pred, gold["figures"])
            tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
            for p, g in pairs:
                ok = same(p["value"], g["value"])
                good += ok
                same_kind += p["kind"] == g["kind"]
                by_kind[g["kind"]]["tp"] += 1
                by_kind[g["kind"]]["value"] += ok
                if not ok or p["kind"] != g["kind"]:
                    fails.append(f"{article} VALUE {g['text']!r}: got {p['text']!r} {p['kind']} {p['value']!r},"
                                 f" want {g['kind']} {g['value']!r}")
            for p in extra:
                by_kind[p["kind"]]["fp"] += 1
                fails.append(f"{article} EXTRA {p['text']!r} {p['kind']} {p['value']!r}")
            for g in missed:
                by_kind[g["kind"]]["fn"] += 1
                fails.append(f"{article} MISSED {g['text']!r} {g['kind']} {g['value']!r}")
        print(f"[{lang}] precision {ratio(tp, tp + fp)}  recall {ratio(tp, tp + fn)}  value {ratio(good, tp)}"
              f"  kind {ratio(same_kind, tp)}")
        for kind, c in sorted(by_kind.items()):
            print(f"    {kind:9s} P {ratio(c['tp'], c['tp'] + c['fp']):18s} R {ratio(c['tp'], c['tp'] + c['fn']):18s}"
                  f" value {ratio(c['value'], c['tp'])}")
        if failures:
            print("\n".join("    " + f for f in fails))


def _expected_ok(dim: str, expected, f) -> bool:
    if dim in ("numeral", "ordinal"):
        return same(f.value, expected)
    if dim == "duration":
        return f.unit in SECONDS and not isinstance(f.value, list) and same(
            f.value * SECONDS[f.unit], expected["value"] * SECONDS.get(expected["unit"], 0))
    factor = GRAMS.get(f.unit, 1) if expected.get("unit") == "Gram" else 1
    value = [v * factor for v in f.value] if isinstance(f.value, list) else f.value * factor
    if "value" in expected:
        return same(value, expected["value"])
    if "min" in expected and "max" in expected:
        return same(value, [expected["min"], expected["max"]])
    if "min" in expected:
        return same(value, expected["min"]) and f.qualifier in ("more_than", "at_least")
    return same(value, expected["max"]) and f.qualifier in ("less_than", "at_most")


def score_duckling(langs, failures: bool) -> None:
    print("== Duckling example phrases")
    for lang in langs:
        path = SHARED / "eval" / "peers" / f"duckling_{lang}.jsonl"
        rows = [r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())
                if r["dimension"] in DUCKLING_DIMS]
        passed: Counter = Counter()
        total: Counter = Counter()
        fails = []
        for r in rows:
            doc = from_text(r["text"], "<duckling>", lang, dt.date(2024, 1, 1))
            figs = extract_figures(doc, normalize(doc.masked))
            key = r["dimension"] + (" (negative)" if r.get("negative") else "")
            ok = not figs if r.get("negative") else len(figs) == 1 and _expected_ok(
                r["dimension"], r["expected"], figs[0])
            total[key] += 1
            passed[key] += ok
            if not ok:
                got = "; ".join(f"{f.text!r} {f.kind} {f.value!r} {f.unit or ''}" for f in figs) or "nothing"
                fails.append(f"{key}: {r['text']!r} -> {got}; want {json.dumps(r['expected'], ensure_ascii=False)}")
        print(f"[{lang}] all {ratio(sum(passed.values()), sum(total.values()))}")
        for key in sorted(total):
            print(f"    {key:20s} {ratio(passed[key], total[key])}")
        if failures:
            print("\n".join("    " + f for f in fails))
        # the same phrases as one document, a blank line apart: no figure may cross a paragraph
        text, spans = "", []
        for r in rows:
            spans.append((len(text), len(text) + len(r["text"])))
            text += r["text"] + "\n\n"
        doc = from_text(text, "<duckling>", lang, dt.date(2024, 1, 1))
        figs = extract_figures(doc, normalize(doc.masked))
        together = 0
        for r, (a, b) in zip(rows, spans):
            mine = [f for f in figs if a <= f.start < b]
            crossing = any(f.start < b < f.end for f in mine)
            together += not crossing and (not mine if r.get("negative") else len(mine) == 1 and _expected_ok(
                r["dimension"], r["expected"], mine[0]))
        print(f"[{lang}] one document, phrases a blank line apart: all {ratio(together, len(rows))}")


_NAME_MARKS = regex.compile(r"[\u064b-\u0652\u0640]")     # diacritics and tatweel: inside a word
_NAME_NOISE = regex.compile(r"[^\w\s]")
_NAME_FOLD = str.maketrans("أإآىة", "اايیه")
# articles, titles and ranks: "Professor Eastman" and "Cres Eastman" are one name, "العميد الصبيحي"
# and "عبد الله الصبيحي" too
_NAME_FILLER = {"the", "a", "an", "of", "and", "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord", "lady",
                "السيد", "السيده", "الدكتور", "الدكتوره", "الشيخ", "المهندس", "العميد", "اللواء", "العقيد"}


_NAME_COMPOUND = regex.compile(r"(?<!\w)عبد\s+(?=ال)")   # "عبد الرحمن" is also written "عبدالرحمن"


def name_words(name: str) -> set[str]:
    """The words of a name, folded (case, hamza, ta marbuta, diacritics, punctuation, a compound
    name's space), without fillers."""
    name = _NAME_COMPOUND.sub("عبد", _NAME_MARKS.sub("", name))
    words = _NAME_NOISE.sub(" ", name).casefold().translate(_NAME_FOLD).split()
    return {w for w in words if w not in _NAME_FILLER}


def same_name(got: str | None, want: str) -> bool:
    a, b = name_words(got or ""), name_words(want)
    return bool(a and b) and (a <= b or b <= a)


def score_attributions(langs, failures: bool) -> None:
    try:
        from factcheck.attributions import extract_attributions
    except ImportError:
        print("== Attributions: factcheck.attributions.extract_attributions not available, skipped")
        return
    print(f"== Attributions (gold: {GOLD['gold']})")
    for lang in langs:
        tp = fp = fn = src_found = src_total = type_ok = res_ok = res_total = 0
        fails = []
        for _, article, doc, norm, gold in gold_files([lang]):
            figures = extract_figures(doc, norm)
            pred = [{"start": a.cue.start, "end": a.cue.end, "text": a.cue.text, "source": a.source,
                     "type": a.source_type, "resolved": a.resolved} for a in extract_attributions(doc, norm, figures)[0]]
            items = [dict(g["cue"], source=g.get("source"), type=g["source_type"], ignore=g.get("ignore"),
                          resolved=g.get("resolved")) for g in gold["attributions"]]
            pairs, extra, missed = match(pred, items)
            tp, fp, fn = tp + len(pairs), fp + len(extra), fn + len(missed)
            for p, g in pairs:
                type_ok += p["type"] == g["type"]
                if p["type"] != g["type"]:
                    fails.append(f"{article} TYPE {g['text']!r}: got {p['type']}, want {g['type']}")
                if g["type"] == "implied" and g["resolved"]:
                    res_total += 1
                    res_ok += same_name(p["resolved"], g["resolved"])
                    if not same_name(p["resolved"], g["resolved"]):
                        fails.append(f"{article} RESOLVED {g['text']!r}: got {p['resolved']!r},"
                                     f" want {g['resolved']!r}")
                if g["source"]:
                    src_total += 1
                    s = p["source"]
                    hit = s is not None and overlaps({"start": s.start, "end": s.end}, g["source"])
                    src_found += hit
                    if not hit:
                        fails.append(f"{article} SOURCE {g['text']!r}: got {s.text if s else None!r},"
                                     f" want {g['source']['text']!r}")
            fails += [f"{article} EXTRA cue {p['text']!r}" for p in extra]
            fails += [f"{article} MISSED cue {g['text']!r}" for g in missed]
        print(f"[{lang}] cue precision {ratio(tp, tp + fp)}  cue recall {ratio(tp, tp + fn)}"
              f"  source recall {ratio(src_found, src_total)}  source type {ratio(type_ok, tp)}"
              f"  implied resolved {ratio(res_ok, res_total)}")
        if failures:
            print("\n".join("    " + f for f in fails))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list every failure")
    parser.add_argument("--lang", choices=("ar", "en"), action="append", help="only this language")
    parser.add_argument("--only", choices=("figures", "duckling", "attributions"), action="append")
    parser.add_argument("--gold", type=Path, help="score another annotated set: a folder with gold/<lang>/*.json "
                        "and corpus/<lang>/*.txt, dates in corpus/MANIFEST.jsonl (a held-out set annotated under the same guidelines)")
    args = parser.parse_args()
    if args.gold:
        GOLD.update(gold=args.gold / "gold", corpus=args.gold / "corpus")
    if not (SHARED / "eval" / "gold").is_dir():
        print(f"{SHARED} not found: nothing to score (the shared evaluation data is absent)")
        return 0
    langs = args.lang or ["ar", "en"]
    parts = args.only or ["figures", "duckling", "attributions"]
    if "figures" in parts:
        score_figures(langs, args.failures)
    if "duckling" in parts:
        score_duckling(langs, args.failures)
    if "attributions" in parts:
        score_attributions(langs, args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
