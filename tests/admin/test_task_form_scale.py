"""A task's change form with 5,000 units and 5,000 directives in the database: no <option>
list of them, and the same number of queries as with none (autocomplete fields throughout)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.extraction.normalize import fold
from reports.models import Citation, Directive, Person, TaskUnit, Unit
from tests import factories as f

pytestmark = pytest.mark.django_db

MANY = 5_000


def _render(client, task):
    url = reverse("admin:reports_task_change", args=[task.pk])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content.decode(), len(queries)


def test_task_form_does_not_list_thousands_of_units_or_directives(admin_client):
    lead = f.make_unit("Ban Tuyên giáo Tỉnh ủy")
    directive = f.make_directive(code="05-CT/TW")
    task = f.make_task(assigned_by_unit=lead, meeting=f.make_meeting())
    TaskUnit.objects.create(task=task, unit=lead, role=TaskUnit.Role.LEAD)
    Citation.objects.create(directive=directive, task=task)

    _render(admin_client, task)  # warm the per-process caches (content types)
    few_html, few_queries = _render(admin_client, task)

    Unit.objects.bulk_create(
        Unit(name=f"Đơn vị số {i}", search_key=fold(f"Đơn vị số {i}")) for i in range(MANY)
    )
    Directive.objects.bulk_create(
        Directive(code=f"{i}-KL/TU", label=f"Kết luận {i}", search_key=f"{i}-kl/tu")
        for i in range(MANY)
    )
    Person.objects.bulk_create(Person(full_name=f"Người {i}") for i in range(MANY))

    many_html, many_queries = _render(admin_client, task)

    assert many_queries == few_queries, (few_queries, many_queries)
    assert many_html.count("<option") == few_html.count("<option")
    assert "Đơn vị số 1" not in many_html
    assert "-KL/TU" not in many_html
    # the chosen records are shown, through autocomplete widgets
    assert "Ban Tuyên giáo Tỉnh ủy" in many_html and "05-CT/TW" in many_html
    assert many_html.count("admin-autocomplete") >= 6
    print(f"task change form: {few_queries} queries with none, {many_queries} with {MANY:,} each")
