"""Table tests for reports.extraction.directives (domain-vi §2, extraction contract)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from reports.extraction.directives import find_directives
from reports.extraction.types import Span
from tests.extraction.factories import segmented


def _find(text: str, own: str | None = None):
    return find_directives(segmented(text, own=own))


CODES = [
    # (text, code, type, number, issuer_code)
    ("Thực hiện Chỉ thị số 05-CT/TW.", "05-CT/TW", "chi_thi", "05", "TW"),
    ("theo Chỉ thị 05 - CT/TW.", "05-CT/TW", "chi_thi", "05", "TW"),
    ("Nghị quyết 15- NQ/TW.", "15-NQ/TW", "nghi_quyet", "15", "TW"),
    ("Nghị quyết số 35-NQ/TƯ.", "35-NQ/TW", "nghi_quyet", "35", "TW"),
    ("Kết luận 21-KL/T.Ư.", "21-KL/TW", "ket_luan", "21", "TW"),
    ("Quy định số 08-QĐi/TW.", "08-QĐi/TW", "quy_dinh", "08", "TW"),
    ("Quy định 04-QyĐ/ĐU.", "04-QyĐ/ĐU", "quy_dinh", "04", "ĐU"),
    ("Chỉ thị số 01-CT/ĐUK.", "01-CT/ĐUK", "chi_thi", "01", "ĐUK"),
    (
        "Hướng dẫn liên tịch 03-HDLT/BTGTW-BTCTW.",
        "03-HDLT/BTGTW-BTCTW",
        "huong_dan",
        "03",
        "BTGTW-BTCTW",
    ),
    ("Chương trình hành động số 12-Ctr/TU.", "12-CTr/TU", "chuong_trinh", "12", "TU"),
    ("Chương trình 07-CTr/HU.", "07-CTr/HU", "chuong_trinh", "07", "HU"),
    # QĐ: the noun decides between Quy định and Quyết định
    ("Quyết định số 99-QĐ/TW.", "99-QĐ/TW", "quyet_dinh", "99", "TW"),
    ("Quy định số 144-QĐ/TW.", "144-QĐ/TW", "quy_dinh", "144", "TW"),
    # no noun: the abbreviation decides
    ("theo 128 - KH/HU.", "128-KH/HU", "ke_hoach", "128", "HU"),
    ("Kế hoạch số 98-KH/TU.", "98-KH/TU", "ke_hoach", "98", "TU"),
    ("Thông báo kết luận số 12-TB/TW.", "12-TB/TW", "thong_bao", "12", "TW"),
    ("Đề án số 03-ĐA/TU.", "03-ĐA/TU", "de_an", "03", "TU"),
    ("Công văn số 347-CV/TW.", "347-CV/TW", "khac", "347", "TW"),
    # state documents: slash first, hyphen second
    ("Nghị định số 30/2020/NĐ-CP.", "30/2020/NĐ-CP", "khac", "30", "CP"),
    ("Quyết định 123/QĐ-TTg.", "123/QĐ-TTg", "quyet_dinh", "123", "TTg"),
    ("Luật Báo chí số 103/2016/QH13.", "103/2016/QH13", "khac", "103", "QH13"),
    ("Công văn 5973/UBND-KT.", "5973/UBND-KT", "khac", "5973", "UBND-KT"),
]


@pytest.mark.parametrize(("text", "code", "type_", "number", "issuer"), CODES)
def test_codes(text, code, type_, number, issuer):
    (d,) = _find(text)
    assert (d.code, d.type, d.number, d.issuer_code) == (code, type_, number, issuer)


NOT_CITATIONS = [
    "Từ ngày 30/6 - 1/7/2022, hội nghị diễn ra (07/5/1954 - 07/5/2024).",
    "Đã có 24/27 cơ sở tổ chức xong; Quốc khánh 2/9; nhiệm kỳ 2020 - 2025; COVID-19.",
    "Kết luận Hội nghị, đồng chí An đề nghị; Kết luận 3 nội dung; Hướng dẫn 27 đảng bộ.",
    "tổ chức sơ kết các chỉ thị, nghị quyết của Trung ương và các nghị quyết của Đảng.",
    "các nghị quyết, kết luận, quy định của Trung ương, của Tỉnh, của Đảng ủy Khối.",
    "nghị quyết đại hội đảng bộ các cấp nhiệm kỳ 2020-2025; Chuyên đề năm 2023.",
    "thông tin chuyên đề về kết quả Hội nghị Trung ương 10 khóa XIII.",
    "Kế hoạch năm 2024; kế hoạch 5 năm; Chỉ thị 2 lần.",
    "slug nq-tw và 1/2/3/4/5/6 và 05/",
]


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_not_citations(text):
    assert _find(text) == ()


DETAILS = [
    # (text, code, issued, issuing_body, title)
    (
        "Chỉ thị số 05-CT/TW, ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
        "theo Bác. Tiếp theo.",
        "05-CT/TW",
        dt.date(2016, 5, 15),
        "Bộ Chính trị",
        "đẩy mạnh học tập và làm theo Bác",
    ),
    (
        "Chỉ thị 05-CT/TW ngày 15-5-2016 của Bộ Chính trị (khóa XII) về học tập; tiếp theo",
        "05-CT/TW",
        dt.date(2016, 5, 15),
        "Bộ Chính trị",
        "học tập",
    ),
    (
        "Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương Đảng "
        "khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; tiếp theo",
        "21-KL/TW",
        dt.date(2021, 10, 25),
        "Ban Chấp hành Trung ương",
        "đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị",
    ),
    (
        "Chỉ thị số 25-CT/TW, ngày 08/8/2018 của Ban Bí thư Trung ương Đảng về “đẩy mạnh "
        "đối ngoại đa phương đến năm 2030”...",
        "25-CT/TW",
        dt.date(2018, 8, 8),
        "Ban Bí thư Trung ương",
        "đẩy mạnh đối ngoại đa phương đến năm 2030",
    ),
    (
        "Tiếp tục thực hiện Chỉ thị 05-CT/TW, của Bộ Chính trị về làm theo Bác. Chú trọng.",
        "05-CT/TW",
        None,
        "Bộ Chính trị",
        "làm theo Bác",
    ),
    (
        "Chỉ thị số 01-CT/ĐUK của Ban Thường vụ Đảng ủy Khối về “Tăng cường bảo vệ nền tảng”.",
        "01-CT/ĐUK",
        None,
        "Ban Thường vụ Đảng ủy Khối",
        "Tăng cường bảo vệ nền tảng",
    ),
    # the subject ends at a new clause or a new citation
    (
        "Hướng dẫn số 12-HD/BTGTU ngày 03/6/2024 của Ban Tuyên giáo Tỉnh ủy về báo cáo sơ kết "
        "6 tháng đầu năm 2024, Ban Tuyên giáo Huyện ủy báo cáo như sau",
        "12-HD/BTGTU",
        dt.date(2024, 6, 3),
        "Ban Tuyên giáo Tỉnh ủy",
        "báo cáo sơ kết 6 tháng đầu năm 2024",
    ),
    (
        "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến "
        "tới Đại hội XIV của Đảng, được triển khai kịp thời",
        "35-CT/TW",
        dt.date(2024, 6, 14),
        "Bộ Chính trị",
        "đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng",
    ),
    (
        "Nghị quyết số 39-NQ/TW của Bộ Chính trị về nâng cao hiệu quả, quản lý, khai thác các "
        "nguồn lực, Chỉ thị số 32-CT/TW về đối ngoại",
        "39-NQ/TW",
        None,
        "Bộ Chính trị",
        "nâng cao hiệu quả, quản lý, khai thác các nguồn lực",
    ),
    (
        "Nghị quyết 35-NQ/TW về bảo vệ nền tảng tư tưởng của Đảng (Nghị quyết 35) trong tình "
        "hình mới và hướng dẫn của Ban Tuyên giáo Trung ương",
        "35-NQ/TW",
        None,
        None,
        "bảo vệ nền tảng tư tưởng của Đảng (Nghị quyết 35) trong tình hình mới",
    ),
    # the body is the subject of "ban hành" right before the citation
    (
        "Ban Tuyên giáo đã tham mưu giúp Ban Thường vụ Tỉnh ủy ban hành các văn bản như: "
        "Chỉ thị 23-CT/TU về dư luận xã hội; kế hoạch khác",
        "23-CT/TU",
        None,
        "Ban Thường vụ Tỉnh ủy",
        "dư luận xã hội",
    ),
    # ... but not of a plan that implements it
    (
        "Ban Thường vụ Tỉnh ủy ban hành kế hoạch thực hiện Chỉ thị số 05-CT/TW.",
        "05-CT/TW",
        None,
        None,
        None,
    ),
    (
        "Kế hoạch số 98-KH/TU ngày 02/8/2024 của Ban Thường vụ Tỉnh ủy; mở chuyên mục.",
        "98-KH/TU",
        dt.date(2024, 8, 2),
        "Ban Thường vụ Tỉnh ủy",
        None,
    ),
    # nothing is guessed
    ("Việc thực hiện Chỉ thị 05-CT/TW được chú trọng.", "05-CT/TW", None, None, None),
    ("Chỉ thị số 05-CT/TW ngày 31/2/2016 của Ban Bí thư.", "05-CT/TW", None, "Ban Bí thư", None),
    # a local unit after a central code is the author of the sentence, not the issuer
    (
        "Trên đây là kết quả thực hiện Chỉ thị số 07-CT/TW của Ban Tuyên giáo Huyện ủy Sơn Mai.",
        "07-CT/TW",
        None,
        None,
        None,
    ),
    (
        "Tổng kết Nghị quyết số 12-NQ/TW của Đảng ủy xã Đông Vân./.",
        "12-NQ/TW",
        None,
        None,
        None,
    ),
    (
        "Kết luận số 09-KL/TU của Ban Thường vụ Tỉnh ủy.",
        "09-KL/TU",
        None,
        "Ban Thường vụ Tỉnh ủy",
        None,
    ),
]


@pytest.mark.parametrize(("text", "code", "issued", "body", "title"), DETAILS)
def test_details(text, code, issued, body, title):
    d = next(d for d in _find(text) if d.code == code)
    assert (d.issued, d.issuing_body, d.title) == (issued, body, title)


def test_body_belongs_to_the_nearest_citation():
    text = (
        "Kết luận 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy "
        "mạnh học tập và làm theo Bác, gắn với việc tổ chức thực hiện Kết luận số 21-KL/TW."
    )
    found = {d.code: d for d in _find(text)}
    assert found["01-KL/TW"].issuing_body is None
    assert found["01-KL/TW"].title == (
        "tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị về đẩy mạnh học tập và "
        "làm theo Bác"
    )
    assert found["05-CT/TW"].issuing_body == "Bộ Chính trị"
    assert found["05-CT/TW"].title == "đẩy mạnh học tập và làm theo Bác"
    assert found["01-KL/TW"].relations == (("continues", "05-CT/TW"),)


ENTRIES = [
    # (text, [(key, mentions, needs_review)])
    # a short form resolves to the one earlier full citation of its type and number
    (
        "Kết luận 01-KL/TW về học tập.\nLàm sao để Kết luận 01 làm tiền đề cho Kết luận 01.",
        [("01-KL/TW", 3, False)],
    ),
    # ... or to the one later full citation when there is no earlier one
    (
        "Thực hiện Chỉ thị 05 chuyên đề 2019.\nTiếp tục Chỉ thị 05-CT/TW về làm theo Bác.",
        [("05-CT/TW", 2, False)],
    ),
    # a short form with another subject is another document
    (
        "Thực hiện Chỉ thị số 05-CT/TW.\n"
        "Góp phần thực hiện Chỉ thị 05 về tăng cường lãnh đạo công tác giảm nghèo bền vững.",
        [("05-CT/TW", 1, False), ("Chỉ thị 05", 1, True)],
    ),
    # the same subject: the same document
    (
        "Chỉ thị số 05-CT/TW về học tập và làm theo Bác.\n"
        "Sơ kết Chỉ thị 05 về học tập và làm theo Bác năm 2023.",
        [("05-CT/TW", 2, False)],
    ),
    # the type must agree: 35-NQ/TW is not "Chỉ thị 35"
    (
        "Nghị quyết số 35-NQ/TW.\nChỉ thị 35 của Bộ Chính trị.",
        [("35-NQ/TW", 1, False), ("Chỉ thị 35 của Bộ Chính trị", 1, True)],
    ),
    # 35-CT/TW and 35-NQ/TW are two documents
    ("Chỉ thị 35-CT/TW và Nghị quyết 35-NQ/TW.", [("35-CT/TW", 1, False), ("35-NQ/TW", 1, False)]),
    # one code, two documents (numbering restarts each term); the short form is ambiguous
    (
        "Chỉ thị 05-CT/TW ngày 15/5/2016 về học tập.\n"
        "Chỉ thị 05-CT/TW ngày 23/6/2021 về giảm nghèo.\nThực hiện Chỉ thị 05.",
        [("05-CT/TW", 1, False), ("05-CT/TW", 1, False), ("Chỉ thị 05", 1, True)],
    ),
    # ... unless its year says which one
    (
        "Chỉ thị 05-CT/TW ngày 15/5/2016 về học tập.\n"
        "Chỉ thị 05-CT/TW ngày 23/6/2021 về giảm nghèo.\nChỉ thị 05 ngày 23/6/2021.",
        [("05-CT/TW", 1, False), ("05-CT/TW", 2, False)],
    ),
    # repeats with the same facts are one document
    (
        "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.\nChỉ thị 05-CT/TW của Bộ Chính trị.",
        [("05-CT/TW", 2, False)],
    ),
    # a code cut short is the full code it starts
    (
        "Kết luận 01-KL/TW của Bộ Chính trị.\nThực hiện Kết luận số 01-KL/T và chuyên đề.",
        [("01-KL/TW", 2, False)],
    ),
    # abbreviated short forms
    (
        "Nghị quyết số 35-NQ/TW về bảo vệ nền tảng.\nTriển khai NQ 35 và CT05.",
        [("35-NQ/TW", 2, False), ("CT05", 1, True)],
    ),
    # a short form never cited in full keeps code null, with its body in the label
    (
        "Quán triệt Nghị quyết số 35 của Bộ Chính trị (khóa XII) về bảo vệ nền tảng tư tưởng.",
        [("Nghị quyết số 35 của Bộ Chính trị (khóa XII)", 1, True)],
    ),
    # the document's own number is not a citation
    ("Số 146-TB/BTGTU\nThực hiện Kế hoạch số 98-KH/TU.", [("98-KH/TU", 1, False)]),
]


@pytest.mark.parametrize(("text", "expected"), ENTRIES)
def test_entries(text, expected):
    own = "146-TB/BTGTU" if "146-TB/BTGTU" in text else None
    found = [(d.key, len(d.mentions), d.needs_review) for d in _find(text, own)]
    assert found == expected


def test_unresolved_short_form_fields():
    (d,) = _find("Quán triệt Nghị quyết số 35 của Bộ Chính trị (khóa XII) về bảo vệ nền tảng.")
    assert (d.code, d.type, d.number, d.issuer_code, d.issuing_body, d.title) == (
        None,
        "nghi_quyet",
        "35",
        None,
        "Bộ Chính trị",
        "bảo vệ nền tảng",
    )


UNCODED = [
    # (text, [(label, issuing_body)])
    (
        "Học tập Nghị quyết Trung ương 4 khóa XIII và Chỉ thị.",
        [("Nghị quyết Trung ương 4 khóa XIII", "Ban Chấp hành Trung ương")],
    ),
    (
        "Quán triệt Nghị quyết Hội nghị Trung ương 8 khóa XIII cho cán bộ.",
        [("Nghị quyết Hội nghị Trung ương 8 khóa XIII", "Ban Chấp hành Trung ương")],
    ),
    (
        "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII về xây dựng Đảng.",
        [
            (
                "Nghị quyết Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
                "Ban Chấp hành Trung ương",
            )
        ],
    ),
    # one phrase, two documents
    (
        "Thực hiện Nghị quyết Hội nghị Trung ương 4 (khóa XI, khóa XII).",
        [
            ("Nghị quyết Hội nghị Trung ương 4 khóa XI", "Ban Chấp hành Trung ương"),
            ("Nghị quyết Hội nghị Trung ương 4 khóa XII", "Ban Chấp hành Trung ương"),
        ],
    ),
    (
        "thực hiện các nghị quyết Hội nghị Trung ương 9, 10 khóa XIII; các ngày lễ",
        [
            ("Nghị quyết Hội nghị Trung ương 9 khóa XIII", "Ban Chấp hành Trung ương"),
            ("Nghị quyết Hội nghị Trung ương 10 khóa XIII", "Ban Chấp hành Trung ương"),
        ],
    ),
    # congresses: national, local, and a shared head
    (
        "theo Nghị quyết Đại hội XIII của Đảng, Chỉ thị",
        [("Nghị quyết Đại hội XIII của Đảng", "Đại hội XIII của Đảng")],
    ),
    (
        "Nghị quyết Đại hội XIII của Đảng và của Đảng bộ Khối, các nghị quyết",
        [
            ("Nghị quyết Đại hội XIII của Đảng", "Đại hội XIII của Đảng"),
            ("Nghị quyết Đại hội XIII của Đảng bộ Khối", "Đại hội XIII của Đảng bộ Khối"),
        ],
    ),
    (
        "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII, Nghị quyết Đại hội Đảng bộ tỉnh lần "
        "thứ XXII, Nghị quyết Đại hội Đảng bộ Khối lần thứ I và nghị quyết đại hội các cấp",
        [
            (
                "Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII",
                "Đại hội Đảng toàn quốc lần thứ XIII",
            ),
            (
                "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XXII",
                "Đại hội Đảng bộ tỉnh lần thứ XXII",
            ),
            ("Nghị quyết Đại hội Đảng bộ Khối lần thứ I", "Đại hội Đảng bộ Khối lần thứ I"),
        ],
    ),
    (
        "quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XV của Đảng; Nghị quyết "
        "Đại hội XV đã chỉ rõ",
        [
            (
                "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XV của Đảng",
                "Đại hội đại biểu toàn quốc lần thứ XV của Đảng",
            )
        ],
    ),
    (
        "đánh giá giữa nhiệm kỳ việc thực hiện nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV;",
        [("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV", "Đại hội Đảng bộ tỉnh lần thứ XIV")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), UNCODED)
def test_uncoded(text, expected):
    found = [(d.label, d.issuing_body) for d in _find(text)]
    assert found == expected
    assert all(d.code is None for d in _find(text))


def test_central_code_then_its_author_is_one_document():
    text = (
        "Thực hiện Nghị quyết số 40-NQ/TW ngày 02/3/2021 của Bộ Chính trị về học tập.\n\n"
        "Trên đây là báo cáo thực hiện Nghị quyết số 40-NQ/TW của Ban Tuyên giáo Tỉnh ủy Lam Sơn."
    )
    found = [(d.code, d.issuing_body, len(d.mentions)) for d in _find(text)]
    assert found == [("40-NQ/TW", "Bộ Chính trị", 2)]


def test_uncoded_repeats_count_as_mentions():
    text = (
        "Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XIII của Đảng bộ Khối.\n"
        "Theo Nghị quyết Đại hội Đảng toàn quốc lần thứ XIII và của Đảng bộ Khối."
    )
    found = {d.label: len(d.mentions) for d in _find(text)}
    assert found == {
        "Nghị quyết Đại hội XIII của Đảng": 2,
        "Nghị quyết Đại hội XIII của Đảng bộ Khối": 1,
    }


RELATIONS = [
    # (text, code of the citing document, relations)
    (
        "Kết luận 01-KL/TW về tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        "01-KL/TW",
        (("continues", "05-CT/TW"),),
    ),
    (
        "Chỉ thị số 45-CT/TW ngày 14/4/2025 thay thế Chỉ thị số 35-CT/TW.",
        "45-CT/TW",
        (("replaces", "35-CT/TW"),),
    ),
    (
        "Quy định số 10-QĐ/TU sửa đổi, bổ sung Quy định số 04-QĐ/TU.",
        "10-QĐ/TU",
        (("amends", "04-QĐ/TU"),),
    ),
    (
        "Kế hoạch số 98-KH/TU thực hiện Nghị quyết số 35-NQ/TW.",
        "98-KH/TU",
        (("implements", "35-NQ/TW"),),
    ),
    (
        "Kế hoạch số 98-KH/TU về triển khai thực hiện Nghị quyết Trung ương 4 khóa XIII.",
        "98-KH/TU",
        (("implements", "Nghị quyết Trung ương 4 khóa XIII"),),
    ),
    # a directive "thực hiện" another one does not implement it like a plan does
    ("Chỉ thị 05-CT/TW thực hiện Nghị quyết 35-NQ/TW.", "05-CT/TW", ()),
    # two citations side by side are not related
    ("Chỉ thị 35-CT/TW và Kế hoạch số 98-KH/TU.", "35-CT/TW", ()),
]


@pytest.mark.parametrize(("text", "code", "relations"), RELATIONS)
def test_relations(text, code, relations):
    d = next(d for d in _find(text) if d.code == code)
    assert d.relations == relations


def test_mention_spans_cover_the_citation():
    text = "Thực hiện Chỉ thị số 05-CT/TW về học tập. Sơ kết Chỉ thị 05."
    (d,) = _find(text)
    # the citation as written, without its subject
    assert [text[s.start : s.end] for s in d.mentions] == ["Chỉ thị số 05-CT/TW", "Chỉ thị 05"]


def test_long_input_is_linear_enough():
    text = "Chỉ thị số 05-CT/TW của Bộ Chính trị về học tập, Kết luận 01, " * 3000
    found = _find(text)
    assert [d.key for d in found] == ["05-CT/TW", "Kết luận 01"]


MORE_CODES = [
    # a Party code written the state way is still a Party code
    ("Thực hiện Nghị quyết số 35/NQ-TW của Bộ Chính trị.", "35-NQ/TW", "nghi_quyet"),
    ("Kế hoạch số 12/KH-BTGTU của Ban Tuyên giáo Tỉnh ủy.", "12-KH/BTGTU", "ke_hoach"),
    # ... while a state code stays one
    ("Quyết định số 1147/QĐ-UBND.", "1147/QĐ-UBND", "quyet_dinh"),
]


@pytest.mark.parametrize(("text", "code", "type_"), MORE_CODES)
def test_more_codes(text, code, type_):
    (d,) = _find(text)
    assert (d.code, d.type) == (code, type_)


def test_plenum_number_in_digits_after_lan_thu():
    (d,) = _find(
        "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII về bảo vệ Tổ quốc."
    )
    assert d.label == "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương khóa XIII"
    assert d.title == "bảo vệ Tổ quốc"


def test_replacement_in_brackets_after_the_subject():
    text = (
        "Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các "
        "cấp (thay thế Chỉ thị số 35-CT/TW), Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 150-KH/TU."
    )
    found = {d.code: d for d in _find(text)}
    assert found["45-CT/TW"].title == "đại hội đảng bộ các cấp"
    assert found["45-CT/TW"].relations == (("replaces", "35-CT/TW"),)
    assert found["150-KH/TU"].issuing_body == "Ban Thường vụ Tỉnh ủy"


def test_plenum_named_after_the_code_is_the_issuer():
    (d,) = _find(
        "Nghị quyết số 18-NQ/TW ngày 25/10/2017 Hội nghị lần thứ sáu Ban Chấp hành Trung ương "
        "Đảng khóa XII về tinh gọn bộ máy."
    )
    assert (d.issuing_body, d.issued, d.title) == (
        "Ban Chấp hành Trung ương",
        dt.date(2017, 10, 25),
        "tinh gọn bộ máy",
    )


MORE_DETAILS = [
    # (text, key, issued, title)
    (
        "Chỉ thị số 05-CT/TW (15/5/2016) của Bộ Chính trị “về đẩy mạnh học tập và làm theo Bác”.",
        "05-CT/TW",
        dt.date(2016, 5, 15),
        "đẩy mạnh học tập và làm theo Bác",
    ),
    (
        "Nghị quyết Đại hội Đảng bộ Khối các cơ quan Trung ương lần thứ XIII, nhiệm kỳ 2020-2025.",
        "Nghị quyết Đại hội Đảng bộ Khối các cơ quan Trung ương lần thứ XIII",
        None,
        None,
    ),
    (
        "Học tập Nghị quyết Trung ương 7, khóa XII về cải cách tiền lương.",
        "Nghị quyết Trung ương 7, khóa XII",
        None,
        "cải cách tiền lương",
    ),
]


@pytest.mark.parametrize(("text", "key", "issued", "title"), MORE_DETAILS)
def test_more_details(text, key, issued, title):
    (d,) = _find(text)
    assert (d.key, d.issued, d.title) == (key, issued, title)


def test_title_repeated_as_a_paragraph_cites_once():
    text = "Sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\nNội dung."
    # the title line is a paragraph too
    seg = dataclasses.replace(
        segmented(text), title=text.split("\n")[0], title_span=Span(0, text.index("\n"))
    )
    (d,) = find_directives(seg)
    assert len(d.mentions) == 1


def test_subject_ends_before_a_new_clause_without_comma():
    (d,) = _find(
        "Chỉ thị 05-CT/TW về học tập và làm theo Bác được các cấp ủy triển khai nghiêm túc."
    )
    assert d.title == "học tập và làm theo Bác"


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        # undated pair, one issuer written once
        (
            "Quán triệt Chỉ thị số 05-CT/TW và Kết luận số 01-KL/TW của Bộ Chính trị.",
            {"05-CT/TW": "Bộ Chính trị", "01-KL/TW": "Bộ Chính trị"},
        ),
        # dated pair: each keeps its date, both have the issuer
        (
            "Sơ kết Chỉ thị số 23-CT/TW ngày 09/02/2018 và Kết luận số 48-KL/TW ngày "
            "12/5/2023 của Ban Bí thư về công tác lý luận.",
            {"23-CT/TW": "Ban Bí thư", "48-KL/TW": "Ban Bí thư"},
        ),
        # a bare re-mention before a dated full citation is not its partner
        (
            "Quán triệt Nghị quyết 35-NQ/TW và Kết luận số 21-KL/TW ngày 25/10/2021 của Hội "
            "nghị lần thứ tư Ban Chấp hành Trung ương khóa XIII.",
            {"35-NQ/TW": None, "21-KL/TW": "Ban Chấp hành Trung ương"},
        ),
        # different issuer codes: the local document is not the Politburo's
        (
            "Thực hiện Kế hoạch số 12-KH/TU ngày 3/3/2024 và Chỉ thị số 05-CT/TW ngày "
            "15/5/2016 của Bộ Chính trị.",
            {"12-KH/TU": None, "05-CT/TW": "Bộ Chính trị"},
        ),
    ],
    ids=["undated", "dated", "re-mention", "other-issuer"],
)
def test_one_issuer_written_for_two_parallel_citations(text, bodies):
    got = {d.code: d.issuing_body for d in _find(text)}
    assert got == bodies


@pytest.mark.parametrize(
    "text",
    [
        "Quán triệt Nghị quyết Hội nghị Trung ương lần thứ mười ba khóa XII về quốc phòng.",
        "Quán triệt Nghị quyết Trung ương lần thứ 13 khóa XII về quốc phòng.",
        "Quán triệt Nghị quyết Hội nghị lần thứ mười ba Ban Chấp hành Trung ương khóa XII.",
    ],
)
def test_a_plenum_ordinal_in_words_or_figures_before_or_after_the_body(text):
    (found,) = _find(text + " Tiếp tục thực hiện Nghị quyết Trung ương 13 khóa XII.")
    assert found.code is None
    assert found.issuing_body == "Ban Chấp hành Trung ương"
    # the same plenum however it is written: one entry, two mentions
    assert len(found.mentions) == 2
