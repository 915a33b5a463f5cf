"""Evidence as staff read it: no raw character positions to edit, a link to the sentence, and
a participant's evidence is the sentence about them, not only their name."""

import pytest
from django.urls import reverse

from reports.models import Participation
from reports.selectors.evidence import evidence_sentence
from tests import factories as f

pytestmark = pytest.mark.django_db

TEXT = (
    "Hội nghị sơ kết công tác tuyên giáo. Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực "
    "Tỉnh ủy, dự và chỉ đạo hội nghị. Các đại biểu thảo luận."
)


@pytest.fixture
def participation():
    doc = f.make_document(text=TEXT)
    meeting = f.make_meeting(source_document=doc, span_start=0, span_end=35)
    start = TEXT.index("Nguyễn Văn An")
    return Participation.objects.create(
        meeting=meeting,
        person=f.make_person("Nguyễn Văn An"),
        role=Participation.Role.DIRECTING,
        source_document=doc,
        span_start=start,
        span_end=start + len("Nguyễn Văn An"),
    )


def test_the_sentence_around_a_participant(participation):
    sentence = evidence_sentence(participation)
    assert sentence.span == "Nguyễn Văn An"
    assert sentence.before == "Đồng chí "
    assert sentence.after == ", Phó Bí thư Thường trực Tỉnh ủy, dự và chỉ đạo hội nghị."


def test_a_long_sentence_is_cut_around_the_span(participation):
    sentence = evidence_sentence(participation, limit=30)
    assert sentence.span == "Nguyễn Văn An"
    assert len(sentence.before) + len(sentence.after) <= 30 - len("Nguyễn Văn An") + 4
    assert sentence.after.endswith("…")


@pytest.mark.parametrize(
    ("name", "obj"),
    [("meeting", "meeting"), ("participation", "self"), ("task", "task"), ("citation", "cit")],
)
def test_change_forms_have_no_span_fields_but_a_link(admin_client, participation, name, obj):
    doc = participation.source_document
    records = {
        "meeting": participation.meeting,
        "self": participation,
        "task": f.make_task(
            meeting=participation.meeting, source_document=doc, span_start=37, span_end=60
        ),  # fmt: skip
        "cit": f.Citation.objects.create(
            directive=f.make_directive(),
            meeting=participation.meeting,
            source_document=doc,
            span_start=0,
            span_end=10,
        ),  # fmt: skip
    }
    record = records[obj]
    response = admin_client.get(reverse(f"admin:reports_{name}_change", args=[record.pk]))
    html = response.content.decode()
    assert 'name="span_start"' not in html and 'name="span_end"' not in html
    anchor = f"#span-{record._meta.model_name}-{record.pk}"
    assert f"{reverse('admin:reports_sourcedocument_change', args=[doc.pk])}{anchor}" in html


def test_meeting_inline_shows_the_participants_sentence(admin_client, participation):
    url = reverse("admin:reports_meeting_change", args=[participation.meeting.pk])
    html = admin_client.get(url).content.decode()
    assert "Đồng chí <mark>Nguyễn Văn An</mark>, Phó Bí thư Thường trực Tỉnh ủy" in html
