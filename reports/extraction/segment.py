"""Segmentation: title, publication date, body paragraphs, captions.

Works line by line on the tidied text (one pass, each line looked at a bounded number
of times), so it is linear in the input. Two layouts:

- **Official documents** (Thông báo, Báo cáo, Kế hoạch ...): a flattened letterhead,
  ``Số 146-TB/BTGTU`` (the document's own number), the place-and-date line (its
  ``published`` date), the type heading and subject lines (together the title), the
  body, then ``Nơi nhận:`` and the signature block (not body).
- **Web articles**: portal furniture before the title (site name, menus, the portal's
  "today" date, section names, banners), the article's own date line, the body, then
  bylines, related-article lists and footers (cut at the first end marker).

Every ``Paragraph`` keeps ``text == seg.text[start:end]``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from reports.extraction.dates import find_dates, weekday_matches
from reports.extraction.memo import memo_short
from reports.extraction.normalize import canon_same_length, fold, physical_lines
from reports.extraction.types import Paragraph, Segmented, Span

# How many non-empty lines from the top may belong to a header.
_HEADER_LINES = 16
# Lines looked at after an article title for its own date line.
_AFTER_TITLE_LINES = 3
_CAPTION_MAX = 180
_TITLE_MAX = 400
_BYLINE_MAX = 80
_BYLINE_WORDS = 8
# Verbatim repeats shorter than this count only when adjacent (list items may repeat).
_DEDUP_MIN = 50


@dataclass
class _Line:
    text: str
    start: int
    end: int
    index: int  # position among non-empty lines
    canon: str
    folded: str


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    for start, stripped in physical_lines(text):
        for s, e in _pieces(stripped):
            piece = stripped[s:e]
            canon = canon_same_length(piece)
            out.append(_Line(piece, start + s, start + e, len(out), canon, fold(piece)))
    return out


# No paragraph of a real document is longer. A longer line (a text pasted without line
# breaks, a run of thousands of names) is cut into pieces at sentence ends, else at ``;``,
# ``,`` or a space, so that every step's passes over one paragraph stay short.
_MAX_LINE = 6_000


def _pieces(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` cut into pieces of at most ``_MAX_LINE`` characters.

    >>> _pieces(("a. " * 3000).strip())[:2]
    [(0, 5999), (6000, 8999)]
    """
    out = []
    pos = 0
    n = len(line)
    while n - pos > _MAX_LINE:
        limit = pos + _MAX_LINE
        cut = -1
        for sep in (". ", "; ", ", ", " "):
            cut = line.rfind(sep, pos + _MAX_LINE // 2, limit)
            if cut >= 0:
                cut += len(sep) - 1
                break
        if cut < 0:
            cut = limit
        out.append((pos, len(line[:cut].rstrip())))
        pos = cut
        while pos < n and line[pos] == " ":
            pos += 1
    if pos < n:
        out.append((pos, n))
    return out


def _para(line: _Line, kind: str = "body") -> Paragraph:
    return Paragraph(line.text, line.start, line.end, kind)


# --- shared line classifiers ------------------------------------------------------

_DOC_TYPES = {
    "thong bao": "thong_bao",
    "bao cao": "bao_cao",
    "ke hoach": "ke_hoach",
    "chuong trinh": "other",
    "huong dan": "other",
    "quyet dinh": "other",
    "quy dinh": "other",
    "chi thi": "other",
    "nghi quyet": "other",
    "ket luan": "other",
    "to trinh": "other",
    "de an": "other",
    "cong van": "other",
    "bien ban": "other",
    "giay moi": "other",
}
# in capitals, as letterheads print it ("Báo điện tử Đảng Cộng sản Việt Nam" is a site name)
_LETTERHEAD = re.compile(
    r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập - Tự do"
)
# What may follow the type word on the heading line ("THÔNG BÁO KẾT LUẬN")
_HEADING_TAIL = frozenset(
    # ``BÁO CÁO NHANH`` (a quick report sent straight after a meeting), ``BÁO CÁO TÓM TẮT``
    {"ket luan", "hanh dong", "lien tich", "tong ket", "so ket", "ket qua", "nhanh", "tom tat"}
)
_OWN_NUMBER = re.compile(
    r"^(?:Số|SỐ|số)\s{0,2}:?\s{0,2}(?P<code>\d{1,5}[a-z]?\s?-\s?[A-ZĐ][A-Za-zĐđ]{0,5}\s?/\s?"
    r"[A-ZĐƯ][A-ZĐƯa-z]*(?:[.\-][A-ZĐƯ][A-ZĐƯa-z]*){0,3}"
    r"|\d{1,5}(?:/\d{4})?/[A-ZĐ][A-Za-zĐđ]{0,5}-[A-ZĐ][A-Za-zĐđ0-9]*(?:-[A-ZĐ][A-Za-zĐđ0-9]*){0,2})"
)
_PLACE_DATE = re.compile(r"(?:^|\s)[A-ZĐ][^\n,;:]{0,40},\s{0,2}(?:(?i:ngày)\s{0,2})?\d")
_SEPARATOR = re.compile(r"^[-–—_*=.~•]{3,}$|^\*$|^-{1,2}\s*\*\s*-{1,2}$")
_SIGNATURE = re.compile(
    r"^(?:T/M|TM\.|T\.M|K/T|KT\.|K\.T|T/L|TL\.|T\.L|Q/|Q\.|THỪA LỆNH|THAY MẶT|KÝ THAY)\s",
)
_SIGNED = re.compile(r"^\(?(?i:đã ký|ký tên|ký, ghi rõ họ tên|ký và đóng dấu)")
_RECIPIENTS = re.compile(r"^(?i:nơi nhận)\s{0,2}:?")
_ROMAN_HEADING = re.compile(r"^(?:[IVXL]{1,6}|[A-Z])\s{0,2}[.)]\s")
_PART_HEADING = re.compile(r"^(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC)\s{1,2}[\dIVXL]")

# Whole-line markers after which an article has no more body.
_END_MARKERS = (
    "cac tin khac",
    "cac bai viet khac",
    "cac bai khac",
    "tin khac",
    "tin lien quan",
    "bai viet lien quan",
    "cac tin lien quan",
    "tin cung chuyen muc",
    "tin cung loai",
    "tin moi hon",
    "tin cu hon",
    "tin da dua",
    "cac tin da dua",
    "xem them",
    "doc them",
    "phan hoi",
    "y kien ban doc",
    "gui y kien",
    "binh luan",
    "gui binh luan",
    "thu vien anh",
    "thu vien video",
    "lien ket website",
    "lien ket web",
    "moi nhat",
    "tin moi nhat",
    "doc nhieu nhat",
    "tin doc nhieu",
    "thong ke truy cap",
    "so luot truy cap",
    "luot truy cap",
    "tong luot truy cap",
    "dang truy cap",
    "thong tin can biet",
    "tin bai lien quan",
    "tin tuc lien quan",
    "bai lien quan",
    "cac bai lien quan",
    "tin bai khac",
    "cac tin bai khac",
    "tin cung chuyen muc",
    "cac tin cung chuyen muc",
    "tin da dang",
    "xem tiep",
    "chia se",
    "in bai viet",
    "quay lai",
    "ve dau trang",
)
# A related-list heading in general: "(Các) tin / bài (viết) / tin bài / video" + what kind
# ("khác", "liên quan", "cùng chuyên mục", "mới hơn", "đã đưa ngày", "đọc nhiều" ...).
# ("Nổi bật:", "Mới", "Khác" alone are ordinary words: they need the list's head noun.)
_LIST_HEADING = re.compile(
    r"^(?:cac |nhung )?(?:(?:tin|bai|bai viet|tin bai|tin tuc|video|anh) "
    r"(?:khac|lien quan|cung (?:chuyen muc|chu de|loai|danh muc)|moi(?: hon| nhat| cap nhat)?|"
    r"cu hon|da dua|da dang|doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|noi bat|tieu diem)|"
    r"cung (?:chuyen muc|chu de|danh muc)|doc nhieu(?: nhat)?|xem nhieu(?: nhat)?|tieu diem)"
    r"(?: ngay)?$"
)
# Lines that open the page footer whatever follows them ("Từ khóa: ...", "Tags: ...",
# "Cơ quan chủ quản: ...", "Chịu trách nhiệm chính: ...")
_END_PREFIX = re.compile(
    r"^(?:tu khoa|tags?|the|chia se(?: bai viet| bai| tin| len)?|in bai(?: viet)?|"
    r"gui bai(?: viet)?(?: qua email)?|quay lai|ve dau trang|co quan chu quan|"
    r"chiu trach nhiem (?:chinh|xuat ban|noi dung)|(?:truong |pho )?ban bien tap|"
    r"tong bien tap|danh gia bai viet|nguoi dang)\s?:"
)
# Page tools and footers that end the article even without a colon.
_END_WORDS = frozenset(
    {
        "gui bai viet qua email",
        "gui email",
        "in bai viet",
        "in bai",
        "in trang",
        "gui ban be",
        "chia se bai viet",
        "binh luan",
        "y kien ban doc",
        "ghi ro nguon",
    }
)
# An item of a related-article list: a title and its date or age in brackets
_RELATED_ITEM = re.compile(
    r"\((?:(?:\d{1,2}:\d{2} )?\d{1,2}/\d{1,2}/\d{4}(?: (?:- )?\d{1,2}:\d{2})?"
    r"|\d{1,3} (?:phut|gio|ngay|tuan|thang|nam) truoc)\)$"
)
# Weaker forms of a related item's date, trusted only when the next line has one too:
# "Tiêu đề - 12/04/2023", "Tiêu đề [12/04/2023]", "Tiêu đề (12/4)", "Tiêu đề 12/04/2023 08:15"
_RELATED_WEAK = re.compile(
    r"(?:\s[-–]\s\d{1,2}/\d{1,2}/\d{4}|\[\d{1,2}/\d{1,2}(?:/\d{4})?(?: \d{1,2}:\d{2})?\]|"
    r"\(\d{1,2}/\d{1,2}\)|\s\d{1,2}/\d{1,2}/\d{4},? \d{1,2}:\d{2}(?::\d{2})?)$"
)
# a date the sentence itself sets ("trước ngày 12/4", "- Thời gian: 01/7 - 15/7/2023")
_RELATED_NOT = re.compile(r"(?:ngay|truoc|den|tu|sau|luc|han|thang|gian|:)[\s\[(]{0,3}$")


def _related_weak(line: _Line) -> bool:
    """A related-article line with a weaker date form (see ``_RELATED_WEAK``)."""
    if len(line.text) >= 250 or line.text[-1] in ".;" or _ENUM_START.match(line.text):
        return False
    m = _RELATED_WEAK.search(line.folded)
    if m is None:
        return False
    before = line.folded[: m.start()].rstrip(" -–")
    # "Từ 01/7 - 15/7/2023": the dash joins a range
    return _RELATED_NOT.search(before) is None and not re.search(r"\d{1,2}/\d{1,2}\S*$", before)


# Visitor-counter lines ("Trực tuyến: 2", "Hôm nay: 76") and footers.
_COUNTER = re.compile(
    r"^(?:truc tuyen|hom nay|hom qua|tuan nay|thang nay|tong cong|tong so|dang online|"
    r"online|luot xem|so luot xem|da truy cap)\s{0,2}:?\s{0,2}[\d.,]*$"
)
_FOOTER = re.compile(
    r"^(?:ban quyen|copyright|©|giay phep|dia chi:|dien thoai:|email:|nguon:|co chu|luot xem|"
    r"(?:tac gia|tin|bai|tin, anh|bai, anh|bai va anh|tin va anh|phong vien|nhom pv|pv|ctv)"
    r"\s?:)"
)
_BANNER = re.compile(r"^(?:nhiet liet chao mung|chao mung|chuc mung nam moi|mung dang mung xuan)")
_MENU_WORDS = {"main", "menu", "trang chu", "home", "tim kiem", "dang nhap", "english"}
# Reading tools around an article (whole line): text size, listening, notifications.
_TOOL_LINE = re.compile(
    r"^(?:(?:nghe|doc|nghe doc|nghe doc bai|doc bai|nghe bai)(?: viet| bai viet)?|"
    r"(?:xem voi )?co chu(?: a- a a\+)?|a- a a\+|a a a|phong to|thu nho|tat thong bao|"
    r"bat thong bao|luu bai viet|theo doi|\d{1,2}:\d{2} / \d{1,2}:\d{2})$"
)
_RELATIVE_AGE = re.compile(r"\(?\d{1,3} (?:phut|gio|ngay|tuan|thang|nam) truoc\)?$")
_CAPTION_PREFIX = re.compile(
    r"^\(?\s{0,2}(?i:ảnh|hình|video)(?:\s{1,2}(?i:minh họa|minh hoạ))?\s{0,2}:"
)
# "Quang cảnh hội nghị. Ảnh: Minh Anh" / "... (Ảnh: TTXVN)": a description with its credit
_TRAILING_CREDIT = re.compile(r"[.\s]\(?(?i:ảnh|nguồn ảnh)\s{0,2}:\s{0,2}[^.:;]{1,40}\)?\.?$")
_ARTICLE_END = re.compile(r"(?:\./\.|\.\.\./\.|/\.)$")
_ENUM_START = re.compile(
    r"^(?:[-–+•*]|\(?\d{1,2}[.)]|[a-zđ]\)|(?i:thứ\s+\w+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|"
    r"mười)\s*(?:là)?\s*[,:])"
)
_TIME = re.compile(r"\d{1,2}\s{0,2}[:hg]\s{0,2}\d{1,2}'?|GMT|\bgiờ\b|\blúc\b", re.IGNORECASE)
_DATE_CUE = re.compile(
    r"^(?:cap nhat|ngay dang|dang ngay|ngay cap nhat|thoi gian dang|xuat ban|dang luc|posted)"
)
# what photo descriptions talk about (folded)
_PHOTO_WORDS = re.compile(
    r"\b(?:dong chi|dai bieu|quang canh|toan canh|phat bieu|trao|tang|chup anh|tham du|"
    r"hoi nghi|hoi thao|toa dam|tham quan|ky ket|ky cam ket|diem cau|buoi|le |lanh dao|"
    r"cac dong chi|to chuc)"
)
# words of section headings and block introducers, never of a photo description
_SECTION_WORDS = re.compile(
    r"\b(?:nhiem vu|phuong huong|giai phap|ket qua|han che|nguyen nhan|muc dich|yeu cau|"
    r"noi dung|kien nghi|de xuat|to chuc thuc hien|danh gia)\b"
)
# a date, a second sentence or a lead-in colon: running text, not a photo description
_NOT_CAPTION = re.compile(r"\d{1,2}/\d{1,2}|[.;:]\s|^(?i:ngày|sáng|chiều|tối|từ|trong|theo)\s")
# Words a date stamp may carry besides the date ("Cập nhật lúc", "Lượt xem")
_DATE_LINE_WORDS = frozenset(
    [
        "ngày",
        "cập",
        "nhật",
        "đăng",
        "lúc",
        "giờ",
        "thời",
        "gian",
        "xuất",
        "bản",
        "ngay",
        "lượt",
        "xem",
        "views",
        "view",
        "bởi",
        "sáng",
        "chiều",
        "tối",
        "gmt",
        "pm",
        "am",
    ]
)
_WEEKDAY = re.compile(r"(?i:thứ\s{1,2}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,2}nhật)")


@memo_short
def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6:
        return False
    return sum(1 for c in letters if c.isupper()) >= 0.9 * len(letters)


def _words(text: str) -> int:
    return len(text.split())


_CRUMB_WORDS = 5


def _menu_line(line: _Line) -> bool:
    if line.text.startswith("|") and line.text.endswith("|"):
        return False  # a table row (intake writes tables as pipe rows), not a menu
    if line.text.count("|") >= 2 or line.text.count("»") >= 1 or line.text.count(" > ") >= 1:
        # a date line "30/06/2022 | 2855" or "In bài | Gửi email | 28/12/2023 16:05" is a
        # stamp; a menu has several items and no date
        return not _date_line(line)
    if line.text.count(" / ") >= 2 and len(line.text) < 120 and not _date_line(line):
        return True  # breadcrumb "Trang chủ / Tin tức / Hoạt động"
    if line.text.count(" | ") == 1 and not any(ch.isdigit() for ch in line.text):
        # a section and its sub-section, "Chính trị | Xây dựng Đảng": two short names
        return all(0 < _words(part) <= _CRUMB_WORDS for part in line.text.split(" | "))
    return line.folded in _MENU_WORDS


def _end_marker(line: _Line) -> bool:
    key = line.folded.rstrip(" :.")
    if key in _END_MARKERS or _END_PREFIX.match(key):
        return True
    if len(key) < 60 and _LIST_HEADING.match(key):
        return True
    if len(key) < 120 and re.match(r"ghi ro nguon(?: khi| tu|$)", key):
        return True  # "Ghi rõ nguồn khi phát hành lại thông tin từ website này."
    # a tool bar: "Gửi bài viết qua email | In bài viết", "Bình luận | Gửi bạn bè | In trang"
    pieces = [re.sub(r"\s*\(\d{1,6}\)$", "", p.strip(" :.")) for p in key.split("|")]
    if all(p in _END_WORDS or p in _END_MARKERS for p in pieces if p):
        return any(pieces)
    if len(line.text) < 250 and _RELATED_ITEM.search(line.folded):
        return True  # "• Hội nghị ... (20/12/2023)": a related-article list has begun
    if _COUNTER.match(key) and not key.replace(" ", "").isdigit():
        return key.split(":")[0].strip() in {"truc tuyen", "hom nay", "hom qua"}
    # a footer word glued to the byline ("Ban Tuyên giáo Tỉnh ủyPhản hồi")
    for marker in ("Phản hồi", "Các tin khác", "Các bài viết khác", "Tin liên quan"):
        if line.text.endswith(marker) and len(line.text) > len(marker):
            before = line.text[-len(marker) - 1]
            if before.isalpha() and before.islower():
                return True
    return False


# a forwarded e-mail's header lines and greeting: how the text travelled, not its content
_MAIL_HEADER = re.compile(
    r"^(?:tu|from|gui luc|sent|den|to|cc|bcc|chu de|subject|date|ngay gui|tieu de)\s?:\s"
    r"|^kinh gui cac dong chi!?$|^-{5,} forwarded message -{5,}$|^={5,}$"
)


def _boilerplate(line: _Line) -> bool:
    key = line.folded.rstrip(" :.")
    return bool(
        _menu_line(line)
        or _MAIL_HEADER.match(line.folded)
        or _BANNER.match(key)
        or _COUNTER.match(key)
        or _FOOTER.match(key)
        or _SEPARATOR.match(line.text)
        or _TOOL_LINE.match(key)
        or key.replace(" ", "").replace(".", "").isdigit()
        or _RELATIVE_AGE.fullmatch(key)
    )


_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])")
_AUTHOR_BEFORE = re.compile(
    r"^([^\W\d_][^\d|\-–]{1,40}?)\s{1,2}[-–|]\s{1,2}(?=\d{1,2}/\d{1,2}/\d{4})"
)
_POSTED_BY = re.compile(r"\s(?i:bởi|by|đăng bởi|người đăng\s{0,2}:?)\s[^|]{1,40}$")


