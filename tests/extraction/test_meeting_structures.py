"""Meetings on whole fiction documents: dateline dash, a title run into the lead, a
two-day course, two meetings on consecutive days (each with its people and tasks)."""

from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from reports.extraction import extract_text, to_contract
from reports.extraction.formats import document_text

D = dt.date

CASES = [
    (
        "Hồng Lâm tổng kết công tác tuyên giáo năm 2026\n\n"
        "- Ngày 28-12, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị tổng kết công tác "
        "tuyên giáo năm 2026, triển khai nhiệm vụ năm 2027. Đồng chí Lò Văn Sinh, Trưởng Ban "
        "Tuyên giáo Huyện ủy chủ trì hội nghị.\n\n29/12/2026\n",
        ("tong_ket", D(2026, 12, 28), D(2026, 12, 28), "Ban Tuyên giáo Huyện ủy Hồng Lâm"),
    ),
    (
        "BÁO CÁO\nkết quả lớp tập huấn nghiệp vụ công tác tuyên giáo năm 2026\n\n"
        "Hồng Lâm, ngày 25 tháng 9 năm 2026\n\n"
        "Thực hiện Kế hoạch số 12-KH/BTGHU, trong 02 ngày 17 và 18/9/2026, Ban Tuyên giáo "
        "Huyện ủy Hồng Lâm tổ chức Lớp tập huấn nghiệp vụ công tác tuyên giáo năm 2026 cho "
        "120 học viên.\n",
        ("tap_huan", D(2026, 9, 17), D(2026, 9, 18), "Ban Tuyên giáo Huyện ủy Hồng Lâm"),
    ),
    (
        "Hồng Lâm: Giao ban báo chí tháng 5 Chiều 30/5, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ "
        "chức hội nghị giao ban báo chí tháng 5/2027.\n\n"
        "Đồng chí Lò Văn Sinh chủ trì hội nghị.\n",
        ("giao_ban", D(2027, 5, 30), D(2027, 5, 30), "Ban Tuyên giáo Huyện ủy Hồng Lâm"),
    ),
    (
        "THÔNG BÁO\nkết luận của Thường trực Huyện ủy tại buổi làm việc với Ban Dân vận\n\n"
        "Hồng Lâm, ngày 20 tháng 4 năm 2027\n\n"
        "Ngày 16/4/2027, Thường trực Huyện ủy Hồng Lâm làm việc với Ban Dân vận Huyện ủy về "
        "kết quả công tác quý I. Đồng chí Lò Văn Sinh, Bí thư Huyện ủy chủ trì buổi làm việc.\n",
        ("khac", D(2027, 4, 16), D(2027, 4, 16), "Thường trực Huyện ủy Hồng Lâm"),
    ),
    (
        "Hồng Lâm: giao ban tháng 5\n\n02/06/2027\n\n"
        "Sáng 1/6, Thường trực Huyện ủy Hồng Lâm họp giao ban tháng 5 năm 2027 dưới sự chủ "
        "trì của đồng chí Lò Văn Sinh, Bí thư Huyện ủy.\n",
        ("giao_ban", D(2027, 6, 1), D(2027, 6, 1), "Thường trực Huyện ủy Hồng Lâm"),
    ),
    (
        "THÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy xã\n\n"
        "Hồng Lâm, ngày 10 tháng 12 năm 2027\n\n"
        "Ngày 08/12/2027, Ban Thường vụ Đảng ủy xã Hồng Lâm họp thường kỳ tháng 12 năm 2027 "
        "dưới sự chủ trì của đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã.\n",
        ("khac", D(2027, 12, 8), D(2027, 12, 8), "Ban Thường vụ Đảng ủy xã Hồng Lâm"),
    ),
    (
        "Hồng Lâm: giao ban tháng 5\n\n02/06/2027\n\n"
        "Sáng 1/6, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức giao ban công tác tuyên giáo "
        "tháng 5 năm 2027. Đồng chí Lò Văn Sinh, Trưởng Ban Tuyên giáo Huyện ủy chủ trì.\n",
        ("giao_ban", D(2027, 6, 1), D(2027, 6, 1), "Ban Tuyên giáo Huyện ủy Hồng Lâm"),
    ),
    (
        "Hồng Lâm quán triệt nghị quyết\n\n05/06/2027\n\n"
        "BTG - Ngày 04/6, Ban Thường vụ Huyện ủy Hồng Lâm tổ chức Hội nghị học tập, quán "
        "triệt nghị quyết theo hình thức trực tiếp kết hợp trực tuyến.\n",
        ("khac", D(2027, 6, 4), D(2027, 6, 4), "Ban Thường vụ Huyện ủy Hồng Lâm"),
    ),
]


