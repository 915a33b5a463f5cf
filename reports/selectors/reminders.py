"""Reading for the e-mail reminders: who gets a digest, what is in it, and which sent
digests an admin user may see.

A digest covers the units of the person's staff profile and their sub-units (every unit for
"all units"); a superuser without a profile gets none. Overdue and due-soon are the
definitions of ``reports.selectors.due``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet

from reports.models import ReminderLog, StaffProfile, Task, TaskUnit, Unit
from reports.selectors import access
from reports.selectors.due import due_within_q, overdue_q


def reminder_recipients() -> QuerySet:
    """Active accounts with an e-mail address and a staff profile that names units."""
    profiles = StaffProfile.objects.filter(user=OuterRef("pk")).filter(
        Q(all_units=True) | Q(units__isnull=False)
    )
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Exists(profiles))
        .select_related("staff_profile")
        .order_by("pk")
    )


def digest_unit_ids(*, user) -> frozenset[int] | None:
    """The units a person's digest covers (with sub-units); None: every unit."""
    profile = user.staff_profile
    if profile.all_units:
        return None
    return access.units_with_descendants(unit_ids=profile.units.values_list("pk", flat=True))


@dataclass(frozen=True)
class DigestTask:
    task: Task
    overdue: bool
    lead_units: tuple[Unit, ...]


@dataclass(frozen=True)
class DigestGroup:
    unit: Unit | None
    tasks: tuple[DigestTask, ...]


@dataclass(frozen=True)
class Digest:
    groups: tuple[DigestGroup, ...]
    overdue_count: int
    due_count: int

    @property
    def empty(self) -> bool:
        return not self.groups


def digest_for(*, user, today: dt.date, days: int) -> Digest:
    """The person's tasks overdue or due within ``days``, grouped by unit: each task once,
    under its lead unit when the digest covers it, else under the first unit covered."""
    unit_ids = digest_unit_ids(user=user)
    tasks = Task.objects.filter(overdue_q(today=today) | due_within_q(today=today, days=days))
    if unit_ids is not None:
        tasks = tasks.filter(access.task_access_q(unit_ids=unit_ids))
    roles = TaskUnit.objects.select_related("unit").order_by("role", "unit__name")
    tasks = (
        tasks.select_related("meeting__host_unit")
        .prefetch_related(Prefetch("task_units", queryset=roles, to_attr="roles"))
        .order_by("due_date", "pk")
    )
    grouped: dict[int | None, list[DigestTask]] = {}
    units: dict[int | None, Unit | None] = {None: None}
    overdue = 0
    for task in tasks:
        unit = _group_unit(task, unit_ids)
        key = unit.pk if unit is not None else None
        units[key] = unit
        is_overdue = task.due_date < today
        overdue += is_overdue
        leads = tuple(r.unit for r in task.roles if r.role == TaskUnit.Role.LEAD)
        grouped.setdefault(key, []).append(
            DigestTask(task=task, overdue=is_overdue, lead_units=leads)
        )
    order = sorted(grouped, key=lambda key: (key is None, str(units[key] or "")))
    groups = tuple(DigestGroup(unit=units[key], tasks=tuple(grouped[key])) for key in order)
    total = sum(len(g.tasks) for g in groups)
    return Digest(groups=groups, overdue_count=overdue, due_count=total - overdue)


def _group_unit(task: Task, unit_ids: frozenset[int] | None) -> Unit | None:
    def covered(unit: Unit) -> bool:
        return unit_ids is None or unit.pk in unit_ids

    for role in task.roles:  # ordered: chủ trì, được giao, phối hợp
        if role.role == TaskUnit.Role.LEAD and covered(role.unit):
            return role.unit
    for role in task.roles:
        if covered(role.unit):
            return role.unit
    return task.meeting.host_unit if task.meeting_id else None


def reminder_logs_visible_to(user, queryset: QuerySet[ReminderLog]) -> QuerySet[ReminderLog]:
    """Everything for those who see every unit; otherwise one's own digests and those of
    people whose profile names a unit one sees."""
    unit_ids = access.visible_unit_ids(user)
    if unit_ids is None:
        return queryset
    if not getattr(user, "is_authenticated", False):
        return queryset.none()
    shares_unit = StaffProfile.objects.filter(
        user=OuterRef("user"), all_units=False, units__in=list(unit_ids)
    )
    return queryset.filter(Q(user=user) | Exists(shares_unit))
