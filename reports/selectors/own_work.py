"""The unit's own work, for the admin index: what is overdue or due soon, what awaits
verification, what was imported this week, within what the user may see.

An account that sees every unit (superuser, "all units") gets the same figures per unit too.
A fixed number of queries whatever the number of units or tasks (a test counts them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils import timezone

from reports.models import Meeting, ReviewState, SourceDocument, Task
from reports.selectors import access
from reports.selectors.due import DueCounts, UnitDueCounts, due_counts, due_counts_by_unit


@dataclass(frozen=True)
class OwnWork:
    due: DueCounts
    tasks_to_review: int
    meetings_to_review: int
    imported_this_week: int
    week_start: dt.datetime
    # None for an account limited to its units (the figures above are theirs)
    by_unit: list[UnitDueCounts] | None


def week_start(*, today: dt.date) -> dt.datetime:
    """Monday 00:00 of ``today``'s week, in the site's time zone."""
    monday = today - dt.timedelta(days=today.weekday())
    return timezone.make_aware(dt.datetime.combine(monday, dt.time.min))


def own_work_for(*, user, today: dt.date) -> OwnWork:
    tasks = access.tasks_visible_to(user)
    since = week_start(today=today)
    return OwnWork(
        due=due_counts(tasks=tasks, today=today),
        tasks_to_review=tasks.filter(review_state=ReviewState.NEEDS_REVIEW).count(),
        meetings_to_review=access.meetings_visible_to(user, Meeting.objects.all())
        .filter(review_state=ReviewState.NEEDS_REVIEW)
        .count(),
        imported_this_week=access.documents_visible_to(user, SourceDocument.objects.all())
        .filter(imported_at__gte=since)
        .count(),
        week_start=since,
        by_unit=(
            due_counts_by_unit(tasks=Task.objects.all(), today=today)
            if access.sees_everything(user)
            else None
        ),
    )
