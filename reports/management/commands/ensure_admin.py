"""Make sure an admin account exists (used by `make run`).

    ADMIN_PASSWORD=... python manage.py ensure_admin [--username admin]

Without ADMIN_PASSWORD a random password is generated and printed once.
"""

import os

from django.core.management.base import BaseCommand

from reports.services.accounts import admin_ensure


class Command(BaseCommand):
    help = (
        "Tạo tài khoản quản trị nếu chưa có (mật khẩu lấy từ ADMIN_PASSWORD hoặc sinh ngẫu nhiên)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        account = admin_ensure(username=username, password=os.environ.get("ADMIN_PASSWORD"))
        if not account.created:
            self.stdout.write(f"Tài khoản quản trị '{username}' đã có sẵn.")
        elif account.generated_password:
            self.stdout.write(
                self.style.WARNING(
                    f"Đã tạo tài khoản quản trị '{username}' với mật khẩu: "
                    f"{account.generated_password}\n(Chỉ hiện một lần; hãy đổi mật khẩu sau khi "
                    "đăng nhập.)"
                )
            )
        else:
            self.stdout.write(self.style.SUCCESS(f"Đã tạo tài khoản quản trị '{username}'."))
