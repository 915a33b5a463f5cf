"""Scanned PDF pages read by Tesseract with its Vietnamese model.

Each page is rendered with pypdfium2 at 300 dpi (grey) and read by the ``tesseract``
program (its TSV output: words with their block, paragraph and line numbers and
confidence), one thread per run: on a busy machine Tesseract's own threads made a page
take 27 s instead of 8 s. A
paragraph's lines are joined as a reader would (``unwrap``'s rules), paragraphs are
separated by blank lines. ``confidence`` is Tesseract's mean word confidence, 0–100.

Without Tesseract or its Vietnamese data the message says what to install.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageFilter, ImageOps

from reports.extraction import tables
from reports.extraction.intake import IntakeError
from reports.extraction.scan_tables import Grid, deskewed, find_grids, without_rules
from reports.extraction.unwrap import LIST_MARKER, capitals, ends_sentence

DPI = 300
LANGUAGE = "vie"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"
# a page that takes longer than this is given up (a huge or broken image)
PAGE_TIMEOUT_SECONDS = 180
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float
    pages: int


def available() -> str | None:
    """None when OCR can run, else what is missing (a Vietnamese message)."""
    program = shutil.which("tesseract")
    if program is None:
        return f"Máy chủ chưa cài Tesseract OCR: cần cài ({INSTALL})."
    try:
        listed = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=30, env=_ENV
        )
    except (OSError, subprocess.SubprocessError):
        return f"Không chạy được Tesseract OCR: hãy cài lại ({INSTALL})."
    languages = {line.strip() for line in (listed.stdout + listed.stderr).splitlines()}
    if LANGUAGE not in languages:
        return f"Tesseract OCR chưa có dữ liệu tiếng Việt: cần cài ({INSTALL})."
    return None


class PageReader:
    """Reads scanned pages of one document (``pdf.pdf_text``'s ``read_scan``), keeping
    the words' confidences for the document's mean."""

    def __init__(self) -> None:
        missing = available()
        if missing:
            raise IntakeError(f"Tệp PDF là bản quét (ảnh, không có lớp chữ). {missing}")
        self.confidences: list[float] = []
        self.pages = 0

    def __call__(self, document, index: int) -> list[str | list[list[str]]]:
        """The page's paragraphs, and its ruled tables as rows of cells, in reading order."""
        with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
            image_path = Path(folder) / "page.png"
            page = document[index]
            image = _cleaned(deskewed(page.render(scale=DPI / 72, grayscale=True).to_pil()))
            image.save(image_path)
            rows = _tesseract(image_path)
            grids = find_grids(image)
            # each ruled table read again from its own area with the rules painted out:
            # Tesseract takes a ruled table for a picture and reads little of it, while
            # the page itself reads best as it is (painting out moves its text blocks)
            in_grids = [_read_area(without_rules(image, [g]), g, folder) for g in grids]
            blocks, confidences = _blocks(rows, grids, in_grids)
        self.confidences += confidences
        self.pages += 1
        return blocks

    @property
    def confidence(self) -> float:
        """Mean word confidence, 0-100, one decimal."""
        if not self.confidences:
            return 0.0
        return round(sum(self.confidences) / len(self.confidences), 1)


def _cleaned(image: Image.Image) -> Image.Image:
    """A scan's specks taken out (a 3-pixel median filter) and its grey paper made white
    (contrast stretched, the darkest and lightest 1% clipped): Tesseract then reads
    ``nghị`` where the specks gave it ``HgHỆ``."""
    return ImageOps.autocontrast(image.convert("L").filter(ImageFilter.MedianFilter(3)), cutoff=1)


def ocr_pdf(document, pages: list[int] | None = None) -> OcrText:
    """OCR of the given pages (all by default) of an open pdfium document."""
    reader = PageReader()
    indexes = list(range(len(document))) if pages is None else pages
    blocks = [block for index in indexes for block in reader(document, index)]
    text = "\n\n".join(b if isinstance(b, str) else tables.pipe_rows(b) for b in blocks)
    return OcrText(text, reader.confidence, len(indexes))


def _tesseract(image: Path, *, table: bool = False) -> list[dict[str, str]]:
    """Tesseract's TSV rows (one per word, line, paragraph ...) for one page image;
    ``table`` reads each image (a list of a table's cells) as one block of text."""
    psm = "6" if table else "3"
    try:
        done = subprocess.run(
            ["tesseract", str(image), "stdout", "-l", LANGUAGE, "--psm", psm, "tsv"],
            capture_output=True,
            timeout=PAGE_TIMEOUT_SECONDS,
            env=_ENV,
        )
    except subprocess.TimeoutExpired as exc:
        raise IntakeError(
            f"Nhận dạng chữ một trang bản quét quá {PAGE_TIMEOUT_SECONDS} giây: hãy quét lại "
            "với độ phân giải thấp hơn (300 dpi) rồi nạp lại."
        ) from exc
    if done.returncode != 0:
        raise IntakeError(
            "Tesseract OCR không đọc được trang bản quét: "
            + done.stderr.decode("utf-8", errors="replace").strip()[:200]
        )
    tsv = done.stdout.decode("utf-8", errors="replace")
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))


