import pytest
from django.test import Client

from reports.services.api_tokens import api_token_create
from tests.access.conftest import world  # noqa: F401  (two units' records, a user of each)


def token_for(user) -> str:
    return api_token_create(user=user, name=f"Mã của {user.username}")[1]


class ApiClient:
    """The test client with a token in every request's Authorization header."""

    def __init__(self, token: str):
        self.token = token
        self.client = Client()

    def get(self, path: str, data=None, **extra):
        return self.client.get(path, data, HTTP_AUTHORIZATION=f"Bearer {self.token}", **extra)

    def send(self, method: str, path: str, **extra):
        call = getattr(self.client, method.lower())
        return call(path, HTTP_AUTHORIZATION=f"Bearer {self.token}", **extra)

    def all_ids(self, path: str, params=None) -> list[int]:
        """Every id of a list, following ``next`` from page to page."""
        ids, url, data = [], path, dict(params or {})
        while url:
            response = self.get(url, data)
            assert response.status_code == 200, response.content
            body = response.json()
            ids += [item["id"] for item in body["items"]]
            url, data = body["next"], None
        return ids


@pytest.fixture
def api_as():
    return lambda user: ApiClient(token_for(user))


@pytest.fixture
def su_api(superuser):
    return ApiClient(token_for(superuser))
