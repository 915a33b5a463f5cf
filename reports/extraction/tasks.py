"""Tasks: what a meeting, a notice, a report or a plan assigns or resolves to do (§6).

One pass over the body paragraphs keeps the open *block*: its type (decided by its
introducer or its section heading, never by the verbs of its items), its assigner, its
addressees and its period. Items are

- marked paragraphs (``Thứ nhất,``, ``Một là,``, ``1.``, ``1)``, ``(1)``, ``a)``, ``-``,
  ``+``, ``•``) with the unmarked paragraphs that continue them; a short unpunctuated
  marked line followed by bullets is a sub-heading, and its bullets are the items;
- plan activities followed by ``- Cơ quan chủ trì:`` / ``- Thời gian:`` attribute lines;
- inline ``1) ... 2) ...`` lists inside one paragraph;
- sentences after a colon (``nhấn mạnh nhiệm vụ trọng tâm ...: Tham mưu ... . Tiếp tục
  ... .``), split further at ``;`` where the next clause starts with an action word;
- prose requests (``đồng chí X đề nghị Y cần ...``, ``giao X chủ trì ...``, ``Các đại
  biểu thống nhất, trong 6 tháng cuối năm ..., ...``): the request sentence and the
  sentences after it, then the following paragraphs that start with an action word, or
  exactly the announced number of paragraphs (``6 nhiệm vụ trọng tâm ... Cụ thể, ...``).

Report and plan sections decide alone: results, shortcomings, aims and topics hold no
tasks; ``PHƯƠNG HƯỚNG, NHIỆM VỤ``, ``CÁC HOẠT ĐỘNG``, ``TỔ CHỨC THỰC HIỆN`` hold tasks.
Work is linear: each paragraph is scanned a bounded number of times, an item takes at
most ``_MAX_CONTINUATION`` continuation paragraphs.

Fields (``task_fields``): ``assigned_by`` is the person who makes the request (a
participant's full name; a bare ``Đồng chí`` is the person named just before; a title
alone, ``Đồng chí Trưởng ban``, is the participant holding it), null for a body;
``lead`` / ``support`` as written from ``chủ trì`` / ``phối hợp với`` and from plan
attribute lines; ``assignees`` = lead + support, else the units the item names, else
the request's addressees; ``due_date`` from ``dates.find_deadline`` on the item's own
text (the block period never); ``period`` the block's coming period (introducer,
section heading, else the meeting title's ``triển khai ...`` period); ``directives`` the
keys of the directives whose mentions lie inside the item. ``text`` is the item without
its marker, the closing ``/.`` or a single final ``.``, spaces tidied.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field, replace

from reports.extraction import blocks as bl
from reports.extraction import task_blocks as tb
from reports.extraction import task_fields as tf
from reports.extraction.dates import find_deadline, find_periods
from reports.extraction.lexicon import NUMBER_WORDS, ORDINAL_WORDS, RELATED_NEWS
from reports.extraction.meetings import meeting_at
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length, fold
from reports.extraction.types import Directive, Meeting, Participant, Segmented, Span, Task, Unit
from reports.extraction.units import find_unit_mentions

try:  # helper C's interface; a private fallback below while it is not there
    from reports.extraction.people import person_for as _person_for
except ImportError:  # pragma: no cover - depends on the other module's progress
    _person_for = None

_MAX_CONTINUATION = 4
# a clause shorter than this is no task of its own
_MIN_TASK = 30
# paragraphs an aside inside a task list may take before the list is over
_ASIDE_PARAGRAPHS = 2
# No real document assigns more; a bound keeps pathological inputs (100,000 markers) cheap.
_MAX_TASKS = 500
_SHORT_HEADING_WORDS = 4
_FAMILIES = ("thu", "la", "num", "letter", "star", "plus", "bullet")
# How far before a request verb its speaker is looked for
_SPEAKER_WINDOW = 400
_CHAIR_REF = re.compile(r"(?<![\w])[Đđ]ồng chí\s{1,3}(?i:chủ trì)(?:\s{1,3}(?i:hội nghị))?$")
# how far back from a request ``tôi`` or ``đồng chí chủ trì`` names the one who asks
_SPEAKER_REF_WINDOW = 60
_FIRST_PERSON = re.compile(r"(?<![\w])(?:tôi|chúng tôi)(?:\s{1,3}(?:cũng|xin))?\s*$")
_TITLE_ONLY = re.compile(r"(?<![\w])[Đđ]ồng chí\s{1,3}(?P<t>(?:Phó\s)?[A-ZĐ][^,;:]{2,60})$")
_ORDINALS = "|".join(ORDINAL_WORDS)
_COUNT_WORDS = NUMBER_WORDS
_ENUM = re.compile(
    r"^[ \t]*(?P<m>(?P<upper>[A-D]\.(?=[ \t]))"
    r"|(?P<roman>(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.(?=[ \t]))"
    r"|(?P<task_no>(?i:nhiệm vụ)\s{1,3}\d{1,2}\s{0,3}:)"
    r"|(?P<thu>(?i:thứ)\s{1,3}(?i:" + _ORDINALS + r")(?:\s{1,3}là)?"
    # a weekday with its date is not an ordinal (Thứ Hai, 20/4/2024)
    r"(?!\s{0,3},?\s{0,3}(?:[Nn]gày\s{1,3})?\d{1,2}/\d{1,2}))"
    r"|(?P<la>(?i:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s{1,3}là)"
    r"|(?P<num2>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?\.?)"
    r"|(?P<num>\(\d{1,2}\)|\d{1,2}[.)/](?!\d)"
    # ``1-``, ``1 -`` before a capital (never ``15-5-2023``), as typed Party documents write
    r"|\d{1,2}[ \t]?-(?=[ \t]{1,3}[^\W\d_a-zđăâêôơư]))"
    # ``a)``, ``a.``, ``(a)``, ``a/`` (not ``đ/c``, comrade: the slash form needs a space)
    r"|(?P<letter>[a-zđ][.)]|\([a-zđ]\)|[a-zđ]/(?=[ \t]))"
    r"|(?P<star>\*)"
    r"|(?P<plus>\+)"
    r"|(?P<bullet>[-\u2013\u2022·➢▪◦►♦●○✓❖]))"
    r"(?:[ \t]*[,:.]?[ \t]+|(?P<glued>(?=[^\W\d_])))"
)
# List levels: a marker of a deeper level under an item is its sub-item
_RANK = {
    "upper": 1,
    "roman": 2,
    "task_no": 3,
    "thu": 4,
    "la": 4,
    "num": 4,
    "num2": 5,
    "letter": 5,
    "bullet": 6,
    "star": 6,
    "plus": 7,
}
_PERSON_ASKS = re.compile(r"[Đđ]ồng chí\s[^.]{3,200}?[\s,;]\s?(?:đề nghị|yêu cầu)\s(?!Hội nghị)")
# a leader's or a meeting's assessment opening an item: no task
_ASSESSMENT = re.compile(
    r"^\s*(?:(?:Hội nghị|Ban Thường vụ|Thường trực|Ban Chấp hành)[^,:;]{0,40}?\s)?"
    r"(?:thống nhất\s{1,3}(?:đánh giá|với|thông qua)|đánh giá cao|ghi nhận|biểu dương"
    r"|thẳng thắn chỉ ra|nhất trí với|nhận định|về đánh giá)(?![\w])",
    re.IGNORECASE,
)
# a deadline attribute after another on the same line
_SECOND_ATTR = re.compile(
    r"[.;]\s{1,3}(?:[Tt]hời gian|[Tt]hời hạn)(?:\s{1,3}(?:thực hiện|hoàn thành))?\s{0,3}:"
)
_SHORTCOMING_OPENING = re.compile(r"^\s*(?:Tuy nhiên|Bên cạnh đó|Hạn chế|Tồn tại)[,:\s]")
# the heading of a part holding a leader's conclusions or directions
_CONCLUSIONS_HEAD = re.compile(r"(?:kết luận|ý kiến chỉ đạo|chỉ đạo|phát biểu chỉ đạo)(?![\w])")
# an item that reports what a named person said (``Đồng chí X (chức vụ) phát biểu: …``)
_SPEAKER_ITEM = re.compile(r"\s*(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s[^:]{3,200}:\s")
_OPENING_QUOTES = " \t“\"«'‘"
_INLINE = re.compile(r"(?:(?<=\s)|^)\(?(?P<n>\d{1,2})\)\s+")
_NUMBER_WORDS = tuple(NUMBER_WORDS)
_ORDINAL_WORDS = tuple(ORDINAL_WORDS)
_INLINE_STYLES = (
    (_INLINE, tuple(str(i) for i in range(1, 100))),
    (
        re.compile(
            r"(?:(?<=[\s;:.,“\"])|^)(?P<n>" + "|".join(_NUMBER_WORDS) + r")\s{1,3}là\s{0,3},?\s+"
        ),
        _NUMBER_WORDS,
    ),
    (
        re.compile(
            r"(?:(?<=[\s;:.“\"])|^)thứ\s{1,3}(?P<n>" + "|".join(_ORDINAL_WORDS) + r")\s{0,3},\s+"
        ),
        _ORDINAL_WORDS,
    ),
    (re.compile(r"(?:(?<=[\s;:])|^)(?P<n>[a-h])\)\s+"), tuple("abcdefgh")),
    # ``: 1. ...; 2. ...`` and ``: - ...; - ...`` after a colon or a semicolon only
    (
        re.compile(r"(?:(?<=[;:]\s)|^)(?P<n>\d{1,2})[./]\s+(?=[^\W\d_])"),
        tuple(str(i) for i in range(1, 100)),
    ),
    *(
        (re.compile(r"(?:(?<=[;:]\s)|^)(?P<n>" + re.escape(ch) + r")\s+(?=[^\W\d_])"), (ch,) * 99)
        for ch in "-–+•"
    ),
)
_CAPTION = re.compile(r"^\s*\(?(?:Ảnh|Ảnh minh họa|Nguồn|Video|Clip)\s*:", re.IGNORECASE)
_STOP = RELATED_NEWS
_FOOTER = re.compile(r"^\s*(?:Nơi nhận|NƠI NHẬN)\s*:?")
_APPENDIX = re.compile(r"^\s*(?:PHỤ LỤC|Phụ lục)(?:\s{1,3}(?:[IVX]{1,4}|\d{1,2}))?\s*:?\s*$")
_CLOSER = re.compile(
    r"^\s*(?:Trên đây là|T/[LM]\b|K/T\b|TM\.|KT\.|TL\.|Xin trân trọng|Kính gửi)"
    r"|(?i:thông báo)\s(?:để|cho)\s.{0,300}biết,?\s(?:và\s)?(?:thực hiện|phối hợp|chỉ đạo)"
)
# A paragraph that starts a new scene: it never continues the previous list item. A
# paragraph opening with its own request or assignment (``Giao X ...``, ``Đề nghị X ...``,
# ``Đồng chí đề nghị ...``) is a request of its own, not the last item's second paragraph.
_NEW_SCENE = re.compile(
    r"^\s*(?:Phát biểu|Kết luận|Thay mặt|Tại [Hh]ội nghị|Tại buổi|Dịp này|Nhân dịp|Cũng nhân dịp|"
    r"Cũng tại|Trước đó|Sau đó|Tuy nhiên|Bên cạnh|Đồng chí\s|Theo (?:báo cáo|đồng chí)|"
    r"(?:Giao|Đề nghị|Yêu cầu)\s)"
)
_END_MARK = re.compile(r"\s*\.{0,3}\s*/\s*\.\s*$|\s*\./\s*$")
_PAST = re.compile(r"(?<![\w])(?:đã|vừa qua|thời gian qua)(?![\w])")
_TRIGGER = re.compile(
    r"(?<![\w])(?:(?P<req>đề nghị|Đề nghị|yêu cầu|Yêu cầu)(?![\w])"
    r"|(?P<agree>thống nhất)(?![\w])"
    r"|(?P<stress>(?i:nhấn mạnh|xác định|chỉ rõ|lưu ý)),?\s{1,3}(?:(?:các|những|một số)\s{1,3})?"
    r"(?=nhiệm vụ|giải pháp))"
)
_NOT_REQUEST_BEFORE = re.compile(
    r"(?:theo|các|những|của|lời|kiến nghị,|đã|được|đáp ứng|mục đích,|với|là|về|trước|ra|"
    r"đúng|cao|nhiệm vụ,|ý kiến|đại biểu|tham luận|nắm vững|đạt|đủ|mọi|nhiều|có|bảo đảm|"
    r"đảm bảo)\s{1,3}$",
    re.IGNORECASE,
)
_NOT_REQUEST_AFTER = re.compile(
    r"\s{0,3}(?:của|đặt ra|nhiệm vụ|cao|ngày càng|đối với|về|là|trên|được)(?![\w])"
)
_AGREED_WHAT = r"nhiệm vụ|giải pháp|phương hướng|thời gian tới|cuối năm|năm tới"
_PERIOD_OPENING = re.compile(
    r"\s{0,3}(?:(?:[Tt]rong|[Tt]ừ nay đến|[Đđ]ến)\s{1,3})?(?:(?:những|các)\s{1,3})?"
    + tf.COMING_PERIOD
    + r"\s{0,3},\s{0,3}"
)
# a clause after ';' that finishes the one before it (its deadline or report)
_CLAUSE_TAIL = re.compile(
    r"(?:hoàn thành|thời gian|báo cáo|gửi|trình|xong|chậm nhất|trước ngày|định kỳ)(?![\w])"
)
# "Thực hiện Kế hoạch số ..., Ban ... báo cáo như sau": the preamble of a document
_PREAMBLE = re.compile(
    r"\s*(?i:thực hiện|căn cứ|triển khai|theo)\s{1,3}(?i:nghị quyết|chỉ thị|kết luận|kế hoạch|"
    r"hướng dẫn|quyết định|công văn|thông báo|chương trình|quy định|văn bản|ý kiến|sự chỉ đạo)"
)
_ELABORATION = re.compile(r"\s*(?:Trong đó|Qua đó|Từ đó|Nhất là|Đặc biệt là|Trước hết)\s*,")
# a chair asking the delegates to discuss, a delegate asking the speaker to explain: the
# meeting's own business, no task
_PROCEDURAL = re.compile(
    r"\s{0,3}(?:các\s{1,3})?(?:đại biểu|báo cáo viên|diễn giả)(?:\s{1,3}(?:dự hội nghị|tham dự))?"
    r"\s{1,3}(?:tập trung\s{1,3})?(?:thảo luận|đóng góp|phát huy|cho ý kiến|tham gia ý kiến"
    r"|làm rõ|giải thích|trao đổi thêm)",
    re.IGNORECASE,
)
# ``cần``, ``phải`` asking for something; ``không phải là`` (is not) asks nothing
_MODAL = re.compile(r"(?<![\w])(?<!không )(?:cần|phải)(?![\w])(?! là\b)")
_MODAL_WINDOW = 80
_SPEECH = re.compile(r"(?<![\w])(?:nhấn mạnh|lưu ý|chỉ đạo|kết luận|yêu cầu|đề nghị)(?![\w])")
_WILL_DO = re.compile(
    r"(?<![\w])(?:cần|sẽ|tiếp tục|tập trung|phải|chú trọng|đẩy mạnh|tăng cường)(?![\w])"
)
_UMBRELLA = re.compile(
    r"(?<![\w])(?:(?:một số|\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s{1,3}(?:nhóm\s{1,3})?"
    r"(?:nhiệm vụ|nội dung|giải pháp|việc)|giao\s{1,3}nhiệm vụ|"
    r"(?:các|những)\s{1,3}(?:nhiệm vụ|nội dung|giải pháp)(?:\s{1,3}(?:trọng tâm|chủ yếu|cụ thể))?"
    r"\s{1,3}(?:sau|như sau))(?![\w])"
)
_COUNT = re.compile(
    r"(?<![\w])(?P<n>\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s{1,3}(?:nhóm\s{1,3})?"
    r"(?:nhiệm vụ|nội dung|giải pháp)(?![\w])"
)
_SPECIFICALLY = re.compile(r"^\s*(?i:cụ thể)\s*(?:là|như sau)?\s*[,:]\s*")
_AGREE_PREFIX = re.compile(
    r"\s*(?:là|rằng)?\s*,?\s*(?:(?:trong|về|cho|đối với)\s[^,:;.]{0,60},\s*)?", re.IGNORECASE
)
_WITH_UNIT = re.compile(r"^\s*(?:Với|Đối với)\s(?P<u>[^,]{3,120}(?:,\s[^,]{1,40}){0,4}),\s")
_TITLE_NEXT = re.compile(r"(?i:triển khai|phương hướng|nhiệm vụ|kế hoạch)")


@dataclass
class _Item:
    pieces: list[tuple[int, int]]  # spans in the document text
    texts: list[str]
    assigned_by: str | None
    assignees: tuple[str, ...]
    period: str | None
    family: str | None = None
    attrs: dict[str, str] = field(default_factory=dict)
    continued: int = 0
    # the units of the group heading the item stands under
    heading_units: tuple[str, ...] = ()
    drop: bool = False
    closed: bool = False


@dataclass
class _Block:
    kind: str  # tb.TASKS or another kind (items then collected for nothing)
    mode: str  # list | verbs | count
    assigned_by: str | None = None
    assignees: tuple[str, ...] = ()
    period: str | None = None
    family: str | None = None
    remaining: int = 0
    items: list[_Item] = field(default_factory=list)
    from_section: bool = False
    # opened by an introducer ending with ":" (a list must follow)
    announced: bool = False
    # the units a dropped sub-heading names (``1. Ban Tuyên giáo Tỉnh ủy`` then bullets)
    sub_assignees: tuple[str, ...] = ()


def _tidy(text: str) -> str:
    return " ".join(text.split())


def _clean_text(text: str) -> str:
    text = _tidy(text)
    # the separator after an inline or listed item (``(1) ... ; (2) ...``) is not its text
    text = _END_MARK.sub("", text).rstrip().rstrip(";,").rstrip()
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    if (
        text.endswith(('"', "”"))
        and text.count(text[-1]) % 2 == 1
        or text.endswith("”")
        and (text.count("“") < text.count("”"))
    ):
        # the closing mark of a quoted speech the last item ends (``... của Đảng".``)
        text = text[:-1].rstrip().rstrip(".;,").rstrip()
    return text


# Attribute lines that make the marked line before them a plan activity (a task).
_ACTIVITY_ATTRS = frozenset({"chủ trì", "phối hợp", "thực hiện"})


class _Builder:
    def __init__(self, seg: Segmented, participants, meetings):
        self.text = seg.text
        self.reference = seg.published or next(
            (m.start_date for m in meetings if m.start_date), None
        )
        self.participants = participants
        # folded once: every request looks its speaker up among them
        self.folded_names = [(fold(p.name), p.name) for p in participants]
        self.title_period = _title_period(seg, meetings, self.reference)
        self.items: list[_Item] = []
        self.block: _Block | None = None
        self.section: str | None = None
        self.section_period: str | None = None
        self.footer = False
        self.last_assigner: str | None = None
        # the inline items of the paragraph just read, which the next one may go on with
        self.inline_tail: tuple[_InlineRun, _Block] | None = None
        # a quoted speech still open after a paragraph that asked for tasks: its speaker
        # and period (see ``_speech_goes_on``)
        self.speech: tuple[str | None, str | None] | None = None
        # paragraphs fed so far, and the task list last closed with when it was
        self.fed = 0
        self.broken: tuple[_Block, int] | None = None
        # a marked line outside any task part, waiting for a ``Cơ quan chủ trì:`` line
        self.pending: tuple[str, int, re.Match[str]] | None = None
        # the last person named in the body, for a later bare "Đồng chí"
        self.last_speaker: str | None = None
        # a notice of conclusions: its task sections are the concluding person's
        self.default_assigner: str | None = None
        if seg.genre == "thong_bao" or "ket luan" in fold(seg.title or ""):
            concluding = [p.name for p in participants if "concluding" in p.roles]
            if len(concluding) == 1:
                self.default_assigner = concluding[0]

    # --- blocks -----------------------------------------------------------------

    def close(self) -> None:
        if self.block is not None and self.block.kind == tb.TASKS and self.block.items:
            # a list of tasks a paragraph broke (``Tuy nhiên, vẫn còn hạn chế: …`` between
            # its items) may go on: see ``_resumed``
            self.broken = (self.block, self.fed)
        self.block = None

    def open(self, kind: str, mode: str, **kw) -> _Block:
        self.block = _Block(kind=kind, mode=mode, **kw)
        return self.block

    def add_item(self, start: int, end: int, family: str | None = None) -> _Item | None:
        block = self.block
        if block is None or len(self.items) >= _MAX_TASKS:
            return None
        item = _Item(
            pieces=[(start, end)],
            texts=[self.text[start:end]],
            assigned_by=block.assigned_by,
            assignees=block.sub_assignees or block.assignees,
            period=block.period,
            family=family,
            heading_units=block.sub_assignees,
        )
        block.items.append(item)
        if block.kind == tb.TASKS and end > start:
            self.items.append(item)
        return item

    # --- paragraphs -------------------------------------------------------------

    def feed(self, ptext: str, pstart: int) -> None:
        """One body paragraph, in named steps: the end of the body, headings, attribute
        lines, then a list item or a paragraph of prose."""
        self.fed += 1
        if self.footer and not self._appendix(ptext):
            return
        text = ptext.strip()
        if not text or _CAPTION.match(text):
            return
        start = pstart + len(ptext) - len(ptext.lstrip())
        if self._ends_body(text):
            return
        tail, self.inline_tail = self.inline_tail, None
        if tail is not None and self._resume_inline(text, start, *tail):
            return
        speech, self.speech = self.speech, None
        if speech is not None and self._speech_goes_on(text, start, speech):
            return
        enum = _marker(text)
        if self._heading(text, enum):
            self.broken = None  # a new part: the list before it is over
            return
        if self._attribute(text):
            return
        found = len(self.items)
        if enum:
            self._marked(text, start, enum)
        else:
            self._unmarked(text, start)
        self._note_speaker(text)
        if len(self.items) > found and _opens_quote(text):
            # a request inside a quoted speech that the paragraph does not close: the
            # speech's next paragraphs (``“Ban … chủ trì …``) go on asking
            last = self.items[-1]
            self.speech = (last.assigned_by, last.period)

    def _speech_goes_on(self, text: str, start: int, speech: tuple) -> bool:
        """A paragraph of a quoted speech whose earlier paragraph asked for tasks: its
        sentences that ask for something (a unit or a group doing, ``cần``, ``phải``) are
        tasks of the same speaker."""
        if not text.startswith(("“", '"')):
            return False
        assigned_by, period = speech
        self.block = _Block(kind=tb.TASKS, mode="verbs", assigned_by=assigned_by, period=period)
        added = 0
        for s, e in tb.sentences(text):
            sentence = text[s:e].lstrip(_OPENING_QUOTES)
            lead = len(text[s:e]) - len(sentence)
            if _task_like(sentence) and not _PAST.search(tb.low(sentence[:_SUBJECT_MAX])):
                self.add_item(start + s + lead, start + e)
                added += 1
        self.close()
        if added and _opens_quote(text):
            self.speech = speech
        return added > 0

    def _resume_inline(self, text: str, start: int, run: _InlineRun, block: _Block) -> bool:
        """A paragraph going on with the inline items of the one before (a quoted speech
        over two paragraphs: ``… Thứ hai, …`` then ``“Thứ ba, …``): more of the same list."""
        more = _inline_run(text, 0, resume=run)
        if not more.spans:
            return False
        self.block = _Block(
            kind=block.kind, mode="list", assigned_by=block.assigned_by,
            assignees=block.assignees, period=block.period,
        )  # fmt: skip
        for s, e in more.spans:
            self.add_item(start + s, start + e)
        self.inline_tail = (more, self.block)
        self.close()
        return True

    def _appendix(self, text: str) -> bool:
        """An appendix after the signature (``PHỤ LỤC`` and its table of activities) is
        part of the plan again."""
        if not _APPENDIX.match(text):
            return False
        self.footer = False
        self.section = None
        return True

    def _ends_body(self, text: str) -> bool:
        """Related news, recipients and closing formulas end the task parts."""
        if _STOP.match(text) or _FOOTER.match(text):
            self.footer = True
            self.close()
            return True
        if _CLOSER.search(text[:400]):
            self.close()
            self.section = None
            return True
        return False

    def _heading(self, text: str, enum: re.Match[str] | None) -> bool:
        """A section heading (Roman, capitals, a short numbered title) sets the section."""
        if tb.roman_heading(text):
            self.close()
            self.section = tb.heading_kind(text)
            self.section_period = _heading_period(text, self.reference)
            if self.section == tb.TASKS:
                self._open_section()
            return True
        if tb.all_caps(text):
            self.close()
            if enum:
                # a numbered capitalised sub-heading decides for itself, else its section does
                self._subsection(tb.heading_kind(text) or self.section, text)
                return True
            # an unnumbered capitalised heading opens a task part, else it is neutral: an
            # article's sub-title never silences the requests below it
            self._subsection(tb.TASKS if tb.heading_kind(text) == tb.TASKS else None, text)
            return True
        if enum and (enum["num"] or enum["letter"] or enum["roman"] or enum["upper"]):
            body = text[enum.end() :]
            # "1. Đánh giá chung" starts with an action word but is a heading
            short = len(body.split()) <= _SHORT_HEADING_WORDS and not body.endswith((".", ";"))
            kind = tb.heading_kind(body) if _heading_text(body) or short else None
            if kind:
                self.close()
                self._subsection(kind, body)
                return True
            if _heading_text(body) and _CONCLUSIONS_HEAD.match(tb.low(body)):
                # ``4. Kết luận của đồng chí chủ trì``: a part of its own, neither results
                # nor tasks as a whole; the content part before it ends here
                self.close()
                self._subsection(None, body)
                return True
        return False

    def _attribute(self, text: str) -> bool:
        """``- Cơ quan chủ trì: X`` / ``- Thời gian: ...`` lines of the item before; one
        line may hold two (``Thực hiện: X (chủ trì); Y (phối hợp). Thời gian: quý II``)."""
        attr = tf.attribute(text)
        if attr and self.block and self.block.items:
            attrs = self.block.items[-1].attrs
            key, value = attr
            when = _SECOND_ATTR.search(value) if key != "thời gian" else None
            if when:
                attrs.setdefault("thời gian", value[when.end() :].strip())
                value = value[: when.start()]
            attrs.setdefault(key, value)
            return True
        pending, self.pending = self.pending, None
        if attr and pending and attr[0] in _ACTIVITY_ATTRS:
            # a plan's activity (``(a) Tổ chức tọa đàm ...`` then ``- Cơ quan chủ trì: X``)
            # is a task whatever its section is called (``NỘI DUNG, HÌNH THỨC``)
            self._open_section()
            self._marked(*pending)
            if self.block and self.block.items:
                self.block.items[-1].attrs.setdefault(attr[0], attr[1])
            return True
        return False

    def _note_speaker(self, text: str) -> None:
        found = tf.name_after_honorific(text[-_SPEAKER_WINDOW * 4 :])
        if found:
            name = self._full_name(found[0])
            if not self.participants or any(p.name == name for p in self.participants):
                self.last_speaker = name

    def table(self, lines: list[tuple[str, int]]) -> None:
        """A table of tasks: one task per row, its content cell the text, the lead,
        support and due columns its attributes, whatever their order (``blocks.
        column_roles``). A table without a content column holds no tasks, nor does a budget
        (a money column and no lead or due column); one without a lead or due column holds
        tasks only inside a task part."""
        table = bl.table_of(lines, self.text)
        if table is None or self.footer:
            return
        roles = bl.column_roles(table.header)
        if "text" not in roles:
            return
        if "money" in roles and not ("lead" in roles or "due" in roles):
            return  # a budget (``Nội dung | Đơn vị thực hiện | Kinh phí``), not tasks
        block = self.block
        in_tasks = block is not None and block.kind == tb.TASKS
        assigning = any(r in roles for r in ("lead", "due", "assignee"))
        if not (in_tasks or self.section == tb.TASKS or assigning):
            return
        if not in_tasks:
            announced = block is not None and block.announced and not block.items
            self._open_section()
            if announced:
                # the sentence announcing the table ("đề nghị ... theo phân công sau:")
                self.block.assigned_by = block.assigned_by or self.block.assigned_by
                self.block.period = block.period or self.block.period
        if self.block.assigned_by:
            self.last_assigner = self.block.assigned_by
        for row in table.rows:
            self._table_row(row, roles)
        if not self.block.from_section:
            self.close()

    def _table_row(self, row: bl.Row, roles: dict[str, int]) -> None:
        cells = row.cells
        if roles["text"] >= len(cells) or not cells[roles["text"]].text:
            return
        content = cells[roles["text"]]
        said = content.text
        if _ASSESSMENT.match(said) or _told_as_done(said) or _SHORTCOMING_OPENING.match(said):
            # a conclusions table's rows of assessment, results and shortcomings
            return
        item = self.add_item(content.start, content.end)
        if item is None:
            return
        for role, key in (
            ("lead", "chủ trì"),
            ("support", "phối hợp"),
            ("due", "thời gian"),
            ("assignee", "thực hiện"),
        ):
            at = roles.get(role)
            if at is not None and at < len(cells):
                item.attrs[key] = cells[at].text
        item.closed = True

    def _subsection(self, kind: str | None, text: str) -> None:
        self.section = kind
        self.section_period = _heading_period(text, self.reference) or self.section_period
        if kind == tb.TASKS:
            self._open_section()

    def _open_section(self) -> None:
        self.open(
            tb.TASKS,
            "list",
            assigned_by=self.default_assigner,
            period=self.section_period or self.title_period,
            from_section=True,
        )

    def _marked(self, text: str, start: int, enum: re.Match[str]) -> None:
        family = next(k for k in _RANK if enum[k])
        block = self.block
        if family == "star" and (block is None or block.family != "star"):
            self.close()  # "* Tại hội nghị này ...": a post-script, not an item
            return
        if block is None:
            block = self._resumed(family)
        if block is None:
            if self.section == tb.TASKS:
                block = self._reopen_section()
            else:
                # a task only if a responsibility line follows it (see ``feed``), or one
                # a speaker asks for inside it (minutes: ``- Đồng chí X (…) phát biểu chỉ
                # đạo: Đề nghị Ban … tham mưu …``)
                self.pending = (text, start, enum)
                if self.section in (None, tb.DISCUSSION) and _SPEAKER_ITEM.match(text, enum.end()):
                    self._prose(text[enum.end() :], start + enum.end())
                return
        body_start = start + enum.end()
        if block.family is None:
            block.family = family
        if family == block.family or not block.items:
            block.sub_assignees = ()
            self._new_item(body_start, start + len(text), family)
            return
        parent = block.items[-1]
        # an item announcing a list (``2. …, Ban Thường vụ yêu cầu … nhiệm vụ sau:``) is
        # the heading of the items after it, whatever their markers' ranks
        announcing = (
            parent.family is not None
            and family != parent.family
            and _tidy("".join(parent.texts)).endswith(":")
            and len(parent.pieces) == 1
        )
        if announcing or (_RANK[family] > _RANK.get(parent.family or "", 0) and parent.family):
            if _heading_like(parent):
                if not parent.drop:
                    parent.drop = True
                    block.sub_assignees = tuple(_heading_units(_tidy(" ".join(parent.texts))))
                self._new_item(body_start, start + len(text), family)
            elif parent.family == block.family:
                self._continue(parent, start, start + len(text))
            else:
                self._new_item(body_start, start + len(text), family)
            return
        if _RANK[family] < _RANK.get(parent.family or "", 0) and parent.drop is False:
            # back up a level: a new top-level item
            block.family = family
        self._new_item(body_start, start + len(text), family)

    def _resumed(self, family: str) -> _Block | None:
        """The task list closed one or two paragraphs ago, when this item carries its
        items' marker: the paragraph between was an aside, not the end of the list."""
        if self.broken is None:
            return None
        block, at = self.broken
        if block.family != family or self.fed - at > _ASIDE_PARAGRAPHS:
            return None
        self.block = block
        return block

    def _reopen_section(self) -> _Block:
        self._open_section()
        return self.block

    def _new_item(self, s: int, e: int, family: str) -> None:
        text = self.text[s:e]
        if _told_as_done(text) or _ASSESSMENT.match(text):
            # ``1. Sau 3 năm thực hiện …, các cấp ủy … đã quán triệt …``, ``- Hội nghị
            # thống nhất đánh giá: …``: a result or an assessment under a conclusion's
            # markers, not a task; kept as an item (the list goes on), dropped from tasks
            item = self.add_item(s, e, family)
            if item is not None:
                item.drop = True
            return
        # ``Thứ ba, Ban A chủ trì …; Ủy ban nhân dân huyện chỉ đạo …``: one item, two
        # units' tasks (``Tổ chức tốt …; Phòng X chủ trì …`` is one task and who leads it)
        two = _new_actor(text.lstrip()) and _actor_clause(self.text, s, e)
        spans = _actor_splits(self.text, s, e) if two else [(s, e)]
        for a, b in spans:
            item = self.add_item(a, b, family)
            if item is not None and _END_MARK.search(self.text[a:b]):
                item.closed = True

    def _continue(self, item: _Item, s: int, e: int) -> None:
        if item.continued >= _MAX_CONTINUATION:
            return
        item.pieces.append((s, e))
        item.texts.append(self.text[s:e])
        item.continued += 1

    def _unmarked(self, text: str, start: int) -> None:
        block = self.block
        end = start + len(text)
        if block is not None:
            if block.items and text[:1].islower() and not block.items[-1].closed:
                # a wrapped line of the item before it
                self._continue(block.items[-1], start, end)
                return
            marked = bool(block.items) and block.items[-1].family is not None
            if block.mode == "count" and block.remaining > 0 and _prose(text) and not marked:
                self.add_item(start, end)
                block.remaining -= 1
                if block.remaining == 0 or _END_MARK.search(text):
                    self.close()
                return
            if block.mode == "list" and block.items:
                last = block.items[-1]
                if not last.closed and _continuation(text):
                    self._continue(last, start, end)
                    return
            if (
                block.mode == "verbs" or (block.mode == "list" and not block.items)
            ) and _verb_paragraph(text):
                block.mode = "verbs"
                self.add_item(start, end)
                if _END_MARK.search(text):
                    self.close()
                return
            if (
                block.announced
                and (block.mode in ("announced", "verbs") or not block.items)
                and _prose(text)
                and _task_like(text)
                and not _PAST.search(tb.low(text[:_SPEAKER_WINDOW]))
            ):
                # unmarked items after "...các nhiệm vụ sau:": "Các cấp ủy cần ..."
                block.mode = "announced"
                self.add_item(start, end)
                if _END_MARK.search(text):
                    self.close()
                return
            if not block.from_section:
                self.close()
        if self.section == "other" and not _PERSON_ASKS.search(text):
            # a part of results or contents; a leader's request told in it still counts
            # (``Phát biểu chỉ đạo, đồng chí X ghi nhận …; đề nghị Đảng ủy xã …``)
            return
        self._analyse(text, start)

    # --- introducers and prose --------------------------------------------------

    def _analyse(self, text: str, start: int) -> None:
        if text.rstrip().endswith(":"):
            self._list_intro(text)
            return
        if _heading_text(text) and not _find_trigger(text, self.reference):
            # an unnumbered sub-heading (``Nhiệm vụ trọng tâm năm 2025``) opens or ends a list
            kind = tb.heading_kind(text)
            if kind == tb.TASKS and tb.classify_intro(text, self.reference) == tb.TASKS:
                self.open(tb.TASKS, "list", period=self._period(text, 0))
            return
        colon = text.find(":")
        if 0 < colon < len(text) - 1:
            intro = text[:colon]
            kind = tb.classify_intro(intro, self.reference)
            rest_start = colon + 1
            run = _inline_run(text, rest_start)
            inline = run.spans
            if inline:
                # the words between the colon and the first item introduce them most
                # closely (``nhấn mạnh: "Thời gian tới, ... cần tập trung ...: Một là``)
                lead_in = text[rest_start : _marker_start(text, inline[0][0])]
                kind = tb.classify_intro(lead_in, self.reference) or kind
                if kind is None and _SPEECH.search(tb.low(intro[-80:])):
                    kind = tb.TASKS
                if kind == tb.TASKS:
                    self._list_intro(intro, kind)
                    for s, e in inline:
                        self.add_item(start + s, start + e)
                    self.inline_tail = (run, self.block)
                    self.close()
                return
            rest = text[rest_start:]
            first = _ENUM.match(rest.lstrip())
            if kind == tb.TASKS and first and first["glued"] is None:
                # "... các nhiệm vụ sau: Thứ nhất, ..." with the next items on their own lines
                self._list_intro(intro, kind)
                family = next(k for k in _RANK if first[k])
                self.block.family = family
                offset = rest_start + (len(rest) - len(rest.lstrip())) + first.end()
                self._new_item(start + offset, start + len(text), family)
                return
            modal = _MODAL.search(tb.low(rest[:_MODAL_WINDOW]))
            if kind is None and modal and _SPEECH.search(tb.low(intro)):
                # "đồng chí X nhấn mạnh: Các cấp ủy cần ..."
                kind = tb.TASKS
            opens = tf.starts_with_verb(rest.lstrip()) or modal is not None
            if kind == tb.TASKS and opens and _introduces(intro):
                self._list_intro(intro, kind)
                self._colon_items(text, start, rest_start)
                self.close()
                return
            if kind in (tb.ACHIEVEMENTS, tb.SHORTCOMINGS, tb.DISCUSSION):
                return
        self._prose(text, start)

    def _list_intro(self, text: str, kind: str | None = None) -> None:
        kind = kind or tb.classify_intro(text, self.reference)
        if kind is None and (self.section == tb.TASKS or _SPEECH.search(tb.low(text))):
            # "Kết luận hội nghị, đồng chí X nêu rõ:" with no other cue: the speech's points
            kind = tb.TASKS
        trigger = _find_trigger(text, self.reference)
        pos = trigger.start if trigger else len(text)
        # a request's speaker is known even when the words do not say tasks follow (a
        # table of tasks after "đề nghị ... theo phân công dưới đây:" takes it)
        requested = trigger is not None and trigger.kind == "req"
        assigner = self._assigner(text, pos) if kind == tb.TASKS or requested else None
        if assigner is None and kind == tb.TASKS and self.section == tb.TASKS:
            assigner = self.default_assigner
        if assigner and kind == tb.TASKS:
            self.last_assigner = assigner
        block = self.open(
            kind or "other",
            "list",
            assigned_by=assigner,
            assignees=tuple(tf.addressees(text[pos:])) if trigger else (),
            period=self._period(text, pos),
            from_section=self.section == tb.TASKS,
        )
        block.announced = text.rstrip().endswith(":")
        count = _count(text)
        if count and kind == tb.TASKS:
            block.remaining = count
            block.mode = "count"

    def _colon_items(self, text: str, start: int, rest_start: int) -> None:
        for s, e in tb.sentences(text[rest_start:]):
            s += rest_start
            e += rest_start
            if self._elaborates(text, start, s, e):
                continue
            for cs, ce in _clauses(text, s, e):
                self.add_item(start + cs, start + ce)

    def _elaborates(self, text: str, start: int, s: int, e: int) -> bool:
        """``Trong đó, ...`` / ``Qua đó, ...`` spells out the task before it: same item."""
        block = self.block
        if block is None or not block.items or not _ELABORATION.match(text, s):
            return False
        item = block.items[-1]
        last_s, last_e = item.pieces[-1]
        if last_e > start + s or item.pieces[0][1] <= item.pieces[0][0]:
            return False
        item.pieces[-1] = (last_s, start + e)
        item.texts[-1] = self.text[last_s : start + e]
        return True

    def _prose(self, text: str, start: int) -> None:
        """Requests in prose, one chain after another: a paragraph may hold a later
        request after a new scene (``Chiều 4-3, ... tổ chức ... Kết luận hội nghị, đồng chí
        Y yêu cầu ...``). In a part of tasks, a paragraph with no request word whose
        subject is a unit or a group and whose verb follows is a task of its own (``Các chi
        bộ trực thuộc tổ chức kiểm điểm ...``)."""
        if (
            self.section == tb.TASKS
            and _subject_task(text)
            and self._first_request(text, tb.sentences(text)) is None
        ):
            self._reopen_section()
            self.add_item(start, start + len(text))
            return
        while text:
            cut = self._request_chain(text, start)
            if cut is None:
                return
            text, start = text[cut:], start + cut

    def _request_chain(self, text: str, start: int) -> int | None:
        """The first sentence with a trigger opens a block: its own task, then the
        sentences after it that go on with the request. Where in ``text`` the chain ended
        before the paragraph did, or None."""
        spans = tb.sentences(text)
        first = self._first_request(text, spans)
        if first is None:
            return None
        i, trig = first
        s, e = spans[i]
        sentence = text[s:e]
        assigner = self._assigner(sentence, trig.start, text[:s])
        unsaid = trig.kind in ("resp", "assign") or (
            trig.kind == "req" and not sentence[: trig.start].strip()
        )
        if assigner is None and unsaid and not _body_speaks(sentence[: trig.start]):
            # "Văn phòng Ban có trách nhiệm ..." / "Giao Văn phòng Ban ..." / "Đề nghị X
            # ...": nobody named, so the job the concluding person (or the one who
            # assigned the tasks before it) gives
            assigner = self.default_assigner or self.last_assigner
        if assigner:
            self.last_assigner = assigner
        count = _count(sentence)
        block = self.open(
            tb.TASKS,
            "count" if count else "verbs",
            assigned_by=assigner,
            assignees=tuple(tf.addressees(sentence[trig.start :])),
            period=self._period(sentence, trig.start),
        )
        # a request holding a list of ';'-joined actions is split like a colon list, and so
        # is one whose ';' hands the next action to another unit ("...; Phòng X chủ trì ...")
        split = trig.kind == "period" or text.count(";", s, e) >= 2 or _actor_clause(text, s, e)
        taken = self._request_items(text, start, (s, e), trig, split=split)
        rest = spans[i + 1 :]
        added, stop = self._following(text, start, rest, count=count, split=split, taken=taken)
        taken += added
        if count:
            block.remaining = max(0, count - taken)
            if block.remaining == 0:
                self.close()
        if _END_MARK.search(text):
            self.close()
            return None
        if stop < len(rest) and not count:
            # the chain ended inside the paragraph (a new scene): a later request in it is
            # a request of its own
            self.close()
            return rest[stop][0]
        return None

    def _first_request(self, text: str, spans) -> tuple[int, _Trigger] | None:
        for i, (s, e) in enumerate(spans):
            trig = _find_trigger(text[s:e], self.reference)
            if trig is None or _past_before(text[s:e], trig.start):
                continue
            if _PROCEDURAL.match(text, s + trig.end):
                continue  # ``đề nghị các đại biểu tập trung thảo luận``: how to hold the meeting
            return i, trig
        return None

    def _request_items(
        self, text: str, start: int, span: tuple[int, int], trig: _Trigger, *, split: bool
    ) -> int:
        """The request sentence's own items: the words after the trigger, or with an
        umbrella (``một số nội dung: a; b; c``) the clauses after its colon."""
        s, e = span
        sentence = text[s:e]
        colon = sentence.find(":", trig.end)
        if not _UMBRELLA.search(tb.low(sentence)):
            body = _after_trigger(sentence, trig)
            if body is None:
                return 0
            return self._add_sentence(text, start, s + body, e, split=split)
        if 0 < colon < len(sentence) - _MIN_TASK:
            after = s + colon + 1
            after += len(text[after:e]) - len(text[after:e].lstrip())
            return self._add_sentence(text, start, after, e, split=True)
        return 0

    def _following(
        self, text: str, start: int, spans, *, count: int, split: bool, taken: int
    ) -> tuple[int, int]:
        """The sentences after a request that go on with it (``Cụ thể, ...``, another
        request, a sentence like a task): how many items they add, and the index in
        ``spans`` of the sentence that ended the chain (``len(spans)`` when none did)."""
        added = 0
        for k, (s2, e2) in enumerate(spans):
            piece = text[s2:e2]
            spec = _SPECIFICALLY.match(piece)
            if spec:
                # "Cụ thể, ..." opens the first announced item; with a count the rest of
                # the paragraph is that one item
                if count:
                    self.add_item(start + s2 + spec.end(), start + len(text))
                    return added + 1, len(spans)
                self.add_item(start + s2 + spec.end(), start + e2)
                added += 1
                continue
            if _PAST.search(tb.low(piece)):
                return added, k
            if taken + added and self._elaborates(text, start, s2, e2):
                continue
            own = _find_trigger(piece, self.reference)
            if own is None and not _task_like(piece):
                return added, k
            if own is not None:
                self._own_request(piece, own, start + s2, start + e2)
                added += 1
            else:
                added += self._add_sentence(text, start, s2, e2, split=split)
        return added, len(spans)

    def _own_request(self, piece: str, own: _Trigger, s: int, e: int) -> None:
        """A sentence that is a request of its own (``Với Ban X, đề nghị ...``)."""
        body = _after_trigger(piece, own)
        item = self.add_item(s + (body if body is not None else 0), e)
        if item is None:
            return
        with_unit = _WITH_UNIT.match(piece)
        if with_unit:
            item.assignees = tuple(tf.split_units(with_unit.group("u")))
            return
        found = tf.addressees(piece[own.start :])
        if found:
            item.assignees = tuple(found)

    def _add_sentence(self, text: str, start: int, s: int, e: int, *, split: bool) -> int:
        spans = _clauses(text, s, e) if split else [(s, e)]
        for cs, ce in spans:
            self.add_item(start + cs, start + ce)
        return len(spans)

    # --- fields -----------------------------------------------------------------

    def _period(self, text: str, pos: int) -> str | None:
        year = self.reference.year if self.reference else None
        found = None
        for p in find_periods(text, default_year=year):
            label = fold(p.label)
            if "dau nam" in label or "qua" in label.split():
                continue
            if p.start and self.reference and p.start < self.reference - dt.timedelta(days=60):
                continue
            found = p.label
            if p.span and p.span.start >= pos:
                break
        if found:
            return _lower_label(found)
        if self.section == tb.TASKS and self.section_period:
            return self.section_period
        return self.title_period

    def _assigner(self, text: str, pos: int, context: str = "") -> str | None:
        before = text[max(0, pos - _SPEAKER_WINDOW) : pos]
        if _body_speaks(before):
            return None  # ``Ban Thường vụ Huyện ủy kết luận``: a body, not a person, assigns
        folded = fold(before)
        best = None
        for key, name in self.folded_names:
            at = folded.rfind(key) if key else -1
            if at >= 0 and (best is None or at > best[0]):
                best = (at, name)
        if best:
            return best[1]
        found = tf.name_after_honorific(before)
        if found:
            return self._full_name(found[0])
        short = self._short_name(before)
        if short:
            return short
        name = tf.name_before(text, pos)
        if name:
            return self._full_name(name)
        if _FIRST_PERSON.search(before[-_SPEAKER_REF_WINDOW:]) and self.last_speaker:
            # ``“Thời gian tới, tôi đề nghị …``: the speaker quoted, named before the quote
            return self.last_speaker
        if _CHAIR_REF.search(before[-_SPEAKER_REF_WINDOW:].rstrip(", ")):
            # ``đồng chí chủ trì yêu cầu …``: the one who chairs
            chairs = [p.name for p in self.participants if "chair" in p.roles]
            if len(chairs) == 1:
                return chairs[0]
        title = _TITLE_ONLY.search(before[-80:])
        if title:
            person = self._by_position(title.group("t"))
            if person:
                return person
        if re.search(r"(?<![\w])[Đđ]ồng chí(?:\s{1,3}cũng)?\s{0,3}$", before[-40:].rstrip(", ")):
            # "Đồng chí (cũng) đề nghị ...": the person named just before
            found = tf.name_after_honorific(context[-_SPEAKER_WINDOW:]) if context else None
            if found:
                return self._full_name(found[0])
            return self.last_speaker or self.last_assigner
        return None

    def _short_name(self, before: str) -> str | None:
        """``đồng chí Tâm``: the one participant whose name ends with that word."""
        found = None
        for m in re.finditer(r"(?<![\w])[Đđ]ồng chí\s{1,3}([^\W\d_]+)(?![\w])", before[-120:]):
            found = m.group(1)
        if not found or not found[:1].isupper() or not self.participants:
            return None
        key = fold(found)
        matches = [name for full, name in self.folded_names if full.split()[-1:] == [key]]
        return matches[0] if len(matches) == 1 else None

    def _full_name(self, name: str) -> str:
        key = fold(name)
        for full, name in self.folded_names:
            if full == key or full.endswith(" " + key):
                return name
        if _person_for is not None and self.participants:
            try:
                found = _person_for(name, self.participants)
            except (TypeError, ValueError):
                found = None
            if found:
                return found
        return name

    def _by_position(self, title: str) -> str | None:
        words = fold(title).split()
        want = " ".join(words[:3])
        if not want or len(words) < 2:
            return None
        candidates = []
        for p in self.participants:
            for part in re.split(r",|;", p.position or ""):
                if fold(part).startswith(" ".join(words[:2])):
                    candidates.append(p)
                    break
        if len(candidates) > 1:
            ranked = [p for p in candidates if "concluding" in p.roles] or [
                p for p in candidates if "chair" in p.roles
            ]
            candidates = ranked
        return candidates[0].name if len(candidates) == 1 else None


