"""Two units, each with a sub-unit, and their records; a staff user of each; a staff user with
no units. Every text of unit B's records carries ``SECRET_B`` so a leak is easy to see."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from reports.models import Citation, MeetingSource, Participation, TaskUnit, TaskUpdate
from tests import factories as f

SECRET_A = "bimat-khoi-a"
SECRET_B = "bimat-khoi-b"
EDITORS = "Biên tập viên"


def _records(name: str, secret: str) -> dict:
    unit = f.make_unit(f"Đảng ủy Khối {name}")
    sub = f.make_unit(f"Đảng bộ cơ sở thuộc Khối {name}", parent=unit)
    doc = f.make_document(title=f"Văn bản {secret}", text=f"Báo cáo {secret}")
    meeting = f.make_meeting(
        title=f"Hội nghị sơ kết {secret}",
        host_unit=sub,
        source_document=doc,
        start_date=dt.date(2025, 3, 1),
    )
    task = f.make_task(
        meeting=meeting, text=f"Nhiệm vụ {secret}", due_date=dt.date(2025, 6, 30), ordinal=1
    )
    role = TaskUnit.objects.create(task=task, unit=sub, role=TaskUnit.Role.LEAD)
    person = f.make_person(f"Nguyễn Văn {name}")
    participation = Participation.objects.create(
        meeting=meeting, person=person, role=Participation.Role.CHAIR, position=secret
    )
    directive = f.make_directive(label=f"Chỉ thị dùng chung {name}")
    citation = Citation.objects.create(directive=directive, task=task, as_written=secret)
    meeting_citation = Citation.objects.create(
        directive=directive, meeting=meeting, as_written=f"{secret} hội nghị"
    )
    source = MeetingSource.objects.create(meeting=meeting, source_document=doc)
    update = TaskUpdate.objects.create(task=task, date=dt.date(2025, 4, 1), note=secret)
    return locals()


@pytest.fixture
def world(db):
    a = _records("A", SECRET_A)
    b = _records("B", SECRET_B)
    # a task assigned at A's meeting to B's unit: B's, and still A's, whose meeting assigned it
    # (the assigning unit follows it up), so its text carries neither secret
    both = f.make_task(meeting=a["meeting"], text="Nhiệm vụ A giao cho B", ordinal=2)
    TaskUnit.objects.create(task=both, unit=b["unit"], role=TaskUnit.Role.SUPPORT)
    # a task with no unit rows belongs to its meeting's host
    b["unassigned"] = f.make_task(meeting=b["meeting"], text=f"Việc chung {SECRET_B}", ordinal=3)
    # a directive both cite (reference data, visible to all; its links are not)
    shared = f.make_directive(label="Chỉ thị chung")
    Citation.objects.create(directive=shared, meeting=a["meeting"], as_written="chung")
    Citation.objects.create(directive=shared, meeting=b["meeting"], as_written="chung")
    editors = Group.objects.get(name=EDITORS)
    users = {}
    for key, units in (("ua", [a["unit"]]), ("ub", [b["unit"]]), ("nobody", [])):
        user = f.make_staff_user(f"canbo-{key}", *units)
        user.groups.add(editors)
        users[key] = user
    return {"a": a, "b": b, "shared": shared, "both": both, **users}


def login(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_a(world):
    return login(world["ua"])


@pytest.fixture
def client_b(world):
    return login(world["ub"])
