"""Report figures cached per version of the data (``reports.models.DataVersion``).

A whole-database report aggregates every task: at 100,000 tasks that is a few hundred
milliseconds of SQL, repeated for every viewer although the data rarely changes between two
views. The figures are kept in Django's cache under the data version, the day (deadline
states depend on it) and the scope (filters, and the units the viewer may see): any write
raises the version, so the next view recomputes and a cached figure never predates the data.
``REPORTS_CACHE_SECONDS`` (0 turns caching off) bounds how long an entry is kept.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache

from reports.models import DataVersion
from reports.selectors.reports import ReportScope
from reports.services.data_version import REPORTS

T = TypeVar("T")
KEY_PREFIX = "reports:figures"


def data_version(*, name: str = REPORTS) -> int:
    return DataVersion.objects.filter(name=name).values_list("value", flat=True).first() or 0


def scope_fingerprint(scope: ReportScope) -> str:
    """Everything that changes a report's figures, as a short stable string."""
    visible = None if scope.visible_unit_ids is None else sorted(scope.visible_unit_ids)
    parts = [
        scope.start,
        scope.end,
        scope.unit_ids,
        scope.directive.pk if scope.directive else None,
        scope.today,
        visible,
        # a viewer limited to some units also sees their own uploads
        scope.viewer_id if visible is not None else None,
    ]
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:32]


class ReportFigures:
    """The cached figures of one page view: ``figures.get("headline", compute)`` returns
    the cached value or computes and keeps it. The data version is read once per view."""

    def __init__(self, *, scope: ReportScope):
        self.timeout = settings.REPORTS_CACHE_SECONDS
        self.prefix = None
        if self.timeout:
            self.prefix = f"{KEY_PREFIX}:{data_version()}:{scope_fingerprint(scope)}"

    def get(self, name: str, compute: Callable[[], T]) -> T:
        if self.prefix is None:
            return compute()
        key = f"{self.prefix}:{name}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, self.timeout)
        return value


def cached_for_data_version(name: str, compute: Callable[[], T]) -> T:
    """``compute()`` kept under the data version alone: for lists that depend on the data
    and not on who looks (e.g. the units that lead a task, offered by the task list's
    filter): any write raises the version, so the list is never older than the data."""
    timeout = settings.REPORTS_CACHE_SECONDS
    if not timeout:
        return compute()
    key = f"{KEY_PREFIX}:{data_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout)
    return value
