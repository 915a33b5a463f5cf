from django.db import models


class JobSchedule(models.Model):
    """A job that runs on its own at set times (the task framework has no periodic
    scheduler): its next run. One row per job, so however many chains of jobs were queued,
    only the one due at ``next_run`` runs (``reports.services.schedules``)."""

    name = models.CharField("tên", max_length=50, primary_key=True)
    next_run = models.DateTimeField("lần chạy tới")
    last_run = models.DateTimeField("lần chạy trước", null=True, blank=True)
    last_result = models.TextField("kết quả lần trước", blank=True)

    class Meta:
        verbose_name = "việc chạy định kỳ"
        verbose_name_plural = "việc chạy định kỳ"

    def __str__(self):
        return f"{self.name}: {self.next_run:%d/%m/%Y %H:%M}"
