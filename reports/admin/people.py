from django.contrib import admin

from reports.admin.base import BaseAdmin
from reports.models import Person


@admin.register(Person)
class PersonAdmin(BaseAdmin):
    list_display = ["full_name", "updated_at"]
    search_fields = ["full_name"]
