"""Vietnamese everywhere staff look: a walk through the pages staff use (index, lists and forms
of every table, the user forms, history, import with errors, the lockout page) fails on any
of a list of English phrases that Django or a package shows where it has no Vietnamese
string (the project's locale, reports/locale/vi, provides those)."""

import html
import io
import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from reports.models import TaskUnit
from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db

# phrases seen on these pages before the project's locale provided them
ENGLISH = [
    "Access attempt",
    "Access failure",
    "Access log",
    "Attempted Access",
    "Access Log for",
    "Failed access",
    "Axes",
    "Password-based authentication",
    "Enabled",
    "Disabled",
    "Reset password",
    "Raw passwords",
    "Choose all",
    "by selecting",
    "Choose a date from the list below",
    "None",
    "Django administration",
    "Django site admin",
    "Trang quản trị cho Django",
    "Please correct the duplicate data",
    "which must be unique",
    "unit và role",
    "with this",
    "already exists",
    "Models in the",
    "Username",
    "Password",
    "First name",
    "Last name",
    "Email address",
    "Staff status",
    "Superuser status",
    "Active",
    "Groups",
    "User permissions",
    "Last login",
    "Date joined",
    "Important dates",
    "Permissions",
    "Personal info",
    "Filter",
    "Remove all",
    "Available",
    "Chosen",
    "Search",
    "History",
    "Show all",
    "Action",
    "Changed",
    "Date/time",
    "User agent",
    "IP address",
    "Failed logins",
    "Attempt time",
    "Logout time",
    "Path",
    "Line number",
    "Errors",
    "Import",
    "Export",
    "Submit",
    "This field",
    "Enter a valid",
]


def visible_text(page: str) -> str:
    page = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", page)
    page = re.sub(r"(?s)<!--.*?-->", " ", page)
    # what a person reads: the text, and the words of title/placeholder/value attributes
    attributes = " ".join(re.findall(r'(?:title|placeholder|aria-label|value)="([^"]*)"', page))
    return html.unescape(re.sub(r"(?s)<[^>]+>", " ", page) + " " + attributes)


def english_in(text: str) -> list[str]:
    return [p for p in ENGLISH if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", text)]


@pytest.fixture
def world(superuser):
    made = f.make_everything()
    editor = f.make_staff_user("bientap", made["unit"], email="bt@example.vn")
    editor.groups.add(Group.objects.get(name="Biên tập viên"))
    # a row in each login-lockout table, so their change pages are walked too
    when = timezone.now()
    common = {"user_agent": "Mozilla/5.0", "ip_address": "10.0.0.7", "username": "bientap"}
    AccessAttempt.objects.create(
        **common, path_info="/admin/login/", failures_since_start=2, attempt_time=when
    )
    AccessLog.objects.create(**common, path_info="/admin/login/", attempt_time=when)
    AccessFailureLog.objects.create(
        **common, path_info="/admin/login/", attempt_time=when, locked_out=False
    )
    return {**made, "editor": editor}


def _pages(client, world):
    task, user = world["task"], world["editor"]
    yield "index", client.get(reverse("admin:index"))
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        name = f"admin:{opts.app_label}_{opts.model_name}"
        yield f"{name} list", client.get(reverse(f"{name}_changelist"))
        if model_admin.has_add_permission(_request(client)):
            yield f"{name} add", client.get(reverse(f"{name}_add"))
        obj = model.objects.first()
        if obj is not None:
            yield f"{name} change", client.get(reverse(f"{name}_change", args=[obj.pk]))
            yield f"{name} history", client.get(reverse(f"{name}_history", args=[obj.pk]))
    yield "password", client.get(reverse("admin:auth_user_password_change", args=[user.pk]))
    yield "task history", client.get(reverse("admin:reports_task_history", args=[task.pk]))
    version = task.history.first()
    yield (
        "task old version",
        client.get(reverse("admin:reports_task_simple_history", args=[task.pk, version.pk])),
    )
    # a duplicate role on the task form: the constraint's message names the fields
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(client.get(url))
    data.update(
        {
            "task_units-TOTAL_FORMS": "2",
            "task_units-1-unit": str(world["unit"].pk),
            "task_units-1-role": TaskUnit.Role.LEAD,
        }
    )
    yield "task duplicate role", client.post(url, data)
    yield "import with errors", _import_with_errors(client, task)


def _request(client):
    from django.test import RequestFactory

    request = RequestFactory().get("/")
    request.user = client.user
    return request


def _import_with_errors(client, task):
    text = (
        "\ufeffMã,Nội dung nhiệm vụ,Tình trạng,Hạn hoàn thành,Đơn vị chủ trì\n"
        f"{task.pk},{task.text},Không có tình trạng này,31/02/2025,Đơn vị Không Có\n"
    )
    upload = io.BytesIO(text.encode("utf-8"))
    upload.name = "nhiem-vu.csv"
    return client.post(
        reverse("admin:reports_task_import"), {"import_file": upload, "format": 0, "resource": 0}
    )


def test_the_pages_staff_use_have_no_english(client, world, superuser):
    client.force_login(superuser)
    client.user = superuser
    found = {}
    for name, response in _pages(client, world):
        assert response.status_code in (200, 302), name
        if name == "task duplicate role":  # refused, and said with the fields' labels
            assert "đơn vị và vai trò" in response.content.decode()
        if response.status_code == 200:
            phrases = english_in(visible_text(response.content.decode()))
            if phrases:
                found[name] = phrases
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_lockout_page_has_no_english(client, django_user_model, settings):
    django_user_model.objects.create_user("canbo", password="dung-mat-khau-9", is_staff=True)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(reverse("admin:login"), {"username": "canbo", "password": "sai"})
    assert response.status_code == 429
    text = visible_text(response.content.decode())
    assert "Cơ sở dữ liệu báo cáo công tác tuyên giáo" in text
    assert english_in(text) == []
    login = visible_text(Client().get(reverse("admin:login")).content.decode())
    assert english_in(login) == []
