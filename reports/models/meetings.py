from collections.abc import Iterable

from django.db import models
from simple_history.models import HistoricalRecords

from reports.models.common import (
    Evidence,
    Reviewed,
    SearchKeyed,
    Timestamped,
    ordered_constraint,
    span_constraint,
)
from reports.models.querysets import YearProbeQuerySet


class Meeting(SearchKeyed, Evidence, Reviewed, Timestamped):
    """A review meeting (sơ kết, tổng kết, giao ban...) reported by a document."""

    class Kind(models.TextChoices):
        SO_KET = "so_ket", "Sơ kết"
        TONG_KET = "tong_ket", "Tổng kết"
        GIAO_BAN = "giao_ban", "Giao ban"
        BAO_CAO_VIEN = "bao_cao_vien", "Báo cáo viên"
        TAP_HUAN = "tap_huan", "Tập huấn"
        HOI_THAO = "hoi_thao", "Hội thảo, tọa đàm"
        GAP_MAT = "gap_mat", "Gặp mặt"
        CHUYEN_DE = "chuyen_de", "Chuyên đề"
        KHAC = "khac", "Khác"

    title = models.TextField("tiêu đề")
    kind = models.CharField(
        "loại hội nghị", max_length=20, choices=Kind.choices, default=Kind.KHAC, db_index=True
    )
    start_date = models.DateField("ngày bắt đầu", null=True, blank=True, db_index=True)
    end_date = models.DateField("ngày kết thúc", null=True, blank=True)
    period_label = models.CharField("kỳ đánh giá", max_length=200, blank=True)
    period_start = models.DateField("kỳ đánh giá từ", null=True, blank=True)
    period_end = models.DateField("kỳ đánh giá đến", null=True, blank=True)
    host_unit = models.ForeignKey(
        "reports.Unit",
        verbose_name="đơn vị tổ chức",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="meetings_hosted",
    )
    location = models.CharField("địa điểm", max_length=300, blank=True)
    summary = models.TextField("tóm tắt", blank=True)
    version = models.PositiveIntegerField("phiên bản", default=1)
    # set by a re-extraction that no longer finds this meeting, which staff edited and so kept
    not_in_source = models.BooleanField("không còn trong văn bản", default=False)
    search_key = models.TextField("khóa tìm kiếm", editable=False, blank=True)
    objects = YearProbeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "hội nghị"
        verbose_name_plural = "hội nghị"
        ordering = ["-start_date", "id"]
        constraints = [
            ordered_constraint("start_date", "end_date", "meeting_end_after_start"),
            ordered_constraint("period_start", "period_end", "meeting_period_ordered"),
            span_constraint("meeting"),
        ]

    def __str__(self):
        when = f" ({self.start_date:%d/%m/%Y})" if self.start_date else ""
        return f"{self.title}{when}"

    def search_key_parts(self, participant_names: Iterable[str] | None = None) -> tuple:
        """The one definition of what finds a meeting: its title and period, the host unit
        (name and short name), the place, and the participants' names. ``participant_names``
        are read from the database when not given (none for a meeting not saved yet); when
        the host or the participants change, ``meeting_search_key_refresh`` rebuilds it."""
        if participant_names is None:
            participant_names = (
                self.participations.order_by("pk").values_list("person__full_name", flat=True)
                if self.pk is not None
                else ()
            )
        host = self.host_unit if self.host_unit_id is not None else None
        return (
            self.title,
            self.period_label,
            host.name if host else "",
            host.short_name if host else "",
            self.location,
            *dict.fromkeys(participant_names),  # a person in two roles counts once
        )


class Participation(Evidence, Timestamped):
    """A person's part in a meeting, with the position as written at the time."""

    class Role(models.TextChoices):
        CHAIR = "chair", "Chủ trì"
        DIRECTING = "directing", "Dự và chỉ đạo"
        REPORTING = "reporting", "Trình bày báo cáo"
        CONCLUDING = "concluding", "Kết luận"
        SPEAKING = "speaking", "Phát biểu, tham luận"
        ATTENDING = "attending", "Tham dự"

    meeting = models.ForeignKey(
        Meeting, verbose_name="hội nghị", on_delete=models.CASCADE, related_name="participations"
    )
    person = models.ForeignKey(
        "reports.Person",
        verbose_name="người",
        on_delete=models.PROTECT,
        related_name="participations",
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    position = models.CharField("chức vụ (như trong văn bản)", max_length=500, blank=True)

    class Meta:
        verbose_name = "thành phần tham dự"
        verbose_name_plural = "thành phần tham dự"
        ordering = ["meeting", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "person", "role"], name="participation_unique_role"
            ),
            span_constraint("participation"),
        ]

    def __str__(self):
        return f"{self.person} – {self.get_role_display()} – {self.meeting.title[:60]}"


class MeetingSource(Evidence, Timestamped):
    """One document reporting a meeting, with the span it reports it in: the same meeting
    reported by a portal and by a newspaper is one meeting with two sources."""

    meeting = models.ForeignKey(
        Meeting, verbose_name="hội nghị", on_delete=models.CASCADE, related_name="sources"
    )
    differences = models.TextField(
        "khác với hội nghị đã có",
        blank=True,
        help_text="các trường văn bản này ghi khác, để nhân viên xem xét (không ghi đè)",
    )

    class Meta:
        verbose_name = "nguồn đưa tin hội nghị"
        verbose_name_plural = "nguồn đưa tin hội nghị"
        ordering = ["meeting", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "source_document"], name="meetingsource_unique_document"
            ),
            span_constraint("meetingsource"),
        ]

    def __str__(self):
        return f"{self.meeting.title[:60]} – {self.source_document}"
