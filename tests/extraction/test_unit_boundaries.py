"""Unit boundaries and shared issuers on fiction sentences: a name never cut at a common
word, verbs of responsibility never glued on, a doubled head word once, one issuer written
for two citations, a joint issuer."""

from __future__ import annotations

import pytest

from reports.extraction import extract_text, to_contract

LEAD = "Tin\n\nNgày 5/3/2027, Ban Tuyên giáo Tỉnh ủy Hồng Lâm tổ chức Hội nghị giao ban.\n\n"


def _doc(body: str):
    return to_contract(extract_text(LEAD + body))


@pytest.mark.parametrize(
    ("body", "unit"),
    [
        (
            "Đồng chí Lò Văn Sinh đề nghị Bộ Ngoại giao phối hợp cung cấp thông tin.",
            "Bộ Ngoại giao",
        ),
        (
            "Đồng chí Lò Văn Sinh đề nghị Cục Hải quan tỉnh phối hợp kiểm tra ấn phẩm.",
            "Cục Hải quan tỉnh",
        ),
        (
            "Văn phòng Đảng ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện.",
            "Văn phòng Đảng ủy",
        ),
        ("Sở Nội vụ chịu trách nhiệm hướng dẫn việc sắp xếp cán bộ.", "Sở Nội vụ"),
        # verb-looking words inside a commune service centre's name (after 2025)
        (
            "Đồng chí Lò Văn Sinh đề nghị Trung tâm Dịch vụ tổng hợp xã Tân An tổ chức "
            "tuyên truyền lưu động.",
            "Trung tâm Dịch vụ tổng hợp xã Tân An",
        ),
        (
            "Đồng chí Lò Văn Sinh đề nghị Trung tâm Phục vụ hành chính công xã Tân An niêm "
            "yết công khai thủ tục.",
            "Trung tâm Phục vụ hành chính công xã Tân An",
        ),
        # a province's portal is a body of its own
        (
            "Đồng chí Lò Văn Sinh đề nghị Cổng Thông tin điện tử tỉnh đăng tải kết quả hội nghị.",
            "Cổng Thông tin điện tử tỉnh",
        ),
        # ``và Báo chí`` inside a department's name, not a newspaper after ``và``
        (
            "Đồng chí Lò Văn Sinh đề nghị Phòng Tuyên truyền và Báo chí biên soạn tài liệu.",
            "Phòng Tuyên truyền và Báo chí",
        ),
    ],
)
def test_assignee_names_end_at_the_verb(body, unit):
    doc = _doc(body)
    assert [t["assignees"] for t in doc["tasks"]] == [[unit]]
    # the canonical name may add the province the text leaves implicit
    assert any(
        u["name"] in (unit, unit + " Hồng Lâm", unit + " tỉnh Hồng Lâm") for u in doc["units"]
    )


@pytest.mark.parametrize("name", ["Bộ Ngoại", "Văn phòng Đảng ủy có trách nhiệm"])
def test_no_cut_or_glued_names(name):
    body = (
        "Dự hội nghị có đại diện Bộ Ngoại giao.\n\n"
        "Văn phòng Đảng ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện."
    )
    assert name not in [u["name"] for u in _doc(body)["units"]]


def test_a_head_word_typed_twice_counts_once():
    text = "Tin\n\nNgày 5/3/2027, Ban Ban Tuyên giáo Tỉnh ủy Hồng Lâm tổ chức Hội nghị giao ban.\n"
    doc = to_contract(extract_text(text))
    assert [u["name"] for u in doc["units"]] == ["Ban Tuyên giáo Tỉnh ủy Hồng Lâm"]
    assert doc["meetings"][0]["host_unit"] == "Ban Tuyên giáo Tỉnh ủy Hồng Lâm"


