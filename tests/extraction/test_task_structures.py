"""Task structures on whole fiction documents (invented places and people): tables,
group headings, unit headings, ``Nhiệm vụ N:`` items, Roman items. Each case gives the
expected tasks as (text prefix, lead, support, due date)."""

from __future__ import annotations

import pytest

from reports.extraction import extract_text

HEAD = (
    "Hội nghị giao ban công tác tuyên giáo quý I năm 2027\n\n"
    "Ngày 28/3/2027, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị giao ban công tác "
    "tuyên giáo quý I, triển khai nhiệm vụ quý II năm 2027. Đồng chí Lò Văn Sinh, Trưởng "
    "Ban Tuyên giáo Huyện ủy chủ trì hội nghị.\n\n"
)

PIPE_TABLE = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các cơ quan thực hiện các nhiệm vụ sau:\n\n"
    "| STT | Nhiệm vụ | Thời hạn | Đơn vị chủ trì | Đơn vị phối hợp |\n"
    "| 1 | Biên soạn tài liệu tuyên truyền về bầu cử | Trong tháng 4 | Ban Tuyên giáo Huyện ủy "
    "| Trung tâm Chính trị huyện; Huyện đoàn |\n"
    "| STT | Nhiệm vụ | Thời hạn | Đơn vị chủ trì | Đơn vị phối hợp |\n"
    "| 2 | Mở chuyên mục hỏi đáp về chuyển đổi số | Quý II/2027 | Đài Truyền thanh huyện | — |\n"
    "| 3 | Rà soát đội ngũ báo cáo viên cơ sở | Thường xuyên | Ban Tuyên giáo Huyện ủy | |\n\n"
)
PIPE_EXPECTED = [
    (
        "Biên soạn tài liệu tuyên truyền về bầu cử",
        ["Ban Tuyên giáo Huyện ủy"],
        ["Trung tâm Chính trị huyện", "Huyện đoàn"],
        "2027-04-30",
    ),
    ("Mở chuyên mục hỏi đáp", ["Đài Truyền thanh huyện"], [], "2027-06-30"),
    ("Rà soát đội ngũ báo cáo viên", ["Ban Tuyên giáo Huyện ủy"], [], None),
]

ORDER_TABLE = HEAD + (
    "II. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2027\n\n"
    "| Thời gian hoàn thành | Nội dung công việc | Cơ quan chủ trì |\n"
    "|---|---|---|\n"
    "| Trước ngày 15/5/2027 | Tổ chức hội thi tuyên truyền viên giỏi | Huyện đoàn |\n"
    "| Chậm nhất đến hết quý II/2027 | Xuất bản bản tin nội bộ quý II | Văn phòng Huyện ủy |\n\n"
)
ORDER_EXPECTED = [
    ("Tổ chức hội thi tuyên truyền viên giỏi", ["Huyện đoàn"], [], "2027-05-15"),
    ("Xuất bản bản tin nội bộ quý II", ["Văn phòng Huyện ủy"], [], "2027-06-30"),
]

# a results table (no lead, no due column) outside a task part is no task list
RESULTS_TABLE = HEAD + (
    "Kết quả đạt được trong quý I như sau:\n\n"
    "| TT | Nội dung | Kết quả |\n"
    "| 1 | Tổ chức hội nghị báo cáo viên | 3 hội nghị |\n"
    "| 2 | Đăng tin, bài | 420 tin, bài |\n\n"
)

ROMAN = HEAD + (
    "Đồng chí Lò Văn Sinh kết luận như sau:\n\n"
    "A. KẾT QUẢ QUÝ I\n\n"
    "I. Đã tổ chức tốt các hoạt động kỷ niệm ngày thành lập Đảng.\n\n"
    "B. NHIỆM VỤ QUÝ II NĂM 2027\n\n"
    "I. Tiếp tục quán triệt các nghị quyết của cấp trên đến toàn thể đảng viên.\n\n"
    "II. Về công tác tuyên truyền bầu cử:\n"
    "a) Ban Tuyên giáo Huyện ủy biên soạn tài liệu hỏi đáp trước ngày 20/4/2027.\n"
    "b) Đài Truyền thanh huyện mở chuyên mục về bầu cử.\n\n"
    "III. Văn phòng Huyện ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện.\n"
)
ROMAN_EXPECTED = [
    ("Tiếp tục quán triệt các nghị quyết", [], [], None),
    ("Ban Tuyên giáo Huyện ủy biên soạn tài liệu hỏi đáp", [], [], "2027-04-20"),
    ("Đài Truyền thanh huyện mở chuyên mục", [], [], None),
    ("Văn phòng Huyện ủy có trách nhiệm theo dõi", [], [], None),
]

UNIT_HEADINGS = (
    "KẾ HOẠCH\n\ntuyên truyền kỷ niệm 60 năm thành lập huyện Hồng Lâm\n\n"
    "Hồng Lâm, ngày 02 tháng 3 năm 2027\n\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n\n"
    "- Nâng cao nhận thức của cán bộ, đảng viên về truyền thống quê hương.\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n\n"
    "1. Ban Tuyên giáo Huyện ủy\n\n"
    "1.1. Chủ trì, phối hợp với Văn phòng Huyện ủy hướng dẫn việc thực hiện Kế hoạch.\n\n"
    "1.2. Biên soạn đề cương tuyên truyền, hoàn thành trước ngày 30/4/2027.\n\n"
    "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện\n\n"
    "2.1. Vận động Nhân dân tham gia các hoạt động kỷ niệm.\n\n"
    "3. Đối với các đảng ủy xã, thị trấn:\n\n"
    "- Xây dựng kế hoạch tuyên truyền phù hợp với địa phương.\n"
)
UNIT_EXPECTED = [
    (
        "Chủ trì, phối hợp với Văn phòng Huyện ủy",
        ["Ban Tuyên giáo Huyện ủy"],
        ["Văn phòng Huyện ủy"],
        None,
    ),
    ("Biên soạn đề cương tuyên truyền", [], [], "2027-04-30"),
    ("Vận động Nhân dân tham gia", [], [], None),
    ("Xây dựng kế hoạch tuyên truyền", [], [], None),
]
UNIT_ASSIGNEES = [
    ["Ban Tuyên giáo Huyện ủy", "Văn phòng Huyện ủy"],
    ["Ban Tuyên giáo Huyện ủy"],
    ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"],
    ["các đảng ủy xã, thị trấn"],
]

