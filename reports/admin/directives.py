from django.contrib import admin

from reports.admin.base import (
    MergeMixin,
    PlainAdmin,
    ReviewedAdmin,
    ReviewStateFilter,
    UnitAccessMixin,
    evidence_link,
    link_list,
    related_link,
)
from reports.admin.formsets import LabelledInlineFormSet
from reports.admin.pagination import EstimatedCountPaginator
from reports.models import Citation, Directive, DirectiveRelation, Meeting, Task
from reports.selectors import related
from reports.services.merging import directives_merge


class RelationInline(admin.TabularInline):
    formset = LabelledInlineFormSet
    model = DirectiveRelation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]
    verbose_name = "văn bản mà văn bản này tiếp tục, thực hiện, thay thế hoặc sửa đổi"
    verbose_name_plural = verbose_name


@admin.register(Directive)
class DirectiveAdmin(MergeMixin, ReviewedAdmin):
    list_display = [
        "__str__",
        "doc_type",
        "label",
        related_link("issuing_body", "cơ quan ban hành"),
        "issued",
        "review_state",
    ]
    list_filter = [
        "doc_type",
        ReviewStateFilter,
        ("issuing_body", admin.RelatedOnlyFieldListFilter),
        "issued",
        "term",
    ]
    list_select_related = ["issuing_body"]
    date_hierarchy = "issued"
    search_fields = ["code", "label", "subject"]
    autocomplete_fields = ["issuing_body"]
    actions = ["mark_verified", "merge_selected"]
    merge_service = staticmethod(directives_merge)
    readonly_fields = [
        link_list(
            lambda d: related.directive_citing_meetings(directive=d),
            "hội nghị dẫn văn bản này",
            all_model=Meeting,
            all_filter="directive",
        ),
        link_list(
            lambda d: related.directive_citing_tasks(directive=d),
            "nhiệm vụ dẫn văn bản này",
            all_model=Task,
            all_filter="directive",
        ),
        link_list(
            lambda d: related.directive_continues(directive=d),
            "văn bản được tiếp tục, thực hiện",
        ),
        link_list(
            lambda d: related.directive_continued_by(directive=d),
            "văn bản tiếp tục, thực hiện văn bản này",
        ),
    ]
    inlines = [RelationInline]


@admin.register(DirectiveRelation)
class DirectiveRelationAdmin(PlainAdmin):
    list_display = [
        related_link("source", "văn bản"),
        "kind",
        related_link("target", "văn bản được dẫn"),
    ]
    list_filter = ["kind"]
    list_select_related = ["source", "target"]
    search_fields = ["source__code", "target__code"]
    folded_search_field = "source__search_key"
    autocomplete_fields = ["source", "target"]


@admin.register(Citation)
class CitationAdmin(UnitAccessMixin, PlainAdmin):
    paginator = EstimatedCountPaginator
    list_display = [
        related_link("directive", "văn bản"),
        "as_written",
        related_link("meeting", "hội nghị"),
        related_link("task", "nhiệm vụ"),
    ]
    list_filter = ["directive__doc_type"]
    list_select_related = ["directive", "meeting", "task"]
    search_fields = ["directive__code", "as_written"]
    folded_search_field = "directive__search_key"
    autocomplete_fields = ["directive", "meeting", "task", "source_document"]
    readonly_fields = [evidence_link]
