"""Round trip: export, edit the file in a script, import it back (dry run, then for real)."""

import csv
import datetime as dt
import io

import openpyxl
import pytest
from import_export.formats import base_formats

from reports.models import ReviewState, Task, TaskUnit, TaskUpdate
from reports.resources import TaskResource
from reports.services.exports import HEADERS, tasks_export
from tests.export.conftest import TODAY

STATUS, DUE, LEAD, SUPPORT, NOTE, DIRECTIVES, COMPLETED, PERIOD = (
    HEADERS.index(c)
    for c in (
        "Tình trạng",
        "Hạn hoàn thành",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Tiến độ mới nhất",
        "Văn bản chỉ đạo",
        "Ngày hoàn thành",
        "Kỳ thực hiện",
    )
)


def _export(fmt):
    out = io.BytesIO()
    tasks_export(queryset=Task.objects.all(), fmt=fmt, out=out, today=TODAY)
    return out.getvalue()


def edit_csv(data: bytes, edit) -> bytes:
    """Parse the CSV, let ``edit(rows)`` change the rows, write it back like Excel would."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    edit(rows[1:])
    out = io.StringIO(newline="")
    out.write("\ufeff")
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


def edit_xlsx(data: bytes, edit) -> bytes:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book.active
    rows = [list(r) for r in sheet.iter_rows(min_row=2, values_only=True)]
    edit(rows)
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            sheet.cell(row=r, column=c, value=value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def dataset_of(fmt, data):
    if fmt == "csv":
        return base_formats.CSV().create_dataset(data.decode("utf-8-sig"))
    return base_formats.XLSX().create_dataset(data)


def snapshot():
    return (
        list(Task.objects.order_by("pk").values()),
        sorted(TaskUnit.objects.values_list("task_id", "unit_id", "role")),
        sorted(Task.directives.through.objects.values_list("task_id", "directive_id")),
        TaskUpdate.objects.count(),
    )


def run_import(fmt, data, *, dry_run, user=None, queryset=None):
    resource = TaskResource(queryset=queryset, today=TODAY)
    return resource.import_data(dataset_of(fmt, data), dry_run=dry_run, user=user)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_unchanged_file_changes_nothing(world, fmt):
    before = snapshot()
    result = run_import(fmt, _export(fmt), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.rows] == ["skip"] * 3
    assert snapshot() == before


def _edits(fmt):
    def as_date(text):
        return dt.datetime.strptime(text, "%d/%m/%Y") if fmt == "xlsx" else text

    def edit(rows):
        first, second, _ = rows
        second[STATUS] = "Hoàn thành"
        second[DUE] = as_date("30/06/2025")
        second[COMPLETED] = as_date("20/06/2025")
        second[LEAD] = "Ban Tuyên giáo Tỉnh ủy"
        second[SUPPORT] = "Báo Hòa Lâm; Trường Chính trị tỉnh"
        second[NOTE] = "'=Đã hoàn thành, báo cáo gửi Ban"  # as exported: neutralised
        second[DIRECTIVES] = "05-CT/TW; 35-NQ/TW"
        first[SUPPORT] = "Báo Hòa Lâm"

    return edit


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_edited_file_dry_run_then_import(world, fmt, superuser):
    edit = edit_csv if fmt == "csv" else edit_xlsx
    data = edit(_export(fmt), _edits(fmt))
    before = snapshot()

    dry = run_import(fmt, data, dry_run=True, user=superuser)
    assert not dry.has_errors() and not dry.has_validation_errors(), dry.invalid_rows
    assert [row.import_type for row in dry.rows] == ["update", "update", "skip"]
    diff = dry.rows[1].diff
    assert any("Hoàn thành" in cell for cell in diff)
    assert snapshot() == before  # a dry run writes nothing

    result = run_import(fmt, data, dry_run=False, user=superuser)
    assert not result.has_errors() and not result.has_validation_errors()
    first, second = world["first"], world["second"]
    second.refresh_from_db()
    assert second.status == Task.Status.DONE
    assert (second.due_date, second.completed_on) == (dt.date(2025, 6, 30), dt.date(2025, 6, 20))
    assert second.review_state == ReviewState.EDITED
    assert second.version == 2
    roles = set(second.task_units.values_list("unit__name", "role"))
    assert roles == {
        ("Ban Tuyên giáo Tỉnh ủy", "chu_tri"),
        ("Báo Hòa Lâm", "phoi_hop"),
        ("Trường Chính trị tỉnh", "phoi_hop"),
    }
    assert set(second.directives.values_list("code", flat=True)) == {"05-CT/TW", "35-NQ/TW"}
    update = second.updates.order_by("-date", "-id").first()
    assert update.note == "=Đã hoàn thành, báo cáo gửi Ban"  # the apostrophe is undone
    assert (update.date, update.author) == (TODAY, superuser)
    # the first task lost a supporting unit and kept its lead
    assert set(first.task_units.values_list("unit__name", "role")) == {
        ("Ban Tuyên giáo Tỉnh ủy", "chu_tri"),
        ("Báo Hòa Lâm", "phoi_hop"),
    }
    # the text (starting with "=" in the database) round-tripped untouched
    assert second.text.startswith('=HYPERLINK("http://evil.example"')

    # exporting again and importing changes nothing more
    after = snapshot()
    again = run_import(fmt, _export(fmt), dry_run=False, user=superuser)
    assert [row.import_type for row in again.rows] == ["skip"] * 3
    assert snapshot() == after


def _messages(result):
    return {
        row.number: {k: [str(m) for m in v] for k, v in row.error_dict.items()}
        for row in result.invalid_rows
    }


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_bad_rows_are_reported_in_vietnamese_and_nothing_is_written(world, fmt):
    def edit(rows):
        first, second, third = rows
        first[PERIOD] = "năm 2025 và 2026"  # a valid change, on a row before the bad ones
        second[LEAD] = "Ban Không Tồn Tại"
        second[DIRECTIVES] = "99-CT/XX; 35-NQ/TW"
        third[DUE] = "31/02/2025"
        third[STATUS] = "Xong rồi"

    editor = edit_csv if fmt == "csv" else edit_xlsx
    data = editor(_export(fmt), edit)
    before = snapshot()
    result = run_import(fmt, data, dry_run=False)
    assert result.has_validation_errors()
    messages = _messages(result)
    assert set(messages) == {2, 3}
    assert messages[2]["Đơn vị chủ trì"] == ["không tìm thấy đơn vị «Ban Không Tồn Tại»"]
    assert messages[2]["Văn bản chỉ đạo"] == ["không tìm thấy văn bản chỉ đạo «99-CT/XX»"]
    assert "ngày «31/02/2025» không hợp lệ" in messages[3]["Hạn hoàn thành"][0]
    assert messages[3]["Tình trạng"][0].startswith("tình trạng «Xong rồi» không hợp lệ")
    assert snapshot() == before  # the valid first row was rolled back too


def test_completion_date_needs_done_status(world):
    def edit(rows):
        rows[1][COMPLETED] = "01/06/2025"

    result = run_import("csv", edit_csv(_export("csv"), edit), dry_run=True)
    assert _messages(result)[2]["Ngày hoàn thành"] == [
        "chỉ ghi ngày hoàn thành khi tình trạng là «Hoàn thành»"
    ]


def test_a_row_cannot_touch_a_task_outside_the_users_queryset(world):
    def edit(rows):
        for row in rows:
            row[PERIOD] = "năm 2026"

    data = edit_csv(_export("csv"), edit)
    visible = Task.objects.exclude(pk=world["second"].pk)
    before = snapshot()
    result = run_import("csv", data, dry_run=False, queryset=visible)
    messages = _messages(result)
    assert set(messages) == {2}
    assert "không có nhiệm vụ mã" in messages[2]["Mã nhiệm vụ"][0]
    assert snapshot() == before


def test_rows_without_a_task_id_are_refused(world):
    def edit(rows):
        rows[0][0] = ""
        rows[1][0] = "abc"

    result = run_import("csv", edit_csv(_export("csv"), edit), dry_run=True)
    messages = _messages(result)
    assert "không có mã nhiệm vụ" in messages[1]["Mã nhiệm vụ"][0]
    assert "không hợp lệ" in messages[2]["Mã nhiệm vụ"][0]
