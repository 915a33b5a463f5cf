"""Production settings: `check --deploy` is clean, static files are collected, the content
security policy is sent and the admin works under it, and repeated bad logins lock out."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]


def production_env(**extra):
    # not the test run's own switches (the browser tests allow async-unsafe calls)
    dropped = {"DEBUG", "DJANGO_ENV", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    clean = {k: v for k, v in os.environ.items() if k not in dropped}
    return {
        **clean,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.vn",
        **extra,
    }


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_prints_no_warnings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=production_env())
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNINGS" not in result.stdout + result.stderr


def test_check_deploy_warns_when_secure_cookies_are_turned_off():
    # the switch the loopback load test uses is seen by the check: not silently unsafe
    env = production_env(SESSION_COOKIE_SECURE="0", SECURE_SSL_REDIRECT="0")
    result = manage("check", "--deploy", env=env)
    assert "security.W012" in result.stdout + result.stderr
    assert "security.W008" in result.stdout + result.stderr


def test_collectstatic_writes_a_manifest_of_hashed_files(tmp_path):
    result = manage("collectstatic", "--noinput", env=production_env(STATIC_ROOT=str(tmp_path)))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "staticfiles.json").exists()
    hashed = list((tmp_path / "admin" / "css").glob("base.*.css"))
    assert hashed, "no hashed copy of admin/css/base.css"
    assert list((tmp_path / "admin" / "css").glob("base.*.css.gz"))


def test_production_security_settings():
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS, s.STORAGES['staticfiles']['BACKEND'],"
        " s.SECURE_PROXY_SSL_HEADER]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        '[true, true, true, 31536000, "whitenoise.storage.CompressedManifestStaticFilesStorage",'
        ' ["HTTP_X_FORWARDED_PROTO", "https"]]'
    )


def test_admin_renders_under_the_content_security_policy(admin_client):
    response = admin_client.get(reverse("admin:index"))
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "object-src 'none'" in policy
    assert "frame-ancestors 'none'" in policy
    script_src = next(p for p in policy.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src


def test_inline_script_of_the_reports_page_carries_the_nonce_of_its_policy(admin_client):
    response = admin_client.get("/reports/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    nonce = policy.split("'nonce-", 1)[1].split("'", 1)[0]
    html = response.content.decode()
    assert f'<script nonce="{nonce}">' in html
    assert "<svg" in html or "<table" in html
    # every inline script of the page has the nonce: none is blocked by the browser
    assert html.count("<script>") == 0


@pytest.mark.django_db
def test_repeated_bad_logins_lock_out_the_username(client, django_user_model, settings):
    django_user_model.objects.create_superuser("quantri", "q@example.vn", "dung-mat-khau-9")
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = client.post(url, {"username": "quantri", "password": "sai"})
        assert response.status_code == 200  # the form again, with its error
    response = client.post(url, {"username": "quantri", "password": "sai"})
    assert response.status_code == 429
    assert "Tạm khóa đăng nhập" in response.content.decode()
    # locked: even the right password is refused now
    response = client.post(url, {"username": "quantri", "password": "dung-mat-khau-9"})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_good_login_after_a_few_bad_ones_works(client, django_user_model, settings):
    django_user_model.objects.create_superuser("quantri", "q@example.vn", "dung-mat-khau-9")
    url = reverse("admin:login")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        client.post(url, {"username": "quantri", "password": "sai"})
    response = client.post(url, {"username": "quantri", "password": "dung-mat-khau-9"})
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


@pytest.mark.django_db
def test_test_client_login_still_works_with_the_throttle(client, django_user_model):
    django_user_model.objects.create_superuser("quantri", "q@example.vn", "dung-mat-khau-9")
    assert client.login(username="quantri", password="dung-mat-khau-9")
    assert not client.login(username="quantri", password="sai")
    assert client.get(reverse("admin:index")).status_code == 200
