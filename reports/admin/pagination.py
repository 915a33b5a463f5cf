"""A paginator for the changelists of large tables that never counts the whole table.

Django's paginator asks ``queryset.count()``, an exact ``SELECT COUNT(*)`` that on
PostgreSQL reads every row of the table (or of its index) on each page view: at 100,000 tasks
it costs more than the page itself. On PostgreSQL ``EstimatedCountPaginator`` instead
- for an unfiltered changelist of a large table, takes the planner's row estimate of the
  table (``pg_class.reltuples``, kept by autovacuum / ``ANALYZE``), in the same single query
  that counts a small table (so the page makes as many queries at 1,000 rows as at 100,000);
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


def table_estimate_or_count(queryset: QuerySet, cap: int) -> tuple[int, bool]:
    """For an unfiltered queryset, in one query whatever the table's size: the planner's
    estimate when it is above ``cap`` (``(estimate, True)``), else the exact count, capped at
    ``cap + 1`` (``(count, False)``). The count is an InitPlan of the ``CASE``: PostgreSQL
    runs it only for a table it does not estimate large, so a large table is never read, and
    a small one and a large one cost the page the same number of queries."""
    connection = connections[queryset.db]
    sql, params = queryset.order_by().values("pk")[: cap + 1].query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT CASE WHEN c.reltuples > %s THEN c.reltuples::bigint "
            f"ELSE (SELECT COUNT(*) FROM ({sql}) AS capped) END, c.reltuples > %s "
            "FROM pg_class c WHERE c.oid = %s::regclass",
            [cap, *params, cap, connection.ops.quote_name(queryset.model._meta.db_table)],
        )
        value, estimated = cursor.fetchone()
    return int(value), bool(estimated)


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
            value, estimated = table_estimate_or_count(queryset, self.count_cap)
            if estimated:
                self.count_is_estimate = True
                return value
            counted = value
        else:
            counted = capped_count(queryset, self.count_cap)
        if counted <= self.count_cap:
            return counted
        self.count_is_estimate = True
        return max(self.count_cap + 1, query_estimate(queryset))