_RULE_MARKS = "|¦"
# a cell is cut this far inside its rules; smaller cells, or with less ink, are not read
_CELL_INSET = 4
_MIN_CELL = 12
_MIN_INK = 30
# a cell pixel darker than this is ink (text, where the rule finder's threshold is higher)
_CELL_INK = 160
_MARGIN = 40
_STRAY_CONFIDENCE = 80


@dataclass(frozen=True)
class _Word:
    text: str
    line: tuple[str, str, str]  # Tesseract's block, paragraph and line numbers
    left: int
    top: int
    width: int
    height: int
    confidence: float = 100.0

    @property
    def stray(self) -> bool:
        """Marks without a letter or digit read with little confidence: what is left of
        a rule, or the speck of a scan (``‹``, ``¬``, ``._``), not a word."""
        return self.confidence < _STRAY_CONFIDENCE and not any(c.isalnum() for c in self.text)

    @property
    def centre(self) -> tuple[float, float]:
        return self.left + self.width / 2, self.top + self.height / 2


def _words(rows: list[dict[str, str]]) -> tuple[list[_Word], list[float]]:
    """Tesseract's words with their boxes, in its reading order; their confidences."""
    words: list[_Word] = []
    confidences: list[float] = []
    for row in rows:
        # a table's vertical rule is read as ``|`` (alone or stuck to a word): not text
        text = (row.get("text") or "").strip().strip(_RULE_MARKS)
        try:
            conf = float(row.get("conf") or -1)
            box = [int(row.get(k) or 0) for k in ("left", "top", "width", "height")]
        except ValueError:
            continue
        if not text or conf < 0:
            continue
        confidences.append(conf)
        key = (row["block_num"], row["par_num"], row["line_num"])
        words.append(_Word(text, key, *box, confidence=conf))
    return words, confidences


def _read_area(image, grid: Grid, folder: str) -> list[dict[str, str]]:
    """Tesseract's TSV rows for the grid's cells of ``image``, in page coordinates: each
    cell (a merged cell once) cut out with a white margin and read as one block of text,
    all cells of the page in one Tesseract run over the list of their images. Read one by
    one, a cell's words are not run into the next column's, and a lone ``1`` in a narrow
    number column is read."""
    boxes = []
    paths = []
    for r in range(len(grid.ys) - 1):
        for c0, c1 in grid.spans(r):
            box = (
                grid.xs[c0] + _CELL_INSET,
                grid.ys[r] + _CELL_INSET,
                grid.xs[c1 + 1] - _CELL_INSET,
                grid.ys[r + 1] - _CELL_INSET,
            )
            if box[2] - box[0] < _MIN_CELL or box[3] - box[1] < _MIN_CELL:
                continue
            crop = image.crop(box)
            if crop.point(lambda p: 0 if p < _CELL_INK else 255).tobytes().count(0) < _MIN_INK:
                continue  # an empty cell
            canvas = Image.new("L", (crop.width + 2 * _MARGIN, crop.height + 2 * _MARGIN), 255)
            canvas.paste(crop, (_MARGIN, _MARGIN))
            path = Path(folder) / f"cell-{len(paths)}.png"
            canvas.save(path)
            paths.append(path)
            boxes.append(box)
    if not paths:
        return []
    listing = Path(folder) / "cells.txt"
    listing.write_text("\n".join(str(p) for p in paths) + "\n", encoding="utf-8")
    rows = _tesseract(listing, table=True)
    out = []
    for row in rows:
        try:
            x0, y0, _x1, _y1 = boxes[int(row.get("page_num") or 1) - 1]
            row["left"] = str(int(row.get("left") or 0) + x0 - _MARGIN)
            row["top"] = str(int(row.get("top") or 0) + y0 - _MARGIN)
        except (ValueError, IndexError):
            continue
        # the words of one cell make one block (Tesseract numbers blocks per image)
        row["block_num"] = f"{row.get('page_num')}.{row.get('block_num')}"
        out.append(row)
    return out


