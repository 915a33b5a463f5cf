"""Re-import by identity: which stored record is which newly extracted one.

A document is re-extracted when the extractor improves (issue 14). Matching by position would
shift every record after a newly found one onto its neighbour, so staff's corrections would
land on the wrong task. A record is matched by what it is, in passes from the surest to the
weakest (style rule 11, after pupa's importers):

1. the same span of the document;
2. the same text, as a fingerprint of its folded words (the span moved, the words did not);
3. overlapping spans, covering at least half of the shorter one (the boundaries moved);
4. the same position, only where a span is unknown on either side (nothing better to go by).

Within a pass, ties go to the nearest position, so two records with the same text keep
their order.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from django.db.models import F

from reports.extraction.normalize import fold
from reports.models.common import LOCKED_STATES

Stored = TypeVar("Stored")
Found = TypeVar("Found")

# spans sharing at least this share of the shorter one are the same passage, re-cut
MIN_OVERLAP = 0.5
_WORD_RX = re.compile(r"\w+")


def text_fingerprint(text: str | None) -> str:
    """The folded word sequence of ``text``: marks, case, punctuation and layout aside.

    >>> text_fingerprint("- Tiếp tục  thực hiện\\nChỉ thị 05;")
    'tiep tuc thuc hien chi thi 05'
    """
    return " ".join(_WORD_RX.findall(fold(text)))


@dataclass(frozen=True)
class Identity:
    """What a record is, for matching: its span, the fingerprints of its text, its position."""

    span: tuple[int, int] | None
    fingerprints: frozenset[str]
    position: int


def identity(
    *, span: tuple[int | None, int | None] | None, texts: Sequence[str | None], position: int
) -> Identity:
    known = span if span and span[0] is not None and span[1] is not None else None
    prints = frozenset(p for p in (text_fingerprint(t) for t in texts) if p)
    return Identity(known, prints, position)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    if shorter <= 0:
        return 1.0 if a == b else 0.0
    return max(shared, 0) / shorter


def _same_span(s: Identity, f: Identity) -> float | None:
    return 1.0 if s.span is not None and s.span == f.span else None


def _same_text(s: Identity, f: Identity) -> float | None:
    return 1.0 if s.fingerprints & f.fingerprints else None


def _overlapping(s: Identity, f: Identity) -> float | None:
    if s.span is None or f.span is None:
        return None
    share = _overlap(s.span, f.span)
    return share if share >= MIN_OVERLAP else None


def _same_position(s: Identity, f: Identity) -> float | None:
    if s.span is not None and f.span is not None:
        return None  # both located, and not at the same place: different records
    return 1.0 if s.position == f.position else None


PASSES: tuple[Callable[[Identity, Identity], float | None], ...] = (
    _same_span,
    _same_text,
    _overlapping,
    _same_position,
)


@dataclass
class Matching(Generic[Stored, Found]):
    """``pairs`` (stored, found) in the order found; what is left on either side."""

    pairs: list[tuple[Stored, Found]]
    new: list[Found]
    gone: list[Stored]


def records_match(
    stored: Sequence[Stored],
    found: Sequence[Found],
    *,
    stored_identity: Callable[[Stored], Identity],
    found_identity: Callable[[Found], Identity],
) -> Matching[Stored, Found]:
    """Pair each found record with at most one stored record, by identity (see module)."""
    s_ids = [stored_identity(s) for s in stored]
    f_ids = [found_identity(f) for f in found]
    free_s, free_f = set(range(len(stored))), set(range(len(found)))
    paired: dict[int, int] = {}  # found index -> stored index
    for score in PASSES:
        candidates = []
        for fi in free_f:
            for si in free_s:
                value = score(s_ids[si], f_ids[fi])
                if value is not None:
                    distance = abs(s_ids[si].position - f_ids[fi].position)
                    candidates.append((-value, distance, fi, si))
        for _value, _distance, fi, si in sorted(candidates):
            if fi in free_f and si in free_s:
                paired[fi] = si
                free_f.discard(fi)
                free_s.discard(si)
    return Matching(
        pairs=[(stored[paired[fi]], found[fi]) for fi in sorted(paired)],
        new=[found[fi] for fi in sorted(free_f)],
        gone=[stored[si] for si in sorted(free_s)],
    )


# ---------------------------------------------------------------------------------------------
# The identities of tasks and meetings


def _span_of(record) -> tuple[int | None, int | None]:
    return (record.span_start, record.span_end)


def _found_span(span) -> tuple[int, int] | None:
    return (span.start, span.end) if span else None


def stored_task_identity(task, document_text: str) -> Identity:
    """A stored task by its span, its text and the document's words at its span (staff may
    have reworded the text; the evidence is still the document's)."""
    evidence = None
    if task.span_start is not None and task.span_end is not None:
        evidence = document_text[task.span_start : task.span_end]
    return identity(span=_span_of(task), texts=(task.text, evidence), position=task.ordinal)


