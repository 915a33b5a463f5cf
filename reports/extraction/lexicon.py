"""The word lists that several detectors share (domain-vi §1, §3, §5, §6), in one place.

Each list is data with a table test (``tests/extraction/test_lexicon.py``); detectors
import them instead of keeping their own copies, which had drifted apart (96, 60 and 50
family names in three modules).
"""

from __future__ import annotations

import re

# §1.3: ``[A-Z]`` misses Đ, Ư, Ơ, Â ...; the capitals and small letters spelled out.
UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
LOWER_SPECIAL = "đăâêôơư"

# §5.1: family names (Kinh names and those of the ethnic minorities seen in the press).
_FAMILY_TEXT = """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh
    Lâm Mai Trịnh Trương Hà Lại Lương Tô Tạ Cao Chu Triệu Vương Nông Lò Kiều Khúc Quách Thái
    Tăng Từ Lưu Mạc Phùng Thân La Ninh Đàm Giang Âu Cù Doãn Hứa Khổng Kim Lục Mẫn Nghiêm Ông
    Quan Tôn Trình Vi Ma Hầu Bế Sầm Lường Cầm Quàng Giàng Vàng Sùng Thào Mùa Lầu Hờ Mã Lăng Lã
    Bạch Chế Diệp Điểu Đèo Lèo Lỳ Tòng Vì Y Ksor Siu Rmah Kpă Thạch Danh Chau Tống Viên Khuất
    Mạch Lạc Ứng Bành Nhữ Thiều Uông Tiêu Phí Thiệu Kha"""
FAMILY_NAMES = frozenset(_FAMILY_TEXT.split())

# §6.2: counting words (Một là ...) and ordinals (Thứ nhất ...), 1 to 10 (task markers
# never go past ten).
NUMBER_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
ORDINAL_WORDS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
# Past ten, in words: "Hội nghị Trung ương lần thứ mười ba", "mười một tháng đầu năm".
TEEN_WORDS = {
    "mười một": 11,
    "mười hai": 12,
    "mười ba": 13,
    "mười bốn": 14,
    "mười lăm": 15,
}

# A capitalised syllable and a verb-looking one that are one word of a name: ``Bộ Ngoại
# giao`` (``giao`` alone assigns), ``Hội đồng`` (``đồng chủ trì``: co-chair).
VERB_LIKE_NAME_PAIRS = frozenset(
    {("ngoại", "giao"), ("bang", "giao"), ("nhà", "giao"), ("hội", "đồng")}
)

# The words of an administrative level (lower case, as written in running text): a unit
# name may end on one (``Công an huyện``), a title may add one (``Bí thư Đảng ủy phường``).
LOCALITY_WORDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")

# §3: the words a unit name starts with (as written, capitalised).
UNIT_HEAD_WORDS = (
    "Ban",
    "Phòng",
    "Văn phòng",
    "Sở",
    "Báo",
    "Đài",
    "Hội",
    "Trung tâm",
    "Trường",
    "Ủy ban",
    "UBND",
    "HĐND",
    "Đảng ủy",
    "Đảng bộ",
    "Đảng đoàn",
    "Huyện ủy",
    "Tỉnh ủy",
    "Thành ủy",
    "Thị ủy",
    "Quận ủy",
    "Công an",
    "Bộ",
    "Cục",
    "Chi cục",
    "Tổng cục",
    "Vụ",
    "Viện",
    "Học viện",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Liên đoàn",
    "Liên hiệp",
    "Công đoàn",
    "Mặt trận",
    "Chi bộ",
    "Tạp chí",
    "Nhà xuất bản",
    "Thường trực",
)

