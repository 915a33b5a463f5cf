"""Build the held-out set 2 documents that are not plain text (deterministic output).

Run: .venv/bin/python tests/extraction/heldout2/build.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

DOCS = Path(__file__).parent / "docs"
FIXED_TIME = (2026, 10, 15, 8, 0, 0)

H2_03_BODY = [
    ("p", "ĐẢNG BỘ TỈNH SƠN HÀ"),
    ("p", "ĐẢNG ỦY XÃ TÂN PHÚ"),
    ("p", "Số 18-KH/ĐU"),
    ("p", "Tân Phú, ngày 15 tháng 10 năm 2026"),
    ("title", "KẾ HOẠCH"),
    ("p", "Tuyên truyền, triển khai Nghị quyết số 57-NQ/TW trên địa bàn xã Tân Phú"),
    ("p", "đến cuối năm 2026"),
    (
        "p",
        "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột "
        "phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc "
        "gia, Ban Thường vụ Đảng ủy xã Tân Phú ban hành Kế hoạch như sau:",
    ),
    ("h", "1. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1.1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về chuyển đổi số."),
    ("p", "1.2. Bảo đảm thiết thực, hiệu quả, gắn với nhiệm vụ chính trị của xã."),
    ("h", "2. NỘI DUNG TUYÊN TRUYỀN"),
    ("p", "2.1. Quan điểm, mục tiêu của Nghị quyết 57-NQ/TW."),
    ("p", "2.2. Các mô hình chuyển đổi số tiêu biểu ở cơ sở."),
    ("h", "3. NHIỆM VỤ CỤ THỂ"),
    ("p", "Các nhiệm vụ cụ thể được phân công theo bảng sau:"),
    ("table", None),
    ("h", "4. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "Văn phòng Đảng ủy theo dõi, tổng hợp kết quả thực hiện Kế hoạch, báo cáo "
        "Ban Thường vụ Đảng ủy xã trước ngày 15/12/2026.",
    ),
    ("p", "Nơi nhận: Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c); các chi bộ; lưu Văn phòng."),
    ("p", "T/M BAN THƯỜNG VỤ"),
    ("p", "BÍ THƯ"),
    ("p", "Vương Đình Khuê"),
]

H2_03_TABLE = [
    ("STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"),
    (
        "1",
        "Tổ chức hội nghị quán triệt Nghị quyết 57-NQ/TW cho cán bộ chủ chốt của xã",
        "Ban Xây dựng Đảng",
        "Văn phòng Đảng ủy",
        "Trước 30/11/2026",
    ),
    (
        "2",
        "Xây dựng chuyên mục “Chuyển đổi số ở Tân Phú” trên hệ thống loa truyền thanh",
        "Trung tâm Dịch vụ tổng hợp xã",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã; Đoàn Thanh niên xã",
        "Quý IV/2026",
    ),
    (
        "3",
        "Hướng dẫn Nhân dân sử dụng dịch vụ công trực tuyến",
        "Ủy ban nhân dân xã",
        "Đoàn Thanh niên xã",
        "Thường xuyên",
    ),
    (
        "4",
        "Sơ kết việc thực hiện Kế hoạch, báo cáo Ban Thường vụ Đảng ủy xã",
        "Văn phòng Đảng ủy",
        "Ban Xây dựng Đảng",
        "Trước 15/12/2026",
    ),
]


def _add_table(doc):
    table = doc.add_table(rows=0, cols=len(H2_03_TABLE[0]))
    table.style = "Table Grid"
    for row in H2_03_TABLE:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def build_h2_03(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for kind, text in H2_03_BODY:
        if kind == "table":
            _add_table(doc)
        elif kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    props = doc.core_properties
    props.author = "Văn phòng Đảng ủy"
    stamp = dt.datetime(*FIXED_TIME)
    props.created = props.modified = props.last_printed = stamp
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


def _write_fixed_zip(data, path):
    """Rewrite the zip with fixed member times so the file is byte-identical each build."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


