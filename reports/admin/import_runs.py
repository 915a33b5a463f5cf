""" "Lượt nhập": background imports with their progress, each failure with its reason.
A run is its starter's (a superuser sees all); runs are made by ``import_seeds
--background`` and large uploads, never in a form here; a run not finished can be cancelled."""

from django.contrib import admin, messages
from django.utils.html import format_html

from reports.admin.base import ScopedLinksMixin, TabularInline, link_to
from reports.models import ImportRun, ImportRunItem
from reports.services.import_runs import import_run_cancel, import_runs_visible_to

# who may import may follow their imports (the upload page's permission)
IMPORT_PERMISSION = "reports.add_sourcedocument"


class ImportRunItemInline(TabularInline):
    """The documents worth a look: failed, skipped, or not yet done (not the thousand that
    loaded fine)."""

    model = ImportRunItem
    fields = ["position", "file_name", "size", "status", "attempts", "reason", "document_link"]
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = "văn bản lỗi, bỏ qua hoặc chưa xong"

    def get_queryset(self, request):
        done_fine = [ImportRunItem.Status.NEW, ImportRunItem.Status.UNCHANGED]
        done_fine.append(ImportRunItem.Status.REEXTRACTED)
        return super().get_queryset(request).exclude(status__in=done_fine).defer("content")

    def has_view_permission(self, request, obj=None):
        # shown with its run, to whoever may see the run
        return request.user.is_active and request.user.has_perm(IMPORT_PERMISSION)

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description="văn bản nguồn")
    def document_link(self, item):
        return link_to(item.document)


@admin.register(ImportRun)
class ImportRunAdmin(ScopedLinksMixin, admin.ModelAdmin):
    list_display = [
        "__str__",
        "started_by",
        "created",
        "source",
        "progress",
        "new",
        "unchanged",
        "failed",
        "state",
    ]
    list_filter = ["source", ("finished", admin.EmptyFieldListFilter)]
    list_select_related = ["started_by"]
    fields = [
        "started_by",
        "source",
        "created",
        "finished",
        "cancelled",
        "reextract",
        "progress",
        "total",
        "new",
        "unchanged",
        "reextracted",
        "failed",
        "skipped",
    ]
    readonly_fields = fields
    inlines = [ImportRunItemInline]
    actions = ["cancel"]

    def has_module_permission(self, request):
        user = request.user
        return user.is_active and user.is_staff and user.has_perm(IMPORT_PERMISSION)

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_superuser

    def get_queryset(self, request):
        return import_runs_visible_to(request.user, super().get_queryset(request))

    @admin.display(description="tiến độ")
    def progress(self, run):
        percent = 100 if not run.total else round(100 * run.done / run.total)
        return format_html(
            '<progress max="100" value="{}" title="{}%"></progress> {}/{}',
            percent,
            percent,
            run.done,
            run.total,
        )

    @admin.display(description="trạng thái")
    def state(self, run):
        if run.cancelled:
            return "Đã hủy" if run.finished else "Đang hủy"
        return "Xong" if run.finished else "Đang chạy"

    @admin.action(description="Hủy các lượt nhập đã chọn")
    def cancel(self, request, queryset):
        skipped = sum(import_run_cancel(run=run) for run in queryset)
        self.message_user(
            request, f"Đã hủy; {skipped} văn bản chưa xử lý được bỏ qua.", messages.SUCCESS
        )
