"""Links from a report's figures to the admin changelists that list the same rows.

Only parameters the admin accepts are used: plain fields of the model (``due_date__gte``),
one-step relations (``units__id__in``, ``host_unit__id__in``) and the list filters of
``reports.admin`` (``han`` deadline state, ``lead_unit``, ``directive``, ``review``).
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.urls import reverse

from reports.models import ReviewState
from reports.selectors.reports import ReportScope


def _period(scope: ReportScope, field: str) -> dict:
    params = {}
    if scope.start:
        params[f"{field}__gte"] = scope.start.isoformat()
    if scope.end:
        params[f"{field}__lte"] = scope.end.isoformat()
    return params


def _ids(ids) -> str:
    return ",".join(str(i) for i in ids)


def task_changelist_url(
    scope: ReportScope,
    *,
    state: str | None = None,
    lead_unit_id: int | None = None,
    needs_review: bool = False,
) -> str:
    params = _period(scope, "due_date")
    if scope.unit_ids is not None:
        params["units__id__in"] = _ids(scope.unit_ids)
    if scope.directive is not None:
        params["directive"] = scope.directive.pk
    if state:
        params["han"] = state
    if lead_unit_id is not None:
        params["lead_unit"] = lead_unit_id
    if needs_review:
        params["review"] = ReviewState.NEEDS_REVIEW
    url = reverse("admin:reports_task_changelist")
    return f"{url}?{urlencode(params)}" if params else url


def meeting_changelist_url(scope: ReportScope, *, kind: str | None = None) -> str:
    params = _period(scope, "start_date")
    if scope.unit_ids is not None:
        params["host_unit__id__in"] = _ids(scope.unit_ids)
    if scope.directive is not None:
        params["directive"] = scope.directive.pk
    if kind:
        params["kind__exact"] = kind
    url = reverse("admin:reports_meeting_changelist")
    return f"{url}?{urlencode(params)}" if params else url
