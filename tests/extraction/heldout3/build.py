"""Build the held-out set 3 documents (deterministic output).

Run: .venv/bin/python tests/extraction/heldout3/build.py

- h3_b1 (.docx): Thông báo kết luận of a ward's standing members; letterhead and signature as
  borderless two-cell tables; conclusions numbered by TYPED markers ("1.", "1.1.", "a)", "- ").
- h3_b2 (.pdf): Kế hoạch of a provincial board with a ruled task table drawn line by line
  (a row is split by the page break, the header row is repeated), a running header and a
  "Trang x/y" footer on every page.
- h3_b3 (.docx): Báo cáo tổng kết năm 2026 whose lists use Word's AUTOMATIC numbering
  (styles 'List Number' / 'List Bullet'; the markers are not in the paragraph text), results
  and tasks in the same list styles, numbering restarted for each list.
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

DOCS = Path(__file__).parent / "docs"
FIXED_TIME = (2026, 10, 20, 8, 0, 0)


# --------------------------------------------------------------------------- docx helpers


def _new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    return doc


def _no_borders(table):
    """Make a Word table borderless explicitly (letterheads, signature blocks)."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:  # schema order: tblBorders comes before tblLook
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _fill_cell(cell, lines, bold_upper=True, center=True):
    """Write lines into a table cell, one paragraph per line."""
    first = True
    for line in lines:
        para = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        run = para.add_run(line)
        run.bold = bold_upper and line.isupper()
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _para(doc, text, bold=False, italic=False, center=False, indent_cm=None, style=None):
    para = doc.add_paragraph(style=style)
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent_cm is not None:
        para.paragraph_format.first_line_indent = Cm(indent_cm)
    return para


