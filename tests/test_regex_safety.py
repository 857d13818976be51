"""Regular expressions against adversarial input: every pattern the pipeline uses costs the same
per position however much text follows (or precedes) it, the whole pipeline runs in linear
time, and a pattern that runs too long fails its file with a clear message instead of hanging."""
from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import pkgutil
import re
import time

import pytest
import regex
from click.testing import CliRunner

import factcheck
from factcheck import attributions, figures, normalize, pipeline
from factcheck.cli import cli
from factcheck.document import from_text
from factcheck.errors import FactcheckError
from factcheck.pipeline import check_document
from factcheck.rules import languages

from .conftest import SEED

# Units repeated without end: runs of digits and separators, words without spaces, spaces, quote
# marks, repeated magnitude words, controls inside numbers, digits glued to Arabic letters.
ADVERSARIAL = {
    "digit-commas": "1,", "digit-dots": "1.", "digit-dashes": "1-", "digit-slashes": "1/",
    "arabic-separators": "١٬", "digit-run": "1234567890", "bidi-in-digits": "1\u200f",
    "arabic-word": "الاستراتيجيات", "spaces": " ", "no-break-spaces": "\u00a0", "newlines": "\n",
    "quote-marks": "«\"“”»'", "tens-of-tens": "عشرات ", "digits-in-letters": "ب12ك3",
    "tatweel": "ـ", "number-words": "one hundred ", "scale-words": "مليون ", "cues": "قال ",
    "brackets": "(1", "money": "$1", "percent": "1%",
    # runs of number words a figure could take whole, and separators between figures
    "number-words-ar": "ألف مليون مئة وعشرين ", "number-words-en": "one hundred and twenty thousand million ",
    "percents": "5% ", "arabic-percents": "٥٪ ",
    # amounts in cents among amounts of money, with no sentence break (each cent reads its neighbours)
    "cents": "1 cent and $2, ", "arabic-cents": "75 سنتا و2 دولار، ",
}


