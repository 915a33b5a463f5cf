from django.contrib import admin

from reports.admin.base import BaseAdmin, MergeMixin, link_list
from reports.models import Meeting, Person
from reports.selectors import related
from reports.services.meeting_search import meetings_of_person_refresh
from reports.services.merging import people_merge
from reports.services.roles import MANAGE_REFERENCE_PERM


@admin.register(Person)
class PersonAdmin(MergeMixin, BaseAdmin):
    class Media:
        css = {"all": ["reports/admin.css"]}  # list columns and inline forms that fit

    list_display = ["full_name", "aliases", "updated_at"]
    search_fields = ["full_name"]
    actions = ["merge_selected"]
    merge_service = staticmethod(people_merge)
    merge_permission = MANAGE_REFERENCE_PERM
    readonly_fields = [
        link_list(
            lambda p: related.person_meetings(person=p),
            "hội nghị đã tham dự",
            all_model=Meeting,
            all_filter="person",
        ),
    ]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "full_name" in form.changed_data:
            meetings_of_person_refresh(person_id=obj.pk)  # their meetings are found by it
