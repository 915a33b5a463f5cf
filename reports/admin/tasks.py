from django.contrib import admin

from reports.admin.base import BaseAdmin
from reports.models import Citation, Task, TaskUnit, TaskUpdate


class TaskUnitInline(admin.TabularInline):
    model = TaskUnit
    extra = 0
    fields = ["unit", "role", "as_written"]
    autocomplete_fields = ["unit"]


class TaskCitationInline(admin.TabularInline):
    model = Citation
    fk_name = "task"
    extra = 0
    fields = ["directive", "as_written"]
    autocomplete_fields = ["directive"]
    verbose_name = "văn bản chỉ đạo được dẫn"
    verbose_name_plural = "văn bản chỉ đạo được dẫn"


class TaskUpdateInline(admin.TabularInline):
    model = TaskUpdate
    extra = 0
    fields = ["date", "note", "author"]
    autocomplete_fields = ["author"]


@admin.register(Task)
class TaskAdmin(BaseAdmin):
    list_display = ["__str__", "meeting", "status", "due_date", "review_state"]
    list_filter = ["status", "review_state"]
    list_select_related = ["meeting"]
    date_hierarchy = "due_date"
    search_fields = ["text"]
    autocomplete_fields = ["meeting", "assigned_by_person", "assigned_by_unit", "source_document"]
    readonly_fields = ["version"]
    inlines = [TaskUnitInline, TaskCitationInline, TaskUpdateInline]


@admin.register(TaskUpdate)
class TaskUpdateAdmin(admin.ModelAdmin):
    list_display = ["task", "date", "note", "author"]
    list_select_related = ["task", "author"]
    date_hierarchy = "date"
    search_fields = ["note"]
    autocomplete_fields = ["task", "author"]


@admin.register(TaskUnit)
class TaskUnitAdmin(admin.ModelAdmin):
    list_display = ["unit", "role", "task"]
    list_filter = ["role"]
    list_select_related = ["unit", "task"]
    search_fields = ["unit__name", "as_written"]
    autocomplete_fields = ["task", "unit"]
