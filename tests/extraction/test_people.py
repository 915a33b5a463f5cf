"""people: participants, positions, roles; mentions; mapping short repeats and titles."""

from __future__ import annotations

import pytest

from reports.extraction.people import find_participants, find_people_mentions, person_for
from reports.extraction.types import Participant
from tests.extraction.factories import segmented

# (body lines, captions, expected [(name, position, roles)])
PARTICIPANT_ROWS = [
    # honorific, comma, position, role verb
    (
        ["Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy dự và chỉ đạo Hội nghị."],
        (),
        [("Trần Văn Minh", "Phó Bí thư Tỉnh ủy", ("directing",))],
    ),
    # dash separator, two positions
    (
        [
            "Đồng chí Phạm Thị Lan - Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận "
            "Tỉnh ủy chủ trì hội nghị."
        ],
        (),
        [
            (
                "Phạm Thị Lan",
                "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy",
                ("chair",),
            )
        ],
    ),
    # dash glued to the name, abbreviated position
    (
        ["Đồng chí Vũ Đức Long- UVBTV, Trưởng ban Tổ chức Huyện ủy kết luận hội nghị."],
        (),
        [("Vũ Đức Long", "UVBTV, Trưởng ban Tổ chức Huyện ủy", ("concluding",))],
    ),
    # no separator between name and position
    (
        [
            "Tại buổi gặp mặt, đồng chí Ngô Quang Hải Ủy viên Trung ương Đảng, Bí thư "
            "Tỉnh ủy phát biểu."
        ],
        (),
        [("Ngô Quang Hải", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy", ("speaking",))],
    ),
    # position before the name, role from the lead-in
    (
        [
            "Báo cáo tình hình công tác năm qua, Trưởng ban Tuyên giáo Huyện ủy Đào Thị Mơ "
            "cho biết nhiều việc đã xong."
        ],
        (),
        [("Đào Thị Mơ", "Trưởng ban Tuyên giáo Huyện ủy", ("reporting",))],
    ),
    (
        ["Phó Bí thư Thường trực Tỉnh ủy Lương Văn Tâm chủ trì hội nghị."],
        (),
        [("Lương Văn Tâm", "Phó Bí thư Thường trực Tỉnh ủy", ("chair",))],
    ),
    # known only from a photo caption; a unit name with a comma and "và"
    (
        ["Các đại biểu thảo luận sôi nổi."],
        (
            "Ảnh: Đồng chí Đỗ Minh Khoa, Giám đốc Sở Văn hóa, Thể thao và Du lịch trình bày "
            "báo cáo tại hội nghị",
        ),
        [("Đỗ Minh Khoa", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", ("reporting",))],
    ),
    # bylines, signers and names alone are not participants
    (["TRẦN HOA - LÊ NAM"], (), []),
    (["Bùi Văn Sơn", "(Phó Bí thư Đảng ủy Khối)"], (), []),
    (["T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "Đặng Văn Hùng"], (), []),
    (["Ảnh: Minh Khôi"], (), []),
    # people mentioned, not present
    (["Học tập và làm theo tư tưởng, đạo đức của Chủ tịch Hồ Chí Minh."], (), []),
    (
        ["Các đại biểu nghiên cứu tác phẩm của Tổng Bí thư Trịnh Văn Đạt về xây dựng Đảng."],
        (),
        [],
    ),
    (
        [
            "Tổ chức sinh hoạt về bài phát biểu chỉ đạo của đồng chí Mai Văn Hòa, Ủy viên Bộ "
            "Chính trị tại Hội thảo năm trước."
        ],
        (),
        [],
    ),
    (["Phát hành cuốn sách “Đồng chí Lương Văn Can với quê hương” đến các chi bộ."], (), []),
    # named by title only: no participant of its own
    (["Đồng chí Trưởng ban Tuyên giáo Tỉnh ủy kết luận hội nghị."], (), []),
    # ... but its role goes to the one participant holding that title
    (
        [
            "Đồng chí Lý Văn Cường, Trưởng ban Tuyên giáo Tỉnh ủy chủ trì hội nghị.",
            "Sau thảo luận, đồng chí Trưởng ban Tuyên giáo Tỉnh ủy kết luận như sau:",
        ],
        (),
        [("Lý Văn Cường", "Trưởng ban Tuyên giáo Tỉnh ủy", ("chair", "concluding"))],
    ),
    # several roles, linked by a short repeat of the name
    (
        [
            "Đồng chí Hồ Thanh Tùng, Phó Chủ tịch UBND tỉnh dự và phát biểu chỉ đạo hội nghị.",
            "Kết luận hội nghị, đồng chí Hồ Thanh Tùng nhấn mạnh ba việc.",
        ],
        (),
        [("Hồ Thanh Tùng", "Phó Chủ tịch UBND tỉnh", ("directing", "concluding"))],
    ),
    # "Kết luận Hội nghị đồng chí X" without a comma
    (
        ["Kết luận Hội nghị đồng chí Cao Văn Bình nhấn mạnh nhiệm vụ năm tới."],
        (),
        [("Cao Văn Bình", None, ("concluding",))],
    ),
    # ethnic-minority names, not in the family-name list
    (
        [
            "Sau khi nghe ý kiến tham luận của đồng chí Giàng A Dình, Bí thư Đảng ủy xã Tả "
            "Phìn, hội nghị thống nhất các nội dung."
        ],
        (),
        [("Giàng A Dình", "Bí thư Đảng ủy xã Tả Phìn", ("speaking",))],
    ),
    (
        ["Đồng chí Y Khoa Niê, Phó Trưởng ban Dân vận Tỉnh ủy phát biểu ý kiến."],
        (),
        [("Y Khoa Niê", "Phó Trưởng ban Dân vận Tỉnh ủy", ("speaking",))],
    ),
    # ông / bà; a statement verb alone counts as speaking
    (
        ["Bà Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh cho biết kết quả."],
        (),
        [("Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", ("speaking",))],
    ),
    # degrees and ranks are dropped
    (
        ["PGS.TS Lê Quốc Bảo, Viện trưởng Viện Lịch sử Đảng trình bày tham luận."],
        (),
        [("Lê Quốc Bảo", "Viện trưởng Viện Lịch sử Đảng", ("speaking",))],
    ),
    (
        ["Đồng chí Thiếu tướng Hoàng Văn Thái, Chính ủy Bộ Chỉ huy Quân sự tỉnh dự hội nghị."],
        (),
        [("Hoàng Văn Thái", "Chính ủy Bộ Chỉ huy Quân sự tỉnh", ("attending",))],
    ),
    # two people sharing one verb
    (
        [
            "Tại hội nghị, đồng chí Kim Văn Lực, Trưởng ban Tuyên giáo Huyện ủy Nam Đàn và "
            "đồng chí Tạ Thị Yến, Phó Giám đốc Trung tâm Chính trị huyện tham luận."
        ],
        (),
        [
            ("Kim Văn Lực", "Trưởng ban Tuyên giáo Huyện ủy Nam Đàn", ("speaking",)),
            ("Tạ Thị Yến", "Phó Giám đốc Trung tâm Chính trị huyện", ("speaking",)),
        ],
    ),
    # attendee list
    (
        ["Tham dự hội nghị có đồng chí Chu Văn Tài, Phó Chủ tịch HĐND tỉnh."],
        (),
        [("Chu Văn Tài", "Phó Chủ tịch HĐND tỉnh", ("attending",))],
    ),
    # "Báo cáo do đồng chí X trình bày"
    (
        [
            "Báo cáo do đồng chí Lưu Minh Trí, Phó Trưởng ban Tuyên giáo Tỉnh ủy trình bày "
            "nêu rõ kết quả."
        ],
        (),
        [("Lưu Minh Trí", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", ("reporting",))],
    ),
    # the fullest introduction wins
    (
        [
            "Đồng chí Dương Văn Phúc, Phó Bí thư Đảng ủy Khối các cơ quan tỉnh chủ trì hội nghị.",
            "Đồng chí Dương Văn Phúc, Phó Bí thư Đảng ủy Khối phát biểu kết luận.",
        ],
        (),
        [
            (
                "Dương Văn Phúc",
                "Phó Bí thư Đảng ủy Khối các cơ quan tỉnh",
                ("chair", "concluding"),
            )
        ],
    ),
    # handing over a gift only: attending
    (
        [],
        ("Ảnh: Đồng chí Trịnh Quang Vinh, Phó Bí thư Đảng ủy Khối trao tặng kinh phí.",),
        [("Trịnh Quang Vinh", "Phó Bí thư Đảng ủy Khối", ("attending",))],
    ),
    # tone-mark variants of one name are one person
    (
        [
            "Đồng chí Lê Văn Thủy, Phó Bí thư Huyện ủy chủ trì hội nghị.",
            "Kết luận hội nghị, đồng chí Lê Văn Thuỷ đề nghị các cấp ủy làm tốt.",
        ],
        (),
        [("Lê Văn Thủy", "Phó Bí thư Huyện ủy", ("chair", "concluding"))],
    ),
    # a short repeat by the given name
    (
        [
            "Đồng chí Đinh Công Sơn, Bí thư Huyện ủy dự hội nghị.",
            "Phát biểu chỉ đạo, đồng chí Sơn đề nghị các xã làm tốt.",
        ],
        (),
        [("Đinh Công Sơn", "Bí thư Huyện ủy", ("directing",))],
    ),
    # "Đến dự và chỉ đạo hội nghị có đồng chí X"
    (
        ["Đến dự và chỉ đạo hội nghị có đồng chí Nguyễn Văn An, Phó Bí thư Tỉnh ủy."],
        (),
        [("Nguyễn Văn An", "Phó Bí thư Tỉnh ủy", ("directing",))],
    ),
    # a list of attendees separated by semicolons
    (
        [
            "Dự hội nghị có các đồng chí: Nguyễn Văn An, Phó Bí thư Tỉnh ủy; Trần Thị Bình, "
            "Phó Chủ tịch UBND tỉnh; đại diện các sở, ngành."
        ],
        (),
        [
            ("Nguyễn Văn An", "Phó Bí thư Tỉnh ủy", ("attending",)),
            ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh", ("attending",)),
        ],
    ),
    # a position in brackets
    (
        ["Đồng chí Lê Minh Châu (Phó Trưởng ban Tuyên giáo Tỉnh ủy) trình bày báo cáo."],
        (),
        [("Lê Minh Châu", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", ("reporting",))],
    ),
    # a leader quoted, not present
    (
        ["Như đồng chí Tổng Bí thư Đoàn Văn Khải đã khẳng định, công tác tư tưởng đi trước."],
        (),
        [],
    ),
    # "Đ/c" abbreviation
    (
        ["Đ/c Nguyễn Văn An, Phó Bí thư Huyện ủy phát biểu."],
        (),
        [("Nguyễn Văn An", "Phó Bí thư Huyện ủy", ("speaking",))],
    ),
    # a rank between the name and the position is dropped
    (
        ["Đồng chí Trần Văn Bảo, Đại tá, Chính ủy Bộ Chỉ huy Quân sự tỉnh phát biểu tham luận."],
        (),
        [("Trần Văn Bảo", "Chính ủy Bộ Chỉ huy Quân sự tỉnh", ("speaking",))],
    ),
    # a lower-case verb after the name ends the position-before-name run
    (
        ["Báo cáo viên Lê Thị Cúc phổ biến nội dung chuyên đề."],
        (),
        [("Lê Thị Cúc", "Báo cáo viên", ("speaking",))],
    ),
    # related-article lists are not the article
    (["Các tin khác", "Đồng chí Nguyễn Văn Xuân, Bí thư Tỉnh ủy dự hội nghị"], (), []),
    # plural honorific without a name
    (["Dự hội nghị có các đồng chí Phó Trưởng ban và đại diện các sở."], (), []),
    # briefing verbs end the position although their first word may sit in a unit name
    (
        ["Đại úy Phan Văn Nghĩa, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện thông tin về biển."],
        (),
        [("Phan Văn Nghĩa", "Chỉ huy trưởng Ban Chỉ huy Quân sự huyện", ("speaking",))],
    ),
    (
        ["Giám đốc Sở Thông tin và Truyền thông Mai Thị Huệ thông tin tình hình báo chí."],
        (),
        [("Mai Thị Huệ", "Giám đốc Sở Thông tin và Truyền thông", ("speaking",))],
    ),
    (
        ["ThS. Đàm Quang Vũ, Giảng viên Trường Chính trị tỉnh truyền đạt chuyên đề 2."],
        (),
        [("Đàm Quang Vũ", "Giảng viên Trường Chính trị tỉnh", ("speaking",))],
    ),
    (
        ["Đồng chí Tô Văn Khải, Phó Bí thư Huyện ủy báo cáo kết quả 6 tháng."],
        (),
        [("Tô Văn Khải", "Phó Bí thư Huyện ủy", ("reporting",))],
    ),
    # an adverb before any verb of the statement list (not only the first one)
    (
        ["Đồng chí Hà Minh Đức, Bí thư Chi bộ trực tiếp quán triệt nghị quyết."],
        (),
        [("Hà Minh Đức", "Bí thư Chi bộ", ("speaking",))],
    ),
    # ``, <body>`` after the post belongs to the position when a verb follows it
    (
        [
            "TS. Võ Thị Lan, Trưởng khoa Xây dựng Đảng, Học viện Chính trị khu vực III "
            "giới thiệu chuyên đề."
        ],
        (),
        [
            (
                "Võ Thị Lan",
                "Trưởng khoa Xây dựng Đảng, Học viện Chính trị khu vực III",
                ("speaking",),
            )
        ],
    ),
    # passive agents: ``do A, ... và B, ... (trực tiếp) truyền đạt``
    (
        [
            "Các chuyên đề do TS. Lưu Thị Hạnh, Phó Trưởng ban Tuyên giáo Huyện ủy và ThS. "
            "Bế Văn Tùng, Trưởng phòng Lý luận chính trị, Ban Tuyên giáo Tỉnh ủy trực tiếp "
            "truyền đạt."
        ],
        (),
        [
            ("Lưu Thị Hạnh", "Phó Trưởng ban Tuyên giáo Huyện ủy", ("speaking",)),
            (
                "Bế Văn Tùng",
                "Trưởng phòng Lý luận chính trị, Ban Tuyên giáo Tỉnh ủy",
                ("speaking",),
            ),
        ],
    ),
    # a one-word ethnic name with an apostrophe after an honorific is a full name
    (
        ["Đồng chí K'Hiếu, Chủ tịch Ủy ban Mặt trận Tổ quốc xã phát biểu."],
        (),
        [("K'Hiếu", "Chủ tịch Ủy ban Mặt trận Tổ quốc xã", ("speaking",))],
    ),
    # people of an earlier event the article recalls are not participants of this one
    (
        [
            "Đồng chí Lò Văn Hưng, Bí thư Huyện ủy chủ trì hội nghị.",
            "Trước đó, ngày 20/6, Huyện ủy đã tổ chức Hội nghị học tập chuyên đề do đồng chí "
            "Mã Văn Tiến, Phó Bí thư Huyện ủy chủ trì.",
        ],
        (),
        [("Lò Văn Hưng", "Bí thư Huyện ủy", ("chair",))],
    ),
    # ...but ``Trước đó`` inside this meeting keeps its people
    (
        [
            "Đồng chí Lò Văn Hưng, Bí thư Huyện ủy chủ trì hội nghị.",
            "Trước đó, đồng chí Mã Văn Tiến, Phó Bí thư Huyện ủy trình bày báo cáo.",
        ],
        (),
        [
            ("Lò Văn Hưng", "Bí thư Huyện ủy", ("chair",)),
            ("Mã Văn Tiến", "Phó Bí thư Huyện ủy", ("reporting",)),
        ],
    ),
    # a name in capitals after an honorific, with a position; the usual spelling wins
    (
        [
            "Đồng chí LÒ THỊ HẢI, Bí thư Đảng ủy xã chủ trì hội nghị.",
            "Kết luận hội nghị, đồng chí Lò Thị Hải đề nghị các chi bộ làm tốt.",
        ],
        (),
        [("Lò Thị Hải", "Bí thư Đảng ủy xã", ("chair", "concluding"))],
    ),
    # ...without a position it may be a byline
    (["Bài và ảnh: ông TRẦN HÙNG"], (), []),
    # more verbs of lectures and briefings
    *[
        (
            [f"TS. Mai Văn Lộc, Phó Giám đốc Trường Chính trị tỉnh {verb} nội dung chuyên đề."],
            (),
            [("Mai Văn Lộc", "Phó Giám đốc Trường Chính trị tỉnh", (role,))],
        )
        for verb, role in (
            ("phân tích", "speaking"),
            ("thông báo", "speaking"),
            ("hướng dẫn", "speaking"),
            ("giải đáp", "speaking"),
            ("công bố", "speaking"),
            ("đọc báo cáo về", "reporting"),
            ("cho rằng cần làm rõ", "speaking"),
            ("kêu gọi đổi mới", "speaking"),
        )
    ],
    # Central Highlands and Khmer family names after a position
    (
        ["Trưởng ban Dân vận Huyện ủy Ksor H'Bé phát biểu tại hội nghị."],
        (),
        [("Ksor H'Bé", "Trưởng ban Dân vận Huyện ủy", ("speaking",))],
    ),
    (
        ["Phó Bí thư Huyện ủy Thạch Sô Phi chủ trì hội nghị."],
        (),
        [("Thạch Sô Phi", "Phó Bí thư Huyện ủy", ("chair",))],
    ),
    # adverbs and phrasings around the role verb
    *[
        (
            [f"Đồng chí Mai Văn Lộc, Bí thư Huyện ủy {words}."],
            (),
            [("Mai Văn Lộc", "Bí thư Huyện ủy", roles)],
        )
        for words, roles in (
            ("cùng dự hội nghị", ("attending",)),
            ("có bài phát biểu quan trọng", ("speaking",)),
            ("dự và có bài phát biểu chỉ đạo hội nghị", ("directing",)),
            ("thay mặt Ban Thường vụ Huyện ủy phát biểu", ("speaking",)),
            ("được giao trình bày báo cáo", ("reporting",)),
            ("đến thăm và làm việc", ("attending",)),
        )
    ],
    # a list with commas only: ``các đồng chí: X - <position>, Y - <position>``
    (
        [
            "Tham dự có các đồng chí: Lã Văn Hòa - Trưởng ban Dân vận Huyện ủy, Đinh Thị Na - "
            "Phó Chủ tịch UBND huyện và đại diện các xã."
        ],
        (),
        [
            ("Lã Văn Hòa", "Trưởng ban Dân vận Huyện ủy", ("attending",)),
            ("Đinh Thị Na", "Phó Chủ tịch UBND huyện", ("attending",)),
        ],
    ),
    # a caption's note between the name and the verb
    (
        [],
        ("Ảnh: Đồng chí Lã Văn Hòa (thứ hai từ trái sang) trao giấy khen cho các tập thể.",),
        [("Lã Văn Hòa", None, ("attending",))],
    ),
    # guests by side: ``Về phía tỉnh có đồng chí X``, ``Về phía huyện có các đồng chí: ...``
    (
        [
            "Về phía tỉnh có đồng chí Hứa Văn Lợi, Phó Trưởng ban Dân vận Tỉnh ủy. Về phía "
            "huyện có các đồng chí: Lã Thị Hòa, Phó Bí thư Huyện ủy; Vi Văn Tám, Chủ tịch "
            "UBND huyện."
        ],
        (),
        [
            ("Hứa Văn Lợi", "Phó Trưởng ban Dân vận Tỉnh ủy", ("attending",)),
            ("Lã Thị Hòa", "Phó Bí thư Huyện ủy", ("attending",)),
            ("Vi Văn Tám", "Chủ tịch UBND huyện", ("attending",)),
        ],
    ),
    # ``Theo ông X, <position>, ...`` reports what the person said; a cited leader is not
    (
        ["Theo ông Lục Văn Đông, Trưởng ban Tuyên giáo Huyện ủy, năm qua ngành làm tốt."],
        (),
        [("Lục Văn Đông", "Trưởng ban Tuyên giáo Huyện ủy", ("speaking",))],
    ),
    (["Theo Tổng Bí thư Đoàn Văn Khải, công tác tư tưởng phải đi trước một bước."], (), []),
    (["Theo chỉ đạo của đồng chí Lục Văn Đông, Bí thư Huyện ủy, các xã làm tốt."], (), []),
    # a former post (``nguyên`` in lower case) and a village (``thôn``, ``bản``) in a position
    (
        ["PGS.TS Đoàn Minh Tâm, nguyên Phó Viện trưởng Viện Sử học trình bày tham luận."],
        (),
        [("Đoàn Minh Tâm", "nguyên Phó Viện trưởng Viện Sử học", ("speaking",))],
    ),
    (
        ["Đồng chí Sùng A Tủa, Bí thư Chi bộ bản Háng Tày chia sẻ kinh nghiệm."],
        (),
        [("Sùng A Tủa", "Bí thư Chi bộ bản Háng Tày", ("speaking",))],
    ),
    (
        ["GS.TSKH Đỗ Quang Minh, Chủ tịch Hội đồng khoa học phát biểu."],
        (),
        [("Đỗ Quang Minh", "Chủ tịch Hội đồng khoa học", ("speaking",))],
    ),
]


@pytest.mark.parametrize(("lines", "captions", "expected"), PARTICIPANT_ROWS)
def test_find_participants(lines, captions, expected):
    got = [
        (p.name, p.position, p.roles)
        for p in find_participants(segmented(lines, captions=captions))
    ]
    assert got == expected


def test_participant_spans_point_at_the_name():
    seg = segmented(["Mở đầu.", "Đồng chí Trần Văn Minh, Phó Bí thư Tỉnh ủy chủ trì hội nghị."])
    (person,) = find_participants(seg)
    span = person.spans[0]
    assert seg.text[span.start : span.end] == "Trần Văn Minh"


MENTION_ROWS = [
    (
        "Kết luận Hội nghị, đồng chí Lại Văn An, Phó Bí thư đề nghị các đảng ủy làm tốt.",
        ["Lại Văn An"],
    ),
    ("Trưởng ban Tuyên giáo Đảng ủy Khối Hà Thị Nga đề nghị các cơ quan báo chí.", ["Hà Thị Nga"]),
    ("Đồng chí Trưởng ban đề nghị các phòng thực hiện tốt.", ["Trưởng ban"]),
    ("Đồng chí cũng giao Văn phòng Ban theo dõi.", []),
    ("ĐỖ HẰNG - NGUYỄN TÚ", []),
    (
        "đồng chí Phan Văn Hậu và đồng chí Lò Văn Pọm cùng phát biểu.",
        ["Phan Văn Hậu", "Lò Văn Pọm"],
    ),
]


@pytest.mark.parametrize(("text", "names"), MENTION_ROWS)
def test_find_people_mentions(text, names):
    got = find_people_mentions(text)
    assert [n for n, _, _ in got] == names
    for name, start, end in got:
        assert text[start:end] == name


_PEOPLE = (
    Participant(
        "Hoàng Minh Tuấn",
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy",
        ("chair", "concluding"),
    ),
    Participant("Vàng A Chá", "Trưởng ban Tuyên giáo Huyện ủy Mường Khoa", ("speaking",)),
    Participant(
        "Đinh Thị Thu Hà", "Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy", ("reporting",)
    ),
)

PERSON_FOR_ROWS = [
    ("Hoàng Minh Tuấn", "Hoàng Minh Tuấn"),
    ("đồng chí Hoàng Minh Tuấn", "Hoàng Minh Tuấn"),
    ("Minh Tuấn", "Hoàng Minh Tuấn"),
    ("Chá", "Vàng A Chá"),
    ("Thu Hà", "Đinh Thị Thu Hà"),
    ("Trưởng ban Tuyên giáo Tỉnh ủy", "Hoàng Minh Tuấn"),
    ("Trưởng ban", "Hoàng Minh Tuấn"),  # ambiguous title: the one who chairs
    ("Phó Trưởng ban Thường trực", "Đinh Thị Thu Hà"),
    ("Lê Văn Lương", None),
    ("", None),
]


@pytest.mark.parametrize(("mention", "expected"), PERSON_FOR_ROWS)
def test_person_for(mention, expected):
    assert person_for(mention, _PEOPLE) == expected
