"""Rule files are validated when they are read: a mistake is one line naming the file and the
line of the rule, never a KeyError deep in an extractor."""
from __future__ import annotations

import pytest

from factcheck.errors import FactcheckError
from factcheck.rules import _parse_rule_file, all_rule_files, rule_files


def test_every_bundled_rule_file_is_valid():
    for path in all_rule_files():
        _parse_rule_file(path)


_LANGUAGE = "stage: language\nname: X\ndirection: ltr\nscript: {name: Latin, letters: a-z}\n"


@pytest.mark.parametrize("body,line,part", [
    ("stage: figurez\nrules: []\n", 1, "unknown stage 'figurez'"),
    ("stage: figures\nrules:\n  - {id: a, pattern: '\\\\d+', examples: {match: [], no_match: []}}\n"
     "  - {id: b, examples: {match: [], no_match: []}}\n", 4, "needs 'pattern' or 'lexicon' or 'context'"),
    ("stage: consistency\nrules:\n  - {id: a, cue: date_link, words: [on, the]}\n", 3,
     "'words' must be a list of text, not True (YAML reads on/off/yes/no unquoted"),
    ("stage: figures\nrules:\n  - {id: a, lexicon: x, words: [one]}\n  - {id: a, lexicon: x, words: [two]}\n", 4,
     "duplicate id"),
    ("stage: frames\nrules:\n  - {words: [x]}\n", 3, "a rule is a mapping with an 'id'"),
    ("stage: frames\nrules:\n  - {id: a, concept: part, narrows: true, unless: [gdp], words: [gross]}\n"
     "  - {id: b, concept: part, narrows: true, words: [underlying]}\n", 4,
     "concept 'part' is declared by rule 1 with another unless"),
    ("stage: figures\nanchor: ['\\d']\nrules: []\n", 2, "unknown key 'anchor' in a figures file"),
    ("stage: consistency\nconjunction: [and]\n", 2, "'conjunction' must be text, not ['and']"),
    (_LANGUAGE.replace("ltr", "up"), 3, "'direction' must be one of 'ltr', 'rtl', not 'up'"),
    (_LANGUAGE.replace("script: {name: Latin, letters: a-z}\n", ""), 1, "needs 'script'"),
    (_LANGUAGE.replace(", letters: a-z", ""), 4, "'script' needs 'letters'"),
    (_LANGUAGE + "digits: {thousands: '.', decimal: '.'}\n", 5, "a thousands mark and a decimal mark that differ"),
    (_LANGUAGE + "punctuation:\n  sentence_ends: 1\n", 6, "'punctuation.sentence_ends' must be text, not 1"),
    (_LANGUAGE + "words: {stemer: english}\n", 5, "unknown key 'stemer' in 'words'"),
    (_LANGUAGE + "style: 'color: red }</style><script>'\n", 5, "'style' holds CSS declarations, without"),
    (_LANGUAGE.replace("a-z", "z-a"), 4, "'script.letters' is no character class body"),
    (_LANGUAGE + "punctuation: {quotes: {'<<': '>>'}}\n", 5, "maps one opening mark to one closing mark"),
    (_LANGUAGE + "words: {stemmer: klingon}\n", 5, "'words.stemmer' 'klingon' is no Snowball algorithm"),
    (_LANGUAGE + "rules:\n  - {id: x.script, checks: scrip}\n", 6, "'checks' is one of script, normalize, words"),
])
def test_a_broken_rule_file_is_one_line_with_its_file_and_line(tmp_path, body, line, part):
    path = tmp_path / "broken.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(FactcheckError) as caught:
        _parse_rule_file(path)
    assert caught.value.line == line and part in caught.value.message and caught.value.path == str(path)


def test_a_key_the_files_of_a_stage_need_is_looked_for_in_all_of_them(tmp_path, monkeypatch):
    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "language.yaml").write_text(_LANGUAGE, encoding="utf-8")
    (pack / "consistency.yaml").write_text("stage: consistency\nconjunction: and\n", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_RULES", str(tmp_path))
    with pytest.raises(FactcheckError) as caught:
        rule_files("xx", "consistency")
    assert str(caught.value) == f"{pack / 'consistency.yaml'}:1: needs 'of' (in one of the consistency files of 'xx')"
    (pack / "more.yaml").write_text("stage: consistency\nof: of\n", encoding="utf-8")
    rule_files.cache_clear()
    assert len(rule_files("xx", "consistency")) == 2
    assert rule_files("xx", "roles") == ()         # a pack without roles has no roles rules
