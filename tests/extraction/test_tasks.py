"""Tasks: block types, item styles and task fields, on small made-up texts."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction import task_blocks as tb
from reports.extraction import task_fields as tf
from reports.extraction.tasks import _ENUM, find_tasks
from reports.extraction.types import Directive, Participant, Span
from tests.extraction.factories import segmented

REF = dt.date(2025, 6, 20)


def _tasks(body: str, *, published: dt.date | None = REF, participants=(), directives=()):
    seg = segmented(body, title="Tin", published=published)
    return find_tasks(seg, directives=directives, units=(), participants=participants, meetings=())


# (body, expected task texts as prefixes)
BLOCK_CASES = [
    # ordinal words after a request
    (
        "Đồng chí Phan Văn Hải đề nghị các cấp ủy cần thực hiện tốt các nhiệm vụ sau:\n"
        "Thứ nhất, tăng cường công tác giáo dục chính trị.\n"
        "Thứ hai, đẩy mạnh tuyên truyền trên mạng xã hội.",
        ["tăng cường công tác giáo dục", "đẩy mạnh tuyên truyền"],
    ),
    # Một là ... after xác định ... thời gian tới đó là:
    (
        "Ban Thường vụ xác định nhiệm vụ, giải pháp trong thời gian tới đó là:\n"
        "Một là, nâng cao chất lượng sinh hoạt chi bộ.\n"
        " Hai là, củng cố đội ngũ báo cáo viên.",
        ["nâng cao chất lượng sinh hoạt", "củng cố đội ngũ"],
    ),
    # letters and bracketed numbers
    (
        "Hội nghị đề nghị các đảng bộ tập trung một số nội dung sau:\n"
        "a) Rà soát kế hoạch học tập chuyên đề.\nb) Kiện toàn tổ thư ký.",
        ["Rà soát kế hoạch", "Kiện toàn tổ thư ký"],
    ),
    (
        "Đồng chí Trương Minh Đức yêu cầu các phòng thực hiện các nhiệm vụ sau:\n"
        "(1) Theo dõi dư luận xã hội hằng tuần.\n(2) Cập nhật trang thông tin điện tử.",
        ["Theo dõi dư luận", "Cập nhật trang thông tin"],
    ),
    # dash bullets, and a continuation paragraph belongs to the item before it
    (
        "Kết luận hội nghị, đồng chí Đoàn Thị Mai đề nghị các chi bộ thực hiện nhiệm vụ sau:\n"
        "- Duy trì sinh hoạt chuyên đề mỗi quý một lần.\n"
        "Trong đó, chú ý đổi mới hình thức sinh hoạt cho phù hợp với đảng viên trẻ.\n"
        "- Tổ chức tọa đàm về chuyển đổi số.",
        ["Duy trì sinh hoạt chuyên đề mỗi quý một lần. Trong đó", "Tổ chức tọa đàm"],
    ),
    # achievements and shortcomings marked like task lists: no tasks
    (
        "Năm 2024, ngành Tuyên giáo đã hoàn thành tốt nhiệm vụ được giao. Nổi bật là:\n"
        "Thứ nhất, tăng cường công tác tham mưu cho cấp ủy.\n"
        "Thứ hai, tích cực đổi mới phương thức tuyên truyền.",
        [],
    ),
    (
        "Tuy nhiên, công tác tuyên giáo vẫn còn một số hạn chế, bất cập. Đó là: 1) Việc học tập"
        " nghị quyết ở một số nơi còn chậm. 2) Chất lượng báo cáo viên chưa đều.",
        [],
    ),
    (
        "Những hạn chế cần khắc phục như sau:\n- Tuyên truyền chưa sâu.\n- Báo cáo còn chậm.",
        [],
    ),
    # inline 1) 2) of tasks
    (
        "Đồng chí Vũ Văn Nam đề nghị thực hiện tốt các nhiệm vụ sau: 1) Tăng cường nắm bắt"
        " tình hình tư tưởng; 2) Đẩy mạnh tuyên truyền về đại hội đảng bộ các cấp.",
        ["Tăng cường nắm bắt", "Đẩy mạnh tuyên truyền về đại hội"],
    ),
    # sentences after a colon, split again at ';' before an action word
    (
        "Kết luận, đồng chí Bùi Văn Tâm nhấn mạnh nhiệm vụ trọng tâm 6 tháng cuối năm 2025: Tham"
        " mưu ban hành kế hoạch tuyên truyền. Tổ chức hội thi báo cáo viên giỏi; duy trì giao"
        " ban báo chí hằng tháng. Tiếp tục mở lớp bồi dưỡng lý luận chính trị.",
        ["Tham mưu ban hành", "Tổ chức hội thi", "duy trì giao ban", "Tiếp tục mở lớp"],
    ),
    # a count announced, then "Cụ thể," and unmarked paragraphs
    (
        "Trưởng ban Tuyên giáo Nguyễn Thị Lan đề nghị các cơ quan báo chí hỗ trợ Đảng bộ với 3"
        " nhiệm vụ trọng tâm trong năm 2025. Cụ thể, tuyên truyền kết quả đại hội đảng bộ.\n"
        "Đẩy mạnh tuyên truyền về bảo vệ nền tảng tư tưởng của Đảng.\n"
        "Công tác tuyên truyền lan tỏa các mô hình học tập và làm theo Bác.\n"
        "Nguyễn Văn Bình",
        [
            "tuyên truyền kết quả đại hội",
            "Đẩy mạnh tuyên truyền về bảo vệ",
            "Công tác tuyên truyền",
        ],
    ),
    # an agreement for a coming period, then paragraphs that start with action words
    (
        "Các đại biểu thống nhất, trong 6 tháng cuối năm 2025, Đảng ủy Khối tiếp tục tổ chức sơ"
        " kết các nghị quyết. Đảng ủy Khối đẩy mạnh công tác tuyên truyền miệng.\n"
        "Tiếp tục nâng cao chất lượng nghiên cứu dư luận xã hội.\n"
        "Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng.\n"
        "Hội nghị cũng đã trao giấy khen cho các tập thể.",
        [
            "Đảng ủy Khối tiếp tục tổ chức",
            "Đảng ủy Khối đẩy mạnh",
            "Tiếp tục nâng cao",
            "Tăng cường công tác bảo vệ",
        ],
    ),
    # discussion topics are not tasks
    (
        "Các ý kiến thảo luận tập trung đề xuất giải pháp trong thời gian tới như: nâng cao chất"
        " lượng tuyên truyền; đổi mới sinh hoạt chi bộ.",
        [],
    ),
    # weekday lines and years are not markers; a request with "đã" is past
    (
        "Thứ Hai, 20/4/2025\nNăm 2024, Ban đã đề nghị các đảng bộ cần tập trung tuyên truyền.",
        [],
    ),
    # a post-script "*" closes the list
    (
        "Đồng chí Hồ Văn Sơn đề nghị các đảng ủy cần tập trung một số nhiệm vụ sau:\n"
        "Thứ nhất, tổ chức học tập nghị quyết kịp thời.\n"
        "* Tại hội nghị, các đại biểu được tập huấn nghiệp vụ công tác tuyên giáo.\n"
        "Cũng dịp này, Ban đã trao tặng nhà tình nghĩa.",
        ["tổ chức học tập nghị quyết kịp thời"],
    ),
    # prose requests: the request and the sentences after it
    (
        "Phát biểu chỉ đạo, đồng chí Lâm Văn Hòa ghi nhận nỗ lực của ngành; đồng thời đề nghị"
        " ngành Tuyên giáo chủ động nắm bắt tình hình tư tưởng trong Nhân dân. Các chi bộ cần"
        " đổi mới nội dung sinh hoạt định kỳ. Hội nghị cũng trao giấy khen cho 5 tập thể.\n"
        "Dịp này, Ban tặng giấy khen cho 5 tập thể.",
        ["ngành Tuyên giáo chủ động nắm bắt", "Các chi bộ cần đổi mới"],
    ),
    # a bare "Đồng chí yêu cầu" after the speaker was named
    (
        "Phát biểu chỉ đạo, đồng chí Kiều Văn Dũng đánh giá cao đội ngũ báo cáo viên. Đồng chí"
        " yêu cầu đội ngũ báo cáo viên các cấp tiếp tục nâng cao kỹ năng tuyên truyền.",
        ["đội ngũ báo cáo viên các cấp tiếp tục"],
    ),
    # assigning sentences under "giao nhiệm vụ"
    (
        "Kết luận, đồng chí Đặng Thu Hà giao nhiệm vụ cụ thể cho từng phòng. Phòng Tuyên truyền"
        " chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng kế hoạch trước ngày"
        " 20/7. Văn phòng Ban chủ trì rà soát quy chế làm việc, hoàn thành trong quý III/2025.",
        ["Phòng Tuyên truyền chủ trì", "Văn phòng Ban chủ trì"],
    ),
    # a coming period opening the sentence; its clauses split at ';' before an action word
    (
        "Thời gian tới, ngành Tuyên giáo tiếp tục tham mưu học tập nghị quyết; đẩy mạnh tuyên"
        " truyền về đại hội; tăng cường bảo vệ nền tảng tư tưởng của Đảng.",
        ["ngành Tuyên giáo tiếp tục", "đẩy mạnh tuyên truyền", "tăng cường bảo vệ"],
    ),
    # proposals of delegates and requests told as done are not tasks
    (
        "Nhiều ý kiến đề nghị Trung ương sớm ban hành tài liệu hướng dẫn mới.\n"
        "Ban Thường vụ đã ban hành kế hoạch, yêu cầu các cấp ủy tổ chức học tập nghiêm túc.\n"
        "Các cơ quan đã nắm vững yêu cầu, nhiệm vụ được giao trong năm.",
        [],
    ),
    # an unnumbered sub-heading, then paragraphs that start with action words
    (
        "Nhiệm vụ trọng tâm tháng 7/2025\nTiếp tục tuyên truyền kết quả kỳ họp Hội đồng nhân"
        " dân.\nĐẩy mạnh tuyên truyền phòng, chống thiên tai.\nThu Trang",
        ["Tiếp tục tuyên truyền kết quả", "Đẩy mạnh tuyên truyền phòng"],
    ),
    # "Trong đó, ..." spells out the task before it
    (
        "Đồng chí Đinh Văn Phú nhấn mạnh nhiệm vụ trọng tâm quý IV: Tổ chức tốt đại hội chi bộ."
        " Trong đó, chú trọng công tác nhân sự. Tiếp tục tuyên truyền nghị quyết.",
        ["Tổ chức tốt đại hội chi bộ. Trong đó, chú trọng", "Tiếp tục tuyên truyền"],
    ),
    # a speech after a colon whose sentences say who "cần" do what
    (
        "Kết luận, đồng chí Lương Văn Tú nhấn mạnh: Các cấp ủy cần quan tâm công tác dân vận."
        " Mặt trận và các đoàn thể cần đổi mới phương thức hoạt động.",
        ["Các cấp ủy cần quan tâm", "Mặt trận và các đoàn thể cần"],
    ),
    # numbered sub-headings of a notice decide their part
    (
        "Đồng chí Trưởng ban kết luận như sau:\n1. Đánh giá chung\n"
        "Năm qua, ngành đã hoàn thành tốt nhiệm vụ; tuy nhiên còn một số hạn chế.\n"
        "- Tăng cường công tác tham mưu cho cấp ủy.\n"
        "2. Nhiệm vụ thời gian tới\n- Tăng cường nắm bắt dư luận xã hội.\n"
        "- Đẩy mạnh tuyên truyền trên mạng xã hội.",
        ["Tăng cường nắm bắt", "Đẩy mạnh tuyên truyền trên"],
    ),
    # "1/" markers, a marker glued to its text, "Thứ nhất là,"
    (
        "Đồng chí Tạ Văn Long đề nghị các cấp ủy thực hiện các nhiệm vụ sau:\n"
        "1/ Tăng cường tuyên truyền miệng.\n2.Đẩy mạnh sinh hoạt chuyên đề.",
        ["Tăng cường tuyên truyền miệng", "Đẩy mạnh sinh hoạt chuyên đề"],
    ),
    (
        "Hội nghị thống nhất các giải pháp trong thời gian tới:\n"
        "Thứ nhất là, đổi mới nội dung tuyên truyền.\nThứ hai là, phát huy vai trò báo chí.",
        ["đổi mới nội dung", "phát huy vai trò"],
    ),
    # nested numbering: the sub-heading "1." is dropped, its "1.1." items are tasks
    (
        "III. NHIỆM VỤ, GIẢI PHÁP\n1. Công tác tuyên truyền\n1.1. Tuyên truyền đại hội đảng"
        " bộ các cấp.\n1.2. Tuyên truyền các ngày lễ lớn.\n2. Rà soát đội ngũ báo cáo viên.",
        ["Tuyên truyền đại hội", "Tuyên truyền các ngày lễ", "Rà soát đội ngũ"],
    ),
    # a wrapped line continues its item; a count with unmarked paragraphs after a colon
    (
        "Đồng chí Mai Văn Phúc đề nghị thực hiện 2 nhiệm vụ sau:\n"
        "Cán bộ tuyên giáo cần bám sát cơ sở, kịp thời nắm bắt tư tưởng\n"
        "của đảng viên.\nBáo chí địa phương tăng thời lượng tuyên truyền về đại hội.\n"
        "Hội nghị kết thúc trong không khí phấn khởi, đoàn kết.",
        ["Cán bộ tuyên giáo cần bám sát cơ sở, kịp thời nắm bắt tư tưởng của", "Báo chí địa"],
    ),
    # the first item on the introducer's line, the next ones on their own lines
    (
        "Đồng chí Lý Thị Nga đề nghị thực hiện tốt các nhiệm vụ sau: Thứ nhất, rà soát đội ngũ"
        " cộng tác viên.\nThứ hai, đổi mới hình thức sinh hoạt chi bộ.",
        ["rà soát đội ngũ", "đổi mới hình thức"],
    ),
    # sections headed in lower case
    (
        "I. Kết quả đạt được\n1. Tổ chức 12 hội nghị học tập nghị quyết.\n"
        "II. Nhiệm vụ thời gian tới\n1. Tổ chức sơ kết chuyên đề năm.\n"
        "III. Kiến nghị\n1. Đề nghị cấp trên hỗ trợ kinh phí.",
        ["Tổ chức sơ kết chuyên đề năm"],
    ),
    # a notice's closing formula ends the list
    (
        "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Tổ chức tập huấn cho báo cáo viên cơ sở.\n"
        "Ban Tuyên giáo thông báo để các đơn vị biết, thực hiện.",
        ["Tổ chức tập huấn cho báo cáo viên cơ sở"],
    ),
    # a concluding speech's points with no other cue
    (
        "Kết luận hội nghị, đồng chí Hứa Văn Bình nêu rõ:\n- Các chi bộ rà soát nghị quyết.\n"
        "- Các đảng viên gương mẫu thực hiện quy định.",
        ["Các chi bộ rà soát", "Các đảng viên gương mẫu"],
    ),
    # unmarked items after an announcing colon that start with who does it
    (
        "Đồng chí Âu Văn Lực đề nghị thực hiện tốt các nhiệm vụ sau:\n"
        "Các cấp ủy cần quan tâm lãnh đạo công tác tuyên giáo ở cơ sở.\n"
        "Ban Tuyên giáo chủ trì, phối hợp với Sở Nội vụ rà soát đội ngũ cán bộ.\n"
        "Hội nghị đã biểu dương 10 tập thể có thành tích xuất sắc.",
        ["Các cấp ủy cần quan tâm", "Ban Tuyên giáo chủ trì"],
    ),
    # inline ordinal words after a colon
    (
        "Đồng chí Chu Văn Lâm đề nghị thời gian tới các cấp ủy cần tập trung: Một là, đổi mới"
        " học tập nghị quyết; Hai là, nâng cao chất lượng báo cáo viên.",
        ["đổi mới học tập nghị quyết", "nâng cao chất lượng báo cáo viên"],
    ),
    # a request listing ';'-joined actions is split, but not before its deadline clause
    (
        "Kết luận, đồng chí Ngô Văn Hùng yêu cầu các cấp ủy tiếp tục quán triệt nghị quyết;"
        " tập trung tuyên truyền đại hội; chú trọng nắm bắt dư luận xã hội.\n"
        "Đồng chí cũng giao Phòng Tuyên truyền chủ trì xây dựng kế hoạch; hoàn thành trước"
        " ngày 30/9; báo cáo Thường trực Ban.",
        [
            "các cấp ủy tiếp tục quán triệt",
            "tập trung tuyên truyền",
            "chú trọng nắm bắt",
            "Phòng Tuyên truyền chủ trì xây dựng kế hoạch; hoàn thành trước ngày 30/9; báo cáo",
        ],
    ),
    # achievements with "đã phối hợp", "chủ trì, phối hợp ... hoàn thành trước ..."
    (
        "Năm 2024, Ban đã phối hợp với Sở Nội vụ tổ chức hội thi; chủ trì, phối hợp với Trường"
        " Chính trị tỉnh mở 02 lớp bồi dưỡng, hoàn thành trước ngày 30/9.",
        [],
    ),
]


_REQUEST = "Đồng chí Vũ Thị Hằng đề nghị các chi bộ thực hiện tốt các nhiệm vụ sau:\n"
# typed-document markers: ``1-``, ``1 -``, ``a/``, ``(a)``
BLOCK_CASES += [
    (
        _REQUEST + f"{a} Tiếp tục đổi mới sinh hoạt chi bộ.\n{b} Tăng cường nắm bắt dư luận.",
        ["Tiếp tục đổi mới", "Tăng cường nắm bắt"],
    )
    for a, b in (("1-", "2-"), ("1 -", "2 -"), ("a/", "b/"), ("(a)", "(b)"), ("(1)", "(2)"))
]
# inline lists after a colon: ``1. ...; 2. ...`` and ``- ...; - ...``
BLOCK_CASES += [
    (
        "Đồng chí Vũ Thị Hằng đề nghị các chi bộ: "
        + f"{a} Tiếp tục đổi mới sinh hoạt chi bộ; {b} Tăng cường nắm bắt dư luận.",
        ["Tiếp tục đổi mới", "Tăng cường nắm bắt"],
    )
    for a, b in (("1.", "2."), ("-", "-"), ("+", "+"))
]
BLOCK_CASES += [
    # a number inside an item is not a marker
    (
        "Đồng chí Vũ Thị Hằng đề nghị các chi bộ: 1. Tổ chức 2. đợt sinh hoạt; 2. Tăng "
        "cường nắm bắt dư luận.",
        ["Tổ chức 2. đợt sinh hoạt", "Tăng cường nắm bắt"],
    ),
]

# (line, the marker read at its start or None)
MARKER_ROWS = [
    ("1- Tiếp tục đổi mới", "1-"),
    ("12 - Tăng cường", "12 -"),
    ("a/ Tiếp tục", "a/"),
    ("(c) Tiếp tục", "(c)"),
    ("1/ Tiếp tục", "1/"),
    ("b) Tiếp tục", "b)"),
    # dates, ``đ/c`` (comrade) and a dash before a lower-case word are not markers
    ("1-6-2025 là hạn chót", None),
    ("15-5 hằng năm", None),
    ("đ/c Hằng nhấn mạnh", None),
    ("2 - các chi bộ", None),
]


@pytest.mark.parametrize(("line", "marker"), MARKER_ROWS)
def test_enumeration_markers(line, marker):
    m = _ENUM.match(line)
    assert (m.group("m") if m else None) == marker


def test_bare_comrade_is_the_person_named_before():
    body = BLOCK_CASES[[i for i, c in enumerate(BLOCK_CASES) if "Kiều Văn Dũng" in c[0]][0]][0]
    assert [t.assigned_by for t in _tasks(body)] == ["Kiều Văn Dũng"]


@pytest.mark.parametrize(("body", "expected"), BLOCK_CASES)
def test_blocks_and_items(body, expected):
    got = [t.text for t in _tasks(body)]
    assert len(got) == len(expected), got
    for text, prefix in zip(got, expected, strict=True):
        assert text.startswith(prefix), (text, prefix)


REPORT = """BÁO CÁO
I. KẾT QUẢ CÔNG TÁC 6 THÁNG ĐẦU NĂM 2025
1. Công tác tham mưu
- Tham mưu ban hành 05 văn bản chỉ đạo.
- Phối hợp với Trung tâm Chính trị huyện mở lớp bồi dưỡng.
II. HẠN CHẾ
- Tuyên truyền ở cơ sở chưa sâu.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025
1. Tham mưu ban hành kế hoạch tổng kết công tác năm; hoàn thành trước ngày 15/8/2025.
2. Chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức hội nghị chuyên đề.
3. Phối hợp với Phòng Văn hóa và Thông tin huyện, Trung tâm Văn hóa, Thông tin và Thể thao\
 huyện nâng cao chất lượng trang tin; mỗi tháng đăng 50 tin.
