"""The timing loop of the benchmarks that compare a page at two sizes: warm once, then the
median of several runs, with the queries of one run."""

from __future__ import annotations

import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

COUNT_RX = re.compile(r"\bCOUNT\(", re.IGNORECASE)


@dataclass(frozen=True)
class PageTiming:
    seconds: float  # the median
    queries: list[dict]  # as CaptureQueriesContext gives them, of the last run
    sql_seconds: float  # the median time the database spent executing

    @property
    def sqls(self) -> list[str]:
        return [q["sql"] for q in self.queries]

    def count_queries(self) -> list[str]:
        return [s for s in self.sqls if COUNT_RX.search(s)]


def median_seconds(run: Callable[[], object], *, repeats: int) -> float:
    """The median time of ``run()`` after one run to warm plans, buffers and caches."""
    run()
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def time_page(
    client,
    connection,
    url: str,
    *,
    repeats: int,
    headers: dict | None = None,
    before_each: Callable[[], object] | None = None,
    accept: Callable[[object], bool] = lambda response: response.status_code == 200,
) -> PageTiming:
    """``GET url`` timed: once to warm (templates, caches, plans), then ``repeats`` times,
    each after ``before_each()`` (not timed). A response ``accept`` refuses ends the run."""
    from django.test.utils import CaptureQueriesContext

    headers = headers or {}
    client.get(url, **headers)
    times, sql_times = [], []
    for _ in range(repeats):
        if before_each is not None:
            before_each()
        with CaptureQueriesContext(connection) as ctx:
            started = time.perf_counter()
            response = client.get(url, **headers)
            times.append(time.perf_counter() - started)
        if not accept(response):
            raise SystemExit(f"{url} answered {response.status_code}: {response.content[:200]}")
        sql_times.append(sum(float(q["time"]) for q in ctx.captured_queries))
    return PageTiming(
        statistics.median(times), list(ctx.captured_queries), statistics.median(sql_times)
    )
