"""The API at scale: a page of /api/v1/tasks at 1,000 tasks and at many more.

    python -m benchmarks.bench_api                     # 1,000 vs 20,000 tasks
    python -m benchmarks.bench_api --full              # 1,000 vs 100,000 tasks
    DATABASE_URL=postgres://... python -m benchmarks.bench_api --full

Generates tasks with the demo-data service into a throw-away test database, and times (median
of several) a page of 50 tasks, with a token, at 1,000 tasks and at the large size: the first
page, a deep page (``after`` the id at 90 %, the keyset's point), the overdue filter, and the
first page for an editor who sees one unit's tasks. Each large / small time ratio: target
≤ 2x; the queries of a page: the same number at both sizes, none a COUNT. Exit 1 when a
target is missed.
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

TIME_RATIO_TARGET = 2.0
REPEATS = 7


def measure(client, connection, url: str, token: str) -> tuple[float, int, int]:
    """Median time of the page, its queries, and its COUNT queries. The warming request also
    writes the token's last-used date."""
    timing = time_page(
        client,
        connection,
        url,
        repeats=REPEATS,
        headers={"HTTP_AUTHORIZATION": f"Bearer {token}"},
        accept=lambda r: r.status_code == 200 and len(r.json()["items"]) == 50,
    )
    return timing.seconds, len(timing.queries), len(timing.count_queries())


def busiest_unit():
    """The unit leading the most tasks: its editor's pages are the scoped case."""
    from django.db.models import Count

    from reports.models import TaskUnit

    return (
        TaskUnit.objects.values("unit_id")
        .annotate(n=Count("id"))
        .order_by("-n", "unit_id")
        .first()["unit_id"]
    )


def pages(client, connection, tokens) -> dict:
    from reports.models import Task

    ids = list(Task.objects.order_by("pk").values_list("pk", flat=True))
    deep = ids[int(len(ids) * 0.9)]
    su, editor = tokens
    return {
        "first page": measure(client, connection, "/api/v1/tasks", su),
        "deep page (after 90 %)": measure(client, connection, f"/api/v1/tasks?after={deep}", su),
        "overdue": measure(client, connection, "/api/v1/tasks?overdue=true", su),
        "one unit's editor": measure(client, connection, "/api/v1/tasks", editor),
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_arguments(parser)
    args = parser.parse_args(argv)
    large = large_size(args)
    connection, db_name = setup_django()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client

    from reports.models import StaffProfile
    from reports.services.api_tokens import api_token_create

    try:
        users = get_user_model().objects
        superuser = users.create_superuser("bench", "bench@example.vn", "x")
        editor = users.create_user("bench-editor", password="x", is_staff=True)
        editor.groups.add(Group.objects.get(name="Biên tập viên"))
        tokens = [api_token_create(user=u, name="bench")[1] for u in (superuser, editor)]
        client = Client()
        generate_tasks(connection, SMALL_TASKS, 1)
        profile = StaffProfile.objects.create(user=editor)
        profile.units.add(busiest_unit())
        small = pages(client, connection, tokens)
        generate_tasks(connection, large - SMALL_TASKS, 2)
        big = pages(client, connection, tokens)
    finally:
        connection.creation.destroy_test_db(db_name, verbosity=0)

    print(f"\nAPI benchmark ({connection.vendor}, /api/v1/tasks, {SMALL_TASKS} vs {large} tasks)")
    print(f"{'page of 50 tasks':28}{'small s':>10}{'large s':>10}{'ratio':>8}{'target':>8}"
          f"{'queries':>10}{'COUNT':>7}")  # fmt: skip
    ok = True
    for name, (t_small, q_small, c_small) in small.items():
        t_large, q_large, c_large = big[name]
        ratio = t_large / t_small
        ok &= ratio <= TIME_RATIO_TARGET and q_small == q_large and c_small == c_large == 0
        print(f"{name:28}{t_small:10.4f}{t_large:10.4f}{ratio:8.2f}{TIME_RATIO_TARGET:>8}"
              f"{f'{q_small}/{q_large}':>10}{f'{c_small}/{c_large}':>7}")  # fmt: skip
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
