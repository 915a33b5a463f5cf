"""Run every benchmark of the project and print one table of their verdicts (`make bench`).

Each benchmark is a module runnable on its own (``python -m benchmarks.bench_x``) that prints
its figures as ratios against a baseline measured in the same run, and exits non-zero when a
target is missed. Database benchmarks run on SQLite, and on PostgreSQL too when
``DATABASE_URL`` points there.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time

# (module, needs a database)
BENCHMARKS = [
    ("benchmarks.bench_extraction", False),
    ("benchmarks.bench_import", True),
    ("benchmarks.bench_export", True),
    ("benchmarks.bench_reports", True),
    ("benchmarks.bench_admin", True),
]


def _databases() -> list[tuple[str, dict]]:
    sqlite_env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    runs = [("sqlite", sqlite_env)]
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        runs.append(("postgresql", dict(os.environ)))
    return runs


def main() -> int:
    verdicts = []
    for module, needs_db in BENCHMARKS:
        if importlib.util.find_spec(module) is None:
            verdicts.append((module, "-", "missing"))
            continue
        for db, env in _databases() if needs_db else [("-", dict(os.environ))]:
            print(f"\n=== {module} ({db})", flush=True)
            started = time.perf_counter()
            code = subprocess.call([sys.executable, "-m", module], env=env)
            took = time.perf_counter() - started
            verdicts.append((module, db, f"{'PASS' if code == 0 else 'FAIL'} ({took:.0f} s)"))
    print(f"\n{'benchmark':36}{'database':>12}  verdict")
    for module, db, verdict in verdicts:
        print(f"{module:36}{db:>12}  {verdict}")
    return 0 if all(v.startswith("PASS") for _, _, v in verdicts if v != "missing") else 1


if __name__ == "__main__":
    sys.exit(main())
