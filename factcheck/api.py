"""The Python API: check a text from a CMS, a notebook or a script.

    >>> import factcheck
    >>> report = factcheck.check("Gaza's 2.3 million residents ...", date="2024-03-20")
    >>> [(f.text, f.status, f.source) for f in report.figures]

`Checker` loads the rules and the reference store once and checks many texts. A `Report` holds
its figures with their own verdict, reference and attribution (objects, not indexes), the
quotes with their speakers, the inconsistencies, and `to_json()` gives exactly the file entry of
the JSON report (docs/json-report.md).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .document import Document, LineIndex, from_text, read_document
from .model import Attribution, Figure, FileResult, Inconsistency, Quote, Reference, Role, Signoff, Value, Verdict
from .pipeline import check_document
from .references import ReferenceStore, folders, load_store

if TYPE_CHECKING:
    from .findings import Finding

__all__ = ["Checker", "CheckedFigure", "CheckedQuote", "Report", "check"]


@dataclass(frozen=True)
class CheckedFigure:
    """A figure with what was found about it."""
    figure: Figure
    verdict: Verdict | None             # None when no store was used
    attribution: Attribution | None     # who it is credited to, or None: nobody
    line: int
    column: int

    @property
    def text(self) -> str:
        return self.figure.text

    @property
    def value(self) -> Value:
        return self.figure.value

    @property
    def status(self) -> str | None:
        """supported, contradicted, outdated, unverified, checked, or None (not verified)."""
        return self.verdict.status if self.verdict else None

    @property
    def reference(self) -> Reference | None:
        return self.verdict.reference if self.verdict else None

    @property
    def source(self) -> str | None:
        """Who the article credits the figure to, as a reader would name them."""
        att = self.attribution
        if att is None:
            return None
        return att.resolved or (att.source.text if att.source else None)


@dataclass(frozen=True)
class CheckedQuote:
    quote: Quote
    speaker: Attribution | None


@dataclass(frozen=True)
class Report:
    """What was found in one text."""
    result: FileResult

    @property
    def figures(self) -> list[CheckedFigure]:
        lines = LineIndex(self.result.text)
        atts = self.result.attributions
        return [CheckedFigure(f, v, atts[f.attribution] if f.attribution is not None else None, *lines.position(f.start))
                for f, v in zip(self.result.figures, self.result.verdicts)]

    @property
    def attributions(self) -> list[Attribution]:
        return list(self.result.attributions)

    @property
    def quotes(self) -> list[CheckedQuote]:
        atts = self.result.attributions
        return [CheckedQuote(q, atts[q.speaker] if q.speaker is not None else None) for q in self.result.quotes]

    @property
    def roles(self) -> list[Role]:
        return list(self.result.roles)

    @property
    def inconsistencies(self) -> list[Inconsistency]:
        return list(self.result.consistency)

    @property
    def problems(self) -> list[Finding]:
        """The findings at level error or warning (factcheck.findings.Finding), in text order."""
        from .findings import view

        return list(view(self.result, "problems").findings)

    def to_json(self) -> dict[str, Any]:
        """The file entry of the JSON report, exactly (docs/json-report.md)."""
        from .report.json_format import file_dict

        return file_dict(self.result)


class Checker:
    """Rules and a reference store loaded once, for many texts.

    `refs`: store folders layered on the bundled store (`bundled=False`: on nothing); `verify=False`
    extracts only. `rules`: rule levels as in the configuration ({"figure/unverified": "off"}).
    `signoffs`: the figures people checked (factcheck.signoff.load()), reported as `checked`."""

    def __init__(self, refs: Iterable[str | Path] = (), bundled: bool = True, verify: bool = True,
                 rules: dict[str, str] | None = None, signoffs: dict[tuple[str, str, str], Signoff] | None = None):
        self.store: ReferenceStore | None = load_store(folders(refs, bundled)) if verify else None
        self.rules = dict(rules or {})
        self.signoffs = signoffs

    def check(self, text: str, *, lang: str = "auto", date: str | dt.date | None = None, path: str = "-") -> Report:
        """Check one text (`date`: the article's, ISO text or a date; default: its front matter,
        else today; `path`: the name it is reported under, whose extension says how it is read)."""
        return self.check_document(from_text(text, path, lang, _day(date)))

    def check_file(self, path: str | Path, *, lang: str = "auto", date: str | dt.date | None = None,
                   encoding: str | None = None) -> Report:
        """Read a file ("-": standard input) as the command line does (UTF-8, or UTF-16 with a BOM,
        or `encoding`; text, Markdown or HTML; a date in its name) and check it."""
        return self.check_document(read_document(str(path), lang, _day(date), encoding))

    def check_document(self, doc: Document, whole: bool = True) -> Report:
        """Check a document as factcheck.document reads it; `whole=False`: a section of a file read
        as a stream (its stale sign-offs are not reported)."""
        return Report(check_document(doc, self.store, self.rules, self.signoffs, whole))


def _day(date: str | dt.date | None) -> dt.date | None:
    return dt.date.fromisoformat(date) if isinstance(date, str) else date


def check(text: str, *, lang: str = "auto", date: str | dt.date | None = None, refs: Iterable[str | Path] = (),
          bundled: bool = True) -> Report:
    """Check one text against the bundled store (and `refs`); for many texts, use a Checker."""
    return Checker(refs, bundled).check(text, lang=lang, date=date)
