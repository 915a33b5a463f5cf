"""Generate a realistic demo data set (units, people, meetings, directives, tasks...).

    python manage.py generate_demo_data --meetings 2000 --tasks 100000 --seed 1

Rows are bulk-inserted in batches; the same seed (and the same --today) gives the same data.
Progress goes to stderr.
"""

import datetime as dt

from django.core.management.base import BaseCommand, CommandError

from reports.services.demo_data import demo_data_generate


class Command(BaseCommand):
    help = (
        "Sinh dữ liệu mẫu (đơn vị, người, hội nghị, văn bản, nhiệm vụ...) để thử và đo hiệu năng."
    )

    def add_arguments(self, parser):
        parser.add_argument("--meetings", type=int, required=True, help="số hội nghị")
        parser.add_argument("--tasks", type=int, required=True, help="số nhiệm vụ")
        parser.add_argument("--seed", type=int, default=0, help="hạt giống ngẫu nhiên (mặc định 0)")
        parser.add_argument(
            "--today",
            type=dt.date.fromisoformat,
            default=None,
            help="ngày làm mốc cho hạn và ngày hoàn thành (YYYY-MM-DD, mặc định hôm nay)",
        )

    def handle(self, *args, meetings, tasks, seed, today, **options):
        if meetings < 0 or tasks < 0:
            raise CommandError("Số hội nghị và số nhiệm vụ không được âm.")
        result = demo_data_generate(
            meetings=meetings,
            tasks=tasks,
            seed=seed,
            today=today,
            progress=lambda msg: self.stderr.write(msg),
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã tạo {result.units} đơn vị, {result.people} người, "
                f"{result.directives} văn bản, {result.meetings} hội nghị, "
                f"{result.participations} lượt tham dự, {result.tasks} nhiệm vụ, "
                f"{result.task_units} lượt đơn vị thực hiện, {result.citations} trích dẫn, "
                f"{result.task_updates} cập nhật tiến độ."
            )
        )
