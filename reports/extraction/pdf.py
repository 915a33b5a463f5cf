"""PDF with a text layer to a reader's text.

The text comes from pypdfium2 (fast: a page's text segments with their boxes, in the
order the file writes them, which for what Word and LibreOffice export is reading
order). pdfplumber's table finder runs only on pages that draw lines (path objects):
a ruled table becomes pipe rows (see ``tables``), its cells read from the same
segments. Running headers and footers (a line repeated at the top or bottom of most
pages) and page numbers are dropped. Lines that a paragraph was wrapped into are
joined: a line is continued by the next when the next one's first word would not
have fitted on it (the writer wrapped it), or when the next one starts in lower case;
a list marker, an indented first line or a wider gap starts a new paragraph.

A PDF without a text layer (a scan) is read by ``ocr`` when Tesseract is installed.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from reports.extraction import tables
from reports.extraction.intake import IntakeError
from reports.extraction.unwrap import LIST_MARKER, capitals, ends_sentence

# A scanned page's running header or page number is one of its first or last two
# paragraphs, and short.
_MAX_RUNNING_CHARS = 150
# A column of a two-column page holds at least this many lines.
_MIN_COLUMN_LINES = 5
# A page with fewer letters than this has no text layer worth reading (a scan).
_MIN_PAGE_LETTERS = 20
# A page drawing at least this many path objects may hold a ruled table.
_MIN_PATHS_FOR_TABLES = 4
# A page whose lines go back up more often than this share is written out of order.
_MAX_UPWARD_SHARE = 0.25
_PAGE_NUMBER = re.compile(
    r"^(?:-\s*)?\d{1,4}(?:\s*-)?$|^(?:Trang|trang|Page)\s+\d{1,4}(?:\s*(?:/|của|of)\s*\d{1,4})?$"
    r"|^\d{1,4}\s*/\s*\d{1,4}$"
)
_DIGITS = re.compile(r"\d+")
_BULLETS = frozenset("•·▪■●○◦◆◇►▸➢✓❖")
# a segment that is only a list marker (its text follows after a tab)
_MARKER_ONLY = re.compile(r"^(?:[•\-–+*]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVXL]{1,5}\.)$")


@dataclass(frozen=True)
class Line:
    """One line of a page, in PDF points with y growing upwards (pdfium's)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)

    @property
    def char_width(self) -> float:
        return (self.x1 - self.x0) / max(len(self.text), 1)


@dataclass
class Table:
    """A ruled table's rows of cleaned cells."""

    rows: list[list[str]]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph read by OCR from a page without a text layer: already joined."""

    text: str


@dataclass(frozen=True)
class PdfText:
    text: str
    pages: int
    scanned_pages: int


def open_pdf(data: bytes):
    """The pdfium document; ``IntakeError`` for an encrypted or damaged file."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise IntakeError(
                "Tệp PDF được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở tệp, bỏ mật "
                "khẩu (in hoặc lưu lại thành PDF không mật khẩu) rồi nạp lại."
            ) from exc
        raise IntakeError(
            "Tệp PDF bị hỏng, không đọc được. Hãy xuất lại tệp PDF từ văn bản gốc "
            "hoặc lưu văn bản thành .docx rồi nạp lại."
        ) from exc


def pdf_text(data: bytes, *, read_scan: Callable[[object, int], list] | None = None) -> PdfText:
    """The reader's text of a PDF's text layer. Pages without one are counted in
    ``scanned_pages``; ``read_scan(document, index)`` (OCR) gives their paragraphs (and
    ruled tables as rows of cells), which stand in their place; without it they give no
    text."""
    import pypdfium2 as pdfium

    document = open_pdf(data)
    plumber = None
    pages: list[list[Line | Table | Paragraph]] = []
    scanned = 0
    try:
        for index in range(len(document)):
            page = document[index]
            lines = _reading_order(_page_lines(page))
            if sum(ch.isalpha() for line in lines for ch in line.text) < _MIN_PAGE_LETTERS:
                scanned += 1
                found = read_scan(document, index) if read_scan is not None else []
                pages.append([Paragraph(b) if isinstance(b, str) else Table(b) for b in found])
                continue
            paths = sum(1 for _ in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_PATH]))
            if paths >= _MIN_PATHS_FOR_TABLES:
                if plumber is None:
                    plumber = _open_plumber(data)
                lines = _with_tables(lines, plumber, index, page.get_size()[1])
            pages.append(lines)
    finally:
        if plumber is not None:
            plumber.close()
        document.close()
    pages = _drop_running_lines(pages)
    return PdfText(_paragraphs(pages), len(pages), scanned)


