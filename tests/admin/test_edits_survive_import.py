"""End to end: a task and a meeting corrected through the admin keep the correction when their
document is imported again (re-extracted), because the admin marked them edited."""

from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse

from reports.models import Meeting, ReviewState, Task
from reports.services.imports import file_import
from reports.services.review import record_save_edited, records_mark_verified
from tests.admin.forms import change_form_data
from tests.factories import make_meeting, make_task

pytestmark = pytest.mark.django_db

SEEDS = sorted((Path(settings.BASE_DIR) / "seeds").glob("*.txt"))


def _import(path, **kw):
    outcome = file_import(path, max_bytes=settings.EXTRACTION_MAX_BYTES, **kw)
    assert outcome.status != "failed", outcome.reason
    return outcome


def test_admin_corrections_survive_a_reimport(admin_client):
    seed = next(p for p in SEEDS if _import(p) and Task.objects.exists())
    task = Task.objects.order_by("pk").first()
    meeting = Meeting.objects.order_by("pk").first()
    untouched = Task.objects.exclude(pk=task.pk).filter(source_document=task.source_document)

    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), text="Nội dung đã được cán bộ sửa lại")
    assert admin_client.post(url, data).status_code == 302
    url = reverse("admin:reports_meeting_change", args=[meeting.pk])
    data = change_form_data(admin_client.get(url), title="Tiêu đề đã được cán bộ sửa lại")
    assert admin_client.post(url, data).status_code == 302

    outcome = _import(seed, reextract=True)

    task.refresh_from_db()
    meeting.refresh_from_db()
    assert task.text == "Nội dung đã được cán bộ sửa lại"
    assert task.review_state == ReviewState.EDITED
    assert meeting.title == "Tiêu đề đã được cán bộ sửa lại"
    assert any(f"#{task.pk}" in s for s in outcome.skipped) or any(
        f"#{meeting.pk}" in s for s in outcome.skipped
    )
    # the records staff did not touch are still the importer's
    assert all(t.review_state == ReviewState.EXTRACTED for t in untouched)


@pytest.mark.parametrize("model", [Task, Meeting])
def test_mark_verified_never_undoes_a_save_made_after_the_selection_was_read(model):
    """The action's rows were read (the selection) before a colleague saved one of them:
    marking them verified must not write the copies read earlier back."""
    record = make_task(text="Nội dung cũ") if model is Task else make_meeting(title="Tên cũ")
    selection = list(model.objects.filter(pk=record.pk))  # read by the action
    colleague = model.objects.get(pk=record.pk)
    if model is Task:
        colleague.text = "Nội dung đồng nghiệp vừa sửa"
    else:
        colleague.title = "Tên đồng nghiệp vừa sửa"
    record_save_edited(
        record=colleague, based_on_version=colleague.version, review_state_chosen=False
    )

    assert records_mark_verified(records=selection) == 1

    record.refresh_from_db()
    assert (record.review_state, record.version) == (ReviewState.VERIFIED, 3)
    saved = record.text if model is Task else record.title
    assert saved.endswith("đồng nghiệp vừa sửa")


def test_records_no_longer_in_their_document_can_be_listed(admin_client):
    kept = make_task(text="Nhiệm vụ cán bộ giữ lại", not_in_source=True)
    make_task(text="Nhiệm vụ vẫn còn trong văn bản")
    response = admin_client.get(
        reverse("admin:reports_task_changelist"), {"not_in_source__exact": "1"}
    )
    assert [t.pk for t in response.context["cl"].result_list] == [kept.pk]
    page = admin_client.get(reverse("admin:reports_task_change", args=[kept.pk])).content.decode()
    assert "không còn trong văn bản" in page.lower()
