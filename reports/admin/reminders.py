"""The log of e-mail reminders sent: read only, within the viewer's scope."""

from django.contrib import admin

from reports.models import ReminderLog
from reports.selectors.reminders import reminder_logs_visible_to


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["day", "user", "email", "overdue_count", "due_count", "days_ahead", "sent_at"]
    list_filter = ["day"]
    list_select_related = ["user"]
    search_fields = ["user__username", "email"]
    autocomplete_fields = ["user"]
    list_per_page = 50
    show_full_result_count = False

    def get_queryset(self, request):
        return reminder_logs_visible_to(request.user, super().get_queryset(request))

    # written by the sending service only
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
