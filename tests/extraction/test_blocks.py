"""Block parser: markers, levels, tables, quotations, spans (fiction inputs)."""

import pytest

from reports.extraction import blocks as bl


@pytest.mark.parametrize(
    ("line", "kind", "marker", "body"),
    [
        ("1. Tổ chức hội nghị", "num", "1.", "Tổ chức hội nghị"),
        ("1) Tổ chức hội nghị", "num", "1)", "Tổ chức hội nghị"),
        ("1.1. Tổ chức hội nghị", "num2", "1.1.", "Tổ chức hội nghị"),
        ("2.3.1 Tổ chức hội nghị", "num2", "2.3.1", "Tổ chức hội nghị"),
        ("(2) Tổ chức hội nghị", "paren", "(2)", "Tổ chức hội nghị"),
        ("a) Tổ chức hội nghị", "letter", "a)", "Tổ chức hội nghị"),
        ("đ) Tổ chức hội nghị", "letter", "đ)", "Tổ chức hội nghị"),
        ("- Tổ chức hội nghị", "dash", "-", "Tổ chức hội nghị"),
        ("– Tổ chức hội nghị", "dash", "–", "Tổ chức hội nghị"),
        ("+ Tổ chức hội nghị", "plus", "+", "Tổ chức hội nghị"),
        ("• Tổ chức hội nghị", "bullet", "•", "Tổ chức hội nghị"),
        ("IV. PHƯƠNG HƯỚNG", "roman", "IV.", "PHƯƠNG HƯỚNG"),
        ("B. NHIỆM VỤ", "upper", "B.", "NHIỆM VỤ"),
        ("Một là, tăng cường", "la", "Một là,", "tăng cường"),
        ("Bốn là tăng cường", "la", "Bốn là", "tăng cường"),
        ("Thứ nhất, tăng cường", "thu", "Thứ nhất,", "tăng cường"),
        ("Thứ tư, tăng cường", "thu", "Thứ tư,", "tăng cường"),
        ("Nhiệm vụ 3: Tổ chức", "task_no", "Nhiệm vụ 3:", "Tổ chức"),
        ('- "Tuổi trẻ" tham gia', "dash", "-", '"Tuổi trẻ" tham gia'),
    ],
)
def test_markers(line, kind, marker, body):
    found = bl.marker_of(line)
    assert found is not None
    assert found[0] == kind
    assert found[1].strip() == marker
    assert line[found[2] :] == body


@pytest.mark.parametrize(
    "line",
    [
        "Thứ Hai, 20/4/2024",
        "Thứ Năm, ngày 5/9/2024 Ban tổ chức",
        "Năm 2024, toàn ngành",
        "15-5-2023 khai mạc",
        "1.500 đại biểu dự",
        "Hội nghị giao ban",
        "-tỉnh",
    ],
)
def test_not_markers(line):
    assert bl.marker_of(line) is None


def test_levels_nest_by_order_of_first_use():
    text = "A. KẾT QUẢ\nI. Về tư tưởng\n1. Tuyên truyền\na) Hội nghị\n- Một\n+ Hai\n"
    text += "2. Khác\nII. Về tổ chức"
    got = [(b.marker, b.level) for b in bl.parse(text)]
    assert got == [
        ("A.", 0),
        ("I.", 1),
        ("1.", 2),
        ("a)", 3),
        ("-", 4),
        ("+", 5),
        ("2.", 2),
        ("II.", 1),
    ]


def test_any_marker_order_nests():
    text = "- Đối với Ban Tuyên giáo:\n+ Tham mưu kế hoạch.\n+ Tổ chức hội nghị.\n"
    text += "- Đối với Sở:\n+ Hướng dẫn."
    blocks = bl.parse(text)
    assert [b.level for b in blocks] == [0, 1, 1, 0, 1]
    assert bl.children(blocks, 0) == [1, 2]
    assert bl.children(blocks, 3) == [4]


def test_paragraph_between_items_does_not_end_nesting():
    blocks = bl.parse("1. Về báo chí:\nNội dung giải thích thêm.\n- Đăng tin.\n2. Về xuất bản")
    assert [b.kind for b in blocks] == ["item", "paragraph", "item", "item"]
    assert bl.children(blocks, 0) == [2]


