"""Meetings: the conferences an article or a notice reports on (domain-vi §4).

A meeting is read from the lead sentence, ``<date>, <host> tổ chức <Hội nghị ...>``:
the host is the subject of ``tổ chức``, the title is the ``Hội nghị ...`` phrase (two
meetings joined by ``và Hội nghị`` are two meetings), the dates come from the date that
opens the sentence. A sentence whose date is not at its start (a cited document's date),
or is later than the publication date (a planned meeting), reports no meeting; neither do
achievements (``đã phối hợp tổ chức Hội nghị ...`` with no date) nor tasks.

When no lead sentence is found, an article may still report one meeting: its title is a
meeting (``Hội nghị ...``), or the body says ``Tại buổi gặp mặt, ...`` / ``Tại Hội nghị,
...`` and names people with roles. Then the dates are those stated, or null.

The kind comes from the title (§4.1); the period reviewed is the first period of the
title before ``triển khai`` / ``phương hướng`` (the year written once at the end applies
to both), or for a review with no period in its title the period that opens the body
(``Năm 2023, ...``). A date written without a year takes the year that puts it nearest
the end of that period, else the publication year (never after publication).
"""

from __future__ import annotations

import datetime as dt
import re

from reports.extraction.dates import find_date_range, find_dates, find_periods
from reports.extraction.lexicon import RELATED_NEWS
from reports.extraction.normalize import canon_same_length, fold
from reports.extraction.types import Meeting, Paragraph, Participant, Period, Segmented, Span, Unit
from reports.extraction.units import canonical_unit, find_unit_mentions, issuing_unit

_NOUN = (
    r"(?:[Hh]ội nghị|[Hh]ội thảo|[Tt]ọa đàm|[Dd]iễn đàn|(?:[Bb]uổi |[Cc]uộc )?[Gg]ặp mặt|"
    r"(?:[Bb]uổi |[Cc]uộc )?[Gg]ặp gỡ|[Ll]ớp tập huấn|[Ll]ớp bồi dưỡng|[Hh]ội thi|[Đđ]ại hội|"
    r"[Ll]ễ(?= [a-zđ]))"
)
# ``tổ chức``, and the verbs that open a meeting or a course (``khai mạc``, ``khai giảng``,
# ``mở lớp``); not ``phát biểu khai mạc Hội nghị`` (a speech).
_ORGANISE_RX = re.compile(
    r"(?<![^\W\d_])(?:tổ chức|(?<!biểu\s)khai mạc|khai giảng|mở)\s{1,3}"
    r"(?:thành công\s{1,3}|trọng thể\s{1,3})?(?P<noun>" + _NOUN + r")(?![^\W\d_])"
)
_NOUN_AT_RX = re.compile(r"\s*(?P<noun>" + _NOUN + r")(?![^\W\d_])")
# ``Ngày 4/10, đồng chí X chủ trì hội nghị giao ban ...``
_CHAIRED_RX = re.compile(
    r"(?<![^\W\d_])(?:chủ trì|điều hành)\s+(?P<noun>" + _NOUN + r")(?![^\W\d_])"
)
# ``THÔNG BÁO kết luận ... tại hội nghị giao ban ...``: the meeting a notice concludes
_NOTICE_MEETING_RX = re.compile(r"(?<![^\W\d_])tại\s+(?P<noun>" + _NOUN + r")(?![^\W\d_])")
_NOUN_AT_START_RX = re.compile(r"^\s*(?P<noun>" + _NOUN + r")(?![^\W\d_])")
# Where a meeting title stops inside its sentence.
_TITLE_STOP_RX = re.compile(
    r"\s(?:tại|vào (?:ngày|sáng|chiều|tối)|với sự|dưới sự|có sự|nhằm)\s|[;]|\.(?:\s|$)|"
    # the format and the audience size are not part of the name: ``... theo hình thức
    # trực tuyến``, ``... cho hơn 120 học viên``
    r"\s(?:theo|bằng|dưới) hình thức\s|\scho\s(?:hơn|gần|trên|khoảng|\d)|"
    r",\s(?:với|nhằm|tại|có|dưới)\s"
)
_SECOND_RX = re.compile(r"\svà\s(?=" + _NOUN + r"\s)")
# A dot between digits (``Chiều 15.5,``, ``21.10.2023``) does not end a sentence, nor
# does the dot of a heading's own marker (``I. CÔNG TÁC CHUẨN BỊ``, ``2. Kết quả``).
_SENTENCE_RX = re.compile(
    r"(?:^\s*(?:[IVX]{1,5}|\d{1,2})\.\s)?(?:[^.!?]|(?<=\d)\.(?=\d)){1,2000}[.!?]*"
)
# A lead sentence opens with its date: ``Chiều ngày 8/7/2019,``, ``Từ ngày 30/6 - 1/7,``.
_LEAD_WINDOW = 40
# What may stand before a lead sentence's date: ``Chiều ngày``, ``Vào sáng``, ``Từ ngày``,
# ``Trong hai ngày``, a weekday, ``Sáng nay (``, ``Hôm qua (``, a clock time (``Vào lúc 8 giờ
# ngày``, ``Hồi 14h30 ngày``); the date itself may stand in brackets (§4.3).
_LEAD_OPENER_RX = re.compile(
    # a news agency's tag (``(HLO) - ``, ``BTG - ``), a dateline dash or a bullet may open
    # the line (``- Ngày 28-12, ...``)
    r"\s*(?:\([A-ZĐ][A-ZĐa-z.&]{1,14}\)\s{0,3}[-–:]?\s{0,3}|[A-ZĐ][A-ZĐ.&]{1,9}\s{1,3}[-–]\s{1,3})?"
    r"(?:[-–•*+]\s{1,3})?(?:(?:vào|sáng|chiều|tối|trưa|hôm|nay|qua|từ|ngày|trong|hai|ba|các|thứ|"
    r"tư|năm|sáu|bảy|chủ nhật|lúc|hồi|khoảng|[2-7]|\d{1,2}(?=\s{1,3}ngày)|"
    r"\d{1,2}\s?(?:giờ|h)(?:\s?\d{1,2}(?:\s?phút)?)?)[\s,(]{1,3}){0,8}",
    re.IGNORECASE,
)
_TAI_RX = re.compile(r"^\s*Tại\s+(?P<noun>" + _NOUN + r")(?P<rest>[^,.;]{0,120})[,.;]", re.I)
# ``theo kế hoạch``, ``sẽ``: a planned meeting; a plan cited by its number (``Thực hiện Kế
# hoạch số 12-KH/TU``) is a document, not a sign of the future.
_FUTURE_RX = re.compile(r"\b(?:sẽ|dự kiến|kế hoạch(?!\s+(?:số\s+)?\d))\b", re.IGNORECASE)
_NEXT_PART_RX = re.compile(r"\b(?:triển khai|phương hướng|nhiệm vụ|kế hoạch)\b", re.IGNORECASE)
_RELATED_RX = RELATED_NEWS
# §4.1 kinds by their cue words; the cue met first in the title decides.
_KIND_CUES: tuple[tuple[str, str], ...] = (
    (r"sơ kết", "so_ket"),
    (r"tổng kết", "tong_ket"),
    (r"giao ban|phiên thường kỳ", "giao_ban"),
    (r"báo cáo viên", "bao_cao_vien"),
    (r"tập huấn|bồi dưỡng", "tap_huan"),
    (r"hội thảo|tọa đàm|diễn đàn", "hoi_thao"),
    (r"gặp mặt|gặp gỡ", "gap_mat"),
    (r"chuyên đề", "chuyen_de"),
    (r"học tập|quán triệt|hội thi|đại hội|lễ|công bố", "khac"),
)
# matched on the folded title: a tone mark misread by OCR (``chuyên để``) or typed in the
# old style changes no kind
_KIND_RX = re.compile(
    "|".join(
        rf"(?P<k{i}>(?<![a-z])(?:{fold(rx)})(?![a-z]))" for i, (rx, _) in enumerate(_KIND_CUES)
    )
)
# Kinds whose period is the one they review; a training's ``năm 2022`` is not a review.
_NO_PERIOD_KINDS = frozenset({"tap_huan", "hoi_thao", "khac", "bao_cao_vien"})
_BODY_PERIOD_KINDS = frozenset({"so_ket", "tong_ket", "giao_ban", "gap_mat", "chuyen_de"})
_HOST_TRIM_RX = re.compile(
    r"\s*(?:\([^()]{1,20}\)|đã|vừa|chính thức|long trọng|trang trọng|cũng|sẽ|phối hợp|"
    r"tiếp tục|lần đầu|đồng loạt|định kỳ)\s*$"
)
# How long before the end of the period it reviews a review meeting may be held.
_REVIEW_SLACK = dt.timedelta(days=60)
# How many characters (``đã``, ``vừa``, an acronym) may follow the host before ``tổ chức``.
_HOST_SLACK = 30
_UNIT_START_RX = re.compile(
    r"^(?:Ban|Đảng ủy|Đảng bộ|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Ủy ban|Sở|"
    r"Hội(?! nghị| thảo| thi)|Báo|Đài|"
    r"Trường|Trung tâm|Văn phòng|Chi bộ|Đoàn|Mặt trận|Bộ|Học viện|Viện|Cục|Vụ|Phòng|Liên"
    # a committee's standing members meet as a body (``Thường trực Huyện ủy họp ...``)
    r"|Thường trực(?= (?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy| Hội đồng| HĐND))\b"
)