NUMBERED_TASKS = (
    "CHƯƠNG TRÌNH CÔNG TÁC NĂM 2027\n\nHồng Lâm, ngày 05 tháng 01 năm 2027\n\n"
    "Ban Tuyên giáo Huyện ủy xác định các nhiệm vụ trọng tâm năm 2027 như sau:\n\n"
    "Nhiệm vụ 1: Tổ chức học tập chuyên đề năm 2027; kịp thời sơ kết việc thực hiện.\n"
    "Bộ phận Tuyên truyền chủ trì, phối hợp với Trung tâm Chính trị huyện; hoàn thành "
    "trong quý II/2027.\n\n"
    "Nhiệm vụ 2: Củng cố đội ngũ cộng tác viên dư luận xã hội.\n"
    "Bộ phận Dư luận xã hội chủ trì; thời gian: hằng quý.\n"
)
NUMBERED_EXPECTED = [
    (
        "Tổ chức học tập chuyên đề năm 2027; kịp thời sơ kết",
        ["Bộ phận Tuyên truyền"],
        ["Trung tâm Chính trị huyện"],
        "2027-06-30",
    ),
    ("Củng cố đội ngũ cộng tác viên", ["Bộ phận Dư luận xã hội"], [], None),
]


def _got(text):
    return extract_text(text).tasks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PIPE_TABLE, PIPE_EXPECTED),
        (ORDER_TABLE, ORDER_EXPECTED),
        (RESULTS_TABLE, []),
        (ROMAN, ROMAN_EXPECTED),
        (UNIT_HEADINGS, UNIT_EXPECTED),
    ],
    ids=["pipe-table", "columns-in-any-order", "results-table", "roman", "unit-headings"],
)
def test_structures(text, expected):
    tasks = _got(text)
    assert len(tasks) == len(expected), [t.text for t in tasks]
    for task, (prefix, lead, support, due) in zip(tasks, expected, strict=True):
        assert task.text.startswith(prefix), task.text
        assert list(task.lead) == lead
        assert list(task.support) == support
        assert (task.due_date.isoformat() if task.due_date else None) == due


def test_header_row_is_never_a_task():
    assert not any("Nhiệm vụ" in t.text or "STT" in t.text for t in _got(PIPE_TABLE))


def test_table_spans_are_the_content_cells():
    doc = extract_text(PIPE_TABLE)
    for task in doc.tasks:
        assert doc.text[task.span.start : task.span.end] == task.text


def test_unit_heading_units_are_assignees():
    assert [list(t.assignees) for t in _got(UNIT_HEADINGS)] == UNIT_ASSIGNEES


def test_numbered_tasks_take_their_responsibility_line():
    tasks = _got(NUMBERED_TASKS)
    got = [
        (t.text, list(t.lead), list(t.support), t.due_date and t.due_date.isoformat())
        for t in tasks
    ]
    assert len(got) == len(NUMBERED_EXPECTED), got
    for (text, lead, support, due), (prefix, w_lead, w_support, w_due) in zip(
        got, NUMBERED_EXPECTED, strict=True
    ):
        assert text.startswith(prefix)
        assert (lead, support, due) == (w_lead, w_support, w_due)


QUOTED = HEAD + (
    "Phát biểu chỉ đạo, đồng chí Lò Văn Sinh ghi nhận những kết quả đạt được. Đồng chí "
    'nhấn mạnh: "Thời gian tới, các cấp ủy cần tập trung vào một số việc. Một là, rà soát '
    "đội ngũ báo cáo viên ở cơ sở; hai là, đổi mới hình thức sinh hoạt chi bộ; ba là, mỗi "
    'đảng viên phải là một tuyên truyền viên trên không gian mạng".\n'
)
QUOTED_EXPECTED = [
    "rà soát đội ngũ báo cáo viên ở cơ sở",
    "đổi mới hình thức sinh hoạt chi bộ",
    "mỗi đảng viên phải là một tuyên truyền viên trên không gian mạng",
]

# the same markers in a quoted account of results are no tasks
QUOTED_RESULTS = HEAD + (
    'Báo cáo nêu rõ: "Quý I, toàn ngành đã đạt được nhiều kết quả. Một là, đã tổ chức 12 '
    "hội nghị báo cáo viên; hai là, đã phát hành 3.000 tài liệu; ba là, đã kiện toàn đội "
    'ngũ cộng tác viên".\n'
)

CLAUSES = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh yêu cầu ban tuyên giáo các đảng ủy xã tập "
    "trung thực hiện một số nội dung: tuyên truyền kỷ niệm ngày thành lập huyện; tiếp tục "
    "quán triệt các quy định mới đến cán bộ, đảng viên, hoàn thành trước ngày 30/4; củng "
    "cố đội ngũ cộng tác viên dư luận xã hội ở cơ sở.\n"
)
CLAUSES_EXPECTED = [
    "tuyên truyền kỷ niệm ngày thành lập huyện",
    "tiếp tục quán triệt các quy định mới đến cán bộ, đảng viên, hoàn thành trước ngày 30/4",
    "củng cố đội ngũ cộng tác viên dư luận xã hội ở cơ sở",
]


