"""PDFs: the text layer as a reader's text (wrapped lines joined, running headers and
page numbers dropped, ruled tables as pipe rows), scans through OCR, encrypted and
damaged files refused with a message. The PDFs are fiction made in the test."""

from __future__ import annotations

import os
import shutil

import pytest

from reports.extraction import extract_text, tables, to_contract
from reports.extraction.formats import PDF, detect_format, document_text
from reports.extraction.intake import IntakeError
from reports.extraction.normalize import fold
from tests.extraction.pdfs import (
    FONT,
    as_scan,
    columns_pdf,
    encrypted,
    lines_pdf,
    marker_pdf,
    scan_pdf,
    text_pdf,
)

if not FONT.exists():  # pragma: no cover - CI installs fonts-dejavu-core
    pytest.skip(f"{FONT} is needed to write test PDFs", allow_module_level=True)

OPENING = (
    "Ngày 12/3/2026, Ban Tuyên giáo Huyện ủy Đông Khê tổ chức Hội nghị giao ban công tác "
    "tuyên giáo quý I năm 2026; đồng chí Lò Văn Thắm, Trưởng ban Tuyên giáo Huyện ủy chủ trì "
    "hội nghị và phát biểu kết luận."
)
LEAD = (
    "Hội nghị thống nhất giao các cơ quan, đơn vị thực hiện tốt những nhiệm vụ trọng tâm sau "
    "đây trong quý II năm 2026, bảo đảm tiến độ và chất lượng:"
)
ITEMS = [
    "1. Tổ chức tuyên truyền kỷ niệm ngày thành lập Đảng bộ huyện Đông Khê.",
    "2. Rà soát đội ngũ báo cáo viên cấp huyện.",
]
HEADER = "BAN TUYÊN GIÁO HUYỆN ỦY ĐÔNG KHÊ - THÔNG BÁO SỐ 21"
TABLE = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Thời gian"],
    ["1", "Viết tin bài về hội nghị", "Văn phòng Huyện ủy", "Quý II/2026"],
    ["2", "Cập nhật trang thông tin điện tử", "", "Thường xuyên"],
]


def _paragraphs(data: bytes) -> list[str]:
    got = document_text(data, "tb.pdf")
    assert (got.format, got.encoding, got.ocr_confidence) == (PDF, "pdf", None)
    return got.text.split("\n\n")


def test_wrapped_lines_are_joined_and_blocks_kept_apart():
    data = text_pdf(["THÔNG BÁO", "kết luận hội nghị giao ban quý I", OPENING, LEAD, *ITEMS])
    assert _paragraphs(data) == [
        "THÔNG BÁO",
        "kết luận hội nghị giao ban quý I",
        OPENING,
        LEAD,
        *ITEMS,
    ]


def test_running_header_and_page_numbers_dropped_and_a_paragraph_goes_on_over_a_page():
    long = " ".join([OPENING] * 3).replace(". ", ", ").rstrip(".") + " trong cả năm."
    filler = [f"Đoạn {n}: nội dung báo cáo được trình bày đầy đủ tại hội nghị." for n in range(30)]
    data = text_pdf([OPENING, *filler, long, LEAD], running_header=HEADER, page_numbers=True)
    paragraphs = _paragraphs(data)
    text = "\n\n".join(paragraphs)
    assert HEADER not in text
    assert "Trang" not in text
    assert paragraphs[0] == OPENING
    assert long in paragraphs  # whichever page break fell inside it
    assert paragraphs[-1] == LEAD


def test_ruled_table_is_pipe_rows():
    data = text_pdf([LEAD, ("table", TABLE), ITEMS[0]])
    assert _paragraphs(data) == [
        LEAD,
        "| TT | Nội dung | Cơ quan chủ trì | Thời gian |\n"
        "| 1 | Viết tin bài về hội nghị | Văn phòng Huyện ủy | Quý II/2026 |\n"
        "| 2 | Cập nhật trang thông tin điện tử |  | Thường xuyên |",
        ITEMS[0],
    ]


def test_pdf_extracts_like_text():
    data = text_pdf([OPENING, LEAD, *ITEMS])
    doc = to_contract(extract_text(document_text(data, "tb.pdf").text, "tb.pdf"))
    assert doc["ocr_confidence"] is None
    assert [t["text"] for t in doc["tasks"]] == [
        "Tổ chức tuyên truyền kỷ niệm ngày thành lập Đảng bộ huyện Đông Khê",
        "Rà soát đội ngũ báo cáo viên cấp huyện",
    ]


REFUSED = [
    ("encrypted", lambda: encrypted(text_pdf([OPENING])), "mật khẩu"),
    ("truncated", lambda: text_pdf([OPENING])[:400], "bị hỏng"),
    ("not a PDF, named .pdf", lambda: "Hội nghị giao ban".encode(), "không phải tệp PDF"),
]


@pytest.mark.parametrize(("name", "make", "said"), REFUSED, ids=[r[0] for r in REFUSED])
def test_unreadable_pdfs_are_refused_with_a_message(name, make, said):
    with pytest.raises(IntakeError, match=said):
        document_text(make(), "tb.pdf")