def kind_of(title: str) -> str:
    """The contract kind of a meeting from its title (§4.1).

    >>> kind_of("Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm")
    'so_ket'
    """
    m = _KIND_RX.search(fold(title))
    if not m:
        return "khac"
    for i, (_, kind) in enumerate(_KIND_CUES):
        if m.group(f"k{i}"):
            return kind
    return "khac"


def _tidy(value: str) -> str:
    value = " ".join(value.split()).strip(" ,;:.“”\"'")
    # a title ending on a quoted name keeps its closing quote
    if value.count('"') % 2:
        value += '"'
    if value.count("“") > value.count("”"):
        value += "”"
    return value


def _paragraphs(seg: Segmented) -> list[Paragraph]:
    out = []
    for p in seg.paragraphs:
        if _RELATED_RX.match(p.text):
            break
        if p.kind in ("body", "heading") and not p.text.lstrip().startswith("•"):
            out.append(p)
    return out


def _sentences(p: Paragraph):
    canon = canon_same_length(p.text)
    for m in _SENTENCE_RX.finditer(canon):
        if m.group(0).strip():
            yield m.start(), m.group(0), p


def _title_from(canon: str, start: int) -> tuple[list[tuple[int, int]], str | None]:
    """Titles starting at ``start``: one, or two joined by ``và Hội nghị``; and a location."""
    stop = _TITLE_STOP_RX.search(canon, start)
    end = stop.start() if stop else len(canon)
    location = None
    if stop and stop.group(0).strip().startswith("tại"):
        loc = re.match(r"[^,.;]{1,120}", canon[stop.end() :])
        location = _tidy(loc.group(0)) if loc else None
    parts: list[tuple[int, int]] = []
    pos = start
    for m in _SECOND_RX.finditer(canon, start, end):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, end))
    return parts, location