def _stamp_text(text: str) -> str:
    """``text`` with what a date stamp may carry besides its date blanked out (same length,
    so offsets hold): short tool-bar items after ``|`` ("| In bài | Gửi email"), an
    author ("bởi Quản trị viên"); dotted dates ("12.04.2023") written with slashes."""
    text = _DOTTED_DATE.sub(lambda m: f"{m.group(1)}/{m.group(2)}/{m.group(3)}", text)
    if "|" in text:
        pieces = text.split("|")
        if any(re.search(r"\d{1,2}/\d{1,2}", p) for p in pieces):
            keep = [p if re.search(r"\d", p) or _words(p) > 4 else " " * len(p) for p in pieces]
            text = "|".join(keep)
    # "Hoàng Yến - 28/12/2023 16:05": the author before the stamp
    m = _AUTHOR_BEFORE.match(text)
    if m and all(w[0].isupper() for w in m.group(1).split()):
        text = " " * m.end(1) + text[m.end(1) :]
    m = _POSTED_BY.search(text)
    if m:
        text = text[: m.start()] + " " * (len(text) - m.start())
    return text


def _date_line(line: _Line) -> bool:
    """A line that is only a date stamp (weekday, date, time, view counter)."""
    if len(line.text) > 70:
        return False
    stamp = _stamp_text(line.text)
    dates = find_dates(stamp)
    if not dates:
        return False
    rest = stamp[: dates[0].start] + " " + stamp[dates[0].end :]
    rest = _WEEKDAY.sub(" ", rest)
    rest = _TIME.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    return sum(1 for w in words if w.lower() not in _DATE_LINE_WORDS) <= 1


