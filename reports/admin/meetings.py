from django.contrib import admin

from reports.admin.base import BaseAdmin, FoldedSearchMixin
from reports.models import Meeting, Participation


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    fields = ["person", "role", "position"]
    autocomplete_fields = ["person"]


@admin.register(Meeting)
class MeetingAdmin(BaseAdmin):
    list_display = ["title", "kind", "start_date", "host_unit", "period_label", "review_state"]
    list_filter = ["kind", "review_state"]
    list_select_related = ["host_unit"]
    date_hierarchy = "start_date"
    search_fields = ["title"]
    autocomplete_fields = ["host_unit", "source_document"]
    readonly_fields = ["version"]
    inlines = [ParticipationInline]


@admin.register(Participation)
class ParticipationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["person", "role", "position", "meeting"]
    list_filter = ["role"]
    list_select_related = ["person", "meeting"]
    search_fields = ["person__full_name"]
    folded_search_field = "person__search_key"
    autocomplete_fields = ["meeting", "person", "source_document"]