def _lead_date(
    sentence: str,
    upto: int,
    *,
    reference: dt.date | None,
    period_end: dt.date | None,
    after_clause: bool = False,
) -> tuple[dt.date | None, dt.date | None, int] | None:
    """Dates opening ``sentence`` (before ``upto``): (start, end, where the date ends);
    start and end are None when the year cannot be known.

    With ``after_clause``, the dated clause may follow an opening clause: ``Hướng tới kỷ
    niệm ..., sáng 15/5, Ban X tổ chức``, ``Thực hiện Kế hoạch số 12 ngày 10/3, ngày 15/5,
    Ban X tổ chức`` (the last comma-led dated clause before ``upto``, nothing dated after it).
    """
    got = _lead_date_at(sentence[:upto], reference=reference, period_end=period_end)
    if got is not None or not after_clause:
        return got
    head = sentence[:upto]
    if len(head) > _CLAUSE_WINDOW:
        return None
    for clause in reversed(list(_CLAUSE_BREAK_RX.finditer(head))):
        base = clause.end()
        got = _lead_date_at(head[base:], reference=reference, period_end=period_end)
        if got is not None:
            if find_dates(head[base + got[2] :], default_year=2000):
                return None  # another date after it: not the lead's own
            return got[0], got[1], base + got[2]
    return None


# How long an opening clause plus the dated clause and the host may be, and where a clause
# starts (after a comma).
_CLAUSE_WINDOW = 400
_CLAUSE_BREAK_RX = re.compile(r",\s")


def _lead_date_at(
    head: str, *, reference: dt.date | None, period_end: dt.date | None
) -> tuple[dt.date | None, dt.date | None, int] | None:
    probe = find_dates(head[: _LEAD_WINDOW + 40], default_year=2000)
    if not probe or probe[0].start > _LEAD_WINDOW:
        return None
    if not _LEAD_OPENER_RX.fullmatch(head[: probe[0].start]):
        return None  # the date of something else (a cited document), not of the lead
    first = probe[0]
    year = None
    if first.has_year:
        year = first.date.year
    else:
        year = _year_for(first.date.month, first.date.day, reference, period_end)
    if year is None:
        return None, None, first.end  # a lead date whose year cannot be known
    rng = find_date_range(head, default_year=year)
    if rng and rng[2] <= _LEAD_WINDOW:
        return rng[0], rng[1], rng[3]
    dates = find_dates(head, default_year=year)
    if not dates:
        return None
    return dates[0].date, dates[0].date, dates[0].end


def _year_for(
    month: int, day: int, reference: dt.date | None, period_end: dt.date | None
) -> int | None:
    """Year of a day written without one: nearest the end of the reviewed period, else
    the latest year that does not put it after the publication date."""

    def make(year: int) -> dt.date | None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None

    if period_end is not None:
        options = [d for y in (period_end.year, period_end.year + 1) if (d := make(y))]
        if reference is not None:
            options = [d for d in options if d <= reference] or options
        if options:
            return min(options, key=lambda d: abs((d - period_end).days)).year
    if reference is not None:
        for year in (reference.year, reference.year - 1):
            d = make(year)
            if d is not None and d <= reference:
                return year
    return None


def _review_period(title: str, *, default_year: int | None) -> Period | None:
    """The period a meeting reviews: the first in its title before the next-period words."""
    canon = canon_same_length(title)
    future = _NEXT_PART_RX.search(canon)
    for p in find_periods(title, default_year=default_year):
        if p.span is not None and future is not None and p.span.start >= future.start():
            break
        if p.start is not None:
            return _first_months(canon, p)
    return None


_MONTHS_BEFORE_RX = re.compile(r"(?<!\w)(?P<n>\d{1,2})\s{1,3}tháng\s{1,3}$", re.IGNORECASE)


def _first_months(canon: str, period: Period) -> Period:
    """``9 tháng năm 2023`` (no ``đầu``): the first nine months of that year."""
    if period.span is None or period.start is None:
        return period
    m = _MONTHS_BEFORE_RX.search(canon[max(0, period.span.start - 12) : period.span.start])
    if not m or not 1 <= int(m.group("n")) < 12 or period.end != dt.date(period.start.year, 12, 31):
        return period
    year, months = period.start.year, int(m.group("n"))
    end = dt.date(year, months + 1, 1) - dt.timedelta(days=1)
    start_at = period.span.start - len(m.group(0))
    return Period(f"{m.group(0)}{period.label}", period.start, end, Span(start_at, period.span.end))


def _opening_period(paragraphs: list[Paragraph], reference: dt.date | None) -> Period | None:
    """``Năm 2023, ...`` opening the body: the period the article looks back on."""
    for p in paragraphs[:2]:
        for period in find_periods(p.text[:60]):
            if period.span is None or period.span.start > 12 or period.start is None:
                continue
            if reference is None or period.start <= reference:
                return period
    return None


def _canonical_host(name: str | None, units: tuple[Unit, ...]) -> str | None:
    return canonical_unit(name, units) if name else None


def _host_from_prefix(prefix: str) -> str | None:
    """The subject of ``tổ chức``: the last clause before it, without ``đã``, ``vừa``,
    a bracketed acronym or the partner after ``phối hợp với``; a unit name with commas
    (``Sở Văn hóa, Thể thao và Du lịch``) is taken whole from the unit finder."""
    body = re.split(r"\s(?:phối hợp với|phối hợp cùng|cùng với)\s", prefix)[0] if prefix else ""
    chunk = re.split(r",\s", body)[-1]
    chunk = re.split(r"\s(?:và)\s(?=" + _UNIT_START_RX.pattern[1:] + ")", chunk)[0]
    previous = None
    while previous != chunk:
        previous = chunk
        chunk = _HOST_TRIM_RX.sub("", chunk)
    chunk = _tidy(chunk)
    if chunk and not _UNIT_START_RX.match(chunk):
        # ``..., Sở Văn hóa, Thể thao và Du lịch tổ chức``: the comma cut a unit name
        for name, _start, end in reversed(find_unit_mentions(body)):
            if end >= len(body.rstrip()) - _HOST_SLACK and name.endswith(chunk):
                return _tidy(name)
    if not chunk or not chunk[0].isupper() or len(chunk) > 150:
        return None
    return chunk