# a quoted speech whose ordinal items run on into the next paragraph (``“Thứ ba, …``)
QUOTED_TWO_PARAGRAPHS = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh nhấn mạnh: “Quý II, các cấp ủy cần làm tốt "
    "mấy việc. Thứ nhất, rà soát đội ngũ báo cáo viên ở cơ sở. Thứ hai, đổi mới hình thức "
    "sinh hoạt chi bộ.\n\n"
    "“Thứ ba, Trung tâm Chính trị huyện mở lớp bồi dưỡng cho cán bộ mới. Thứ tư, các chi "
    "bộ duy trì sinh hoạt chuyên đề mỗi quý”.\n\n"
    "“Thứ năm” là tên chuyên mục mới của Đài Truyền thanh huyện.\n"
)
QUOTED_TWO_PARAGRAPHS_EXPECTED = [
    "rà soát đội ngũ báo cáo viên ở cơ sở",
    "đổi mới hình thức sinh hoạt chi bộ",
    "Trung tâm Chính trị huyện mở lớp bồi dưỡng cho cán bộ mới",
    "các chi bộ duy trì sinh hoạt chuyên đề mỗi quý",
]
# a later paragraph opening with the first ordinal again is a list of its own, not more
QUOTED_NEW_LIST = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh nhấn mạnh: “Thứ nhất, rà soát đội ngũ báo cáo "
    "viên ở cơ sở. Thứ hai, đổi mới hình thức sinh hoạt chi bộ”.\n\n"
    "Sáu tháng đầu năm, toàn huyện đạt nhiều kết quả: thứ nhất, đã tổ chức 12 hội nghị; "
    "thứ hai, đã phát hành 3.000 tài liệu.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (QUOTED, QUOTED_EXPECTED),
        (QUOTED_RESULTS, []),
        (CLAUSES, CLAUSES_EXPECTED),
        (QUOTED_TWO_PARAGRAPHS, QUOTED_TWO_PARAGRAPHS_EXPECTED),
        (QUOTED_NEW_LIST, QUOTED_EXPECTED[:2]),
    ],
    ids=[
        "quoted-speech",
        "quoted-results",
        "clauses-after-colon",
        "quoted-over-two-paragraphs",
        "a-new-list-is-not-more",
    ],
)
def test_texts(text, expected):
    tasks = _got(text)
    assert [t.text for t in tasks] == expected
    assert all(t.assigned_by == "Lò Văn Sinh" for t in tasks)


def test_clause_deadline_is_its_own():
    tasks = _got(CLAUSES)
    assert [t.due_date and t.due_date.isoformat() for t in tasks] == [None, "2027-04-30", None]


APPENDIX = UNIT_HEADINGS + (
    "\nNơi nhận:\n- Thường trực Huyện ủy,\n- Lưu Văn phòng.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n"
    "Hà Văn Nam\n\nPHỤ LỤC\n\nCÁC HOẠT ĐỘNG CAO ĐIỂM\n\n"
    "| TT | Hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |\n"
    "| 1 | Tổ chức triển lãm ảnh về huyện Hồng Lâm | Phòng Văn hóa huyện | Huyện đoàn "
    "| Tháng 5/2027 |\n"
)


def test_appendix_after_the_signature_holds_tasks():
    tasks = _got(APPENDIX)
    assert len(tasks) == len(UNIT_EXPECTED) + 1
    last = tasks[-1]
    assert last.text == "Tổ chức triển lãm ảnh về huyện Hồng Lâm"
    assert (list(last.lead), list(last.support)) == (["Phòng Văn hóa huyện"], ["Huyện đoàn"])
    assert last.due_date.isoformat() == "2027-05-31"
    assert not any("Hà Văn Nam" in t.text or "Thường trực" in t.text for t in tasks)


ANNOUNCED_TABLE = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các cơ quan báo chí của huyện tập "
    "trung tuyên truyền những tháng cuối năm 2027 theo phân công dưới đây:\n\n"
    "| TT | Nội dung | Đơn vị chủ trì | Thời hạn |\n"
    "| 1 | Tuyên truyền kỷ niệm ngày thành lập huyện | Đài Truyền thanh huyện | Tháng 9/2027 |\n\n"
    "Văn phòng Huyện ủy có trách nhiệm theo dõi, đôn đốc việc thực hiện.\n"
)


def test_a_table_announced_by_a_request_takes_its_speaker():
    tasks = _got(ANNOUNCED_TABLE)
    assert [t.text[:22] for t in tasks] == ["Tuyên truyền kỷ niệm n", "Văn phòng Huyện ủy có "]
    assert [t.assigned_by for t in tasks] == ["Lò Văn Sinh", "Lò Văn Sinh"]


ASSIGNEE_TABLE = HEAD + (
    "III. TỔ CHỨC THỰC HIỆN\n\n"
    "| TT | Nhiệm vụ | Đơn vị thực hiện | Thời gian |\n"
    "| 1 | Rà soát tủ sách pháp luật ở cơ sở | Các đảng ủy xã | Quý III/2027 |\n\n"
)


def test_an_implementing_unit_column_names_assignees_not_leads():
    (task,) = _got(ASSIGNEE_TABLE)
    assert task.text == "Rà soát tủ sách pháp luật ở cơ sở"
    assert (list(task.lead), list(task.assignees)) == ([], ["Các đảng ủy xã"])
    assert task.due_date.isoformat() == "2027-09-30"