def _date_line_score(line: _Line, *, after_title: bool) -> tuple[int, dt.date, Span] | None:
    if not _date_line(line):
        return None
    mention = find_dates(_stamp_text(line.text))[0]
    score = 2 if after_title else 1
    head = line.text[: mention.start]
    if _TIME.search(line.text[mention.end :]) or _DATE_CUE.match(line.folded):
        score += 3
    elif re.search(r"\|\s{0,2}\d", line.text[mention.end :]):
        score += 3  # "30/06/2022 | 2855": date and view counter under the title
    weekday = _WEEKDAY.search(head)
    if weekday and not weekday_matches(mention.date, weekday.group(0)):
        score -= 2
    span = Span(line.start + mention.start, line.start + mention.end)
    return score, mention.date, span


# --- official documents -------------------------------------------------------------


def _doc_type(line: _Line) -> str | None:
    if not _is_upper(line.text) or _words(line.text) > 12:
        return None
    for key, genre in _DOC_TYPES.items():
        if line.folded == key:
            return genre
        if line.folded.startswith(key + " ") and line.folded[len(key) + 1 :] in _HEADING_TAIL:
            return genre
    return None


def _official(text: str, lines: list[_Line]) -> Segmented | None:
    heading = _official_heading(lines)
    if heading is None:
        return None
    hline, genre = heading
    before = lines[: hline.index]
    head = _read_header(before)
    if not head.evidence and not _bare_notice(before, hline):
        return None
    title_lines = _subject_lines(text, lines, hline)
    first = hline.index + len(title_lines)
    paragraphs, late_date = _official_body(lines, first, dated=head.published is not None)
    published = head.published if head.published is not None else late_date
    return Segmented(
        text=text,
        title=" ".join(line.text for line in title_lines),
        title_span=Span(hline.start, title_lines[-1].end),
        published=published[0] if published else None,
        published_span=published[1] if published else None,
        paragraphs=tuple(paragraphs),
        captions=(),
        genre=genre,
        own_number=head.own_number,
        own_number_span=head.own_span,
    )