def test_pdf_is_detected_by_its_bytes_and_has_its_own_size_limit():
    data = text_pdf([OPENING])
    assert detect_format(data, "bao-cao.txt") == PDF
    assert len(data) > 2000
    assert document_text(data, "a", max_bytes=2000, max_pdf_bytes=len(data)).format == PDF
    with pytest.raises(IntakeError, match="quá lớn"):
        document_text(data, "a.pdf", max_pdf_bytes=len(data) - 1)
    # the text limit applies to the text got out of it
    with pytest.raises(IntakeError, match="Văn bản lấy ra từ tệp quá lớn"):
        document_text(data, "a.pdf", max_bytes=50)


SCAN = [
    "BAN TUYÊN GIÁO HUYỆN ỦY ĐÔNG KHÊ",
    "Hội nghị giao ban công tác tuyên giáo",
    "đã thống nhất các nhiệm vụ trong quý II.",
    "1. Tổ chức tuyên truyền kỷ niệm ngày lễ.",
]


def test_scan_over_the_page_limit_is_refused_pointing_to_import_seeds():
    data = scan_pdf([SCAN[:1]] * 6, dpi=40)
    with pytest.raises(IntakeError, match="import_seeds"):
        document_text(data, "quet.pdf", max_ocr_pages=5)


def test_scan_without_tesseract_says_what_to_install(monkeypatch):
    monkeypatch.setattr("reports.extraction.ocr.shutil.which", lambda name: None)
    with pytest.raises(IntakeError, match="apt-get install tesseract-ocr tesseract-ocr-vie"):
        document_text(scan_pdf([SCAN], dpi=40), "quet.pdf")


def _need_ocr():
    from reports.extraction import ocr

    missing = ocr.available()
    if missing:
        if os.environ.get("REQUIRE_OCR") == "1":
            pytest.fail(f"REQUIRE_OCR=1 but OCR cannot run: {missing}")
        pytest.skip(missing)


def test_scan_is_read_by_ocr_with_its_confidence():
    _need_ocr()
    got = document_text(scan_pdf([SCAN]), "quet.pdf")
    assert (got.format, got.encoding, got.pages) == (PDF, "pdf, ocr", 1)
    assert 50 < got.ocr_confidence <= 100
    paragraphs = got.text.split("\n\n")
    assert paragraphs[0] == SCAN[0]
    assert "Hội nghị giao ban công tác tuyên giáo đã thống nhất" in paragraphs[1]
    assert paragraphs[-1].startswith("1. Tổ chức tuyên truyền")
    doc = to_contract(extract_text(got.text, "quet.pdf", ocr_confidence=got.ocr_confidence))
    assert doc["ocr_confidence"] == got.ocr_confidence


def test_tesseract_is_found_when_installed():
    _need_ocr()
    assert shutil.which("tesseract")


@pytest.mark.parametrize("repeat_header", [False, True])
def test_table_over_a_page_break_is_one_table(repeat_header):
    task = "về tuyên truyền kỷ niệm các ngày lễ lớn của đất nước và của huyện Đông Khê"
    rows = [TABLE[0]] + [
        [str(i), f"Nhiệm vụ {i} {task}", "Văn phòng", "Quý II"] for i in range(1, 31)
    ]
    data = text_pdf(
        [LEAD, ("table", rows, repeat_header), ITEMS[0]],
        running_header=HEADER,
        page_numbers=True,
    )
    paragraphs = _paragraphs(data)
    assert paragraphs[0] == LEAD and paragraphs[-1] == ITEMS[0]
    assert paragraphs[1:-1] == ["\n".join(tables.pipe_rows(rows).split("\n"))]


def _text_pdf_with_a_scanned_page() -> bytes:
    """A text page, a scanned page, a text page: pages joined with pikepdf."""
    import io

    import pikepdf

    parts = [text_pdf([OPENING]), scan_pdf([SCAN]), text_pdf([LEAD])]
    out = pikepdf.new()
    for part in parts:
        out.pages.extend(pikepdf.open(io.BytesIO(part)).pages)
    buffer = io.BytesIO()
    out.save(buffer)
    return buffer.getvalue()


def test_scanned_page_inside_a_text_pdf_is_read_in_its_place():
    _need_ocr()
    got = document_text(_text_pdf_with_a_scanned_page(), "tb.pdf")
    assert got.encoding == "pdf, ocr" and got.pages == 3
    paragraphs = got.text.split("\n\n")
    assert paragraphs[0] == OPENING and paragraphs[-1] == LEAD
    assert paragraphs[1] == SCAN[0]


def test_without_tesseract_a_text_pdf_is_read_without_its_scanned_page(monkeypatch):
    monkeypatch.setattr("reports.extraction.ocr.shutil.which", lambda name: None)
    got = document_text(_text_pdf_with_a_scanned_page(), "tb.pdf")
    assert (got.encoding, got.ocr_confidence) == ("pdf", None)
    assert got.text.split("\n\n") == [OPENING, LEAD]