# results and shortcomings numbered the same way as the tasks stay out
RESULTS_REPORT = (
    "BÁO CÁO\n"
    "kết quả công tác tuyên giáo năm 2026, phương hướng nhiệm vụ năm 2027\n"
    "\n"
    "Hồng Lâm, ngày 20 tháng 12 năm 2026\n"
    "\n"
    "I. KẾT QUẢ ĐẠT ĐƯỢC\n"
    "\n"
    "1. Về công tác tuyên truyền:\n"
    "- Tổ chức 12 hội nghị báo cáo viên.\n"
    "- Phát hành 3.000 tài liệu.\n"
    "\n"
    "II. HẠN CHẾ, NGUYÊN NHÂN\n"
    "\n"
    "1. Một số cơ sở chưa quan tâm.\n"
    "2. Đội ngũ báo cáo viên còn mỏng.\n"
    "\n"
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027\n"
    "\n"
    "1. Về công tác tuyên truyền:\n"
    "- Tổ chức tuyên truyền các ngày lễ lớn.\n"
    "- Củng cố đội ngũ báo cáo viên cơ sở.\n"
    "\n"
    "2. Về công tác khoa giáo:\n"
    "- Hướng dẫn sinh hoạt chuyên đề.\n"
)
RESULTS_ARTICLE = (
    "Hồng Lâm sơ kết 6 tháng\n"
    "\n"
    "Ngày 5/7/2027, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội nghị sơ kết công tác "
    "tuyên giáo 6 tháng đầu năm 2027. Đồng chí Lò Văn Sinh, Trưởng Ban Tuyên giáo Huyện ủy "
    "chủ trì.\n"
    "\n"
    "Sáu tháng đầu năm, toàn ngành đạt nhiều kết quả. Nổi bật là:\n"
    "\n"
    "Thứ nhất, đã tổ chức tốt việc học tập nghị quyết.\n"
    "\n"
    "Thứ hai, đã đổi mới sinh hoạt chi bộ.\n"
    "\n"
    "Tuy nhiên, còn một số hạn chế. Đó là:\n"
    "\n"
    "1) Một số nơi chưa quan tâm.\n"
    "\n"
    "2) Báo cáo còn chậm.\n"
    "\n"
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các cấp ủy thực hiện tốt các nhiệm vụ "
    "sau:\n"
    "\n"
    "Thứ nhất, tăng cường tuyên truyền trên mạng xã hội.\n"
    "\n"
    "Thứ hai, nâng cao chất lượng báo cáo viên.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            RESULTS_REPORT,
            [
                "Tổ chức tuyên truyền các ngày lễ lớn",
                "Củng cố đội ngũ báo cáo viên cơ sở",
                "Hướng dẫn sinh hoạt chuyên đề",
            ],
        ),
        (
            RESULTS_ARTICLE,
            ["tăng cường tuyên truyền trên mạng xã hội", "nâng cao chất lượng báo cáo viên"],
        ),
    ],
    ids=["report-sections", "article-introducers"],
)
def test_results_and_shortcomings_stay_out(text, expected):
    assert [t.text for t in _got(text)] == expected


LIST_THEN = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị thực hiện tốt các nhiệm vụ sau:\n\n"
    "1. Tăng cường tuyên truyền về chuyển đổi số trên mạng xã hội.\n\n"
    "2. Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở.\n\n"
)


@pytest.mark.parametrize(
    ("after", "second"),
    [
        (
            "Giao Văn phòng Huyện ủy tổng hợp kết quả, báo cáo trước ngày 30/6/2027.",
            "Văn phòng Huyện ủy tổng hợp kết quả",
        ),
        (
            "Đề nghị Huyện đoàn tổ chức diễn đàn thanh niên trong tháng 5/2027.",
            "Huyện đoàn tổ chức diễn đàn thanh niên",
        ),
        (
            "Yêu cầu Trung tâm Chính trị huyện mở lớp bồi dưỡng báo cáo viên trong quý II.",
            "Trung tâm Chính trị huyện mở lớp bồi dưỡng",
        ),
        (
            "Đồng chí đề nghị Ban Tổ chức Huyện ủy hướng dẫn quy trình nhân sự trong tháng 6.",
            "Ban Tổ chức Huyện ủy hướng dẫn quy trình nhân sự",
        ),
    ],
    ids=["giao", "de-nghi", "yeu-cau", "dong-chi-de-nghi"],
)
def test_a_request_paragraph_after_a_list_is_a_task_of_its_own(after, second):
    tasks = _got(LIST_THEN + after + "\n")
    texts = [t.text for t in tasks]
    assert len(tasks) == 3, texts
    assert texts[1] == "Nâng cao chất lượng sinh hoạt chi bộ ở cơ sở", texts
    assert texts[2].startswith(second), texts
    # the same speaker's request, though the paragraph does not name them
    assert tasks[2].assigned_by == "Lò Văn Sinh"


def test_a_lower_case_line_after_an_item_still_continues_it():
    tasks = _got(LIST_THEN + "gắn với việc học tập và làm theo Bác.\n")
    assert tasks[1].text.endswith("làm theo Bác"), [t.text for t in tasks]


