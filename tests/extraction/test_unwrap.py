"""Text copied out of a PDF (hard wraps every ~80 characters, page numbers on their own
lines, no blank lines) is joined back into paragraphs; other text is left alone."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from reports.extraction.formats import document_text
from reports.extraction.unwrap import unwrap, wrap_width

ROOT = Path(__file__).resolve().parents[2]

PARAGRAPHS = [
    "ĐẢNG BỘ TỈNH ĐÔNG KHÊ ĐẢNG CỘNG SẢN VIỆT NAM",
    "BÁO CÁO",
    "kết quả hội nghị tập huấn báo cáo viên cơ sở năm 2025",
    "Thực hiện Kế hoạch số 12-KH/BTGHU ngày 05/8/2025 của Ban Tuyên giáo Huyện ủy về tổ chức "
    "tập huấn báo cáo viên, trong hai ngày 17 và 18/9/2025, Ban Tuyên giáo Huyện ủy Đông Khê "
    "phối hợp với Trung tâm Chính trị huyện tổ chức hội nghị cho 120 học viên là cán bộ "
    "tuyên giáo của các đảng ủy xã, thị trấn.",
    "I. KẾT QUẢ HỘI NGHỊ",
    "Các học viên được nghe đồng chí Hà Thị Mơ, Giám đốc Trung tâm Chính trị huyện truyền đạt "
    "chuyên đề về kỹ năng tuyên truyền miệng; đồng chí Lục Văn Páo, Phó Trưởng ban Tuyên giáo "
    "Huyện ủy hướng dẫn kỹ năng viết tin, bài trên mạng xã hội.",
    "II. NHIỆM VỤ TIẾP THEO",
    "1. Ban Tuyên giáo Huyện ủy tổng hợp ý kiến của học viên, tham mưu Thường trực Huyện ủy tổ "
    "chức lớp tập huấn chuyên sâu trong quý IV/2025.",
    "2. Trung tâm Chính trị huyện biên soạn tài liệu hỏi - đáp, phát hành trước ngày 30/11/2025.",
    "- Các đảng ủy xã bố trí cán bộ tuyên giáo ổn định.",
]


def _copied_from_pdf(paragraphs: list[str], page_after: int = 5) -> str:
    lines: list[str] = []
    for i, paragraph in enumerate(paragraphs):
        lines += textwrap.wrap(paragraph, 80)
        if i == page_after:
            lines.append("2")  # the page number, on its own line
    return "\n".join(lines)


def test_hard_wrapped_text_is_joined_into_paragraphs():
    assert unwrap(_copied_from_pdf(PARAGRAPHS)).split("\n") == PARAGRAPHS


def test_document_text_unwraps_a_text_copied_from_a_pdf():
    text = document_text(_copied_from_pdf(PARAGRAPHS).encode(), "bao-cao.txt").text
    assert text.split("\n") == PARAGRAPHS


LEFT_ALONE = [
    ("paragraphs on long lines", "\n\n".join(PARAGRAPHS)),
    ("few lines", "\n".join(textwrap.wrap(PARAGRAPHS[3], 80))),
    (
        "one short paragraph per line, a title without a full stop",
        "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2025 của Ban Tuyên giáo Huyện ủy\n"
        + "\n".join(
            f"Ngày {d}/7/2025, Ban Tuyên giáo Huyện ủy Đông Khê tổ chức hội nghị chuyên đề số {d}."
            for d in range(1, 12)
        ),
    ),
    ("short list lines", "\n".join(f"- Nhiệm vụ số {i} của các chi bộ." for i in range(20))),
]


@pytest.mark.parametrize(("name", "text"), LEFT_ALONE, ids=[c[0] for c in LEFT_ALONE])
def test_text_that_is_not_hard_wrapped_is_left_alone(name, text):
    assert unwrap(text) == text


@pytest.mark.parametrize("path", sorted((ROOT / "seeds").glob("*.txt")), ids=lambda p: p.name[:3])
def test_seeds_are_not_hard_wrapped(path):
    assert wrap_width(path.read_text(encoding="utf-8").split("\n")) is None


def test_hard_wrapped_paragraphs_between_blank_lines_are_joined_within_each():
    # a text wrapped at ~70 columns with a blank line after each paragraph (an e-mail, a
    # notice typed in a plain editor): lines join inside a paragraph, never across the blank
    long = [p for p in PARAGRAPHS if len(p) > 150]
    text = "\n\n".join("\n".join(textwrap.wrap(p, 70)) for p in long * 2)
    assert unwrap(text).split("\n\n") == long * 2


def test_one_line_paragraphs_between_blank_lines_are_left_alone():
    text = "\n\n".join(
        f"Ngày {d}/7/2025, Ban Tuyên giáo Huyện ủy tổ chức hội nghị chuyên đề số {d} cho"
        for d in range(1, 12)
    )
    assert unwrap(text) == text


RUNNING = "Thông báo kết luận số 21-TB/HU ngày 18/10/2026 của Ban Thường vụ Huyện ủy Hồng Lâm"


def _paged(pages: list[str], *, header: bool) -> str:
    out = []
    for n, page in enumerate(pages, start=1):
        if n > 1:
            out.append(f"- {n} -")
            if header:
                out.append(RUNNING)
        out.extend(textwrap.wrap(page, 70))
    return "\n".join(out) + "\n"


PAGES = [
    "Ban Thường vụ Huyện ủy kết luận như sau: Thứ nhất, các cấp ủy tiếp tục quán triệt "
    "sâu sắc chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
    "năm 2026 đến toàn thể cán bộ, đảng viên trong Đảng bộ huyện và",
    "gắn việc học tập với nhiệm vụ chính trị của từng cơ quan, đơn vị. Thứ hai, Ban "
    "Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện biên soạn tài "
    "liệu sinh hoạt chuyên đề năm 2027 cho các chi bộ trong toàn Đảng bộ huyện.",
    "Thứ ba, Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy lựa chọn, biểu dương các "
    "tập thể, cá nhân điển hình tiêu biểu trong học tập và làm theo Bác năm 2026 này.",
]


def test_a_running_header_after_each_page_number_is_dropped():
    got = unwrap(_paged(PAGES, header=True))
    assert RUNNING not in got and "- 2 -" not in got
    # the sentence the page break cut goes on as one
    assert "Đảng bộ huyện và gắn việc học tập" in got


def test_a_line_after_one_page_number_only_is_kept():
    # a line beside a page number once is text, not a running header
    pages = [PAGES[0], PAGES[1] + " " + RUNNING + "."]
    got = unwrap(_paged(pages, header=False))
    assert RUNNING in got
