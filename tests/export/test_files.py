"""The exported files: CSV with BOM and RFC 4180 quoting, XLSX with real dates, both with the
same rows as the django-import-export resource, and a query count independent of the rows."""

import csv
import datetime as dt
import io

import openpyxl
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from reports.models import Task
from reports.resources import TaskResource
from reports.services.exports import HEADERS, tasks_export
from tests.export.conftest import TODAY, link
from tests.factories import make_directive, make_task, make_unit


def export_bytes(fmt, queryset=None):
    out = io.BytesIO()
    tasks_export(queryset=queryset or Task.objects.all(), fmt=fmt, out=out, today=TODAY)
    return out.getvalue()


def csv_rows(data: bytes):
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_has_bom_crlf_and_rfc4180_quoting(world):
    data = export_bytes("csv")
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1
    text = data.decode("utf-8")[1:]
    header, _, rest = text.partition("\r\n")
    assert header.split(",") == HEADERS
    # the embedded quote is doubled, the field holding quotes, ";" and a newline is quoted
    assert (
        '"\'=HYPERLINK(""http://evil.example"",""bấm"") và ""ngoặc kép""; dấu chấm phẩy\ndòng 2"'
        in rest
    )
    rows = csv_rows(data)
    assert rows[0] == HEADERS
    assert len(rows) == 4
    second = dict(zip(HEADERS, rows[2], strict=True))
    assert second["Nội dung nhiệm vụ"].endswith("dấu chấm phẩy\ndòng 2")


def test_csv_values(world):
    rows = [dict(zip(HEADERS, r, strict=True)) for r in csv_rows(export_bytes("csv"))[1:]]
    first, second, third = rows
    assert first["Mã nhiệm vụ"] == str(world["first"].pk)
    assert first["Hội nghị"] == "Hội nghị sơ kết công tác tuyên giáo 6 tháng"
    assert first["Ngày hội nghị"] == "10/01/2025"
    assert first["Người giao"] == "Nguyễn Văn An"
    assert first["Đơn vị giao"] == "Ban Tuyên giáo Tỉnh ủy"
    assert first["Đơn vị chủ trì"] == "Ban Tuyên giáo Tỉnh ủy"
    assert first["Đơn vị phối hợp"] == "Báo Hòa Lâm; Đài Phát thanh và Truyền hình tỉnh"
    assert first["Văn bản chỉ đạo"] == "05-CT/TW; 35-NQ/TW"
    assert first["Hạn hoàn thành"] == "31/03/2025"
    assert first["Tình trạng"] == "Hoàn thành"
    assert first["Ngày hoàn thành"] == "02/04/2025"
    assert first["Tiến độ so với hạn"] == "Hoàn thành quá hạn"
    assert (first["Ngày cập nhật tiến độ"], first["Tiến độ mới nhất"]) == ("02/04/2025", "Xong")
    assert first["Văn bản nguồn"] == "Thông báo kết luận hội nghị"
    assert second["Tiến độ so với hạn"] == "Chưa hoàn thành, quá hạn"
    assert second["Kỳ thực hiện"] == "'-quý II"
    assert second["Tiến độ mới nhất"] == "'+ đang triển khai"
    assert third["Nội dung nhiệm vụ"] == "'@Nhiệm vụ không hạn"
    assert third["Tiến độ so với hạn"] == "Đã hủy"


def test_xlsx_has_the_same_cells_with_real_dates(world):
    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes("xlsx"))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == HEADERS
    first = dict(zip(HEADERS, rows[1], strict=True))
    assert first["Hạn hoàn thành"] == dt.datetime(2025, 3, 31)
    assert sheet.cell(row=2, column=HEADERS.index("Hạn hoàn thành") + 1).number_format == (
        "DD/MM/YYYY"
    )
    second = dict(zip(HEADERS, rows[2], strict=True))
    assert second["Nội dung nhiệm vụ"].startswith("'=HYPERLINK(")
    # a string cell, never a formula cell
    text_cell = sheet.cell(row=3, column=HEADERS.index("Nội dung nhiệm vụ") + 1)
    assert text_cell.data_type == "s"


def test_streamed_rows_match_the_resource_export(world):
    streamed = csv_rows(export_bytes("csv"))
    dataset = TaskResource(today=TODAY).export(Task.objects.order_by("meeting_id", "ordinal"))
    assert dataset.headers == streamed[0]
    assert [list(map(str, row)) for row in dataset] == streamed[1:]


def test_export_of_a_filtered_queryset(world):
    rows = csv_rows(export_bytes("csv", Task.objects.filter(status="dang_thuc_hien")))
    assert [r[0] for r in rows[1:]] == [str(world["second"].pk)]


def _grow(n):
    units = [make_unit() for _ in range(3)]
    directives = [make_directive() for _ in range(3)]
    for i in range(n):
        link(
            make_task(ordinal=i + 1, due_date=dt.date(2025, 1, 1)),
            lead=[units[i % 3]],
            support=[units[(i + 1) % 3], units[(i + 2) % 3]],
            directives=directives[:2],
            notes=[(dt.date(2025, 1, 2), f"ghi chú {i}")],
        )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_query_count_does_not_depend_on_the_number_of_rows(db, fmt):
    _grow(3)
    with CaptureQueriesContext(connection) as few:
        export_bytes(fmt)
    _grow(40)
    with CaptureQueriesContext(connection) as many:
        data = export_bytes(fmt)
    assert len(few) == len(many) == 1
    if fmt == "csv":
        assert len(csv_rows(data)) == 44


def test_csv_is_produced_batch_by_batch(world, monkeypatch):
    from reports.services import exports

    monkeypatch.setattr(exports, "_BATCH", 2)
    seen = []
    chunks = list(
        exports.tasks_csv_chunks(queryset=Task.objects.all(), today=TODAY, progress=seen.append)
    )
    # the header, then one piece per batch of two rows: never the whole file at once
    assert len(chunks) == 3
    assert chunks[0] == "\ufeff" + ",".join(HEADERS) + "\r\n"
    assert seen == [2, 3]
    assert "".join(chunks).encode("utf-8") == export_bytes("csv")
