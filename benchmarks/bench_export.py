"""Task export at scale: time, memory and queries of the streaming export, against baselines.

    python -m benchmarks.bench_export                         # SQLite, 20,000 tasks
    python -m benchmarks.bench_export --tasks 100000          # the issue's size
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/NAME python -m benchmarks.bench_export

Generates tasks in a throw-away test database with ``bulk_create`` (each with a lead unit,
two supporting units, two directives and a progress note), then measures, in the same run:

1. CSV export (``reports.services.exports``, what ``export_tasks`` and the admin use) against
   PostgreSQL ``COPY (SELECT ...) TO STDOUT WITH CSV`` of the same SELECT (many-to-many
   columns pre-aggregated by GROUP BY in joined subqueries): target within 3x (PostgreSQL only);
2. the same export against django-import-export's ``Resource.export()`` on the same tasks
   (``select_related``/``prefetch_related``, chunks of 2,000): target at least 10x faster;
3. peak Python memory (tracemalloc) of the export at 10x the tasks against 1x: target 1.2x;
4. SQL queries of the export at 1x and at 10x: target equal.

Exit status 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.testdb import setup_django

ROOT = Path(__file__).resolve().parent.parent
COPY_RATIO_TARGET = 3.0
RESOURCE_SPEEDUP_TARGET = 10.0
MEMORY_RATIO_TARGET = 1.2
BATCH = 5000

UNIT_COUNT = 300
DIRECTIVE_COUNT = 150
PEOPLE_COUNT = 60
TASKS_PER_MEETING = 12
SAMPLE_TEXT = (
    "tiếp tục đẩy mạnh công tác tuyên truyền học tập và làm theo tư tưởng đạo đức phong cách "
    "Hồ Chí Minh nâng cao chất lượng sinh hoạt chi bộ bảo vệ nền tảng tư tưởng của Đảng"
)
WORDS = SAMPLE_TEXT.split()


def reference_data():
    from reports.models import Directive, Person, Unit

    units = Unit.objects.bulk_create(
        Unit(name=f"Ban Tuyên giáo Huyện ủy số {i}", search_key=f"ban tuyen giao {i}")
        for i in range(UNIT_COUNT)
    )
    directives = Directive.objects.bulk_create(
        Directive(
            doc_type="chi_thi",
            number=str(i),
            code=f"{i:02d}-CT/TU",
            label=f"Chỉ thị số {i}",
            issued=dt.date(2020, 1, 1) + dt.timedelta(days=i),
            search_key=f"{i}-ct/tu",
        )
        for i in range(1, DIRECTIVE_COUNT + 1)
    )
    people = Person.objects.bulk_create(
        Person(full_name=f"Nguyễn Văn {i}", search_key=f"nguyen van {i}")
        for i in range(PEOPLE_COUNT)
    )
    return units, directives, people


def generate(start: int, count: int, reference) -> None:
    """Tasks ``start`` .. ``start + count - 1`` with their units, citations and a note."""
    from reports.models import Citation, Meeting, Task, TaskUnit, TaskUpdate

    units, directives, people = reference
    statuses = ["chua_thuc_hien", "dang_thuc_hien", "hoan_thanh", "huy"]
    for offset in range(start, start + count, BATCH):
        size = min(BATCH, start + count - offset)
        meetings = Meeting.objects.bulk_create(
            Meeting(title=f"Hội nghị sơ kết số {m}", start_date=dt.date(2024, 1, 1))
            for m in range(offset // TASKS_PER_MEETING, (offset + size) // TASKS_PER_MEETING + 1)
        )
        tasks = []
        for i in range(offset, offset + size):
            status = statuses[i % 4]
            due = dt.date(2024, 1, 1) + dt.timedelta(days=i % 700)
            text = " ".join(WORDS[j % len(WORDS)] for j in range(i % 7, i % 7 + 25))
            tasks.append(
                Task(
                    meeting=meetings[(i - offset) // TASKS_PER_MEETING],
                    ordinal=i % TASKS_PER_MEETING + 1,
                    text=("=" if i % 50 == 0 else "") + text,
                    assigned_by_person=people[i % PEOPLE_COUNT],
                    assigned_by_unit=units[i % UNIT_COUNT],
                    period_label="năm 2025",
                    due_date=due,
                    status=status,
                    completed_on=due + dt.timedelta(days=i % 5 - 2)
                    if status == "hoan_thanh"
                    else None,
                )
            )
        tasks = Task.objects.bulk_create(tasks)
        TaskUnit.objects.bulk_create(
            TaskUnit(task=task, unit=units[(i + k) % UNIT_COUNT], role=role)
            for i, task in enumerate(tasks, offset)
            for k, role in ((0, "chu_tri"), (1, "phoi_hop"), (2, "phoi_hop"))
        )
        Citation.objects.bulk_create(
            Citation(task=task, directive=directives[(i + k) % DIRECTIVE_COUNT])
            for i, task in enumerate(tasks, offset)
            for k in (0, 1)
        )
        TaskUpdate.objects.bulk_create(
            TaskUpdate(task=task, date=dt.date(2025, 1, 1), note=f"Đã triển khai đợt {i % 9}")
            for i, task in enumerate(tasks, offset)
        )


def export_csv(path: str) -> None:
    from reports.models import Task
    from reports.services.exports import tasks_export

    with open(path, "wb") as out:
        tasks_export(queryset=Task.objects.all(), fmt="csv", out=out)


def timed(func, *args) -> float:
    started = time.perf_counter()
    func(*args)
    return time.perf_counter() - started


def copy_csv(connection, path: str) -> None:
    """The same SELECT (same rows, same columns, same parameters) through COPY."""
    from django.utils import timezone

    from reports.models import Task
    from reports.services.exports import export_query

    sql, params = export_query(Task.objects.all(), today=timezone.localdate())
    copy_sql = f"COPY ({sql}) TO STDOUT WITH (FORMAT csv, HEADER)"
    with (
        connection.cursor() as cursor,
        open(path, "wb") as out,
        cursor.cursor.copy(copy_sql, params) as copy,
    ):
        for data in copy:
            out.write(data)


def resource_export(path: str) -> None:
    from import_export.formats.base_formats import CSV

    from reports.models import Task
    from reports.resources import TaskResource

    queryset = Task.objects.select_related(
        "meeting", "assigned_by_person", "assigned_by_unit", "source_document"
    ).prefetch_related("task_units__unit", "directives", "updates")
    dataset = TaskResource().export(queryset)
    with open(path, "w", encoding="utf-8-sig", newline="") as out:
        out.write(CSV().export_data(dataset))


def peak_memory(path: str) -> int:
    tracemalloc.start()
    try:
        export_csv(path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def count_queries(connection, path: str) -> int:
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        export_csv(path)
    return len(captured.captured_queries)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=20_000, help="the 10x size (default 20000)")
    args = parser.parse_args(argv)
    small = max(1, args.tasks // 10)
    connection, db_name = setup_django()
    vendor = connection.vendor
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "export.csv")
        try:
            started = time.perf_counter()
            reference = reference_data()
            generate(0, small, reference)
            export_csv(out)  # warm up imports and caches before measuring
            results["mem_small"] = peak_memory(out)
            results["queries_small"] = count_queries(connection, out)
            generate(small, args.tasks - small, reference)
            print(
                f"  generated {args.tasks} tasks in {time.perf_counter() - started:.1f} s",
                file=sys.stderr,
            )
            if vendor == "postgresql":
                with connection.cursor() as cursor:
                    cursor.execute("ANALYZE")
            results["queries_large"] = count_queries(connection, out)
            results["mem_large"] = peak_memory(out)
            results["export_s"] = min(timed(export_csv, out) for _ in range(2))
            with open(out, encoding="utf-8-sig", newline="") as written:
                results["rows"] = sum(1 for _ in csv.reader(written)) - 1
            if vendor == "postgresql":
                copy_out = str(Path(tmp) / "copy.csv")
                results["copy_s"] = min(timed(copy_csv, connection, copy_out) for _ in range(2))
            print("  Resource.export() running…", file=sys.stderr)
            results["resource_s"] = timed(resource_export, str(Path(tmp) / "resource.csv"))
        finally:
            connection.creation.destroy_test_db(db_name, verbosity=0)

    verdicts = []
    print(f"\nExport benchmark ({vendor}, {args.tasks} tasks; 1x = {small})")
    print(f"{'measure':52}{'value':>12}{'target':>10}")
    print(f"{'streaming CSV export (s)':52}{results['export_s']:12.2f}")
    if "copy_s" in results:
        ratio = results["export_s"] / results["copy_s"]
        print(f"{'COPY (SELECT ...) TO STDOUT WITH CSV (s)':52}{results['copy_s']:12.2f}")
        print(f"{'ratio export / COPY':52}{ratio:12.2f}{'<= ' + str(COPY_RATIO_TARGET):>10}")
        verdicts.append(ratio <= COPY_RATIO_TARGET)
    else:
        print(f"{'COPY baseline':52}{'(PostgreSQL only)':>22}")
    speedup = results["resource_s"] / results["export_s"]
    print(f"{'django-import-export Resource.export() (s)':52}{results['resource_s']:12.2f}")
    target = f">= {RESOURCE_SPEEDUP_TARGET}"
    print(f"{'speed-up over Resource.export()':52}{speedup:12.1f}{target:>10}")
    verdicts.append(speedup >= RESOURCE_SPEEDUP_TARGET)
    mem_ratio = results["mem_large"] / results["mem_small"]
    print(f"{'peak memory at 1x (MiB)':52}{results['mem_small'] / 2**20:12.2f}")
    print(f"{'peak memory at 10x (MiB)':52}{results['mem_large'] / 2**20:12.2f}")
    print(f"{'ratio memory 10x / 1x':52}{mem_ratio:12.2f}{'<= ' + str(MEMORY_RATIO_TARGET):>10}")
    verdicts.append(mem_ratio <= MEMORY_RATIO_TARGET)
    q_small, q_large = int(results["queries_small"]), int(results["queries_large"])
    print(f"{'queries at 1x / at 10x':52}{f'{q_small} / {q_large}':>12}{'equal':>10}")
    verdicts.append(q_small == q_large)
    print(f"({int(results['rows'])} rows written)")
    ok = all(verdicts)
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
