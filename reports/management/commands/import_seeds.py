"""Import documents into the database: intake, extract, load, one transaction each.

    python manage.py import_seeds                  # everything under seeds/
    python manage.py import_seeds a.txt folder/    # files and folders (recursively)
    python manage.py import_seeds --dry-run        # say what would change, write nothing
    python manage.py import_seeds --reextract      # refresh records staff have not touched
    python manage.py import_seeds --background a/  # queue for the workers, print the run's id

A document already loaded (same text) is reported unchanged. A bad file is reported by
name with its reason; the others still load. Exit status 1 when any file failed.
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.loading.counts import KINDS, OUTCOMES
from reports.services.imports import paths_import

_STATUS_LABELS = {
    "new": "mới",
    "unchanged": "không đổi",
    "reextracted": "trích xuất lại",
    "failed": "LỖI",
}
_OUTCOME_LABELS = {
    "created": "tạo mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "skipped": "bỏ qua (đã sửa)",
}
_KIND_LABELS = {
    "meetings": "Hội nghị",
    "people": "Người",
    "units": "Đơn vị",
    "directives": "Văn bản chỉ đạo",
    "citations": "Trích dẫn",
    "tasks": "Nhiệm vụ",
}


class Command(BaseCommand):
    help = "Nhập văn bản (tệp hoặc thư mục, mặc định seeds/) vào cơ sở dữ liệu."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*", default=["seeds"], help="tệp hoặc thư mục")
        parser.add_argument("--dry-run", action="store_true", help="chạy thử, không ghi gì")
        parser.add_argument(
            "--reextract",
            action="store_true",
            help="trích xuất lại văn bản đã nhập; chỉ làm mới bản ghi chưa được sửa",
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="xếp hàng cho tiến trình nền (db_worker) và in số lượt nhập ngay",
        )

    def handle(self, *args, paths, dry_run, reextract, background=False, **options):
        if background:
            return self._background(paths, dry_run=dry_run, reextract=reextract)
        summary = paths_import(
            paths,
            max_bytes=settings.EXTRACTION_MAX_BYTES,
            dry_run=dry_run,
            reextract=reextract,
            progress=self._progress,
        )
        if not summary.outcomes:
            raise CommandError("Không tìm thấy tệp nào trong: " + ", ".join(paths))
        self._report(summary, dry_run)
        if summary.failed:
            sys.exit(1)

    def _background(self, paths, *, dry_run, reextract):
        from reports.services.import_runs import import_run_from_paths

        if dry_run:
            raise CommandError("--background không đi cùng --dry-run.")
        run = import_run_from_paths(paths=paths, reextract=reextract)
        if not run.total:
            raise CommandError("Không tìm thấy tệp nào trong: " + ", ".join(paths))
        self.stdout.write(
            f"Đã xếp hàng lượt nhập #{run.pk}: {run.total} tệp ({run.failed} không đọc được). "
            "Tiến trình nền (manage.py db_worker) sẽ nhập; xem tiến độ ở trang Lượt nhập."
        )
        self.stdout.write(str(run.pk))

    def _progress(self, i, total, outcome):
        label = _STATUS_LABELS[outcome.status]
        line = f"[{i}/{total}] {outcome.path}: {label}"
        if outcome.reason:
            line += f" ({outcome.reason})"
        style = self.style.ERROR if outcome.status == "failed" else self.style.SUCCESS
        self.stdout.write(style(line))
        for skipped in outcome.skipped:
            self.stdout.write(f"    giữ nguyên (nhân viên đã sửa): {skipped}")

    def _report(self, summary, dry_run):
        if dry_run:
            self.stdout.write(self.style.WARNING("CHẠY THỬ: không có gì được ghi. Lẽ ra sẽ:"))
        docs = ", ".join(
            f"{_STATUS_LABELS[s]} {summary.count(s)}"
            for s in ("new", "unchanged", "reextracted", "failed")
        )
        self.stdout.write(f"\nVăn bản: {docs}")
        header = f"{'':18}" + "".join(f"{_OUTCOME_LABELS[o]:>18}" for o in OUTCOMES)
        self.stdout.write(header)
        for kind in KINDS:
            row = "".join(f"{summary.counts.get(kind, o):>18}" for o in OUTCOMES)
            self.stdout.write(f"{_KIND_LABELS[kind]:18}{row}")
        for outcome in summary.failed:
            self.stdout.write(self.style.ERROR(f"✗ {outcome.path}: {outcome.reason}"))
