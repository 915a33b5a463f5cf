"""Dates, ranges, periods and deadlines: tables of (text, expected) rows."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction.dates import (
    find_date_range,
    find_dates,
    find_deadline,
    find_periods,
    month_end,
    parse_period,
    weekday_matches,
)

D = dt.date

# (text, default_year, [(iso date, has_year, text as written)])
DATES = [
    ("Chiều ngày 8/7/2019, Ban tổ chức", None, [("2019-07-08", True, "8/7/2019")]),
    ("30/06/2022 | 2855", None, [("2022-06-30", True, "30/06/2022")]),
    ("ngày 15-5-2016 của Bộ", None, [("2016-05-15", True, "15-5-2016")]),
    ("ngày 15.5.2016", None, [("2016-05-15", True, "15.5.2016")]),
    ("ngày 15 tháng 5 năm 2016", None, [("2016-05-15", True, "15 tháng 5 năm 2016")]),
    ("Hà Tây, ngày 09 tháng 10 năm 2024", None, [("2024-10-09", True, "09 tháng 10 năm 2024")]),
    ("ngày 15 tháng 5", 2020, [("2020-05-15", False, "15 tháng 5")]),
    ("ngày 15 tháng 7, năm 2023", None, [("2023-07-15", True, "15 tháng 7, năm 2023")]),
    ("Ngày 28/12, Ban", 2022, [("2022-12-28", False, "28/12")]),
    ("Ngày 28/12, Ban", None, []),
    ("Sáng 16/7, tại", 2023, [("2023-07-16", False, "16/7")]),
    ("tối 2/9 tại", 2023, [("2023-09-02", False, "2/9")]),
    ("Thứ ba, 11/07/2023", None, [("2023-07-11", True, "11/07/2023")]),
    ("Thứ 3 Ngày 16/07/2019", None, [("2019-07-16", True, "16/07/2019")]),
    ("Chủ Nhật, 23/6/2024", None, [("2024-06-23", True, "23/6/2024")]),
    ("Cập nhật: 28/12/2023 - 16:20", None, [("2023-12-28", True, "28/12/2023")]),
    (
        "Từ ngày 30/6 - 1/7, Đảng ủy",
        2022,
        [("2022-06-30", False, "30/6"), ("2022-07-01", False, "1/7")],
    ),
    ("ngày 15 và 16/7", 2021, [("2021-07-15", False, "15"), ("2021-07-16", False, "16/7")]),
    (
        "(7/5/1954 - 7/5/2024)",
        None,
        [("1954-05-07", True, "7/5/1954"), ("2024-05-07", True, "7/5/2024")],
    ),
    ("ngày 29/02/2024", None, [("2024-02-29", True, "29/02/2024")]),
    ("Ngày 12-3, Ban tổ chức", 2024, [("2024-03-12", False, "12-3")]),
    (
        "từ ngày 12-3 đến 15-3",
        2024,
        [("2024-03-12", False, "12-3"), ("2024-03-15", False, "15-3")],
    ),
    ("Sáng nay (12/3), tại", 2024, [("2024-03-12", False, "12/3")]),
    ("Thứ Hai (11/3) vừa qua", 2024, [("2024-03-11", False, "11/3")]),
    ("ngày 1/1/2024 có từ 10-15 người đến 5-6 người", None, [("2024-01-01", True, "1/1/2024")]),
    # traps: invalid dates, fractions, scores, codes, year ranges, times
    ("ngày 31/2/2020 và ngày 30/2", 2021, []),
    ("ngày 29/2", 2023, []),
    ("chiếm 2/3 số đảng viên, tỷ số 3/1", 2022, []),
    ("Chỉ thị số 05-CT/TW và Nghị định 15/2020/NĐ-CP", 2022, []),
    ("Quyết định 123/QĐ-TTg, Công văn 5973/UBND-KT", 2022, []),
    ("cuốn sách (2001- 2020) và 2021-2025", 2022, []),
    ("lúc 9:5'(GMT+7) và 18:27", 2022, []),
    ("từ 10-15 người, 1.5 triệu đồng", 2022, []),
    ("Luật số 55/2014/QH13", None, []),
    # bracketed day lists, "từ" day lists, dotted day-month after a part of day
    (
        "Trong 2 ngày (17 - 18/5), Ban",
        2023,
        [("2023-05-17", False, "17"), ("2023-05-18", False, "18/5")],
    ),
    ("Từ 17 - 18/5, Ban", 2023, [("2023-05-17", False, "17"), ("2023-05-18", False, "18/5")]),
    ("Chiều 15.5, Ban tổ chức", 2023, [("2023-05-15", False, "15.5")]),
    ("Sáng nay (15.5), tại", 2023, [("2023-05-15", False, "15.5")]),
    ("(1 - 2/3 số phiếu)", 2023, []),
    ("ngày 1.5 triệu đồng, tỷ lệ 2.5, cao", 2023, []),
    ("", 2022, []),
]


@pytest.mark.parametrize(("text", "year", "expected"), DATES)
def test_find_dates(text, year, expected):
    got = [(m.date.isoformat(), m.has_year, m.text) for m in find_dates(text, default_year=year)]
    assert got == expected
    for m in find_dates(text, default_year=year):
        assert text[m.start : m.end] == m.text


# (text, default_year, (start, end) or None)
RANGES = [
    ("Từ ngày 30/6 - 1/7, Đảng ủy Khối", 2022, ("2022-06-30", "2022-07-01")),
    ("từ ngày 30/6 đến ngày 1/7/2022", None, ("2022-06-30", "2022-07-01")),
    ("từ ngày 30/6 đến hết ngày 1/7/2022", None, ("2022-06-30", "2022-07-01")),
    ("ngày 15 và 16/7", 2019, ("2019-07-15", "2019-07-16")),
    ("trong hai ngày 30/6 và 1/7/2023", None, ("2023-06-30", "2023-07-01")),
    ("ngày 3/2 và 19/5/2024", None, None),
    ("trong hai ngày 15, 16/7/2020", None, ("2020-07-15", "2020-07-16")),
    ("ngày 15-17/7/2022", None, ("2022-07-15", "2022-07-17")),
    ("Từ tháng 3 đến hết tháng 5/2024", None, ("2024-03-01", "2024-05-31")),
    ("từ tháng 11 đến tháng 2/2025", None, ("2024-11-01", "2025-02-28")),
    ("30/12 - 2/1/2023", None, ("2022-12-30", "2023-01-02")),
    ("(7/5/1954 - 7/5/2024)", None, ("1954-05-07", "2024-05-07")),
    ("Từ ngày 30/6 - 1/7", None, None),
    ("ngày 8/7/2019 tổ chức", None, None),
    ("giai đoạn 2021-2025", None, None),
    ("ngày 1/7 - 30/6/2022", None, ("2021-07-01", "2022-06-30")),
    # hyphenated and dotted dates (Party style), which need "ngày" before the range
    ("Từ ngày 18-5 đến ngày 19-5-2023, Ban", None, ("2023-05-18", "2023-05-19")),
    ("ngày 18-5 - 19-5-2023", None, ("2023-05-18", "2023-05-19")),
    ("từ ngày 30-12-2023 đến ngày 2-1-2024", None, ("2023-12-30", "2024-01-02")),
    ("ngày 15.5 - 16.5.2023", None, ("2023-05-15", "2023-05-16")),
    ("Từ ngày 18 đến ngày 19-5-2023", None, ("2023-05-18", "2023-05-19")),
    ("từ ngày 18 đến hết ngày 20/5/2023", None, ("2023-05-18", "2023-05-20")),
    ("từ 1.5 đến 2.5 triệu đồng", 2023, None),
    ("tỷ số 2-1 - 3-2", 2023, None),
    ("từ 10-15 đến 20-25 người", 2023, None),
    ("ngày 19-5-2023 tổ chức", None, None),
    ("Trong 2 ngày (17 - 18/5), Ban", 2023, ("2023-05-17", "2023-05-18")),
    ("Từ 17 - 18/5, Ban", 2023, ("2023-05-17", "2023-05-18")),
    ("(1 - 2/3 số phiếu)", 2023, None),
]


@pytest.mark.parametrize(("text", "year", "expected"), RANGES)
def test_find_date_range(text, year, expected):
    got = find_date_range(text, default_year=year)
    if expected is None:
        assert got is None
    else:
        assert (got[0].isoformat(), got[1].isoformat()) == expected
        assert 0 <= got[2] < got[3] <= len(text)


# (text, default_year, [(label, start, end)])
PERIODS = [
    (
        "sơ kết 6 tháng đầu năm, triển khai nhiệm vụ trọng tâm 6 tháng cuối năm 2022",
        None,
        [
            ("6 tháng đầu năm 2022", "2022-01-01", "2022-06-30"),
            ("6 tháng cuối năm 2022", "2022-07-01", "2022-12-31"),
        ],
    ),
    (
        "giao ban 9 tháng đầu năm, triển khai nhiệm vụ quý IV năm 2024",
        None,
        [
            ("9 tháng đầu năm 2024", "2024-01-01", "2024-09-30"),
            ("quý IV năm 2024", "2024-10-01", "2024-12-31"),
        ],
    ),
    ("3 tháng cuối năm", 2021, [("3 tháng cuối năm 2021", "2021-10-01", "2021-12-31")]),
    ("nửa đầu năm 2024", None, [("nửa đầu năm 2024", "2024-01-01", "2024-06-30")]),
    ("Sáu tháng cuối năm 2024", None, [("Sáu tháng cuối năm 2024", "2024-07-01", "2024-12-31")]),
    (
        "Chín tháng đầu năm 2024, ngành",
        None,
        [("Chín tháng đầu năm 2024", "2024-01-01", "2024-09-30")],
    ),
    ("6 tháng cuối năm", None, [("6 tháng cuối năm", None, None)]),
    ("quý I/2022", None, [("quý I/2022", "2022-01-01", "2022-03-31")]),
    ("Quý II/2024", None, [("Quý II/2024", "2024-04-01", "2024-06-30")]),
    ("quý III năm 2022", None, [("quý III năm 2022", "2022-07-01", "2022-09-30")]),
    ("quý 3/2022", None, [("quý 3/2022", "2022-07-01", "2022-09-30")]),
    ("quý IV", 2023, [("quý IV năm 2023", "2023-10-01", "2023-12-31")]),
    ("tháng 8/2022", None, [("tháng 8/2022", "2022-08-01", "2022-08-31")]),
    ("tháng 2 năm 2024", None, [("tháng 2 năm 2024", "2024-02-01", "2024-02-29")]),
    ("năm 2023", None, [("năm 2023", "2023-01-01", "2023-12-31")]),
    ("giai đoạn 2021-2025", None, [("giai đoạn 2021-2025", "2021-01-01", "2025-12-31")]),
    ("giai đoạn 2021 - 2025", None, [("giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31")]),
    ("nhiệm kỳ 2020-2025", None, [("nhiệm kỳ 2020-2025", None, None)]),
    ("trong thời gian tới", None, [("thời gian tới", None, None)]),
    ("giao ban tháng 8", 2022, [("tháng 8 năm 2022", "2022-08-01", "2022-08-31")]),
    ("giao ban tháng 8", None, []),
    (
        "tháng 7 và tháng 8/2022",
        None,
        [
            ("tháng 7 năm 2022", "2022-07-01", "2022-07-31"),
            ("tháng 8/2022", "2022-08-01", "2022-08-31"),
        ],
    ),
    ("tháng 13/2022", None, []),
    # a date is not a period, and the year is not carried across a sentence end
    ("ngày 15 tháng 5 năm 2016", None, []),
    (
        "6 tháng đầu năm. Năm 2023",
        None,
        [("6 tháng đầu năm", None, None), ("Năm 2023", "2023-01-01", "2023-12-31")],
    ),
    ("6 tháng, 12 tháng 5 năm", None, []),
]


@pytest.mark.parametrize(("text", "year", "expected"), PERIODS)
def test_find_periods(text, year, expected):
    got = [
        (
            p.label,
            p.start.isoformat() if p.start else None,
            p.end.isoformat() if p.end else None,
        )
        for p in find_periods(text, default_year=year)
    ]
    assert got == expected


def test_parse_period_first_or_none():
    assert parse_period("tổng kết năm 2022, triển khai năm 2023").label == "năm 2022"
    assert parse_period("không có kỳ nào") is None


REF = D(2024, 10, 9)
# (text, reference, expected iso or None)
DEADLINES = [
    ("hoàn thành việc mở chuyên mục trước ngày 31/10/2024.", REF, "2024-10-31"),
    ("trước ngày 30/9/2024", REF, "2024-09-30"),
    ("thời gian thực hiện chậm nhất ngày 15-11-2024.", REF, "2024-11-15"),
    ("hoàn thành trong tháng 11/2024.", REF, "2024-11-30"),
    ("thời gian trong tháng 8/2024.", REF, "2024-08-31"),
    ("hoàn thành trong quý I/2024.", REF, "2024-03-31"),
    ("trong quý IV/2024", REF, "2024-12-31"),
    ("Quý II/2024.", REF, "2024-06-30"),
    ("- Thời gian: Quý II/2024.", REF, "2024-06-30"),
    ("Từ tháng 3 đến hết tháng 5/2024.", REF, "2024-05-31"),
    ("- Thời gian: Từ tháng 3 đến hết tháng 5/2024.", REF, "2024-05-31"),
    ("Thời gian: Ngày 06/5/2024.", REF, "2024-05-06"),
    ("Thời gian: Hoàn thành trước ngày 25/4/2024.", REF, "2024-04-25"),
    ("tổng kết trước ngày 25/11.", REF, "2024-11-25"),
    ("Trước ngày 25/11", REF, "2024-11-25"),
    ("gửi báo cáo trước ngày 20/5.", D(2024, 3, 12), "2024-05-20"),
    ("trình Thường trực Ban trước ngày 20/1.", D(2023, 12, 28), "2024-01-20"),
    ("chậm nhất ngày 29/02/2024.", D(2023, 12, 28), "2024-02-29"),
    ("chậm nhất là ngày 5 tháng 12 năm 2024", REF, "2024-12-05"),
    ("hoàn thành trong năm 2025", REF, "2025-12-31"),
    ("tổ chức từ ngày 15/4 đến ngày 20/4/2024", REF, "2024-04-20"),
    ("các hoạt động từ ngày 15/4 đến ngày 20/4/2024 tại tỉnh", REF, "2024-04-20"),
    ("đăng tải từ tháng 3 đến hết tháng 5/2024 trên báo", REF, "2024-05-31"),
    ("thực hiện đến hết ngày 31/12/2024", REF, "2024-12-31"),
    ("thời hạn nộp: 15/11/2024", REF, "2024-11-15"),
    ("gửi báo cáo trước ngày 15-11.", REF, "2024-11-15"),
    ("trước ngày 30 tháng 11 năm 2024", REF, "2024-11-30"),
    ("hoàn thành trong tháng 11", REF, "2024-11-30"),
    ("hoàn thành trong tháng 3", REF, "2025-03-31"),
    ("khắc phục hạn chế trong năm", REF, None),
    ("từ 2 đến 5 người tham gia", REF, None),
    # no year and no reference: unknown, never guessed
    ("trước ngày 25/11", None, None),
    # rhythms, anniversaries, block periods, ranges of an anniversary
    ("thực hiện thường xuyên; báo cáo nhanh khi có vụ việc.", REF, None),
    ("Thời gian: Thường xuyên.", REF, None),
    ("định kỳ (trước ngày 20 hằng tháng).", REF, None),
    ("báo cáo trước ngày 15/12 hằng năm", REF, None),
    ("định kỳ báo cáo Trưởng ban.", REF, None),
    ("nhất là 79 năm Cách mạng Tháng Tám và Quốc khánh 2/9", REF, None),
    ("kỷ niệm 70 năm chiến thắng Điện Biên Phủ (7/5/1954 - 7/5/2024)", REF, None),
    ("tổ chức hội nghị báo cáo viên cấp tỉnh quý IV, thông tin chuyên đề", REF, None),
    ("các nhiệm vụ 6 tháng cuối năm 2024", REF, None),
    ("hằng tháng, hằng quý", REF, None),
    # other wordings of a deadline
    ("Thời hạn: tháng 11/2024", REF, "2024-11-30"),
    ("Thời hạn hoàn thành: 30/11/2024.", REF, "2024-11-30"),
    ("hoàn thành xong trong tháng 11", REF, "2024-11-30"),
    ("báo cáo kết quả trước 15 tháng 11", REF, "2024-11-15"),
    ("gửi về Ban chậm nhất đến 30/11/2024", REF, "2024-11-30"),
    ("không muộn hơn ngày 30/11/2024", REF, "2024-11-30"),
    ("trước thời điểm 30/11/2024", REF, "2024-11-30"),
    ("trước 6 tháng", REF, None),
    ("hoàn thành 2 nhiệm vụ trong 6 tháng", REF, None),
    ("", REF, None),
    # range deadlines: the end of the range
    ("Chậm nhất đến hết năm 2024", REF, "2024-12-31"),
    ("chậm nhất đến hết năm 2024 phải hoàn thành việc rà soát", REF, "2024-12-31"),
    ("duy trì chuyên mục đến hết năm 2025", REF, "2025-12-31"),
    ("tuyên truyền từ nay đến cuối năm 2024", REF, "2024-12-31"),
    ("Từ nay đến hết quý I/2025", REF, "2025-03-31"),
    ("chậm nhất đến hết quý IV/2024", REF, "2024-12-31"),
    ("chậm nhất đến hết tháng 11", REF, "2024-11-30"),
    ("gửi báo cáo chậm nhất hết tháng 11", REF, "2024-11-30"),
    # "hết" alone is no deadline word: "duy trì hết tháng 11" keeps its rhythm
    ("duy trì hết tháng 11 các hoạt động", REF, None),
    ("kỷ niệm năm 2024", REF, None),
    # a month closing the clause is its deadline; a month inside it is a topic
    ("truyền đạt nội dung hội nghị đến chi bộ trong tháng 11.", REF, "2024-11-30"),
    ("tuyên truyền các sự kiện trong tháng 11 trên báo chí", REF, None),
    # a year closing the clause is its deadline (the end of that year); a year inside it
    # is the period the work belongs to
    ("tham mưu mở lớp chuyên đề về chuyển đổi số trong năm 2026.", REF, "2026-12-31"),
    ("Xã Đông Vân rà soát hồ sơ đảng viên trong năm 2025;", REF, "2025-12-31"),
    ("phấn đấu kết nạp 20 đảng viên mới trong năm 2025", REF, "2025-12-31"),
    ("trong năm 2025, tiếp tục đổi mới nội dung sinh hoạt chi bộ", REF, None),
    ("tuyên truyền các ngày lễ lớn trong năm 2025 trên trang tin", REF, None),
    ("các chỉ tiêu trong năm 2025 hằng quý", REF, None),
]


@pytest.mark.parametrize(("text", "reference", "expected"), DEADLINES)
def test_find_deadline(text, reference, expected):
    got = find_deadline(text, reference=reference)
    if expected is None:
        assert got is None
    else:
        assert got[0].isoformat() == expected
        assert 0 <= got[1] < got[2] <= len(text)


WEEKDAYS = [
    (D(2023, 7, 11), "Thứ ba", True),
    (D(2023, 7, 11), "Thứ Ba", True),
    (D(2019, 7, 16), "Thứ 3", True),
    (D(2024, 6, 23), "Chủ Nhật", True),
    (D(2024, 6, 23), "CN", True),
    (D(2022, 12, 29), "Thứ Năm", True),
    (D(2024, 4, 20), "Thứ Bảy", True),
    (D(2024, 4, 20), "Thứ bảy,", True),
    (D(2024, 1, 8), "Thứ Hai", True),
    (D(2024, 1, 8), "Thứ Tư", False),
    (D(2024, 1, 8), "Thứ nhất", False),
]


@pytest.mark.parametrize(("date", "word", "expected"), WEEKDAYS)
def test_weekday_matches(date, word, expected):
    assert weekday_matches(date, word) is expected


@pytest.mark.parametrize(
    ("year", "month", "expected"),
    [(2024, 2, D(2024, 2, 29)), (2023, 2, D(2023, 2, 28)), (2024, 12, D(2024, 12, 31))],
)
def test_month_end(year, month, expected):
    assert month_end(year, month) == expected
