"""Shared admin behaviour: search that ignores diacritics, tone marks and case."""

from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from reports.extraction.normalize import fold


class FoldedSearchMixin:
    """Search the stored folded key (``search_key``) with the folded words typed, so
    ``tuyen giao``, ``Tuyên giáo`` and ``TUYÊN GIÁO`` (NFC or NFD) find the same rows."""

    folded_search_field = "search_key"

    def get_search_results(self, request, queryset, search_term):
        words = fold(search_term).split()
        if not words:
            return super().get_search_results(request, queryset, search_term)
        for word in words:
            queryset = queryset.filter(**{f"{self.folded_search_field}__contains": word})
        return queryset, False


class BaseAdmin(FoldedSearchMixin, SimpleHistoryAdmin):
    list_per_page = 50
    show_full_result_count = False


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False
