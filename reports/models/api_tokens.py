from django.conf import settings
from django.db import models


class ApiToken(models.Model):
    """A personal key to the read-only API (``Authorization: Bearer <token>``). Only the
    SHA-256 of the token is stored: the token itself is shown once, when it is created
    (``reports.services.api_tokens``). The API answers with what its user sees in the admin."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="tài khoản",
        on_delete=models.CASCADE,
        related_name="api_tokens",
    )
    name = models.CharField(
        "tên gọi", max_length=100, help_text="để nhận ra mã: hệ thống nào dùng nó"
    )
    token_hash = models.CharField("mã băm", max_length=64, unique=True, editable=False)
    created = models.DateTimeField("ngày tạo", auto_now_add=True)
    last_used = models.DateTimeField("lần dùng cuối", null=True, blank=True, editable=False)
    revoked = models.DateTimeField("ngày thu hồi", null=True, blank=True, editable=False)

    class Meta:
        verbose_name = "mã truy cập API"
        verbose_name_plural = "mã truy cập API"
        ordering = ["-created", "-id"]

    def __str__(self):
        return f"{self.name} ({self.user})"
