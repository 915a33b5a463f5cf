"""Minutes (``biên bản``) as fiction documents: the meeting they record from their title,
their ``Thời gian:`` line and their letterhead; who took part from their ``Thành phần:``
list (roles after a dash, ``Vắng:`` absent, ``Thư ký:``), speakers' items ``Đồng chí X
(…): …`` and a request inside one."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction import extract_text

LETTERHEAD = (
    "ĐẢNG BỘ TỈNH HỒNG LÂM\nĐẢNG ỦY XÃ TÂN MAI\nBAN XÂY DỰNG ĐẢNG\n*\nSố 7-BB/BXDĐ\n\n"
    "ĐẢNG CỘNG SẢN VIỆT NAM\nTân Mai, ngày 05 tháng 3 năm 2027\n\n"
)
MINUTES = LETTERHEAD + (
    "BIÊN BẢN\nHội nghị giao ban công tác xây dựng Đảng tháng 2 năm 2027\n\n"
    "Thời gian: 14 giờ 00 ngày 04/3/2027\n"
    "Địa điểm: Hội trường Đảng ủy xã Tân Mai\n"
    "Thành phần:\n"
    "- Đồng chí Lò Văn Sinh, Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng - Chủ trì\n"
    "- Đồng chí Vi Thị Hạnh, Phó Bí thư Thường trực Đảng ủy xã - Dự, chỉ đạo\n"
    "- Đồng chí Tòng Văn Quý, Phó Chủ tịch Ủy ban nhân dân xã\n"
    "- Đồng chí Hà Thị Lan, Bí thư Đoàn Thanh niên xã\n"
    "- Bí thư các chi bộ thôn.\n"
    "Vắng: Đồng chí Cầm Văn Tươi, Chủ tịch Hội Nông dân xã (có lý do).\n"
    "Thư ký: Đồng chí Lường Thị Mai, chuyên viên Ban Xây dựng Đảng.\n\n"
    "NỘI DUNG\n\n"
    "1. Ý kiến phát biểu\n\n"
    "- Đồng chí Tòng Văn Quý (Phó Chủ tịch Ủy ban nhân dân xã): Đến nay 41/53 hộ đã ký "
    "biên bản đồng thuận.\n\n"
    "- Đồng chí Vi Thị Hạnh (Phó Bí thư Thường trực Đảng ủy xã) phát biểu chỉ đạo: Đề "
    "nghị Ban Xây dựng Đảng tham mưu ban hành kế hoạch kiểm tra chi bộ, hoàn thành trước "
    "ngày 20/3.\n"
)


def _people():
    (meeting,) = extract_text(MINUTES).meetings
    return meeting, {p.name: (p.position, p.roles) for p in meeting.participants}


def test_the_meeting_minutes_record():
    meeting, _ = _people()
    assert meeting.title == "Hội nghị giao ban công tác xây dựng Đảng tháng 2 năm 2027"
    assert (meeting.kind, meeting.start_date, meeting.end_date) == (
        "giao_ban",
        dt.date(2027, 3, 4),
        dt.date(2027, 3, 4),
    )
    assert meeting.host_unit == "Ban Xây dựng Đảng Đảng ủy xã Tân Mai"


@pytest.mark.parametrize(
    ("name", "position", "roles"),
    [
        ("Lò Văn Sinh", "Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng", ("chair",)),
        ("Vi Thị Hạnh", "Phó Bí thư Thường trực Đảng ủy xã", ("directing",)),
        ("Tòng Văn Quý", "Phó Chủ tịch Ủy ban nhân dân xã", ("speaking",)),
        ("Hà Thị Lan", "Bí thư Đoàn Thanh niên xã", ("attending",)),
        ("Lường Thị Mai", "chuyên viên Ban Xây dựng Đảng", ("attending",)),
    ],
)
def test_who_took_part(name, position, roles):
    _, people = _people()
    assert people[name] == (position, roles)


def test_the_absent_take_no_part():
    _, people = _people()
    assert "Cầm Văn Tươi" not in people
    assert len(people) == 5


def test_a_request_in_a_speakers_item_is_a_task():
    (task,) = extract_text(MINUTES).tasks
    assert task.text.startswith("Ban Xây dựng Đảng tham mưu ban hành kế hoạch")
    assert task.assigned_by == "Vi Thị Hạnh"
    assert task.due_date == dt.date(2027, 3, 20)


QUICK_REPORT = LETTERHEAD.replace("Số 7-BB/BXDĐ", "Số 74-BC/ĐU").replace(
    "BAN XÂY DỰNG ĐẢNG\n", ""
) + (
    "BÁO CÁO NHANH\nkết quả Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ "
    "6 tháng cuối năm 2027\n\n"
    "Kính gửi: Thường trực Tỉnh ủy Hồng Lâm.\n\n"
    "1. Thời gian, địa điểm\n"
    "- Thời gian: từ 7 giờ 30 phút, thứ Năm, ngày 01/7/2027.\n"
    "- Địa điểm: Hội trường Đảng ủy xã Tân Mai.\n"
    "2. Thành phần tham dự\n"
    "- Chủ trì Hội nghị: đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã.\n"
    "- Dự và chỉ đạo: đồng chí Vi Thị Hạnh, Phó Trưởng Ban Tổ chức Tỉnh ủy.\n"
    "3. Nội dung\n"
    "- Công tác tổ chức, xây dựng Đảng: đã kết nạp 21 đảng viên mới.\n"
    "Phát biểu chỉ đạo, đồng chí Vi Thị Hạnh ghi nhận kết quả đạt được; đề nghị Đảng ủy xã "
    "tập trung hoàn thành dứt điểm việc xóa nhà tạm trước ngày 30/9/2027.\n"
    "4. Kết luận của đồng chí chủ trì\n"
    "Kết luận Hội nghị, đồng chí Lò Văn Sinh kết luận:\n"
    "- Hội nghị thống nhất đánh giá: 6 tháng đầu năm, Đảng bộ xã đạt 11/14 chỉ tiêu.\n"
    "Về nhiệm vụ 6 tháng cuối năm, đồng chí chủ trì yêu cầu thực hiện tốt các nội dung sau:\n"
    "- Văn phòng Đảng ủy chủ trì cập nhật dữ liệu đảng viên, hoàn thành trong tháng 8/2027.\n"
)


def test_a_quick_report_of_a_meeting_gives_the_meeting_its_people_and_tasks():
    doc = extract_text(QUICK_REPORT)
    (meeting,) = doc.meetings
    assert (meeting.kind, meeting.start_date, meeting.host_unit) == (
        "so_ket",
        dt.date(2027, 7, 1),
        "Đảng ủy xã Tân Mai",
    )
    people = {p.name: p.roles for p in meeting.participants}
    assert people["Lò Văn Sinh"][0] == "chair" and "directing" in people["Vi Thị Hạnh"]
    # the guest's request told in the contents part counts; the assessment does not
    assert [t.text[:30] for t in doc.tasks] == [
        "Đảng ủy xã tập trung hoàn thàn",
        "Văn phòng Đảng ủy chủ trì cập ",
    ]
    assert [t.assigned_by for t in doc.tasks] == ["Vi Thị Hạnh", "Lò Văn Sinh"]
