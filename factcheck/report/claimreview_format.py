"""ClaimReview JSON-LD (schema.org): each figure a verdict was given for, as a review of the claim
its sentence makes, for desks that publish their checks (Google's Fact Check markup reads it).
Unverified figures are not reviews and are left out."""
from __future__ import annotations

import json

from ..model import FileResult
from ..signoff import sentence

# a verdict as a rating: (alternateName, ratingValue on 1-5)
RATINGS = {"supported": ("True", 5), "checked": ("Checked", 5), "outdated": ("Outdated", 3),
           "contradicted": ("False", 1)}


def reviews(result: FileResult) -> list[dict]:
    out = []
    for fig, verdict in zip(result.figures, result.verdicts):
        if verdict is None or verdict.status not in RATINGS:
            continue
        name, value = RATINGS[verdict.status]
        claim: dict = {"@type": "Claim", "datePublished": result.date.isoformat(), "appearance": {
            "@type": "CreativeWork", "name": result.title or result.path}}
        if fig.attribution is not None:
            att = result.attributions[fig.attribution]
            who = att.resolved or (att.source.text if att.source else None)
            if who:
                claim["author"] = {"@type": "Organization" if att.source_type != "person" else "Person", "name": who}
        review = {"@context": "https://schema.org", "@type": "ClaimReview",
                  "claimReviewed": sentence(result.text, fig),
                  "itemReviewed": claim,
                  "reviewRating": {"@type": "Rating", "alternateName": name, "ratingValue": value,
                                   "bestRating": 5, "worstRating": 1},
                  "reviewBody": f"“{fig.text}”: {verdict.reason}",
                  "author": {"@type": "Organization", "name": "factcheck"},
                  "inLanguage": result.language}
        ref = verdict.reference
        if ref is not None and ref.source.url:
            review["citation"] = {"@type": "CreativeWork", "name": ref.source.publisher, "url": ref.source.url}
        if verdict.signoff is not None:
            review["author"] = {"@type": "Person", "name": verdict.signoff.by}
            review["datePublished"] = verdict.signoff.date.isoformat()
        out.append(review)
    return out


def render(results: list[FileResult]) -> str:
    items = [r for result in results for r in reviews(result)]
    return json.dumps(items, ensure_ascii=False, allow_nan=False, indent=2) + "\n"