def has_scanned_page(data: bytes) -> bool:
    """Whether a page of the PDF has no text layer (it would need OCR): the same test as
    ``pdf_text``'s, without reading the rest."""
    document = open_pdf(data)
    try:
        for index in range(len(document)):
            lines = _page_lines(document[index])
            if sum(ch.isalpha() for line in lines for ch in line.text) < _MIN_PAGE_LETTERS:
                return True
        return False
    finally:
        document.close()


def page_count(data: bytes) -> int:
    document = open_pdf(data)
    try:
        return len(document)
    finally:
        document.close()


def _page_lines(page) -> list[Line]:
    """A page's text segments (pdfium's rectangles), segments of one line merged."""
    textpage = page.get_textpage()
    lines: list[Line] = []
    try:
        for i in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(i)
            text = _bullet(" ".join(_own_line(textpage.get_text_bounded(left, bottom, right, top))))
            if not text:
                continue
            line = Line(text, left, right, top, bottom)
            prev = lines[-1] if lines else None
            if prev is not None and _same_line(prev, line):
                lines[-1] = Line(
                    f"{prev.text} {text}",
                    prev.x0,
                    right,
                    max(prev.top, top),
                    min(prev.bottom, bottom),
                )
            else:
                lines.append(line)
    finally:
        textpage.close()
    return lines


def _own_line(bounded: str) -> list[str]:
    """The words of one text rectangle's own line. Lines set close together overlap: the
    accents of the line below and the descenders of the line above reach into a line's
    rectangle, and pdfium returns them too, as pieces of their own (``gy g y pg g``, ``ổ``)
    split by line breaks; the line's own text is the longest piece."""
    pieces = [p for p in re.split(r"\r?\n", bounded) if p.strip()]
    if len(pieces) <= 1:
        return bounded.split()
    return max(pieces, key=lambda p: len(p.strip())).split()


def _reading_order(lines: list[Line]) -> list[Line]:
    """The lines in the order the file writes them when that goes down the page (what
    Word and LibreOffice write: it keeps table cells and letterhead columns together);
    top to bottom, left to right when the file writes them in some other order."""
    upward = sum(
        1 for a, b in zip(lines, lines[1:], strict=False) if b.bottom > a.top + 0.5 * a.height
    )
    if upward <= _MAX_UPWARD_SHARE * max(len(lines) - 1, 1):
        return lines
    return sorted(lines, key=lambda line: (-round(line.top / 2), line.x0))


def _bullet(text: str) -> str:
    """A line's leading bullet as ``•``: Word's Symbol-font bullets come out as private
    use characters (U+F0B7 ...), others as squares and circles.

    >>> _bullet("\uf0b7 Tuyên truyền"), _bullet("▪ Họp"), _bullet("Ban")
    ('• Tuyên truyền', '• Họp', 'Ban')
    """
    if text and (text[0] in _BULLETS or "\uf000" <= text[0] <= "\uf0ff"):
        return "•" + text[1:]
    return text


def _same_line(a: Line, b: Line) -> bool:
    """``b`` continues ``a`` on the same line: overlapping heights, just to its right
    (a wide gap is another column, as in a letterhead, unless ``a`` is only a list
    marker: Word puts a tab between the marker and its text)."""
    overlap = min(a.top, b.top) - max(a.bottom, b.bottom)
    if overlap < 0.5 * min(a.height, b.height):
        return False
    gap = b.x0 - a.x1
    if _MARKER_ONLY.match(a.text):
        return 0 <= gap <= 12 * max(a.height, b.height)
    return -1 <= gap <= 3 * max(a.char_width, b.char_width)


def _open_plumber(data: bytes):
    import pdfplumber

    return pdfplumber.open(io.BytesIO(data))


def _with_tables(
    lines: list[Line], plumber, index: int, height: float
) -> list[Line | Table | Paragraph]:
    """The page's lines with each ruled data table's lines replaced by its rows (a
    boxed letterhead or signature, or a one-column box, is layout: left as lines)."""
    try:
        found = plumber.pages[index].find_tables()
    except Exception:  # noqa: BLE001 - a table finder failure must not lose the text
        return list(lines)
    out: list[Line | Table | Paragraph] = []
    placed: set[int] = set()
    boxes = []
    for table in found:
        rows = _table_rows(table, lines, height)
        if not rows or tables.is_layout(rows, bordered=True):
            continue  # a boxed letterhead or signature: its lines stay lines
        x0, top, x1, bottom = table.bbox
        boxes.append((x0, height - bottom, x1, height - top, rows))
    for line in lines:
        cx, cy = (line.x0 + line.x1) / 2, (line.top + line.bottom) / 2
        hit = next(
            (
                i
                for i, (x0, y0, x1, y1, _t) in enumerate(boxes)
                if x0 <= cx <= x1 and y0 <= cy <= y1
            ),
            None,
        )
        if hit is None:
            out.append(line)
        elif hit not in placed:
            placed.add(hit)
            out.append(Table(boxes[hit][4]))
    return out


