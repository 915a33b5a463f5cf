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
        # a title, a colon, the name, then a further position
        (
            "Dự hội nghị có Ủy viên Trung ương Đảng: Nguyễn Văn Hòa - Bí thư Tỉnh ủy.",
            [("Nguyễn Văn Hòa", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", ("attending",))],
        ),
        # two people, each position before the name, joined by ``và``
        (
            "Phó Bí thư Tỉnh ủy Hà Văn Quế và Trưởng Ban Tuyên giáo Tỉnh ủy Trần Thị Bích chủ "
            "trì hội nghị.",
            [
                ("Hà Văn Quế", "Phó Bí thư Tỉnh ủy", ("chair",)),
                ("Trần Thị Bích", "Trưởng Ban Tuyên giáo Tỉnh ủy", ("chair",)),
            ],
        ),
        # a plural list of names without positions, the last after ``và``
        (
            "Dự hội nghị có các đồng chí: Hoàng Văn Tâm, Đinh Thị Lựu và Ngô Quang Vinh.",
            [
                ("Hoàng Văn Tâm", None, ("attending",)),
                ("Đinh Thị Lựu", None, ("attending",)),
                ("Ngô Quang Vinh", None, ("attending",)),
            ],
        ),
        (
            "Tại hội nghị, PGS.TS Đỗ Văn Long, Phó Giám đốc Học viện Báo chí và Tuyên truyền "
            "trình bày chuyên đề.",
            [("Đỗ Văn Long", "Phó Giám đốc Học viện Báo chí và Tuyên truyền", ("speaking",))],
        ),
        (
            "Tại hội nghị, Thượng tá Vũ Văn Nam, Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh "
            "thông tin về tình hình biên giới.",
            [("Vũ Văn Nam", "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", ("speaking",))],
        ),
        (
            "Tại hội nghị, nhà giáo Hoàng Thị Lan phát biểu tham luận.",
            [("Hoàng Thị Lan", None, ("speaking",))],
        ),
        # a list goes on only after a plural: places after a person are no people
        (
            "Đồng chí Hoàng Văn Tâm, Trưởng ban chủ trì hội nghị. Đại biểu Hà Nội, Lạng Sơn và "
            "Cao Bằng dự hội nghị.",
            [("Hoàng Văn Tâm", "Trưởng ban", ("chair",))],
        ),
        # a profession before a plural or a body is no person; neither are countries
        ("Các nhà báo Trung ương và nhà báo Hồng Lâm dự hội nghị.", []),
        ("Hội nghị thông tin về quan hệ hợp tác với Lào, Campuchia và Trung Quốc.", []),
    ],
)
def test_people(sentence, expected):
    assert _people(sentence) == expected


# Speakers listed after ``có`` in a sentence that opens with ``tham luận`` / ``phát biểu``:
# each gets ``speaking``; a degree, rank or profession before the next name ends the
# previous person's position.
SPEAKER_LISTS = [
    (
        "Tham luận tại hội nghị có TS. Nguyễn Văn An, Phó Giám đốc Sở Nội vụ và ThS. Trần "
        "Thị Bình, Trưởng khoa Lý luận Trường Chính trị tỉnh.",
        [
            ("Nguyễn Văn An", "Phó Giám đốc Sở Nội vụ", ("speaking",)),
            ("Trần Thị Bình", "Trưởng khoa Lý luận Trường Chính trị tỉnh", ("speaking",)),
        ],
    ),
    (
        "Phát biểu tham luận tại hội nghị có PGS.TS. Vũ Thị Lan, Phó Viện trưởng Viện Xã hội "
        "học và Thượng tá Ngô Đức Huy, Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh.",
        [
            ("Vũ Thị Lan", "Phó Viện trưởng Viện Xã hội học", ("speaking",)),
            ("Ngô Đức Huy", "Phó Chính ủy Bộ Chỉ huy Quân sự tỉnh", ("speaking",)),
        ],
    ),
    (
        "Các ý kiến tham luận tại hội nghị có: nhà báo Đỗ Thị Hà, Tổng Biên tập Báo Hồng Lâm; "
        "Đại tá Phạm Văn Cường, Chính ủy Bộ Chỉ huy Quân sự tỉnh.",
        [
            ("Đỗ Thị Hà", "Tổng Biên tập Báo Hồng Lâm", ("speaking",)),
            ("Phạm Văn Cường", "Chính ủy Bộ Chỉ huy Quân sự tỉnh", ("speaking",)),
        ],
    ),
    (
        "Tại hội nghị, tham luận có TS. Lương Văn Tâm và ThS. Hà Thị Mai.",
        [("Lương Văn Tâm", None, ("speaking",)), ("Hà Thị Mai", None, ("speaking",))],
    ),
    (
        "Phát biểu ý kiến tại hội nghị, có các đồng chí: Lò Văn Sinh, Bí thư Huyện ủy; Vi Thị "
        "Hạnh, Phó Bí thư Huyện ủy.",
        [
            ("Lò Văn Sinh", "Bí thư Huyện ủy", ("speaking",)),
            ("Vi Thị Hạnh", "Phó Bí thư Huyện ủy", ("speaking",)),
        ],
    ),
    # a count of contributions, not a list of people
    ("Tại hội nghị, có 8 ý kiến tham luận của các đơn vị.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), SPEAKER_LISTS)
def test_speakers_listed_after_co(sentence, expected):
    assert _people(sentence) == expected


# A person who attends and chairs is recorded as ``chair`` alone: the contract keeps
# ``attending`` only for a person with no other role (and no gold lists both).
ATTENDS_AND_CHAIRS = [
    (
        "Đồng chí Hoàng Văn Tám, Phó Bí thư Tỉnh ủy dự và chủ trì hội nghị.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair",))],
    ),
    (
        "Đồng chí Hoàng Văn Tám - Phó Bí thư Tỉnh ủy về dự, chủ trì hội nghị.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair",))],
    ),
    (
        "Phó Bí thư Tỉnh ủy Hoàng Văn Tám đến dự và đồng chủ trì hội nghị.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair",))],
    ),
    (
        "Đồng chí Hoàng Văn Tám, Phó Bí thư Tỉnh ủy tham dự, chủ trì và phát biểu kết luận "
        "hội nghị.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair", "concluding"))],
    ),
    (
        "Dự và chủ trì hội nghị có đồng chí Hoàng Văn Tám, Phó Bí thư Tỉnh ủy và đồng chí Lê "
        "Thị Na, Trưởng Ban Tuyên giáo Tỉnh ủy.",
        [
            ("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair",)),
            ("Lê Thị Na", "Trưởng Ban Tuyên giáo Tỉnh ủy", ("chair",)),
        ],
    ),
    (
        "Tham dự và chủ trì hội nghị có đồng chí Hoàng Văn Tám, Phó Bí thư Tỉnh ủy.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("chair",))],
    ),
    # attending alone stays attending
    (
        "Đồng chí Hoàng Văn Tám, Phó Bí thư Tỉnh ủy dự hội nghị.",
        [("Hoàng Văn Tám", "Phó Bí thư Tỉnh ủy", ("attending",))],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ATTENDS_AND_CHAIRS)
