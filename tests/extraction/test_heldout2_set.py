"""The second held-out set is complete: each gold parses and names an existing document."""

import json
from pathlib import Path

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