@pytest.mark.parametrize(
    ("item", "assignees", "support"),
    [
        (
            "Huyện đoàn phối hợp với Hội Liên hiệp Phụ nữ huyện tổ chức diễn đàn.",
            ["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện"],
            ["Hội Liên hiệp Phụ nữ huyện"],
        ),
        (
            "Đề nghị Đài Truyền thanh huyện chủ động phối hợp với Huyện đoàn mở chuyên mục.",
            ["Đài Truyền thanh huyện", "Huyện đoàn"],
            ["Huyện đoàn"],
        ),
        (
            "Giao Văn phòng Huyện ủy chủ trì, phối hợp với Huyện đoàn tổng hợp ý kiến.",
            ["Văn phòng Huyện ủy", "Huyện đoàn"],
            ["Huyện đoàn"],
        ),
        # no subject: only the supporting unit is named
        ("Phối hợp với Huyện đoàn tổ chức diễn đàn thanh niên.", ["Huyện đoàn"], ["Huyện đoàn"]),
    ],
    ids=["subject", "de-nghi-subject", "giao-lead", "no-subject"],
)
def test_the_subject_of_phoi_hop_voi_is_an_assignee_not_a_lead(item, assignees, support):
    text = HEAD + (
        "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị thực hiện tốt các nhiệm vụ sau:\n\n"
        f"1. {item}\n"
    )
    (task,) = _got(text)
    assert list(task.assignees) == assignees
    assert list(task.support) == support
    # the lead is what the text names as leading (``chủ trì``), never guessed
    assert list(task.lead) == (["Văn phòng Huyện ủy"] if "chủ trì" in item else [])


def test_a_semicolon_handing_the_next_action_to_another_unit_splits_the_request():
    text = HEAD + (
        "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các đơn vị tập trung tuyên truyền "
        "kỷ niệm ngày thành lập Đảng, hoàn thành trước ngày 31/3; Huyện đoàn chủ trì, phối "
        "hợp với Hội Nông dân huyện tổ chức diễn đàn thanh niên nông thôn.\n"
    )
    first, second = _got(text)
    assert first.text.endswith("hoàn thành trước ngày 31/3")
    assert first.due_date.isoformat() == "2027-03-31"
    assert second.text.startswith("Huyện đoàn chủ trì")
    assert (list(second.lead), list(second.support)) == (["Huyện đoàn"], ["Hội Nông dân huyện"])
    # a ';' before a clause of the same action (its deadline) does not split
    one = HEAD + (
        "Đồng chí Lò Văn Sinh đề nghị Huyện đoàn tổ chức diễn đàn thanh niên nông thôn; "
        "hoàn thành trong tháng 5/2027.\n"
    )
    assert len(_got(one)) == 1


def test_a_later_request_in_the_same_paragraph_after_a_new_scene_is_found():
    text = HEAD + (
        "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các đơn vị tăng cường tuyên truyền "
        "về chuyển đổi số. Chiều cùng ngày, Ban tổ chức hội nghị báo cáo viên huyện với sự "
        "tham dự của 120 báo cáo viên. Kết luận hội nghị, đồng chí Hà Văn Tư, Phó Trưởng Ban "
        "Tuyên giáo Huyện ủy yêu cầu đội ngũ báo cáo viên truyền đạt nội dung đến các chi bộ "
        "trong tháng 4/2027. Đồng chí cũng đề nghị Trung tâm Chính trị huyện biên soạn tài "
        "liệu hỏi - đáp, phát hành trước ngày 20/4.\n"
    )
    tasks = _got(text)
    assert [t.text.split()[0] for t in tasks] == ["các", "đội", "Trung"], [t.text for t in tasks]
    assert [t.assigned_by for t in tasks] == ["Lò Văn Sinh", "Hà Văn Tư", "Hà Văn Tư"]
    assert tasks[2].due_date.isoformat() == "2027-04-20"
    # the scene between the requests is no task
    assert not any("120 báo cáo viên" in t.text for t in tasks)


# in a part of tasks, a paragraph whose subject is a unit or a group is a task even with
# no request word; one told as done is not; ``X có trách nhiệm chủ trì`` leads with X
SECTION_PROSE = (
    "THÔNG BÁO\nkết luận của Ban Thường vụ Đảng ủy xã Hồng Lâm\n\n"
    "Hồng Lâm, ngày 10 tháng 12 năm 2027\n\n"
    "Ngày 08/12/2027, Ban Thường vụ Đảng ủy xã Hồng Lâm họp thường kỳ tháng 12 dưới sự chủ "
    "trì của đồng chí Lò Văn Sinh, Bí thư Đảng ủy xã. Đồng chí Lò Văn Sinh kết luận như sau:"
    "\n\n2. Về nhiệm vụ thời gian tới\n\n"
    "Công an xã có trách nhiệm chủ trì, phối hợp với Xã đoàn rà soát các điểm nóng về an "
    "ninh trật tự trước ngày 25/12.\n\n"
    "Các chi bộ trực thuộc tổ chức kiểm điểm, đánh giá, xếp loại đảng viên năm 2027, hoàn "
    "thành trước ngày 10/01/2028.\n\n"
    "Các chi bộ đã tổ chức sinh hoạt chuyên đề đều đặn hằng tháng.\n"
)


def test_a_subject_paragraph_in_a_part_of_tasks_is_a_task():
    tasks = _got(SECTION_PROSE)
    assert [t.text[:22] for t in tasks] == ["Công an xã có trách nh", "Các chi bộ trực thuộc "]
    assert (list(tasks[0].lead), list(tasks[0].support)) == (["Công an xã"], ["Xã đoàn"])
    assert [t.due_date.isoformat() for t in tasks] == ["2027-12-25", "2028-01-10"]
    assert all(t.assigned_by == "Lò Văn Sinh" for t in tasks)


BUDGET = HEAD + (
    "III. KINH PHÍ THỰC HIỆN\n\n"
    "| TT | Nội dung | Đơn vị thực hiện | Kinh phí (triệu đồng) |\n"
    "| 1 | In tài liệu tuyên truyền | Ban Tuyên giáo Huyện ủy | 25 |\n"
    "| 2 | Tổ chức hội thi | Huyện đoàn | 40 |\n\n"
    "IV. TỔ CHỨC THỰC HIỆN\n\n"
    "Giao Văn phòng Huyện ủy theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n"
)


