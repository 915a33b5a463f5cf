"""Fields of one task item: lead and support units, subject units, the assigner's name.

Lead and support are copied as written (domain-vi §6.3, dev-extra conventions):

- ``Giao X chủ trì, phối hợp với Y, Z thực hiện`` → lead ``X``, support ``Y``, ``Z``;
- ``Chủ trì, phối hợp với Y ...`` → the lead is implied (empty), support ``Y``;
- ``Phối hợp với Y, Z ...`` → support only, and only for named units (capitalised): a
  partner written generically (``phối hợp với các huyện``) splits no responsibility
  unless a ``chủ trì`` in the same item does;
- ``Cơ quan chủ trì: X.`` / ``Cơ quan phối hợp: Y.`` attribute lines of a plan.

A list of units is split at ``,`` / ``và`` only where the next words start a unit name
(``Sở``, ``Báo``, ``Đài``, ``Phòng`` ... or ``các ...``), so names holding commas or ``và``
(``Sở Văn hóa, Thể thao và Du lịch``, ``Ủy ban nhân dân các huyện, thị xã, thành phố``)
stay whole. Every scan is a bounded regex or a single pass over the text.
"""

from __future__ import annotations

import re

from reports.extraction.lexicon import FAMILY_NAMES, VERB_LIKE_NAME_PAIRS
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length, fold
from reports.extraction.units import find_unit_mentions

# Words that start an action: they end a unit list (``... Hội Nhà báo tỉnh thực hiện``)
# and they start task paragraphs (``Tiếp tục ...``). Lower case; matched case-sensitively
# inside a sentence so capitalised name words (``Sở Thông tin``) never end a list.
VERBS = (
    "tiếp tục|tăng cường|nâng cao|đẩy mạnh|tổ chức|triển khai|thực hiện|chú trọng|quan tâm|"
    "tập trung|chủ động|tích cực|làm tốt|phát huy|xây dựng|tham mưu|phối hợp|chỉ đạo|"
    "hướng dẫn|duy trì|đổi mới|củng cố|kiện toàn|rà soát|theo dõi|nắm bắt|nắm chắc|"
    "đấu tranh|tuyên truyền|quán triệt|học tập|bảo đảm|đảm bảo|phát hiện|mở|biên soạn|"
    "hoàn thành|thành lập|ban hành|kịp thời|khẩn trương|thường xuyên|nghiên cứu|cụ thể hóa|"
    "sơ kết|tổng kết|kiểm tra|giám sát|đôn đốc|chuẩn bị|cập nhật|định hướng|phát triển|"
    "đánh giá|khắc phục|đề xuất|lãnh đạo|vận động|động viên|biểu dương|nhân rộng|gắn|"
    "kết hợp|lựa chọn|ứng dụng|lan tỏa|quảng bá|trình|gửi|báo cáo|tổng hợp|phổ biến|"
    "giáo dục|bồi dưỡng|tập huấn|căn cứ|chấm|trao|cung cấp|đăng tải|phát hành|sửa đổi|"
    "bổ sung|hoàn thiện|tiến hành|quản lý|giải quyết|xử lý|ngăn chặn|phòng ngừa|chấn chỉnh|"
    "coi trọng|dự báo|tham gia|khai thác|theo sát|bám sát|huy động|thẩm định|xuất bản|"
    "trang trí|cần|phải|chịu trách nhiệm|có trách nhiệm|đề nghị|giao|quán triệt|mở rộng|tiếp nhận|"
    "phấn đấu|làm rõ|thông tin|đăng|dâng|số hóa|chuyển đổi|vận hành|nêu cao|"
    "rèn luyện|thực hành|chăm lo|kiểm soát|đặc biệt chú ý|chú ý|ưu tiên|hỗ trợ|bố trí|"
    "phân công|phát động|sắp xếp|làm|viết|đăng ký|đẩy nhanh|kiểm điểm|khảo sát|điều tra|"
    "nắm|thiết kế|in ấn|biên tập|tuyển chọn|xét|khen thưởng|bình xét|giới thiệu|đưa|"
    "soạn thảo|dự thảo|góp ý|tập hợp|thu thập|chỉnh sửa|hoàn chỉnh|phục vụ|đảm nhận|đảm nhiệm|"
    "nộp|tiếp thu|hoàn tất|phát hiện|định kỳ|mời|thăm|tặng|lắp đặt|"
    "treo|phát sóng|quyết định|họp|tham dự|xem xét|niêm yết|sản xuất"
)
_VERB_IN_TEXT = re.compile(r"(?<![\w-])(?:" + VERBS + r")(?![\w-])")
_VERB_AT_START = re.compile(r"^[\s\"“(]{0,3}(?:" + VERBS + r")(?![\w-])", re.IGNORECASE)

