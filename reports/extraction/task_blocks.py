"""What kind of block an introducer opens, and the small text scanners tasks need.

A list's type comes from the sentence before it (domain-vi §6.1), never from the verbs of
its items: tasks (``nhiệm vụ``, ``giải pháp``, ``đề nghị ... cần``, a coming period),
achievements (``Nổi bật là:``, ``kết quả``, ``đã``, a past period), shortcomings
(``hạn chế``, ``Tuy nhiên``) and discussion topics (``thảo luận``). Within the
introducing sentence the cue written last wins (``ghi nhận những kết quả ..., đồng
thời đề nghị ... một số nội dung trọng tâm sau:`` is a task list); a sentence with no
cue (``Đó là:``) defers to the sentence before it.
"""

from __future__ import annotations

import datetime as dt
import re

from reports.extraction.dates import find_periods
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length, fold

TASKS = "tasks"
ACHIEVEMENTS = "achievements"
SHORTCOMINGS = "shortcomings"
DISCUSSION = "discussion"

_TASK_CUES = re.compile(
    r"(?<![\w])(?:nhiệm vụ|giải pháp|phương hướng|đề nghị|xác định|thời gian tới|sắp tới|"
    r"tới đây|cuối năm|năm tới|tiếp theo|(?:một số |các |những )?nội dung (?:trọng tâm |chủ yếu )?"
    r"(?:như )?sau|thống nhất|cụ thể(?:,| như sau)|tổ chức thực hiện|"
    r"cần (?:tập trung|tiếp tục|thực hiện|làm tốt|triển khai|quan tâm|chú trọng|đẩy mạnh|"
    r"tăng cường|nâng cao))(?![\w])"
)
# yêu cầu / giao as verbs: followed by whom (capitalised, ``các ...``) or by ``nhiệm vụ``;
# not the nouns of ``đáp ứng yêu cầu``, ``theo yêu cầu``, ``nhiệm vụ được giao``
ASSIGN_CUE = re.compile(
    r"(?<![\w])(?<!đáp ứng )(?<!theo )(?<!các )(?<!những )(?<!được )(?<!đã )(?<!bàn )"
    r"(?i:yêu cầu|giao)\s(?=(?:cho\s)?(?:các\s|cấp ủy|ngành\s|nhiệm vụ|[A-ZĐÂĂÊÔƠƯ]))"
)
_ACH_CUES = re.compile(
    r"(?<![\w])(?:nổi bật|kết quả|đạt được|đã|ghi nhận|biểu dương|thời gian qua|vừa qua|"
    r"năm qua|thành tích|đầu năm|làm được)(?![\w])"
)
_SHORT_CUES = re.compile(
    r"(?<![\w])(?:hạn chế|bất cập|tồn tại|yếu kém|khó khăn|vướng mắc|tuy nhiên|"
    r"bên cạnh|chưa|nguyên nhân|thiếu sót|khuyết điểm)(?![\w])"
)
_DISC_CUES = re.compile(r"(?<![\w])(?:thảo luận|ý kiến|tham luận)(?![\w])")
_DECIDING = re.compile(r"(?<![\w])(?:đề nghị|yêu cầu|giao|thống nhất|kết luận)(?![\w])")
# A period no later than this before the document date is a past one.
_PAST_SLACK = dt.timedelta(days=60)

_ABBREVIATIONS = {"tp", "gs", "pgs", "ts", "ths", "bs", "ks", "cn", "tt", "st", "nxb", "ttg"}
_SENT_BOUNDARY = re.compile(r"(?<=[.!?…])[\"”’)]?\s+(?=[\"“‘(]?[^\W\d_])")


