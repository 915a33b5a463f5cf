"""In a document reporting several meetings, each task goes to the meeting in whose part of
the text it stands (the extractor's ``Task.meeting``), not always to the first."""

import datetime as dt
from dataclasses import replace

import pytest

from reports.extraction.types import Span
from reports.loading import document_load
from reports.models import Task
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db


def _two_meetings():
    first = x.meeting()
    second = x.meeting(
        title="Hội nghị giao ban công tác tuyên giáo tháng 7",
        kind="giao_ban",
        start_date=dt.date(2024, 7, 6),
        end_date=dt.date(2024, 7, 6),
        participants=(),
        span=Span(200, 260),
    )
    return x.document(meetings=(first, second))


@pytest.mark.parametrize(
    ("task_meeting", "expected_title"),
    [
        (0, "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024"),
        (1, "Hội nghị giao ban công tác tuyên giáo tháng 7"),
        (None, "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024"),  # unsaid: the first
        (7, "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024"),  # out of range
    ],
)
def test_task_goes_to_the_meeting_it_stands_under(task_meeting, expected_title):
    doc = replace(_two_meetings(), tasks=(x.task(meeting=task_meeting),))
    document_load(doc, file_name="hai_hoi_nghi.txt")
    assert Task.objects.get().meeting.title == expected_title