def test_who_attends_and_chairs_chairs(sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # ``giao`` of ``Bộ Ngoại giao`` is a syllable of the name, not the verb of assignment
        (
            "Tại hội nghị, đồng chí Võ Minh Đức, Vụ trưởng Vụ Lễ tân, Bộ Ngoại giao thông tin "
            "về công tác đối ngoại.",
            [("Võ Minh Đức", "Vụ trưởng Vụ Lễ tân, Bộ Ngoại giao", ("speaking",))],
        ),
        # ``đồng chủ trì`` (co-chair) ends the position: ``đồng`` is no name word there
        (
            "Đồng chí Lê Văn Tâm, Bí thư Tỉnh ủy và đồng chí Mai Thị Hằng, Chủ tịch Ủy ban nhân "
            "dân tỉnh đồng chủ trì hội nghị.",
            [
                ("Lê Văn Tâm", "Bí thư Tỉnh ủy", ("chair",)),
                ("Mai Thị Hằng", "Chủ tịch Ủy ban nhân dân tỉnh", ("chair",)),
            ],
        ),
        # ...while ``Hội đồng`` is one
        (
            "Đồng chí Hồ Văn Lực, Chủ tịch Hội đồng nhân dân tỉnh phát biểu chỉ đạo.",
            [("Hồ Văn Lực", "Chủ tịch Hội đồng nhân dân tỉnh", ("directing",))],
        ),
        # a lower-case ``nghệ thuật`` inside a mass organisation's name
        (
            "Tại hội nghị, nhà thơ Lưu Văn Kha, Chủ tịch Liên hiệp các Hội Văn học nghệ thuật "
            "tỉnh tham luận về sáng tác.",
            [("Lưu Văn Kha", "Chủ tịch Liên hiệp các Hội Văn học nghệ thuật tỉnh", ("speaking",))],
        ),
    ],
    ids=["ngoai-giao", "dong-chu-tri", "hoi-dong", "nghe-thuat"],
)
def test_name_words_that_look_like_verbs(sentence, expected):
    assert _people(sentence) == expected