def adversarial(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _patterns(value, seen: set[int]):
    """Every compiled pattern reachable from `value` (dataclasses, containers)."""
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, (re.Pattern, regex.Pattern)):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _patterns(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _patterns(v, seen)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _patterns(v, seen)


def all_patterns() -> dict[str, re.Pattern | regex.Pattern]:
    """The figures engines (master alternation, anchors, each rule alone, context, qualifier and
    subject patterns), the attribution tables, the normaliser and every module-level pattern."""
    roots: list[tuple[str, object]] = []
    for lang in languages():
        eng = figures._engine(lang)
        rules = [factcheck.normalize.compile_pattern(src, lang) for src in eng.sources]
        # (the tests around a figure, those of each context rule: a figure is tested for a few at once)
        roots += [(f"figures/{lang}", eng), (f"figures/{lang}/rules", rules),
                  (f"figures/{lang}/tests", [eng.tests((k,)) for k in range(len(eng.contexts))]),
                  (f"attributions/{lang}", attributions._load(lang))]
    roots.append(("normalize", normalize._tables()))
    for info in pkgutil.walk_packages(factcheck.__path__, "factcheck."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        roots.append((info.name, vars(module)))
    found: dict[str, re.Pattern | regex.Pattern] = {}
    seen: set[int] = set()
    for name, root in roots:
        for i, p in enumerate(_patterns(root, seen)):
            found[f"{name}#{i}"] = p
    return found


PATTERNS = all_patterns()
# callers give patterns a window around a figure or a cue, not the file (the master alternation and
# the anchor scans, which read the whole file, are timed by the linearity test below)
WINDOW = 2 * figures.CONTEXT_MAX


def _slowest_call(p, text: str) -> float:
    """The longest single match, tried near the start (what follows is long) and near the end
    (what precedes is: lookbehinds); `regex` patterns under a timeout, so nothing can hang."""
    kwargs = {"timeout": 2.0} if isinstance(p, regex.Pattern) else {}
    worst = 0.0
    for pos in [*range(4), *range(len(text) - 4, len(text))]:
        start = time.perf_counter()
        p.match(text, pos, **kwargs)
        worst = max(worst, time.perf_counter() - start)
    return worst


def test_patterns_are_collected():
    assert len(PATTERNS) > 150
    assert any(isinstance(p, re.Pattern) for p in PATTERNS.values())    # the master and anchors


@pytest.mark.parametrize("prefix", ["", "12", "قال"])
@pytest.mark.parametrize("unit", ADVERSARIAL.values(), ids=ADVERSARIAL.keys())
def test_no_pattern_blows_up_on_adversarial_input(unit, prefix):
    text = prefix + adversarial(unit, WINDOW)
    # (slow twice: a busy machine may pause one call, never a pattern's every call)
    slow = [f"{name} {t:.2f} s: {p.pattern[:150]!r}" for name, p in PATTERNS.items()
            if _slowest_call(p, text) > 0.25 and (t := _slowest_call(p, text)) > 0.25]
    assert not slow, "\n".join(slow)


# (generator, size) -> text: runs of one unit, or one figure before pages of blank space
GENERATORS = {name: (lambda size, u=ADVERSARIAL[name]: adversarial(u, size)) for name in [
    "digit-commas", "digit-dots", "digit-dashes", "digit-run", "arabic-separators", "arabic-word",
    "spaces", "quote-marks", "tens-of-tens", "digits-in-letters", "number-words", "cues",
    "number-words-ar", "number-words-en", "percents", "arabic-percents", "cents", "arabic-cents"]}
GENERATORS |= {f"figure-then-{name}": (lambda size, u=ADVERSARIAL[name]: "12" + adversarial(u, size - 2))
               for name in ("spaces", "newlines")}
# an article on one line (no paragraph or sentence break a stage could stop at)
GENERATORS["one-line-article"] = lambda size: adversarial(" ".join(SEED.read_text(encoding="utf-8").split()) + " ", size)


def _extract_seconds(text: str, lang: str) -> float:
    doc = from_text(text, "x.txt", lang, dt.date(2024, 3, 20))
    start = time.perf_counter()
    check_document(doc, None)
    return time.perf_counter() - start


def growth(name: str, lang: str, small: int, big: int) -> tuple[float, float]:
    """Seconds to check `small` and `big` characters of a generator's text (best of 3 and of 2: a
    busy machine slows one run, never all of them)."""
    make = GENERATORS[name]
    _extract_seconds(make(100), lang)      # rules compiled, caches warm
    return (min(_extract_seconds(make(small), lang) for _ in range(3)),
            min(_extract_seconds(make(big), lang) for _ in range(2)))


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", GENERATORS)
def test_pipeline_time_grows_linearly(name, lang):
    # 10 times the text: linear is 10, quadratic 100. (10 KB -> 1 MB, ratio ~100, is
    # `bench/linearity.py`: minutes, too long for every run.) Tiny times are noise: a floor.
    small, big = growth(name, lang, 5_000, 50_000)
    assert big / max(small, 0.005) < 30, f"{small * 1e3:.1f} ms -> {big * 1e3:.0f} ms"


EVIL = regex.compile(r"\s*(?:a|aa)+\d")      # exponential backtracking on "aaaa...a" not followed by a digit


def test_a_pattern_past_the_timeout_fails_its_file_not_the_run(monkeypatch, tmp_path):
    slow = tmp_path / "slow.txt"
    slow.write_text("قال " + "a" * 60 + " إن 12 شخصا قتلوا.", encoding="utf-8")
    # tried around each cue (everywhere: no places of the real exclusions to narrow it)
    patched = dataclasses.replace(attributions._load("ar"), exclude=EVIL, exclude_places=None)
    monkeypatch.setattr(attributions, "_load", lambda lang: patched)
    monkeypatch.setattr(attributions, "REGEX_TIMEOUT", 0.2)
    monkeypatch.setattr(pipeline, "REGEX_TIMEOUT", 0.2)
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(slow), str(SEED)])
    assert result.exit_code == 2 and time.perf_counter() - start < 10
    want = f"factcheck: {slow}: a pattern ran over 0.2 s on this file (pathological input), skipped\n"
    assert result.stderr == want
    assert '"path": "' + str(SEED) in result.stdout     # the next file is still checked


def test_a_catastrophic_figure_pattern_fails_with_the_file_named(monkeypatch):
    eng = figures._engine("en")
    evil = dataclasses.replace(eng.tests(()), at_end=EVIL)      # tried after each figure
    monkeypatch.setattr(eng, "tests", lambda _: evil)
    monkeypatch.setattr(eng, "reachable", {})
    monkeypatch.setattr(eng, "interpreted", {})
    monkeypatch.setattr(figures, "REGEX_TIMEOUT", 0.2)
    doc = from_text("12 " + "a" * 60, "evil.txt", "en", dt.date(2024, 3, 20))
    start = time.perf_counter()
    with pytest.raises(FactcheckError) as err:
        check_document(doc, None)
    assert err.value.path == "evil.txt" and "pattern timed out" in err.value.message
    assert time.perf_counter() - start < 5
