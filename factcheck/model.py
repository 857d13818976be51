"""The typed records that flow through the pipeline.

read document -> normalise -> figures -> attributions (linked) -> quotes -> verify -> report.
Every span holds character offsets into the original text of the document as given.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Union

if TYPE_CHECKING:
    from .findings import Finding

# A figure's value: a number, [low, high] for ranges and vague magnitudes,
# ISO text for dates ("2023-10-07", "2023-10", "--10-07", "1445-09-15H") and times ("09:00").
Value = Union[int, float, str, list[int | float]]

# by rising severity; "checked": signed off by a person (factcheck signoff)
VERDICTS = ("checked", "supported", "unverified", "outdated", "contradicted")
FAIL_ON = ("unverified", "outdated", "contradicted")     # the verdicts --fail-on can name


def format_value(value: Value, unit: str | None = None) -> str:
    """A value as a reader writes it: 1948, 4321, 31,819, 1,400,000, 2.5, 10,000–99,999."""
    if isinstance(value, (list, tuple)):
        text = "–".join(format_value(v) for v in value)
    elif isinstance(value, float) and not value.is_integer():
        text = f"{round(value, 2):,}" if abs(value) >= 10000 else f"{value:g}"
    elif isinstance(value, (int, float)):
        text = f"{int(value):,}" if abs(value) >= 10000 else str(int(value))
    else:
        text = str(value)
    return f"{text} {unit}" if unit else text


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Figure:
    text: str
    start: int
    end: int
    kind: str           # count money percent measure year date time duration age ordinal fraction range vague
    value: Value
    unit: str | None = None
    qualifier: str | None = None        # approx, more_than, less_than, at_least, at_most
    qualifier_text: str | None = None
    subject: str | None = None          # the counted or measured noun, as written
    calendar: str | None = None         # "hijri" for Hijri dates
    context: str = ""                   # the normalised sentence around the figure (for matching)
    rule: str = ""                      # id of the rule that produced it
    attribution: int | None = None      # index into the file's attributions


@dataclass(slots=True)
class Attribution:
    cue: Span
    source: Span | None
    source_type: str                    # person official organization media document anonymous vague implied
    resolved: str | None = None
    loaded: bool = False
    figures: list[int] = field(default_factory=list)
    rule: str = ""

    def described(self) -> str:
        """The source as written and who stands behind it where the text says ("البيان = الوزارة")."""
        who = self.source.text if self.source else "(implied)"
        return f"{who} = {self.resolved}" if self.resolved else who


@dataclass(frozen=True, slots=True)
class Source:
    publisher: str
    url: str | None = None
    published: dt.date | None = None


@dataclass(slots=True)
class Reference:
    """The fact a figure was checked against."""
    fact_id: str
    value: Value
    unit: str | None
    as_of: dt.date | None
    source: Source
    matched: str = ""                   # the name or alias that matched
    score: float = 0.0
    name: str = ""                      # the fact's (or event's) name


@dataclass(frozen=True, slots=True)
class Signoff:
    """A person's record that they checked a figure in its sentence (.factcheck/checked.yaml)."""
    file: str                           # the article, as the sign-off named it
    figure: str                         # the figure as written
    sentence: str                       # its sentence, normalised (the key, with the figure)
    by: str
    date: dt.date
    note: str = ""
    source: str = ""


@dataclass(slots=True)
class Verdict:
    status: str                         # one of VERDICTS
    reason: str = ""
    reference: Reference | None = None
    alternatives: list[Reference] = field(default_factory=list)  # equally good other facts
    signoff: Signoff | None = None      # who checked it, for a "checked" verdict


@dataclass(frozen=True, slots=True)
class StatementReference:
    """The statement of the reference store a quote was checked against."""
    statement_id: str
    source: str                         # who made it (its first name)
    date: dt.date | None
    url: str | None
    matched: str                        # the statement's words aligned with the quote
    score: float                        # 0-100: the share of the quote's words found there
    changes: tuple[tuple[str, str], ...] = ()   # (quoted words, stated words) that differ


@dataclass(slots=True)
class Quote:
    text: str                           # the quoted words, without the marks
    start: int
    end: int
    speaker: int | None = None          # index into the file's attributions
    verdict: str | None = None          # supported, misquoted, misattributed, unverified; None: not verified
    reason: str = ""
    reference: StatementReference | None = None


@dataclass(frozen=True, slots=True)
class OfficeReference:
    """The office a role claim was checked against."""
    person_id: str
    office: str                         # the office's first title (English first)
    country: str | None
    start: dt.date
    end: dt.date | None                 # None while still in office
    source: Source


@dataclass(slots=True)
class Role:
    """A title next to a person's name ("وزير الدفاع الإسرائيلي يوآف غالانت")."""
    text: str                           # the title and the name, as written
    start: int
    end: int
    person: Span                        # the name as written
    title: Span                         # the title as written (with its country adjectives)
    person_id: str
    verdict: str = "unverified"         # supported, outdated, contradicted or unverified
    reason: str = ""
    reference: OfficeReference | None = None


@dataclass(frozen=True, slots=True)
class Inconsistency:
    """Figures or words of one article that disagree with each other or with the calendar."""
    rule: str                   # "consistency/sum", "consistency/weekday"...
    span: Span                  # what disagrees: the figure or word to fix
    related: tuple[Span, ...]   # the figures or words it disagrees with
    expected: str               # what the others imply ("67", "الاثنين", "×2.3")
    message: str


@dataclass(frozen=True, slots=True)
class ClaimMatch:
    """A sentence of the article that repeats a claim someone already fact-checked."""
    span: Span                          # the sentence
    claim_id: str
    claim: str                          # the claim as reviewed
    rating: str
    reviewer: str
    url: str
    date: dt.date | None
    author: str                         # who made the claim
    score: float                        # 0-100: how closely the sentence repeats it


@dataclass(slots=True)
class FileResult:
    path: str
    language: str
    date: dt.date
    date_from: str                      # "option", "front matter", "file name" or "today"
    text: str
    figures: list[Figure]
    attributions: list[Attribution]
    verdicts: list[Verdict | None]      # parallel to figures; None when not verified (extract)
    title: str | None = None
    findings: list[Finding] | None = None   # in text order (None: the default rules')
    quotes: list[Quote] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    consistency: list[Inconsistency] = field(default_factory=list)
    show: str = "all"                   # what reports list: "all", or only "problems" (see findings.view)
    stale: list[Signoff] = field(default_factory=list)     # sign-offs of this file whose sentence changed
    claims: list[ClaimMatch] = field(default_factory=list)  # sentences repeating a claim already checked
