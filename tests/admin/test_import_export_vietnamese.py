"""django-import-export ships no Vietnamese catalogue: its admin import page (form, dry-run
preview, errors) speaks Vietnamese through reports/locale/vi."""

import io

import pytest
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

IMPORT = reverse("admin:reports_task_import")
EXPORT = "/admin/reports/task/xuat/"


def _post(admin_client, data: bytes):
    upload = io.BytesIO(data)
    upload.name = "nhiem-vu.csv"
    return admin_client.post(IMPORT, {"import_file": upload, "format": 0, "resource": 0})


def test_import_form_is_in_vietnamese(admin_client):
    response = admin_client.get(IMPORT)
    assert response.status_code == 200
    html = response.content.decode()
    for vietnamese in (
        "<h1>Nhập dữ liệu</h1>",
        "Sẽ nhập các trường sau:",
        "Tệp cần nhập:",
        "Định dạng:",
        'value="Gửi"',
        "Trang chủ",
    ):
        assert vietnamese in html
    for english in ("File to import", "Format:", "Submit", "This importer will import", "Home"):
        assert english not in html


def test_dry_run_preview_is_in_vietnamese(admin_client):
    f.make_everything()
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    response = _post(admin_client, export)
    assert response.status_code == 200
    assert "confirm_form" in response.context
    html = response.content.decode()
    # the project's preview (admin/reports/task/import.html): "Xác nhận nạp", unchanged folded
    for vietnamese in (
        "Xác nhận nạp",
        "Xem trước",
        "Dưới đây là những gì sẽ thay đổi",
        "Không đổi",
    ):
        assert vietnamese in html
    for english in ("Confirm import", "Preview", "Below is a preview", "Skipped"):
        assert english not in html


def test_row_errors_are_in_vietnamese(admin_client):
    unit = f.make_everything()["unit"]
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    response = _post(admin_client, export.replace(unit.name.encode(), "Đơn vị Không Có".encode()))
    assert response.context["result"].has_validation_errors()
    html = response.content.decode()
    for vietnamese in (
        "Một số dòng không hợp lệ",
        "Vui lòng sửa các lỗi này",
        "<th>Dòng</th>",
        "<th>Lỗi</th>",
    ):
        assert vietnamese in html
    for english in (
        "Some rows failed to validate",
        "Please correct these errors",
        "Line number",
        "Confirm import",
    ):
        assert english not in html


def test_empty_file_error_is_in_vietnamese(admin_client):
    response = _post(admin_client, b"\xef\xbb\xbf")
    html = response.content.decode()
    assert "Không có dữ liệu hợp lệ để nhập" in html
    assert "No valid data to import" not in html
    assert "Confirm import" not in html