4. Củng cố đội ngũ cộng tác viên; báo cáo định kỳ (trước ngày 20 hằng tháng).
IV. KIẾN NGHỊ
Đề nghị Ban Tuyên giáo Tỉnh ủy hỗ trợ tài liệu.
Trên đây là báo cáo kết quả công tác.
Nơi nhận:
- Thường trực Huyện ủy,
- Lưu VP."""

PLAN = """KẾ HOẠCH
I. MỤC ĐÍCH, YÊU CẦU
- Tuyên truyền sâu rộng ý nghĩa của ngày lễ.
II. NỘI DUNG TUYÊN TRUYỀN
1. Ý nghĩa lịch sử của chiến thắng.
III. CÁC HOẠT ĐỘNG CỤ THỂ
1. Tổ chức hội nghị báo cáo viên chuyên đề
- Cơ quan chủ trì: Ban Tuyên giáo Tỉnh ủy.
- Cơ quan phối hợp: Bộ Chỉ huy Quân sự tỉnh, Hội Cựu chiến binh tỉnh.
- Thời gian: Trước ngày 10/7/2025.
2. Mở chuyên mục trên báo, đài
- Cơ quan chủ trì: Báo Tỉnh, Đài Phát thanh và Truyền hình tỉnh.
- Cơ quan phối hợp: Ủy ban nhân dân các huyện, thị xã, thành phố.
- Thời gian: Từ tháng 7 đến hết tháng 9/2025.
3. Theo dõi dư luận xã hội
- Cơ quan chủ trì: Ban Chỉ đạo 35 tỉnh.
- Thời gian: Thường xuyên.
IV. TỔ CHỨC THỰC HIỆN
1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, đôn đốc; báo cáo\
 trước ngày 20/10.
