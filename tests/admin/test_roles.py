"""Groups made by the migration: "Biên tập viên" edits, "Người xem" only views, and a viewer
cannot change anything, by the form or by a hand-made POST."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from reports.models import Directive, Meeting, ReviewState, Task, Unit
from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def viewer(django_user_model):
    user = django_user_model.objects.create_user("nguoixem", password="mat-khau-9", is_staff=True)
    user.groups.add(Group.objects.get(name="Người xem"))
    f.grant_units(user, all_units=True)  # these tests are about permissions, not units
    return user


@pytest.fixture
def viewer_client(viewer):
    client = Client()  # its own session: tests also use the superuser's admin_client
    client.force_login(viewer)
    return client


@pytest.fixture
def editor_client(django_user_model):
    client = Client()
    user = django_user_model.objects.create_user("bientap", password="mat-khau-9", is_staff=True)
    user.groups.add(Group.objects.get(name="Biên tập viên"))
    f.grant_units(user, all_units=True)
    client.force_login(user)
    return client


def test_groups_have_the_right_permissions():
    editors = set(
        Group.objects.get(name="Biên tập viên").permissions.values_list("codename", flat=True)
    )
    viewers = set(
        Group.objects.get(name="Người xem").permissions.values_list("codename", flat=True)
    )
    for model in ("task", "meeting", "directive", "unit", "person", "sourcedocument"):
        assert {f"view_{model}", f"change_{model}", f"add_{model}"} <= editors
        assert f"view_{model}" in viewers
        assert f"change_{model}" not in viewers
    assert not any(p.startswith(("add_", "change_", "delete_")) for p in viewers)
    assert not any(p.startswith("delete_") for p in editors)


def test_viewer_sees_pages_but_no_save_button(viewer_client):
    task = f.make_task()
    response = viewer_client.get(reverse("admin:reports_task_change", args=[task.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'name="_save"' not in page
    assert task.text in page
    assert viewer_client.get(reverse("admin:reports_task_changelist")).status_code == 200


def test_editor_can_save(editor_client):
    task = f.make_task(text="Cũ")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(editor_client.get(url), text="Mới")
    assert editor_client.post(url, data).status_code == 302
    task.refresh_from_db()
    assert task.text == "Mới"


def test_viewer_cannot_change_by_direct_post(viewer_client, admin_client):
    task = f.make_task(text="Nội dung gốc")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), text="Sửa trộm")
    assert viewer_client.post(url, data).status_code == 403
    task.refresh_from_db()
    assert (task.text, task.version) == ("Nội dung gốc", 1)


def test_viewer_cannot_add_or_delete(viewer_client):
    add = viewer_client.post(
        reverse("admin:reports_unit_add"), {"name": "Đơn vị lạ", "kind": "khac"}
    )
    assert add.status_code == 403
    assert not Unit.objects.filter(name="Đơn vị lạ").exists()
    meeting = f.make_meeting()
    delete_url = reverse("admin:reports_meeting_delete", args=[meeting.pk])
    assert viewer_client.post(delete_url, {"post": "yes"}).status_code == 403
    assert Meeting.objects.filter(pk=meeting.pk).exists()


@pytest.mark.parametrize(
    ("model", "action"),
    [
        (Task, "mark_verified"),
        (Directive, "mark_verified"),
        (Directive, "merge_selected"),
        (Unit, "merge_selected"),
        (Meeting, "delete_selected"),
    ],
)
def test_viewer_cannot_run_actions(viewer_client, model, action):
    make = {
        Task: f.make_task,
        Directive: f.make_directive,
        Unit: f.make_unit,
        Meeting: f.make_meeting,
    }
    records = [make[model](), make[model]()]
    url = reverse(f"admin:reports_{model._meta.model_name}_changelist")
    viewer_client.post(
        url,
        {
            "action": action,
            "_selected_action": [r.pk for r in records],
            "confirm": "yes",
            "target": records[0].pk,
            "post": "yes",
        },
    )
    assert model.objects.filter(pk__in=[r.pk for r in records]).count() == 2
    if hasattr(model, "review_state"):
        assert not model.objects.filter(review_state=ReviewState.VERIFIED).exists()


@pytest.mark.parametrize(
    "model",
    # access profiles and API tokens are managed by superusers only, with the accounts;
    # import runs are their starters' and need the import permission (tests/jobs/)
    [
        m
        for m in admin.site._registry
        if m._meta.app_label == "reports"
        and m._meta.model_name not in {"staffprofile", "apitoken", "importrun"}
    ],
    ids=lambda m: m._meta.model_name,
)
def test_viewer_opens_every_page_read_only(viewer_client, model):
    made = f.make_everything()
    obj = next(v for v in made.values() if isinstance(v, model))
    name = model._meta.model_name
    assert viewer_client.get(reverse(f"admin:reports_{name}_changelist")).status_code == 200
    page = viewer_client.get(reverse(f"admin:reports_{name}_change", args=[obj.pk]))
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()
    assert viewer_client.get(reverse(f"admin:reports_{name}_add")).status_code == 403
