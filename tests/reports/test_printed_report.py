"""A report to print and file: whose figures, the period, the date, signatures; the overdue
CSV with each task's id and whole text; the unit list limited to units that own work."""

import csv
import datetime as dt
import io

import pytest
from django.utils import timezone

from reports.models import Task, TaskUnit
from tests import factories as f

pytestmark = pytest.mark.django_db
URL = "/reports/"


def _csv(response):
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_the_page_carries_unit_period_date_and_signatures(admin_client):
    unit = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu")
    f.make_meeting(host_unit=unit, start_date=dt.date(2025, 3, 1))
    today = timezone.localdate()
    html = admin_client.get(URL, {"don_vi": unit.pk, "ky": "nam", "nam": 2025}).content.decode()
    header = html[html.index('id="report-print-header"') : html.index("</dl>")]
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu" in header
    assert "01/01/2025 – 31/12/2025" in header
    assert today.strftime("%d/%m/%Y") in header
    signatures = html[html.index('id="report-signatures"') :]
    assert "Người lập biểu" in signatures and "Lãnh đạo đơn vị" in signatures
    assert f"ngày {today:%d} tháng {today:%m} năm {today:%Y}" in signatures


def test_the_unit_is_every_unit_for_a_superuser_and_the_profile_units_for_staff(client):
    hue, lai_chau = f.make_unit("Thành ủy Huế"), f.make_unit("Tỉnh ủy Lai Châu")
    user = f.make_staff_user(None, hue, lai_chau)
    client.force_login(user)
    html = client.get(URL).content.decode()
    header = html[html.index('id="report-print-header"') : html.index("</dl>")]
    assert "Thành ủy Huế; Tỉnh ủy Lai Châu" in header

    everyone = f.make_staff_user(None)
    f.grant_units(everyone, all_units=True)
    client.force_login(everyone)
    html = client.get(URL).content.decode()
    assert "Tất cả đơn vị" in html[html.index('id="report-print-header"') :]


def test_overdue_csv_has_the_task_id_and_its_whole_text(admin_client):
    long_text = "Tổ chức tuyên truyền sâu rộng " * 10 + "đến từng chi bộ."
    task = f.make_task(text=long_text, due_date=timezone.localdate() - dt.timedelta(days=3))
    rows = _csv(admin_client.get(URL, {"tai": "qua-han"}))
    assert rows[0][:2] == ["Mã nhiệm vụ", "Nhiệm vụ"]
    assert rows[1][0] == str(task.pk)
    assert rows[1][1] == long_text
    assert Task.objects.get(pk=int(rows[1][0])).text == rows[1][1]


def test_unit_list_shows_units_that_own_work_and_those_above_them(admin_client):
    province = f.make_unit("Tỉnh ủy Hòa Lâm")
    board = f.make_unit("Ban Tuyên giáo Tỉnh ủy Hòa Lâm", parent=province)
    host = f.make_unit("Huyện ủy Đắk Hà")
    f.make_unit("Sở Tài chính")  # only met in a document: owns nothing
    TaskUnit.objects.create(task=f.make_task(), unit=board, role=TaskUnit.Role.SUPPORT)
    f.make_meeting(host_unit=host)
    form = admin_client.get(URL).context["form"]
    names = [u.name for u in form.fields["don_vi"].queryset]
    assert names == sorted(["Tỉnh ủy Hòa Lâm", "Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "Huyện ủy Đắk Hà"])