# --- helpers --------------------------------------------------------------------


# what a speaker does, at the end of the words before a request or a list
_SAYING_TAIL = re.compile(
    r"\s(?:kết luận|thống nhất|chỉ đạo)(?:\s{1,3}(?:như sau|(?:một số|các) nội dung"
    r"(?:\s{1,3}sau)?))?\s{0,3}:?\s*$"
)
_MEETING_SUBJECT = re.compile(r"(?:^|[\s,.;:])[Hh]ội nghị$")
_SPEECH_BEFORE_COLON = 40


def _body_speaks(before: str) -> bool:
    """Whether the subject that concludes or asks is a body, not a person: ``Hội nghị
    thống nhất giao …``, ``…, Ban Thường vụ Huyện ủy kết luận như sau:`` (a unit opening
    its clause; ``đồng chí X, Bí thư Huyện ủy kết luận`` names a person by a position)."""
    said, colon, quoted = before.rpartition(":")
    if colon and quoted.strip() and _SPEECH.search(tb.low(said[-_SPEECH_BEFORE_COLON:])):
        return False  # ``Đồng chí X kết luận: Hội nghị thống nhất …``: X says it
    tail = _SAYING_TAIL.sub("", before.rstrip()).rstrip(" ,")
    if _MEETING_SUBJECT.search(tail):
        return True
    window = tail[-_SUBJECT_MAX:]
    found = find_unit_mentions(window)
    if not found or found[-1][2] < len(window.rstrip()) - 1:
        return False
    opening = window[: found[-1][1]].rstrip()
    return not opening or opening.endswith((",", ":", ".", ";"))


