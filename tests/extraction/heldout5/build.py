"""Build the held-out set 5 (writer H) documents (deterministic output).

Run: .venv/bin/python tests/extraction/heldout5/build.py

- h5_h1 (.docx): Thông báo kết luận of a Ban Thường vụ Huyện ủy (October 2024, before the
  2025 reform). Letterhead and signature are PLAIN PARAGRAPHS (no layout table); the
  conclusions are ONE Word table "Nội dung kết luận | Cơ quan thực hiện | Thời hạn" (bold
  header row) in which assessment rows (empty unit and deadline cells) are mixed with task rows.
- h5_h2 (.pdf, text layer): Báo cáo kết quả Hội nghị sơ kết 6 tháng of an Đảng ủy phường
  (July 2026). Page 1 is laid out in TWO COLUMNS (newsletter style, fpdf2 text_columns),
  page 2 in one column with the tasks as "a)", "b)" ... items.
- h5_h3 (.docx): Kế hoạch tổ chức Hội nghị (a plan for a FUTURE meeting) with a
  "Phân công nhiệm vụ" section "1. Unit:" followed by "- ..." items; deadlines relative to
  the meeting date ("trước hội nghị 05 ngày").
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = Path(__file__).parent
DOCS = HERE / "docs"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# --------------------------------------------------------------------------- docx helpers


def _write_fixed_zip(data, path, stamp):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def _save_docx(doc, path, stamp, author):
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.created = props.modified = props.last_printed = dt.datetime(*stamp)
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path, stamp)


def _new_doc():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    return doc


def _p(
    doc, text, bold=False, italic=False, center=False, right=False, indent=True, size=None, after=4
):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)
    if center:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        para.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            para.paragraph_format.first_line_indent = Cm(1.0)
    para.paragraph_format.space_after = Pt(after)
    return para


def _cell(cell, text, bold=False, center=False):
    para = cell.paragraphs[0]
    run = para.add_run(text)
    run.bold = bold
    run.font.size = Pt(12)
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    para.paragraph_format.space_after = Pt(0)


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


# --------------------------------------------------------------------------- h5_h1

H1_STAMP = (2024, 10, 11, 15, 30, 0)
H1_HEAD = [
    ("l", "ĐẢNG BỘ TỈNH LAM GIANG"),
    ("lb", "HUYỆN ỦY ĐỒNG KHÊ"),
    ("l", "*"),
    ("l", "Số 215-TB/HU"),
    ("rb", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("ri", "Đồng Khê, ngày 11 tháng 10 năm 2024"),
]
H1_BEFORE = [
    ("title", "THÔNG BÁO"),
    ("sub", "kết luận của Ban Thường vụ Huyện ủy tại Hội nghị sơ kết công tác tuyên giáo"),
    ("sub", "9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024"),
    ("sub", "-----"),
    (
        "p",
        "Ngày 08/10/2024, Ban Thường vụ Huyện ủy Đồng Khê tổ chức Hội nghị sơ kết công tác tuyên "
        "giáo "
        "9 tháng đầu năm, triển khai nhiệm vụ 3 tháng cuối năm 2024. Đồng chí Trịnh Quốc Hưng, Phó "
        "Bí thư "
        "Thường trực Huyện ủy chủ trì hội nghị. Dự và phát biểu chỉ đạo có đồng chí Lò Thị Ngân, "
        "Phó "
        "Trưởng ban Tuyên giáo Tỉnh ủy Lam Giang. Tham dự hội nghị có các đồng chí Ủy viên Ban "
        "Thường vụ "
        "Huyện ủy; lãnh đạo Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện; bí thư, phó bí thư "
        "phụ "
        "trách công tác tuyên giáo của 18 đảng ủy xã, thị trấn.",
    ),
    (
        "p",
        "Sau khi nghe đồng chí Mai Xuân Tùng, Ủy viên Ban Thường vụ Huyện ủy, Trưởng ban Tuyên "
        "giáo "
        "Huyện ủy trình bày báo cáo sơ kết; ý kiến tham luận của đồng chí Vi Văn Khải, Bí thư Đảng "
        "ủy xã "
        "Na Mèo và đồng chí Hứa Thị Lan, Giám đốc Trung tâm Văn hóa, Thông tin và Thể thao huyện; "
        "ý kiến "
        "phát biểu chỉ đạo của đồng chí Lò Thị Ngân, đồng chí Trịnh Quốc Hưng thay mặt Ban Thường "
        "vụ Huyện "
        "ủy kết luận các nội dung sau:",
    ),
]
H1_HEADER = ("Nội dung kết luận", "Cơ quan thực hiện", "Thời hạn")
H1_ROWS = [
    (
        "Ban Thường vụ Huyện ủy đánh giá cao kết quả công tác tuyên giáo 9 tháng đầu năm 2024; "
        "công tác "
        "tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ được triển khai sâu rộng; việc đấu "
        "tranh phản "
        "bác các quan điểm sai trái, thù địch theo Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ "
        "Chính trị "
        "có chuyển biến tích cực.",
        "",
        "",
    ),
    (
        "Tuy nhiên, việc thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị ở một số "
        "cơ sở còn "
        "hình thức; đội ngũ báo cáo viên cấp xã còn thiếu, chất lượng sinh hoạt chi bộ chuyên đề "
        "chưa đồng đều.",
        "",
        "",
    ),
    (
        "Tiếp tục tuyên truyền, quán triệt Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về "
        "đại hội "
        "đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; định hướng "
        "thông tin về "
        "đại hội đảng bộ cơ sở.",
        "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện",
        "Quý IV/2024",
    ),
    (
        "Hướng dẫn các chi, đảng bộ cơ sở xây dựng chuyên đề học tập và làm theo tư tưởng, đạo "
        "đức, phong "
        "cách Hồ Chí Minh năm 2025 theo Kết luận 01.",
        "Ban Tuyên giáo Huyện ủy",
        "Trước ngày 15/12/2024",
    ),
    (
        "Thống nhất thông qua Báo cáo sơ kết công tác tuyên giáo 9 tháng đầu năm 2024 với các ý "
        "kiến góp ý "
        "tại hội nghị.",
        "",
        "",
    ),
    (
        "Theo dõi, nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, nhất là trước đại "
        "hội "
        "đảng bộ cơ sở; kịp thời báo cáo Ban Thường vụ Huyện ủy những vấn đề phát sinh.",
        "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Công an huyện và Ủy ban Mặt trận Tổ quốc "
        "Việt Nam huyện",
        "Thường xuyên",
    ),
    (
        "Rà soát, bổ sung đội ngũ báo cáo viên cấp huyện, báo cáo viên cơ sở; mở lớp bồi dưỡng "
        "nghiệp vụ "
        "cho báo cáo viên cấp xã.",
        "Ban Tuyên giáo Huyện ủy; Trung tâm Chính trị huyện",
        "Trong tháng 11",
    ),
    (
        "Đăng tải tin, bài tuyên truyền kết quả thực hiện Nghị quyết 35 trên Trang thông tin điện "
        "tử huyện "
        "và hệ thống truyền thanh cơ sở.",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
        "Từ nay đến hết năm 2024",
    ),
    (
        "Báo cáo kết quả công tác tuyên giáo năm 2024 về Ban Tuyên giáo Huyện ủy để tổng hợp.",
        "Các đảng ủy xã, thị trấn",
        "Trước ngày 05/01/2025",
    ),
]
H1_AFTER = [
    (
        "p",
        "Ban Thường vụ Huyện ủy thông báo để các chi, đảng bộ cơ sở và các cơ quan, đơn vị liên "
        "quan "
        "biết, thực hiện.",
    ),
]
H1_SIGN = [
    ("rb", "T/M BAN THƯỜNG VỤ"),
    ("rb", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("r", ""),
    ("rb", "Trịnh Quốc Hưng"),
    ("lb", "Nơi nhận:"),
    ("l", "- Ban Thường vụ Tỉnh ủy (b/c),"),
    ("l", "- Ban Tuyên giáo Tỉnh ủy (b/c),"),
    ("l", "- Các đồng chí Huyện ủy viên,"),
    ("l", "- Các đảng ủy xã, thị trấn,"),
    ("l", "- Lưu Văn phòng Huyện ủy."),
]


def _h1_lines(doc, lines):
    for kind, text in lines:
        _p(
            doc,
            text,
            bold="b" in kind,
            italic="i" in kind,
            center=False,
            right=kind.startswith("r"),
            indent=False,
            after=0,
            size=12 if kind.startswith("l") else None,
        )


def build_h1(path):
    doc = _new_doc()
    _h1_lines(doc, H1_HEAD)
    _p(doc, "", indent=False)
    for kind, text in H1_BEFORE:
        if kind in ("title", "sub"):
            _p(doc, text, bold=True, center=True, after=0 if kind == "sub" else 2)
        else:
            _p(doc, text)
    table = doc.add_table(rows=1 + len(H1_ROWS), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = (9.5, 4.5, 2.8)
    for row in table.rows:
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = Cm(w)
    _repeat_header(table.rows[0])
    for cell, text in zip(table.rows[0].cells, H1_HEADER, strict=True):
        _cell(cell, text, bold=True, center=True)
    for r, cells in enumerate(H1_ROWS, start=1):
        for c, text in enumerate(cells):
            if text:
                _cell(table.rows[r].cells[c], text, center=c == 2)
    _p(doc, "", indent=False)
    for _, text in H1_AFTER:
        _p(doc, text)
    _h1_lines(doc, H1_SIGN)
    _save_docx(doc, path, H1_STAMP, "Văn phòng Huyện ủy Đồng Khê")


# --------------------------------------------------------------------------- h5_h2 (PDF)

H2_CREATED = dt.datetime(2026, 7, 16, 8, 0, 0, tzinfo=dt.UTC)
H2_LEFT = ("ĐẢNG BỘ TỈNH TRÀNG SƠN", "ĐẢNG ỦY PHƯỜNG ĐÔNG HẢI XUÂN", "*", "Số 42-BC/ĐU")
H2_RIGHT = ("ĐẢNG CỘNG SẢN VIỆT NAM", "Đông Hải Xuân, ngày 16 tháng 7 năm 2026")
H2_TITLE = (
    "BÁO CÁO",
    "kết quả Hội nghị sơ kết công tác 6 tháng đầu năm,",
    "triển khai nhiệm vụ 6 tháng cuối năm 2026",
)
# page 1, two columns: ("h", heading) / ("p", paragraph)
H2_COLS = [
    ("h", "I. TÌNH HÌNH TỔ CHỨC HỘI NGHỊ"),
    (
        "p",
        "Ngày 14/7/2026, Đảng ủy phường Đông Hải Xuân tổ chức Hội nghị sơ kết công tác 6 tháng đầu "
        "năm, "
        "triển khai nhiệm vụ 6 tháng cuối năm 2026. Đồng chí Hà Minh Quân, Bí thư Đảng ủy phường "
        "chủ trì "
        "hội nghị.",
    ),
    (
        "p",
        "Dự và phát biểu chỉ đạo có đồng chí Đoàn Thị Thu Trang, Ủy viên Ban Thường vụ Tỉnh ủy, "
        "Trưởng "
        "ban Tuyên giáo và Dân vận Tỉnh ủy Tràng Sơn. Tham dự hội nghị có các đồng chí Ủy viên Ban "
        "Chấp "
        "hành Đảng bộ phường; bí thư 27 chi bộ trực thuộc; lãnh đạo Ủy ban Mặt trận Tổ quốc Việt "
        "Nam và "
        "các tổ chức chính trị - xã hội phường.",
    ),
    (
        "p",
        "Đồng chí Cù Văn Lịch, Phó Bí thư Thường trực Đảng ủy phường trình bày báo cáo sơ kết. Các "
        "ý kiến "
        "tham luận của đồng chí Lưu Thị Yến, Trưởng Ban Xây dựng Đảng Đảng ủy phường và đồng chí "
        "Tạ Đình "
        "Phong, Bí thư Chi bộ khu phố 3 tập trung vào công tác tuyên truyền miệng và chuyển đổi số "
        "trong "
        "sinh hoạt chi bộ.",
    ),
    ("h", "II. KẾT QUẢ NỔI BẬT 6 THÁNG ĐẦU NĂM"),
    (
        "p",
        "Đảng ủy phường đã ban hành kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của "
        "Bộ Chính "
        "trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc "
        "gia; 100% "
        "chi bộ sử dụng sổ tay đảng viên điện tử. Việc học tập và làm theo tư tưởng, đạo đức, "
        "phong cách "
        "Hồ Chí Minh theo Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị được gắn với xây "
        "dựng khu "
        "phố văn minh; 12 mô hình “Dân vận khéo” được công nhận.",
    ),
    (
        "p",
        "Tuy nhiên, nội dung sinh hoạt chuyên đề ở một số chi bộ còn đơn điệu; việc nắm bắt dư "
        "luận xã "
        "hội ở khu dân cư có lúc chưa kịp thời.",
    ),
    ("h", "III. Ý KIẾN CHỈ ĐẠO"),
    (
        "p",
        "Phát biểu chỉ đạo, đồng chí Đoàn Thị Thu Trang ghi nhận những kết quả Đảng bộ phường đạt "
        "được "
        "và đề nghị Đảng ủy phường Đông Hải Xuân quan tâm phát huy vai trò của đội ngũ tuyên "
        "truyền viên "
        "ở khu phố, kịp thời định hướng thông tin trước các vấn đề dư luận quan tâm.",
    ),
]
H2_PAGE2 = [
    ("h", "IV. KẾT LUẬN CỦA ĐỒNG CHÍ BÍ THƯ ĐẢNG ỦY PHƯỜNG"),
    (
        "p",
        "Kết luận hội nghị, đồng chí Hà Minh Quân đề nghị các chi bộ, ban, ngành, đoàn thể phường "
        "tập trung "
        "thực hiện một số nhiệm vụ trọng tâm 6 tháng cuối năm 2026 như sau:",
    ),
    (
        "p",
        "a) Tiếp tục thực hiện Nghị quyết 57 của Bộ Chính trị; đẩy mạnh chuyển đổi số trong hoạt "
        "động của "
        "các chi bộ. Giao Văn phòng Đảng ủy phường chủ trì, phối hợp với Phòng Văn hóa - Xã hội "
        "phường thực "
        "hiện, hoàn thành trong quý III/2026.",
    ),
    (
        "p",
        "b) Ban Xây dựng Đảng Đảng ủy phường tham mưu tổ chức học tập chuyên đề năm 2026 về học "
        "tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo Chỉ thị 05, hoàn thành trước ngày "
        "31/8/2026.",
    ),
    (
        "p",
        "c) Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì, phối hợp với Công an phường nắm bắt "
        "tình hình "
        "tư tưởng, dư luận xã hội trên địa bàn, nhất là trong dịp kỷ niệm 81 năm Cách mạng Tháng "
        "Tám và "
        "Quốc khánh 2/9.",
    ),
    (
        "p",
        "d) Các chi bộ trực thuộc chuẩn bị nội dung, báo cáo kết quả thực hiện nhiệm vụ năm 2026 "
        "gửi về "
        "Văn phòng Đảng ủy phường chậm nhất ngày 15/12.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ "
        "6 tháng "
        "cuối năm 2026 của Đảng ủy phường Đông Hải Xuân.",
    ),
]
H2_SIGN_LEFT = (
    "Nơi nhận:",
    "- Ban Thường vụ Tỉnh ủy (b/c),",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
)
H2_SIGN_RIGHT = ("T/M ĐẢNG ỦY", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "Cù Văn Lịch")


class _Report(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("Serif", size=9)
        self.cell(0, 5, f"Trang {self.page_no()}/2", align="C")


def build_h2(path):
    pdf = _Report(format="A4")
    pdf.creation_date = H2_CREATED
    pdf.add_font("Serif", fname=FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", style="B", fname=FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", style="I", fname=FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(18, 15, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    # letterhead, full width
    y0 = pdf.get_y()
    for i, line in enumerate(H2_LEFT):
        pdf.set_font("Serif", style="B" if i < 2 else "", size=10)
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.cell(80, 5, line, align="C")
    pdf.set_font("Serif", style="B", size=10)
    pdf.set_xy(105, y0)
    pdf.cell(90, 5, H2_RIGHT[0], align="C")
    pdf.line(125, y0 + 5.5, 175, y0 + 5.5)
    pdf.set_font("Serif", style="I", size=10)
    pdf.set_xy(105, y0 + 10)
    pdf.cell(90, 5, H2_RIGHT[1], align="C")
    pdf.set_xy(pdf.l_margin, y0 + 24)
    for i, line in enumerate(H2_TITLE):
        pdf.set_font("Serif", style="B", size=13 if i == 0 else 11.5)
        pdf.cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)
    # two newsletter columns
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", balance=True) as cols:
        for kind, text in H2_COLS:
            if kind == "h":
                pdf.set_font("Serif", style="B", size=10)
                with cols.paragraph(text_align="L", top_margin=1.5, bottom_margin=1.5) as par:
                    par.write(text)
            else:
                pdf.set_font("Serif", size=10)
                with cols.paragraph(first_line_indent=6, bottom_margin=1.8, line_height=1.1) as par:
                    par.write(text)
    if pdf.page_no() != 1:
        raise SystemExit("h5_h2: page 1 columns overflowed")
    pdf.add_page()
    for kind, text in H2_PAGE2:
        if kind == "h":
            pdf.set_font("Serif", style="B", size=11.5)
            pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Serif", size=11.5)
            with (
                pdf.text_columns(text_align="J") as cols,
                cols.paragraph(first_line_indent=8, bottom_margin=2, line_height=1.12) as par,
            ):
                par.write(text)
    pdf.ln(4)
    y0 = pdf.get_y()
    for i, line in enumerate(H2_SIGN_LEFT):
        pdf.set_font("Serif", style="B" if i == 0 else "", size=10 if i == 0 else 9)
        pdf.set_xy(pdf.l_margin, y0 + i * 4.8)
        pdf.cell(80, 4.8, line)
    for i, line in enumerate(H2_SIGN_RIGHT):
        pdf.set_font("Serif", style="B", size=11)
        pdf.set_xy(110, y0 + i * 5.5)
        pdf.cell(80, 5.5, line, align="C")
    if pdf.page_no() != 2:
        raise SystemExit(f"h5_h2: {pdf.page_no()} pages, expected 2")
    pdf.output(str(path))


# --------------------------------------------------------------------------- h5_h3

H3_STAMP = (2026, 4, 20, 10, 0, 0)
H3_HEAD = [
    ("lb", "TỈNH ỦY HÀ QUANG"),
    ("l", "*"),
    ("l", "Số 118-KH/TU"),
    ("rb", "ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("ri", "Hà Quang, ngày 20 tháng 4 năm 2026"),
]
H3_BODY = [
    ("title", "KẾ HOẠCH"),
    ("sub", "tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"),
    ("sub", "-----"),
    (
        "p",
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
        "theo tư "
        "tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ "
        "Chính trị về "
        "tiếp tục thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch tổ chức "
        "Hội nghị "
        "tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW trên địa bàn tỉnh như sau:",
    ),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Đánh giá toàn diện kết quả 10 năm thực hiện Chỉ thị 05 và Kết luận 01 trong Đảng bộ "
        "tỉnh; rút "
        "ra bài học kinh nghiệm, đề ra nhiệm vụ, giải pháp thời gian tới.",
    ),
    (
        "p",
        "2. Việc tổ chức hội nghị bảo đảm trang trọng, thiết thực, tiết kiệm; kết hợp trực tiếp "
        "với trực "
        "tuyến đến các điểm cầu xã, phường.",
    ),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN"),
    ("p", "1. Thời gian: 01 buổi, khai mạc lúc 8 giờ 00, thứ Ba, ngày 12/5/2026."),
    ("p", "2. Địa điểm: Hội trường Tỉnh ủy Hà Quang; điểm cầu trực tuyến tại 46 xã, phường."),
    (
        "p",
        "3. Chủ trì: đồng chí Nông Văn Thạch, Phó Bí thư Thường trực Tỉnh ủy. Đồng chí Bế Thị "
        "Hồng, Ủy viên "
        "Ban Thường vụ Tỉnh ủy, Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy trình bày báo cáo tổng "
        "kết.",
    ),
    (
        "p",
        "4. Thành phần: các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các ban, sở, "
        "ngành, đoàn "
        "thể tỉnh; bí thư các đảng ủy trực thuộc Tỉnh ủy; các tập thể, cá nhân điển hình được khen "
        "thưởng.",
    ),
    ("h", "III. NỘI DUNG HỘI NGHỊ"),
    (
        "p",
        "- Báo cáo tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW và 5 năm thực hiện Kết luận số "
        "01-KL/TW.",
    ),
    ("p", "- Tham luận của một số đảng ủy trực thuộc, tập thể, cá nhân điển hình."),
    (
        "p",
        "- Khen thưởng tập thể, cá nhân có thành tích tiêu biểu; phát biểu chỉ đạo, kết luận hội "
        "nghị.",
    ),
    ("h", "IV. PHÂN CÔNG NHIỆM VỤ"),
    ("p", "1. Ban Tuyên giáo và Dân vận Tỉnh ủy:"),
    (
        "p",
        "- Chủ trì, phối hợp với Văn phòng Tỉnh ủy xây dựng dự thảo Báo cáo tổng kết 10 năm thực "
        "hiện Chỉ "
        "thị 05, trình Thường trực Tỉnh ủy trước hội nghị 10 ngày.",
    ),
    (
        "p",
        "- Hướng dẫn các đảng ủy trực thuộc Tỉnh ủy chuẩn bị tham luận; tổng hợp, lựa chọn 05 tham "
        "luận "
        "trình bày tại hội nghị, hoàn thành trước hội nghị 05 ngày.",
    ),
    (
        "p",
        "- Tổng hợp danh sách tập thể, cá nhân tiêu biểu đề nghị khen thưởng, gửi Ban Tổ chức Tỉnh "
        "ủy trước "
        "ngày 05/5/2026.",
    ),
    (
        "p",
        "- Sau hội nghị 10 ngày, tham mưu Ban Thường vụ Tỉnh ủy ban hành thông báo kết luận hội "
        "nghị.",
    ),
    ("p", "2. Văn phòng Tỉnh ủy:"),
    ("p", "- Phát hành giấy mời đại biểu trước hội nghị 07 ngày."),
    (
        "p",
        "- Chuẩn bị hội trường, âm thanh, ánh sáng; bảo đảm đường truyền trực tuyến đến các điểm "
        "cầu, hoàn "
        "thành trước hội nghị 01 ngày.",
    ),
    ("p", "- Bảo đảm kinh phí tổ chức hội nghị theo quy định."),
    ("p", "3. Báo và Phát thanh, Truyền hình Hà Quang:"),
    (
        "p",
        "- Cử phóng viên đưa tin, bài về hội nghị; mở chuyên mục tuyên truyền các điển hình học "
        "tập và làm "
        "theo Bác trước, trong và sau hội nghị.",
    ),
    ("p", "4. Các đảng ủy trực thuộc Tỉnh ủy:"),
    (
        "p",
        "- Xây dựng báo cáo tổng kết 10 năm thực hiện Chỉ thị 05 ở đơn vị, gửi về Ban Tuyên giáo "
        "và Dân vận "
        "Tỉnh ủy trước ngày 30/4/2026.",
    ),
    ("p", "- Chuẩn bị điểm cầu trực tuyến và thành phần dự hội nghị tại điểm cầu."),
    (
        "p",
        "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết 10 năm thực hiện Chỉ thị số 05-CT/TW của "
        "Bộ Chính "
        "trị, đề nghị các cơ quan, đơn vị liên quan triển khai thực hiện.",
    ),
]
H3_SIGN = [
    ("rb", "T/M BAN THƯỜNG VỤ"),
    ("rb", "PHÓ BÍ THƯ THƯỜNG TRỰC"),
    ("r", ""),
    ("rb", "Nông Văn Thạch"),
    ("lb", "Nơi nhận:"),
    ("l", "- Ban Tuyên giáo và Dân vận Trung ương (b/c),"),
    ("l", "- Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy,"),
    ("l", "- Các đảng ủy trực thuộc Tỉnh ủy,"),
    ("l", "- Lưu Văn phòng Tỉnh ủy."),
]


def build_h3(path):
    doc = _new_doc()
    _h1_lines(doc, H3_HEAD)
    _p(doc, "", indent=False)
    for kind, text in H3_BODY:
        if kind in ("title", "sub"):
            _p(doc, text, bold=True, center=True, after=0 if kind == "sub" else 2)
        elif kind == "h":
            _p(doc, text, bold=True)
        else:
            _p(doc, text)
    _h1_lines(doc, H3_SIGN)
    _save_docx(doc, path, H3_STAMP, "Văn phòng Tỉnh ủy Hà Quang")


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    build_h1(DOCS / "h5_h1_dong_khe_tb_ket_luan_so_ket_9_thang_2024.docx")
    build_h2(DOCS / "h5_h2_dong_hai_xuan_bao_cao_so_ket_6_thang_2026.pdf")
    build_h3(DOCS / "h5_h3_ha_quang_ke_hoach_hoi_nghi_tong_ket_ct05_2026.docx")
