"""Export and import of tasks in the admin.

Export (buttons on the changelist, and actions on a selection) streams the file through
:mod:`reports.services.exports`, the same code as ``manage.py export_tasks``: the buttons
export the rows of the current filters and search (every page of them), the actions the
selected rows. Only rows of the admin's queryset (what the user may see) are exported.

Import is django-import-export's (upload, dry run with the diff, confirmation) with
:class:`reports.resources.TaskResource`, limited to the tasks the user may see.
"""

from __future__ import annotations

import tempfile

from django.contrib import admin
from django.contrib.admin.options import IncorrectLookupParameters
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, HttpResponseBadRequest, StreamingHttpResponse
from django.urls import path
from import_export.admin import ImportMixin
from import_export.formats import base_formats

from reports.resources import TaskResource
from reports.services.exports import (
    CONTENT_TYPES,
    FORMATS,
    export_filename,
    tasks_csv_chunks,
    tasks_write_xlsx,
)

FORMAT_PARAM = "_dinh_dang"


class SpreadsheetCSV(base_formats.CSV):
    """CSV as saved by Excel: comma-separated as exported, or semicolon-separated when Excel
    runs with a Vietnamese (or other decimal-comma) list separator."""

    def create_dataset(self, in_stream, **kwargs):
        if isinstance(in_stream, bytes) and self.encoding:
            in_stream = in_stream.decode(self.encoding)
        header = in_stream.split("\n", 1)[0]
        if header.count(";") > header.count(","):
            kwargs.setdefault("delimiter", ";")
        return super().create_dataset(in_stream, **kwargs)


def task_export_response(*, queryset, fmt: str):
    """The HTTP response carrying the export of ``queryset`` (CSV streamed; XLSX written
    to a temporary file by openpyxl's write-only mode, then streamed from it)."""
    filename = export_filename(fmt)
    if fmt == "csv":
        chunks = (chunk.encode("utf-8") for chunk in tasks_csv_chunks(queryset=queryset))
        response = StreamingHttpResponse(chunks, content_type=CONTENT_TYPES["csv"])
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    # Closed, and so deleted, by FileResponse once sent.
    spool = tempfile.TemporaryFile()  # noqa: SIM115
    tasks_write_xlsx(queryset=queryset, out=spool)
    spool.seek(0)
    return FileResponse(
        spool, as_attachment=True, filename=filename, content_type=CONTENT_TYPES["xlsx"]
    )


class TaskExportImportMixin(ImportMixin):
    """Export buttons and actions, and django-import-export's import, for ``TaskAdmin``."""

    import_export_change_list_template = "admin/reports/task/change_list_export.html"
    import_template_name = "admin/reports/task/import.html"
    resource_classes = [TaskResource]

    # -- export ----------------------------------------------------------------------------

    def has_export_permission(self, request):
        return self.has_view_or_change_permission(request)

    def get_urls(self):
        urls = [
            path(
                "xuat/",
                self.admin_site.admin_view(self.export_view),
                name="reports_task_export",
            )
        ]
        return urls + super().get_urls()

    def changelist_view(self, request, extra_context=None):
        extra_context = {
            **(extra_context or {}),
            "has_export_permission": self.has_export_permission(request),
        }
        return super().changelist_view(request, extra_context)

    def export_view(self, request):
        """Export the changelist's rows as filtered and searched by the query string."""
        if not self.has_export_permission(request):
            raise PermissionDenied
        fmt = request.GET.get(FORMAT_PARAM, "csv")
        if fmt not in FORMATS:
            return HttpResponseBadRequest(f"Định dạng «{fmt}» không hỗ trợ (chọn csv hoặc xlsx).")
        # The changelist reads every other parameter as a filter: hide ours from it.
        params = request.GET.copy()
        params.pop(FORMAT_PARAM, None)
        request.GET = params
        try:
            changelist = self.get_changelist_instance(request)
        except IncorrectLookupParameters:
            return HttpResponseBadRequest("Bộ lọc không hợp lệ.")
        queryset = changelist.get_queryset(request)
        return task_export_response(queryset=queryset, fmt=fmt)

    @admin.action(description="Xuất CSV các nhiệm vụ đã chọn")
    def export_selected_csv(self, request, queryset):
        return task_export_response(queryset=queryset, fmt="csv")

    @admin.action(description="Xuất Excel (XLSX) các nhiệm vụ đã chọn")
    def export_selected_xlsx(self, request, queryset):
        return task_export_response(queryset=queryset, fmt="xlsx")

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_export_permission(request):
            for name in ("export_selected_csv", "export_selected_xlsx"):
                func = getattr(type(self), name)
                actions[name] = (func, name, func.short_description)
        return actions

    # -- import ----------------------------------------------------------------------------

    def has_import_permission(self, request):
        return self.has_change_permission(request)

    def get_import_formats(self):
        return [SpreadsheetCSV, base_formats.XLSX]

    def get_import_resource_kwargs(self, request, **kwargs):
        # A row can only touch a task the user may see in this admin.
        kwargs = super().get_import_resource_kwargs(request, **kwargs)
        return {**kwargs, "queryset": self.get_queryset(request)}
