"""Ruled tables in page images (scans): grids found from drawn lines, merged cells,
boxes and separators that are no table, and OCR words placed in their cells. Images are
drawn here with Pillow; no OCR runs (``test_pdf`` reads a scanned table with Tesseract)."""

from __future__ import annotations

import pytest
from PIL import Image, ImageDraw

from reports.extraction import ocr
from reports.extraction.scan_tables import deskewed, find_grids, without_rules

PAGE = (1240, 1754)  # A4 at 150 dpi


def _page(draw_on) -> Image.Image:
    image = Image.new("L", PAGE, 255)
    draw_on(ImageDraw.Draw(image))
    return image


def _grid(draw, xs, ys, *, merged_rows=(), width=2, ink=0):
    for y in ys:
        draw.line((xs[0], y, xs[-1], y), fill=ink, width=width)
    for r, (top, bottom) in enumerate(zip(ys, ys[1:], strict=False)):
        for i, x in enumerate(xs):
            interior = 0 < i < len(xs) - 1
            if interior and r in merged_rows:
                continue
            draw.line((x, top, x, bottom), fill=ink, width=width)


XS = (100, 200, 700, 1000, 1140)
YS = (300, 360, 460, 560, 660)


@pytest.mark.parametrize(
    ("label", "draw_on", "columns", "rows"),
    [
        ("plain", lambda d: _grid(d, XS, YS), 4, 4),
        ("thick rules", lambda d: _grid(d, XS, YS, width=5), 4, 4),
        ("grey thin rules", lambda d: _grid(d, XS, YS, width=1, ink=170), 4, 4),
        ("two columns", lambda d: _grid(d, (100, 600, 1140), YS), 2, 4),
    ],
)
def test_a_ruled_grid_is_found(label, draw_on, columns, rows):
    (grid,) = find_grids(_page(draw_on))
    assert (len(grid.xs) - 1, len(grid.ys) - 1) == (columns, rows), label
    if columns == len(XS) - 1:
        assert all(abs(a - b) <= 6 for a, b in zip(grid.xs, XS, strict=True))


def test_a_row_without_its_inner_rules_is_one_merged_cell():
    # ``I. NHIỆM VỤ CHUNG`` written across all columns of the second row
    (grid,) = find_grids(_page(lambda d: _grid(d, XS, YS, merged_rows={1})))
    assert grid.cell_of(800, 410) == (1, 0)
    assert grid.cell_of(800, 510) == (2, 2)


def _box(draw):
    draw.rectangle((100, 100, 1140, 400), outline=0, width=2)


def _separators(draw):
    for y in (200, 700):
        draw.line((100, y, 1140, y), fill=0, width=2)


def _text_lines(draw):
    for y in range(200, 800, 40):
        draw.text((100, y), "Hội nghị giao ban công tác tuyên giáo quý III năm 2026 " * 3, fill=0)


@pytest.mark.parametrize(
    "draw_on",
    [_box, _separators, _text_lines],
    ids=["one-column-box", "two-separator-lines", "lines-of-text"],
)
def test_no_grid_where_no_table_is_ruled(draw_on):
    assert find_grids(_page(draw_on)) == []


def test_two_tables_on_one_page_are_two_grids():
    def both(draw):
        _grid(draw, XS, YS)
        _grid(draw, (100, 400, 1140), (900, 960, 1060, 1160))

    grids = find_grids(_page(both))
    assert [(len(g.xs) - 1, len(g.ys) - 1) for g in grids] == [(4, 4), (2, 3)]


def test_the_rules_painted_out_leave_no_grid():
    image = _page(lambda d: _grid(d, XS, YS))
    grids = find_grids(image)
    assert find_grids(without_rules(image, grids)) == []


def _row(text, left, top, *, block="1", par="1", line="1", conf="95", width=None):
    return {
        "level": "5", "block_num": block, "par_num": par, "line_num": line,
        "left": str(left), "top": str(top), "width": str(width or 12 * len(text)),
        "height": "24", "conf": conf, "text": text,
    }  # fmt: skip


