"""The admin at scale: the Task changelist and the folded-key search with many tasks.

    python -m benchmarks.bench_admin                     # 1,000 vs 20,000 tasks (~1-2 min)
    python -m benchmarks.bench_admin --full              # 1,000 vs 100,000 tasks
    DATABASE_URL=postgres://... python -m benchmarks.bench_admin --full

Generates data with ``manage.py generate_demo_data`` into a throw-away test database, then
1. renders the Task changelist (first page, 50 rows) as a logged-in superuser at 1,000 tasks
   and at the large size: median times, their ratio (target ≤ 2x), the queries per page (the
   same at both sizes), and the number of COUNT
   queries over the whole table, i.e. without a LIMIT (target 0 on PostgreSQL, where the
   paginator takes the planner's estimate; SQLite counts exactly and is only reported);
2. on PostgreSQL, at the large size, the admin's folded search (``search_key LIKE '%w%'``,
   served by the pg_trgm GIN index of migration 0004) against an unindexed ``icontains``
   (``UPPER(search_key) LIKE UPPER('%w%')``) over the same rows and the same words (units'
   names, as staff search the tasks of a unit), which finds the same rows: median times and
   their ratio (target ≥ 10x faster).
Exit 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from urllib.parse import urlencode

from benchmarks.testdb import (
    SMALL_TASKS,
    add_size_arguments,
    generate_tasks,
    large_size,
    setup_django,
)
from benchmarks.timing import median_seconds, time_page

TIME_RATIO_TARGET = 2.0
SEARCH_SPEEDUP_TARGET = 10.0
REPEATS = 7
SEARCH_TERMS = 5


def measure_page(client, connection, url: str) -> tuple[float, int, int]:
    """Median time of the page, its queries and its COUNT queries without a LIMIT."""
    timing = time_page(client, connection, url, repeats=REPEATS)
    whole = [s for s in timing.count_queries() if "LIMIT" not in s.upper()]
    if os.environ.get("BENCH_VERBOSE"):
        for q in sorted(timing.queries, key=lambda q: -float(q["time"]))[:4]:
            print(f"    {float(q['time']):.4f} s  {q['sql'][:300]}", file=sys.stderr)
    return timing.seconds, len(timing.queries), len(whole)


def search_terms(n: int, seed: int) -> list[str]:
    """What staff type to find the tasks of one unit: its name (the words of a task's text come
    from a few templates, so a unit's name is what sets tasks apart). Names of units that lead
    or host some tasks, chosen with the seed."""
    from reports.models import Task, Unit
    from reports.selectors.search import folded_search

    rnd = random.Random(seed)
    names = sorted(set(Unit.objects.values_list("name", flat=True)))
    rnd.shuffle(names)
    terms = []
    for name in names:
        if folded_search(Task.objects.all(), term=name).exists():
            terms.append(name)
        if len(terms) == n:
            break
    return terms


def measure_search(terms: list[str]) -> tuple[float, float, int]:
    """Median time (summed over the terms) of the folded search and of icontains, and the rows
    found (the same for both)."""
    from reports.models import Task
    from reports.selectors.search import folded_search, search_words

    def folded():
        return [list(folded_search(Task.objects.all(), term=t).values_list("pk", flat=True))
                for t in terms]  # fmt: skip

    def icontains(term):
        queryset = Task.objects.all()
        for word in search_words(term):
            queryset = queryset.filter(search_key__icontains=word)
        return queryset

    def unindexed():
        return [list(icontains(t).values_list("pk", flat=True)) for t in terms]

    found_folded, found_plain = folded(), unindexed()
    if [sorted(f) for f in found_folded] != [sorted(f) for f in found_plain]:
        raise SystemExit("folded search and icontains found different rows")
    return (
        median_seconds(folded, repeats=REPEATS),
        median_seconds(unindexed, repeats=REPEATS),
        sum(len(f) for f in found_folded),
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    args = parser.parse_args(argv)
    large = large_size(args)
    connection, db_name = setup_django()
    from django.contrib.auth import get_user_model
    from django.test import Client

    url = "/admin/reports/task/"
    pages, search = {}, None
    try:
        user = get_user_model().objects.create_superuser("bench", "bench@example.vn", "x")
        client = Client()
        client.force_login(user)
        generate_tasks(connection, SMALL_TASKS, 1)
        pages["small"] = measure_page(client, connection, url)
        generate_tasks(connection, large - SMALL_TASKS, 2)
        pages["large"] = measure_page(client, connection, url)
        terms = search_terms(SEARCH_TERMS, seed=3)
        pages["search"] = measure_page(client, connection, f"{url}?{urlencode({'q': terms[0]})}")
        if connection.vendor == "postgresql":
            search = (terms, *measure_search(terms))
    finally:
        connection.creation.destroy_test_db(db_name, verbosity=0)

    vendor = connection.vendor
    t_small, q_small, c_small = pages["small"]
    t_large, q_large, c_large = pages["large"]
    ratio = t_large / t_small
    print(f"\nAdmin benchmark ({vendor}, {SMALL_TASKS} vs {large} tasks)")
    print(f"{'measure':52}{'value':>12}{'target':>10}")
    print(f"{'Task changelist, 1,000 tasks (s, median)':52}{t_small:12.3f}")
    print(f"{f'Task changelist, {large:,} tasks (s, median)':52}{t_large:12.3f}")
    print(f"{'ratio large / small':52}{ratio:12.2f}{TIME_RATIO_TARGET:>10}")
    print(f"{'queries per page, small / large':52}{f'{q_small}/{q_large}':>12}{'same':>10}")
    count_target = "0" if vendor == "postgresql" else "-"
    print(f"{'whole-table COUNT queries, small / large':52}{f'{c_small}/{c_large}':>12}"
          f"{count_target:>10}")  # fmt: skip
    t_search, q_search, c_search = pages["search"]
    print(f"{'Task changelist searched (s, median)':52}{t_search:12.3f}")
    print(f"{'whole-table COUNT queries, searched':52}{c_search:12}{count_target:>10}")
    # the page must not make more queries as the data grows (the filters and the paginator
    # included: a table counted exactly when small, estimated when large, in one query)
    ok = ratio <= TIME_RATIO_TARGET and q_small == q_large
    if vendor == "postgresql":
        ok &= c_large == 0 and c_search == 0
    if search is not None:
        terms, t_folded, t_plain, found = search
        speedup = t_plain / t_folded
        print(f"{'search terms':52}{', '.join(terms)}")
        print(f"{'rows found (both searches)':52}{found:12}")
        print(f"{'folded search, trigram index (s, median)':52}{t_folded:12.4f}")
        print(f"{'icontains, no index (s, median)':52}{t_plain:12.4f}")
        print(f"{'speed-up folded / icontains':52}{speedup:12.1f}{SEARCH_SPEEDUP_TARGET:>10}")
        ok &= speedup >= SEARCH_SPEEDUP_TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
