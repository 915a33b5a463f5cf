"""People: the named participants of a meeting, with position and roles (domain-vi §5).

A person is found in two shapes:

- honorific + name (+ separator + positions): ``Đồng chí Lê Văn A, Phó Bí thư Tỉnh ủy dự ...``,
  ``ông Trần B - Giám đốc Sở ...``, ``đồng chí Nguyễn C Ủy viên Trung ương Đảng, ...``;
- position + name, with or without an honorific: ``Trưởng ban Tuyên giáo Đảng ủy Khối Hà
  Thị D đề nghị ...``, ``đồng chí Tổng Bí thư Nguyễn E``.

A name is 2-4 capitalised syllables and ends where a position head word starts (§5.1).
Family names are only a hint (ethnic-minority names such as ``Vàng A Chá`` or ``Y Biêr
Niê`` are not in the list). Roles come from the verb right after the person (``chủ trì``,
``dự và chỉ đạo``, ``trình bày báo cáo`` ...) or from the lead-in of the clause
(``Kết luận Hội nghị, đồng chí X ...``, ``ý kiến tham luận của đồng chí X``), §5.3.

Not participants: a person with no role in the text (bylines, signers, names alone on a
line), names written in upper case (bylines), names inside quotation marks (book titles),
people cited as authors or earlier speakers (``tác phẩm của Tổng Bí thư X``, ``bài phát
biểu của đồng chí Y``), and a person named by title only (``đồng chí Trưởng ban``), whose
roles are given to the one participant holding that title, when there is exactly one.
"""

from __future__ import annotations

import bisect
import gc
import re
from dataclasses import dataclass, field, replace

from reports.extraction.lexicon import (
    FAMILY_NAMES,
    LOCALITY_WORDS,
    PRESENTER_COLUMNS,
    RELATED_NEWS,
    UPPER,
    VERB_LIKE_NAME_PAIRS,
)
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length, fold
from reports.extraction.types import Paragraph, Participant, Segmented, Span

ROLE_ORDER = ("chair", "directing", "reporting", "concluding", "speaking", "attending")


# §5.1: common family names, used only to decide where a name starts when a position is
# written before it. Ethnic-minority family names of the northern mountains are added.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_FAMILY = FAMILY_NAMES
# Middle syllables that make the family-name reading of the syllable before them certain.
_MIDDLE = frozenset({"Thị", "Văn"})

# §5.1: words that start a position (lower-cased canonical words, longest first).
_HEADS = tuple(
    sorted(
        (
            tuple(h.split())
            for h in (
                "ủy viên",
                "phó",
                "trưởng",
                "bí thư",
                "chủ tịch",
                "tổng bí thư",
                "tổng biên tập",
                "tổng giám đốc",
                "tổng cục trưởng",
                "tổng thư ký",
                "thường trực",
                "chủ nhiệm",
                "chánh văn phòng",
                "chánh thanh tra",
                "chánh án",
                "giám đốc",
                "vụ trưởng",
                "cục trưởng",
                "viện trưởng",
                "hiệu trưởng",
                "bộ trưởng",
                "thứ trưởng",
                "tỉnh ủy viên",
                "huyện ủy viên",
                "thành ủy viên",
                "quận ủy viên",
                "thị ủy viên",
                "đảng ủy viên",
                "đại biểu quốc hội",
                "chính ủy",
                "tư lệnh",
                "chỉ huy trưởng",
                "báo cáo viên",
                "chuyên viên",
                "giảng viên",
                "nguyên",
            )
        ),
        key=len,
        reverse=True,
    )
)
# Abbreviated positions (§5.2), matched case-sensitively.
_HEAD_ABBR = frozenset({"UVBTV", "TUV", "HUV", "UVTW", "UVTƯ", "ĐBQH", "UVBCT", "BTV"})

# Lower-case words that may stand inside a position or a unit name in it.
_LOWER_OK = _words(
    """viên ban bí thư ủy khối tỉnh huyện thành phố xã phường quận thị trấn các cơ quan trực
    thường vụ và nhân dân đảng biên tập tịch nhiệm trưởng phó giáo tuyên vận hội đồng doanh
    nghiệp chính trị kiểm tra trung ương tổ chức văn phòng đoàn công an quân sự khu vực liên
    hiệp phụ nữ thanh niên mặt trận quốc thông tin truyền sở khoa học lý luận giám đốc cục bộ
    nước hành chấp khóa cấp lao động thương binh ngành trường viện tổng phân hiệu
    báo đài hình dự khuyết chủ ủy gia thôn bản ấp buôn làng khóm nghệ thuật kỹ"""
)
# A position does not end on these (they need a word after them).
_NOT_LAST = frozenset({"và", "các", "dự", "chủ", "phó", "thường", "tổng", "cơ", "tổ"})
# Lower-case words that end a position even right after a capitalised word: the verbs
# and particles that follow a person (§5.3).
_VERB_STOP = _words(
    """trao tặng dự chủ phát trình kết tham cho đề nhấn khẳng ghi biểu bày báo điều chỉ có đã
    cũng nêu yêu giao đánh chúc gửi cảm lưu mong tiếp khai bế nhận quán tại về với của đến tới
    được là thay cùng vừa sẽ đồng làm thực triển tổ chia thảo góp trả nói ký đọc khen nghe
    xem kiểm gặp thăm nắm"""
)
# Lower-case two-word verbs of briefings that end a position although their first word may
# stand inside a unit name (``Sở Thông tin``, ``Truyền thông``, ``Báo``): ``Chính ủy Bộ Chỉ huy
# Quân sự tỉnh thông tin về ...``, ``... Tỉnh ủy truyền đạt chuyên đề`` (§5.3).
_VERB_PAIRS = frozenset(
    {
        ("thông", "tin"),
        ("thông", "báo"),
        ("truyền", "đạt"),
        ("truyền", "thụ"),
        ("báo", "cáo"),
        ("phân", "tích"),
        ("công", "bố"),
    }
)
# ...and these need a particular next word to belong to a position at all.
_NEEDS_NEXT = {"dự": {"khuyết"}, "chủ": {"tịch", "nhiệm"}, "thường": {"trực", "vụ"}}

# Military ranks, academic titles and honours, dropped before a name (§5.1).
_TITLE_RX = re.compile(
    r"(?:(?:Đại|Thượng|Trung|Thiếu)\s(?:tướng|tá|úy)|(?:Phó\s)?Giáo sư|Tiến sĩ|Thạc sĩ|"
    r"[Bb]ác sĩ|[Nn]hà báo|[Nn]hà giáo|[Ll]uật sư|[Kk]ỹ sư|[Nn]ghệ sĩ|[Nn]hà văn|[Nn]hà thơ|"
    r"(?:PGS|GS|TSKH|TS|ThS|Th\.S|BS|KS|NGƯT|NGND|NSND|NSƯT)(?![^\W\d_]))"
    r"(?:\s?\.\s?|\s?,\s?|\s)?"
)
_LOWER_TITLES = frozenset({"nhà", "luật", "kỹ", "bác", "nghệ", "tiến", "thạc"})
_HONORIFIC_RX = re.compile(r"(?<![^\W\d_])(?:[Đđ]ồng chí|[Đđ]/[cC]|Ông|ông|Bà|bà)\s*:?\s+")
# People every article may name who never attend (§5.1): the country's founder.
_NEVER_PRESENT = frozenset({fold("Hồ Chí Minh")})