def _blocks(
    rows: list[dict[str, str]],
    grids: list[Grid] = (),
    in_grids: list[list[dict[str, str]]] | None = None,
) -> tuple[list[str | list[list[str]]], list[float]]:
    """Tesseract's words grouped into lines and paragraphs, and the words inside a ruled
    table (read again from its area, ``in_grids``, when given) into its rows of cells,
    the table placed before the first paragraph below its top; the confidences of the
    words kept."""
    words, _ = _words(rows)
    found: list[tuple[Grid, list[list[str]]]] = []
    read_in_tables: list[_Word] = []
    for i, grid in enumerate(grids):
        source = _words(in_grids[i])[0] if in_grids is not None else words
        inside = [w for w in source if grid.contains(*w.centre)]
        table = _table_rows(grid, inside)
        if table and not tables.is_layout(table, bordered=True):
            found.append((grid, table))
            read_in_tables += inside
    in_tables = [g for g, _rows in found]
    flow = [w for w in words if not w.stray and not any(g.contains(*w.centre) for g in in_tables)]
    confidences = [w.confidence for w in flow + read_in_tables]
    lines: dict[tuple[str, str, str], list[_Word]] = {}
    for word in flow:
        lines.setdefault(word.line, []).append(word)
    paragraphs: list[list[str]] = []
    tops: list[int] = []
    last_par = None
    for (block, par, _line), line_words in lines.items():
        text = " ".join(w.text for w in line_words)
        if (block, par) == last_par and not _starts_paragraph(paragraphs[-1][-1], text):
            paragraphs[-1].append(text)
        else:
            paragraphs.append([text])
            tops.append(min(w.top for w in line_words))
        last_par = (block, par)
    out: list[str | list[list[str]]] = []
    pending = sorted(found, key=lambda f: f[0].box[1])
    for top, paragraph in zip(tops, paragraphs, strict=True):
        while pending and pending[0][0].box[1] < top:
            out.append(pending.pop(0)[1])
        out.append(_mended(" ".join(paragraph)))
    out.extend(rows for _grid, rows in pending)
    return out, confidences


def _table_rows(grid: Grid, words: list[_Word]) -> list[list[str]]:
    """The grid's cells filled with the words whose centres they hold, each cell's words
    in lines top to bottom and left to right; rows with nothing in them dropped."""
    width = len(grid.xs) - 1
    cells: dict[tuple[int, int], list[_Word]] = {}
    for word in words:
        if word.stray:
            continue
        at = grid.cell_of(*word.centre)
        if at is not None:
            cells.setdefault(at, []).append(word)
    rows = []
    for r in range(len(grid.ys) - 1):
        # a cell's right rule; a column a merged cell covers has none (and no words)
        rights = {c0: grid.xs[c1 + 1] for c0, c1 in grid.spans(r)}
        row = []
        for c in range(width):
            paragraphs = _cell_paragraphs(cells.get((r, c), []), rights.get(c, 0))
            row.append(tables.clean_cell([_mended(p) for p in paragraphs]))
        if any(row):
            rows.append(row)
    return rows


def _cell_paragraphs(words: list[_Word], right: int) -> list[str]:
    """A cell's words in lines, top to bottom and left to right, and the lines in
    paragraphs: a line goes on the one before when that one was full (its next word would
    not have fitted before the cell's ``right`` rule); a line ended early (``Ban Tuyên
    giáo …`` then ``Hội Nhà báo tỉnh`` below it) starts a paragraph of its own."""
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: w.top):
        if lines and word.top < lines[-1][0].top + 0.6 * max(lines[-1][0].height, 1):
            lines[-1].append(word)
        else:
            lines.append([word])
    paragraphs: list[str] = []
    prev_end = None
    for line in lines:
        line.sort(key=lambda w: w.left)
        text = " ".join(w.text for w in line)
        first = line[0]
        full = prev_end is not None and prev_end + first.width + 2 * first.height >= right
        if paragraphs and (full or not right or text[:1].islower()):
            paragraphs[-1] += " " + text
        else:
            paragraphs.append(text)
        prev_end = max(w.left + w.width for w in line)
    return paragraphs


# a quarter's Roman number read as digits or capitals (``Quý 11`` for ``Quý II``)
_QUARTERS = {"1": "I", "L": "I", "11": "II", "LL": "II", "111": "III", "1V": "IV", "LV": "IV"}
_QUARTER_RX = re.compile(r"(?<![\w])([Qq]uý\s{1,3})(1V|LV|111|11|LL|1|L)(?=[\s/,.;]|$)")
# Tesseract's misreadings of the letters of a code (``30-C1/IW`` for ``30-CT/TW``): the
# type and the central issuer, whose letters have look-alike digits and capitals
_CODE_RX = re.compile(r"(?<![\w/])(\d{1,4}-\s?)(C[1Il]|CT)(/)(?:[I1l]W|TVV|TW)(?![\w/])")


def _mended(text: str) -> str:
    """Tesseract's usual misreadings put right where only one reading makes sense: a
    directive's code (``30-C1/IW`` → ``30-CT/TW``), a quarter's Roman number read as
    digits or letters (``Quý 11/2026`` → ``Quý II/2026``: there are four quarters).

    >>> _mended("Chỉ thị số 30- C1/IW ngày 18/02/1998, hoàn thành trong Quý 11/2026")
    'Chỉ thị số 30-CT/TW ngày 18/02/1998, hoàn thành trong Quý II/2026'
    """
    text = _CODE_RX.sub(lambda m: f"{m.group(1).rstrip()}CT/TW", text)
    return _QUARTER_RX.sub(lambda m: m.group(1) + _QUARTERS[m.group(2).upper()], text)


def _starts_paragraph(prev: str, line: str) -> bool:
    """A list item, a heading in capitals (and what follows it), a capital after a
    sentence's end begin anew inside what Tesseract took for one paragraph."""
    if LIST_MARKER.match(line) or capitals(prev) != capitals(line):
        return True
    return ends_sentence(prev) and line[:1].isupper()
