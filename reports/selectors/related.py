"""Previews of related records for the admin's cross-links: the first few and the total."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from reports.models import Citation, Directive, Meeting, Task, TaskUnit, Unit

PREVIEW_LIMIT = 20


@dataclass(frozen=True)
class Preview:
    items: list
    total: int


def preview(queryset: QuerySet, *, limit: int = PREVIEW_LIMIT) -> Preview:
    """At most ``limit`` rows and the total count: two queries however many rows there are."""
    items = list(queryset[:limit])
    total = len(items) if len(items) < limit else queryset.count()
    return Preview(items, total)


def unit_children(*, unit: Unit) -> QuerySet:
    return Unit.objects.filter(parent=unit).order_by("name")


def unit_meetings_hosted(*, unit: Unit) -> QuerySet:
    return Meeting.objects.filter(host_unit=unit).order_by("-start_date", "id")


def unit_tasks_led(*, unit: Unit) -> QuerySet:
    return (
        Task.objects.filter(task_units__unit=unit, task_units__role=TaskUnit.Role.LEAD)
        .distinct()
        .order_by("-due_date", "id")
    )


def meeting_tasks(*, meeting: Meeting) -> QuerySet:
    return Task.objects.filter(meeting=meeting).order_by("ordinal", "id")


def task_units_with_role(*, task: Task, role: str) -> QuerySet:
    return Unit.objects.filter(task_roles__task=task, task_roles__role=role).order_by("name")


def directive_citing_meetings(*, directive: Directive) -> QuerySet:
    return (
        Meeting.objects.filter(citations__directive=directive)
        .distinct()
        .order_by("-start_date", "id")
    )


def directive_citing_tasks(*, directive: Directive) -> QuerySet:
    return Task.objects.filter(citations__directive=directive).distinct().order_by("-id")


def directive_continues(*, directive: Directive) -> QuerySet:
    """The directives this one continues, implements, replaces or amends."""
    return Directive.objects.filter(relations_in__source=directive).distinct()


def directive_continued_by(*, directive: Directive) -> QuerySet:
    """The directives that continue, implement, replace or amend this one."""
    return Directive.objects.filter(relations_out__target=directive).distinct()


def citations_of(*, directive: Directive) -> QuerySet:
    return Citation.objects.filter(directive=directive).select_related("meeting", "task")


def person_meetings(*, person) -> QuerySet:
    return (
        Meeting.objects.filter(participations__person=person)
        .distinct()
        .order_by("-start_date", "id")
    )