# First words of a unit name (capitalised as written); ``các`` starts a generic plural.
_UNIT_HEADS = (
    r"Ban|Phòng|Văn phòng|Sở|Báo|Đài|Hội(?!\s(?:nghị|thi|thảo|diễn|chợ|trại|báo))|"
    "Trung tâm|Trường|Ủy ban|UBND|HĐND|MTTQ|Đảng ủy|"
    "Đảng bộ|Đảng đoàn|Huyện ủy|Tỉnh ủy|Thành ủy|Thị ủy|Quận ủy|Công an|Bộ|Cục|Chi cục|"
    "Tổng cục|Vụ|Viện|Học viện|Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Mặt trận|Liên đoàn|"
    # mass organisations and other bodies (§3.1): trade unions, alliances, courts, clubs
    "Công đoàn|Liên minh|Hợp tác xã|Tòa án|Câu lạc bộ|Chi hội|Đồn|"
    "Liên hiệp|Cơ quan|Chi bộ|Tạp chí|Nhà xuất bản|Thông tấn xã|Bảo tàng|Thư viện|Hội đồng|"
    "BCĐ|Kho bạc|Ngân hàng|Tập đoàn|Tổng công ty|Công ty|Thường trực|Lãnh đạo|"
    "Bộ Chỉ huy|Bộ đội|Cục|Cảnh sát|Ủy ban Mặt trận|Thanh tra|BTG|BTGTU|BTGHU|Ngành|"
    "Tổ (?:công tác|thư ký|giúp việc|biên tập|chuyên gia)|Nhóm (?:chuyên gia|thư ký)"
)
# ``Mỗi cán bộ, đảng viên``: each of a group, an actor as ``Các chi bộ`` is
_EACH = (
    r"[Mm]ỗi\s(?:cán bộ|đảng viên|chi bộ|cơ quan|đơn vị|địa phương|cấp ủy|tổ chức|người|"
    r"hội viên|đoàn viên|thôn|xã|phường)"
)
_UNIT_START = re.compile(
    r"(?:(?:" + _UNIT_HEADS + r")(?![\w])|các\s|Các\s|ngành\s|cấp ủy|" + _EACH + r")"
)
_LIST_SEP = re.compile(r"\s*,\s*|\s+và\s+")
_SUPPORT_AFTER = re.compile(
    r"\s{0,3},\s{1,3}(?P<u>[^;.:()]{3,200}?)\s{1,3}(?:cùng\s{1,3})?phối hợp(?![\w])"
    r"(?!\s{1,3}(?:chặt chẽ\s{1,3})?với)"
)
# Syllables that end a name after a capitalised one although they are also verbs
_NAME_TAIL = re.compile(
    "(?:" + "|".join(f"{a.capitalize()} {b}" for a, b in sorted(VERB_LIKE_NAME_PAIRS)) + ")$"
)
_CHU_TRI = re.compile(r"(?<![\w])[Cc]hủ trì(?![\w])")
_PHOI_HOP_VOI = re.compile(r"(?<![\w])[Pp]hối hợp(?:\s{1,3}chặt chẽ)?\s{1,3}với\s{1,3}")
# Where the clause holding a lead starts: a sentence or clause boundary or an assigning verb.
_CLAUSE_START = re.compile(r"(?:[.;:]\s|(?<![\w])(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|do)\s)")
_MAX_NAME = 120
_MAX_LIST = 300
_ATTR = re.compile(
    r"^[\s\-+•*]{0,4}(?P<key>(?:(?:[Cc]ơ quan|[Đđ]ơn vị)\s{1,3})?(?:[Cc]hủ trì|[Pp]hối hợp)"
    r"(?:\s{1,3}thực hiện)?|(?:(?:[Cc]ơ quan|[Đđ]ơn vị|[Tt]rách nhiệm)\s{1,3})?"
    r"(?:thực hiện|[Tt]hực hiện)|"
    r"(?:[Tt]hời gian|[Tt]hời hạn)(?:\s{1,3}(?:thực hiện|hoàn thành))?|[Kk]inh phí|"
    r"[Đđ]ịa điểm|[Hh]ình thức|[Đđ]ối tượng|[Tt]hành phần|[Ss]ản phẩm|[Pp]hương thức)"
    r"\s{0,3}:\s{0,3}(?P<value>.*)$"
)