def test_capital_heading_restarts_levels():
    blocks = bl.parse("- Lưu VT.\nTHÔNG BÁO KẾT LUẬN\n1. Tổ chức hội nghị.\n- Gửi báo cáo.")
    assert [(b.kind, b.level) for b in blocks] == [
        ("item", 0),
        ("heading", 0),
        ("item", 0),
        ("item", 1),
    ]


def test_spans_point_into_the_text():
    text = "  Hội nghị giao ban\n\n   1. Tổ chức tập huấn.\n| TT | Nội dung |\n| 1 | Hai |\n"
    for b in bl.parse(text):
        assert text[b.start : b.end] == b.text
        if b.kind == bl.ITEM:
            assert text[b.body_start : b.end] == b.body
        for row in b.rows:
            for cell in row.cells:
                assert text[cell.start : cell.end] == cell.text


PIPE = (
    "Các nhiệm vụ sau:\n\n"
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "|---|---|---|---|---|\n"
    "| 1 | Biên soạn tài liệu; in ấn | Ban Tuyên giáo Huyện ủy | | Quý I/2027 |\n"
    "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "| 2 | Mở chuyên mục | Báo Hồng Lâm | Sở Nội vụ; Công an tỉnh | Thường xuyên |\n\n"
    "Đoạn sau bảng."
)


def test_pipe_table_header_rule_and_repeated_header():
    blocks = bl.parse(PIPE)
    assert [b.kind for b in blocks] == ["paragraph", "table", "paragraph"]
    table = blocks[1]
    assert table.header == ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")
    assert [[c.text for c in r.cells] for r in table.rows] == [
        ["1", "Biên soạn tài liệu; in ấn", "Ban Tuyên giáo Huyện ủy", "", "Quý I/2027"],
        ["2", "Mở chuyên mục", "Báo Hồng Lâm", "Sở Nội vụ; Công an tỉnh", "Thường xuyên"],
    ]


def test_tab_table():
    text = "STT\tNhiệm vụ\tĐơn vị chủ trì\n1\tTổ chức hội thi\tHuyện đoàn\n2\tViết bài\tBáo Lâm Hà"
    (table,) = bl.parse(text)
    assert table.kind == bl.TABLE
    assert [r.cells[1].text for r in table.rows] == ["Tổ chức hội thi", "Viết bài"]


def test_one_pipe_line_is_not_a_table():
    blocks = bl.parse("| chỉ một dòng | có gạch |\nSau đó.")
    assert [b.kind for b in blocks] == ["paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("header", "roles"),
    [
        (
            ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"),
            {"ordinal": 0, "text": 1, "lead": 2, "support": 3, "due": 4},
        ),
        (
            ("STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"),
            {"ordinal": 0, "text": 1, "lead": 2, "support": 3, "due": 4},
        ),
        (
            ("Thời gian hoàn thành", "Đơn vị phối hợp", "Nội dung công việc", "Chủ trì"),
            {"due": 0, "support": 1, "text": 2, "lead": 3},
        ),
        (("Nội dung", "Tiến độ"), {"text": 0, "due": 1}),
        (("TT", "Nhiệm vụ", "Đơn vị thực hiện"), {"ordinal": 0, "text": 1, "assignee": 2}),
        (("Hoạt động", "Trách nhiệm", "Ghi chú"), {"text": 0, "assignee": 1, "note": 2}),
        (("Họ và tên", "Chức vụ"), {}),
    ],
)
def test_column_roles(header, roles):
    assert bl.column_roles(header) == roles


def test_quotation_and_headings():
    text = (
        "Nhiệm vụ trọng tâm năm 2027\n"
        "Ban Tuyên giáo Huyện ủy sẽ tập trung tuyên truyền các ngày lễ lớn trong năm.\n"
        "“Mỗi cán bộ phải là một tuyên truyền viên.”\n"
        "PHƯƠNG HƯỚNG NHIỆM VỤ"
    )
    assert [b.kind for b in bl.parse(text)] == ["heading", "paragraph", "quote", "heading"]


def test_linear_on_long_lists():
    text = "- Ban Tuyên giáo,\n" * 20000
    blocks = bl.parse(text)
    assert len(blocks) == 20000
    assert all(b.level == 0 for b in blocks)
