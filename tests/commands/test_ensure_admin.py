import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def run(**env):
    out = io.StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


def test_generates_a_password_once_when_none_is_given(monkeypatch):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    first = run()
    password = first.split("mật khẩu: ")[1].split()[0]
    assert len(password) >= 12
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password(password)
    second = run()
    assert "đã có sẵn" in second and password not in second


def test_uses_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "mot-mat-khau-rieng")
    out = run()
    assert "mot-mat-khau-rieng" not in out
    assert get_user_model().objects.get(username="admin").check_password("mot-mat-khau-rieng")
