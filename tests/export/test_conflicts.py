"""A stale spreadsheet never undoes newer changes: a row whose task was saved after the export
is a conflict (not applied, shown with both values) and the rest of the file imports."""

import datetime as dt
import threading

import pytest
from django.db import connection, connections

from reports.models import ReviewState, Task, TaskUpdate
from reports.resources import TaskResource
from reports.services.exports import HEADERS
from reports.services.review import record_save_edited
from tests.export.test_roundtrip import _export, dataset_of, edit_csv, edit_xlsx, run_import

COLUMN = {name: HEADERS.index(name) for name in HEADERS}


def colleague_saves(task, **values):
    """A colleague's save through the admin (version checked and raised, marked edited)."""
    fresh = Task.objects.get(pk=task.pk)
    for name, value in values.items():
        setattr(fresh, name, value)
    record_save_edited(record=fresh, based_on_version=fresh.version, review_state_chosen=False)
    return fresh


def editor(fmt):
    return edit_csv if fmt == "csv" else edit_xlsx


def conflicts_of(result):
    return {
        row.object_id: {c.column: (c.theirs, c.ours) for c in row.conflicts}
        for row in result.conflict_rows
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_stale_row_is_a_conflict_and_the_rest_of_the_file_imports(world, fmt, superuser):
    first, second = world["first"], world["second"]
    data = _export(fmt)
    # after the export, a colleague finishes the second task
    colleague_saves(
        second,
        status=Task.Status.DONE,
        completed_on=dt.date(2025, 6, 10),
        due_date=dt.date(2025, 6, 30),
    )

    def edit(rows):
        rows[0][COLUMN["Kỳ thực hiện"]] = "năm 2025 và 2026"
        rows[1][COLUMN["Kỳ thực hiện"]] = "quý III"  # on the stale row

    data = editor(fmt)(data, edit)
    notes = TaskUpdate.objects.count()

    dry = run_import(fmt, data, dry_run=True, user=superuser)
    assert not dry.has_errors() and not dry.has_validation_errors()
    assert [row.import_type for row in dry.rows] == ["update", "skip", "skip"]
    conflict = conflicts_of(dry)
    assert set(conflict) == {second.pk}
    assert conflict[second.pk] == {
        "Kỳ thực hiện": ("quý III", "-quý II"),
        "Hạn hoàn thành": ("31/05/2025", "30/06/2025"),
        "Tình trạng": ("Đang thực hiện", "Hoàn thành"),
        "Ngày hoàn thành": ("", "10/06/2025"),
    }
    row = dry.conflict_rows[0]
    assert (row.file_version, row.database_version) == (1, 2)

    result = run_import(fmt, data, dry_run=False, user=superuser)
    assert not result.has_errors() and not result.has_validation_errors()
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.period_label == "năm 2025 và 2026"  # the rest of the file was applied
    assert (first.version, first.review_state) == (2, ReviewState.EDITED)
    # the colleague's save stands
    assert (second.status, second.completed_on, second.due_date) == (
        Task.Status.DONE,
        dt.date(2025, 6, 10),
        dt.date(2025, 6, 30),
    )
    assert (second.period_label, second.version) == ("-quý II", 2)
    assert TaskUpdate.objects.count() == notes


def test_a_stale_row_that_changes_nothing_is_skipped_quietly(world):
    second = world["second"]
    data = _export("csv")
    colleague_saves(second, period_label="quý III")

    def edit(rows):
        rows[1][COLUMN["Kỳ thực hiện"]] = "quý III"  # the same change as the colleague's

    result = run_import("csv", edit_csv(data, edit), dry_run=False)
    assert [row.import_type for row in result.rows] == ["skip"] * 3
    assert not result.conflict_rows
    second.refresh_from_db()
    assert second.version == 2


def test_a_save_during_the_import_is_not_overwritten(world, monkeypatch):
    """The import read the task; a colleague saves it before the import writes."""
    second = world["second"]

    def edit(rows):
        rows[1][COLUMN["Kỳ thực hiện"]] = "quý III"

    data = edit_csv(_export("csv"), edit)
    real = TaskResource.import_instance

    def colleague_saves_meanwhile(self, instance, row, **kwargs):
        real(self, instance, row, **kwargs)
        if instance.pk == second.pk:
            colleague_saves(second, status=Task.Status.CANCELLED)

    monkeypatch.setattr(TaskResource, "import_instance", colleague_saves_meanwhile)
    result = run_import("csv", data, dry_run=False)

    assert [row.import_type for row in result.rows] == ["skip"] * 3
    assert conflicts_of(result)[second.pk]["Kỳ thực hiện"] == ("quý III", "-quý II")
    second.refresh_from_db()
    assert (second.status, second.period_label, second.version) == (
        Task.Status.CANCELLED,
        "-quý II",
        2,
    )


def test_a_file_without_versions_is_refused(world):
    data = _export("csv").decode("utf-8-sig")
    lines = [",".join(line.split(",")[:1] + line.split(",")[2:]) for line in data.split("\r\n")]
    dataset = dataset_of("csv", "\r\n".join(lines).encode())
    result = TaskResource().import_data(dataset, dry_run=True)
    assert result.has_errors()
    assert "thiếu cột «Phiên bản»" in str(result.base_errors[0].error)


@pytest.mark.parametrize("bad", ["", "abc", "0"])
def test_a_bad_version_is_a_row_error(world, bad):
    def edit(rows):
        rows[0][COLUMN["Phiên bản"]] = bad
        rows[0][COLUMN["Kỳ thực hiện"]] = "quý III"

    before = Task.objects.get(pk=world["first"].pk).period_label
    result = run_import("csv", edit_csv(_export("csv"), edit), dry_run=False)
    assert result.has_validation_errors()
    errors = result.invalid_rows[0].error_dict
    assert "không hợp lệ" in str(errors["Phiên bản"][0])
    assert Task.objects.get(pk=world["first"].pk).period_label == before


@pytest.mark.django_db(transaction=True)
def test_a_concurrent_save_during_the_import_stands(world, monkeypatch):
    """Two connections for real: the import pauses after reading a task while a colleague's
    save commits from another connection."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer at a time: the interleaving needs PostgreSQL")
    second = world["second"]

    def edit(rows):
        rows[1][COLUMN["Kỳ thực hiện"]] = "quý III"

    data = edit_csv(_export("csv"), edit)
    read, saved = threading.Event(), threading.Event()
    real = TaskResource.import_instance
    results, errors = [], []

    def pause_after_reading(self, instance, row, **kwargs):
        real(self, instance, row, **kwargs)
        if instance.pk == second.pk:
            read.set()
            assert saved.wait(30), "the colleague's save did not happen"

    monkeypatch.setattr(TaskResource, "import_instance", pause_after_reading)

    def run():
        try:
            results.append(run_import("csv", data, dry_run=False))
        except Exception as exc:  # reported to the test's thread below
            errors.append(exc)
            read.set()
        finally:
            connections.close_all()

    importer = threading.Thread(target=run)
    importer.start()
    assert read.wait(30)
    if not errors:
        colleague_saves(second, status=Task.Status.CANCELLED)  # commits on its own
    saved.set()
    importer.join(60)
    assert not importer.is_alive() and not errors, errors
    assert conflicts_of(results[0])[second.pk]["Kỳ thực hiện"] == ("quý III", "-quý II")
    second.refresh_from_db()
    assert (second.status, second.period_label, second.version) == (
        Task.Status.CANCELLED,
        "-quý II",
        2,
    )
