"""Background imports: queued by ``import_seeds --background``, done by ``db_worker
--batch``, with progress, failures and their reasons, cancel, one retry, and the documents of
a killed worker imported again with nothing half-written."""

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from reports.models import ImportRun, ImportRunItem, Meeting, SourceDocument, Task
from reports.services import import_runs
from reports.services.import_runs import (
    import_item_process,
    import_run_cancel,
    import_run_create,
    import_run_recover,
)
from tests.jobs.worker import work

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
Status = ImportRunItem.Status
pytestmark = pytest.mark.django_db


def _files(n=None):
    return [(p.name, p.read_bytes()) for p in SEEDS[:n]]


def test_background_import_of_the_seeds_is_done_by_the_worker():
    out = StringIO()
    call_command("import_seeds", "--background", str(ROOT / "seeds"), stdout=out)
    run_id = int(out.getvalue().strip().splitlines()[-1])
    run = ImportRun.objects.get(pk=run_id)
    # queued, not imported: the command returned at once
    assert run.total == len(list((ROOT / "seeds").iterdir())) and run.done == 0
    assert not SourceDocument.objects.exists()
    assert all(item.content for item in run.items.all())
    work()
    run.refresh_from_db()
    assert run.finished is not None
    assert (run.done, run.failed) == (run.total, 0)
    assert run.new == SourceDocument.objects.count() == len(SEEDS)
    assert Meeting.objects.exists() and Task.objects.exists()
    # the files' bytes are gone once imported; each item links its document
    assert not run.items.filter(content__isnull=False).exists()
    assert set(run.items.values_list("document__file_name", flat=True)) == {p.name for p in SEEDS}
    # again: every document unchanged
    call_command("import_seeds", "--background", str(ROOT / "seeds"), stdout=StringIO())
    work()
    again = ImportRun.objects.latest("id")
    assert (again.unchanged, again.new, again.finished is not None) == (len(SEEDS), 0, True)


def test_unreadable_files_are_in_the_run_with_their_reason(tmp_path):
    (tmp_path / "rong.txt").write_bytes(b"")
    (tmp_path / "anh.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 50)
    out = StringIO()
    call_command("import_seeds", "--background", str(tmp_path), str(SEEDS[0]), stdout=out)
    work()
    run = ImportRun.objects.get()
    assert (run.total, run.new, run.failed, run.finished is not None) == (3, 1, 2, True)
    failed = run.items.filter(status=Status.FAILED)
    assert {i.file_name for i in failed} == {"rong.txt", "anh.png"}
    assert all(i.reason for i in failed)


def test_a_database_error_is_retried_once(monkeypatch):
    real = import_runs.document_load
    calls = []

    def flaky(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseError("database is locked")
        return real(*args, **kwargs)

    monkeypatch.setattr(import_runs, "document_load", flaky)
    run = import_run_create(files=_files(1))
    work()
    item = run.items.get()
    assert (item.status, item.attempts, len(calls)) == (Status.NEW, 2, 2)
    run.refresh_from_db()
    assert (run.new, run.failed) == (1, 0)


def test_a_document_failing_twice_is_reported_with_its_reason(monkeypatch):
    def broken(*args, **kwargs):
        raise DatabaseError("value too long for type character varying(300)")

    monkeypatch.setattr(import_runs, "document_load", broken)
    run = import_run_create(files=_files(2))
    work()
    run.refresh_from_db()
    assert (run.failed, run.finished is not None) == (2, True)
    for item in run.items.all():
        assert item.attempts == 2
        assert "value too long" in item.reason
    assert not SourceDocument.objects.exists()


def test_cancel_skips_what_is_not_started():
    run = import_run_create(files=_files(3))
    first = run.items.get(position=1)
    assert import_item_process(item_id=first.pk) == Status.NEW
    assert import_run_cancel(run=run) == 2
    work()  # the queued jobs find their items skipped
    run.refresh_from_db()
    assert (run.new, run.skipped, run.done, run.total) == (1, 2, 3, 3)
    assert run.cancelled is not None and run.finished is not None
    assert SourceDocument.objects.count() == 1
    assert not run.items.filter(content__isnull=False).exists()


@pytest.mark.db_queue
def test_a_worker_killed_mid_document_leaves_nothing_and_the_run_resumes():
    run = import_run_create(files=_files(3))
    done = run.items.get(position=1)
    import_item_process(item_id=done.pk)
    # a worker claimed the second document and was killed before its transaction committed:
    # the item is left "running" with its lease, its job "running" in the queue, and no row
    # of the document was written
    killed_at = timezone.now() - dt.timedelta(hours=1)
    lost = run.items.get(position=2)
    ImportRunItem.objects.filter(pk=lost.pk).update(
        status=Status.RUNNING, attempts=1, lease_until=killed_at + dt.timedelta(minutes=10)
    )
    job = DBTaskResult.objects.filter(args_kwargs__args=[lost.pk]).get()
    DBTaskResult.objects.filter(pk=job.pk).update(status="RUNNING")
    work()  # another worker: the third document; the lost one is not its to take yet
    lost.refresh_from_db()
    assert lost.status == Status.RUNNING
    assert SourceDocument.objects.count() == 2
    run.refresh_from_db()
    assert run.finished is None
    # the run's watch, due after a lease, queues it again
    assert import_run_recover(run_id=run.pk) == 1
    work()
    lost.refresh_from_db()
    run.refresh_from_db()
    assert (lost.status, lost.attempts) == (Status.NEW, 2)
    assert (run.new, run.done, run.finished is not None) == (3, 3, True)
    assert SourceDocument.objects.count() == 3


def test_an_item_is_imported_once_whatever_the_duplicate_jobs():
    run = import_run_create(files=_files(1))
    item = run.items.get()
    # a worker holds it (lease not passed): another job for it does nothing
    ImportRunItem.objects.filter(pk=item.pk).update(
        status=Status.RUNNING, attempts=1, lease_until=timezone.now() + dt.timedelta(minutes=5)
    )
    assert import_item_process(item_id=item.pk) == "taken"
    ImportRunItem.objects.filter(pk=item.pk).update(status=Status.QUEUED)
    assert import_item_process(item_id=item.pk) == Status.NEW
    assert import_item_process(item_id=item.pk) == "taken"
    run.refresh_from_db()
    assert (run.new, run.done) == (1, 1)
    assert SourceDocument.objects.count() == 1


def test_a_worker_dying_twice_on_a_document_reports_it():
    run = import_run_create(files=_files(1))
    item = run.items.get()
    past = timezone.now() - dt.timedelta(minutes=1)
    ImportRunItem.objects.filter(pk=item.pk).update(
        status=Status.RUNNING, attempts=2, lease_until=past
    )
    assert import_item_process(item_id=item.pk) == Status.FAILED
    item.refresh_from_db()
    assert "dừng giữa chừng" in item.reason
    assert not SourceDocument.objects.exists()


def test_the_framework_is_imported_in_one_module():
    sources = [p for p in (ROOT / "reports").rglob("*.py") if "migrations" not in p.parts]
    importing = {
        p.relative_to(ROOT).as_posix()
        for p in sources
        if "from django_tasks " in p.read_text() or "import django_tasks\n" in p.read_text()
    }
    assert importing == {"reports/jobs/framework.py"}
