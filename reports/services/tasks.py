"""Writes to a task's progress notes and unit roles, shared by the admin and the spreadsheet
import (``reports.resources``): one place for the scope check, the signature and the
normalisation of what staff write.

A note or a unit role is written only on a task the writing user may see
(``reports.selectors.access``); the admin's forms check the same through their scoped
foreign keys, the import through its scoped queryset, and the service again so that a new
caller cannot forget it. Units are shared reference data: any unit may be given a role."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.core.exceptions import PermissionDenied

from reports.models import Task, TaskUnit, TaskUpdate
from reports.models.common import line_ends_normalise
from reports.selectors import access
from reports.services.data_version import data_version_bump


def _check_scope(*, task: Task, user) -> None:
    if user is None:
        return  # a command or the loader: no user scope to apply
    if not access.tasks_visible_to(user).filter(pk=task.pk).exists():
        raise PermissionDenied("nhiệm vụ ngoài phạm vi đơn vị của bạn")


def task_note_save(*, update: TaskUpdate, author) -> TaskUpdate:
    """Save a progress note, written in a form or a file. A new note is signed by ``author``
    (the user writing it, or None for a command); an existing one keeps its signature.
    Line ends are normalised and the text stripped."""
    author = author if getattr(author, "pk", None) else None
    _check_scope(task=update.task, user=author)
    if update._state.adding:
        update.author = author
    update.note = line_ends_normalise(update.note or "").strip()
    update.save()
    return update


def task_note_add(*, task: Task, date: dt.date, note: str, author) -> TaskUpdate | None:
    """Add a dated progress note signed by ``author``; an empty note adds nothing."""
    if not line_ends_normalise(note or "").strip():
        return None
    return task_note_save(update=TaskUpdate(task=task, date=date, note=note), author=author)


def task_units_set(*, task: Task, role: str, unit_ids: Iterable[int], user=None) -> bool:
    """Make ``unit_ids`` the units having ``role`` in ``task``: rows of units no longer
    named are deleted, new ones added, kept ones left as they are (with their ``as_written``);
    other roles are untouched. True when something changed."""
    _check_scope(task=task, user=user if getattr(user, "pk", None) else None)
    wanted = set(unit_ids)
    links = TaskUnit.objects.filter(task=task, role=role)
    removed, _ = links.exclude(unit_id__in=wanted).delete()
    present = set(links.values_list("unit_id", flat=True))
    added = TaskUnit.objects.bulk_create(
        TaskUnit(task=task, unit_id=pk, role=role) for pk in sorted(wanted - present)
    )
    if added:
        data_version_bump()  # bulk_create sends no post_save
    return bool(removed or added)
