"""Raising the version of the data the reports read (see ``reports.models.DataVersion``).

``post_save``/``post_delete`` receivers (``reports.signals``) call ``data_version_bump`` for
every save and delete of a report model, admin inlines and history reverts included; the
paths that write with ``bulk_create``/``bulk_update`` (which send no signal) call it
themselves."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.db.models import F

from reports.models import DataVersion

REPORTS = "reports"


def data_version_bump(*, name: str = REPORTS, using: str = "default") -> None:
    """Raise the version in the current transaction: readers see the new value when they
    see the new data (a concurrent writer waits on the row until this transaction ends)."""
    versions = DataVersion.objects.using(using)
    if versions.filter(name=name).update(value=F("value") + 1):
        return
    try:
        with transaction.atomic(using=using):
            versions.create(name=name, value=1)
    except IntegrityError:  # created meanwhile by another writer
        versions.filter(name=name).update(value=F("value") + 1)
