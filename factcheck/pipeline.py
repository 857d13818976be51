"""The one pipeline: document -> normalise -> figures -> attributions -> quotes -> frames -> verify ->
consistency -> FileResult."""
from __future__ import annotations

import os

from .attributions import extract_attributions
from .claims import match_claims
from .consistency import check_consistency
from .document import Document
from .errors import FactcheckError
from .figures import extract_figures
from .frames import Frames
from .findings import findings
from .model import FileResult
from .normalize import normalize
from .quotes import extract_quotes, verify_quotes
from .references import ReferenceStore
from .roles import find_roles
from .signoff import apply as apply_signoffs
from .rules import REGEX_TIMEOUT, rule_files
from .verify import verify


def check_document(doc: Document, store: ReferenceStore | None,
                   levels: dict[str, str] | None = None, signoffs: dict | None = None,
                   whole: bool = True) -> FileResult:
    """Extract and (when a store is given) verify one document; `levels` configures findings;
    `signoffs` (factcheck.signoff.load) make the figures a person checked `checked`, and those
    that no longer apply are reported, unless the document is a section of a file (not `whole`).
    A pattern that runs past REGEX_TIMEOUT on this document fails it (FactcheckError), never hangs;
    so does an internal error (a bug): the file fails with one line, the other files of the run
    are still checked (FACTCHECK_DEBUG=1 lets the exception through, with its traceback)."""
    try:
        return _check(doc, store, levels, signoffs, whole)
    except TimeoutError:
        raise FactcheckError(f"a pattern ran over {REGEX_TIMEOUT:g} s on this file (pathological input), "
                             "skipped", doc.path) from None
    except FactcheckError:
        raise
    except Exception as exc:
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        raise FactcheckError(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())} (set FACTCHECK_DEBUG=1 for "
                             "the traceback), skipped", doc.path) from None


def _check(doc: Document, store: ReferenceStore | None, levels: dict[str, str] | None,
           signoffs: dict | None, whole: bool) -> FileResult:
    norm = normalize(doc.masked)
    figures = extract_figures(doc, norm)
    attributions, quotations = extract_attributions(doc, norm, figures)
    quotes = extract_quotes(norm, quotations)
    roles = find_roles(doc.text, norm, doc.lang, store, doc.date) if store is not None else []
    if store is not None:
        verdicts = verify(figures, Frames(doc, norm, figures), store, doc.date)
    else:
        verdicts = [None] * len(figures)
    if store is not None:
        verify_quotes(quotes, attributions, store)
    claims = match_claims(doc, norm, figures, store) if store is not None else []
    stale = apply_signoffs(doc.path, doc.text, figures, verdicts, signoffs) if signoffs else []
    stale = stale if whole else []
    levels = levels or {}
    consistency = [c for c in (check_consistency(doc, norm, figures) if rule_files(doc.lang, "consistency") else ())
                   if levels.get(c.rule) != "off" and not doc.is_suppressed(c.span.start, c.rule)]
    result = FileResult(doc.path, doc.lang, doc.date, doc.date_from, doc.text, figures, attributions,
                        verdicts, doc.title, quotes=quotes, roles=roles, consistency=consistency, stale=stale,
                        claims=claims)
    result.findings = findings(result, levels, doc.is_suppressed)
    return result
