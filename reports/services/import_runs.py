"""Background imports ("Lượt nhập"): a run of documents, each imported by its own job.

- A run keeps its files' bytes (workers on other machines cannot read this one's paths);
  each item's bytes are deleted once it is processed.
- An item is claimed by a conditional UPDATE (queued, or running past its lease), so two
  workers never import it at once, and a duplicate job is harmless.
- A claimed item holds a lease (``IMPORT_ITEM_LEASE_SECONDS``); the run's watch job, due
  after a lease, queues again the items still running past theirs.
- The document is loaded by the same loader as ``import_seeds`` (one transaction per
  document), and the item's outcome and the run's counters are written in that same
  transaction: a worker killed mid-document leaves nothing half-written, and the item is
  still "running"; once its lease has passed the watch job queues it again.
- A database error is retried once, then reported; a file that cannot be read is reported
  at once (reading the same bytes again gives the same answer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.utils import timezone

from reports.extraction import IntakeError
from reports.jobs.imports import enqueue_items, watch_later
from reports.loading import document_load
from reports.models import ImportRun, ImportRunItem
from reports.services.documents import document_extract, expand_paths, read_document

MAX_ATTEMPTS = 2  # the first try and one retry
Status = ImportRunItem.Status
_OPEN = (Status.QUEUED, Status.RUNNING)
_COUNTER = {
    Status.NEW: "new",
    Status.UNCHANGED: "unchanged",
    Status.REEXTRACTED: "reextracted",
    Status.FAILED: "failed",
    Status.SKIPPED: "skipped",
    Status.EXTRACTED: "extracted",
}


def _lease(now: dt.datetime) -> dt.datetime:
    return now + dt.timedelta(seconds=settings.IMPORT_ITEM_LEASE_SECONDS)


def import_run_create(
    *,
    files: Iterable[tuple[str, bytes]],
    unreadable: Iterable[tuple[str, str]] = (),
    started_by=None,
    source: str = ImportRun.Source.COMMAND,
    reextract: bool = False,
) -> ImportRun:
    """A run of ``files`` (name, bytes), their jobs queued with the transaction; the files
    that could not be read (name, reason) are in it as failed, so the run tells of them."""
    now = timezone.now()
    files, unreadable = list(files), list(unreadable)
    with transaction.atomic():
        run = ImportRun.objects.create(
            started_by=started_by,
            source=source,
            reextract=reextract,
            total=len(files) + len(unreadable),
            failed=len(unreadable),
            finished=None if files else now,
        )
        items = ImportRunItem.objects.bulk_create(
            ImportRunItem(run=run, position=position, file_name=name[:500], size=len(data),
                          content=data)
            for position, (name, data) in enumerate(files, 1)
        )  # fmt: skip
        ImportRunItem.objects.bulk_create(
            ImportRunItem(run=run, position=position, file_name=name[:500], size=0,
                          status=Status.FAILED, reason=reason, finished=now)
            for position, (name, reason) in enumerate(unreadable, len(files) + 1)
        )  # fmt: skip
        if items:
            enqueue_items([item.pk for item in items])
            watch_later(run.pk)
    return run


def import_run_from_paths(
    *, paths: Iterable[str], started_by=None, reextract: bool = False
) -> ImportRun:
    """A run of the files named or found under the folders named (``import_seeds
    --background``): their bytes are read now, into the run."""
    files, unreadable = [], []
    for path in expand_paths(list(paths)):
        try:
            files.append((path.name, read_document(path, max_bytes=settings.EXTRACTION_MAX_BYTES)))
        except IntakeError as exc:
            unreadable.append((path.name, str(exc)))
    return import_run_create(
        files=files, unreadable=unreadable, started_by=started_by, reextract=reextract
    )


def import_item_process(*, item_id: int, now: dt.datetime | None = None) -> str:
    """Import one item; returns its status, or "taken" when it is not this job's to do."""
    now = now or timezone.now()
    claimed = (
        ImportRunItem.objects.filter(pk=item_id)
        .filter(Q(status=Status.QUEUED) | Q(status=Status.RUNNING, lease_until__lt=now))
        .update(status=Status.RUNNING, lease_until=_lease(now), attempts=F("attempts") + 1)
    )
    if not claimed:
        return "taken"
    item = ImportRunItem.objects.select_related("run", "run__started_by").get(pk=item_id)
    run = item.run
    if run.cancelled is not None:
        return _finish(item, Status.SKIPPED, now=now)
    if item.attempts > MAX_ATTEMPTS:
        # claimed again after its lease twice: the worker died on it each time
        return _finish(item, Status.FAILED, now=now, reason="tiến trình xử lý dừng giữa chừng")
    if run.source == ImportRun.Source.UPLOAD:
        return _read_upload(item, now=now)
    try:
        extracted = document_extract(
            bytes(item.content), item.file_name, max_bytes=settings.EXTRACTION_MAX_BYTES
        )
    except IntakeError as exc:
        return _finish(item, Status.FAILED, now=now, reason=str(exc))
    try:
        with transaction.atomic():
            loaded = document_load(
                extracted,
                file_name=item.file_name,
                uploaded_by=run.started_by,
                reextract=run.reextract,
            )
            return _finish(item, Status(loaded.status), now=now, document=loaded.document)
    except (DatabaseError, ValueError) as exc:
        # the document's transaction rolled back: nothing of it was written
        if item.attempts < MAX_ATTEMPTS:
            ImportRunItem.objects.filter(pk=item.pk).update(status=Status.QUEUED, lease_until=None)
            enqueue_items([item.pk])
            return Status.QUEUED
        return _finish(item, Status.FAILED, now=now, reason=f"lỗi khi ghi vào cơ sở dữ liệu: {exc}")


