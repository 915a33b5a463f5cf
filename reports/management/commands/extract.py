"""Extract meetings, people, units, directives and tasks from documents, without the database.

    python manage.py extract seeds/000_f136ee392f99b48a.txt --json
    python manage.py extract seeds/

With ``--json`` stdout holds one JSON array (one object per file, in input order; an
unreadable file gives ``{"source": ..., "error": ...}``), as shared/extraction-contract.md
says. Without it, a readable summary per document. Exit status 1 when any file failed.
"""

import json
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reports.services.documents import expand_paths, extract_path


class Command(BaseCommand):
    help = "Trích xuất hội nghị, người, đơn vị, văn bản và nhiệm vụ từ văn bản (không ghi CSDL)."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="tệp hoặc thư mục")
        parser.add_argument("--json", action="store_true", help="in một mảng JSON theo hợp đồng")

    def handle(self, *args, paths, json: bool, **options):
        files = expand_paths(paths)
        if not files:
            raise CommandError("Không tìm thấy tệp nào trong: " + ", ".join(paths))
        results = []
        for i, path in enumerate(files, 1):
            self.stderr.write(f"[{i}/{len(files)}] {path}")
            results.append(extract_path(path, max_bytes=settings.EXTRACTION_MAX_BYTES))
        if json:
            self.stdout.write(_dump(results))
        else:
            for result in results:
                self.stdout.write(_summary(result))
        if any("error" in r for r in results):
            sys.exit(1)


def _dump(results) -> str:
    return json.dumps(results, ensure_ascii=False, indent=2)


def _summary(result: dict) -> str:
    if "error" in result:
        return f"✗ {result['source']}: {result['error']}\n"
    lines = [
        f"● {result['source']}",
        f"  Tiêu đề: {result['title'] or '—'}",
        f"  Ngày đăng: {result['published'] or '—'}",
    ]
    for m in result["meetings"]:
        lines.append(
            f"  Hội nghị ({m['kind']}): {m['title']} [{m['start_date']} → {m['end_date']}]"
            f", chủ trì: {m['host_unit'] or '—'}"
        )
        for p in m["participants"]:
            lines.append(f"    - {p['name']} ({', '.join(p['roles'])}): {p['position'] or ''}")
    lines.append(f"  Văn bản được trích dẫn: {len(result['directives'])}")
    for d in result["directives"]:
        lines.append(f"    - {d['code'] or d['label']} ({d['type']}), {d['mentions']} lần")
    lines.append(f"  Nhiệm vụ: {len(result['tasks'])}")
    for t in result["tasks"]:
        lines.append(f"    {t['ordinal']}. {t['text'][:100]}")
    return "\n".join(lines) + "\n"
