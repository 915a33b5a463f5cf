"""Formats: the bytes of an uploaded file (plain text, a saved web page, a Word .docx) to
the plain text the pipeline reads.

``document_text`` recognises the type by its first bytes (magic numbers), not only by the
file name, and refuses, with a Vietnamese message, what it cannot read (PDF, old Word
.doc, spreadsheets, images, archives, programs). Plain text goes through
``intake.decode``; the text got out of a web page or a Word file goes through it too
(re-encoded as UTF-8), so every format gets the same tidying and the same checks.

- **HTML**: the main article is taken out with trafilatura (menus, sidebars, footers and
  scripts dropped; figure captions kept as paragraphs). The page's title and publication
  date, when it carries them, come first, so ``segment`` finds them as in a saved .txt.
  Lists keep their markers (``1.``, ``-``).
- **DOCX**: paragraphs and tables in document order, read with python-docx. Word's
  automatic numbering is not text in the file: it is rendered here from the numbering
  definitions (``numPr``/``ilvl`` of the paragraph or its style, the level's format and
  pattern), so "1.", "a)", "-" markers survive and task lists keep their shape.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from reports.extraction import page_parts, tables
from reports.extraction.intake import DEFAULT_MAX_BYTES, IntakeError, decode
from reports.extraction.unwrap import unwrap

TEXT = "text"
HTML = "html"
DOCX = "docx"
PDF = "pdf"

# PDFs carry fonts and pictures: their own limit, larger than the text's (which applies
# to the text got out of them)
DEFAULT_MAX_PDF_BYTES = 20 * 1024 * 1024

_ASK = "Hãy lưu văn bản thành tệp .txt (UTF-8), .docx, .pdf hoặc trang web .html rồi nạp lại."

# (magic bytes, what it is) for types that are refused whatever the file is called.
_REFUSED_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "tệp Word/Excel đời cũ (.doc, .xls)"),
    (b"{\\rtf", "tệp RTF"),
    (b"\x89PNG", "tệp ảnh PNG"),
    (b"\xff\xd8\xff", "tệp ảnh JPEG"),
    (b"GIF8", "tệp ảnh GIF"),
    (b"II*\x00", "tệp ảnh TIFF"),
    (b"MM\x00*", "tệp ảnh TIFF"),
    (b"\x1f\x8b", "tệp nén gzip"),
    (b"Rar!\x1a\x07", "tệp nén RAR"),
    (b"7z\xbc\xaf\x27\x1c", "tệp nén 7z"),
    (b"\xfd7zXZ\x00", "tệp nén xz"),
    (b"\x7fELF", "tệp chương trình"),
    (b"MZ\x90\x00", "tệp chương trình (.exe)"),
)
# Extensions refused even when the bytes would decode (a renamed PDF is still a PDF).
_REFUSED_EXTENSIONS = {
    "doc": "tệp Word đời cũ (.doc)",
    "xls": "tệp Excel",
    "xlsx": "tệp Excel",
    "ppt": "tệp PowerPoint",
    "pptx": "tệp PowerPoint",
    "odt": "tệp OpenDocument (.odt)",
    "rtf": "tệp RTF",
    "jpg": "tệp ảnh",
    "jpeg": "tệp ảnh",
    "png": "tệp ảnh",
    "gif": "tệp ảnh",
    "webp": "tệp ảnh",
    "tif": "tệp ảnh",
    "tiff": "tệp ảnh",
    "bmp": "tệp ảnh",
    "zip": "tệp nén",
    "rar": "tệp nén",
    "7z": "tệp nén",
    "gz": "tệp nén",
    "tar": "tệp nén",
    "exe": "tệp chương trình",
}
# What a .docx may unpack to, all parts together (text, styles, pictures).
_MAX_UNZIPPED_BYTES = 64 * 1024 * 1024
_HTML_EXTENSIONS = {"html", "htm", "xhtml", "mhtml"}
_HTML_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p|section|main)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class DocumentText:
    """Text ready for ``extract_text``; ``encoding`` says how it was read
    (``utf-8``, ``cp1258``, ``html, utf-8``, ``docx``, ``pdf``, ``pdf, ocr`` ...),
    ``format`` is text/html/docx/pdf; ``ocr_confidence`` is Tesseract's mean word
    confidence (0–100) for a scan read by OCR, else None; ``pages`` a PDF's pages."""

    text: str
    encoding: str
    format: str
    ocr_confidence: float | None = None
    pages: int | None = None


