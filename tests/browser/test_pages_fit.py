"""Pages that fit a 1366 px laptop screen: the task form with its inline progress notes has
no horizontal scroll bar, and the list columns leave room to read the text."""

import datetime as dt

import pytest

from reports.models import TaskUnit, TaskUpdate
from tests import factories as f
from tests.browser.conftest import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LONG = (
    "Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
    "gắn với thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và các nghị quyết của Đảng"
)


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser("vuavan", "vv@example.vn", PASSWORD)


@pytest.fixture
def task(staff):
    unit = f.make_unit("Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu")
    meeting = f.make_meeting(title="Hội nghị sơ kết 6 tháng đầu năm 2025", host_unit=unit)
    task = f.make_task(text=LONG, meeting=meeting, due_date=dt.date(2025, 12, 31))
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    TaskUpdate.objects.create(
        task=task, date=dt.date(2025, 7, 1), note="Đã ban hành kế hoạch " * 8, author=staff
    )
    return task


def _overflow(page) -> int:
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_task_form_with_progress_note_fits_1366(page, staff, task, tmp_path):
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, "vuavan")
    page.goto(f"{page.base_url}/admin/reports/task/{task.pk}/change/")
    page.locator("#updates-group .add-row a").first.click()
    page.screenshot(path=str(tmp_path / "task-form.png"), full_page=True)
    assert _overflow(page) <= 0


def test_task_list_columns_leave_room_for_the_text(page, staff, task, tmp_path):
    page.set_viewport_size({"width": 1366, "height": 768})
    login(page, "vuavan")
    page.goto(f"{page.base_url}/admin/reports/task/")
    page.screenshot(path=str(tmp_path / "task-list.png"), full_page=True)
    assert _overflow(page) <= 0
    text = page.locator("#result_list tbody tr td.field-__str__, #result_list tbody tr th").first
    assert text.bounding_box()["width"] >= 300
