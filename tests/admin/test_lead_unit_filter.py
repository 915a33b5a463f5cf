"""The task list's lead-unit filter: one drop-down list (not a link per unit), keeping the
other filters and the search when a unit is chosen, and the same queries however many units."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from reports.models import TaskUnit
from tests import factories as f

pytestmark = pytest.mark.django_db
URL = reverse("admin:reports_task_changelist")


def _lead(unit, text):
    task = f.make_task(text=text)
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    return task


def _select(html: str) -> str:
    found = re.search(r'<form method="get" class="filter-select-form">.*?</form>', html, re.S)
    assert found, "no drop-down filter on the page"
    return found.group(0)


def test_lead_units_are_options_of_one_select_and_choosing_one_filters(admin_client):
    lai_chau = f.make_unit("Tỉnh ủy Lai Châu")
    hue = f.make_unit("Thành ủy Huế")
    f.make_unit("Sở Tài chính")  # leads nothing: not offered
    a = _lead(lai_chau, "Tuyên truyền kỷ niệm ngày thành lập tỉnh")
    _lead(hue, "Tuyên truyền lễ hội")

    form = _select(admin_client.get(URL, {"status": "open", "q": "tuyen"}).content.decode())
    assert f'<option value="{lai_chau.pk}">Tỉnh ủy Lai Châu</option>' in form
    assert f'<option value="{hue.pk}">Thành ủy Huế</option>' in form
    assert "Sở Tài chính" not in form
    # the other filters and the search go along as hidden fields, the filter itself does not
    assert '<input type="hidden" name="status" value="open">' in form
    assert '<input type="hidden" name="q" value="tuyen">' in form
    assert 'type="hidden" name="lead_unit"' not in form

    response = admin_client.get(URL, {"lead_unit": lai_chau.pk})
    assert [t.pk for t in response.context["cl"].result_list] == [a.pk]
    chosen = _select(response.content.decode())
    assert f'<option value="{lai_chau.pk}" selected>' in chosen


def test_unit_names_are_escaped_in_the_select(admin_client):
    unit = f.make_unit('<script>alert("x")</script>')
    _lead(unit, "Nhiệm vụ")
    form = _select(admin_client.get(URL).content.decode())
    assert "<script>alert" not in form and "&lt;script&gt;" in form


def test_the_filter_costs_the_same_queries_for_many_units(admin_client):
    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert admin_client.get(URL).status_code == 200
        return len(ctx)

    _lead(f.make_unit(), "Nhiệm vụ đầu")
    queries()  # warm the per-process caches
    few = queries()
    for i in range(60):
        _lead(f.make_unit(f"Ban Tuyên giáo Huyện ủy số {i}"), f"Nhiệm vụ {i}")
    assert queries() == few


def test_the_list_follows_the_data(admin_client, django_capture_on_commit_callbacks):
    hue = f.make_unit("Thành ủy Huế")
    _lead(hue, "Nhiệm vụ một")
    assert "Thành ủy Huế" in _select(admin_client.get(URL).content.decode())
    with django_capture_on_commit_callbacks(
        execute=True
    ):  # the write commits: the data version moves on
        _lead(f.make_unit("Tỉnh ủy Lai Châu"), "Nhiệm vụ hai")
    assert "Tỉnh ủy Lai Châu" in _select(admin_client.get(URL).content.decode())