def _official_heading(lines: list[_Line]) -> tuple[_Line, str] | None:
    """The type heading (``THÔNG BÁO``, ``BÁO CÁO`` ...) among the header lines, with the
    genre it names."""
    for line in lines[:_HEADER_LINES]:
        genre = _doc_type(line)
        if genre:
            return line, genre
    return None


@dataclass
class _Header:
    """What the lines above the type heading say about the document."""

    # a letterhead, an own number or a dated place line: the heading is a real one
    evidence: bool = False
    own_number: str | None = None
    own_span: Span | None = None
    published: tuple[dt.date, Span] | None = None


def _read_header(before: list[_Line]) -> _Header:
    """The first own number and the first dated ``Place, ngày ...`` line above the heading;
    failing a place line, a worded date in the letterhead."""
    head = _Header()
    for line in before:
        if _LETTERHEAD.search(canon_same_length(line.text)):
            head.evidence = True
        m = _OWN_NUMBER.match(line.text)
        if m and head.own_number is None:
            head.evidence = True
            head.own_number = re.sub(r"\s", "", m.group("code"))
            head.own_span = Span(line.start + m.start("code"), line.start + m.end("code"))
        if head.published is None:
            head.published = _place_date(line)
            head.evidence = head.evidence or head.published is not None
    if head.published is None:
        head.published = _worded_date(before)
    return head


