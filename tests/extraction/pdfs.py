"""Small fiction PDFs for the tests, written with fpdf2 (text, ruled tables, running
headers and page numbers), Pillow (a scan: text drawn on an image) and pikepdf
(encryption)."""

from __future__ import annotations

import io
from pathlib import Path

from fpdf import FPDF

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


class _Pdf(FPDF):
    running_header: str | None = None
    page_numbers: bool = False

    def header(self) -> None:
        if self.running_header:
            self.set_font("dejavu", size=9)
            self.cell(0, 6, self.running_header, align="C")
            self.ln(10)

    def footer(self) -> None:
        if self.page_numbers:
            self.set_y(-15)
            self.set_font("dejavu", size=9)
            self.cell(0, 6, f"Trang {self.page_no()}", align="C")


def text_pdf(
    blocks: list,
    *,
    running_header: str | None = None,
    page_numbers: bool = False,
) -> bytes:
    """A PDF of ``blocks``: a string is a paragraph (wrapped by fpdf2 to the page
    width), ``("page",)`` a page break, ``("table", rows)`` a table with ruling lines
    (``("table", rows, True)``: its header row repeated on each page)."""
    pdf = _Pdf(format="A4")
    pdf.running_header = running_header
    pdf.page_numbers = page_numbers
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.add_font("dejavu", style="B", fname=str(FONT))  # table headings are bold
    pdf.set_font("dejavu", size=12)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for block in blocks:
        if isinstance(block, str):
            pdf.multi_cell(0, 7, block, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif block[0] == "page":
            pdf.add_page()
        elif block[0] == "table":
            pdf.set_font("dejavu", size=10)
            # ("table", rows, True): the first row is printed again on every page
            headings = len(block) > 2 and block[2]
            with pdf.table(first_row_as_headings=headings, repeat_headings=1) as table:
                for row in block[1]:
                    cells = table.row()
                    for value in row:
                        cells.cell(value)
            pdf.set_font("dejavu", size=12)
            pdf.ln(3)
    return bytes(pdf.output())


def scan_pdf(pages: list[list[str]], *, dpi: int = 150) -> bytes:
    """A scanned PDF: each page's lines drawn in black on a white A4 image, the images
    placed as whole pages, no text layer."""
    from PIL import Image, ImageDraw, ImageFont

    width, height = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype(str(FONT), size=int(dpi * 0.16))
    pdf = FPDF(format="A4")
    for lines in pages:
        image = Image.new("L", (width, height), 255)
        draw = ImageDraw.Draw(image)
        y = int(dpi * 0.8)
        for line in lines:
            draw.text((int(dpi * 0.8), y), line, font=font, fill=0)
            y += int(dpi * 0.3)
        out = io.BytesIO()
        image.save(out, format="PNG")
        pdf.add_page()
        pdf.image(io.BytesIO(out.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    return bytes(pdf.output())


def columns_pdf(left: list[str], right: list[str], *, line_height: float = 4.6) -> bytes:
    """One A4 page set in two columns (a newsletter page), justified, its lines set close
    together (the accents of one line reach into the next line's box)."""
    pdf = _Pdf(format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=11)
    pdf.add_page()
    width = (pdf.w - 2 * pdf.l_margin - 8) / 2
    for x, paragraphs in ((pdf.l_margin, left), (pdf.l_margin + width + 8, right)):
        pdf.set_xy(x, 20)
        for paragraph in paragraphs:
            pdf.set_x(x)
            pdf.multi_cell(width, line_height, paragraph, align="J")
            pdf.ln(2)
    return bytes(pdf.output())


def as_scan(data: bytes, *, dpi: int = 200) -> bytes:
    """A PDF printed and scanned: each page of ``data`` rendered to a grey image (its
    ruled tables drawn as pixels), the images placed as whole pages, no text layer."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    pdf = FPDF(format="A4")
    try:
        for index in range(len(document)):
            image = document[index].render(scale=dpi / 72, grayscale=True).to_pil()
            out = io.BytesIO()
            image.save(out, format="PNG")
            pdf.add_page()
            pdf.image(io.BytesIO(out.getvalue()), x=0, y=0, w=pdf.w, h=pdf.h)
    finally:
        document.close()
    return bytes(pdf.output())


def encrypted(data: bytes, password: str = "mat-khau") -> bytes:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(user=password, owner=password))
    return out.getvalue()


def lines_pdf(lines: list[str], *, reverse: bool = False) -> bytes:
    """One page with ``lines`` placed top to bottom, written into the file in reverse
    order when ``reverse`` (as some generators write their text)."""
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=12)
    pdf.add_page()
    placed = [(20 + 7 * i, line) for i, line in enumerate(lines)]
    for y, line in reversed(placed) if reverse else placed:
        pdf.text(20, y, line)
    return bytes(pdf.output())


def marker_pdf(items: list[tuple[str, str]]) -> bytes:
    """List items as Word writes them: the marker, a tab's gap, then the text."""
    pdf = FPDF(format="A4")
    pdf.add_font("dejavu", fname=str(FONT))
    pdf.set_font("dejavu", size=12)
    pdf.add_page()
    for i, (marker, text) in enumerate(items):
        pdf.text(25, 30 + 8 * i, marker)
        pdf.text(45, 30 + 8 * i, text)
    return bytes(pdf.output())
