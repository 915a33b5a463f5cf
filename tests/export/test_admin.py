"""The Task changelist: export buttons (filters and search), actions (selection), import."""

import csv
import io

import openpyxl
import pytest
from django.contrib.auth.models import Permission

from reports.models import Task, TaskUpdate
from reports.services.exports import HEADERS

CHANGELIST = "/admin/reports/task/"
EXPORT = "/admin/reports/task/xuat/"


def ids_in(response):
    data = b"".join(response.streaming_content)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert rows[0] == HEADERS
    return sorted(int(r[0]) for r in rows[1:])


def test_changelist_shows_export_and_import_buttons(admin_client, world):
    response = admin_client.get(CHANGELIST, {"status__exact": "dang_thuc_hien"})
    html = response.content.decode()
    assert f'href="{EXPORT}?status__exact=dang_thuc_hien&amp;_dinh_dang=csv"' in html
    assert "Xuất Excel (XLSX)" in html
    assert "/admin/reports/task/import/" in html


def test_export_button_honours_filters(admin_client, world):
    response = admin_client.get(EXPORT, {"status__exact": "dang_thuc_hien", "_dinh_dang": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    assert ids_in(response) == [world["second"].pk]


def test_export_button_honours_search(admin_client, world):
    response = admin_client.get(EXPORT, {"q": "tu tuong dao duc", "_dinh_dang": "csv"})
    assert ids_in(response) == [world["first"].pk]


def test_export_button_honours_the_deadline_filter(admin_client, world):
    # the second task is overdue whatever today's date (its due date is in 2025)
    response = admin_client.get(EXPORT, {"han": "qua_han"})
    assert ids_in(response) == [world["second"].pk]


def test_export_xlsx(admin_client, world):
    response = admin_client.get(EXPORT, {"status__exact": "huy", "_dinh_dang": "xlsx"})
    assert response.status_code == 200
    data = b"".join(response.streaming_content)
    rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
    assert [r[0] for r in rows[1:]] == [world["third"].pk]


def test_bad_format_and_bad_filter(admin_client, world):
    assert admin_client.get(EXPORT, {"_dinh_dang": "pdf"}).status_code == 400
    assert admin_client.get(EXPORT, {"khong_co__exact": "1"}).status_code == 400


@pytest.mark.parametrize("action", ["export_selected_csv", "export_selected_xlsx"])
def test_actions_export_the_selection(admin_client, world, action):
    chosen = [world["first"].pk, world["third"].pk]
    response = admin_client.post(
        CHANGELIST, {"action": action, "_selected_action": chosen, "index": 0}
    )
    assert response.status_code == 200
    if action.endswith("csv"):
        assert ids_in(response) == chosen
    else:
        data = b"".join(response.streaming_content)
        rows = list(openpyxl.load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True))
        assert sorted(r[0] for r in rows[1:]) == chosen


def test_export_needs_view_permission(client, django_user_model, world):
    staff = django_user_model.objects.create_user("canbo", password="mat-khau-9", is_staff=True)
    client.force_login(staff)
    assert client.get(EXPORT).status_code == 403
    staff.user_permissions.add(Permission.objects.get(codename="view_task"))
    assert client.get(EXPORT).status_code == 200


def test_import_dry_run_then_confirm(admin_client, world, superuser):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    rows = list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))
    second = next(r for r in rows if r[0] == str(world["second"].pk))
    second[HEADERS.index("Tình trạng")] = "Chưa thực hiện"
    second[HEADERS.index("Tiến độ mới nhất")] = "Tạm dừng chờ kinh phí"
    out = io.StringIO(newline="")
    out.write("\ufeff")
    csv.writer(out).writerows(rows)
    upload = io.BytesIO(out.getvalue().encode("utf-8"))
    upload.name = "nhiem-vu.csv"

    response = admin_client.post(
        "/admin/reports/task/import/", {"import_file": upload, "format": 0, "resource": 0}
    )
    assert response.status_code == 200
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert "Tạm dừng chờ kinh phí" in response.content.decode()  # the diff
    world["second"].refresh_from_db()
    assert world["second"].status == Task.Status.IN_PROGRESS  # nothing written yet

    confirm = response.context["confirm_form"]
    response = admin_client.post("/admin/reports/task/process_import/", confirm.initial)
    assert response.status_code == 302
    world["second"].refresh_from_db()
    assert world["second"].status == Task.Status.NOT_STARTED
    update = TaskUpdate.objects.filter(task=world["second"]).order_by("-id").first()
    assert (update.note, update.author) == ("Tạm dừng chờ kinh phí", superuser)


def test_import_with_errors_offers_no_confirmation(admin_client, world):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    text = export.decode("utf-8").replace("Trường Chính trị tỉnh", "Trường Không Có")
    upload = io.BytesIO(text.encode("utf-8"))
    upload.name = "nhiem-vu.csv"
    response = admin_client.post(
        "/admin/reports/task/import/", {"import_file": upload, "format": 0, "resource": 0}
    )
    assert response.context["result"].has_validation_errors()
    assert "confirm_form" not in response.context
    assert "không tìm thấy đơn vị «Trường Không Có»" in response.content.decode()


def _upload(admin_client, data: bytes, name: str, fmt: int):
    upload = io.BytesIO(data)
    upload.name = name
    return admin_client.post(
        "/admin/reports/task/import/", {"import_file": upload, "format": fmt, "resource": 0}
    )


def test_import_xlsx_through_the_admin(admin_client, world):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "xlsx"}).streaming_content)
    book = openpyxl.load_workbook(io.BytesIO(export))
    sheet = book.active
    status_column = HEADERS.index("Tình trạng") + 1
    for row in range(2, sheet.max_row + 1):
        if sheet.cell(row=row, column=1).value == world["second"].pk:
            sheet.cell(row=row, column=status_column, value="Hủy")
    out = io.BytesIO()
    book.save(out)
    response = _upload(admin_client, out.getvalue(), "nhiem-vu.xlsx", 1)
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.rows] == ["skip", "update", "skip"]
    response = admin_client.post(
        "/admin/reports/task/process_import/", response.context["confirm_form"].initial
    )
    world["second"].refresh_from_db()
    assert world["second"].status == Task.Status.CANCELLED


def test_import_semicolon_csv_as_saved_by_a_vietnamese_excel(admin_client, world):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    rows = list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))
    out = io.StringIO(newline="")
    out.write("\ufeff")
    csv.writer(out, delimiter=";").writerows(rows)
    response = _upload(admin_client, out.getvalue().encode("utf-8"), "nhiem-vu.csv", 0)
    result = response.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert [row.import_type for row in result.rows] == ["skip"] * 3
