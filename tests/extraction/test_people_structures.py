"""People introduced with a degree, rank or profession in mid-sentence; lists of chairs;
position before name (fiction sentences after one lead)."""

from __future__ import annotations

import pytest

from reports.extraction import extract_text

LEAD = (
    "Tin\n\nNgày 5/3/2027, Ban Tuyên giáo Tỉnh ủy Hồng Lâm tổ chức Hội nghị báo cáo viên quý I "
    "năm 2027. "
)


def _people(sentence: str):
    doc = extract_text(LEAD + sentence + "\n")
    return [(p.name, p.position, p.roles) for m in doc.meetings for p in m.participants]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Tại hội nghị, TS. Nguyễn Văn An, Phó Trưởng khoa Xây dựng Đảng, Trường Chính trị "
            "tỉnh trình bày chuyên đề về chuyển đổi số.",
            [
                (
                    "Nguyễn Văn An",
                    "Phó Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh",
                    ("speaking",),
                )
            ],
        ),
        (
            "Tại hội nghị, ThS. Lê Thị Bình, giảng viên Trường Chính trị tỉnh trình bày chuyên đề.",
            [("Lê Thị Bình", "giảng viên Trường Chính trị tỉnh", ("speaking",))],
        ),
        (
            "Tại hội nghị, Đại tá Phạm Văn Cường, Chính ủy Bộ Chỉ huy Quân sự tỉnh thông tin "
            "tình hình biển đảo.",
            [("Phạm Văn Cường", "Chính ủy Bộ Chỉ huy Quân sự tỉnh", ("speaking",))],
        ),
        (
            "Tại hội nghị, nhà báo Trần Thị Dung, Tổng Biên tập Báo Hồng Lâm phát biểu tham luận.",
            [("Trần Thị Dung", "Tổng Biên tập Báo Hồng Lâm", ("speaking",))],
        ),
        (
            "Chủ trì hội nghị có các đồng chí: Lò Văn Sinh, Bí thư Huyện ủy; Vi Thị Hạnh, Phó "
            "Bí thư Huyện ủy.",
            [
                ("Lò Văn Sinh", "Bí thư Huyện ủy", ("chair",)),
                ("Vi Thị Hạnh", "Phó Bí thư Huyện ủy", ("chair",)),
            ],
        ),
        (
            "Tổng Biên tập Báo Hồng Lâm Quách Văn Sơn trao đổi kinh nghiệm sản xuất nội dung số.",
            [("Quách Văn Sơn", "Tổng Biên tập Báo Hồng Lâm", ("speaking",))],
        ),
        # a profession before a plural or a body is no person; neither are countries
        ("Các nhà báo Trung ương và nhà báo Hồng Lâm dự hội nghị.", []),
        ("Hội nghị thông tin về quan hệ hợp tác với Lào, Campuchia và Trung Quốc.", []),
    ],
)
def test_people(sentence, expected):
    assert _people(sentence) == expected