# One office serving two bodies: "Văn phòng HĐND và UBND xã", "Văn phòng Đoàn ĐBQH và HĐND"
_PLURAL_OPENING = re.compile(r"(?:[Cc]ác|[Nn]hững|[Mm]ọi)\s")
# a department named without its locality, then the board or agency it belongs to
_DEPARTMENT_OF = re.compile(
    r"(?:^|,\s)Phòng\s(?:(?!(?:huyện|tỉnh|xã|phường|thị xã|thành phố|quận)$)[^,;])+$"
)
_OWNING_BOARD = re.compile(
    r"(?:Ban|Sở|Bộ|Cục)\s[^,;]+?(?:Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy|tỉnh|huyện)"
)
_JOINT_OFFICE = re.compile(r"(?:^|,\s)Văn phòng (?:HĐND|UBND|Đoàn ĐBQH)\s+và\s+$")


def split_units(text: str) -> list[str]:
    """Unit names in a list, split only where the next words start a unit name.

    >>> split_units("Báo Đông Lĩnh, Đài Phát thanh và Truyền hình tỉnh")
    ['Báo Đông Lĩnh', 'Đài Phát thanh và Truyền hình tỉnh']
    >>> split_units("Phòng Khoa giáo - Văn hóa, Văn nghệ")
    ['Phòng Khoa giáo - Văn hóa, Văn nghệ']
    >>> split_units("Văn phòng HĐND và UBND xã, Công an xã")
    ['Văn phòng HĐND và UBND xã', 'Công an xã']
    >>> split_units("Phòng Tuyên truyền và Báo chí, Huyện đoàn")
    ['Phòng Tuyên truyền và Báo chí', 'Huyện đoàn']
    >>> split_units("Phòng Tuyên truyền - Báo chí, Ban Tuyên giáo Tỉnh ủy, Huyện đoàn")
    ['Phòng Tuyên truyền - Báo chí, Ban Tuyên giáo Tỉnh ủy', 'Huyện đoàn']
    >>> split_units("Phòng Văn hóa và Thông tin huyện, Ban Tuyên giáo Huyện ủy")
    ['Phòng Văn hóa và Thông tin huyện', 'Ban Tuyên giáo Huyện ủy']
    >>> split_units("các sở, ngành liên quan")
    ['các sở, ngành liên quan']
    """
    text = tidy(text).strip(" .,;:")
    if not text:
        return []
    canon = canon_same_length(text)
    # a separator inside a name the unit grammar reads whole (``Phòng Tuyên truyền và Báo
    # chí``: ``Báo`` also heads a newspaper's name) is no cut
    names = [(a, b) for _n, a, b in find_unit_mentions(text)]
    cuts = [0]
    for m in _LIST_SEP.finditer(canon):
        if any(a < m.start() and m.end() < b for a, b in names):
            continue
        if _DEPARTMENT_OF.search(canon, 0, m.start()) and _OWNING_BOARD.match(canon, m.end()):
            continue  # ``Phòng Tuyên truyền - Báo chí, Ban Tuyên giáo Tỉnh ủy``: its department
        if canon[m.end() : m.end() + 1].islower() and _PLURAL_OPENING.match(canon[cuts[-1] :]):
            continue  # ``các sở, ngành liên quan``: one group, not a list of two
        if _UNIT_START.match(canon, m.end()) and not _JOINT_OFFICE.search(canon, 0, m.end()):
            cuts.append(m.start())
            cuts.append(m.end())
    cuts.append(len(text))
    out = []
    for i in range(0, len(cuts), 2):
        part = text[cuts[i] : cuts[i + 1]].strip(" .,;:")
        if part:
            out.append(part)
    return out


