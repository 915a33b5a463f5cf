"""A throw-away test database for the benchmarks that need Django (SQLite or PostgreSQL,
whichever ``DATABASE_URL`` names); the caller destroys it with
``connection.creation.destroy_test_db(name, verbosity=0)``. Also the sizes and the generated
data of the benchmarks that compare a page at 1,000 tasks with the same page at many more."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL_TASKS = 1_000
DEFAULT_LARGE_TASKS = 20_000
FULL_LARGE_TASKS = 100_000
TASKS_PER_MEETING = 50


def setup_django():
    """Set Django up and create an empty test database; returns (connection, its name)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    return connection, name


def add_size_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--full", action="store_true", help="100,000 tasks (the target size)")
    parser.add_argument("--tasks", type=int, help="the large size (overrides --full)")


def large_size(args: argparse.Namespace) -> int:
    return args.tasks or (FULL_LARGE_TASKS if args.full else DEFAULT_LARGE_TASKS)


def generate_tasks(connection, tasks: int, seed: int) -> None:
    """Add ``tasks`` generated tasks (and the meetings, units... around them), then gather
    the planner's statistics on PostgreSQL, as autovacuum does after a bulk load."""
    from django.utils import timezone

    from reports.services.demo_data import demo_data_generate

    started = time.perf_counter()
    demo_data_generate(
        meetings=max(1, tasks // TASKS_PER_MEETING),
        tasks=tasks,
        seed=seed,
        today=timezone.localdate(),
    )
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    print(f"  generated {tasks} tasks in {time.perf_counter() - started:.1f} s", file=sys.stderr)