_HEAD_OF_RX = re.compile(
    r"^(?:Phó\s+)?(?:(?P<ban>Trưởng\s+[Bb]an)|Bí thư|Chủ tịch|Giám đốc|Chủ nhiệm|"
    r"Tổng Biên tập|Viện trưởng|Hiệu trưởng)(?:\s+Thường trực)?\s+(?=[^\W\d_])"
)


def _unit_of_chair(people: tuple[Participant, ...]) -> str | None:
    """The unit the (first) chair heads, from the last post of their position."""
    for person in people:
        if "chair" not in person.roles or not person.position:
            continue
        post = person.position.split(",")[-1].strip()
        m = _HEAD_OF_RX.match(post)
        if not m:
            return None
        unit = ("Ban " if m.group("ban") else "") + post[m.end() :]
        return unit if _UNIT_START_RX.match(unit) else None
    return None


_TITLE_AFTER_UNIT_RX = re.compile(
    r"(?=" + _UNIT_START_RX.pattern[1:] + r")[^:]{3,120}:\s+(?=" + _NOUN + r"(?![^\W\d_]))"
)


def _host_from_title(title: str | None) -> str | None:
    """``Đảng ủy Khối ...: Tăng cường ...``: a unit heading the article title."""
    if not title or ":" not in title:
        return None
    head = title.split(":", 1)[0].strip()
    return head if _UNIT_START_RX.match(head) and len(head) <= 120 else None


def _host_on_behalf(paragraphs: list[Paragraph]) -> str | None:
    """``thay mặt Ban Thường vụ Đảng ủy X``: the committee its standing board speaks for."""
    for p in paragraphs:
        m = re.search(r"thay mặt\s+(?P<u>[^,.;]{3,120})", canon_same_length(p.text))
        if m:
            unit = p.text[m.start("u") : m.end("u")]
            unit = re.sub(r"^(?:Ban Thường vụ|Thường trực|Ban Chấp hành)\s+", "", unit)
            if _UNIT_START_RX.match(unit):
                return _tidy(unit)
    return None


def _meeting(
    title: str,
    *,
    dates: tuple[dt.date, dt.date] | None,
    host: str | None,
    people: tuple[Participant, ...],
    span: Span | None,
    location: str | None,
    reference: dt.date | None,
    opening: Period | None,
) -> Meeting:
    kind = kind_of(title)
    period = None
    if kind not in _NO_PERIOD_KINDS:
        when = dates[0] if dates else reference
        period = _review_period(title, default_year=None)
        if period is None and when is not None:
            # no year in the title: the reviewed period ends before (or soon after) the
            # meeting; a January review of ``công tác năm`` is about the year before
            period = _review_period(title, default_year=when.year)
            if period is not None and period.end and period.end > when + _REVIEW_SLACK:
                period = _review_period(title, default_year=when.year - 1)
        if period is None and kind in _BODY_PERIOD_KINDS:
            period = opening
    return Meeting(
        title=title,
        kind=kind,
        start_date=dates[0] if dates else None,
        end_date=dates[1] if dates else None,
        period=period,
        host_unit=host,
        participants=people,
        span=span,
        location=location,
    )


def find_meetings(
    seg: Segmented, *, participants: tuple[Participant, ...], units: tuple[Unit, ...]
) -> tuple[Meeting, ...]:
    """The meetings the document reports on, the first one carrying the participants.

    >>> from reports.extraction.segment import segment
    >>> seg = segment("Tin\\nNgày 28/12/2022, Ban Tuyên giáo Tỉnh ủy X tổ chức Hội nghị "
    ...               "tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023.")
    >>> m = find_meetings(seg, participants=(), units=())[0]
    >>> m.kind, m.start_date.isoformat(), m.period.label, m.host_unit
    ('tong_ket', '2022-12-28', 'năm 2022', 'Ban Tuyên giáo Tỉnh ủy X')
    """
    paragraphs = _paragraphs(seg)
    reference = seg.published
    people = tuple(participants)
    opening = _opening_period(paragraphs, reference)
    # The lead is among the first paragraphs; a dated ``tổ chức Hội nghị`` further down
    # is an earlier event the article recalls.
    for index, (offset, sentence, p) in enumerate(
        s for para in paragraphs[:_LEAD_PARAGRAPHS] for s in _sentences(para)
    ):
        found = _lead_meetings(
            sentence,
            offset,
            p,
            index=index,
            reference=reference,
            units=units,
            article=seg.genre == "article" and _names_a_meeting(seg.title),
        )
        if found and found[0][2] is None:
            # ``đồng chí X, Trưởng ban Tuyên giáo Huyện ủy chủ trì hội nghị``: the body the
            # chair heads hosts it
            host = _canonical_host(_unit_of_chair(people), units)
            found = [(t, d, host, sp, loc) for t, d, _h, sp, loc in found]
        if found:
            found += _later_meetings(paragraphs, found, reference=reference, units=units)
            found = [_with_closing(f, paragraphs, reference) for f in found]
            parts = _parts(found, people)
            return tuple(
                _meeting(
                    title,
                    dates=dates,
                    host=host or (found[0][2] if i else None),
                    people=parts[i],
                    span=span,
                    location=location,
                    reference=reference,
                    opening=opening,
                )
                for i, (title, dates, host, span, location) in enumerate(found)
            )
    return _fallback(seg, paragraphs, people, units, reference, opening)