def _place_date(line: _Line) -> tuple[dt.date, Span] | None:
    """The first date with a year after the place of a ``Place, ngày ...`` line."""
    pd = _PLACE_DATE.search(line.text)
    if pd is None:
        return None
    for mention in find_dates(line.text[pd.start() :]):
        if mention.has_year:
            offset = line.start + pd.start()
            return mention.date, Span(offset + mention.start, offset + mention.end)
    return None


def _worded_date(before: list[_Line]) -> tuple[dt.date, Span] | None:
    # no "Place, ngày ..." line: a worded date in the letterhead will do
    for line in before:
        got = [m for m in find_dates(line.text) if m.has_year and "tháng" in m.text]
        if got:
            return got[0].date, Span(line.start + got[0].start, line.start + got[0].end)
    return None


def _bare_notice(before: list[_Line], hline: _Line) -> bool:
    # a notice copied without its letterhead still opens with its bare type word
    leading = [line for line in before if not _boilerplate(line)]
    return len(leading) <= 2 and hline.folded in _DOC_TYPES


# Subject lines after the type heading, at most (with the heading).
_TITLE_LINES = 8


def _subject_lines(text: str, lines: list[_Line], hline: _Line) -> list[_Line]:
    """The heading and the subject lines that follow it, up to a separator, a blank line
    or a line that opens the body."""
    title_lines = [hline]
    for line in lines[hline.index + 1 :]:
        if len(title_lines) >= _TITLE_LINES:
            break
        gap = text.count("\n", title_lines[-1].end, line.start)
        if gap > 1 or _SEPARATOR.match(line.text) or _is_body_start(line):
            break
        title_lines.append(line)
    return title_lines


# A place-and-date line placed under the subject is looked for this short, this near.
_LATE_DATE_MAX = 80
_LATE_DATE_LINES = 2


def _official_body(
    lines: list[_Line], first: int, *, dated: bool
) -> tuple[list[Paragraph], tuple[dt.date, Span] | None]:
    """The body paragraphs from ``lines[first]`` on (no separators, ``đã ký`` lines,
    recipients, signature, long verbatim repeats), and, when the letterhead gave no date,
    a place-and-date line just under the subject."""
    paragraphs: list[Paragraph] = []
    seen: set[str] = set()
    late_date = None
    for line in _outside_closing(lines[first:]):
        if _SEPARATOR.match(line.text) or _SIGNED.match(line.text):
            continue
        if (
            not dated
            and late_date is None
            and line.index <= first + _LATE_DATE_LINES
            and len(line.text) < _LATE_DATE_MAX
        ):
            late_date = _place_date(line)
            if late_date is not None:
                continue
        if len(line.text) >= _DEDUP_MIN:
            if line.text in seen:
                continue
            seen.add(line.text)
        paragraphs.append(_para(line, _body_kind(line)))
    _drop_signature(paragraphs)
    return paragraphs, late_date


def _outside_closing(lines: list[_Line]):
    """``lines`` without the recipients and the signature block."""
    closing = False
    for line in lines:
        if _RECIPIENTS.match(line.text) or _SIGNATURE.match(line.text):
            closing = True
        if closing:
            if not _APPENDIX.match(line.text):
                continue
            # an appendix after the signature (``PHỤ LỤC``, its table of activities)
            # belongs to the document again
            closing = False
        yield line


_APPENDIX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s{1,3}(?:[IVX]{1,4}|\d{1,2}))?\s*:?$")

# The signer's post on a line of its own ("TRƯỞNG BAN", "PHÓ BÍ THƯ THƯỜNG TRỰC")
_SIGNER_POST = re.compile(
    r"^(?:PHÓ\s)?(?:TRƯỞNG BAN|BÍ THƯ|CHỦ TỊCH|CHÁNH VĂN PHÒNG|GIÁM ĐỐC|CHỦ NHIỆM|TRƯỞNG PHÒNG)"
    r"(?:\s[A-ZĐƯƠÂĂÊÔ ]{0,30})?$"
)
_SIGNATURE_TAIL = 5


def _drop_signature(paragraphs: list[Paragraph]) -> None:
    """Remove a signature block that no ``T/L``/``Nơi nhận`` announced: the signer's post
    in capitals near the end, followed only by short lines (the name)."""
    tail = len(paragraphs) - _SIGNATURE_TAIL
    for k in range(max(0, tail), len(paragraphs)):
        if _SIGNER_POST.match(canon_same_length(paragraphs[k].text)) and all(
            _words(p.text) <= 6 and p.text[-1] not in ".;:" for p in paragraphs[k + 1 :]
        ):
            del paragraphs[k:]
            return


# How a preamble opens ("Căn cứ ...", "Thực hiện ...", "Ngày 04/10/2024, ...")
_PREAMBLE = re.compile(
    r"^(?:can cu|thuc hien|ngay \d|sau khi|de |nham |tren co so|theo |trong |kinh gui|"
    r"thuc hien chi dao|qua |hoi nghi da|hom nay|vao )"
)
_SUBJECT_MAX = 200