def test_a_budget_table_holds_no_tasks():
    assert [t.text[:22] for t in _got(BUDGET)] == ["Giao Văn phòng Huyện ủ"]


@pytest.mark.parametrize(
    "cell",
    [
        "Huyện đoàn (chủ trì); Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện (phối hợp)",
        "Chủ trì: Huyện đoàn; phối hợp: Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện",
    ],
)
def test_a_cell_of_doers_that_marks_each_role(cell):
    (task,) = _got(
        HEAD + "II. NHIỆM VỤ\n\n| TT | Nội dung | Đơn vị thực hiện | Thời gian |\n"
        f"| 1 | Tổ chức hội thi tuyên truyền viên giỏi | {cell} | Quý II/2027 |\n"
    )
    assert list(task.lead) == ["Huyện đoàn"]
    assert list(task.support) == ["Ban Tuyên giáo Huyện ủy", "Trung tâm Chính trị huyện"]


@pytest.mark.parametrize(
    ("cell", "lead", "support", "assignees"),
    [
        (
            "Sở Tư pháp chủ trì, phối hợp với các sở, ngành liên quan",
            ["Sở Tư pháp"],
            ["các sở, ngành liên quan"],
            ["Sở Tư pháp", "các sở, ngành liên quan"],
        ),
        (
            "Huyện đoàn phối hợp với Trung tâm Chính trị huyện",
            [],
            ["Trung tâm Chính trị huyện"],
            ["Huyện đoàn", "Trung tâm Chính trị huyện"],
        ),
    ],
)
def test_a_doers_cell_that_says_who_leads_in_words(cell, lead, support, assignees):
    (task,) = _got(
        HEAD + "II. NHIỆM VỤ\n\n| STT | Nhiệm vụ | Đơn vị thực hiện | Thời hạn hoàn thành |\n"
        f"| 1 | Rà soát văn bản không còn phù hợp | {cell} | Tháng 8/2027 |\n"
    )
    assert (list(task.lead), list(task.support)) == (lead, support)
    assert list(task.assignees) == assignees


SEMICOLON_REQUESTS = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các đảng ủy xã tiếp tục củng cố đội "
    "ngũ cộng tác viên dư luận xã hội ở cơ sở; giao Trung tâm Chính trị huyện mở lớp bồi "
    "dưỡng báo cáo viên; yêu cầu Đài Truyền thanh huyện mở chuyên mục hỏi đáp về chuyển "
    "đổi số.\n"
)


def test_requests_to_other_units_after_semicolons_are_tasks_of_their_own():
    tasks = _got(SEMICOLON_REQUESTS)
    assert [t.text for t in tasks] == [
        "các đảng ủy xã tiếp tục củng cố đội ngũ cộng tác viên dư luận xã hội ở cơ sở",
        "Trung tâm Chính trị huyện mở lớp bồi dưỡng báo cáo viên",
        "Đài Truyền thanh huyện mở chuyên mục hỏi đáp về chuyển đổi số",
    ]
    assert [list(t.assignees) for t in tasks] == [
        ["các đảng ủy xã"],
        ["Trung tâm Chính trị huyện"],
        ["Đài Truyền thanh huyện"],
    ]


NOTICE_HEAD = (
    "THÔNG BÁO\nkết luận của Ban Thường vụ Huyện ủy\n\n"
    "Hồng Lâm, ngày 10 tháng 4 năm 2027\n\n"
    "Ngày 08/4/2027, Ban Thường vụ Huyện ủy Hồng Lâm tổ chức Hội nghị sơ kết công tác "
    "tuyên giáo quý I. Đồng chí Lò Văn Sinh, Bí thư Huyện ủy chủ trì hội nghị.\n\n"
)


@pytest.mark.parametrize(
    ("body", "assigner"),
    [
        # a body concludes: nobody is the assigner, not the last person named before it
        (
            "Sau khi nghe ý kiến phát biểu của đồng chí Vi Thị Hạnh và các đại biểu, Ban "
            "Thường vụ Huyện ủy kết luận như sau:\n\n"
            "1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức hội thi "
            "tuyên truyền viên giỏi trong quý II/2027.\n",
            None,
        ),
        (
            "Hội nghị thống nhất giao Ban Tuyên giáo Huyện ủy theo dõi, đôn đốc việc thực "
            "hiện, định kỳ hằng quý báo cáo Thường trực Huyện ủy.\n",
            None,
        ),
        # a person who concludes and says the meeting agreed: that person
        (
            "Đồng chí Lò Văn Sinh kết luận: Hội nghị thống nhất với báo cáo. Trong quý "
            "II/2027, đề nghị các cơ quan tập trung thực hiện các nhiệm vụ sau:\n\n"
            "1. Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức hội thi "
            "tuyên truyền viên giỏi.\n",
            "Lò Văn Sinh",
        ),
    ],
    ids=["a-body-concludes", "the-meeting-agrees", "a-person-quotes-the-meeting"],
)
def test_who_assigns(body, assigner):
    (task,) = _got(NOTICE_HEAD + body)
    assert task.assigned_by == assigner


def test_the_concluding_person_named_by_a_title_with_its_level():
    # ``đồng chí Bí thư Đảng ủy xã`` is the chair whose position reads ``Bí thư Đảng ủy, …``
    (task,) = _got(
        "THÔNG BÁO\nkết luận của Thường trực Đảng ủy xã\n\nHồng Lâm, ngày 10 tháng 4 năm "
        "2027\n\nNgày 08/4/2027, Thường trực Đảng ủy xã Hồng Lâm làm việc với Ban Xây dựng "
        "Đảng. Đồng chí Lò Văn Sinh, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì. "
        "Sau khi nghe ý kiến của đồng chí Vi Thị Hạnh, đồng chí Bí thư Đảng ủy xã kết luận "
        "như sau:\n\n2. Về nhiệm vụ thời gian tới\n\n"
        "Giao Ban Xây dựng Đảng chủ trì, phối hợp với Xã đoàn tổ chức hội thi tuyên truyền "
        "viên giỏi trong quý II/2027.\n"
    )
    assert task.assigned_by == "Lò Văn Sinh"


