"""Tokens: only a hash stored, shown once, revocable, the last use noted; created in the admin
or with ``api_token``; the API refuses everything else."""

import datetime as dt
import hashlib
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from reports.models import ApiToken
from reports.services.api_tokens import api_token_authenticate, api_token_create
from tests import factories as f
from tests.api.conftest import ApiClient

TASKS = "/api/v1/tasks"


@pytest.fixture
def staff(db):
    return f.make_staff_user("canbo-api", f.make_unit())


def test_only_the_hash_is_stored(superuser):
    record, token = api_token_create(user=superuser, name="Bảng điều khiển tỉnh")
    record.refresh_from_db()
    assert record.token_hash == hashlib.sha256(token.encode()).hexdigest()
    assert len(token) >= 40
    stored = " ".join(str(v) for v in ApiToken.objects.values_list().get())
    assert token not in stored


@pytest.mark.parametrize(
    "header",
    ["", "Bearer", "Bearer sai-ma", "Token {token}", "Basic {token}", "Bearer {token}x"],
)
def test_refused_without_a_valid_bearer_token(superuser, header):
    _, token = api_token_create(user=superuser, name="x")
    headers = {"HTTP_AUTHORIZATION": header.format(token=token)} if header else {}
    response = Client().get(TASKS, **headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "Unauthorized"}


def test_a_session_is_not_a_token(admin_client):
    assert admin_client.get(TASKS).status_code == 401


def test_revoked_token_is_refused(superuser):
    client = ApiClient(api_token_create(user=superuser, name="x")[1])
    assert client.get(TASKS).status_code == 200
    ApiToken.objects.update(revoked=timezone.now())
    assert client.get(TASKS).status_code == 401


@pytest.mark.parametrize("change", [{"is_active": False}, {"is_staff": False}])
def test_token_of_an_inactive_or_non_staff_account_is_refused(superuser, change):
    client = ApiClient(api_token_create(user=superuser, name="x")[1])
    for field, value in change.items():
        setattr(superuser, field, value)
    superuser.save()
    assert client.get(TASKS).status_code == 401


def test_last_use_is_noted_at_most_once_a_minute(superuser):
    record, token = api_token_create(user=superuser, name="x")
    assert record.last_used is None
    first = timezone.now()
    assert api_token_authenticate(token=token, now=first) == superuser
    record.refresh_from_db()
    assert record.last_used == first
    api_token_authenticate(token=token, now=first + dt.timedelta(seconds=10))
    record.refresh_from_db()
    assert record.last_used == first
    later = first + dt.timedelta(minutes=2)
    api_token_authenticate(token=token, now=later)
    record.refresh_from_db()
    assert record.last_used == later


def test_command_prints_the_token_alone_on_its_last_line(staff):
    from django.contrib.auth.models import Group

    staff.groups.add(Group.objects.get(name="Người xem"))
    out = StringIO()
    call_command("api_token", staff.username, "--name", "Hệ thống theo dõi", stdout=out)
    token = out.getvalue().rstrip("\n").splitlines()[-1]
    assert token.strip() == token and " " not in token
    record = ApiToken.objects.get()
    assert (record.user, record.name) == (staff, "Hệ thống theo dõi")
    assert ApiClient(token).get(TASKS).status_code == 200


def test_command_refuses_an_unknown_or_inactive_account(staff):
    with pytest.raises(CommandError):
        call_command("api_token", "khong-co-ai", stdout=StringIO())
    staff.is_active = False
    staff.save()
    with pytest.raises(CommandError):
        call_command("api_token", staff.username, stdout=StringIO())
    assert not ApiToken.objects.exists()


def test_admin_creates_a_token_and_shows_it_once(admin_client, staff):
    response = admin_client.post(
        reverse("admin:reports_apitoken_add"), {"user": staff.pk, "name": "Bảng điều khiển"}
    )
    assert response.status_code == 200
    token = response.context["token"]
    assert token in response.content.decode()
    record = ApiToken.objects.get()
    assert record.token_hash == hashlib.sha256(token.encode()).hexdigest()
    change = admin_client.get(reverse("admin:reports_apitoken_change", args=[record.pk]))
    listing = admin_client.get(reverse("admin:reports_apitoken_changelist"))
    for page in (change, listing):
        assert page.status_code == 200
        assert token not in page.content.decode()


def test_admin_revokes_tokens(admin_client, staff):
    record, token = api_token_create(user=staff, name="x")
    response = admin_client.post(
        reverse("admin:reports_apitoken_changelist"),
        {"action": "revoke", "_selected_action": [record.pk]},
    )
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.revoked is not None
    assert api_token_authenticate(token=token) is None


def test_only_superusers_manage_tokens(staff, superuser):
    from django.contrib.auth.models import Group, Permission

    # even given every permission on tokens, a staff account could otherwise make a token
    # for a superuser
    staff.groups.add(Group.objects.get(name="Biên tập viên"))
    staff.user_permissions.add(*Permission.objects.filter(codename__endswith="_apitoken"))
    client = Client()
    client.force_login(staff)
    assert client.get(reverse("admin:reports_apitoken_changelist")).status_code == 403
    response = client.post(
        reverse("admin:reports_apitoken_add"), {"user": superuser.pk, "name": "lén"}
    )
    assert response.status_code == 403
    assert not ApiToken.objects.exists()
