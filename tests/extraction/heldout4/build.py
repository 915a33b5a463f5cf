"""Build the held-out set 4 documents (deterministic output).

Run: .venv/bin/python tests/extraction/heldout4/build.py

- h4_d1 (.pdf, SCANNED): Thông báo kết luận of a commune's Ban Thường vụ Đảng ủy (2 pages).
  Typeset with fpdf2 + DejaVu Serif, rasterised with pypdfium2 at 200 dpi grey, then
  degraded like an office scan (grey paper, rotation 0.6° / -0.4° with white fill, light
  blur, salt-and-pepper specks; seeded random) and placed back as whole-page JPEG images:
  the PDF has NO text layer. Tasks are numbered paragraphs, most followed by a
  "Thực hiện: X (chủ trì); Y, Z (phối hợp). Thời gian: ..." line; one task runs over the
  page break; page 2 carries a bare page number at its top.
- h4_d2 (.pdf, SCANNED, 0.3° on both pages): Kế hoạch of a Ban Thường vụ Tỉnh ủy whose tasks
  are a ruled fpdf2 table (TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn
  thành) with group rows merged across all five columns ("I. CÔNG TÁC TUYÊN TRUYỀN", ...);
  the table continues on page 2 under its repeated header. No meeting.
- h4_d3 (.docx): Báo cáo kết quả hội nghị (giao ban of a Ban Tuyên giáo và Dân vận Tỉnh ủy),
  a Word table with a "Ghi chú" column, group rows merged across the row (gridSpan), two
  pairs of rows sharing one vertically merged "Đơn vị chủ trì" cell (vMerge), participants
  listed in one paragraph.
"""

import datetime as dt
import io
import random
import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from fpdf import FPDF, FontFace
from PIL import Image, ImageFilter

DOCS = Path(__file__).parent / "docs"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
DPI = 200

# --------------------------------------------------------------------------- typeset (text PDF)


class _Official(FPDF):
    """A4 official document; from page 2 on, the bare page number sits at the top centre."""

    def header(self):
        if self.page_no() > 1:
            self.set_font("Serif", size=12)
            self.set_xy(self.l_margin, 10)
            self.cell(self.w - self.l_margin - self.r_margin, 6, str(self.page_no()), align="C")
            self.set_xy(self.l_margin, self.t_margin)


def _typeset_start(creation):
    pdf = _Official(format="A4")
    pdf.creation_date = creation
    pdf.add_font("Serif", fname=FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", style="B", fname=FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Serif", style="I", fname=FONT_DIR + "DejaVuSerif-Italic.ttf")
    pdf.set_margins(25, 18, 17)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_line_width(0.25)
    pdf.add_page()
    return pdf


def _letterhead(pdf, left, right):
    """Two columns: issuing body (left, 80 mm) and national motto + place-and-date (right)."""
    y0 = pdf.get_y()
    for i, line in enumerate(left):
        pdf.set_font("Serif", style="B" if line.isupper() or i < 2 else "", size=11)
        pdf.set_xy(pdf.l_margin, y0 + i * 5.5)
        pdf.cell(75, 5.5, line, align="C")
    for i, line in enumerate(right):
        if i == 0:
            pdf.set_font("Serif", style="B", size=11)
        else:
            pdf.set_font("Serif", style="I", size=11)
        y = y0 + (0 if i == 0 else 5.5 * (i + 1))
        pdf.set_xy(100, y)
        pdf.cell(93, 5.5, line, align="C")
        if i == 0:
            pdf.line(120, y + 6.0, 173, y + 6.0)
    pdf.set_xy(pdf.l_margin, y0 + 5.5 * max(len(left), len(right) + 1) + 5)


def _centred(pdf, text, bold=True, size=12.5, h=6.5):
    pdf.set_font("Serif", style="B" if bold else "", size=size)
    pdf.cell(0, h, text, align="C", new_x="LMARGIN", new_y="NEXT")