@pytest.mark.parametrize(
    ("text", "want"),
    CASES,
    ids=[
        "dateline-dash",
        "two-day",
        "run-in",
        "working-session",
        "held-giao-ban",
        "held",
        "no-noun",
        "agency-tag",
    ],
)
def test_one_meeting(text, want):
    (m,) = extract_text(text).meetings
    assert (m.kind, m.start_date, m.end_date, m.host_unit) == want


TWO = (
    "Hai hội nghị liên tiếp của Ban Tuyên giáo Huyện ủy Hồng Lâm\n\n15/06/2027 09:10\n\n"
    "Ngày 10/6, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị báo cáo viên quý II năm "
    "2027. Đồng chí Lò Văn Sinh, Trưởng Ban Tuyên giáo Huyện ủy chủ trì hội nghị. Đồng chí "
    "Vi Thị Hạnh, Phó Chủ tịch Ủy ban nhân dân huyện thông tin chuyên đề về kinh tế.\n\n"
    "Phát biểu tại hội nghị, đồng chí Lò Văn Sinh đề nghị đội ngũ báo cáo viên kịp thời "
    "truyền đạt nội dung hội nghị đến cơ sở.\n\n"
    "Ngày 11/6, Ban Tuyên giáo Huyện ủy tiếp tục tổ chức Hội nghị giao ban công tác tuyên "
    "giáo 6 tháng đầu năm 2027. Đồng chí Lò Văn Sinh chủ trì hội nghị. Đồng chí Tòng Văn "
    "Quý, Phó Trưởng Ban Tuyên giáo Huyện ủy trình bày báo cáo.\n\n"
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các đảng ủy xã tiếp tục củng cố đội "
    "ngũ cộng tác viên dư luận xã hội ở cơ sở.\n"
)


def test_two_meetings_on_consecutive_days():
    doc = extract_text(TWO)
    got = [(m.kind, m.start_date, m.end_date, m.host_unit) for m in doc.meetings]
    host = "Ban Tuyên giáo Huyện ủy Hồng Lâm"
    assert got == [
        ("bao_cao_vien", D(2027, 6, 10), D(2027, 6, 10), host),
        ("giao_ban", D(2027, 6, 11), D(2027, 6, 11), host),
    ]
    first, second = ({p.name for p in m.participants} for m in doc.meetings)
    assert first == {"Lò Văn Sinh", "Vi Thị Hạnh"}
    assert second == {"Lò Văn Sinh", "Tòng Văn Quý"}


def test_a_task_belongs_to_the_meeting_of_its_part():
    doc = to_contract(extract_text(TWO))
    assert [(t["text"][:20], t["meeting"]) for t in doc["tasks"]] == [
        ("đội ngũ báo cáo viên", 0),
        ("các đảng ủy xã tiếp ", 1),
    ]


def test_an_earlier_event_recalled_later_is_no_meeting():
    text = TWO.replace(
        "Ngày 11/6, Ban Tuyên giáo Huyện ủy tiếp tục", "Ngày 12/3, Ban Tuyên giáo Huyện ủy đã"
    )
    assert len(extract_text(text).meetings) == 1


def test_a_planned_working_session_is_no_meeting():
    text = (
        "Tin\n\n20/4/2027\n\nNgày 30/4/2027, Thường trực Huyện ủy Hồng Lâm sẽ làm việc với "
        "Ban Dân vận Huyện ủy về kết quả công tác quý I năm 2027 của Ban.\n"
    )
    assert extract_text(text).meetings == ()


