"""Admin list filters for derived task states (computed at query time, never stored)."""

from django.contrib import admin

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
