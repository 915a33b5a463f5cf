"""The daily reminders digest (``reports.services.reminders``) as a scheduled job."""

from __future__ import annotations

from reports.jobs.framework import enqueue_with_transaction, task


@task()
def reminders_daily_job(due: str) -> str:
    """Send the day's digests if this is the run due at ``due`` (ISO), and queue the next."""
    from reports.services.schedules import reminders_scheduled_run

    return reminders_scheduled_run(due=due)


def enqueue_reminders(*, due) -> None:
    enqueue_with_transaction(
        lambda: reminders_daily_job.using(run_after=due).enqueue(due.isoformat())
    )