def _later_meetings(
    paragraphs: list[Paragraph],
    found: list[tuple],
    *,
    reference: dt.date | None,
    units: tuple[Unit, ...],
) -> list[tuple]:
    """Further meetings one article reports on (``Ngày 12/8, ... tổ chức Hội nghị báo cáo
    viên ... Ngày 13/8, Ban ... tiếp tục tổ chức Hội nghị giao ban ...``): a sentence
    after the lead, in a later paragraph or in the lead's own, that opens with its own
    date and ``tổ chức <meeting>``, on a day from the first meeting's to the publication
    date, with another title. Earlier events an article recalls are dated before its
    meeting and stay out; a sentence that only mentions a date names no meeting."""
    first = found[0]
    if not first[1] or not first[3]:
        return []
    lead_end = first[3].end
    titles = {t.lower() for t, *_ in found}
    out: list[tuple] = []
    for offset, sentence, p in (s for para in paragraphs for s in _sentences(para)):
        if p.start + offset < lead_end or len(out) >= _MAX_MEETINGS:
            continue
        if _WITHIN_RX.search(sentence):
            continue  # ``trong khuôn khổ hội nghị, … tổ chức Lễ ký kết …``: part of it
        sentence = _next_day_written(sentence, first[1][0])
        got = _lead_meetings(
            sentence, offset, p, index=_OPENING_SENTENCES, reference=reference, units=units
        )
        for title, dates, host, span, location in got or ():
            if not dates or dates[0] < first[1][0] or title.lower() in titles:
                continue
            titles.add(title.lower())
            out.append((title, dates, host, span, location))
    return out


# ``Tối hôm sau, …``: the day after the first meeting's
_NEXT_DAY_RX = re.compile(
    r"^(\s*(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s|[Nn]gày\s))hôm sau(?=[\s,])"
)


def _next_day_written(sentence: str, first_day: dt.date) -> str:
    """``sentence`` with ``hôm sau`` written as the day after ``first_day`` (``18/12``),
    padded to the same length so that spans into the paragraph stay right."""
    m = _NEXT_DAY_RX.match(sentence)
    if m is None:
        return sentence
    day = first_day + dt.timedelta(days=1)
    written = f"{day.day}/{day.month}".ljust(len("hôm sau"))
    return sentence[: m.end(1)] + written + sentence[m.end() :]


# an event held as part of the meeting the article reports: no meeting of its own
_WITHIN_RX = re.compile(
    r"(?<![^\W\d_])(?:trong khuôn khổ|bên lề|nhân dịp này|dịp này|tại hội nghị)(?![^\W\d_])",
    re.IGNORECASE,
)
# ``bế giảng`` closes a course: ``Ngày 30/11, lớp học bế giảng``, ``... bế giảng vào
# ngày 30/11/2027``, ``tổ chức bế giảng lớp``
_CLOSING_RX = re.compile(r"(?<![^\W\d_])bế giảng(?![^\W\d_])", re.IGNORECASE)
_CLOSING_DATE_WINDOW = 30
# How long a course may run from its opening to its closing day.
_COURSE_SPAN = dt.timedelta(days=120)


def _with_closing(found: tuple, paragraphs: list[Paragraph], reference: dt.date | None):
    """A course dated by its opening day (``khai giảng``) ends on the day the text says it
    closed (``bế giảng``): the date opening that sentence or following ``bế giảng``, on
    or after the opening day, within a course's span and not after publication."""
    title, dates, host, span, location = found
    if kind_of(title) != "tap_huan" or not dates or dates[0] != dates[1] or span is None:
        return found
    for p in paragraphs:
        for offset, sentence, _p in _sentences(p):
            if p.start + offset + len(sentence) <= span.start:
                continue
            closing = _CLOSING_RX.search(sentence)
            end = _closing_date(sentence, closing, dates[0]) if closing else None
            if (
                end
                and dates[0] < end <= dates[0] + _COURSE_SPAN
                and not (reference and end > reference)
            ):
                return title, (dates[0], end), host, span, location
    return found


def _closing_date(sentence: str, closing: re.Match[str], start: dt.date) -> dt.date | None:
    """The date after ``bế giảng`` (``vào ngày 30/11``), else the one opening the sentence;
    a day without a year falls on or after ``start``."""
    after = find_dates(sentence[closing.end() :], default_year=start.year)
    if after and after[0].start <= _CLOSING_DATE_WINDOW:
        got = after[0]
    else:
        opening = find_dates(sentence[: _LEAD_WINDOW + 40], default_year=start.year)
        if not opening or not _LEAD_OPENER_RX.fullmatch(sentence[: opening[0].start]):
            return None
        got = opening[0]
    date = got.date
    if not got.has_year and date < start:
        try:
            date = date.replace(year=date.year + 1)
        except ValueError:
            return None
    return date


def _parts(found: list[tuple], people: tuple[Participant, ...]) -> list[tuple]:
    """The participants of each meeting: with one meeting, all; with several, those named
    in the meeting's part of the text (from its lead to the next meeting's lead); people
    named before the second lead belong to the first."""
    # meetings named in one lead sentence (``Hội nghị A và Hội nghị B``) share one part,
    # whose people go on the first of them
    leads = [i for i, f in enumerate(found) if i == 0 or f[3] != found[i - 1][3]]
    if len(leads) == 1:
        return [people] + [()] * (len(found) - 1)
    bounds = [found[i][3].start if found[i][3] else 0 for i in leads[1:]]
    parts: list[list[Participant]] = [[] for _ in found]
    for person in people:
        starts = [sp.start for sp in person.spans] or [0]
        for k, i in enumerate(leads):
            lo = bounds[k - 1] if k else -1
            hi = bounds[k] if k < len(bounds) else float("inf")
            if any(lo <= s < hi for s in starts):
                parts[i].append(person)
    return [tuple(p) for p in parts]


def meeting_at(meetings: tuple[Meeting, ...], pos: int) -> int | None:
    """Index of the meeting in whose part of the text ``pos`` stands (the last meeting
    whose lead starts before it), or None without meetings.

    >>> m = [Meeting("a", "khac", None, None, None, None, (), Span(10, 20)),
    ...      Meeting("b", "khac", None, None, None, None, (), Span(50, 60))]
    >>> meeting_at(tuple(m), 5), meeting_at(tuple(m), 30), meeting_at(tuple(m), 70)
    (0, 0, 1)
    """
    if not meetings:
        return None
    index = 0
    for i, m in enumerate(meetings):
        if m.span and m.span.start <= pos:
            index = i
    return index


