"""What a load did, per kind of record."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

KINDS = ("meetings", "people", "units", "directives", "citations", "tasks")
OUTCOMES = ("created", "updated", "unchanged", "skipped")
WRITES = ("created", "updated")


@dataclass
class Counts:
    """``counts.add("tasks", "created")``; ``skipped`` = left alone because staff edited it."""

    tally: Counter = field(default_factory=Counter)

    def add(self, kind: str, outcome: str, n: int = 1) -> None:
        assert kind in KINDS and outcome in OUTCOMES, (kind, outcome)
        self.tally[kind, outcome] += n

    def get(self, kind: str, outcome: str) -> int:
        return self.tally[kind, outcome]

    def wrote(self) -> bool:
        """Whether anything was created or updated."""
        return any(n for (_kind, outcome), n in self.tally.items() if outcome in WRITES)

    def merge(self, other: Counts) -> None:
        self.tally.update(other.tally)
