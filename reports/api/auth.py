"""``Authorization: Bearer <token>``: the token's user, as the admin would see them."""

from __future__ import annotations

from ninja.security import HttpBearer

from reports.services.api_tokens import api_token_authenticate


class ApiTokenAuth(HttpBearer):
    """A personal token (``reports.models.ApiToken``) of an active staff account. Sessions
    are not accepted: the API is for other systems, and needs no CSRF protection so."""

    def authenticate(self, request, token):
        user = api_token_authenticate(token=token)
        if user is None or not user.is_staff:
            return None
        return user