_TOKEN_RX = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[,:;.()\-–“”\"«»]")
_APOSTROPHE_RX = re.compile(r"^[^\W\d_]{1,3}['’][^\W\d_]")
_QUOTE_PAIRS = {"“": "”", '"': '"', "«": "»"}

# Lines after which a page lists other articles (domain-vi §4.1).
_RELATED_RX = RELATED_NEWS
_CAPTION_PREFIX_RX = re.compile(r"^\s*(?:Ảnh|Ảnh minh họa)\s*:\s*", re.IGNORECASE)

# --- roles ----------------------------------------------------------------------------

_ADVERBS = (
    r"(?:(?:cũng|đã|đến|tới|về|vừa|cùng|trực tiếp|đồng thời|có bài|được giao)\s+){0,3}"
    # ``thay mặt Ban Thường vụ Huyện ủy phát biểu``: on behalf of a body (a few words)
    r"(?:thay mặt(?:\s+[^\W\d_]+){1,8}?\s+(?=phát biểu|trao|tặng|chúc|gửi))?"
)
# Verbs right after a person (and their position), in priority order.
_AFTER_ROLES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(_ADVERBS + "(?:" + rx + ")", re.IGNORECASE), role)
    for rx, role in (
        (r"(?:tham\s+)?dự\s+và\s+(?:phát biểu\s+)?chỉ đạo", "directing"),
        (r"(?:dự\s+và\s+)?phát biểu\s+chỉ đạo", "directing"),
        (r"(?:dự\s+và\s+)?phát biểu\s+kết luận", "concluding"),
        (r"(?:dự\s+và\s+)?phát biểu", "speaking"),
        (r"(?:đồng\s+)?chủ trì|điều hành", "chair"),
        (r"chỉ đạo", "directing"),
        (r"kết luận", "concluding"),
        # a lecturer or báo cáo viên presenting a topic speaks; a report is reported
        (r"trình bày\s+(?:bản\s+|bài\s+)?(?:tham luận|chuyên đề)", "speaking"),
        (r"trình bày|báo cáo|đọc\s+(?:bản\s+)?(?:báo cáo|dự thảo)", "reporting"),
        (r"tham luận|chia sẻ|thảo luận|góp ý|có ý kiến", "speaking"),
        (r"(?:tham\s+)?dự|có mặt|thăm\s+và\s+làm việc|làm việc\s+với", "attending"),
        (
            r"khẳng định|nhấn mạnh|cho biết|đề nghị|yêu cầu|ghi nhận|biểu dương|bày tỏ|"
            r"mong muốn|lưu ý|giao|đánh giá|thông tin|chúc mừng|gửi lời|cảm ơn|đề xuất|nêu rõ|"
            r"quán triệt|khái quát|tiếp thu|phát động|khai mạc|bế mạc|nhận định|chỉ rõ|phổ biến|"
            r"giới thiệu|truyền đạt|trao đổi|phân tích|làm rõ|nêu|đề cập|giải đáp|trả lời|"
            r"hướng dẫn|định hướng|nhận xét|gợi mở|kiến nghị|thông báo|truyền thụ|công bố|"
            r"cho rằng|kêu gọi|chỉ ra|lưu ý|nhắc nhở|động viên|"
            r"đọc\s+(?:diễn văn|lời|thư|quyết định)",
            "speaking?",
        ),
        (r"trao|tặng", "attending"),
    )
)
_CONNECT_RX = re.compile(r"\s*(?:,|và|;|đồng thời)\s*", re.IGNORECASE)
# ``(đến) (tham) dự và`` before the verb of a lead-in that names the chairs.
_ATTENDS_AND = r"(?:(?:đến\s+|về\s+)?(?:tham\s+)?dự\s*(?:,|và)\s*)?"
# Lead-ins of the clause before a person (canonical, lower case), §5.3.
_LEAD_ROLES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(rx, re.IGNORECASE), role)
    for rx, role in (
        (r"^(?:phát biểu\s+)?kết luận\b[^,;]{0,80}[,]?\s*$", "concluding"),
        (r"^phát biểu chỉ đạo\b[^,;]{0,80},\s*$", "directing"),
        (r"^phát biểu\b[^,;]{0,80},\s*$", "speaking"),
        (r"^(?:trình bày\s+)?báo cáo\b[^;]{0,240},\s*$", "reporting"),
        (r"\bbáo cáo\s+(?:tóm tắt\s+)?(?:do|của)\s*$", "reporting"),
        (r"(?<!bài )\b(?:ý kiến\s+)?(?:tham luận|phát biểu)\s+của\s*$", "speaking"),
        (r"\bsự chủ trì của\s*$", "chair"),
        # ``Theo ông X, Trưởng ban ..., năm qua ...``: what the person said there
        (r"(?:^|[,.]\s*)theo\s*$", "speaking?"),
        # ``Dự và chủ trì hội nghị có ...``: attends and chairs; the contract keeps
        # ``attending`` only for a person with no other role
        (
            r"^" + _ATTENDS_AND + r"(?:đồng\s+)?chủ trì\b[^,;]{0,60}\b(?:có|là)\s*(?:các\s+)?$",
            "chair",
        ),
        (
            r"^(?:đến\s+|về\s+)?(?:tham\s+)?dự\s+và\s+(?:phát biểu\s+)?chỉ đạo\b[^;]{0,80}"
            r"\bcó\s*(?:các\s+)?$",
            "directing",
        ),
        (r"^(?:cùng\s+|đến\s+|về\s+)?(?:tham\s+)?dự\b[^;]{0,80}\bcó\s*(?:các\s+)?$", "attending"),
        # ``Về phía tỉnh có đồng chí X, ...``: the guests, by side
        (r"^về phía\b[^;]{0,80}\bcó\s*(?:các\s+)?$", "attending"),
    )
)
# A whole sentence that lists attendees or chairs: every person in it gets the role.
_SENTENCE_ROLES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"^\s*(?:đến\s+|về\s+)?(?:tham\s+)?dự\s+và\s+(?:phát biểu\s+)?chỉ đạo\b"
            r"[^;.]{0,80}?\bcó\b",
            re.I,
        ),
        "directing",
    ),
    (
        re.compile(r"^\s*(?:cùng\s+|đến\s+|về\s+)?(?:tham\s+)?dự\b[^;.]{0,80}?\bcó\b", re.I),
        "attending",
    ),
    (
        re.compile(
            r"^\s*" + _ATTENDS_AND + r"(?:đồng\s+)?chủ trì\b[^;.]{0,60}?\b(?:có|là)\b", re.I
        ),
        "chair",
    ),
    (re.compile(r"^\s*về phía\b[^;.]{0,80}?\bcó\b", re.I), "attending"),
    # ``Tham luận tại hội nghị có TS. X, ... và ThS. Y, ...``: a list of speakers, each
    # introduced after ``có`` (with a degree, a rank or an honorific before the name)
    (
        re.compile(
            r"^\s*(?:(?:tại|trong)\b[^,;.]{0,60},\s*)?(?:các\s+)?(?:bài\s+|ý kiến\s+)?"
            r"(?:(?:trình bày|phát biểu|gửi)\s+)?"
            r"(?:tham luận|phát biểu(?!\s+(?:chỉ đạo|kết luận|khai mạc|bế mạc)))\b"
            r"[^;.:,]{0,80}?,?\s*\bcó\s*:?\s*(?:các\s+)?"
            r"(?=(?-i:[" + UPPER + r"])|đồng chí|ông\s|bà\s|nhà\s)",
            re.I,
        ),
        "speaking",
    ),
)
# A sentence recalling an earlier event (``Trước đó, ngày 20/6, Thành ủy đã tổ chức Hội
# nghị ... do đồng chí X chủ trì``): its people took part in that one, not in this meeting.
_OTHER_EVENT_RX = re.compile(
    r"\s*(?:trước đó|trước đây|năm \d{4}|năm (?:qua|trước)|tháng \d{1,2}(?:/\d{4})?)\s*,"
    r"[^.;]{0,200}?(?<![^\W\d_])đã\s+(?:phối hợp\s+)?tổ chức\s+(?:thành công\s+)?"
    r"(?:hội nghị|hội thảo|tọa đàm|hội thi|lớp|buổi|cuộc|lễ|đại hội)(?![^\W\d_])",
    re.IGNORECASE,
)
_REFERENCE_LEAD_RX = re.compile(r"(?<![^\W\d_])(?:của|như|lời)\s*$", re.IGNORECASE)
_AFTER_WINDOW = 120
# How far back a lead-in (``Báo cáo kết quả ..., đồng chí X``) is read.
_LEAD_WINDOW = 300
# The longest position list read after a name (several posts joined by commas).
_MAX_POSITION_TOKENS = 60
# Title-only mentions mapped to people (a real document has a handful).
_MAX_TITLE_MENTIONS = 50


