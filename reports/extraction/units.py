"""Units: the named organisations a document mentions (domain-vi §3, §3.5).

A unit name is a *head* (``Ban Tuyên giáo``, ``Sở``, ``Đảng ủy Khối``, ``Tỉnh ủy`` ...)
followed by a tail that depends on the head: an owning committee (``Ban Tuyên giáo``
+ ``Tỉnh ủy Lai Châu``), a sector name whose words may be joined by commas, hyphens
and ``và`` (``Sở Văn hóa, Thể thao và Du lịch``), a locality (``... tỉnh``, ``...
huyện``) or a place name. The tail grammar is what lets a list ``X, Y và Z`` split
between names while a name containing commas stays whole: a comma or ``và`` continues
a name only when the next word is a capitalised sector word, never a new head.

Generic groups (``các đảng ủy trực thuộc``, ``Ban Tuyên giáo các huyện ủy``, ``cấp ủy
các cấp``, ``ngành Tuyên giáo``) and bodies inside membership titles (``Ủy viên Ban
Thường vụ Tỉnh ủy``, ``Tỉnh ủy viên``) are not units.

``find_units`` groups the spellings of one unit under one canonical name: the fullest
spelling, with a bare ``Khối`` completed by the bloc's full name and a bare ``tỉnh`` /
``Tỉnh ủy`` completed by the province when the text names exactly one.

Every scan is a single left-to-right pass with bounded look-ahead, linear in the input.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from reports.extraction.gazetteer import (
    LEVEL_WORDS,
    body_keys,
    branch_names,
    country_keys,
    gazetteer,
)
from reports.extraction.lexicon import FAMILY_NAMES, LOCALITY_WORDS
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length
from reports.extraction.normalize import fold as _fold_uncached
from reports.extraction.types import Segmented, Span, Unit


@lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """``normalize.fold``, cached: the same short names and words are folded again and
    again."""
    return _fold_uncached(text)


# --- head lexicon -------------------------------------------------------------------

# committees named by a place: Tỉnh ủy Lai Châu, Huyện ủy Hòa Lâm
_LOCAL = "local"
# bloc committees: Đảng ủy Khối các cơ quan Trung ương
_KHOI = "khoi"
# party organisations that need a complement: Đảng bộ tỉnh, Chi bộ Cơ quan ...
_PARTY = "party"
# central bodies complete by themselves
_CENTRAL = "central"
# executive committees of an owner: Ban Thường vụ Tỉnh ủy
_EXEC = "exec"
# advisory boards of an owner: Ban Tuyên giáo Tỉnh ủy, Văn phòng Ban
_BOARD = "board"
# state sector bodies: Sở Văn hóa, Thể thao và Du lịch
_SECTOR = "sector"
# newspapers and broadcasters: Báo Lai Châu, Đài Phát thanh và Truyền hình tỉnh
_PRESS = "press"
# associations, front, police, people's committees
_ASSOC = "assoc"
# associations whose head alone names them (with a locality): Công an tỉnh
_ASSOC_FULL = "assoc_full"

_HEADS: dict[str, str] = {
    "Tỉnh ủy": _LOCAL,
    "Thành ủy": _LOCAL,
    "Huyện ủy": _LOCAL,
    "Quận ủy": _LOCAL,
    "Thị ủy": _LOCAL,
    "Tỉnh đoàn": _LOCAL,
    "Thành đoàn": _LOCAL,
    "Huyện đoàn": _LOCAL,
    "Đảng ủy Khối": _KHOI,
    "Đảng bộ Khối": _KHOI,
    "Đảng ủy": _PARTY,
    "Đảng bộ": _PARTY,
    "Chi bộ": _PARTY,
    "Đảng đoàn": _PARTY,
    "Ban cán sự đảng": _PARTY,
    "Bộ Chính trị": _CENTRAL,
    "Ban Bí thư": _CENTRAL,
    "Ban Chấp hành Trung ương": _CENTRAL,
    "Chính phủ": _CENTRAL,
    "Quốc hội": _CENTRAL,
    "Ủy ban Thường vụ Quốc hội": _CENTRAL,
    "Ban Chấp hành": _EXEC,
    "Ban Thường vụ": _EXEC,
    "Thường vụ": _EXEC,
    "Thường trực": _EXEC,
    "Ban Tuyên giáo và Dân vận": _BOARD,
    # the 2025 merged board is also written with a dash
    "Ban Tuyên giáo - Dân vận": _BOARD,
    "Ban Tuyên giáo – Dân vận": _BOARD,
    "Ban Tuyên giáo": _BOARD,
    "Ban Dân vận": _BOARD,
    "Ban Tổ chức": _BOARD,
    "Ban Nội chính": _BOARD,
    "Ban Kinh tế": _BOARD,
    "Ban Đối ngoại": _BOARD,
    "Ban Chính sách, chiến lược": _BOARD,
    # the commune party committee's board after 2025: complete by itself
    "Ban Xây dựng Đảng": _ASSOC_FULL,
    "Ủy ban Kiểm tra": _BOARD,
    "Văn phòng": _BOARD,
    "Ban Chỉ đạo": _BOARD,
    "BCĐ": _BOARD,
    "Sở": _SECTOR,
    "Phòng": _SECTOR,
    "Trung tâm": _SECTOR,
    "Trường": _SECTOR,
    "Cục": _SECTOR,
    "Vụ": _SECTOR,
    "Viện": _SECTOR,
    "Học viện": _SECTOR,
    "Bộ": _SECTOR,
    "Báo": _PRESS,
    "Đài": _PRESS,
    "Tạp chí": _PRESS,
    # a province's portal is a press body of its own (``Cổng Thông tin điện tử tỉnh X``)
    "Cổng Thông tin điện tử": _PRESS,
    "Nhà xuất bản": _PRESS,
    "Thông tấn xã": _PRESS,
    "Hội": _ASSOC,
    "Ủy ban nhân dân": _ASSOC_FULL,
    "Hội đồng nhân dân": _ASSOC_FULL,
    "UBND": _ASSOC_FULL,
    "HĐND": _ASSOC_FULL,
    "Ủy ban Mặt trận Tổ quốc": _ASSOC_FULL,
    "Mặt trận Tổ quốc": _ASSOC_FULL,
    "Ủy ban MTTQ": _ASSOC_FULL,
    "UBMTTQ": _ASSOC_FULL,
    "Liên đoàn Lao động": _ASSOC_FULL,
    "Công đoàn": _ASSOC,
    "Đoàn Thanh niên": _ASSOC_FULL,
    "Công an": _ASSOC_FULL,
    "Bộ Chỉ huy Quân sự": _ASSOC_FULL,
    "Ban Chỉ huy Quân sự": _ASSOC_FULL,
    "Bộ Chỉ huy Bộ đội Biên phòng": _ASSOC_FULL,
}
# heads that name a unit with nothing after them
_SELF_SUFFICIENT = frozenset({_LOCAL, _KHOI, _CENTRAL})
# a bare head of these is ambiguous or generic, but it is a unit with any tail
_NEEDS_LOCALITY = frozenset({"ủy ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd", "công an"})
# acronyms in heads, expanded for the canonical name
_HEAD_ACRONYMS = {"BCĐ": "Ban Chỉ đạo", "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân"}


def _head_pattern(phrase: str) -> str:
    # The first letter must be upper case (a name), the rest may vary in case
    # (Đảng ủy khối, Ban chỉ đạo); spaces may be runs of spaces or tabs.
    first, rest = phrase[0], phrase[1:]
    rest_rx = re.escape(rest).replace(r"\ ", "[ \t]+")
    return re.escape(first) + "(?i:" + rest_rx + ")"


_HEAD_RX = re.compile(
    "(?:"
    + "|".join(_head_pattern(h) for h in sorted(_HEADS, key=len, reverse=True))
    + r")(?![^\W_])"
)
# "Trưởng ban Tuyên giáo X" writes the board with a lower-case "ban"
_LOWER_BAN_RX = re.compile(
    r"(?<=Trưởng )ban[ \t]+(?=(?i:tuyên giáo|dân vận|tổ chức|nội chính|kinh tế|đối ngoại)\b)"
)
_HEAD_BY_FOLD = {fold(h): h for h in _HEADS}
_CLASS_BY_FOLD = {fold(h): cls for h, cls in _HEADS.items()}


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    """Words that only ever begin a unit name (``Ban``, ``Phòng``, ``Sở`` ...), never
    stand inside one: taken from the gazetteer and the heads, so that after a comma or
    ``và`` such a word followed by a capitalised word begins the next name of a list."""
    names = [*gazetteer().unit_names(), *_HEADS]
    first = {n.split()[0] for n in names}
    inner = {w for n in names for w in n.split()[1:]}
    return frozenset(first - inner)


# lower-case words that end a name on a locality: ... tỉnh, ... huyện
_LOCALITIES = LOCALITY_WORDS
# lower case in running text; all capitals in a document's header (``... CƠ QUAN TỈNH``)
_LOCALITY_RX = re.compile(
    r"[ \t]+(" + "|".join((*_LOCALITIES, *(w.upper() for w in _LOCALITIES))) + r")(?![^\W_])"
)
# capitalised words that start something else than a name part
_STOP_CAPS = frozenset(
    w.lower()
    for w in (
        "Trưởng",
        "Phó",
        "Bí",
        "Ủy viên",
        "Chủ",
        "Giám",
        "Tổng",
        "Chánh",
        "Đồng",
        "Ông",
        "Bà",
        "Nghị",
        "Chỉ",
        "Kết",
        "Quy",
        "Quyết",
        "Hướng",
        "Kế",
        "Thông",
        "Chương",
        "Hội nghị",
        "Năm",
        "Ngày",
        "Tháng",
        "Theo",
        "Tại",
        "Trong",
        "Với",
        "Về",
        "Khóa",
        "Nhiệm",
        "Ủy",
    )
    if " " not in w
)
# "Thông tin", "Chủ nghĩa" ... are name parts even though their first word is a stop word:
# the stop test looks at the word pair, and these pairs pass
_CAP_PAIRS_OK = frozenset(("thong", w) for w in ("tin", "tan")) | frozenset(
    {("chinh", "tri"), ("ke", "hoach"), ("quy", "hoach"), ("chi", "huy")}
)

# Lower-case syllables that continue a capitalised word inside a name, as word pairs
# (previous syllable, next syllable) folded: Giáo dục, Đào tạo, Nhà báo, Lý luận chính
# trị, Liên hiệp phụ nữ, Cựu chiến binh. A pair list (not a word list) keeps "Truyền
# thông báo cáo" from swallowing the verb.
_PAIRS = frozenset(
    tuple(p.split())
    for p in (
        "giao duc",
        "dao tao",
        "nha bao",
        "ly luan",
        "luan chinh",
        "chinh tri",
        "lich su",
        "lien hiep",
        "hiep phu",
        "phu nu",
        "cuu chien",
        "chien binh",
        "phat thanh",
        "truyen hinh",
        "truyen thong",
        "tuyen truyen",
        "thong tin",
        "thong tan",
        "van hoa",
        "van nghe",
        "van hoc",
        "nghe thuat",
        "the thao",
        "the duc",
        "du lich",
        "khoa hoc",
        "khoa giao",
        "cong nghe",
        "lao dong",
        "thuong binh",
        "xa hoi",
        "chi huy",
        "quan su",
        "mat tran",
        "to quoc",
        "bao chi",
        "tuyen giao",
        "dan van",
        "dan toc",
        "noi vu",
        "tai chinh",
        "y te",
        "tu phap",
        "cong thuong",
        "nong nghiep",
        "nong dan",
        "nong thon",
        "phat trien",
        "tai nguyen",
        "moi truong",
        "ke hoach",
        "dau tu",
        "xay dung",
        "giao thong",
        "van tai",
        "ngoai vu",
        "ton giao",
        "co quan",
        "doanh nghiep",
        "thanh nien",
        "cong an",
        "quoc phong",
        "bien phong",
        "bo doi",
        "nhan dan",
        "chu thap",
        "thap do",
        "khuyen hoc",
        "nguoi cao",
        "cao tuoi",
        "luat gia",
        "kiem tra",
        "giam sat",
        "tong hop",
        "hanh chinh",
        # a commune's service centres after 2025: Trung tâm Dịch vụ tổng hợp, Trung tâm
        # Phục vụ hành chính công
        "dich vu",
        "vu tong",
        "phuc vu",
        "vu hanh",
        "chinh cong",
        "quan tri",
        "thi dua",
        "khen thuong",
        "tiep dan",
        "thanh tra",
        "tu tuong",
        "dao duc",
        "dai hoc",
        "cao dang",
        "xuat ban",
        "chinh sach",
        "chien luoc",
        "dan so",
        "gia dinh",
        "tre em",
        "an ninh",
        "noi chinh",
        "doi ngoai",
        "dan chu",
        "phu trach",
        "cuu tro",
        "boi duong",
        "can bo",
        "quan ly",
        "tieng noi",
        "cong doan",
        "hoi dong",
        "to chuc",
        "nghien cuu",
        "ho chi",
        "quan doi",
        "doi nhan",
        "tien phong",
        "dien tu",
        "tuoi tre",
        "nguoi lao",
        "cong san",
        "quoc gia",
        "tri quoc",
        "duong chinh",
        "thong ke",
        "bao hiem",
        "ngan hang",
        "kho bac",
        "chu nghia",
        "su that",
        "vien chuc",
        "cong chuc",
        # ministries and agencies whose last syllable is also a common word (giao = the
        # verb of assignment): Bộ Ngoại giao, Bộ Kinh tế, Cục Hải quan
        "ngoai giao",
        "kinh te",
        "hai quan",
        "phap luat",
        "lam nghiep",
        "thuy san",
        "thuy loi",
        "khi tuong",
        "thuy van",
        "phong chong",
        "an toan",
        "giao thong",
    )
    if len(p.split()) == 2
)

_FAMILY = frozenset(fold(w) for w in FAMILY_NAMES)

_WORD_RX = re.compile(r"[^\W\d_]+")
_NUM_RX = re.compile(r"\d{1,3}(?!\d)")
_GENERIC_BEFORE_RX = re.compile(r"(?i:(?:các|những|mọi|từng)[ \t]+)$")
_MEMBERSHIP_BEFORE_RX = re.compile(r"(?i:ủy[ \t]+viên(?:[ \t]+dự[ \t]+khuyết)?[ \t]+)$")
# "Phó Bí thư Thường trực Tỉnh ủy": Thường trực qualifies the position, not a unit
_POSITION_BEFORE_RX = re.compile(
    r"(?i:(?:bí[ \t]+thư|trưởng[ \t]+ban|chủ[ \t]+tịch|giám[ \t]+đốc|phó)[ \t]+)$"
)
_GENERIC_AFTER_RX = re.compile(r"[ \t]+(?i:các|những)(?![^\W_])")
_ACRONYM_AFTER_RX = re.compile(r"[ \t]*\([ \t]*([A-ZĐ][A-ZĐ0-9]{1,9})[ \t]*\)")
_MAX_DEPTH = 4
_MAX_EXTENSIONS = 50
_MAX_PARTS = 12
_MAX_PLACE_WORDS = 4
_LOOK_BEHIND = 30
# longer than any gazetteer body's name
_BODY_LOOKAHEAD = 80


def _word_at(ct: str, pos: int) -> tuple[int, int] | None:
    """The word starting exactly at ``pos``; a word with an upper-case letter after a
    lower-case one ("ChâuPhản", two words glued by a lost line break) is cut there."""
    m = _WORD_RX.match(ct, pos)
    if not m:
        return None
    word = m.group(0)
    if not word.isupper():
        for i in range(1, len(word)):
            if word[i].isupper() and word[i - 1].islower():
                return m.start(), m.start() + i
    return m.start(), m.end()


def _space(ct: str, pos: int) -> int:
    """Position after one run of spaces at ``pos`` (the same position if none)."""
    n = len(ct)
    end = pos
    while end < n and ct[end] in " \t" and end - pos < 8:
        end += 1
    return end


def _next_word(ct: str, pos: int) -> tuple[int, int] | None:
    """The word after a run of spaces (at least one) from ``pos``."""
    p = _space(ct, pos)
    if p == pos:
        return None
    return _word_at(ct, p)


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _stop_cap(ct: str, start: int, end: int) -> bool:
    """A capitalised word that begins a position, a document, a date ... not a name part."""
    if ct[start:end].lower() not in _STOP_CAPS:
        return False
    nxt = _next_word(ct, end)
    return not (nxt and (fold(ct[start:end]), fold(ct[nxt[0] : nxt[1]])) in _CAP_PAIRS_OK)


def _is_person(ct: str, start: int) -> bool:
    """A run of 3+ capitalised words starting with a family name, or with Thị/Văn second:
    a person named after a position (Trưởng ban Tuyên giáo Đảng ủy Khối Hà Thị Trang)."""
    words = []
    pos = start
    w = _word_at(ct, pos)
    while w and _is_cap(ct[w[0] : w[1]]) and len(words) < 5:
        words.append(fold(ct[w[0] : w[1]]))
        pos = w[1]
        w = _next_word(ct, pos)
    if len(words) < 2:
        return False
    if words[:3] == ["ho", "chi", "minh"]:
        return False
    if len(words) >= 2 and words[1] in ("thi", "van"):
        return True
    return len(words) >= 3 and words[0] in _FAMILY


def _head_at(ct: str, pos: int) -> tuple[int, int, str] | None:
    """A head phrase starting exactly at ``pos``: (start, end, class)."""
    m = _HEAD_RX.match(ct, pos)
    if m:
        head = _HEAD_BY_FOLD.get(fold(re.sub(r"[ \t]+", " ", m.group(0))))
        if head:
            return m.start(), m.end(), _HEADS[head]
    m = _LOWER_BAN_RX.match(ct, pos)
    if m:
        m2 = _HEAD_RX.match("B" + ct[pos + 1 : pos + 60])
        if m2:
            head = _HEAD_BY_FOLD.get(fold(re.sub(r"[ \t]+", " ", m2.group(0))))
            if head and _HEADS[head] == _BOARD:
                return pos, pos + m2.end(), _BOARD
    return None


_CITY_RX = re.compile(r"[ \t]+(?:(?i:thành[ \t]+phố)|TP\.?)(?=[ \t]+[A-ZĐÂĂÊÔƠƯ])")


def _place(ct: str, pos: int) -> int:
    """An optional place name (capitalised words) after ``pos``: Lai Châu, Hòa Lâm,
    Thành phố Hồ Chí Minh."""
    m = _CITY_RX.match(ct, pos)
    if m:
        pos = m.end()
    end = pos
    count = 0
    w = _next_word(ct, pos)
    if w and _is_person(ct, w[0]):
        return pos
    while w and count < _MAX_PLACE_WORDS:
        text = ct[w[0] : w[1]]
        if not _is_cap(text) or _stop_cap(ct, *w) or _head_at(ct, w[0]) or _motto(ct, *w):
            break
        end = w[1]
        count += 1
        w = _next_word(ct, end)
    return end


def _motto(ct: str, start: int, end: int) -> bool:
    """``Đảng Cộng sản Việt Nam``: the letterhead's other column, run into a committee's
    place on one line (``TỈNH ỦY HỒNG LÂM ĐẢNG CỘNG SẢN VIỆT NAM``); no place name
    holds it."""
    if fold(ct[start:end]) != "dang":
        return False
    nxt = _next_word(ct, end)
    return bool(nxt and fold(ct[nxt[0] : nxt[1]]) == "cong")


def _locality(ct: str, pos: int) -> int:
    """``tỉnh`` / ``huyện`` ... (+ place) after ``pos``, or ``pos`` itself."""
    m = _LOCALITY_RX.match(ct, pos)
    if not m:
        return pos
    return _place(ct, m.end())


def _lower_chain(ct: str, start: int, end: int) -> int:
    """Extend a capitalised word with the lower-case syllables that form a known
    compound with it (Giáo dục, Lý luận chính trị)."""
    prev = fold(ct[start:end])
    count = 0
    while count < 3:
        w = _next_word(ct, end)
        if not w or _is_cap(ct[w[0] : w[1]]):
            break
        word = fold(ct[w[0] : w[1]])
        if (prev, word) not in _PAIRS:
            break
        end, prev = w[1], word
        count += 1
    return end


def _separator(ct: str, pos: int) -> tuple[str, int]:
    """The separator after ``pos`` and where the next word starts: ' ', ',', '-', 'và'."""
    p = _space(ct, pos)
    if p < len(ct) and ct[p] == ",":
        return ",", _space(ct, p + 1)
    if p < len(ct) and ct[p] == "-" and p > pos:
        q = _space(ct, p + 1)
        return ("-", q) if q > p + 1 else ("", pos)
    if p > pos and ct.startswith("và", p):
        q = _space(ct, p + 2)
        if q > p + 2:
            return "và", q
    return (" ", p) if p > pos else ("", pos)


def _compound(
    ct: str,
    pos: int,
    *,
    commas: bool,
    depth: int,
    memo: dict[tuple[int, int], tuple[int, int] | None],
) -> tuple[int, bool]:
    """Capitalised name parts after ``pos`` joined by spaces (and, when ``commas``, by
    ', ', ' - ' and ' và'); an owner unit right after a part ends the name.
    Returns (end, whether anything was consumed)."""
    end = pos
    consumed = False
    for _ in range(_MAX_PARTS):
        sep, p = _separator(ct, end)
        if not sep:
            break
        w = _word_at(ct, p)
        if not w or not _is_cap(ct[w[0] : w[1]]) or ct[w[0] : w[1]].isupper() and w[1] - w[0] > 1:
            break
        if sep in (",", "và") and consumed and _body_starts(ct, p):
            break  # Sở Y tế và Báo và Phát thanh, Truyền hình tỉnh: a gazetteer body begins
        head = _head_at(ct, p)
        if head and sep != " ":
            # after a comma, a hyphen or "và" a head starts the next name of a list,
            # unless it is a one-word head used as a plain word (Báo chí, Hội nghị)
            nxt = _next_word(ct, head[1])
            if " " in ct[head[0] : head[1]] or not nxt or _is_cap(ct[nxt[0] : nxt[1]]):
                break
        elif head:
            if depth >= _MAX_DEPTH:
                break  # too deep to tell whether a new name starts here: stop
            owner = _parse(ct, p, depth + 1, memo)
            if owner:
                # a unit right after a part owns the name (Chi bộ Cơ quan Hội ...)
                return owner[1], True
        if _stop_cap(ct, *w) or (sep != " " and _starts_name(ct, w)):
            break
        if sep != " " and (not consumed or (sep != "và" and not commas)):
            break
        if sep == " " and _is_person(ct, p):
            break
        end = _lower_chain(ct, *w)
        consumed = True
        if fold(ct[w[0] : w[1]]) == "khoi":
            # a bloc inside a name: Đoàn Thanh niên Khối các cơ quan tỉnh
            tail = _khoi_tail(ct, end)
            if tail > end:
                return tail, True
    return end, consumed


def _body_starts(ct: str, pos: int) -> bool:
    """Whether a gazetteer body's name (``Báo và Phát thanh, Truyền hình``, ``Sở Y tế``)
    is written at ``pos``: after a comma or ``và`` it begins the next name of a list, its
    own inner ``và`` and commas notwithstanding."""
    head = _fold_uncached(ct[pos : pos + _BODY_LOOKAHEAD])
    m = _TWO_WORDS_RX.match(head)
    if not m:
        return False
    for key in _body_index().get(m.group(0), ()):
        if head.startswith(key) and not (len(head) > len(key) and head[len(key)].isalnum()):
            return True
    return False


def _starts_name(ct: str, w: tuple[int, int]) -> bool:
    """``Ban Xây dựng Đảng`` after a comma: a starter word and a capitalised word."""
    if ct[w[0] : w[1]] not in _starters():
        return False
    nxt = _next_word(ct, w[1])
    return bool(nxt and _is_cap(ct[nxt[0] : nxt[1]]))


_KHOI_QUAL_RX = re.compile(
    r"(?:[ \t]+(?i:các))?[ \t]+(?i:cơ[ \t]+quan|doanh[ \t]+nghiệp|dân[ \t]+chính[ \t]+đảng)"
    r"(?:[ \t]+(?i:và)[ \t]+(?i:các[ \t]+)?(?i:cơ[ \t]+quan|doanh[ \t]+nghiệp))?"
    r"(?:[ \t]+Đảng(?![^\W_]))?"
)
_CENTRE_RX = re.compile(r"[ \t]+Trung[ \t]+ương(?![^\W_])")
# the 2025 central and provincial party organisations: Đảng bộ các cơ quan Đảng tỉnh
_PARTY_AGENCIES_RX = re.compile(r"[ \t]+(?i:các)[ \t]+(?i:cơ[ \t]+quan)[ \t]+Đảng(?![^\W_])")


def _khoi_tail(ct: str, pos: int) -> int:
    """The bloc's qualifier: (các) cơ quan / Doanh nghiệp ... (Trung ương | tỉnh [place])."""
    m = _KHOI_QUAL_RX.match(ct, pos)
    if not m:
        return pos
    end = m.end()
    m2 = _CENTRE_RX.match(ct, end)
    if m2:
        return m2.end()
    return _locality(ct, end)


