"""Dates, date ranges, periods and deadlines in Vietnamese text.

Day first, always (domain-vi §4.3). The finders scan ``canon_same_length(text)`` so
the spans they return are spans of ``text`` itself. Every pattern has bounded
repetitions and the scans are single passes, so the work is linear in the input.

Conventions chosen here (callers rely on them):

- A date written without a year (``ngày 8/7``) takes ``default_year``; when that is
  ``None`` the mention is skipped (a date that cannot be known is never guessed).
  ``DateMention.has_year`` tells the caller the year was supplied, so it can re-date.
- A day-month pair with no year counts as a date only with a date cue before it
  (``ngày``, ``sáng``/``chiều``/``tối``, a weekday, ``trước``/``từ``/``đến``) or as the
  second end of a range; a bare ``2/3`` is a fraction or a score, never a date.
- ``DateMention.start``/``end`` cover the date proper (``15 tháng 5 năm 2016``,
  ``30/6``), without a leading ``ngày``.
- ``nhiệm kỳ 2020-2025`` and ``thời gian tới`` are periods with ``start``/``end`` None:
  a term runs between two congress dates that the text does not give.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from reports.extraction.lexicon import NUMBER_WORDS, TEEN_WORDS
from reports.extraction.normalize import canon_same_length
from reports.extraction.types import Period, Span

# Years a document can name: 1890 (Hồ Chí Minh's birth) up to the 2090s.
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"[-\u2010-\u2013\u2212]"
# How far back (characters) a cue word may sit before a year-less date.
_CUE_WINDOW = 40


@dataclass(frozen=True)
class DateMention:
    """One date in the text; ``has_year`` is False when ``default_year`` supplied it."""

    date: dt.date
    start: int
    end: int
    has_year: bool
    text: str


def month_end(year: int, month: int) -> dt.date:
    """Last day of a month.

    >>> month_end(2024, 2)
    datetime.date(2024, 2, 29)
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


_WEEKDAYS = {
    "hai": 0,
    "2": 0,
    "ba": 1,
    "3": 1,
    "tư": 2,
    "tu": 2,
    "4": 2,
    "năm": 3,
    "nam": 3,
    "5": 3,
    "sáu": 4,
    "sau": 4,
    "6": 4,
    "bảy": 5,
    "bay": 5,
    "7": 5,
    "chủ nhật": 6,
    "chu nhat": 6,
    "cn": 6,
}


def weekday_matches(date: dt.date, weekday_word: str) -> bool:
    """True when ``weekday_word`` (``Thứ Ba``, ``Thứ 3``, ``Chủ Nhật``, ``CN``) names
    the weekday of ``date``; False for an unknown word.

    >>> weekday_matches(dt.date(2023, 7, 11), "Thứ ba")
    True
    """
    word = " ".join(weekday_word.lower().replace(",", " ").split())
    if word.startswith("thứ "):
        word = word[4:].strip()
    want = _WEEKDAYS.get(word)
    return want is not None and date.weekday() == want


# --- single dates -------------------------------------------------------------

# dd/mm[/yyyy], dd-mm-yyyy, dd.mm.yyyy. Not preceded by a digit, letter, slash or
# dash (codes: 123/QĐ-TTg, 15/2020/NĐ-CP); not followed by another /number (codes).
_NUMERIC = re.compile(
    r"(?<![\w/.\-\u2013])(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})"
    r"(?:(?P=sep)(?P<y>" + _YEAR + r"))?(?!\d|/\w|\.\d|-\d{1,2}[/.\-]\d)"
)
_WORDED = re.compile(
    r"(?i:ngày)\s{1,3}(?P<d>\d{1,2})\s{1,3}(?i:tháng)\s{1,3}(?P<m>\d{1,2})"
    r"(?:\s{0,3}(?:,\s{0,3}(?i:năm)|(?i:năm)|,)\s{0,3}(?P<y>" + _YEAR + r"))?(?!\d)"
)
_STRONG_CUES = (
    r"ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|(?:hôm|sáng|chiều|tối|trưa) (?:nay|qua)|"
    r"thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s{1,3}nhật"
)
_CUE = re.compile(
    r"(?:\b(?:" + _STRONG_CUES + r"|từ|đến|trước|sau|tới)"
    r"|\bngày\s{1,3}\d{1,2}\s{0,3}(?:,|và|" + _DASH + r"|đến))\s{0,3}[,:]?\s{0,3}\(?$",
    re.IGNORECASE,
)
# "Ngày 12-3" (the press's hyphenated day-month) needs a day word right before it.
_STRONG_CUE = re.compile(r"\b(?:" + _STRONG_CUES + r")\s{0,3}[,:]?\s{0,3}\(?$", re.IGNORECASE)
_DOT_CUE = re.compile(
    r"(?i:ngày|sáng|chiều|tối|trưa|hôm nay|hôm qua|sáng nay|chiều nay|tối nay)\s{1,3}\(?$"
)
# Between two dates of a range.
_RANGE_JOIN = re.compile(
    r"\s{0,3}(?:" + _DASH + r"|đến(?:\s{1,3}(?:hết\s{1,3})?ngày)?|và)\s{0,3}$", re.IGNORECASE
)


