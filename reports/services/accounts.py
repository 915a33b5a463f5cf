"""Accounts that the product needs to be usable on a fresh machine."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.contrib.auth import get_user_model


@dataclass(frozen=True)
class AdminAccount:
    username: str
    created: bool
    # the generated password, shown once; None when given or when the account existed
    generated_password: str | None


def admin_ensure(*, username: str, password: str | None) -> AdminAccount:
    """Create the superuser ``username`` unless it exists. Without a ``password`` one is
    generated (never a fixed default) and returned so the caller can show it once."""
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        return AdminAccount(username, created=False, generated_password=None)
    generated = None if password else secrets.token_urlsafe(12)
    users.objects.create_superuser(username=username, email="", password=password or generated)
    return AdminAccount(username, created=True, generated_password=generated)