def _write_fixed_zip(data, path):
    """Rewrite the zip with fixed member times so the file is byte-identical each build."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def _save_fixed(doc, path, author):
    props = doc.core_properties
    props.author = author
    props.last_modified_by = author
    stamp = dt.datetime(*FIXED_TIME)
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


# --------------------------------------------------------------------------- h3_b1

B1_LETTERHEAD = (
    ("ĐẢNG BỘ TỈNH BẠCH LÂM", "ĐẢNG ỦY PHƯỜNG LỘC KHÊ", "*", "Số 46-TB/ĐU"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Lộc Khê, ngày 16 tháng 3 năm 2026"),
)
# kinds: "title" centred bold, "sub" centred, "sec" bold section line ("1. Về ..."),
# "p" body paragraph (first-line indent); typed markers stay in the text.
B1_BODY = [
    ("title", "THÔNG BÁO"),
    (
        "sub",
        "kết luận của Thường trực Đảng ủy phường tại buổi làm việc với Ban Xây dựng Đảng Đảng ủy "
        "phường về công tác tuyên giáo, dân vận",
    ),
    ("sub", "-----"),
    (
        "p",
        "Ngày 12/3/2026, Thường trực Đảng ủy phường Lộc Khê làm việc với Ban Xây dựng Đảng Đảng ủy "
        "phường về kết quả công tác tuyên giáo, dân vận từ sau Đại hội đại biểu Đảng bộ phường lần "
        "thứ I, nhiệm kỳ 2025 - 2030 đến nay và nhiệm vụ thời gian tới. Đồng chí Mạc Thị Thu Hà, "
        "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân phường chủ trì buổi làm việc. Cùng dự có đồng "
        "chí Quản Văn Lực, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân phường; đồng chí Khổng "
        "Minh Đức, Chánh Văn phòng Đảng ủy phường; đồng chí Âu Thị Lệ, Phó Trưởng phòng Tuyên "
        "truyền - Báo chí, Ban Tuyên giáo và Dân vận Tỉnh ủy Bạch Lâm; lãnh đạo Ủy ban Mặt trận Tổ "
        "quốc Việt Nam phường và bí thư các chi bộ khu phố.",
    ),
    (
        "p",
        "Sau khi nghe đồng chí Tạ Quang Huy, Ủy viên Ban Thường vụ Đảng ủy, Trưởng Ban Xây dựng "
        "Đảng Đảng ủy phường báo cáo kết quả công tác tuyên giáo, dân vận; ý kiến trao đổi của "
        "đồng chí Âu Thị Lệ và các đồng chí dự họp, đồng chí Bí thư Đảng ủy phường kết luận như "
        "sau:",
    ),
    ("sec", "1. Về kết quả đạt được"),
    (
        "p",
        "Thường trực Đảng ủy ghi nhận, biểu dương những kết quả Ban Xây dựng Đảng đã đạt được "
        "trong thời gian qua, nổi bật là:",
    ),
    (
        "p",
        "1.1. Ban Xây dựng Đảng đã chủ động tham mưu Ban Thường vụ Đảng ủy tuyên truyền sâu rộng "
        "Đại hội đại biểu Đảng bộ phường lần thứ I, nhiệm kỳ 2025 - 2030 và Đại hội đại biểu toàn "
        "quốc lần thứ XIV của Đảng theo tinh thần Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính "
        "trị; tổ chức quán triệt Nghị quyết Đại hội đại biểu Đảng bộ phường lần thứ I đến 100% chi "
        "bộ, với 96,8% đảng viên tham gia.",
    ),
    (
        "p",
        "1.2. Công tác nắm bắt tình hình tư tưởng, dư luận xã hội được duy trì nền nếp; Ban đã "
        "phối hợp với Công an phường giải quyết dứt điểm 03 vụ việc phức tạp liên quan đến giải "
        "phóng mặt bằng, không để phát sinh điểm nóng.",
    ),
    (
        "p",
        "1.3. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số "
        "05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo "
        "đức, phong cách Hồ Chí Minh tiếp tục đi vào chiều sâu; 07 tập thể, 12 cá nhân được biểu "
        "dương.",
    ),
    ("p", "1.4. Bên cạnh kết quả đạt được, công tác tuyên giáo, dân vận vẫn còn một số hạn chế:"),
    (
        "p",
        "a) Sinh hoạt chuyên đề ở một số chi bộ khu phố chưa thường xuyên, nội dung còn chung "
        "chung.",
    ),
    (
        "p",
        "b) Đội ngũ báo cáo viên, tuyên truyền viên cơ sở còn mỏng, chủ yếu kiêm nhiệm; việc nắm "
        "bắt dư luận trên mạng xã hội còn chậm.",
    ),
    ("sec", "2. Về nhiệm vụ thời gian tới"),
    (
        "p",
        "Thường trực Đảng ủy cơ bản thống nhất với phương hướng, nhiệm vụ do Ban Xây dựng Đảng đề "
        "xuất và yêu cầu các cơ quan, đơn vị tập trung thực hiện tốt một số nhiệm vụ sau:",
    ),
    ("p", "2.1. Ban Xây dựng Đảng Đảng ủy phường:"),
    (
        "p",
        "- Tham mưu Ban Thường vụ Đảng ủy ban hành kế hoạch học tập, quán triệt, tuyên truyền Nghị "
        "quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng đến toàn thể cán bộ, đảng viên; "
        "hoàn thành trước ngày 15/4/2026.",
    ),
    (
        "p",
        "- Chủ trì, phối hợp với Văn phòng Đảng ủy xây dựng chương trình sinh hoạt chuyên đề năm "
        "2026 theo Chỉ thị số 05-CT/TW, hướng dẫn các chi bộ thực hiện trong tháng 4/2026.",
    ),
    (
        "p",
        "- Rà soát, kiện toàn đội ngũ báo cáo viên, tuyên truyền viên ở 100% chi bộ khu phố; hoàn "
        "thành trong quý II/2026.",
    ),
    (
        "p",
        "- Thường xuyên nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, nhất là "
        "trong quá trình chỉnh trang đô thị; báo cáo Thường trực Đảng ủy hằng tháng.",
    ),
    ("p", "2.2. Ủy ban nhân dân phường:"),
    (
        "p",
        "a) Chỉ đạo tuyên truyền, phổ biến Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị "
        "về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước "
        "trong kỷ nguyên mới gắn với phổ biến, giáo dục pháp luật tại các khu phố; phối hợp với Ủy "
        "ban Mặt trận Tổ quốc Việt Nam phường tổ chức đối thoại với Nhân dân định kỳ 6 tháng một "
        "lần.",
    ),
    (
        "p",
        "b) Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính theo Nghị quyết số 57-NQ/TW "
        "ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng "
        "tạo và chuyển đổi số quốc gia; phấn đấu 100% thủ tục hành chính đủ điều kiện được cung "
        "cấp dịch vụ công trực tuyến toàn trình trước ngày 30/9/2026.",
    ),
    (
        "p",
        "2.3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội "
        "phường tăng cường nắm bắt tâm tư, nguyện vọng của đoàn viên, hội viên và Nhân dân; kịp "
        "thời phản ánh với Thường trực Đảng ủy những vấn đề mới phát sinh.",
    ),
    (
        "p",
        "2.4. Văn phòng Đảng ủy phường theo dõi, đôn đốc các cơ quan, đơn vị thực hiện nội dung "
        "Thông báo này; tổng hợp kết quả, báo cáo Thường trực Đảng ủy trước ngày 30/6/2026.",
    ),
    (
        "p",
        "Văn phòng Đảng ủy phường thông báo để các cơ quan, đơn vị, chi bộ liên quan biết, thực "
        "hiện.",
    ),
]
B1_SIGNATURE = (
    (
        "Nơi nhận:",
        "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
        "- Các đồng chí Ủy viên Ban Thường vụ Đảng ủy,",
        "- Ban Xây dựng Đảng Đảng ủy,",
        "- Ủy ban nhân dân phường,",
        "- Ủy ban Mặt trận Tổ quốc Việt Nam phường,",
        "- Các chi bộ trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    ),
    ("T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG", "", "", "Khổng Minh Đức"),
)


def build_b1(path):
    doc = _new_doc()
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    for cell, lines in zip(head.rows[0].cells, B1_LETTERHEAD, strict=True):
        _fill_cell(cell, lines)
    for kind, text in B1_BODY:
        if kind in ("title", "sub"):
            _para(doc, text, bold=True, center=True)
        elif kind == "sec":
            _para(doc, text, bold=True, indent_cm=1.0)
        else:
            _para(doc, text, indent_cm=1.0)
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    left, right = sign.rows[0].cells
    _fill_cell(left, B1_SIGNATURE[0], bold_upper=False, center=False)
    left.paragraphs[0].runs[0].bold = True
    _fill_cell(right, B1_SIGNATURE[1])
    _save_fixed(doc, path, "Văn phòng Đảng ủy phường")


# --------------------------------------------------------------------------- h3_b2 (PDF)

SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
SERIF_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"
SERIF_ITALIC = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
B2_RUNNING = "Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Lâm - Kế hoạch số 74-KH/BTGDVTU"
B2_BEFORE = [
    ("lh", "TỈNH ỦY HẢI LÂM", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("lh", "BAN TUYÊN GIÁO VÀ DÂN VẬN", ""),
    ("lh", "*", "Hải Lâm, ngày 08 tháng 01 năm 2027"),
    ("lh", "Số 74-KH/BTGDVTU", ""),
    ("gap", None),
    ("c", "KẾ HOẠCH"),
    ("c", "Công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác"),
    ("c", "các quan điểm sai trái, thù địch năm 2027"),
    ("c", "-----"),
    (
        "p",
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ "
        "nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong "
        "tình hình mới và Kế hoạch số 86-KH/TU ngày 25/12/2026 của Ban Thường vụ Tỉnh ủy về công "
        "tác tư tưởng năm 2027, Ban Tuyên giáo và Dân vận Tỉnh ủy Hải Lâm ban hành Kế hoạch công "
        "tác bảo vệ nền tảng tư tưởng của Đảng năm 2027 như sau:",
    ),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Nâng cao nhận thức, trách nhiệm của cấp ủy, tổ chức đảng, cán bộ, đảng viên và Nhân "
        "dân trong bảo vệ nền tảng tư tưởng của Đảng; chủ động phát hiện, đấu tranh, phản bác kịp "
        "thời các thông tin, quan điểm sai trái, thù địch.",
    ),
    (
        "p",
        "2. Các nhiệm vụ phải được phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian "
        "thực hiện; gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị sau 02 năm vận "
        "hành chính quyền địa phương hai cấp.",
    ),
    (
        "p",
        "3. Năm 2026, lực lượng cốt cán của tỉnh đã đăng tải hơn 12.000 tin, bài, bình luận tích "
        "cực trên không gian mạng; Kế hoạch năm 2027 kế thừa và phát huy kết quả đó.",
    ),
    ("b", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "Các nhiệm vụ cụ thể được phân công như sau:"),
]
B2_COLS = (10, 72, 36, 36, 26)
B2_HEADER = (
    "TT",
    "Nội dung công việc",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
)
B2_ROWS = [
    (
        "1",
        "Tổ chức hội nghị quán triệt, triển khai Kế hoạch cho lực lượng cốt cán, cộng tác viên dư "
        "luận xã hội cấp tỉnh và cấp xã",
        "Phòng Lý luận chính trị - Lịch sử Đảng",
        "Văn phòng Ban; Trường Chính trị tỉnh",
        "Tháng 3/2027",
    ),
    (
        "2",
        "Duy trì chuyên mục “Bảo vệ nền tảng tư tưởng của Đảng” trên Báo và Phát thanh, Truyền "
        "hình Hải Lâm; đăng, phát tối thiểu 04 tin, bài chính luận mỗi tháng",
        "Báo và Phát thanh, Truyền hình Hải Lâm",
        "Phòng Tuyên truyền - Báo chí",
        "Thường xuyên",
    ),
    (
        "3",
        "Rà soát, đánh giá thực trạng các trang thông tin điện tử, tài khoản mạng xã hội đăng tải "
        "thông tin xấu, độc liên quan đến địa bàn tỉnh; đề xuất giải pháp phát hiện, cảnh báo sớm "
        "và xử lý theo quy định của pháp luật; ứng dụng công nghệ số trong giám sát thông tin trên "
        "không gian mạng theo tinh thần Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về "
        "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
        "Công an tỉnh",
        "Sở Khoa học và Công nghệ; Phòng Tuyên truyền - Báo chí",
        "Quý II/2027",
    ),
    (
        "4",
        "Tổ chức Cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng lần thứ bảy trên địa bàn "
        "tỉnh; tổng kết, trao giải",
        "Phòng Lý luận chính trị - Lịch sử Đảng",
        "Báo và Phát thanh, Truyền hình Hải Lâm; Liên hiệp các Hội Văn học nghệ thuật tỉnh",
        "Quý III/2027",
    ),
    (
        "5",
        "Bồi dưỡng kỹ năng nhận diện, phản bác thông tin sai trái trên không gian mạng cho đội ngũ "
        "báo cáo viên, tuyên truyền viên cấp xã",
        "Trường Chính trị tỉnh",
        "Phòng Tuyên truyền - Báo chí; các đảng ủy xã, phường",
        "Quý II/2027",
    ),
    (
        "6",
        "Khảo sát tình hình tư tưởng của cán bộ, đảng viên và Nhân dân sau 02 năm vận hành chính "
        "quyền địa phương hai cấp; báo cáo Ban Thường vụ Tỉnh ủy",
        "Phòng Tuyên truyền - Báo chí",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Trong năm 2027",
    ),
    (
        "7",
        "Theo dõi, tổng hợp tình hình dư luận xã hội; kịp thời tham mưu định hướng thông tin đối "
        "với các vấn đề phức tạp, nhạy cảm",
        "Phòng Tuyên truyền - Báo chí",
        "Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch",
        "Thường xuyên",
    ),
    (
        "8",
        "Tổng kết việc thực hiện Kế hoạch năm 2027, báo cáo Thường trực Tỉnh ủy",
        "Văn phòng Ban",
        "Các phòng thuộc Ban",
        "Tháng 12/2027",
    ),
]
B2_AFTER = [
    ("b", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "1. Các phòng, đơn vị thuộc Ban căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, chủ "
        "động triển khai thực hiện bảo đảm chất lượng, đúng tiến độ.",
    ),
    (
        "p",
        "2. Đề nghị Công an tỉnh, Sở Khoa học và Công nghệ, Trường Chính trị tỉnh, Báo và Phát "
        "thanh, Truyền hình Hải Lâm căn cứ nhiệm vụ được phân công tại Kế hoạch này, chủ động "
        "triển khai thực hiện; định kỳ hằng quý gửi báo cáo kết quả về Ban Tuyên giáo và Dân vận "
        "Tỉnh ủy (qua Phòng Tuyên truyền - Báo chí).",
    ),
    (
        "p",
        "3. Văn phòng Ban chủ trì, phối hợp với Phòng Tuyên truyền - Báo chí theo dõi, đôn đốc "
        "việc thực hiện Kế hoạch; tham mưu sơ kết 6 tháng, báo cáo Thường trực Tỉnh ủy trước ngày "
        "15/7/2027.",
    ),
    ("gap", None),
    ("lh", "Nơi nhận:", "K/T TRƯỞNG BAN"),
    ("lh", "- Thường trực Tỉnh ủy (b/c),", "PHÓ TRƯỞNG BAN"),
    ("lh", "- Ban Tuyên giáo và Dân vận Trung ương (b/c),", ""),
    ("lh", "- Các cơ quan phối hợp,", ""),
    ("lh", "- Các phòng, đơn vị thuộc Ban,", ""),
    ("lh", "- Lưu Văn phòng Ban.", "Diệp Quốc Thịnh"),
]
B2_LEFT, B2_TOP, B2_BOTTOM = 15, 22, 279  # mm; the footer sits below B2_BOTTOM
B2_LH = 5.0  # table line height, mm
B2_PAD = 1.2  # vertical padding inside a table cell, mm


class _Plan(FPDF):
    def header(self):
        self.set_font("SerifItalic", size=8)
        self.set_xy(B2_LEFT, 9)
        self.cell(180, 5, B2_RUNNING, align="C")
        self.line(B2_LEFT, 15, B2_LEFT + 180, 15)
        self.set_xy(B2_LEFT, B2_TOP)

    def footer(self):
        self.set_y(-13)
        self.set_font("Serif", size=9)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")


def _b2_text(pdf, kind, a=None, b=None):
    if kind == "lh":
        y = pdf.get_y()
        left_bold = a.isupper() or a == "Nơi nhận:"
        pdf.set_font("SerifBold" if left_bold else "Serif", size=10)
        pdf.set_xy(B2_LEFT, y)
        pdf.cell(85, 5.5, a, align="L" if a.startswith("- ") or a == "Nơi nhận:" else "C")
        pdf.set_font("SerifBold" if b.isupper() else "Serif", size=10)
        pdf.set_xy(105, y)
        pdf.cell(90, 5.5, b, align="C")
        pdf.set_xy(B2_LEFT, y + 5.5)
    elif kind == "gap":
        pdf.ln(4)
    elif kind == "c":
        pdf.set_font("SerifBold", size=11)
        pdf.cell(0, 6.5, a, align="C")
        pdf.ln(6.5)
    elif kind == "b":
        pdf.set_font("SerifBold", size=11)
        pdf.cell(0, 7, a)
        pdf.ln(7)
    else:
        pdf.set_font("Serif", size=11)
        pdf.multi_cell(0, 6, a, align="J")
        pdf.ln(1)


def _cell_lines(pdf, width, text, bold=False):
    pdf.set_font("SerifBold" if bold else "Serif", size=10)
    return pdf.multi_cell(width, B2_LH, text, dry_run=True, output="LINES", padding=(0, 2.0))


def _draw_row_part(pdf, cells, start, count, bold=False, center_cols=(0, 4)):
    """Draw lines [start, start+count) of every cell of one row, with the cell borders."""
    y0 = pdf.get_y()
    height = count * B2_LH + 2 * B2_PAD
    x = B2_LEFT
    pdf.set_font("SerifBold" if bold else "Serif", size=10)
    for col, (width, lines) in enumerate(zip(B2_COLS, cells, strict=True)):
        pdf.rect(x, y0, width, height)
        for i, line in enumerate(lines[start : start + count]):
            pdf.set_xy(x + 2.0, y0 + B2_PAD + i * B2_LH)
            align = "C" if (bold or col in center_cols) else "L"
            pdf.cell(width - 4.0, B2_LH, line, align=align)
        x += width
    pdf.set_xy(B2_LEFT, y0 + height)


def _b2_header_row(pdf):
    cells = [_cell_lines(pdf, w, t, bold=True) for w, t in zip(B2_COLS, B2_HEADER, strict=True)]
    n = max(len(c) for c in cells)
    _draw_row_part(pdf, cells, 0, n, bold=True)


def _b2_table(pdf):
    _b2_header_row(pdf)
    for row in B2_ROWS:
        cells = [_cell_lines(pdf, w, t) for w, t in zip(B2_COLS, row, strict=True)]
        n = max(len(c) for c in cells)
        start = 0
        while start < n:
            room = int((B2_BOTTOM - pdf.get_y() - 2 * B2_PAD) // B2_LH)
            if room >= n - start:
                _draw_row_part(pdf, cells, start, n - start)
                break
            if room >= 2:  # Word lets a row break across pages: draw what fits
                _draw_row_part(pdf, cells, start, room)
                start += room
            pdf.add_page()
            _b2_header_row(pdf)  # the header row repeats at the top of the next page


def build_b2(path):
    pdf = _Plan(format="A4")
    pdf.creation_date = dt.datetime(2027, 1, 8, 8, 0, 0, tzinfo=dt.UTC)
    pdf.set_margins(B2_LEFT, B2_TOP, B2_LEFT)
    pdf.set_auto_page_break(True, margin=297 - B2_BOTTOM)
    pdf.add_font("Serif", fname=SERIF)
    pdf.add_font("SerifBold", fname=SERIF_BOLD)
    pdf.add_font("SerifItalic", fname=SERIF_ITALIC)
    pdf.set_line_width(0.2)
    pdf.add_page()
    for kind, *rest in B2_BEFORE:
        _b2_text(pdf, kind, *rest)
    _b2_table(pdf)
    pdf.ln(3)
    for i, (kind, *rest) in enumerate(B2_AFTER):
        if kind == "gap":
            # keep the "Nơi nhận" / signature block together, as Word's "keep with next" would
            block = [k for k, *_ in B2_AFTER[i + 1 :]]
            if pdf.get_y() + 4 + 5.5 * len(block) > B2_BOTTOM:
                pdf.add_page()
                continue
        _b2_text(pdf, kind, *rest)
    pdf.output(str(path))


# --------------------------------------------------------------------------- h3_b3

B3_LETTERHEAD = (
    (
        ("ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH PHƯỚC HÀ", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*"),
        ("ĐẢNG CỘNG SẢN VIỆT NAM",),
    ),
    (("Số 41-BC/BTGDVĐU",), ("Phước Hà, ngày 18 tháng 12 năm 2026",)),
)
# kinds: "title", "sub" (bold centred), "note" (italic centred), "h1"/"h2" headings (typed
# Roman numerals), "p" paragraph, "num" automatic numbered item (List Number), "bullet"
# automatic bullet (List Bullet), "restart" starts a new numbered list at 1.
B3_BODY = [
    ("title", "BÁO CÁO"),
    ("sub", "Tổng kết công tác tuyên giáo và dân vận năm 2026, phương hướng, nhiệm vụ năm 2027"),
    (
        "note",
        "(Trình bày tại Hội nghị tổng kết công tác tuyên giáo và dân vận năm 2026, triển khai "
        "nhiệm vụ năm 2027 của Đảng ủy Ủy ban nhân dân tỉnh, ngày 18/12/2026)",
    ),
    (
        "p",
        "Năm 2026 là năm đầu tiên thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của "
        "Đảng và Nghị quyết Đại hội đại biểu Đảng bộ Ủy ban nhân dân tỉnh lần thứ I, nhiệm kỳ 2025 "
        "- 2030. Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh báo cáo kết quả công tác "
        "năm 2026 và phương hướng, nhiệm vụ năm 2027 như sau:",
    ),
    ("h1", "Phần thứ nhất: KẾT QUẢ CÔNG TÁC TUYÊN GIÁO VÀ DÂN VẬN NĂM 2026"),
    ("h2", "I. KẾT QUẢ ĐẠT ĐƯỢC"),
    (
        "p",
        "Bám sát sự lãnh đạo của Ban Thường vụ Đảng ủy và hướng dẫn của Ban Tuyên giáo và Dân vận "
        "Tỉnh ủy, Ban Tuyên giáo và Dân vận Đảng ủy đã hoàn thành tốt các nhiệm vụ đề ra. Kết quả "
        "nổi bật là:",
    ),
    ("restart", None),
    (
        "num",
        "Tổ chức học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng "
        "cho 2.146 cán bộ, đảng viên, đạt 98,7%; 100% chi bộ, đảng bộ cơ sở xây dựng chương trình "
        "hành động thực hiện Nghị quyết.",
    ),
    (
        "num",
        "Tham mưu Ban Thường vụ Đảng ủy ban hành Kế hoạch số 15-KH/ĐU ngày 10/3/2026 thực hiện "
        "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, "
        "công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia trong các cơ quan hành chính tỉnh.",
    ),
    (
        "num",
        "Phối hợp với Sở Tư pháp tổ chức 12 hội nghị tuyên truyền, phổ biến Nghị quyết số 66-NQ/TW "
        "ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp "
        "ứng yêu cầu phát triển đất nước trong kỷ nguyên mới cho cán bộ, công chức các sở, ngành.",
    ),
    ("num", "Công tác dân vận chính quyền có chuyển biến rõ nét:"),
    (
        "bullet",
        "Các sở, ngành tiếp nhận, giải quyết đúng hạn 96,4% phản ánh, kiến nghị của người dân, "
        "doanh nghiệp;",
    ),
    (
        "bullet",
        "Duy trì đối thoại định kỳ giữa người đứng đầu cơ quan với công chức, người lao động tại "
        "100% đảng bộ cơ sở;",
    ),
    ("bullet", "Phong trào thi đua “Dân vận khéo” có 34 mô hình được công nhận."),
    (
        "num",
        "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị số "
        "05-CT/TW ngày 15/5/2016 của Bộ Chính trị được gắn với nhiệm vụ chính trị của từng cơ "
        "quan.",
    ),
    ("h2", "II. HẠN CHẾ, NGUYÊN NHÂN"),
    (
        "bullet",
        "Công tác nắm bắt, dự báo tình hình tư tưởng ở một số đảng bộ cơ sở còn chậm, chưa sát.",
    ),
    (
        "bullet",
        "Việc ứng dụng chuyển đổi số trong công tác tuyên giáo, dân vận chưa đồng đều; đội ngũ làm "
        "công tác tuyên giáo, dân vận ở cơ sở chủ yếu kiêm nhiệm.",
    ),
    (
        "p",
        "Nguyên nhân chủ yếu là một số cấp ủy cơ sở chưa quan tâm đúng mức; khối lượng công việc "
        "sau sắp xếp tổ chức bộ máy lớn, trong khi biên chế còn thiếu.",
    ),
    ("h1", "Phần thứ hai: PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027"),
    ("h2", "I. MỤC TIÊU, CHỈ TIÊU"),
    (
        "p",
        "Tiếp tục nâng cao chất lượng, hiệu quả công tác tuyên giáo và dân vận, góp phần xây dựng "
        "Đảng bộ Ủy ban nhân dân tỉnh trong sạch, vững mạnh. Phấn đấu đạt các chỉ tiêu:",
    ),
    (
        "bullet",
        "100% cán bộ, đảng viên được học tập, quán triệt các nghị quyết, chỉ thị mới của Đảng;",
    ),
    ("bullet", "Mỗi đảng bộ cơ sở có ít nhất 01 mô hình “Dân vận khéo” được công nhận."),
    ("h2", "II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM"),
    ("restart", None),
    (
        "num",
        "Tham mưu Ban Thường vụ Đảng ủy tổ chức học tập, quán triệt các nghị quyết, chỉ thị, kết "
        "luận mới của Trung ương và của Tỉnh ủy cho cán bộ chủ chốt; hoàn thành trong quý I/2027.",
    ),
    (
        "num",
        "Tăng cường công tác bảo vệ nền tảng tư tưởng của Đảng theo Nghị quyết số 35-NQ/TW ngày "
        "22/10/2018 của Bộ Chính trị; kiện toàn lực lượng cốt cán, cộng tác viên dư luận xã hội ở "
        "các đảng bộ cơ sở trước ngày 28/02/2027.",
    ),
    (
        "num",
        "Chủ trì, phối hợp với Văn phòng Đảng ủy xây dựng chuyên mục “Chuyển đổi số trong cơ quan "
        "hành chính” trên Trang thông tin điện tử của Đảng ủy, tuyên truyền việc thực hiện Nghị "
        "quyết 57-NQ/TW; đưa vào hoạt động trong tháng 6/2027.",
    ),
    (
        "num",
        "Tham mưu tổ chức sơ kết 02 năm thực hiện Nghị quyết số 66-NQ/TW trong các cơ quan hành "
        "chính tỉnh; hoàn thành trong tháng 5/2027.",
    ),
    ("num", "Về công tác dân vận:"),
    (
        "bullet",
        "Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn các đảng bộ cơ sở thực hiện "
        "tốt dân chủ ở cơ sở; định kỳ lấy ý kiến Nhân dân về thái độ phục vụ của cán bộ, công chức "
        "tại bộ phận tiếp công dân.",
    ),
    (
        "bullet",
        "Nâng cao chất lượng dân vận chính quyền; duy trì đối thoại hằng quý giữa người đứng đầu "
        "cơ quan với công chức, người lao động.",
    ),
    (
        "num",
        "Các đảng bộ cơ sở trực thuộc căn cứ Báo cáo này xây dựng kế hoạch công tác tuyên giáo và "
        "dân vận năm 2027, gửi về Ban Tuyên giáo và Dân vận Đảng ủy trước ngày 15/01/2027.",
    ),
    ("h2", "III. ĐỀ XUẤT, KIẾN NGHỊ"),
    (
        "bullet",
        "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy quan tâm mở lớp bồi dưỡng nghiệp vụ công tác dư "
        "luận xã hội, dân vận chính quyền cho cán bộ làm công tác tuyên giáo, dân vận của Đảng bộ "
        "trong năm 2027.",
    ),
    (
        "bullet",
        "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy kịp thời cung cấp thông tin định hướng đối với "
        "những vấn đề dư luận xã hội quan tâm liên quan đến hoạt động của các cơ quan hành chính "
        "tỉnh.",
    ),
    (
        "p",
        "Trên đây là Báo cáo tổng kết công tác tuyên giáo và dân vận năm 2026, phương hướng, nhiệm "
        "vụ năm 2027 của Ban Tuyên giáo và Dân vận Đảng ủy Ủy ban nhân dân tỉnh.",
    ),
]
B3_SIGNATURE = (
    (
        "Nơi nhận:",
        "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
        "- Thường trực Đảng ủy (b/c),",
        "- Các đảng bộ cơ sở trực thuộc,",
        "- Lưu Văn phòng Đảng ủy.",
    ),
    ("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Lương Thị Ngọc Ánh"),
)


def _restarted_list(doc, style_name="List Number"):
    """A new w:num on the style's abstract list that starts again at 1; returns its numId."""
    numbering = doc.part.numbering_part.element
    base_id = doc.styles[style_name].element.pPr.numPr.numId.val
    abstract_id = numbering.num_having_numId(base_id).abstractNumId.val
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(1)
    return num.numId