def low(text: str) -> str:
    """Canonical lower-case form with the same length as ``text`` (for cue matching)."""
    return canon_same_length(text).lower()


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a ``.``, ``!``, ``?`` or ``…`` followed by space and a letter that
    starts a word in upper case. Abbreviations (``TP.``) and initials do not end one.

    >>> text = "Tham mưu kế hoạch. Tiếp tục tuyên truyền."
    >>> [text[s:e] for s, e in sentences(text)]
    ['Tham mưu kế hoạch.', 'Tiếp tục tuyên truyền.']
    """
    out = []
    start = 0
    for m in _SENT_BOUNDARY.finditer(text):
        nxt = text[m.end() : m.end() + 2].lstrip('"“‘(')
        if not nxt[:1].isupper():
            continue
        before = re.search(r"([^\W\d_]+)\W{0,2}$", text[max(start, m.start() - 8) : m.start()])
        if before and text[m.start() - 1 : m.start()] == ".":
            word = before.group(1)
            if word.lower() in _ABBREVIATIONS or (len(word) == 1 and word.isupper()):
                continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            out.append((start, end))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


_PART_WINDOW = 12


def period_cues(text: str, reference: dt.date | None) -> list[tuple[int, str]]:
    """(position, kind) for each period in ``text``: past periods are achievements cues,
    coming ones task cues.

    >>> period_cues("thực hiện 5 nhóm nhiệm vụ những tháng cuối năm 2026:", dt.date(2026, 8, 15))
    [(43, 'tasks')]
    """
    out = []
    year = reference.year if reference else None
    for p in find_periods(text, default_year=year):
        pos = p.span.start if p.span else 0
        # ``những tháng cuối năm 2026``: the words before a bare year say which part of it
        label = fold(text[max(0, pos - _PART_WINDOW) : pos] + p.label)
        if "dau nam" in label or "qua" in label.split():
            out.append((pos, ACHIEVEMENTS))
        elif "cuoi nam" in label or "toi" in label.split():
            out.append((pos, TASKS))
        elif p.start and reference:
            out.append((pos, ACHIEVEMENTS if p.start < reference - _PAST_SLACK else TASKS))
    return out


def classify_sentence(text: str, reference: dt.date | None = None) -> str | None:
    """The block type one introducing sentence announces, or None when it has no cue.

    >>> classify_sentence("Năm 2022, toàn ngành đã hoàn thành tốt nhiệm vụ. Nổi bật là:")
    'achievements'
    """
    lowered = low(text)
    disc = None
    for m in _DISC_CUES.finditer(lowered):
        disc = m.start()
    if disc is not None and not _DECIDING.search(lowered, disc):
        return DISCUSSION
    cues: list[tuple[int, str]] = []
    for rx, kind in ((_TASK_CUES, TASKS), (_ACH_CUES, ACHIEVEMENTS), (_SHORT_CUES, SHORTCOMINGS)):
        cues.extend((m.start(), kind) for m in rx.finditer(lowered))
    cues.extend((m.start(), TASKS) for m in ASSIGN_CUE.finditer(canon_same_length(text)))
    cues.extend(period_cues(text, reference))
    if not cues:
        return None
    return max(cues)[1]


def classify_intro(text: str, reference: dt.date | None = None) -> str | None:
    """Type of the block introduced by ``text`` (its last sentences, latest cue first).

    >>> classify_intro("Tuy nhiên, công tác còn có một số hạn chế, bất cập. Đó là:")
    'shortcomings'
    """
    spans = sentences(text)
    for s, e in reversed(spans[-3:]):
        kind = classify_sentence(text[s:e], reference)
        if kind:
            return kind
    return None


_ROMAN_HEAD = re.compile(r"^\s*(?P<n>[IVX]{1,5}|[A-D])\s*[.)/]\s+\S")
_DOUBLED = re.compile(r"([a-z])\1+")
_HEAD_TASKS = re.compile(r"phuong huong|giai phap|to chuc thuc hien|hoat dong|nhiem vu")
_HEAD_OTHER = re.compile(
    r"ket qua|danh gia|tinh hinh|han che|ton tai|nguyen nhan|muc dich|yeu cau|kien nghi|"
    r"de xuat|noi dung|bai hoc|thuan loi|kho khan|dac diem|boi canh|can cu"
)


@memo_short
def heading_kind(text: str) -> str | None:
    """Type of a report or plan section from its heading.

    >>> heading_kind("III. PHƯƠNG HƯỚNG, NHIỆM VỤ"), heading_kind("II. HẠN CHẾ")
    ('tasks', 'other')
    """
    # a letter doubled by OCR (``THỰỤC HIỆN``) is read once
    folded = _DOUBLED.sub(r"\1", fold(text))
    task = _HEAD_TASKS.search(folded)
    other = _HEAD_OTHER.search(folded)
    if task and not other:
        return TASKS
    if other and not task:
        return "other"
    if task and other:
        # KẾT QUẢ THỰC HIỆN NHIỆM VỤ ...: results; NHIỆM VỤ, GIẢI PHÁP ... KHẮC PHỤC: tasks
        return TASKS if task.start() < other.start() else "other"
    return None


@memo_short
def roman_heading(text: str) -> bool:
    """``I. KẾT QUẢ ...``, ``III. PHƯƠNG HƯỚNG ...``: a numbered section heading."""
    m = _ROMAN_HEAD.match(text)
    if not m:
        return False
    letters = [c for c in text[m.end() - 1 : m.end() + 60] if c.isalpha()]
    if not letters or not letters[0].isupper():
        return False
    if sum(c.isupper() for c in letters) >= 0.7 * len(letters):
        return True
    # "II. Nhiệm vụ thời gian tới": a short line without a closing full stop
    return len(text) < 120 and not text.rstrip().endswith((".", ";", ":"))


@memo_short
def all_caps(text: str) -> bool:
    """A heading written in capitals (at least two words, 70% upper-case letters)."""
    if len(text) > 250:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6 or len(text.split()) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.7 * len(letters)