def tidy(text: str) -> str:
    """Spaces tidied: no-break and odd spaces to one plain space, ends trimmed.

    >>> tidy("lĩnh vực\u00a0 .")
    'lĩnh vực .'
    """
    return " ".join(canon_same_length(text).split()) if text else ""


def _unit_like(name: str, *, generic_ok: bool) -> bool:
    if not name or len(name) > _MAX_NAME:
        return False
    first = name[0]
    if first.isupper():
        return not fold(name).startswith(("dong chi", "ong ", "ba "))
    return generic_ok and (name.startswith(("các ", "cấp ủy", "ngành ", "mỗi ")))


def _list_until_verb(canon: str, start: int) -> tuple[int, int]:
    """The span of a unit list starting at ``start``: up to an action word or ; . ( :"""
    limit = min(len(canon), start + _MAX_LIST)
    end = limit
    # a verb-looking word inside a name the unit grammar reads whole is part of the name
    # (``Trung tâm Dịch vụ tổng hợp xã``: ``tổng hợp`` also means to compile)
    names = [(start + a, start + b) for _n, a, b in find_unit_mentions(canon[start:limit])]
    for m in _VERB_IN_TEXT.finditer(canon, start, limit):
        if any(a < m.start() and m.end() <= b for a, b in names):
            continue
        # "các tổ chức chính trị - xã hội": a noun after a plural word, not an action
        if canon[max(0, m.start() - 5) : m.start()].lower().endswith(("các ", "những ")):
            continue
        if _NAME_TAIL.search(canon, max(start, m.start() - 12), m.end()):
            continue  # "Bộ Ngoại giao": the last syllable of a name, not the verb
        if canon.startswith(" viên", m.end()):
            continue  # báo cáo viên, cộng tác viên: people, not actions
        end = m.start()
        break
    for ch in ";.(:":
        pos = canon.find(ch, start, end)
        if pos >= 0 and not (ch == "." and pos + 1 < len(canon) and canon[pos + 1].isdigit()):
            end = pos
    return start, end


_RESPONSIBLE_TAIL = re.compile(r"\s{1,3}(?:có|chịu)\s{1,3}trách\s{1,3}nhiệm$")


def lead_support(text: str) -> tuple[list[str], list[str]]:
    """Lead and support units named inside one task item, as written.

    >>> lead_support("Giao Phòng A chủ trì, phối hợp với Báo B, Đài C thực hiện.")
    (['Phòng A'], ['Báo B', 'Đài C'])
    >>> lead_support("Chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức hội nghị")
    ([], ['Trung tâm Chính trị huyện'])
    >>> lead_support("Công an xã có trách nhiệm chủ trì, phối hợp với Xã đoàn rà soát")
    (['Công an xã'], ['Xã đoàn'])
    """
    canon = canon_same_length(text)
    lead: list[str] = []
    support: list[str] = []
    m = _CHU_TRI.search(canon)
    has_lead_clause = m is not None
    if m:
        clause_start = 0
        for b in _CLAUSE_START.finditer(canon, max(0, m.start() - _MAX_NAME), m.start()):
            clause_start = b.end()
        raw = text[clause_start : m.start()].strip(" ,")
        # ``X có trách nhiệm chủ trì``: the unit, not its responsibility
        raw = _RESPONSIBLE_TAIL.sub("", raw)
        if raw:
            names = split_units(raw)
            # "Phát huy vai trò chủ trì của ...": the words before must name a unit
            if names and all(
                _unit_like(n, generic_ok=True) and _UNIT_START.match(canon_same_length(n))
                for n in names
            ):
                lead = names
    for pm in _PHOI_HOP_VOI.finditer(canon):
        s, e = _list_until_verb(canon, pm.end())
        names = split_units(text[s:e])
        names = [n for n in names if _unit_like(n, generic_ok=has_lead_clause)]
        if names:
            support = names
            break
    if m and not support:
        # ``X chủ trì, Y (cùng) phối hợp thực hiện``: the units named before ``phối hợp``
        pm = _SUPPORT_AFTER.match(canon, m.end())
        if pm:
            names = split_units(text[pm.start("u") : pm.end("u")])
            if names and all(
                _unit_like(n, generic_ok=True) and _UNIT_START.match(canon_same_length(n))
                for n in names
            ):
                support = names
    return lead, support


