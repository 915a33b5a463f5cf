from django.contrib import admin

from reports.admin.base import BaseAdmin
from reports.models import Unit, UnitAlias


class UnitAliasInline(admin.TabularInline):
    model = UnitAlias
    extra = 0
    fields = ["name"]


@admin.register(Unit)
class UnitAdmin(BaseAdmin):
    list_display = ["name", "short_name", "kind", "level", "parent", "valid_from", "valid_to"]
    list_filter = ["kind", "level"]
    list_select_related = ["parent"]
    search_fields = ["name", "short_name"]
    autocomplete_fields = ["parent", "successor"]
    inlines = [UnitAliasInline]


@admin.register(UnitAlias)
class UnitAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "unit"]
    list_select_related = ["unit"]
    search_fields = ["name", "search_key"]
    autocomplete_fields = ["unit"]
