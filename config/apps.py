"""App configurations of packages, adapted for this site.

- the admin app with the project's own site (Django's documented way to override
  ``admin.site``): the index shows the unit's own work and groups the tables by use;
- django-axes named in Vietnamese ("Khóa đăng nhập"), its records too: their ``__str__`` is
  English text in the package, and it is what the admin shows in breadcrumbs, titles,
  history and delete confirmations.
"""

from axes.apps import AppConfig as AxesAppConfig
from django.contrib.admin.apps import AdminConfig
from django.utils.formats import date_format
from django.utils.timezone import localtime


class ReportsAdminConfig(AdminConfig):
    default_site = "reports.admin_site.ReportsAdminSite"


def _when(record) -> str:
    return date_format(localtime(record.attempt_time), "SHORT_DATETIME_FORMAT")


def _who(record) -> str:
    return f"{record.username or '(không rõ tài khoản)'} từ {record.ip_address or '?'}"


class LoginLockoutConfig(AxesAppConfig):
    verbose_name = "Khóa đăng nhập"

    def ready(self):
        super().ready()
        from axes.models import AccessAttempt, AccessFailureLog, AccessLog

        AccessAttempt.__str__ = lambda r: f"Đăng nhập sai: {_who(r)}, lần cuối {_when(r)}"
        AccessFailureLog.__str__ = lambda r: (
            f"Đăng nhập sai{' (bị khóa)' if r.locked_out else ''}: {_who(r)} lúc {_when(r)}"
        )
        AccessLog.__str__ = lambda r: f"Đăng nhập: {_who(r)} lúc {_when(r)}"
