"""Tables become pipe rows in every format (web page, Word, plain text); layout tables
(a letterhead or signature laid out as a borderless table) become paragraphs."""

from __future__ import annotations

import io

import docx
import pytest

from reports.extraction.formats import document_text
from reports.extraction.tables import clean_cell, header_like, is_layout, pipe_rows, tab_tables

HEADER = "| TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |"

# a task table of invented units, written the way each format carries it
ROWS = [
    ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
    ["1", "Tổ chức hội nghị báo cáo viên", "Ban Tuyên giáo Huyện ủy Đông Khê", "", "Quý I/2026"],
    ["2", "Rà soát đội ngũ cộng tác viên", "Văn phòng Huyện ủy", "Đoàn Thanh niên", "Hằng quý"],
]
WANT = "\n".join(
    [
        HEADER,
        "| 1 | Tổ chức hội nghị báo cáo viên | Ban Tuyên giáo Huyện ủy Đông Khê |  | Quý I/2026 |",
        "| 2 | Rà soát đội ngũ cộng tác viên | Văn phòng Huyện ủy | Đoàn Thanh niên | Hằng quý |",
    ]
)
LEAD = (
    "Hội nghị giao ban tháng 3 của Ban Tuyên giáo Huyện ủy Đông Khê thống nhất phân công như sau:"
)
TAIL = "Các cơ quan, đơn vị nghiêm túc triển khai thực hiện và báo cáo kết quả đúng thời hạn."


def _html_page(table: str) -> bytes:
    return f"""<html><head><title>Giao ban tháng 3</title></head><body><article>
<h1>Hội nghị giao ban công tác tuyên giáo tháng 3 năm 2026</h1>
<p>{LEAD}</p>{table}<p>{TAIL}</p></article></body></html>""".encode()


def _tr(cells: list[str], tag: str = "td") -> str:
    return "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in cells) + "</tr>"


HTML_CASES = [
    (
        "thead with th",
        "<table><thead>"
        + _tr(ROWS[0], "th")
        + "</thead><tbody>"
        + "".join(_tr(r) for r in ROWS[1:])
        + "</tbody></table>",
        WANT,
    ),
    (
        "header as td, repeated further down",
        "<table>" + _tr(ROWS[0]) + _tr(ROWS[1]) + _tr(ROWS[0]) + _tr(ROWS[2]) + "</table>",
        WANT,
    ),
    (
        "paragraphs of one cell and a colspan",
        "<table>"
        + _tr(["TT", "Nội dung", "Đơn vị phối hợp"], "th")
        + '<tr><td colspan="3">I. Nhóm nhiệm vụ chung</td></tr>'
        + "<tr><td>1</td><td>Viết tin bài</td>"
        + "<td><p>Báo Đông Khê;</p><p>Đài Truyền thanh</p></td></tr>"
        + "</table>",
        "| TT | Nội dung | Đơn vị phối hợp |\n| I. Nhóm nhiệm vụ chung |  |  |\n"
        "| 1 | Viết tin bài | Báo Đông Khê; Đài Truyền thanh |",
    ),
]


@pytest.mark.parametrize(("name", "table", "want"), HTML_CASES, ids=[c[0] for c in HTML_CASES])
def test_html_table_is_pipe_rows_between_blank_lines(name, table, want):
    text = document_text(_html_page(table), "trang.html").text
    assert f"{LEAD}\n\n{want}\n\n{TAIL}" in text


def test_html_fragment_table_is_pipe_rows():
    fragment = "<div><p>Phân công:</p><table>" + "".join(_tr(r) for r in ROWS) + "</table></div>"
    text = document_text(fragment.encode(), "doan.html").text
    assert text == f"Phân công:\n\n{WANT}"


def _docx(build) -> bytes:
    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _grid_table(document, rows, style="Table Grid"):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    if style:
        table.style = style
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    return table


def test_docx_task_table_with_repeated_header_and_cell_paragraphs():
    def build(document):
        document.add_paragraph(LEAD)
        rows = [ROWS[0], ROWS[1], ROWS[0], ROWS[2]]
        table = _grid_table(document, rows)
        table.cell(3, 3).add_paragraph("Hội Cựu chiến binh huyện")
        document.add_paragraph(TAIL)

    text = document_text(_docx(build), "tb.docx").text
    want = WANT.replace("| Đoàn Thanh niên |", "| Đoàn Thanh niên; Hội Cựu chiến binh huyện |")
    assert text == f"{LEAD}\n\n{want}\n\n{TAIL}"


def test_docx_merged_cells_are_written_once():
    def build(document):
        table = _grid_table(
            document,
            [["TT", "Nội dung", "Thời gian"], ["1", "Viết tin", "Quý II"], ["2", "Dựng phim", ""]],
        )
        table.cell(1, 2).merge(table.cell(2, 2))  # one deadline for two rows
        table.cell(0, 0)  # header untouched

    text = document_text(_docx(build), "kh.docx").text
    assert text == "| TT | Nội dung | Thời gian |\n| 1 | Viết tin | Quý II |\n| 2 | Dựng phim |  |"


def test_docx_borderless_letterhead_table_is_paragraphs():
    def build(document):
        table = document.add_table(rows=1, cols=2)  # no style: no borders
        left, right = table.cell(0, 0), table.cell(0, 1)
        left.text = "HUYỆN ỦY ĐÔNG KHÊ"
        left.add_paragraph("BAN TUYÊN GIÁO")
        left.add_paragraph("Số 15-TB/BTGHU")
        right.text = "ĐẢNG CỘNG SẢN VIỆT NAM"
        right.add_paragraph("Đông Khê, ngày 12 tháng 3 năm 2026")
        document.add_paragraph("THÔNG BÁO")

    text = document_text(_docx(build), "tb.docx").text
    assert text.split("\n\n") == [
        "HUYỆN ỦY ĐÔNG KHÊ",
        "BAN TUYÊN GIÁO",
        "Số 15-TB/BTGHU",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đông Khê, ngày 12 tháng 3 năm 2026",
        "THÔNG BÁO",
    ]


