"""Running the queued jobs inside a test, on whichever queue the settings chose.

- Database queue (default): what ``manage.py db_worker --batch`` does, every job queued then
  exit.
- Redis (``TASKS_BACKEND=rq``): what ``manage.py rqworker --burst`` does, in this process
  (an RQ ``SimpleWorker``, so the jobs use the test's own database connection and see its
  rows). A job is sent to Redis after its transaction commits; a test's transaction never
  commits, so the commit callbacks queued so far are run first, as a commit would run them.
"""

from __future__ import annotations

from unittest import mock

from django.conf import settings
from django.core.management import call_command
from django.db import transaction

ON_RQ = settings.TASKS_BACKEND == "rq"


def work() -> None:
    if ON_RQ:
        _work_rq()
    else:
        _work_db()


def _work_db() -> None:
    """Between jobs the worker closes a connection it finds in a transaction, as a
    request's end does; the test's own transaction must stay open (Django's test client
    keeps it the same way)."""
    from django_tasks_db.management.commands import db_worker

    with mock.patch.object(db_worker, "close_old_connections", lambda: None):
        call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def _commit_callbacks() -> bool:
    connection = transaction.get_connection()
    ran = False
    while connection.run_on_commit:  # a callback may queue another
        pending, connection.run_on_commit = connection.run_on_commit, []
        for _savepoints, callback, _robust in pending:
            callback()
            ran = True
    return ran


def _work_rq() -> None:
    import django_rq
    from django_tasks_rq import Job
    from rq import SimpleWorker

    while True:
        _commit_callbacks()
        worker = django_rq.get_worker("default", worker_class=SimpleWorker, job_class=Job)
        worker.work(burst=True, with_scheduler=False)
        if not _commit_callbacks() and not django_rq.get_queue("default").count:
            return


def queue_empty() -> None:
    """Start from an empty queue (Redis keeps its queue across tests; the database queue is
    rolled back with each test)."""
    if ON_RQ:
        import django_rq

        django_rq.get_connection("default").flushdb()
