"""Who sees what: per-unit access.

A superuser, or a user whose staff profile says "all units", sees everything. Any other user
sees the meetings and tasks of the units of their profile and of every unit below them, and
what they loaded themselves (documents they uploaded, with their meetings and tasks):

- a meeting belongs to its host unit;
- a task belongs to the units of its ``TaskUnit`` rows (lead, support, assignee) and to its
  meeting's host unit: the unit that assigned a task keeps following it up (status, progress
  notes) after making another unit its lead, as the assigning level does in government task
  trackers (this also covers a task with no unit rows);
- a participation belongs to its meeting, a progress note or a unit's role to its task, a
  citation to its task (or, for a meeting's own citation, to its meeting);
- a source document is seen when one of its meetings or tasks is, or when the user uploaded it.

A user with no profile, or no units, sees nothing (the safe default). Every door (admin
changelists, change and history pages, autocomplete, cross-links, reports, export, import,
upload preview) reads through :func:`visible_to`; every link a form writes is judged by
:func:`linkable`: a link to a record must stay in scope, a link to shared reference data may
name any row, except in a field that decides who owns the record (:data:`OWNER_FIELDS`).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.conf import settings
from django.db import connection
from django.db.models import Exists, Field, OuterRef, Q, QuerySet

from reports.models import (
    ApiToken,
    Citation,
    DataVersion,
    Directive,
    DirectiveRelation,
    ImportRun,
    ImportRunItem,
    JobSchedule,
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

# The rows that belong to units: what visible_to narrows, and what a form may link to only
# within the user's scope.
RECORD_MODELS = frozenset(
    {Meeting, Task, SourceDocument, Participation, TaskUnit, TaskUpdate, Citation, MeetingSource}
)
# Shared by every unit: any row may be named ("another unit leads our task").
REFERENCE_MODELS = frozenset({Unit, UnitAlias, Person, Directive, DirectiveRelation})
# Neither: who sees what, the reports' cache key and the API's tokens, edited by superusers
# only; what services write and their own selectors read (the log of reminders, background
# import runs and their documents, the schedule of recurring jobs).
INTERNAL_MODELS = frozenset(
    {StaffProfile, DataVersion, ApiToken, ReminderLog, ImportRun, ImportRunItem, JobSchedule}
)
# The links that decide who owns a record (see the module docstring): in scope even though
# they name reference data. "app_label.Model.field".
OWNER_FIELDS = frozenset(
    {
        "reports.Meeting.host_unit",
        "reports.StaffProfile.units",
        "reports.StaffProfile.user",
        "reports.SourceDocument.uploaded_by",
    }
)

# cached on the user object: one look-up per request
_CACHE_ATTR = "_reports_visible_unit_ids"


def units_with_descendants(*, unit_ids) -> frozenset[int]:
    """The units and every unit below them, in one recursive query (UNION stops at a cycle)."""
    ids = [int(pk) for pk in unit_ids]
    if not ids:
        return frozenset()
    table = connection.ops.quote_name(Unit._meta.db_table)
    marks = ", ".join(["%s"] * len(ids))
    sql = (
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM {table} WHERE id IN ({marks}) "
        f"UNION SELECT u.id FROM {table} u JOIN tree t ON u.parent_id = t.id) "
        "SELECT id FROM tree"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, ids)
        return frozenset(row[0] for row in cursor.fetchall())


def visible_unit_ids(user) -> frozenset[int] | None:
    """The units whose records ``user`` sees (with sub-units); None means every unit."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    if user.is_superuser:
        return None
    cached = getattr(user, _CACHE_ATTR, False)
    if cached is not False:
        return cached
    profile = StaffProfile.objects.filter(user=user).first()
    if profile is None:
        result: frozenset[int] | None = frozenset()
    elif profile.all_units:
        result = None
    else:
        result = units_with_descendants(unit_ids=profile.units.values_list("pk", flat=True))
    setattr(user, _CACHE_ATTR, result)
    return result


def sees_everything(user) -> bool:
    return visible_unit_ids(user) is None


def meeting_access_q(*, unit_ids, user=None, prefix: str = "") -> Q:
    """The meetings (seen from ``prefix``, e.g. ``meeting__``) hosted by ``unit_ids``, or
    loaded by ``user``."""
    q = Q(**{f"{prefix}host_unit_id__in": list(unit_ids)})
    if user is not None:
        q |= Q(**{f"{prefix}source_document__uploaded_by": user})
    return q


