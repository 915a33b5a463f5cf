from django.db import models


class DataVersion(models.Model):
    """A counter raised, inside the writing transaction, whenever data the reports read
    changes. Report figures are cached under its value (``reports.selectors.report_cache``),
    so a reader sees a new value exactly when it can see the new data: a cached figure is
    never older than the data."""

    name = models.CharField("tên", max_length=50, primary_key=True)
    value = models.BigIntegerField("giá trị", default=0)

    class Meta:
        verbose_name = "phiên bản dữ liệu"
        verbose_name_plural = "phiên bản dữ liệu"

    def __str__(self):
        return f"{self.name} = {self.value}"