def found_task_identity(found) -> Identity:
    return identity(span=_found_span(found.span), texts=(found.text,), position=found.ordinal)


def stored_meeting_identity(indexed) -> Identity:
    """``(position, meeting)``: a meeting by its span, then its title."""
    position, meeting = indexed
    return identity(span=_span_of(meeting), texts=(meeting.title,), position=position)


def found_meeting_identity(indexed) -> Identity:
    position, found = indexed
    return identity(span=_found_span(found.span), texts=(found.title,), position=position)


# ---------------------------------------------------------------------------------------------
# Writing over a record read earlier: compare-and-set on its version


def _untouched(record):
    """The stored row of ``record`` as it was read: same version, still the importer's."""
    return (
        type(record)
        ._base_manager.filter(pk=record.pk, version=record.version)
        .exclude(review_state__in=LOCKED_STATES)
    )


def record_claim(record) -> bool:
    """Take the row of ``record`` for this transaction if nobody changed it since it was
    read (same version, not edited or verified); False when a staff save came in between.

    The no-op UPDATE locks the row (PostgreSQL) or the database (SQLite) until the load
    commits, so a staff save cannot land between this check and the loader's write: it waits,
    then finds a newer version and is refused as stale, or saves over an unchanged record.
    """
    return _untouched(record).update(version=F("version")) == 1


def record_delete_untouched(record) -> bool:
    """Delete ``record`` unless staff took it over since it was read; True when deleted."""
    deleted, _ = _untouched(record).delete()
    return bool(deleted)


def record_flag_missing(record, *, missing: bool) -> None:
    """Mark a record staff kept as no longer found in its document (or found again).

    Only this column is written (not ``save()``), so the flag cannot undo a staff save."""
    if record.not_in_source != missing:
        type(record)._base_manager.filter(pk=record.pk).update(not_in_source=missing)
        record.not_in_source = missing


def record_renumber(record, *, ordinal: int) -> bool:
    """Give a record staff kept the number of its place in the document, where a record
    found before it has shifted it (else the new record and the kept one share a number,
    and the kept one is listed out of the document's order). A number staff chose is
    theirs: the record moves only while its number is still the one the loader last wrote
    (its latest version not saved by staff). One column and a compare-and-set on the
    version, raised so that a form opened before is refused as stale rather than saving the
    old number back. True when renumbered."""
    if record.ordinal == ordinal:
        return False
    loaded = (
        record.history.exclude(review_state__in=LOCKED_STATES)
        .order_by("-history_date", "-history_id")
        .values_list("ordinal", flat=True)
        .first()
    )
    if loaded != record.ordinal:
        return False
    moved = (
        type(record)
        ._base_manager.filter(pk=record.pk, version=record.version, ordinal=record.ordinal)
        .update(ordinal=ordinal, version=F("version") + 1)
    )
    if moved:
        record.ordinal, record.version = ordinal, record.version + 1
    return bool(moved)