def _is_body_start(line: _Line) -> bool:
    """A line that opens the body rather than continuing a subject line: subject lines
    are short, unpunctuated at the end, and do not open like a preamble."""
    text = line.text
    return bool(
        _ROMAN_HEADING.match(text)
        or len(text) > _SUBJECT_MAX
        or text[-1] in ".:;"
        # "thực hiện Nghị quyết ..." in lower case continues a subject
        or (text[0].isupper() and _PREAMBLE.match(line.folded) is not None)
    )


def _body_kind(line: _Line) -> str:
    text = line.text
    if _ROMAN_HEADING.match(text) and (_is_upper(text) or len(text) < 120):
        return "heading"
    if _PART_HEADING.match(text):
        return "heading"
    if _is_upper(text) and _words(text) >= 2 and len(text) < 200:
        return "heading"
    return "body"


# --- web articles ---------------------------------------------------------------------


def _section_name(line: _Line, lines: list[_Line], menus: list[_Line]) -> str | None:
    """A short portal section name ("Tuyên giáo các cấp", "Tin hoạt động"): "sure" when
    the menu lists it, "weak" when it only sits next to a date stamp."""
    if _words(line.text) > 5 or line.text[-1] in ".:!?":
        return None
    if any(line.text in menu.text for menu in menus):
        return "sure"
    for j in (line.index - 1, line.index + 1):
        if 0 <= j < len(lines) and (_date_line(lines[j]) or _menu_line(lines[j])):
            return "weak"
    return None


# what a portal calls itself in its banner: never an article's title
_PORTAL_NAME = re.compile(r"^(?:cong|trang) (?:thong tin dien tu|ttdt)(?: |$)")


def _site_name(line: _Line, lines: list[_Line]) -> str | None:
    """The portal's name above its menu ("sure"), or an upper-case line above a date
    stamp ("weak": it may be an upper-case article title)."""
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    if nxt is None or line.text[-1] in ".:;":
        return None
    if _PORTAL_NAME.match(line.folded) and _words(line.text) <= 16:
        return "sure"
    # the portal's name, its "today" date, then its menu
    after = lines[line.index + 2] if line.index + 2 < len(lines) else None
    menu_next = _menu_line(nxt) or (after is not None and _date_line(nxt) and _menu_line(after))
    if menu_next and _words(line.text) <= 12:
        return "sure"
    if _is_upper(line.text) and _date_line(nxt):
        return "weak"
    return None


def _title_like(line: _Line) -> bool:
    return _words(line.text) >= 6 and line.text[-1] not in ".;" and len(line.text) <= _TITLE_MAX


# A lead sentence opening with its date ("Ngày 5/1, ...", "(BTG) - Sáng 19-10, ...")
_LEAD_DATE = re.compile(
    r"^(?:\([^()]{1,30}\)\s{0,2}[-–]?\s{0,2})?(?:ngày|sáng|chiều|tối|trưa|hôm)?\s{0,2}"
    r"(?:nay|qua)?\s{0,2}(?:ngày\s{1,2})?\(?\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?\)?\s{0,2},",
    re.IGNORECASE,
)
_LEAD_WORDS = 10


def _body_like(line: _Line) -> bool:
    """Running text: the article body has started."""
    text = line.text
    if len(text) > _TITLE_MAX or _LEAD_DATE.match(text):
        return True
    return text[-1] in ".!?…" and _words(text) >= _LEAD_WORDS


def _find_title(lines: list[_Line]) -> _Line | None:
    """The first title-like line of the header; failing that, the last short line
    before the body (a short title follows the menu items), or an upper-case line above
    a date stamp."""
    head = lines[:_HEADER_LINES]
    menus = [line for line in head if _menu_line(line)]
    weak: _Line | None = None
    short: _Line | None = None
    for line in head:
        if _boilerplate(line) or _date_line(line) or _end_marker(line):
            continue
        if _CAPTION_PREFIX.match(line.text):
            continue
        if _body_like(line):
            break
        section = _site_name(line, lines) or _section_name(line, lines, menus)
        if section == "sure":
            continue
        if section == "weak":
            weak = weak or line
            continue
        if _title_like(line):
            return line
        short = line
    if weak is not None and (short is None or _words(weak.text) >= 6):
        return weak
    return short


def _caption_like(line: _Line) -> bool:
    """A photo description: one short unpunctuated sentence about who or what is in the
    picture, no date in it. A sentence-case section heading ("Phương hướng, nhiệm vụ năm
    2024") is not one."""
    text = line.text
    core = text.rstrip("\"”’'")
    if len(text) > _CAPTION_MAX or not core or core[-1] in ".:;!?…)]" or core[-1].isdigit():
        return False
    if _ENUM_START.match(text) or _is_upper(text) or _NOT_CAPTION.search(text):
        return False
    if not _PHOTO_WORDS.search(line.folded) or _SECTION_WORDS.search(line.folded):
        return False
    return _words(text) >= 3


# "Hoàng Yến (Ban Tuyên giáo Huyện ủy)", "MINH ANH (TTXVN)": an author and their unit
_NAME_AND_UNIT = re.compile(r"^(?P<who>[^()\d]{2,40}?)\s{0,2}\([^()]{2,120}\)$")


def _byline_like(line: _Line) -> bool:
    text = line.text
    if text.startswith("(") and text.endswith(")") and len(text) < 200:
        return True
    m = _NAME_AND_UNIT.match(text)
    if m:
        who = m.group("who").replace(" - ", " ").split()
        if 2 <= len(who) <= 6 and all(w[0].isupper() for w in who):
            return True
    if len(text) > _BYLINE_MAX or _words(text) > _BYLINE_WORDS:
        return False
    return text[-1] not in ".:;!?…" and not _ENUM_START.match(text)


# "Tiêu đề bài viết | Báo Sông Mây": the site's name after the title
_SITE_SUFFIX = re.compile(r"^(?P<title>.{20,}?)\s{1,2}\|\s{1,2}(?P<site>[^|]{2,60})$")