def task_access_q(*, unit_ids, user=None, outer: str = "pk", prefix: str = "") -> Q:
    """The tasks (the task is ``outer`` / ``prefix`` from the queried model) of ``unit_ids``:
    by their unit rows or by their meeting's host; or loaded by ``user``."""
    ids = list(unit_ids)
    has_unit = Exists(TaskUnit.objects.filter(task=OuterRef(outer), unit_id__in=ids))
    q = has_unit | Q(**{f"{prefix}meeting__host_unit_id__in": ids})
    if user is not None:
        q |= Q(**{f"{prefix}source_document__uploaded_by": user})
    return q


def meetings_visible_to(user, queryset: QuerySet[Meeting] | None = None) -> QuerySet[Meeting]:
    queryset = Meeting.objects.all() if queryset is None else queryset
    unit_ids = visible_unit_ids(user)
    if unit_ids is None:
        return queryset
    if not unit_ids and not _is_user(user):
        return queryset.none()
    return queryset.filter(meeting_access_q(unit_ids=unit_ids, user=_user_or_none(user)))


def tasks_visible_to(user, queryset: QuerySet[Task] | None = None) -> QuerySet[Task]:
    queryset = Task.objects.all() if queryset is None else queryset
    unit_ids = visible_unit_ids(user)
    if unit_ids is None:
        return queryset
    if not unit_ids and not _is_user(user):
        return queryset.none()
    return queryset.filter(task_access_q(unit_ids=unit_ids, user=_user_or_none(user)))


def documents_visible_to(
    user, queryset: QuerySet[SourceDocument] | None = None
) -> QuerySet[SourceDocument]:
    queryset = SourceDocument.objects.all() if queryset is None else queryset
    if sees_everything(user):
        return queryset
    if not _is_user(user):
        return queryset.none()
    meetings = meetings_visible_to(user).filter(source_document=OuterRef("pk"))
    tasks = tasks_visible_to(user).filter(source_document=OuterRef("pk"))
    # a document that reported a visible meeting after another one did
    reports = MeetingSource.objects.filter(
        source_document=OuterRef("pk"), meeting__in=meetings_visible_to(user).values("pk")
    )
    return queryset.filter(Q(uploaded_by=user) | Exists(meetings) | Exists(tasks) | Exists(reports))


def visible_to(user, queryset: QuerySet) -> QuerySet:
    """``queryset`` narrowed to what ``user`` may see; models outside per-unit access
    (units, people, directives: shared reference data) are returned as they are."""
    model = queryset.model
    if model is Meeting:
        return meetings_visible_to(user, queryset)
    if model is Task:
        return tasks_visible_to(user, queryset)
    if model is SourceDocument:
        return documents_visible_to(user, queryset)
    if sees_everything(user):
        return queryset
    if model in (Participation, MeetingSource):
        return queryset.filter(meeting__in=meetings_visible_to(user).values("pk"))
    if model in (TaskUnit, TaskUpdate):
        return queryset.filter(task__in=tasks_visible_to(user).values("pk"))
    if model is Citation:
        return queryset.filter(
            Q(task__in=tasks_visible_to(user).values("pk"))
            | Q(task__isnull=True, meeting__in=meetings_visible_to(user).values("pk"))
        )
    return queryset


def is_record(model) -> bool:
    return model in RECORD_MODELS


def decides_owner(field: Field | None) -> bool:
    if field is None:
        return False
    return f"{field.model._meta.label}.{field.name}" in OWNER_FIELDS


def linkable(user, queryset: QuerySet, *, field: Field | None = None, keep: Iterable = ()):
    """The rows of ``queryset`` that ``user`` may make ``field`` (a foreign key or
    many-to-many) point at: records in the user's scope; any row of reference data, but for a
    field that decides the owner only units in scope (or the user, for a user field); plus
    ``keep``, the primary keys the record already points at, so that a link the user does not
    change is not judged again (a task B follows up stays at A's meeting)."""
    model = queryset.model
    if is_record(model):
        allowed = visible_to(user, queryset)
    elif decides_owner(field):
        allowed = _owners_in_scope(user, queryset)
    else:
        return queryset
    keep = [pk for pk in keep if pk is not None]
    if not keep:
        return allowed
    return queryset.filter(Q(pk__in=allowed.values("pk")) | Q(pk__in=keep))


def _owners_in_scope(user, queryset: QuerySet) -> QuerySet:
    if queryset.model is Unit:
        unit_ids = visible_unit_ids(user)
        return queryset if unit_ids is None else queryset.filter(pk__in=list(unit_ids))
    if queryset.model._meta.label == settings.AUTH_USER_MODEL:
        if user is not None and getattr(user, "is_superuser", False):
            return queryset
        return queryset.filter(pk=user.pk) if _is_user(user) else queryset.none()
    # an owner field to a model this module has no rule for: nothing, until it has one
    return queryset.none()


def _is_user(user) -> bool:
    return user is not None and getattr(user, "is_authenticated", False) and user.is_active


def _user_or_none(user):
    return user if _is_user(user) else None