@memo_short
def _marker(text: str) -> re.Match[str] | None:
    """The list marker opening ``text``; one glued to its text needs a capital after it
    (not ``1.5 triệu``, ``-tỉnh``), and ordinal words are never glued."""
    enum = _ENUM.match(text)
    if enum is None or enum["glued"] is None:
        return enum
    if not text[enum.end() : enum.end() + 1].isupper() or enum["thu"] or enum["la"]:
        return None
    return enum


def _heading_like(item: _Item) -> bool:
    """A group heading over sub-items: short and unpunctuated (``Về công tác tuyên
    truyền``), any single line ending with ``:`` (``1. Về công tác ...:``), or a unit
    heading (``5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh``)."""
    if len(item.pieces) != 1:
        return False
    text = _tidy("".join(item.texts))
    return _heading_text(text) or text.endswith(":") or bool(_heading_units(text))


_HEADING_LEAD = re.compile(r"^(?:(?i:đề nghị|đối với|với|giao)\s{1,3})?")


def _heading_units(text: str) -> list[str]:
    """The units a group heading names (``1. Đối với Ban Chỉ đạo 35 tỉnh``, ``2. Báo
    và Phát thanh, Truyền hình tỉnh``, ``Đề nghị Ủy ban ...``): the assignees of the items
    under it; empty when the heading is a topic (``Về công tác tuyên truyền``)."""
    text = text.strip().rstrip(":").strip()
    m = _HEADING_LEAD.match(canon_same_length(text))
    rest = text[m.end() :] if m else text
    if len(rest) > 160 or rest.endswith((".", ";")):
        return []
    names = tf.split_units(rest)
    if names and all(
        (n[:1].isupper() or n.startswith(("các ", "cấp ủy"))) and tf.subject_units(n + " thực hiện")
        for n in names
    ):
        return names
    return []


