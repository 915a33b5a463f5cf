"""Background import with several workers: 1,000 generated documents imported by 1, 2 and 4
``db_worker`` processes sharing the queue (PostgreSQL; on SQLite one worker is the design,
so the benchmark says so and passes).

    DATABASE_URL=postgres://... python -m benchmarks.bench_import_workers [--docs 1000]

Each round queues a fresh set of generated documents (``benchmarks.bench_import.generate``)
as one run, starts the workers (``db_worker --batch``: they exit when the queue is empty),
prints the run's progress as the admin shows it while they work, and times the round.
Target: 2 workers take ≤ 0.7x the time of 1. Exit 1 when missed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

from benchmarks.testdb import ROOT, setup_django

TARGET = 0.7
WORKERS = (1, 2, 4)


def _database_url(connection) -> str:
    s = connection.settings_dict
    user = s["USER"] or "postgres"
    return f"postgres://{user}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def round_time(connection, docs, workers: int) -> float:
    from reports.models import ImportRun
    from reports.services.import_runs import import_run_create

    run = import_run_create(files=docs)
    env = {**os.environ, "DATABASE_URL": _database_url(connection)}
    command = [sys.executable, "manage.py", "db_worker", "--batch", "--no-reload"]
    command += ["--no-startup-delay", "--interval", "0", "--verbosity", "0"]
    started = time.perf_counter()
    procs = [subprocess.Popen(command, cwd=ROOT, env=env) for _ in range(workers)]
    shown = started
    while any(p.poll() is None for p in procs):
        time.sleep(0.2)
        if time.perf_counter() - shown >= 10:
            shown = time.perf_counter()
            run = ImportRun.objects.get(pk=run.pk)
            print(f"    {workers} worker(s): {run.done}/{run.total}", file=sys.stderr, flush=True)
    took = time.perf_counter() - started
    run = ImportRun.objects.get(pk=run.pk)
    if run.finished is None or run.failed or run.new != len(docs):
        raise SystemExit(f"run #{run.pk} did not import everything: {run.done}/{run.total}")
    return took


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args(argv)
    connection, db_name = setup_django()
    from benchmarks.bench_import import generate

    times = {}
    try:
        if connection.vendor != "postgresql":
            print("\nWorkers benchmark: PostgreSQL only (SQLite runs one worker). PASS")
            return 0
        for round_no, workers in enumerate(WORKERS):
            # a fresh set each round: every document is new, as in the first round
            batch = generate(args.docs * (round_no + 1))[args.docs * round_no :]
            times[workers] = round_time(connection, batch, workers)
    finally:
        connection.creation.destroy_test_db(db_name, verbosity=0)

    print(f"\nWorkers benchmark (postgresql, {args.docs} documents, db_worker --batch)")
    print(f"{'workers':10}{'time s':>10}{'vs 1':>8}{'target':>8}")
    for workers, took in times.items():
        target = f"{TARGET}" if workers == 2 else ""
        print(f"{workers:<10}{took:10.1f}{took / times[1]:8.2f}{target:>8}")
    ok = times[2] / times[1] <= TARGET
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
