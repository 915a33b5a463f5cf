"""A round trip is exact: re-importing an export changes nothing, whatever line ends or
control characters the text holds, and an edited row adds no duplicate progress note."""

import datetime as dt

import pytest

from reports.models import ReviewState, Task, TaskUpdate
from reports.services.exports import HEADERS
from tests.export.test_roundtrip import _export, edit_csv, edit_xlsx, run_import, snapshot

NOTE_CRLF = "Đã họp triển khai\r\n- bước 1\r\n- bước 2"
NOTE_CONTROL = "Đã gửi báo cáo\x07 và\x0b phụ lục\x1f"
TEXT_CRLF = "Nhiệm vụ nhiều dòng\r\ndòng hai\rdòng ba"


@pytest.fixture
def awkward(world):
    """Text as it may be stored from before line ends were normalised on save, or typed
    into a form: written without ``save()``."""
    first, second, third = world["first"], world["second"], world["third"]
    TaskUpdate.objects.filter(pk=first.updates.order_by("-date").first().pk).update(note=NOTE_CRLF)
    TaskUpdate.objects.filter(task=second).update(note=NOTE_CONTROL)
    Task.objects.filter(pk=third.pk).update(text=TEXT_CRLF, period_label="quý\x07 IV")
    return world


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_untouched_export_imports_as_no_change(awkward, fmt, superuser):
    before = snapshot()
    result = run_import(fmt, _export(fmt), dry_run=False, user=superuser)
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.rows] == ["skip"] * 3
    assert snapshot() == before  # no note added, no version raised, nothing marked edited


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_edited_row_adds_no_duplicate_note(awkward, fmt, superuser):
    status = HEADERS.index("Tình trạng")

    def edit(rows):
        rows[0][status] = "Đang thực hiện"  # status changed, the note cell as exported
        rows[0][HEADERS.index("Ngày hoàn thành")] = ""

    data = (edit_csv if fmt == "csv" else edit_xlsx)(_export(fmt), edit)
    notes = TaskUpdate.objects.count()
    result = run_import(fmt, data, dry_run=False, user=superuser)
    assert [row.import_type for row in result.rows] == ["update", "skip", "skip"], [
        r.error_dict for r in result.invalid_rows
    ]
    first = Task.objects.get(pk=awkward["first"].pk)
    assert (first.status, first.review_state, first.version) == (
        Task.Status.IN_PROGRESS,
        ReviewState.EDITED,
        2,
    )
    assert TaskUpdate.objects.count() == notes
    for task in ("second", "third"):
        again = Task.objects.get(pk=awkward[task].pk)
        assert (again.version, again.review_state) == (1, ReviewState.EXTRACTED)


def test_line_ends_are_normalised_on_save(world):
    note = TaskUpdate.objects.create(
        task=world["first"], date=dt.date(2025, 6, 1), note="a\r\nb\rc"
    )
    task = world["second"]
    task.text = "một\r\nhai"
    task.save()
    note.refresh_from_db()
    task.refresh_from_db()
    assert (note.note, task.text) == ("a\nb\nc", "một\nhai")
