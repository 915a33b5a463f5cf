"""Scanned PDF pages read by Tesseract with its Vietnamese model.

Each page is rendered with pypdfium2 at 300 dpi and read by ``tesseract`` (through
pytesseract) as words with their block, paragraph and line numbers and confidence; a
paragraph's lines are joined as a reader would (``unwrap``'s rules), paragraphs are
separated by blank lines. ``confidence`` is Tesseract's mean word confidence, 0–100.

Without Tesseract or its Vietnamese data the text says what to install.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from reports.extraction.intake import IntakeError
from reports.extraction.unwrap import LIST_MARKER, capitals, ends_sentence

DPI = 300
LANGUAGE = "vie"
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"


@dataclass(frozen=True)
class OcrText:
    text: str
    confidence: float
    pages: int


def available() -> str | None:
    """None when OCR can run, else what is missing (a Vietnamese message)."""
    if shutil.which("tesseract") is None:
        return f"Máy chủ chưa cài Tesseract OCR: cần cài ({INSTALL})."
    try:
        import pytesseract

        languages = pytesseract.get_languages(config="")
    except Exception:  # noqa: BLE001 - any failure to run tesseract means no OCR
        return f"Không chạy được Tesseract OCR: hãy cài lại ({INSTALL})."
    if LANGUAGE not in languages:
        return f"Tesseract OCR chưa có dữ liệu tiếng Việt: cần cài ({INSTALL})."
    return None


def ocr_pdf(document, pages: list[int] | None = None) -> OcrText:
    """OCR of the given pages (all by default) of an open pdfium document."""
    missing = available()
    if missing:
        raise IntakeError(f"Tệp PDF là bản quét (ảnh, không có lớp chữ). {missing}")
    import pytesseract

    indexes = list(range(len(document))) if pages is None else pages
    blocks: list[str] = []
    confidences: list[float] = []
    for index in indexes:
        page = document[index]
        image = page.render(scale=DPI / 72).to_pil()
        data = pytesseract.image_to_data(
            image, lang=LANGUAGE, config="--psm 3", output_type=pytesseract.Output.DICT
        )
        page_blocks, page_conf = _blocks(data)
        blocks += page_blocks
        confidences += page_conf
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrText("\n\n".join(blocks), round(confidence, 1), len(indexes))


def _blocks(data: dict) -> tuple[list[str], list[float]]:
    """Tesseract's words grouped into lines and paragraphs; the words' confidences."""
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        conf = float(data["conf"][i])
        if not word or conf < 0:
            continue
        confidences.append(conf)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
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