@memo_short
def _heading_text(text: str) -> bool:
    text = text.strip()
    return (
        len(text) < 80
        and not text.endswith((".", ";", ":", "!", "?", "…"))
        and not tf.starts_with_verb(text)
    )


def _prose(text: str) -> bool:
    return len(text) >= 20 and not tb.all_caps(text) and not text.startswith("(")


def _continuation(text: str) -> bool:
    return (
        _prose(text)
        and len(text) >= 30
        and not text.rstrip().endswith(":")
        and not _NEW_SCENE.match(text)
        and not _inline_items(text, 0)
    )


def _subject_task(text: str) -> bool:
    """A unit or a group doing something, not told as done: ``Các chi bộ trực thuộc tổ
    chức kiểm điểm ...`` (never ``Các chi bộ đã ...``)."""
    return (
        _prose(text)
        and text[:1].isupper()
        and not text.rstrip().endswith(":")
        and bool(tf.subject_units(text))
        and not _PAST.search(tb.low(text[:_SUBJECT_MAX]))
    )


def _verb_paragraph(text: str) -> bool:
    return (
        _prose(text)
        and tf.starts_with_verb(text)
        and not text.rstrip().endswith(":")
        and not _PREAMBLE.match(text)
        and not _PAST.search(tb.low(text[:80]))
    )