H2_06_LETTERHEAD = (
    ("TỈNH ỦY LAM GIANG", "*", "Số 45-KH/TU"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lam Giang, ngày 20 tháng 11 năm 2026"),
)
H2_06_BODY = [
    ("letterhead", None),
    ("title", "KẾ HOẠCH"),
    ("p", "Tuyên truyền, thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị"),
    ("p", "về phát triển kinh tế tư nhân trong năm 2027"),
    ("p", "-----"),
    (
        "p",
        "Thực hiện Chương trình hành động số 18-CTr/TU ngày 15/7/2025 của Tỉnh ủy Lam Giang "
        "thực hiện Nghị quyết số 68-NQ/TW, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch tuyên "
        "truyền, thực hiện Nghị quyết trong năm 2027 như sau:",
    ),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Tạo sự thống nhất về nhận thức và hành động trong toàn Đảng bộ về vai trò "
        "của kinh tế tư nhân.",
    ),
    (
        "p",
        "2. Năm 2026, toàn tỉnh có thêm 1.250 doanh nghiệp thành lập mới; kế hoạch phải "
        "kế thừa kết quả đó.",
    ),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "Phân công thực hiện như sau:"),
    ("table", None),
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "1. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, "
        "đôn đốc việc thực hiện Kế hoạch.",
    ),
    (
        "p",
        "2. Các đảng bộ trực thuộc Tỉnh ủy căn cứ Kế hoạch xây dựng kế hoạch cụ thể, gửi về Ban "
        "Tuyên giáo và Dân vận Tỉnh ủy trước ngày 31/12/2026.",
    ),
    (
        "p",
        "Nơi nhận: Ban Tuyên giáo và Dân vận Trung ương (b/c); các đảng bộ trực thuộc; "
        "lưu Văn phòng Tỉnh ủy.",
    ),
    ("p", "T/M BAN THƯỜNG VỤ"),
    ("p", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("p", "Hầu Văn Tuấn"),
]
# a group row is one string: the whole row is merged into a single cell
H2_06_TABLE = [
    ("TT", "Nhiệm vụ", "Thời hạn", "Cơ quan chủ trì", "Cơ quan phối hợp"),
    "I. CÔNG TÁC TUYÊN TRUYỀN, QUÁN TRIỆT",
    (
        "1",
        "Tổ chức hội nghị quán triệt Nghị quyết số 68-NQ/TW cho cán bộ chủ chốt của tỉnh",
        "Quý I/2027",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Văn phòng Tỉnh ủy; Trường Chính trị tỉnh",
    ),
    (
        "2",
        "Mở chuyên trang, chuyên mục tuyên truyền về phát triển kinh tế tư nhân",
        "Thường xuyên",
        "Báo và Phát thanh, Truyền hình Lam Giang",
        "Sở Văn hóa, Thể thao và Du lịch",
    ),
    "II. CỤ THỂ HÓA CƠ CHẾ, CHÍNH SÁCH",
    (
        "3",
        "Xây dựng Đề án hỗ trợ doanh nghiệp nhỏ và vừa giai đoạn 2027-2030, "
        "trình Ban Thường vụ Tỉnh ủy",
        "Trước 30/6/2027",
        "Đảng ủy Ủy ban nhân dân tỉnh",
        "Sở Tài chính; Hiệp hội Doanh nghiệp tỉnh",
    ),
    (
        "4",
        "Tổ chức đối thoại giữa lãnh đạo tỉnh với doanh nghiệp tư nhân",
        "Tháng 10/2027",
        "Ủy ban nhân dân tỉnh",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Hiệp hội Doanh nghiệp tỉnh",
    ),
    "III. KIỂM TRA, GIÁM SÁT, SƠ KẾT",
    (
        "5",
        "Kiểm tra, giám sát việc thực hiện Nghị quyết tại các đảng bộ trực thuộc",
        "Quý III/2027",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy",
    ),
    (
        "6",
        "Sơ kết 01 năm thực hiện Kế hoạch, báo cáo Ban Thường vụ Tỉnh ủy",
        "Tháng 12/2027",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Văn phòng Tỉnh ủy; các cơ quan liên quan",
    ),
]


def _add_letterhead(doc):
    """The two-column letterhead of a Party document, as a borderless Word table."""
    table = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, H2_06_LETTERHEAD, strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def _add_task_table(doc):
    width = len(H2_06_TABLE[0])
    table = doc.add_table(rows=0, cols=width)
    table.style = "Table Grid"
    for row in H2_06_TABLE:
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[width - 1])
            merged.text = row
            continue
        for cell, text in zip(cells, row, strict=True):
            cell.text = text


