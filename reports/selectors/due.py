"""What is due: the one definition of overdue and due-soon tasks, shared by the admin index's
panel, the task list's filters and the e-mail reminders.

- *overdue*: the due date is before today and the task is neither done nor cancelled;
- *due within N days*: today ≤ due date ≤ today + N, neither done nor cancelled (so the
  30 days include the 7);
- *no deadline*: neither done nor cancelled and no due date.

A task belongs to a unit as in ``reports.selectors.access``: through its unit rows (any
role), or through its meeting's host unit when it has none.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import models
from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from reports.models import Task, TaskUnit, Unit

OPEN_STATUSES = (Task.Status.NOT_STARTED, Task.Status.IN_PROGRESS)
SOON_DAYS = 7
LATER_DAYS = 30


class DueState(models.TextChoices):
    """The task list's filter "Hạn hoàn thành" (values in the URL, labels for staff)."""

    DUE_SOON = "7", f"Sắp đến hạn ({SOON_DAYS} ngày)"
    DUE_LATER = "30", f"Sắp đến hạn ({LATER_DAYS} ngày)"
    OVERDUE = "qua_han", "Quá hạn"
    NO_DEADLINE = "khong_han", "Không có hạn"


def open_q() -> Q:
    return Q(status__in=OPEN_STATUSES)


def overdue_q(*, today: dt.date) -> Q:
    return open_q() & Q(due_date__lt=today)


def due_within_q(*, today: dt.date, days: int) -> Q:
    return open_q() & Q(due_date__gte=today, due_date__lte=today + dt.timedelta(days=days))


def no_deadline_q() -> Q:
    return open_q() & Q(due_date__isnull=True)


def due_state_q(*, state: str, today: dt.date) -> Q:
    state = DueState(state)
    if state == DueState.OVERDUE:
        return overdue_q(today=today)
    if state == DueState.NO_DEADLINE:
        return no_deadline_q()
    return due_within_q(today=today, days=int(state.value))


def tasks_in_due_state(*, queryset: QuerySet[Task], state: str, today: dt.date) -> QuerySet[Task]:
    return queryset.filter(due_state_q(state=state, today=today))


def unit_owns_q(*, unit_id: int) -> Q:
    """The tasks of one unit (not its sub-units), by the access rule's ownership."""
    has_row = Exists(TaskUnit.objects.filter(task=OuterRef("pk"), unit_id=unit_id))
    has_none = ~Exists(TaskUnit.objects.filter(task=OuterRef("pk")))
    return has_row | (has_none & Q(meeting__host_unit_id=unit_id))


@dataclass(frozen=True)
class DueCounts:
    overdue: int = 0
    due_soon: int = 0
    due_later: int = 0


def _count_expressions(*, today: dt.date, prefix: str = "") -> dict[str, Count]:
    def q(condition: Q) -> Q:
        return _prefixed(condition, prefix)

    pk = f"{prefix}pk" if prefix else "pk"
    return {
        "overdue": Count(pk, filter=q(overdue_q(today=today)), distinct=bool(prefix)),
        "due_soon": Count(
            pk, filter=q(due_within_q(today=today, days=SOON_DAYS)), distinct=bool(prefix)
        ),
        "due_later": Count(
            pk, filter=q(due_within_q(today=today, days=LATER_DAYS)), distinct=bool(prefix)
        ),
    }


def _prefixed(condition: Q, prefix: str) -> Q:
    """``condition`` (on Task's fields) seen from a model that reaches the task by ``prefix``."""
    if not prefix:
        return condition
    children = [
        _prefixed(child, prefix) if isinstance(child, Q) else (prefix + child[0], child[1])
        for child in condition.children
    ]
    return Q(*children, _connector=condition.connector, _negated=condition.negated)


def due_counts(*, tasks: QuerySet[Task], today: dt.date) -> DueCounts:
    """The three figures over ``tasks``, in one query."""
    row = tasks.order_by().aggregate(**_count_expressions(today=today))
    return DueCounts(**row)


@dataclass(frozen=True)
class UnitDueCounts:
    unit: Unit
    counts: DueCounts


def due_counts_by_unit(*, tasks: QuerySet[Task], today: dt.date) -> list[UnitDueCounts]:
    """The figures per unit that owns any of ``tasks``, the most overdue first, in three
    queries whatever the number of units: the tasks' unit rows, the tasks without unit rows
    by their meeting's host, and the units' names."""
    task_ids = tasks.order_by().values("pk")
    by_rows = (
        TaskUnit.objects.filter(task__in=task_ids)
        .order_by()
        .values("unit_id")
        .annotate(**_count_expressions(today=today, prefix="task__"))
    )
    by_host = (
        tasks.order_by()
        .filter(~Exists(TaskUnit.objects.filter(task=OuterRef("pk"))))
        .filter(meeting__host_unit__isnull=False)
        .values("meeting__host_unit_id")
        .annotate(**_count_expressions(today=today))
    )
    totals: dict[int, list[int]] = {}
    for unit_key, rows in (("unit_id", by_rows), ("meeting__host_unit_id", by_host)):
        for row in rows:
            figures = totals.setdefault(row[unit_key], [0, 0, 0])
            figures[0] += row["overdue"]
            figures[1] += row["due_soon"]
            figures[2] += row["due_later"]
    units = Unit.objects.in_bulk(list(totals))
    found = [
        UnitDueCounts(unit=units[pk], counts=DueCounts(*figures))
        for pk, figures in totals.items()
        if pk in units
    ]
    found.sort(
        key=lambda row: (
            -row.counts.overdue,
            -row.counts.due_soon,
            -row.counts.due_later,
            str(row.unit),
        )
    )
    return found