@dataclass(frozen=True)
class _Trigger:
    start: int
    end: int
    kind: str  # req | agree | stress | assign | period | resp


@memo_short
def _find_trigger(text: str, reference: dt.date | None = None) -> _Trigger | None:
    canon = canon_same_length(text)
    for m in _TRIGGER.finditer(canon):
        if m.group("req"):
            if _NOT_REQUEST_BEFORE.search(canon[max(0, m.start() - 14) : m.start()]):
                continue
            if _NOT_REQUEST_AFTER.match(canon, m.end()):
                continue
            return _Trigger(m.start(), m.end(), "req")
        if m.group("agree"):
            rest = text[m.end() : m.end() + 200]
            if not (
                re.search(_AGREED_WHAT, tb.low(rest))
                or any(k == tb.TASKS for _, k in tb.period_cues(rest, reference))
            ):
                continue
            return _Trigger(m.start(), m.end(), "agree")
        return _Trigger(m.start(), m.end(), "stress")
    for m in tb.ASSIGN_CUE.finditer(canon):
        return _Trigger(m.start(), m.end(), "assign")
    return _responsible(text) or _period_start(text, reference)


_RESPONSIBLE = re.compile(r"(?<![\w])(?:có|chịu) trách nhiệm(?![\w])")
_SUBJECT_MAX = 150