@pytest.mark.parametrize("reverse", [False, True])
def test_lines_are_read_top_to_bottom_whatever_order_the_file_writes(reverse):
    lines = [
        "KẾT LUẬN",
        "1. Ban Tuyên giáo Huyện ủy tổ chức hội nghị báo cáo viên.",
        "2. Văn phòng Huyện ủy tổng hợp kết quả.",
        "3. Các chi bộ báo cáo trước ngày 30/6/2026.",
    ]
    assert _paragraphs(lines_pdf(lines, reverse=reverse)) == lines


def test_boxed_letterhead_and_one_column_box_stay_lines():
    letterhead = [
        ["HUYỆN ỦY ĐÔNG KHÊ", "ĐẢNG CỘNG SẢN VIỆT NAM"],
        ["Số 21-TB/HU", "Đông Khê, ngày 5/3"],
    ]
    data = text_pdf(
        [("table", letterhead), ("table", [["Ghi chú: hội nghị họp trực tuyến."]]), LEAD]
    )
    paragraphs = _paragraphs(data)
    assert "|" not in "\n".join(paragraphs)
    assert paragraphs[-1] == LEAD
    assert (
        "ĐẢNG CỘNG SẢN VIỆT NAM" in paragraphs and "Ghi chú: hội nghị họp trực tuyến." in paragraphs
    )


def test_list_marker_a_tab_away_from_its_text_stays_with_it():
    items = [("▪", "Tuyên truyền nghị quyết."), ("•", "Rà soát cộng tác viên."), ("a)", "Báo cáo.")]
    assert _paragraphs(marker_pdf(items)) == [
        "• Tuyên truyền nghị quyết.",
        "• Rà soát cộng tác viên.",
        "a) Báo cáo.",
    ]


def test_a_scanned_ruled_table_over_a_page_break_is_one_table_of_tasks():
    # a plan printed with a ruled task table running onto page 2 (its header printed
    # again, a running header and page numbers), then scanned: OCR reads the table's
    # cells from the grid of its drawn lines, not as loose lines
    _need_ocr()
    task = "tuyên truyền kỷ niệm các ngày lễ lớn của đất nước và của huyện Đông Khê"
    rows = [TABLE[0]] + [
        [str(i), f"Nhiệm vụ {i} {task}", "Văn phòng Huyện ủy", "Quý II/2026"] for i in range(1, 19)
    ]
    data = as_scan(
        text_pdf(
            [OPENING, LEAD, ("table", rows, True), ITEMS[0]],
            running_header=HEADER,
            page_numbers=True,
        )
    )
    got = document_text(data, "ke-hoach-quet.pdf")
    assert got.encoding == "pdf, ocr" and got.pages >= 2
    table = [p for p in got.text.split("\n\n") if p.startswith("|")]
    assert len(table) == 1, table
    lines = table[0].split("\n")
    # Tesseract may miss a lone ``TT`` or ``1`` in the narrow number column: the other
    # columns decide what the table holds
    assert lines[0].endswith(" | Nội dung | Cơ quan chủ trì | Thời gian |")
    assert len(lines) == len(rows)
    assert HEADER not in got.text and "Trang 2" not in got.text
    tasks = extract_text(got.text, "ke-hoach-quet.pdf").tasks
    in_table = [t for t in tasks if t.text.startswith("Nhiệm vụ")]
    assert len(in_table) == len(rows) - 1
    # OCR may read a letter's case differently (``Huyện Ủy``): compared folded
    assert all([fold(u) for u in t.lead] == ["van phong huyen uy"] for t in in_table)
    assert all(t.due_date and t.due_date.isoformat() == "2026-06-30" for t in in_table)


COLUMN_LEFT = [
    "Ngày 14/7/2026, Đảng ủy phường Đông Hải Xuân tổ chức Hội nghị sơ kết công tác 6 tháng "
    "đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Hà Minh Quân, Bí thư Đảng "
    "ủy phường chủ trì hội nghị.",
    "Dự và phát biểu chỉ đạo có đồng chí Đoàn Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, "
    "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy. Tham dự hội nghị có các đồng chí Ủy viên Ban "
    "Chấp hành Đảng bộ phường; bí thư các chi bộ trực thuộc.",
]
COLUMN_RIGHT = [
    "Đảng ủy phường đã ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 "
    "của Bộ Chính trị; 100% chi bộ sử dụng sổ tay đảng viên điện tử trong sinh hoạt.",
    "Tuy nhiên, nội dung sinh hoạt chuyên đề ở một số chi bộ còn đơn điệu; việc nắm bắt dư "
    "luận xã hội ở khu dân cư có lúc chưa kịp thời, chưa sát với thực tế.",
]


def test_a_page_in_two_columns_reads_column_by_column_in_whole_paragraphs():
    got = document_text(columns_pdf(COLUMN_LEFT, COLUMN_RIGHT), "ban-tin.pdf")
    paragraphs = got.text.split("\n\n")
    # each paragraph whole (its lines wrap at its column's edge), left column first, and no
    # accent or descender of a neighbouring line glued on
    assert paragraphs == COLUMN_LEFT + COLUMN_RIGHT
