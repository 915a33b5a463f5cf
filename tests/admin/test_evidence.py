"""The document page shows its text with the extracted spans marked, escaped; every extracted
record links to its span ("xem trong văn bản gốc")."""

import pytest
from django.urls import reverse

from reports.admin.documents import highlight
from reports.models import Citation, Participation
from reports.selectors.evidence import Span
from tests import factories as f

pytestmark = pytest.mark.django_db

TEXT = (
    "Hội nghị sơ kết Chỉ thị 05-CT/TW. <script>alert('x')</script> "
    "Giao Ban Tuyên giáo chủ trì tuyên truyền sâu rộng & kịp thời."
)


def _span(text, words):
    start = text.index(words)
    return {"span_start": start, "span_end": start + len(words)}


def test_document_page_marks_spans_and_escapes_the_text(admin_client):
    doc = f.make_document(text=TEXT)
    task = f.make_task(source_document=doc, **_span(TEXT, "tuyên truyền sâu rộng & kịp thời"))
    meeting = f.make_meeting(source_document=doc, **_span(TEXT, "Hội nghị sơ kết"))
    page = admin_client.get(reverse("admin:reports_sourcedocument_change", args=[doc.pk]))
    html = page.content.decode()
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html
    assert f'id="span-task-{task.pk}"' in html
    assert f'id="span-meeting-{meeting.pk}"' in html
    assert "tuyên truyền sâu rộng &amp; kịp thời</mark>" in html
    # the records made from the document are listed with links
    assert reverse("admin:reports_task_change", args=[task.pk]) in html


def test_extracted_records_link_to_their_span(admin_client):
    doc = f.make_document(text=TEXT)
    task = f.make_task(source_document=doc, **_span(TEXT, "tuyên truyền sâu rộng"))
    doc_url = reverse("admin:reports_sourcedocument_change", args=[doc.pk])
    page = admin_client.get(reverse("admin:reports_task_change", args=[task.pk])).content.decode()
    assert f'href="{doc_url}#span-task-{task.pk}">xem trong văn bản gốc</a>' in page
    assert "tuyên truyền sâu rộng</blockquote>" in page


def test_inline_rows_link_to_their_span_too(admin_client):
    doc = f.make_document(text=TEXT)
    meeting = f.make_meeting(source_document=doc)
    part = Participation.objects.create(
        meeting=meeting,
        person=f.make_person("Giao Ban"),
        role=Participation.Role.CHAIR,
        source_document=doc,
        **_span(TEXT, "Giao Ban"),
    )
    cite = Citation.objects.create(
        directive=f.make_directive(), meeting=meeting, source_document=doc, **_span(TEXT, "05")
    )
    page = admin_client.get(reverse("admin:reports_meeting_change", args=[meeting.pk]))
    html = page.content.decode()
    assert f"#span-participation-{part.pk}" in html
    assert f"#span-citation-{cite.pk}" in html
    doc_page = admin_client.get(reverse("admin:reports_sourcedocument_change", args=[doc.pk]))
    assert f'id="span-citation-{cite.pk}"' in doc_page.content.decode()


def test_highlight_handles_overlapping_and_nested_spans():
    spans = [Span(0, 4, "a", "A"), Span(2, 6, "b", "B"), Span(3, 4, "c", "C <x>")]
    html = highlight("abcdefg", spans)
    assert html == (
        '<span class="span-anchor" id="a"></span>'
        '<mark class="evidence" title="A" data-spans="a">ab</mark>'
        '<span class="span-anchor" id="b"></span>'
        '<mark class="evidence" title="A | B" data-spans="a b">c</mark>'
        '<span class="span-anchor" id="c"></span>'
        '<mark class="evidence" title="A | B | C &lt;x&gt;" data-spans="a b c">d</mark>'
        '<mark class="evidence" title="B" data-spans="b">ef</mark>'
        "g"
    )


def test_spans_past_the_end_of_the_text_are_cut():
    doc = f.make_document(text="ngắn")
    f.make_task(source_document=doc, span_start=2, span_end=400)
    f.make_task(source_document=doc, span_start=300, span_end=400)
    from reports.selectors.evidence import document_spans

    assert [(s.start, s.end) for s in document_spans(document=doc)] == [(2, 4)]