def _responsible(text: str) -> _Trigger | None:
    """``Văn phòng Đảng ủy có trách nhiệm theo dõi ...``: a unit given a job, told by its
    subject and ``có / chịu trách nhiệm``; the task is the whole sentence."""
    m = _RESPONSIBLE.search(canon_same_length(text[: _SUBJECT_MAX + 20]))
    if m is None or m.start() > _SUBJECT_MAX:
        return None
    subject = text[: m.start()].strip()
    if not subject or not tf.subject_units(subject + " thực hiện"):
        return None
    return _Trigger(0, 0, "resp")


def _period_start(text: str, reference: dt.date | None) -> _Trigger | None:
    """``Thời gian tới, X cần ...`` / ``Trong 6 tháng cuối năm, ...``: a sentence opening
    with a coming period and going on with what is to be done."""
    head = text[:80]
    m = _PERIOD_OPENING.match(head)
    if not m:
        return None
    cues = tb.period_cues(head[: m.end()], reference)
    if not cues or any(k != tb.TASKS for _, k in cues):
        return None
    rest = tb.low(text[m.end() : m.end() + 160])
    if _PAST.search(rest) or not _WILL_DO.search(rest):
        return None
    return _Trigger(0, m.end(), "period")


def _task_like(sentence: str) -> bool:
    """A sentence after a request that goes on with the request: someone ``cần`` /
    ``phải`` do something, a unit ``chủ trì``, an action word or a unit and its action."""
    lowered = tb.low(sentence[:_SPEAKER_WINDOW])
    return bool(
        _MODAL.search(lowered)
        or re.search(r"(?<![\w])chủ trì(?![\w])", lowered)
        or tf.starts_with_verb(sentence)
        or tf.subject_units(sentence)
    )


