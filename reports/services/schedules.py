"""Jobs at set times on the task framework, which has none: a job queued for its time
(``run_after``) queues the next one when it runs. A row per job (``JobSchedule``) holds the
next time: a job whose time is not that row's is a stray duplicate and does nothing, so the
chain stays one however often it is ensured.

The reminders digest runs daily at ``REMINDERS_HOUR`` (local time). ``schedule_jobs``
(``make run`` calls it; run it once after a deployment) starts the chain, and starts it again
if it was lost (its time long past). Where no worker runs, cron runs ``send_reminders``
instead (README); both share the reminders' per-person-per-day log, so they never both send.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from reports.jobs.reminders import enqueue_reminders
from reports.models import JobSchedule

REMINDERS = "reminders"
# a chain this late is taken for lost (its job deleted, its worker gone) and queued again
LOST_AFTER = dt.timedelta(hours=2)


def next_daily_time(*, after: dt.datetime, hour: int) -> dt.datetime:
    """The first ``hour``:00 local time strictly after ``after``."""
    local = timezone.localtime(after)
    candidate = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if candidate <= local:
        candidate += dt.timedelta(days=1)
    return candidate


def schedule_ensure(*, now: dt.datetime | None = None) -> JobSchedule:
    """Make sure the reminders chain exists: queue its first job, or queue it again when its
    time is long past (lost)."""
    now = now or timezone.now()
    with transaction.atomic():
        schedule = JobSchedule.objects.select_for_update().filter(name=REMINDERS).first()
        if schedule is None:
            due = next_daily_time(after=now, hour=settings.REMINDERS_HOUR)
            schedule = JobSchedule.objects.create(name=REMINDERS, next_run=due)
            enqueue_reminders(due=due)
        elif schedule.next_run < now - LOST_AFTER:
            enqueue_reminders(due=schedule.next_run)
    return schedule


def reminders_scheduled_run(*, due: str, now: dt.datetime | None = None) -> str:
    """The run due at ``due``: claims it (advancing the next time, queuing the next job),
    then sends. A job for another time does nothing."""
    from reports.services.reminders import DEFAULT_DAYS, reminders_send

    now = now or timezone.now()
    with transaction.atomic():
        schedule = JobSchedule.objects.select_for_update().filter(name=REMINDERS).first()
        if schedule is None or schedule.next_run != dt.datetime.fromisoformat(due):
            return "not due"
        schedule.next_run = next_daily_time(after=now, hour=settings.REMINDERS_HOUR)
        schedule.last_run = now
        schedule.save(update_fields=["next_run", "last_run"])
        enqueue_reminders(due=schedule.next_run)
    # outside the claim: each digest commits with its own log row (reminders_send)
    result = reminders_send(today=timezone.localdate(now), days=DEFAULT_DAYS)
    summary = (
        f"gửi {len(result.sent)}, đã gửi trước {len(result.already_sent)}, lỗi {len(result.failed)}"
    )
    JobSchedule.objects.filter(name=REMINDERS).update(last_result=summary)
    return summary
