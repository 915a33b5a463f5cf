"""The API shows each token's user exactly what the admin shows them: the same task and
meeting ids as the admin's changelists, for users of several units."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from reports.models import Task
from tests import factories as f
from tests.access.conftest import SECRET_A, SECRET_B, login


def _admin_ids(user, model_name: str) -> set[int]:
    response = login(user).get(reverse(f"admin:reports_{model_name}_changelist"))
    assert response.status_code == 200
    return set(response.context["cl"].queryset.values_list("pk", flat=True))


def _users(world, superuser, django_user_model):
    both = f.make_staff_user("canbo-ab", world["a"]["unit"], world["b"]["sub"])
    both.groups.add(world["ua"].groups.first())
    return [world["ua"], world["ub"], both, superuser]


@pytest.mark.parametrize(("path", "model_name"), [("tasks", "task"), ("meetings", "meeting")])
def test_api_ids_are_the_admin_changelist_ids(
    world, superuser, django_user_model, api_as, path, model_name
):
    for user in _users(world, superuser, django_user_model):
        api_ids = api_as(user).all_ids(f"/api/v1/{path}", {"limit": 2})
        assert len(api_ids) == len(set(api_ids)), "a record repeated across pages"
        assert set(api_ids) == _admin_ids(user, model_name), user.username
        assert api_ids, user.username


def test_each_unit_sees_none_of_the_others_records(world, api_as):
    for user, other, secret in (
        (world["ua"], "b", SECRET_B),
        (world["ub"], "a", SECRET_A),
    ):
        client = api_as(user)
        for path in ("tasks", "meetings"):
            response = client.get(f"/api/v1/{path}")
            assert response.status_code == 200
            body = response.json()
            # as in the admin: the task A's meeting assigned to B is B's too, and names that
            # meeting (which stays A's, and is not in B's meetings)
            for item in body["items"]:
                meeting = item.get("meeting")
                if meeting and meeting["id"] == world[other]["meeting"].pk:
                    assert path == "tasks" and item["id"] == world["both"].pk
                    item.pop("meeting")
            assert secret not in json.dumps(body, ensure_ascii=False), (user.username, path)


def test_filtering_by_another_units_id_finds_nothing(world, api_as):
    client = api_as(world["ua"])
    b = world["b"]
    assert client.all_ids("/api/v1/tasks", {"unit": b["sub"].pk}) == []
    assert client.all_ids("/api/v1/tasks", {"meeting": b["meeting"].pk}) == []
    assert client.all_ids("/api/v1/meetings", {"host_unit": b["sub"].pk}) == []
    # the task A's meeting assigned to B is followed up by A too (the assigning unit)
    at_a = client.all_ids("/api/v1/tasks", {"meeting": world["a"]["meeting"].pk})
    assert world["a"]["task"].pk in at_a and world["both"].pk in at_a


def test_a_user_with_no_units_sees_no_tasks(world, api_as):
    client = api_as(world["nobody"])
    assert client.all_ids("/api/v1/tasks") == []
    assert client.all_ids("/api/v1/meetings") == []


def test_a_token_opens_no_model_its_user_may_not_view(world, django_user_model, api_as):
    # staff with units but in no group: the admin shows them nothing, so does the API
    user = f.make_staff_user("khong-nhom", world["a"]["unit"])
    client = api_as(user)
    for path in ("tasks", "meetings", "directives", "units"):
        response = client.get(f"/api/v1/{path}")
        assert response.status_code == 403, path
        assert Client().get(f"/api/v1/{path}").status_code == 401
    assert Task.objects.exists()
