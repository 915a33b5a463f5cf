"""Intake: bytes to normalised text. (Stub: to be completed.)"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class IntakeError(ValueError):
    """The input cannot be read as a text document; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def tidy(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    if not data:
        raise IntakeError("tệp rỗng (empty file)")
    if len(data) > max_bytes:
        raise IntakeError(f"tệp quá lớn: {len(data)} byte, giới hạn {max_bytes} byte")
    try:
        return Decoded(tidy(data.decode("utf-8-sig")), "utf-8")
    except UnicodeDecodeError as exc:
        raise IntakeError(f"không đọc được mã hóa: {exc}") from exc
