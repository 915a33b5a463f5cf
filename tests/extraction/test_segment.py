"""Segmentation on small synthetic pages: tables of (page, expected) rows."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction.intake import tidy
from reports.extraction.segment import segment

D = dt.date

PORTAL = """Thứ Sáu, 10/5/2024
Tin tức địa phương
Thứ Hai, 12/02/2024 10:15'(GMT+7)

Hội nghị giao ban công tác tuyên giáo quý I năm 2024 tại huyện Sông Mây

Các đại biểu dự hội nghị.

Các đại biểu dự hội nghị.

Sáng 9/2, Ban Tuyên giáo Huyện ủy Sông Mây tổ chức hội nghị giao ban quý I.

Ảnh: Đồng chí Phan Văn Tư phát biểu tại hội nghị

Hội nghị đề nghị các chi bộ tập trung làm tốt một số nhiệm vụ sau:

Thứ nhất, tăng cường nắm bắt tư tưởng.

Ban Tuyên giáo Huyện ủy

Các tin khác

• Hội nghị tổng kết năm 2023 (15/01/2024)
• Hội nghị báo cáo viên tháng 12 (2 tháng trước)
"""

MENU_PAGE = """BAN TUYÊN GIÁO HUYỆN ỦY SÔNG MÂY
Trang chủ | Giới thiệu | Tin hoạt động | Liên hệ
Thứ Ba, 07/05/2024

Tin hoạt động

Sông Mây sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 với nhiều điểm mới

Cập nhật: 05/07/2024 - 08:30

Chiều 4/7, Ban Tuyên giáo Huyện ủy tổ chức hội nghị sơ kết.

Đây là đoạn văn thứ hai của bài, được lặp lại nguyên văn trên trang.

Đây là đoạn văn thứ hai của bài, được lặp lại nguyên văn trên trang.

Dịp này, Ban trao giấy khen cho 5 tập thể./.

Văn Minh
Ảnh: Văn Minh

Tin liên quan
• Một bài khác (01/07/2024)
"""

BANNER_PAGE = """Main
Nhiệt liệt chào mừng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2024)

Nâng cao chất lượng công tác dân vận ở cơ sở trong tình hình mới hiện nay

Thứ tư, 14/02/2024

Công tác dân vận tiếp tục được đẩy mạnh trong toàn Đảng bộ.

Một là, tăng cường công tác giáo dục chính trị, tư tưởng.

Nguyễn Văn Bảy

(Phó Bí thư Đảng ủy xã)

Thống kê truy cập
Số lượt truy cập
12345

Trực tuyến: 3

Hôm nay: 50
"""

NOTICE = """TỈNH ỦY SÔNG MÂY    ĐẢNG CỘNG SẢN VIỆT NAM
BAN TUYÊN GIÁO
*
Số 12-TB/BTGTU    Sông Mây, ngày 05 tháng 3 năm 2024

THÔNG BÁO
kết luận của đồng chí Trưởng ban
tại hội nghị giao ban tháng 2
-----

Ngày 01/3/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban.

I. ĐÁNH GIÁ CHUNG

Tháng 2, ngành Tuyên giáo đã hoàn thành tốt nhiệm vụ.

II. NHIỆM VỤ TRỌNG TÂM

1. Tổ chức tuyên truyền Ngày Quốc tế Phụ nữ; hoàn thành trước ngày 8/3/2024.

Nơi nhận:
- Thường trực Tỉnh ủy (để báo cáo),
- Lưu Văn phòng Ban.

T/L TRƯỞNG BAN
CHÁNH VĂN PHÒNG

(đã ký)

Trần Văn Năm
"""

PLAN_NO_RECIPIENTS = """ĐẢNG BỘ TỈNH SÔNG MÂY    ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY LÚA VÀNG
Số 08-KH/HU    Lúa Vàng, ngày 2 tháng 1 năm 2025

KẾ HOẠCH
tuyên truyền năm 2025

I. MỤC ĐÍCH, YÊU CẦU

- Tuyên truyền sâu rộng.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Lê Thị Sáu
"""

REPORT = """ĐẢNG CỘNG SẢN VIỆT NAM
Số 42-BC/BTGHU
Hòa Bình, ngày 21 tháng 6 năm 2024

BÁO CÁO
kết quả công tác 6 tháng đầu năm

