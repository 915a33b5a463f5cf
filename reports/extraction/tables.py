"""Tables in the text: every format writes a data table the same way, so the block
parser and the detectors read one shape whatever the file was.

A data table is written one row per line as a pipe row, header row first, with a blank
line before and after it::

    | TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
    | 1 | Quán triệt nghị quyết | Ban Tuyên giáo | Các chi bộ; Đoàn Thanh niên | Quý I/2026 |
    | 2 | Báo cáo kết quả | Văn phòng |  | Thường xuyên |

An empty cell is empty between its pipes; the paragraphs of one cell are joined with
``; ``; a merged cell is written once and the cells it covers are empty; a header row
repeated further down (Word repeats it on each page, a PDF prints it again) is dropped.

A layout table (a Word letterhead or signature block laid out as a borderless
two-column table) is not data: its cells are written as the paragraphs they hold.
"""

from __future__ import annotations

import re

# What only a letterhead or a signature block says: such a table is layout, not data.
_LAYOUT_WORDS = re.compile(
    r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI|CỘNG HOÀ XÃ HỘI|Độc lập - Tự do|Nơi nhận"
    r"|\b(?:T/M|K/T|TM\.|KT\.|T/L|TL\.)\s",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
# A Markdown separator row (| --- | :---: |) carries nothing.
_SEPARATOR_ROW = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-*:?\s*\|?$")
_MAX_HEADER_WORDS = 6
_MAX_HEADER_CHARS = 40
# A data table's cell holds a task or a few unit names, not an article.
_MAX_DATA_CELL = 1500


def clean_cell(paragraphs: list[str]) -> str:
    """One cell's text: its paragraphs joined with ``; ``, spacing tidied, and a pipe
    inside the text (which would split the cell) written as a slash.

    >>> clean_cell(["Ban Tuyên giáo;", "  Văn phòng  Tỉnh ủy "])
    'Ban Tuyên giáo; Văn phòng Tỉnh ủy'
    """
    parts = []
    for paragraph in paragraphs:
        text = _SPACES.sub(" ", paragraph).strip().rstrip(";").strip()
        if text:
            parts.append(text.replace("|", "/"))
    return "; ".join(parts)


def header_like(cells: list[str]) -> bool:
    """A row that reads as column names: every cell short, one phrase, no number.

    >>> header_like(["TT", "Nội dung", "Cơ quan chủ trì"])
    True
    >>> header_like(["BAN TUYÊN GIÁO; Số 12-TB/BTG", "Hà Nội, ngày 5 tháng 9 năm 2024"])
    False
    """
    if not cells or not all(cells):
        return False
    for cell in cells:
        if ";" in cell or len(cell) > _MAX_HEADER_CHARS:
            return False
        if len(cell.split()) > _MAX_HEADER_WORDS or any(ch.isdigit() for ch in cell):
            return False
        if cell.endswith((".", ":", ",")):
            return False
    return True


def is_layout(rows: list[list[str]], *, bordered: bool = False, head_marked: bool = False) -> bool:
    """Whether a table (rows of cleaned cells) is page layout rather than data: one
    column; a cell holding a whole article; a borderless table of two columns whose
    first row is not column names; or one holding a letterhead's or a signature's words."""
    width = max((len(row) for row in rows), default=0)
    if width <= 1:
        return True
    if any(len(cell) > _MAX_DATA_CELL for row in rows for cell in row):
        return True  # a whole article in a cell: a page laid out as a table
    if any(_LAYOUT_WORDS.search(cell) for row in rows for cell in row) and not head_marked:
        return True
    if head_marked or bordered:
        return False
    return width == 2 and not header_like(rows[0])


def pipe_rows(rows: list[list[str]]) -> str:
    """Rows of cleaned cells as pipe rows, one per line: rows padded to the widest,
    empty rows and repetitions of the first row dropped.

    >>> print(pipe_rows([["TT", "Nội dung"], ["1", "Làm A"], ["TT", "Nội dung"], ["2", ""]]))
    | TT | Nội dung |
    | 1 | Làm A |
    | 2 |  |
    """
    width = max((len(row) for row in rows), default=0)
    lines: list[str] = []
    first: list[str] | None = None
    for row in rows:
        if not any(row):
            continue
        padded = row + [""] * (width - len(row))
        if first is None:
            first = padded
        elif padded == first:
            continue
        lines.append("| " + " | ".join(padded) + " |")
    return "\n".join(lines)


def layout_paragraphs(rows: list[list[list[str]]]) -> list[str]:
    """A layout table's paragraphs, row by row and cell by cell."""
    out = []
    for row in rows:
        for cell in row:
            out += [_SPACES.sub(" ", p).strip() for p in cell if p.strip()]
    return out


def tab_tables(text: str) -> str:
    """Plain text with tab-separated tables (two or more consecutive lines of two or
    more cells, as a table copied out of Word pastes) rewritten as pipe rows; Markdown
    separator rows dropped. Other text is returned unchanged.

    >>> print(tab_tables("Phân công:\\nTT\\tNội dung\\n1\\tLàm A\\nHết."))
    Phân công:
    <BLANKLINE>
    | TT | Nội dung |
    | 1 | Làm A |
    <BLANKLINE>
    Hết.
    """
    if "\t" not in text and "---" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if _SEPARATOR_ROW.match(line.strip()) and out and out[-1].lstrip().startswith("|"):
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].count("\t") >= 1 and lines[j].strip():
            j += 1
        if j - i >= 2:
            rows = [
                [clean_cell([c]) for c in lines[k].strip("\r").split("\t")] for k in range(i, j)
            ]
            rows = [_trim(row) for row in rows]
            if not is_layout(rows):
                if out and out[-1].strip():
                    out.append("")
                out.append(pipe_rows(rows))
                if j < len(lines) and lines[j].strip():
                    out.append("")
                i = j
                continue
        out.append(line)
        i += 1
    return "\n".join(out)


def _trim(row: list[str]) -> list[str]:
    """A row without the empty cells a trailing or leading tab leaves."""
    while row and not row[-1]:
        row = row[:-1]
    return row
