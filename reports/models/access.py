from django.conf import settings
from django.db import models


class StaffProfile(models.Model):
    """The units a staff account works for. A user who is not a superuser sees, edits,
    exports and imports only the meetings and tasks of these units and their sub-units
    (``reports.selectors.access``); without a profile, nothing."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="staff_profile",
    )
    units = models.ManyToManyField(
        "reports.Unit",
        verbose_name="đơn vị",
        related_name="staff_profiles",
        blank=True,
        help_text="Người dùng thấy hội nghị, nhiệm vụ của các đơn vị này và đơn vị trực thuộc.",
    )
    all_units = models.BooleanField(
        "xem tất cả đơn vị",
        default=False,
        help_text="Cho lãnh đạo, chuyên viên tổng hợp: thấy dữ liệu của mọi đơn vị.",
    )

    class Meta:
        verbose_name = "phạm vi đơn vị của cán bộ"
        verbose_name_plural = "phạm vi đơn vị của cán bộ"

    def __str__(self):
        return f"Phạm vi đơn vị của {self.user}"