def test_words_go_to_their_cells_and_the_table_to_its_place():
    (grid,) = find_grids(_page(lambda d: _grid(d, XS, YS[:3])))
    rows = [
        _row("Kết", 100, 200, block="1"),
        _row("luận:", 150, 200, block="1"),
        # the header row, then one task row whose text wraps onto a second line
        _row("TT", 110, 318, block="2"),
        _row("Nội", 210, 318, block="2"),
        _row("dung", 260, 318, block="2"),
        _row("Thời", 710, 318, block="2"),
        _row("gian", 770, 318, block="2"),
        _row("Hạn", 1010, 318, block="2"),
        _row("1", 110, 380, block="3"),
        _row("Viết", 210, 380, block="3"),
        _row("tin", 270, 380, block="3"),
        _row("bài", 220, 415, block="3", line="2"),
        _row("¬", 690, 380, block="3", conf="31"),  # what is left of a rule
        _row("Quý", 710, 380, block="3"),
        _row("II/2027", 770, 380, block="3"),
        _row("Hết.", 100, 900, block="4"),
    ]
    blocks, confidences = ocr._blocks(rows, [grid])
    assert blocks == [
        "Kết luận:",
        [["TT", "Nội dung", "Thời gian", "Hạn"], ["1", "Viết tin bài", "Quý II/2027", ""]],
        "Hết.",
    ]
    assert len(confidences) == len(rows)  # every word kept, the stray mark too


def test_a_boxed_letterhead_stays_text():
    (grid,) = find_grids(_page(lambda d: _grid(d, (100, 620, 1140), (100, 200, 300))))
    rows = [
        _row("ĐẢNG", 110, 120, block="1"),
        _row("BỘ", 200, 120, block="1"),
        _row("ĐẢNG", 630, 120, block="2"),
        _row("CỘNG", 720, 120, block="2"),
        _row("SẢN", 820, 120, block="2"),
        _row("VIỆT", 900, 120, block="2"),
        _row("NAM", 980, 120, block="2"),
        _row("Số", 110, 220, block="3"),
        _row("12-TB/BTG", 160, 220, block="3"),
    ]
    blocks, _ = ocr._blocks(rows, [grid])
    assert blocks == ["ĐẢNG BỘ", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-TB/BTG"]


@pytest.mark.parametrize("angle", [0.6, -0.4, 1.5])
def test_a_page_scanned_askew_is_turned_straight_before_its_grid_is_read(angle):
    # a slanted rule never fills one row of pixels: no grid until the page is straight
    straight = _page(lambda d: _grid(d, XS, YS))
    askew = straight.rotate(angle, fillcolor=255)
    assert find_grids(askew) == []
    (grid,) = find_grids(deskewed(askew))
    assert (len(grid.xs) - 1, len(grid.ys) - 1) == (4, 4)


def test_a_straight_page_is_left_as_it_is():
    straight = _page(lambda d: _grid(d, XS, YS))
    assert deskewed(straight) is straight


def _word(text, left, top, width=None):
    return ocr._Word(text, ("1", "1", "1"), left, top, width or 14 * len(text), 24)


def test_a_cells_lines_ended_early_are_paragraphs_of_their_own():
    # two leads on two lines of one cell; a long name wrapped at the cell's right rule
    right = 600
    words = [
        _word("Ban", 110, 100), _word("Tuyên", 170, 100), _word("giáo", 260, 100),
        _word("Hội", 110, 140), _word("Nhà", 170, 140), _word("báo", 230, 140),
        _word("Liên", 110, 180), _word("hiệp", 180, 180), _word("các", 260, 180),
        _word("Hội", 320, 180), _word("Văn", 390, 180), _word("học", 460, 180),
        _word("nghệ", 530, 180, 60),
        _word("thuật", 110, 220),
    ]  # fmt: skip
    assert ocr._cell_paragraphs(words, right) == [
        "Ban Tuyên giáo",
        "Hội Nhà báo",
        "Liên hiệp các Hội Văn học nghệ thuật",
    ]


def test_a_row_without_an_inner_rule_reads_as_one_cell():
    (grid,) = find_grids(_page(lambda d: _grid(d, XS, YS, merged_rows={1})))
    assert grid.spans(0) == [(0, 0), (1, 1), (2, 2), (3, 3)]
    assert grid.spans(1) == [(0, 3)]
