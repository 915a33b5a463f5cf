"""`find_duplicates`: lists what the identity rules would merge in a database loaded under
the old ones, changes nothing unless confirmed, then merges keeping staff's work."""

import datetime as dt
import io

import pytest
from django.core.management import call_command

from reports.loading import document_load
from reports.loading import load as load_module
from reports.models import (
    Meeting,
    MeetingSource,
    Participation,
    ReviewState,
    SourceDocument,
    Task,
    TaskUpdate,
)
from tests.loading import extracted as x
from tests.loading.test_document_identity import _other

pytestmark = pytest.mark.django_db

DOCX_TEXT = x.TEXT.replace("\n\n", "\n")  # the same words, as a .docx reads


@pytest.fixture
def old_rules(monkeypatch):
    """Load as before: identity by exact text, one meeting per document."""

    def load(extracted, name):
        with monkeypatch.context() as m:
            m.setattr(load_module, "document_find", lambda text, sha256: None)
            m.setattr(load_module, "meeting_same", lambda **kw: None)
            m.setattr(SourceDocument, "set_identity", lambda self: None)
            return document_load(extracted, file_name=name)

    return load


def run(*args, answer=None, monkeypatch=None):
    out = io.StringIO()
    if answer is not None:
        monkeypatch.setattr("builtins.input", lambda prompt: answer)
    call_command("find_duplicates", *args, stdout=out)
    return out.getvalue()


def _rows():
    return [
        sorted(m.objects.values_list("pk", flat=True))
        for m in (SourceDocument, Meeting, Task, MeetingSource, Participation)
    ]


def test_a_clean_database_has_nothing_to_merge():
    document_load(x.document(), file_name="a.txt")
    assert "Không có văn bản hay hội nghị nào bị trùng" in run("--no-input")


def test_lists_and_changes_nothing_unless_confirmed(old_rules, monkeypatch):
    first = old_rules(x.document(), "a.txt")
    second = old_rules(x.document(text=DOCX_TEXT), "a.docx")
    before = _rows()
    out = run("--no-input")
    assert "Văn bản cùng nội dung: 1 nhóm" in out
    assert f"giữ #{first.document.pk}" in out and f"gộp #{second.document.pk}" in out
    assert "Hội nghị cùng ngày, đơn vị tổ chức và loại: 1 nhóm" in out
    assert "Không gộp gì." in out
    assert _rows() == before
    assert "Không gộp gì." in run(answer="khong", monkeypatch=monkeypatch)
    assert _rows() == before


def test_merging_a_document_repeat_keeps_one_of_everything_and_staff_work(old_rules):
    first = old_rules(x.document(), "a.txt")
    second = old_rules(x.document(text=DOCX_TEXT), "a.docx")
    # staff worked on the repeat's task: that one stays, with its progress note
    edited = Task.objects.get(source_document=second.document)
    Task.objects.filter(pk=edited.pk).update(
        review_state=ReviewState.EDITED, status="dang_thuc_hien"
    )
    TaskUpdate.objects.create(task=edited, date=dt.date(2024, 8, 1), note="Đã triển khai")
    out = run("--merge")
    assert "Đã gộp 1 văn bản, 1 hội nghị, 1 nhiệm vụ." in out
    assert list(SourceDocument.objects.all()) == [first.document]
    meeting = Meeting.objects.get()
    task = Task.objects.get()
    assert task.pk == edited.pk and task.status == "dang_thuc_hien"
    assert task.updates.get().note == "Đã triển khai"
    assert (task.source_document, task.meeting) == (first.document, meeting)
    # the evidence now points at the same words in the kept text
    assert task.evidence_text and task.evidence_text in x.TEXT
    assert meeting.sources.get().source_document == first.document
    assert Participation.objects.count() == 1
    assert first.document.__class__.objects.get().fingerprint  # identity set after the merge
    assert "Không có văn bản hay hội nghị nào bị trùng" in run("--no-input")


def test_merging_two_reports_of_one_meeting_notes_what_differs(old_rules, monkeypatch):
    old_rules(x.document(), "a.txt")
    old_rules(_other(title="Sơ kết nửa đầu năm", location="Hội trường"), "b.txt")
    kept = Meeting.objects.order_by("pk").first()
    out = run(answer="co", monkeypatch=monkeypatch)
    assert "Đã gộp 0 văn bản, 1 hội nghị" in out
    meeting = Meeting.objects.get()
    assert meeting.pk == kept.pk and meeting.title == kept.title  # never overwritten
    assert meeting.location == "Hội trường"  # a blank filled
    assert meeting.review_state == ReviewState.NEEDS_REVIEW
    assert meeting.sources.count() == 2
    note = meeting.sources.get(source_document__file_name="b.txt").differences
    assert "tiêu đề: “Sơ kết nửa đầu năm”" in note
    assert sorted(meeting.participations.values_list("person__full_name", flat=True)) == [
        "Nguyễn Văn An",
        "Trần Thị Bình",
    ]
