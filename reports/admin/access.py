"""Per-unit access: the units of a staff account, edited on the account's own page."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from reports.admin.base import ScopedLinksMixin, StackedInline
from reports.models import StaffProfile


class StaffProfileInline(StackedInline):
    model = StaffProfile
    can_delete = False
    extra = 1
    max_num = 1
    fields = ["units", "all_units"]
    autocomplete_fields = ["units"]
    verbose_name = "phạm vi đơn vị"
    verbose_name_plural = (
        "phạm vi đơn vị (người không phải quản trị tối cao chỉ thấy các đơn vị này)"
    )


@admin.register(StaffProfile)
class StaffProfileAdmin(ScopedLinksMixin, admin.ModelAdmin):
    list_display = ["user", "all_units"]
    list_filter = ["all_units"]
    list_select_related = ["user"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    autocomplete_fields = ["user", "units"]


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)


@admin.register(User)
class StaffUserAdmin(ScopedLinksMixin, UserAdmin):
    inlines = [*UserAdmin.inlines, StaffProfileInline]
