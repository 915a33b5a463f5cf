from django.contrib import admin

from reports.admin.base import (
    PlainAdmin,
    ReadOnlyInline,
    ReviewedAdmin,
    ReviewStateFilter,
    UnitAccessMixin,
    VersionedForm,
    evidence_link,
    record_filter,
    related_link,
)
from reports.admin.formsets import LabelledInlineFormSet
from reports.admin.pagination import EstimatedCountPaginator
from reports.models import Citation, Directive, Meeting, Participation, Person, Task

DirectiveFilter = record_filter(
    "văn bản chỉ đạo được dẫn",
    "directive",
    Directive,
    lambda qs, pk: qs.filter(citations__directive_id=pk).distinct(),
)
PersonFilter = record_filter(
    "người tham dự",
    "person",
    Person,
    lambda qs, pk: qs.filter(participations__person_id=pk).distinct(),
)


class ParticipationInline(admin.TabularInline):
    formset = LabelledInlineFormSet
    model = Participation
    extra = 0
    fields = ["person", "role", "position", evidence_link]
    readonly_fields = [evidence_link]
    autocomplete_fields = ["person"]


class MeetingCitationInline(admin.TabularInline):
    formset = LabelledInlineFormSet
    model = Citation
    fk_name = "meeting"
    extra = 0
    fields = ["directive", "as_written", evidence_link]
    readonly_fields = [evidence_link]
    autocomplete_fields = ["directive"]
    verbose_name = "văn bản chỉ đạo được dẫn"
    verbose_name_plural = "văn bản chỉ đạo được dẫn"

    def get_queryset(self, request):
        # a citation of the meeting's own report, not of one of its tasks
        return super().get_queryset(request).filter(task__isnull=True)


class MeetingTaskInline(UnitAccessMixin, ReadOnlyInline):
    model = Task
    fields = ["ordinal", "text", "status", "due_date", "review_state"]
    readonly_fields = fields
    verbose_name = "nhiệm vụ giao tại hội nghị"
    verbose_name_plural = "nhiệm vụ giao tại hội nghị"


@admin.register(Meeting)
class MeetingAdmin(UnitAccessMixin, ReviewedAdmin):
    paginator = EstimatedCountPaginator
    form = VersionedForm
    list_display = [
        "title",
        "kind",
        "start_date",
        related_link("host_unit", "đơn vị tổ chức"),
        "period_label",
        "review_state",
        related_link("source_document", "văn bản nguồn"),
    ]
    list_filter = [
        "kind",
        ReviewStateFilter,
        ("host_unit", admin.RelatedOnlyFieldListFilter),
        "start_date",
        "period_start",
        PersonFilter,
        DirectiveFilter,
    ]
    list_select_related = ["host_unit", "source_document"]
    date_hierarchy = "start_date"
    search_fields = ["title"]
    autocomplete_fields = ["host_unit", "source_document"]
    fieldsets = [
        (None, {"fields": ["title", "kind", "host_unit", "location", "summary"]}),
        (
            "Thời gian",
            {"fields": ["start_date", "end_date", "period_label", "period_start", "period_end"]},
        ),
        ("Kiểm duyệt", {"fields": ["review_state", "version", "based_on_version"]}),
        ("Nguồn", {"fields": ["source_document", "span_start", "span_end", evidence_link]}),
    ]
    readonly_fields = ["version", evidence_link]
    inlines = [ParticipationInline, MeetingCitationInline, MeetingTaskInline]


@admin.register(Participation)
class ParticipationAdmin(UnitAccessMixin, PlainAdmin):
    paginator = EstimatedCountPaginator
    list_display = [
        related_link("person", "người"),
        "role",
        "position",
        related_link("meeting", "hội nghị"),
    ]
    list_filter = ["role"]
    list_select_related = ["person", "meeting"]
    search_fields = ["person__full_name"]
    folded_search_field = "person__search_key"
    autocomplete_fields = ["meeting", "person", "source_document"]
    readonly_fields = [evidence_link]
