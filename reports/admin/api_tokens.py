"""API tokens, managed by superusers (a token opens its user's data to another system):
created here (the token shown once, on the page after saving) or with ``api_token``."""

from django.contrib import admin, messages
from django.template.response import TemplateResponse

from reports.admin.base import ScopedLinksMixin
from reports.models import ApiToken
from reports.services.api_tokens import api_token_save_new, api_tokens_revoke


@admin.register(ApiToken)
class ApiTokenAdmin(ScopedLinksMixin, admin.ModelAdmin):
    list_display = ["name", "user", "created", "last_used", "revoked"]
    list_filter = [("revoked", admin.EmptyFieldListFilter)]
    list_select_related = ["user"]
    search_fields = ["name", "user__username"]
    autocomplete_fields = ["user"]
    readonly_fields = ["created", "last_used", "revoked"]
    actions = ["revoke"]

    # superusers only, whatever a group's permissions say: a token can be made for anyone
    def has_module_permission(self, request):
        return request.user.is_active and request.user.is_superuser

    def has_view_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_add_permission(self, request):
        return self.has_module_permission(request)

    def has_change_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def has_delete_permission(self, request, obj=None):
        return self.has_module_permission(request)

    def get_readonly_fields(self, request, obj=None):
        # the owner of a token never changes: a new owner gets a new token
        return [*self.readonly_fields, "user"] if obj is not None else self.readonly_fields

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
        else:
            # kept for response_add, which shows it once
            request._api_token = api_token_save_new(record=obj)

    def response_add(self, request, obj, post_url_continue=None):
        context = {
            **self.admin_site.each_context(request),
            "title": "Mã truy cập API đã tạo",
            "opts": self.opts,
            "record": obj,
            "token": request._api_token,
        }
        return TemplateResponse(request, "reports/api_token_created.html", context)

    @admin.action(description="Thu hồi các mã truy cập đã chọn")
    def revoke(self, request, queryset):
        count = api_tokens_revoke(tokens=queryset)
        self.message_user(request, f"Đã thu hồi {count} mã truy cập.", messages.SUCCESS)
