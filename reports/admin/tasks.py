from django.contrib import admin
from django.db.models import Exists, OuterRef, Prefetch
from simple_history.admin import SimpleHistoryAdmin

from reports.admin.base import (
    BaseAdmin,
    PlainAdmin,
    ReviewedAdmin,
    ReviewStateFilter,
    ScopedLinksMixin,
    TabularInline,
    UnitAccessMixin,
    VersionedForm,
    evidence_link,
    link_list,
    record_filter,
    related_link,
)
from reports.admin.export import TaskExportImportMixin
from reports.admin.filters import DeadlineStateFilter, DueFilter, OwnerUnitFilter
from reports.admin.formsets import DistinctFormSet, LabelledInlineFormSet
from reports.admin.pagination import EstimatedCountPaginator
from reports.models import Citation, Directive, Task, TaskUnit, TaskUpdate, Unit
from reports.selectors import related
from reports.selectors.report_cache import cached_for_data_version
from reports.services.tasks import task_note_save

DirectiveFilter = record_filter(
    "văn bản chỉ đạo được dẫn",
    "directive",
    Directive,
    lambda qs, pk: qs.filter(citations__directive_id=pk).distinct(),
)
_LeadUnitRecordFilter = record_filter(
    "đơn vị chủ trì",
    "lead_unit",
    Unit,
    lambda qs, pk: qs.filter(task_units__unit_id=pk, task_units__role=TaskUnit.Role.LEAD),
    # one index probe per unit (taskunit_unit_role_idx), not a DISTINCT over every lead row;
    # hundreds of probes at a province's scale, so the list is kept until the data changes
    # (one query for the data version instead)
    choices=lambda units: cached_for_data_version(
        "task-lead-units",
        lambda: list(
            units.filter(
                Exists(TaskUnit.objects.filter(unit=OuterRef("pk"), role=TaskUnit.Role.LEAD))
            ).only("pk", "name")
        ),
    ),
)


class LeadUnitFilter(_LeadUnitRecordFilter):
    """Hundreds of units at a province's scale: one drop-down list written in one pass
    (``filter_select``), and no query string built per unit, only the one of "all"."""

    template = "admin/reports/filter_select.html"

    def choices(self, changelist):
        value = self.value()
        yield {
            "selected": value is None,
            "query_string": changelist.get_query_string(remove=[self.parameter_name]),
            "display": "Tất cả",
            "value": "",
        }
        for lookup, title in self.lookup_choices:
            yield {"selected": value == str(lookup), "value": str(lookup), "display": title}


class TaskUnitInline(TabularInline):
    formset = LabelledInlineFormSet
    model = TaskUnit
    extra = 0
    fields = ["unit", "role", "as_written"]
    autocomplete_fields = ["unit"]


class TaskCitationInline(TabularInline):
    model = Citation
    formset = DistinctFormSet
    fk_name = "task"
    extra = 0
    fields = ["directive", "as_written", evidence_link]
    readonly_fields = [evidence_link]
    autocomplete_fields = ["directive"]
    verbose_name = "văn bản chỉ đạo được dẫn"
    verbose_name_plural = "văn bản chỉ đạo được dẫn"


class TaskUpdateInline(TabularInline):
    model = TaskUpdate
    extra = 0
    fields = ["date", "note", "author"]
    # the signature of a note: whoever adds it (TaskAdmin.save_formset), never chosen
    readonly_fields = ["author"]


lead_unit_links = link_list(
    lambda t: related.task_units_with_role(task=t, role=TaskUnit.Role.LEAD), "đơn vị chủ trì"
)
support_unit_links = link_list(
    lambda t: related.task_units_with_role(task=t, role=TaskUnit.Role.SUPPORT),
    "đơn vị phối hợp",
)


@admin.display(description="đơn vị chủ trì")
def lead_units(task):
    # filled by the Prefetch of TaskAdmin.get_queryset: no query per row
    return ", ".join(str(role.unit) for role in getattr(task, "lead_roles", [])) or "—"


