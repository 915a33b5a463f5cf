"""Run every benchmark of the project and print one table of their verdicts (`make bench`).

Each benchmark is a module runnable on its own (``python -m benchmarks.bench_x``) that prints
its figures as ratios against a baseline measured in the same run, and exits non-zero when a
target is missed. Database benchmarks run on SQLite, and on PostgreSQL too when
``DATABASE_URL`` points there. On PostgreSQL the changelist and reports benchmarks run at the
size of their targets (``--full``: 100,000 tasks); ``BENCH_FULL=0`` skips that (quicker),
``BENCH_FULL=1`` uses it on SQLite too.

    python -m benchmarks.run                  # everything
    python -m benchmarks.run --extraction     # text and PDF extraction only (no database)
    python -m benchmarks.run api reports      # some, by short name (see --help)
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import time

PREFIX = "benchmarks.bench_"
# (module, needs a database, takes --full)
BENCHMARKS = [
    ("benchmarks.bench_extraction", False, False),
    ("benchmarks.bench_pdf", False, False),
    ("benchmarks.bench_import", True, False),
    ("benchmarks.bench_export", True, False),
    ("benchmarks.bench_reports", True, True),
    ("benchmarks.bench_admin", True, True),
    ("benchmarks.bench_api", True, True),
    ("benchmarks.bench_import_workers", True, False),
]


def _full(db: str) -> bool:
    """Whether to run at the target size: by default on PostgreSQL only."""
    chosen = os.environ.get("BENCH_FULL", "")
    return chosen == "1" if chosen in ("0", "1") else db == "postgresql"


def _databases() -> list[tuple[str, dict]]:
    sqlite_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    runs = [("sqlite", sqlite_env)]
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        runs.append(("postgresql", dict(os.environ)))
    return runs


def _chosen(argv) -> tuple[list[tuple[str, bool, bool]], list[str]]:
    """The benchmarks the command line names (all by default), and arguments for each."""
    names = [module.removeprefix(PREFIX) for module, _, _ in BENCHMARKS]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", metavar="name", help=f"run only these: {', '.join(names)}"
    )
    parser.add_argument(
        "--extraction",
        action="store_true",
        help="only the extraction benchmarks, which need no database (about a minute)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="bench_extraction without its 100x inputs"
    )
    args = parser.parse_args(argv)
    unknown = sorted(set(args.names) - set(names))
    if unknown:
        parser.error(f"no benchmark {', '.join(unknown)} (there are: {', '.join(names)})")
    chosen = set(args.names) | ({"extraction", "pdf"} if args.extraction else set())
    benchmarks = [b for b in BENCHMARKS if not chosen or b[0].removeprefix(PREFIX) in chosen]
    return benchmarks, ["--quick"] if args.quick else []


def main(argv=None) -> int:
    benchmarks, extraction_args = _chosen(argv)
    verdicts = []
    for module, needs_db, takes_full in benchmarks:
        if importlib.util.find_spec(module) is None:
            verdicts.append((module, "-", "missing"))
            continue
        for db, env in _databases() if needs_db else [("-", dict(os.environ))]:
            args = ["--full"] if takes_full and _full(db) else []
            if module == f"{PREFIX}extraction":
                args += extraction_args
            print(f"\n=== {module} {' '.join(args)} ({db})", flush=True)
            started = time.perf_counter()
            code = subprocess.call([sys.executable, "-m", module, *args], env=env)
            took = time.perf_counter() - started
            verdicts.append((module, db, f"{'PASS' if code == 0 else 'FAIL'} ({took:.0f} s)"))
    print(f"\n{'benchmark':36}{'database':>12}  verdict")
    for module, db, verdict in verdicts:
        print(f"{module:36}{db:>12}  {verdict}")
    return 0 if all(v.startswith("PASS") for _, _, v in verdicts if v != "missing") else 1


if __name__ == "__main__":
    sys.exit(main())