@memo_short
def attribute(line: str) -> tuple[str, str] | None:
    """A plan activity's attribute line: (``chủ trì`` | ``phối hợp`` | ``thời gian`` |
    ``thực hiện`` | ``other``, value), or None.

    >>> attribute("- Cơ quan chủ trì: Ban Tuyên giáo Tỉnh ủy.")
    ('chủ trì', 'Ban Tuyên giáo Tỉnh ủy.')
    """
    m = _ATTR.match(canon_same_length(line))
    if not m:
        return None
    key = fold(m.group("key"))
    value = line[m.start("value") :].strip()
    # ``Đơn vị chủ trì thực hiện``: the lead
    key = (
        key.removesuffix(" thuc hien") if key.endswith(("tri thuc hien", "hop thuc hien")) else key
    )
    if key.endswith("chu tri"):
        return "chủ trì", value
    if key.endswith("phoi hop"):
        return "phối hợp", value
    if key.startswith(("thoi gian", "thoi han")):
        return "thời gian", value
    if key.endswith("thuc hien"):
        return "thực hiện", value
    return "other", value


@memo_short
def starts_with_verb(text: str) -> bool:
    """True when ``text`` opens with an action word (a task paragraph without a marker).

    >>> starts_with_verb("Tiếp tục tổ chức ..."), starts_with_verb("Năm 2023, ...")
    (True, False)
    """
    return _VERB_AT_START.match(canon_same_length(text[:60])) is not None


def subject_units(text: str) -> list[str]:
    """Units an item names as its subject (``Các huyện ủy, ... căn cứ ...``, ``Giao X
    theo dõi ...``, ``Đề nghị X và Y chỉ đạo ...``), as written.

    >>> subject_units("Giao Văn phòng Ban theo dõi, đôn đốc việc thực hiện")
    ['Văn phòng Ban']
    """
    canon = canon_same_length(text[: _MAX_LIST + 40])
    start = 0
    m = re.match(r"\s*(?:[Gg]iao(?:\s{1,3}cho)?|[Đđ]ề nghị|[Yy]êu cầu)\s{1,3}", canon)
    if m:
        start = m.end()
    if not _UNIT_START.match(canon, start):
        return []
    s, e = _list_until_verb(canon, start)
    if e >= len(canon) or e - s > _MAX_LIST:
        return []
    names = split_units(text[s:e])
    return [n for n in names if _unit_like(n, generic_ok=True)]


# A coming period named at the head of a clause (``thời gian tới``, ``6 tháng cuối năm``,
# ``năm 2027``, ``quý IV/2026``); ``tasks`` opens prose requests with it too.
COMING_PERIOD = (
    r"(?:[Tt]hời gian tới|[Tt]hời gian tiếp theo|(?:\d{1,2}\s{1,3})?tháng cuối năm"
    r"(?:\s{1,3}\d{4})?|[Nn]ăm\s{1,3}\d{4}|[Qq]uý\s{1,3}[IV1-4]{1,3}(?:[/ ]\d{4})?)"
)
_LEADING_PERIOD = re.compile(
    r"\s{1,3}(?:trong\s{1,3}|từ nay đến(?: hết)?\s{1,3})?(?:(?:những|các)\s{1,3})?"
    r"(?:" + COMING_PERIOD + r"|năm tới)\s{0,3},?\s{0,3}"
)