_TW_RX = re.compile(r"[ \t]+Trung[ \t]+(?i:ương)(?:[ \t]+Đảng(?![^\W_]))?(?![^\W_])")
_DANG_RX = re.compile(r"[ \t]+Đảng(?![^\W_])")
_BAN_RX = re.compile(r"[ \t]+Ban(?![^\W_])")
_CAP_LEVEL_RX = re.compile(r"[ \t]+cấp[ \t]+(?:Khối|tỉnh|huyện|xã|cơ[ \t]+sở|Trung[ \t]+ương)")


def _parse(
    ct: str,
    pos: int,
    depth: int = 0,
    memo: dict[tuple[int, int], tuple[int, int] | None] | None = None,
) -> tuple[int, int] | None:
    """A whole unit name starting at ``pos``: (start, end), or None. ``memo`` keeps the
    answers for one text: a list of names is parsed once per name, not once per name
    for every name before it."""
    if depth > _MAX_DEPTH:
        return None
    if memo is None:
        memo = {}
    key = (pos, depth)
    if key not in memo:
        memo[key] = _parse_at(ct, pos, depth, memo)
    return memo[key]


_Memo = dict[tuple[int, int], tuple[int, int] | None]
_BARE_PARTY_RX = re.compile(
    r"[ \t]+(?:Đảng[ \t]+ủy|Đảng[ \t]+bộ|Chi[ \t]+bộ)(?![^\W_])(?![ \t]+(?:viên|các)(?![^\W_]))"
)
_MEMBERSHIP_AFTER_RX = re.compile(r"[ \t]+viên(?![^\W_])")


