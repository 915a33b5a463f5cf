"""Build the held-out set 2 documents that are not plain text (deterministic output).

Run: .venv/bin/python tests/extraction/heldout2/build.py
"""

import datetime as dt
import io
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

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


if __name__ == "__main__":
    build_h2_03(DOCS / "h2_03_tan_phu_ke_hoach_nghi_quyet_57_2026.docx")
