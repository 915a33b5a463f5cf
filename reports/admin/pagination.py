"""A paginator for the changelists of large tables that never counts the whole table.

Django's paginator asks ``queryset.count()``, an exact ``SELECT COUNT(*)`` that on
PostgreSQL reads every row of the table (or of its index) on each page view: at 100,000 tasks
it costs more than the page itself. On PostgreSQL ``EstimatedCountPaginator`` instead
- for an unfiltered changelist of a large table, takes the planner's row estimate of the
  table (``pg_class.reltuples``, kept by autovacuum / ``ANALYZE``);
- for a filtered or searched changelist, counts at most ``COUNT_CAP + 1`` rows
  (``SELECT COUNT(*) FROM (... LIMIT n)``); beyond that it takes the planner's estimate of
  the query (``EXPLAIN``), never less than the cap.
Small tables and results are counted exactly, so a page of 30 rows says 30. On SQLite
(one-office installations) the count stays exact.
"""

from __future__ import annotations

import json

from django.core.paginator import Paginator
from django.db import connections
from django.db.models import QuerySet
from django.utils.functional import cached_property

# tables and results up to this size are counted exactly
COUNT_CAP = 10_000


def _is_unfiltered(queryset: QuerySet) -> bool:
    query = queryset.query
    return (
        not query.where
        and not query.distinct
        and not query.combinator
        and query.low_mark == 0
        and query.high_mark is None
        and not query.group_by
    )


def table_estimate(queryset: QuerySet) -> int | None:
    """The planner's estimate of the rows of the queryset's table, or None when PostgreSQL has
    not analyzed it yet (``reltuples`` is -1, or 0 before the first ANALYZE of a new table)."""
    connection = connections[queryset.db]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT reltuples::bigint FROM pg_class WHERE oid = %s::regclass",
            [connection.ops.quote_name(queryset.model._meta.db_table)],
        )
        row = cursor.fetchone()
    if row is None or row[0] is None or row[0] <= 0:
        return None
    return int(row[0])


def query_estimate(queryset: QuerySet) -> int:
    """The planner's estimate of the rows a query returns (``EXPLAIN``, not run)."""
    connection = connections[queryset.db]
    sql, params = queryset.order_by().query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        plan = cursor.fetchone()[0]
    if isinstance(plan, str):
        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])


def capped_count(queryset: QuerySet, cap: int) -> int:
    """The exact count when it is at most ``cap``, else ``cap + 1``: reads ``cap + 1`` rows
    at most."""
    return queryset.order_by()[: cap + 1].count()


class EstimatedCountPaginator(Paginator):
    """``count`` is exact up to ``COUNT_CAP`` and an estimate above it, on PostgreSQL."""

    count_cap = COUNT_CAP
    # set by ``count``: True when the figure is the planner's estimate
    count_is_estimate = False

    @cached_property
    def count(self):
        queryset = self.object_list
        if not isinstance(queryset, QuerySet) or connections[queryset.db].vendor != "postgresql":
            return super().count
        if _is_unfiltered(queryset):
            estimate = table_estimate(queryset)
            if estimate is not None and estimate > self.count_cap:
                self.count_is_estimate = True
                return estimate
        counted = capped_count(queryset, self.count_cap)
        if counted <= self.count_cap:
            return counted
        self.count_is_estimate = True
        return max(self.count_cap + 1, query_estimate(queryset))