Mở đầu báo cáo.
"""

ARTICLE_WITH_UPPER_HEADING = """Hội nghị sơ kết công tác tuyên giáo

30/06/2022 | 2855

Ngày 30/6, Đảng ủy tổ chức hội nghị.

ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN

Các đại biểu thống nhất nhiều nội dung.
"""

CAPS_TITLE = """Trang chủ / Tin tức / Hoạt động

HỘI NGHỊ BÁO CÁO VIÊN CẤP TỈNH QUÝ III NĂM 2023
12/09/2023 | Lượt xem: 235

Sáng 11/9, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên cấp tỉnh quý III.

Quang cảnh hội nghị. Ảnh: Minh Anh

Đồng chí Lý Văn Hai trình bày chuyên đề (Ảnh: TTXVN)

Hội nghị đã nghe thông tin thời sự.

Từ khóa: hội nghị, báo cáo viên

Bài viết cùng tác giả
"""

SITE_AND_MENU = """Cổng thông tin điện tử Đảng bộ tỉnh Sông Mây
Trang chủ | Tin tức | Văn bản | Liên hệ
Trang chủ » Tin tức

Tỉnh ủy Sông Mây tổng kết công tác tuyên giáo năm 2023

Ngày đăng: 05/01/2024 09:30

Ngày 4/1, Tỉnh ủy tổ chức hội nghị tổng kết.
"""

BARE_SIGNATURE = """ĐẢNG CỘNG SẢN VIỆT NAM
Số 3-TB/ĐU
Xã An Bình, ngày 2 tháng 3 năm 2024

THÔNG BÁO
về việc tổ chức hội nghị

Đảng ủy thông báo như sau.

1. Thời gian: ngày 5/3/2024.

TRƯỞNG BAN
(đã ký)
Nguyễn Văn An
"""

TITLE_TWICE = """Hội nghị tổng kết năm 2023 của tỉnh Sông Mây

Hội nghị tổng kết năm 2023 của tỉnh Sông Mây

