"""The one pipeline: document -> normalise -> figures -> attributions -> verify -> FileResult."""
from __future__ import annotations

from .attributions import extract_attributions
from .document import Document
from .figures import extract_figures
from .findings import findings
from .model import FileResult
from .normalize import normalize
from .references import ReferenceStore
from .verify import verify


def check_document(doc: Document, store: ReferenceStore | None,
                   levels: dict[str, str] | None = None) -> FileResult:
    """Extract and (when a store is given) verify one document; `levels` configures findings."""
    norm = normalize(doc.masked)
    figures = extract_figures(doc, norm)
    attributions = extract_attributions(doc, norm, figures)
    verdicts = verify(figures, store, doc.date) if store is not None else [None] * len(figures)
    result = FileResult(doc.path, doc.lang, doc.date, doc.date_from, doc.text,
                        figures, attributions, verdicts, doc.title)
    result.findings = findings(result, levels, doc.is_suppressed)
    return result
