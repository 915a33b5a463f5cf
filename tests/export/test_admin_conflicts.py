"""Through the admin: a stale row is listed as a conflict with both values and left out,
the rest of the file imports; an untouched export with CRLF notes changes nothing."""

import csv
import datetime as dt
import io

from reports.models import Task, TaskUpdate
from reports.services.exports import HEADERS
from tests.export.test_conflicts import colleague_saves
from tests.export.test_roundtrip import snapshot

EXPORT = "/admin/reports/task/xuat/"


def exported_rows(admin_client):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    return list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))


def upload(admin_client, rows):
    out = io.StringIO(newline="")
    out.write("\ufeff")
    csv.writer(out).writerows(rows)
    data = io.BytesIO(out.getvalue().encode("utf-8"))
    data.name = "nhiem-vu.csv"
    return admin_client.post(
        "/admin/reports/task/import/", {"import_file": data, "format": 0, "resource": 0}
    )


def confirm(admin_client, response):
    return admin_client.post(
        "/admin/reports/task/process_import/", response.context["confirm_form"].initial
    )


def test_the_preview_lists_conflicts_and_the_rest_imports(admin_client, world):
    first, second = world["first"], world["second"]
    rows = exported_rows(admin_client)
    colleague_saves(second, due_date=dt.date(2025, 7, 31))
    period = HEADERS.index("Kỳ thực hiện")
    for row in rows[1:]:
        row[period] = "quý IV <b>"

    response = upload(admin_client, rows)
    html = response.content.decode()
    assert "Xung đột: 1 dòng sẽ không được nhập" in html
    assert f"#{second.pk}" in html
    assert "1 / 2" in html  # the versions, the file's and the database's
    assert "31/05/2025" in html and "31/07/2025" in html  # both values of the due date
    assert "quý IV &lt;b&gt;" in html and "quý IV <b>" not in html
    assert "confirm_form" in response.context  # the rest of the file can be imported

    assert confirm(admin_client, response).status_code == 302
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.period_label == "quý IV <b>"
    assert (second.period_label, second.due_date) == ("-quý II", dt.date(2025, 7, 31))


def test_an_untouched_export_with_crlf_notes_changes_nothing(admin_client, world):
    TaskUpdate.objects.filter(task=world["second"]).update(note="dòng một\r\ndòng hai\r\n")
    Task.objects.filter(pk=world["third"].pk).update(text="một\r\nhai")
    before = snapshot()
    response = upload(admin_client, exported_rows(admin_client))
    result = response.context["result"]
    assert [row.import_type for row in result.rows] == ["skip"] * 3
    assert not result.conflict_rows
    confirm(admin_client, response)
    assert snapshot() == before
