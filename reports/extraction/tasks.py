"""Tasks: (stub, to be completed)."""

from __future__ import annotations

from reports.extraction.types import Directive, Meeting, Participant, Segmented, Task, Unit


def find_tasks(
    seg: Segmented,
    *,
    directives: tuple[Directive, ...],
    units: tuple[Unit, ...],
    participants: tuple[Participant, ...],
    meetings: tuple[Meeting, ...],
) -> tuple[Task, ...]:
    return ()
