"""Reading documents from disk for the extract and import commands."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings

from reports.extraction import IntakeError, extract_text, to_contract
from reports.extraction.formats import document_text
from reports.extraction.types import ExtractedDocument

# Files that are never documents, met when a whole folder is given.
_SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def expand_paths(paths: list[str]) -> list[Path]:
    """Files named, and the files under folders named (recursively, sorted)."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.name not in _SKIPPED_NAMES and not p.name.startswith(".")
            )
        else:
            files.append(path)
    return files


def read_document(path: Path, *, max_bytes: int) -> bytes:
    """The file's bytes; ``IntakeError`` with a clear reason when it cannot be read."""
    try:
        size = path.stat().st_size
        if size > max(max_bytes, settings.EXTRACTION_MAX_PDF_BYTES):
            raise IntakeError(f"tệp quá lớn: {size} byte, giới hạn {max_bytes} byte")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise IntakeError("không tìm thấy tệp") from exc
    except IsADirectoryError as exc:
        raise IntakeError("là thư mục, không phải tệp") from exc
    except PermissionError as exc:
        raise IntakeError("không có quyền đọc tệp") from exc


def document_extract(data: bytes, name: str, *, max_bytes: int) -> ExtractedDocument:
    """Extract a file of any accepted type (.txt, saved web page, Word .docx);
    ``IntakeError`` for other types and unreadable files."""
    read = document_text(
        data, name, max_bytes=max_bytes, max_pdf_bytes=settings.EXTRACTION_MAX_PDF_BYTES
    )
    return extract_text(read.text, name, encoding=read.encoding, ocr_confidence=read.ocr_confidence)


def extract_path(path: Path, *, max_bytes: int) -> dict[str, Any]:
    """The contract's object for one file, or ``{"source", "error"}`` when it is unreadable."""
    try:
        doc = document_extract(
            read_document(path, max_bytes=max_bytes), path.name, max_bytes=max_bytes
        )
    except IntakeError as exc:
        return {"source": path.name, "error": str(exc)}
    return to_contract(doc)