def _parse_at(ct: str, pos: int, depth: int, memo: _Memo) -> tuple[int, int] | None:
    """The unit name whose head starts at ``pos``: the tail grammar depends on the
    head's class, one small step each."""
    head = _head_at(ct, pos)
    if not head:
        return None
    start, end, cls = head
    head_key = fold(re.sub(r"[ \t]+", " ", ct[start:end]))
    agencies = cls == _KHOI or (cls == _PARTY and _PARTY_AGENCIES_RX.match(ct, end))
    if _GENERIC_AFTER_RX.match(ct, end) and not (agencies and _khoi_tail(ct, end) > end):
        return None  # a generic plural: Ban Tuyên giáo các huyện ủy, UBND các huyện
    step = _TAIL_STEPS.get(cls, _tail_sector)
    tail = step(ct, end, head_key, depth, memo)
    return None if tail is None else (start, tail)


def _tail_local(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """Tỉnh ủy (+ place); ``Tỉnh ủy viên`` is a membership title, not a unit."""
    if _MEMBERSHIP_AFTER_RX.match(ct, end):
        return None
    return _place(ct, end)


def _tail_khoi(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    return _khoi_tail(ct, end)


def _tail_central(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """Ban Bí thư (Trung ương Đảng), Bộ Chính trị (Đảng) ..."""
    m = (_TW_RX if head_key == "ban bi thu" else _DANG_RX).match(ct, end)
    return m.end() if m else end


def _owner_after(ct: str, pos: int, depth: int, memo: _Memo) -> int | None:
    """The end of an owning unit that starts right after ``pos``, or None."""
    w = _next_word(ct, pos)
    if not w:
        return None
    owner = _parse(ct, w[0], depth + 1, memo)
    return owner[1] if owner else None


def _tail_exec(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """Ban Thường vụ + owner; ``Thường trực Ban``."""
    owner = _owner_after(ct, end, depth, memo)
    if owner is not None:
        return owner
    if head_key == "thuong truc":
        m = _BAN_RX.match(ct, end)
        if m:
            return m.end()
    return None


def _steering_number(ct: str, end: int) -> int | None:
    """``Ban Chỉ đạo 35``: the number after a steering board's head (None for a generic
    ``Ban Chỉ đạo 35 các huyện``)."""
    p = _space(ct, end)
    m = _NUM_RX.match(ct, p) if p > end else None
    if not m:
        return end
    return None if _GENERIC_AFTER_RX.match(ct, m.end()) else m.end()


def _tail_board(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """An advisory board: owner unit, ``Trung ương``, ``cấp …``, a locality, or (for a
    steering board) its number."""
    tail = end
    if head_key in ("ban chi dao", "bcd"):
        tail = _steering_number(ct, end)
        if tail is None:
            return None
    owner = _owner_after(ct, tail, depth, memo)
    if owner is not None:
        return owner
    for rx in (_TW_RX, _CAP_LEVEL_RX):
        m = rx.match(ct, tail)
        if m:
            return m.end()
    loc = _locality(ct, tail)
    if loc > tail:
        return loc
    m = _BARE_PARTY_RX.match(ct, tail)
    if m:
        return m.end()  # Văn phòng Đảng ủy: the board of the document's own committee
    if head_key == "van phong":
        m = _BAN_RX.match(ct, tail)
        if m:
            return m.end()
    return tail if tail > end else None


def _tail_party(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """Đảng ủy / Đảng bộ / Chi bộ + the agencies' qualifier, a locality or a name."""
    if _MEMBERSHIP_AFTER_RX.match(ct, end):
        return None  # Đảng ủy viên
    m = _PARTY_AGENCIES_RX.match(ct, end)
    if m:
        tail = _khoi_tail(ct, end)
        return tail if tail > m.end() else None
    loc = _locality(ct, end)
    if loc > end:
        return loc
    tail, consumed = _compound(ct, end, commas=False, depth=depth, memo=memo)
    return _locality(ct, tail) if consumed else None


def _tail_sector(ct: str, end: int, head_key: str, depth: int, memo: _Memo) -> int | None:
    """Sector bodies, press and associations: capitalised name parts (commas join a
    sector's name), then an optional locality."""
    cls = _CLASS_BY_FOLD[head_key]
    tail, consumed = _compound(ct, end, commas=cls == _SECTOR, depth=depth, memo=memo)
    if head_key == "truong" and len(ct[end:tail].split()) < 2:
        consumed, tail = False, end  # Trường Sa is a place, Trường Chính trị a school
    loc = _locality(ct, tail)
    if loc > tail:
        return loc
    if consumed:
        return tail
    if cls == _ASSOC_FULL and head_key not in _NEEDS_LOCALITY:
        return end
    return None


_TAIL_STEPS = {
    _LOCAL: _tail_local,
    _KHOI: _tail_khoi,
    _CENTRAL: _tail_central,
    _EXEC: _tail_exec,
    _BOARD: _tail_board,
    _PARTY: _tail_party,
}


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def find_unit_mentions(text: str) -> list[tuple[str, int, int]]:
    """Unit names in ``text``, longest match, left to right: (name as written, start, end).

    >>> [m[0] for m in find_unit_mentions(
    ...     "Giao Phòng Khoa giáo - Văn hóa, Văn nghệ chủ trì, phối hợp với Báo Đông Lĩnh, "
    ...     "Đài Phát thanh và Truyền hình tỉnh và Sở Văn hóa, Thể thao và Du lịch")]
    ['Phòng Khoa giáo - Văn hóa, Văn nghệ', 'Báo Đông Lĩnh', 'Đài Phát thanh và Truyền hình tỉnh', \
'Sở Văn hóa, Thể thao và Du lịch']
    """
    return list(_unit_mentions(text))


@memo_short
def _unit_mentions(text: str) -> tuple[tuple[str, int, int], ...]:
    """``find_unit_mentions``, memoised: every step looks for units in the same lines."""
    ct = canon_same_length(text)
    out: list[tuple[str, int, int]] = []
    starts = {m.start() for rx in (_HEAD_RX, _LOWER_BAN_RX) for m in rx.finditer(ct)}
    pos = 0
    memo: dict[tuple[int, int], tuple[int, int] | None] = {}
    fct = _fold_uncached(ct)
    if len(fct) != len(ct):
        fct = ""  # positions would not line up: no gazetteer completion for this text
    headless = {m.start() for m in _headless_rx().finditer(fct) if ct[m.start()].isupper()}
    starts = sorted(starts | headless)
    for start in starts:
        if start < pos:
            continue
        if start > 0 and (ct[start - 1].isalnum() or ct[start - 1] == "_"):
            continue
        found = _headless_body(ct, fct, start) if start in headless else None
        found = found or _parse(ct, start, 0, memo)
        if found is None:
            # a head whose grammar finds no tail may still begin a gazetteer body
            # (``Báo`` + ``và Phát thanh, Truyền hình``)
            head = _head_at(ct, start)
            end = _complete(ct, fct, start, head[1]) if head else start
            found = (start, end) if head and end > head[1] else None
        if found is None:
            continue
        s, e = found
        before = ct[max(0, s - _LOOK_BEHIND) : s]
        if _GENERIC_BEFORE_RX.search(before) or _MEMBERSHIP_BEFORE_RX.search(before):
            pos = e  # skip the whole phrase: nothing inside it is a unit of its own
            continue
        if _POSITION_BEFORE_RX.search(before) and fold(ct[s : s + 11]) == "thuong truc":
            continue
        e = _complete(ct, fct, s, e)
        if _foreign(fct, s, e):
            pos = e  # Bộ Ngoại giao Lào: a body of another country, not a unit of ours
            continue
        doubled = _DOUBLED_HEAD_RX.match(ct, s, e)
        if doubled:
            s = doubled.end(1)  # "Ban Ban Tuyên giáo": a typed-twice head word, once
        out.append((_tidy(text[s:e]), s, e))
        pos = e
    return tuple(out)


_DOUBLED_HEAD_RX = re.compile(r"([^\W\d_]+)\s+(?=\1\s)")
_TWO_WORDS_RX = re.compile(r"[^\W_]+ [^\W_]+")


@lru_cache(maxsize=1)
def _body_index() -> dict[str, tuple[str, ...]]:
    """Gazetteer body names (folded, longest first) by their first two words."""
    index: dict[str, list[str]] = {}
    for key in body_keys():
        m = _TWO_WORDS_RX.match(key)
        if m:
            index.setdefault(m.group(0), []).append(key)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _headless_rx() -> re.Pattern[str]:
    """Folded gazetteer bodies that begin with no head of the rules (``Liên hiệp các Hội
    ...``, ``Thanh tra Chính phủ``): the gazetteer alone finds them."""
    heads = tuple(_CLASS_BY_FOLD)
    keys = [k for k in body_keys() if not any(k == h or k.startswith(h + " ") for h in heads)]
    return re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, keys)) + r")(?![^\W_])")


def _headless_body(ct: str, fct: str, s: int) -> tuple[int, int] | None:
    """A headless gazetteer body at ``s``. A name written without its level word
    (``Thanh tra``, the stem of ``Thanh tra tỉnh``) is common words too: it counts only
    with a locality or a place after it."""
    m = _TWO_WORDS_RX.match(fct, s)
    for key in _body_index().get(m.group(0), ()) if m else ():
        end = s + len(key)
        if fct.startswith(key, s) and not (end < len(fct) and fct[end].isalnum()):
            tail = _body_end(ct, key, end)
            stem = any(key + level in _body_key_set() for level in _level_suffixes())
            return (s, tail) if tail > end or not stem else None
    return None


def _complete(ct: str, fct: str, s: int, e: int) -> int:
    """Complete a mention to the longest gazetteer body written at ``s`` (``Văn phòng
    HĐND và UBND``, ``Phòng Kinh tế, Hạ tầng và Đô thị``), then its locality."""
    m = _TWO_WORDS_RX.match(fct, s) if fct else None
    if not m:
        return e
    for key in _body_index().get(m.group(0), ()):
        end = s + len(key)
        if end <= e:
            return e  # longest first: nothing longer than the parse is written here
        if fct.startswith(key, s) and not (end < len(fct) and fct[end].isalnum()):
            return _body_end(ct, key, end)
    return e


@lru_cache(maxsize=1)
def _level_suffixes() -> tuple[str, ...]:
    """The gazetteer's level words, folded, with their space: `` tinh``, `` xa``."""
    return tuple(" " + fold(w) for w in LEVEL_WORDS)


@lru_cache(maxsize=1)
def _body_key_set() -> frozenset[str]:
    return frozenset(body_keys())


def _body_end(ct: str, key: str, end: int) -> int:
    """Where a gazetteer body written up to ``end`` ends: its level word takes a place
    (``Báo và Phát thanh, Truyền hình tỉnh Hồng Lâm``); written without its level word it
    takes a locality or the place directly (``... Truyền hình Hồng Lâm``)."""
    for level in _level_suffixes():
        if key.endswith(level):
            return max(end, _locality(ct, end - len(level)))
    if any(key + level in _body_key_set() for level in _level_suffixes()):
        loc = _locality(ct, end)
        return loc if loc > end else _place(ct, end)
    return _locality(ct, end)


def _foreign(fct: str, s: int, e: int) -> bool:
    """Whether the mention's last one or two words name a foreign country."""
    words = fct[s:e].split()
    return any(" ".join(words[-n:]) in country_keys() for n in (1, 2) if len(words) > n)


# --- grouping -----------------------------------------------------------------------

_KEY_REWRITES = (
    (re.compile(r"^(\w+) \1\b"), r"\1"),  # "Ban Ban Tuyên giáo", a head typed twice
    (re.compile(r"\bdang (uy|bo) khoi co quan\b"), r"dang \1 khoi cac co quan"),
    (re.compile(r"^bcd\b"), "ban chi dao"),
    (re.compile(r"\bubnd\b"), "uy ban nhan dan"),
    (re.compile(r"\bhdnd\b"), "hoi dong nhan dan"),
    (re.compile(r"\bban chap hanh dang bo tinh\b"), "tinh uy"),
    (re.compile(r"\bban chap hanh dang bo huyen\b"), "huyen uy"),
    (re.compile(r"\bban chap hanh dang bo khoi\b"), "dang uy khoi"),
    (re.compile(r"\bban bi thu trung uong( dang)?$"), "ban bi thu"),
    (re.compile(r"\bban chap hanh trung uong dang$"), "ban chap hanh trung uong"),
)


def _key(name: str) -> str:
    """The matching key of a unit name: folded, punctuation dropped, spelling variants
    of one body (missing ``các``, acronyms, ``Ban Chấp hành Đảng bộ tỉnh`` = ``Tỉnh ủy``)
    rewritten to one form."""
    key = _raw_key(name)
    for rx, repl in _KEY_REWRITES:
        key = rx.sub(repl, key)
    return key


def _first_upper(name: str) -> str:
    return name[:1].upper() + name[1:]


def _expand_head_acronym(name: str) -> str:
    for short, full in _HEAD_ACRONYMS.items():
        if name.startswith(short + " "):
            return full + name[len(short) :]
    return name


class _Group:
    def __init__(self, key: str) -> None:
        self.key = key
        self.mentions: list[str] = []
        self.spans: list[Span] = []
        self.name: str | None = None

    def add(self, mention: str, span: Span | None) -> None:
        if mention not in self.mentions:
            self.mentions.append(mention)
        if span is not None and span not in self.spans[-4:]:
            self.spans.append(span)


def _raw_key(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", fold(name)).split())


def _best_name(group: _Group) -> str:
    """The fullest spelling; the committee's own name ("Tỉnh ủy") is preferred to its
    written-out form ("Ban Chấp hành Đảng bộ tỉnh")."""
    pool = [m for m in group.mentions if not m.isupper()] or group.mentions
    short = [m for m in pool if not _raw_key(m).startswith("ban chap hanh dang bo")]
    best = max(short or pool, key=lambda m: (len(m.split()), len(m)))
    if best.isupper():
        return _header_name(best)
    return _first_upper(_expand_head_acronym(best))


@lru_cache(maxsize=1)
def _spelling_by_key() -> dict[str, str]:
    """Folded body names and heads to their written case (``dang uy xa`` → ``Đảng ủy xã``)."""
    names = (*_HEADS, *gazetteer().unit_names(), *branch_names())
    return {fold(n): n for n in sorted(names, key=len)}


def _header_name(name: str) -> str:
    """A letterhead's capitals in a name's case, word by word: a gazetteer body or head
    as the gazetteer writes it (longest first), a locality word (``tỉnh``, ``thành
    phố``) in lower case, a place's word capitalised (``ĐẢNG ỦY XÃ TÂN MAI`` → ``Đảng ủy
    xã Tân Mai``; ``PHƯƠNG`` is a place word, ``PHƯỜNG`` a locality: compared with the
    marks); a bloc's qualifier as ``_header_case`` writes it."""
    words = name.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        known, n = _known_prefix(words[i:])
        if known:
            out.append(known)
            i += n
            if fold(known).endswith("khoi") and i < len(words):
                out.append(_header_case(" ".join(words[i:])))
                break
            continue
        low = canon_same_length(words[i]).lower()
        pair = f"{low} {canon_same_length(words[i + 1]).lower()}" if i + 1 < len(words) else ""
        if pair in _LOCALITIES:
            out.append(pair)
            i += 2
            continue
        out.append(low if low in _LOCALITIES else words[i].capitalize())
        i += 1
    return " ".join(out)


def _known_prefix(words: list[str]) -> tuple[str | None, int]:
    """The longest gazetteer body or head that ``words`` begin with, and its length."""
    spellings = _spelling_by_key()
    for n in range(min(len(words), _MAX_PARTS), 0, -1):
        known = spellings.get(fold(" ".join(words[:n])))
        if known:
            return known, n
    return None, 0


def _place_rx(committee: str, locality: str) -> re.Pattern[str]:
    # the committee (Tỉnh ủy, TỈNH ỦY), the party organisation (Đảng bộ tỉnh) or the
    # people's committee / council (UBND tỉnh) of a locality, then its name. The lookahead
    # names the letters a match can open with: the regex module then skips every other
    # position quickly instead of trying each alternative there (3x faster on 2 MB).
    return re.compile(
        r"(?=["
        + committee[0]
        + r"ĐỦUH])(?:"
        + committee
        + r"|Đảng[ \t]+bộ[ \t]+"
        + locality
        + r"|(?:Ủy[ \t]+ban[ \t]+nhân[ \t]+dân|UBND|HĐND)[ \t]+"
        + locality
        + r")[ \t]+",
        re.IGNORECASE,
    )


# locality level: (pattern naming its place, name endings that take the place)
_LEVELS = {
    "tỉnh": (_place_rx("Tỉnh[ \t]+ủy", "tỉnh"), ("tỉnh ủy", " tỉnh", "tỉnh đoàn")),
    "huyện": (_place_rx("Huyện[ \t]+ủy", "huyện"), ("huyện ủy", " huyện", "huyện đoàn")),
    "quận": (_place_rx("Quận[ \t]+ủy", "quận"), ("quận ủy", " quận", "quận đoàn")),
    "thị xã": (_place_rx("Thị[ \t]+ủy", "thị[ \t]+xã"), ("thị ủy", " thị xã")),
}
_PLACE_WORD_RX = re.compile(r"[^\W\d_]+")


_MAX_PLACE_MATCHES = 500


def _places(ct: str, level: str) -> set[str]:
    """Places named right after a committee of ``level`` (tỉnh, huyện ...), title-cased."""
    found: dict[str, str] = {}
    for k, m in enumerate(_LEVELS[level][0].finditer(ct)):
        if k >= _MAX_PLACE_MATCHES:
            break  # enough to know the place; a pathological list is not read further
        words = []
        pos = m.end()
        for _ in range(_MAX_PLACE_WORDS):
            w = _PLACE_WORD_RX.match(ct, pos)
            if not w or not w.group(0)[0].isupper():
                break
            word = w.group(0)
            low = canon_same_length(word).lower()
            # the letterhead's other column: ĐẢNG CỘNG SẢN VIỆT NAM
            if low in _STOP_CAPS or low in ("đảng", "cộng") or _HEAD_RX.match(word):
                break
            words.append(word.capitalize() if word.isupper() else word)
            pos = w.end()
            if not ct.startswith(" ", pos):
                break
            pos += 1
        if words and not _is_person(" ".join(words) + " ", 0):
            place = " ".join(words)
            found.setdefault(fold(place), place)
    return set(found.values())


def _append_place(name: str, places: dict[str, str]) -> str:
    """Complete a name that ends on a locality the text names once (Hội Nhà báo tỉnh →
    Hội Nhà báo tỉnh Lai Châu); a provincial department (Sở ...) takes the province."""
    low = canon_same_length(name).lower()
    for level, (_, endings) in _LEVELS.items():
        place = places.get(level)
        if place and low.endswith(endings):
            return f"{name} {place}"
    province = places.get("tỉnh")
    key = _key(name)
    if province and key.startswith("so ") and not re.search(r"\b(tinh|thanh pho|huyen)\b", key):
        return f"{name} tỉnh {province}"
    return name


# Words of a bloc qualifier written in lower case in running text.
_QUALIFIER_LOWER = frozenset(
    [
        "các",
        "cơ",
        "quan",
        "nghiệp",
        "chính",
        "ương",
        "tỉnh",
        "huyện",
        "thành",
        "phố",
        "thị",
        "xã",
        "trấn",
        "quận",
        "phường",
    ]
)


def _header_case(qual: str) -> str:
    """``CÁC CƠ QUAN TỈNH`` → ``các cơ quan tỉnh``; ``DOANH NGHIỆP TỈNH VÂN LĨNH`` →
    ``Doanh nghiệp tỉnh Vân Lĩnh``."""
    words = [w.lower() if w.lower() in _QUALIFIER_LOWER else w.capitalize() for w in qual.split()]
    return " ".join(words)


def _khoi_qualifier(groups: list[_Group]) -> str | None:
    """The one full bloc qualifier the text uses (các cơ quan Trung ương), or None."""
    quals: dict[str, str] = {}
    for g in groups:
        for mention in g.mentions:
            m = re.search(r"(?i:khối)\s+(.+)$", mention)
            if m and re.match(r"(?i:các|cơ|doanh|dân)", m.group(1)):
                qual = m.group(1)
                k = _key(qual)
                k = k if k.startswith("cac ") or " va " in k else "cac " + k
                if qual.isupper():
                    qual = _header_case(qual)  # ``KHỐI CÁC CƠ QUAN TỈNH`` in a header
                if k not in quals or len(qual) > len(quals[k]):
                    quals[k] = qual
    # "Doanh nghiệp tỉnh" and "Doanh nghiệp tỉnh Vân Lĩnh" are one bloc: keep the longer
    keys = [k for k in quals if not any(o != k and o.startswith(k + " ") for o in quals)]
    return quals[keys[0]] if len(keys) == 1 else None


def _merge_prefixes(groups: dict[str, _Group]) -> dict[str, _Group]:
    """Fold a group into the one longer group its key is a word-prefix of
    (Ban Tuyên giáo Tỉnh ủy → Ban Tuyên giáo Tỉnh ủy Lai Châu); several → kept apart."""
    longer: dict[str, set[str]] = {}
    for key in groups:
        words = key.split()
        for i in range(1, min(len(words), 16)):
            longer.setdefault(" ".join(words[:i]), set()).add(key)
    for key in sorted(groups, key=lambda k: len(k.split())):
        if key not in groups:
            continue
        cands = {c for c in longer.get(key, ()) if c in groups and c != key}
        if len(cands) > _MAX_EXTENSIONS:
            continue  # many different units start with it: it names none of them
        maximal = {c for c in cands if not any(o != c and o.startswith(c + " ") for o in cands)}
        if len(maximal) == 1:
            target = groups[maximal.pop()]
            for mention in groups[key].mentions:
                target.add(mention, None)
            target.spans.extend(groups[key].spans)
            del groups[key]
    return groups


def _main_board(groups: Iterable[_Group]) -> _Group | None:
    counts = Counter()
    by_key = {}
    for g in groups:
        if re.match(r"ban (tuyen giao|dan van|to chuc|noi chinh|kinh te|doi ngoai)", g.key):
            counts[g.key] = len(g.spans)
            by_key[g.key] = g
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return by_key[top[0][0]]


def _texts(seg: Segmented) -> list[tuple[str, int]]:
    parts: list[tuple[str, int]] = []
    if seg.title and seg.title_span:
        parts.append((seg.text[seg.title_span.start : seg.title_span.end], seg.title_span.start))
    parts.extend((p.text, p.start) for p in (*seg.paragraphs, *seg.captions))
    head = _letterhead(seg)
    if head:
        parts.append((head, 0))
    parts.sort(key=lambda x: x[1])
    return parts


def _letterhead(seg: Segmented) -> str:
    """An official document's letterhead (the lines above its own number): it names the
    issuing committee (``ĐẢNG ỦY XÃ TÂN MAI``) and its parent, units of the text like
    any other. A news page has no own number, and its banner names a site, not a unit."""
    if seg.own_number_span is None:
        return ""
    starts = [p.start for p in seg.paragraphs]
    if seg.title_span:
        starts.append(seg.title_span.start)
    return seg.text[: min([seg.own_number_span.start, *starts])]


# a board's own name on its letterhead line is short (``BAN TUYÊN GIÁO VÀ DÂN VẬN``)
_BOARD_WORDS = 6
_NATION_RX = re.compile(r"ĐẢNG CỘNG SẢN|CỘNG HÒA|CỘNG HOÀ")
_BOARD_KEYS = tuple(k for k, c in _CLASS_BY_FOLD.items() if c == _BOARD) + ("ban xay dung dang",)
_HEAD_KEYS_LONGEST = sorted(_CLASS_BY_FOLD, key=len, reverse=True)


def issuing_unit(seg: Segmented) -> str | None:
    """The body whose document this is, from its letterhead: the last line naming a unit
    (``BAN TUYÊN GIÁO VÀ DÂN VẬN``), completed by the committee on the line above it
    when it is one of that committee's boards (``ĐẢNG ỦY XÃ NÀ KHOANG``), in a name's case.

    >>> from reports.extraction.segment import segment
    >>> issuing_unit(segment("ĐẢNG ỦY XÃ TÂN MAI\\nBAN XÂY DỰNG ĐẢNG\\nSố 3-BB/BXDĐ\\n\\n"
    ...                      "BIÊN BẢN\\nHội nghị giao ban\\n\\nThời gian: ngày 5/11/2026"))
    'Ban Xây dựng Đảng Đảng ủy xã Tân Mai'
    """
    # a letterhead's two columns side by side are cut apart at their gap; the right one's
    # ``ĐẢNG CỘNG SẢN VIỆT NAM`` is the Party, not the issuer
    parts = [
        part.strip()
        for line in _letterhead(seg).splitlines()
        for part in re.split(r"\s{3,}|\t", line)
    ]
    # a letterhead line is in capitals (``Số 19-BB/…`` and the place line are not)
    named = [
        part
        for part in parts
        if part.isupper() and not _NATION_RX.match(part) and _known_prefix(part.split())[0]
    ]
    if not named:
        return None
    last = _header_name(named[-1])
    if len(named) < 2 or len(last.split()) > _BOARD_WORDS:
        return last
    above = _header_name(named[-2])
    # a committee's board (``Ban Tuyên giáo``, ``Văn phòng``, since 2025 a commune's ``Ban
    # Xây dựng Đảng``) is written under the committee it belongs to
    board = fold(last).startswith(_BOARD_KEYS)
    if board and _CLASS_BY_FOLD.get(_head_key(above)) in (_LOCAL, _PARTY, _KHOI):
        return f"{last} {above}"
    return last


def _head_key(name: str) -> str:
    """The folded head a name opens with (``Đảng ủy xã Tân Mai`` → ``dang uy``), or ""."""
    key = fold(name)
    return next((h for h in _HEAD_KEYS_LONGEST if key == h or key.startswith(h + " ")), "")


def _province_text(seg: Segmented) -> str:
    """The letterhead and the body, without what follows the last body paragraph
    (related-article lists and footers may name other places)."""
    ends = [p.end for p in (*seg.paragraphs, *seg.captions)]
    return canon_same_length(seg.text[: max(ends)] if ends else seg.text)


def _build(groups: dict[str, _Group], seg: Segmented | None) -> tuple[Unit, ...]:
    qualifier = _khoi_qualifier(list(groups.values()))
    if qualifier:
        rekeyed: dict[str, _Group] = {}
        for g in groups.values():
            if re.search(r"\bdang (uy|bo) khoi$", g.key):
                g.key = _key(f"{g.key} {qualifier}")
                g.name = f"{_best_name(g)} {qualifier}"
            target = rekeyed.setdefault(g.key, g)
            if target is not g:
                for mention in g.mentions:
                    target.add(mention, None)
                target.spans.extend(g.spans)
                target.name = target.name if target.name else g.name
        groups = rekeyed
    groups = _merge_prefixes(groups)
    places: dict[str, str] = {}
    if seg is not None:
        ct = _province_text(seg)
        for level in _LEVELS:
            found = _places(ct, level)
            if len(found) == 1:
                places[level] = found.pop()
    board = _main_board(groups.values())
    units: list[tuple[int, Unit]] = []
    for g in groups.values():
        name = g.name or _best_name(g)
        if g.key == "van phong ban" and board is not None:
            name = f"Văn phòng {board.name or _best_name(board)}"
        name = _append_place(name, places)
        first = min((s.start for s in g.spans), default=0)
        units.append((first, Unit(name=name, mentions=tuple(g.mentions), spans=tuple(g.spans))))
    units.sort(key=lambda x: x[0])
    # two groups may end up with one name (Tỉnh ủy + place): join them
    merged: dict[str, Unit] = {}
    for _, unit in units:
        k = _key(unit.name)
        if k in merged:
            old = merged[k]
            mentions = old.mentions + tuple(m for m in unit.mentions if m not in old.mentions)
            merged[k] = Unit(old.name, mentions, old.spans + unit.spans)
        else:
            merged[k] = unit
    return tuple(merged.values())


# No document names more bodies; a bound keeps pathological inputs (2 MB of names) cheap.
_MAX_MENTIONS = 2_000


def find_units(seg: Segmented) -> tuple[Unit, ...]:
    """The named units of a document, one per body, under a canonical name.

    >>> from reports.extraction.segment import segment
    >>> units = find_units(segment(
    ...     "Tin\\n\\nĐảng ủy Khối cơ quan Trung ương tổ chức hội nghị. "
    ...     "Đảng ủy Khối các cơ quan Trung ương giao Ban Tuyên giáo Đảng ủy Khối ..."))
    >>> [(u.name, u.mentions) for u in units][0]
    ('Đảng ủy Khối các cơ quan Trung ương', ('Đảng ủy Khối cơ quan Trung ương', \
'Đảng ủy Khối các cơ quan Trung ương'))
    """
    groups: dict[str, _Group] = {}
    aliases: dict[str, str] = {}
    seen = 0
    for text, offset in _texts(seg):
        if seen >= _MAX_MENTIONS:
            break  # a list of thousands of bodies is not an article's units
        found = find_unit_mentions(text)
        seen += len(found)
        for name, s, e in found:
            key = _key(name)
            groups.setdefault(key, _Group(key)).add(name, Span(offset + s, offset + e))
            m = _ACRONYM_AFTER_RX.match(text, e)
            if m:
                aliases.setdefault(m.group(1), key)
    if aliases:
        alias_rx = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, aliases)) + r")(?![\w/-])")
        for text, offset in _texts(seg):
            for m in alias_rx.finditer(text):
                groups[aliases[m.group(1)]].add(
                    m.group(1), Span(offset + m.start(), offset + m.end())
                )
    return _build(groups, seg)


def _unit_keys(unit: Unit) -> set[str]:
    return {_key(unit.name), *(_key(m) for m in unit.mentions)}


def canonical_unit(name: str, units: tuple[Unit, ...]) -> str:
    """The canonical name of the unit ``name`` is a spelling of, or ``name`` itself.

    >>> u = Unit("Đảng ủy Khối các cơ quan Trung ương", ("Đảng ủy Khối",))
    >>> canonical_unit("Đảng uỷ Khối cơ quan Trung ương", (u,))
    'Đảng ủy Khối các cơ quan Trung ương'
    """
    key = _key(name)
    if not key:
        return name
    for unit in units:
        if key in _unit_keys(unit):
            return unit.name
    # a shorter spelling of exactly one unit: Ban Tuyên giáo Tỉnh ủy → ... Tỉnh ủy Lai Châu
    longer = [u for u in units if any(k.startswith(key + " ") for k in _unit_keys(u))]
    if len(longer) == 1:
        return longer[0].name
    return name


def _named(name: str) -> bool:
    """A name that looks like one named unit, not a generic plural or a sector."""
    name = name.strip()
    if not name or not name[0].isupper() or len(name.split()) > 15:
        return False
    return not re.search(r"(?i)(?<![^\W_])(các|những|mọi|từng)(?![^\W_])", name)


def merge_units(units: tuple[Unit, ...], names: Iterable[str]) -> tuple[Unit, ...]:
    """``units`` plus the named units among ``names`` not yet covered (a spelling of an
    existing unit is added to its mentions; generic plurals are left out).

    >>> [u.name for u in merge_units((), ["Ban Tuyên giáo Tỉnh ủy", "các đảng ủy trực thuộc"])]
    ['Ban Tuyên giáo Tỉnh ủy']
    """
    out = list(units)
    flat: list[str] = []
    for raw in names:
        found = find_unit_mentions(raw) if raw else []
        # a list that another step did not split is added name by name
        flat.extend([m[0] for m in found] if len(found) > 1 else [raw])
    for raw in flat:
        if not raw or not _named(raw):
            continue
        name = _tidy(raw)
        key = _key(name)
        hit = None
        for i, unit in enumerate(out):
            if key in _unit_keys(unit):
                hit = i
                break
        if hit is None:
            longer = [
                i for i, u in enumerate(out) if any(k.startswith(key + " ") for k in _unit_keys(u))
            ]
            hit = longer[0] if len(longer) == 1 else None
        if hit is None:
            out.append(Unit(name=name, mentions=(name,)))
        elif name not in out[hit].mentions and name != out[hit].name:
            unit = out[hit]
            out[hit] = Unit(unit.name, (*unit.mentions, name), unit.spans)
    return tuple(out)
