from django.db import models


class DataVersion(models.Model):
    """A counter raised whenever data the reports read changes, as soon as the writing
    transaction commits (``reports.services.data_version``). Report figures are cached under
    its value (``reports.selectors.report_cache``), so a view after the commit recomputes
    them: a cached figure is never older than the data."""

    name = models.CharField("tên", max_length=50, primary_key=True)
    value = models.BigIntegerField("giá trị", default=0)

    class Meta:
        verbose_name = "phiên bản dữ liệu"
        verbose_name_plural = "phiên bản dữ liệu"

    def __str__(self):
        return f"{self.name} = {self.value}"
