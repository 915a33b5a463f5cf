"""What a load did, per kind of record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("meetings", "people", "units", "directives", "citations", "tasks")
OUTCOMES = ("created", "updated", "unchanged", "skipped")


@dataclass
class Counts:
    """``counts.add("tasks", "created")``; ``skipped`` = left alone because staff edited it."""

    tally: Counter = field(default_factory=Counter)

    def add(self, kind: str, outcome: str, n: int = 1) -> None:
        assert kind in KINDS and outcome in OUTCOMES, (kind, outcome)
        self.tally[kind, outcome] += n

    def get(self, kind: str, outcome: str) -> int:
        return self.tally[kind, outcome]

    def merge(self, other: Counts) -> None:
        self.tally.update(other.tally)
