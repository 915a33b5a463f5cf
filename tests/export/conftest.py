"""A small world of tasks for the export tests: units with roles, directives, progress notes."""

import datetime as dt

import pytest

from reports.models import Citation, Task, TaskUnit, TaskUpdate
from tests.factories import (
    make_directive,
    make_document,
    make_meeting,
    make_person,
    make_task,
    make_unit,
)

TODAY = dt.date(2025, 6, 15)


def link(task, *, lead=(), support=(), directives=(), notes=()):
    for unit in lead:
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    for unit in support:
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.SUPPORT)
    for directive in directives:
        Citation.objects.create(task=task, directive=directive)
    for date, note in notes:
        TaskUpdate.objects.create(task=task, date=date, note=note)
    return task


@pytest.fixture
def world(db):
    doc = make_document(title="Thông báo kết luận hội nghị")
    meeting = make_meeting(
        title="Hội nghị sơ kết công tác tuyên giáo 6 tháng", start_date=dt.date(2025, 1, 10)
    )
    board = make_unit("Ban Tuyên giáo Tỉnh ủy")
    press = make_unit("Báo Hòa Lâm")
    radio = make_unit("Đài Phát thanh và Truyền hình tỉnh")
    school = make_unit("Trường Chính trị tỉnh")
    ct05 = make_directive(code="05-CT/TW", issued=dt.date(2016, 5, 15))
    nq35 = make_directive(code="35-NQ/TW", issued=dt.date(2018, 10, 22))
    chair = make_person("Nguyễn Văn An")
    first = link(
        make_task(
            meeting=meeting,
            ordinal=1,
            text="Tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            assigned_by_person=chair,
            assigned_by_unit=board,
            period_label="năm 2025",
            due_date=dt.date(2025, 3, 31),
            status=Task.Status.DONE,
            completed_on=dt.date(2025, 4, 2),
            source_document=doc,
        ),
        lead=[board],
        support=[press, radio],
        directives=[ct05, nq35],
        notes=[(dt.date(2025, 2, 1), "Đã ban hành kế hoạch"), (dt.date(2025, 4, 2), "Xong")],
    )
    second = link(
        make_task(
            meeting=meeting,
            ordinal=2,
            text='=HYPERLINK("http://evil.example","bấm") và "ngoặc kép"; dấu chấm phẩy\ndòng 2',
            due_date=dt.date(2025, 5, 31),
            status=Task.Status.IN_PROGRESS,
            period_label="-quý II",
        ),
        lead=[press],
        support=[school],
        directives=[nq35],
        notes=[(dt.date(2025, 5, 1), "+ đang triển khai")],
    )
    third = make_task(meeting=meeting, ordinal=3, text="@Nhiệm vụ không hạn", status="huy")
    return {
        "doc": doc,
        "meeting": meeting,
        "board": board,
        "press": press,
        "radio": radio,
        "school": school,
        "ct05": ct05,
        "nq35": nq35,
        "chair": chair,
        "first": first,
        "second": second,
        "third": third,
    }
