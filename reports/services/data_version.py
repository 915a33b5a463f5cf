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

from collections.abc import Callable

from django.db import IntegrityError, transaction
from django.db.models import F

from reports.models import DataVersion

REPORTS = "reports"

# one callback per (counter, database), so that a transaction queues it once however many
# rows it writes (a cascading delete sends thousands of signals)
_raisers: dict[tuple[str, str], Callable[[], None]] = {}


def data_version_bump(*, name: str = REPORTS, using: str = "default") -> None:
    """Raise the version when the current transaction commits (at once outside one); a
    rolled-back transaction raises nothing."""
    raiser = _raisers.get((name, using))
    if raiser is None:
        raiser = _raisers[name, using] = lambda: _raise_now(name=name, using=using)
    connection = transaction.get_connection(using)
    if any(func is raiser for _sids, func, _robust in connection.run_on_commit):
        return
    # robust: the data is committed by then; a failure to raise the counter is logged (the
    # cached figures then expire after REPORTS_CACHE_SECONDS) rather than shown as an error
    transaction.on_commit(raiser, using=using, robust=True)


def _raise_now(*, name: str, using: str) -> None:
    versions = DataVersion.objects.using(using)
    if versions.filter(name=name).update(value=F("value") + 1):
        return
    try:
        with transaction.atomic(using=using):
            versions.create(name=name, value=1)
    except IntegrityError:  # created meanwhile by another writer
        versions.filter(name=name).update(value=F("value") + 1)
