"""Many rows of any model of the app, fast (bulk_create), for the scale tests of the admin."""

import datetime as dt
import itertools

from django.contrib.auth import get_user_model

from reports.extraction.normalize import fold
from reports.models import (
    ApiToken,
    Citation,
    Directive,
    DirectiveRelation,
    ImportRun,
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
from tests import factories as f

_batch = itertools.count(1)


def _units(n, prefix, **kw):
    return Unit.objects.bulk_create(
        Unit(name=f"{prefix} {i}", search_key=fold(f"{prefix} {i}"), **kw) for i in range(n)
    )


def _people(n, prefix):
    return Person.objects.bulk_create(
        Person(full_name=f"{prefix} {i}", search_key=fold(f"{prefix} {i}")) for i in range(n)
    )


def _directives(n, prefix, **kw):
    return Directive.objects.bulk_create(
        Directive(
            doc_type=Directive.Type.CHI_THI,
            code=f"{prefix}{i}-CT/TU",
            label=f"Chỉ thị {prefix}{i}",
            search_key=fold(f"{prefix}{i}-ct/tu chi thi"),
            **kw,
        )
        for i in range(n)
    )


def _tasks(n, prefix, **kw):
    return Task.objects.bulk_create(
        Task(ordinal=i + 1, text=f"{prefix} nhiệm vụ {i}", search_key=fold(f"{prefix} {i}"), **kw)
        for i in range(n)
    )


class Related:
    """One record of each kind for the bulk rows to point at."""

    def __init__(self, user):
        self.user = user
        self.doc = f.make_document(text="Hội nghị sơ kết. " * 20)
        self.unit = f.make_unit("Ban Tuyên giáo Tỉnh ủy")
        self.parent = f.make_unit("Tỉnh ủy")
        self.person = f.make_person()
        self.meeting = f.make_meeting(host_unit=self.unit, source_document=self.doc)
        self.directive = f.make_directive(issuing_body=self.unit)
        self.task = f.make_task(meeting=self.meeting)


def add_rows(model, n: int, rel: Related) -> None:
    """Add ``n`` rows of ``model``, each pointing at the records of ``rel`` (so that a
    changelist without select_related would query once per row)."""
    b = f"b{next(_batch)}"
    day = dt.date(2024, 1, 1)
    if model is SourceDocument:
        SourceDocument.objects.bulk_create(
            SourceDocument(
                file_name=f"{b}-{i}.txt",
                sha256=f"{b}-{i:06d}".ljust(64, "0"),
                text="x",
                title=f"Văn bản {b} {i}",
                extractor_version="test",
                published=day,
                uploaded_by=rel.user,
            )
            for i in range(n)
        )
    elif model is Unit:
        _units(n, f"Đơn vị {b}", parent=rel.parent, successor=rel.unit)
    elif model is UnitAlias:
        UnitAlias.objects.bulk_create(
            UnitAlias(unit=rel.unit, name=f"BTG {b} {i}", search_key=f"btg {b} {i}")
            for i in range(n)
        )
    elif model is Person:
        _people(n, f"Người {b}")
    elif model is Meeting:
        Meeting.objects.bulk_create(
            Meeting(
                title=f"Hội nghị {b} {i}",
                start_date=day,
                host_unit=rel.unit,
                source_document=rel.doc,
                span_start=0,
                span_end=5,
            )
            for i in range(n)
        )
    elif model is MeetingSource:
        meetings = Meeting.objects.bulk_create(
            Meeting(title=f"Hội nghị {b} {i}", start_date=day, host_unit=rel.unit) for i in range(n)
        )
        MeetingSource.objects.bulk_create(
            MeetingSource(meeting=m, source_document=rel.doc, span_start=0, span_end=5)
            for m in meetings
        )
    elif model is Participation:
        Participation.objects.bulk_create(
            Participation(meeting=rel.meeting, person=p, role=Participation.Role.ATTENDING)
            for p in _people(n, f"Người {b}")
        )
    elif model is Directive:
        _directives(n, b, issuing_body=rel.unit, issued=day)
    elif model is DirectiveRelation:
        DirectiveRelation.objects.bulk_create(
            DirectiveRelation(source=d, target=rel.directive, kind=DirectiveRelation.Kind.CONTINUES)
            for d in _directives(n, b)
        )
    elif model is Citation:
        Citation.objects.bulk_create(
            Citation(directive=rel.directive, meeting=rel.meeting, as_written=f"{b} {i}")
            for i in range(n)
        )
    elif model is Task:
        tasks = _tasks(n, b, meeting=rel.meeting, due_date=day, source_document=rel.doc)
        TaskUnit.objects.bulk_create(
            TaskUnit(task=t, unit=rel.unit, role=TaskUnit.Role.LEAD) for t in tasks
        )
    elif model is TaskUnit:
        TaskUnit.objects.bulk_create(
            TaskUnit(task=t, unit=rel.unit, role=TaskUnit.Role.LEAD)
            for t in _tasks(n, b, meeting=rel.meeting)
        )
    elif model is TaskUpdate:
        TaskUpdate.objects.bulk_create(
            TaskUpdate(task=rel.task, date=day, note=f"{b} {i}", author=rel.user) for i in range(n)
        )
    elif model is StaffProfile:
        users = get_user_model().objects.bulk_create(
            get_user_model()(username=f"canbo-{b}-{i}", is_staff=True) for i in range(n)
        )
        StaffProfile.objects.bulk_create(StaffProfile(user=u) for u in users)
    elif model is ApiToken:
        ApiToken.objects.bulk_create(
            ApiToken(user=rel.user, name=f"Mã {b} {i}", token_hash=f"{b}-{i:06d}".ljust(64, "0"))
            for i in range(n)
        )
    elif model is ImportRun:
        ImportRun.objects.bulk_create(
            ImportRun(started_by=rel.user, source=ImportRun.Source.COMMAND, total=3, new=1)
            for _ in range(n)
        )
    elif model is ReminderLog:
        first = dt.date(2000, 1, 1) + dt.timedelta(days=2000 * int(b[1:]))  # one per (user, day)
        ReminderLog.objects.bulk_create(
            ReminderLog(
                user=rel.user,
                day=first + dt.timedelta(days=i),
                email="a@example.vn",
                days_ahead=7,
                overdue_count=i,
                due_count=0,
            )
            for i in range(n)
        )
    else:
        raise AssertionError(f"no bulk rows for {model.__name__}: add them here")
