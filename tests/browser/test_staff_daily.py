"""Staff's daily work in Chromium: the unit's own work on the index (figures that open the
tasks they count), the forward-looking due filters, a date typed as Vietnamese write it, and
the user form's chooser in Vietnamese."""

import datetime as dt

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from reports.models import Task, TaskUnit
from tests import factories as f
from tests.browser.conftest import PASSWORD, login, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _task(unit, text, due, **kw):
    task = f.make_task(text=text, due_date=due, status=Task.Status.IN_PROGRESS, **kw)
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    return task


@pytest.fixture
def work(django_user_model):
    today = timezone.localdate()
    board = f.make_unit("Ban Tuyên giáo Huyện ủy Tam Đảo")
    other = f.make_unit("Ban Dân vận Huyện ủy Sông Lô")
    tasks = {
        "late": _task(board, "Tổng kết 10 năm Chỉ thị 05-CT/TW", today - dt.timedelta(days=2)),
        "soon": _task(board, "Báo cáo sơ kết 6 tháng", today + dt.timedelta(days=3)),
        "month": _task(board, "Hội nghị báo cáo viên quý", today + dt.timedelta(days=20)),
        "theirs": _task(other, "Việc của Ban Dân vận", today - dt.timedelta(days=1)),
        "theirs2": _task(other, "Việc khác của Ban Dân vận", today - dt.timedelta(days=5)),
    }
    user = django_user_model.objects.create_user("chuyenvien", password=PASSWORD, is_staff=True)
    user.user_permissions.set(
        Permission.objects.filter(
            content_type__app_label="reports", codename__in=["view_task", "change_task"]
        )
    )
    f.grant_units(user, board)
    return {"board": board, "other": other, "tasks": tasks, "user": user}


def test_the_index_opens_on_the_units_own_work(page, work):
    login(page, "chuyenvien")
    panel = page.locator("#own-work")
    assert panel.is_visible()
    assert panel.locator("tr.overdue td").inner_text() == "1"  # not the other unit's two
    assert panel.locator("tr.due-soon td").inner_text() == "1"
    assert panel.locator("tr.due-later td").inner_text() == "2"
    assert page.locator("#own-work-units").count() == 0
    shot(page, "20-cong-viec-cua-don-vi")
    panel.locator("tr.overdue a").click()
    page.wait_for_url("**den_han=qua_han**")
    rows = page.locator("#result_list tbody tr")
    assert rows.count() == 1
    assert "Tổng kết 10 năm Chỉ thị 05-CT/TW" in rows.first.inner_text()


def test_an_all_units_account_sees_each_unit_and_the_reports_link_reads_on_one_line(page, work):
    f.grant_units(work["user"], all_units=True)
    login(page, "chuyenvien")
    units = page.locator("#own-work-units tr.unit-row th").all_inner_texts()
    assert units == ["Ban Dân vận Huyện ủy Sông Lô", "Ban Tuyên giáo Huyện ủy Tam Đảo"]
    link = page.locator("#reports-link a", has_text="Báo cáo tổng hợp")
    box = link.bounding_box()
    line = page.evaluate(
        "e => parseFloat(getComputedStyle(e).lineHeight) || 20", link.element_handle()
    )
    assert box["height"] < 1.5 * line and box["width"] > 80  # one line, not a letter a line
    # a unit's figure opens that unit's tasks
    page.locator("#own-work-units tr.unit-row").first.locator("td a").first.click()
    page.wait_for_url("**don_vi=**")
    texts = page.locator("#result_list tbody tr").all_inner_texts()
    assert len(texts) == 2 and all("Ban Dân vận" in t for t in texts)


def test_the_due_filters_look_forward(page, work):
    login(page, "chuyenvien")
    page.goto(f"{page.base_url}/admin/reports/task/")
    page.click("#changelist-filter a:text-is('Sắp đến hạn (7 ngày)')")
    page.wait_for_url("**den_han=7**")
    assert page.locator("#result_list tbody tr").all_inner_texts()[0].count("Báo cáo sơ kết") == 1
    assert page.locator("#result_list tbody tr").count() == 1
    page.click("#changelist-filter a:text-is('Sắp đến hạn (30 ngày)')")
    page.wait_for_url("**den_han=30**")
    assert page.locator("#result_list tbody tr").count() == 2
    page.click("#changelist-filter a:text-is('Không có hạn')")
    page.wait_for_url("**den_han=khong_han**")
    assert page.locator("#result_list tbody tr").count() == 0
    assert page.locator("#changelist-filter a:text-is('7 ngày trước')").count() == 0


def test_a_date_typed_day_first(page, work):
    task = work["tasks"]["month"]
    login(page, "chuyenvien")
    page.goto(f"{page.base_url}/admin/reports/task/{task.pk}/change/")
    page.fill("#id_due_date", "06/07/2025")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    task.refresh_from_db()
    assert task.due_date == dt.date(2025, 7, 6)  # 6 July, not 7 June
    assert page.input_value("#id_due_date") == "06/07/2025"
    page.fill("#id_due_date", "30-6-2025")
    page.click("input[name=_continue]")
    page.wait_for_selector(".messagelist .success")
    task.refresh_from_db()
    assert task.due_date == dt.date(2025, 6, 30)
    # the calendar's "today" writes the same way
    page.click("#id_due_date ~ .datetimeshortcuts a:first-child")
    assert page.input_value("#id_due_date") == timezone.localdate().strftime("%d/%m/%Y")
    page.goto(f"{page.base_url}/admin/reports/task/?q=bao+cao+vien")
    assert "30/06/2025" in page.inner_text("#result_list")


def test_the_user_form_chooser_speaks_vietnamese(page, django_user_model):
    django_user_model.objects.create_superuser("quantri", "q@example.vn", PASSWORD)
    target = django_user_model.objects.create_user("canbo", password=PASSWORD, is_staff=True)
    login(page, "quantri")
    page.goto(f"{page.base_url}/admin/auth/user/{target.pk}/change/")
    page.wait_for_selector(".selector")  # drawn by SelectFilter2.js
    text = page.inner_text("#content-main")
    for english in ("Choose", "by selecting", "Remove all", "Reset password", "Raw passwords"):
        assert english not in text, english
    assert "Đặt lại mật khẩu" in text
    assert "bằng cách bấm vào chúng" in text  # the chooser's help, from the project's catalogue
