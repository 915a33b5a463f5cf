"""Start the scheduled jobs (the daily reminders) on the task queue, once; safe to repeat.

    python manage.py schedule_jobs

``make run`` calls it. A worker (``manage.py db_worker``) runs them at their time.
"""

from django.core.management.base import BaseCommand

from reports.services.schedules import schedule_ensure


class Command(BaseCommand):
    help = "Xếp lịch các việc định kỳ (thư nhắc việc hằng ngày) vào hàng đợi; chạy lại không sao."

    def handle(self, *args, **options):
        schedule = schedule_ensure()
        self.stdout.write(f"Thư nhắc việc: lần chạy tới {schedule.next_run:%d/%m/%Y %H:%M}.")
