"""Records as the API shows them (plain dicts checked against ``reports.api.schemas``): each
kind is a list of fields read as they are, plus what is computed (references to other
records, the admin link)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.urls import reverse

from reports.models import Directive, Meeting, Task, TaskUnit, Unit

_OPEN = (Task.Status.NOT_STARTED, Task.Status.IN_PROGRESS)

# the fields of reports.api.schemas.*Out / *Ref that are the record's own, unchanged
UNIT_FIELDS = ("id", "name", "short_name", "kind", "level", "parent_id", "valid_from", "valid_to")
DIRECTIVE_FIELDS = ("id", "code", "label", "doc_type", "issued", "issuing_body_name", "subject")
MEETING_FIELDS = (
    "id",
    "title",
    "kind",
    "start_date",
    "end_date",
    "period_label",
    "location",
    "summary",
)
TASK_FIELDS = ("id", "text", "status", "due_date", "completed_on", "period_label", "assignees_text")
UNIT_REF_FIELDS = ("id", "name")
DIRECTIVE_REF_FIELDS = ("id", "code", "label")
MEETING_REF_FIELDS = ("id", "title", "start_date")


def admin_url(obj) -> str:
    """The record's page in the admin, absolute (``SITE_URL``): for a link in another
    system, where this site's address is not known from the request."""
    opts = obj._meta
    path = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return settings.SITE_URL.rstrip("/") + path


def record_out(obj, fields: Iterable[str], *, link: bool = True, **computed) -> dict:
    """``fields`` of ``obj`` as they are, then ``computed``, then the admin link if asked."""
    out = {name: getattr(obj, name) for name in fields} | computed
    if link:
        out["admin_url"] = admin_url(obj)
    return out


def unit_ref(unit: Unit | None) -> dict | None:
    return None if unit is None else record_out(unit, UNIT_REF_FIELDS, link=False)


def unit_out(unit: Unit) -> dict:
    return record_out(unit, UNIT_FIELDS)


def directive_out(directive: Directive) -> dict:
    return record_out(directive, DIRECTIVE_FIELDS, issuing_body=unit_ref(directive.issuing_body))


def meeting_out(meeting: Meeting) -> dict:
    return record_out(meeting, MEETING_FIELDS, host_unit=unit_ref(meeting.host_unit))


def task_out(task: Task, *, today: dt.date) -> dict:
    """A task read through ``reports.selectors.api.api_tasks_for_page``."""
    roles = {role: [] for role in TaskUnit.Role.values}
    for task_unit in task.api_roles:
        roles[task_unit.role].append(unit_ref(task_unit.unit))
    progress = None
    if task.latest_update_date is not None:
        progress = {"date": task.latest_update_date, "note": task.latest_update_note}
    meeting = task.meeting
    return record_out(
        task,
        TASK_FIELDS,
        # the rule of reports.selectors.tasks.overdue_q
        overdue=task.status in _OPEN and task.due_date is not None and task.due_date < today,
        lead_units=roles[TaskUnit.Role.LEAD],
        support_units=roles[TaskUnit.Role.SUPPORT],
        assigned_units=roles[TaskUnit.Role.ASSIGNEE],
        directives=[
            record_out(c.directive, DIRECTIVE_REF_FIELDS, link=False) for c in task.api_citations
        ],
        latest_progress=progress,
        meeting=None if meeting is None else record_out(meeting, MEETING_REF_FIELDS),
    )
