"""Which stored document a text is: the same words (fingerprint), or nearly (shingles)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.db.models import Q

from reports.extraction.fingerprint import (
    SHINGLE_WORDS,
    fingerprint,
    shingle_share,
    shingles,
    sketch,
    sketch_share,
    words,
)
from reports.models import SourceDocument

# A document sharing this share of its shingles with a stored one may be the same article
# (another site's copy, an edited version): staff are told and choose.
SIMILAR_SHARE = 0.9
# Sketches estimate the resemblance (shared / union), at least 0.9 / 1.1 ≈ 0.82 for a share of
# 0.9; the bar sits 2.5 standard errors of a 64-hash estimate below that.
_SKETCH_BAR = 0.7
# How many near-duplicates are named at most; as many candidates, the closest by their
# sketches, have their texts read (reading every candidate's would grow with the database,
# and a load reads one text at most: the closest copy is the one staff need to compare).
_SIMILAR_SHOWN = 1


@dataclass(frozen=True)
class SimilarDocument:
    document: SourceDocument
    share: float

    @property
    def percent(self) -> int:
        return math.floor(self.share * 100)


def document_find(text: str, sha256: str | None = None) -> SourceDocument | None:
    """The stored document with the same words as ``text`` (or, for a row not yet merged by
    ``find_duplicates``, the same exact text), or None."""
    query = Q(fingerprint=fingerprint(text))
    if sha256:
        query |= Q(sha256=sha256)
    found = list(SourceDocument.objects.filter(query).select_related("uploaded_by")[:2])
    # the fingerprint's row first: it is the one that stays when duplicates are merged
    found.sort(key=lambda d: d.fingerprint is None)
    return found[0] if found else None


def documents_similar(text: str, *, exclude: int | None = None) -> list[SimilarDocument]:
    """Stored documents sharing at least ``SIMILAR_SHARE`` of their shingles with ``text``,
    most similar first. Only documents of about the same length are candidates (a share
    relative to the larger bounds the length ratio), and their sketches are compared before
    any text is read."""
    sequence = words(text)
    own = shingles(sequence)
    if not own:
        return []
    n = len(sequence)
    low = math.floor(n * SIMILAR_SHARE) - SHINGLE_WORDS
    high = math.ceil(n / SIMILAR_SHARE) + SHINGLE_WORDS
    own_sketch = sketch(own)
    candidates = SourceDocument.objects.filter(word_count__gte=low, word_count__lte=high)
    if exclude is not None:
        candidates = candidates.exclude(pk=exclude)
    estimates = [
        (sketch_share(own_sketch, other), pk)
        for pk, other in candidates.values_list("pk", "shingle_sketch").iterator()
    ]
    close = [
        pk for share, pk in sorted(estimates, reverse=True)[:_SIMILAR_SHOWN] if share >= _SKETCH_BAR
    ]
    out = []
    for doc in SourceDocument.objects.filter(pk__in=close).select_related("uploaded_by"):
        share = shingle_share(own, shingles(words(doc.text)))
        if share >= SIMILAR_SHARE:
            out.append(SimilarDocument(doc, share))
    out.sort(key=lambda s: (-s.share, s.document.pk))
    return out[:_SIMILAR_SHOWN]