def _has_cue(canon: str, start: int) -> bool:
    return _CUE.search(canon[max(0, start - _CUE_WINDOW) : start]) is not None


def find_dates(text: str, *, default_year: int | None = None) -> list[DateMention]:
    """Every calendar date in ``text``, in order.

    >>> [m.date.isoformat() for m in find_dates("Chiều ngày 8/7/2019, ngày 15 tháng 5 năm 2016")]
    ['2019-07-08', '2016-05-15']
    >>> [m.date.isoformat() for m in find_dates("Từ ngày 30/6 - 1/7", default_year=2022)]
    ['2022-06-30', '2022-07-01']
    >>> find_dates("chiếm 2/3 số đảng viên; Số 15/2020/NĐ-CP", default_year=2022)
    []
    """
    canon = canon_same_length(text)
    found: list[tuple[int, int, int | None, int, int]] = []  # start, end, year, month, day
    for m in _WORDED.finditer(canon):
        year = int(m.group("y")) if m.group("y") else None
        found.append((m.start("d"), m.end(), year, int(m.group("m")), int(m.group("d"))))
    for m in _DAY_LIST.finditer(canon):
        if not _day_list_ok(canon, m):
            continue
        # ngày 15 và 16/7: the first day borrows the month (and year) of the second
        year = int(m.group("by")) if m.group("by") else None
        found.append((m.start("ad"), m.end("ad"), year, int(m.group("bm")), int(m.group("ad"))))
    for m in _NUMERIC.finditer(canon):
        sep, year_s = m.group("sep"), m.group("y")
        # a hyphen or a dot is a date separator only with a year (10-15 người, 1.5 triệu)
        if sep == "-" and not year_s:
            window = canon[max(0, m.start() - _CUE_WINDOW) : m.start()]
            # the second end of a range: a date ends just before "- " / "đến"
            joined = bool(found) and m.start() - found[-1][1] <= 12
            joined = joined and _RANGE_JOIN.search(canon[found[-1][1] : m.start()]) is not None
            if not (_STRONG_CUE.search(window) or joined):
                continue
        elif sep == "." and not year_s:
            # "Chiều 15.7, ..." / "Sáng nay (15.7)": a part of day right before, a comma or
            # bracket right after; else a decimal ("1.5 triệu")
            window = canon[max(0, m.start() - _CUE_WINDOW) : m.start()]
            if not (_DOT_CUE.search(window) and canon[m.end() : m.end() + 1] in (",", ")")):
                continue
        if sep == "." and year_s and not _has_cue(canon, m.start()):
            continue
        found.append(
            (
                m.start(),
                m.end(),
                int(year_s) if year_s else None,
                int(m.group("m")),
                int(m.group("d")),
            )
        )
    found.sort()
    out: list[DateMention] = []
    prev_end = -1
    for start, end, year, month, day in found:
        if start < prev_end:
            continue
        has_year = year is not None
        if not has_year:
            joined = prev_end >= 0 and _RANGE_JOIN.search(canon[prev_end:start]) is not None
            if default_year is None or not (joined or _has_cue(canon, start)):
                continue
            year = default_year
        date = _make(year, month, day)
        if date is None:
            continue
        out.append(DateMention(date, start, end, has_year, text[start:end]))
        prev_end = end
    return out


# --- ranges ---------------------------------------------------------------------