def _extension(filename: str) -> str:
    name = filename.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def _refuse(what: str) -> IntakeError:
    return IntakeError(f"Không nhận loại tệp này: đây là {what}. {_ASK}")


def detect_format(data: bytes, filename: str = "") -> str:
    """``text``, ``html``, ``docx`` or ``pdf``, from the first bytes (and the name for
    HTML); raises ``IntakeError`` for a type that is refused.

    >>> detect_format(b"<!DOCTYPE html><html><body><p>Tin</p></body></html>", "a.txt")
    'html'
    >>> detect_format("Hội nghị".encode(), "bai.txt")
    'text'
    """
    if _is_pdf(data):
        return PDF
    for magic, what in _REFUSED_MAGIC:
        if data.startswith(magic):
            raise _refuse(what)
    if data[8:12] == b"WEBP" and data.startswith(b"RIFF"):
        raise _refuse("tệp ảnh WEBP")
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip_kind(data)
    ext = _extension(filename)
    if ext == "docx":
        raise IntakeError(f"Tệp có đuôi .docx nhưng không phải tệp Word (.docx) hợp lệ. {_ASK}")
    if ext == "pdf":
        raise IntakeError(f"Tệp có đuôi .pdf nhưng không phải tệp PDF hợp lệ. {_ASK}")
    if ext in _REFUSED_EXTENSIONS:
        raise _refuse(_REFUSED_EXTENSIONS[ext])
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = _utf16_head(head)
    if _HTML_START.match(head):
        return HTML
    if ext in _HTML_EXTENSIONS and head.lstrip().startswith(b"<"):
        return HTML
    return TEXT


def _is_pdf(data: bytes) -> bool:
    """A PDF: ``%PDF-`` at the start, or within the first kilobyte after junk some
    writers put before it (readers accept that too)."""
    return data.startswith(b"%PDF") or b"%PDF-" in data[:1024]


def _utf16_head(head: bytes) -> bytes:
    codec = "utf-16-le" if head.startswith(b"\xff\xfe") else "utf-16-be"
    return head[2:].decode(codec, errors="ignore").encode("utf-8", errors="ignore")


