"""The reports dashboard at scale: /reports/ with many tasks against the same page with few.

    python -m benchmarks.bench_reports                   # 1,000 vs 20,000 tasks (~1-2 min)
    python -m benchmarks.bench_reports --full            # 1,000 vs 100,000 tasks
    DATABASE_URL=postgres://... python -m benchmarks.bench_reports --full

Generates data with ``generate_demo_data`` into a throw-away test database, renders /reports/
(unfiltered, and filtered by year) several times at each size as a logged-in staff user, and
prints the median times, their ratio and the query counts. Each page is measured twice:

- ``cold``: the cache emptied before every render, as on the first view after a write
  (every aggregate runs; its query count must not change with the data);
- ``warm``: a repeat view with no write in between, the figures read from the cache
  (``reports.selectors.report_cache``): the target ratio (≤ 3x) applies here.

Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys

from benchmarks.testdb import (
    SMALL_TASKS,
    add_size_arguments,
    generate_tasks,
    large_size,
    setup_django,
)
from benchmarks.timing import time_page

TIME_RATIO_TARGET = 3.0
REPEATS = 5


def measure(client, connection, url: str, *, cold: bool) -> tuple[float, int, float]:
    """Median render time, query count, and the median time the database spent executing
    (on SQLite rows are read lazily, so part of its work shows as rendering time)."""
    from django.core.cache import cache

    timing = time_page(
        client, connection, url, repeats=REPEATS, before_each=cache.clear if cold else None
    )
    return timing.seconds, len(timing.queries), timing.sql_seconds


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    args = parser.parse_args(argv)
    large = large_size(args)
    connection, db_name = setup_django()
    from django.contrib.auth import get_user_model
    from django.test import Client
    from django.utils import timezone

    today = timezone.localdate()
    pages = {
        "/reports/": "/reports/",
        "/reports/ (năm nay)": f"/reports/?ky=nam&nam={today.year}",
    }
    # (label, url, cold, whether the time ratio target applies)
    runs = [
        (f"{name} {kind}", url, kind == "cold", kind == "warm")
        for name, url in pages.items()
        for kind in ("cold", "warm")
    ]
    results = {}
    try:
        user = get_user_model().objects.create_superuser("bench", "bench@example.vn", "x")
        client = Client()
        client.force_login(user)

        generate_tasks(connection, SMALL_TASKS, 1)
        for name, url, cold, _target in runs:
            results[(name, "small")] = measure(client, connection, url, cold=cold)
        generate_tasks(connection, large - SMALL_TASKS, 2)
        for name, url, cold, _target in runs:
            results[(name, "large")] = measure(client, connection, url, cold=cold)
    finally:
        connection.creation.destroy_test_db(db_name, verbosity=0)

    print(f"\nReports benchmark ({connection.vendor}, {SMALL_TASKS} vs {large} tasks)")
    print(f"{'page':29}{'small (s)':>10}{'large (s)':>10}{'ratio':>7}{'target':>7}"
          f"{'queries':>9}{'SQL small/large (s)':>21}")  # fmt: skip
    ok = True
    for name, _url, _cold, target in runs:
        t_small, q_small, s_small = results[(name, "small")]
        t_large, q_large, s_large = results[(name, "large")]
        ratio = t_large / t_small
        ok &= q_small == q_large and (ratio <= TIME_RATIO_TARGET or not target)
        shown = TIME_RATIO_TARGET if target else "-"
        print(f"{name:29}{t_small:10.3f}{t_large:10.3f}{ratio:7.2f}{shown:>7}"
              f"{f'{q_small}/{q_large}':>9}{f'{s_small:.3f}/{s_large:.3f}':>21}")  # fmt: skip
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
