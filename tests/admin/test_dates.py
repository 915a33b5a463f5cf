"""Dates as Vietnamese write them: typed day first in several ways, never read month first,
shown as dd/mm/yyyy in lists, forms and history."""

import datetime as dt
import re

import pytest
from django import forms
from django.urls import reverse

from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("30/06/2025", dt.date(2025, 6, 30)),
        ("30-6-2025", dt.date(2025, 6, 30)),
        ("30.06.2025", dt.date(2025, 6, 30)),
        ("2025-06-30", dt.date(2025, 6, 30)),
        ("06/07/2025", dt.date(2025, 7, 6)),  # 6 July, never 7 June
        ("6/7/2025", dt.date(2025, 7, 6)),
    ],
)
def test_a_date_field_reads_day_first(typed, expected):
    assert forms.DateField().clean(typed) == expected


@pytest.mark.parametrize("typed", ["06/31/2025", "13/13/2025", "2025/30/06"])
def test_a_month_first_date_is_refused(typed):
    with pytest.raises(forms.ValidationError):
        forms.DateField().clean(typed)


def test_the_task_form_list_and_history_show_dd_mm_yyyy(admin_client):
    task = f.make_task(text="Tuyên truyền Nghị quyết Trung ương 4")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), due_date="06/07/2025")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    task.refresh_from_db()
    assert task.due_date == dt.date(2025, 7, 6)

    assert 'value="06/07/2025"' in admin_client.get(url).content.decode()
    listing = admin_client.get(reverse("admin:reports_task_changelist")).content.decode()
    assert "06/07/2025" in listing and "2025-07-06" not in listing
    history = admin_client.get(reverse("admin:reports_task_history", args=[task.pk]))
    changes = history.content.decode().split('id="change-history"')[1]
    assert "(trống)&nbsp;&rarr;&nbsp;06/07/2025" in changes
    assert "None" not in changes and "2025-07-06" not in changes


def test_the_calendar_writes_what_the_field_reads(admin_client):
    """The admin's calendar writes dates with the first input format (jsi18n catalogue)."""
    catalog = admin_client.get(reverse("admin:jsi18n")).content.decode()
    formats = re.search(r'"DATE_INPUT_FORMATS": \[([^\]]*)\]', catalog).group(1)
    assert re.findall(r'"([^"]+)"', formats)[0] == "%d/%m/%Y"
    assert "%m/%d/%Y" not in catalog
