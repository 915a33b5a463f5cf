"""PDF reading speed: text layer pages per second, ruled-table pages per second, OCR
seconds per page (no Django needed).

Run: ``.venv/bin/python -m benchmarks.bench_pdf``

The PDFs are fiction written here with fpdf2 (as the tests write theirs): 40 pages of
wrapped prose with a running header and page numbers, 10 pages of ruled task tables,
a 2-page scan (text drawn on 300 dpi images) and a scan of printed ruled tables (read
cell by cell). Each is read by ``document_text``
(the whole intake: PDF parsing, line joining, tidying); the fastest of three runs
counts (wall-clock: pdfium and Tesseract work outside Python). Target: at least
``TARGET_PAGES_PER_SECOND`` text pages a second; exits 1 when it is missed. Table pages
and OCR are printed without a target (OCR is skipped, and said so, without Tesseract).
"""

from __future__ import annotations

import sys
import time

from reports.extraction.formats import document_text
from tests.extraction.pdfs import FONT, as_scan, scan_pdf, text_pdf

TARGET_PAGES_PER_SECOND = 10.0
TEXT_PAGES = 40
TABLE_PAGES = 10
SCAN_PAGES = 2
REPEATS = 3

PARAGRAPH = (
    "Hội nghị thống nhất giao Ban Tuyên giáo Huyện ủy Đông Khê chủ trì, phối hợp với Văn "
    "phòng Huyện ủy và các cơ quan liên quan tổ chức tuyên truyền kỷ niệm các ngày lễ lớn, "
    "bảo đảm thiết thực, hiệu quả; báo cáo kết quả trước ngày 30/6/2026."
)


def _text_document() -> bytes:
    blocks: list = []
    for page in range(TEXT_PAGES):
        blocks += [f"{page + 1}. Nội dung phần {page + 1}", *[PARAGRAPH] * 8, ("page",)]
    return text_pdf(blocks[:-1], running_header="BAN TUYÊN GIÁO HUYỆN ỦY", page_numbers=True)


def _table_document(pages: int = TABLE_PAGES) -> bytes:
    header = ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    blocks: list = []
    for page in range(pages):
        rows = [header] + [
            [str(i), PARAGRAPH[:90], "Ban Tuyên giáo", "Văn phòng Huyện ủy", "Quý II/2026"]
            for i in range(1, 9)
        ]
        blocks += [f"Phụ lục {page + 1}", ("table", rows), ("page",)]
    return text_pdf(blocks[:-1])


def _fastest(data: bytes, repeats: int = REPEATS) -> tuple[float, object]:
    best, got = float("inf"), None
    for _ in range(repeats):
        started = time.perf_counter()
        got = document_text(data, "bench.pdf", max_bytes=50 * 1024 * 1024)
        best = min(best, time.perf_counter() - started)
    return best, got


def main() -> int:
    if not FONT.exists():
        print(f"SKIP: {FONT} is needed to write the PDFs (apt-get install fonts-dejavu-core)")
        return 0
    text_took, text = _fastest(_text_document())
    text_rate = text.pages / text_took
    print(
        f"PDF text layer, pages without tables: {text.pages} pages in {text_took:.3f} s = "
        f"{text_rate:.1f} pages/s (target >= {TARGET_PAGES_PER_SECOND:g})"
    )
    table_took, tables = _fastest(_table_document())
    print(
        f"PDF ruled tables: {tables.pages} pages in {table_took:.3f} s = "
        f"{tables.pages / table_took:.1f} pages/s"
    )
    from reports.extraction import ocr

    missing = ocr.available()
    if missing:
        print(f"OCR seconds per page: not measured, Tesseract absent ({missing})")
    else:
        scan_took, scan = _fastest(scan_pdf([[PARAGRAPH[:60]] * 30] * SCAN_PAGES, dpi=300), 1)
        print(
            f"OCR: {scan.pages} pages in {scan_took:.1f} s = {scan_took / scan.pages:.1f} s/page"
            f" (mean word confidence {scan.ocr_confidence})"
        )
        # a printed and scanned plan whose ruled table is read cell by cell
        ruled_took, ruled = _fastest(as_scan(_table_document(SCAN_PAGES)), 1)
        print(
            f"OCR, ruled tables: {ruled.pages} pages in {ruled_took:.1f} s = "
            f"{ruled_took / ruled.pages:.1f} s/page (mean word confidence {ruled.ocr_confidence})"
        )
    if text_rate < TARGET_PAGES_PER_SECOND:
        print(f"FAIL: {text_rate:.1f} text pages/s < {TARGET_PAGES_PER_SECOND:g}")
        return 1
    print(f"PASS: text pages at >= {TARGET_PAGES_PER_SECOND:g} pages/s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
