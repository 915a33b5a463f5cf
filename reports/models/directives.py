from django.db import models
from simple_history.models import HistoricalRecords

from reports.models.common import Evidence, Reviewed, SearchKeyed, Timestamped, span_constraint


class Directive(SearchKeyed, Reviewed, Timestamped):
    """A Party or State document (Chỉ thị, Nghị quyết, Kết luận...). A code alone is not an
    identity: numbering restarts each term, so 05-CT/TW names two documents (2016, 2021)."""

    class Type(models.TextChoices):
        NGHI_QUYET = "nghi_quyet", "Nghị quyết"
        CHI_THI = "chi_thi", "Chỉ thị"
        KET_LUAN = "ket_luan", "Kết luận"
        QUY_DINH = "quy_dinh", "Quy định"
        QUYET_DINH = "quyet_dinh", "Quyết định"
        HUONG_DAN = "huong_dan", "Hướng dẫn"
        KE_HOACH = "ke_hoach", "Kế hoạch"
        THONG_BAO = "thong_bao", "Thông báo"
        CHUONG_TRINH = "chuong_trinh", "Chương trình"
        DE_AN = "de_an", "Đề án"
        BAO_CAO = "bao_cao", "Báo cáo"
        KHAC = "khac", "Khác"

    doc_type = models.CharField(
        "loại văn bản", max_length=20, choices=Type.choices, default=Type.KHAC, db_index=True
    )
    number = models.CharField("số", max_length=20, blank=True)
    issuer_code = models.CharField("ký hiệu cơ quan ban hành", max_length=40, blank=True)
    # NULL (not "") for an uncoded reference, so that the unique (code, issued) pair never
    # makes two uncoded references collide.
    code = models.CharField(  # noqa: DJ001
        "số hiệu", max_length=80, null=True, blank=True, db_index=True, help_text="ví dụ 05-CT/TW"
    )
    label = models.CharField("tên gọi", max_length=300)
    issuing_body = models.ForeignKey(
        "reports.Unit",
        verbose_name="cơ quan ban hành",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="directives_issued",
    )
    issuing_body_name = models.CharField("cơ quan ban hành (như viết)", max_length=300, blank=True)
    issued = models.DateField("ngày ban hành", null=True, blank=True, db_index=True)
    subject = models.TextField("trích yếu", blank=True)
    term = models.CharField("khóa", max_length=20, blank=True)
    aliases = models.TextField(
        "tên gọi khác",
        blank=True,
        help_text="số hiệu, tên gọi của các bản ghi đã gộp vào văn bản này, mỗi dòng một tên",
    )
    related = models.ManyToManyField(
        "self",
        verbose_name="văn bản liên quan",
        through="DirectiveRelation",
        through_fields=("source", "target"),
        symmetrical=False,
        related_name="related_from",
        blank=True,
    )
    search_key = models.CharField("khóa tìm kiếm", max_length=600, editable=False, db_index=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "văn bản chỉ đạo"
        verbose_name_plural = "văn bản chỉ đạo"
        ordering = ["-issued", "code", "label"]
        constraints = [
            models.UniqueConstraint(fields=["code", "issued"], name="directive_unique_code_date"),
            models.UniqueConstraint(
                fields=["label"],
                condition=models.Q(code__isnull=True),
                name="directive_uncoded_unique_label",
            ),
            models.CheckConstraint(
                condition=~models.Q(code=""), name="directive_code_null_not_blank"
            ),
        ]

    def __str__(self):
        name = self.code or self.label
        return f"{name} ({self.issued:%d/%m/%Y})" if self.issued else name

    def search_key_parts(self):
        # aliases: the codes and labels of merged duplicates stay findable
        return (
            self.code,
            self.label,
            self.get_doc_type_display(),
            self.number,
            self.aliases,
            self.subject,
        )


class DirectiveRelation(models.Model):
    """``source`` continues / implements / replaces / amends ``target``."""

    class Kind(models.TextChoices):
        CONTINUES = "continues", "Tiếp tục thực hiện"
        IMPLEMENTS = "implements", "Thực hiện"
        REPLACES = "replaces", "Thay thế"
        AMENDS = "amends", "Sửa đổi, bổ sung"

    source = models.ForeignKey(
        Directive, verbose_name="văn bản", on_delete=models.CASCADE, related_name="relations_out"
    )
    target = models.ForeignKey(
        Directive,
        verbose_name="văn bản được dẫn",
        on_delete=models.CASCADE,
        related_name="relations_in",
    )
    kind = models.CharField("quan hệ", max_length=20, choices=Kind.choices)

    class Meta:
        verbose_name = "quan hệ giữa văn bản"
        verbose_name_plural = "quan hệ giữa văn bản"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "target", "kind"], name="directiverelation_unique"
            ),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="directiverelation_not_self"
            ),
        ]

    def __str__(self):
        return f"{self.source} – {self.get_kind_display().lower()} – {self.target}"


class Citation(Evidence, Timestamped):
    """A directive cited by a meeting's report or by a task, with the words as written."""

    directive = models.ForeignKey(
        Directive, verbose_name="văn bản", on_delete=models.CASCADE, related_name="citations"
    )
    meeting = models.ForeignKey(
        "reports.Meeting",
        verbose_name="hội nghị",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    task = models.ForeignKey(
        "reports.Task",
        verbose_name="nhiệm vụ",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="citations",
    )
    as_written = models.CharField("cách viết trong văn bản", max_length=300, blank=True)

    class Meta:
        verbose_name = "trích dẫn"
        verbose_name_plural = "trích dẫn"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(meeting__isnull=False)
                | models.Q(task__isnull=False)
                | models.Q(source_document__isnull=False),
                name="citation_has_citer",
            ),
            models.UniqueConstraint(
                fields=["directive", "task"],
                condition=models.Q(task__isnull=False),
                name="citation_unique_per_task",
            ),
            span_constraint("citation"),
        ]

    def __str__(self):
        citer = self.task or self.meeting or self.source_document
        return f"{self.directive} ← {str(citer)[:60]}"
