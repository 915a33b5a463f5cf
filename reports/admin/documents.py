from django.contrib import admin

from reports.admin.base import BaseAdmin
from reports.models import SourceDocument


@admin.register(SourceDocument)
class SourceDocumentAdmin(BaseAdmin):
    list_display = ["__str__", "file_name", "genre", "published", "imported_at"]
    list_filter = ["genre", "extractor_version"]
    date_hierarchy = "published"
    search_fields = ["title", "file_name"]
    readonly_fields = ["sha256", "encoding", "extractor_version", "imported_at", "uploaded_by"]

    def get_search_results(self, request, queryset, search_term):
        # Documents have no folded key: fall back to Django's own search on title and file.
        return admin.ModelAdmin.get_search_results(self, request, queryset, search_term)