def _table_rows(table, lines: list[Line], height: float) -> list[list[str]]:
    rows: list[list[str]] = []
    for row in table.rows:
        cells = []
        for box in row.cells:
            if box is None:  # covered by a merged cell
                cells.append("")
                continue
            x0, top, x1, bottom = box
            inside = [
                line
                for line in lines
                if x0 <= (line.x0 + line.x1) / 2 <= x1
                and height - bottom <= (line.top + line.bottom) / 2 <= height - top
            ]
            cells.append(tables.clean_cell(_cell_paragraphs(inside, x0, x1)))
        rows.append(cells)
    return [row for row in rows if any(row)]


def _cell_paragraphs(lines: list[Line], x0: float, x1: float) -> list[str]:
    """A cell's lines as its paragraphs: wrapped lines joined with a space."""
    if not lines:
        return []
    pad = max(min(line.x0 for line in lines) - x0, 0.0)
    right = x1 - pad
    paragraphs = [lines[0].text]
    for prev, line in zip(lines, lines[1:], strict=False):
        if _wrapped(prev, line, right):
            paragraphs[-1] += " " + line.text
        else:
            paragraphs.append(line.text)
    return paragraphs


def _continue_table(table: Table, more: Table) -> bool:
    """Add ``more`` to ``table`` when it is the same table going on after a page break
    (nothing but the break between them, as wide): the header printed again is dropped,
    and a first row with an empty number cell and another empty cell is the rest of the
    row the break cut (a row with every other cell filled is a row whose number a scan
    did not read)."""
    header = table.rows[0]
    rows = more.rows
    if len(rows[0]) != len(header):
        return False
    if _repeats_header(rows[0], header):
        rows = rows[1:]
    if rows and not rows[0][0] and not all(rows[0][1:]) and len(table.rows) > 1:
        last = table.rows[-1]
        table.rows[-1] = [
            " ".join(p for p in (a, b) if p) for a, b in zip(last, rows[0], strict=True)
        ]
        rows = rows[1:]
    table.rows.extend(rows)
    return True


def _repeats_header(row: list[str], header: list[str]) -> bool:
    """The header printed again: every cell it has equal to the header's (a scan may miss
    a short one, ``TT``), at least two of them."""
    filled = [(a, b) for a, b in zip(row, header, strict=True) if a]
    return len(filled) >= 2 and all(a.casefold() == b.casefold() for a, b in filled)


def _wrapped(prev: Line, line: Line, right: float) -> bool:
    """Whether ``line`` continues ``prev``: its first word would not have fitted on
    ``prev`` before ``right`` (two characters of slack), or it starts in lower case."""
    if LIST_MARKER.match(line.text):
        return False
    first = line.text.split(" ", 1)[0]
    if first[:1].islower() and not ends_sentence(prev.text):
        return True
    width = (len(first) + 3) * line.char_width
    return prev.x1 + width > right