2. Đề nghị Ủy ban Mặt trận Tổ quốc tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền."""


def test_report_sections_decide():
    tasks = _tasks(REPORT)
    assert [t.text[:20] for t in tasks] == [
        "Tham mưu ban hành kế",
        "Chủ trì, phối hợp vớ",
        "Phối hợp với Phòng V",
        "Củng cố đội ngũ cộng",
    ]
    assert [t.due_date for t in tasks] == [dt.date(2025, 8, 15), None, None, None]
    assert [t.lead for t in tasks] == [(), (), (), ()]
    assert tasks[1].support == ("Trung tâm Chính trị huyện",)
    assert tasks[2].support == (
        "Phòng Văn hóa và Thông tin huyện",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
    )
    assert {t.period for t in tasks} == {"6 tháng cuối năm 2025"}


def test_plan_attribute_lines():
    tasks = _tasks(PLAN)
    assert [t.text for t in tasks][:3] == [
        "Tổ chức hội nghị báo cáo viên chuyên đề",
        "Mở chuyên mục trên báo, đài",
        "Theo dõi dư luận xã hội",
    ]
    assert len(tasks) == 5
    assert tasks[0].lead == ("Ban Tuyên giáo Tỉnh ủy",)
    assert tasks[0].support == ("Bộ Chỉ huy Quân sự tỉnh", "Hội Cựu chiến binh tỉnh")
    assert tasks[1].lead == ("Báo Tỉnh", "Đài Phát thanh và Truyền hình tỉnh")
    assert tasks[1].support == ("Ủy ban nhân dân các huyện, thị xã, thành phố",)
    assert [t.due_date for t in tasks] == [
        dt.date(2025, 7, 10),
        dt.date(2025, 9, 30),
        None,
        dt.date(2025, 10, 20),
        None,
    ]
    assert tasks[3].lead == ("Ban Tuyên giáo Tỉnh ủy",)
    assert tasks[3].support == ("Văn phòng Tỉnh ủy",)
    assert tasks[4].assignees == (
        "Ủy ban Mặt trận Tổ quốc tỉnh",
        "các tổ chức chính trị - xã hội tỉnh",
    )


# (section heading, activity marker) -> the activities followed by a responsibility line
# are tasks whatever the section is called; marked lines without one are not
ACTIVITY_ROWS = [
    ("II. NỘI DUNG, HÌNH THỨC", "(a)", "(b)"),
    ("II. NỘI DUNG TUYÊN TRUYỀN", "1.", "2."),
    ("2. Hình thức tuyên truyền", "a/", "b/"),
]


@pytest.mark.parametrize(("heading", "m1", "m2"), ACTIVITY_ROWS)
def test_activities_with_a_responsibility_line(heading, m1, m2):
    body = (
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao nhận thức của cán bộ, đảng viên.\n"
        f"{heading}\n"
        f"{m1} Tổ chức tọa đàm về vai trò của Công đoàn.\n"
        "- Cơ quan chủ trì: Công đoàn Giáo dục tỉnh.\n"
        "- Cơ quan phối hợp: Đoàn Thanh niên Khối, Câu lạc bộ Lý luận trẻ.\n"
        f"{m2} Treo băng rôn tại trụ sở các cơ quan.\n"
        "- Đơn vị thực hiện: Các chi bộ cơ sở.\n"
    )
    tasks = _tasks(body)
    assert [t.text for t in tasks] == [
        "Tổ chức tọa đàm về vai trò của Công đoàn",
        "Treo băng rôn tại trụ sở các cơ quan",
    ]
    assert tasks[0].lead == ("Công đoàn Giáo dục tỉnh",)
    assert tasks[0].support == ("Đoàn Thanh niên Khối", "Câu lạc bộ Lý luận trẻ")


def test_item_text_drops_the_list_separator():
    body = (
        "Đồng chí Vũ Thị Hằng đề nghị các chi bộ: (1) Nâng cao nhận thức; (2) Đổi mới "
        "phương thức tuyên truyền; (3) Phát huy vai trò của báo chí."
    )
    assert [t.text for t in _tasks(body)] == [
        "Nâng cao nhận thức",
        "Đổi mới phương thức tuyên truyền",
        "Phát huy vai trò của báo chí",
    ]


def test_a_marked_line_with_only_a_time_line_is_not_an_activity():
    body = (
        "II. KẾT QUẢ ĐẠT ĐƯỢC\n"
        "1. Tổ chức 12 hội nghị quán triệt nghị quyết.\n"
        "- Thời gian: quý I/2025.\n"
    )
    assert _tasks(body) == ()


def test_assigner_by_name_title_and_carry_over():
    people = (
        Participant("Lò Văn Thắng", "Trưởng ban Tuyên giáo Tỉnh ủy", ("chair", "concluding")),
        Participant("Mai Thị Hoa", "Phó Trưởng ban Tuyên giáo Tỉnh ủy", ("reporting",)),
    )
    body = (
        "II. NHIỆM VỤ TRỌNG TÂM QUÝ III NĂM 2025\n"
        "Đồng chí Trưởng ban đề nghị các phòng thực hiện tốt các nhiệm vụ sau:\n"
        "1. Giao Văn phòng Ban theo dõi, đôn đốc việc thực hiện."
    )
    tasks = _tasks(body, participants=people)
    assert tasks[0].assigned_by == "Lò Văn Thắng"
    assert tasks[0].assignees == ("Văn phòng Ban",)
    assert tasks[0].lead == ()
    assert tasks[0].period == "quý III năm 2025"
    body = (
        "Kết luận, đồng chí Lò Văn Thắng đề nghị Phòng Lý luận chủ trì biên soạn tài liệu.\n"
        "Đồng chí cũng giao Phòng Khoa giáo chủ trì, phối hợp với các phòng chuyên môn rà soát"
        " quy chế. Với ban tuyên giáo các huyện ủy, đồng chí đề nghị duy trì nắm bắt dư luận."
    )
    tasks = _tasks(body, participants=people)
    assert [t.assigned_by for t in tasks] == ["Lò Văn Thắng"] * 3
    assert tasks[1].text.startswith("Phòng Khoa giáo chủ trì")
    assert tasks[1].support == ("các phòng chuyên môn",)
    assert tasks[2].text.startswith("duy trì nắm bắt")
    assert tasks[2].assignees == ("ban tuyên giáo các huyện ủy",)


def test_body_subject_gives_no_assigner_and_directives_inside_span():
    body = (
        "Ban Thường vụ xác định nhiệm vụ trọng tâm trong thời gian tới đó là:\n"
        "Một là, thực hiện Kết luận số 01-KL/TW về học tập và làm theo Bác.\n"
        "Hai là, đổi mới công tác dân vận."
    )
    seg = segmented(body, title="Tin", published=REF)
    at = seg.text.index("01-KL/TW")
    d = Directive(
        "01-KL/TW",
        "ket_luan",
        "01",
        "TW",
        None,
        None,
        None,
        "Kết luận số 01-KL/TW",
        (Span(at, at + 8),),
    )
    tasks = find_tasks(seg, directives=(d,), units=(), participants=(), meetings=())
    assert [t.assigned_by for t in tasks] == [None, None]
    assert [t.directives for t in tasks] == [("01-KL/TW",), ()]
    assert [t.period for t in tasks] == ["thời gian tới", "thời gian tới"]
    assert [t.ordinal for t in tasks] == [1, 2]


def test_deadline_without_year_and_rhythms():
    body = (
        "Đồng chí Hà Quang Minh giao nhiệm vụ cụ thể cho các phòng. Phòng Tuyên truyền chủ trì"
        " xây dựng kế hoạch, trình Thường trực Ban trước ngày 20/1. Phòng Khoa giáo chủ trì"
        " tuyên truyền Quốc khánh 2/9, thực hiện thường xuyên."
    )
    tasks = _tasks(body, published=dt.date(2025, 12, 28))
    assert [t.due_date for t in tasks] == [dt.date(2026, 1, 20), None]


LEAD_SUPPORT = [
    (
        "Giao Phòng A chủ trì, phối hợp với Báo B, Đài C và D thực hiện.",
        ["Phòng A"],
        ["Báo B", "Đài C và D"],
    ),
    (
        "Giao Phòng Khoa giáo - Văn hóa, Văn nghệ chủ trì, phối hợp với Văn phòng Ban; xong.",
        ["Phòng Khoa giáo - Văn hóa, Văn nghệ"],
        ["Văn phòng Ban"],
    ),
    (
        "Chủ trì, phối hợp với Trường Chính trị tỉnh mở lớp bồi dưỡng.",
        [],
        ["Trường Chính trị tỉnh"],
    ),
    (
        "Phối hợp với Sở Giáo dục và Đào tạo, Sở Y tế tổ chức hội thi.",
        [],
        ["Sở Giáo dục và Đào tạo", "Sở Y tế"],
    ),
    ("Phối hợp với các huyện, thành ủy tiếp tục mở lớp tập huấn.", [], []),
    ("Các cơ quan báo chí phối hợp đẩy mạnh tuyên truyền.", [], []),
    ("Gửi báo cáo về Ban Tuyên giáo Tỉnh ủy (qua Văn phòng Ban) trước ngày 5/12.", [], []),
    ("Giao Văn phòng Ban theo dõi, đôn đốc.", [], []),
    ("Phát huy vai trò chủ trì của cấp ủy trong công tác tuyên giáo.", [], []),
    ("Tổ chức hội nghị do đồng chí Bí thư chủ trì, phối hợp với Sở A.", [], ["Sở A"]),
    (
        "Tổ thư ký chủ trì, phối hợp với các ngành liên quan rà soát.",
        ["Tổ thư ký"],
        ["các ngành liên quan"],
    ),
    (
        "Ban Tuyên giáo chủ trì, phối hợp với Ban Tuyên giáo các huyện ủy, thị ủy thực hiện.",
        ["Ban Tuyên giáo"],
        ["Ban Tuyên giáo các huyện ủy, thị ủy"],
    ),
    # ``X chủ trì, Y (cùng) phối hợp``: the partners named before ``phối hợp``
    (
        "Ban Dân vận Huyện ủy chủ trì, Công đoàn huyện, Hội Nông dân huyện cùng phối hợp "
        "thực hiện.",
        ["Ban Dân vận Huyện ủy"],
        ["Công đoàn huyện", "Hội Nông dân huyện"],
    ),
    ("Ban Dân vận Huyện ủy chủ trì, tăng cường phối hợp.", ["Ban Dân vận Huyện ủy"], []),
]


@pytest.mark.parametrize(("text", "lead", "support"), LEAD_SUPPORT)
def test_lead_support(text, lead, support):
    assert tf.lead_support(text) == (lead, support)


SPLIT = [
    ("Sở Văn hóa, Thể thao và Du lịch", ["Sở Văn hóa, Thể thao và Du lịch"]),
    (
        "Bộ Chỉ huy Quân sự tỉnh, Sở Lao động - Thương binh và Xã hội",
        ["Bộ Chỉ huy Quân sự tỉnh", "Sở Lao động - Thương binh và Xã hội"],
    ),
    (
        "Ban Tuyên giáo Đảng ủy Khối và các đảng ủy trực thuộc",
        ["Ban Tuyên giáo Đảng ủy Khối", "các đảng ủy trực thuộc"],
    ),
    (
        "Công an tỉnh, Sở Thông tin và Truyền thông.",
        ["Công an tỉnh", "Sở Thông tin và Truyền thông"],
    ),
    # mass organisations and other bodies start a unit too
    (
        "Ban Dân vận Huyện ủy, Công đoàn Giáo dục huyện",
        ["Ban Dân vận Huyện ủy", "Công đoàn Giáo dục huyện"],
    ),
    (
        "Liên minh Hợp tác xã tỉnh và Tòa án nhân dân tỉnh",
        ["Liên minh Hợp tác xã tỉnh", "Tòa án nhân dân tỉnh"],
    ),
    ("Đoàn Thanh niên, Chi hội Cựu chiến binh", ["Đoàn Thanh niên", "Chi hội Cựu chiến binh"]),
    # ...but a comma inside a name still does not cut it
    (
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"],
    ),
    ("", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_split_units(text, expected):
    assert tf.split_units(text) == expected


INTROS = [
    ("Năm 2024, toàn ngành đã hoàn thành tốt nhiệm vụ. Nổi bật là:", tb.ACHIEVEMENTS),
    ("Bên cạnh kết quả đạt được, còn một số hạn chế. Đó là:", tb.SHORTCOMINGS),
    (
        "Đồng chí biểu dương kết quả đã đạt được, đồng thời đề nghị ngành cần tập trung làm tốt"
        " một số nội dung trọng tâm sau:",
        tb.TASKS,
    ),
    ("Các ý kiến thảo luận đề xuất các giải pháp trong thời gian tới như:", tb.DISCUSSION),
    ("Sau khi thảo luận, Hội nghị thống nhất các nhiệm vụ sau:", tb.TASKS),
    ("Trong 6 tháng đầu năm, Ban đã ban hành các văn bản như:", tb.ACHIEVEMENTS),
    ("Cụ thể như sau:", tb.TASKS),
    ("Đồng chí nêu rõ:", None),
]


@pytest.mark.parametrize(("text", "expected"), INTROS)
def test_classify_intro(text, expected):
    assert tb.classify_intro(text, REF) == expected


HEADINGS = [
    ("I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM", "other"),
    ("II. HẠN CHẾ, NGUYÊN NHÂN", "other"),
    ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM", tb.TASKS),
    ("IV. TỔ CHỨC THỰC HIỆN", tb.TASKS),
    ("I. MỤC ĐÍCH, YÊU CẦU", "other"),
    ("II. NỘI DUNG TUYÊN TRUYỀN", "other"),
    ("III. CÁC HOẠT ĐỘNG CỤ THỂ", tb.TASKS),
    ("IV. ĐỀ XUẤT, KIẾN NGHỊ", "other"),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_heading_kind(text, expected):
    assert tb.heading_kind(text) == expected


PEOPLE = [
    ("Kết luận Hội nghị, đồng chí Lại Văn Kiên, Phó Bí thư đề nghị", "Lại Văn Kiên"),
    ("đồng chí Nguyễn Văn Thể Ủy viên Trung ương Đảng", "Nguyễn Văn Thể"),
    ("Đồng chí Trưởng ban đề nghị", None),
    ("bà con nhân dân", None),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_name_after_honorific(text, expected):
    got = tf.name_after_honorific(text)
    assert (got[0] if got else None) == expected


def test_name_before_a_request():
    text = "Trưởng ban Tuyên giáo Đảng ủy Khối Vũ Thị Thu đề nghị"
    assert tf.name_before(text, text.index("đề nghị")) == "Vũ Thị Thu"
    text = "Ban Thường vụ Đảng ủy Khối xác định"
    assert tf.name_before(text, text.index("xác định")) is None


ATTRS = [
    ("- Cơ quan chủ trì: Ban A.", ("chủ trì", "Ban A.")),
    ("- Đơn vị phối hợp: Sở B", ("phối hợp", "Sở B")),
    ("- Thời gian thực hiện: Quý III/2025.", ("thời gian", "Quý III/2025.")),
    ("- Tuyên truyền sâu rộng.", None),
    ("- Đơn vị chủ trì thực hiện: Ban A.", ("chủ trì", "Ban A.")),
    ("+ Cơ quan phối hợp thực hiện: Sở B", ("phối hợp", "Sở B")),
    ("- Cơ quan thực hiện: Các chi bộ", ("thực hiện", "Các chi bộ")),
    ("- Trách nhiệm thực hiện: Các chi bộ", ("thực hiện", "Các chi bộ")),
    ("- Thời hạn hoàn thành: trước 30/9/2025", ("thời gian", "trước 30/9/2025")),
]


@pytest.mark.parametrize(("line", "expected"), ATTRS)
def test_attribute(line, expected):
    assert tf.attribute(line) == expected


def test_long_inputs_stay_fast():
    body = (
        "Đồng chí Lê Văn An nhấn mạnh nhiệm vụ trọng tâm: "
        + "Tăng cường công tác; làm tốt. " * 2000
    )
    body += "\n" + "1) " * 5000 + "\n" + "Thứ nhất, " * 2000
    tasks = _tasks(body)
    assert len(tasks) >= 1


def test_notice_sections_belong_to_the_concluding_person():
    seg = segmented(
        "II. NHIỆM VỤ THỜI GIAN TỚI\n1. Rà soát đội ngũ báo cáo viên cơ sở.",
        title="Tin",
        published=REF,
        genre="thong_bao",
    )
    people = (
        Participant("Hà Văn Tú", "Trưởng ban", ("chair", "concluding")),
        Participant("Đỗ Thị Yến", "Phó Trưởng ban", ("reporting",)),
    )
    tasks = find_tasks(seg, directives=(), units=(), participants=people, meetings=())
    assert [t.assigned_by for t in tasks] == ["Hà Văn Tú"]


def test_short_name_is_the_participant():
    people = (Participant("Trần Đức Thành", "Trưởng ban", ("concluding",)),)
    body = "Kết luận, đồng chí Thành đề nghị các cấp ủy cần đổi mới công tác tuyên truyền miệng."
    assert [t.assigned_by for t in _tasks(body, participants=people)] == ["Trần Đức Thành"]