WRAPPED = [
    "THÔNG BÁO",
    "Kết luận hội nghị sơ kết công tác dân vận",
    "Ngày 04/5/2027, Ban Dân vận Huyện ủy Đông Sơn tổ chức Hội nghị sơ kết công tác dân vận "
    "6 tháng đầu năm. Đồng chí Trần Văn Nghĩa, Phó Bí thư Huyện ủy chủ trì hội nghị. Đồng chí "
    "Lê Thị Hoa, Trưởng Ban Dân vận Huyện ủy trình bày báo cáo. Đồng chí Phan Văn Tú phát "
    "biểu tham luận.",
    "Sau khi nghe báo cáo, đồng chí Phó Bí thư kết luận như sau:",
    "1. Ban Dân vận Huyện ủy tiếp tục tham mưu triển khai thực hiện quy chế dân chủ ở cơ sở, "
    "hoàn thành trong quý III/2027.",
    "2. Các đảng ủy xã tổ chức đối thoại giữa người đứng đầu cấp ủy với Nhân dân về những vấn "
    "đề Nhân dân quan tâm, báo cáo kết quả về Ban Dân vận Huyện ủy trước ngày 30/9/2027.",
]


@pytest.mark.parametrize("width", [60, 66, 72])
def test_a_text_wrapped_inside_its_paragraphs_keeps_its_meeting(width):
    # hard wraps inside names and positions (``Đồng chí\nLê Thị Hoa``), blank lines between
    # the paragraphs: the meeting and its people are read as from unwrapped text
    raw = "\n\n".join("\n".join(textwrap.wrap(p, width)) for p in WRAPPED)
    doc = extract_text(document_text(raw.encode(), "thong-bao.txt").text)
    (meeting,) = doc.meetings
    assert (meeting.start_date, meeting.host_unit) == (
        D(2027, 5, 4),
        "Ban Dân vận Huyện ủy Đông Sơn",
    )
    got = {(p.name, p.position) for p in meeting.participants}
    assert got == {
        ("Trần Văn Nghĩa", "Phó Bí thư Huyện ủy"),
        ("Lê Thị Hoa", "Trưởng Ban Dân vận Huyện ủy"),
        ("Phan Văn Tú", None),
    }


# Two meetings told in one paragraph: the second opens its own sentence with its own date
# and ``tổ chức <meeting>``; a later sentence that only mentions a date starts nothing.
ONE_PARAGRAPH = (
    "Ban Tuyên giáo Tỉnh ủy Lam Sơn: hoạt động trong tuần\n\n08/03/2027 10:00\n\n"
    "Sáng 3/3, Ban Tuyên giáo Tỉnh ủy Lam Sơn tổ chức hội nghị giao ban quý I năm 2027. "
    "Đồng chí Hà Văn Khải, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị. {second} "
    "Đồng chí Lê Thị Mơ, Phó Trưởng Ban Tuyên giáo Tỉnh ủy trình bày báo cáo.\n"
)

SECOND_SENTENCES = [
    (
        "Chiều ngày 4-3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị sơ kết công tác dư luận xã "
        "hội quý I năm 2027.",
        ("so_ket", D(2027, 3, 4)),
    ),
    (
        "Sáng 5/3, Ban Tuyên giáo Tỉnh ủy Lam Sơn tiếp tục tổ chức Hội nghị báo cáo viên "
        "tháng 3/2027.",
        ("bao_cao_vien", D(2027, 3, 5)),
    ),
    (
        "Ngày 6/3/2027, tại Hội trường Tỉnh ủy, Ban Tuyên giáo Tỉnh ủy tổ chức lớp tập huấn "
        "nghiệp vụ cho cộng tác viên dư luận xã hội.",
        ("tap_huan", D(2027, 3, 6)),
    ),
]


@pytest.mark.parametrize(("second", "want"), SECOND_SENTENCES, ids=["chieu-dash", "sang", "year"])
def test_a_second_meeting_in_the_leads_paragraph(second, want):
    doc = extract_text(ONE_PARAGRAPH.format(second=second))
    got = [(m.kind, m.start_date) for m in doc.meetings]
    assert got == [("giao_ban", D(2027, 3, 3)), want]
    first, later = ({p.name for p in m.participants} for m in doc.meetings)
    assert (first, later) == ({"Hà Văn Khải"}, {"Lê Thị Mơ"})


