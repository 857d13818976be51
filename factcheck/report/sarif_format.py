"""SARIF 2.1.0 for code-scanning tools (GitHub code scanning among them)."""
from __future__ import annotations

import json
from pathlib import PurePath

from .. import __version__
from ..document import LineIndex
from ..findings import RULES, view
from ..model import FileResult

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    return "stdin" if path == "-" else PurePath(path).as_posix()


def _rule(rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.title.replace(" ", ""),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description},
        "defaultConfiguration": {"level": rule.level},
    }


def render(results: list[FileResult]) -> str:
    rule_ids = list(RULES)
    out = []
    for result in results:
        lines = LineIndex(result.text)
        for f in view(result).findings:
            line, col, end_line, end_col = lines.region(f.start, f.end)
            related = [{"id": k, "message": {"text": r.text}, "physicalLocation": {
                "artifactLocation": {"uri": _uri(result.path)},
                "region": dict(zip(("startLine", "startColumn", "endLine", "endColumn"), lines.region(r.start, r.end)))}}
                for k, r in enumerate(f.related, 1)]
            out.append({
                "ruleId": f.rule.id,
                "ruleIndex": rule_ids.index(f.rule.id),
                "level": f.level,
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": _uri(result.path)},
                    "region": {"startLine": line, "startColumn": col, "endLine": end_line,
                               "endColumn": end_col, "snippet": {"text": f.text}},
                }}],
                **({"relatedLocations": related} if related else {}),
            })
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck", "version": __version__,
                "rules": [_rule(RULES[r]) for r in rule_ids],
            }},
            "columnKind": "unicodeCodePoints",
            "results": out,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, allow_nan=False, indent=2) + "\n"