def _past_before(sentence: str, pos: int) -> bool:
    """A request told as done (``Ban đã ban hành kế hoạch, yêu cầu ...``): ``đã`` before
    it in the sentence with no ``đồng thời`` (a new predicate) in between."""
    before = tb.low(sentence[max(0, pos - _SPEAKER_WINDOW) : pos])
    last = None
    for m in re.finditer(r"(?<![\w])đã(?![\w])", before):
        last = m
    if last is None:
        return False
    return re.search(r"(?<![\w])(?:đồng thời|tiếp đó|sau đó)(?![\w])", before[last.end() :]) is None


def _after_trigger(sentence: str, trig: _Trigger) -> int | None:
    """Offset in ``sentence`` where a request's own task text starts."""
    pos = trig.end
    if trig.kind == "agree":
        m = _AGREE_PREFIX.match(sentence, pos)
        pos = m.end() if m else pos
    if trig.kind == "stress":
        return None
    while pos < len(sentence) and sentence[pos] in " ,:":
        pos += 1
    if trig.kind == "resp":
        return 0
    if trig.kind in ("req", "assign"):
        # "đề nghị trong năm 2025, ngành ... cần ...": the period is the block's, not the task
        m = _PERIOD_OPENING.match(sentence, pos)
        if m:
            pos = m.end()
    rest = sentence[pos:].strip()
    if len(rest) < 15:
        return None
    return pos


def _marker_start(text: str, body_start: int) -> int:
    """Where the inline marker before ``body_start`` begins (``Một là,`` / ``1)``)."""
    head = text[max(0, body_start - 14) : body_start]
    m = re.search(
        r"(?:\(?\d{1,2}\)|[a-h]\)|(?i:[^\W\d_]+\s{1,3}là|thứ\s{1,3}[^\W\d_]+)\s{0,3},?)\s*$", head
    )
    return body_start - len(head) + m.start() if m else body_start


def _count(text: str) -> int:
    m = _COUNT.search(tb.low(text))
    if not m:
        return 0
    raw = m.group("n")
    return int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw, 0)


def _introduces(intro: str) -> bool:
    low = tb.low(intro)
    return bool(
        re.search(
            r"nhiệm vụ|giải pháp|phương hướng|đề nghị|yêu cầu|giao|thống nhất|kết luận|"
            r"nhấn mạnh|xác định|nội dung|lưu ý|chỉ đạo",
            low,
        )
    ) and not re.search(r"chủ đề|khẩu hiệu|phương châm|tên gọi", low[-40:])


def _inline_items(text: str, start: int) -> list[tuple[int, int]]:
    """``1) ... 2) ...``, ``Một là ... Hai là ...``, ``Thứ nhất ... Thứ hai ...`` or
    ``a) ... b) ...`` inside one paragraph: item spans after the markers, when the markers
    run in order from the first (at least two)."""
    return _inline_run(text, start).spans


@dataclass(frozen=True)
class _InlineRun:
    spans: list[tuple[int, int]]
    style: int = -1  # index in _INLINE_STYLES
    next_index: int = 0  # the marker the next item would carry, as an index in its order


def _inline_run(text: str, start: int, resume: _InlineRun | None = None) -> _InlineRun:
    """The inline items of ``text``; with ``resume``, those of a paragraph that goes on
    with an earlier paragraph's run (``“Thứ ba, ...`` after ``Thứ nhất ... Thứ hai ...``):
    its first marker opens the paragraph and is the one the run expects next."""
    best: list[re.Match[str]] = []
    best_style = -1
    lowered = tb.low(text)
    for index, (rx, order) in enumerate(_INLINE_STYLES):
        if resume is not None and index != resume.style:
            continue
        want = resume.next_index if resume is not None else 0
        first = want
        marks = []
        for m in rx.finditer(lowered if rx is not _INLINE else text, start):
            if want < len(order) and m.group("n") == order[want]:
                marks.append(m)
                want += 1
        enough = 1 if resume is not None else 2
        if resume is not None and marks and text[: marks[0].start()].strip(_OPENING_QUOTES):
            marks = []  # the paragraph does not open with the expected marker
        if len(marks) >= enough and len(marks) > len(best):
            best, best_style = marks, index
            best_next = first + len(marks)
    if not best:
        return _InlineRun([])
    out = []
    for i, m in enumerate(best):
        end = best[i + 1].start() if i + 1 < len(best) else len(text)
        out.append((m.end(), end))
    return _InlineRun(out, best_style, best_next)


def _actor_clause(text: str, s: int, e: int) -> bool:
    """True when a ``;`` in ``text[s:e]`` opens a clause whose subject is a unit of its own
    (``...; Phòng X chủ trì, phối hợp ...``): another unit's task."""
    pos = text.find(";", s, e)
    while pos >= 0:
        if _new_actor(text[pos + 1 : e].lstrip()):
            return True
        pos = text.find(";", pos + 1, e)
    return False


def _opens_quote(text: str) -> bool:
    """A paragraph opening a quotation it does not close (``“Thời gian tới, …``): the
    speech goes on in the next paragraph, which opens with ``“`` again."""
    if text.startswith("“"):
        return text.count("“") > text.count("”")
    return text.startswith('"') and "”" not in text and text.count('"') % 2 == 1