# a conclusion's numbers: a result told as done (no task), an item announcing the tasks
# (their heading, though ``Thứ nhất`` ranks like ``1.``), one item naming two units' tasks
NUMBERED_CONCLUSION = NOTICE_HEAD + (
    "Ban Thường vụ Huyện ủy kết luận như sau:\n\n"
    "1. Sau 3 năm thực hiện Kết luận số 01-KL/TW, các cấp ủy trong huyện đã quán triệt "
    "nghiêm túc, 100% chi bộ đưa nội dung học tập vào sinh hoạt định kỳ.\n\n"
    "2. Thời gian tới, Ban Thường vụ Huyện ủy yêu cầu các cơ quan, đơn vị thực hiện tốt "
    "một số nhiệm vụ sau:\n\n"
    "Thứ nhất, các cấp ủy tiếp tục quán triệt sâu sắc chuyên đề năm 2027.\n\n"
    "Thứ hai, Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt "
    "Nam huyện tổ chức tuyên truyền về đại hội đảng bộ các cấp; Ủy ban nhân dân huyện chỉ "
    "đạo Phòng Văn hóa và Thông tin huyện treo băng rôn, khẩu hiệu trong quý I năm 2027.\n"
)


def test_results_and_announcing_items_are_no_tasks_and_two_units_two_tasks():
    tasks = _got(NUMBERED_CONCLUSION)
    assert [t.text[:30] for t in tasks] == [
        "các cấp ủy tiếp tục quán triệt",
        "Ban Tuyên giáo Huyện ủy chủ tr",
        "Ủy ban nhân dân huyện chỉ đạo ",
    ]
    assert [t.due_date and t.due_date.isoformat() for t in tasks] == [None, None, "2027-03-31"]
    assert all(t.assigned_by is None for t in tasks)


def test_a_bare_year_after_the_months_of_its_end_is_a_coming_period():
    # ``những tháng cuối năm 2027`` in August 2027: the year is under way, its last months
    # are to come, so the ordinals after it are tasks
    text = (
        "Tin\n\n15/08/2027\n\nNgày 14/8/2027, Ban Tuyên giáo Huyện ủy Hồng Lâm tổ chức Hội "
        "nghị sơ kết công tác tuyên giáo 7 tháng đầu năm 2027.\n\n"
        "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị toàn ngành tập trung thực hiện 2 "
        "nhóm nhiệm vụ trọng tâm những tháng cuối năm 2027:\n\n"
        "Một là, tiếp tục tuyên truyền sâu rộng nghị quyết của Đảng đến cơ sở.\n\n"
        "Hai là, chủ động nắm bắt, định hướng dư luận xã hội ở cơ sở.\n"
    )
    assert [t.text[:12] for t in _got(text)] == ["tiếp tục tuy", "chủ động nắm"]


BROKEN_LIST = HEAD + (
    "Kết luận hội nghị, đồng chí Lò Văn Sinh kết luận một số nội dung sau:\n\n"
    "- Về đánh giá kết quả: Ban Chấp hành thống nhất với báo cáo sơ kết quý I.\n\n"
    "Tuy nhiên, vẫn còn hạn chế: một số chi bộ sinh hoạt còn hình thức.\n\n"
    "- Hội nghị thống nhất thông qua Chương trình kiểm tra, giám sát quý II.\n\n"
    "- Giao Ban Tổ chức Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy hướng dẫn "
    "các chi bộ rà soát quy hoạch cấp ủy.\n\n"
    "- Các chi bộ trực thuộc thực hiện nghiêm chế độ thông tin, báo cáo.\n"
)


def test_a_task_list_goes_on_after_an_aside_and_its_assessments_are_no_tasks():
    tasks = _got(BROKEN_LIST)
    assert [t.text[:28] for t in tasks] == [
        "Giao Ban Tổ chức Huyện ủy ch",
        "Các chi bộ trực thuộc thực h",
    ]
    assert all(t.assigned_by == "Lò Văn Sinh" for t in tasks)


def test_a_messages_pictograph_bullets_and_weekday_deadlines():
    # a notice pasted from a chat: ``📌`` bullets, deadlines with a weekday and an hour
    text = HEAD + (
        "👉 Đồng chí Lò Văn Sinh yêu cầu các cơ quan tập trung thực hiện các nội dung sau:\n\n"
        "📌 Giao Ban Tuyên giáo Huyện ủy ban hành hướng dẫn tuyên truyền, gửi các đảng ủy xã "
        "chậm nhất thứ Sáu, ngày 20/11/2026.\n\n"
        "📌 Đề nghị Ủy ban nhân dân huyện bố trí kinh phí, hoàn thành trước 16 giờ 00, thứ "
        "Năm, ngày 26/11/2026.\n"
    )
    tasks = _got(text)
    assert [t.text[:22] for t in tasks] == ["Giao Ban Tuyên giáo Hu", "Đề nghị Ủy ban nhân dâ"]
    assert [t.due_date.isoformat() for t in tasks] == ["2026-11-20", "2026-11-26"]


