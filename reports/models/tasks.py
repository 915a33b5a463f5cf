from django.conf import settings
from django.db import models
from simple_history.models import HistoricalRecords

from reports.models.common import (
    Evidence,
    Reviewed,
    SearchKeyed,
    Timestamped,
    line_ends_normalise,
    span_constraint,
)
from reports.models.querysets import YearProbeQuerySet


class Task(SearchKeyed, Evidence, Reviewed, Timestamped):
    """Something a meeting or a document assigns to units. Overdue is derived, never stored."""

    class Status(models.TextChoices):
        NOT_STARTED = "chua_thuc_hien", "Chưa thực hiện"
        IN_PROGRESS = "dang_thuc_hien", "Đang thực hiện"
        DONE = "hoan_thanh", "Hoàn thành"
        CANCELLED = "huy", "Hủy"

    meeting = models.ForeignKey(
        "reports.Meeting",
        verbose_name="hội nghị",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="tasks",
    )
    ordinal = models.PositiveIntegerField("số thứ tự", default=1)
    text = models.TextField("nội dung nhiệm vụ")
    assigned_by_person = models.ForeignKey(
        "reports.Person",
        verbose_name="người giao",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks_assigned",
    )
    assigned_by_unit = models.ForeignKey(
        "reports.Unit",
        verbose_name="đơn vị giao",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="tasks_assigned",
    )
    units = models.ManyToManyField(
        "reports.Unit",
        verbose_name="đơn vị thực hiện",
        through="TaskUnit",
        related_name="tasks",
        blank=True,
    )
    directives = models.ManyToManyField(
        "reports.Directive",
        verbose_name="văn bản chỉ đạo",
        through="reports.Citation",
        through_fields=("task", "directive"),
        related_name="tasks",
        blank=True,
    )
    # who the text makes responsible, as written, including generic groups that are not
    # units ("các đảng ủy trực thuộc", "cấp ủy các cấp")
    assignees_text = models.CharField("được giao (như viết)", max_length=500, blank=True)
    period_label = models.CharField("kỳ thực hiện", max_length=200, blank=True)
    due_date = models.DateField("hạn hoàn thành", null=True, blank=True, db_index=True)
    status = models.CharField(
        "tình trạng",
        max_length=20,
        choices=Status.choices,
        default=Status.NOT_STARTED,
        db_index=True,
    )
    completed_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    version = models.PositiveIntegerField("phiên bản", default=1)
    # set by a re-extraction that no longer finds this task, which staff edited and so kept
    not_in_source = models.BooleanField("không còn trong văn bản", default=False)
    search_key = models.TextField("khóa tìm kiếm", editable=False, blank=True)
    objects = YearProbeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "nhiệm vụ"
        verbose_name_plural = "nhiệm vụ"
        ordering = ["meeting_id", "ordinal", "id"]
        indexes = [
            models.Index(fields=["status", "due_date"], name="task_status_due_idx"),
            # the reports aggregate deadline states over every task: an index holding all the
            # columns they read lets the database scan it instead of the table
            models.Index(
                fields=["due_date", "status", "completed_on", "review_state"],
                name="task_deadline_state_idx",
            ),
            # the changelist's default order, so a page at 100,000 tasks needs no sort
            models.Index(fields=["meeting", "ordinal", "id"], name="task_changelist_order_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ordinal__gte=1), name="task_ordinal_positive"
            ),
            models.CheckConstraint(
                condition=models.Q(completed_on__isnull=True) | models.Q(status="hoan_thanh"),
                name="task_completed_only_when_done",
            ),
            span_constraint("task"),
        ]

    def __str__(self):
        text = self.text if len(self.text) <= 80 else self.text[:79] + "…"
        return f"{self.ordinal}. {text}"

    def search_key_parts(self):
        return (self.text,)

    def save(self, *args, **kwargs):
        self.text = line_ends_normalise(self.text)
        super().save(*args, **kwargs)


class TaskUnit(models.Model):
    """A unit's part in a task: it leads (chủ trì), supports (phối hợp) or is simply assigned."""

    class Role(models.TextChoices):
        LEAD = "chu_tri", "Chủ trì"
        SUPPORT = "phoi_hop", "Phối hợp"
        ASSIGNEE = "duoc_giao", "Được giao"

    task = models.ForeignKey(
        Task, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="task_units"
    )
    unit = models.ForeignKey(
        "reports.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="task_roles"
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    as_written = models.CharField("cách viết trong văn bản", max_length=300, blank=True)

    class Meta:
        verbose_name = "đơn vị thực hiện"
        verbose_name_plural = "đơn vị thực hiện"
        # "tasks led by unit X": filter by unit and role, read the task. The unit comes first:
        # with the role first, SQLite without ANALYZE joined every task through this index.
        indexes = [models.Index(fields=["unit", "role", "task"], name="taskunit_unit_role_idx")]
        constraints = [
            models.UniqueConstraint(fields=["task", "unit", "role"], name="taskunit_unique_role"),
        ]

    def __str__(self):
        return f"{self.unit} ({self.get_role_display()})"


class TaskUpdate(Timestamped):
    """A dated progress note on a task."""

    task = models.ForeignKey(
        Task, verbose_name="nhiệm vụ", on_delete=models.CASCADE, related_name="updates"
    )
    # indexed for the admin's date hierarchy (YearProbeQuerySet)
    date = models.DateField("ngày", db_index=True)
    note = models.TextField("nội dung tiến độ")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người cập nhật",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    objects = YearProbeQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "cập nhật tiến độ"
        verbose_name_plural = "cập nhật tiến độ"
        ordering = ["task", "-date", "-id"]

    def __str__(self):
        return f"{self.date:%d/%m/%Y}: {self.note[:60]}"

    def save(self, *args, **kwargs):
        self.note = line_ends_normalise(self.note)
        super().save(*args, **kwargs)
