"""YearProbeQuerySet: the years of a whole table from the index, the same as DISTINCT."""

import datetime as dt

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.models import Meeting, Task, TaskUpdate
from tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db


def _distinct_years(queryset, order="ASC"):
    """The ordinary DISTINCT query, for comparison."""
    return list(super(type(queryset), queryset).dates("due_date", "year", order))


@pytest.fixture
def tasks_in_gapped_years():
    for year in (2019, 2021, 2021, 2025):
        make_task(due_date=dt.date(year, 6, 1))
    make_task(due_date=None)


def test_years_with_gaps_match_distinct(tasks_in_gapped_years):
    expected = [dt.date(y, 1, 1) for y in (2019, 2021, 2025)]
    assert list(Task.objects.dates("due_date", "year")) == expected
    assert _distinct_years(Task.objects.all()) == expected
    assert list(Task.objects.dates("due_date", "year", "DESC")) == expected[::-1]


def test_year_probes_read_the_index_not_every_row(tasks_in_gapped_years):
    with CaptureQueriesContext(connection) as ctx:
        Task.objects.dates("due_date", "year")
    assert len(ctx.captured_queries) == 2  # first/last, then one EXISTS per year
    assert not any("DISTINCT" in q["sql"] for q in ctx.captured_queries)


def test_empty_table_has_no_years():
    assert Task.objects.dates("due_date", "year") == []


def test_filtered_or_other_kinds_go_the_ordinary_way(tasks_in_gapped_years):
    filtered = Task.objects.filter(due_date__year__gte=2021)
    assert list(filtered.dates("due_date", "year")) == [dt.date(2021, 1, 1), dt.date(2025, 1, 1)]
    months = Task.objects.dates("due_date", "month")
    assert hasattr(months, "query")  # a query set, not the probed list
    assert list(months) == [dt.date(y, 6, 1) for y in (2019, 2021, 2025)]


def test_a_mistyped_far_year_falls_back_to_distinct():
    make_task(due_date=dt.date(1900, 1, 1))
    make_task(due_date=dt.date(2024, 1, 1))
    assert list(Task.objects.dates("due_date", "year")) == [
        dt.date(1900, 1, 1),
        dt.date(2024, 1, 1),
    ]


def test_meetings_too():
    make_meeting(start_date=dt.date(2023, 3, 1))
    make_meeting(start_date=dt.date(2025, 3, 1))
    assert Meeting.objects.dates("start_date", "year") == [
        dt.date(2023, 1, 1),
        dt.date(2025, 1, 1),
    ]


def test_changelist_date_hierarchy_lists_the_years(admin_client, tasks_in_gapped_years):
    with CaptureQueriesContext(connection) as ctx:
        response = admin_client.get(reverse("admin:reports_task_changelist"))
    html = response.content.decode()
    for year in (2019, 2021, 2025):
        assert f"due_date__year={year}" in html
    assert "due_date__year=2020" not in html
    assert not any("DISTINCT" in q["sql"] and "due_date" in q["sql"] for q in ctx.captured_queries)


def test_task_updates_too():
    task = make_task()
    for year in (2022, 2024):
        TaskUpdate.objects.create(task=task, date=dt.date(year, 5, 1), note="Đã triển khai")
    with CaptureQueriesContext(connection) as ctx:
        years = TaskUpdate.objects.dates("date", "year")
    assert years == [dt.date(2022, 1, 1), dt.date(2024, 1, 1)]
    assert not any("DISTINCT" in q["sql"] for q in ctx.captured_queries)
