"""A directive cited twice by one task or one meeting is a form error, not a 500, and
nothing is saved; rows an old import stored twice do not block an edit."""

import pytest
from django.urls import reverse

from reports.models import Citation
from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


def _prefix(response, model_name):
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        if formset.model is Citation:
            return formset.prefix, formset.total_form_count()
    raise AssertionError(f"no citation inline on the {model_name} page")


@pytest.mark.parametrize("kind", ["task", "meeting"])
def test_the_same_directive_twice_is_a_form_error(admin_client, kind):
    meeting = f.make_meeting()
    record = f.make_task(meeting=meeting) if kind == "task" else meeting
    directive = f.make_directive()
    Citation.objects.create(directive=directive, **{kind: record}, as_written="Chỉ thị 05")
    url = reverse(f"admin:reports_{kind}_change", args=[record.pk])
    page = admin_client.get(url)
    prefix, total = _prefix(page, kind)
    data = change_form_data(page)
    data[f"{prefix}-TOTAL_FORMS"] = str(total + 1)
    data[f"{prefix}-{total}-directive"] = str(directive.pk)
    data[f"{prefix}-{total}-as_written"] = "lần nữa"
    before = list(Citation.objects.values_list("pk", "directive", "task", "meeting"))
    response = admin_client.post(url, data)
    assert response.status_code == 200  # the form again, with the error
    assert "đã có ở một dòng khác" in response.content.decode()
    assert list(Citation.objects.values_list("pk", "directive", "task", "meeting")) == before


def test_two_stored_rows_of_one_directive_do_not_block_an_edit(admin_client):
    meeting = f.make_meeting()
    directive = f.make_directive()
    for source in ("bài báo", "cổng thông tin"):
        Citation.objects.create(directive=directive, meeting=meeting, as_written=source)
    url = reverse("admin:reports_meeting_change", args=[meeting.pk])
    page = admin_client.get(url)
    response = admin_client.post(url, change_form_data(page, location="Hội trường A"))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.location == "Hội trường A"
