"""Create an API token for a user and print it, once (only its hash is stored).

    python manage.py api_token USERNAME [--name "Hệ thống theo dõi nhiệm vụ"]

The token is alone on the last line of the output, for scripts:
``TOKEN=$(python manage.py api_token canbo | tail -n 1)``.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from reports.services.api_tokens import api_token_create


class Command(BaseCommand):
    help = "Tạo mã truy cập API cho một tài khoản và in mã (chỉ một lần)."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--name", default="Mã tạo bằng lệnh api_token")

    def handle(self, *args, username, name, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản '{username}'.")
        if not user.is_active or not user.is_staff:
            raise CommandError(
                f"Tài khoản '{username}' không hoạt động hoặc không phải cán bộ: "
                "API không nhận mã của tài khoản này."
            )
        record, token = api_token_create(user=user, name=name)
        self.stdout.write(
            f"Đã tạo mã truy cập #{record.pk} '{name}' cho '{username}'. "
            "Mã chỉ hiện một lần, dưới đây:"
        )
        self.stdout.write(token)