@dataclass
class _Mention:
    name: str | None  # None: named by title only
    start: int  # span of the name (or of the title) in the paragraph
    end: int
    position: str | None
    clause_start: int  # where the honorific / position-before starts
    tail: int  # end of the position, where the verb would start
    roles: set[str] = field(default_factory=set)
    weak: set[str] = field(default_factory=set)
    reference: bool = False
    plural: bool = False  # named in a list after ``các đồng chí``


@dataclass(slots=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int


def _next_alpha(toks: list[_Tok], i: int) -> _Tok | None:
    """The first word token from ``i`` on, past a title's own words (``nhà báo``)."""
    for k in range(i, min(len(toks), i + 3)):
        if toks[k].text[:1].isupper():
            return toks[k]
    return None


def _tokens(canon: str) -> list[_Tok]:
    # A long paragraph makes hundreds of thousands of small objects; the cyclic garbage
    # collector would rescan them again and again (quadratic), and they hold no cycles.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return [
            _Tok(m.group(0), m.group(0).lower(), m.start(), m.end())
            for m in _TOKEN_RX.finditer(canon)
        ]
    finally:
        if enabled:
            gc.enable()


def _is_cap(tok: str) -> bool:
    if not tok[:1].isupper() or not tok[:1].isalpha():
        return False
    parts = re.split(r"['’]", tok)
    return all(p[:1].isupper() and (len(p) == 1 or p[1:].islower()) for p in parts if p)


def _is_upper_word(tok: str) -> bool:
    return len(tok) >= 2 and tok.isalpha() and tok.isupper()


_HEADS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _head in _HEADS:
    _HEADS_BY_FIRST.setdefault(_head[0], []).append(_head)
# What every mention opens with (an honorific, a rank or title, a position's first word, an
# abbreviated post): a paragraph with none of these names nobody, and is not tokenised.
_MAY_NAME_RX = re.compile(
    _HONORIFIC_RX.pattern
    + "|"
    + _TITLE_RX.pattern
    + r"|(?<![^\W\d_])(?i:"
    + "|".join(sorted((r"\s+".join(map(re.escape, h)) for h in _HEADS), key=len, reverse=True))
    + r")(?![^\W\d_])|(?<![^\W\d_])(?:"
    + "|".join(sorted(_HEAD_ABBR, key=len, reverse=True))
    + r")(?![^\W\d_])"
)


def _head_len(toks: list[_Tok], i: int) -> int:
    """Number of tokens of the position head word starting at ``i`` (0: none)."""
    if i >= len(toks):
        return 0
    if toks[i].text in _HEAD_ABBR:
        return 1
    for head in _HEADS_BY_FIRST.get(toks[i].low, ()):
        n = len(head)
        if i + n <= len(toks) and all(toks[i + k].low == head[k] for k in range(n)):
            # ``Nguyên`` (former) is a head only in lower case, before another head
            if head == ("nguyên",) and (toks[i].text != "nguyên" or not _head_len(toks, i + 1)):
                return 0
            return n
    return 0


def _is_word(tok: _Tok) -> bool:
    return tok.text[:1].isalpha()


def _roman_or_digit(tok: str) -> bool:
    return tok.isdigit() or re.fullmatch(r"[IVXL]{1,6}", tok) is not None


