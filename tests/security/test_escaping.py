"""Markup in an imported document is text: it shows escaped on every page that shows it and
never reaches a page as HTML."""

import datetime as dt

import pytest
from django.urls import reverse

from reports.extraction import extract_text
from reports.loading import document_load
from reports.models import Meeting, Task, TaskUnit
from tests import factories as f

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
ESCAPED = {
    SCRIPT: "&lt;script&gt;alert(1)&lt;/script&gt;",
    IMG: "&lt;img src=x onerror=alert(1)&gt;",
}
DOCUMENT = (
    f"Hội nghị sơ kết công tác tuyên giáo năm 2024 {SCRIPT}\n\n"
    f"Ngày 5/1/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị sơ kết công tác tuyên giáo năm "
    f"2024 {IMG}.\n\n"
    f"Nhiệm vụ năm 2025: Tiếp tục đẩy mạnh tuyên truyền {SCRIPT} {IMG}; tổ chức tốt các hoạt "
    "động."
)


@pytest.fixture
def loaded(db):
    result = document_load(extract_text(DOCUMENT, "doc-doc.txt"), file_name="doc-doc.txt")
    document = result.document
    assert SCRIPT in document.text and IMG in document.text
    # Whatever extraction keeps of the markup, the records are made to carry both pieces
    # (as a staff edit could), so that every page showing them is tested.
    meeting = Meeting.objects.filter(source_document=document).order_by("pk").first()
    if meeting is None:
        meeting = f.make_meeting(source_document=document)
    unit = f.make_unit(f"Đơn vị {IMG}")
    meeting.title = f"Hội nghị {SCRIPT} {IMG}"
    meeting.host_unit = unit
    meeting.start_date = dt.date(2024, 1, 5)
    meeting.save()
    task = Task.objects.filter(source_document=document).order_by("pk").first()
    if task is None:
        task = f.make_task(meeting=meeting, source_document=document)
    task.text = f"Tuyên truyền {SCRIPT} {IMG}"
    task.meeting = meeting
    # overdue, so the reports list it
    task.due_date = dt.date(2024, 6, 30)
    task.save()
    TaskUnit.objects.get_or_create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    directive = f.make_directive(label=f"Chỉ thị {SCRIPT}")
    f.Citation.objects.create(directive=directive, meeting=meeting, as_written=IMG)
    f.Citation.objects.create(directive=directive, task=task, as_written=SCRIPT)
    return {"document": document, "meeting": meeting, "task": task, "unit": unit,
            "directive": directive}  # fmt: skip


def _pages(loaded) -> list[str]:
    doc, meeting, task = loaded["document"], loaded["meeting"], loaded["task"]
    return [
        reverse("admin:reports_sourcedocument_change", args=[doc.pk]),
        reverse("admin:reports_meeting_change", args=[meeting.pk]),
        reverse("admin:reports_task_change", args=[task.pk]),
        reverse("admin:reports_unit_change", args=[loaded["unit"].pk]),
        reverse("admin:reports_directive_change", args=[loaded["directive"].pk]),
        reverse("admin:reports_meeting_history", args=[meeting.pk]),
        reverse("admin:reports_task_history", args=[task.pk]),
        reverse("admin:reports_meeting_changelist"),
        reverse("admin:reports_task_changelist"),
        reverse("admin:reports_citation_changelist"),
        reverse("admin:reports_sourcedocument_changelist"),
        reverse("reports:dashboard"),
        reverse("reports:unit", args=[loaded["unit"].pk]),
        reverse("reports:directive", args=[loaded["directive"].pk]),
    ]


def test_markup_shows_escaped_on_every_page(admin_client, loaded):
    for url in _pages(loaded):
        response = admin_client.get(url)
        assert response.status_code == 200, url
        page = response.content.decode()
        for raw in (SCRIPT, IMG):
            assert raw not in page, (url, raw)
        # each page shows the markup of at least one record, as text
        assert ESCAPED[SCRIPT] in page or ESCAPED[IMG] in page, url


def test_document_page_shows_the_text_escaped_within_its_highlights(admin_client, loaded):
    url = reverse("admin:reports_sourcedocument_change", args=[loaded["document"].pk])
    page = admin_client.get(url).content.decode()
    assert 'class="document-text"' in page
    assert ESCAPED[SCRIPT] in page and ESCAPED[IMG] in page
    assert "<mark" in page  # the highlights are there, the text inside them escaped


def test_upload_preview_shows_the_markup_as_text(admin_client, db):
    response = admin_client.post(
        reverse("reports_upload"),
        {"action": "Xem trước", "paste_kind": "text", "pasted": DOCUMENT},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert SCRIPT not in page and IMG not in page
    assert ESCAPED[SCRIPT] in page and ESCAPED[IMG] in page


def test_report_csv_keeps_the_markup_as_plain_text(admin_client, loaded):
    response = admin_client.get(reverse("reports:dashboard"), {"tai": "qua-han"})
    assert response["Content-Type"].startswith("text/csv")
    assert SCRIPT in b"".join(response.streaming_content).decode("utf-8-sig")
