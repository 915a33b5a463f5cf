"""Import documents into the database: intake, extract, load, one transaction each.

    python manage.py import_seeds                  # everything under seeds/
    python manage.py import_seeds a.txt folder/    # files and folders (recursively)
    python manage.py import_seeds --dry-run        # say what would change, write nothing
    python manage.py import_seeds --reextract      # refresh records staff have not touched
    python manage.py import_seeds --load-similar   # also load near copies of stored documents
    python manage.py import_seeds --background a/  # queue for the workers, print the run's id

A document already loaded (the same words, whatever the format or layout) is reported
unchanged. One sharing 90% of its word shingles with a stored document "có thể trùng với"
it and is held back unless ``--load-similar``. A bad file is reported by name with its
reason; the others still load. Exit status 1 when any file failed.
"""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.loading.counts import KINDS, OUTCOMES
from reports.services.documents import printable_name
from reports.services.imports import paths_import

_STATUS_LABELS = {
    "new": "mới",
    "unchanged": "không đổi",
    "reextracted": "trích xuất lại",
    "similar": "có thể trùng, chưa nạp",
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
            "--load-similar",
            action="store_true",
            help="vẫn nạp văn bản gần giống (≥ 90%%) một văn bản đã có",
        )
        parser.add_argument(
            "--background",
            action="store_true",
            help="xếp hàng cho tiến trình nền (db_worker) và in số lượt nhập ngay",
        )

    def handle(self, *args, paths, dry_run, reextract, load_similar, background=False, **options):
        if background:
            return self._background(paths, dry_run=dry_run, reextract=reextract)
        summary = paths_import(
            paths,
            max_bytes=settings.EXTRACTION_MAX_BYTES,
            dry_run=dry_run,
            reextract=reextract,
            load_similar=load_similar,
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
        line = f"[{i}/{total}] {printable_name(str(outcome.path))}: {label}"
        if outcome.reason:
            line += f" ({outcome.reason})"
        style = self.style.ERROR if outcome.status == "failed" else self.style.SUCCESS
        self.stdout.write(style(line))
        for skipped in outcome.skipped:
            self.stdout.write(f"    giữ nguyên (nhân viên đã sửa): {skipped}")
        for missing in outcome.missing:
            self.stdout.write(f"    giữ lại, không còn trong văn bản: {missing}")
        for similar in outcome.similar:
            self.stdout.write(self.style.WARNING(f"    có thể trùng với {similar}"))
        if outcome.status == "similar":
            self.stdout.write("    chưa nạp: dùng --load-similar để vẫn nạp")
        for joined in outcome.joined:
            self.stdout.write(f"    thêm nguồn cho hội nghị đã có: {joined}")

    def _report(self, summary, dry_run):
        if dry_run:
            self.stdout.write(self.style.WARNING("CHẠY THỬ: không có gì được ghi. Lẽ ra sẽ:"))
        docs = ", ".join(
            f"{_STATUS_LABELS[s]} {summary.count(s)}"
            for s in ("new", "unchanged", "reextracted", "similar", "failed")
        )
        self.stdout.write(f"\nVăn bản: {docs}")
        header = f"{'':18}" + "".join(f"{_OUTCOME_LABELS[o]:>18}" for o in OUTCOMES)
        self.stdout.write(header)
        for kind in KINDS:
            row = "".join(f"{summary.counts.get(kind, o):>18}" for o in OUTCOMES)
            self.stdout.write(f"{_KIND_LABELS[kind]:18}{row}")
        for outcome in summary.failed:
            name = printable_name(str(outcome.path))
            self.stdout.write(self.style.ERROR(f"✗ {name}: {outcome.reason}"))