# The separator is "/" or, as Party texts write dates, "-" / "." (the same one within a date:
# "19-5-2023"); a range of such dates needs "ngày" before it (see find_date_range).
_DM = (
    r"(?P<{p}d>\d{{1,2}})(?P<{p}s>[/.\-])(?P<{p}m>\d{{1,2}})"
    r"(?:(?P={p}s)(?P<{p}y>" + _YEAR + r"))?"
)
_DATE_RANGE = re.compile(
    r"(?<![\w/])(?:(?i:từ)\s{1,3})?(?:(?i:ngày)\s{1,3})?"
    + _DM.format(p="a")
    + r"\s{0,3}(?:"
    + _DASH
    + r"|(?P<and>(?i:và))|(?i:đến)(?:\s{1,3}(?i:hết))?(?:\s{1,3}(?i:ngày))?)\s{0,3}"
    + _DM.format(p="b")
    + r"(?![\d/]|[.\-]\d)"
)
_NGAY_OPEN = re.compile(r"(?:(?i:từ)\s{1,3})?(?i:ngày)\s")
# "30/6 và 1/7" is one event over consecutive days only
_AND_RANGE_DAYS = 3
# ngày 15 và 16/7, ngày 15-17/7/2022, ngày 15, 16/7
_DAY_LIST = re.compile(
    r"(?:(?i:ngày|từ)\s{1,3}|(?P<par>\()\s{0,2})(?P<ad>\d{1,2})\s{0,3}"
    r"(?:,|(?i:và)|" + _DASH + r"|(?i:đến)"
    r"(?:\s{1,3}(?i:hết))?(?:\s{1,3}(?i:ngày))?)\s{0,3}"
    r"(?P<bd>\d{1,2})(?P<bs>[/\-])(?P<bm>\d{1,2})(?:(?P=bs)(?P<by>" + _YEAR + r"))?"
    r"(?![\d/]|[.\-]\d)"
)


def _day_list_ok(canon: str, m: re.Match[str]) -> bool:
    """``(17 - 18/5)`` needs its closing bracket: "(1 - 2/3 số phiếu)" is a fraction."""
    return not m.group("par") or canon[m.end() : m.end() + 3].lstrip().startswith(")")


_MONTH_RANGE = re.compile(
    r"(?i:từ)\s{1,3}(?i:tháng)\s{1,3}(?P<am>\d{1,2})(?:/(?P<ay>" + _YEAR + r"))?\s{0,3}"
    r"(?:" + _DASH + r"|(?i:đến))(?:\s{1,3}(?i:hết))?\s{0,3}(?i:tháng)\s{1,3}(?P<bm>\d{1,2})"
    r"(?:\s{0,3}(?:/|(?i:năm))\s{0,3}(?P<by>" + _YEAR + r"))?(?!\d)"
)


def _range_from(
    start_dm: tuple[int, int, int | None], end_dm: tuple[int, int, int | None], default_year
) -> tuple[dt.date, dt.date] | None:
    (ad, am, ay), (bd, bm, by) = start_dm, end_dm
    end_year = by or ay or default_year
    if end_year is None:
        return None
    start_year = ay or end_year
    end = _make(end_year, bm, bd)
    start = _make(start_year, am, ad)
    if start and end and start > end and ay is None:
        # 30/12 - 2/1/2023: the start is in the year before
        start = _make(start_year - 1, am, ad)
    if start is None or end is None or start > end:
        return None
    return start, end


def _int(value: str | None) -> int | None:
    return int(value) if value else None


def find_date_range(
    text: str, *, default_year: int | None = None
) -> tuple[dt.date, dt.date, int, int] | None:
    """The first date range in ``text``: (start, end, span start, span end).

    The year of the later end applies to the start when the start has none.

    >>> find_date_range("Từ ngày 30/6 - 1/7/2022, Hội nghị ...")[:2]
    (datetime.date(2022, 6, 30), datetime.date(2022, 7, 1))
    >>> find_date_range("Từ tháng 3 đến hết tháng 5/2024")[:2]
    (datetime.date(2024, 3, 1), datetime.date(2024, 5, 31))
    """
    canon = canon_same_length(text)
    best: tuple[dt.date, dt.date, int, int] | None = None
    for m in _DATE_RANGE.finditer(canon):
        if "/" not in (m.group("as"), m.group("bs")) and not _NGAY_OPEN.match(m.group(0)):
            continue  # "từ 1.5 đến 2.5 triệu", "tỷ số 2-1 - 3-2": not dates
        got = _range_from(
            (int(m.group("ad")), int(m.group("am")), _int(m.group("ay"))),
            (int(m.group("bd")), int(m.group("bm")), _int(m.group("by"))),
            default_year,
        )
        if got and m.group("and") and (got[1] - got[0]).days > _AND_RANGE_DAYS:
            got = None  # "ngày 3/2 và 19/5": two dates, not one event
        if got:
            best = (*got, m.start(), m.end())
            break
    for m in _DAY_LIST.finditer(canon):
        if best and m.start() >= best[2]:
            break
        if not _day_list_ok(canon, m):
            continue
        month = int(m.group("bm"))
        got = _range_from(
            (int(m.group("ad")), month, None),
            (int(m.group("bd")), month, _int(m.group("by"))),
            default_year,
        )
        if got:
            best = (*got, m.start(), m.end())
            break
    for m in _MONTH_RANGE.finditer(canon):
        if best and m.start() >= best[2]:
            break
        end_year = _int(m.group("by")) or _int(m.group("ay")) or default_year
        am, bm = int(m.group("am")), int(m.group("bm"))
        if end_year is None or not (1 <= am <= 12 and 1 <= bm <= 12):
            continue
        start_year = _int(m.group("ay")) or (end_year if am <= bm else end_year - 1)
        best = (dt.date(start_year, am, 1), month_end(end_year, bm), m.start(), m.end())
        break
    return best