def _actor_splits(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """``text[s:e]`` cut at each ``;`` whose clause opens with a unit of its own."""
    out = []
    cur = s
    pos = text.find(";", s, e)
    while pos >= 0:
        rest = text[pos + 1 : e]
        if _new_actor(rest.lstrip()):
            out.append((cur, pos))
            cur = pos + 1 + len(rest) - len(rest.lstrip())
        pos = text.find(";", pos + 1, e)
    out.append((cur, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


_DONE = re.compile(r"(?<![\w])đã(?![\w])")
_ASKED = re.compile(r"(?<![\w])(?:cần|phải|đề nghị|yêu cầu|giao|tiếp tục|sẽ)(?![\w])")


def _told_as_done(text: str) -> bool:
    """An item reporting what was done: not opening with an action, its first sentence
    saying ``đã`` with nothing asked (``Sau 3 năm thực hiện …, các cấp ủy đã …``)."""
    if tf.starts_with_verb(text):
        return False
    first = tb.low(text[: text.find(". ") if ". " in text else len(text)])
    return bool(_DONE.search(first)) and not _ASKED.search(first)


def _new_actor(clause: str) -> bool:
    return clause[:1].isupper() and bool(tf.subject_units(clause))


_CLAUSE_REQUEST = re.compile(
    r"(?:(?:đồng thời|cùng với đó|bên cạnh đó),?\s{1,3})?"
    r"(?:giao(?:\s{1,3}cho)?|yêu cầu|đề nghị)\s{1,3}"
)


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """Split a sentence at ``;`` where the next clause starts with an action word, with a
    unit that is its subject, or with a request to another unit (``; giao X ...``)."""
    out = []
    cur = s
    pos = text.find(";", s, e)
    while pos >= 0:
        nxt = text[pos + 1 : min(e, pos + 60)].lstrip()
        at = pos + 1 + (len(text[pos + 1 : min(e, pos + 60)]) - len(nxt))
        request = _CLAUSE_REQUEST.match(canon_same_length(nxt))
        if request and tf.subject_units(text[at + request.end() : e]):
            # ``...; giao Trung tâm X mở lớp ...; yêu cầu Đài Y ...``: a request of its own,
            # whose text starts at the unit it names
            out.append((cur, pos))
            cur = at + request.end()
        elif (
            tf.starts_with_verb(nxt) and nxt[:1].islower() and not _CLAUSE_TAIL.match(nxt)
        ) or _new_actor(text[pos + 1 : e].lstrip()):
            out.append((cur, pos))
            cur = at
        pos = text.find(";", pos + 1, e)
    out.append((cur, e))
    return [(a, b) for a, b in out if text[a:b].strip()]


def _lower_label(label: str) -> str:
    if not tb.all_caps(label) and not label.isupper():
        # "Thời gian tới" opening a sentence is the label "thời gian tới"
        if label[:1].isupper() and label[1:2].islower():
            return label[:1].lower() + label[1:]
        return label
    words = []
    for w in label.split():
        words.append(w if re.fullmatch(r"[IVX]{1,4}", w) else w.lower())
    return " ".join(words)


def _heading_period(text: str, reference: dt.date | None) -> str | None:
    year = reference.year if reference else None
    found = find_periods(text, default_year=year)
    if not found:
        return None
    return _lower_label(found[-1].label)


def _title_period(seg: Segmented, meetings, reference) -> str | None:
    titles = [m.title for m in meetings if m.title] + ([seg.title] if seg.title else [])
    year = reference.year if reference else None
    for title in titles:
        m = _TITLE_NEXT.search(canon_same_length(title))
        if not m:
            continue
        periods = [p for p in find_periods(title, default_year=year) if p.span]
        after = [p for p in periods if p.span.start >= m.start()]
        if after:
            return _lower_label(after[-1].label)
    return None


# No paragraph of a real document is longer; a longer one (a pasted run without line
# breaks) is read up to here, so each step's many passes over it stay cheap.
_MAX_PARAGRAPH = 8_000


def _paragraphs(seg: Segmented):
    for p in seg.paragraphs:
        if p.kind not in ("body", "heading"):
            continue
        yield p.text[:_MAX_PARAGRAPH], p.start


# --- task records ---------------------------------------------------------------


def _mention_index(directives: tuple[Directive, ...]):
    spans = []
    for d in directives:
        for m in d.mentions:
            spans.append((m.start, m.end, d.key))
    spans.sort()
    return spans, [s[0] for s in spans]


def _cited(pieces, index) -> tuple[str, ...]:
    spans, starts = index
    keys: list[str] = []
    for s, e in pieces:
        i = bisect.bisect_left(starts, s)
        while i < len(spans) and spans[i][0] < e:
            if spans[i][1] <= e and spans[i][2] not in keys:
                keys.append(spans[i][2])
            i += 1
    return tuple(keys)


_SUBJECTLESS_LEAD = re.compile(r"^\s*(?i:chủ trì)\s{0,3}[,;]")
# an item opening with the units it is for, then a colon: ``Báo X: tăng cường …``
_UNIT_LABEL = re.compile(r"^(?P<units>[A-ZĐ][^:;.]{2,120}?):\s+(?=[a-zđ])")


def _attr_units(value: str) -> list[str]:
    """Units of an attribute line or a table cell: ``;`` separates cell paragraphs (and
    lists), then ``split_units``; a dash or an empty cell names nobody."""
    out = []
    for part in value.split(";"):
        out += [n for n in tf.split_units(part) if any(c.isalpha() for c in n)]
    return out


# ``Huyện đoàn (chủ trì); Ban A, Ban B (phối hợp)`` / ``Chủ trì: X; phối hợp: Y`` in one
# cell of the units that carry a task out
_ROLE_IN_CELL = re.compile(
    r"\(\s{0,3}(?P<after>chủ trì|phối hợp)\s{0,3}\)"
    r"|(?:^|;)\s{0,3}(?P<before>[Cc]hủ trì|[Pp]hối hợp)\s{0,3}:"
)


_ROLE_WORDS = re.compile(r"(?<![\w])(?:chủ trì|phối hợp)(?![\w])")


def _cell_roles(value: str) -> tuple[list[str], list[str]]:
    """Lead and support from a cell that marks each part's role: each ``;``-part goes to
    the role its marker names; a part without one leads.

    >>> _cell_roles("Huyện đoàn (chủ trì); Ban A, Phòng B (phối hợp)")
    (['Huyện đoàn'], ['Ban A', 'Phòng B'])
    """
    lead: list[str] = []
    support: list[str] = []
    for part in value.split(";"):
        m = _ROLE_IN_CELL.search(canon_same_length(part))
        role = fold(m.group("after") or m.group("before")) if m else "chu tri"
        # the marker's span cut out (the canonical form has the same length)
        names = _attr_units(part[: m.start()] + " " + part[m.end() :] if m else part)
        (support if role == "phoi hop" else lead).extend(names)
    return lead, support


def _record(item: _Item, ordinal: int, reference, index) -> Task | None:
    text = _clean_text(" ".join(item.texts))
    if len(text) < 8:
        return None
    lead: list[str] = []
    support: list[str] = []
    doers = item.attrs.get("thực hiện", "")
    if "chủ trì" in item.attrs or "phối hợp" in item.attrs:
        lead = _attr_units(item.attrs.get("chủ trì", ""))
        support = _attr_units(item.attrs.get("phối hợp", ""))
    elif _ROLE_IN_CELL.search(canon_same_length(doers)):
        lead, support = _cell_roles(doers)
    elif _ROLE_WORDS.search(canon_same_length(doers)):
        # ``Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan`` in the doers' cell
        lead, support = tf.lead_support(doers)
    else:
        lead, support = tf.lead_support(text)
        label = _UNIT_LABEL.match(text)
        named = tf.split_units(label.group("units")) if label else []
        if label and named and all(tf.subject_units(n + " thực hiện") for n in named):
            # ``Đài Phát thanh và Truyền hình X: chủ trì, phối hợp với Y …``: the label names
            # who does it, and leads when the words after it say so
            if not lead and _SUBJECTLESS_LEAD.match(canon_same_length(text[label.end() :])):
                lead = named
        elif not lead and item.heading_units and _SUBJECTLESS_LEAD.match(canon_same_length(text)):
            # "Chủ trì, phối hợp với Y ..." under a unit heading: that unit leads
            lead = list(item.heading_units)
    due = None
    if "thời gian" in item.attrs:
        got = find_deadline("Thời gian: " + item.attrs["thời gian"], reference=reference)
        due = got[0] if got else None
    else:
        got = find_deadline(text, reference=reference)
        due = got[0] if got else None
    assignees: list[str] = []
    # "X phối hợp với Y ...": Y supports, and X, the sentence's subject, is responsible too
    # (no lead: the text does not say X leads)
    said_in = doers if _ROLE_WORDS.search(canon_same_length(doers)) else text
    subject = tf.subject_units(said_in) if support and not lead else []
    for name in [*lead, *subject, *support]:
        if name not in assignees:
            assignees.append(name)
    if not assignees:
        assignees = _attr_units(item.attrs["thực hiện"]) if "thực hiện" in item.attrs else []
    if not assignees:
        assignees = tf.subject_units(text)
    if not assignees:
        assignees = list(item.assignees)
    start = item.pieces[0][0]
    end = item.pieces[-1][1]
    return Task(
        ordinal=ordinal,
        text=text,
        span=Span(start, end),
        assigned_by=item.assigned_by,
        assignees=tuple(assignees),
        lead=tuple(lead),
        support=tuple(support),
        due_date=due,
        period=item.period,
        directives=_cited(item.pieces, index),
    )


def find_tasks(
    seg: Segmented,
    *,
    directives: tuple[Directive, ...],
    units: tuple[Unit, ...],
    participants: tuple[Participant, ...],
    meetings: tuple[Meeting, ...],
) -> tuple[Task, ...]:
    """The tasks of a document, in order, ``ordinal`` from 1.

    >>> from reports.extraction.segment import segment
    >>> text = "Hội nghị tổng kết năm 2024\\n\\nĐồng chí Lê Văn An đề nghị các cấp ủy thực"
    >>> text += " hiện tốt các nhiệm vụ sau:\\n\\nMột là, tăng cường tuyên truyền.\\n\\n"
    >>> text += "Hai là, nâng cao chất lượng.\\n"
    >>> [(t.ordinal, t.text, t.assigned_by) for t in find_tasks(segment(text),
    ...     directives=(), units=(), participants=(), meetings=())]
    [(1, 'tăng cường tuyên truyền', 'Lê Văn An'), (2, 'nâng cao chất lượng', 'Lê Văn An')]
    """
    builder = _Builder(seg, participants, meetings)
    rows: list[tuple[str, int]] = []
    for text, start in _paragraphs(seg):
        if bl.table_row(text):
            rows.append((text, start))
            continue
        if rows:
            builder.table(rows)
            rows = []
        builder.feed(text, start)
    if rows:
        builder.table(rows)
    index = _mention_index(directives)
    out: list[Task] = []
    seen: set[str] = set()
    for item in builder.items:
        if item.drop:
            continue
        task = _record(item, len(out) + 1, builder.reference, index)
        if task is None:
            continue
        key = fold(task.text)[:200]
        if key in seen:
            continue
        seen.add(key)
        out.append(replace(task, meeting=meeting_at(meetings, task.span.start)))
    return tuple(out)
