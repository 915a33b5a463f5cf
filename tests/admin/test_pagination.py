"""Changelists of large tables never count the whole table: on PostgreSQL the paginator takes
the planner's estimate for an unfiltered large table and counts at most a capped number of rows
for a filtered one; small results keep their exact count."""

import re

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.admin.pagination import EstimatedCountPaginator
from reports.models import Citation, Meeting, Participation, Task, TaskUnit
from reports.services.demo_data import demo_data_generate

pytestmark = pytest.mark.django_db
on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="planner estimates are PostgreSQL's"
)

CAP = 20
COUNT_RX = re.compile(r"\bCOUNT\(", re.IGNORECASE)


@pytest.fixture
def tasks(monkeypatch):
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", CAP)
    demo_data_generate(meetings=3, tasks=90, seed=7)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {connection.ops.quote_name(Task._meta.db_table)}")
    return Task.objects.count()


def whole_table_counts(queries) -> list[str]:
    """COUNT queries that are not bounded by a LIMIT: they read the whole table."""
    return [q["sql"] for q in queries if COUNT_RX.search(q["sql"]) and "LIMIT" not in q["sql"]]


def changelist(client, query=""):
    url = reverse("admin:reports_task_changelist") + query
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return response.context["cl"], ctx.captured_queries


@pytest.mark.parametrize("model", [Task, Meeting, Citation, TaskUnit, Participation])
def test_large_tables_use_the_estimating_paginator(model):
    assert admin.site._registry[model].paginator is EstimatedCountPaginator


@on_postgresql
def test_unfiltered_changelist_uses_the_table_estimate(admin_client, tasks):
    cl, queries = changelist(admin_client)
    assert whole_table_counts(queries) == []
    assert cl.paginator.count_is_estimate
    # ANALYZE of 90 rows is exact: the estimate is the true size
    assert cl.result_count == tasks
    assert len(cl.result_list) == 50
    assert cl.paginator.num_pages == 2


@on_postgresql
def test_filtered_changelist_counts_a_capped_number_of_rows(admin_client, tasks):
    cl, queries = changelist(admin_client, "?review=unverified")
    assert whole_table_counts(queries) == []
    assert any(COUNT_RX.search(q["sql"]) and "LIMIT 21" in q["sql"] for q in queries)
    real = Task.objects.exclude(review_state="verified").count()
    assert real > CAP
    assert cl.paginator.count_is_estimate
    assert cl.result_count > CAP
    # the page says the figure is an estimate
    html = admin_client.get(reverse("admin:reports_task_changelist") + "?review=unverified")
    assert f"khoảng</span> {cl.result_count} nhiệm vụ" in html.content.decode()


@on_postgresql
def test_small_filtered_result_keeps_its_exact_count(admin_client, tasks):
    task = Task.objects.order_by("pk").first()
    cl, queries = changelist(admin_client, f"?id__exact={task.pk}")
    assert whole_table_counts(queries) == []
    assert not cl.paginator.count_is_estimate
    assert cl.result_count == 1
    assert list(cl.result_list) == [task]
    html = admin_client.get(reverse("admin:reports_task_changelist") + f"?id__exact={task.pk}")
    assert "khoảng" not in html.content.decode()


@on_postgresql
def test_second_page_shows_the_rest(admin_client, tasks):
    cl, _ = changelist(admin_client, "?p=2")
    assert len(cl.result_list) == tasks - 50


def test_count_is_exact_on_sqlite_or_below_the_cap(admin_client, tasks, monkeypatch):
    # a cap above the table size: every database counts exactly
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", 10_000)
    cl, _ = changelist(admin_client)
    assert cl.result_count == tasks
    assert not cl.paginator.count_is_estimate


def test_paginator_on_a_list_counts_its_length():
    paginator = EstimatedCountPaginator(list(range(7)), 5)
    assert paginator.count == 7
    assert paginator.num_pages == 2


@on_postgresql
def test_small_and_large_tables_cost_the_same_queries(admin_client, tasks, monkeypatch):
    # above the cap the estimate, below it the exact count: one query either way
    changelist(admin_client)  # warm the caches (content types, the filter's unit list)
    cl_large, large = changelist(admin_client)
    assert cl_large.paginator.count_is_estimate
    monkeypatch.setattr(EstimatedCountPaginator, "count_cap", 10_000)
    cl_small, small = changelist(admin_client)
    assert not cl_small.paginator.count_is_estimate and cl_small.result_count == tasks
    assert len(small) == len(large)
    assert whole_table_counts(small) == whole_table_counts(large) == []
