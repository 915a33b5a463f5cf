"""Review workflow: filter by review state, "Đánh dấu đã xác minh", and a save through the
admin marks an extracted record edited, so that an import leaves it alone."""

import pytest
from django.urls import reverse

from reports.models import Directive, Meeting, ReviewState, Task
from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "make"),
    [(Task, f.make_task), (Meeting, f.make_meeting), (Directive, f.make_directive)],
    ids=["task", "meeting", "directive"],
)
def test_mark_verified_action(admin_client, model, make):
    chosen, other = make(), make()
    url = reverse(f"admin:reports_{model._meta.model_name}_changelist")
    response = admin_client.post(
        url, {"action": "mark_verified", "_selected_action": [chosen.pk]}, follow=True
    )
    assert "Đã đánh dấu đã xác minh 1 bản ghi." in response.content.decode()
    chosen.refresh_from_db()
    other.refresh_from_db()
    assert chosen.review_state == ReviewState.VERIFIED
    assert chosen.is_locked
    assert other.review_state == ReviewState.EXTRACTED
    assert chosen.history.first().history_change_reason == "Đánh dấu đã xác minh"


def test_filter_by_review_state(admin_client):
    verified = f.make_task(text="Nhiệm vụ đã xác minh", review_state=ReviewState.VERIFIED)
    extracted = f.make_task(text="Nhiệm vụ mới trích xuất")
    url = reverse("admin:reports_task_changelist")
    shown = list(admin_client.get(url, {"review": "verified"}).context["cl"].result_list)
    assert shown == [verified]
    shown = list(admin_client.get(url, {"review": "unverified"}).context["cl"].result_list)
    assert shown == [extracted]


def test_saving_an_extracted_task_marks_it_edited(admin_client, superuser):
    task = f.make_task(text="Tuyên truyền Nghị quyết")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), text="Tuyên truyền sâu rộng Nghị quyết")
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    task.refresh_from_db()
    assert task.text == "Tuyên truyền sâu rộng Nghị quyết"
    assert task.review_state == ReviewState.EDITED
    assert task.is_locked
    assert task.version == 2
    last = task.history.first()
    assert last.history_user == superuser
    assert last.review_state == ReviewState.EDITED


def test_a_review_state_chosen_in_the_form_is_kept(admin_client):
    meeting = f.make_meeting()
    url = reverse("admin:reports_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url), review_state=ReviewState.NEEDS_REVIEW)
    assert admin_client.post(url, data).status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_state == ReviewState.NEEDS_REVIEW


def test_saving_a_verified_directive_keeps_it_verified(admin_client):
    directive = f.make_directive(review_state=ReviewState.VERIFIED)
    url = reverse("admin:reports_directive_change", args=[directive.pk])
    data = change_form_data(admin_client.get(url), subject="về công tác tuyên giáo")
    assert admin_client.post(url, data).status_code == 302
    directive.refresh_from_db()
    assert directive.subject == "về công tác tuyên giáo"
    assert directive.review_state == ReviewState.VERIFIED


def test_a_record_added_through_the_admin_is_staff_work(admin_client):
    url = reverse("admin:reports_meeting_add")
    data = change_form_data(admin_client.get(url), title="Hội nghị giao ban quý I", kind="giao_ban")
    assert admin_client.post(url, data).status_code == 302
    meeting = Meeting.objects.get(title="Hội nghị giao ban quý I")
    assert meeting.review_state == ReviewState.EDITED
    assert meeting.version == 1