NO_SECOND = [
    # a date with no meeting phrase
    "Ngày 4/3, đoàn công tác của Ban Tuyên giáo Tỉnh ủy kiểm tra tại huyện Đồi Mây.",
    # the meeting phrase but the date not opening the sentence (a cited document's)
    "Ban Tuyên giáo Tỉnh ủy thực hiện Kế hoạch số 09-KH/BTGTU ngày 4/3/2027 về tổ chức "
    "hội nghị sơ kết.",
    # an earlier event the article recalls
    "Ngày 10/1, Ban Tuyên giáo Tỉnh ủy đã tổ chức hội nghị tổng kết công tác năm 2026.",
    # a planned meeting
    "Ngày 20/3, Ban Tuyên giáo Tỉnh ủy sẽ tổ chức hội nghị sơ kết quý I.",
]


@pytest.mark.parametrize("second", NO_SECOND, ids=["date-only", "cited", "earlier", "planned"])
def test_a_later_dated_sentence_alone_starts_no_meeting(second):
    doc = extract_text(ONE_PARAGRAPH.format(second=second))
    assert [m.kind for m in doc.meetings] == ["giao_ban"]


def test_a_task_in_the_second_meetings_sentences_belongs_to_it():
    text = ONE_PARAGRAPH.format(second=SECOND_SENTENCES[0][0]).replace(
        "trình bày báo cáo.",
        "trình bày báo cáo. Kết luận hội nghị, đồng chí Hà Văn Khải đề nghị các huyện ủy "
        "tiếp tục nắm bắt dư luận xã hội ở cơ sở.",
    )
    doc = to_contract(extract_text(text))
    assert [t["meeting"] for t in doc["tasks"]] == [1]


# A course report: the course is the meeting, dated by its span (also across a month or a
# year boundary, the year written once at the end), hosted by the subject of ``tổ chức`` /
# ``mở`` / ``khai giảng``; a numbered section heading before the lead does not push the
# lead out of the opening sentences.
COURSE_HEAD = (
    "HUYỆN ỦY MƯỜNG SANG\n\nBAN TUYÊN GIÁO\n\nSố 15-BC/BTGHU\n\n"
    "Mường Sang, ngày 10 tháng 12 năm 2027\n\nBÁO CÁO\n\nKết quả {title}\n\n"
)
COURSES = [
    (
        "I. CÔNG TÁC TỔ CHỨC LỚP\n\nThực hiện Kế hoạch số 07-KH/BTGHU ngày 01/10/2027 của Ban "
        "Tuyên giáo Huyện ủy về bồi dưỡng cán bộ, trong 02 ngày (từ ngày 30/11 đến ngày "
        "01/12/2027), Ban Tuyên giáo Huyện ủy Mường Sang phối hợp với Trung tâm Chính trị "
        "huyện tổ chức Lớp bồi dưỡng nghiệp vụ dân vận năm 2027 cho 90 học viên.\n",
        ("tap_huan", D(2027, 11, 30), D(2027, 12, 1), "Ban Tuyên giáo Huyện ủy Mường Sang"),
    ),
    (
        "1. Công tác chuẩn bị\n\nTừ ngày 24/11 đến ngày 26/11/2027, Trung tâm Chính trị huyện "
        "Mường Sang mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới.\n",
        ("tap_huan", D(2027, 11, 24), D(2027, 11, 26), "Trung tâm Chính trị huyện Mường Sang"),
    ),
    (
        "Ngày 28/11/2027, Ban Dân vận Huyện ủy Mường Sang khai giảng Lớp bồi dưỡng kỹ năng "
        "vận động quần chúng cho cán bộ thôn, bản.\n",
        ("tap_huan", D(2027, 11, 28), D(2027, 11, 28), "Ban Dân vận Huyện ủy Mường Sang"),
    ),
    (
        "Sáng 28/11/2027, Ban Dân vận Huyện ủy Mường Sang khai giảng Lớp bồi dưỡng kỹ năng "
        "vận động quần chúng cho cán bộ thôn, bản. Đồng chí Lù Văn Páo, Trưởng Ban Dân vận "
        "Huyện ủy dự, phát biểu khai mạc.\n\nChiều 30/11, Ban Dân vận Huyện ủy tổ chức bế "
        "giảng lớp bồi dưỡng.\n",
        ("tap_huan", D(2027, 11, 28), D(2027, 11, 30), "Ban Dân vận Huyện ủy Mường Sang"),
    ),
    (
        "Ngày 29/12/2026, Trung tâm Chính trị huyện Mường Sang khai giảng lớp bồi dưỡng "
        "kết nạp đảng viên mới; lớp học bế giảng vào ngày 02/01.\n",
        ("tap_huan", D(2026, 12, 29), D(2027, 1, 2), "Trung tâm Chính trị huyện Mường Sang"),
    ),
    (
        "I. KẾT QUẢ\n\nTrong 03 ngày, từ ngày 30/12/2026 đến ngày 01/01/2027, Ban Tuyên giáo "
        "Huyện ủy Mường Sang tổ chức Lớp tập huấn báo cáo viên cơ sở.\n",
        ("tap_huan", D(2026, 12, 30), D(2027, 1, 1), "Ban Tuyên giáo Huyện ủy Mường Sang"),
    ),
]


