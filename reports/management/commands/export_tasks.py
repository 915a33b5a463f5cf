"""Export tasks to CSV (UTF-8 with BOM, for Excel) or XLSX, streaming rows.

    python manage.py export_tasks -o nhiem-vu.csv
    python manage.py export_tasks --format xlsx -o nhiem-vu.xlsx --status dang_thuc_hien
    python manage.py export_tasks --unit "Ban Tuyên giáo Tỉnh ủy" --since 01/01/2025 \\
        --until 31/12/2025 --directive 05-CT/TW -o -          # CSV to standard output

``--status``, ``--unit`` and ``--directive`` may be repeated (any of the values matches);
``--since``/``--until`` bound the due date. Progress goes to stderr when writing to a file.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from reports.extraction.normalize import fold
from reports.models import Task
from reports.selectors.tasks import directive_ids_coded, tasks_filter, unit_ids_named
from reports.services.exports import FORMATS, tasks_export

_STATUS_KEYS = {fold(label): code for code, label in Task.Status.choices} | {
    code: code for code in Task.Status.values
}


def _date(text: str, option: str) -> dt.date:
    for fmt in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise CommandError(
        f"{option}: ngày «{text}» không hợp lệ (dạng ngày/tháng/năm, ví dụ 31/12/2025)"
    )


class Command(BaseCommand):
    help = "Xuất danh sách nhiệm vụ ra tệp CSV hoặc XLSX (đọc từng lô, không giữ cả tệp)."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=FORMATS, help="csv (mặc định) hoặc xlsx")
        parser.add_argument(
            "-o", "--output", default="-", help="tệp kết quả, hoặc - cho đầu ra chuẩn"
        )
        parser.add_argument(
            "--status", action="append", default=[], help="tình trạng (mã hoặc tên)"
        )
        parser.add_argument("--unit", action="append", default=[], help="đơn vị (tên hoặc mã)")
        parser.add_argument("--since", help="hạn hoàn thành từ ngày (dd/mm/yyyy)")
        parser.add_argument("--until", help="hạn hoàn thành đến ngày (dd/mm/yyyy)")
        parser.add_argument(
            "--directive", action="append", default=[], help="số hiệu văn bản chỉ đạo"
        )

    def handle(self, *args, output, status, unit, since, until, directive, **options):
        fmt = options["format"] or ("xlsx" if output.lower().endswith(".xlsx") else "csv")
        queryset = tasks_filter(
            statuses=[self._status(s) for s in status],
            unit_ids=[pk for name in unit for pk in self._unit(name)],
            directive_ids=[pk for code in directive for pk in self._directive(code)],
            since=_date(since, "--since") if since else None,
            until=_date(until, "--until") if until else None,
        )
        if since and until and _date(since, "--since") > _date(until, "--until"):
            raise CommandError("--since phải trước hoặc bằng --until")

        if output == "-":
            stream = getattr(self.stdout._out, "buffer", None)
            if stream is None:  # a text stream (tests, or a redirected wrapper)
                if fmt == "xlsx":
                    raise CommandError("không thể ghi XLSX ra luồng văn bản: hãy dùng -o TỆP")
                stream = _TextSink(self.stdout._out)
            tasks_export(queryset=queryset, fmt=fmt, out=stream)
            stream.flush()
            return

        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"không có thư mục «{path.parent}» để ghi tệp")
        written = 0

        def progress(count):
            nonlocal written
            written = count
            self.stderr.write(f"\rĐã ghi {count} nhiệm vụ…", ending="")
            self.stderr.flush()

        with path.open("wb") as stream:
            tasks_export(queryset=queryset, fmt=fmt, out=stream, progress=progress)
        self.stderr.write("")
        self.stderr.write(self.style.SUCCESS(f"Đã xuất {written} nhiệm vụ ra {path}"))

    def _status(self, value: str) -> str:
        code = _STATUS_KEYS.get(fold(value.strip()))
        if code is None:
            choices = ", ".join(f"{c} ({label})" for c, label in Task.Status.choices)
            raise CommandError(f"--status: tình trạng «{value}» không có; chọn: {choices}")
        return code

    def _unit(self, name: str) -> list[int]:
        ids = unit_ids_named(name=name)
        if not ids:
            raise CommandError(f"--unit: không tìm thấy đơn vị «{name}»")
        return ids

    def _directive(self, code: str) -> list[int]:
        ids = directive_ids_coded(code=code)
        if not ids:
            raise CommandError(f"--directive: không tìm thấy văn bản chỉ đạo số hiệu «{code}»")
        return ids


class _TextSink(io.RawIOBase):
    """Bytes in, text out, for a text-only standard output."""

    def __init__(self, target):
        self.target = target

    def writable(self):
        return True

    def write(self, data):
        self.target.write(bytes(data).decode("utf-8"))
        return len(data)

    def flush(self):
        if hasattr(self.target, "flush"):
            self.target.flush()
