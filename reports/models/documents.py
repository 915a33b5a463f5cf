from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from reports.extraction.fingerprint import shingles, sketch, words, words_fingerprint


class SourceDocument(models.Model):
    """A document as imported: its normalised text is the reference for every span."""

    class Genre(models.TextChoices):
        ARTICLE = "article", "Bài báo / tin"
        NOTICE = "thong_bao", "Thông báo"
        REPORT = "bao_cao", "Báo cáo"
        PLAN = "ke_hoach", "Kế hoạch"
        OTHER = "other", "Khác"

    file_name = models.CharField("tên tệp", max_length=255)
    sha256 = models.CharField("mã băm SHA-256", max_length=64, unique=True)
    # identity: the hash of the folded word sequence (reports.extraction.fingerprint), so a
    # .docx of an imported .txt is the same document; empty only for a row found to repeat
    # another when this field was added, until ``find_duplicates --merge`` merges it
    fingerprint = models.CharField(
        "dấu vân tay nội dung", max_length=64, blank=True, default="", editable=False
    )
    # for near-duplicates: the word count bounds the candidates, the sketch estimates the share
    word_count = models.PositiveIntegerField("số từ", default=0, db_index=True, editable=False)
    shingle_sketch = models.JSONField("phác đồ cụm từ", default=list, editable=False)
    text = models.TextField("văn bản đã chuẩn hóa")
    encoding = models.CharField("bảng mã", max_length=40, default="utf-8")
    title = models.TextField("tiêu đề", blank=True)
    published = models.DateField("ngày đăng", null=True, blank=True, db_index=True)
    genre = models.CharField(
        "loại văn bản", max_length=20, choices=Genre.choices, default=Genre.ARTICLE
    )
    extractor_version = models.CharField("phiên bản bộ trích xuất", max_length=20)
    imported_at = models.DateTimeField("nhập lúc", auto_now_add=True, db_index=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tải lên",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    history = HistoricalRecords(excluded_fields=["text", "shingle_sketch"])

    class Meta:
        verbose_name = "văn bản nguồn"
        verbose_name_plural = "văn bản nguồn"
        ordering = ["-imported_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["fingerprint"],
                condition=~models.Q(fingerprint=""),
                name="sourcedocument_unique_fingerprint",
            )
        ]

    def __str__(self):
        return self.title or self.file_name

    def set_identity(self) -> None:
        """Derive the identity fields from ``text`` (one place: the loader, the data
        migration and the duplicate finder all call this)."""
        sequence = words(self.text)
        self.fingerprint = words_fingerprint(sequence)
        self.word_count = len(sequence)
        self.shingle_sketch = sketch(shingles(sequence))