# --- periods --------------------------------------------------------------------

_NUMBER_WORDS = {**NUMBER_WORDS, **TEEN_WORDS}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR_TAIL = r"(?:\s{0,3}(?:/|" + _DASH + r"|(?i:năm))\s{0,3}(?P<y>" + _YEAR + r"))?"
_HALF = re.compile(
    r"(?<!\w)(?:(?P<n>\d{1,2}|(?i:mười một|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))\s{1,3}"
    r"(?i:tháng)|(?P<half>(?i:nửa)))\s{1,3}(?P<side>(?i:đầu|cuối))\s{1,3}(?i:năm)"
    r"(?:\s{1,3}(?P<y>" + _YEAR + r"))?(?!\w)"
)
_QUARTER = re.compile(
    r"(?<!\w)(?i:qu[ýí])\s{1,3}(?P<q>IV|III|II|I|[1-4])(?![\w])" + _YEAR_TAIL + r"(?!\d)"
)
_MONTH = re.compile(
    r"(?<!\w)(?i:tháng)\s{1,3}(?P<m>\d{1,2})(?:\s{0,3}(?:/|(?i:năm))\s{0,3}(?P<y>" + _YEAR + r"))?"
    r"(?![\d/.,]\d)(?!\d)"
)
_SPAN_YEARS = re.compile(
    r"(?<!\w)(?P<kind>(?i:giai đoạn|nhiệm kỳ))\s{1,3}(?P<a>"
    + _YEAR
    + r")\s{0,3}"
    + _DASH
    + r"\s{0,3}(?P<b>"
    + _YEAR
    + r")(?!\d)"
)
_YEAR_ONLY = re.compile(r"(?<!\w)(?i:năm)\s{1,3}(?P<y>" + _YEAR + r")(?![\d/\-])")
_LABEL_ONLY = re.compile(r"(?<!\w)(?i:thời gian tới|giữa nhiệm kỳ)(?!\w)")
# Carrying a year from a later period stops at a sentence end or a line break.
_SENTENCE_END = re.compile(r"[.!?;\n]")
_CARRY_WINDOW = 300


def _period_dates(kind: str, m: re.Match[str], year: int | None):
    if year is None:
        return None, None
    if kind == "half":
        raw = (m.group("n") or "6").lower()  # "nửa đầu năm": the first half
        n = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw, 0)
        if not 1 <= n <= 12:
            return None, None
        if m.group("side").lower() == "đầu":
            return dt.date(year, 1, 1), month_end(year, n)
        return dt.date(year, 13 - n, 1), dt.date(year, 12, 31)
    if kind == "quarter":
        q = _ROMAN[m.group("q").lower()]
        return dt.date(year, 3 * q - 2, 1), month_end(year, 3 * q)
    if kind == "month":
        month = int(m.group("m"))
        if not 1 <= month <= 12:
            return None, None
        return dt.date(year, month, 1), month_end(year, month)
    if kind == "year":
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    return None, None


