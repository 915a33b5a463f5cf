"""The admin app with the project's own site (Django's documented way to override
``admin.site``): the index shows the unit's own work and groups the tables by use."""

from django.contrib.admin.apps import AdminConfig


class ReportsAdminConfig(AdminConfig):
    default_site = "reports.admin_site.ReportsAdminSite"
