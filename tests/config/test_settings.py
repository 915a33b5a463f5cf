"""Settings come from the environment and refuse an unsafe production set-up."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load_settings(**env):
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "DJANGO_ENV"}}
    code = "import django; django.setup(); from django.conf import settings; print(settings.DEBUG)"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings", **env},
        capture_output=True,
        text=True,
    )


@pytest.mark.parametrize(
    "env",
    [{"DEBUG": "0"}, {"DJANGO_ENV": "production"}, {"DJANGO_ENV": "production", "DEBUG": "0"}],
)
def test_refuses_to_start_without_secret_key_outside_debug(env):
    result = load_settings(**env)
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_development_key_only_in_debug():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_production_with_a_key_starts_without_debug():
    result = load_settings(DJANGO_ENV="production", SECRET_KEY="x" * 60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_rejects_a_nonsense_boolean():
    result = load_settings(DEBUG="maybe")
    assert result.returncode != 0
    assert "DEBUG must be a yes/no value" in result.stderr


def test_language_and_time_zone(settings):
    assert settings.LANGUAGE_CODE == "vi"
    assert settings.TIME_ZONE == "Asia/Ho_Chi_Minh"
    assert settings.USE_TZ is True


def test_tests_hash_passwords_fast_and_production_does_not(django_user_model, db):
    from django.conf import settings as live
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    from config import settings as production

    user = django_user_model.objects.create_user("nhanh", password="mat-khau-9")
    assert user.password.startswith("md5$")
    assert user.check_password("mat-khau-9")
    assert live.PASSWORD_HASHERS == ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # the settings module itself keeps Django's slow default
    assert not hasattr(production, "PASSWORD_HASHERS")
    assert PBKDF2PasswordHasher.iterations > 100_000
