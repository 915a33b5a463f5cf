"""meetings: kind, title, dates, period, host; meetings not reported; two meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction.meetings import find_meetings, kind_of
from reports.extraction.types import Participant
from tests.extraction.factories import segmented

D = dt.date


def _view(m):
    return {
        "title": m.title,
        "kind": m.kind,
        "start": m.start_date,
        "end": m.end_date,
        "period": (m.period.start, m.period.end) if m.period else None,
        "host": m.host_unit,
    }


_PERSON = Participant("Lê Văn A", "Bí thư Đảng ủy Khối", ("speaking",))

# (title, published, body lines, participants, expected meetings as dicts)
MEETING_ROWS = [
    # date with year, the year written once at the end of the title
    (
        None,
        D(2021, 7, 10),
        [
            "Chiều ngày 8/7/2021, Ban Tuyên giáo Huyện ủy Mỹ Lộc tổ chức Hội nghị sơ kết công "
            "tác tuyên giáo 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2021."
        ],
        (),
        [
            {
                "title": "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm, triển khai "
                "nhiệm vụ 6 tháng cuối năm 2021",
                "kind": "so_ket",
                "start": D(2021, 7, 8),
                "end": D(2021, 7, 8),
                "period": (D(2021, 1, 1), D(2021, 6, 30)),
                "host": "Ban Tuyên giáo Huyện ủy Mỹ Lộc",
            }
        ],
    ),
    # a range without a year; two meetings joined by "và Hội nghị"; a training has no period
    (
        None,
        D(2023, 7, 2),
        [
            "Từ ngày 29/6 - 1/7, Đảng ủy Khối Doanh nghiệp tỉnh tổ chức Hội nghị sơ kết công "
            "tác 6 tháng đầu năm 2023 và Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2023."
        ],
        (_PERSON,),
        [
            {
                "title": "Hội nghị sơ kết công tác 6 tháng đầu năm 2023",
                "kind": "so_ket",
                "start": D(2023, 6, 29),
                "end": D(2023, 7, 1),
                "period": (D(2023, 1, 1), D(2023, 6, 30)),
                "host": "Đảng ủy Khối Doanh nghiệp tỉnh",
            },
            {
                "title": "Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2023",
                "kind": "tap_huan",
                "start": D(2023, 6, 29),
                "end": D(2023, 7, 1),
                "period": None,
                "host": "Đảng ủy Khối Doanh nghiệp tỉnh",
            },
        ],
    ),
    # an editorial title: the lead sentence decides; the year from the period
    (
        "Đổi mới cách làm ở Sơn Hà: gần dân, sát dân",
        D(2021, 12, 28),
        [
            "Ngày 27/12, Ban Tuyên giáo Tỉnh ủy Sơn Hà tổ chức Hội nghị tổng kết công tác năm "
            "2021, triển khai nhiệm vụ năm 2022."
        ],
        (),
        [
            {
                "title": "Hội nghị tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022",
                "kind": "tong_ket",
                "start": D(2021, 12, 27),
                "end": D(2021, 12, 27),
                "period": (D(2021, 1, 1), D(2021, 12, 31)),
                "host": "Ban Tuyên giáo Tỉnh ủy Sơn Hà",
            }
        ],
    ),
    # a year-end review held in January: the date is in the next year
    (
        None,
        D(2024, 1, 6),
        [
            "Sáng 5/1, Ban Tuyên giáo Thành ủy tổ chức Hội nghị tổng kết công tác tuyên giáo "
            "năm 2023."
        ],
        (),
        [
            {
                "title": "Hội nghị tổng kết công tác tuyên giáo năm 2023",
                "kind": "tong_ket",
                "start": D(2024, 1, 5),
                "end": D(2024, 1, 5),
                "period": (D(2023, 1, 1), D(2023, 12, 31)),
                "host": "Ban Tuyên giáo Thành ủy",
            }
        ],
    ),
    # an official notice: the meeting date is in its body, not the issue date
    (
        "THÔNG BÁO kết luận tại hội nghị giao ban công tác tuyên giáo quý III năm 2023",
        D(2023, 10, 10),
        [
            "Ngày 03/10/2023, Ban Tuyên giáo Tỉnh ủy (BTGTU) tổ chức hội nghị giao ban công "
            "tác tuyên giáo quý III năm 2023."
        ],
        (),
        [
            {
                "title": "hội nghị giao ban công tác tuyên giáo quý III năm 2023",
                "kind": "giao_ban",
                "start": D(2023, 10, 3),
                "end": D(2023, 10, 3),
                "period": (D(2023, 7, 1), D(2023, 9, 30)),
                "host": "Ban Tuyên giáo Tỉnh ủy",
            }
        ],
    ),
    # a seminar with a location
    (
        None,
        D(2022, 5, 13),
        [
            "Ngày 12/5/2022, Ban Thường vụ Đảng ủy Khối tổ chức Hội thảo khoa học về nêu gương "
            "tại Hội trường Tỉnh ủy."
        ],
        (),
        [
            {
                "title": "Hội thảo khoa học về nêu gương",
                "kind": "hoi_thao",
                "start": D(2022, 5, 12),
                "end": D(2022, 5, 12),
                "period": None,
                "host": "Ban Thường vụ Đảng ủy Khối",
            }
        ],
    ),
    # the year cannot be known: the meeting is kept, its dates are null
    (
        None,
        None,
        ["Ngày 28/12, Ban Dân vận Huyện ủy tổ chức Hội nghị tập huấn công tác dân vận."],
        (),
        [
            {
                "title": "Hội nghị tập huấn công tác dân vận",
                "kind": "tap_huan",
                "start": None,
                "end": None,
                "period": None,
                "host": "Ban Dân vận Huyện ủy",
            }
        ],
    ),
    # the meeting as the subject: "<date>, Hội nghị ... của <host> đã diễn ra"
    (
        None,
        D(2023, 1, 7),
        [
            "Sáng 6/1, Hội nghị tổng kết công tác tuyên giáo năm 2022 của Tỉnh ủy Hòa Bình "
            "đã diễn ra tại hội trường lớn."
        ],
        (),
        [
            {
                "title": "Hội nghị tổng kết công tác tuyên giáo năm 2022",
                "kind": "tong_ket",
                "start": D(2023, 1, 6),
                "end": D(2023, 1, 6),
                "period": (D(2022, 1, 1), D(2022, 12, 31)),
                "host": "Tỉnh ủy Hòa Bình",
            }
        ],
    ),
    # the review as a verb: "<date>, <unit> sơ kết ..."
    (
        None,
        D(2022, 7, 15),
        ["Ngày 14/7, Ban Tuyên giáo Huyện ủy Tân Lạc sơ kết công tác 6 tháng đầu năm 2022."],
        (),
        [
            {
                "title": "Hội nghị sơ kết công tác 6 tháng đầu năm 2022",
                "kind": "so_ket",
                "start": D(2022, 7, 14),
                "end": D(2022, 7, 14),
                "period": (D(2022, 1, 1), D(2022, 6, 30)),
                "host": "Ban Tuyên giáo Huyện ủy Tân Lạc",
            }
        ],
    ),
    # a news lead without an opening date: "vừa tổ chức", or the date later
    (
        None,
        D(2022, 12, 20),
        [
            "Ban Tuyên giáo Tỉnh ủy Yên Sơn vừa tổ chức Hội nghị giao ban công tác tuyên giáo "
            "quý IV năm 2022."
        ],
        (),
        [
            {
                "title": "Hội nghị giao ban công tác tuyên giáo quý IV năm 2022",
                "kind": "giao_ban",
                "start": None,
                "end": None,
                "period": (D(2022, 10, 1), D(2022, 12, 31)),
                "host": "Ban Tuyên giáo Tỉnh ủy Yên Sơn",
            }
        ],
    ),
    (
        None,
        D(2023, 3, 2),
        [
            "Đảng ủy Khối các cơ quan tỉnh tổ chức Hội nghị báo cáo viên tháng 2/2023 vào "
            "sáng ngày 28/2."
        ],
        (),
        [
            {
                "title": "Hội nghị báo cáo viên tháng 2/2023",
                "kind": "bao_cao_vien",
                "start": D(2023, 2, 28),
                "end": D(2023, 2, 28),
                "period": None,
                "host": "Đảng ủy Khối các cơ quan tỉnh",
            }
        ],
    ),
    # no news marker, and the only date is a cited document's: not a reported meeting
    (
        None,
        D(2023, 3, 2),
        [
            "Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW ngày "
            "15/5/2016 của Bộ Chính trị."
        ],
        (),
        [],
    ),
    # a co-organised round table with a quoted name; the first organiser hosts
    (
        None,
        D(2023, 12, 15),
        [
            "Chiều 14/12, tại thành phố Hải Long, Hội Nhà báo tỉnh phối hợp với Ban Tuyên giáo "
            'Tỉnh ủy tổ chức tọa đàm "Báo chí với nền tảng tư tưởng".'
        ],
        (),
        [
            {
                "title": 'tọa đàm "Báo chí với nền tảng tư tưởng"',
                "kind": "hoi_thao",
                "start": D(2023, 12, 14),
                "end": D(2023, 12, 14),
                "period": None,
                "host": "Hội Nhà báo tỉnh",
            }
        ],
    ),
    # no year in the title: a January review of the last months is about the year before
    (
        None,
        D(2024, 1, 6),
        [
            "Ngày 5/1/2024, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị sơ kết công tác 6 tháng "
            "cuối năm."
        ],
        (),
        [
            {
                "title": "Hội nghị sơ kết công tác 6 tháng cuối năm",
                "kind": "so_ket",
                "start": D(2024, 1, 5),
                "end": D(2024, 1, 5),
                "period": (D(2023, 7, 1), D(2023, 12, 31)),
                "host": "Ban Tuyên giáo Huyện ủy",
            }
        ],
    ),
    (
        None,
        D(2024, 7, 6),
        [
            "Ngày 5/7/2024, Ban Tuyên giáo Huyện ủy tổ chức Hội nghị sơ kết công tác 6 tháng "
            "đầu năm."
        ],
        (),
        [
            {
                "title": "Hội nghị sơ kết công tác 6 tháng đầu năm",
                "kind": "so_ket",
                "start": D(2024, 7, 5),
                "end": D(2024, 7, 5),
                "period": (D(2024, 1, 1), D(2024, 6, 30)),
                "host": "Ban Tuyên giáo Huyện ủy",
            }
        ],
    ),
    # "9 tháng năm 2023" (no "đầu"): the first nine months; "Trong hai ngày 20 và 21/9"
    (
        None,
        D(2023, 9, 21),
        [
            "Trong hai ngày 20 và 21/9, tại tỉnh Sơn Hà, Ban Tuyên giáo Trung ương tổ chức Hội "
            "nghị giao ban công tác tuyên giáo 9 tháng năm 2023 khu vực miền núi."
        ],
        (),
        [
            {
                "title": "Hội nghị giao ban công tác tuyên giáo 9 tháng năm 2023 khu vực miền núi",
                "kind": "giao_ban",
                "start": D(2023, 9, 20),
                "end": D(2023, 9, 21),
                "period": (D(2023, 1, 1), D(2023, 9, 30)),
                "host": "Ban Tuyên giáo Trung ương",
            }
        ],
    ),
    # a date that belongs to a cited document, not to a meeting
    (
        None,
        D(2024, 6, 21),
        [
            "Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 03/6/2024 của Ban Tuyên giáo Tỉnh ủy, Ban "
            "Tuyên giáo Huyện ủy tổ chức hội nghị học tập chuyên đề."
        ],
        (),
        [],
    ),
    # achievements and tasks are not meetings
    (
        None,
        D(2023, 7, 11),
        ["Ban Thường vụ Đảng ủy Khối đã tổ chức hội nghị tập huấn cho 300 lượt người."],
        (),
        [],
    ),
    (None, D(2024, 10, 9), ["4. Tham mưu tổ chức hội nghị báo cáo viên cấp tỉnh quý IV."], (), []),
    # a planned meeting (dated after publication)
    (
        None,
        D(2024, 10, 1),
        ["Ngày 20/12/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị tổng kết năm 2024."],
        (),
        [],
    ),
    # an earlier event only referred to ("do ... tổ chức vào ...")
    (
        None,
        D(2022, 6, 30),
        [
            "Hội thảo khoa học quốc gia do Ban Thường vụ Đảng ủy Khối phối hợp tổ chức vào "
            "12/5/2022 đã nêu ra nhiều vấn đề."
        ],
        (),
        [],
    ),
    # an overview article with no meeting, even though it names people
    (
        "Nâng cao chất lượng công tác dân vận",
        D(2023, 7, 11),
        ["Những năm qua, Ban Thường vụ Đảng ủy Khối đã lãnh đạo công tác dân vận."],
        (_PERSON,),
        [],
    ),
    # "Tại buổi gặp mặt": a meeting with no date; host from the title; period from the body
    (
        "Đảng ủy Khối các cơ quan tỉnh: Phát huy vai trò báo chí",
        D(2024, 1, 24),
        [
            "Năm 2023, Đảng ủy Khối tiếp tục đổi mới công tác tuyên truyền.",
            "Tại buổi gặp mặt, đồng chí Lê Văn A, Bí thư Đảng ủy Khối phát biểu.",
        ],
        (_PERSON,),
        [
            {
                "title": "Buổi gặp mặt",
                "kind": "gap_mat",
                "start": None,
                "end": None,
                "period": (D(2023, 1, 1), D(2023, 12, 31)),
                "host": "Đảng ủy Khối các cơ quan tỉnh",
            }
        ],
    ),
    # a meeting title with no lead sentence
    (
        "Hội nghị báo cáo viên cấp tỉnh tháng 8/2024",
        D(2024, 8, 20),
        ["Tại hội nghị, đồng chí Lê Văn A thông tin chuyên đề."],
        (_PERSON,),
        [
            {
                "title": "Hội nghị báo cáo viên cấp tỉnh tháng 8/2024",
                "kind": "bao_cao_vien",
                "start": None,
                "end": None,
                "period": None,
                "host": None,
            }
        ],
    ),
]


@pytest.mark.parametrize(("title", "published", "lines", "people", "expected"), MEETING_ROWS)
def test_find_meetings(title, published, lines, people, expected):
    got = find_meetings(
        segmented(lines, title=title, published=published), participants=people, units=()
    )
    assert [_view(m) for m in got] == expected


def test_a_chaired_meeting_without_organiser():
    seg = segmented(
        [
            "Chiều 3/10/2024, đồng chí Hoàng Văn Long, Trưởng ban Tuyên giáo Tỉnh ủy chủ trì "
            "hội nghị giao ban công tác tuyên giáo quý III năm 2024."
        ],
        published=D(2024, 10, 5),
    )
    chair = Participant(
        "Hoàng Văn Long", "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo Tỉnh ủy", ("chair",)
    )
    (meeting,) = find_meetings(seg, participants=(chair,), units=())
    assert (meeting.kind, meeting.start_date, meeting.end_date) == (
        "giao_ban",
        D(2024, 10, 3),
        D(2024, 10, 3),
    )
    assert meeting.title == "hội nghị giao ban công tác tuyên giáo quý III năm 2024"
    # no organiser named: the board its chair heads hosts it
    assert meeting.host_unit == "Ban Tuyên giáo Tỉnh ủy"


_NOTICE_TITLE = (
    "THÔNG BÁO kết luận của đồng chí Trưởng ban tại hội nghị giao ban báo chí tháng 9 năm 2024"
)


def test_a_notice_names_its_meeting_in_its_title():
    seg = segmented(
        ["Các đại biểu thống nhất các nội dung sau:"],
        title=_NOTICE_TITLE,
        published=D(2024, 10, 2),
        genre="thong_bao",
    )
    (meeting,) = find_meetings(seg, participants=(), units=())
    assert meeting.title == "hội nghị giao ban báo chí tháng 9 năm 2024"
    assert meeting.kind == "giao_ban"
    assert meeting.start_date is None


def test_an_article_with_such_a_title_and_no_people_reports_nothing():
    seg = segmented(["Các đại biểu thống nhất."], title=_NOTICE_TITLE, published=D(2024, 10, 2))
    assert find_meetings(seg, participants=(), units=()) == ()


def test_people_go_on_the_first_of_two_meetings():
    seg = segmented(
        [
            "Ngày 30/6/2022, Ban A tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2022 và "
            "Hội nghị tập huấn nghiệp vụ năm 2022."
        ],
        published=D(2022, 6, 30),
    )
    first, second = find_meetings(seg, participants=(_PERSON,), units=())
    assert first.participants == (_PERSON,)
    assert second.participants == ()


def test_meeting_span_covers_the_lead_sentence():
    line = "Ngày 28/12/2022, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị tổng kết năm 2022."
    seg = segmented(["Mở đầu bài viết.", line], published=D(2022, 12, 29))
    (meeting,) = find_meetings(seg, participants=(), units=())
    assert seg.text[meeting.span.start : meeting.span.end].startswith("Ngày 28/12/2022")


KIND_ROWS = [
    ("Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm", "so_ket"),
    ("Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023", "tong_ket"),
    ("hội nghị giao ban công tác tuyên giáo 9 tháng đầu năm", "giao_ban"),
    ("Hội nghị giao ban cộng tác viên dư luận xã hội tháng 8/2022", "giao_ban"),
    ("Hội nghị cộng tác viên dư luận xã hội phiên thường kỳ tháng 8/2022", "giao_ban"),
    ("Hội nghị báo cáo viên cấp Đảng ủy Khối và thông tin chuyên đề quý III/2022", "bao_cao_vien"),
    ("Hội nghị tập huấn nghiệp vụ công tác tuyên giáo và đội ngũ báo cáo viên", "tap_huan"),
    ("Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo", "tap_huan"),
    ("Hội thảo khoa học quốc gia", "hoi_thao"),
    ("Tọa đàm kỷ niệm Ngày Báo chí cách mạng", "hoi_thao"),
    ("Buổi gặp mặt các cơ quan báo chí", "gap_mat"),
    ("Hội nghị thông tin chuyên đề quý II năm 2022", "chuyen_de"),
    ("Hội nghị trực tuyến học tập, quán triệt Nghị quyết Trung ương 8", "khac"),
    ("Hội thi Báo cáo viên giỏi cấp tỉnh", "khac"),
    ("Hội nghị", "khac"),
]


@pytest.mark.parametrize(("title", "kind"), KIND_ROWS)
def test_kind_of(title, kind):
    assert kind_of(title) == kind


HOST_ROWS = [
    (
        "Ngày 3/5/2024, tại Hội trường Tỉnh ủy, Sở Văn hóa, Thể thao và Du lịch phối hợp với "
        "Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị tập huấn.",
        "Sở Văn hóa, Thể thao và Du lịch",
    ),
    (
        "Ngày 3/5/2024, Ban Tuyên giáo Tỉnh ủy và Sở Thông tin và Truyền thông phối hợp tổ "
        "chức Hội nghị giao ban báo chí.",
        "Ban Tuyên giáo Tỉnh ủy",
    ),
    (
        "Ngày 3/5/2024, Ban Tuyên giáo Tỉnh ủy (BTGTU) đã long trọng tổ chức Lễ kỷ niệm.",
        "Ban Tuyên giáo Tỉnh ủy",
    ),
    ("Sáng 3/5/2024, Đảng ủy Khối vừa tổ chức Hội nghị báo cáo viên.", "Đảng ủy Khối"),
]


@pytest.mark.parametrize(("line", "host"), HOST_ROWS)
def test_host_is_the_subject_of_to_chuc(line, host):
    (meeting,) = find_meetings(
        segmented([line], published=D(2024, 5, 4)), participants=(), units=()
    )
    assert meeting.host_unit == host


def test_a_dated_event_recalled_deep_in_the_body_is_not_the_meeting():
    lines = [f"Đoạn mở đầu thứ {i} nói về kết quả công tác." for i in range(1, 6)]
    lines.append("Ngày 12/5/2022, Ban Tuyên giáo Tỉnh ủy tổ chức Hội thảo khoa học về nêu gương.")
    seg = segmented(lines, published=D(2023, 7, 11))
    assert find_meetings(seg, participants=(), units=()) == ()


_TRAINING = "tổ chức Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2024."
# (lead line, genre, expected (start, end, host) of the one meeting, or None: no meeting)
LEAD_OPENER_ROWS = [
    (
        f"Sáng nay (14/6), Ban Tuyên giáo Huyện ủy Bình Sơn {_TRAINING}",
        "article",
        (D(2024, 6, 14), D(2024, 6, 14), "Ban Tuyên giáo Huyện ủy Bình Sơn"),
    ),
    (
        f"Hôm qua (13/6), Đảng ủy Khối Doanh nghiệp tỉnh {_TRAINING}",
        "article",
        (D(2024, 6, 13), D(2024, 6, 13), "Đảng ủy Khối Doanh nghiệp tỉnh"),
    ),
    (
        f"Chiều thứ Tư (12/6), Huyện ủy Bình Sơn {_TRAINING}",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    (
        f"Vào lúc 14 giờ 30 phút ngày 10/6, Thành ủy Hòa Bình {_TRAINING}",
        "article",
        (D(2024, 6, 10), D(2024, 6, 10), "Thành ủy Hòa Bình"),
    ),
    (
        f"Hồi 8h ngày 10/6, Thành ủy Hòa Bình {_TRAINING}",
        "article",
        (D(2024, 6, 10), D(2024, 6, 10), "Thành ủy Hòa Bình"),
    ),
    (
        f"Trong 2 ngày (10 - 11/6), Thành ủy Hòa Bình {_TRAINING}",
        "article",
        (D(2024, 6, 10), D(2024, 6, 11), "Thành ủy Hòa Bình"),
    ),
    # a dotted day.month does not end the sentence
    (
        f"Chiều 10.6, Thành ủy Hòa Bình {_TRAINING}",
        "article",
        (D(2024, 6, 10), D(2024, 6, 10), "Thành ủy Hòa Bình"),
    ),
    # no date at all: the news lead opening with its host still reports the meeting
    (
        f"Ban Tuyên giáo Thành ủy Hòa Bình {_TRAINING}",
        "article",
        (None, None, "Ban Tuyên giáo Thành ủy Hòa Bình"),
    ),
    # ...but not an achievement, a plan, an official document or a cited document's date
    (f"Năm qua, Ban Tuyên giáo Thành ủy Hòa Bình đã {_TRAINING}", "article", None),
    (f"Ban Tuyên giáo Thành ủy Hòa Bình đã {_TRAINING}", "article", None),
    (f"Ban Tuyên giáo Thành ủy Hòa Bình sẽ {_TRAINING}", "article", None),
    (f"Ban Tuyên giáo Thành ủy Hòa Bình {_TRAINING}", "ke_hoach", None),
    (f"Thực hiện Kế hoạch số 12 ngày 10/6, Thành ủy Hòa Bình {_TRAINING}", "article", None),
    # an opening clause before the dated one: the last comma-led dated clause is the lead's
    (
        f"Hướng tới kỷ niệm 50 năm Ngày giải phóng quê hương, sáng 12/6, Huyện ủy Bình Sơn "
        f"{_TRAINING}",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    (
        f"Thực hiện Kế hoạch số 12-KH/TU ngày 10/3/2024, ngày 12/6, Huyện ủy Bình Sơn {_TRAINING}",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    # ...but a plan's meeting stays a plan
    (f"Theo kế hoạch, ngày 12/6, Huyện ủy Bình Sơn {_TRAINING}", "article", None),
    # the meeting named first, then held on a cued date, or just held
    (
        "Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2024 của Huyện ủy Bình Sơn được tổ "
        "chức vào sáng 12/6.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    (
        "Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2024 của Huyện ủy Bình Sơn vừa được tổ chức.",
        "article",
        (None, None, "Huyện ủy Bình Sơn"),
    ),
    (
        "Hội nghị tập huấn nghiệp vụ báo cáo viên năm 2024 của Huyện ủy Bình Sơn sẽ được "
        "tổ chức vào sáng 20/6.",
        "article",
        None,
    ),
    # verbs that open a meeting or a course
    (
        "Sáng 12/6, Huyện ủy Bình Sơn khai mạc lớp bồi dưỡng lý luận chính trị năm 2024.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    (
        "Sáng 12/6, Trường Chính trị tỉnh khai giảng lớp bồi dưỡng lý luận chính trị.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Trường Chính trị tỉnh"),
    ),
    (
        "Sáng 12/6, Huyện ủy Bình Sơn mở lớp bồi dưỡng lý luận chính trị năm 2024.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Huyện ủy Bình Sơn"),
    ),
    (
        "Sáng 12/6, Ban Tuyên giáo Huyện ủy Bình Sơn tập huấn nghiệp vụ cho báo cáo viên.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), "Ban Tuyên giáo Huyện ủy Bình Sơn"),
    ),
    # a place between the date and the meeting
    (
        "Ngày 12/6, tại Hội trường Huyện ủy, Hội nghị tập huấn nghiệp vụ báo cáo viên năm "
        "2024 đã diễn ra.",
        "article",
        (D(2024, 6, 12), D(2024, 6, 12), None),
    ),
]


def test_an_undated_lead_needs_a_title_about_a_meeting():
    line = f"Ban Tuyên giáo Thành ủy Hòa Bình {_TRAINING}"
    for title, count in (("Sơ kết công tác tuyên giáo", 1), ("Thành ủy Hòa Bình", 0), (None, 0)):
        seg = segmented([line], title=title, published=D(2024, 6, 14))
        assert len(find_meetings(seg, participants=(), units=())) == count, title


@pytest.mark.parametrize(("line", "genre", "expected"), LEAD_OPENER_ROWS)
def test_lead_openers(line, genre, expected):
    title = "Thành ủy Hòa Bình: tập huấn nghiệp vụ báo cáo viên"
    seg = segmented([line], title=title, published=D(2024, 6, 14), genre=genre)
    got = find_meetings(seg, participants=(), units=())
    assert [(m.start_date, m.end_date, m.host_unit) for m in got] == (
        [expected] if expected else []
    )


# (lead, the meeting title read from it)
TITLE_STOP_ROWS = [
    (
        "Sáng 10/6, Thành ủy Hòa Bình tổ chức Hội nghị báo cáo viên tháng 6/2024 theo hình "
        "thức trực tuyến.",
        "Hội nghị báo cáo viên tháng 6/2024",
    ),
    (
        "Sáng 10/6, Thành ủy Hòa Bình tổ chức lớp bồi dưỡng lý luận chính trị cho hơn 100 "
        "đảng viên mới.",
        "lớp bồi dưỡng lý luận chính trị",
    ),
    # an audience named by words stays in the title
    (
        "Sáng 10/6, Thành ủy Hòa Bình tổ chức Hội nghị tập huấn cho cán bộ tuyên giáo cơ sở.",
        "Hội nghị tập huấn cho cán bộ tuyên giáo cơ sở",
    ),
]


@pytest.mark.parametrize(("line", "title"), TITLE_STOP_ROWS)
def test_title_stops_before_format_and_audience_size(line, title):
    got = find_meetings(segmented([line], published=D(2024, 6, 14)), participants=(), units=())
    assert [m.title for m in got] == [title]


# (article title, the meeting reported when no lead sentence names one)
TITLE_FALLBACK_ROWS = [
    (
        "Huyện ủy Bình Sơn: Hội nghị học tập chuyên đề năm 2024",
        "Hội nghị học tập chuyên đề năm 2024",
    ),
    ("Hội nghị học tập chuyên đề năm 2024", "Hội nghị học tập chuyên đề năm 2024"),
    ("Huyện ủy Bình Sơn: Tăng cường công tác tuyên giáo", None),
    ("Tin tức: Hội nghị học tập chuyên đề", None),
]


@pytest.mark.parametrize(("title", "meeting"), TITLE_FALLBACK_ROWS)
def test_meeting_from_a_title_after_its_unit(title, meeting):
    seg = segmented(
        ["Trong không khí phấn khởi, các đảng viên về dự đông đủ."],
        title=title,
        published=D(2024, 6, 14),
    )
    got = find_meetings(seg, participants=(_PERSON,), units=())
    assert [m.title for m in got] == ([meeting] if meeting else [])