def _title_parts(text: str, title_line: _Line, lines: list[_Line]) -> tuple[str, Span, int]:
    """The title's text and span, and the index of the first line after it: a title line
    ending in a comma or dash goes on to the next short line; a site name after ``|``
    is dropped."""
    title, start, end = title_line.text, title_line.start, title_line.end
    first = title_line.index + 1
    if title[-1] in ",-–:" and first < len(lines):
        nxt = lines[first]
        if (
            text.count("\n", end, nxt.start) == 1
            and _words(nxt.text) <= 20
            and not (_date_line(nxt) or _boilerplate(nxt) or _body_like(nxt))
        ):
            title, end, first = f"{title} {nxt.text}", nxt.end, first + 1
    m = _SITE_SUFFIX.match(title)
    if m and _words(m.group("site")) <= 8 and "|" not in m.group("title"):
        title = m.group("title")
        end = start + len(title) if end == title_line.end else end
    return title, Span(start, end), first


# A title run into the lead on one line: "... tháng 5 Chiều 30/5, Ban ... tổ chức ...".
_RUN_IN_LEAD = re.compile(
    r"(?<=[^\W_]) (?=(?:Sáng|Chiều|Tối|Trưa|Ngày|Hôm nay|Hôm qua)\s(?:ngày\s)?"
    r"\d{1,2}\s?[/-]\s?\d{1,2}(?:\s?[/-]\s?\d{2,4})?\s?,\s)"
)


def _split_run_in_title(lines: list[_Line]) -> list[_Line]:
    """The first header line that holds a title and the lead's opening date mid-line is
    two lines (spans exact; later lines renumbered).

    >>> [x.text[:20] for x in _split_run_in_title(_lines("Giao ban tháng 5 Chiều 30/5, "
    ...     "Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức hội nghị giao ban báo chí."))]
    ['Giao ban tháng 5', 'Chiều 30/5, Ban Tuyê']
    """
    for k, line in enumerate(lines[:_HEADER_LINES]):
        m = _RUN_IN_LEAD.search(line.text)
        if m is None or _words(line.text[: m.start()]) < 3:
            continue
        if _words(line.text[m.end() :]) < _LEAD_WORDS:
            continue
        head, tail = line.text[: m.start()], line.text[m.end() :]
        cut = m.end()
        parts = [
            _Line(head, line.start, line.start + len(head), 0, line.canon[: m.start()], fold(head)),
            _Line(tail, line.start + cut, line.end, 0, line.canon[cut:], fold(tail)),
        ]
        out = lines[:k] + parts + lines[k + 1 :]
        for i, x in enumerate(out):
            x.index = i
        return out
    return lines


def _article(text: str, lines: list[_Line]) -> Segmented:
    title_line = _find_title(lines)
    title = title_span = None
    first = 0
    if title_line is not None:
        title, title_span, first = _title_parts(text, title_line, lines)
    best, skip = _header_stamp(lines, title_line, first)
    body_lines, late = _body_lines(lines, first, title_line, skip)
    published = best[2:] if best is not None else None
    if published is None and late is not None:
        # a stamp inside or below the article gives its date when the header had none
        published = late[1:]
    _drop_bylines(body_lines)
    paragraphs, captions = _paragraphs_and_captions(body_lines)
    return Segmented(
        text=text,
        title=title,
        title_span=title_span,
        published=published[0] if published else None,
        published_span=published[1] if published else None,
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        genre="article",
    )


def _header_stamp(
    lines: list[_Line], title_line: _Line | None, first: int
) -> tuple[tuple[int, int, dt.date, Span] | None, set[int]]:
    """The article's own date: the best-scored stamp before the title or just after it
    (score, nearness to the title, date, span), and the indexes of every stamp line."""
    best: tuple[int, int, dt.date, Span] | None = None
    skip: set[int] = set()
    window = lines[:first] + lines[first : first + _AFTER_TITLE_LINES]
    for line in window[: _HEADER_LINES + _AFTER_TITLE_LINES]:
        after = title_line is not None and line.index >= first
        got = _date_line_score(line, after_title=after)
        if got is None:
            if after and not _boilerplate(line):
                break  # the body has started
            continue
        skip.add(line.index)
        score, date, span = got
        # equal scores: the stamp nearest the title wins
        rank = -abs(line.index - (title_line.index if title_line else 0))
        if best is None or (score, rank) > (best[0], best[1]):
            best = (score, rank, date, span)
    return best, skip


def _body_lines(
    lines: list[_Line], first: int, title_line: _Line | None, skip: set[int]
) -> tuple[list[_Line], tuple[int, dt.date, Span] | None]:
    """The body from after the title to the first end marker (header stamps, a repeated
    title, menu entries, boilerplate and date stamps left out), and the first date stamp
    met inside it."""
    body_lines: list[_Line] = []
    late: tuple[int, dt.date, Span] | None = None
    resume = -1  # lines before this index belong to a related box inside the article
    for line in lines[first:]:
        if line.index < resume or line.index in skip or _repeats_title(line, title_line):
            continue
        if body_lines and _end_marker(line):
            resume = _after_inline_box(lines, line)
            if resume > 0:
                continue
            break
        if body_lines and _related_begin(lines, line):
            break  # a list of dated titles: the related articles have begun
        if (not body_lines and _end_marker(line)) or _boilerplate(line):
            continue  # a menu entry above the body, or portal furniture
        if not _ENUM_START.match(line.text) and _date_line(line):
            if late is None:
                late = _date_line_score(line, after_title=True)
            continue
        body_lines.append(line)
        if _ARTICLE_END.search(line.text):
            break
    return body_lines, late


def _repeats_title(line: _Line, title_line: _Line | None) -> bool:
    return title_line is not None and line.text == title_line.text


def _related_begin(lines: list[_Line], line: _Line) -> bool:
    """``line`` and the next are dated titles (or the next ends the article)."""
    nxt = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return nxt is not None and _related_weak(line) and (_related_weak(nxt) or _end_marker(nxt))


