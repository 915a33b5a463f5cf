"""What the read-only API reads: the admin's scope (``reports.selectors.access``) narrowed by
the API's filters, with what a page shows fetched in a fixed number of queries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from reports.models import Citation, Directive, Meeting, Task, TaskUnit, TaskUpdate, Unit
from reports.selectors import access
from reports.selectors.tasks import overdue_q, tasks_filter


def api_tasks(
    *,
    user,
    unit_ids: Iterable[int] = (),
    statuses: Iterable[str] = (),
    overdue: bool | None = None,
    due_from: dt.date | None = None,
    due_to: dt.date | None = None,
    directive_ids: Iterable[int] = (),
    period: str = "",
    meeting_id: int | None = None,
    today: dt.date | None = None,
) -> QuerySet[Task]:
    """The tasks ``user`` sees in the admin, filtered: a unit matches whatever its role; the
    due range is inclusive; ``period`` is a part of the task's period as written."""
    queryset = tasks_filter(
        queryset=access.tasks_visible_to(user),
        statuses=statuses,
        unit_ids=unit_ids,
        since=due_from,
        until=due_to,
        directive_ids=directive_ids,
    )
    if overdue is not None:
        condition = overdue_q(today=today)
        queryset = queryset.filter(condition) if overdue else queryset.exclude(condition)
    if period:
        queryset = queryset.filter(period_label__icontains=period)
    if meeting_id is not None:
        queryset = queryset.filter(meeting_id=meeting_id)
    return queryset


def api_tasks_for_page(queryset: QuerySet[Task]) -> QuerySet[Task]:
    """What a page of tasks shows, joined or prefetched: the meeting, the units' roles, the
    directives cited and the latest progress note (two subqueries of the page's rows)."""
    latest = TaskUpdate.objects.filter(task=OuterRef("pk")).order_by("-date", "-id")
    roles = TaskUnit.objects.select_related("unit").order_by("id")
    citations = Citation.objects.select_related("directive").order_by("id")
    return (
        queryset.select_related("meeting")
        .annotate(
            latest_update_date=Subquery(latest.values("date")[:1]),
            latest_update_note=Subquery(latest.values("note")[:1]),
        )
        .prefetch_related(
            Prefetch("task_units", queryset=roles, to_attr="api_roles"),
            Prefetch("citations", queryset=citations, to_attr="api_citations"),
        )
    )


def api_meetings(
    *,
    user,
    host_unit_ids: Iterable[int] = (),
    start_from: dt.date | None = None,
    start_to: dt.date | None = None,
    kinds: Iterable[str] = (),
) -> QuerySet[Meeting]:
    queryset = access.meetings_visible_to(user).select_related("host_unit")
    host_unit_ids, kinds = list(host_unit_ids), list(kinds)
    if host_unit_ids:
        queryset = queryset.filter(host_unit_id__in=host_unit_ids)
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    if start_from is not None:
        queryset = queryset.filter(start_date__gte=start_from)
    if start_to is not None:
        queryset = queryset.filter(start_date__lte=start_to)
    return queryset


def api_directives(*, user, code: str = "") -> QuerySet[Directive]:
    queryset = access.visible_to(user, Directive.objects.select_related("issuing_body"))
    if code:
        queryset = queryset.filter(code__iexact=code.strip())
    return queryset


def api_units(*, user, parent_id: int | None = None) -> QuerySet[Unit]:
    queryset = access.visible_to(user, Unit.objects.all())
    if parent_id is not None:
        queryset = queryset.filter(parent_id=parent_id)
    return queryset
