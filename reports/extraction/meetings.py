"""Meetings: (stub, to be completed)."""

from __future__ import annotations

from reports.extraction.types import Meeting, Participant, Segmented, Unit


def find_meetings(
    seg: Segmented, *, participants: tuple[Participant, ...], units: tuple[Unit, ...]
) -> tuple[Meeting, ...]:
    return ()
