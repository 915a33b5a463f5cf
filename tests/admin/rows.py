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


# model -> the function adding its rows: (n, batch name, Related) -> None
_BUILDERS = {}
DAY = dt.date(2024, 1, 1)


def _rows_of(model):
    def register(build):
        _BUILDERS[model] = build
        return build

    return register


def add_rows(model, n: int, rel: Related) -> None:
    """Add ``n`` rows of ``model``, each pointing at the records of ``rel`` (so that a
    changelist without select_related would query once per row)."""
    build = _BUILDERS.get(model)
    if build is None:
        raise AssertionError(f"no bulk rows for {model.__name__}: add them here")
    build(n, f"b{next(_batch)}", rel)


@_rows_of(SourceDocument)
def _source_documents(n, b, rel):
    SourceDocument.objects.bulk_create(
        SourceDocument(
            file_name=f"{b}-{i}.txt",
            sha256=f"{b}-{i:06d}".ljust(64, "0"),
            text="x",
            title=f"Văn bản {b} {i}",
            extractor_version="test",
            published=DAY,
            uploaded_by=rel.user,
        )
        for i in range(n)
    )


@_rows_of(Unit)
def _unit_rows(n, b, rel):
    _units(n, f"Đơn vị {b}", parent=rel.parent, successor=rel.unit)


@_rows_of(UnitAlias)
def _unit_aliases(n, b, rel):
    UnitAlias.objects.bulk_create(
        UnitAlias(unit=rel.unit, name=f"BTG {b} {i}", search_key=f"btg {b} {i}") for i in range(n)
    )


@_rows_of(Person)
def _person_rows(n, b, rel):
    _people(n, f"Người {b}")


@_rows_of(Meeting)
def _meetings(n, b, rel):
    Meeting.objects.bulk_create(
        Meeting(
            title=f"Hội nghị {b} {i}",
            start_date=DAY,
            host_unit=rel.unit,
            source_document=rel.doc,
            span_start=0,
            span_end=5,
        )
        for i in range(n)
    )


@_rows_of(MeetingSource)
def _meeting_sources(n, b, rel):
    meetings = Meeting.objects.bulk_create(
        Meeting(title=f"Hội nghị {b} {i}", start_date=DAY, host_unit=rel.unit) for i in range(n)
    )
    MeetingSource.objects.bulk_create(
        MeetingSource(meeting=m, source_document=rel.doc, span_start=0, span_end=5)
        for m in meetings
    )


@_rows_of(Participation)
def _participations(n, b, rel):
    Participation.objects.bulk_create(
        Participation(meeting=rel.meeting, person=p, role=Participation.Role.ATTENDING)
        for p in _people(n, f"Người {b}")
    )


@_rows_of(Directive)
def _directive_rows(n, b, rel):
    _directives(n, b, issuing_body=rel.unit, issued=DAY)


@_rows_of(DirectiveRelation)
def _directive_relations(n, b, rel):
    DirectiveRelation.objects.bulk_create(
        DirectiveRelation(source=d, target=rel.directive, kind=DirectiveRelation.Kind.CONTINUES)
        for d in _directives(n, b)
    )


@_rows_of(Citation)
def _citations(n, b, rel):
    Citation.objects.bulk_create(
        Citation(directive=rel.directive, meeting=rel.meeting, as_written=f"{b} {i}")
        for i in range(n)
    )


@_rows_of(Task)
def _task_rows(n, b, rel):
    tasks = _tasks(n, b, meeting=rel.meeting, due_date=DAY, source_document=rel.doc)
    TaskUnit.objects.bulk_create(
        TaskUnit(task=t, unit=rel.unit, role=TaskUnit.Role.LEAD) for t in tasks
    )


@_rows_of(TaskUnit)
def _task_units(n, b, rel):
    TaskUnit.objects.bulk_create(
        TaskUnit(task=t, unit=rel.unit, role=TaskUnit.Role.LEAD)
        for t in _tasks(n, b, meeting=rel.meeting)
    )


@_rows_of(TaskUpdate)
def _task_updates(n, b, rel):
    TaskUpdate.objects.bulk_create(
        TaskUpdate(task=rel.task, date=DAY, note=f"{b} {i}", author=rel.user) for i in range(n)
    )


@_rows_of(StaffProfile)
def _staff_profiles(n, b, rel):
    users = get_user_model().objects.bulk_create(
        get_user_model()(username=f"canbo-{b}-{i}", is_staff=True) for i in range(n)
    )
    StaffProfile.objects.bulk_create(StaffProfile(user=u) for u in users)


@_rows_of(ApiToken)
def _api_tokens(n, b, rel):
    ApiToken.objects.bulk_create(
        ApiToken(user=rel.user, name=f"Mã {b} {i}", token_hash=f"{b}-{i:06d}".ljust(64, "0"))
        for i in range(n)
    )


@_rows_of(ImportRun)
def _import_runs(n, b, rel):
    ImportRun.objects.bulk_create(
        ImportRun(started_by=rel.user, source=ImportRun.Source.COMMAND, total=3, new=1)
        for _ in range(n)
    )


@_rows_of(ReminderLog)
def _reminder_logs(n, b, rel):
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
