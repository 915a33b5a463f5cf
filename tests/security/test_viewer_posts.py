"""A viewer (group "Người xem") cannot write through any door: change, add, delete and every
action of every model admin are refused, and the database is left as it was."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from reports.models import Task
from tests import factories as f

MODELS = [m for m in admin.site._registry if m._meta.app_label == "reports"]


@pytest.fixture
def viewer_client(db, django_user_model):
    user = django_user_model.objects.create_user("nguoixem", password="mat-khau-9", is_staff=True)
    user.groups.add(Group.objects.get(name="Người xem"))
    # every unit: what is tested here is the permission, not the unit scope
    f.grant_units(user, all_units=True)
    client = Client()
    client.force_login(user)
    return client


def _snapshot() -> dict:
    return {m: sorted(map(repr, m.objects.values())) for m in MODELS}


def _url(model, view, *args):
    return reverse(f"admin:reports_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_viewer_post_is_refused(viewer_client, model):
    made = f.make_everything()
    obj = next(v for v in made.values() if isinstance(v, model))
    before = _snapshot()
    assert viewer_client.post(_url(model, "add"), {}).status_code == 403
    assert viewer_client.post(_url(model, "change", obj.pk), {}).status_code == 403
    assert viewer_client.post(_url(model, "delete", obj.pk), {"post": "yes"}).status_code == 403
    model_admin = admin.site._registry[model]
    names = {"delete_selected", *(model_admin.actions or [])}
    for name in names:
        response = viewer_client.post(
            _url(model, "changelist"),
            {"action": name, "_selected_action": [obj.pk], "post": "yes", "confirm": "yes"},
        )
        assert response.status_code in (200, 302, 403), name
    assert _snapshot() == before


def test_viewer_cannot_import_or_upload(viewer_client, db):
    task = f.make_task()
    before = _snapshot()
    assert viewer_client.post(reverse("admin:reports_task_import"), {}).status_code == 403
    response = viewer_client.post(reverse("reports_upload"), {"pasted": "Hội nghị sơ kết"})
    assert response.status_code == 403
    assert _snapshot() == before
    assert Task.objects.get(pk=task.pk).version == task.version


def test_viewer_actions_are_not_offered(viewer_client, db):
    f.make_task()
    page = viewer_client.get(_url(Task, "changelist")).content.decode()
    for action in ("mark_verified", "delete_selected"):
        assert f'value="{action}"' not in page
