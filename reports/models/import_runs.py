from django.conf import settings
from django.db import models


class ImportRun(models.Model):
    """A batch of documents imported in the background ("Lượt nhập"): by ``import_seeds
    --background`` or a large upload. Its documents are ``ImportRunItem`` rows, each
    processed by its own job (``reports.jobs``), so several workers share a run."""

    class Source(models.TextChoices):
        COMMAND = "command", "Lệnh import_seeds"
        UPLOAD = "upload", "Tải lên trong trang quản trị"

    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người bắt đầu",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="import_runs",
    )
    source = models.CharField("nguồn", max_length=20, choices=Source.choices)
    created = models.DateTimeField("bắt đầu lúc", auto_now_add=True, db_index=True)
    finished = models.DateTimeField("xong lúc", null=True, blank=True)
    cancelled = models.DateTimeField("hủy lúc", null=True, blank=True)
    reextract = models.BooleanField("trích xuất lại", default=False)
    # the counters are raised in the transaction that loads each document, so they always
    # agree with what was written
    total = models.PositiveIntegerField("tổng số văn bản", default=0)
    new = models.PositiveIntegerField("mới", default=0)
    unchanged = models.PositiveIntegerField("không đổi", default=0)
    reextracted = models.PositiveIntegerField("trích xuất lại", default=0)
    failed = models.PositiveIntegerField("lỗi", default=0)
    skipped = models.PositiveIntegerField("bỏ qua (đã hủy)", default=0)
    # an upload's documents are read (extracted) by the job and wait for staff to confirm
    extracted = models.PositiveIntegerField("đã đọc, chờ xác nhận", default=0)

    class Meta:
        verbose_name = "lượt nhập"
        verbose_name_plural = "lượt nhập"
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"Lượt nhập #{self.pk} ({self.done}/{self.total})"

    @property
    def done(self) -> int:
        return (
            self.new
            + self.unchanged
            + self.reextracted
            + self.failed
            + self.skipped
            + self.extracted
        )


class ImportRunItem(models.Model):
    """One document of a run: its bytes, kept here until it is processed (a worker on another
    machine cannot read the paths of this one), then deleted; its outcome and reason."""

    class Status(models.TextChoices):
        QUEUED = "queued", "Chờ xử lý"
        RUNNING = "running", "Đang xử lý"
        NEW = "new", "Mới"
        UNCHANGED = "unchanged", "Không đổi"
        REEXTRACTED = "reextracted", "Trích xuất lại"
        FAILED = "failed", "Lỗi"
        SKIPPED = "skipped", "Bỏ qua (đã hủy)"
        EXTRACTED = "extracted", "Đã đọc, chờ xác nhận"

    run = models.ForeignKey(
        ImportRun, verbose_name="lượt nhập", on_delete=models.CASCADE, related_name="items"
    )
    position = models.PositiveIntegerField("thứ tự")
    file_name = models.CharField("tên tệp", max_length=500)
    size = models.PositiveIntegerField("kích thước (byte)")
    content = models.BinaryField("nội dung", null=True, editable=False)
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.QUEUED
    )
    attempts = models.PositiveSmallIntegerField("số lần thử", default=0)
    # the time by which the item should be finished: past it, a queued or running item was
    # lost (a worker killed, a job never queued) and is queued again
    lease_until = models.DateTimeField("hạn xử lý", null=True, blank=True)
    reason = models.TextField("lý do lỗi", blank=True)
    # an upload's document as read by the job (``PendingDocument.as_dict()``): shown in the
    # preview, loaded only when the uploader confirms
    pending = models.JSONField("văn bản đã đọc", null=True, blank=True, editable=False)
    document = models.ForeignKey(
        "reports.SourceDocument",
        verbose_name="văn bản nguồn",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    finished = models.DateTimeField("xong lúc", null=True, blank=True)

    class Meta:
        verbose_name = "văn bản của lượt nhập"
        verbose_name_plural = "văn bản của lượt nhập"
        ordering = ["run", "position"]
        indexes = [
            models.Index(fields=["status", "lease_until"], name="importitem_status_lease_idx")
        ]
        constraints = [
            models.UniqueConstraint(fields=["run", "position"], name="importitem_unique_position")
        ]

    def __str__(self):
        return f"{self.file_name} ({self.get_status_display()})"