def _read_upload(item, *, now) -> str:
    """An uploaded document is only read: staff see its preview and confirm it, as a small
    upload's (nothing is written to the records here)."""
    from reports.services.uploads import upload_read

    try:
        pending = upload_read(
            data=bytes(item.content),
            name=item.file_name,
            max_bytes=settings.UPLOAD_MAX_FILE_BYTES,
            max_ocr_pages=None,
        )
    except IntakeError as exc:
        return _finish(item, Status.FAILED, now=now, reason=str(exc))
    return _finish(item, Status.EXTRACTED, now=now, pending=pending.as_dict())


def _finish(item, status, *, now, reason: str = "", document=None, pending=None) -> str:
    """Record the item's outcome and count it in its run, which is finished with its last
    item. The run's row is locked first, so two workers finishing the last two items see
    each other's."""
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=item.run_id)
        ImportRunItem.objects.filter(pk=item.pk).update(
            status=status,
            reason=reason,
            content=None,
            document=document,
            pending=pending,
            finished=now,
            lease_until=None,
        )
        counter = _COUNTER[status]
        ImportRun.objects.filter(pk=run.pk).update(**{counter: F(counter) + 1})
        if not ImportRunItem.objects.filter(run=run, status__in=_OPEN).exists():
            ImportRun.objects.filter(pk=run.pk, finished__isnull=True).update(finished=now)
    return status


def import_run_cancel(*, run: ImportRun, now: dt.datetime | None = None) -> int:
    """Cancel ``run``: its documents not yet started are skipped (those being imported
    finish). Returns how many were skipped."""
    now = now or timezone.now()
    with transaction.atomic():
        run = ImportRun.objects.select_for_update().get(pk=run.pk)
        if run.finished is not None or run.cancelled is not None:
            return 0
        ImportRun.objects.filter(pk=run.pk).update(cancelled=now)
        skipped = ImportRunItem.objects.filter(run=run, status=Status.QUEUED).update(
            status=Status.SKIPPED, content=None, finished=now, lease_until=None
        )
        ImportRun.objects.filter(pk=run.pk).update(skipped=F("skipped") + skipped)
        if not ImportRunItem.objects.filter(run=run, status__in=_OPEN).exists():
            ImportRun.objects.filter(pk=run.pk).update(finished=now)
    return skipped


def import_run_recover(*, run_id: int, now: dt.datetime | None = None) -> int:
    """Queue again the run's items still "running" past their lease (their worker was
    killed: the document's transaction never committed); while the run is open, watch it
    again later. Returns how many were queued again."""
    now = now or timezone.now()
    with transaction.atomic():
        lost = list(
            ImportRunItem.objects.filter(
                run_id=run_id, status=Status.RUNNING, lease_until__lt=now
            ).values_list("pk", flat=True)
        )
        # the item stays "running" until a job claims it past its lease (attempts counted)
        enqueue_items(lost)
        if ImportRun.objects.filter(pk=run_id, finished__isnull=True).exists():
            watch_later(run_id)
    return len(lost)


def upload_run_pending(*, run: ImportRun) -> tuple[list[dict], list[tuple[str, str]]]:
    """An upload run's documents as read (``PendingDocument`` dicts, in upload order) and
    the files that could not be read, with their reason."""
    items = list(run.items.order_by("position"))
    read = [i.pending for i in items if i.status == Status.EXTRACTED and i.pending]
    failed = [(i.file_name, i.reason) for i in items if i.status == Status.FAILED]
    return read, failed


def import_runs_visible_to(user, queryset=None):
    """The runs ``user`` sees: their own; a superuser's, every run."""
    queryset = ImportRun.objects.all() if queryset is None else queryset
    if user is None or not user.is_active:
        return queryset.none()
    if user.is_superuser:
        return queryset
    return queryset.filter(started_by=user)
