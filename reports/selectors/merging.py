"""What a merge would move: every link to a record, foreign keys and many-to-many alike."""

from __future__ import annotations

from dataclasses import dataclass

from django.apps import apps
from django.db import models
from simple_history.models import HistoricalChanges


@dataclass(frozen=True)
class Link:
    """Rows of ``model`` pointing at the merged kind through ``field_name``."""

    model: type[models.Model]
    field_name: str
    label: str  # what staff read: "hội nghị (đơn vị tổ chức)"


def merge_links(model: type[models.Model]) -> list[Link]:
    """Every foreign key to ``model`` in the project, including those of the tables Django
    makes for a many-to-many (a staff profile's units), hidden ones (``related_name="+"``)
    included; history tables excluded (they record what was, and keep it)."""
    links = []
    for other in apps.get_models(include_auto_created=True):
        if issubclass(other, HistoricalChanges):
            continue
        for field in other._meta.concrete_fields:
            if field.is_relation and field.related_model is model:
                links.append(Link(other, field.name, _label(other, field)))
    return links


def merge_moves(record: models.Model) -> list[tuple[str, int]]:
    """(kind, count) of the rows that point at ``record``: what moves when it is merged."""
    found = []
    for link in merge_links(type(record)):
        count = link.model._base_manager.filter(**{link.field_name: record}).count()
        if count:
            found.append((link.label, count))
    return found


def _label(model, field) -> str:
    owner = model._meta.auto_created
    if owner:  # the table of a many-to-many: name it by the field staff know
        m2m = next(f for f in owner._meta.many_to_many if f.remote_field.through is model)
        return f"{owner._meta.verbose_name} ({m2m.verbose_name})"
    return f"{model._meta.verbose_name} ({field.verbose_name})"
