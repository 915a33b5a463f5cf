"""The seeds imported end to end: the database holds what the extractor found, and that is
as much as the hand-made answers in shared/gold (within the extraction targets)."""

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from reports.extraction import extract_bytes
from reports.models import Citation, Participation, SourceDocument, Task

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
# the extraction targets allow this much difference from the gold, per document
TOLERANCE = 0.15

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported():
    call_command("loaddata", "reference", verbosity=0)
    call_command("import_seeds", str(ROOT / "seeds"), stdout=io.StringIO())


def db_counts(doc: SourceDocument) -> dict:
    return {
        "directives": Citation.objects.filter(source_document=doc, task=None)
        .values("directive")
        .distinct()
        .count(),
        "tasks": Task.objects.filter(source_document=doc).count(),
        "participants": Participation.objects.filter(meeting__source_document=doc)
        .values("person")
        .distinct()
        .count(),
    }


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_database_holds_what_was_extracted(imported, seed):
    found = extract_bytes(seed.read_bytes(), seed.name)
    doc = SourceDocument.objects.get(file_name=seed.name)
    people = {p.name for m in found.meetings for p in m.participants}
    assert db_counts(doc) == {
        "directives": len({d.key for d in found.directives}),
        "tasks": len(found.tasks),
        "participants": len(people),
    }


def _within(got: int, low: int, high: int) -> bool:
    slack = max(1, round(TOLERANCE * high))
    return low - slack <= got <= high + slack


@pytest.mark.skipif(not GOLD.is_dir(), reason="shared/gold is not beside the repository")
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_database_counts_match_the_gold(imported, seed):
    gold = json.loads((GOLD / f"{seed.stem}.json").read_text(encoding="utf-8"))
    counts = db_counts(SourceDocument.objects.get(file_name=seed.name))

    def firm_and_all(items):
        return sum(1 for i in items if not i.get("_borderline")), len(items)

    people = [p for m in gold["meetings"] for p in m.get("participants", [])]
    for kind, items in (
        ("directives", gold["directives"]),
        ("tasks", gold["tasks"]),
        ("participants", people),
    ):
        low, high = firm_and_all(items)
        assert _within(counts[kind], low, high), (kind, counts[kind], low, high)