def test_docx_borderless_table_with_column_names_is_data():
    def build(document):
        _grid_table(document, [["Đơn vị", "Thời hạn"], ["Huyện ủy A", "30/6/2026"]], style=None)

    assert (
        document_text(_docx(build), "a.docx").text
        == "| Đơn vị | Thời hạn |\n| Huyện ủy A | 30/6/2026 |"
    )


def test_text_tab_table_is_pipe_rows():
    body = "\n".join("\t".join(row) for row in ROWS)
    text = document_text(f"{LEAD}\n{body}\n{TAIL}".encode(), "a.txt").text
    assert text == f"{LEAD}\n\n{WANT}\n\n{TAIL}"


TAB_CASES = [
    (
        "one tabbed line is not a table",
        "Hà Nội\tngày 5/3/2026\nNội dung",
        "Hà Nội\tngày 5/3/2026\nNội dung",
    ),
    (
        "a letterhead laid out with tabs stays text",
        "HUYỆN ỦY ĐÔNG KHÊ\tĐẢNG CỘNG SẢN VIỆT NAM\nBan Tuyên giáo\tĐông Khê, ngày 12/3/2026",
        "HUYỆN ỦY ĐÔNG KHÊ\tĐẢNG CỘNG SẢN VIỆT NAM\nBan Tuyên giáo\tĐông Khê, ngày 12/3/2026",
    ),
    (
        "markdown separator row dropped",
        "| TT | Nội dung |\n| --- | --- |\n| 1 | Làm A |",
        "| TT | Nội dung |\n| 1 | Làm A |",
    ),
    (
        "an empty cell between tabs",
        "TT\tNội dung\tGhi chú\n1\t\tHằng tháng",
        "| TT | Nội dung | Ghi chú |\n| 1 |  | Hằng tháng |",
    ),
]


@pytest.mark.parametrize(("name", "given", "want"), TAB_CASES, ids=[c[0] for c in TAB_CASES])
def test_tab_tables(name, given, want):
    assert tab_tables(given) == want


LAYOUT_CASES = [
    ("one column", [["Nội dung"], ["Một đoạn"]], {}, True),
    ("two columns, column names", [["Đơn vị", "Nhiệm vụ"], ["Huyện ủy", "Báo cáo"]], {}, False),
    ("two columns, letterhead", [["BAN TUYÊN GIÁO; Số 5-TB", "ĐẢNG CỘNG SẢN VIỆT NAM"]], {}, True),
    (
        "signature, even with borders",
        [["Nơi nhận: - Như trên", "T/M BAN THƯỜNG VỤ"]],
        {"bordered": True},
        True,
    ),
    ("two columns with borders", [["Huyện ủy A", "Làm báo cáo quý."]], {"bordered": True}, False),
    ("three columns", [["1", "Làm A.", "Quý I"]], {}, False),
]


@pytest.mark.parametrize(
    ("name", "rows", "kw", "layout"), LAYOUT_CASES, ids=[c[0] for c in LAYOUT_CASES]
)
def test_layout_or_data(name, rows, kw, layout):
    assert is_layout(rows, **kw) is layout


def test_header_like_and_pipe_rows_edge_cases():
    assert not header_like(["Nội dung", ""])
    assert not header_like(["Ngày 5/3", "Nội dung"])
    assert pipe_rows([["a", "b", "c"], ["d"], ["", "", ""]]) == "| a | b | c |\n| d |  |  |"
    assert clean_cell(["Ban A | Ban B;", "", "Ban C"]) == "Ban A / Ban B; Ban C"


def test_page_laid_out_in_a_table_keeps_its_blocks_and_list_markers():
    article = "".join(f"<p>{LEAD} Đoạn {i}.</p>" for i in range(6))
    page = (
        "<html><head><title>Tin</title></head><body><table width='100%'>"
        "<tr><td width='200'><ul><li><a href='/1'>Giới thiệu</a></li></ul></td>"
        f"<td><h1>Hội nghị giao ban quý I</h1>{article}<p>Đề nghị các đơn vị:</p>"
        "<ol><li>Làm báo cáo quý.</li><li>Rà soát cộng tác viên.</li></ol></td></tr>"
        "</table></body></html>"
    )
    text = document_text(page.encode(), "tin.html").text
    assert "|" not in text
    assert text.endswith("Đề nghị các đơn vị:\n\n1. Làm báo cáo quý.\n\n2. Rà soát cộng tác viên.")
    assert f"{LEAD} Đoạn 5." in text.split("\n\n")


def test_a_cell_holding_an_article_makes_the_table_layout():
    assert is_layout([["Tin", "x " * 1000], ["a", "b"]], bordered=True)


def test_docx_cell_spanning_columns_is_followed_by_empty_cells():
    def build(document):
        table = _grid_table(
            document,
            [
                ["TT", "Nội dung", "Thời gian"],
                ["I. Nhiệm vụ chung", "", ""],
                ["1", "Viết tin", "Quý II"],
            ],
        )
        table.cell(1, 0).merge(table.cell(1, 2))  # a group heading across the row

    text = document_text(_docx(build), "kh.docx").text
    assert text == (
        "| TT | Nội dung | Thời gian |\n| I. Nhiệm vụ chung |  |  |\n| 1 | Viết tin | Quý II |"
    )