# How many opening sentences may report a meeting without a date opening them, or in
# the shapes ``<date>, Hội nghị ... diễn ra`` and ``<date>, <unit> tổng kết ...``.
_OPENING_SENTENCES = 3
# More than this many meetings in one article are not reported on, they are listed.
_MAX_MEETINGS = 3
_LEAD_PARAGRAPHS = 4
# A meeting's own date later in its sentence: ``vào ngày``, ``trong hai ngày``, ``sáng``.
_WHEN_CUE_RX = re.compile(
    r"(?:(?:vào|trong)(?:\s+[^\W\d_]+){0,2}|(?:sáng|chiều|tối|trưa)(?:\s+ngày)?)\s+$",
    re.IGNORECASE,
)
# A sentence that opens with its host (a unit name, no clause and no ``đã`` before
# ``tổ chức``: not ``Năm qua, Ban ... đã tổ chức ...``, an achievement).
_OPENS_WITH_HOST_RX = re.compile(
    r"^\s*" + _UNIT_START_RX.pattern[1:] + r"(?:(?!\bđã\b)[^,;:()]){0,150}$"
)
_JUST_HELD_RX = re.compile(r"(?<![^\W\d_])(?:vừa|mới đây)(?![^\W\d_])", re.IGNORECASE)
_NOUN_TITLE_STOP_RX = re.compile(
    r"\s(?:của|do|đã|được|diễn ra|khai mạc|tại|vào|dưới sự)\s|[;,]\s(?:tại|với|do|dưới sự)\s"
    r"|\.(?:\s|$)"
)
_VERB_LEAD_RX = re.compile(
    r"^(?P<host>[^,;.]{3,150}?)\s(?:đã\s|vừa\s)?(?:họp\s|tổ chức\s)?"
    r"(?P<verb>sơ kết|tổng kết|giao ban|tập huấn|(?<=họp\s)[^\W\d_])"
)
_HOST_AFTER_RX = re.compile(
    r"\s(?:do|của)\s(?P<host>[^,;.]{3,150}?)(?:\s(?:tổ chức|đã|vừa|được|diễn ra|khai mạc|tại)\b|"
    r"[,;.]|$)"
)


def _names_a_meeting(title: str | None) -> bool:
    """The article's title is about a meeting (``... tổ chức hội nghị tập huấn ...``,
    ``Sơ kết công tác ...``): its lead may then report that meeting without a date."""
    if not title:
        return False
    canon = canon_same_length(title)
    return bool(re.search(_NOUN, canon, re.IGNORECASE) or _KIND_RX.search(fold(title)))


def _lead_meetings(
    sentence: str,
    offset: int,
    p: Paragraph,
    *,
    index: int,
    reference: dt.date | None,
    units: tuple[Unit, ...],
    article: bool = True,
) -> list[tuple] | None:
    """The meetings one sentence reports: (title, dates, host, span, location) each."""
    span = Span(p.start + offset, p.start + offset + len(sentence))

    def text(a: int, b: int) -> str:
        return p.text[offset + a : offset + b]

    def dates_ok(got) -> bool:
        return not (reference and got and got[0] and got[0] > reference)

    organised = _organised(
        sentence, text, span, index=index, reference=reference, units=units, article=article
    )
    if organised:
        return organised
    if index >= _OPENING_SENTENCES:
        return None
    session = _working_session(sentence, text, span, reference=reference, units=units)
    if session:
        return session
    got = _lead_date(sentence, len(sentence), reference=reference, period_end=None)
    if got is None:
        return _held_meeting(sentence, text, span, reference=reference, units=units)
    rest_at = got[2] + len(sentence[got[2] :]) - len(sentence[got[2] :].lstrip(" ,"))
    place = _PLACE_CLAUSE_RX.match(sentence, rest_at)
    if place:
        # ``Ngày 15/5, tại Hội trường Tỉnh ủy, Hội nghị ... đã diễn ra``
        rest_at = place.end()
    noun = _NOUN_AT_RX.match(sentence, rest_at) or _CHAIRED_RX.search(sentence, rest_at)
    if noun:
        # ``Ngày 5/1, Hội nghị tổng kết ... của Tỉnh ủy X đã diễn ra``
        stop = _NOUN_TITLE_STOP_RX.search(sentence, noun.end())
        title = _tidy(text(noun.start("noun"), stop.start() if stop else len(sentence)))
        host_m = _HOST_AFTER_RX.search(sentence, noun.end())
        host = _tidy(text(host_m.start("host"), host_m.end("host"))) if host_m else None
    else:
        verb = _VERB_LEAD_RX.match(sentence[rest_at:])
        if not verb or not _UNIT_START_RX.match(verb.group("host")):
            return None
        # ``Ngày 5/1, Ban Tuyên giáo Tỉnh ủy X (tổ chức) tổng kết công tác năm 2023``;
        # ``Ngày 8/12, Ban Thường vụ Đảng ủy X họp thường kỳ tháng 12``: that body's meeting
        vstart = rest_at + verb.start("verb")
        stop = _NOUN_TITLE_STOP_RX.search(sentence, vstart)
        title = "Hội nghị " + _tidy(text(vstart, stop.start() if stop else len(sentence)))
        host = _tidy(text(rest_at, rest_at + verb.end("host")))
    if not title:
        return None
    period_end = _period_end(title, reference)
    got = _lead_date(sentence, len(sentence), reference=reference, period_end=period_end)
    if got is None or not dates_ok(got):
        return None
    dates = (got[0], got[1]) if got[0] and got[1] else None
    return [(title, dates, _canonical_host(host, units), span, None)]


# ``Ngày 19/5/2025, Thường trực Tỉnh ủy làm việc với Ban ...``: a working session
_WORKING_RX = re.compile(r"(?<![^\W\d_])(?:có buổi\s+|đã\s+)?làm việc với\s+")


