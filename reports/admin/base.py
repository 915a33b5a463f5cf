"""Shared admin behaviour: folded search, links between records, review workflow, versions,
merging. The model admins stay declarative; what writes is in ``reports.services``, what
reads in ``reports.selectors``."""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from reports.admin.history_values import readable_value
from reports.selectors import access
from reports.selectors.evidence import span_anchor
from reports.selectors.related import preview
from reports.selectors.search import folded_search, search_words
from reports.services import review
from reports.services.merging import MergeError

EMPTY = "—"


# --- links -----------------------------------------------------------------------------------


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def changelist_url(model, **filters) -> str:
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    return f"{url}?{urlencode(filters)}" if filters else url


def link_to(obj, text: str | None = None) -> str:
    if obj is None:
        return EMPTY
    return format_html('<a href="{}">{}</a>', change_url(obj), text or str(obj))


def related_link(field_name: str, description: str) -> Callable:
    """A column or read-only field: the record ``field_name`` points at, as a link to it.
    Pair it with ``list_select_related`` so a changelist does not query once per row."""

    @admin.display(description=description, ordering=field_name)
    def show(obj):
        return link_to(getattr(obj, field_name))

    show.__name__ = f"{field_name}_link"
    return show


def link_list(
    selector: Callable, description: str, *, all_model=None, all_filter: str | None = None
) -> Callable:
    """A read-only field listing the records ``selector(obj)`` returns as links: the first
    few, the total, and a link to all of them on their changelist (``all_filter=obj.pk``)."""

    @admin.display(description=description)
    def show(obj):
        if obj is None or obj.pk is None:
            return EMPTY
        # only what the viewer may see (set by ViewerMixin.get_object; none when unknown)
        found = preview(access.visible_to(getattr(obj, VIEWER_ATTR, None), selector(obj)))
        if not found.items:
            return "(không có)"
        items = format_html_join("", "<li>{}</li>", ((link_to(item),) for item in found.items))
        more = ""
        if found.total > len(found.items) and all_model is not None:
            more = format_html(
                '<li><a href="{}">Xem tất cả ({})</a></li>',
                changelist_url(all_model, **{all_filter: obj.pk}),
                found.total,
            )
        return format_html('<ul class="related-links">{}{}</ul>', items, more)

    show.__name__ = f"links_{description}"
    return show


@admin.display(description="bằng chứng")
def evidence_link(obj):
    """The words that produced an extracted record, and a link to them in the document."""
    if obj is None or obj.source_document_id is None:
        return EMPTY
    url = change_url(obj.source_document)
    if obj.span_start is None or obj.span_end is None:
        return format_html('<a href="{}">xem văn bản gốc</a>', url)
    excerpt = obj.evidence_text
    if len(excerpt) > 300:
        excerpt = excerpt[:299] + "…"
    return format_html(
        '<a class="evidence-link" href="{}#{}">xem trong văn bản gốc</a>'
        '<blockquote class="evidence-excerpt">{}</blockquote>',
        url,
        span_anchor(obj),
        excerpt,
    )


# --- per-unit access -------------------------------------------------------------------------

VIEWER_ATTR = "_reports_viewer"


class ViewerMixin:
    """Remembers on the record shown who is looking at it, so its read-only lists of related
    meetings and tasks (``link_list``) show only what that user may see."""

    def get_object(self, request, object_id, from_field=None):
        obj = super().get_object(request, object_id, from_field)
        if obj is not None:
            setattr(obj, VIEWER_ATTR, request.user)
        return obj


