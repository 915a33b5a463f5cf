"""people: (stub, to be completed)."""

from __future__ import annotations

from reports.extraction.types import Participant, Segmented


def find_participants(seg: Segmented) -> tuple[Participant, ...]:
    return ()
