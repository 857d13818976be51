"""Claims already fact-checked: ClaimReview records read into the store's `claims`, and the
sentences of an article that repeat one of them.

`factcheck refs import-claimreview FILE` reads the records fact-checkers publish (schema.org
ClaimReview JSON-LD: `claimReviewed`, `itemReviewed.author`, `reviewRating.alternateName`, `url`,
`datePublished`, `author`; or the Google Fact Check Tools shape: `claims[].text`, `claimant`,
`claimReview[].textualRating`) into store records. A sentence matches a claim when most of the
claim's words are in it (rapidfuzz over normalised text) and every number the claim states is a
figure of the sentence: "قتل 12 شخصا" does not match a reviewed "قتل 40 شخصا".
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import json
from collections import Counter
from pathlib import Path

import regex
from rapidfuzz import fuzz

from .document import Document, detect_language, from_text
from .errors import FactcheckError
from .figures import extract_figures
from .model import ClaimMatch, Figure, Span
from .normalize import Normalized, normalize
from .rules import packs
from .references import ReferenceStore
from .words import tokens, variants

MIN_SCORE = 80          # rapidfuzz token_set_ratio of the claim and the sentence (0-100)
MIN_SHARED = 0.6        # share of the claim's content words the sentence must hold


# ---------------------------------------------------------------- import

def _items(data) -> list[dict]:
    """The ClaimReview objects of a JSON document, whatever wraps them."""
    if isinstance(data, list):
        return [i for d in data for i in _items(d)]
    if not isinstance(data, dict):
        return []
    if "@graph" in data:
        return _items(data["@graph"])
    if "claims" in data and isinstance(data["claims"], list):       # Google Fact Check Tools
        return [{"claimReviewed": c.get("text"), "itemReviewed": {"author": {"name": c.get("claimant")}},
                 "reviewRating": {"alternateName": r.get("textualRating")}, "url": r.get("url"),
                 "datePublished": r.get("reviewDate") or c.get("claimDate"),
                 "author": {"name": (r.get("publisher") or {}).get("name")}, "inLanguage": r.get("languageCode")}
                for c in data["claims"] if isinstance(c, dict) for r in c.get("claimReview") or [] if isinstance(r, dict)]
    kind = data.get("@type")
    return [data] if kind == "ClaimReview" or (isinstance(kind, list) and "ClaimReview" in kind) else []


def _name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip() if value else ""


def import_claimreview(path: Path) -> tuple[list[dict], list[str]]:
    """Store records from a file of ClaimReview JSON-LD; the items left out, each with why."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise FactcheckError(f"not a JSON file of ClaimReview records ({exc})", str(path)) from None
    records, skipped = [], []
    for n, item in enumerate(_items(data), 1):
        claim = " ".join(str(item.get("claimReviewed") or "").split())
        rating = _name((item.get("reviewRating") or {}).get("alternateName") if isinstance(item.get("reviewRating"), dict)
                       else None)
        reviewer, url = _name(item.get("author")), str(item.get("url") or "")
        if not (claim and rating and reviewer and url.startswith(("http://", "https://"))):
            skipped.append(f"item {n}: needs claimReviewed, reviewRating.alternateName, author and an http(s) url")
            continue
        item_reviewed = item.get("itemReviewed") if isinstance(item.get("itemReviewed"), dict) else {}
        record = {"id": "claim-" + hashlib.sha1(f"{url}\0{claim}".encode()).hexdigest()[:12], "claim": claim,
                  "author": _name(item_reviewed.get("author")), "rating": rating, "reviewer": reviewer, "url": url}
        date = str(item.get("datePublished") or "")[:10]
        try:
            record["date"] = dt.date.fromisoformat(date).isoformat()
        except ValueError:
            pass
        lang = regex.split(r"[-_]", str(item.get("inLanguage") or ""))[0].lower()
        record["language"] = lang if lang in packs() else detect_language(claim)
        if not record["author"]:
            del record["author"]
        records.append(record)
    return records, skipped


# ---------------------------------------------------------------- matching

def _values(figures: list[Figure]) -> list[float]:
    return [float(f.value) for f in figures if isinstance(f.value, (int, float)) and not isinstance(f.value, bool)]


@functools.lru_cache(maxsize=4096)
def _claim_values(text: str, lang: str) -> tuple[float, ...]:
    doc = from_text(text, "-", lang, dt.date(2000, 1, 1))
    return tuple(_values(extract_figures(doc, normalize(doc.masked))))


def match_claims(doc: Document, norm: Normalized, figures: list[Figure], store: ReferenceStore) -> list[ClaimMatch]:
    """The sentences of the article that repeat a claim of the store, best claim each."""
    if not store.claims:
        return []
    out = []
    text = norm.text
    start = 0
    ends = norm.sentence_ends + [len(text)]
    for end in ends:
        sentence = text[start:end]
        lo, hi = start, end
        start = end
        words = {v for _, _, w in tokens(sentence) for v in variants(w)}
        if len(words) < 3:
            continue
        shared = Counter(cid for w in words for cid in store.claim_index.get(w, ()))
        best = None
        for cid, n in shared.most_common(5):
            claim = store.claims[cid]
            if n < MIN_SHARED * len({w for _, _, w in tokens(claim.text)}):
                continue
            score = fuzz.token_set_ratio(normalize(claim.text).text, sentence)
            if score < MIN_SCORE or (best and score <= best[0]):
                continue
            own = [f for f in figures if lo <= norm.to_normalized(f.start) < hi]
            have = _values(own)
            if not all(any(abs(v - h) <= 0.01 * max(abs(v), 1) for h in have)
                       for v in _claim_values(claim.text, claim.language or doc.lang)):
                continue        # a number the claim states is not the sentence's: another claim
            best = (score, claim)
        if best:
            s, e = norm.to_original(lo), norm.to_original(hi)
            while s < e and doc.text[s].isspace():
                s += 1
            while e > s and doc.text[e - 1].isspace():
                e -= 1
            score, claim = best
            out.append(ClaimMatch(Span(doc.text[s:e], s, e), claim.id, claim.text, claim.rating, claim.reviewer,
                                  claim.url, claim.date, claim.author, round(score, 1)))
    return out


def write(records: list[dict], out: Path | None) -> str:
    import yaml

    body = "# ClaimReview records (factcheck refs import-claimreview): claims already fact-checked.\n" + \
        yaml.safe_dump({"schema": 1, "claims": records}, allow_unicode=True, sort_keys=False, width=100)
    if out is not None:
        tmp = out.with_suffix(out.suffix + ".tmp")
        tmp.write_text(body, encoding="utf-8")
        tmp.replace(out)
    return body
