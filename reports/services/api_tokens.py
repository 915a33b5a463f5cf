"""API tokens: created (the token returned once, only its hash kept), checked, revoked."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets

from django.utils import timezone

from reports.models import ApiToken

# 32 random bytes: 43 URL-safe characters
TOKEN_BYTES = 32
# a token's last-used date is written at most this often, not on every request
LAST_USED_RESOLUTION = dt.timedelta(minutes=1)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def api_token_create(*, user, name: str) -> tuple[ApiToken, str]:
    """A new token for ``user``; returns the record and the token itself (never stored)."""
    record = ApiToken(user=user, name=name)
    return record, api_token_save_new(record=record)


def api_token_save_new(*, record: ApiToken) -> str:
    """Give the unsaved ``record`` a fresh token and save it; returns the token, which the
    caller shows once: only its hash is kept, so it cannot be shown again."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    record.token_hash = token_hash(token)
    record.save()
    return token


def api_token_authenticate(*, token: str, now: dt.datetime | None = None):
    """The active user whose token this is (not revoked), or None; notes the use."""
    if not token:
        return None
    now = now or timezone.now()
    record = (
        ApiToken.objects.select_related("user")
        .filter(token_hash=token_hash(token), revoked__isnull=True, user__is_active=True)
        .first()
    )
    if record is None:
        return None
    if record.last_used is None or now - record.last_used >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=record.pk).update(last_used=now)
    return record.user


def api_tokens_revoke(*, tokens, now: dt.datetime | None = None) -> int:
    """Revoke ``tokens`` (a queryset); returns how many were still active."""
    return tokens.filter(revoked__isnull=True).update(revoked=now or timezone.now())