def find_periods(text: str, *, default_year: int | None = None) -> list[Period]:
    """Every period expression in ``text``, in order (§4.2).

    A period written without a year takes the year of the next period in the same
    sentence (titles write it once at the end), else ``default_year``; the label is
    the text as written plus the carried year.

    >>> [p.label for p in find_periods("sơ kết 6 tháng đầu năm, triển khai 6 tháng cuối năm 2022")]
    ['6 tháng đầu năm 2022', '6 tháng cuối năm 2022']
    >>> find_periods("quý III năm 2022")[0].end
    datetime.date(2022, 9, 30)
    """
    canon = canon_same_length(text)
    kept = _without_overlaps(_raw_periods(canon), _date_spans(text))
    out: list[Period] = []
    for i, item in enumerate(kept):
        period = _period_of(text, canon, kept, i, item, default_year)
        if period is not None:
            out.append(period)
    return out


_RawPeriod = tuple[int, int, str, "re.Match[str] | None", "int | None"]


def _date_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in find_dates(text, default_year=2000)]


def _raw_periods(canon: str) -> list[_RawPeriod]:
    """Every candidate period, longest first at equal start."""
    raw: list[_RawPeriod] = []
    for kind, rx in (("half", _HALF), ("quarter", _QUARTER), ("month", _MONTH)):
        for m in rx.finditer(canon):
            y = m.groupdict().get("y")
            raw.append((m.start(), m.end(), kind, m, int(y) if y else None))
    for m in _SPAN_YEARS.finditer(canon):
        raw.append((m.start(), m.end(), "span", m, None))
    for m in _YEAR_ONLY.finditer(canon):
        raw.append((m.start(), m.end(), "year", m, int(m.group("y"))))
    for m in _LABEL_ONLY.finditer(canon):
        raw.append((m.start(), m.end(), "label", None, None))
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    return raw


def _without_overlaps(raw: list[_RawPeriod], taken: list[tuple[int, int]]) -> list[_RawPeriod]:
    """Drop a candidate inside a longer one (6 tháng đầu năm 2022 ⊃ năm 2022) or a date."""
    kept: list[_RawPeriod] = []
    ti = 0
    last_end = -1
    for item in raw:
        start, end = item[0], item[1]
        if start < last_end:
            continue
        while ti < len(taken) and taken[ti][1] <= start:
            ti += 1
        if ti < len(taken) and taken[ti][0] < end:
            continue  # part of a date (ngày 15 tháng 5 năm 2016)
        kept.append(item)
        last_end = end
    return kept


def _period_of(
    text: str, canon: str, kept: list[_RawPeriod], i: int, item: _RawPeriod, default_year
) -> Period | None:
    start, end, kind, m, year = item
    label = text[start:end]
    if kind == "span":
        a, b = int(m.group("a")), int(m.group("b"))
        if m.group("kind").lower().startswith("giai") and a <= b:
            return Period(label, dt.date(a, 1, 1), dt.date(b, 12, 31), Span(start, end))
        return Period(label, None, None, Span(start, end))
    if kind == "label":
        return Period(label, None, None, Span(start, end))
    if year is None:
        year = _carried_year(canon, kept, i) or default_year
        if year is None and kind == "month":
            return None  # "tháng 8" with no year anywhere: too vague to report
        if year is not None:
            label = f"{label} {year}" if label.lower().endswith("năm") else f"{label} năm {year}"
    first, last = _period_dates(kind, m, year)
    if kind == "month" and first is None:
        return None  # "tháng 13" is no month
    return Period(label, first, last, Span(start, end))


def _carried_year(canon: str, kept, i: int) -> int | None:
    end = kept[i][1]
    for start2, _end2, kind2, _m, year2 in kept[i + 1 :]:
        if start2 - end > _CARRY_WINDOW or _SENTENCE_END.search(canon, end, start2):
            return None
        if kind2 in ("half", "quarter", "month") and year2 is not None:
            return year2
        if kind2 in ("half", "quarter", "month"):
            continue
        return None
    return None


def periods_sharing_year(text: str, *, default_year: int | None = None) -> list[Period]:
    """Alias of ``find_periods``, which already spreads a year written once.

    >>> [p.start.year for p in periods_sharing_year("9 tháng đầu năm, quý IV năm 2024")]
    [2024, 2024]
    """
    return find_periods(text, default_year=default_year)


def parse_period(text: str, *, default_year: int | None = None) -> Period | None:
    """The first period in ``text``, or None.

    >>> parse_period("giai đoạn 2021-2025").end
    datetime.date(2025, 12, 31)
    """
    periods = find_periods(text, default_year=default_year)
    return periods[0] if periods else None


# --- deadlines ------------------------------------------------------------------

