"""Records as the API shows them (plain dicts checked against ``reports.api.schemas``)."""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.urls import reverse

from reports.models import Directive, Meeting, Task, TaskUnit, Unit

_OPEN = (Task.Status.NOT_STARTED, Task.Status.IN_PROGRESS)


def admin_url(obj) -> str:
    """The record's page in the admin, absolute (``SITE_URL``): for a link in another
    system, where this site's address is not known from the request."""
    opts = obj._meta
    path = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    return settings.SITE_URL.rstrip("/") + path


def unit_ref(unit: Unit | None) -> dict | None:
    return None if unit is None else {"id": unit.pk, "name": unit.name}


def unit_out(unit: Unit) -> dict:
    return {
        "id": unit.pk,
        "name": unit.name,
        "short_name": unit.short_name,
        "kind": unit.kind,
        "level": unit.level,
        "parent_id": unit.parent_id,
        "valid_from": unit.valid_from,
        "valid_to": unit.valid_to,
        "admin_url": admin_url(unit),
    }


def directive_out(directive: Directive) -> dict:
    return {
        "id": directive.pk,
        "code": directive.code,
        "label": directive.label,
        "doc_type": directive.doc_type,
        "issued": directive.issued,
        "issuing_body": unit_ref(directive.issuing_body),
        "issuing_body_name": directive.issuing_body_name,
        "subject": directive.subject,
        "admin_url": admin_url(directive),
    }


def meeting_out(meeting: Meeting) -> dict:
    return {
        "id": meeting.pk,
        "title": meeting.title,
        "kind": meeting.kind,
        "start_date": meeting.start_date,
        "end_date": meeting.end_date,
        "period_label": meeting.period_label,
        "host_unit": unit_ref(meeting.host_unit),
        "location": meeting.location,
        "summary": meeting.summary,
        "admin_url": admin_url(meeting),
    }


def task_out(task: Task, *, today: dt.date) -> dict:
    """A task read through ``reports.selectors.api.api_tasks_for_page``."""
    roles = {role: [] for role in TaskUnit.Role.values}
    for task_unit in task.api_roles:
        roles[task_unit.role].append(unit_ref(task_unit.unit))
    meeting = task.meeting
    progress = None
    if task.latest_update_date is not None:
        progress = {"date": task.latest_update_date, "note": task.latest_update_note}
    return {
        "id": task.pk,
        "text": task.text,
        "status": task.status,
        "due_date": task.due_date,
        "completed_on": task.completed_on,
        # the rule of reports.selectors.tasks.overdue_q
        "overdue": task.status in _OPEN and task.due_date is not None and task.due_date < today,
        "period_label": task.period_label,
        "assignees_text": task.assignees_text,
        "lead_units": roles[TaskUnit.Role.LEAD],
        "support_units": roles[TaskUnit.Role.SUPPORT],
        "assigned_units": roles[TaskUnit.Role.ASSIGNEE],
        "directives": [
            {"id": c.directive.pk, "code": c.directive.code, "label": c.directive.label}
            for c in task.api_citations
        ],
        "latest_progress": progress,
        "meeting": None
        if meeting is None
        else {
            "id": meeting.pk,
            "title": meeting.title,
            "start_date": meeting.start_date,
            "admin_url": admin_url(meeting),
        },
        "admin_url": admin_url(task),
    }
