"""The fuzz target of the whole `check` path (tests/fuzz/fuzz_pipeline.py) for a fixed budget with
a fixed seed, and every input of its corpus (tests/fuzz/corpus/) replayed. Longer runs: atheris,
see the target's docstring."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from .fuzz.fuzz_pipeline import LANGS, PATHS, check_bytes, parse
from .test_properties import ALPHABET, WORDY

CORPUS = Path(__file__).parent / "fuzz" / "corpus"

# pieces of the files users give and of hostile ones: markup, front matter, references, runs
PIECES = st.sampled_from([
    "<p>", "</p>", "<br>", "<html lang=\"en\">", "<head><style>p{}</style></head>", "<script>1</script>",
    "<!--", "-->", "```\n", "---\n", "date: 2024-03-20\n", "lang: en\n", "title: x\n", "\r\n", "\n\n",
    "&#1636;", "&#99999999;", "&#x31;", "&amp;", "&nbsp;", "\ufeff", "\u0301", "²", "ـ", "\u200f",
    "<!-- factcheck: ignore -->\n", "ألف مليون مئة وعشرين ", "one hundred and twenty thousand million ",
    "1,1,1,1,", "5% 5% ", "1" * 40, "Line two 2.3 million", "قال المتحدث إن ", "“", "”", "«", "»",
])
CONTENT = st.lists(st.one_of(PIECES, st.text(ALPHABET, max_size=30), WORDY), max_size=25).map("".join)
BYTES = st.one_of(CONTENT.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=200),
                  CONTENT.map(lambda t: t.encode("utf-16", "surrogatepass")))


@settings(max_examples=250, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(BYTES, st.sampled_from(list(PATHS.values())), st.sampled_from(LANGS), st.booleans())
@example(b"---\ndate: 2024-03-20\n---\nThe ministry said 2.3 million people left.\n", "a.md", "auto", True)
def test_the_check_path_holds_on_generated_files(raw, path, lang, strict):
    check_bytes(raw, path, lang, strict)


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.iterdir()))
def test_the_check_path_holds_on_the_corpus(name):
    check_bytes(*parse((CORPUS / name).read_bytes()))