_TRIGGER = (
    r"(?:(?i:trước(?:\s{1,3}thời\s{1,3}điểm)?|chậm nhất(?:\s{1,3}(?:là|đến|vào))?|"
    r"hạn chót(?:\s{1,3}là)?|hạn cuối|không quá|không muộn hơn|muộn nhất|xong trước|"
    r"hoàn thành(?:\s{1,3}trước)?|đến hết|trong(?=\s{1,3}ngày\s{1,3}\d)|"
    r"hạn(?:\s{1,3}(?:hoàn thành|nộp|gửi))?(?:\s{1,3}là)?)\s{0,3}[:,]?\s{0,3})"
)
# ``trước 16 giờ 00, thứ Năm, ngày 26/11/2026``: an hour and a weekday before the day
_DUE_WHEN = (
    r"(?:\d{1,2}\s?(?:giờ|h)(?:\s?\d{1,2}(?:\s?phút)?)?,?\s{1,3})?"
    r"(?:(?i:thứ\s{1,3}(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật),?\s{1,3})?"
)
_DUE_DAY = re.compile(
    _TRIGGER + _DUE_WHEN + r"(?:(?i:ngày)\s{1,3})?"
    r"(?P<d>\d{1,2})(?P<sep>[/\-.])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>" + _YEAR + r"))?(?![\d/])"
)
_DUE_WORDED = re.compile(
    _TRIGGER
    + _DUE_WHEN
    + r"(?:(?i:ngày)\s{1,3})?(?P<d>\d{1,2})\s{1,3}(?i:tháng)\s{1,3}(?P<m>\d{1,2})"
    r"(?:\s{0,3}(?i:năm)\s{0,3}(?P<y>" + _YEAR + r"))?(?!\d)"
)
_DUE_MONTH = re.compile(
    r"(?i:(?:hoàn thành(?:\s{1,3}xong)?\s{1,3})?(?:trong|hết|cuối|trước\s{1,3}cuối))"
    r"\s{1,3}(?i:tháng)\s{1,3}"
    r"(?P<m>\d{1,2})(?:\s{0,3}(?:/|(?i:năm))\s{0,3}(?P<y>" + _YEAR + r"))?(?![\d/])"
)
_DUE_QUARTER = re.compile(
    r"(?i:(?:hoàn thành(?:\s{1,3}xong)?\s{1,3})?(?:trong|hết|cuối|trước\s{1,3}cuối))"
    r"\s{1,3}(?i:qu[ýí])\s{1,3}"
    r"(?P<q>IV|III|II|I|[1-4])(?!\w)" + _YEAR_TAIL + r"(?!\d)"
)
# ``hoàn thành trong năm 2025``, and the end of a range: ``(chậm nhất / từ nay) đến hết năm
# 2025``, ``trước cuối năm 2025``
_DUE_YEAR = re.compile(
    r"(?i:(?:hoàn thành\s{1,3}(?:trong|trước\s{1,3}cuối)|(?:đến|trước)\s{1,3}(?:hết|cuối))"
    r"\s{1,3}năm)\s{1,3}(?P<y>" + _YEAR + r")(?!\d)"
)
# ``... trong năm 2027.``: a year that closes the clause bounds the work like a month
# does (``trong tháng 11.``); inside the clause (``trong năm 2025, tiếp tục ...``) it is
# the period the work belongs to
_IN_YEAR = re.compile(r"(?<!\w)(?i:trong)\s{1,3}(?i:năm)\s{1,3}(?P<y>" + _YEAR + r")(?!\d)")
_FROM = re.compile(r"(?<!\w)(?i:từ)\s{1,3}(?=(?i:ngày|tháng)?\s{0,3}\d)")
_TIME_LABEL = re.compile(
    r"(?i:thời\s{1,3}(?:gian|hạn)(?:\s{1,3}(?:thực hiện|hoàn thành))?)\s{0,3}:\s{0,3}"
)
# What may stand around a bare time expression that is the whole text
_BARE_PREFIX = re.compile(
    r"^[\s\-+•*]{0,6}(?:(?i:thời\s{1,3}(?:gian|hạn)(?:\s{1,3}(?:thực hiện|hoàn thành))?)"
    r"\s{0,3}:\s{0,3})?"
    r"(?:(?i:hoàn thành|thực hiện|tổ chức)\s{1,3})?(?:(?i:vào|trong)\s{1,3})?"
)
_BARE_SUFFIX = re.compile(r"^[\s.;,)/]{0,6}$")
# A date followed by hằng tháng/hằng năm is a rhythm, not one deadline
_RHYTHM_AFTER = re.compile(r"\s{0,3}(?i:hằng|hàng)\s{1,3}(?i:năm|tháng|quý|tuần)")


