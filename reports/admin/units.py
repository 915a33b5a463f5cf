from django.contrib import admin

from reports.admin.base import (
    BaseAdmin,
    MergeMixin,
    PlainAdmin,
    TabularInline,
    link_list,
    related_link,
)
from reports.models import Meeting, Task, Unit, UnitAlias
from reports.selectors import related
from reports.services.meeting_search import meetings_of_unit_refresh
from reports.services.merging import units_merge
from reports.services.roles import MANAGE_REFERENCE_PERM as MANAGE_REFERENCE

UNIT_TREE_FIELDS = ["parent", "successor", "valid_from", "valid_to"]


class UnitAliasInline(TabularInline):
    model = UnitAlias
    extra = 0
    fields = ["name"]


@admin.register(Unit)
class UnitAdmin(MergeMixin, BaseAdmin):
    class Media:
        css = {"all": ["reports/admin.css"]}  # list columns and inline forms that fit

    list_display = [
        "name",
        "short_name",
        "kind",
        "level",
        related_link("parent", "trực thuộc"),
        related_link("successor", "đơn vị kế tục"),
        "valid_from",
        "valid_to",
    ]
    list_filter = ["kind", "level", "valid_to"]
    list_select_related = ["parent", "successor"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["parent", "successor"]
    actions = ["merge_selected"]
    merge_service = staticmethod(units_merge)
    merge_permission = MANAGE_REFERENCE
    readonly_fields = [
        link_list(
            lambda u: related.unit_children(unit=u),
            "đơn vị trực thuộc",
            all_model=Unit,
            all_filter="parent__id__exact",
        ),
        link_list(
            lambda u: related.unit_meetings_hosted(unit=u),
            "hội nghị đã tổ chức",
            all_model=Meeting,
            all_filter="host_unit__id__exact",
        ),
        link_list(
            lambda u: related.unit_tasks_led(unit=u),
            "nhiệm vụ chủ trì",
            all_model=Task,
            all_filter="lead_unit",
        ),
    ]
    inlines = [UnitAliasInline]

    def get_readonly_fields(self, request, obj=None):
        # the tree decides who sees what: kept by the reference-data role
        fields = list(super().get_readonly_fields(request, obj))
        if not request.user.has_perm(MANAGE_REFERENCE):
            fields += UNIT_TREE_FIELDS
        return fields

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and {"name", "short_name"} & set(form.changed_data):
            meetings_of_unit_refresh(unit_id=obj.pk)  # its meetings are found by its name


@admin.register(UnitAlias)
class UnitAliasAdmin(PlainAdmin):
    list_display = ["name", related_link("unit", "đơn vị")]
    list_select_related = ["unit"]
    search_fields = ["name"]
    autocomplete_fields = ["unit"]
