"""Hard-wrapped text (copied out of a PDF: a line break every ~80 characters, in the
middle of sentences and names, page numbers on lines of their own, no blank lines)
back to one line per paragraph, as a reader sees it.

Only a text that looks hard-wrapped is touched: most of its lines end near one width,
and it has almost no blank lines or its blank lines part blocks of several lines (a
paragraph each, wrapped; never joined across the blank line). There a line is continued
by the next when it reaches that width and does not end a sentence, or when the next
starts in lower case after no sentence end; a list item, a heading in capitals and a
line after a capitals heading always start afresh. A line that is only a number is a
page number and is dropped.
"""

from __future__ import annotations

import re

# What starts a list item or a new block: never joined onto the line before.
LIST_MARKER = re.compile(
    r"^(?:[-+•*–—]\s|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s|\(\d{1,2}\)\s|[a-zđ]\)\s"
    r"|[IVXLC]{1,6}[.)]\s|[A-Z][.)]\s"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là\b"
    r"|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\b|Nhiệm vụ \d+\s*:|Nơi nhận\b|\|)"
)
_SENTENCE_END = re.compile(r"[.!?:…]['\"”’)]*$")
_PAGE_NUMBER = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:Trang|trang)\s+\d{1,3}\s*$")
# How a hard-wrapped text looks: its lines' widths.
_MIN_WRAP = 50
_MAX_WRAP = 130
_FULL = 0.8  # a line at least this share of the width was wrapped by the writer
_WRAPPED_SHARE = 0.4
_MAX_BLANK_SHARE = 0.1
_MIN_LINES = 8
_MAX_ENDED_SHARE = 0.5
_MIN_BLOCK_LINES = 2  # mean lines a blank-separated block has when its paragraphs were wrapped


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (or a heading ending in a colon).

    >>> ends_sentence("báo cáo kết quả."), ends_sentence("Ban Tuyên giáo")
    (True, False)
    """
    return bool(_SENTENCE_END.search(text.rstrip()))


def capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at, or None when it does not look
    hard-wrapped."""
    filled = [len(line) for line in lines if line.strip()]
    if len(filled) < _MIN_LINES:
        return None
    blank = len(lines) - len(filled)
    if blank > _MAX_BLANK_SHARE * len(lines) and len(filled) < _MIN_BLOCK_LINES * _blocks(lines):
        # blank lines between single lines: one paragraph a line, not hard wraps; blank
        # lines between blocks of several lines are paragraphs that were hard-wrapped
        return None
    width = sorted(filled)[int(0.9 * (len(filled) - 1))]
    if not _MIN_WRAP <= width <= _MAX_WRAP:
        return None
    near = sum(1 for n in filled if _FULL * width <= n <= width + 5)
    if near < _WRAPPED_SHARE * len(filled):
        return None
    # one short paragraph per line ends its lines with a full stop; a wrapped text mostly not
    ended = sum(1 for line in lines if line.strip() and ends_sentence(line))
    if ended > _MAX_ENDED_SHARE * len(filled):
        return None
    return width


def _blocks(lines: list[str]) -> int:
    """How many runs of non-blank lines ``lines`` has."""
    return sum(
        1 for i, line in enumerate(lines) if line.strip() and (i == 0 or not lines[i - 1].strip())
    )


def unwrap(text: str) -> str:
    """``text`` with its hard wraps joined and its page-number lines dropped, when it
    looks hard-wrapped; otherwise unchanged.

    >>> line = "Ban Tuyên giáo Huyện ủy đã chủ động xây dựng chương trình, lựa chọn"
    >>> unwrap(f"{line}\\nchuyên đề.\\n" * 8).split("\\n")[0][-33:]
    'chương trình, lựa chọn chuyên đề.'
    """
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is None:
        return text
    running = _running_lines(lines)
    out: list[str] = []
    prev = ""  # the last physical line joined into out[-1]
    for index, line in enumerate(lines):
        stripped = line.strip()
        if _PAGE_NUMBER.match(stripped) or index in running:
            continue
        if not stripped:
            out.append("")
            prev = ""
            continue
        if out and prev and _joins(prev, stripped, width):
            out[-1] += " " + stripped
        else:
            out.append(stripped)
        prev = stripped
    return "\n".join(out)


def _running_lines(lines: list[str]) -> set[int]:
    """Indexes of a running header or footer: a line next to a page number (the first
    filled line after it, the last before it) whose text stands next to page numbers at
    least twice (``Thông báo kết luận số 286-TB/HU ... của Ban Thường vụ Huyện ủy``)."""
    beside: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if not _PAGE_NUMBER.match(line.strip()) or not line.strip():
            continue
        for step in (1, -1):
            j = i + step
            while 0 <= j < len(lines) and not lines[j].strip():
                j += step
            if 0 <= j < len(lines) and not _PAGE_NUMBER.match(lines[j].strip()):
                beside.setdefault(lines[j].strip(), []).append(j)
    return {j for found in beside.values() if len(set(found)) >= 2 for j in found}


def _joins(prev: str, line: str, width: int) -> bool:
    if not any(ch.isalnum() for ch in line) or not any(ch.isalnum() for ch in prev):
        return False  # a rule (-----), an asterisk
    if LIST_MARKER.match(line) or capitals(line) or capitals(prev):
        return False
    if ends_sentence(prev):
        return False
    if line[:1].islower():
        return True
    return len(prev) >= _FULL * width