def _heading(pdf, text):
    pdf.ln(1.5)
    pdf.set_font("Serif", style="B", size=12)
    pdf.set_x(pdf.l_margin + 10)
    pdf.multi_cell(0, 6.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def _para(pdf, text, size=12, indent=10, italic=False):
    pdf.set_font("Serif", style="I" if italic else "", size=size)
    spacing = 1.12 if size >= 12 else 1.06
    with (
        pdf.text_columns(text_align="J", l_margin=pdf.l_margin, r_margin=pdf.r_margin) as cols,
        cols.paragraph(first_line_indent=indent, bottom_margin=1.8, line_height=spacing) as par,
    ):
        par.write(text)


def _signature(pdf, left, right):
    """'Nơi nhận' (left, small) beside the signing block (right); kept on one page."""
    need = max(5.0 * len(left), 5.5 * len(right)) + 3
    if pdf.get_y() + need > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.ln(3)
    y0 = pdf.get_y()
    for i, line in enumerate(left):
        pdf.set_font("Serif", style="B" if i == 0 else "", size=11 if i == 0 else 9.5)
        pdf.set_xy(pdf.l_margin, y0 + i * 5.0)
        pdf.cell(80, 5.0, line)
    for i, line in enumerate(right):
        pdf.set_font("Serif", style="B", size=11.5)
        pdf.set_xy(110, y0 + i * 5.5)
        pdf.cell(80, 5.5, line, align="C")
    pdf.set_xy(pdf.l_margin, y0 + need)


# --------------------------------------------------------------------------- scan simulation


def _degrade(img, angle, rng):
    """Grey paper, slight softness, a small skew (white fill) and salt-and-pepper specks."""
    img = img.point(lambda v: 22 + v * (236 - 22) // 255)  # paper ~236, ink ~22
    img = img.filter(ImageFilter.GaussianBlur(0.55))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 900):  # pepper
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randrange(0, 90)
    for _ in range(w * h // 1800):  # salt
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = 255
    for _ in range(w * h // 40000):  # small dust clusters
        x, y = rng.randrange(w - 3), rng.randrange(h - 3)
        v = rng.randrange(10, 110)
        for dx in range(rng.randrange(1, 3)):
            for dy in range(rng.randrange(1, 3)):
                px[x + dx, y + dy] = v
    return img


def _scan_to_pdf(src, angles, seed, path, creation):
    """Rasterise every page of the text PDF and write a PDF made only of page images."""
    rng = random.Random(seed)
    doc = pdfium.PdfDocument(src)
    if len(doc) != len(angles):
        raise SystemExit(f"{path.name}: {len(doc)} pages, expected {len(angles)}")
    out = FPDF(format="A4")
    out.creation_date = creation
    out.set_auto_page_break(False)
    out.set_margins(0, 0, 0)
    for page, angle in zip(doc, angles, strict=True):
        img = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        img = _degrade(img, angle, rng)
        buf = io.BytesIO()
        img.save(buf, format="JPEG", quality=72, dpi=(DPI, DPI))
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=210, h=297)
    doc.close()
    out.output(str(path))


# --------------------------------------------------------------------------- h4_d1

D1_CREATED = dt.datetime(2026, 4, 17, 9, 0, 0, tzinfo=dt.UTC)
D1_LEFT = ("ĐẢNG BỘ TỈNH TRƯỜNG LÂM", "ĐẢNG ỦY XÃ PHÚ THẠNH ĐÔNG", "*", "Số 31-TB/ĐU")
D1_RIGHT = ("ĐẢNG CỘNG SẢN VIỆT NAM", "Phú Thạnh Đông, ngày 17 tháng 4 năm 2026")
# kinds: "c" centred bold, "cs" centred bold smaller, "h" heading, "p" paragraph, "a" attribute line
D1_BODY = [
    ("c", "THÔNG BÁO"),
    ("cs", "kết luận của Ban Thường vụ Đảng ủy xã tại Hội nghị chuyên đề"),
    ("cs", "về công tác dân vận và thực hiện dân chủ ở cơ sở"),
    ("cs", "-----"),
    (
        "p",
        "Ngày 14/4/2026, Ban Thường vụ Đảng ủy xã Phú Thạnh Đông tổ chức Hội nghị chuyên đề về "
        "công tác dân vận và thực hiện dân chủ ở cơ sở. Đồng chí Lưu Văn Khiêm, Bí thư Đảng ủy, "
        "Chủ tịch Hội đồng nhân dân xã chủ trì hội nghị. Dự và phát biểu chỉ đạo có đồng chí Ninh "
        "Thị Phương Thảo, Phó Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy Trường Lâm. Tham dự hội "
        "nghị có các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã; lãnh đạo Ủy ban Mặt trận Tổ quốc "
        "Việt Nam và các tổ chức chính trị - xã hội xã; bí thư chi bộ, trưởng thôn của 14 thôn.",
    ),
    (
        "p",
        "Sau khi nghe đồng chí Thân Đức Lợi, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban Mặt trận Tổ quốc "
        "Việt Nam xã trình bày báo cáo chuyên đề; tham luận của đồng chí Giáp Thị Huệ, Bí thư Chi "
        "bộ thôn Đồng Mai và đồng chí Khúc Văn Bình, Trưởng thôn Bãi Sậy; ý kiến phát biểu chỉ đạo "
        "của đồng chí Ninh Thị Phương Thảo, đồng chí Lưu Văn Khiêm thay mặt Ban Thường vụ Đảng ủy "
        "xã kết luận như sau:",
    ),
    ("h", "I. VỀ KẾT QUẢ THỰC HIỆN"),
    (
        "p",
        "Thời gian qua, cấp ủy, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
        "xã đã quán triệt, thực hiện nghiêm túc Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp "
        "hành Trung ương Đảng khóa XI về tăng cường và đổi mới sự lãnh đạo của Đảng đối với công "
        "tác dân vận trong tình hình mới, Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị "
        "ban hành Quy chế công tác dân vận của hệ thống chính trị và Chỉ thị số 30-CT/TW ngày "
        "18/02/1998 của Bộ Chính trị về xây dựng và thực hiện Quy chế dân chủ ở cơ sở. Ủy ban nhân "
        "dân xã đã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tổ chức 28 cuộc đối "
        "thoại với Nhân dân; phong trào thi đua “Dân vận khéo” có 9 mô hình được công nhận; các vụ "
        "việc phát sinh ở cơ sở cơ bản được hòa giải thành.",
    ),
    (
        "p",
        "Tuy nhiên, việc công khai, niêm yết thông tin ở một số thôn còn chậm, hình thức; một bộ "
        "phận cán bộ, công chức chưa sâu sát cơ sở; việc tiếp nhận, trả lời kiến nghị của cử tri "
        "có lúc chưa kịp thời; hoạt động của Ban Thanh tra nhân dân ở một số thôn còn mờ nhạt.",
    ),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
    (
        "p",
        "Để khắc phục những hạn chế trên, các cơ quan, đơn vị, chi bộ trực thuộc cần tập trung "
        "thực hiện tốt các nhiệm vụ sau:",
    ),
    (
        "p",
        "1. Tiếp tục quán triệt, thực hiện Nghị quyết 25 và Quyết định 23 gắn với Nghị quyết Đại "
        "hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030; xây dựng kế hoạch công tác dân "
        "vận năm 2026 của hệ thống chính trị xã. Giao Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối "
        "hợp với Ủy ban Mặt trận Tổ quốc Việt Nam xã tham mưu, hoàn thành trước ngày 30/4/2026.",
    ),
    (
        "p",
        "2. Rà soát, niêm yết công khai đầy đủ các nội dung Nhân dân được biết theo quy định về "
        "thực hiện dân chủ ở cơ sở tại trụ sở Ủy ban nhân dân xã, nhà văn hóa các thôn và trên "
        "Trang thông tin điện tử của xã.",
    ),
    (
        "a",
        "Thực hiện: Văn phòng HĐND và UBND xã (chủ trì); Phòng Văn hóa - Xã hội xã, các thôn "
        "(phối hợp). Thời gian: trong tháng 5/2026.",
    ),
    (
        "p",
        "3. Duy trì đối thoại định kỳ giữa người đứng đầu cấp ủy, chính quyền xã với Nhân dân ít "
        "nhất 02 lần trong năm; tập trung vào các vấn đề về đất đai, môi trường, chế độ chính sách "
        "mà Nhân dân quan tâm.",
    ),
    (
        "a",
        "Thực hiện: Ủy ban nhân dân xã (chủ trì); Ủy ban Mặt trận Tổ quốc Việt Nam xã (phối hợp). "
        "Thời gian: từ quý II đến hết quý IV/2026.",
    ),
    (
        "p",
        "4. Củng cố, nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân và Ban Giám sát đầu "
        "tư của cộng đồng; kiện toàn những ban còn thiếu thành viên sau khi sắp xếp thôn.",
    ),
    (
        "a",
        "Thực hiện: Ủy ban Mặt trận Tổ quốc Việt Nam xã (chủ trì); Hội Nông dân xã, Hội Cựu chiến "
        "binh xã (phối hợp). Thời gian: chậm nhất ngày 15-6-2026.",
    ),
    (
        "p",
        "5. Đẩy mạnh phong trào thi đua “Dân vận khéo” gắn với xây dựng nông thôn mới nâng cao; "
        "mỗi chi bộ thôn đăng ký ít nhất 01 mô hình “Dân vận khéo” năm 2026, lựa chọn mô hình "
        "tiêu biểu để biểu dương, nhân rộng.",
    ),
    (
        "a",
        "Thực hiện: Ban Xây dựng Đảng Đảng ủy xã (chủ trì); các chi bộ thôn (phối hợp). Thời "
        "gian: đăng ký mô hình trước ngày 10/5.",
    ),
    (
        "p",
        "6. Tăng cường tuyên truyền, vận động Nhân dân thực hiện chủ trương của Đảng, chính sách, "
        "pháp luật của Nhà nước; kịp thời nắm bắt tâm tư, nguyện vọng của Nhân dân, giải quyết "
        "dứt điểm các vụ việc ngay từ cơ sở, không để phát sinh điểm nóng.",
    ),
    (
        "a",
        "Thực hiện: Ủy ban Mặt trận Tổ quốc Việt Nam xã, Công an xã (đồng chủ trì); các tổ chức "
        "chính trị - xã hội xã (phối hợp). Thời gian: thường xuyên.",
    ),
    (
        "p",
        "7. Giao Ủy ban Kiểm tra Đảng ủy xã đưa nội dung lãnh đạo, thực hiện công tác dân vận và "
        "dân chủ ở cơ sở vào chương trình kiểm tra, giám sát năm 2026 đối với các chi bộ trực "
        "thuộc; báo cáo kết quả với Ban Thường vụ Đảng ủy xã trong quý III/2026.",
    ),
    (
        "p",
        "8. Văn phòng Đảng ủy xã theo dõi, đôn đốc các cơ quan, đơn vị, chi bộ thực hiện Thông "
        "báo này; tổng hợp kết quả, báo cáo Ban Thường vụ Đảng ủy xã trước ngày 20/12/2026.",
    ),
    (
        "p",
        "Ban Thường vụ Đảng ủy xã thông báo để các chi bộ, cơ quan, đơn vị biết, thực hiện.",
    ),
]
D1_SIGN_LEFT = (
    "Nơi nhận:",
    "- Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
    "- Các đồng chí Ủy viên Ban Chấp hành Đảng bộ xã,",
    "- Các chi bộ trực thuộc,",
    "- Lưu Văn phòng Đảng ủy.",
)
D1_SIGN_RIGHT = ("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "", "", "Lưu Văn Khiêm")


def _body(pdf, body, size=12):
    for kind, text in body:
        if kind == "c":
            _centred(pdf, text, size=13.5, h=7)
        elif kind == "cs":
            _centred(pdf, text, size=12, h=6)
        elif kind == "h":
            _heading(pdf, text)
        elif kind == "a":
            _para(pdf, text, size=size, italic=True)
        else:
            _para(pdf, text, size=size)


def build_d1(path):
    pdf = _typeset_start(D1_CREATED)
    _letterhead(pdf, D1_LEFT, D1_RIGHT)
    _body(pdf, D1_BODY)
    _signature(pdf, D1_SIGN_LEFT, D1_SIGN_RIGHT)
    _scan_to_pdf(bytes(pdf.output()), (0.6, -0.4), 4101, path, D1_CREATED)


# --------------------------------------------------------------------------- h4_d2

D2_CREATED = dt.datetime(2026, 3, 20, 9, 0, 0, tzinfo=dt.UTC)
D2_LEFT = ("TỈNH ỦY HỒNG LAM", "*", "Số 58-KH/TU")
D2_RIGHT = ("ĐẢNG CỘNG SẢN VIỆT NAM", "Hồng Lam, ngày 20 tháng 3 năm 2026")
D2_BEFORE = [
    ("c", "KẾ HOẠCH"),
    ("cs", "tuyên truyền, học tập và làm theo tư tưởng, đạo đức,"),
    ("cs", "phong cách Hồ Chí Minh năm 2026"),
    ("cs", "-----"),
    (
        "p",
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm "
        "theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và Kết luận số 01-KL/TW ngày 18/5/2021 của "
        "Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW, Ban Thường vụ Tỉnh ủy ban hành Kế "
        "hoạch tuyên truyền, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm "
        "2026 như sau:",
    ),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Tạo chuyển biến rõ nét về nhận thức và hành động của cán bộ, đảng viên và Nhân dân "
        "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; gắn với thực hiện "
        "Quy định số 144-QĐ/TW của Bộ Chính trị về chuẩn mực đạo đức cách mạng của cán bộ, đảng "
        "viên trong giai đoạn mới.",
    ),
    (
        "p",
        "2. Việc triển khai phải thiết thực, hiệu quả, tránh hình thức; phân công rõ đơn vị chủ "
        "trì, đơn vị phối hợp và thời gian hoàn thành từng nhiệm vụ.",
    ),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("p", "Ban Thường vụ Tỉnh ủy phân công các cơ quan, đơn vị thực hiện các nhiệm vụ sau:"),
]
D2_HEADER = ("TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành")
D2_COLS = (10, 63, 33, 36, 26)  # mm; 168 in all
# a 1-tuple is a group row merged across all columns
D2_ROWS = [
    ("I. CÔNG TÁC TUYÊN TRUYỀN",),
    (
        "1",
        "Duy trì chuyên mục “Học tập và làm theo Bác” trên Báo và Phát thanh, Truyền hình Hồng "
        "Lam; đăng, phát tối thiểu 02 tin, bài mỗi tuần",
        "Báo và Phát thanh, Truyền hình Hồng Lam",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Thường xuyên",
    ),
    (
        "2",
        "Tuyên truyền kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2026) bằng "
        "các hình thức trực quan, triển lãm ảnh, sân khấu hóa",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy; Ủy ban nhân dân các xã, phường",
        "Tháng 5/2026",
    ),
    (
        "3",
        "Biên soạn tài liệu sinh hoạt chi bộ hằng tháng về tấm gương đạo đức Hồ Chí Minh, cung "
        "cấp cho các chi bộ trực thuộc đảng ủy cơ sở",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Trường Chính trị tỉnh",
        "Trước ngày 15/4/2026",
    ),
    (
        "4",
        "Tổ chức Cuộc thi sáng tác, quảng bá tác phẩm văn học, nghệ thuật, báo chí về chủ đề học "
        "tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trên địa bàn tỉnh",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy\nHội Nhà báo tỉnh",
        "Liên hiệp các Hội Văn học nghệ thuật tỉnh; Báo và Phát thanh, Truyền hình Hồng Lam",
        "Từ tháng 4 đến tháng 10/2026",
    ),
    ("II. XÂY DỰNG VÀ NHÂN RỘNG ĐIỂN HÌNH",),
    (
        "5",
        "Hướng dẫn các chi bộ, đảng bộ cơ sở đăng ký việc làm theo Bác gắn với thực hiện Quy định "
        "số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương về trách nhiệm nêu gương của "
        "cán bộ, đảng viên",
        "Ban Tổ chức Tỉnh ủy",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Quý II/2026",
    ),
    (
        "6",
        "Phát hiện, lựa chọn, biểu dương các tập thể, cá nhân tiêu biểu trong học tập và làm theo "
        "Bác; xây dựng ít nhất 01 mô hình điểm ở mỗi xã, phường",
        "Các đảng ủy trực thuộc Tỉnh ủy",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Năm 2026",
    ),
    (
        "7",
        "Tổ chức gặp mặt, tuyên dương điển hình tiên tiến trong học tập và làm theo Bác giai đoạn "
        "2021 - 2026",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Văn phòng Tỉnh ủy; Sở Nội vụ",
        "Trước ngày 19/5/2026",
    ),
    ("III. KIỂM TRA, GIÁM SÁT, SƠ KẾT, TỔNG KẾT",),
    (
        "8",
        "Kiểm tra, giám sát việc thực hiện Chỉ thị 05 và Kết luận 01 tại một số đảng ủy xã, phường",
        "Ủy ban Kiểm tra Tỉnh ủy",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Quý III/2026",
    ),
    (
        "9",
        "Sơ kết 05 năm thực hiện Kết luận số 01-KL/TW của Bộ Chính trị; khen thưởng tập thể, cá "
        "nhân có thành tích xuất sắc",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Ban Tổ chức Tỉnh ủy; Sở Nội vụ",
        "Tháng 6/2026",
    ),
    (
        "10",
        "Tổng kết công tác tuyên truyền, học tập và làm theo Bác năm 2026; xây dựng kế hoạch năm "
        "2027",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Các đảng ủy trực thuộc Tỉnh ủy",
        "Tháng 12/2026",
    ),
]
D2_AFTER = [
    ("h", "III. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "1. Các đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp "
        "với tình hình địa phương, đơn vị, gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày "
        "15/4/2026.",
    ),
    (
        "p",
        "2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hướng dẫn các tổ chức thành viên đưa nội "
        "dung học tập và làm theo Bác vào sinh hoạt định kỳ của đoàn viên, hội viên.",
    ),
    (
        "p",
        "3. Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo "
        "dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch; định kỳ 6 tháng, năm báo cáo Ban Thường vụ "
        "Tỉnh ủy.",
    ),
]
D2_SIGN_LEFT = (
    "Nơi nhận:",
    "- Ban Bí thư Trung ương Đảng (b/c),",
    "- Ban Tuyên giáo và Dân vận Trung ương (b/c),",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Lưu Văn phòng Tỉnh ủy.",
)
D2_SIGN_RIGHT = ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "", "", "", "Hầu Minh Tuấn")


def _d2_table(pdf):
    bold = FontFace(emphasis="BOLD")
    pdf.set_font("Serif", size=10)
    with pdf.table(
        col_widths=D2_COLS,
        width=sum(D2_COLS),
        align="LEFT",
        text_align=("CENTER", "JUSTIFY", "LEFT", "LEFT", "CENTER"),
        v_align="MIDDLE",
        line_height=4.8,
        padding=(1.1, 1.5),
        borders_layout="ALL",
        headings_style=bold,
        repeat_headings=1,
        first_row_as_headings=True,
    ) as table:
        head = table.row()
        for text in D2_HEADER:
            head.cell(text, align="CENTER")
        for cells in D2_ROWS:
            row = table.row()
            if len(cells) == 1:
                row.cell(cells[0], colspan=len(D2_COLS), style=bold, align="LEFT")
            else:
                for text in cells:
                    row.cell(text)
    pdf.ln(3)


def build_d2(path):
    pdf = _typeset_start(D2_CREATED)
    _letterhead(pdf, D2_LEFT, D2_RIGHT)
    _body(pdf, D2_BEFORE, size=11.5)
    _d2_table(pdf)
    _body(pdf, D2_AFTER, size=11.5)
    _signature(pdf, D2_SIGN_LEFT, D2_SIGN_RIGHT)
    _scan_to_pdf(bytes(pdf.output()), (0.3, 0.3), 4202, path, D2_CREATED)


# --------------------------------------------------------------------------- h4_d3 (docx)

D3_FIXED_TIME = (2026, 6, 4, 8, 0, 0)
D3_LETTERHEAD = (
    ("TỈNH ỦY TÂY LĨNH", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "*", "Số 96-BC/BTGDVTU"),
    ("ĐẢNG CỘNG SẢN VIỆT NAM", "", "Tây Lĩnh, ngày 04 tháng 6 năm 2026"),
)
D3_BEFORE = [
    ("title", "BÁO CÁO"),
    (
        "sub",
        "Kết quả Hội nghị giao ban công tác tuyên giáo và dân vận tháng 5, triển khai nhiệm vụ "
        "tháng 6 năm 2026",
    ),
    ("sub", "-----"),
    (
        "p",
        "Chiều ngày 02/6/2026, tại Hội trường Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Lĩnh "
        "tổ chức Hội nghị giao ban công tác tuyên giáo và dân vận tháng 5, triển khai nhiệm vụ "
        "tháng 6 năm 2026. Hội nghị được kết nối trực tuyến đến 42 điểm cầu các đảng ủy xã, phường "
        "trong tỉnh.",
    ),
    (
        "p",
        "Tham dự hội nghị có các đồng chí: Phùng Thị Thanh Vân, Ủy viên Ban Thường vụ Tỉnh ủy, "
        "Trưởng ban Tuyên giáo và Dân vận Tỉnh ủy, chủ trì hội nghị; các đồng chí Phó Trưởng ban: "
        "Đàm Quang Hưng, Lò Văn Sướng; Âu Ngọc Trâm, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch; "
        "Trịnh Hữu Nghĩa, Phó Tổng Biên tập Báo và Phát thanh, Truyền hình Tây Lĩnh; lãnh đạo các "
        "phòng, đơn vị thuộc Ban; đại diện lãnh đạo Công an tỉnh, Sở Nội vụ, Ủy ban Mặt trận Tổ "
        "quốc Việt Nam tỉnh; trưởng ban xây dựng Đảng các đảng ủy xã, phường.",
    ),
    (
        "p",
        "Tại hội nghị, đồng chí Đàm Quang Hưng, Phó Trưởng ban Thường trực trình bày báo cáo kết "
        "quả công tác tuyên giáo và dân vận tháng 5 và dự kiến chương trình công tác tháng 6 năm "
        "2026. Các đồng chí Lò Văn Sướng, Âu Ngọc Trâm, Trịnh Hữu Nghĩa và đồng chí Hà Thị Thu "
        "Trang, Trưởng Ban Xây dựng Đảng Đảng ủy phường Tân Lập phát biểu ý kiến, tập trung vào "
        "công tác nắm bắt dư luận xã hội và tuyên truyền các ngày lễ lớn trong tháng 6.",
    ),
    ("h", "I. KẾT QUẢ CÔNG TÁC THÁNG 5/2026"),
    (
        "p",
        "Trong tháng 5, Ban đã chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức chuỗi "
        "hoạt động kỷ niệm 136 năm Ngày sinh Chủ tịch Hồ Chí Minh gắn với thực hiện Kết luận số "
        "01-KL/TW ngày 18/5/2021 của Bộ Chính trị; hoàn thành khảo sát tình hình tư tưởng của cán "
        "bộ, công chức cấp xã; công tác dân vận chính quyền có chuyển biến, 97,2% phản ánh, kiến "
        "nghị của Nhân dân được giải quyết đúng hạn. Tuy nhiên, việc nắm bắt, dự báo dư luận xã "
        "hội ở một số xã vùng cao còn chậm; một số nhiệm vụ chuyển tiếp từ tháng 5 chưa hoàn "
        "thành.",
    ),
    ("h", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 6/2026"),
    (
        "p",
        "Kết luận hội nghị, đồng chí Phùng Thị Thanh Vân đề nghị các phòng, đơn vị thuộc Ban và "
        "các cơ quan liên quan tập trung thực hiện các nhiệm vụ theo bảng phân công sau:",
    ),
]
D3_HEADER = (
    "TT",
    "Nội dung nhiệm vụ",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian hoàn thành",
    "Ghi chú",
)
D3_WIDTHS = (1.0, 5.6, 2.9, 3.1, 2.4, 2.6)  # cm
# a 1-tuple is a group row (cells merged across the row); None in the lead column = the cell
# above continues (vertical merge); a list is one paragraph per unit inside the cell
D3_ROWS = [
    ("A. LĨNH VỰC TUYÊN GIÁO",),
    (
        "1",
        "Tổ chức Hội nghị báo cáo viên cấp tỉnh tháng 6/2026, thông tin chuyên đề về tình hình "
        "kinh tế - xã hội 5 tháng đầu năm",
        "Phòng Tuyên truyền - Báo chí",
        "Văn phòng Ban",
        "Trước ngày 20/6/2026",
        "Mời báo cáo viên Trung ương",
    ),
    (
        "2",
        "Định hướng các cơ quan báo chí tuyên truyền kỷ niệm 101 năm Ngày Báo chí Cách mạng Việt "
        "Nam (21/6/1925 - 21/6/2026)",
        None,
        ["Báo và Phát thanh, Truyền hình Tây Lĩnh", "Hội Nhà báo tỉnh"],
        "Tháng 6/2026",
        "",
    ),
    (
        "3",
        "Tổng hợp kết quả thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị 6 "
        "tháng đầu năm 2026, báo cáo Ban Thường vụ Tỉnh ủy",
        "Phòng Lý luận chính trị - Lịch sử Đảng",
        "Công an tỉnh",
        "Trước ngày 25/6",
        "Chuyển tiếp từ tháng 5",
    ),
    (
        "4",
        "Khảo sát tình hình tư tưởng của đoàn viên, thanh niên trên không gian mạng; đề xuất giải "
        "pháp định hướng thông tin",
        "Phòng Khoa giáo - Văn hóa, Văn nghệ",
        "Tỉnh đoàn Tây Lĩnh",
        "Tháng 6 - 7/2026",
        "Đã triển khai từ ngày 25/5/2026",
    ),
    ("B. LĨNH VỰC DÂN VẬN",),
    (
        "5",
        "Hướng dẫn các đảng ủy xã, phường sơ kết phong trào thi đua “Dân vận khéo” 6 tháng đầu năm "
        "2026; lựa chọn mô hình tiêu biểu để biểu dương",
        "Phòng Dân vận - Dân tộc, Tôn giáo",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "Trước ngày 30/6/2026",
        "",
    ),
    (
        "6",
        "Xây dựng đề cương sơ kết 05 năm thực hiện Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ "
        "Chính trị ban hành Quy chế công tác dân vận của hệ thống chính trị",
        None,
        "Văn phòng Ban; Sở Nội vụ",
        "Tháng 7/2026",
        "Trình Thường trực Tỉnh ủy cho ý kiến",
    ),
    (
        "7",
        "Nắm tình hình, tham mưu giải quyết kịp thời các vụ việc khiếu kiện đông người liên quan "
        "đến bồi thường, giải phóng mặt bằng",
        "Sở Nông nghiệp và Môi trường",
        "Thanh tra tỉnh; Ủy ban nhân dân các xã, phường",
        "Hằng tháng",
        "Báo cáo trước ngày 25 hằng tháng",
    ),
    ("C. CÔNG TÁC TỔNG HỢP",),
    (
        "8",
        "Theo dõi, đôn đốc các phòng, đơn vị thực hiện nhiệm vụ; tổng hợp, báo cáo Thường trực "
        "Tỉnh ủy kết quả công tác tháng 6/2026",
        "Văn phòng Ban",
        "Các phòng thuộc Ban",
        "Trước ngày 05/7/2026",
        "",
    ),
]
D3_AFTER = [
    (
        "p",
        "Ngoài các nhiệm vụ trên, đồng chí Trưởng ban đề nghị ban xây dựng Đảng các đảng ủy xã, "
        "phường chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và Nhân dân, gửi báo cáo "
        "về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 25 hằng tháng.",
    ),
    (
        "p",
        "Trên đây là báo cáo kết quả Hội nghị giao ban công tác tuyên giáo và dân vận tháng 5, "
        "triển khai nhiệm vụ tháng 6 năm 2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy Tây Lĩnh.",
    ),
]
D3_SIGNATURE = (
    (
        "Nơi nhận:",
        "- Thường trực Tỉnh ủy (b/c),",
        "- Các đồng chí lãnh đạo Ban,",
        "- Các phòng, đơn vị thuộc Ban,",
        "- Các đảng ủy xã, phường,",
        "- Lưu Văn phòng Ban.",
    ),
    ("T/L TRƯỞNG BAN", "CHÁNH VĂN PHÒNG", "", "", "Mạc Thị Yến"),
)


def _no_borders(table):
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    look = tbl_pr.find(qn("w:tblLook"))
    if look is not None:
        look.addprevious(borders)
    else:
        tbl_pr.append(borders)


def _cell_text(cell, lines, bold=False, center=False, size=None):
    lines = [lines] if isinstance(lines, str) else list(lines)
    for i, line in enumerate(lines):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold
        if size:
            run.font.size = Pt(size)
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        para.paragraph_format.space_after = Pt(0)


def _d3_para(doc, text, bold=False, center=False, indent=True):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not center:
        para.paragraph_format.first_line_indent = Cm(1.0)
    para.paragraph_format.space_after = Pt(4)
    return para


def _d3_body(doc, items):
    for kind, text in items:
        if kind in ("title", "sub"):
            _d3_para(doc, text, bold=True, center=True)
        elif kind == "h":
            _d3_para(doc, text, bold=True)
        else:
            _d3_para(doc, text)


def _repeat_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _d3_table(doc):
    table = doc.add_table(rows=1 + len(D3_ROWS), cols=len(D3_HEADER))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for row in table.rows:
        for cell, width in zip(row.cells, D3_WIDTHS, strict=True):
            cell.width = Cm(width)
    head = table.rows[0]
    _repeat_header(head)
    for cell, text in zip(head.cells, D3_HEADER, strict=True):
        _cell_text(cell, text, bold=True, center=True, size=11)
    merge_from = {}  # column -> row index where a vertical merge starts
    for r, cells in enumerate(D3_ROWS, start=1):
        row = table.rows[r]
        if len(cells) == 1:
            merged = row.cells[0].merge(row.cells[-1])
            _cell_text(merged, cells[0], bold=True, size=11)
            continue
        for c, text in enumerate(cells):
            if text is None:
                continue
            _cell_text(row.cells[c], text, center=c in (0, 4), size=11)
        for c, text in enumerate(cells):
            if text is None:
                start = merge_from.get(c, r - 1)
                table.cell(start, c).merge(table.cell(r, c))
            else:
                merge_from[c] = r
    return table


def _write_fixed_zip(data, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, D3_FIXED_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


def build_d3(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(13)
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    for cell, lines in zip(head.rows[0].cells, D3_LETTERHEAD, strict=True):
        for i, line in enumerate(lines):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            run = para.add_run(line)
            run.bold = line.isupper() or line.startswith("BAN")
            run.italic = line.startswith("Tây Lĩnh, ngày")
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _d3_body(doc, D3_BEFORE)
    _d3_table(doc)
    doc.add_paragraph()
    _d3_body(doc, D3_AFTER)
    sign = doc.add_table(rows=1, cols=2)
    _no_borders(sign)
    left, right = sign.rows[0].cells
    for i, line in enumerate(D3_SIGNATURE[0]):
        para = left.paragraphs[0] if i == 0 else left.add_paragraph()
        run = para.add_run(line)
        run.bold = i == 0
        run.font.size = Pt(11 if i == 0 else 10)
        para.paragraph_format.space_after = Pt(0)
    for i, line in enumerate(D3_SIGNATURE[1]):
        para = right.paragraphs[0] if i == 0 else right.add_paragraph()
        run = para.add_run(line)
        run.bold = True
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    props = doc.core_properties
    props.author = props.last_modified_by = "Văn phòng Ban Tuyên giáo và Dân vận Tỉnh ủy"
    stamp = dt.datetime(*D3_FIXED_TIME)
    props.created = props.modified = props.last_printed = stamp
    props.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    _write_fixed_zip(buf.getvalue(), path)


if __name__ == "__main__":
    DOCS.mkdir(parents=True, exist_ok=True)
    build_d1(DOCS / "h4_d1_phu_thanh_dong_tb_ket_luan_chuyen_de_dan_van_2026.pdf")
    build_d2(DOCS / "h4_d2_hong_lam_ke_hoach_hoc_tap_lam_theo_bac_2026.pdf")
    build_d3(DOCS / "h4_d3_tay_linh_bao_cao_giao_ban_thang_5_2026.docx")
