"""The one import of Django's task framework. On Django 6 it is ``django.tasks``: change this
module's import (and drop the ``django_tasks`` app from INSTALLED_APPS), nothing else.

The framework gives the queue, the workers and the results; runs, progress, cancelling,
retrying and resuming are ours (``reports.services.import_runs``), on top."""

from collections.abc import Callable

from django.db import transaction
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task, task_backends

__all__ = ["TaskResultStatus", "enqueue_with_transaction", "queue_in_database", "task"]


def enqueue_with_transaction(send: Callable[[], None]) -> None:
    """Run ``send`` (which enqueues jobs) as part of the current transaction: at once when
    the queue is in the same database (the jobs commit, or roll back, with the records they
    are about), after the commit otherwise (Redis: a worker must find the records)."""
    if queue_in_database():
        send()
    else:
        transaction.on_commit(send)


def queue_in_database() -> bool:
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    return type(backend).__module__.startswith("django_tasks_db")