def addressees(text: str) -> list[str]:
    """The units a request is addressed to: the words between ``đề nghị`` / ``yêu cầu``
    / ``giao`` and the first action word, without leading time phrases.

    >>> addressees("đề nghị, năm 2023, cùng với những nhiệm vụ thường xuyên, ngành Tuyên giáo"
    ...            " của tỉnh cần tập trung")
    ['ngành Tuyên giáo của tỉnh']
    """
    canon = canon_same_length(text)
    m = re.search(r"(?<![\w])(?:đề nghị|yêu cầu|giao(?:\s{1,3}cho)?)(?![\w])", canon)
    if not m:
        return []
    after = m.end()
    # "đề nghị thời gian tới Đảng ủy xã tập trung ...": the time comes first, then the unit
    period = _LEADING_PERIOD.match(canon, after)
    if period:
        if not _UNIT_START.match(canon, period.end()):
            return []  # "đề nghị thời gian tới tập trung ...": a time, nobody named
        after = period.end()
    s, e = _list_until_verb(canon, after)
    # "đề nghị, năm 2023, cùng với những nhiệm vụ thường xuyên, X cần ...": the
    # addressee runs up to the modal ``cần`` when there is one close by
    modal = re.search(r"(?<![\w])(?:cần|phải)(?![\w])", canon[m.end() : m.end() + _MAX_LIST])
    if modal:
        e = m.end() + modal.start()
    if e - s >= _MAX_LIST:
        return []
    chunk = text[s:e].strip(" ,")
    parts = [p.strip() for p in re.split(r"\s*,\s*", chunk)]
    keep = len(parts)
    for i in range(len(parts) - 1, -1, -1):
        low = canon_same_length(parts[i]).lower()
        if not parts[i] or re.match(r"(?:năm|trong|cùng|với|đối với|sau|để|nhằm|từ|đến|\d)", low):
            break
        keep = i
    chunk = ", ".join(parts[keep:])
    names = split_units(chunk)
    return [n for n in names if n and len(n) <= _MAX_NAME and not n[0].isdigit()]


# --- people ---------------------------------------------------------------------

_FAMILY = FAMILY_NAMES
# Words that start a position, never a name (domain-vi §5.1)
_POSITION_WORDS = {
    "ủy",
    "uỷ",
    "phó",
    "trưởng",
    "bí",
    "chủ",
    "tổng",
    "thường",
    "giám",
    "chánh",
    "tỉnh",
    "huyện",
    "đại",
    "uvbtv",
    "tuv",
    "vụ",
    "trung",
    "ban",
    "thành",
}
_WORD = re.compile(r"[^\W\d_]+")


def _cap_run(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if not w[:1].isupper() or w.isupper() and len(w) > 1 and w not in ("A",):
            break
        if w.lower() in _POSITION_WORDS:
            break
        out.append(w)
        if len(out) == 4:
            break
    return out


@memo_short
def name_after_honorific(text: str) -> tuple[str, int] | None:
    """The last ``đồng chí`` / ``ông`` / ``bà`` + capitalised name in ``text`` and its
    position, or None.

    >>> name_after_honorific("Kết luận Hội nghị, đồng chí Lại Xuân Lâm, Phó Bí thư")
    ('Lại Xuân Lâm', 19)
    """
    best = None
    for m in re.finditer(r"(?<![\w])(?:[Đđ]ồng chí|[Ôô]ng|[Bb]à)\s{1,3}", text):
        seg = re.split(r"[,\-\u2013(;:.]", text[m.end() : m.end() + 60], maxsplit=1)[0]
        # the name must start right after the honorific
        if not seg[:1].isupper():
            continue
        words = _WORD.findall(seg)
        run = _cap_run(words)
        if len(run) >= 2:
            best = (" ".join(run), m.start())
    return best


def name_before(text: str, end: int) -> str | None:
    """A name written just before ``end`` after a position (``Trưởng ban ... Hà Thị Trang
    đề nghị``): the trailing capitalised words from a family name on.

    >>> name_before("Trưởng ban Tuyên giáo Đảng ủy Khối Hà Thị Trang đề nghị", 48)
    'Hà Thị Trang'
    """
    words = _WORD.findall(text[max(0, end - 60) : end])
    run: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.insert(0, w)
        if len(run) > 5:
            break
    for i in range(len(run)):
        if run[i] in _FAMILY and 2 <= len(run) - i <= 4:
            return " ".join(run[i:])
    return None
