from django.contrib import admin

from reports.admin.base import BaseAdmin, FoldedSearchMixin
from reports.models import Citation, Directive, DirectiveRelation


class RelationInline(admin.TabularInline):
    model = DirectiveRelation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]


@admin.register(Directive)
class DirectiveAdmin(BaseAdmin):
    list_display = ["__str__", "doc_type", "label", "issuing_body_name", "issued", "review_state"]
    list_filter = ["doc_type", "review_state"]
    date_hierarchy = "issued"
    search_fields = ["code", "label", "subject"]
    autocomplete_fields = ["issuing_body"]
    inlines = [RelationInline]


@admin.register(DirectiveRelation)
class DirectiveRelationAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "target"]
    list_filter = ["kind"]
    list_select_related = ["source", "target"]
    search_fields = ["source__code", "target__code"]
    autocomplete_fields = ["source", "target"]


@admin.register(Citation)
class CitationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["directive", "as_written", "meeting", "task"]
    list_select_related = ["directive", "meeting", "task"]
    search_fields = ["directive__code", "as_written"]
    folded_search_field = "directive__search_key"
    autocomplete_fields = ["directive", "meeting", "task", "source_document"]