def _working_session(
    sentence: str, text, span: Span, *, reference: dt.date | None, units: tuple[Unit, ...]
) -> list[tuple] | None:
    """A lead ``<date>, <host> làm việc với <unit> ...``: the meeting ``buổi làm việc của
    <host> với <unit>`` (kind ``khac``), held on the date that opens the sentence."""
    m = _WORKING_RX.search(sentence)
    if m is None or _FUTURE_RX.search(sentence[: m.start()]):
        return None
    got = _lead_date(sentence, m.start(), reference=reference, period_end=None)
    if got is None or got[0] is None or (reference and got[0] > reference):
        return None
    host = _host_from_prefix(text(got[2], m.start()))
    partner = find_unit_mentions(text(m.end(), len(sentence)))
    if not host or not partner or partner[0][1] != 0:
        return None
    title = f"buổi làm việc của {host} với {partner[0][0]}"
    return [(title, (got[0], got[1]), _canonical_host(host, units), span, None)]


def _organised(
    sentence: str,
    text,
    span: Span,
    *,
    index: int,
    reference: dt.date | None,
    units: tuple[Unit, ...],
    article: bool,
) -> list[tuple] | None:
    """``<date>, <host> tổ chức <Hội nghị ...>``: the meetings named after ``tổ chức``,
    dated by the date opening the sentence (or, in an opening sentence, a later one)."""
    m = _ORGANISE_RX.search(sentence)
    if not m or _FUTURE_RX.search(sentence[: m.start()]):
        return None
    parts, location = _title_from(sentence, m.start("noun"))
    titles = [t for t in (_tidy(text(a, b)) for a, b in parts) if t]
    if not titles:
        return None
    period_end = _period_end(titles[0], reference)
    got = _lead_date(
        sentence,
        m.start(),
        reference=reference,
        period_end=period_end,
        after_clause=index < _OPENING_SENTENCES,
    )
    if got is None and index < _OPENING_SENTENCES:
        got = _undated_lead(sentence, text, m, reference, period_end, article=article)
    if got is None or (reference and got[0] and got[0] > reference):
        return None
    start, end, date_end = got
    host = _canonical_host(_host_from_prefix(text(date_end, m.start())), units)
    dates = (start, end) if start and end else None
    return [(t, dates, host, span, location) for t in titles]


def _undated_lead(sentence, text, m, reference, period_end, *, article: bool):
    """``Vừa qua, Ban ... tổ chức Hội nghị ... vào ngày 5/1``: a news lead whose date comes
    later (or ``vừa`` = just held), or ``Ban X tổ chức Hội nghị ...`` opening an article
    whose title names a meeting (dates null); its subject must be a unit."""
    later = _any_date(sentence[m.end() :], reference, period_end)
    prefix = sentence[: m.start()]
    host_raw = _host_from_prefix(text(0, m.start()))
    if not (host_raw and _UNIT_START_RX.match(host_raw)):
        return None
    if later or _JUST_HELD_RX.search(prefix) or (article and _OPENS_WITH_HOST_RX.match(prefix)):
        return (later[0], later[1], 0) if later else (None, None, 0)
    return None


_PLACE_CLAUSE_RX = re.compile(r"tại\s[^,;.]{1,100},\s*")
# ``Hội nghị ... được tổ chức vào sáng 15/5``: a meeting named first, then held
_HELD_RX = re.compile(
    r"(?<![^\W\d_])(?:(?:đã\s+|vừa\s+)?được\s+tổ chức|(?:đã\s+)?diễn ra|(?:đã\s+)?khai mạc)"
    r"(?![^\W\d_])"
)


def _held_meeting(
    sentence: str, text, span: Span, *, reference: dt.date | None, units: tuple[Unit, ...]
) -> list[tuple] | None:
    """``Hội nghị ... của Ban X được tổ chức vào sáng 15/5``: the meeting named first in an
    opening sentence, then said to be held, on a date with a cue (``vào``, ``sáng``) or
    ``vừa`` (just held, dates null)."""
    noun = _NOUN_AT_START_RX.match(sentence)
    if not noun or _FUTURE_RX.search(sentence):
        return None
    held = _HELD_RX.search(sentence, noun.end())
    if not held:
        return None
    stop = _NOUN_TITLE_STOP_RX.search(sentence, noun.end())
    title = _tidy(text(noun.start("noun"), stop.start() if stop else len(sentence)))
    if not title:
        return None
    later = _any_date(sentence[held.end() :], reference, _period_end(title, reference))
    if not later and not _JUST_HELD_RX.search(sentence[: held.end()]):
        return None
    if later and reference and later[0] > reference:
        return None
    host_m = _HOST_AFTER_RX.search(sentence, noun.end())
    host = _tidy(text(host_m.start("host"), host_m.end("host"))) if host_m else None
    return [(title, later, _canonical_host(host, units), span, None)]


def _period_end(title: str, reference: dt.date | None) -> dt.date | None:
    if kind_of(title) in _NO_PERIOD_KINDS:
        return None
    period = _review_period(title, default_year=reference.year if reference else None)
    return period.end if period else None


