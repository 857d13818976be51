"""The one pipeline: document -> normalise -> figures -> attributions -> verify -> FileResult."""
from __future__ import annotations

from .attributions import extract_attributions
from .document import Document
from .figures import extract_figures
from .model import FileResult
from .normalize import normalize
from .references import ReferenceStore
from .verify import verify


def check_document(doc: Document, store: ReferenceStore | None) -> FileResult:
    """Extract and (when a store is given) verify one document."""
    norm = normalize(doc.masked)
    figures = extract_figures(doc, norm)
    attributions = extract_attributions(doc, norm, figures)
    verdicts = verify(figures, store, doc.date) if store is not None else [None] * len(figures)
    return FileResult(doc.path, doc.lang, doc.date, doc.date_from, doc.text,
                      figures, attributions, verdicts, doc.title)