def _on_or_after(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    if reference is None:
        return None
    for year in range(reference.year, reference.year + 5):
        date = _make(year, month, day)
        if date is not None and date >= reference:
            return date
    return None


def _month_on_or_after(month: int, reference: dt.date | None) -> dt.date | None:
    if reference is None or not 1 <= month <= 12:
        return None
    end = month_end(reference.year, month)
    return end if end >= reference else month_end(reference.year + 1, month)


def _quarter_end(q: int, year: int | None, reference: dt.date | None) -> dt.date | None:
    if year is not None:
        return month_end(year, 3 * q)
    return _month_on_or_after(3 * q, reference)


_CLAUSE_END = re.compile(r"\s{0,3}(?:[.;]|$)")


def _due_candidates(canon: str, reference: dt.date | None):
    """(start, end, date or None) for each deadline phrase, unordered."""
    for step in (_due_days, _due_months, _due_quarters, _due_years, _due_ranges, _due_labels):
        yield from step(canon, reference)


def _due_days(canon: str, reference: dt.date | None):
    """``trước ngày 30/9/2024``, ``chậm nhất ngày 15 tháng 11``; a rhythm gives None."""
    for rx in (_DUE_DAY, _DUE_WORDED):
        for m in rx.finditer(canon):
            sep = m.groupdict().get("sep")
            if sep == "." and not m.group("y"):
                continue
            if sep == "-" and not m.group("y") and "ngày" not in m.group(0).lower():
                continue
            if _RHYTHM_AFTER.match(canon, m.end()):
                yield m.start(), m.end(), None
                continue
            month, day = int(m.group("m")), int(m.group("d"))
            if m.group("y"):
                date = _make(int(m.group("y")), month, day)
            else:
                date = _on_or_after(month, day, reference)
            yield m.start(), m.end(), date


def _month_is_due(canon: str, m: re.Match[str]) -> bool:
    """A month without a year is a deadline after ``hoàn thành``, after ``(chậm nhất)
    đến hết``, or when it closes the clause (``truyền đạt ... trong tháng 11.``)."""
    if canon[m.start() : m.start() + 10].lower().startswith("hoàn thành"):
        return True
    if canon[m.start() : m.start() + 3].lower() == "hết" and canon[
        max(0, m.start() - 6) : m.start()
    ].lower().endswith(("đến ", "nhất ")):
        return True
    return _CLAUSE_END.match(canon, m.end()) is not None


def _due_months(canon: str, reference: dt.date | None):
    for m in _DUE_MONTH.finditer(canon):
        month = int(m.group("m"))
        if _RHYTHM_AFTER.match(canon, m.end()) or not 1 <= month <= 12:
            continue
        if m.group("y"):
            yield m.start(), m.end(), month_end(int(m.group("y")), month)
        elif _month_is_due(canon, m):
            yield m.start(), m.end(), _month_on_or_after(month, reference)


def _due_quarters(canon: str, reference: dt.date | None):
    for m in _DUE_QUARTER.finditer(canon):
        year = _int(m.group("y"))
        if year is None and not canon[m.start() : m.start() + 10].lower().startswith("hoàn"):
            continue
        yield m.start(), m.end(), _quarter_end(_ROMAN[m.group("q").lower()], year, reference)


def _due_years(canon: str, reference: dt.date | None):
    for m in _DUE_YEAR.finditer(canon):
        yield m.start(), m.end(), dt.date(int(m.group("y")), 12, 31)
    for m in _IN_YEAR.finditer(canon):
        if _CLAUSE_END.match(canon, m.end()) and not _RHYTHM_AFTER.match(canon, m.end()):
            yield m.start(), m.end(), dt.date(int(m.group("y")), 12, 31)


def _due_ranges(canon: str, reference: dt.date | None):
    """An activity's own span ``từ ngày 15/4 đến ngày 20/4/2024``: due at its end (an
    anniversary ``(7/5/1954 - 7/5/2024)`` has no ``từ`` and is not a span of work)."""
    for m in _FROM.finditer(canon):
        rng = find_date_range(canon[m.start() : m.start() + 80], default_year=None)
        if rng is None and reference is not None:
            rng = find_date_range(canon[m.start() : m.start() + 80], default_year=reference.year)
        if rng and rng[2] == 0:
            yield m.start(), m.start() + rng[3], rng[1]


def _due_labels(canon: str, reference: dt.date | None):
    """``Thời gian: Quý II/2024``: the expression after an attribute label."""
    for m in _TIME_LABEL.finditer(canon):
        got = _bare_expression(canon, m.end(), _line_end(canon, m.end()), reference)
        if got:
            yield m.start(), got[2], got[0]


def _line_end(canon: str, pos: int) -> int:
    end = canon.find("\n", pos)
    return len(canon) if end < 0 else end


def _bare_expression(canon: str, start: int, end: int, reference: dt.date | None):
    """A date, range, month or quarter that fills ``canon[start:end]`` up to
    punctuation: (due date, start, end) or None."""
    segment = canon[start:end]
    if len(segment) > 80:
        segment = segment[:80]
    pre = _BARE_PREFIX.match(segment)
    offset = pre.end() if pre else 0
    body = segment[offset:]
    ref_year = reference.year if reference else None
    rng = find_date_range(body, default_year=ref_year)
    if rng and rng[2] == 0 and _BARE_SUFFIX.match(body[rng[3] :]):
        due = rng[1]
        if reference and due < reference and not re.search(_YEAR, body[: rng[3]]):
            due = _on_or_after(due.month, due.day, reference) or due
        return due, start + offset, start + offset + rng[3]
    m = re.match(r"(?i:ngày\s{1,3})?", body)
    lead = m.end() if m else 0
    for rx in (_NUMERIC, _WORDED):
        dm = rx.match(body, lead if rx is _NUMERIC else 0)
        if dm and _BARE_SUFFIX.match(body[dm.end() :]):
            month, day = int(dm.group("m")), int(dm.group("d"))
            if dm.group("y"):
                date = _make(int(dm.group("y")), month, day)
            elif dm.groupdict().get("sep", "/") == "/":
                date = _on_or_after(month, day, reference)
            else:
                date = None
            if date:
                return date, start + offset, start + offset + dm.end()
    qm = _QUARTER.match(body)
    if qm and _BARE_SUFFIX.match(body[qm.end() :]):
        date = _quarter_end(_ROMAN[qm.group("q").lower()], _int(qm.group("y")), reference)
        if date:
            return date, start + offset, start + offset + qm.end()
    mm = re.match(
        r"(?i:tháng)\s{1,3}(?P<m>\d{1,2})(?:\s{0,3}(?:/|(?i:năm))\s{0,3}(?P<y>" + _YEAR + r"))?",
        body,
    )
    if mm and _BARE_SUFFIX.match(body[mm.end() :]):
        month = int(mm.group("m"))
        if 1 <= month <= 12:
            y = _int(mm.group("y"))
            date = month_end(y, month) if y else _month_on_or_after(month, reference)
            if date:
                return date, start + offset, start + offset + mm.end()
    return None


def find_deadline(text: str, *, reference: dt.date | None) -> tuple[dt.date, int, int] | None:
    """The due date a task's own text sets: (date, span start, span end) or None.

    Deadline phrases (``trước ngày 30/9/2024``, ``chậm nhất ngày 15-11-2024``,
    ``hoàn thành trong tháng 11/2024``, ``trong quý IV/2024``, ``Thời gian: ...``) or a
    text that is only a time expression (``Quý II/2024``, ``Từ tháng 3 đến hết tháng
    5/2024``). A date without a year takes the first year that puts it on or after
    ``reference`` (the document date). The first phrase in the text wins. Rhythms
    (``thường xuyên``, ``trước ngày 20 hằng tháng``), anniversaries and bare dates
    inside the sentence give None.

    >>> find_deadline("gửi biên bản trong ngày 06/11.", reference=dt.date(2024, 11, 5))[0]
    datetime.date(2024, 11, 6)
    >>> find_deadline("hoàn thành trước 16 giờ 00, thứ Năm, ngày 26/11/2026", reference=None)[0]
    datetime.date(2026, 11, 26)
    >>> find_deadline("gửi báo cáo trước ngày 25/11.", reference=dt.date(2024, 10, 9))[0]
    datetime.date(2024, 11, 25)
    >>> find_deadline("tuyên truyền Quốc khánh 2/9", reference=dt.date(2024, 6, 21)) is None
    True
    """
    canon = canon_same_length(text)
    best = _bare_expression(canon, 0, len(canon), reference)
    if best is not None:
        return best
    for start, end, date in _due_candidates(canon, reference):
        if date is None:
            continue
        if best is None or start < best[1]:
            best = (date, start, end)
    return best
