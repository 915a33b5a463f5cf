"""Raising the version of the data the reports read (see ``reports.models.DataVersion``).

``post_save``/``post_delete`` receivers (``reports.signals``) call ``data_version_bump`` for
every save and delete of a report model, admin inlines and history reverts included; the
paths that write with ``bulk_create``/``bulk_update`` (which send no signal) call it
themselves.

The counter is raised once the writing transaction has committed, in a statement of its own:
raising it inside the transaction would hold a lock on its row until the commit, making
every writer wait for every other (and two writers that also wait on each other's rows
deadlock). Raised after the commit, a reader can at worst cache figures computed from the new
data under the old version, which no one reads any more once the counter has moved; figures
from the old data are never kept under the new one."""

from __future__ import annotations

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import F

from reports.models import DataVersion

REPORTS = "reports"


@dataclass
class _Raise:
    """One pending raise of one counter. Every write queues its own commit callback holding
    the pending raise of its transaction; the first callback run at the commit raises the
    counter and the others, finding it done, do nothing. So a transaction raises the counter
    once however many rows it writes (a cascading delete sends thousands of signals), and no
    write depends on a callback queued before it: whichever of a transaction's callbacks runs,
    the counter rises (a savepoint rolled back drops its own callbacks, not the others')."""

    name: str
    using: str
    done: bool = False

    def run(self) -> None:
        if self.done:
            return
        self.done = True
        _raise_now(name=self.name, using=self.using)


def data_version_bump(*, name: str = REPORTS, using: str = "default") -> None:
    """Raise the version when the current transaction commits (at once outside one); a
    rolled-back transaction raises nothing."""
    connection = transaction.get_connection(using)
    # kept on the connection, which is the thread's own: another thread's commit must not
    # mark this transaction's raise done
    pending_by_name = connection.__dict__.setdefault("reports_pending_raises", {})
    pending = pending_by_name.get(name)
    if pending is None or pending.done:
        pending = pending_by_name[name] = _Raise(name=name, using=using)
    # robust: the data is committed by then; a failure to raise the counter is logged (the
    # cached figures then expire after REPORTS_CACHE_SECONDS) rather than shown as an error
    transaction.on_commit(pending.run, using=using, robust=True)


def _raise_now(*, name: str, using: str) -> None:
    versions = DataVersion.objects.using(using)
    if versions.filter(name=name).update(value=F("value") + 1):
        return
    try:
        with transaction.atomic(using=using):
            versions.create(name=name, value=1)
    except IntegrityError:  # created meanwhile by another writer
        versions.filter(name=name).update(value=F("value") + 1)
