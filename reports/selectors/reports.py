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
from dataclasses import dataclass, field, replace

from django.db import connection
from django.db.models import (
    Count,
    Exists,
    F,
    FilteredRelation,
    Max,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import TruncMonth

from reports.models import Citation, Directive, Meeting, ReviewState, Task, TaskUnit, Unit
from reports.selectors.access import meeting_access_q, sees_everything, task_access_q
from reports.selectors.tasks import DeadlineState, done_late_q, done_on_time_q, overdue_q

OPEN_STATUSES = (Task.Status.NOT_STARTED, Task.Status.IN_PROGRESS)

# Age brackets of overdue tasks, in days past the due date (lower bounds, exclusive).
OVERDUE_AGE_BRACKETS = (180, 90, 30, 0)
OVERDUE_LIST_LIMIT = 50
DIRECTIVE_TABLE_LIMIT = 30
LEAD_UNIT_TABLE_LIMIT = 40
TIMELINE_LIMIT = 100
# The order of the states in tables and stacked bars: finished, then open, then cancelled.
UNLED_LABEL = "(chưa rõ đơn vị chủ trì)"
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
    # per-unit access (reports.selectors.access): the units the viewer sees, None for every
    # unit; and the viewer, whose own uploads they see too
    visible_unit_ids: frozenset[int] | None = None
    viewer_id: int | None = None


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
    if scope.visible_unit_ids is not None:
        meetings = meetings.filter(
            meeting_access_q(unit_ids=scope.visible_unit_ids, user=scope.viewer_id)
        )
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
    if scope.visible_unit_ids is not None:
        tasks = tasks.filter(task_access_q(unit_ids=scope.visible_unit_ids, user=scope.viewer_id))
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


def _state_conditions(today: dt.date, prefix: str = "") -> dict[str, Q]:
    """The deadline states as plain conditions (mutually exclusive), so that one scan counts
    them all with ``COUNT(...) FILTER (WHERE ...)``; the same rules as
    ``reports.selectors.tasks.deadline_state_expression``."""
    done_on_time, done_late, overdue = done_on_time_q(), done_late_q(), overdue_q(today=today)
    conditions = {
        DeadlineState.DONE_ON_TIME: done_on_time,
        DeadlineState.DONE_LATE: done_late,
        DeadlineState.DONE_UNDATED: Q(status=Task.Status.DONE)
        & (Q(due_date__isnull=True) | Q(completed_on__isnull=True)),
        DeadlineState.OVERDUE: overdue,
        DeadlineState.IN_TIME: Q(status__in=OPEN_STATUSES, due_date__gte=today),
        DeadlineState.NO_DEADLINE: Q(status__in=OPEN_STATUSES, due_date__isnull=True),
        DeadlineState.CANCELLED: Q(status=Task.Status.CANCELLED),
    }
    if not prefix:
        return conditions
    return {state: _prefixed(q, prefix) for state, q in conditions.items()}


def _prefixed(q: Q, prefix: str) -> Q:
    """``q`` with every lookup (and F() reference) seen from a related model."""
    result = Q(_connector=q.connector, _negated=q.negated)
    for child in q.children:
        if isinstance(child, Q):
            result.children.append(_prefixed(child, prefix))
        else:
            key, value = child
            if isinstance(value, F):
                value = F(prefix + value.name)
            result.children.append((prefix + key, value))
    return result


def _state_aggregates(today: dt.date, prefix: str = "", field_name: str = "pk") -> dict:
    return {
        f"state_{state}": Count(field_name, filter=condition)
        for state, condition in _state_conditions(today, prefix).items()
    }


def _states_from(row: dict) -> dict[str, int]:
    return {state: row[f"state_{state}"] for state in STATE_ORDER}


def _state_counts(tasks: QuerySet[Task], today: dt.date) -> dict[str, int]:
    return _states_from(tasks.aggregate(**_state_aggregates(today)))


def _overdue_bracket_aggregates(today: dt.date) -> dict:
    """Overdue tasks per age bracket (``b180``: over 180 days...), as filtered counts."""
    aggregates, upper = {}, None
    for days in OVERDUE_AGE_BRACKETS:
        condition = overdue_q(today=today) & Q(due_date__lt=today - dt.timedelta(days=days))
        if upper is not None:
            condition &= Q(due_date__gte=today - dt.timedelta(days=upper))
        aggregates[f"b{days}"] = Count("pk", filter=condition)
        upper = days
    return aggregates


def report_headline(*, scope: ReportScope) -> dict:
    """Meetings, tasks, tasks per deadline state, tasks needing review, overdue tasks per age
    bracket: two queries (one scan of the tasks counts every figure)."""
    row = report_tasks(scope=scope).aggregate(
        tasks=Count("pk"),
        needs_review=Count("pk", filter=Q(review_state=ReviewState.NEEDS_REVIEW)),
        **_state_aggregates(scope.today),
        **_overdue_bracket_aggregates(scope.today),
    )
    states = _states_from(row)
    brackets = [
        {"days": days, "upper": upper, "n": row[f"b{days}"]}
        for days, upper in zip(
            OVERDUE_AGE_BRACKETS, (None, *OVERDUE_AGE_BRACKETS[:-1]), strict=True
        )
    ]
    return {
        "meetings": report_meetings(scope=scope).count(),
        "tasks": row["tasks"],
        "needs_review": row["needs_review"],
        "states": states,
        "open_in_time": states[DeadlineState.IN_TIME] + states[DeadlineState.NO_DEADLINE],
        "overdue": {"total": states[DeadlineState.OVERDUE], "brackets": brackets},
    }


def report_tasks_by_lead_unit(
    *, scope: ReportScope, limit: int | None = None, only_scope_units: bool = False
) -> list[dict]:
    """One row per lead unit (chủ trì) with its tasks per deadline state, busiest first, and a
    last row for tasks with no lead unit. A task with two lead units counts for each.
    ``only_scope_units``: only the units of the scope lead (a unit's own page)."""
    # tasks LEFT JOIN their lead rows: one scan gives every lead unit and, under NULL, the
    # tasks with none
    lead_condition = Q(task_units__role=TaskUnit.Role.LEAD)
    if only_scope_units and scope.unit_ids is not None:
        lead_condition &= Q(task_units__unit_id__in=scope.unit_ids)
    rows = list(
        report_tasks(scope=scope)
        .alias(lead=FilteredRelation("task_units", condition=lead_condition))
        .values("lead__unit_id")
        .annotate(total=Count("pk"), **_state_aggregates(scope.today))
        .order_by()
    )
    names = dict(
        Unit.objects.filter(pk__in=[r["lead__unit_id"] for r in rows]).values_list("pk", "name")
    )
    result, unled = [], None
    for r in rows:
        entry = {
            "unit_id": r["lead__unit_id"],
            "name": names.get(r["lead__unit_id"], UNLED_LABEL),
            "states": _states_from(r),
            "total": r["total"],
        }
        if entry["unit_id"] is None:
            unled = entry
        else:
            result.append(entry)
    result.sort(key=lambda e: (-e["total"], e["name"]))
    if limit is not None:
        result = result[:limit]
    if unled is not None and not only_scope_units:
        result.append(unled)
    return result


def _lead_unit_name():
    return Subquery(
        TaskUnit.objects.filter(task=OuterRef("pk"), role=TaskUnit.Role.LEAD)
        .order_by("id")
        .values("unit__name")[:1]
    )


def report_overdue(
    *, scope: ReportScope, limit: int | None = OVERDUE_LIST_LIMIT, headline: dict | None = None
) -> dict:
    """Overdue tasks: counts by age bracket, and the oldest ones (``limit``; None for all).
    ``headline``: the scope's ``report_headline``, whose scan counted the brackets already."""
    today = scope.today
    counts = (headline or report_headline(scope=scope))["overdue"]
    tasks = []
    if limit != 0:
        rows = (
            report_tasks(scope=scope)
            .filter(overdue_q(today=today))
            .annotate(lead_unit=_lead_unit_name())
            .select_related("meeting")
            .order_by("due_date", "pk")
        )
        if limit is not None:
            rows = rows[:limit]
        tasks = [
            {"task": task, "days": (today - task.due_date).days, "lead_unit": task.lead_unit}
            for task in rows
        ]
    return {**counts, "tasks": tasks}


def report_directives(*, scope: ReportScope, limit: int | None = DIRECTIVE_TABLE_LIMIT):
    """Per directive: meetings citing it, tasks implementing it, the share of those done,
    first and last citation (date of the citing meeting, or of the task's meeting); the most
    cited first. Two grouped queries (meeting citations, task citations), merged here."""
    # the viewer alone filters nothing when they see every unit: no subquery then
    unfiltered = scope == ReportScope(today=scope.today, viewer_id=scope.viewer_id)
    meeting_citations = Citation.objects.filter(meeting__isnull=False)
    task_citations = Citation.objects.filter(task__isnull=False)
    if not unfiltered:
        meeting_citations = meeting_citations.filter(
            meeting__in=report_meetings(scope=scope).values("pk")
        )
        task_citations = task_citations.filter(task__in=report_tasks(scope=scope).values("pk"))
    if scope.directive is not None:
        meeting_citations = meeting_citations.filter(directive=scope.directive)
        task_citations = task_citations.filter(directive=scope.directive)
    by_directive: dict[int, dict] = {}

    def entry(directive_id):
        return by_directive.setdefault(
            directive_id,
            {"directive_id": directive_id, "meetings": 0, "tasks": 0, "done": 0, "dates": []},
        )

    for row in (
        meeting_citations.values("directive_id")
        .annotate(
            n=Count("meeting", distinct=True),
            first=Min("meeting__start_date"),
            last=Max("meeting__start_date"),
        )
        .order_by()
    ):
        e = entry(row["directive_id"])
        e["meetings"] = row["n"]
        e["dates"] += [row["first"], row["last"]]
    # one citation per (directive, task): no DISTINCT needed
    for row in (
        task_citations.values("directive_id")
        .annotate(
            n=Count("pk"),
            done=Count("pk", filter=Q(task__status=Task.Status.DONE)),
            first=Min("task__meeting__start_date"),
            last=Max("task__meeting__start_date"),
        )
        .order_by()
    ):
        e = entry(row["directive_id"])
        e["tasks"], e["done"] = row["n"], row["done"]
        e["dates"] += [row["first"], row["last"]]
    ranked = sorted(
        by_directive.values(),
        key=lambda e: (
            -(e["meetings"] + e["tasks"]),
            -max((d.toordinal() for d in e["dates"] if d), default=0),
            e["directive_id"],
        ),
    )
    if limit is not None:
        ranked = ranked[:limit]
    directives = Directive.objects.only("code", "label", "issued").in_bulk(
        [e["directive_id"] for e in ranked]
    )
    result = []
    for e in ranked:
        directive = directives[e["directive_id"]]
        dates = [d for d in e["dates"] if d]
        result.append(
            {
                "directive_id": e["directive_id"],
                "name": directive.code or directive.label,
                "label": directive.label,
                "issued": directive.issued,
                "meetings": e["meetings"],
                "tasks": e["tasks"],
                "done": e["done"],
                "share_done": (e["done"] / e["tasks"]) if e["tasks"] else None,
                "first": min(dates, default=None),
                "last": max(dates, default=None),
            }
        )
    return result


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


def report_directive_timeline(
    *, directive: Directive, scope: ReportScope, limit: int | None = TIMELINE_LIMIT
) -> dict:
    """A directive's life: citing meetings and implementing tasks by month, the latest
    citing meetings, the task states, the directives it relates to."""
    scope = replace(scope, directive=directive)
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
    latest = _latest(meetings, limit)
    return {
        "months": [{"month": m, **v} for m, v in sorted(by_month.items())],
        "meetings": latest,
        "meeting_count": meetings.count(),
        "states": _state_counts(tasks, scope.today),
        "relations_out": list(directive.relations_out.select_related("target")),
        "relations_in": list(directive.relations_in.select_related("source")),
    }


def _latest(meetings: QuerySet[Meeting], limit: int | None) -> list[Meeting]:
    latest = meetings.select_related("host_unit").order_by("-start_date", "-pk")
    return list(latest if limit is None else latest[:limit])


def report_unit(*, unit: Unit, scope: ReportScope, limit: int | None = TIMELINE_LIMIT) -> dict:
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
        "meetings": _latest(meetings, limit),
        "led_states": _state_counts(led, scope.today),
        "by_lead_unit": report_tasks_by_lead_unit(
            scope=scope, limit=LEAD_UNIT_TABLE_LIMIT, only_scope_units=True
        ),
    }