# §4.1: the line that opens a page's list of other articles (the article ends there).
RELATED_NEWS = re.compile(
    r"^\s*(?:Các\s+(?:bài\s+viết|tin|bài|tin\s+bài)\s+(?:khác|liên\s+quan|cùng\s+chuyên\s+mục|"
    r"đã\s+đưa)|Tin\s+(?:liên\s+quan|khác|cùng\s+chuyên\s+mục|đã\s+đưa|mới(?:\s+nhất)?|"
    r"bài\s+liên\s+quan|tức\s+(?:khác|liên\s+quan))|Bài\s+(?:viết\s+)?(?:liên\s+quan|"
    r"cùng\s+chuyên\s+mục|viết\s+cùng\s+chủ\s+đề)|Các\s+bài\s+khác|Xem\s+thêm|Đọc\s+thêm)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)

# §6.3: verbs of assignment and of responsibility. A unit name ends before them
# (``Văn phòng Đảng ủy có trách nhiệm ...`` → ``Văn phòng Đảng ủy``). Only phrases that
# cannot be the tail of a name: ``giao`` alone is left out (``Bộ Ngoại giao``).
ASSIGNMENT_VERBS = (
    "có trách nhiệm",
    "chịu trách nhiệm",
    "chủ trì",
    "phối hợp",
    "chủ động",
    "tham mưu",
    "triển khai",
    "thực hiện",
    "tổ chức",
    "tiếp tục",
    "tập trung",
    "theo dõi",
    "hướng dẫn",
    "xây dựng",
    "tăng cường",
    "đẩy mạnh",
    "cần",
    "phải",
    "khẩn trương",
    "kịp thời",
)

# §6.2: list markers, in the order a document nests them when it uses them all.
LIST_MARKERS = {
    "roman": r"[IVX]{1,5}\.",  # I.  II.
    "upper": r"[A-D]\.",  # A.  B.
    "task_no": r"(?i:nhiệm vụ)\s{1,3}\d{1,2}\s{0,3}:",  # Nhiệm vụ 1:
    "thu": r"(?i:thứ)\s{1,3}(?i:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s{0,3},",
    "la": r"(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s{1,3}là\s{0,3},?",
    "num2": r"\d{1,2}(?:\.\d{1,2}){1,2}\.?",  # 1.1.  1.1.1
    "num": r"\d{1,2}[.)]",  # 1.  1)
    "paren": r"\(\d{1,2}\)",  # (1)
    "letter": r"[a-zđ]\)|[a-zđ]\.(?=\s)",  # a)  a.
    "dash": r"[-\u2013]",
    "plus": r"\+",
    "bullet": r"[\u2022·▪◦►♦●○✓❖➢*]",
}

# Task tables (domain-vi §6.3, the Word and HTML tables of notices and plans): the role of
# a column from its header, by folded words (any order, several spellings).
TABLE_COLUMNS = {
    "ordinal": ("tt", "stt", "so tt", "so thu tu"),
    "text": (
        "noi dung",
        "nhiem vu",
        "noi dung cong viec",
        "noi dung nhiem vu",
        "cong viec",
        "nhiem vu cu the",
        "hoat dong",
        "ten nhiem vu",
    ),
    "lead": (
        "co quan chu tri",
        "don vi chu tri",
        "chu tri",
        "don vi chu tri thuc hien",
        "co quan chu tri thuc hien",
    ),
    # a unit given the job without "chủ trì" is an assignee, not a lead (contract)
    "assignee": (
        "don vi thuc hien",
        "co quan thuc hien",
        "trach nhiem",
        "phan cong",
        "don vi",
        "co quan",
        "trach nhiem thuc hien",
    ),
    "support": ("co quan phoi hop", "don vi phoi hop", "phoi hop", "don vi phoi hop thuc hien"),
    "due": (
        "thoi gian",
        "thoi han",
        "tien do",
        "thoi gian hoan thanh",
        "thoi gian thuc hien",
        "thoi han hoan thanh",
        "moc thoi gian",
    ),
    "note": ("ghi chu",),
    # a budget's columns: a table of money with no lead or deadline is an estimate, not tasks
    "money": (
        "kinh phi",
        "kinh phi thuc hien",
        "du toan",
        "du toan kinh phi",
        "so tien",
        "thanh tien",
        "nguon kinh phi",
        "muc chi",
    ),
}
# Columns of a programme table (folded) whose cells name the people who present a topic:
# each person named there speaks at the meeting (contract ``speaking``).
PRESENTER_COLUMNS = frozenset(
    {
        "bao cao vien",
        "giang vien",
        "nguoi trinh bay",
        "trinh bay",
        "nguoi bao cao",
        "nguoi phat bieu",
        "dien gia",
        "nguoi thuyet trinh",
        "nguoi truyen dat",
        "bao cao vien trinh bay",
    }
)