def build_b3(path):
    doc = _new_doc()
    head = doc.add_table(rows=2, cols=2)
    _no_borders(head)
    for row, texts in zip(head.rows, B3_LETTERHEAD, strict=True):
        for cell, lines in zip(row.cells, texts, strict=True):
            _fill_cell(cell, lines)
    num_id = None
    for kind, text in B3_BODY:
        if kind == "restart":
            num_id = _restarted_list(doc)
        elif kind in ("title", "sub"):
            _para(doc, text, bold=True, center=True)
        elif kind == "note":
            _para(doc, text, italic=True, center=True)
        elif kind == "h1":
            doc.add_heading(text, level=1)
        elif kind == "h2":
            doc.add_heading(text, level=2)
        elif kind == "num":
            para = _para(doc, text, style="List Number")
            num_pr = para._p.get_or_add_pPr().get_or_add_numPr()
            num_pr.get_or_add_ilvl().val = 0
            num_pr.get_or_add_numId().val = num_id
        elif kind == "bullet":
            _para(doc, text, style="List Bullet")
        else:
            _para(doc, text, indent_cm=1.0)
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    left, right = sign.rows[0].cells
    _fill_cell(left, B3_SIGNATURE[0], bold_upper=False, center=False)
    left.paragraphs[0].runs[0].bold = True
    _fill_cell(right, B3_SIGNATURE[1])
    _save_fixed(doc, path, "Ban Tuyên giáo và Dân vận Đảng ủy")


if __name__ == "__main__":
    build_b1(DOCS / "h3_b1_loc_khe_tb_ket_luan_lam_viec_ban_xay_dung_dang_2026.docx")
    build_b2(DOCS / "h3_b2_hai_lam_ke_hoach_bao_ve_nen_tang_tu_tuong_2027.pdf")
    build_b3(DOCS / "h3_b3_phuoc_ha_bao_cao_tong_ket_tuyen_giao_dan_van_2026.docx")
