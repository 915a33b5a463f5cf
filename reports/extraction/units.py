"""units: (stub, to be completed)."""

from __future__ import annotations

from reports.extraction.types import Segmented, Unit


def find_units(seg: Segmented) -> tuple[Unit, ...]:
    return ()
