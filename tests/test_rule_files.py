"""Rule files are validated when they are read: a mistake is one line naming the file and the
line of the rule, never a KeyError deep in an extractor."""
from __future__ import annotations

import pytest

from factcheck.errors import FactcheckError
from factcheck.rules import _parse_rule_file, data_dir


def test_every_bundled_rule_file_is_valid():
    for path in sorted(data_dir("rules").glob("*/*.yaml")):
        _parse_rule_file(path)


@pytest.mark.parametrize("body,line,part", [
    ("stage: figurez\nrules: []\n", 1, "unknown stage 'figurez'"),
    ("stage: figures\nrules:\n  - {id: a, pattern: '\\\\d+', examples: {match: [], no_match: []}}\n"
     "  - {id: b, examples: {match: [], no_match: []}}\n", 4, "needs 'pattern' or 'lexicon' or 'context'"),
    ("stage: consistency\nrules:\n  - {id: a, cue: date_link, words: [on, the]}\n", 3,
     "'words' must be a list of text, not True (YAML reads on/off/yes/no unquoted"),
    ("stage: figures\nrules:\n  - {id: a, lexicon: x, words: [one]}\n  - {id: a, lexicon: x, words: [two]}\n", 4,
     "duplicate id"),
    ("stage: frames\nrules:\n  - {words: [x]}\n", 3, "a rule is a mapping with an 'id'"),
])
def test_a_broken_rule_file_is_one_line_with_its_file_and_line(tmp_path, body, line, part):
    path = tmp_path / "broken.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FactcheckError) as caught:
        _parse_rule_file(path)
    assert caught.value.line == line and part in caught.value.message and caught.value.path == str(path)
