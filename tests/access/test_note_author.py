"""A progress note is signed by whoever adds it: an editor cannot put a colleague's (or a
superuser's) name under a note, nor re-sign an existing one, on the note's page or in the
task's inline. Imports sign with the importing user (tests/admin/test_import_*)."""

import datetime as dt

import pytest
from django.urls import reverse

from reports.models import TaskUpdate
from tests.access.conftest import login
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


def test_a_note_added_on_its_page_is_signed_by_the_adder(world, client_a, superuser):
    url = reverse("admin:reports_taskupdate_add")
    page = client_a.get(url)
    assert "author" not in page.context["adminform"].form.fields
    data = change_form_data(
        page, task=str(world["a"]["task"].pk), date="2025-05-01", note="Đã triển khai",
        author=str(superuser.pk),
    )  # fmt: skip
    assert client_a.post(url, data).status_code == 302
    note = TaskUpdate.objects.get(note="Đã triển khai")
    assert note.author == world["ua"]


def test_the_author_of_a_note_cannot_be_changed(world, client_a, superuser):
    note = world["a"]["update"]
    note.author = world["ub"]
    note.save()
    url = reverse("admin:reports_taskupdate_change", args=[note.pk])
    data = change_form_data(client_a.get(url), author=str(superuser.pk), note="Sửa nội dung")
    assert client_a.post(url, data).status_code == 302
    note.refresh_from_db()
    assert (note.note, note.author) == ("Sửa nội dung", world["ub"])


def test_the_task_inline_neither_chooses_nor_changes_the_author(world, client_a, superuser):
    task, note = world["a"]["task"], world["a"]["update"]
    note.author = world["ub"]
    note.save()
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(client_a.get(url))
    prefix = "updates"
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    data.update({
        f"{prefix}-TOTAL_FORMS": str(total + 1),
        f"{prefix}-{total}-date": "2025-05-02",
        f"{prefix}-{total}-note": "Ghi mới",
        f"{prefix}-{total}-author": str(superuser.pk),
        f"{prefix}-0-author": str(superuser.pk),
    })  # fmt: skip
    assert client_a.post(url, data).status_code == 302
    note.refresh_from_db()
    assert note.author == world["ub"]
    assert TaskUpdate.objects.get(task=task, note="Ghi mới").author == world["ua"]


def test_a_superuser_is_signed_as_themself_too(world, superuser):
    client = login(superuser)
    url = reverse("admin:reports_taskupdate_add")
    data = change_form_data(
        client.get(url), task=str(world["a"]["task"].pk), date=dt.date(2025, 5, 3).isoformat(),
        note="Ghi của quản trị",
    )  # fmt: skip
    assert client.post(url, data).status_code == 302
    assert TaskUpdate.objects.get(note="Ghi của quản trị").author == superuser
