"""Identity by words: the same words load once; the same meeting reported by two documents
is one meeting with two sources, and a second report never overwrites the first."""

import datetime as dt

import pytest
from django.urls import reverse

from reports.loading import document_load
from reports.models import Meeting, MeetingSource, Participation, ReviewState, SourceDocument
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db

# another article on the same meeting: other words, so another document
OTHER_TEXT = (
    "Sơ kết công tác tuyên giáo nửa đầu năm\n\n"
    "Sáng 5/7, Ban Tuyên giáo Tỉnh ủy Hòa Lâm sơ kết công tác 6 tháng đầu năm 2024. "
    "Đồng chí Trần Thị Bình, Phó Trưởng ban phát biểu tại hội nghị ở hội trường tỉnh.\n"
)


def _other(**meeting):
    found = x.meeting(
        participants=(
            x.Participant("Trần Thị Bình", "Phó Trưởng ban", ("speaking",), (x.Span(90, 103),)),
        ),
        span=x.Span(40, 120),
        **meeting,
    )
    return x.document(text=OTHER_TEXT, meetings=(found,), tasks=(), directives=())


@pytest.mark.parametrize(
    "variant",
    [
        x.TEXT.replace("\n\n", "\n\n\n"),
        x.TEXT.replace("Hòa Lâm", "Hoà Lâm"),
        x.TEXT.upper(),
        x.TEXT.replace(", ", " , "),
    ],
    ids=["blank line", "tone placement", "case", "punctuation spacing"],
)
def test_same_words_are_the_same_document(variant):
    first = document_load(x.document(), file_name="a.txt")
    again = document_load(x.document(text=variant), file_name="a.docx")
    assert again.status == "unchanged"
    assert again.document == first.document
    assert SourceDocument.objects.count() == 1


def test_reextracting_another_layout_keeps_the_stored_text():
    first = document_load(x.document(), file_name="a.txt")
    again = document_load(
        x.document(text=x.TEXT.replace("\n\n", "\n\n\n")), file_name="b.txt", reextract=True
    )
    assert again.status == "reextracted"
    document = SourceDocument.objects.get()
    # every span refers to the stored text, so it stays, with its file name
    assert (document.text, document.file_name) == (x.TEXT, "a.txt")
    assert first.document.fingerprint == document.fingerprint


def test_a_near_copy_is_flagged_and_held_back_when_asked():
    document_load(x.document(), file_name="a.txt")
    near = x.TEXT.replace("Trưởng ban chủ trì", "Trưởng ban, chủ trì hội nghị")
    held = document_load(x.document(text=near), file_name="b.txt", allow_similar=False)
    assert held.status == "similar" and held.document is None
    assert [s.document.file_name for s in held.similar] == ["a.txt"]
    assert SourceDocument.objects.count() == 1
    loaded = document_load(x.document(text=near), file_name="b.txt")
    assert loaded.status == "new"
    assert loaded.similar and loaded.similar[0].share >= 0.9


def test_the_same_meeting_in_another_document_gains_a_source():
    first = document_load(x.document(), file_name="a.txt")
    second = document_load(_other(), file_name="b.txt")
    meeting = Meeting.objects.get()
    sources = {s.source_document: (s.span_start, s.span_end) for s in meeting.sources.all()}
    assert sources == {first.document: (58, 140), second.document: (40, 120)}
    assert second.joined == [f"Hội nghị #{meeting.pk}: {meeting.title[:60]}"]
    # each participation keeps the document it was read in
    assert dict(Participation.objects.values_list("person__full_name", "source_document")) == {
        "Nguyễn Văn An": first.document.pk,
        "Trần Thị Bình": second.document.pk,
    }


def test_differing_fields_are_flagged_never_overwritten():
    document_load(x.document(), file_name="a.txt")
    before = Meeting.objects.get()
    document_load(
        _other(title="Sơ kết nửa đầu năm", end_date=dt.date(2024, 7, 6), location="Hội trường"),
        file_name="b.txt",
    )
    meeting = Meeting.objects.get()
    assert (meeting.title, meeting.end_date) == (before.title, before.end_date)
    assert meeting.location == "Hội trường"  # a blank is filled, not overwritten
    assert meeting.review_state == ReviewState.NEEDS_REVIEW
    assert meeting.version == before.version + 1
    note = MeetingSource.objects.get(source_document__file_name="b.txt").differences
    assert "tiêu đề: “Sơ kết nửa đầu năm”" in note
    assert "ngày kết thúc: “06/07/2024” (đang ghi “05/07/2024”)" in note


def test_a_verified_meeting_is_not_changed_by_another_report():
    document_load(x.document(), file_name="a.txt")
    Meeting.objects.update(review_state=ReviewState.VERIFIED)
    document_load(_other(title="Tiêu đề khác", location="Hội trường"), file_name="b.txt")
    meeting = Meeting.objects.get()
    assert (meeting.review_state, meeting.location, meeting.version) == ("verified", "", 1)
    assert meeting.sources.count() == 2


@pytest.mark.parametrize(
    "change",
    [
        {"start_date": dt.date(2024, 7, 4)},
        {"kind": "tong_ket"},
        {"host_unit": "Tỉnh ủy Hòa Lâm"},
    ],
    ids=["another day", "another kind", "another host"],
)
def test_another_day_kind_or_host_is_another_meeting(change):
    document_load(x.document(), file_name="a.txt")
    document_load(_other(**change), file_name="b.txt")
    assert Meeting.objects.count() == 2
    assert MeetingSource.objects.count() == 2


def test_reloading_a_joined_document_adds_nothing():
    document_load(x.document(), file_name="a.txt")
    document_load(_other(), file_name="b.txt")
    again = document_load(_other(), file_name="b.txt", reextract=True)
    assert again.status == "reextracted"
    assert Meeting.objects.count() == 1 and MeetingSource.objects.count() == 2


def test_the_meeting_page_lists_every_source_read_only(admin_client):
    first = document_load(x.document(), file_name="a.txt")
    second = document_load(_other(title="Sơ kết nửa đầu năm"), file_name="b.txt")
    meeting = Meeting.objects.get()
    page = admin_client.get(reverse("admin:reports_meeting_change", args=[meeting.pk]))
    html = page.content.decode()
    assert "Các văn bản đưa tin về hội nghị này" in html
    for document in (first.document, second.document):
        assert reverse("admin:reports_sourcedocument_change", args=[document.pk]) in html
    assert "tiêu đề: “Sơ kết nửa đầu năm”" in html
    assert 'name="sources-0-differences"' not in html  # shown, not editable