def build_h2_06(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for kind, text in H2_06_BODY:
        if kind == "letterhead":
            _add_letterhead(doc)
        elif kind == "table":
            _add_task_table(doc)
        elif kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    _save_fixed(doc, path, "Văn phòng Tỉnh ủy")


def _save_fixed(doc, path, author):
    props = doc.core_properties
    props.author = author
    stamp = dt.datetime(*FIXED_TIME)
    props.created = props.modified = props.last_printed = stamp
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
RUNNING_HEADER = "Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Tuyền - Báo cáo số 96-BC/BTGDVTU"
# Lines as laid out; "<PAGE>" is the page break, placed inside a sentence on purpose.
H2_04_LINES = [
    "TỈNH ỦY THANH TUYỀN                              ĐẢNG CỘNG SẢN VIỆT NAM",
    "BAN TUYÊN GIÁO VÀ DÂN VẬN",
    "Số 96-BC/BTGDVTU                   Thanh Tuyền, ngày 21 tháng 12 năm 2026",
    "",
    "BÁO CÁO",
    "Kết quả Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2026",
    "và Hội nghị báo cáo viên tỉnh tháng 12 năm 2026",
    "",
    "1. Hội nghị tổng kết",
    "Ngày 18/12/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Tuyền tổ chức Hội nghị",
    "tổng kết công tác tuyên giáo và dân vận năm 2026, triển khai nhiệm vụ năm 2027.",
    "Đồng chí Cù Thị Lan Anh, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và",
    "Dân vận Tỉnh ủy chủ trì hội nghị. Đồng chí Lạc Văn Tiến, Phó Trưởng ban Tuyên giáo",
    "và Dân vận Tỉnh ủy trình bày báo cáo tổng kết. Dự và chỉ đạo hội nghị có đồng chí",
    "Giáp Minh Hoàng, Phó Bí thư Tỉnh ủy, Chủ tịch Ủy ban nhân dân tỉnh.",
    "Năm 2026, toàn ngành đã tổ chức quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016 của",
    "Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí",
    "Minh đến 100% chi bộ; các kết quả nổi bật gồm:",
    "- 95% đảng ủy xã, phường xây dựng được mô hình học tập và làm theo Bác;",
    "- Trang thông tin điện tử của Ban tăng 40% lượt truy cập.",
    "Hạn chế: một số đảng ủy xã chưa kịp thời nắm bắt dư luận xã hội.",
    "",
    "2. Hội nghị báo cáo viên tỉnh",
    "Ngày 19/12/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy tiếp tục tổ chức Hội nghị báo cáo",
    "viên tỉnh tháng 12 năm 2026. Đồng chí Lạc Văn Tiến chủ trì hội nghị. Đồng chí Kha",
    "Thị Mỹ, Phó Giám đốc Sở Khoa học và Công nghệ thông tin chuyên đề về chuyển đổi số.",
    "Kết luận hội nghị, đồng chí Lạc Văn Tiến đề nghị đội ngũ báo cáo viên các cấp tập",
    "<PAGE>",
    "trung thực hiện tốt các nội dung sau:",
    "a) Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị đến các chi",
    "bộ, hoàn thành trước ngày 31/01/2027.",
    "b) Báo cáo viên các đảng ủy xã, phường nắm bắt tình hình tư tưởng của cán bộ, đảng",
    "viên, báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy hằng tháng.",
    "c) Phòng Lý luận chính trị chủ trì, phối hợp với Trường Chính trị tỉnh biên soạn tài",
    "liệu sinh hoạt chuyên đề năm 2027 theo Chỉ thị 05-CT/TW, hoàn thành trong quý",
    "I/2027.",
    "",
    "Trên đây là báo cáo kết quả hai hội nghị của Ban Tuyên giáo và Dân vận Tỉnh ủy.",
    "",
    "Nơi nhận:                                           K/T TRƯỞNG BAN",
    "- Thường trực Tỉnh ủy (b/c),                         PHÓ TRƯỞNG BAN",
    "- Lưu Văn phòng Ban.",
    "                                                     Sầm Quang Vinh",
]


class _Report(FPDF):
    def header(self):
        self.set_font("DejaVu", size=8)
        self.cell(0, 5, RUNNING_HEADER, align="C")
        self.ln(8)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", size=8)
        self.cell(0, 5, f"Trang {self.page_no()}/2", align="C")


def build_h2_04(path):
    pdf = _Report(format="A4")
    pdf.creation_date = dt.datetime(2026, 12, 21, 8, 0, 0, tzinfo=dt.UTC)
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=FONT)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    for line in H2_04_LINES:
        if line == "<PAGE>":
            pdf.add_page()
            pdf.set_font("DejaVu", size=10)
            continue
        pdf.cell(0, 6, line)
        pdf.ln(6)
    pdf.output(str(path))


