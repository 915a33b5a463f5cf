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
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reports.extraction.intake import IntakeError
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

    def __call__(self, document, index: int) -> list[str]:
        with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
            image_path = Path(folder) / "page.png"
            page = document[index]
            page.render(scale=DPI / 72, grayscale=True).to_pil().save(image_path)
            blocks, confidences = _blocks(_tesseract(image_path))
        self.confidences += confidences
        self.pages += 1
        return blocks

    @property
    def confidence(self) -> float:
        """Mean word confidence, 0-100, one decimal."""
        if not self.confidences:
            return 0.0
        return round(sum(self.confidences) / len(self.confidences), 1)


def ocr_pdf(document, pages: list[int] | None = None) -> OcrText:
    """OCR of the given pages (all by default) of an open pdfium document."""
    reader = PageReader()
    indexes = list(range(len(document))) if pages is None else pages
    blocks = [block for index in indexes for block in reader(document, index)]
    return OcrText("\n\n".join(blocks), reader.confidence, len(indexes))


def _tesseract(image: Path) -> list[dict[str, str]]:
    """Tesseract's TSV rows (one per word, line, paragraph ...) for one page image."""
    try:
        done = subprocess.run(
            ["tesseract", str(image), "stdout", "-l", LANGUAGE, "--psm", "3", "tsv"],
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


def _blocks(rows: list[dict[str, str]]) -> tuple[list[str], list[float]]:
    """Tesseract's words grouped into lines and paragraphs; the words' confidences."""
    lines: dict[tuple[str, str, str], list[str]] = {}
    confidences: list[float] = []
    for row in rows:
        word = (row.get("text") or "").strip()
        try:
            conf = float(row.get("conf") or -1)
        except ValueError:
            conf = -1.0
        if not word or conf < 0:
            continue
        confidences.append(conf)
        key = (row["block_num"], row["par_num"], row["line_num"])
        lines.setdefault(key, []).append(word)
    paragraphs: list[list[str]] = []
    last_par = None
    for (block, par, _line), words in lines.items():
        text = " ".join(words)
        if (block, par) == last_par and not _starts_paragraph(paragraphs[-1][-1], text):
            paragraphs[-1].append(text)
        else:
            paragraphs.append([text])
        last_par = (block, par)
    return [" ".join(p) for p in paragraphs], confidences


def _starts_paragraph(prev: str, line: str) -> bool:
    """A list item, a heading in capitals (and what follows it), a capital after a
    sentence's end begin anew inside what Tesseract took for one paragraph."""
    if LIST_MARKER.match(line) or capitals(prev) != capitals(line):
        return True
    return ends_sentence(prev) and line[:1].isupper()
