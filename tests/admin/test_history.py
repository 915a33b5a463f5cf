"""Every change through the admin is kept with who, when and what, inlines included."""

import pytest
from django.urls import reverse

from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


def test_adding_a_directive_to_a_task_shows_in_its_history(admin_client, superuser):
    task = f.make_task(text="Tuyên truyền kỷ niệm")
    directive = f.make_directive(code="05-CT/TW")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), status="dang_thuc_hien")
    data.update(
        {
            "citations-TOTAL_FORMS": "1",
            "citations-0-directive": str(directive.pk),
            "citations-0-as_written": "Chỉ thị 05",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    assert list(task.directives.all()) == [directive]

    history = admin_client.get(reverse("admin:reports_task_history", args=[task.pk]))
    page = history.content.decode()
    assert "Người thay đổi" in page and "quantri" in page
    assert "Đã thêm trích dẫn" in page
    assert "05-CT/TW" in page
    assert "Tình trạng:" in page  # the changed field, by its Vietnamese name
    assert "Chưa thực hiện" in page and "Đang thực hiện" in page  # choice labels, not codes
    assert "dang_thuc_hien" not in page.split('id="change-history"')[1]
    latest = task.history.first()
    assert latest.history_user == superuser
    assert len(latest.history_change_reason) <= 100


def test_revert_from_history_is_disabled(admin_client):
    task = f.make_task()
    version = task.history.first()
    url = reverse("admin:reports_task_simple_history", args=[task.pk, version.pk])
    page = admin_client.get(url).content.decode()
    assert 'name="_save"' not in page


def test_a_progress_note_added_on_the_task_page_is_signed(admin_client, superuser):
    task = f.make_task()
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url))
    data.update(
        {
            "updates-TOTAL_FORMS": "1",
            "updates-0-date": "2025-05-02",
            "updates-0-note": "Đã tổ chức 3 hội nghị quán triệt",
        }
    )
    assert admin_client.post(url, data).status_code == 302
    update = task.updates.get()
    assert (update.note, update.author) == ("Đã tổ chức 3 hội nghị quán triệt", superuser)