Ngày 3/1, tỉnh tổ chức hội nghị.
"""

SHORT = "Hội nghị giao ban\n\nNgày 5/1/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị."

# (page, expected fields)
PAGES = [
    (
        PORTAL,
        {
            "genre": "article",
            "title": "Hội nghị giao ban công tác tuyên giáo quý I năm 2024 tại huyện Sông Mây",
            "published": D(2024, 2, 12),
            "published_text": "12/02/2024",
            "paragraphs": [
                "Sáng 9/2, Ban Tuyên giáo Huyện ủy Sông Mây tổ chức hội nghị giao ban quý I.",
                "Hội nghị đề nghị các chi bộ tập trung làm tốt một số nhiệm vụ sau:",
                "Thứ nhất, tăng cường nắm bắt tư tưởng.",
            ],
            "captions": [
                "Các đại biểu dự hội nghị.",
                "Ảnh: Đồng chí Phan Văn Tư phát biểu tại hội nghị",
            ],
        },
    ),
    (
        MENU_PAGE,
        {
            "genre": "article",
            "title": "Sông Mây sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 với nhiều điểm mới",
            "published": D(2024, 7, 5),
            "paragraphs": [
                "Chiều 4/7, Ban Tuyên giáo Huyện ủy tổ chức hội nghị sơ kết.",
                "Đây là đoạn văn thứ hai của bài, được lặp lại nguyên văn trên trang.",
                "Dịp này, Ban trao giấy khen cho 5 tập thể./.",
            ],
            "captions": [],
        },
    ),
    (
        BANNER_PAGE,
        {
            "genre": "article",
            "title": "Nâng cao chất lượng công tác dân vận ở cơ sở trong tình hình mới hiện nay",
            "published": D(2024, 2, 14),
            "paragraphs": [
                "Công tác dân vận tiếp tục được đẩy mạnh trong toàn Đảng bộ.",
                "Một là, tăng cường công tác giáo dục chính trị, tư tưởng.",
            ],
            "captions": [],
        },
    ),
    (
        NOTICE,
        {
            "genre": "thong_bao",
            "title": "THÔNG BÁO kết luận của đồng chí Trưởng ban tại hội nghị giao ban tháng 2",
            "published": D(2024, 3, 5),
            "own_number": "12-TB/BTGTU",
            "paragraphs": [
                "Ngày 01/3/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban.",
                "I. ĐÁNH GIÁ CHUNG",
                "Tháng 2, ngành Tuyên giáo đã hoàn thành tốt nhiệm vụ.",
                "II. NHIỆM VỤ TRỌNG TÂM",
                "1. Tổ chức tuyên truyền Ngày Quốc tế Phụ nữ; hoàn thành trước ngày 8/3/2024.",
            ],
            "headings": ["I. ĐÁNH GIÁ CHUNG", "II. NHIỆM VỤ TRỌNG TÂM"],
            "captions": [],
        },
    ),
    (
        PLAN_NO_RECIPIENTS,
        {
            "genre": "ke_hoach",
            "title": "KẾ HOẠCH tuyên truyền năm 2025",
            "published": D(2025, 1, 2),
            "own_number": "08-KH/HU",
            "paragraphs": ["I. MỤC ĐÍCH, YÊU CẦU", "- Tuyên truyền sâu rộng."],
        },
    ),
    (
        REPORT,
        {
            "genre": "bao_cao",
            "title": "BÁO CÁO kết quả công tác 6 tháng đầu năm",
            "published": D(2024, 6, 21),
            "own_number": "42-BC/BTGHU",
            "paragraphs": ["Mở đầu báo cáo."],
        },
    ),
    (
        ARTICLE_WITH_UPPER_HEADING,
        {
            "genre": "article",
            "title": "Hội nghị sơ kết công tác tuyên giáo",
            "published": D(2022, 6, 30),
            "paragraphs": [
                "Ngày 30/6, Đảng ủy tổ chức hội nghị.",
                "ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN",
                "Các đại biểu thống nhất nhiều nội dung.",
            ],
            "headings": ["ĐẨY MẠNH CÔNG TÁC TUYÊN TRUYỀN"],
        },
    ),
    (
        SHORT,
        {
            "genre": "article",
            "title": "Hội nghị giao ban",
            "published": None,
            "paragraphs": ["Ngày 5/1/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị."],
        },
    ),
    (
        CAPS_TITLE,
        {
            "genre": "article",
            "title": "HỘI NGHỊ BÁO CÁO VIÊN CẤP TỈNH QUÝ III NĂM 2023",
            "published": D(2023, 9, 12),
            "paragraphs": [
                "Sáng 11/9, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên cấp tỉnh quý III.",
                "Hội nghị đã nghe thông tin thời sự.",
            ],
            "captions": [
                "Quang cảnh hội nghị. Ảnh: Minh Anh",
                "Đồng chí Lý Văn Hai trình bày chuyên đề (Ảnh: TTXVN)",
            ],
        },
    ),
    (
        SITE_AND_MENU,
        {
            "genre": "article",
            "title": "Tỉnh ủy Sông Mây tổng kết công tác tuyên giáo năm 2023",
            "published": D(2024, 1, 5),
            "paragraphs": ["Ngày 4/1, Tỉnh ủy tổ chức hội nghị tổng kết."],
        },
    ),
    (
        "x " * 300 + "\n\nĐoạn hai.",
        {"title": None, "paragraphs": [("x " * 300).strip(), "Đoạn hai."]},
    ),
    (
        BARE_SIGNATURE,
        {
            "genre": "thong_bao",
            "own_number": "3-TB/ĐU",
            "published": D(2024, 3, 2),
            "paragraphs": ["Đảng ủy thông báo như sau.", "1. Thời gian: ngày 5/3/2024."],
        },
    ),
    (
        TITLE_TWICE,
        {
            "title": "Hội nghị tổng kết năm 2023 của tỉnh Sông Mây",
            "paragraphs": ["Ngày 3/1, tỉnh tổ chức hội nghị."],
        },
    ),
    (
        "THÔNG BÁO\nKết luận của đồng chí Bí thư tại hội nghị\n\nNgày 3/3/2024, hội nghị.",
        {
            "genre": "thong_bao",
            "title": "THÔNG BÁO Kết luận của đồng chí Bí thư tại hội nghị",
            "paragraphs": ["Ngày 3/3/2024, hội nghị."],
        },
    ),
    (
        "ĐẢNG BỘ TỈNH X ĐẢNG CỘNG SẢN VIỆT NAM\nSố 5-CTr/TU\n\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
        "thực hiện Nghị quyết\n\nNội dung.",
        {
            "genre": "other",
            "title": "CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết",
            "own_number": "5-CTr/TU",
            "paragraphs": ["Nội dung."],
        },
    ),
    (
        # a site name in the letterhead's words is no letterhead; "BÁO CÁO VIÊN" is no heading
        "Báo điện tử Đảng Cộng sản Việt Nam\nTrang chủ | Tin | Ảnh\n\n"
        "Hội nghị báo cáo viên toàn quốc tháng 3 năm 2024\n\nBÁO CÁO VIÊN CẤP TỈNH\n\n"
        "Ngày 3/3/2024, hội nghị.",
        {
            "genre": "article",
            "title": "Hội nghị báo cáo viên toàn quốc tháng 3 năm 2024",
            "paragraphs": ["BÁO CÁO VIÊN CẤP TỈNH", "Ngày 3/3/2024, hội nghị."],
        },
    ),
    (
        # a sentence-case section heading stays in the body; bylines at the top are dropped
        "Hội nghị tổng kết công tác tuyên giáo năm 2023 của huyện\nTác giả: Minh Anh\n\n"
        "Ngày 3/1, Ban tổ chức hội nghị.\n\nPhương hướng, nhiệm vụ năm 2024\n\n"
        "Đồng chí Lê Văn Ba phát biểu tại hội nghị\n\nThứ nhất, tăng cường tuyên truyền.",
        {
            "paragraphs": [
                "Ngày 3/1, Ban tổ chức hội nghị.",
                "Phương hướng, nhiệm vụ năm 2024",
                "Thứ nhất, tăng cường tuyên truyền.",
            ],
            "captions": ["Đồng chí Lê Văn Ba phát biểu tại hội nghị"],
        },
    ),
    (
        # a related-article list with no heading still ends the article
        "Hội nghị giao ban báo chí quý IV năm 2023 của tỉnh\n\nNgày 8/12, Ban tổ chức.\n\n"
        "• Hội nghị báo cáo viên tháng 11 (15/11/2023)\n• Tập huấn nghiệp vụ (2 tháng trước)",
        {"paragraphs": ["Ngày 8/12, Ban tổ chức."]},
    ),
    (
        # no blank lines at all: the subject stops where the preamble starts
        "ĐẢNG ỦY XÃ AN HÒA\n*\nSố: 15-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "An Hòa, ngày 05 tháng 01 năm 2024\nKẾ HOẠCH\nCông tác tuyên giáo năm 2024\n"
        "Căn cứ Kế hoạch số 120-KH/HU của Huyện ủy, Đảng ủy xây dựng kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\nNâng cao nhận thức.\nTM. ĐẢNG ỦY\nBÍ THƯ\nLê Văn Hòa",
        {
            "genre": "ke_hoach",
            "title": "KẾ HOẠCH Công tác tuyên giáo năm 2024",
            "own_number": "15-KH/ĐU",
            "published": D(2024, 1, 5),
            "paragraphs": [
                "Căn cứ Kế hoạch số 120-KH/HU của Huyện ủy, Đảng ủy xây dựng kế hoạch như sau:",
                "I. MỤC ĐÍCH",
                "Nâng cao nhận thức.",
            ],
        },
    ),
    (
        # a vertical menu, one item per line, above the date stamp and the title
        "Đăng nhập\nTìm kiếm\nThời sự\nChính trị\nTuyên giáo\n"
        "Thứ năm, 12/10/2023, 08:15 (GMT+7)\n"
        "Huyện ủy Tân Lập tổ chức hội nghị tập huấn nghiệp vụ công tác tuyên giáo\n"
        "Ngày 11/10, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tập huấn.\n"
        "Các học viên tham dự lớp tập huấn\nCác học viên tham dự lớp tập huấn\n"
        "Tại lớp tập huấn, các học viên được nghe chuyên đề.\nMINH TÂM\nBình luận",
        {
            "title": "Huyện ủy Tân Lập tổ chức hội nghị tập huấn nghiệp vụ công tác tuyên giáo",
            "published": D(2023, 10, 12),
            "paragraphs": [
                "Ngày 11/10, Ban Tuyên giáo Huyện ủy tổ chức hội nghị tập huấn.",
                "Tại lớp tập huấn, các học viên được nghe chuyên đề.",
            ],
            "captions": ["Các học viên tham dự lớp tập huấn"],
        },
    ),
    (
        "Thời sự\nChính trị\nHội nghị giao ban\n\nNgày 5/1, Ban tổ chức hội nghị.",
        {"title": "Hội nghị giao ban", "paragraphs": ["Ngày 5/1, Ban tổ chức hội nghị."]},
    ),
    (
        # the only stamp is under the article
        "Hội nghị tổng kết công tác tuyên giáo năm 2023 của huyện\n\n"
        "Ngày 27/12, Ban tổ chức hội nghị.\n\nThu Trang\nCập nhật: 28/12/2023 - 16:20",
        {"published": D(2023, 12, 28), "paragraphs": ["Ngày 27/12, Ban tổ chức hội nghị."]},
    ),
    # a source tag before the lead is not part of the lead sentence
    (
        "Hội nghị giao ban công tác tuyên giáo quý II của huyện Tân Lập\n"
        "Cập nhật lúc 08:15 ngày 12/7/2023\nLượt xem: 1234\n\n"
        "(TUTL) - Sáng ngày 11/7, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức giao ban.\n"
        "Tags: Nghị quyết 35-NQ/TW\nChia sẻ: Facebook Zalo",
        {
            "published": D(2023, 7, 12),
            "paragraphs": ["Sáng ngày 11/7, Ban Tuyên giáo Huyện ủy Tân Lập tổ chức giao ban."],
        },
    ),
    (
        "Hội nghị báo cáo viên cấp tỉnh tháng 3 năm 2024 tại tỉnh Sông Mây\n\n"
        "TTXVN – Chiều 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.",
        {"paragraphs": ["Chiều 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên."]},
    ),
    (
        "Hội nghị báo cáo viên cấp tỉnh tháng 3 năm 2024 tại tỉnh Sông Mây\n\n"
        "(Chinhphu.vn) - Chiều 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.",
        {"paragraphs": ["Chiều 12/3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên."]},
    ),
    (
        # a Roman-numeral heading or a short bracketed line is not a source tag
        "Hội nghị báo cáo viên cấp tỉnh tháng 3 năm 2024 tại tỉnh Sông Mây\n\n"
        "II - Nhiệm vụ trọng tâm trong thời gian tới của các cấp ủy toàn tỉnh.",
        {"paragraphs": ["II - Nhiệm vụ trọng tâm trong thời gian tới của các cấp ủy toàn tỉnh."]},
    ),
    (
        "Hội nghị báo cáo viên cấp tỉnh tháng 3 năm 2024 tại tỉnh Sông Mây\n\n(BTG) - Chiều 12/3.",
        {"paragraphs": ["(BTG) - Chiều 12/3."]},
    ),
    ("", {"title": None, "published": None, "paragraphs": []}),
    ("\n\n   \n", {"title": None, "published": None, "paragraphs": []}),
]


@pytest.mark.parametrize(("page", "expected"), PAGES)
def test_segment(page, expected):
    text = tidy(page)
    seg = segment(text)
    for key in ("genre", "title", "published", "own_number"):
        if key in expected:
            assert getattr(seg, key) == expected[key], key
    if "published_text" in expected:
        span = seg.published_span
        assert text[span.start : span.end] == expected["published_text"]
    assert [p.text for p in seg.paragraphs] == expected["paragraphs"]
    if "captions" in expected:
        assert [p.text for p in seg.captions] == expected["captions"]
    if "headings" in expected:
        assert [p.text for p in seg.paragraphs if p.kind == "heading"] == expected["headings"]
    for p in (*seg.paragraphs, *seg.captions):
        assert text[p.start : p.end] == p.text
    if seg.own_number_span:
        span = seg.own_number_span
        assert text[span.start : span.end].replace(" ", "") == seg.own_number


def test_signer_and_recipients_are_not_body():
    seg = segment(tidy(NOTICE))
    body = " ".join(p.text for p in seg.paragraphs)
    assert "Trần Văn Năm" not in body
    assert "Nơi nhận" not in body
    assert "ĐẢNG CỘNG SẢN" not in body


def test_related_list_and_counters_are_cut():
    for page in (PORTAL, MENU_PAGE, BANNER_PAGE):
        seg = segment(tidy(page))
        body = " ".join(p.text for p in (*seg.paragraphs, *seg.captions))
        for word in ("Các tin khác", "Tin liên quan", "Hôm nay", "Thống kê", "•", "Văn Minh"):
            assert word not in body, word


def test_today_header_is_not_the_publication_date():
    # the portal's "today" stamp comes first; the stamp with a time is the article's
    seg = segment(tidy(PORTAL))
    assert seg.published == D(2024, 2, 12)


# (the place-and-date line of a notice, the date it gives)
PLACE_DATES = [
    ("Khe Vàng, ngày 15 tháng 7 năm 2023", D(2023, 7, 15)),
    ("Khe Vàng, 15/7/2023", D(2023, 7, 15)),
    ("Khe Vàng, ngày 15-7-2023", D(2023, 7, 15)),
    ("Khe Vàng, ngày 15 tháng 7, năm 2023", D(2023, 7, 15)),
    ("Thị trấn Khe Vàng, ngày 15 tháng 07 năm 2023.", D(2023, 7, 15)),
]


@pytest.mark.parametrize(("line", "expected"), PLACE_DATES)
def test_place_and_date_lines(line, expected):
    seg = segment(
        tidy(
            "HUYỆN ỦY KHE VÀNG          ĐẢNG CỘNG SẢN VIỆT NAM\n"
            f"Số 87-TB/HU          {line}\n\nTHÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\n"
            "Ngày 10/7/2023, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết.\n"
        )
    )
    assert seg.genre == "thong_bao"
    assert seg.published == expected


# --- date stamps and page endings of other portals ------------------------------------

_TITLE = "Ban Tuyên giáo Huyện ủy Sông Mây giao ban công tác tuyên giáo quý I năm 2023"
_LEAD = "Sáng 5/4, Ban Tuyên giáo Huyện ủy Sông Mây tổ chức hội nghị giao ban quý I năm 2023."
_ASK = "Hội nghị đề nghị các chi bộ tập trung làm tốt một số nhiệm vụ sau."

# (stamp line under the title, the publication date it gives)
STAMPS = [
    ("12/04/2023 08:15", D(2023, 4, 12)),
    ("Cập nhật lúc 08:15 ngày 12/4/2023", D(2023, 4, 12)),
    ("12.04.2023 | 08:15", D(2023, 4, 12)),
    ("Đăng ngày 12/04/2023 bởi Quản trị viên", D(2023, 4, 12)),
    ("Thứ Tư, 12/04/2023 - 08:15 | In bài | Gửi email", D(2023, 4, 12)),
    ("12/04/2023 - 08:15 | Lượt xem: 56", D(2023, 4, 12)),
    ("Chủ nhật, 16/4/2023 | 21:05", D(2023, 4, 16)),
    ("Thứ Tư, ngày 12 tháng 4 năm 2023", D(2023, 4, 12)),
    ("19-5-2023 | 16:05", D(2023, 5, 19)),
    ("Hoàng Yến - 28/12/2023 16:05", D(2023, 12, 28)),
    ("In bài viết | Gửi email | 28/12/2023 16:05", D(2023, 12, 28)),
]


# (page head above the lead, expected title)
HEADS = [
    (f"{_TITLE} | Báo Sông Mây\n12/04/2023 08:15", _TITLE),
    (f"{_TITLE} | Cổng thông tin điện tử Tỉnh ủy\n12/04/2023 08:15", _TITLE),
    (
        "Sông Mây giao ban công tác tuyên giáo quý I,\ntriển khai nhiệm vụ quý II năm 2023\n"
        "12/04/2023 08:15",
        "Sông Mây giao ban công tác tuyên giáo quý I, triển khai nhiệm vụ quý II năm 2023",
    ),
    (f"{_TITLE}\n12/04/2023 08:15\nCỡ chữ: A- A A+\nNghe đọc bài viết\n00:00 / 02:15", _TITLE),
    (f"{_TITLE}\n12/04/2023 08:15\nXem với cỡ chữ\nĐọc bài\nTắt thông báo", _TITLE),
    (f"Trang chủ | Tin tức | Thứ Tư, 19/4/2023\n{_TITLE}\n12/04/2023 08:15", _TITLE),
    # the portal's banner name, its "today" date, then its menu: none is the title
    (
        "Cổng Thông tin điện tử Đảng bộ tỉnh Sông Mây\nThứ Tư, 19/4/2023\n"
        f"Trang chủ | Thời sự | Xây dựng Đảng\n\n{_TITLE}\n12/04/2023 08:15 | Lượt xem: 88",
        _TITLE,
    ),
    (f"Trang thông tin điện tử Huyện ủy Sông Mây\n\n{_TITLE}\n12/04/2023 08:15", _TITLE),
    (
        "Tuyên giáo tỉnh Sông Mây điện tử\nThứ Tư, 19/4/2023\nTrang chủ | Thời sự | Văn hóa\n\n"
        f"{_TITLE}\n12/04/2023 08:15",
        _TITLE,
    ),
]


@pytest.mark.parametrize(("head", "title"), HEADS)
def test_titles_and_reading_tools_of_other_portals(head, title):
    text = tidy(f"{head}\n\n{_LEAD}\n\n{_ASK}\n")
    seg = segment(text)
    assert seg.title == title
    assert seg.published == D(2023, 4, 12)
    assert [p.text for p in seg.paragraphs] == [_LEAD, _ASK]
    span = text[seg.title_span.start : seg.title_span.end]
    assert " ".join(span.split()) == title


@pytest.mark.parametrize(("stamp", "expected"), STAMPS)
def test_date_stamps_of_other_portals(stamp, expected):
    seg = segment(tidy(f"{_TITLE}\n{stamp}\n\n{_LEAD}\n\n{_ASK}\n"))
    assert seg.published == expected
    assert seg.title == _TITLE
    assert [p.text for p in seg.paragraphs] == [_LEAD, _ASK]


# (what follows the article, the lines of it that stay in the body)
TAILS = [
    ("Bài viết cùng chuyên mục\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    ("Cùng chuyên mục:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    ("Tin mới:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    ("Các tin đã đưa ngày:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    ("Các tin cũ hơn:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    ("Cơ quan chủ quản: Tỉnh ủy Sông Mây\nChịu trách nhiệm chính: Lê Văn An", []),
    ("Tổng Biên tập: Lê Văn An", []),
    ("Ghi rõ nguồn khi phát hành lại thông tin từ website này.", []),
    ("Chia sẻ bài viết:\nFacebook", []),
    ("Gửi bài viết qua email | In bài viết", []),
    ("Bình luận | Gửi bạn bè | In trang", []),
    ("Hoàng Yến (Ban Tuyên giáo Huyện ủy Sông Mây)", []),
    ("MINH ANH (TTXVN)", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài - 12/04/2023\nGiao ban tháng 3 - 02/04/2023", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài [12/04/2023]\nGiao ban tháng 3 [02/04/2023]", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài (12/4)\nGiao ban tháng 3 (2/4)", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài 12/04/2023 08:15\nGiao ban 02/04/2023 10:00", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài (08:15 12/04/2023)", []),
    ("Sơ kết Chỉ thị 05-CT/TW ở xã Nà Vài (12/04/2023 - 08:15)", []),
    # body lines that end with a date are not a related list
    (
        "- Thời gian: Từ 01/7 - 15/7/2023\n- Cơ quan chủ trì: Ban Tuyên giáo - 15/7/2023",
        ["- Thời gian: Từ 01/7 - 15/7/2023", "- Cơ quan chủ trì: Ban Tuyên giáo - 15/7/2023"],
    ),
    (
        "Báo cáo kết quả về Ban Tuyên giáo trước ngày (12/4)\n"
        "Hoàn thành việc tổng hợp, gửi Thường trực Huyện ủy trước ngày (20/4)",
        [
            "Báo cáo kết quả về Ban Tuyên giáo trước ngày (12/4)",
            "Hoàn thành việc tổng hợp, gửi Thường trực Huyện ủy trước ngày (20/4)",
        ],
    ),
    # a related box inside the article: the article goes on after it
    (
        "Xem thêm:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài\nGiao ban tuyên giáo tháng 3\n"
        "Kết luận hội nghị, đồng chí Lê Văn An đề nghị các chi bộ tập trung làm tốt các"
        " nhiệm vụ trọng tâm trong năm 2024 như sau:\n"
        "Thứ nhất, tiếp tục đổi mới nội dung, phương thức sinh hoạt chi bộ ở các khu dân cư"
        " trên địa bàn toàn huyện.",
        [
            "Kết luận hội nghị, đồng chí Lê Văn An đề nghị các chi bộ tập trung làm tốt các"
            " nhiệm vụ trọng tâm trong năm 2024 như sau:",
            "Thứ nhất, tiếp tục đổi mới nội dung, phương thức sinh hoạt chi bộ ở các khu dân cư"
            " trên địa bàn toàn huyện.",
        ],
    ),
    # at the end of the page, what follows the list is the footer
    (
        "Tin liên quan\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài\n"
        "Báo Sông Mây - Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh Sông Mây.\n"
        "Giấy phép số 112/GP-BTTTT ngày 12/3/2020 của Bộ Thông tin và Truyền thông cấp cho báo.",
        [],
    ),
    ("Xem thêm:\nSơ kết Chỉ thị 05-CT/TW ở xã Nà Vài", []),
    # ordinary words alone on a line are not list headings
    ("Nổi bật:\nMột là, tổ chức tốt các hội nghị quán triệt trong toàn huyện.", None),
    ("Mới:\nHai là, tổ chức tốt các hội nghị quán triệt trong toàn huyện.", None),
    # one dated line alone is not a list
    (
        "Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh - 19/5/2023",
        ["Kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh - 19/5/2023"],
    ),
    (
        "Tin mới là nguồn cảm hứng cho các cơ sở trong toàn huyện.",
        ["Tin mới là nguồn cảm hứng cho các cơ sở trong toàn huyện."],
    ),
]


@pytest.mark.parametrize(("tail", "kept"), TAILS)
def test_page_endings_of_other_portals(tail, kept):
    if kept is None:  # the whole tail is body
        kept = tail.split("\n")
    seg = segment(tidy(f"{_TITLE}\n12/04/2023 08:15\n\n{_LEAD}\n\n{_ASK}\n\n{tail}\n"))
    assert [p.text for p in seg.paragraphs] == [_LEAD, _ASK, *kept]


def test_an_overlong_line_is_cut_at_sentence_ends_with_exact_spans():
    sentences = [f"Câu thứ {i} nói về công tác tuyên giáo của huyện Hồng Lâm." for i in range(600)]
    text = "Hội nghị giao ban\n\n" + " ".join(sentences)
    seg = segment(text)
    body = [p for p in seg.paragraphs if p.text.startswith("Câu")]
    assert len(body) > 1
    assert all(len(p.text) <= 6_000 for p in body)
    assert all(seg.text[p.start : p.end] == p.text for p in body)
    assert all(p.text.endswith(".") for p in body)
    assert " ".join(p.text for p in body) == " ".join(sentences)


def test_a_section_and_its_sub_section_above_the_title_are_no_title():
    seg = segment(
        "BÁO HỒNG LÂM ĐIỆN TỬ\nChính trị | Xây dựng Đảng\n\n"
        "Hồng Lâm tổng kết 10 năm thực hiện Chỉ thị 05\n\nThứ Tư, 13/05/2026 - 18:20\n\n"
        "(HLO) - Chiều 13/5, Tỉnh ủy Hồng Lâm tổ chức Hội nghị tổng kết 10 năm thực hiện "
        "Chỉ thị số 05-CT/TW.\n"
    )
    assert seg.title == "Hồng Lâm tổng kết 10 năm thực hiện Chỉ thị 05"
    assert seg.published == dt.date(2026, 5, 13)


def test_a_forwarded_e_mails_headers_are_no_part_of_the_notice():
    seg = segment(
        "Từ: Văn phòng Huyện ủy Hồng Lâm <vanphong@honglam.example>\n"
        "Gửi lúc: Thứ Ba, 17 tháng 11, 2026 08:15\nĐến: Ban Tuyên giáo Huyện ủy\n"
        "Chủ đề: Fwd: Thông báo ý kiến chỉ đạo\n\nKính gửi các đồng chí!\n\n"
        "====================\nTHÔNG BÁO\nÝ KIẾN CHỈ ĐẠO CỦA THƯỜNG TRỰC HUYỆN ỦY\n"
        "====================\n\n"
        "Chiều ngày 13/11/2026, Thường trực Huyện ủy Hồng Lâm họp nghe báo cáo công tác "
        "chuẩn bị kỷ niệm ngày thành lập huyện.\n"
    )
    assert seg.genre == "thong_bao"
    assert seg.paragraphs[0].text.startswith("Chiều ngày 13/11/2026")