def _drop_running_lines(
    pages: list[list[Line | Table | Paragraph]],
) -> list[list[Line | Table | Paragraph]]:
    """Pages without their running headers and footers and page numbers: a line at the
    top or bottom of a page that is a page number, or whose text (digits aside) stands
    at the top or bottom of at least half the pages (and two)."""
    edges: Counter[str] = Counter()
    for lines in pages:
        seen = {_key(line) for line in _edge_lines(lines)}
        edges.update(seen)
    need = max(2, (len(pages) + 1) // 2)
    running = {key for key, n in edges.items() if n >= need}
    out = []
    for lines in pages:
        edge = {id(line) for line in _edge_lines(lines)}
        kept = [
            line
            for line in lines
            if not (
                id(line) in edge
                and (_PAGE_NUMBER.match(line.text.strip()) or _key(line) in running)
            )
        ]
        # pages alike line for line have no running header, only their text
        out.append(kept if kept or not lines else lines)
    return out


def _edge_lines(lines: list[Line | Table | Paragraph]) -> list[Line | Paragraph]:
    text_lines = [line for line in lines if isinstance(line, Line)]
    if not text_lines:
        # a scanned page: its first and last short paragraphs as OCR read them, when it
        # has more (a page of a few paragraphs alike on every page is text, not a header)
        read = [p for p in lines if isinstance(p, Paragraph)]
        edges = read[:2] + [p for p in read[-2:] if p not in read[:2]]
        return [p for p in edges if len(p.text) <= _MAX_RUNNING_CHARS]
    top = sorted(text_lines, key=lambda line: -line.top)[:2]
    bottom = sorted(text_lines, key=lambda line: line.bottom)[:2]
    return top + [line for line in bottom if line not in top]


def _key(line: Line | Paragraph) -> str:
    return _DIGITS.sub("#", line.text.strip().casefold())


def _right_edge(lines: list[Line]) -> float:
    """Where the body's (or a column's) full lines end: the rightmost line end that many
    lines share (a third as many as the commonest end, two at least)."""
    ends = Counter(round(line.x1 / 4) * 4 for line in lines)
    common = max(2, ends.most_common(1)[0][1] // 3)
    return max((x for x, n in ends.items() if n >= common), default=max(ends))


def _column_edges(pages: list[list[Line | Table | Paragraph]]) -> dict[int, tuple[float, float]]:
    """(left, right) edges of the column each line stands in, for pages set in two columns
    (a newsletter page: every line ends left of the page's middle or starts right of it):
    a line wraps at its column's right edge, not the page's."""
    out: dict[int, tuple[float, float]] = {}
    for lines in pages:
        text_lines = [line for line in lines if isinstance(line, Line)]
        if len(text_lines) < _MIN_COLUMN_LINES * 2:
            continue
        middle = (min(line.x0 for line in text_lines) + max(line.x1 for line in text_lines)) / 2
        columns = (
            [line for line in text_lines if line.x1 <= middle],
            [line for line in text_lines if line.x0 >= middle],
        )
        inside = sum(len(column) for column in columns)
        if min(len(c) for c in columns) < _MIN_COLUMN_LINES or inside < 0.7 * len(text_lines):
            continue
        for column in columns:
            edge = _right_edge(column)
            start = min(line.x0 for line in column)
            for line in column:
                out[id(line)] = (start, edge)
    return out


def _paragraphs(pages: list[list[Line | Table | Paragraph]]) -> str:
    """Paragraphs separated by blank lines; a paragraph goes on across a page break."""
    flow: list[Line | Table | Paragraph] = [item for lines in pages for item in lines]
    text_lines = [line for line in flow if isinstance(line, Line)]
    columns = _column_edges(pages)
    if not text_lines:
        # a scan: OCR's paragraphs and tables, a table going on across a page break joined
        scanned: list[str | Table] = []
        for item in flow:
            last = scanned[-1] if scanned else None
            if isinstance(item, Table):
                if not (isinstance(last, Table) and _continue_table(last, item)):
                    scanned.append(item)
            else:
                scanned.append(item.text)
        return "\n\n".join(tables.pipe_rows(b.rows) if isinstance(b, Table) else b for b in scanned)
    right = _right_edge(text_lines)
    left = min(line.x0 for line in text_lines)
    blocks: list[str | Table] = []
    prev: Line | None = None
    for item in flow:
        if isinstance(item, Paragraph):
            blocks.append(item.text)
            prev = None
            continue
        if isinstance(item, Table):
            last = blocks[-1] if blocks else None
            if not (isinstance(last, Table) and _continue_table(last, item)):
                blocks.append(item)
            prev = None
            continue
        col_left, col_right = columns.get(id(item), (left, right))
        if prev is not None and _continues(prev, item, col_right, col_left):
            blocks[-1] += " " + item.text
        else:
            blocks.append(item.text)
        prev = item
    return "\n\n".join(
        tables.pipe_rows(block.rows) if isinstance(block, Table) else block for block in blocks
    )


def _continues(prev: Line, line: Line, right: float, left: float) -> bool:
    same_page = prev.top > line.top
    if same_page and prev.bottom - line.top > 1.2 * max(prev.height, line.height):
        return False  # a paragraph's spacing
    if LIST_MARKER.match(line.text) or capitals(prev.text) != capitals(line.text):
        return False  # a list item; a heading in capitals and what follows it
    first = line.text.split(" ", 1)[0]
    if first[:1].islower() and not ends_sentence(prev.text):
        return True
    if line.x0 > left + 3 * line.char_width and prev.x0 <= left + 3 * prev.char_width:
        return False  # the indented first line of the next paragraph
    if prev.x0 > left + 3 * prev.char_width and line.x0 > left + 3 * line.char_width:
        # centred or indented lines (a title, a signature): go on only mid-sentence
        return prev.x1 + (len(first) + 3) * line.char_width > right and not ends_sentence(prev.text)
    return _wrapped(prev, line, right)