class UnitAccessMixin:
    """Rows limited to the user's units (``reports.selectors.access``) at every door that
    reads ``get_queryset``: changelist, change/delete view by URL, actions, autocomplete (the
    autocomplete view searches the target admin's ``get_queryset``), export, import; and the
    history pages, which django-simple-history would otherwise show from the history table."""

    def get_queryset(self, request):
        return access.visible_to(request.user, super().get_queryset(request))

    def _require_visible(self, request, object_id):
        if access.sees_everything(request.user):
            return
        if not self.get_queryset(request).filter(pk=unquote(object_id)).exists():
            raise Http404("Không có bản ghi này hoặc bạn không có quyền xem.")

    def history_view(self, request, object_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._require_visible(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


# --- search ----------------------------------------------------------------------------------


class FoldedSearchMixin:
    """Search the stored folded key (``search_key``) with the folded words typed, so
    ``tuyen giao``, ``Tuyên giáo`` and ``TUYÊN GIÁO`` (NFC or NFD) find the same rows."""

    folded_search_field = "search_key"

    def get_search_results(self, request, queryset, search_term):
        if not search_words(search_term):
            return super().get_search_results(request, queryset, search_term)
        return folded_search(queryset, term=search_term, field=self.folded_search_field), False


# --- base classes ----------------------------------------------------------------------------


class ChoiceLabelsHistoryHelper(HistoricalRecordContextHelper):
    """History shows "Trích xuất tự động → Đã chỉnh sửa", not the stored codes, and dates
    and empty values as staff write them (``history_values``)."""

    def prepare_delta_change_value(self, change, value):
        field = self.model._meta.get_field(change.field)
        if field.choices and not field.many_to_many:
            return readable_value(dict(field.flatchoices).get(value, value))
        return readable_value(super().prepare_delta_change_value(change, value))


class BaseAdmin(ViewerMixin, FoldedSearchMixin, SimpleHistoryAdmin):
    list_per_page = 50
    show_full_result_count = False
    object_history_template = "admin/reports/object_history.html"
    object_history_list_template = "admin/reports/object_history_list.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ChoiceLabelsHistoryHelper(self.model, historical_record)

    def history_view_title(self, request, obj):
        return f"Lịch sử thay đổi: {obj}"

    def history_form_view_title(self, request, obj):
        return f"Xem phiên bản cũ: {obj}"

    def revert_disabled(self, request, obj=None):
        # Reverting through django-simple-history would save an old version over a newer one,
        # past the version check; staff restore a value by editing it.
        return True

    def log_addition(self, request, obj, message):
        entry = super().log_addition(request, obj, message)
        review.record_history_annotate(record=obj, note=entry.get_change_message())
        return entry

    def log_change(self, request, obj, message):
        entry = super().log_change(request, obj, message)
        review.record_history_annotate(record=obj, note=entry.get_change_message())
        return entry


class PlainAdmin(FoldedSearchMixin, admin.ModelAdmin):
    """For the link tables that keep no history of their own (aliases, roles, citations)."""

    list_per_page = 50
    show_full_result_count = False


class ReadOnlyInline(admin.TabularInline):
    """Related rows shown with a link to their own page, not edited here."""

    extra = 0
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


class ReviewStateFilter(admin.SimpleListFilter):
    """Review state, with "chưa xác minh" (everything staff have not verified) first."""

    title = "trạng thái kiểm duyệt"
    parameter_name = "review"
    UNVERIFIED = "unverified"

    def lookups(self, request, model_admin):
        from reports.models import ReviewState

        return [(self.UNVERIFIED, "Chưa xác minh"), *ReviewState.choices]

    def queryset(self, request, queryset):
        from reports.models import ReviewState

        if self.value() == self.UNVERIFIED:
            return queryset.exclude(review_state=ReviewState.VERIFIED)
        if self.value():
            return queryset.filter(review_state=self.value())
        return queryset


def record_filter(
    title: str, parameter_name: str, model, apply: Callable, *, choices: Callable | None = None
) -> type[admin.SimpleListFilter]:
    """A filter by one related record (``?parameter_name=pk``), reached from the links on the
    other record's page. It lists ``choices(queryset_of_model)`` when given, else only the
    record chosen, so it never renders a list of thousands of records."""

    class RecordFilter(admin.SimpleListFilter):
        def lookups(self, request, model_admin):
            rows = choices(model.objects.all()) if choices else model.objects.none()
            found = [(str(r.pk), str(r)) for r in rows]
            value = self.value()
            if value and value.isdigit() and value not in {pk for pk, _ in found}:
                chosen = model.objects.filter(pk=value).first()
                if chosen is not None:
                    found.insert(0, (value, str(chosen)))
            return found

        def queryset(self, request, queryset):
            value = self.value()
            if value and value.isdigit():
                return apply(queryset, int(value))
            return queryset

    RecordFilter.title = title
    RecordFilter.parameter_name = parameter_name
    RecordFilter.__name__ = f"{parameter_name.title().replace('_', '')}Filter"
    return RecordFilter


class VersionedForm(forms.ModelForm):
    """Carries the version the form was based on; refuses a save based on an older one."""

    based_on_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["based_on_version"].initial = self.instance.version
            self.fields["based_on_version"].required = True

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is not None:
            # the instance was read from the database for this request: its version is current
            based_on = cleaned.get("based_on_version")
            if based_on != self.instance.version:
                raise ValidationError(
                    review.stale_message(based_on=based_on, current=self.instance.version),
                    code="stale",
                )
        return cleaned


class ReviewedAdmin(BaseAdmin):
    """For extracted records (meetings, tasks, directives): a save through the admin marks
    the record edited so imports leave it alone; the "mark verified" action; versions."""

    actions = ["mark_verified"]

    @admin.action(description="Đánh dấu đã xác minh", permissions=["change"])
    def mark_verified(self, request, queryset):
        changed = review.records_mark_verified(records=queryset)
        self.message_user(request, f"Đã đánh dấu đã xác minh {changed} bản ghi.", messages.SUCCESS)

    def save_model(self, request, obj, form, change):
        review.record_save_edited(
            record=obj,
            based_on_version=form.cleaned_data.get("based_on_version"),
            review_state_chosen="review_state" in form.changed_data,
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except review.StaleVersionError as exc:
            # a colleague saved between our form check and our save: the transaction of the
            # change view rolled back, so their version stands
            self.message_user(request, str(exc), messages.ERROR)
            return HttpResponseRedirect(request.get_full_path())


class MergeMixin:
    """The action "Gộp các bản ghi trùng": a confirmation page where staff choose the record
    to keep, then ``merge_service(target=..., others=...)``."""

    merge_service: Callable  # set by the model admin, as a staticmethod
    merge_template = "admin/reports/merge_confirm.html"

    @admin.action(description="Gộp các bản ghi trùng đã chọn", permissions=["change"])
    def merge_selected(self, request, queryset):
        records = list(queryset)
        if len(records) < 2:
            self.message_user(request, "Chọn ít nhất hai bản ghi để gộp.", messages.WARNING)
            return None
        if request.POST.get("confirm") == "yes":
            by_pk = {str(r.pk): r for r in records}
            target = by_pk.get(request.POST.get("target", ""))
            if target is None:
                self.message_user(request, "Chọn bản ghi được giữ lại.", messages.ERROR)
            else:
                others = [r for r in records if r.pk != target.pk]
                try:
                    result = self.merge_service(target=target, others=others)
                except MergeError as exc:
                    self.message_user(request, str(exc), messages.ERROR)
                    return None
                self.message_user(
                    request,
                    format_html(
                        "Đã gộp {} vào {} ({} liên kết được chuyển, {} liên kết trùng bỏ đi).",
                        "; ".join(result.merged),
                        link_to(target),
                        result.repointed,
                        result.dropped,
                    ),
                    messages.SUCCESS,
                )
                return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Gộp các bản ghi trùng",
            "opts": self.model._meta,
            "records": records,
            "action_name": "merge_selected",
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        return TemplateResponse(request, self.merge_template, context)
