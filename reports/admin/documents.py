from django.contrib import admin
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from reports.admin.base import BaseAdmin, UnitAccessMixin, link_list
from reports.models import Meeting, SourceDocument, Task
from reports.selectors.evidence import Span, document_spans


def highlight(text: str, spans: list[Span]) -> str:
    """``text`` as HTML with every span marked and anchored (``id`` = the span's anchor).

    The text is untrusted (it comes from imported files), so every piece of it is escaped;
    only the marks and anchors built here are HTML. Spans may overlap or nest: the text is cut
    at every span boundary and each piece is marked with all the spans that cover it."""
    starts: dict[int, list[Span]] = {}
    ends: dict[int, list[Span]] = {}
    for span in spans:
        starts.setdefault(span.start, []).append(span)
        ends.setdefault(span.end, []).append(span)
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[str, Span] = {}
    pieces: list[str] = []
    for here, following in zip(cuts, cuts[1:], strict=False):
        for span in ends.get(here, []):
            active.pop(span.anchor, None)
        for span in starts.get(here, []):
            active[span.anchor] = span
            pieces.append(f'<span class="span-anchor" id="{escape(span.anchor)}"></span>')
        piece = escape(text[here:following])
        if active:
            labels = escape(" | ".join(s.label for s in active.values()))
            anchors = escape(" ".join(active))
            piece = f'<mark class="evidence" title="{labels}" data-spans="{anchors}">{piece}</mark>'
        pieces.append(piece)
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text escaped above


@admin.display(description="văn bản (phần được trích xuất được tô màu)")
def highlighted_text(document):
    if document is None or document.pk is None:
        return "—"
    html = highlight(document.text, document_spans(document=document))
    return format_html('<div class="document-text">{}</div>', html)


@admin.register(SourceDocument)
class SourceDocumentAdmin(UnitAccessMixin, BaseAdmin):
    class Media:
        css = {"all": ["reports/admin.css"]}  # list columns and inline forms that fit

    list_display = ["__str__", "file_name", "genre", "published", "imported_at"]
    list_filter = ["genre", "extractor_version", "published", "imported_at"]
    date_hierarchy = "published"
    search_fields = ["title", "file_name"]
    list_select_related = ["uploaded_by"]
    autocomplete_fields = ["uploaded_by"]
    change_form_template = "admin/reports/sourcedocument/change_form.html"

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["file_name", "title", "genre", "published", "text"]
        return [
            "title",
            "genre",
            "published",
            "file_name",
            "sha256",
            "encoding",
            "extractor_version",
            "imported_at",
            "uploaded_by",
            *self.link_fields,
            highlighted_text,
        ]

    link_fields = [
        link_list(
            lambda d: Meeting.objects.filter(source_document=d).order_by("id"),
            "hội nghị từ văn bản này",
        ),
        link_list(
            lambda d: Task.objects.filter(source_document=d).order_by("meeting_id", "ordinal"),
            "nhiệm vụ từ văn bản này",
        ),
    ]

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        # the text is the reference of every span: it is never edited after import
        return [
            "file_name",
            "sha256",
            "encoding",
            "extractor_version",
            "imported_at",
            "uploaded_by",
            *self.link_fields,
            highlighted_text,
        ]

    def get_search_results(self, request, queryset, search_term):
        # Documents have no folded key: fall back to Django's own search on title and file.
        return admin.ModelAdmin.get_search_results(self, request, queryset, search_term)