def _zip_kind(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            names = {info.filename for info in infos}
            # a small file that unpacks to gigabytes must not be opened
            archive_size = sum(info.file_size for info in infos)
    except zipfile.BadZipFile as exc:
        raise _refuse("tệp nén bị hỏng") from exc
    if "word/document.xml" in names:
        if archive_size > _MAX_UNZIPPED_BYTES:
            raise IntakeError(
                "Tệp Word (.docx) khi giải nén quá lớn "
                f"({archive_size:,} byte, giới hạn {_MAX_UNZIPPED_BYTES:,} byte)."
            )
        return DOCX
    if any(n.startswith("xl/") for n in names):
        raise _refuse("tệp Excel (.xlsx)")
    if any(n.startswith("ppt/") for n in names):
        raise _refuse("tệp PowerPoint (.pptx)")
    if "content.xml" in names:
        raise _refuse("tệp OpenDocument (.odt)")
    raise _refuse("tệp nén (.zip)")


def document_text(
    data: bytes,
    filename: str = "",
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_pdf_bytes: int = DEFAULT_MAX_PDF_BYTES,
    max_ocr_pages: int | None = None,
) -> DocumentText:
    """The plain text of an uploaded file of any accepted type; ``IntakeError`` otherwise.
    ``max_bytes`` limits a file and the text got out of it, ``max_pdf_bytes`` a PDF file;
    a scan of more than ``max_ocr_pages`` pages is refused (None: no limit).

    >>> document_text("Hội nghị giao ban".encode("utf-16"), "a.txt").text
    'Hội nghị giao ban'
    >>> document_text(b"%PDF-1.7 ...", "bao-cao.txt").format  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    reports.extraction.intake.IntakeError: Tệp PDF bị hỏng, không đọc được. ...
    """
    data = bytes(data)
    if not data:
        raise IntakeError("Tệp rỗng: không có nội dung để đọc.")
    limit = max_pdf_bytes if _is_pdf(data) else max_bytes
    if len(data) > limit:
        raise IntakeError(
            f"Tệp quá lớn: {len(data):,} byte, giới hạn là {limit:,} byte. "
            "Hãy tách văn bản thành nhiều tệp nhỏ hơn."
        )
    kind = detect_format(data, filename)
    confidence = pages = None
    if kind == TEXT:
        decoded = decode(data, max_bytes=max_bytes)
        return DocumentText(unwrap(decoded.text), decoded.encoding, TEXT)
    if kind == HTML:
        text, charset = html_text(data)
        encoding = f"html, {charset}"
    elif kind == PDF:
        text, confidence, pages = _pdf(data, max_ocr_pages)
        encoding = "pdf" if confidence is None else "pdf, ocr"
    else:
        text, encoding = docx_text(data), "docx"
    if not text.strip():
        raise IntakeError("Không tìm thấy nội dung văn bản trong tệp.")
    # the same tidying, size limit and checks (legacy fonts, foreign scripts) as a .txt
    try:
        decoded = decode(text.encode("utf-8"), max_bytes=max_bytes)
    except IntakeError as exc:
        if "quá lớn" not in str(exc):
            raise
        raise IntakeError(
            f"Văn bản lấy ra từ tệp quá lớn: {len(text.encode()):,} byte, giới hạn là "
            f"{max_bytes:,} byte. Hãy tách văn bản thành nhiều tệp nhỏ hơn."
        ) from exc
    return DocumentText(decoded.text, encoding, kind, confidence, pages)


# --- PDF -------------------------------------------------------------------------------


def _pdf(data: bytes, max_ocr_pages: int | None) -> tuple[str, float | None, int]:
    """(text, OCR confidence or None, pages) of a PDF: its text layer, and the pages
    without one (a scan, or a scanned page inside a text PDF) read by OCR in their place.
    Without Tesseract a mostly-text PDF is read without its scanned pages; a scan is
    refused saying what to install."""
    from reports.extraction import ocr, pdf

    got = pdf.pdf_text(data)
    if not got.scanned_pages:
        return got.text, None, got.pages
    if max_ocr_pages is not None and got.scanned_pages > max_ocr_pages:
        raise IntakeError(
            f"Tệp PDF là bản quét {got.scanned_pages} trang: nạp qua trang này chỉ nhận bản "
            f"quét đến {max_ocr_pages} trang (nhận dạng chữ mất vài giây mỗi trang). Hãy tách "
            "tệp, hoặc nhờ quản trị viên nạp bằng lệnh `python manage.py import_seeds "
            "<thư mục>` (không giới hạn số trang)."
        )
    ocr_missing = ocr.available()
    if ocr_missing and got.text.strip() and got.scanned_pages * 2 <= got.pages:
        return got.text, None, got.pages
    reader = ocr.PageReader()  # IntakeError naming what to install when OCR cannot run
    read = pdf.pdf_text(data, read_scan=reader)
    return read.text, reader.confidence, got.pages


# --- HTML ------------------------------------------------------------------------------

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg")


def _html_decode(data: bytes) -> tuple[str, str]:
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return data[len(bom) :].decode(codec, errors="replace"), codec
    declared = _CHARSET.search(data[:8192])
    candidates = []
    if declared:
        candidates.append(declared.group(1).decode("ascii").lower())
    candidates += ["utf-8", "cp1258"]
    for codec in candidates:
        try:
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            continue
    raise IntakeError(
        "Không nhận ra mã hóa của trang web: không phải UTF-8 hay Windows-1258. "
        "Hãy lưu lại trang với mã hóa UTF-8."
    )


def html_text(data: bytes) -> tuple[str, str]:
    """(main text, charset) of a saved web page: title first, then the date the page
    carries (when the article text does not already start with it), then the article."""
    import lxml.etree
    import lxml.html
    import trafilatura

    markup, charset = _html_decode(data)
    try:
        # huge_tree: libxml2 otherwise stops at 255 levels of nesting and drops the rest
        parser = lxml.html.HTMLParser(huge_tree=True)
        tree = lxml.html.document_fromstring(markup, parser=parser)
        if _depth(tree) > _TOO_DEEP:
            # even huge_tree stops at 2048 levels: drop deep wrappers from the markup
            # itself (Python's parser has no depth limit) and parse again
            tree = lxml.html.document_fromstring(_shallow_markup(markup), parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise IntakeError("Trang web không đọc được (HTML hỏng hoặc rỗng).") from exc
    _flatten_deep(tree)
    for el in list(tree.iter(*_DROPPED_TAGS)):
        el.drop_tree()
    stamp, lead = page_parts.headline_stamp(tree), page_parts.sapo(tree)
    # trafilatura drops <figure> whole: keep the captions, which name the people
    for el in tree.iter("figure", "figcaption"):
        el.tag = "p" if el.tag == "figcaption" else "div"
    xml = trafilatura.extract(
        tree,
        output_format="xml",
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        favor_recall=True,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if xml:
        doc = lxml.etree.fromstring(xml.encode("utf-8"))
        main = doc.find("main")
        lines = _xml_lines(main) if main is not None else []
        title = (doc.get("title") or "").strip()
        date = _iso_date(doc.get("date"))
    else:
        # a fragment too short for trafilatura: every block of the body, in order
        lines = _fallback_lines(tree)
        title = (tree.findtext(".//title") or "").strip()
        date = None
    # the date under the headline is the article's; the metadata date may be the site's
    out = _with_head(lines, title, stamp or date)
    if lead and not _holds(lines, lead):
        # a lead printed apart from the body, which the extractor left out: after the
        # title and its date
        at = next((i + 1 for i, line in enumerate(out[:4]) if title and title in line), 0)
        while at < len(out) and (_STAMP_LINE.match(out[at]) or out[at].startswith("Ngày đăng:")):
            at += 1
        out.insert(at, lead)
    return "\n\n".join(out), charset


def _holds(lines: list[str], text: str) -> bool:
    """Whether the extracted lines already carry ``text`` (spacing aside)."""
    probe = " ".join(text.split())[:60]
    return any(probe in " ".join(line.split()) for line in lines)


# Nesting deeper than this is not an article's structure: wrappers below it are dropped
# (their text and children kept), so the extractor's walks stay shallow.
_MAX_DEPTH = 100
_TOO_DEEP = 200
_WRAPPERS = frozenset(
    [
        "div",
        "span",
        "section",
        "article",
        "main",
        "font",
        "center",
        "b",
        "i",
        "u",
        "em",
        "strong",
        "small",
        "big",
        "a",
        "label",
    ]
)


def _flatten_deep(tree) -> None:
    """Drop the wrapper elements nested below ``_MAX_DEPTH`` levels (a page generated
    with thousands of nested ``<div>``); refuse the page, saying so, when it is still
    nested deeper than ``_TOO_DEEP`` (nested lists or tables of that depth)."""
    import lxml.etree

    deep = []
    depth = 0
    for event, el in lxml.etree.iterwalk(tree, events=("start", "end")):
        if event == "end":
            depth -= 1
            continue
        depth += 1
        if depth > _MAX_DEPTH and isinstance(el.tag, str) and el.tag in _WRAPPERS:
            deep.append(el)
    for el in reversed(deep):
        el.drop_tag()
    if _depth(tree) > _TOO_DEEP:
        raise IntakeError(
            f"Trang web lồng quá sâu (hơn {_TOO_DEEP} cấp thẻ HTML) nên không đọc được nội "
            "dung. Hãy mở trang, chép phần nội dung bài viết rồi dán vào ô văn bản."
        )


def _shallow_markup(markup: str) -> str:
    """``markup`` without the start and end tags of wrappers nested below
    ``_MAX_DEPTH`` levels, read with Python's own HTML parser (no depth limit)."""
    import html
    from html.parser import HTMLParser

    out: list[str] = []
    stack: list[tuple[str, bool]] = []  # (tag, written)

    class Filter(HTMLParser):
        def handle_starttag(self, tag, attrs):
            keep = len(stack) < _MAX_DEPTH or tag not in _WRAPPERS
            if tag not in _VOID:
                stack.append((tag, keep))
            if keep:
                out.append(f"<{tag}{_attributes(attrs)}>")

        def handle_startendtag(self, tag, attrs):
            out.append(f"<{tag}{_attributes(attrs)}>")

        def handle_endtag(self, tag):
            for i in range(len(stack) - 1, -1, -1):
                if stack[i][0] == tag:
                    written = stack[i][1]
                    del stack[i:]
                    if written:
                        out.append(f"</{tag}>")
                    return

        def handle_data(self, data):
            out.append(html.escape(data, quote=False))

    def _attributes(attrs) -> str:
        return "".join(f' {k}="{html.escape(v or "")}"' for k, v in attrs)

    parser = Filter(convert_charrefs=True)
    parser.feed(markup)
    parser.close()
    return "".join(out)


_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)


def _depth(tree) -> int:
    import lxml.etree

    depth = deepest = 0
    for event, _el in lxml.etree.iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


# a line that is only a date (and maybe a time): "15/10/2026 08:30", "Cập nhật: 15/10/2026"
_STAMP_LINE = re.compile(
    r"^[^\d\n]{0,30}\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s{0,3}[-|,]?\s{0,3}\d{1,2}[:h]\d{2}"
    r"(?::\d{2})?)?\s{0,3}(?:\(?GMT[+-]\d{1,2}\)?)?\s*$"
)


def _with_head(lines: list[str], title: str, date: dt.date | None) -> list[str]:
    """The article's lines with the page's title first and its date after the title,
    each only when the article text does not already carry it."""
    out = list(lines)
    at = next((i for i, line in enumerate(out[:3]) if title and title in line), None)
    if title and at is None:
        out.insert(0, title)
        at = 0
    if date is not None:
        written = {
            f"{d}/{m}/{date.year}"
            for d in (str(date.day), f"{date.day:02d}")
            for m in (str(date.month), f"{date.month:02d}")
        }
        top = " ".join(out[:5])
        # the article's own stamp under its title outranks the page's metadata date, which
        # may be a portal's "today" header (htmldate takes the first plausible date)
        stamped = any(_STAMP_LINE.match(line) for line in out[:5])
        if not stamped and not any(w in top for w in written):
            line = f"Ngày đăng: {date.day:02d}/{date.month:02d}/{date.year}"
            out.insert(0 if at is None else at + 1, line)
    return out


def _clean(text: str) -> str:
    return " ".join(text.split())


def _xml_lines(main) -> list[str]:
    lines: list[str] = []
    for el in main:
        _xml_block(el, lines, depth=0)
    return [line for line in lines if line]


def _xml_block(el, lines: list[str], depth: int) -> None:
    tag = el.tag
    if tag == "list":
        ordered = el.get("rend") == "ol"
        n = 0
        for item in el:
            if item.tag != "item":
                continue
            n += 1
            nested = [c for c in item if c.tag == "list"]
            own = _clean(
                (item.text or "")
                + "".join(
                    "".join(c.itertext()) + (c.tail or "") if c.tag != "list" else (c.tail or "")
                    for c in item
                )
            )
            marker = _marker(n, depth, ordered)
            if own:
                lines.append(f"{marker} {own}")
            for sub in nested:
                _xml_block(sub, lines, depth + 1)
    elif tag == "table":
        rows = [[_xml_cell_paragraphs(c) for c in row if c.tag == "cell"] for row in el.iter("row")]
        first = next((row for row in el.iter("row")), None)
        head = first is not None and any(c.get("role") == "head" for c in first)

        def layout() -> None:
            # a page laid out in a table: its cells' blocks, lists keeping their markers
            for row in el.iter("row"):
                for cell in (c for c in row if c.tag == "cell"):
                    _xml_cell_blocks(cell, lines, depth)

        _table_lines(rows, lines, head_marked=head, layout=layout)
    else:
        # <lb/> inside a paragraph is a line break the author typed
        parts = [el.text or ""]
        for child in el:
            if child.tag == "lb":
                parts.append("\n")
            else:
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        for piece in "".join(parts).split("\n"):
            lines.append(_clean(piece))


# what starts a new paragraph inside a table cell of trafilatura's XML
_XML_CELL_BREAKS = {"p", "head", "item", "list", "quote", "lb", "row", "table"}


def _xml_cell_paragraphs(cell) -> list[str]:
    parts: list[str] = []

    def walk(el) -> None:
        parts.append(el.text or "")
        for child in el:
            if child.tag in _XML_CELL_BREAKS:
                parts.append("\n")
            walk(child)
            if child.tag in _XML_CELL_BREAKS:
                parts.append("\n")
            parts.append(child.tail or "")

    walk(cell)
    return [p for p in "".join(parts).split("\n") if p.strip()]


def _xml_cell_blocks(cell, lines: list[str], depth: int) -> None:
    """A layout table cell's content as blocks: loose text as paragraphs, elements
    (paragraphs, lists, nested tables) as ``_xml_block`` writes them."""
    if (cell.text or "").strip():
        lines.append(_clean(cell.text))
    for child in cell:
        if child.tag == "lb":
            pass
        elif child.tag in ("hi", "ref", "span"):
            lines.append(_clean("".join(child.itertext())))
        else:
            _xml_block(child, lines, depth)
        if (child.tail or "").strip():
            lines.append(_clean(child.tail))


def _table_lines(
    rows: list[list[list[str]]],
    lines: list[str],
    *,
    head_marked: bool = False,
    bordered: bool = False,
    layout: Callable[[], None] | None = None,
) -> None:
    """A table (rows of cells of paragraphs) into ``lines``: one block of pipe rows for
    a data table; for a layout table (see ``tables``) ``layout()`` writes it, or else
    its paragraphs are written."""
    cells = [[tables.clean_cell(cell) for cell in row] for row in rows]
    cells = [row for row in cells if any(row)]
    if not cells:
        return
    if tables.is_layout(cells, bordered=bordered, head_marked=head_marked):
        if layout is not None:
            layout()
        else:
            lines.extend(tables.layout_paragraphs(rows))
    else:
        lines.append(tables.pipe_rows(cells))


def _marker(n: int, depth: int, ordered: bool) -> str:
    if not ordered:
        return "-" if depth == 0 else "+"
    if depth == 1:
        return f"{_letters(n)})"
    if depth >= 2:
        return f"{_roman(n).lower()})"
    return f"{n}."


_BLOCK_TAGS = {
    "p",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "section",
    "article",
    "br",
    "dd",
    "dt",
    "pre",
}
_FURNITURE = ("nav", "header", "footer", "aside", "form", "button", "select", "menu")


def _fallback_lines(tree) -> list[str]:
    for el in list(tree.iter(*_FURNITURE)):
        el.drop_tree()
    body = tree.find("body")
    root = body if body is not None else tree
    chunks: list[str] = []
    blocks: dict[str, str] = {}

    def walk(el) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in ("head", "title"):
            return
        if tag == "table":
            # a table is one block of pipe rows (or its paragraphs): held aside, so the
            # line splitting below does not cut it into lines of its own
            table: list[str] = []
            rows, head = _html_table_rows(el)
            _table_lines(rows, table, head_marked=head)
            key = f"\x00{len(blocks)}\x00"
            blocks[key] = "\n\n".join(table)
            chunks.append(f"\n{key}\n")
            return
        block = tag in _BLOCK_TAGS
        if block:
            chunks.append("\n")
        if tag == "li":
            chunks.append("- ")
        chunks.append(el.text or "")
        for child in el:
            walk(child)
            chunks.append(child.tail or "")
        if block:
            chunks.append("\n")

    walk(root)
    lines = [_clean(line) for line in "".join(chunks).split("\n")]
    return [blocks.get(line, line) for line in lines if line and blocks.get(line, line)]


def _html_table_rows(table) -> tuple[list[list[list[str]]], bool]:
    """Rows of cells of paragraphs of an HTML ``<table>`` (not of tables nested in it),
    a ``colspan`` cell followed by the empty cells it covers; and whether the first row
    is ``<th>`` cells."""
    rows: list[list[list[str]]] = []
    head = False
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table"), None) is not table:
            continue
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if not rows:
            head = bool(cells) and all(c.tag == "th" for c in cells)
        row: list[list[str]] = []
        for cell in cells:
            text = "".join(_html_cell_text(cell))
            row.append([p for p in text.split("\n") if p.strip()])
            try:
                span = int(cell.get("colspan") or 1)
            except ValueError:
                span = 1
            row.extend([] for _ in range(min(span, 50) - 1))
        rows.append(row)
    return rows, head


def _html_cell_text(el) -> list[str]:
    out = [el.text or ""]
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        block = tag in _BLOCK_TAGS or tag in ("ul", "ol", "table")
        out.append("\n" if block else "")
        out.extend(_html_cell_text(child))
        out.append("\n" if block else "")
        out.append(child.tail or "")
    return out


# --- DOCX ------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def docx_text(data: bytes) -> str:
    """Paragraphs and table rows of a .docx in order, one per line, with Word's automatic
    list numbering written out as markers."""
    import docx
    import lxml.etree
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (
        PackageNotFoundError,
        KeyError,
        ValueError,
        zipfile.BadZipFile,
        lxml.etree.XMLSyntaxError,
    ) as exc:
        raise IntakeError(f"Tệp Word (.docx) bị hỏng, không đọc được. {_ASK}") from exc
    numbering = _Numbering(document)
    lines: list[str] = []
    _docx_blocks(document.element.body, numbering, lines)
    return "\n\n".join(line for line in lines if line.strip())


def _docx_blocks(parent, numbering: _Numbering, lines: list[str]) -> None:
    for child in parent.iterchildren():
        if child.tag == _w("p"):
            lines.append(_paragraph_line(child, numbering))
        elif child.tag == _w("tbl"):
            _docx_table(child, numbering, lines)
        elif child.tag in (_w("sdt"), _w("sdtContent"), _w("customXml")):
            # content controls and custom XML wrap ordinary paragraphs
            _docx_blocks(child, numbering, lines)


def _docx_table(tbl, numbering: _Numbering, lines: list[str]) -> None:
    """A Word table: pipe rows for data, its paragraphs for a letterhead or signature
    laid out as a borderless table. A merged cell is written once: the grid columns it
    spans (``gridSpan``) and the rows it continues into (``vMerge``) are empty cells."""
    rows: list[list[list[str]]] = []
    head = False
    for r, tr in enumerate(tbl.iterchildren(_w("tr"))):
        if r == 0:
            trpr = tr.find(_w("trPr"))
            head = trpr is not None and trpr.find(_w("tblHeader")) is not None
        row: list[list[str]] = []
        for tc in tr.iterchildren(_w("tc")):
            tcpr = tc.find(_w("tcPr"))
            span = int(_val(tcpr.find(_w("gridSpan"))) or "1") if tcpr is not None else 1
            merge = tcpr.find(_w("vMerge")) if tcpr is not None else None
            if merge is not None and _val(merge) != "restart":
                paragraphs: list[str] = []
            else:
                paragraphs = [_paragraph_line(p, numbering) for p in tc.iter(_w("p"))]
            row.append([p for p in paragraphs if p.strip()])
            row.extend([] for _ in range(min(span, 50) - 1))
        rows.append(row)
    _table_lines(rows, lines, head_marked=head, bordered=_bordered(tbl, numbering.styles))


def _bordered(tbl, styles: dict[str, object]) -> bool:
    """Whether a Word table draws its grid: borders of its own or of its style
    (``Table Grid`` and the like), as a data table has and a layout table has not."""
    tblpr = tbl.find(_w("tblPr"))
    if tblpr is None:
        return False
    if _has_borders(tblpr.find(_w("tblBorders"))):
        return True
    style_id = _val(tblpr.find(_w("tblStyle")))
    style = styles.get(style_id) if style_id else None
    if style is None:
        return bool(style_id) and "grid" in style_id.lower()
    style_pr = style.find(_w("tblPr"))
    return _has_borders(style_pr.find(_w("tblBorders")) if style_pr is not None else None)


def _has_borders(borders) -> bool:
    if borders is None:
        return False
    return any((_val(b) or "none") not in ("none", "nil") for b in borders)


def _paragraph_text(p) -> str:
    parts: list[str] = []
    for el in p.iter(_w("t"), _w("tab"), _w("br"), _w("cr")):
        if el.tag == _w("t"):
            parts.append(el.text or "")
        elif el.tag == _w("tab"):
            parts.append(" ")
        else:
            parts.append("\n")
    return "".join(parts)


def _paragraph_line(p, numbering: _Numbering) -> str:
    text = _paragraph_text(p).strip()
    if not text:
        return ""
    marker = numbering.marker(p)
    return f"{marker} {text}" if marker else text


class _Numbering:
    """Word list numbering: ``numId`` → abstract definition → per-level format
    (``numFmt``), pattern (``lvlText``, "%1.", "%2)", "%1.%2.") and start value.
    Counters are kept per abstract list and level; a deeper level restarts when a
    shallower one advances, as Word does."""

    def __init__(self, document) -> None:
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.abstract_of: dict[str, str] = {}
        self.start_override: dict[tuple[str, int], int] = {}
        self.style_num: dict[str, tuple[str, int]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.last_num: dict[str, str] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            root = None
        if root is not None:
            self._read(root)
        self.styles: dict[str, object] = {}
        for style in document.styles.element.iterchildren(_w("style")):
            self.styles[style.get(_w("styleId"))] = style
            got = _num_pr(style.find(_w("pPr")))
            if got is not None:
                self.style_num[style.get(_w("styleId"))] = got

    def _read(self, root) -> None:
        for abstract in root.iterchildren(_w("abstractNum")):
            levels = {}
            for lvl in abstract.iterchildren(_w("lvl")):
                ilvl = int(lvl.get(_w("ilvl"), "0"))
                fmt = _val(lvl.find(_w("numFmt"))) or "decimal"
                pattern = _val(lvl.find(_w("lvlText")))
                start = int(_val(lvl.find(_w("start"))) or "1")
                levels[ilvl] = (fmt, pattern if pattern is not None else f"%{ilvl + 1}.", start)
            self.levels[abstract.get(_w("abstractNumId"))] = levels
        for num in root.iterchildren(_w("num")):
            num_id = num.get(_w("numId"))
            self.abstract_of[num_id] = _val(num.find(_w("abstractNumId"))) or ""
            for override in num.iterchildren(_w("lvlOverride")):
                start = _val(override.find(_w("startOverride")))
                if start is not None:
                    ilvl = int(override.get(_w("ilvl"), "0"))
                    self.start_override[num_id, ilvl] = int(start)

    def marker(self, p) -> str:
        ppr = p.find(_w("pPr"))
        got = _num_pr(ppr)
        if got is None and ppr is not None:
            style = _val(ppr.find(_w("pStyle")))
            got = self.style_num.get(style) if style else None
        if got is None:
            return ""
        num_id, ilvl = got
        if num_id == "0" or num_id not in self.abstract_of:
            return ""  # numbering switched off for this paragraph
        abstract = self.abstract_of[num_id]
        levels = self.levels.get(abstract, {})
        fmt, pattern, _start = levels.get(ilvl, ("decimal", f"%{ilvl + 1}.", 1))
        counters = self.counters.setdefault(abstract, {})
        # lists sharing a definition continue each other, unless one restarts its level
        restart = self.last_num.get(abstract) != num_id and (num_id, ilvl) in self.start_override
        self.last_num[abstract] = num_id
        if ilvl in counters and not restart:
            counters[ilvl] += 1
        else:
            counters[ilvl] = self._start(num_id, abstract, ilvl)
        for deeper in [lvl for lvl in counters if lvl > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "-" if ilvl == 0 else "+"
        if fmt == "none":
            return ""

        def level_value(match: re.Match) -> str:
            lvl = int(match.group(1)) - 1
            lvl_fmt = levels.get(lvl, ("decimal", "", 1))[0]
            value = counters.get(lvl, self._start(num_id, abstract, lvl))
            return _format_number(value, lvl_fmt)

        return re.sub(r"%([1-9])", level_value, pattern).strip()

    def _start(self, num_id: str, abstract: str, ilvl: int) -> int:
        if (num_id, ilvl) in self.start_override:
            return self.start_override[num_id, ilvl]
        return self.levels.get(abstract, {}).get(ilvl, ("", "", 1))[2]


def _val(el) -> str | None:
    return el.get(_w("val")) if el is not None else None


def _num_pr(ppr) -> tuple[str, int] | None:
    if ppr is None:
        return None
    num_pr = ppr.find(_w("numPr"))
    if num_pr is None:
        return None
    num_id = _val(num_pr.find(_w("numId")))
    if num_id is None:
        return None
    return num_id, int(_val(num_pr.find(_w("ilvl"))) or "0")


def _format_number(value: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _letters(value)
    if fmt == "upperLetter":
        return _letters(value).upper()
    if fmt == "lowerRoman":
        return _roman(value).lower()
    if fmt == "upperRoman":
        return _roman(value)
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (Word repeats the letter)."""
    n = max(n, 1)
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return letter * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    out = ""
    for value, numeral in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += numeral
            n -= value
    return out
