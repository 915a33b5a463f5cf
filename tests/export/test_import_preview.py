"""The spreadsheet import preview: the changed rows first with before and after, the
unchanged rows folded, and "Xác nhận nạp" as the primary button."""

import csv
import io
import re

from reports.services.exports import HEADERS

EXPORT = "/admin/reports/task/xuat/"
IMPORT = "/admin/reports/task/import/"


def _upload(admin_client, world, change):
    export = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    rows = list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))
    change(rows)
    out = io.StringIO(newline="")
    out.write("\ufeff")
    csv.writer(out).writerows(rows)
    upload = io.BytesIO(out.getvalue().encode("utf-8"))
    upload.name = "nhiem-vu.csv"
    response = admin_client.post(IMPORT, {"import_file": upload, "format": 0, "resource": 0})
    assert response.status_code == 200
    return response.content.decode()


def test_changed_rows_first_with_before_and_after_unchanged_folded(admin_client, world):
    second = world["second"]

    def change(rows):
        row = next(r for r in rows if r[0] == str(second.pk))
        row[HEADERS.index("Tình trạng")] = "Chưa thực hiện"

    html = _upload(admin_client, world, change)
    changed = html.index('id="import-changed"')
    folded = html.index('<details class="import-unchanged"')
    assert changed < folded
    changed_table = html[changed : html.index("</table>", changed)]
    assert changed_table.count('<tr class="update">') == 1
    assert '<tr class="skip">' not in changed_table
    # before and after of the changed cell, both visible
    # (the library's word-level diff: "<del>Đang</del><ins>Chưa</ins> thực hiện")
    assert re.search(
        r"<del[^>]*>Đang</del><ins[^>]*>Chưa</ins><span> thực hiện</span>", changed_table
    )
    unchanged = html[folded : html.index("</details>", folded)]
    assert "open" not in unchanged.split(">", 1)[0]  # folded until asked for
    assert unchanged.count('<tr class="skip">') == 2
    assert "Cập nhật: 1" in html and "Không đổi: 2" in html


def test_confirm_is_the_primary_button(admin_client, world):
    html = _upload(admin_client, world, lambda rows: None)
    buttons = re.findall(r'<input type="submit"[^>]*>', html)
    primary = [b for b in buttons if 'class="default"' in b]
    assert len(primary) == 1 and 'value="Xác nhận nạp"' in primary[0]
    assert "Tệp không thay đổi nhiệm vụ nào" in html