def report_unit_choices() -> QuerySet[Unit]:
    """The units a report can be narrowed to: those that take part in a task or host a
    meeting, and the units above them (a province whose boards own the work), not every
    unit an extractor has met in a document. Two queries, whatever the number of tasks."""
    owners = set(
        Unit.objects.filter(
            Q(Exists(TaskUnit.objects.filter(unit=OuterRef("pk"))))
            | Q(Exists(Meeting.objects.filter(host_unit=OuterRef("pk"))))
        ).values_list("pk", flat=True)
    )
    parents = dict(Unit.objects.filter(parent__isnull=False).values_list("pk", "parent_id"))
    chosen = set()
    for pk in owners:
        while pk is not None and pk not in chosen:  # stops at a cycle too
            chosen.add(pk)
            pk = parents.get(pk)
    return Unit.objects.filter(pk__in=sorted(chosen)).order_by("name").only("pk", "name")


def report_unit_label(*, unit: Unit | None, user) -> str:
    """Whose figures a printed report carries: the unit chosen, else the units of the
    viewer's profile, else every unit (a superuser or an all-units account)."""
    if unit is not None:
        return unit.name
    if sees_everything(user):
        return "Tất cả đơn vị"
    names = list(
        Unit.objects.filter(staff_profiles__user=user)
        .order_by("name")
        .values_list("name", flat=True)
    )
    return "; ".join(names) or "(chưa được giao đơn vị)"