# "num" and "bullet" paragraphs use Word's own list numbering: their markers ("1.", "•") are
# not in the paragraph text, as in a report typed in Word with automatic lists.
H2_11_BODY = [
    ("p", "TỈNH ỦY THANH LĨNH"),
    ("p", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
    ("p", "Số 61-BC/BTGDVTU"),
    ("p", "Thanh Lĩnh, ngày 04 tháng 12 năm 2026"),
    ("title", "BÁO CÁO"),
    (
        "p",
        "Kết quả tổ chức Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận cho cán bộ "
        "cấp xã năm 2026",
    ),
    ("h", "I. CÔNG TÁC CHUẨN BỊ VÀ TỔ CHỨC LỚP"),
    (
        "p",
        "Thực hiện Kế hoạch số 52-KH/BTGDVTU ngày 02/10/2026 của Ban Tuyên giáo và Dân vận "
        "Tỉnh ủy về tổ chức bồi dưỡng nghiệp vụ cho cán bộ cấp xã, trong 02 ngày (từ ngày "
        "30/11 đến ngày 01/12/2026), Ban Tuyên giáo và Dân vận Tỉnh ủy Thanh Lĩnh phối hợp với "
        "Trường Chính trị tỉnh tổ chức Lớp bồi dưỡng nghiệp vụ công tác tuyên giáo và dân vận "
        "cho cán bộ cấp xã năm 2026 cho 180 học viên của 48 xã, phường.",
    ),
    (
        "p",
        "Đồng chí La Văn Quý, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và Dân vận "
        "Tỉnh ủy dự, phát biểu khai mạc lớp bồi dưỡng. Đồng chí Hoàng Thị Mai Phương, Phó "
        "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì lớp bồi dưỡng và phát biểu bế mạc.",
    ),
    ("p", "Học viên được nghe 03 chuyên đề và thảo luận theo chương trình sau:"),
    ("table", None),
    ("h", "II. KẾT QUẢ"),
    ("bullet", "180/180 học viên tham dự đầy đủ, nghiêm túc."),
    ("bullet", "Bài kiểm tra cuối khóa: 100% đạt yêu cầu, trong đó 62% đạt khá, giỏi."),
    ("p", "Hạn chế:"),
    ("bullet", "Thời gian thảo luận, trao đổi kinh nghiệm còn ít."),
    ("bullet", "Một số học viên chưa chủ động nêu vướng mắc ở cơ sở."),
    ("h", "III. NHIỆM VỤ TIẾP THEO"),
    (
        "num",
        "Trường Chính trị tỉnh chủ trì, phối hợp với Văn phòng Ban cấp giấy chứng nhận hoàn "
        "thành lớp bồi dưỡng cho học viên trước ngày 15/12/2026.",
    ),
    (
        "num",
        "Các đảng ủy xã, phường bố trí học viên sau bồi dưỡng trực tiếp làm báo cáo viên cơ "
        "sở, báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trong quý I/2027.",
    ),
    (
        "num",
        "Phòng Dân vận tổng hợp đề xuất của học viên, tham mưu mở lớp bồi dưỡng chuyên sâu về "
        "dân vận chính quyền trong năm 2027.",
    ),
    ("num", "Văn phòng Ban lưu trữ hồ sơ lớp học theo quy định."),
    ("p", "Nơi nhận: Thường trực Tỉnh ủy (b/c); các đảng ủy xã, phường; lưu Văn phòng Ban."),
    ("p", "K/T TRƯỞNG BAN"),
    ("p", "PHÓ TRƯỞNG BAN"),
    ("p", "Hoàng Thị Mai Phương"),
]
H2_11_TABLE = [
    ("Thời gian", "Chuyên đề", "Báo cáo viên"),
    (
        "Sáng 30/11",
        "Những điểm mới trong Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng",
        "TS. Ngô Quang Huy, Phó Vụ trưởng Vụ Lý luận chính trị, "
        "Ban Tuyên giáo và Dân vận Trung ương",
    ),
    (
        "Chiều 30/11",
        "Kỹ năng nắm bắt, định hướng dư luận xã hội ở cơ sở",
        "ThS. Tôn Nữ Thảo Vy, Phó Trưởng khoa Xây dựng Đảng, Trường Chính trị tỉnh",
    ),
    (
        "Sáng 01/12",
        "Công tác dân vận chính quyền và thực hiện dân chủ ở cơ sở",
        "Đồng chí Hoàng Thị Mai Phương, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy",
    ),
    ("Chiều 01/12", "Thảo luận, trao đổi kinh nghiệm; kiểm tra cuối khóa", "Ban Tổ chức lớp"),
]
_STYLES = {"num": "List Number", "bullet": "List Bullet"}


def build_h2_11(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    for kind, text in H2_11_BODY:
        if kind == "table":
            table = doc.add_table(rows=0, cols=len(H2_11_TABLE[0]))
            table.style = "Table Grid"
            for row in H2_11_TABLE:
                for cell, value in zip(table.add_row().cells, row, strict=True):
                    cell.text = value
        elif kind == "title":
            doc.add_heading(text, level=0)
        elif kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text, style=_STYLES.get(kind))
    _save_fixed(doc, path, "Văn phòng Ban Tuyên giáo và Dân vận")


SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
# ("lh", left, right): a letterhead row laid out in two columns at fixed x positions;
# "c" centred bold, "b" bold line, "p" a justified paragraph that fpdf2 wraps itself.
H2_09_ITEMS = [
    ("lh", "TỈNH ỦY THƯỢNG HÀ", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("lh", "BAN TUYÊN GIÁO VÀ DÂN VẬN", ""),
    ("lh", "*", "Thượng Hà, ngày 28 tháng 12 năm 2026"),
    ("lh", "Số 318-TB/BTGDVTU", ""),
    ("c", "THÔNG BÁO"),
    ("c", "Kết luận của đồng chí Phó Bí thư Thường trực Tỉnh ủy tại Hội nghị tổng kết"),
    ("c", "công tác dư luận xã hội năm 2026"),
    (
        "p",
        "Ngày 23/12/2026, Ban Tuyên giáo và Dân vận Tỉnh ủy Thượng Hà tổ chức Hội nghị tổng kết "
        "công tác dư luận xã hội năm 2026, triển khai nhiệm vụ năm 2027. Đồng chí Ông Thị Hương, "
        "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. "
        "Dự và chỉ đạo hội nghị có đồng chí Thân Đức Mạnh, Phó Bí thư Thường trực Tỉnh ủy. "
        "Đồng chí Lý Quốc Bảo, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy trình bày báo cáo "
        "tổng kết; đồng chí Mã Thị Hồng, Phó Bí thư Đảng ủy phường Bến Thượng phát biểu tham luận.",
    ),
    (
        "p",
        "Sau khi nghe báo cáo và ý kiến của các đại biểu, đồng chí Thân Đức Mạnh kết luận như sau:",
    ),
    ("b", "I. ĐÁNH GIÁ CHUNG"),
    ("b", "1. Kết quả đạt được"),
    ("p", "a) Đội ngũ cộng tác viên dư luận xã hội được kiện toàn ở 100% đảng ủy xã, phường."),
    (
        "p",
        "b) Đã thực hiện 12 cuộc điều tra dư luận xã hội theo Kết luận số 100-KL/TW ngày "
        "18/8/2014 của Ban Bí thư; kết quả được báo cáo kịp thời Thường trực Tỉnh ủy.",
    ),
    ("b", "2. Hạn chế"),
    ("p", "a) Một số báo cáo dư luận xã hội của cơ sở chưa kịp thời, còn chung chung."),
    ("p", "b) Chất lượng phân tích, dự báo xu hướng dư luận chưa đáp ứng yêu cầu."),
    ("b", "II. NHIỆM VỤ NĂM 2027"),
    ("b", "1. Ban Tuyên giáo và Dân vận Tỉnh ủy:"),
    ("page", None),
    (
        "p",
        "a) Chủ trì, phối hợp với Công an tỉnh xây dựng quy chế phối hợp nắm bắt dư luận xã hội "
        "trên không gian mạng, trình Ban Thường vụ Tỉnh ủy trước ngày 31/3/2027.",
    ),
    (
        "p",
        "b) Tổ chức tập huấn nghiệp vụ cho cộng tác viên dư luận xã hội cấp xã theo Kết luận "
        "100-KL/TW, hoàn thành trong quý II/2027.",
    ),
    ("b", "2. Các đảng ủy xã, phường:"),
    (
        "p",
        "a) Báo cáo nhanh tình hình dư luận xã hội khi có vụ việc phức tạp, chậm nhất 24 giờ "
        "sau khi vụ việc phát sinh.",
    ),
    ("p", "b) Gửi báo cáo định kỳ về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 20 hằng tháng."),
    (
        "p",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh "
        "phối hợp cung cấp thông tin dư luận trong đoàn viên, hội viên hằng quý.",
    ),
    ("p", "Ban Tuyên giáo và Dân vận Tỉnh ủy thông báo để các cơ quan, đơn vị biết, thực hiện."),
    ("lh", "Nơi nhận:", "K/T TRƯỞNG BAN"),
    ("lh", "- Thường trực Tỉnh ủy (b/c),", "PHÓ TRƯỞNG BAN"),
    ("lh", "- Các đảng ủy trực thuộc Tỉnh ủy,", ""),
    ("lh", "- Lưu Văn phòng Ban.", "Khúc Thị Nga"),
]


class _Notice(FPDF):
    def header(self):
        # official documents number pages from the second one, at the top centre
        if self.page_no() > 1:
            self.set_font("Serif", size=10)
            self.cell(0, 5, str(self.page_no()), align="C")
            self.ln(8)


def _h2_09_item(pdf, kind, a, b=None):
    if kind == "lh":
        y = pdf.get_y()
        pdf.set_font("SerifBold" if a.isupper() else "Serif", size=10)
        pdf.set_xy(15, y)
        pdf.cell(80, 6, a, align="C")
        pdf.set_font("SerifBold" if b.isupper() else "Serif", size=10)
        pdf.set_xy(105, y)
        pdf.cell(90, 6, b, align="C")
        pdf.set_xy(15, y + 6)
    elif kind == "c":
        pdf.set_font("SerifBold", size=11)
        pdf.cell(0, 7, a, align="C")
        pdf.ln(7)
    elif kind == "b":
        pdf.set_font("SerifBold", size=11)
        pdf.cell(0, 7, a)
        pdf.ln(7)
    else:
        pdf.set_font("Serif", size=11)
        pdf.multi_cell(0, 6, a, align="J")
        pdf.ln(1)


def build_h2_09(path):
    pdf = _Notice(format="A4")
    pdf.creation_date = dt.datetime(2026, 12, 28, 8, 0, 0, tzinfo=dt.UTC)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)
    pdf.add_font("Serif", fname=SERIF)
    pdf.add_font("SerifBold", fname=SERIF_BOLD)
    pdf.add_page()
    for kind, *rest in H2_09_ITEMS:
        if kind == "page":
            pdf.add_page()
            continue
        _h2_09_item(pdf, kind, *rest)
    pdf.output(str(path))


if __name__ == "__main__":
    build_h2_03(DOCS / "h2_03_tan_phu_ke_hoach_nghi_quyet_57_2026.docx")
    build_h2_04(DOCS / "h2_04_thanh_tuyen_bao_cao_tong_ket_va_bao_cao_vien_2026.pdf")
    build_h2_06(DOCS / "h2_06_lam_giang_ke_hoach_nghi_quyet_68_nam_2027.docx")
    build_h2_09(DOCS / "h2_09_thuong_ha_tb_ket_luan_tong_ket_du_luan_xa_hoi_2026.pdf")
    build_h2_11(DOCS / "h2_11_thanh_linh_bao_cao_lop_boi_duong_can_bo_xa_2026.docx")
