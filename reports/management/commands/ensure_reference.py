"""Load the reference data (central bodies, well-known directives) once (used by `make run`).

python manage.py ensure_reference
"""

from django.core.management.base import BaseCommand

from reports.services.reference import reference_ensure


class Command(BaseCommand):
    help = "Nạp dữ liệu tham chiếu (cơ quan Trung ương, văn bản chỉ đạo) nếu chưa nạp."

    def handle(self, *args, **options):
        if reference_ensure():
            self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu tham chiếu."))
        else:
            self.stdout.write("Dữ liệu tham chiếu đã có; giữ nguyên (không ghi đè chỉnh sửa).")
