"""Pieces shared by the models: review states, evidence spans, timestamps, search keys."""

from django.db import models

from reports.extraction.normalize import fold


class ReviewState(models.TextChoices):
    EXTRACTED = "extracted", "Trích xuất tự động"
    NEEDS_REVIEW = "needs_review", "Cần xem xét"
    EDITED = "edited", "Đã chỉnh sửa"
    VERIFIED = "verified", "Đã xác minh"


# Records in these states are staff's work: an import never overwrites them.
LOCKED_STATES = frozenset({ReviewState.EDITED, ReviewState.VERIFIED})


class Timestamped(models.Model):
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        abstract = True


class Evidence(models.Model):
    """Where an extracted record came from: the document and the character span of its text."""

    source_document = models.ForeignKey(
        "reports.SourceDocument",
        verbose_name="văn bản nguồn",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    span_start = models.PositiveIntegerField("vị trí bắt đầu", null=True, blank=True)
    span_end = models.PositiveIntegerField("vị trí kết thúc", null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def evidence_text(self) -> str:
        if self.source_document_id is None or self.span_start is None or self.span_end is None:
            return ""
        return self.source_document.text[self.span_start : self.span_end]


class Reviewed(models.Model):
    review_state = models.CharField(
        "trạng thái kiểm duyệt",
        max_length=20,
        choices=ReviewState.choices,
        default=ReviewState.EXTRACTED,
        db_index=True,
    )

    class Meta:
        abstract = True

    @property
    def is_locked(self) -> bool:
        """True when staff have edited or verified the record (imports leave it alone)."""
        return self.review_state in LOCKED_STATES


def line_ends_normalise(text: str) -> str:
    """``\r\n`` and lone ``\r`` as ``\n``: a browser's textarea and a spreadsheet send CRLF,
    the exports and comparisons expect one form, so a round trip is exact."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if text else text


class SearchKeyed:
    """A model whose folded ``search_key`` is derived from its own fields (named by
    ``search_key_parts``), in one place: ``save()`` sets it, and ``with_search_keys`` sets it
    on rows about to go in with ``bulk_create`` (which skips ``save()``)."""

    def search_key_parts(self) -> tuple[str | None, ...]:
        raise NotImplementedError

    def build_search_key(self, *args, **kwargs) -> str:
        """The key of ``search_key_parts(*args, **kwargs)``, cut to its column (a long subject
        would otherwise overflow it on PostgreSQL)."""
        limit = self._meta.get_field("search_key").max_length
        key = search_key(*self.search_key_parts(*args, **kwargs))
        return key[:limit] if limit else key

    def set_search_key(self) -> None:
        self.search_key = self.build_search_key()

    def save(self, *args, **kwargs):
        self.set_search_key()
        super().save(*args, **kwargs)


def with_search_keys(rows):
    """``rows`` (a list) with their derived search keys set: call it before ``bulk_create``."""
    rows = list(rows)
    for row in rows:
        row.set_search_key()
    return rows


def search_key(*parts: str | None) -> str:
    """The folded key staff search by: lower case, no diacritics, đ → d."""
    return fold(" ".join(p for p in parts if p))


def ordered_constraint(start: str, end: str, name: str) -> models.CheckConstraint:
    """``end`` is not before ``start`` when both are set (dates, validity, spans)."""
    return models.CheckConstraint(
        condition=models.Q(**{f"{start}__isnull": True})
        | models.Q(**{f"{end}__isnull": True})
        | models.Q(**{f"{end}__gte": models.F(start)}),
        name=name,
    )


def span_constraint(prefix: str) -> models.CheckConstraint:
    """A span ends at or after its start."""
    return ordered_constraint("span_start", "span_end", f"{prefix}_span_ordered")
