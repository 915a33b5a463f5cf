import pytest

from tests import factories as f

pytestmark = pytest.mark.django_db


def test_every_model_has_a_readable_str():
    made = f.make_everything()
    expected = {
        "doc": made["doc"].title,
        "unit": made["unit"].name,
        "alias": "BTGHU",
        "person": made["person"].full_name,
        "meeting": f"{made['meeting'].title} (05/01/2024)",
        "participation": f"{made['person'].full_name} – Chủ trì – {made['meeting'].title}",
        "directive": made["directive"].code,
        "task": f"1. {made['task'].text}",
        "task_unit": f"{made['unit'].name} (Chủ trì)",
        "citation": f"{made['directive'].code} ← 1. {made['task'].text}",
        "update": "01/02/2024: Đã triển khai",
    }
    for key, text in expected.items():
        assert str(made[key]) == text, key


def test_long_task_text_is_shortened_in_str():
    task = f.make_task(text="Tăng cường " * 20)
    assert len(str(task)) <= 84
    assert str(task).endswith("…")
