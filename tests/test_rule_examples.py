"""One runner for every example kept beside the rules in `rules/` (the Duckling way).

Each rule file names its `stage`; the stage's checker in tests/rule_examples.py checks an example:
`check(lang, rule, example, should_match) -> error message or None`.
A rule without both kinds of examples fails. With FACTCHECK_RULES set, the examples of the
packs it names are checked too.
"""
from __future__ import annotations

import pytest

from factcheck.rules import all_rule_files, load_yaml

from . import rule_examples as checkers

STAGES = {
    "language": checkers.check_language,
    "normalize": checkers.check_normalize,
    "figures": checkers.check_figures,
    "attributions": checkers.check_attributions,
    "compare": checkers.check_compare,
    "roles": checkers.check_roles,
    "frames": checkers.check_frames,
    "consistency": checkers.check_consistency,
}


def _rules():
    for path in all_rule_files():       # the bundled packs' and those of FACTCHECK_RULES
        data = load_yaml(path)
        lang = path.parent.name
        for i, rule in enumerate(data.get("rules") or []):
            yield pytest.param(path, lang, data["stage"], rule, id=f"{lang}/{path.stem}/{rule.get('id', i)}")


RULES = list(_rules())


def test_there_are_rules_for_every_stage():
    stages = {p.values[2] for p in RULES}
    assert {"normalize", "figures", "attributions"} <= stages


@pytest.mark.parametrize("path,lang,stage,rule", RULES)
def test_rule_examples(path, lang, stage, rule):
    assert stage in STAGES, f"{path}: unknown stage {stage!r}"
    assert rule.get("id"), f"{path}: a rule without an id"
    examples = rule.get("examples") or {}
    assert examples.get("match"), f"{path}: rule {rule.get('id')} has no examples that must match"
    assert examples.get("no_match"), f"{path}: rule {rule.get('id')} has no examples that must not match"
    check = STAGES[stage]
    lang = "en" if lang == "common" and stage != "normalize" else lang
    errors = [e for ex in examples["match"] if (e := check(lang, rule, ex, True))]
    errors += [f"must not match: {e}" for ex in examples["no_match"]
               if (e := check(lang, rule, ex, False))]
    assert not errors, f"{path} rule {rule['id']}:\n  " + "\n  ".join(errors)
