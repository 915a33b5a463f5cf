"""List the documents and meetings stored twice that the identity rules would merge, and
merge them on confirmation.

    python manage.py find_duplicates            # list, then ask before merging
    python manage.py find_duplicates --merge    # merge without asking (scripts)
    python manage.py find_duplicates --list     # list only

Documents are the same when their folded words are (format, layout, list markers, case and
tone-mark placement aside); meetings when their start date, host unit and kind are. The
earliest record stays; nothing staff wrote is overwritten.
"""

from django.core.management.base import BaseCommand

from reports.services.documents import printable_name
from reports.services.duplicates import duplicates_find, duplicates_merge


class Command(BaseCommand):
    help = "Liệt kê (và gộp khi được xác nhận) văn bản, hội nghị bị lưu hai lần."

    def add_arguments(self, parser):
        action = parser.add_mutually_exclusive_group()
        action.add_argument("--merge", action="store_true", help="gộp luôn, không hỏi")
        action.add_argument(
            "--list", action="store_true", dest="list_only", help="chỉ liệt kê, không gộp"
        )
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="không hỏi (không gộp trừ khi có --merge)",
        )

    def handle(self, *args, merge, list_only, interactive, **options):
        report = duplicates_find()
        if not report:
            self.stdout.write(self.style.SUCCESS("Không có văn bản hay hội nghị nào bị trùng."))
            return
        self._list(report)
        if list_only:
            return
        if not merge and not (interactive and self._confirmed()):
            self.stdout.write("Không gộp gì.")
            return
        counts = duplicates_merge()
        self.stdout.write(
            self.style.SUCCESS(
                f"Đã gộp {counts.documents} văn bản, {counts.meetings} hội nghị, "
                f"{counts.tasks} nhiệm vụ."
            )
        )
        for conflict in counts.conflicts:
            self.stdout.write(self.style.WARNING(f"  {conflict}"))

    def _list(self, report):
        self.stdout.write(f"Văn bản cùng nội dung: {len(report.documents)} nhóm")
        for group in report.documents:
            self.stdout.write(f"  giữ #{group.kept.pk} {printable_name(str(group.kept))[:80]}")
            for doc in group.repeats:
                self.stdout.write(f"    gộp #{doc.pk} {printable_name(str(doc))[:80]}")
        self.stdout.write(
            f"Hội nghị cùng ngày, đơn vị tổ chức và loại: {len(report.meetings)} nhóm"
        )
        for group in report.meetings:
            self.stdout.write(f"  giữ #{group.kept.pk} {printable_name(str(group.kept))[:80]}")
            for meeting in group.repeats:
                self.stdout.write(f"    gộp #{meeting.pk} {printable_name(str(meeting))[:80]}")

    def _confirmed(self) -> bool:
        try:
            answer = input("Gộp các bản ghi trên? Gõ 'co' để đồng ý: ")
        except EOFError:
            return False
        return answer.strip().lower() in {"co", "có", "yes", "y"}
