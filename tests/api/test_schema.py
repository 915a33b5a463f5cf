"""The OpenAPI schema, checked by schemathesis against the running API: generated requests
(valid and not) never cause a server error and every answer matches the schema (status,
content type, body). And the docs page loads nothing from outside the site."""

import re

import pytest
import schemathesis
from django.contrib.staticfiles import finders
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import ignored_auth

from reports.models import Citation, TaskUnit, TaskUpdate
from tests import factories as f
from tests.api.conftest import token_for

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", get_wsgi_application())


@pytest.fixture(autouse=True)
def _keep_the_tests_connection():
    """schemathesis calls the WSGI application in this thread: at the start and end of each
    request Django would close the test's database connection (on PostgreSQL, ending the
    test's transaction and failing the next request). Django's test client does the same."""
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@pytest.fixture
def token(db, superuser):
    unit = f.make_unit("Ban Tuyên giáo Tỉnh ủy")
    meeting = f.make_meeting(host_unit=unit)
    for ordinal in range(1, 4):
        task = f.make_task(meeting=meeting, ordinal=ordinal, period_label="năm 2025")
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
        TaskUpdate.objects.create(task=task, date="2025-05-01", note="Đã triển khai")
        Citation.objects.create(directive=f.make_directive(issuing_body=unit), task=task)
    f.make_unit("Đảng bộ xã", parent=unit)
    return token_for(superuser)


@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    # the fixture's records are read, never written, by the API
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_schema(case, token):
    # ignored_auth's probes reach the in-process app with an empty Host header, which Django
    # refuses (400) before any view; tests/api/test_tokens.py attacks the authentication
    case.call_and_validate(
        headers={"Authorization": f"Bearer {token}"}, excluded_checks=[ignored_auth]
    )


def test_schema_lists_only_reads():
    paths = schema.raw_schema["paths"]
    assert set(paths) == {f"/api/v1/{p}" for p in ("tasks", "meetings", "directives", "units")}
    assert all(set(operations) == {"get"} for operations in paths.values())
    assert schema.raw_schema["components"]["securitySchemes"]["ApiTokenAuth"]["scheme"] == "bearer"


def test_docs_page_uses_only_the_sites_own_static_files(client):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    page = response.content.decode()
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls
    for url in urls:
        assert url.startswith("/static/"), url
        assert finders.find(url.removeprefix("/static/")), url
    # no script runs inline (the CSP has no 'unsafe-inline' for scripts): the settings block
    # is JSON data
    for attributes in re.findall(r"<script([^>]*)>", page):
        assert "src=" in attributes or 'type="application/json"' in attributes
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "http" not in policy