def _any_date(
    text: str, reference: dt.date | None, period_end: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The first date in ``text`` (``vào ngày 5/1``), its year found as for a lead date."""
    probe = find_dates(text[:300], default_year=2000)
    if not probe:
        return None
    first = probe[0]
    if not _WHEN_CUE_RX.search(text[max(0, first.start - 25) : first.start]):
        return None  # ``Chỉ thị số 05 ngày 15/5/2016``: a cited document's date
    year = (
        first.date.year
        if first.has_year
        else _year_for(first.date.month, first.date.day, reference, period_end)
    )
    if year is None:
        return None
    dates = find_dates(text[:300], default_year=year)
    return (dates[0].date, dates[0].date) if dates else None


# minutes, or a quick report of a meeting's results: the meeting is the title's
_RECORD_TITLE_RX = re.compile(
    r"^\s*(?:BIÊN BẢN|Biên bản|BÁO CÁO NHANH(?:\s+kết quả)?|Báo cáo nhanh(?:\s+kết quả)?)\s+"
    r"(?P<noun>" + _NOUN + r")(?![^\W\d_])"
)
# ``Thời gian: 8 giờ 00 ngày 05/11/2026``: a record's line of when
_WHEN_LINE_RX = re.compile(
    r"^\s*(?:[-–+•]\s{1,3})?Thời gian(?:\s{1,3}họp)?\s{0,3}:\s*", re.IGNORECASE
)
# how many of a record's first paragraphs may come before its ``Thời gian:`` line
_RECORD_HEAD = 8


# ``(Trình bày tại Hội nghị tổng kết … của Đảng ủy X, ngày 18/12/2026)`` under a report's
# title: the meeting it was presented at
_PRESENTED_RX = re.compile(
    r"^\s*\(?\s*(?:Trình bày|Báo cáo|Tham luận|Phát biểu)\s+tại\s+(?P<noun>" + _NOUN + r")"
    r"(?P<rest>[^()]{0,300})\)?\s*$"
)
_PRESENTED_TITLE_END = re.compile(r"\s+của\s+|,?\s+(?:ngày|sáng|chiều)\s+\d")
_PRESENTED_HOST = re.compile(r"\s+của\s+(?P<host>[^,()]{3,120})")
_PRESENTED_HEAD = 3


def _presented_meeting(paragraphs, people, units, reference, opening) -> Meeting | None:
    for p in paragraphs[:_PRESENTED_HEAD]:
        m = _PRESENTED_RX.match(canon_same_length(p.text))
        if m is None:
            continue
        whole = p.text[m.start("noun") : m.end("rest")]
        stop = _PRESENTED_TITLE_END.search(whole)
        title = _tidy(whole[: stop.start()] if stop else whole)
        host_m = _PRESENTED_HOST.search(whole)
        host = _tidy(host_m.group("host")) if host_m else None
        found = find_dates(whole, default_year=reference.year if reference else None)
        dates = (found[0].date, found[0].date) if found else None
        return _meeting(
            title,
            dates=dates,
            host=_canonical_host(host, units),
            people=people,
            span=Span(p.start + m.start("noun"), p.start + m.end("rest")),
            location=None,
            reference=reference,
            opening=opening,
        )
    return None


def _recorded_meeting(seg, record, paragraphs, people, units, reference, opening) -> Meeting:
    title = _tidy(seg.title[record.start("noun") :])
    span = None
    if seg.title_span:
        span = Span(seg.title_span.start + record.start("noun"), seg.title_span.end)
    dates = None
    for p in paragraphs[:_RECORD_HEAD]:
        when = _WHEN_LINE_RX.match(p.text)
        if when is None:
            continue
        year = reference.year if reference else None
        found = find_dates(p.text[when.end() :], default_year=year)
        if found:
            # ``từ 8 giờ ngày 5/11 đến 11 giờ ngày 6/11``: from the first day to the last
            dates = (found[0].date, max(found[0].date, found[-1].date))
        break
    return _meeting(
        title,
        dates=dates,
        host=_canonical_host(issuing_unit(seg), units),
        people=people,
        span=span,
        location=None,
        reference=reference,
        opening=opening,
    )


def _fallback(
    seg: Segmented,
    paragraphs: list[Paragraph],
    people: tuple[Participant, ...],
    units: tuple[Unit, ...],
    reference: dt.date | None,
    opening: Period | None,
) -> tuple[Meeting, ...]:
    """No lead sentence: a meeting title, or ``Tại buổi gặp mặt,`` with people who act;
    a notice of conclusions names its one meeting in its title."""
    acting = [p for p in people if set(p.roles) - {"attending"}]
    notice = (
        _NOTICE_MEETING_RX.search(canon_same_length(seg.title))
        if seg.title and seg.genre == "thong_bao"
        else None
    )
    presented = _presented_meeting(paragraphs, people, units, reference, opening)
    if presented is not None:
        return (presented,)
    record = _RECORD_TITLE_RX.match(canon_same_length(seg.title)) if seg.title else None
    if record:
        # minutes (``BIÊN BẢN / Hội nghị giao ban ...``): the meeting they record, held
        # when their ``Thời gian:`` line says, by the body whose letterhead they bear
        return (_recorded_meeting(seg, record, paragraphs, people, units, reference, opening),)
    if not acting and not notice:
        return ()
    title = None
    span = None
    if notice:
        title = _tidy(seg.title[notice.start("noun") :])
        span = seg.title_span
    elif seg.title and _NOUN_AT_START_RX.match(seg.title):
        title = _tidy(seg.title)
        span = seg.title_span
    elif seg.title and _TITLE_AFTER_UNIT_RX.match(seg.title):
        # ``Huyện ủy X: Hội nghị sơ kết ...``: the meeting after the unit heading the title
        at = _TITLE_AFTER_UNIT_RX.match(seg.title).end()
        title = _tidy(seg.title[at:])
        if seg.title_span:
            span = Span(seg.title_span.start + at, seg.title_span.end)
    else:
        for p in paragraphs:
            m = _TAI_RX.match(canon_same_length(p.text))
            if m:
                noun = p.text[m.start("noun") : m.end("rest")]
                title = _tidy(noun[:1].upper() + noun[1:])
                span = Span(p.start + m.start("noun"), p.start + m.end("rest"))
                break
    if title is None:
        return ()
    host_raw = _host_from_title(seg.title) or _host_on_behalf(paragraphs)
    dates = None
    if paragraphs:
        first = canon_same_length(paragraphs[0].text)
        period = _review_period(title, default_year=reference.year if reference else None)
        got = _lead_date(
            first, len(first), reference=reference, period_end=period.end if period else None
        )
        if got and got[0] and got[1] and (reference is None or got[0] <= reference):
            dates = (got[0], got[1])
    return (
        _meeting(
            title,
            dates=dates,
            host=_canonical_host(host_raw, units),
            people=people,
            span=span,
            location=None,
            reference=reference,
            opening=opening,
        ),
    )