@pytest.mark.parametrize(
    ("sentence", "bodies"),
    [
        (
            "Hội nghị quán triệt Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị.",
            {"05-CT/TW": "Bộ Chính trị", "01-KL/TW": "Bộ Chính trị"},
        ),
        (
            "Hội nghị quán triệt Kết luận số 126-KL/TW của Bộ Chính trị, Ban Bí thư.",
            {"126-KL/TW": "Bộ Chính trị, Ban Bí thư"},
        ),
        # a date of its own belongs to the second citation only: nothing is shared
        (
            "Hội nghị quán triệt Chỉ thị số 05-CT/TW, Kết luận số 21-KL/TW ngày 25/10/2021 "
            "của Ban Chấp hành Trung ương.",
            {"05-CT/TW": None, "21-KL/TW": "Ban Chấp hành Trung ương"},
        ),
    ],
)
def test_issuers(sentence, bodies):
    got = {d["code"]: d["issuing_body"] for d in _doc(sentence)["directives"]}
    assert got == bodies


def _names(text: str) -> list[str]:
    from reports.extraction.units import find_unit_mentions

    return [m[0] for m in find_unit_mentions(text)]


# each row: a small fiction sentence and the unit names it holds, in order
@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a word that only begins names (Ban, Phòng, Sở) after a comma begins the next one
        (
            "Phòng Văn hóa - Xã hội, Ban Xây dựng Đảng phối hợp thực hiện.",
            ["Phòng Văn hóa - Xã hội", "Ban Xây dựng Đảng"],
        ),
        (
            "Giao Phòng Kinh tế, Phòng Văn hóa - Xã hội tham mưu.",
            ["Phòng Kinh tế", "Phòng Văn hóa - Xã hội"],
        ),
        # ... while a sector name with commas stays whole
        (
            "Sở Văn hóa, Thể thao và Du lịch, Sở Y tế chủ trì.",
            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Y tế"],
        ),
        # a bare party committee owns a board: the document's own committee
        ("Văn phòng Đảng ủy có trách nhiệm tổng hợp.", ["Văn phòng Đảng ủy"]),
        (
            "Đảng ủy xã Tân Mai giao Văn phòng Đảng ủy chủ trì.",
            ["Đảng ủy xã Tân Mai", "Văn phòng Đảng ủy"],
        ),
        # gazetteer completion: a body with acronyms, a body with a comma and lower case
        ("Văn phòng HĐND và UBND xã phối hợp.", ["Văn phòng HĐND và UBND xã"]),
        (
            "Phòng Kinh tế, Hạ tầng và Đô thị phường tham mưu.",
            ["Phòng Kinh tế, Hạ tầng và Đô thị phường"],
        ),
        ("Ủy ban MTTQ Việt Nam xã Tân Mai vận động.", ["Ủy ban MTTQ Việt Nam xã Tân Mai"]),
        (
            "Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì.",
            ["Ban Tuyên giáo và Dân vận Tỉnh ủy"],
        ),
        ("Bộ Ngoại giao chủ trì, phối hợp với Sở Nội vụ.", ["Bộ Ngoại giao", "Sở Nội vụ"]),
        # a body of another country is not a unit of ours; a country is no unit
        ("Đoàn đã làm việc với Bộ Ngoại giao Lào và Bộ Ngoại giao.", ["Bộ Ngoại giao"]),
        ("Hợp tác với Lào và Campuchia.", []),
        ("Ban Ban Tuyên giáo Huyện ủy báo cáo.", ["Ban Tuyên giáo Huyện ủy"]),
        # a letterhead run into the body is not glued to the body's first name
        (
            "ĐẢNG ỦY XÃ TÂN MAI Văn phòng Đảng ủy chủ trì.",
            ["ĐẢNG ỦY XÃ TÂN MAI", "Văn phòng Đảng ủy"],
        ),
        (
            "Tỉnh ủy Hồng Lâm Ban Tuyên giáo Tỉnh ủy báo cáo.",
            ["Tỉnh ủy Hồng Lâm", "Ban Tuyên giáo Tỉnh ủy"],
        ),
    ],
)
def test_unit_boundaries_table(text, names):
    assert _names(text) == names


