"""Sign-offs: a person's record that they checked a figure, kept beside the articles.

`factcheck signoff FILE:LINE:COLUMN --by NAME` writes `.factcheck/checked.yaml` (in the current
folder: the repository's root, where CI and pre-commit run), reviewable in a pull request. A
record is keyed on the article, the figure as written and its sentence (normalised), so it
survives edits elsewhere in the article; when the sentence changes it no longer applies and is
reported as stale. A signed-off figure gets the verdict `checked`, with who, when and the note.
"""
from __future__ import annotations

import datetime as dt
import functools
import os
from bisect import bisect_left, bisect_right
from pathlib import Path, PurePath

import yaml

from .errors import FactcheckError
from .model import Figure, Signoff, Verdict
from .normalize import normalize, sentence_end
from .rules import key_lines, load_yaml, read_yaml_text

FILE = Path(".factcheck") / "checked.yaml"


def article(path: str) -> str:
    """An article's name in the sign-offs: relative to the current folder, with forward slashes."""
    if path == "-":
        return path
    try:
        path = os.path.relpath(path)
    except ValueError:      # another drive
        pass
    return PurePath(path).as_posix()


@functools.lru_cache(maxsize=4)
def _ends(text: str) -> tuple[int, ...]:
    """Where the text's sentences end: read once per text, whatever number of figures ask."""
    return tuple(m.end() for m in sentence_end().finditer(text))


def sentence(text: str, figure: Figure) -> str:
    """The figure's sentence as written, spaces collapsed."""
    ends = _ends(text)
    k = bisect_right(ends, figure.start)
    start = ends[k - 1] if k else 0
    j = bisect_left(ends, figure.end)
    end = ends[j] if j < len(ends) else len(text)
    return " ".join(text[start:end].split())


def _key(file: str, figure: str, written: str) -> tuple[str, str, str]:
    """What a sign-off is matched on: the article, the figure, its sentence normalised (letter
    variants, digits in any script, diacritics: an edit that changes none of them keeps it)."""
    return file, " ".join(normalize(figure).text.split()), " ".join(normalize(written).text.split())


def load(path: Path = FILE) -> dict[tuple[str, str, str], Signoff]:
    """The sign-offs of a file (none when it does not exist), by (article, figure, sentence)."""
    if not path.exists():
        return {}
    text = read_yaml_text(path)
    data = load_yaml(path, text) or {}
    records = data.get("checked") if isinstance(data, dict) else None
    if not isinstance(records, list):
        raise FactcheckError("a sign-off file is a mapping with a list 'checked'", str(path), 1)
    out = {}
    for n, record in enumerate(records):
        try:
            signoff = Signoff(str(record["file"]), str(record["figure"]), str(record["sentence"]), str(record["by"]),
                              dt.date.fromisoformat(str(record["date"])), str(record.get("note") or ""),
                              str(record.get("source") or ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise FactcheckError(f"sign-off {n + 1}: needs file, figure, sentence, by and an ISO date ({exc})",
                                 str(path), key_lines(text).get("checked")) from None
        out[_key(signoff.file, signoff.figure, signoff.sentence)] = signoff
    return out


def apply(path: str, text: str, figures: list[Figure], verdicts: list[Verdict | None],
          signoffs: dict[tuple[str, str, str], Signoff]) -> list[Signoff]:
    """Give the signed-off figures of an article the verdict `checked`; return the article's
    sign-offs that match no figure any more (their sentence changed)."""
    name = article(path)
    mine = {k: s for k, s in signoffs.items() if k[0] == name}
    if not mine:
        return []
    used = set()
    for i, fig in enumerate(figures):
        key = _key(name, fig.text, sentence(text, fig))
        if key in mine:
            s = mine[key]
            used.add(key)
            why = f"checked by {s.by} on {s.date.isoformat()}" + (f": {s.note}" if s.note else "")
            if s.source:
                why += f" ({s.source})"
            was = verdicts[i]
            if was is not None and was.status != "supported":
                why += f"; the store says {was.status}"
            verdicts[i] = Verdict("checked", why, was.reference if was else None, signoff=s)
    return [s for k, s in mine.items() if k not in used]


def sign(path: str, text: str, figure: Figure, by: str, note: str = "", source: str = "",
         file: Path = FILE, today: dt.date | None = None) -> Signoff:
    """Record (or renew) a sign-off of a figure of an article in `file`; returns it."""
    record = Signoff(article(path), figure.text, sentence(text, figure), by, today or dt.date.today(), note, source)
    records = [r for r in _raw(file) if _key(str(r.get("file")), str(r.get("figure")), str(r.get("sentence")))
               != _key(record.file, record.figure, record.sentence)]
    records.append({"file": record.file, "figure": record.figure, "sentence": record.sentence, "by": record.by,
                    "date": record.date.isoformat(), **({"note": note} if note else {}),
                    **({"source": source} if source else {})})
    file.parent.mkdir(parents=True, exist_ok=True)
    header = "# Figures a person checked (factcheck signoff); a record stops applying when its sentence changes.\n"
    body = yaml.safe_dump({"checked": records}, allow_unicode=True, sort_keys=False, width=100)
    tmp = file.with_suffix(".yaml.tmp")
    tmp.write_text(header + body, encoding="utf-8")
    tmp.replace(file)
    return record


def _raw(file: Path) -> list[dict]:
    if not file.exists():
        return []
    load(file)      # refuses a broken file before it is rewritten
    return list((load_yaml(file, read_yaml_text(file)) or {}).get("checked") or [])