@pytest.mark.parametrize(
    ("body", "want"),
    COURSES,
    ids=[
        "across-month",
        "mo-lop",
        "khai-giang",
        "khai-be-giang",
        "be-giang-next-year",
        "across-year",
    ],
)
def test_a_course_report_gives_the_course(body, want):
    text = COURSE_HEAD.format(title="lớp bồi dưỡng cán bộ năm 2027") + body
    (m,) = extract_text(text).meetings
    assert (m.kind, m.start_date, m.end_date, m.host_unit) == want


def test_a_ceremony_within_the_meeting_is_no_meeting_of_its_own():
    text = (
        "Hồng Lâm sơ kết 6 tháng\n\n16/07/2027\n\n"
        "Trong hai ngày 14 và 15/7/2027, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị sơ "
        "kết công tác tuyên giáo 6 tháng đầu năm 2027.\n\n"
        "Chiều 15/7, trong khuôn khổ hội nghị, Ban Tuyên giáo Huyện ủy và Ủy ban Mặt trận Tổ "
        "quốc Việt Nam huyện tổ chức Lễ ký kết Quy chế phối hợp giai đoạn 2027 - 2030.\n"
    )
    (meeting,) = extract_text(text).meetings
    assert (meeting.kind, meeting.start_date, meeting.end_date) == (
        "so_ket",
        D(2027, 7, 14),
        D(2027, 7, 15),
    )


def test_a_title_with_a_tone_mark_misread_keeps_its_kind():
    from reports.extraction.meetings import kind_of

    assert kind_of("Hội nghị chuyên để về công tác dân vận") == "chuyen_de"


def test_a_report_presented_at_a_meeting_names_that_meeting():
    text = (
        "ĐẢNG ỦY XÃ HỒNG LÂM\nBAN XÂY DỰNG ĐẢNG\n*\nSố 41-BC/BXDĐ\n\n"
        "Hồng Lâm, ngày 18 tháng 12 năm 2027\n\nBÁO CÁO\n\n"
        "Tổng kết công tác xây dựng Đảng năm 2027, phương hướng, nhiệm vụ năm 2028\n\n"
        "(Trình bày tại Hội nghị tổng kết công tác xây dựng Đảng năm 2027 của Đảng ủy xã Hồng "
        "Lâm, ngày 18/12/2027)\n\n"
        "Năm 2027, Ban Xây dựng Đảng đã tham mưu tổ chức học tập nghị quyết cho đảng viên.\n"
    )
    (meeting,) = extract_text(text).meetings
    assert meeting.title == "Hội nghị tổng kết công tác xây dựng Đảng năm 2027"
    assert (meeting.kind, meeting.start_date, meeting.host_unit) == (
        "tong_ket",
        D(2027, 12, 18),
        "Đảng ủy xã Hồng Lâm",
    )


def test_a_second_event_the_next_evening_is_dated_the_day_after():
    text = (
        "Hồng Lâm tổng kết năm 2027\n\n19/12/2027\n\n"
        "Ngày 17/12, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị tổng kết công tác "
        "tuyên giáo năm 2027. Đồng chí Lò Văn Sinh, Trưởng Ban Tuyên giáo Huyện ủy chủ trì.\n\n"
        "Tối hôm sau, tại Nhà văn hóa huyện, Ban Tuyên giáo Huyện ủy tổ chức Lễ trao Giải báo "
        "chí về xây dựng Đảng huyện Hồng Lâm lần thứ V.\n"
    )
    got = [(m.kind, m.start_date) for m in extract_text(text).meetings]
    assert got == [("tong_ket", D(2027, 12, 17)), ("khac", D(2027, 12, 18))]