def _drop_bylines(body_lines: list[_Line]) -> None:
    """Remove the bylines and credits at the end of the body (not a caption, not a line
    that closes the article)."""
    while (
        body_lines
        and _byline_like(body_lines[-1])
        and not _CAPTION_PREFIX.match(body_lines[-1].text)
    ):
        tail = body_lines[-1]
        if _ARTICLE_END.search(tail.text):
            break
        body_lines.pop()


def _paragraphs_and_captions(body_lines: list[_Line]) -> tuple[list[Paragraph], list[Paragraph]]:
    """The body lines sorted into paragraphs and photo captions; verbatim repeats dropped."""
    paragraphs: list[Paragraph] = []
    captions: list[Paragraph] = []
    seen: set[str] = set()
    for k, line in enumerate(body_lines):
        repeated = _next_to_same(body_lines, k)
        if _credited(line):
            if not _photo_credit(line):
                captions.append(_para(line, "caption"))
            continue
        if repeated and _repeated_caption(line):
            # a caption some portals print twice (under the photo and in the text) once
            if not captions or captions[-1].text != line.text:
                captions.append(_para(line, "caption"))
            continue
        if paragraphs and _caption_like(line):
            captions.append(_para(line, "caption"))
            continue
        if line.text in seen and (len(line.text) >= _DEDUP_MIN or repeated):
            continue
        seen.add(line.text)
        if not paragraphs:
            line = _strip_source_tag(line)
        paragraphs.append(_para(line, _body_kind(line)))
    return paragraphs, captions


def _next_to_same(body_lines: list[_Line], k: int) -> bool:
    """The line before or after ``body_lines[k]`` has the same text."""
    text = body_lines[k].text
    return (k > 0 and body_lines[k - 1].text == text) or (
        k + 1 < len(body_lines) and body_lines[k + 1].text == text
    )


def _credited(line: _Line) -> bool:
    """A photo caption or credit: ``Ảnh: ...`` before it, or a short line with a
    trailing ``(Ảnh: ...)``."""
    return bool(
        _CAPTION_PREFIX.match(line.text)
        or (len(line.text) <= _CAPTION_MAX + 60 and _TRAILING_CREDIT.search(line.text))
    )


def _repeated_caption(line: _Line) -> bool:
    # a short line printed twice in a row is a caption, not a paragraph
    return len(line.text) <= _CAPTION_MAX and (_caption_like(line) or _words(line.text) <= 12)


# A news agency's or site's tag before the lead: "(TUĐM) - ", "(Chinhphu.vn) – ", "TTXVN - ".
# It names the source, not the subject, so the lead sentence starts after it.
_SOURCE_TAG = re.compile(
    r"^(?:\([^()\n]{1,30}\)|(?![IVXL]+\s)[A-ZĐ][A-ZĐƯƠÂĂÊÔ.]{1,11})\s{0,2}[-–—]\s{0,2}"
    r"(?=[^\W\d_])"
)


def _strip_source_tag(line: _Line) -> _Line:
    """The lead paragraph without its source tag (spans stay exact).

    >>> lead = _lines("(TG) - Sáng 5/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.")[0]
    >>> _strip_source_tag(lead).text
    'Sáng 5/1, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.'
    """
    m = _SOURCE_TAG.match(line.text)
    if m is None or _words(line.text) < _LEAD_WORDS:
        return line
    cut = m.end()
    text = line.text[cut:]
    return _Line(text, line.start + cut, line.end, line.index, line.canon[cut:], fold(text))


# Boxes some portals put inside the article ("Xem thêm:" + a few titles), after which the
# article goes on.
_INLINE_BOX = frozenset(
    {
        "xem them",
        "doc them",
        "tin lien quan",
        "bai lien quan",
        "tin bai lien quan",
        "co the ban quan tam",
        "ban co the quan tam",
    }
)
_BOX_TITLES = 3
_GOES_ON_WORDS = 15


def _after_inline_box(lines: list[_Line], marker: _Line) -> int:
    """Index of the first line after a related box inside the article, or -1 when the
    marker ends the article: the box is 1-3 title lines, and at least two sentences of
    running text follow it."""
    if marker.folded.rstrip(" :.") not in _INLINE_BOX:
        return -1
    k = marker.index + 1
    titles = 0
    while k < len(lines) and titles < _BOX_TITLES:
        line = lines[k]
        if line.text[-1] in ".:;!?" or _words(line.text) > 30 or _end_marker(line):
            break
        titles += 1
        k += 1
    if titles == 0 or k + 1 >= len(lines):
        return -1
    for line in lines[k : k + 2]:
        if (
            _words(line.text) < _GOES_ON_WORDS
            or line.text[-1] not in ".:;!?"
            or _end_marker(line)
            or _boilerplate(line)
            or _CAPTION_PREFIX.match(line.text)
        ):
            return -1
    return k


def _photo_credit(line: _Line) -> bool:
    """``Ảnh: Minh Khôi``, ``Ảnh: TL`` — a credit, not a description."""
    rest = _CAPTION_PREFIX.sub("", line.text).strip(" ()")
    return _words(rest) <= 4 and not re.search(r"(?i:đồng chí|hội nghị|phát biểu)", rest)


def segment(text: str) -> Segmented:
    """Cut tidied ``text`` into title, publication date, body paragraphs and captions.

    >>> seg = segment("Hội nghị giao ban\\n\\n30/06/2022 | 2855\\n\\nNgày 5/1, Ban tổ chức.")
    >>> seg.title, seg.published, [p.text for p in seg.paragraphs]
    ('Hội nghị giao ban', datetime.date(2022, 6, 30), ['Ngày 5/1, Ban tổ chức.'])
    """
    lines = _lines(text)
    if not lines:
        return Segmented(text, None, None, None, None, ())
    official = _official(text, lines)
    if official is not None:
        return official
    return _article(text, _split_run_in_title(lines))
