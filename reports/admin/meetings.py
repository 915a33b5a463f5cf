from django.contrib import admin
from django.utils.html import format_html

from reports.admin.base import (
    PlainAdmin,
    ReadOnlyInline,
    ReviewedAdmin,
    ReviewStateFilter,
    TabularInline,
    UnitAccessMixin,
    VersionedForm,
    change_url,
    evidence_link,
    record_filter,
    related_link,
)
from reports.admin.formsets import DistinctFormSet, LabelledInlineFormSet
from reports.admin.pagination import EstimatedCountPaginator
from reports.models import (
    Citation,
    Directive,
    Meeting,
    MeetingSource,
    Participation,
    Person,
    Task,
)
from reports.selectors.evidence import evidence_sentence, span_anchor
from reports.services.meeting_search import meeting_search_key_refresh

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


@admin.display(description="bằng chứng")
def participation_evidence(obj):
    """A participant's sentence (what the report says they did), their name marked, with a
    link to it in the document; not only the name the span covers."""
    sentence = evidence_sentence(obj) if obj is not None and obj.pk else None
    if sentence is None:
        return evidence_link(obj)
    return format_html(
        '<blockquote class="evidence-excerpt">{}<mark>{}</mark>{}</blockquote>'
        '<a class="evidence-link" href="{}#{}">xem trong văn bản gốc</a>',
        sentence.before,
        sentence.span,
        sentence.after,
        change_url(obj.source_document),
        span_anchor(obj),
    )


class ParticipationInline(TabularInline):
    formset = LabelledInlineFormSet
    model = Participation
    extra = 0
    fields = ["person", "role", "position", participation_evidence]
    readonly_fields = [participation_evidence]
    autocomplete_fields = ["person"]

    def get_queryset(self, request):
        # each row shows its sentence from the document: one query, not one per row
        return super().get_queryset(request).select_related("source_document", "person")


class MeetingCitationInline(TabularInline):
    model = Citation
    formset = DistinctFormSet
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


class MeetingSourceInline(ReadOnlyInline):
    """Every document that reported the meeting, with its words and what it wrote otherwise
    (the loader never overwrites the meeting with a later report)."""

    model = MeetingSource
    show_change_link = False
    fields = [related_link("source_document", "văn bản nguồn"), evidence_link, "differences"]
    readonly_fields = fields
    verbose_name = "văn bản đưa tin"
    verbose_name_plural = "các văn bản đưa tin về hội nghị này"

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("source_document")


@admin.register(Meeting)
class MeetingAdmin(UnitAccessMixin, ReviewedAdmin):
    class Media:
        css = {"all": ["reports/admin.css"]}  # list columns and inline forms that fit

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
        # edited records a re-extraction no longer finds in their document (kept, flagged)
        "not_in_source",
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
        (
            "Kiểm duyệt",
            {"fields": ["review_state", "version", "based_on_version", "not_in_source"]},
        ),
        # the character positions are the importer's: staff follow the link to the sentence
        ("Nguồn", {"fields": ["source_document", evidence_link]}),
    ]
    readonly_fields = ["version", "not_in_source", evidence_link]
    inlines = [MeetingSourceInline, ParticipationInline, MeetingCitationInline, MeetingTaskInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # the participants of the inline are saved only now: they are part of the search key
        meeting_search_key_refresh(meetings=[form.instance.pk])


@admin.register(MeetingSource)
class MeetingSourceAdmin(UnitAccessMixin, PlainAdmin):
    """The documents that reported each meeting. Imports add them; staff may add one, note
    differences, or remove a wrong one (a document joined to a meeting it does not report)."""

    list_display = [
        related_link("meeting", "hội nghị"),
        related_link("source_document", "văn bản nguồn"),
        "differences",
    ]
    list_select_related = ["meeting", "source_document"]
    search_fields = ["meeting__title"]
    folded_search_field = "meeting__search_key"
    fields = ["meeting", "source_document", "span_start", "span_end", evidence_link, "differences"]
    autocomplete_fields = ["meeting", "source_document"]

    def get_readonly_fields(self, request, obj=None):
        # a source names its meeting and document for good: a wrong one is removed
        if obj is None:
            return [evidence_link]
        return ["meeting", "source_document", "span_start", "span_end", evidence_link]


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
    exclude = ["span_start", "span_end"]
    readonly_fields = [participation_evidence]

    # a meeting is found by its participants' names: its key follows every change here
    def save_model(self, request, obj, form, change):
        before = form.initial.get("meeting")
        super().save_model(request, obj, form, change)
        meeting_search_key_refresh(meetings=[m for m in (before, obj.meeting_id) if m])

    def delete_model(self, request, obj):
        meeting_id = obj.meeting_id
        super().delete_model(request, obj)
        meeting_search_key_refresh(meetings=[meeting_id])

    def delete_queryset(self, request, queryset):
        meeting_ids = set(queryset.values_list("meeting_id", flat=True))
        super().delete_queryset(request, queryset)
        meeting_search_key_refresh(meetings=meeting_ids)
