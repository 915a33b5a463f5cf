"""Directives: the documents a text cites (domain-vi §2, extraction contract).

Four kinds of citation are found in the title line and the body paragraphs:

- coded Party documents ``Chỉ thị số 05-CT/TW`` (any spacing, ``TƯ``/``T.Ư``, ``QĐi``,
  ``Ctr``, joint issuers ``BTGTW-BTCTW``) and state documents ``15/2020/NĐ-CP``,
  ``123/QĐ-TTg``, laws ``55/2014/QH13``, each with the date, issuing body and ``về ...``
  subject written right after the code;
- uncoded plenum resolutions ``Nghị quyết (Hội nghị) Trung ương 4 khóa XIII`` and
  congress resolutions ``Nghị quyết Đại hội XIII của Đảng``, ``... Đảng bộ tỉnh lần
  thứ XXII``, with shared heads split into one entry per document;
- short forms ``Chỉ thị 05``, ``Kết luận 01``, ``NQ 35``, ``CT05``, resolved to a full
  citation of the same type and number only when exactly one fits (subject words,
  year and body agree), preferring earlier ones; otherwise an entry of their own with
  ``code: None`` flagged ``needs_review``;
- relations spelled out next to a citation: ``X về tiếp tục thực hiện Y`` (continues),
  ``thay thế`` (replaces), ``sửa đổi, bổ sung`` (amends), ``Kế hoạch ... thực hiện Y``
  (implements).

Two documents that share a code (numbering restarts each term) stay apart when their
dates, subjects or bodies disagree. The document's own number is never a citation.
Every pattern has bounded repetitions; work is per paragraph and linear in the input.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from reports.extraction.dates import find_dates
from reports.extraction.lexicon import ORDINAL_WORDS, TEEN_WORDS, UPPER
from reports.extraction.memo import CACHED_LENGTH, memo_short
from reports.extraction.normalize import canon_same_length
from reports.extraction.normalize import fold as _fold_uncached
from reports.extraction.types import Directive, Segmented, Span
from reports.extraction.units import find_unit_mentions


@lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """``normalize.fold``, cached: the same short names and words are folded again and
    again."""
    return _fold_uncached(text)


_DASH = "\\-\u2010\u2011\u2012\u2013\u2212"
# capital letters: the one class in the lexicon (a twin here had drifted to ten letters)
_UP = UPPER
_PARTY_RX = re.compile(
    r"(?<![\w/" + _DASH + r"])(?P<num>\d{1,4}[a-z]?)[ \t]{0,3}[" + _DASH + r"][ \t]{0,3}"
    r"(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})[ \t]{0,3}/[ \t]{0,3}"
    r"(?P<iss>[" + _UP + r"](?:[" + _UP + r"]|\.(?=[" + _UP + r"])){0,11}"
    r"(?:-[" + _UP + r"]{1,12}){0,3})(?![\w/])"
)
_STATE_RX = re.compile(
    r"(?<![\w/" + _DASH + r"])(?P<num>\d{1,5})(?:/(?P<year>(?:19|20)\d\d))?/"
    r"(?P<type>[A-ZĐ][A-Za-zĐđ]{0,5})[" + _DASH + r"]"
    r"(?P<iss>[A-ZĐ][A-Za-zĐđ0-9]{0,12}(?:-[A-ZĐ][A-Za-zĐđ0-9]{0,12}){0,2})(?![\w/])"
)
_LAW_RX = re.compile(
    r"(?<![\w/])(?P<num>\d{1,4})/(?P<year>(?:19|20)\d\d)/(?P<iss>QH\d{1,2}|UBTVQH\d{1,2})(?!\w)"
)
_KINDS = {
    "nghị quyết": "nghi_quyet",
    "chỉ thị": "chi_thi",
    "kết luận": "ket_luan",
    "quy định": "quy_dinh",
    "quyết định": "quyet_dinh",
    "hướng dẫn liên tịch": "huong_dan",
    "hướng dẫn": "huong_dan",
    "kế hoạch": "ke_hoach",
    "thông báo kết luận": "thong_bao",
    "thông báo": "thong_bao",
    "chương trình hành động": "chuong_trinh",
    "chương trình": "chuong_trinh",
    "đề án": "de_an",
    "báo cáo": "bao_cao",
    "công văn": "khac",
    "quy chế": "khac",
    "thông tri": "khac",
    "nghị định": "khac",
    "thông tư": "khac",
    "luật": "khac",
}
_KIND_ALT = "|".join(
    re.escape(k).replace(r"\ ", "[ \t]+") for k in sorted(_KINDS, key=len, reverse=True)
)
# the noun right before a code: "Chỉ thị số 05-CT/TW", "Kết luận 01-KL/TW", "Nghị định số:"
_KIND_BEFORE_RX = re.compile(
    r"(?<![^\W_])(?P<kind>(?i:" + _KIND_ALT + r"))[ \t]{1,3}(?:(?i:số)[ \t]*:?[ \t]*)?$"
)
_ABBR_TYPES = {
    "NQ": "nghi_quyet",
    "CT": "chi_thi",
    "KL": "ket_luan",
    "QĐI": "quy_dinh",
    "QYĐ": "quy_dinh",
    "QĐ": "quyet_dinh",
    "HD": "huong_dan",
    "HDLT": "huong_dan",
    "TB": "thong_bao",
    "BC": "bao_cao",
    "KH": "ke_hoach",
    "CTR": "chuong_trinh",
    "CTHĐ": "chuong_trinh",
    "ĐA": "de_an",
}
# issuers that only Party bodies use (domain-vi §2.3)
_PARTY_ISSUER_RX = re.compile(
    r"^(?:TW|TU|HU|QU|TXU|THU|ĐU|ĐUK|CB|BCSĐ|ĐĐ|BCĐ|VPTW|BTG\w*|BDV\w*|BTC\w*|UBKT\w*)$"
)
# state type codes (Nghị định 30/2020/NĐ-CP, Annex III); anything else before the
# hyphen is an issuer (5973/UBND-KT)
_STATE_TYPES = frozenset(
    [
        "NĐ",
        "TT",
        "TTLT",
        "QĐ",
        "NQ",
        "CT",
        "KH",
        "TB",
        "HD",
        "QYĐ",
        "CTR",
        "TTR",
        "ĐA",
        "PA",
        "DA",
        "BC",
        "BB",
        "CĐ",
        "HĐ",
        "GM",
        "CV",
        "KL",
    ]
)
# type abbreviations whose lower-case letters belong to them (contract: QĐi, CTr)
_TYPE_SPELLING = {"QĐI": "QĐi", "CTR": "CTr", "QYĐ": "QyĐ", "TTR": "TTr"}

# short forms: a capitalised kind (or any kind with "số") and a bare number
_SHORT_KINDS = "nghị quyết|chỉ thị|kết luận|quy định|quyết định"
_SHORT_RX = re.compile(
    r"(?<![^\W_])(?P<kind>(?:Nghị|Chỉ|Kết|Quy|Quyết)[ \t]+(?i:quyết|thị|luận|định)"
    r"|(?i:" + _SHORT_KINDS.replace(" ", "[ \t]+") + r")(?=[ \t]+(?i:số)))"
    r"[ \t]{1,3}(?:(?i:số)[ \t]{1,3})?(?P<num>\d{1,4})(?![\d/"
    + _DASH
    + r"\w.,]\d|[\w/"
    + _DASH
    + r"])"
)
_SHORT_ABBR_RX = re.compile(
    r"(?<![\w/" + _DASH + r"])(?P<kind>NQ|CT|KL)[ \t]?(?P<num>\d{1,3})(?![\w/" + _DASH + r"])"
)
# "Chỉ thị 3 nội dung", "Kết luận 2 vấn đề": a count, not a number
_COUNT_AFTER_RX = re.compile(
    r"[ \t]+(?i:năm|tháng|quý|tuần|lần|nội dung|vấn đề|nhiệm vụ|điểm|bài|người|lượt"
    r"|đơn vị|cơ sở|đảng bộ|chi bộ|cán bộ|đồng chí|học viên|lớp|văn bản|mục|điều)(?![^\W_])"
)

# ordinals of plenums and congresses: "lần thứ tư" and "lần thứ bốn" are both written
_ORDINALS = {**ORDINAL_WORDS, "bốn": 4, **TEEN_WORDS}
_ORD_ALT = "|".join(sorted(_ORDINALS, key=len, reverse=True)).replace(" ", "[ \t]+")
_ROMAN = r"[IVXL]{1,7}"
_KHOA = r"(?i:khóa)"
_PLENUM_RX = re.compile(
    r"(?<![^\W_])(?P<kind>(?i:nghị[ \t]+quyết|kết[ \t]+luận))[ \t]+"
    r"(?:(?i:các)[ \t]+)?(?:Hội[ \t]+nghị[ \t]+)?"
    r"(?:(?i:lần[ \t]+thứ)[ \t]+(?P<ord>(?i:" + _ORD_ALT + r")|\d{1,2})[ \t]+)?"
    r"(?:Ban[ \t]+Chấp[ \t]+hành[ \t]+)?Trung[ \t]+ương(?:[ \t]+Đảng)?"
    r"(?:[ \t]+(?P<plenum>\d{1,2}(?:[ \t]*(?:,|và)[ \t]*\d{1,2}){0,4})"
    # "Nghị quyết Hội nghị Trung ương lần thứ mười ba": the ordinal after the body
    r"|[ \t]+(?i:lần[ \t]+thứ)[ \t]+(?P<ord_after>(?i:" + _ORD_ALT + r")|\d{1,2})(?![^\W_]))?"
    r"(?:[ \t]*,?[ \t]*\(?[ \t]*" + _KHOA + r"[ \t]+(?P<term>" + _ROMAN + r")"
    r"(?:[ \t]*,[ \t]*" + _KHOA + r"[ \t]+(?P<term2>" + _ROMAN + r"))?[ \t]*(?P<close>\))?)?"
)
_CONGRESS_RX = re.compile(
    r"(?<![^\W_])(?P<kind>(?i:nghị[ \t]+quyết))[ \t]+Đại[ \t]+(?i:hội)[ \t]+"
    r"(?:(?P<local>(?i:đại[ \t]+biểu[ \t]+)?Đảng[ \t]+bộ(?:[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|"
    r"quận|thị[ \t]+xã|xã|phường|các|cơ[ \t]+quan|doanh[ \t]+nghiệp|và|Trung[ \t]+ương|"
    r"[" + _UP + r"][^\W\d_]*)){1,7}?)[ \t]+|"
    r"(?P<national>(?:(?i:đại[ \t]+biểu)[ \t]+)?(?:Đảng[ \t]+)?(?i:toàn[ \t]+quốc)[ \t]+)?)"
    r"(?:(?i:lần[ \t]+thứ)[ \t]+)?(?P<num>" + _ROMAN + r")(?![^\W_])"
    r"(?P<of>[ \t]+của[ \t]+(?:(?P<of_local>Đảng[ \t]+bộ(?:[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|"
    r"[" + _UP + r"][^\W\d_]*)){1,4})|Đảng(?![ \t]+bộ)(?![^\W_])))?"
)
_AND_LOCAL_RX = re.compile(
    r"[ \t]+và[ \t]+(?:của[ \t]+)?(?P<local>Đảng[ \t]+bộ(?:[ \t]+(?:tỉnh|huyện|thành[ \t]+phố|"
    r"[" + _UP + r"][^\W\d_]*)){1,4})"
)

_DATE_NUM_RX = re.compile(
    r"(?P<d>\d{1,2})[ \t]*(?P<sep>[/.\-])[ \t]*(?P<m>\d{1,2})[ \t]*(?P=sep)[ \t]*(?P<y>\d{4})"
)
_DATE_WORDS_RX = re.compile(
    r"(?P<d>\d{1,2})[ \t]+(?i:tháng)[ \t]+(?P<m>\d{1,2})[ \t]+(?i:năm)[ \t]+(?P<y>\d{4})"
)
_NGAY_RX = re.compile(
    r"[ \t]*,?[ \t]*(?:\(?[ \t]*(?i:ban[ \t]+hành[ \t]+)?(?i:ngày)[ \t]+"
    r"|\([ \t]*(?=\d{1,2}[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-][ \t]*\d{4}))"
)
_CUA_RX = re.compile(r"[ \t]*,?[ \t]*(?i:của)[ \t]+")
_KHOA_RX = re.compile(r"[ \t]*\(?[ \t]*" + _KHOA + r"[ \t]+" + _ROMAN + r"[ \t]*\)?")
_PLENUM_BODY_RX = re.compile(
    r"[ \t]*,?[ \t]*(?:(?i:của)[ \t]+)?(?:tại[ \t]+)?Hội[ \t]+nghị[ \t]+"
    r"(?:(?i:lần[ \t]+thứ)[ \t]+(?:(?i:" + _ORD_ALT + r")|\d{1,2})[ \t]+"
    r"(?:Ban[ \t]+Chấp[ \t]+hành[ \t]+)?Trung[ \t]+ương(?:[ \t]+Đảng)?"
    r"|(?:Ban[ \t]+Chấp[ \t]+hành[ \t]+)?Trung[ \t]+ương(?:[ \t]+Đảng)?[ \t]+\d{1,2})"
    r"(?![^\W_])"
)
_VE_RX = re.compile(r"[ \t]*,?[ \t]*(?P<q>[“\"«][ \t]*)?(?i:về)[ \t]+(?:(?i:việc)[ \t]+)?")
_OPEN_QUOTE = '“"«'
_CLOSE_QUOTE = {"“": "”", '"': '"', "«": "»"}
_TITLE_MAX = 400
_TITLE_END_RX = re.compile(
    r";|\n|:|…|\.\.|\.(?=\s|$)|\)"
    r"|,[ \t]+(?=[" + _UP + r"]|(?:gắn|được|góp|nhằm|đồng thời|trong đó|qua đó|tạo|để|các"
    r"|những|thì|đã|đang|sẽ|cần|theo|bảo đảm|đảm bảo)(?![^\W_]))"
    r"|[ \t]+(?=(?:gắn[ \t]+với|gắn[ \t]+liền|nhằm)(?![^\W_]))"
    r"|[ \t]+(?=(?:đã|đang|được|sẽ)[ \t]+(?:triển[ \t]+khai|thực[ \t]+hiện|quán[ \t]+triệt"
    r"|tổ[ \t]+chức|ban[ \t]+hành|các|những)(?![^\W_]))"
    r"|[ \t]+và[ \t]+(?=[" + _UP + r"]|(?i:" + _KIND_ALT + r"|văn bản)(?![^\W_]))"
    r"|[ \t]*\((?=[ \t]*(?i:thay[ \t]+thế|sửa[ \t]+đổi))"
)
# words between two citations that name their relation
_RELATION_RX = re.compile(
    r"^[ \t,(]*(?:(?i:về)[ \t]+(?:(?i:việc)[ \t]+)?)?(?P<verb>(?i:tiếp[ \t]+tục[ \t]+thực[ \t]+hiện"
    r"|thay[ \t]+thế|sửa[ \t]+đổi,?[ \t]+bổ[ \t]+sung|(?:triển[ \t]+khai[ \t]+)?thực[ \t]+hiện))"
    r"[ \t]+$"
)
_RELATIONS = {
    "tiep tuc thuc hien": "continues",
    "thay the": "replaces",
    "sua doi bo sung": "amends",
    "thuc hien": "implements",
    "trien khai thuc hien": "implements",
}
_IMPLEMENTERS = frozenset({"ke_hoach", "chuong_trinh", "huong_dan", "de_an"})
_RELATION_GAP = 60
_SUBJECT_MATCH = 0.5
_SUBJECT_DIFFER = 0.3


@dataclass
class _Cite:
    """One citation as found, before short forms are resolved and repeats merged."""

    kind: str  # coded | state | short | plenum | congress
    start: int
    end: int  # end of the whole citation (code, date, body, subject)
    label: str
    type: str
    code: str | None = None
    number: str | None = None
    issuer: str | None = None
    issued: dt.date | None = None
    body: str | None = None
    title: str | None = None
    key: tuple = ()
    after: int = 0  # end of code + date + body, where a relation verb may follow
    truncated: bool = False
    relations: list[tuple[str, int]] = field(default_factory=list)  # (verb, cite index)


@dataclass
class _Doc:
    cites: list[_Cite] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    needs_review: bool = False
    # the first date, body and subject its citations give (full ones are added first)
    issued: dt.date | None = None
    body: str | None = None
    title: str | None = None

    @property
    def first(self) -> _Cite:
        return self.cites[0]

    def add(self, cite: _Cite) -> None:
        self.cites.append(cite)
        # the citation as written (with its date and body), not its subject: a nested
        # citation inside the subject is a mention of its own document only
        self.spans.append(Span(cite.start, max(cite.after, cite.start + 1)))
        self.issued = self.issued or cite.issued
        self.body = self.body or cite.body
        self.title = self.title or cite.title


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _kind_type(kind: str) -> str:
    return _KINDS.get(re.sub(r"\s+", " ", canon_same_length(kind).lower()), "khac")


def _canon_type(raw: str) -> str:
    upper = raw.upper()
    return _TYPE_SPELLING.get(upper, upper)


def _canon_issuer(raw: str) -> str:
    iss = raw.replace(" ", "").replace(".", "").upper()
    return re.sub("TƯ", "TW", iss)


def _date_at(ct: str, pos: int) -> tuple[dt.date, int] | None:
    """A full date (with a year) starting at ``pos``: (date, end)."""
    window = ct[pos : pos + 40]
    found = find_dates(window)
    if found and found[0].has_year and not window[: found[0].start].strip():
        return found[0].date, pos + found[0].end
    # find_dates skips what it does not read as a date; these two forms are the ones a
    # citation uses, so they are read here too
    for rx in (_DATE_NUM_RX, _DATE_WORDS_RX):
        m = rx.match(ct, pos)
        if m:
            try:
                return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.end()
            except ValueError:
                return None
    return None


def _subject(text: str, ct: str, pos: int) -> tuple[str | None, int]:
    """The ``về ...`` subject at ``pos``: (title as written, end), or (None, pos)."""
    m = _VE_RX.match(ct, pos)
    if not m:
        return None, pos
    start = m.end()
    if m.group("q"):
        # “về ...”: the quotes open before "về"
        close = ct.find(_CLOSE_QUOTE[m.group("q")[0]], start, start + _TITLE_MAX)
        if close > start:
            return _clean_title(text[start:close]), close + 1
    if start < len(ct) and ct[start] in _OPEN_QUOTE:
        close = ct.find(_CLOSE_QUOTE[ct[start]], start + 1, start + _TITLE_MAX)
        if close > start + 1:
            return _clean_title(text[start + 1 : close]), close + 1
    end = min(len(ct), start + _TITLE_MAX)
    for e in _TITLE_END_RX.finditer(ct, start, end):
        # a ")" closing a bracket the subject opened (07/5/1954 - 07/5/2024) is part of it
        opened = ct.count("(", start, e.start()) - ct.count(")", start, e.start())
        if e.group(0) == ")" and opened > 0:
            continue
        end = e.start()
        break
    title = _clean_title(text[start:end])
    return (title or None), end


def _clean_title(raw: str) -> str:
    title = _tidy(raw).strip(" ,;:./…-")
    return title.strip('“”"«» ').strip(" ,;:./…")


# domain-vi §2.3: a /TW code is issued by a central body; a body of a province, district
# or commune cannot have issued it
_LOCAL_BODY_RX = re.compile(
    r"(?i)(?<![^\W_])(?:tỉnh|huyện|quận|thị xã|xã|phường|thành ủy|thị ủy|đảng ủy)(?![^\W_])"
)


def _can_issue(issuer: str | None, body: str) -> bool:
    """Could ``body`` have issued a document with this issuer code?

    >>> _can_issue("TW", "Ban Tuyên giáo Tỉnh ủy Hà Phong"), _can_issue("TW", "Bộ Chính trị")
    (False, True)
    """
    return issuer != "TW" or not _LOCAL_BODY_RX.search(body)


def _details(text: str, ct: str, pos: int, cite: _Cite) -> None:
    """Read the date, issuing body, term and subject written after a citation."""
    for _ in range(4):
        m = _NGAY_RX.match(ct, pos)
        if m and cite.issued is None:
            found = _date_at(ct, m.end())
            invalid = _DATE_NUM_RX.match(ct, m.end()) or _DATE_WORDS_RX.match(ct, m.end())
            if found or invalid:
                # an impossible date (31/2) is skipped, never guessed
                cite.issued, pos = found if found else (None, invalid.end())
                if pos < len(ct) and ct[pos] == ")":
                    pos += 1
                continue
        m = _CUA_RX.match(ct, pos)
        if m and cite.body is None:
            mentions = find_unit_mentions(text[m.end() : m.end() + 160])
            if mentions and mentions[0][1] == 0:
                name = re.sub(r"[ \t]+Đảng$", "", mentions[0][0])
                if not _can_issue(cite.issuer, name):
                    # "báo cáo ... thực hiện Nghị quyết 35-NQ/TW của Ban Tuyên giáo Tỉnh ủy":
                    # the unit is the sentence's author, not the central issuer
                    break
                cite.body = name
                pos = m.end() + mentions[0][2]
                continue
        m = _PLENUM_BODY_RX.match(ct, pos)
        if m and cite.body is None:
            # "Nghị quyết số 18-NQ/TW Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XII"
            cite.body = "Ban Chấp hành Trung ương"
            pos = m.end()
            continue
        m = _KHOA_RX.match(ct, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        break
    cite.after = pos
    cite.end = pos
    title, end = _subject(text, ct, pos)
    if title:
        cite.title, cite.end = title, end


def _kind_before(ct: str, start: int) -> re.Match[str] | None:
    return _KIND_BEFORE_RX.search(ct[max(0, start - 40) : start])


def _coded(text: str, ct: str, offset: int, own: Span | None) -> list[_Cite]:
    cites: list[_Cite] = []
    for rx, style in ((_PARTY_RX, "coded"), (_STATE_RX, "state"), (_LAW_RX, "state")):
        for m in rx.finditer(ct):
            kind = style
            s, e = m.start(), m.end()
            if own and offset + s < own.end and offset + e > own.start:
                continue
            before = _kind_before(ct, s)
            label_start = s - (len(before.group(0)) if before else 0)
            num = m.group("num")
            if kind == "coded":
                abbr = m.group("type").upper()
                code = f"{num}-{_canon_type(m.group('type'))}/{_canon_issuer(m.group('iss'))}"
                issuer = _canon_issuer(m.group("iss"))
            elif "type" in m.groupdict():
                abbr = m.group("type").upper()
                year = f"/{m.group('year')}" if m.group("year") else ""
                code = f"{num}{year}/{m.group('type')}-{m.group('iss')}"
                issuer = m.group("iss")
                if _PARTY_ISSUER_RX.match(_canon_issuer(m.group("iss"))):
                    # a Party code written the state way (35/NQ-TW): the Party form
                    kind, issuer = "coded", _canon_issuer(m.group("iss"))
                    code = f"{num}-{_canon_type(m.group('type'))}/{issuer}"
                elif abbr not in _STATE_TYPES:
                    # an official letter, 5973/UBND-KT: the issuer and its unit, no type
                    abbr, issuer = "", f"{m.group('type')}-{m.group('iss')}"
            else:
                abbr = ""
                code = f"{num}/{m.group('year')}/{m.group('iss')}"
                issuer = m.group("iss")
            ctype = _kind_type(before.group("kind")) if before else _ABBR_TYPES.get(abbr, "khac")
            if kind == "state" and abbr in ("NĐ", "TT", "TTLT") and not before:
                ctype = "khac"
            cite = _Cite(
                kind=kind,
                start=offset + label_start,
                end=offset + e,
                label=_cap(_tidy(text[label_start:e])),
                type=ctype,
                code=code,
                number=num,
                issuer=issuer,
            )
            _details(text, ct, e, cite)
            cite.after += offset
            cite.end += offset
            cite.key = (code,)
            cites.append(cite)
    return cites


def _short(text: str, ct: str, offset: int, taken: list[tuple[int, int]]) -> list[_Cite]:
    cites: list[_Cite] = []
    taken = sorted(taken)
    starts = [a for a, _ in taken]
    reach = []  # the furthest end among the spans starting at or before each one
    for _, b in taken:
        reach.append(max(b, reach[-1]) if reach else b)
    for rx in (_SHORT_RX, _SHORT_ABBR_RX):
        for m in rx.finditer(ct):
            s, e = m.start(), m.end()
            i = bisect.bisect_right(starts, offset + s) - 1
            if i >= 0 and offset + s < reach[i]:
                continue
            num = m.group("num")
            if len(num) == 4 and num[:2] in ("19", "20"):
                continue  # a year
            if _COUNT_AFTER_RX.match(ct, e):
                continue
            kind = m.group("kind")
            ctype = _ABBR_TYPES.get(kind) if kind.isupper() else _kind_type(kind)
            cite = _Cite(
                kind="short",
                start=offset + s,
                end=offset + e,
                label="",
                type=ctype or "khac",
                number=num,
            )
            _details(text, ct, e, cite)
            cite.label = _cap(_tidy(text[s : cite.after]).rstrip(" ,;:"))
            cite.after += offset
            cite.end += offset
            cite.key = (ctype, int(num))
            cites.append(cite)
    return cites


def _plenums(text: str, ct: str, offset: int) -> list[_Cite]:
    cites: list[_Cite] = []
    for m in _PLENUM_RX.finditer(ct):
        ordinal = m.group("ord") or m.group("ord_after")
        if ordinal:
            word = re.sub(r"\s+", " ", ordinal.lower())
            plenums = [int(word) if word.isdigit() else _ORDINALS[word]]
        elif m.group("plenum"):
            plenums = [int(p) for p in re.findall(r"\d+", m.group("plenum"))]
        else:
            continue  # "các nghị quyết của Trung ương": no plenum named
        terms = [t for t in (m.group("term"), m.group("term2")) if t]
        kind = _cap(re.sub(r"\s+", " ", m.group("kind").lower()))
        end = m.end()
        while end > m.start() and ct[end - 1] in " \t":
            end -= 1
        pairs = [(p, t) for p in plenums for t in (terms or [None])]
        for p, t in pairs:
            if len(pairs) == 1:
                label = _cap(_tidy(text[m.start() : end]).rstrip(" ,(").strip())
                label = label.replace("(", "").replace(")", "") if "(" in label else label
                label = _tidy(label)
            else:
                label = f"{kind} Hội nghị Trung ương {p}" + (f" khóa {t}" if t else "")
            cite = _Cite(
                kind="plenum",
                start=offset + m.start(),
                end=offset + end,
                label=label,
                type=_kind_type(kind),
                body="Ban Chấp hành Trung ương",
                key=("plenum", _kind_type(kind), p, t),
            )
            if len(pairs) == 1:
                title, tend = _subject(text, ct, end)
                if title:
                    cite.title, cite.end = title, offset + tend
            cite.after = offset + end
            cites.append(cite)
    return cites


def _local_key(local: str) -> str:
    return fold(re.sub(r"(?i)^đại\s+biểu\s+", "", local))


def _congresses(text: str, ct: str, offset: int) -> list[_Cite]:
    cites: list[_Cite] = []
    for m in _CONGRESS_RX.finditer(ct):
        num = m.group("num")
        start = m.start()
        local = m.group("local") or m.group("of_local")
        after_kind = _tidy(text[m.end("kind") : m.end()])
        label = f"Nghị quyết {after_kind}"
        if local:
            body = after_kind
            key = ("congress", _local_key(_tidy(local)), num)
        elif m.group("national") or m.group("of"):
            # the national congress as the text names it (``Đại hội đại biểu toàn quốc lần
            # thứ XIV của Đảng``), like a local one: a shortened name would not be its name
            body = after_kind
            key = ("congress", "dang", num)
        else:
            body = f"Đại hội {num} của Đảng"
            key = ("congress", "dang", num)
        cites.append(
            _Cite(
                kind="congress",
                start=offset + start,
                end=offset + m.end(),
                label=label,
                type="nghi_quyet",
                body=body,
                key=key,
                after=offset + m.end(),
            )
        )
        if not local and m.group("of"):
            # "Nghị quyết Đại hội XIII của Đảng và của Đảng bộ Khối": two resolutions
            m2 = _AND_LOCAL_RX.match(ct, m.end())
            if m2:
                loc = _tidy(text[m2.start("local") : m2.end("local")])
                head = _tidy(text[start + len(m.group("kind")) : m.start("of")])
                cites.append(
                    _Cite(
                        kind="congress",
                        start=offset + m2.start("local"),
                        end=offset + m2.end(),
                        label=f"Nghị quyết {head} của {loc}",
                        type="nghi_quyet",
                        body=f"{head} của {loc}",
                        key=("congress", _local_key(loc), num),
                        after=offset + m2.end(),
                    )
                )
    return cites


@lru_cache(maxsize=1024)
def _words(text: str | None) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"\w+", fold(text)) if not w.isdigit() and len(w) > 1)


def _overlap(a: str | None, b: str | None) -> float:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def _same_body(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    fa, fb = fold(a), fold(b)
    return fa.startswith(fb) or fb.startswith(fa)


def _compatible(a: _Cite, doc: _Doc) -> bool:
    """Can citation ``a`` name the same document as ``doc``? Disagreeing dates, bodies
    or subjects say no (numbering restarts each term: one code, two documents)."""
    issued, body, title = doc.issued, doc.body, doc.title
    if a.issued and issued and a.issued != issued:
        return False
    # a congress's key already names its body; the same congress is written long or short
    if a.kind != "congress" and not _same_body(a.body, body):
        return False
    return not (a.title and title and _overlap(a.title, title) < _SUBJECT_DIFFER)


def _short_fits(a: _Cite, doc: _Doc) -> bool:
    """A short form fits a full citation only when what it says agrees: its subject
    (which the full citation must state too), its year and its body."""
    if a.title:
        title = doc.title
        if not title or _overlap(a.title, title) < _SUBJECT_MATCH:
            return False
    issued = doc.issued
    if a.issued and (not issued or a.issued.year != issued.year):
        return False
    return _same_body(a.body, doc.body)


def _texts(seg: Segmented) -> list[tuple[str, int]]:
    parts: list[tuple[str, int]] = []
    if seg.title and seg.title_span:
        parts.append((seg.text[seg.title_span.start : seg.title_span.end], seg.title_span.start))
    parts.extend((p.text, p.start) for p in seg.paragraphs)
    parts.sort(key=lambda x: x[1])
    return parts


_ISSUES_RX = re.compile(r"[ \t]+(?:(?i:đã)[ \t]+)?(?i:ban[ \t]+hành)[ \t]+")
# what may stand between "X ban hành" and the citation: "các văn bản như:"
_ISSUED_GAP_RX = re.compile(
    r"^(?:(?i:các)[ \t]+(?i:văn[ \t]+bản)(?:[ \t]+(?i:như))?[ \t]*:?[ \t]*)?$"
)
_ISSUER_WINDOW = 160


def _issuer_before(text: str, ct: str, start: int) -> str | None:
    """The body written as the subject of "ban hành" right before a citation
    (Ban Thường vụ Tỉnh ủy ban hành các văn bản như: Chỉ thị 23-CT/TU ...)."""
    lo = max(0, start - _ISSUER_WINDOW)
    if not _ISSUES_RX.search(ct, lo, start):
        return None
    for m in find_unit_mentions(text[lo:start]):
        name, _, e = m
        after = _ISSUES_RX.match(ct, lo + e)
        if after and _ISSUED_GAP_RX.match(ct[after.end() : start]):
            return re.sub(r"[ \t]+Đảng$", "", name)
    return None


# Between two citations that share one issuer: "Chỉ thị số 05-CT/TW và Kết luận số ..."
_SHARED_GAP_RX = re.compile(r"^[ \t]*,?[ \t]*và[ \t]+[^\d;.:,]{0,30}$")
# A joint issuer: "của Bộ Chính trị, Ban Bí thư", "của Bộ Chính trị và Ban Bí thư"
_JOINT_RX = re.compile(
    r"[ \t]*(?:,|và)[ \t]*(?P<b>Ban Bí thư|Bộ Chính trị|Ban Chấp hành Trung ương)(?![^\W_])"
)


def _share_bodies(cites: list[_Cite], ct: str, offset: int) -> None:
    """Issuers written once for several citations, and joint issuers.

    ``... 05-CT/TW (ngày ...) và Kết luận số 01-KL/TW (ngày ...) của Bộ Chính trị``: the
    first citation, with no body or subject of its own, the same issuer code and a date
    when the second has one, has the second's body (each keeps its own date);
    ``của Bộ Chính trị, Ban Bí thư``: both bodies, as written."""
    for cite in cites:
        if cite.kind != "coded" or not cite.body:
            continue
        m = _JOINT_RX.match(ct, cite.after - offset)
        if m and m.group("b") not in cite.body:
            cite.body = f"{cite.body}, {m.group('b')}"
            cite.after += m.end()
    for cite, nxt in zip(reversed(cites[:-1]), reversed(cites[1:]), strict=True):
        if cite.kind != "coded" or nxt.kind != "coded" or cite.body or cite.title:
            continue
        # parallel citations only: both dated or neither ("Nghị quyết 35-NQ/TW và Kết luận
        # số 21-KL/TW ngày ... của Hội nghị ..." re-mentions 35-NQ/TW, cited in full elsewhere)
        if not nxt.body or cite.issuer != nxt.issuer or bool(cite.issued) != bool(nxt.issued):
            continue
        if _SHARED_GAP_RX.match(ct[cite.end - offset : nxt.start - offset]):
            cite.body = nxt.body


def _cite_free(text: str) -> bool:
    """A short paragraph citing nothing: ``_collect`` skips it. Its lines repeat (a list,
    a table column), so the answer is memoised; a long paragraph is simply read."""
    return len(text) <= CACHED_LENGTH and _no_citation(text)


@memo_short
def _no_citation(text: str) -> bool:
    # every finder at offset 0 with nothing excluded: offsets and exclusions only move or
    # drop what they find, so none here is none in the document
    ct = canon_same_length(text)
    found = _coded(text, ct, 0, None) or _plenums(text, ct, 0) or _congresses(text, ct, 0)
    return not (found or _short(text, ct, 0, []))


def _collect(seg: Segmented) -> list[_Cite]:
    own = seg.own_number_span
    cites: list[_Cite] = []
    seen: set[int] = set()
    seen_starts: set[tuple[str, int]] = set()
    for text, offset in _texts(seg):
        if offset in seen:
            continue
        seen.add(offset)
        if _cite_free(text):
            continue
        ct = canon_same_length(text)
        found = _coded(text, ct, offset, own)
        _share_bodies(found, ct, offset)
        found += _plenums(text, ct, offset)
        found += _congresses(text, ct, offset)
        taken = [(c.start, c.after if c.kind != "short" else c.end) for c in found]
        code_spans = [(c.start, c.after) for c in found if c.kind in ("coded", "state")]
        found += _short(text, ct, offset, code_spans + taken)
        found.sort(key=lambda c: c.start)
        # a title line repeated as a paragraph cites once
        found = [c for c in found if (c.kind, c.start) not in seen_starts]
        seen_starts.update((c.kind, c.start) for c in found)
        for cite in found:
            if cite.kind == "coded" and cite.body is None:
                cite.body = _issuer_before(text, ct, cite.start - offset)
        base = len(cites)
        for i, cite in enumerate(found):
            # the relation verb between this citation and the next one in the paragraph
            for j in range(i + 1, len(found)):
                other = found[j]
                if other.start < cite.after:
                    continue
                # the verb follows the code (X về tiếp tục thực hiện Y) or the subject
                # (X về ... (thay thế Y))
                gaps = (
                    ct[cite.after - offset : other.start - offset],
                    ct[cite.end - offset : other.start - offset],
                )
                for gap in gaps:
                    rm = _RELATION_RX.match(gap) if len(gap) <= _RELATION_GAP else None
                    if rm:
                        verb = _RELATIONS.get(
                            " ".join(re.sub(r"[^\w]+", " ", fold(rm.group("verb"))).split())
                        )
                        if verb and (verb != "implements" or cite.type in _IMPLEMENTERS):
                            cite.relations.append((verb, base + j))
                        break
                break
        cites.extend(found)
    return cites


def _fix_truncated(cites: list[_Cite]) -> None:
    """A code cut short (01-KL/T) is the one full code it is a prefix of, if any."""
    full = {}
    for c in cites:
        if c.kind == "coded":
            full.setdefault((c.number, c.type, c.issuer), c.code)
    for c in cites:
        if c.kind != "coded":
            continue
        longer = {
            code
            for (num, ctype, iss), code in full.items()
            if num == c.number and ctype == c.type and iss != c.issuer and iss.startswith(c.issuer)
        }
        if len(longer) == 1:
            c.code = longer.pop()
            c.issuer = c.code.split("/", 1)[1]
            c.key = (c.code,)
            c.truncated = True


def _group(cites: list[_Cite]) -> tuple[list[_Doc], dict[int, _Doc]]:
    docs: list[_Doc] = []
    by_index: dict[int, _Doc] = {}
    by_key: dict[tuple, list[_Doc]] = {}
    shorts: list[tuple[int, _Cite]] = []
    for i, c in enumerate(cites):
        if c.kind == "short":
            shorts.append((i, c))
            continue
        target = None
        for doc in by_key.get(c.key, []):
            if _compatible(c, doc):
                target = doc
                break
        if target is None:
            target = _Doc()
            docs.append(target)
            by_key.setdefault(c.key, []).append(target)
        target.add(c)
        by_index[i] = target
    coded_by = {}
    for doc in docs:
        if doc.first.kind == "coded":
            coded_by.setdefault(
                (doc.first.type, int(doc.first.number.rstrip("abcdef"))), []
            ).append(doc)
    for i, c in shorts:
        cands = [d for d in coded_by.get(c.key, []) if _short_fits(c, d)]
        earlier = [d for d in cands if d.spans[0].start < c.start]
        pick = earlier if earlier else cands
        if len(pick) == 1:
            target = pick[0]
        else:
            target = None
            for doc in by_key.get(("short", *c.key), []):
                if _short_fits(c, doc) and _compatible(c, doc):
                    target = doc
                    break
            if target is None:
                target = _Doc(needs_review=True)
                docs.append(target)
                by_key.setdefault(("short", *c.key), []).append(target)
        target.add(c)
        by_index[i] = target
    return docs, by_index


def _directive(doc: _Doc, keys: dict[int, str], by_index: dict[int, _Doc]) -> Directive:
    full = [c for c in doc.cites if c.kind != "short"]
    labelled = [c for c in full if not c.truncated] or full or doc.cites
    first = labelled[0]
    relations: list[tuple[str, str]] = []
    for c in doc.cites:
        for verb, j in c.relations:
            other = by_index.get(j)
            if other is not None and other is not doc:
                rel = (verb, keys[id(other)])
                if rel not in relations:
                    relations.append(rel)
    if first.kind in ("coded", "state"):
        code, number, issuer = first.code, first.number, first.issuer
    elif first.kind == "short":
        code, number, issuer = None, first.number, None
    else:
        code, number, issuer = None, None, None
    return Directive(
        code=code,
        type=first.type,
        number=number,
        issuer_code=issuer,
        issuing_body=doc.body,
        issued=doc.issued,
        title=doc.title,
        label=first.label,
        mentions=tuple(sorted(doc.spans, key=lambda s: s.start)),
        relations=tuple(relations),
        needs_review=doc.needs_review,
    )


def find_directives(seg: Segmented) -> tuple[Directive, ...]:
    """Every document the text cites, one entry per document, in order of first mention.

    >>> from reports.extraction.segment import segment
    >>> seg = segment("Tin\\n\\nThực hiện Kết luận 01-KL/TW về tiếp tục thực hiện Chỉ thị "
    ...     "số 05-CT/TW của Bộ Chính trị về học tập và làm theo Bác. Kết luận 01 ...")
    >>> [(d.code, d.issuing_body, len(d.mentions), d.relations) for d in find_directives(seg)]
    [('01-KL/TW', None, 2, (('continues', '05-CT/TW'),)), ('05-CT/TW', 'Bộ Chính trị', 1, ())]
    """
    cites = _collect(seg)
    _fix_truncated(cites)
    docs, by_index = _group(cites)
    docs.sort(key=lambda d: min(s.start for s in d.spans))
    keys: dict[int, str] = {}
    for doc in docs:
        full = [c for c in doc.cites if c.kind != "short"]
        first = ([c for c in full if not c.truncated] or full or doc.cites)[0]
        keys[id(doc)] = first.code if first.kind in ("coded", "state") else first.label
    return tuple(_directive(doc, keys, by_index) for doc in docs)
