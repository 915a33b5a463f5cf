"""The jobs of background imports: one per document, and a watch per run that brings back
the documents of a killed worker."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from reports.jobs.framework import enqueue_with_transaction, task


@task()
def import_item_job(item_id: int) -> str:
    """Import one document of a run (its outcome is on the item, not in the task's result)."""
    from reports.services.import_runs import import_item_process

    return import_item_process(item_id=item_id)


@task()
def import_run_watch_job(run_id: int) -> int:
    """Queue again the run's documents whose worker was lost; watch again while it is open."""
    from reports.services.import_runs import import_run_recover

    return import_run_recover(run_id=run_id)


def enqueue_items(item_ids: list[int]) -> None:
    ids = list(item_ids)

    def send():
        for item_id in ids:
            import_item_job.enqueue(item_id)

    enqueue_with_transaction(send)


def watch_later(run_id: int) -> None:
    """A watch job for the run, due when a document taken now would be past its lease."""
    due = timezone.now() + dt.timedelta(seconds=settings.IMPORT_ITEM_LEASE_SECONDS + 1)
    enqueue_with_transaction(lambda: import_run_watch_job.using(run_after=due).enqueue(run_id))
