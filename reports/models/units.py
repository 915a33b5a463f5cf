from django.db import models
from simple_history.models import HistoricalRecords

from reports.models.common import SearchKeyed, Timestamped, ordered_constraint


class Unit(SearchKeyed, Timestamped):
    """An organisation: a committee, a board, a bloc, a newspaper... Bodies are merged and
    renamed (the 2025 restructuring), so a unit has validity dates and a successor."""

    class Kind(models.TextChoices):
        COMMITTEE = "cap_uy", "Cấp ủy"
        BOARD = "ban", "Ban / cơ quan tham mưu"
        PARTY_ORG = "dang_bo", "Đảng bộ / chi bộ"
        STEERING = "ban_chi_dao", "Ban chỉ đạo"
        STATE = "nha_nuoc", "Cơ quan nhà nước"
        PRESS = "bao_chi", "Báo chí, truyền thông"
        MASS_ORG = "doan_the", "Mặt trận, đoàn thể"
        OTHER = "khac", "Khác"

    class Level(models.TextChoices):
        CENTRAL = "trung_uong", "Trung ương"
        PROVINCE = "tinh", "Tỉnh / thành phố"
        DISTRICT = "huyen", "Huyện / quận"
        GRASSROOTS = "co_so", "Cơ sở"
        UNKNOWN = "", "Chưa xác định"

    name = models.CharField("tên", max_length=300)
    short_name = models.CharField("tên viết tắt", max_length=60, blank=True)
    kind = models.CharField(
        "loại", max_length=20, choices=Kind.choices, default=Kind.OTHER, db_index=True
    )
    level = models.CharField(
        "cấp", max_length=20, choices=Level.choices, default=Level.UNKNOWN, blank=True
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="trực thuộc",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
    )
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    successor = models.ForeignKey(
        "self",
        verbose_name="đơn vị kế tục",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="predecessors",
    )
    search_key = models.CharField("khóa tìm kiếm", max_length=400, editable=False, db_index=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        ordering = ["name"]
        # the unit tree decides who sees what (reports.selectors.access): its own role
        permissions = [
            (
                "manage_reference",
                "Quản trị danh mục: cây đơn vị, kế tục, hiệu lực, gộp đơn vị và người",
            )
        ]
        constraints = [
            ordered_constraint("valid_from", "valid_to", "unit_valid_to_after_valid_from"),
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("id")), name="unit_not_own_parent"
            ),
            models.UniqueConstraint(fields=["name", "valid_from"], name="unit_unique_name_from"),
        ]

    def __str__(self):
        return self.name

    def search_key_parts(self):
        # The folded key is derived data kept in step with the name, like a slug.
        return (self.name, self.short_name)


class UnitAlias(SearchKeyed, models.Model):
    """A spelling of a unit met in a document (``Đảng ủy Khối cơ quan Trung ương``)."""

    unit = models.ForeignKey(
        Unit, verbose_name="đơn vị", on_delete=models.CASCADE, related_name="aliases"
    )
    name = models.CharField("cách viết", max_length=300)
    search_key = models.CharField("khóa tìm kiếm", max_length=400, editable=False, db_index=True)

    class Meta:
        verbose_name = "tên gọi khác"
        verbose_name_plural = "tên gọi khác"
        constraints = [
            models.UniqueConstraint(fields=["unit", "search_key"], name="unitalias_unique_key"),
        ]

    def __str__(self):
        return self.name

    def search_key_parts(self):
        return (self.name,)