# A programme table: the people named (with a degree, a rank or a position) in its
# presenter column speak; people in other columns (a task table's person in charge) and
# a cell naming a body (``Ban Tổ chức lớp``) give no participant.
TABLE_LEAD = (
    "Tin\n\nNgày 5/3/2027, Ban Tuyên giáo Tỉnh ủy Hồng Lâm tổ chức Lớp bồi dưỡng nghiệp vụ "
    "năm 2027 cho 80 học viên.\n\n"
)
PROGRAMME_TABLES = [
    (
        "| Thời gian | Chuyên đề | Báo cáo viên |\n"
        "| Sáng 5/3 | Kỹ năng nói trước công chúng | TS. Tôn Nữ Diệu Hà, Trưởng khoa Lý luận "
        "cơ sở, Trường Chính trị tỉnh |\n"
        "| Chiều 5/3 | Thảo luận tổ | Ban Tổ chức lớp |\n",
        [
            (
                "Tôn Nữ Diệu Hà",
                "Trưởng khoa Lý luận cơ sở, Trường Chính trị tỉnh",
                ("speaking",),
            )
        ],
    ),
    (
        "| STT | Nội dung | Giảng viên |\n"
        "| 1 | Công tác dư luận xã hội | ThS. Đinh Công Tráng, Phó Trưởng phòng Tuyên truyền |\n"
        "| 2 | Bảo vệ nền tảng tư tưởng | PGS. TS. Mạc Thị Lan |\n",
        [
            ("Đinh Công Tráng", "Phó Trưởng phòng Tuyên truyền", ("speaking",)),
            ("Mạc Thị Lan", None, ("speaking",)),
        ],
    ),
    (
        "| Nội dung | Người trình bày | Ghi chú |\n"
        "| Báo cáo đề dẫn | Đồng chí Vi Văn Khánh, Phó Trưởng ban Tuyên giáo Tỉnh ủy |  |\n",
        [("Vi Văn Khánh", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", ("speaking",))],
    ),
    (
        "| TT | Nhiệm vụ | Người phụ trách | Thời hạn |\n"
        "| 1 | Rà soát học viên | Đồng chí Vi Văn Khánh, Phó Trưởng ban Tuyên giáo Tỉnh ủy "
        "| Quý II/2027 |\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("table", "expected"),
    PROGRAMME_TABLES,
    ids=["bao-cao-vien", "giang-vien-degrees", "nguoi-trinh-bay", "task-table"],
)
def test_presenters_named_in_a_programme_table_speak(table, expected):
    doc = extract_text(TABLE_LEAD + table)
    got = [(p.name, p.position, p.roles) for m in doc.meetings for p in m.participants]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a position the rules read only in part, then the verb
        (
            "Tại hội nghị, nhà thơ Lưu Văn Kha, Chủ tịch Hội sáng tác trẻ tỉnh tham luận về "
            "sáng tác.",
            [("Lưu Văn Kha", "Chủ tịch Hội", ("speaking",))],
        ),
        # a lower-case apposition the rules do not read as a position
        (
            "Tại hội nghị, ông Đàm Văn Khôi, đại diện doanh nghiệp tham luận về chuyển đổi số.",
            [("Đàm Văn Khôi", None, ("speaking",))],
        ),
    ],
    ids=["partial-position", "lower-case-apposition"],
)
def test_a_verb_after_a_position_not_read_in_full(sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a clause of its own between the name and the verb: not this person's act
        "Theo ông Đàm Văn Khôi, doanh nghiệp đã chủ trì nhiều hoạt động.",
        "Ông Đàm Văn Khôi, người dân xã Tân An, cho rằng thôn đã tổ chức tham luận.",
        # no honorific or rank: a unit name, not a person
        "Phòng Dân vận chủ trì, phối hợp với Huyện đoàn tổ chức diễn đàn.",
    ],
)
def test_no_late_verb_across_a_clause(sentence):
    assert _people(sentence) == []


def test_a_verb_after_on_whose_behalf_is_the_persons():
    # ``thay mặt Ban Thường vụ …`` between the person and the verb
    text = (
        "THÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy xã\n\nHồng Lâm, ngày 10 tháng 4 năm 2027"
        "\n\nNgày 08/4/2027, Ban Thường vụ Đảng ủy xã Hồng Lâm tổ chức Hội nghị chuyên đề về "
        "công tác dân vận. Đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã chủ trì hội nghị. Sau khi "
        "nghe báo cáo, đồng chí Lò Văn Sinh thay mặt Ban Thường vụ Đảng ủy xã kết luận như "
        "sau:\n\n1. Ban Xây dựng Đảng chủ trì rà soát quy hoạch cấp ủy trong quý II/2027.\n"
    )
    doc = extract_text(text)
    (person,) = doc.meetings[0].participants
    assert person.roles == ("chair", "concluding")
    assert [t.assigned_by for t in doc.tasks] == ["Lò Văn Sinh"]


def test_the_quick_check_never_skips_a_paragraph_that_names_someone():
    # the prefilter of ``_read_mentions`` against the full scan, on every paragraph of the
    # seeds and the plain-text stand-in documents
    from pathlib import Path

    from reports.extraction import people
    from reports.extraction.normalize import canon_same_length
    from reports.extraction.segment import segment

    root = Path(__file__).resolve().parents[2]
    paths = [*root.glob("seeds/*.txt"), *root.glob("tests/extraction/heldout*/docs/*.txt")]
    checked = 0
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for p in segment(text).paragraphs:
            if people._scan_mentions(p.text):
                assert people._MAY_NAME_RX.search(canon_same_length(p.text)), p.text[:80]
                checked += 1
    assert checked > 100
