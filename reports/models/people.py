from django.db import models
from simple_history.models import HistoricalRecords

from reports.models.common import SearchKeyed, Timestamped


class Person(SearchKeyed, Timestamped):
    """A named person. Positions change over time, so they live on each participation."""

    full_name = models.CharField("họ và tên", max_length=200)
    search_key = models.CharField("khóa tìm kiếm", max_length=200, editable=False, db_index=True)
    notes = models.TextField("ghi chú", blank=True)
    aliases = models.TextField(
        "tên gọi khác", blank=True, help_text="các cách viết đã gộp vào người này, mỗi dòng một tên"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = "người"
        verbose_name_plural = "người"
        ordering = ["full_name"]

    def __str__(self):
        return self.full_name

    def search_key_parts(self):
        return (self.full_name,)
