"""Small factories for test data, in code (no hand-written JSON that drifts)."""

import datetime as dt
import itertools

from django.contrib.auth import get_user_model

from reports.models import (
    Citation,
    Directive,
    DirectiveRelation,
    ImportRun,
    ImportRunItem,
    Meeting,
    MeetingSource,
    Participation,
    Person,
    ReminderLog,
    SourceDocument,
    StaffProfile,
    Task,
    TaskUnit,
    TaskUpdate,
    Unit,
    UnitAlias,
)
from reports.services.api_tokens import api_token_create

_seq = itertools.count(1)


def make_document(**kw) -> SourceDocument:
    n = next(_seq)
    defaults = {
        "file_name": f"vb-{n}.txt",
        "sha256": f"{n:064x}",
        "text": "Hội nghị sơ kết công tác tuyên giáo",
        "title": f"Văn bản {n}",
        "extractor_version": "test",
    }
    return SourceDocument.objects.create(**{**defaults, **kw})


def make_unit(name=None, **kw) -> Unit:
    return Unit.objects.create(name=name or f"Ban Tuyên giáo Huyện ủy {next(_seq)}", **kw)


def make_person(name=None) -> Person:
    return Person.objects.create(full_name=name or f"Nguyễn Văn {next(_seq)}")


def make_meeting(**kw) -> Meeting:
    defaults = {"title": f"Hội nghị sơ kết {next(_seq)}", "kind": Meeting.Kind.SO_KET}
    return Meeting.objects.create(**{**defaults, **kw})


_AUTO = object()


def make_directive(code=_AUTO, **kw) -> Directive:
    n = next(_seq)
    defaults = {
        "doc_type": Directive.Type.CHI_THI,
        "number": str(n),
        "issuer_code": "TU",
        "code": f"{n}-CT/TU" if code is _AUTO else code,
        "label": f"Chỉ thị số {n}",
    }
    return Directive.objects.create(**{**defaults, **kw})


def make_task(**kw) -> Task:
    defaults = {"text": f"Tiếp tục đẩy mạnh công tác tuyên truyền {next(_seq)}", "ordinal": 1}
    return Task.objects.create(**{**defaults, **kw})


def grant_units(user, *units, all_units: bool = False) -> StaffProfile:
    """Give ``user`` access to ``units`` (with their sub-units), or to every unit."""
    profile, _ = StaffProfile.objects.get_or_create(user=user)
    if all_units != profile.all_units:
        profile.all_units = all_units
        profile.save()
    profile.units.add(*units)
    return profile


def make_staff_user(username=None, *units, **kw):
    """A staff account (not a superuser) working for ``units``."""
    user = get_user_model().objects.create_user(
        username or f"canbo{next(_seq)}", password="mat-khau-9", is_staff=True, **kw
    )
    grant_units(user, *units)
    return user


def make_everything():
    """One of each model, linked together."""
    doc = make_document()
    unit = make_unit()
    alias = UnitAlias.objects.create(unit=unit, name="BTGHU")
    person = make_person()
    meeting = make_meeting(host_unit=unit, source_document=doc, start_date=dt.date(2024, 1, 5))
    participation = Participation.objects.create(
        meeting=meeting, person=person, role=Participation.Role.CHAIR, position="Trưởng ban"
    )
    meeting_source = MeetingSource.objects.create(meeting=meeting, source_document=doc)
    directive = make_directive()
    relation = DirectiveRelation.objects.create(
        source=directive, target=make_directive(), kind=DirectiveRelation.Kind.CONTINUES
    )
    task = make_task(meeting=meeting, source_document=doc)
    task_unit = TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    citation = Citation.objects.create(directive=directive, task=task, as_written="Chỉ thị 05")
    update = TaskUpdate.objects.create(task=task, date=dt.date(2024, 2, 1), note="Đã triển khai")
    staff_profile = grant_units(make_staff_user(), unit)
    api_token = api_token_create(user=staff_profile.user, name="Bảng điều khiển tỉnh")[0]
    import_run = ImportRun.objects.create(source=ImportRun.Source.COMMAND, total=1)
    import_run_item = ImportRunItem.objects.create(
        run=import_run, position=1, file_name="vb.txt", size=3, content=b"abc"
    )
    reminder_log = ReminderLog.objects.create(
        user=staff_profile.user,
        day=dt.date(2024, 2, 2),
        email="canbo@example.vn",
        days_ahead=7,
        overdue_count=1,
        due_count=0,
    )
    return locals()