# a quoted speech over several paragraphs, each opening with ``“`` and only the last closed:
# the asking goes on in its later paragraphs; a closing remark asks nothing
SPEECH_PARAGRAPHS = HEAD + (
    "Phát biểu chỉ đạo, đồng chí Lò Văn Sinh nhấn mạnh:\n\n"
    "“Thời gian tới, tôi đề nghị các cấp ủy tiếp tục quán triệt nghị quyết đến từng chi "
    "bộ. Mỗi cán bộ, đảng viên đăng ký ít nhất một việc làm cụ thể theo Bác.\n\n"
    "“Trung tâm Chính trị huyện chủ trì, phối hợp với Huyện đoàn biên soạn tài liệu sinh "
    "hoạt chuyên đề. Đài Truyền thanh huyện cần duy trì chuyên mục học tập và làm theo "
    "Bác.\n\n"
    "“Chúng ta đã đi một chặng đường dài và tự hào về những gì đã làm được.”\n\n"
    "Dịp này, Ban Thường vụ Huyện ủy khen thưởng 20 tập thể có thành tích tiêu biểu.\n"
)


def test_a_quoted_speech_goes_on_asking_in_its_later_paragraphs():
    tasks = _got(SPEECH_PARAGRAPHS)
    assert [t.text[:26] for t in tasks] == [
        "các cấp ủy tiếp tục quán t",
        "Mỗi cán bộ, đảng viên đăng",
        "Trung tâm Chính trị huyện ",
        "Đài Truyền thanh huyện cần",
    ]
    assert all(t.assigned_by == "Lò Văn Sinh" for t in tasks)
    assert list(tasks[1].assignees) == ["Mỗi cán bộ, đảng viên"]


def test_a_request_to_discuss_and_a_maxim_are_no_tasks():
    text = HEAD + (
        "Phát biểu khai mạc, đồng chí Lò Văn Sinh đề nghị các đại biểu tập trung thảo luận, "
        "thẳng thắn chỉ ra những hạn chế và nguyên nhân.\n\n"
        "Báo cáo do đồng chí Vi Thị Hạnh trình bày cho biết, quý I, toàn ngành đã tổ chức 12 "
        "hội nghị báo cáo viên.\n\n"
        "Đồng chí Lò Văn Sinh nhấn mạnh: “Làm theo Bác không phải là phong trào nhất thời. "
        "Mỗi cán bộ, đảng viên phải là một tấm gương để quần chúng noi theo”.\n"
    )
    assert not _got(text)


def test_an_attribute_line_holding_the_doers_and_the_deadline():
    text = HEAD + (
        "II. NHIỆM VỤ TRỌNG TÂM\n\n"
        "1. Duy trì đối thoại định kỳ giữa người đứng đầu cấp ủy với Nhân dân.\n"
        "Thực hiện: Ủy ban nhân dân huyện (chủ trì); Ủy ban Mặt trận Tổ quốc Việt Nam huyện, "
        "Huyện đoàn (phối hợp). Thời gian: trong quý III/2027.\n"
    )
    (task,) = _got(text)
    assert list(task.lead) == ["Ủy ban nhân dân huyện"]
    assert list(task.support) == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Huyện đoàn"]
    assert task.due_date.isoformat() == "2027-09-30"


def test_a_conclusions_tables_assessment_rows_are_no_tasks():
    text = HEAD + (
        "Ban Thường vụ Huyện ủy kết luận các nội dung sau:\n\n"
        "| Nội dung kết luận | Cơ quan thực hiện | Thời hạn |\n"
        "| Ban Thường vụ Huyện ủy đánh giá cao kết quả công tác tuyên giáo quý I |  |  |\n"
        "| Tuy nhiên, việc thực hiện Kết luận 01 ở một số cơ sở còn hình thức |  |  |\n"
        "| Thống nhất thông qua Báo cáo sơ kết công tác tuyên giáo quý I |  |  |\n"
        "| Rà soát đội ngũ báo cáo viên cấp xã | Ban Tuyên giáo Huyện ủy | Quý II/2027 |\n\n"
    )
    assert [t.text for t in _got(text)] == ["Rà soát đội ngũ báo cáo viên cấp xã"]


def test_requests_chained_by_dong_thoi_are_tasks_of_their_own_and_a_question_is_none():
    text = HEAD + (
        "Tại phần trao đổi, đồng chí Vi Thị Hạnh đề nghị báo cáo viên làm rõ thêm chủ trương "
        "của ta về các tranh chấp trên biển.\n\n"
        "Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị đội ngũ báo cáo viên kịp thời thông "
        "tin nội dung chuyên đề đến cơ sở; đồng thời đề nghị các đảng ủy xã tổ chức hội nghị "
        "báo cáo viên cấp xã, hoàn thành trước ngày 30/4; đồng thời giao Đài Truyền thanh huyện "
        "mở chuyên mục hỏi - đáp về tình hình quốc tế.\n"
    )
    assert [t.text[:24] for t in _got(text)] == [
        "đội ngũ báo cáo viên kịp",
        "các đảng ủy xã tổ chức h",
        "Đài Truyền thanh huyện m",
    ]


def test_items_labelled_with_their_units():
    text = HEAD + (
        "Đồng chí Lò Văn Sinh đề nghị các cơ quan báo chí thực hiện tốt các nhiệm vụ sau:\n\n"
        "- Đài Truyền thanh huyện: chủ trì, phối hợp với Huyện đoàn sản xuất phóng sự về "
        "thanh niên tình nguyện.\n\n"
        "- Trung tâm Chính trị huyện: mở lớp bồi dưỡng báo cáo viên cơ sở.\n"
    )
    tasks = _got(text)
    assert [(list(t.lead), list(t.support)) for t in tasks] == [
        (["Đài Truyền thanh huyện"], ["Huyện đoàn"]),
        ([], []),
    ]
