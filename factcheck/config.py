"""Configuration: `.factcheck.yaml`, or `[tool.factcheck]` in `pyproject.toml`, found from the
current directory upwards. Command-line options override it."""
from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FactcheckError
from .findings import RULES
from .model import FAIL_ON
from .rules import check_language, key_lines, load_yaml

LEVELS = ("error", "warning", "note", "off")
DEFAULT_INCLUDE = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")


@dataclass
class Config:
    path: Path | None = None                      # the file it came from
    refs: list[Path] = field(default_factory=list)
    bundled_refs: bool = True
    fail_on: str = "contradicted"
    lang: str = "auto"
    date: dt.date | None = None
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=list)
    rules: dict[str, str] = field(default_factory=dict)   # rule id -> level or "off"
    encoding: str | None = None                   # --encoding (command line only)

    def as_dict(self) -> dict:
        return {
            "config_file": str(self.path) if self.path else None,
            "refs": [str(p) for p in self.refs], "bundled-refs": self.bundled_refs,
            "fail-on": self.fail_on, "lang": self.lang,
            "date": self.date.isoformat() if self.date else None,
            "include": self.include, "exclude": self.exclude,
            "rules": {rid: self.rules.get(rid, rule.level) for rid, rule in RULES.items()},
        }


def find_config(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".factcheck.yaml").is_file():
            return folder / ".factcheck.yaml"
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.factcheck]" in pyproject.read_text(encoding="utf-8", errors="replace"):
            return pyproject
    return None


def _strings(value, key: str, path: Path) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise FactcheckError(f"'{key}' must be a string or a list of strings", str(path))
    return value


def load_config(path: Path | None) -> Config:
    if path is None:
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise FactcheckError(f"cannot read: {exc}", str(path)) from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(text).get("tool", {}).get("factcheck", {})
        except tomllib.TOMLDecodeError as exc:
            raise FactcheckError(f"TOML error: {exc}", str(path)) from None
        lines: dict[str, int] = {}
    else:
        data = load_yaml(path, text) or {}
        lines = key_lines(text)
    if not isinstance(data, dict):
        raise FactcheckError("configuration must be a mapping", str(path), 1)
    cfg = Config(path=path)
    for key, value in data.items():
        try:
            _set(cfg, key, value, path, lines)
        except FactcheckError as exc:      # the line of the rule at fault, else of its key
            raise FactcheckError(exc.message, str(path), exc.line or lines.get(key)) from None
    return cfg


def _set(cfg: Config, key: str, value, path: Path, lines: dict[str, int]) -> None:
    here = path.parent
    if key == "refs":
        cfg.refs = [here / p for p in _strings(value, key, path)]
    elif key == "bundled-refs":
        if not isinstance(value, bool):     # "no" (quoted) is a string, and true to bool()
            raise FactcheckError(f"'bundled-refs' must be true or false, not {value!r}", str(path))
        cfg.bundled_refs = value
    elif key == "fail-on":
        if value not in (*FAIL_ON, "never"):
            raise FactcheckError(f"'fail-on' must be one of {', '.join((*FAIL_ON, 'never'))}", str(path))
        cfg.fail_on = value
    elif key == "lang":
        cfg.lang = check_language(str(value), str(path))
    elif key == "date":
        try:
            cfg.date = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError:
            raise FactcheckError(f"'date' {value!r} is not YYYY-MM-DD", str(path)) from None
    elif key in ("include", "exclude"):
        setattr(cfg, key, _strings(value, key, path))
    elif key == "rules":
        if not isinstance(value, dict):
            raise FactcheckError("'rules' must map rule ids to a level", str(path))
        for rid, level in value.items():
            level = "off" if level is False else level
            if rid not in RULES:
                raise FactcheckError(f"unknown rule {rid!r} (known: {', '.join(RULES)})", str(path),
                                     lines.get(f"rules.{rid}"))
            if level not in LEVELS:
                raise FactcheckError(f"rule {rid!r}: level must be one of {', '.join(LEVELS)}", str(path),
                                     lines.get(f"rules.{rid}"))
            cfg.rules[rid] = level
    else:
        raise FactcheckError(f"unknown configuration key {key!r}", str(path))
