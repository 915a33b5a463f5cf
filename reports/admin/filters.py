"""Admin list filters for derived task states (computed at query time, never stored)."""

from django.contrib import admin
from django.utils import timezone

from reports.admin.base import record_filter
from reports.models import Unit
from reports.selectors import due
from reports.selectors.due import DueState
from reports.selectors.tasks import DeadlineState, tasks_by_deadline_state


class DeadlineStateFilter(admin.SimpleListFilter):
    """Done on time / done late / overdue / in time..., as of today."""

    title = "tiến độ so với hạn"
    parameter_name = "han"

    def lookups(self, request, model_admin):
        return DeadlineState.choices

    def queryset(self, request, queryset):
        value = self.value()
        if value not in DeadlineState.values:
            return queryset
        return tasks_by_deadline_state(queryset=queryset, state=value)


class DueFilter(admin.SimpleListFilter):
    """Looks forward from today: due within 7 or 30 days, overdue, no deadline
    (``reports.selectors.due``, the definitions of the admin index's figures)."""

    title = "hạn hoàn thành"
    parameter_name = "den_han"

    def lookups(self, request, model_admin):
        return DueState.choices

    def queryset(self, request, queryset):
        value = self.value()
        if value not in DueState.values:
            return queryset
        return due.tasks_in_due_state(queryset=queryset, state=value, today=timezone.localdate())


# the index's per-unit figures link to the tasks of one unit, whatever its role
OwnerUnitFilter = record_filter(
    "đơn vị (mọi vai trò)",
    "don_vi",
    Unit,
    lambda queryset, pk: queryset.filter(due.unit_owns_q(unit_id=pk)),
)
