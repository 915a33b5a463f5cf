"""Send each staff member with an e-mail address one digest of their units' tasks that are
overdue or due soon, at most once a day (a second run the same day sends nothing).

    python manage.py send_reminders                 # due within 7 days
    python manage.py send_reminders --days 14
    python manage.py send_reminders --date 30/06/2025   # as if today were that day

Mail goes through the settings' EMAIL_* (the console by default); links use SITE_URL.
Run it daily from cron or a systemd timer (README: "Nhắc việc qua thư").
"""

from __future__ import annotations

import datetime as dt

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from reports.services.reminders import DEFAULT_DAYS, reminders_send


def _day(text: str) -> dt.date:
    for fmt in ("%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CommandError(
        f"--date: ngày «{text}» không hợp lệ (dạng ngày/tháng/năm, ví dụ 30/06/2025)"
    )


class Command(BaseCommand):
    help = (
        "Gửi thư nhắc việc: nhiệm vụ quá hạn và sắp đến hạn của đơn vị, mỗi người một thư mỗi ngày."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=DEFAULT_DAYS,
            help=f"nhắc các nhiệm vụ đến hạn trong số ngày này (mặc định {DEFAULT_DAYS})",
        )
        parser.add_argument("--date", help="ngày gửi (mặc định hôm nay), dạng 30/06/2025")

    def handle(self, *args, days, date, **options):
        if days < 0:
            raise CommandError("--days không được âm")
        today = _day(date) if date else timezone.localdate()
        result = reminders_send(today=today, days=days)
        self.stdout.write(
            self.style.SUCCESS(f"Đã gửi {len(result.sent)} thư nhắc việc")
            + f"; đã gửi trước đó trong ngày: {len(result.already_sent)}"
            + f"; không có việc cần nhắc: {len(result.nothing_due)}."
        )
        if result.failed:
            failures = "; ".join(f"{name}: {error}" for name, error in result.failed.items())
            raise CommandError(f"Không gửi được {len(result.failed)} thư: {failures}")
