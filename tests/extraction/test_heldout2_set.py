"""The second held-out set is complete: each gold parses and names an existing document."""

import json
from pathlib import Path

from django.conf import settings

from reports.services.documents import extract_path
from tests.extraction.test_heldout_scores import _scorer

SET = Path(__file__).parent / "heldout2"


def test_each_gold_names_an_existing_doc():
    golds = sorted((SET / "gold").glob("*.json"))
    assert golds
    for path in golds:
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert (SET / "docs" / gold["source"]).is_file()
        assert Path(gold["source"]).stem == path.stem
        assert gold["_notes"]


def test_each_doc_has_a_gold():
    for doc in (SET / "docs").iterdir():
        assert (SET / "gold" / f"{doc.stem}.json").is_file()


# the targets for the second unseen set (the harder one)
TARGETS = {
    "directives": 0.97,
    "tasks": 0.85,
    "participants": 0.92,
    "meeting_fields": 0.90,
    "units": 0.90,
    "task_fields": 0.85,
}


def test_blind_set_figures_reach_the_unseen_set_targets():
    # written blind (README.md); a figure under target is a rule that does not generalise
    scorer = _scorer()
    tally, misses = scorer.Tally(), []
    for path in sorted((SET / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        pred = extract_path(SET / "docs" / gold["source"], max_bytes=settings.EXTRACTION_MAX_BYTES)
        # through JSON, as `manage.py extract --json` prints it
        pred = json.loads(json.dumps(pred, ensure_ascii=False))
        scorer.score_document(gold, pred, tally, misses)
    figures = {name: tally.f1(name)[2] for name in TARGETS}
    low = {name: round(f, 3) for name, f in figures.items() if f < TARGETS[name]}
    assert not low, f"under target: {low}\n" + "\n".join(misses)
