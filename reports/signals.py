"""Signal receivers: a save or delete of any model the reports read raises the data version,
so that cached report figures are recomputed (``reports.services.data_version``). A
receiver rather than calls in each writer because the writers are many (admin forms and
inlines, actions, imports, history reverts, cascading deletes) and a missed one would show
stale figures."""

from __future__ import annotations

from django.apps import apps
from django.db.models.signals import post_delete, post_save
from simple_history.models import HistoricalChanges

from reports.services.data_version import data_version_bump

# Not read by the reports: the version itself, and who sees which units (part of each
# cached entry's key instead), the log of reminders sent.
NOT_REPORTED = {"dataversion", "staffprofile", "reminderlog"}


def reported_models() -> list[type]:
    return [
        model
        for model in apps.get_app_config("reports").get_models()
        if model._meta.model_name not in NOT_REPORTED and not issubclass(model, HistoricalChanges)
    ]


def _changed(sender, using, **kwargs):
    data_version_bump(using=using)


def connect() -> None:
    for model in reported_models():
        uid = f"reports-data-version-{model._meta.label_lower}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}-save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}-delete")
