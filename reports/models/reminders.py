from django.conf import settings
from django.db import models


class ReminderLog(models.Model):
    """One e-mail digest of due tasks sent to one person on one day. The unique key is what
    keeps a second run the same day (a cron line beside the scheduled job) from sending
    again: ``reports.services.reminders``."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhận",
        on_delete=models.CASCADE,
        related_name="reminder_logs",
    )
    day = models.DateField("ngày nhắc")
    email = models.EmailField("gửi tới")
    days_ahead = models.PositiveSmallIntegerField("số ngày nhắc trước")
    overdue_count = models.PositiveIntegerField("số nhiệm vụ quá hạn")
    due_count = models.PositiveIntegerField("số nhiệm vụ sắp đến hạn")
    sent_at = models.DateTimeField("gửi lúc", auto_now_add=True)

    class Meta:
        verbose_name = "thư nhắc việc đã gửi"
        verbose_name_plural = "thư nhắc việc đã gửi"
        ordering = ["-day", "user_id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="reminderlog_one_per_day"),
        ]

    def __str__(self):
        return f"Nhắc việc {self.day:%d/%m/%Y} cho {self.user}"
