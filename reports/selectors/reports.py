"""Reading for the reports dashboard: every figure is aggregated in SQL.

The number of queries a report makes depends on the number of units, directives and months
shown (bounded, and capped where a list could grow), never on the number of meetings or tasks.
Deadline states (done on time, done late, overdue...) come from ``reports.selectors.tasks``:
derived at query time, never stored.

Scope of a report (``ReportScope``): a period, a unit with its sub-units, a directive.
- a meeting is in scope when its start date falls in the period, its host is the unit or a
  sub-unit, and it cites the directive;
- a task is in scope when its due date falls in the period (the deadline is what a task is
  reported against), the unit or a sub-unit takes part in it whatever its role, and it cites
  the directive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Exists, F, Max, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce, TruncMonth

from reports.models import Citation, Directive, Meeting, ReviewState, Task, TaskUnit, Unit
from reports.selectors.tasks import DeadlineState, deadline_state_expression, overdue_q

# Age brackets of overdue tasks, in days past the due date (lower bounds, exclusive).
OVERDUE_AGE_BRACKETS = (180, 90, 30, 0)
OVERDUE_LIST_LIMIT = 50
DIRECTIVE_TABLE_LIMIT = 30
LEAD_UNIT_TABLE_LIMIT = 40
TIMELINE_LIMIT = 100
# The order of the states in tables and stacked bars: finished, then open, then cancelled.
STATE_ORDER = [
    DeadlineState.DONE_ON_TIME,
    DeadlineState.DONE_LATE,
    DeadlineState.DONE_UNDATED,
    DeadlineState.IN_TIME,
    DeadlineState.NO_DEADLINE,
    DeadlineState.OVERDUE,
    DeadlineState.CANCELLED,
]


@dataclass(frozen=True)
class ReportScope:
    start: dt.date | None = None
    end: dt.date | None = None
    unit: Unit | None = None
    # the unit and all its sub-units (None: no unit filter)
    unit_ids: tuple[int, ...] | None = None
    directive: Directive | None = None
    today: dt.date = field(default_factory=dt.date.today)


def unit_descendant_ids(*, unit_id: int) -> tuple[int, ...]:
    """The unit and every unit below it, in one recursive query (UNION stops at a cycle)."""
    table = connection.ops.quote_name(Unit._meta.db_table)
    sql = (
        f"WITH RECURSIVE tree(id) AS (SELECT id FROM {table} WHERE id = %s "
        f"UNION SELECT u.id FROM {table} u JOIN tree t ON u.parent_id = t.id) "
        "SELECT id FROM tree"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [unit_id])
        return tuple(sorted(row[0] for row in cursor.fetchall()))


def report_meetings(*, scope: ReportScope) -> QuerySet[Meeting]:
    meetings = Meeting.objects.all()
    if scope.start:
        meetings = meetings.filter(start_date__gte=scope.start)
    if scope.end:
        meetings = meetings.filter(start_date__lte=scope.end)
    if scope.unit_ids is not None:
        meetings = meetings.filter(host_unit_id__in=scope.unit_ids)
    if scope.directive is not None:
        meetings = meetings.filter(
            Exists(Citation.objects.filter(meeting=OuterRef("pk"), directive=scope.directive))
        )
    return meetings


def report_tasks(*, scope: ReportScope) -> QuerySet[Task]:
    tasks = Task.objects.all()
    if scope.start:
        tasks = tasks.filter(due_date__gte=scope.start)
    if scope.end:
        tasks = tasks.filter(due_date__lte=scope.end)
    if scope.unit_ids is not None:
        tasks = tasks.filter(
            Exists(TaskUnit.objects.filter(task=OuterRef("pk"), unit_id__in=scope.unit_ids))
        )
    if scope.directive is not None:
        tasks = tasks.filter(
            Exists(Citation.objects.filter(task=OuterRef("pk"), directive=scope.directive))
        )
    return tasks.order_by()


def _state_counts(tasks: QuerySet[Task], today: dt.date) -> dict[str, int]:
    rows = (
        tasks.annotate(state=deadline_state_expression(today=today))
        .values("state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts = dict.fromkeys(STATE_ORDER, 0)
    counts.update({row["state"]: row["n"] for row in rows})
    return counts


def report_headline(*, scope: ReportScope) -> dict:
    """Meetings, tasks, tasks per deadline state, tasks needing review (three queries)."""
    tasks = report_tasks(scope=scope)
    totals = tasks.aggregate(
        tasks=Count("pk"),
        needs_review=Count("pk", filter=Q(review_state=ReviewState.NEEDS_REVIEW)),
    )
    states = _state_counts(tasks, scope.today)
    return {
        "meetings": report_meetings(scope=scope).count(),
        "tasks": totals["tasks"],
        "needs_review": totals["needs_review"],
        "states": states,
        "open_in_time": states[DeadlineState.IN_TIME] + states[DeadlineState.NO_DEADLINE],
    }


def report_tasks_by_lead_unit(
    *, scope: ReportScope, limit: int | None = None, only_scope_units: bool = False
) -> list[dict]:
    """One row per lead unit (chủ trì) with its tasks per deadline state, busiest first, and a
    last row for tasks with no lead unit. A task with two lead units counts for each.
    ``only_scope_units``: only the units of the scope lead (a unit's own page)."""
    tasks = report_tasks(scope=scope)
    lead = Q(task_units__role=TaskUnit.Role.LEAD)
    if only_scope_units and scope.unit_ids is not None:
        lead &= Q(task_units__unit_id__in=scope.unit_ids)
    rows = (
        tasks.filter(lead)
        .annotate(state=deadline_state_expression(today=scope.today))
        .values("task_units__unit_id", "task_units__unit__name", "state")
        .annotate(n=Count("pk"))
        .order_by()
    )
    by_unit: dict[int, dict] = {}
    for row in rows:
        entry = by_unit.setdefault(
            row["task_units__unit_id"],
            {
                "unit_id": row["task_units__unit_id"],
                "name": row["task_units__unit__name"],
                "states": dict.fromkeys(STATE_ORDER, 0),
                "total": 0,
            },
        )
        entry["states"][row["state"]] += row["n"]
        entry["total"] += row["n"]
    result = sorted(by_unit.values(), key=lambda e: (-e["total"], e["name"]))
    if limit is not None:
        result = result[:limit]
    if only_scope_units:
        return result
    unled = _state_counts(
        tasks.exclude(
            Exists(TaskUnit.objects.filter(task=OuterRef("pk"), role=TaskUnit.Role.LEAD))
        ),
        scope.today,
    )
    if sum(unled.values()):
        result.append(
            {
                "unit_id": None,
                "name": "(chưa rõ đơn vị chủ trì)",
                "states": unled,
                "total": sum(unled.values()),
            }  # fmt: skip
        )
    return result


def _lead_unit_name():
    return Subquery(
        TaskUnit.objects.filter(task=OuterRef("pk"), role=TaskUnit.Role.LEAD)
        .order_by("id")
        .values("unit__name")[:1]
    )


def report_overdue(*, scope: ReportScope, limit: int | None = OVERDUE_LIST_LIMIT) -> dict:
    """Overdue tasks: counts by age bracket, and the oldest ones (``limit``; None for all)."""
    today = scope.today
    overdue = report_tasks(scope=scope).filter(overdue_q(today=today))
    brackets = {}
    upper = None
    for days in OVERDUE_AGE_BRACKETS:
        condition = Q(due_date__lt=today - dt.timedelta(days=days))
        if upper is not None:
            condition &= Q(due_date__gte=today - dt.timedelta(days=upper))
        brackets[f"b{days}"] = Count("pk", filter=condition)
        upper = days
    counts = overdue.aggregate(total=Count("pk"), **brackets)
    rows = (
        overdue.annotate(lead_unit=_lead_unit_name())
        .select_related("meeting")
        .order_by("due_date", "pk")
    )
    if limit is not None:
        rows = rows[:limit]
    tasks = [
        {"task": task, "days": (today - task.due_date).days, "lead_unit": task.lead_unit}
        for task in rows
    ]
    return {
        "total": counts["total"],
        "brackets": [
            {"days": days, "upper": upper, "n": counts[f"b{days}"]}
            for days, upper in zip(
                OVERDUE_AGE_BRACKETS, (None, *OVERDUE_AGE_BRACKETS[:-1]), strict=True
            )
        ],
        "tasks": tasks,
    }


def report_directives(*, scope: ReportScope, limit: int | None = DIRECTIVE_TABLE_LIMIT):
    """Per directive: meetings citing it, tasks implementing it, the share of those done,
    first and last citation (date of the citing meeting, or of the task's meeting); the most
    cited first."""
    meetings = report_meetings(scope=scope)
    tasks = report_tasks(scope=scope)
    citations = Citation.objects.filter(
        Q(meeting__in=meetings.values("pk")) | Q(task__in=tasks.values("pk"))
    )
    if scope.directive is not None:
        citations = citations.filter(directive=scope.directive)
    cited_on = Coalesce("meeting__start_date", "task__meeting__start_date")
    rows = (
        citations.values("directive_id", "directive__code", "directive__label", "directive__issued")
        .annotate(
            meetings=Count("meeting", distinct=True),
            tasks=Count("task", distinct=True),
            done=Count("task", filter=Q(task__status=Task.Status.DONE), distinct=True),
            first=Min(cited_on),
            last=Max(cited_on),
        )
        .annotate(activity=F("meetings") + F("tasks"))
        .order_by("-activity", "-last", "directive_id")
    )
    if limit is not None:
        rows = rows[:limit]
    return [
        {
            "directive_id": r["directive_id"],
            "name": r["directive__code"] or r["directive__label"],
            "label": r["directive__label"],
            "issued": r["directive__issued"],
            "meetings": r["meetings"],
            "tasks": r["tasks"],
            "done": r["done"],
            "share_done": (r["done"] / r["tasks"]) if r["tasks"] else None,
            "first": r["first"],
            "last": r["last"],
        }
        for r in rows
    ]


def report_meetings_by_month(*, scope: ReportScope) -> list[dict]:
    """Meetings per month and kind: ``[{"month": date, "kinds": {kind: n}}]``, in order."""
    rows = (
        report_meetings(scope=scope)
        .filter(start_date__isnull=False)
        .annotate(month=TruncMonth("start_date"))
        .values("month", "kind")
        .annotate(n=Count("pk"))
        .order_by("month")
    )
    months: dict[dt.date, dict] = {}
    for row in rows:
        month = row["month"]
        if isinstance(month, dt.datetime):
            month = month.date()
        months.setdefault(month, {})[row["kind"]] = row["n"]
    return [{"month": m, "kinds": kinds} for m, kinds in sorted(months.items())]


def report_directive_timeline(*, directive: Directive, scope: ReportScope) -> dict:
    """A directive's life: citing meetings and implementing tasks by month, the latest
    citing meetings, the task states, the directives it relates to."""
    scope = ReportScope(
        start=scope.start, end=scope.end, unit=scope.unit, unit_ids=scope.unit_ids,
        directive=directive, today=scope.today,
    )  # fmt: skip
    meetings = report_meetings(scope=scope)
    tasks = report_tasks(scope=scope)
    by_month: dict[dt.date, dict] = {}
    meeting_months = (
        meetings.filter(start_date__isnull=False)
        .annotate(month=TruncMonth("start_date"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    task_months = (
        tasks.filter(meeting__start_date__isnull=False)
        .annotate(month=TruncMonth("meeting__start_date"))
        .values("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for key, rows in (("meetings", meeting_months), ("tasks", task_months)):
        for row in rows:
            month = row["month"]
            if isinstance(month, dt.datetime):
                month = month.date()
            by_month.setdefault(month, {"meetings": 0, "tasks": 0})[key] = row["n"]
    latest = list(
        meetings.select_related("host_unit").order_by("-start_date", "-pk")[:TIMELINE_LIMIT]
    )
    return {
        "months": [{"month": m, **v} for m, v in sorted(by_month.items())],
        "meetings": latest,
        "meeting_count": meetings.count(),
        "states": _state_counts(tasks, scope.today),
        "relations_out": list(directive.relations_out.select_related("target")),
        "relations_in": list(directive.relations_in.select_related("source")),
    }


def report_unit(*, unit: Unit, scope: ReportScope) -> dict:
    """What a unit (with its sub-units) hosted and led."""
    meetings = report_meetings(scope=scope)
    tasks = report_tasks(scope=scope)
    # led by the unit itself (its sub-units have their own rows in ``by_lead_unit``)
    led = tasks.filter(
        Exists(TaskUnit.objects.filter(task=OuterRef("pk"), unit=unit, role=TaskUnit.Role.LEAD))
    )
    kinds = dict(
        meetings.values_list("kind").annotate(n=Count("pk")).order_by().values_list("kind", "n")
    )
    return {
        "children": list(unit.children.order_by("name")),
        "meeting_kinds": [
            (label, kinds.get(value, 0))
            for value, label in Meeting.Kind.choices
            if kinds.get(value)
        ],  # fmt: skip
        "meeting_count": sum(kinds.values()),
        "meetings": list(
            meetings.select_related("host_unit").order_by("-start_date", "-pk")[:TIMELINE_LIMIT]
        ),
        "led_states": _state_counts(led, scope.today),
        "by_lead_unit": report_tasks_by_lead_unit(
            scope=scope, limit=LEAD_UNIT_TABLE_LIMIT, only_scope_units=True
        ),
    }