def _position_token_ok(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    if _is_cap(tok.text) or _is_upper_word(tok.text) or _roman_or_digit(tok.text):
        return True
    if i > 0 and (toks[i - 1].low, tok.low) in VERB_LIKE_NAME_PAIRS:
        return True
    if tok.low == "đồng":
        return False  # ``... Chủ tịch Ủy ban nhân dân tỉnh đồng chủ trì``
    if (
        tok.text.islower()
        and tok.low not in _LOWER_OK
        and tok.low not in _VERB_STOP
        and i > 0
        and _is_cap(toks[i - 1].text)
        and _ends_unit_word(toks, i + 1)
    ):
        # a unit word's second syllable: Văn hóa, Lịch sử, Trung tâm, Chỉ huy
        return True
    if tok.low in _LOWER_OK and tok.text.islower():
        nxt = toks[i + 1].low if i + 1 < len(toks) else ""
        if (tok.low, nxt) in _VERB_PAIRS and not (i + 2 < len(toks) and toks[i + 2].low == "viên"):
            return False  # a verb, not ``báo cáo viên``
        if tok.low == "trực":
            # ``thường trực``, ``trực thuộc``; ``trực tiếp`` is an adverb before the verb
            return toks[i - 1].low == "thường" or nxt == "thuộc"
        need = _NEEDS_NEXT.get(tok.low)
        if need is not None:
            return i + 1 < len(toks) and toks[i + 1].low in need
        if tok.low == "và":
            return i + 1 < len(toks) and _is_cap(toks[i + 1].text)
        return True
    return False


def _ends_unit_word(toks: list[_Tok], k: int) -> bool:
    """After a second syllable: the end, punctuation, a capital, a unit word or a verb
    (``Trung tâm Chính trị``, ``Du lịch trình bày``; not ``Cúc phổ biến``)."""
    if k >= len(toks):
        return True
    tok = toks[k]
    if not tok.text[:1].isalpha():
        return True
    return not tok.text.islower() or tok.low in _LOWER_OK or tok.low in _VERB_STOP


def _parse_position(toks: list[_Tok], i: int, canon: str) -> tuple[int, int] | None:
    """Token range [i, j) of a position list starting with a head word at ``i``."""
    if not _head_len(toks, i):
        return None
    j = i
    last_good = i
    n = len(toks)
    while j < n and j - i < _MAX_POSITION_TOKENS:
        tok = toks[j]
        hl = _head_len(toks, j) if tok.text.islower() else 0
        if hl:
            # a lower-case head: ``nguyên Viện trưởng``, ``..., giảng viên``
            j += hl
            if toks[j - 1].low not in _NOT_LAST and toks[j - 1].low != "nguyên":
                last_good = j
            continue
        if tok.low == "và" and _next_person_after_va(toks, i, j, canon):
            break
        if _is_word(tok) or tok.text.isdigit():
            if not _position_token_ok(toks, j):
                break
            j += 1
            if tok.low not in _NOT_LAST:
                last_good = j
            continue
        if tok.text in "-–" and j + 1 < n and _is_cap(toks[j + 1].text):
            # Phòng Tuyên truyền - Báo chí; not a dash before a new clause
            j += 1
            continue
        if tok.text == "," and j + 1 < n:
            if _head_len(toks, j + 1):
                j += 1
                continue
            if _comma_inside_name(toks, j + 1):
                j += 1
                continue
            k = _unit_after_comma(toks, j + 1, canon)
            if k:
                j = last_good = k
        break
    if last_good <= i:
        return None
    return i, last_good


def _next_person_after_va(toks: list[_Tok], i: int, j: int, canon: str) -> bool:
    """``và`` at token ``j`` ends the position begun at ``i`` and starts the next person:
    ``Phó Bí thư X và Trưởng Ban Y`` (the run so far ends in a name, a second position
    follows: two people, not one long unit name) or ``Viện trưởng Viện X và Thượng tá Y``."""
    if _named_before(toks, i, j) and _head_len(toks, j + 1):
        return True
    return _ranked_name_at(toks, j + 1, canon)


def _ranked_name_at(toks: list[_Tok], k: int, canon: str) -> bool:
    """A rank or degree then a family name at token ``k`` (``Đại tá Lê ...``, ``ThS. Vũ``,
    ``nhà báo Hà ...``): a person, never the rest of a unit's name."""
    if k >= len(toks):
        return False
    m = _TITLE_RX.match(canon, toks[k].start)
    if m is None or m.end() <= toks[k].start or _head_len(toks, k):
        return False
    nxt = _next_alpha(toks, k + 1)
    return nxt is not None and nxt.start >= m.end() and nxt.text in FAMILY_NAMES


def _named_before(toks: list[_Tok], i: int, j: int) -> bool:
    """Whether the position run [i, j) ends in a person's name."""
    k = _split_tail_name(toks, i, j, honorific=False)
    return k is not None and k > i


def _unit_after_comma(toks: list[_Tok], k: int, canon: str) -> int:
    """End of ``, Học viện Chính trị quốc gia Hồ Chí Minh`` (the body a post belongs to) when
    a role verb or the end of a table cell follows it right away; 0 otherwise (a person
    listed next keeps their name)."""
    if k >= len(toks) or not _is_cap(toks[k].text) or toks[k].text in _FAMILY:
        return 0
    m = k
    while m < len(toks) and m - k < 16:
        tok = toks[m]
        if _is_word(tok) or tok.text.isdigit():
            if not _position_token_ok(toks, m):
                break
            m += 1
            continue
        if tok.text in "-–" and m + 1 < len(toks) and _is_cap(toks[m + 1].text):
            m += 1
            continue
        break
    while m > k and toks[m - 1].low in _NOT_LAST:
        m -= 1
    if m <= k or not _is_word(toks[m - 1]):
        return 0
    after = canon[toks[m - 1].end : toks[m - 1].end + 40]
    if after.lstrip(" ").startswith("|"):
        return m  # the cell of a table ends there: nothing else can follow the post
    strong, weak = _after_roles(after.strip(" ,"))
    return m if strong or weak else 0


def _comma_inside_name(toks: list[_Tok], k: int) -> bool:
    """``Sở Văn hóa, Thể thao và Du lịch``: capitalised words then ``và`` + capital, no stop."""
    for m in range(k, min(k + 7, len(toks) - 1)):
        tok = toks[m]
        if tok.low == "và" and tok.text.islower():
            return m > k and _is_cap(toks[m + 1].text)
        if not (_is_cap(tok.text) or (tok.text.islower() and tok.low not in _VERB_STOP)):
            return False
    return False


def _name_run(toks: list[_Tok], i: int) -> int:
    """End (exclusive) of the run of capitalised non-head syllables starting at ``i``."""
    j = i
    while j < len(toks) and j - i < 6 and _is_cap(toks[j].text) and not _head_len(toks, j):
        j += 1
    return j


def _upper_name_run(toks: list[_Tok], i: int) -> int:
    """End of a name written in capitals after an honorific (``đồng chí LÊ VĂN AN``), or
    ``i``: 2-4 upper-case syllables, none of them an abbreviated position."""
    j = i
    while j < len(toks) and j - i < 5 and _is_upper_word(toks[j].text):
        if toks[j].text in _HEAD_ABBR:
            break
        j += 1
    return j if 2 <= j - i <= 4 else i


def _listed_after_comma(toks: list[_Tok], i: int, mentions: list[_Mention]) -> bool:
    """A person listed after the previous one's position with only a comma between:
    a family name, 2-4 capitalised syllables, then ``-``/``,`` and a position."""
    if not mentions or i == 0 or toks[i - 1].text != "," or toks[i].text not in _FAMILY:
        return False
    if mentions[-1].tail != toks[i - 1].start or mentions[-1].position is None:
        return False
    end = _name_run(toks, i)
    k = _skip_separators(toks, end)
    return 2 <= end - i <= 4 and k > end and _head_len(toks, k) > 0


def _skip_separators(toks: list[_Tok], k: int) -> int:
    while k < len(toks) and toks[k].text in ",-–:(":
        k += 1
    return k


def _split_tail_name(toks: list[_Tok], a: int, b: int, *, honorific: bool) -> int | None:
    """Where the name starts in a run ``position ... name`` spanning tokens [a, b)."""
    best, best_score = None, 0.0
    for k in range(max(a + 1, b - 4), b - 1):
        if not all(_is_cap(t.text) for t in toks[k:b]):
            continue
        if toks[k].text not in _FAMILY:
            continue
        size = b - k
        score = 3.0 if toks[k + 1].text in _MIDDLE else {3: 2.0, 2: 1.5, 4: 1.0}[size]
        if score > best_score:
            best, best_score = k, score
    if best is not None:
        return best
    if honorific:
        # no family name known: the trailing capitalised syllables that no unit word holds
        k = b
        while k > a + 1 and _is_cap(toks[k - 1].text) and toks[k - 1].low not in _LOWER_OK:
            k -= 1
        if 2 <= b - k <= 4:
            return k
    return None


def _quoted(canon: str) -> list[tuple[int, int]]:
    out, opened, close = [], -1, ""
    for m in re.finditer(r"[“”\"«»]", canon):
        ch = m.group(0)
        if opened < 0 and ch in _QUOTE_PAIRS:
            opened, close = m.start(), _QUOTE_PAIRS[ch]
        elif opened >= 0 and ch == close:
            out.append((opened, m.end()))
            opened = -1
    return out


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    k = bisect.bisect_right(starts, pos) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


@dataclass(slots=True)
class _Scan:
    """One paragraph being read for mentions: its text, canonical form and tokens."""

    text: str
    canon: str
    toks: list[_Tok]
    by_start: dict[int, int]
    mentions: list[_Mention]

    def after_titles(self, pos: int) -> int:
        m = _TITLE_RX.match(self.canon, pos)
        while m and m.end() > pos:
            pos = m.end()
            m = _TITLE_RX.match(self.canon, pos)
        return pos


def _mentions_in(text: str) -> list[_Mention]:
    """Every person mention of one paragraph, in order (no roles yet): fresh copies, as
    ``_assign_roles`` adds to them."""
    return [replace(m, roles=set(m.roles), weak=set(m.weak)) for m in _read_mentions(text)]


@memo_short
def _read_mentions(text: str) -> tuple[_Mention, ...]:
    if not _MAY_NAME_RX.search(canon_same_length(text)):
        return ()  # most lines of a long list: no token of them could open a mention
    return _scan_mentions(text)


def _scan_mentions(text: str) -> tuple[_Mention, ...]:
    canon = canon_same_length(text)
    toks = _tokens(canon)
    scan = _Scan(text, canon, toks, {t.start: i for i, t in enumerate(toks)}, [])
    i = 0
    n = len(toks)
    while i < n:
        if not toks[i].text[:1].isalpha():
            i += 1
            continue
        claimed = _mention_at(scan, i)
        i = claimed if claimed is not None else i + 1
    quotes = _quoted(canon)
    starts = [a for a, _ in quotes]
    return tuple(m for m in scan.mentions if not _inside(quotes, starts, m.start))


def _mention_at(scan: _Scan, i: int) -> int | None:
    """Read a mention opening at token ``i``; the token index after it, or None."""
    toks = scan.toks
    honorific, j_pos, hm = _opening(scan, i)
    j = scan.by_start.get(j_pos)
    if j is None:
        return None
    n = len(toks)
    upper = honorific and j < n and hm is not None and _upper_name_run(toks, j) > j + 1
    if honorific and j < n and (_is_cap(toks[j].text) or upper) and not _head_len(toks, j):
        claimed = _named_mention(scan, i, j, upper)
        if claimed is not None:
            return claimed
    head_at = j if (honorific or i == j) else None
    if head_at is not None and _head_len(toks, head_at) and toks[head_at].text[:1].isupper():
        if not honorific and head_at > 0 and _is_cap(toks[head_at - 1].text):
            return None  # inside a longer capitalised phrase
        return _titled_mention(scan, i, head_at, honorific)
    return None


def _opening(scan: _Scan, i: int) -> tuple[bool, int, re.Match[str] | None]:
    """Whether token ``i`` opens an introduced person, and where the name or title starts."""
    canon, toks, tok = scan.canon, scan.toks, scan.toks[i]
    hm = _HONORIFIC_RX.match(canon, tok.start) if tok.low[:1] in "đôb" else None
    title_m = _TITLE_RX.match(canon, tok.start) if tok.text[:1].isupper() else None
    if title_m is None and tok.low in _LOWER_TITLES:
        # ``nhà báo Trần Thị Dung`` in mid-sentence: a profession before a family name
        m = _TITLE_RX.match(canon, tok.start)
        nxt = _next_alpha(toks, i + 1)
        if m and nxt is not None and nxt.start >= m.end() and nxt.text in FAMILY_NAMES:
            title_m = m
    if hm:
        # ``các đồng chí``: a plural group, named one by one if at all
        return True, scan.after_titles(hm.end()), hm
    if title_m and title_m.end() > tok.start and not _head_len(toks, i):
        return True, scan.after_titles(tok.start), None
    if scan.mentions and i > 0 and toks[i - 1].text == ";" and _is_cap(tok.text):
        # a list of people: ``có các đồng chí: X, Bí thư ...; Y, Phó Chủ tịch ...``
        return True, tok.start, None
    if _listed_in_plural(scan, i):
        # ``các đồng chí: A, B và C``: each name after the first, with no position
        return True, tok.start, None
    if _listed_after_comma(toks, i, scan.mentions):
        # ``các đồng chí: X - Trưởng ban ..., Y - Phó Chủ tịch ...``
        return True, tok.start, None
    return False, tok.start, None


def _named_mention(scan: _Scan, i: int, j: int, upper: bool) -> int | None:
    """A name at token ``j`` after an honorific or title, with its position if one follows."""
    text, canon, toks = scan.text, scan.canon, scan.toks
    n = len(toks)
    end = _upper_name_run(toks, j) if upper else _name_run(toks, j)
    size = end - j
    if upper and not _parse_position(toks, _skip_separators(toks, end), canon):
        # ``ông NGUYỄN VĂN A`` alone may be a byline; with a position it is a person
        size = 0
    if not 1 <= size <= 4:
        return None
    name_end = toks[end - 1].end
    k = _after_rank(canon, toks, end)
    pos_range = _parse_position(toks, k, canon)
    if pos_range:
        position = canon_span(text, toks, *pos_range)
        tail = toks[pos_range[1] - 1].end
        claimed = pos_range[1]
        if claimed < n and toks[claimed].text == ")":
            # ``đồng chí X (Phó Bí thư Tỉnh ủy) phát biểu``
            tail = toks[claimed].end
            claimed += 1
    else:
        position, tail, claimed = None, name_end, end
    scan.mentions.append(
        _Mention(
            name=tidy(text[toks[j].start : name_end]),
            start=toks[j].start,
            end=name_end,
            position=position,
            clause_start=toks[i].start,
            tail=tail,
            plural=_plural_at(scan, i),
        )
    )
    return claimed


_LIST_GAP_RX = re.compile(r"\s*(?:,|,?\s*và)\s*")


def _plural_at(scan: _Scan, i: int) -> bool:
    """Whether the mention opening at token ``i`` is one of a list after ``các đồng chí``."""
    if scan.canon[: scan.toks[i].start].rstrip().lower().endswith("các"):
        return True
    return _listed_in_plural(scan, i)


def _listed_in_plural(scan: _Scan, i: int) -> bool:
    """A family name right after the previous name of a ``các đồng chí`` list (``, `` or
    ``và`` between): the next person of that list."""
    prev = scan.mentions[-1] if scan.mentions else None
    if prev is None or not prev.plural or prev.name is None or prev.position is not None:
        return False
    if scan.toks[i].text not in _FAMILY:
        return False
    return _LIST_GAP_RX.fullmatch(scan.canon, prev.tail, scan.toks[i].start) is not None


def _colon_introduced(scan: _Scan, i: int, a: int, b: int) -> int | None:
    """``Ủy viên Bộ Chính trị: Nguyễn Văn A - Trưởng Ban ...``: a title, a colon, a name
    and perhaps a further position; the title is the first part of the position."""
    text, canon, toks = scan.text, scan.canon, scan.toks
    j = b + 1
    if j >= len(toks) or toks[j].text not in _FAMILY:
        return None
    end = _name_run(toks, j)
    if not 2 <= end - j <= 4:
        return None
    position, tail, claimed = canon_span(text, toks, a, b), toks[end - 1].end, end
    more = _parse_position(toks, _skip_separators(toks, end), canon) if end < len(toks) else None
    if more and toks[end].text in ",-–":
        position = f"{position}, {canon_span(text, toks, *more)}"
        tail, claimed = toks[more[1] - 1].end, more[1]
    scan.mentions.append(
        _Mention(
            name=tidy(text[toks[j].start : toks[end - 1].end]),
            start=toks[j].start,
            end=toks[end - 1].end,
            position=position,
            clause_start=toks[i].start,
            tail=tail,
        )
    )
    return claimed


def _after_rank(canon: str, toks: list[_Tok], end: int) -> int:
    """Skip separators, and a rank that is not the position (``X, Đại tá, Chính ủy ...``)."""
    n = len(toks)
    k = end
    while k < n and toks[k].text in ",-–:(":
        k += 1
    rank = _TITLE_RX.match(canon, toks[k].start) if k < n else None
    if rank and rank.end() > toks[k].start and not _head_len(toks, k):
        while k < n and toks[k].start < rank.end():
            k += 1
        while k < n and toks[k].text in ",-–":
            k += 1
    return k


def _titled_mention(scan: _Scan, i: int, head_at: int, honorific: bool) -> int | None:
    """A position then a name (``Phó Bí thư Tỉnh ủy Nguyễn Văn A``), or a bare title."""
    text, toks = scan.text, scan.toks
    rng = _parse_position(toks, head_at, scan.canon)
    if not rng:
        return None
    a, b = rng
    k = _split_tail_name(toks, a, b, honorific=honorific)
    if k is None and b < len(toks) and toks[b].text == ":":
        claimed = _colon_introduced(scan, i, a, b)
        if claimed is not None:
            return claimed
    if k is not None and k > a:
        scan.mentions.append(
            _Mention(
                name=tidy(text[toks[k].start : toks[b - 1].end]),
                start=toks[k].start,
                end=toks[b - 1].end,
                position=canon_span(text, toks, a, k),
                clause_start=toks[i].start,
                tail=toks[b - 1].end,
            )
        )
    elif honorific:
        scan.mentions.append(
            _Mention(
                name=None,
                start=toks[a].start,
                end=toks[b - 1].end,
                position=canon_span(text, toks, a, b),
                clause_start=toks[i].start,
                tail=toks[b - 1].end,
            )
        )
    return b


def canon_span(text: str, toks: list[_Tok], a: int, b: int) -> str:
    return tidy(text[toks[a].start : toks[b - 1].end])


def tidy(value: str) -> str:
    return " ".join(value.replace("\u00a0", " ").split()).strip(" ,-–")


# --- sentences and roles --------------------------------------------------------------

_ABBR_BEFORE_DOT = re.compile(r"(?:PGS|GS|TS|ThS|TSKH|BS|KS|Th|St|TP|Tp)$")


def _sentence_bounds(canon: str) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph: cut after ``.!?`` + space + a capital or a quote."""
    out, start = [], 0
    for m in re.finditer(r"[.!?…]+(?:/\.)?\s+(?=[^\W\d_“\"(]|[“\"(])", canon):
        before = canon[max(0, m.start() - 6) : m.start()]
        if _ABBR_BEFORE_DOT.search(before) and canon[m.start()] == ".":
            continue
        nxt = canon[m.end() : m.end() + 1]
        if nxt.isalpha() and not nxt.isupper():
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, len(canon)))
    return out


def _after_roles(window: str) -> tuple[set[str], set[str]]:
    strong: set[str] = set()
    weak: set[str] = set()
    pos = 0
    for _ in range(4):
        for rx, role in _AFTER_ROLES:
            m = rx.match(window, pos)
            if m and (m.end() == len(window) or not window[m.end()].isalpha()):
                if role == "speaking?":
                    weak.add("speaking")
                elif role == "attending":
                    weak.add("attending")
                else:
                    strong.add(role)
                pos = m.end()
                break
        else:
            break
        c = _CONNECT_RX.match(window, pos)
        if not c:
            # ``dự và chỉ đạo Hội nghị``: the object ends the chain
            break
        pos = c.end()
    return strong, weak


# How far after the name a verb may stand when the words between are a position the rules
# could not read.
_LATE_ROLE_WINDOW = 70
_WORD_START = re.compile(r"(?<![^\W_])(?=[^\W\d_])")
_LATE_ADVERBS = ("đã ", "cũng ", "sẽ ", "vừa ", "đang ", "được ")


def _late_roles(window: str) -> tuple[set[str], set[str]]:
    """``ông X, đại diện doanh nghiệp tham luận``: the roles of a verb further on, when the
    words before it are one comma-free stretch with no verb or particle of their own (a
    position or a unit the rules could not read), never a clause of its own."""
    head = window[:_LATE_ROLE_WINDOW]
    for m in _WORD_START.finditer(head, 1):
        before = head[: m.start()]
        if any(ch in before for ch in ",;()") or _VERB_STOP & set(before.lower().split()):
            break
        if head[m.start() :].lower().startswith(_LATE_ADVERBS):
            break  # "..., doanh nghiệp đã chủ trì": the words before are the subject
        strong, weak = _after_roles(head[m.start() :])
        if strong or weak:
            return strong, weak
    return set(), set()


_ON_BEHALF_RX = re.compile(
    r"^\s*,?\s*(?:thay mặt|đại diện cho)\s+(?:(?:Ban Thường vụ|Ban Chấp hành|Thường trực)\s+)?"
    r"(?:[A-ZĐ][^\s,;:.]*\s+|(?:tỉnh|huyện|xã|phường|ủy|thành phố)\s+){1,8}(?=[a-zđ])"
)


def _assign_roles(text: str, mentions: list[_Mention]) -> None:
    canon = canon_same_length(text)
    bounds = _sentence_bounds(canon)
    si = 0
    for idx, m in enumerate(mentions):
        while si < len(bounds) - 1 and bounds[si][1] <= m.clause_start:
            si += 1
        s_start, s_end = bounds[si]
        if _OTHER_EVENT_RX.match(canon, s_start, min(s_end, s_start + _LEAD_WINDOW)):
            m.reference = True
            continue
        prev_end = s_start
        if idx > 0 and mentions[idx - 1].tail > s_start:
            prev_end = mentions[idx - 1].tail
        lead = canon[max(prev_end, m.clause_start - _LEAD_WINDOW) : m.clause_start]
        lead = lead.strip().lower()
        lead_clause = re.split(r"[;:]", lead)[-1].strip()
        for rx, role in _LEAD_ROLES:
            if rx.search(lead_clause):
                if role == "speaking?":
                    # only ``Theo ông X, <position>``: ``Theo Tổng Bí thư X`` cites a leader
                    if m.tail > m.end:
                        m.weak.add("speaking")
                elif role == "attending":
                    m.weak.add(role)
                else:
                    m.roles.add(role)
                break
        else:
            # ``tác phẩm của X``, ``như X đã khẳng định``: cited, not present
            m.reference = _REFERENCE_LEAD_RX.search(lead_clause) is not None
        sentence = canon[s_start : min(s_end, s_start + _LEAD_WINDOW)]
        for rx, role in _SENTENCE_ROLES:
            if rx.match(sentence):
                (m.weak if role == "attending" else m.roles).add(role)
        next_start = mentions[idx + 1].clause_start if idx + 1 < len(mentions) else len(canon)
        stop = min(next_start, s_end, m.tail + _AFTER_WINDOW)
        window = canon[m.tail : stop]
        # ``đồng chí X (thứ hai từ trái sang) trao ...``: a caption's note before the verb
        window = re.sub(r"^\s*\([^()]{0,40}\)", "", window)
        # ``đồng chí X thay mặt Ban Thường vụ Đảng ủy xã kết luận``: on whose behalf
        window = _ON_BEHALF_RX.sub("", window)
        window_clean = re.split(r"[.;:!?]", window, maxsplit=1)[0].strip(" ,-–")
        strong, weak = _after_roles(window_clean)
        # introduced (honorific, rank) and followed by an apposition, or by a position read
        # only in part: the verb may be further on
        appositive = m.clause_start < m.start and (
            window.lstrip().startswith(",") or m.position is not None
        )
        if not (strong or weak) and appositive:
            strong, weak = _late_roles(window_clean)
        m.roles |= strong
        m.weak |= weak
    # ``đồng chí A, ... và đồng chí B, ... tham luận``: A shares B's verb
    for idx in range(len(mentions) - 2, -1, -1):
        m, nxt = mentions[idx], mentions[idx + 1]
        gap = canon[m.tail : nxt.clause_start].strip(" ,").lower()
        if gap in ("và", "cùng", "cùng với", "") and not m.roles and not m.reference:
            m.roles |= {r for r in nxt.roles if r not in ("concluding",)} or set()
            m.weak |= nxt.weak


# --- public API -----------------------------------------------------------------------


def _body_paragraphs(seg: Segmented) -> list[Paragraph]:
    out = []
    for p in (*seg.paragraphs, *seg.captions):
        out.append(p)
    out.sort(key=lambda p: p.start)
    kept = []
    for p in out:
        if _RELATED_RX.match(p.text):
            break
        if p.text.lstrip().startswith("•"):
            continue
        kept.append(p)
    return kept


def _merge(found: list[tuple[_Mention, int]]) -> tuple[Participant, ...]:
    """One participant per full name; short repeats and bare titles add roles to it."""
    people: dict[str, dict] = {}
    order: list[str] = []
    titles: list[_Mention] = []
    singles: list[tuple[_Mention, int]] = []
    for m, offset in found:
        if m.name is None:
            titles.append(m)
        elif len(m.name.split()) == 1 and not _APOSTROPHE_RX.search(m.name):
            # a short repeat; a one-word ethnic name (``K'Bình``, ``H'Hen``) is a full name
            singles.append((m, offset))
        else:
            _add_named(people, order, m, offset)
    _attach_singles(people, order, singles)
    _attach_titles(people, order, titles)
    return tuple(p for p in (_participant(people[key]) for key in order) if p is not None)


def _add_named(people: dict[str, dict], order: list[str], m: _Mention, offset: int) -> None:
    key = fold(m.name)
    if key in _NEVER_PRESENT:
        return
    rec = people.get(key)
    if rec is None:
        rec = people[key] = {
            "name": m.name,
            "position": None,
            "roles": set(),
            "weak": set(),
            "spans": [],
            "counted": False,
        }
        order.append(key)
    if rec["name"].isupper() and not m.name.isupper():
        rec["name"] = m.name  # ``đồng chí LÊ VĂN AN`` then ``đồng chí Lê Văn An``
    if m.position and len(m.position) > len(rec["position"] or ""):
        rec["position"] = m.position
    rec["spans"].append(Span(offset + m.start, offset + m.end))
    if not m.reference:
        rec["roles"] |= m.roles
        rec["weak"] |= m.weak


def _attach_singles(
    people: dict[str, dict], order: list[str], singles: list[tuple[_Mention, int]]
) -> None:
    """``đồng chí Hùng`` counts for the one full name ending in ``Hùng``, if only one."""
    by_last: dict[str, list[str]] = {}
    for key in order:
        by_last.setdefault(key.rsplit(" ", 1)[-1], []).append(key)
    for m, offset in singles:
        hits = by_last.get(fold(m.name), [])
        if len(hits) == 1 and not m.reference:
            rec = people[hits[0]]
            rec["roles"] |= m.roles
            rec["weak"] |= m.weak
            rec["spans"].append(Span(offset + m.start, offset + m.end))


def _attach_titles(people: dict[str, dict], order: list[str], titles: list[_Mention]) -> None:
    """``đồng chí Phó Bí thư phát biểu`` counts for the one person holding that title."""
    for m in titles[:_MAX_TITLE_MENTIONS]:
        if m.reference or not (m.roles or m.weak):
            continue
        hits = _by_title(m.position or "", [(k, people[k]["position"]) for k in order])
        if len(hits) == 1:
            people[hits[0]]["roles"] |= m.roles
            people[hits[0]]["weak"] |= m.weak


def _participant(rec: dict) -> Participant | None:
    roles = set(rec["roles"])
    if not roles:
        roles = {"speaking"} if "speaking" in rec["weak"] else set(rec["weak"])
    if not roles:
        return None
    return Participant(
        name=rec["name"],
        position=rec["position"],
        roles=tuple(r for r in ROLE_ORDER if r in roles),
        spans=tuple(rec["spans"]),
    )


def _segments(position: str | None) -> list[str]:
    return [fold(s) for s in re.split(r",\s*", position or "") if s.strip()]


_LEVEL_KEYS = frozenset(fold(word) for word in LOCALITY_WORDS)


def _by_title(title: str, candidates: list[tuple[str, str | None]]) -> list[str]:
    want = fold(title)
    if not want:
        return []
    exact = [k for k, pos in candidates if want in _segments(pos)]
    if exact:
        return exact
    longer = [k for k, pos in candidates if any(s.startswith(want + " ") for s in _segments(pos))]
    if longer:
        return longer
    # ``đồng chí Bí thư Đảng ủy phường`` for ``Bí thư Đảng ủy, Chủ tịch …``: the title
    # adds only the level the position leaves implicit
    return [
        k
        for k, pos in candidates
        if any(
            want.startswith(s + " ") and want[len(s) + 1 :] in _LEVEL_KEYS for s in _segments(pos)
        )
    ]


def find_participants(seg: Segmented) -> tuple[Participant, ...]:
    """The named people taking part, merged by name, with the fullest position and roles.

    >>> from reports.extraction.segment import segment
    >>> seg = segment("Tin\\nĐồng chí Lê Văn A, Phó Bí thư Tỉnh ủy dự và chỉ đạo Hội nghị.")
    >>> [(p.name, p.position, p.roles) for p in find_participants(seg)]
    [('Lê Văn A', 'Phó Bí thư Tỉnh ủy', ('directing',))]
    """
    found: list[tuple[_Mention, int]] = []
    header: tuple[str, ...] | None = None
    roster = False
    for p in _body_paragraphs(seg):
        text = p.text
        cm = _CAPTION_PREFIX_RX.match(text)
        offset = p.start
        if cm:
            text = text[cm.end() :]
            offset += cm.end()
        row = _pipe_cells(text)
        is_header = row is not None and header is None
        header = None if row is None else header or tuple(fold(c) for c, _s, _e in row)
        mentions = _mentions_in(text)
        roster, listed = _roster_line(text, roster)
        if not mentions or listed == "absent":
            continue
        _assign_roles(text, mentions)
        if listed:
            _roster_roles(mentions, text)
        elif _SAYS_RX.match(text) and mentions[0].start < text.find(":"):
            # ``- Đồng chí X (Phó Chủ tịch ...): Đến nay ...``: minutes give what each
            # speaker said after the name
            mentions[0].roles.add("speaking")
        if row is not None and header is not None and not is_header:
            _presenter_roles(row, header, mentions)
        found.extend((m, offset) for m in mentions)
        if len(found) >= _MAX_MENTIONS:
            break  # a list of thousands of names is not an article's participants
    return _merge(found)


# A record's list of who took part (minutes, a quick report): ``Thành phần:`` then one
# person an item, ``Vắng:`` those absent, ``Thư ký:`` who took the minutes.
_ROSTER_RX = re.compile(
    r"^(?:\d{1,2}\.\s{1,3})?(?:Thành phần(?:\s{1,3}(?:tham dự|dự họp|hội nghị|dự))?"
    r"|Đại biểu(?:\s{1,3}tham)?\s{1,3}dự|Tham dự|Dự họp|Có mặt)(?:\s{1,3}gồm)?(?:\s{1,3}có)?"
    r"\s{0,3}(?::|$)",
    re.IGNORECASE,
)
_ABSENT_RX = re.compile(r"^Vắng(?:\s{1,3}mặt)?(?:\s{0,3}\([^)]{0,40}\))?\s{0,3}:", re.IGNORECASE)
_SECRETARY_RX = re.compile(r"^Thư ký(?:\s{1,3}(?:hội nghị|cuộc họp))?\s{0,3}:", re.IGNORECASE)
_ROSTER_ITEM_RX = re.compile(r"^(?:[-–+•*]|\d{1,2}[.)])\s")
# the part an item's person plays, after a dash at its end (``…, Trưởng ban - Chủ trì``)
_ROSTER_ROLE_RX = re.compile(
    r"\s[-–]\s(?P<role>(?i:chủ trì(?:\s{1,3}hội nghị)?|dự,?\s{1,3}(?:và\s{1,3})?chỉ đạo"
    r"|chỉ đạo|thư ký|dự))\.?$"
)
_ROSTER_ROLES = {"chu tri": "chair", "chi dao": "directing"}
_ROSTER_LABEL_RX = re.compile(r"^[-–+•]\s{1,3}(?P<label>[^:]{3,40}):\s")
# a speaker's words after the name and position in brackets (``Đồng chí X (…): …``)
_SAYS_RX = re.compile(
    r"^(?:[-–+•]\s{1,3})?(?:[Đđ]ồng chí|[ÔôBb]à|[Ôô]ng)\s[^:()]{3,60}\([^()]{3,150}\)\s{0,3}:"
)


def _roster_line(text: str, roster: bool) -> tuple[bool, str | None]:
    """Whether a roster goes on after this paragraph, and what the paragraph is in it:
    ``listed`` (its people took part), ``absent`` (they did not), or None."""
    line = text.strip()
    if _ABSENT_RX.match(line):
        return False, "absent"
    if _SECRETARY_RX.match(line):
        return False, "listed"
    if _ROSTER_RX.match(line):
        return True, "listed"
    if roster and _ROSTER_ITEM_RX.match(line):
        return True, "listed"
    return False, None


def _roster_roles(mentions: list[_Mention], text: str = "") -> None:
    """People listed in a roster attend; the part an item names after a dash, or before
    a colon (``- Chủ trì Hội nghị: đồng chí X``), is a role."""
    label = _ROSTER_LABEL_RX.match(text.strip())
    for m in mentions:
        m.weak.add("attending")  # a role of its own only for who has no other
        if label:
            m.roles |= _roster_role_names(label.group("label"))
        found = _ROSTER_ROLE_RX.search(m.position or "")
        if found is not None:
            m.position = m.position[: found.start()].rstrip(" ,")
            m.roles |= _roster_role_names(found.group("role"))


def _roster_role_names(said: str) -> set[str]:
    """The contract roles a roster's words name (``Chủ trì Hội nghị``, ``Dự, chỉ đạo``)."""
    said = fold(said)
    return {name for key, name in _ROSTER_ROLES.items() if key in said}


def _pipe_cells(text: str) -> list[tuple[str, int, int]] | None:
    """The cells (text, start, end) of a table row written as a pipe row, else None."""
    line = text.strip()
    if not (line.startswith("|") and line.endswith("|") and line.count("|") >= 3):
        return None
    lead = text.find("|")
    cells = []
    pos = lead + 1
    while True:
        bar = text.find("|", pos)
        if bar < 0:
            break
        cells.append((text[pos:bar].strip(), pos, bar))
        pos = bar + 1
    return cells


def _presenter_roles(
    row: list[tuple[str, int, int]], header: tuple[str, ...], mentions: list[_Mention]
) -> None:
    """A person named (with a degree, a rank or a position) in the presenter column of a
    programme table (``| Thời gian | Chuyên đề | Báo cáo viên |``) speaks at the meeting;
    names in other columns (``Người phụ trách`` of a task table) get no role from it."""
    columns = {i for i, name in enumerate(header) if name in PRESENTER_COLUMNS}
    for m in mentions:
        if m.name is None or m.reference:
            continue
        for i, (_text, start, end) in enumerate(row):
            if start <= m.start < end and i in columns:
                m.roles.add("speaking")


# No article names more people; a bound keeps pathological inputs (2 MB of names) cheap.
_MAX_MENTIONS = 2_000


def find_people_mentions(text: str) -> list[tuple[str, int, int]]:
    """Every person named in ``text``: (name, start, end), in order.

    A person named by title only (``đồng chí Trưởng ban ...``) gives the title; map it to a
    participant with ``person_for``.

    >>> find_people_mentions("Kết luận Hội nghị, đồng chí Lại Văn A, Phó Bí thư đề nghị ...")
    [('Lại Văn A', 28, 37)]
    """
    return [(m.name or m.position or "", m.start, m.end) for m in _mentions_in(text)]


def person_for(name_or_short_mention: str, participants) -> str | None:
    """The full name of the participant a mention refers to, or None when not exactly one.

    Accepts a full name, a short repeat (the last syllables of a name) or a title.

    >>> people = (Participant("Lê Hải B", "Trưởng ban Tuyên giáo", ("chair",)),)
    >>> person_for("đồng chí Hải B", people), person_for("Trưởng ban", people)
    ('Lê Hải B', 'Lê Hải B')
    """
    want = fold(_HONORIFIC_RX.sub("", name_or_short_mention.strip()))
    if not want:
        return None
    exact = [p.name for p in participants if fold(p.name) == want]
    if len(exact) == 1:
        return exact[0]
    tail = [p.name for p in participants if fold(p.name).endswith(" " + want)]
    if len(tail) == 1:
        return tail[0]
    if exact or tail:
        return None
    hits = _by_title(name_or_short_mention, [(p.name, p.position) for p in participants])
    if len(hits) > 1:
        leading = {p.name for p in participants if {"chair", "concluding"} & set(p.roles)}
        hits = [h for h in hits if h in leading]
    return hits[0] if len(hits) == 1 else None