# each row: a gazetteer body with an inner "và" or comma after "và" or a comma in a list
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giao Sở Y tế và Báo và Phát thanh, Truyền hình tỉnh Hồng Lâm thực hiện.",
            ["Sở Y tế", "Báo và Phát thanh, Truyền hình tỉnh Hồng Lâm"],
        ),
        (
            "Sở Dân tộc và Tôn giáo, Báo và Phát thanh, Truyền hình Hồng Lâm phối hợp.",
            ["Sở Dân tộc và Tôn giáo", "Báo và Phát thanh, Truyền hình Hồng Lâm"],
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch và Báo và Phát thanh, Truyền hình Vân Thủy đưa tin.",
            ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Vân Thủy"],
        ),
        (
            "Báo và Phát thanh, Truyền hình tỉnh, Sở Nông nghiệp và Môi trường phối hợp.",
            ["Báo và Phát thanh, Truyền hình tỉnh", "Sở Nông nghiệp và Môi trường"],
        ),
        # a sector name's own commas and "và" still join it
        (
            "Sở Văn hóa, Thể thao và Du lịch, Sở Khoa học và Công nghệ chủ trì.",
            ["Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ"],
        ),
    ],
)
def test_gazetteer_body_begins_the_next_name(text, names):
    assert _names(text) == names


# each row: a gazetteer body that begins with no head of the rules
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Giao Liên hiệp các Hội Văn học nghệ thuật tỉnh Hồng Lâm chủ trì.",
            ["Liên hiệp các Hội Văn học nghệ thuật tỉnh Hồng Lâm"],
        ),
        (
            "Báo Nam Sơn; Liên hiệp các Hội Văn học nghệ thuật tỉnh phối hợp.",
            ["Báo Nam Sơn", "Liên hiệp các Hội Văn học nghệ thuật tỉnh"],
        ),
        (
            "Hội Chữ thập đỏ tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vân Thủy.",
            ["Hội Chữ thập đỏ tỉnh", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Vân Thủy"],
        ),
        ("Tổng Liên đoàn Lao động Việt Nam phát động.", ["Tổng Liên đoàn Lao động Việt Nam"]),
        ("Thanh tra Chính phủ, Bộ Nội vụ dự.", ["Thanh tra Chính phủ", "Bộ Nội vụ"]),
        ("Thanh tra tỉnh phối hợp.", ["Thanh tra tỉnh"]),
        # a branch name without its level word is common words: no unit
        ("Thanh tra, kiểm tra việc thực hiện.", []),
    ],
)
def test_headless_gazetteer_bodies(text, names):
    assert _names(text) == names


# each row: an official document's letterhead (above its own number) and the units it
# names, in the case of a name
@pytest.mark.parametrize(
    ("letterhead", "names"),
    [
        (
            "ĐẢNG BỘ TỈNH HỒNG LÂM\n\nĐẢNG ỦY XÃ VÂN MAI",
            ["Đảng bộ tỉnh Hồng Lâm", "Đảng ủy xã Vân Mai"],
        ),
        # the motto column run into the committee's line is no part of the place
        ("TỈNH ỦY HỒNG LÂM ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TUYÊN GIÁO", ["Tỉnh ủy Hồng Lâm"]),
        # PHƯƠNG is a place word, PHƯỜNG a locality
        (
            "ĐẢNG BỘ TỈNH PHƯƠNG LÂM ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY THÀNH SƠN",
            ["Đảng bộ tỉnh Phương Lâm", "Huyện ủy Thành Sơn"],
        ),
        ("ĐẢNG ỦY PHƯỜNG VÂN THỦY", ["Đảng ủy phường Vân Thủy"]),
    ],
)
def test_letterhead_units(letterhead, names):
    text = (
        f"{letterhead}\n\nSố 07-KH/ĐU\n\nKẾ HOẠCH\n\nTuyên truyền năm 2027\n\n"
        "Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện.\n"
    )
    got = [u["name"] for u in to_contract(extract_text(text))["units"]]
    assert got == [*names, "Văn phòng Đảng ủy"]


def test_a_news_banner_names_no_unit():
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ XÃ VÂN MAI\n\nTin\n\n"
        "Ngày 5/3/2027, Ban Tuyên giáo Tỉnh ủy Hồng Lâm tổ chức Hội nghị giao ban.\n"
    )
    got = [u["name"] for u in to_contract(extract_text(text))["units"]]
    assert got == ["Ban Tuyên giáo Tỉnh ủy Hồng Lâm"]