@admin.register(Task)
class TaskAdmin(UnitAccessMixin, TaskExportImportMixin, ReviewedAdmin):
    class Media:
        css = {"all": ["reports/admin.css"]}  # list columns and inline forms that fit

    paginator = EstimatedCountPaginator
    form = VersionedForm
    list_display = [
        "__str__",
        related_link("meeting", "hội nghị"),
        lead_units,
        "status",
        "due_date",
        "review_state",
    ]
    list_filter = [
        "status",
        ReviewStateFilter,
        LeadUnitFilter,
        DueFilter,
        DeadlineStateFilter,
        "meeting__kind",
        DirectiveFilter,
        # edited records a re-extraction no longer finds in their document (kept, flagged)
        "not_in_source",
        OwnerUnitFilter,
    ]
    list_select_related = ["meeting"]
    date_hierarchy = "due_date"
    search_fields = ["text"]
    autocomplete_fields = ["meeting", "assigned_by_person", "assigned_by_unit", "source_document"]
    fieldsets = [
        (None, {"fields": ["meeting", "ordinal", "text", "status", "due_date", "completed_on"]}),
        (
            "Giao việc",
            {
                "fields": [
                    "assigned_by_person",
                    "assigned_by_unit",
                    "assignees_text",
                    "period_label",
                    lead_unit_links,
                    support_unit_links,
                ]
            },
        ),
        (
            "Kiểm duyệt",
            {"fields": ["review_state", "version", "based_on_version", "not_in_source"]},
        ),
        # the character positions are the importer's: staff follow the link to the sentence
        ("Nguồn", {"fields": ["source_document", evidence_link]}),
    ]
    readonly_fields = [
        "version",
        "not_in_source",
        evidence_link,
        lead_unit_links,
        support_unit_links,
    ]
    inlines = [TaskUnitInline, TaskCitationInline, TaskUpdateInline]

    def save_formset(self, request, form, formset, change):
        # a progress note added here is signed by whoever adds it (Django's documented pattern)
        if formset.model is TaskUpdate:
            for update in formset.save(commit=False):
                task_note_save(update=update, author=request.user)
            for gone in formset.deleted_objects:
                gone.delete()
            return
        super().save_formset(request, form, formset, change)

    def get_queryset(self, request):
        lead_roles = TaskUnit.objects.filter(role=TaskUnit.Role.LEAD).select_related("unit")
        return (
            super()
            .get_queryset(request)
            .prefetch_related(Prefetch("task_units", queryset=lead_roles, to_attr="lead_roles"))
        )


@admin.register(TaskUpdate)
class TaskUpdateAdmin(ScopedLinksMixin, UnitAccessMixin, SimpleHistoryAdmin):
    # the history pages of the other records: in Vietnamese, dates day first, no "None"
    object_history_template = BaseAdmin.object_history_template
    object_history_list_template = BaseAdmin.object_history_list_template
    get_historical_record_context_helper = BaseAdmin.get_historical_record_context_helper
    history_view_title = BaseAdmin.history_view_title
    history_form_view_title = BaseAdmin.history_form_view_title
    list_display = [related_link("task", "nhiệm vụ"), "date", "note", "author"]
    list_select_related = ["task", "author"]
    date_hierarchy = "date"
    search_fields = ["note"]
    autocomplete_fields = ["task"]
    readonly_fields = ["author"]  # whoever adds the note, never chosen

    def save_model(self, request, obj, form, change):
        obj._history_user = request.user  # as SimpleHistoryAdmin.save_model does
        task_note_save(update=obj, author=request.user)  # signed by whoever adds it


@admin.register(TaskUnit)
class TaskUnitAdmin(UnitAccessMixin, PlainAdmin):
    paginator = EstimatedCountPaginator
    list_display = [related_link("unit", "đơn vị"), "role", related_link("task", "nhiệm vụ")]
    list_filter = ["role"]
    list_select_related = ["unit", "task"]
    search_fields = ["unit__name"]
    folded_search_field = "unit__search_key"
    autocomplete_fields = ["task", "unit"]
