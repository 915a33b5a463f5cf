"""directives: (stub, to be completed)."""

from __future__ import annotations

from reports.extraction.types import Directive, Segmented


def find_directives(seg: Segmented) -> tuple[Directive, ...]:
    return ()
