"""Table tests for reports.extraction.units (domain-vi §3, §3.5)."""

from __future__ import annotations

import pytest

from reports.extraction.types import Unit
from reports.extraction.units import canonical_unit, find_unit_mentions, find_units, merge_units
from tests.extraction.factories import segmented

MENTIONS = [
    # lists split between names, names with commas, hyphens and "và" stay whole
    (
        "Giao Phòng Tuyên truyền - Báo chí chủ trì, phối hợp với Sở Thông tin và Truyền thông, "
        "Hội Nhà báo tỉnh thực hiện.",
        ["Phòng Tuyên truyền - Báo chí", "Sở Thông tin và Truyền thông", "Hội Nhà báo tỉnh"],
    ),
    (
        "Phối hợp với Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa, Thông tin và Thể thao "
        "huyện nâng cao chất lượng.",
        ["Phòng Văn hóa và Thông tin huyện", "Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
    ),
    (
        "Cơ quan phối hợp: Bộ Chỉ huy Quân sự tỉnh, Sở Lao động - Thương binh và Xã hội.",
        ["Bộ Chỉ huy Quân sự tỉnh", "Sở Lao động - Thương binh và Xã hội"],
    ),
    (
        "Cơ quan chủ trì: Báo Nam Sơn, Đài Phát thanh và Truyền hình tỉnh.",
        ["Báo Nam Sơn", "Đài Phát thanh và Truyền hình tỉnh"],
    ),
    (
        "Báo Nam Sơn và Đài Phát thanh và Truyền hình tỉnh",
        ["Báo Nam Sơn", "Đài Phát thanh và Truyền hình tỉnh"],
    ),
    (
        "Phòng Khoa giáo - Văn hóa, Văn nghệ chủ trì, phối hợp với Sở Giáo dục và Đào tạo, "
        "Sở Khoa học và Công nghệ tham mưu",
        [
            "Phòng Khoa giáo - Văn hóa, Văn nghệ",
            "Sở Giáo dục và Đào tạo",
            "Sở Khoa học và Công nghệ",
        ],
    ),
    (
        "đại diện Sở Văn hóa, Thể thao và Du lịch, Sở Nội vụ, Công an tỉnh, Tỉnh đoàn.",
        ["Sở Văn hóa, Thể thao và Du lịch", "Sở Nội vụ", "Công an tỉnh", "Tỉnh đoàn"],
    ),
    ("Phòng Lý luận chính trị - Lịch sử Đảng chủ trì", ["Phòng Lý luận chính trị - Lịch sử Đảng"]),
    ("Trường Chính trị tỉnh mở lớp", ["Trường Chính trị tỉnh"]),
    (
        "Hội Cựu chiến binh tỉnh, Hội Liên hiệp phụ nữ tỉnh",
        ["Hội Cựu chiến binh tỉnh", "Hội Liên hiệp phụ nữ tỉnh"],
    ),
    (
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức",
        ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
    ),
    ("UBND tỉnh chỉ đạo", ["UBND tỉnh"]),
    # owners chained: board + committee + place
    (
        "Ngày 5/1, Ban Tuyên giáo Tỉnh ủy Nam Sơn tổ chức hội nghị",
        ["Ban Tuyên giáo Tỉnh ủy Nam Sơn"],
    ),
    ("Ban Tuyên giáo Huyện ủy Mường Lay báo cáo", ["Ban Tuyên giáo Huyện ủy Mường Lay"]),
    ("Văn phòng Tỉnh ủy hướng dẫn", ["Văn phòng Tỉnh ủy"]),
    ("Văn phòng Ban chủ trì, phối hợp với các phòng chuyên môn", ["Văn phòng Ban"]),
    (
        "Chi bộ Cơ quan Hội Liên hiệp phụ nữ tỉnh ký cam kết",
        ["Chi bộ Cơ quan Hội Liên hiệp phụ nữ tỉnh"],
    ),
    ("Chi bộ Ban Tuyên giáo Đảng ủy Khối tổ chức", ["Chi bộ Ban Tuyên giáo Đảng ủy Khối"]),
    ("của Đảng bộ tỉnh Nam Sơn đã", ["Đảng bộ tỉnh Nam Sơn"]),
    ("Ban Chấp hành Đảng bộ tỉnh", ["Ban Chấp hành Đảng bộ tỉnh"]),
    # blocs: the qualifier, with or without "các", and a lower-case "khối"
    ("Đảng ủy Khối cơ quan Trung ương tổ chức", ["Đảng ủy Khối cơ quan Trung ương"]),
    ("Đảng bộ Khối các cơ quan Trung ương ngày càng", ["Đảng bộ Khối các cơ quan Trung ương"]),
    (
        "Ban Thường vụ Đảng uỷ Khối Cơ quan và Doanh nghiệp tỉnh đã lãnh đạo",
        ["Ban Thường vụ Đảng uỷ Khối Cơ quan và Doanh nghiệp tỉnh"],
    ),
    ("Bí thư Đảng ủy khối phát biểu", ["Đảng ủy khối"]),
    ("Thường trực Đảng ủy Khối chúc mừng", ["Thường trực Đảng ủy Khối"]),
    ("Ban Thường vụ, Thường trực Đảng ủy Khối có nhiều đổi mới", ["Thường trực Đảng ủy Khối"]),
    # central bodies
    ("của Bộ Chính trị về", ["Bộ Chính trị"]),
    ("của Ban Chấp hành Trung ương  Đảng về", ["Ban Chấp hành Trung ương Đảng"]),
    ("của Ban Bí thư Trung ương Đảng về", ["Ban Bí thư Trung ương Đảng"]),
    ("Ban Bí thư (khóa XIII)", ["Ban Bí thư"]),
    ("phối hợp với Ban Dân vận Trung ương", ["Ban Dân vận Trung ương"]),
    # steering committees: number, level, acronym; generic copies are not units
    (
        "Ban chỉ đạo 35 cấp Khối; Ban Chỉ đạo 35 tỉnh",
        ["Ban chỉ đạo 35 cấp Khối", "Ban Chỉ đạo 35 tỉnh"],
    ),
    ("Thành lập BCĐ 35 tỉnh và hướng dẫn thành lập BCĐ 35 các huyện", ["BCĐ 35 tỉnh"]),
    # positions: the lower-case "ban" after Trưởng, a person after the unit
    ("Trưởng ban Tuyên giáo Đảng ủy Khối Hà Thị Trang đề nghị", ["ban Tuyên giáo Đảng ủy Khối"]),
    ("Bí thư Tỉnh ủy Nguyễn Văn An dự", ["Tỉnh ủy"]),
    ("Phó Tổng Biên tập Báo Nam Sơn tham luận", ["Báo Nam Sơn"]),
    ("Phó Bí thư Thường trực Tỉnh ủy dự", ["Tỉnh ủy"]),
    ("Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy trình bày", ["Ban Tuyên giáo Tỉnh ủy"]),
    # membership titles are not units
    (
        "Đồng chí An, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy dự",
        ["Ban Tuyên giáo Tỉnh ủy"],
    ),
    (
        "Ủy viên dự khuyết Trung ương Đảng, Phó Trưởng ban Tuyên giáo Trung ương",
        ["ban Tuyên giáo Trung ương"],
    ),
    ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư", ["Thường trực Ban Bí thư"]),
    ("Tỉnh ủy viên, Huyện ủy viên", []),
    # generic groups
    (
        "đề nghị Ban Tuyên giáo Đảng ủy Khối và các đảng ủy trực thuộc cần",
        ["Ban Tuyên giáo Đảng ủy Khối"],
    ),
    ("Ban tuyên giáo các huyện ủy, thị ủy, thành ủy thực hiện", []),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", []),
    ("cấp ủy các cấp, ngành Tuyên giáo, khối tư tưởng - văn hóa, các Sở, ban, ngành", []),
    ("ban tuyên giáo các cấp đã tham mưu", []),
    # look-alikes of heads
    ("Báo cáo kết quả; Hội nghị tổng kết; Hội thi; Đài tưởng niệm; Bộ văn kiện", []),
    ("quần đảo Trường Sa", []),
    ("toàn Đảng bộ; Đảng ủy; Ban Thường vụ; Ban Tuyên giáo", []),
    # glued words (a lost line break) end the name
    ("Ban Tuyên giáo Tỉnh ủy Nam SơnPhản hồi", ["Ban Tuyên giáo Tỉnh ủy Nam Sơn"]),
    # new-style tone marks
    ("Đảng uỷ Khối các cơ quan Trung ương", ["Đảng uỷ Khối các cơ quan Trung ương"]),
    ("Ban Tuyên giáo Tỉnh uỷ (BTGTU) tổ chức", ["Ban Tuyên giáo Tỉnh uỷ"]),
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_find_unit_mentions(text, expected):
    found = find_unit_mentions(text)
    assert [name for name, _, _ in found] == expected
    for name, start, end in found:
        assert " ".join(text[start:end].split()) == name


UNITS = [
    # a bloc's short spellings take its full name; Đảng bộ and Đảng ủy stay apart
    (
        "Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị.\n"
        "Đảng ủy Khối cơ quan Trung ương đẩy mạnh. Ban Thường vụ Đảng ủy Khối chỉ đạo.\n"
        "Đảng bộ Khối phát triển. Ban Tuyên giáo Đảng ủy Khối báo cáo.",
        {
            "Đảng ủy Khối các cơ quan Trung ương": {
                "Đảng ủy Khối các cơ quan Trung ương",
                "Đảng ủy Khối cơ quan Trung ương",
            },
            "Ban Thường vụ Đảng ủy Khối các cơ quan Trung ương": {"Ban Thường vụ Đảng ủy Khối"},
            "Đảng bộ Khối các cơ quan Trung ương": {"Đảng bộ Khối"},
            "Ban Tuyên giáo Đảng ủy Khối các cơ quan Trung ương": {"Ban Tuyên giáo Đảng ủy Khối"},
        },
    ),
    # two different blocs: bare "Đảng ủy Khối" is left as written
    (
        "Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối Doanh nghiệp tỉnh.\nĐảng ủy Khối chỉ đạo.",
        {
            "Đảng ủy Khối các cơ quan tỉnh": {"Đảng ủy Khối các cơ quan tỉnh"},
            "Đảng ủy Khối Doanh nghiệp tỉnh": {"Đảng ủy Khối Doanh nghiệp tỉnh"},
            "Đảng ủy Khối": {"Đảng ủy Khối"},
        },
    ),
    # the province named once completes "tỉnh" and "Tỉnh ủy"
    (
        "TỈNH ỦY NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Ban Tuyên giáo Tỉnh ủy Nam Sơn tổ chức. Ban Tuyên giáo Tỉnh ủy giao Sở Nội vụ, "
        "Đài Phát thanh và Truyền hình tỉnh, Văn phòng Tỉnh ủy thực hiện.",
        {
            "Ban Tuyên giáo Tỉnh ủy Nam Sơn": {
                "Ban Tuyên giáo Tỉnh ủy Nam Sơn",
                "Ban Tuyên giáo Tỉnh ủy",
            },
            "Sở Nội vụ tỉnh Nam Sơn": {"Sở Nội vụ"},
            "Đài Phát thanh và Truyền hình tỉnh Nam Sơn": {"Đài Phát thanh và Truyền hình tỉnh"},
            "Văn phòng Tỉnh ủy Nam Sơn": {"Văn phòng Tỉnh ủy"},
        },
    ),
    # two provinces: nothing is completed
    (
        "Ban Tuyên giáo Tỉnh ủy Nam Sơn làm việc với Ban Tuyên giáo Tỉnh ủy Bắc Hà.\n"
        "Hội Nhà báo tỉnh tham dự.",
        {"Hội Nhà báo tỉnh": {"Hội Nhà báo tỉnh"}},
    ),
    # a province only inside a quoted book title is not the document's province
    (
        "Ban Tuyên giáo Tỉnh ủy phát hành sách “Lịch sử tỉnh Nam Sơn”.",
        {"Ban Tuyên giáo Tỉnh ủy": {"Ban Tuyên giáo Tỉnh ủy"}},
    ),
    # an acronym in brackets, then alone, is a mention
    (
        "Ban Tuyên giáo Tỉnh ủy (BTGTU) tổ chức hội nghị.\nBTGTU chủ trì.",
        {"Ban Tuyên giáo Tỉnh ủy": {"Ban Tuyên giáo Tỉnh ủy", "BTGTU"}},
    ),
    # the committee and its executive committee written out are one body
    (
        "Chủ đề của Ban Chấp hành Đảng bộ tỉnh. Yêu cầu của Tỉnh ủy.",
        {"Tỉnh ủy": {"Tỉnh ủy", "Ban Chấp hành Đảng bộ tỉnh"}},
    ),
    # the board's office is the office of the document's main board
    (
        "Ban Tuyên giáo Tỉnh ủy Nam Sơn tổ chức. Ban Tuyên giáo Tỉnh ủy giao Văn phòng Ban "
        "theo dõi; Ban Tuyên giáo Trung ương hướng dẫn.",
        {"Văn phòng Ban Tuyên giáo Tỉnh ủy Nam Sơn": {"Văn phòng Ban"}},
    ),
    # steering committees of different levels stay apart; acronym heads are spelled out
    (
        "Ban chỉ đạo 35 cấp Khối và Ban Chỉ đạo 35 tỉnh phối hợp. Thành lập BCĐ 35 huyện.",
        {
            "Ban chỉ đạo 35 cấp Khối": {"Ban chỉ đạo 35 cấp Khối"},
            "Ban Chỉ đạo 35 tỉnh": {"Ban Chỉ đạo 35 tỉnh"},
            "Ban Chỉ đạo 35 huyện": {"BCĐ 35 huyện"},
        },
    ),
    # the fullest spelling names the unit; tone variants are kept as mentions
    (
        "Ban Bí thư chỉ đạo. Chỉ thị của Ban Bí thư Trung ương Đảng. Đảng uỷ Khối và Đảng ủy Khối.",
        {
            "Ban Bí thư Trung ương Đảng": {"Ban Bí thư", "Ban Bí thư Trung ương Đảng"},
            "Đảng uỷ Khối": {"Đảng uỷ Khối", "Đảng ủy Khối"},
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_find_units(text, expected):
    units = {
        u.name: set(u.mentions) for u in find_units(segmented(text, capitals_are_letterhead=True))
    }
    for name, mentions in expected.items():
        assert name in units, (name, units)
        assert units[name] == mentions


def test_find_units_spans_point_at_mentions():
    text = "Ngày 5/1, Ban Tuyên giáo Tỉnh ủy Nam Sơn tổ chức; Bộ Chính trị chỉ đạo."
    for unit in find_units(segmented(text, capitals_are_letterhead=True)):
        for span in unit.spans:
            assert text[span.start : span.end] in unit.mentions


_KHOI = Unit(
    "Đảng ủy Khối các cơ quan Trung ương",
    ("Đảng ủy Khối các cơ quan Trung ương", "Đảng ủy Khối"),
)
_BOARD = Unit("Ban Tuyên giáo Tỉnh ủy Nam Sơn", ("Ban Tuyên giáo Tỉnh ủy Nam Sơn",))

CANONICAL = [
    ("Đảng ủy Khối cơ quan Trung ương", "Đảng ủy Khối các cơ quan Trung ương"),
    ("Đảng uỷ Khối", "Đảng ủy Khối các cơ quan Trung ương"),
    ("đảng ủy khối các cơ quan trung ương", "Đảng ủy Khối các cơ quan Trung ương"),
    ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Nam Sơn"),
    ("Ban Tuyên giáo Tỉnh uỷ Nam Sơn", "Ban Tuyên giáo Tỉnh ủy Nam Sơn"),
    ("Đảng bộ Khối", "Đảng bộ Khối"),
    ("Sở Nội vụ", "Sở Nội vụ"),
    ("", ""),
]


@pytest.mark.parametrize(("name", "expected"), CANONICAL)
def test_canonical_unit(name, expected):
    assert canonical_unit(name, (_KHOI, _BOARD)) == expected


MERGE = [
    # a spelling of an existing unit becomes a mention
    (["Đảng ủy Khối cơ quan Trung ương"], {_KHOI.name: 3, _BOARD.name: 1}),
    # a new named unit is added
    (["Sở Nội vụ"], {_KHOI.name: 2, _BOARD.name: 1, "Sở Nội vụ": 1}),
    # generic plurals and lower-case groups are not units
    (
        ["các đảng ủy trực thuộc", "Ban Tuyên giáo các huyện ủy, thị ủy", "ngành Tuyên giáo", ""],
        {_KHOI.name: 2, _BOARD.name: 1},
    ),
    # the canonical name itself adds nothing
    (["Ban Tuyên giáo Tỉnh ủy Nam Sơn", "Ban Tuyên giáo Tỉnh ủy"], {_KHOI.name: 2, _BOARD.name: 2}),
]


@pytest.mark.parametrize(("names", "expected"), MERGE)
def test_merge_units(names, expected):
    merged = merge_units((_KHOI, _BOARD), names)
    assert {u.name: len(u.mentions) for u in merged} == expected


def test_long_input_is_linear_enough():
    # a list of 5,000 names with commas and no full stop must not explode
    text = "Sở Văn hóa, Thể thao và Du lịch, " * 5000
    assert len(find_unit_mentions(text)) == 5000


MORE_MENTIONS = [
    # the 2025 party organisations of the central and provincial Party agencies
    ("Đảng bộ các cơ quan Đảng Trung ương tổ chức", ["Đảng bộ các cơ quan Đảng Trung ương"]),
    ("Đảng ủy các cơ quan Đảng tỉnh lãnh đạo", ["Đảng ủy các cơ quan Đảng tỉnh"]),
    ("các đảng bộ; Đảng bộ các xã", []),
    ("Thành ủy Thành phố Hồ Chí Minh chỉ đạo", ["Thành ủy Thành phố Hồ Chí Minh"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", ["Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh"]),
    ("Thường vụ Tỉnh ủy cho ý kiến", ["Thường vụ Tỉnh ủy"]),
    (
        "Đảng ủy Công an tỉnh và Báo Quân đội nhân dân",
        ["Đảng ủy Công an tỉnh", "Báo Quân đội nhân dân"],
    ),
    # the 2025 merged board written with a dash
    ("Ban Tuyên giáo - Dân vận Huyện ủy tổ chức", ["Ban Tuyên giáo - Dân vận Huyện ủy"]),
    # a document's header in capitals keeps its locality
    ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", ["ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"]),
    ("BAN TUYÊN GIÁO HUYỆN ỦY", ["BAN TUYÊN GIÁO HUYỆN ỦY"]),
    ("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN", ["ỦY BAN NHÂN DÂN HUYỆN ĐÔNG SƠN"]),
]


@pytest.mark.parametrize(("text", "expected"), MORE_MENTIONS)
def test_more_mentions(text, expected):
    assert [name for name, _, _ in find_unit_mentions(text)] == expected


def test_front_acronym_and_publisher():
    text = "Ủy ban MTTQ Việt Nam tỉnh và Nhà xuất bản Chính trị quốc gia Sự thật phối hợp."
    assert [n for n, _, _ in find_unit_mentions(text)] == [
        "Ủy ban MTTQ Việt Nam tỉnh",
        "Nhà xuất bản Chính trị quốc gia Sự thật",
    ]


def test_bloc_inside_a_name_and_trade_unions():
    text = "Cơ quan phối hợp: Đoàn Thanh niên Khối các cơ quan tỉnh, Công đoàn Viên chức tỉnh."
    assert [n for n, _, _ in find_unit_mentions(text)] == [
        "Đoàn Thanh niên Khối các cơ quan tỉnh",
        "Công đoàn Viên chức tỉnh",
    ]


MORE_UNITS = [
    # the place of an urban district completes "quận" and "Quận ủy"
    (
        "Ban Tuyên giáo Quận ủy Kim Sơn tổ chức; Trung tâm Văn hóa - Thể thao quận phối hợp.",
        {"Trung tâm Văn hóa - Thể thao quận Kim Sơn": {"Trung tâm Văn hóa - Thể thao quận"}},
    ),
    # a bloc written with and without its province is one bloc
    (
        "Đảng ủy Khối Doanh nghiệp tỉnh Vân Sơn tổ chức. Đảng ủy Khối Doanh nghiệp tỉnh "
        "chỉ đạo. Ban Tuyên giáo Đảng ủy Khối báo cáo.",
        {"Ban Tuyên giáo Đảng ủy Khối Doanh nghiệp tỉnh Vân Sơn": {"Ban Tuyên giáo Đảng ủy Khối"}},
    ),
    # "cơ quan" is not the urban district "quận"
    (
        "Đảng ủy Khối các cơ quan. Quận ủy Kim Sơn.",
        {"Đảng ủy Khối các cơ quan": {"Đảng ủy Khối các cơ quan"}},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_UNITS)
def test_more_units(text, expected):
    units = {
        u.name: set(u.mentions) for u in find_units(segmented(text, capitals_are_letterhead=True))
    }
    for name, mentions in expected.items():
        assert units.get(name) == mentions, units


def test_a_bloc_qualifier_read_from_a_header_in_capitals():
    head = "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"
    seg = segmented("Ban Tuyên giáo Đảng ủy Khối xây dựng kế hoạch.", title=head)
    names = [u.name for u in find_units(seg)]
    assert "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh" in names


def test_merge_units_splits_an_unsplit_list():
    merged = merge_units((_BOARD,), ["Ban Tuyên giáo Tỉnh ủy, Công đoàn Viên chức tỉnh"])
    assert [u.name for u in merged] == [_BOARD.name, "Công đoàn Viên chức tỉnh"]
    assert merged[0].mentions == (_BOARD.name, "Ban Tuyên giáo Tỉnh ủy")
