"""Reading tasks: the derived deadline state (never stored) and the export's filters.

The deadline state follows the categories of the government's task tracking: a task done by
its due date is *done on time*, done after it *done late*; a task neither done nor cancelled
whose due date has passed is *overdue*, otherwise *in time*. It depends on "today", so it is
computed at query time (a database annotation) and never stored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db import models
from django.db.models import Case, F, Q, QuerySet, Value, When
from django.utils import timezone

from reports.extraction.normalize import fold
from reports.models import Directive, Task, Unit

_DONE = Task.Status.DONE
_OPEN_STATUSES = (Task.Status.NOT_STARTED, Task.Status.IN_PROGRESS)


class DeadlineState(models.TextChoices):
    """Derived from status, due date and completion date (never stored)."""

    DONE_ON_TIME = "dung_han", "Hoàn thành đúng hạn"
    DONE_LATE = "tre_han", "Hoàn thành quá hạn"
    DONE_UNDATED = "hoan_thanh", "Hoàn thành (không rõ hạn hoặc ngày hoàn thành)"
    OVERDUE = "qua_han", "Chưa hoàn thành, quá hạn"
    IN_TIME = "trong_han", "Chưa hoàn thành, trong hạn"
    NO_DEADLINE = "khong_han", "Chưa hoàn thành, không có hạn"
    CANCELLED = "huy", "Đã hủy"


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else timezone.localdate()


def overdue_q(*, today: dt.date | None = None) -> Q:
    """Past its due date and neither done nor cancelled."""
    return Q(status__in=_OPEN_STATUSES, due_date__lt=_today(today))


def done_on_time_q() -> Q:
    return Q(status=_DONE, completed_on__lte=F("due_date"))


def done_late_q() -> Q:
    return Q(status=_DONE, completed_on__gt=F("due_date"))


def deadline_state_expression(*, today: dt.date | None = None) -> Case:
    """The deadline state as a database expression (a ``DeadlineState`` value)."""
    today = _today(today)
    return Case(
        When(status=Task.Status.CANCELLED, then=Value(DeadlineState.CANCELLED)),
        When(done_on_time_q(), then=Value(DeadlineState.DONE_ON_TIME)),
        When(done_late_q(), then=Value(DeadlineState.DONE_LATE)),
        When(status=_DONE, then=Value(DeadlineState.DONE_UNDATED)),
        When(due_date__isnull=True, then=Value(DeadlineState.NO_DEADLINE)),
        When(due_date__lt=today, then=Value(DeadlineState.OVERDUE)),
        default=Value(DeadlineState.IN_TIME),
        output_field=models.CharField(),
    )


def deadline_state(
    *, status: str, due_date: dt.date | None, completed_on: dt.date | None, today: dt.date
) -> DeadlineState:
    """The same rule in Python, for rows the export reads without the ORM.

    >>> deadline_state(status="hoan_thanh", due_date=dt.date(2025, 1, 31),
    ...                completed_on=dt.date(2025, 2, 3), today=dt.date(2025, 6, 1)).label
    'Hoàn thành quá hạn'
    """
    if status == Task.Status.CANCELLED:
        return DeadlineState.CANCELLED
    if status == _DONE:
        if due_date is None or completed_on is None:
            return DeadlineState.DONE_UNDATED
        return DeadlineState.DONE_ON_TIME if completed_on <= due_date else DeadlineState.DONE_LATE
    if due_date is None:
        return DeadlineState.NO_DEADLINE
    return DeadlineState.OVERDUE if due_date < today else DeadlineState.IN_TIME


def tasks_with_deadline_state(
    *, queryset: QuerySet[Task] | None = None, today: dt.date | None = None
) -> QuerySet[Task]:
    """Tasks annotated with ``deadline_state`` (a ``DeadlineState`` value)."""
    queryset = Task.objects.all() if queryset is None else queryset
    return queryset.annotate(deadline_state=deadline_state_expression(today=today))


def tasks_by_deadline_state(
    *, queryset: QuerySet[Task], state: str, today: dt.date | None = None
) -> QuerySet[Task]:
    """Tasks in one deadline state, filtered with plain conditions (index-friendly)."""
    today = _today(today)
    conditions = {
        DeadlineState.DONE_ON_TIME: done_on_time_q(),
        DeadlineState.DONE_LATE: done_late_q(),
        DeadlineState.DONE_UNDATED: Q(status=_DONE)
        & (Q(due_date__isnull=True) | Q(completed_on__isnull=True)),
        DeadlineState.OVERDUE: overdue_q(today=today),
        DeadlineState.IN_TIME: Q(status__in=_OPEN_STATUSES, due_date__gte=today),
        DeadlineState.NO_DEADLINE: Q(status__in=_OPEN_STATUSES, due_date__isnull=True),
        DeadlineState.CANCELLED: Q(status=Task.Status.CANCELLED),
    }
    return queryset.filter(conditions[DeadlineState(state)])


def tasks_overdue(*, queryset: QuerySet[Task] | None = None, today: dt.date | None = None):
    queryset = Task.objects.all() if queryset is None else queryset
    return queryset.filter(overdue_q(today=today))


def tasks_filter(
    *,
    queryset: QuerySet[Task] | None = None,
    statuses: Iterable[str] = (),
    unit_ids: Iterable[int] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    directive_ids: Iterable[int] = (),
) -> QuerySet[Task]:
    """The tasks an export asks for. ``since``/``until`` bound the due date (inclusive);
    a unit matches whatever its role; several values of one option are alternatives."""
    queryset = Task.objects.all() if queryset is None else queryset
    statuses, unit_ids, directive_ids = list(statuses), list(unit_ids), list(directive_ids)
    if statuses:
        queryset = queryset.filter(status__in=statuses)
    if since is not None:
        queryset = queryset.filter(due_date__gte=since)
    if until is not None:
        queryset = queryset.filter(due_date__lte=until)
    # Subqueries rather than joins, so that a task is never repeated.
    if unit_ids:
        queryset = queryset.filter(
            pk__in=Task.units.through.objects.filter(unit_id__in=unit_ids).values("task_id")
        )
    if directive_ids:
        queryset = queryset.filter(
            pk__in=Task.directives.through.objects.filter(
                directive_id__in=directive_ids, task__isnull=False
            ).values("task_id")
        )
    return queryset


def unit_ids_named(*, name: str) -> list[int]:
    """The units a user means by ``name``: its id, name, short name or a recorded alias."""
    name = name.strip()
    if name.isdigit():
        return list(Unit.objects.filter(pk=int(name)).values_list("pk", flat=True))
    found = Unit.objects.filter(Q(name__iexact=name) | Q(short_name__iexact=name))
    found = found.values_list("pk", flat=True)
    return list(found) or list(
        Unit.objects.filter(aliases__search_key=fold(name)).values_list("pk", flat=True).distinct()
    )


def directive_ids_coded(*, code: str) -> list[int]:
    """Every directive bearing ``code`` (a code names several documents across terms)."""
    return list(Directive.objects.filter(code__iexact=code.strip()).values_list("pk", flat=True))
