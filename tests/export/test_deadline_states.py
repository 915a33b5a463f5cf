"""Derived deadline states: the database expression, the Python rule and the filters agree."""

import datetime as dt

import pytest

from reports.models import Task
from reports.selectors.tasks import (
    DeadlineState,
    deadline_state,
    tasks_by_deadline_state,
    tasks_overdue,
    tasks_with_deadline_state,
)
from tests.factories import make_task

TODAY = dt.date(2025, 6, 15)
D = dt.date

CASES = [
    # status, due date, completed on, expected
    ("hoan_thanh", D(2025, 6, 1), D(2025, 6, 1), DeadlineState.DONE_ON_TIME),
    ("hoan_thanh", D(2025, 6, 1), D(2025, 5, 20), DeadlineState.DONE_ON_TIME),
    ("hoan_thanh", D(2025, 6, 1), D(2025, 6, 2), DeadlineState.DONE_LATE),
    ("hoan_thanh", None, D(2025, 6, 2), DeadlineState.DONE_UNDATED),
    ("hoan_thanh", D(2025, 6, 1), None, DeadlineState.DONE_UNDATED),
    ("dang_thuc_hien", D(2025, 6, 14), None, DeadlineState.OVERDUE),
    ("chua_thuc_hien", D(2024, 1, 1), None, DeadlineState.OVERDUE),
    ("dang_thuc_hien", D(2025, 6, 15), None, DeadlineState.IN_TIME),
    ("chua_thuc_hien", D(2025, 12, 31), None, DeadlineState.IN_TIME),
    ("dang_thuc_hien", None, None, DeadlineState.NO_DEADLINE),
    ("huy", D(2024, 1, 1), None, DeadlineState.CANCELLED),
]


@pytest.mark.parametrize(("status", "due", "completed", "expected"), CASES)
def test_python_rule(status, due, completed, expected):
    assert deadline_state(status=status, due_date=due, completed_on=completed, today=TODAY) == (
        expected
    )


@pytest.mark.django_db
def test_annotation_and_filters_agree_with_the_rule():
    tasks = {
        make_task(status=status, due_date=due, completed_on=completed).pk: expected
        for status, due, completed, expected in CASES
    }
    annotated = dict(tasks_with_deadline_state(today=TODAY).values_list("pk", "deadline_state"))
    assert annotated == tasks
    for state in DeadlineState:
        filtered = set(
            tasks_by_deadline_state(
                queryset=Task.objects.all(), state=state, today=TODAY
            ).values_list("pk", flat=True)
        )
        assert filtered == {pk for pk, expected in tasks.items() if expected == state}, state
    overdue = set(tasks_overdue(today=TODAY).values_list("pk", flat=True))
    assert overdue == {pk for pk, e in tasks.items() if e == DeadlineState.OVERDUE}
    assert len(overdue) == 2


@pytest.mark.django_db
def test_admin_filter_lists_only_matching_tasks(admin_client):
    late = make_task(
        text="Việc xong muộn",
        status="hoan_thanh",
        due_date=D(2025, 1, 1),
        completed_on=D(2025, 2, 1),
    )
    make_task(
        text="Việc xong sớm",
        status="hoan_thanh",
        due_date=D(2025, 1, 1),
        completed_on=D(2024, 12, 1),
    )
    response = admin_client.get("/admin/reports/task/", {"han": DeadlineState.DONE_LATE})
    assert response.status_code == 200
    assert list(response.context["cl"].queryset) == [late]
    assert "Hoàn thành quá hạn" in response.content.decode()
