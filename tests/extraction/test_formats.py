"""Formats: plain text, saved web pages and Word files to text; other types refused."""

from __future__ import annotations

import importlib.util
import io
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from reports.extraction import extract_text, to_contract
from reports.extraction.formats import DOCX, HTML, TEXT, detect_format, document_text
from reports.extraction.intake import IntakeError
from tests.upload.files import (
    BULLETS,
    DECIMAL,
    W_NS,
    DocxBuilder,
    seed_docx,
    seed_html,
    task_paragraphs,
)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SCORER = ROOT.parent / "shared" / "tools" / "score_extraction.py"
FIGURES = (
    "directives",
    "directive_details",
    "meeting_fields",
    "participants",
    "units",
    "tasks",
    "task_links",
    "task_fields",
)


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors write it: a precomposed letter where the code
    page has one, else the base letter and the tone mark."""
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            for i in range(1, len(parts)):  # which mark to write separately (the tone)
                rest = unicodedata.normalize("NFC", parts[:i] + parts[i + 1 :])
                try:
                    out += rest.encode("cp1258") + parts[i].encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
            else:
                raise
    return out


def _zip(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return out.getvalue()


# --- refused types: by their first bytes, whatever the name --------------------------

REFUSED = [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "bao-cao.txt", "PDF"),
    (b"%PDF-1.4 ...", "bao-cao.pdf", "PDF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "van-ban.txt", ".doc"),
    (b"\x89PNG\r\n\x1a\n" + bytes(20), "anh.txt", "PNG"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "anh.html", "JPEG"),
    (b"GIF89a" + bytes(10), "anh", "GIF"),
    (b"RIFF\x10\x00\x00\x00WEBPVP8 ", "anh.txt", "WEBP"),
    (b"\x1f\x8b\x08\x00" + bytes(10), "tep.txt", "gzip"),
    (b"Rar!\x1a\x07\x01\x00", "tep.docx", "RAR"),
    (b"7z\xbc\xaf\x27\x1c\x00\x04", "tep.txt", "7z"),
    (_zip(["a.txt", "b.txt"]), "tep.txt", ".zip"),
    (_zip(["xl/workbook.xml", "[Content_Types].xml"]), "so-lieu.docx", "Excel"),
    (_zip(["ppt/presentation.xml"]), "trinh-chieu.txt", "PowerPoint"),
    (_zip(["content.xml", "mimetype"]), "van-ban.odt", "OpenDocument"),
    ("Hội nghị giao ban".encode(), "van-ban.pdf", "PDF"),
    ("Hội nghị giao ban".encode(), "van-ban.doc", ".doc"),
    ("Hội nghị giao ban".encode(), "van-ban.docx", ".docx"),
    (b"{\\rtf1\\ansi Hoi nghi}", "van-ban.txt", "RTF"),
]


@pytest.mark.parametrize(("data", "name", "said"), REFUSED)
def test_other_types_are_refused_with_a_message(data, name, said):
    with pytest.raises(IntakeError) as err:
        document_text(data, name)
    message = str(err.value)
    assert said in message
    assert ".txt" in message or ".docx" in message  # says what to do instead


DETECTED = [
    (b"<!DOCTYPE html><html><body><p>x</p></body></html>", "trang.txt", HTML),
    (b"\xef\xbb\xbf  <html lang='vi'><head></head></html>", "trang", HTML),
    (b"<?xml version='1.0'?>\n<!-- saved --><html><body></body></html>", "a.xhtml", HTML),
    ("<div><p>Hội nghị</p></div>".encode(), "doan.html", HTML),
    ("<p>Hội nghị</p>".encode("utf-16"), "doan.txt", HTML),
    ("Hội nghị < 5 người".encode(), "a.txt", TEXT),
    ("Hội nghị giao ban".encode(), "", TEXT),
    (seed_docx("Hội nghị giao ban tháng 5\n\nNội dung."), "khong-duoi", DOCX),
]


@pytest.mark.parametrize(("data", "name", "kind"), DETECTED)
def test_format_detected_from_the_bytes(data, name, kind):
    assert detect_format(data, name) == kind


def test_too_large_is_refused_before_parsing():
    page = b"<html><body>" + b"<p>Tin</p>" * 1000 + b"</body></html>"
    with pytest.raises(IntakeError, match="quá lớn"):
        document_text(page, "a.html", max_bytes=1000)


def test_docx_that_unpacks_to_too_much_is_refused(monkeypatch):
    monkeypatch.setattr("reports.extraction.formats._MAX_UNZIPPED_BYTES", 1000)
    data = seed_docx("Hội nghị giao ban tháng 5\n\n" + "Nội dung báo cáo dài. " * 200)
    with pytest.raises(IntakeError, match="giải nén quá lớn"):
        document_text(data, "a.docx")


def test_broken_docx_is_refused():
    data = _zip(["word/document.xml"])
    with pytest.raises(IntakeError, match="hỏng"):
        document_text(data, "a.docx")


# --- plain text: the intake decoder, unchanged -----------------------------------------


def test_plain_text_goes_through_intake_decode():
    got = document_text(cp1258("Đảng ủy Khối\r\n\r\nHội nghị"), "a.txt")
    assert (got.text, got.encoding, got.format) == ("Đảng ủy Khối\n\nHội nghị", "cp1258", TEXT)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_text_is_read_as_import_reads_it(path):
    from reports.extraction.intake import decode

    got = document_text(path.read_bytes(), path.name)
    assert got.text == decode(path.read_bytes()).text


# --- HTML ------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><meta charset="windows-1258">
<title>Hội nghị giao ban tháng 5 - Cổng thông tin</title>
<meta property="article:published_time" content="2024-05-28T08:00:00+07:00"></head><body>
<header><div>BAN TUYÊN GIÁO TỈNH ỦY</div><nav><ul><li><a href="/">Trang chủ</a></li>
<li><a href="/t">Tin tức sự kiện</a></li><li><a href="/v">Văn bản chỉ đạo</a></li></ul></nav>
</header>
<aside><h3>Tin mới</h3><ul><li><a href="/1">Hội thi báo cáo viên giỏi cấp tỉnh</a></li>
<li><a href="/2">Thông báo lịch tiếp công dân tháng 6</a></li></ul></aside>
<article><h1>Hội nghị giao ban công tác tuyên giáo tháng 5 năm 2024</h1>
<p>Ngày 27/5/2024, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị giao ban công tác tuyên giáo tháng 5,
triển khai nhiệm vụ tháng 6 năm 2024. Đồng chí Nguyễn Văn An, Trưởng Ban Tuyên giáo Tỉnh ủy chủ
trì Hội nghị.</p>
<figure><img src="a.jpg"><figcaption>Ảnh: Đồng chí Nguyễn Văn An phát biểu tại Hội nghị</figcaption>
</figure>
<p>Kết luận Hội nghị, đồng chí Nguyễn Văn An đề nghị các đơn vị thực hiện các nhiệm vụ sau:</p>
<ol><li>Tiếp tục triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị.</li>
<li>Tăng cường nắm bắt dư luận xã hội
<ul><li>ở cơ sở;</li><li>trên mạng xã hội.</li></ul></li>
<li>Tổ chức tốt các hoạt động kỷ niệm trong tháng 6.</li></ol>
<table><tr><td>Đơn vị</td><td>Nhiệm vụ</td></tr><tr><td>Huyện ủy A</td><td>Báo cáo</td></tr>
</table>
<script>document.write("Đoạn mã không được chạy")</script>
<style>.x{color:red}</style>
</article>
<footer>Bản quyền © Ban Tuyên giáo Tỉnh ủy. Địa chỉ: 12 đường Lê Lợi.</footer>
</body></html>"""


def test_html_keeps_the_article_and_drops_the_page_furniture():
    got = document_text(cp1258(PAGE), "tin.html")
    assert got.format == HTML
    assert got.encoding == "html, windows-1258"
    lines = got.text.split("\n\n")
    assert lines[0] == "Hội nghị giao ban công tác tuyên giáo tháng 5 năm 2024"
    assert lines[1] == "Ngày đăng: 28/05/2024"
    assert "Ảnh: Đồng chí Nguyễn Văn An phát biểu tại Hội nghị" in lines
    assert "1. Tiếp tục triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị." in lines
    assert "2. Tăng cường nắm bắt dư luận xã hội" in lines
    assert "+ ở cơ sở;" in got.text
    assert "3. Tổ chức tốt các hoạt động kỷ niệm trong tháng 6." in lines
    assert "| Đơn vị | Nhiệm vụ |\n| Huyện ủy A | Báo cáo |" in lines
    for furniture in ("Trang chủ", "Tin mới", "Hội thi báo cáo viên", "Bản quyền", "Đoạn mã"):
        assert furniture not in got.text
    assert "color" not in got.text


def test_html_title_and_date_are_what_segment_finds():
    got = document_text(PAGE.encode("utf-8").replace(b"windows-1258", b"utf-8"), "a.htm")
    doc = extract_text(got.text)
    assert doc.title == "Hội nghị giao ban công tác tuyên giáo tháng 5 năm 2024"
    assert doc.published.isoformat() == "2024-05-28"


PORTAL_TODAY = """<html><head><title>Xã Tân An sơ kết 9 tháng - Cổng TTĐT tỉnh Hòa Bình Nam</title>
</head><body><nav><a href="/">Trang chủ</a></nav>
<div class="date">Thứ năm, 03/12/2026</div>
<article><h1>Xã Tân An sơ kết công tác tuyên giáo 9 tháng năm 2026</h1>
<p class="time">{stamp}</p>
<p>Chiều 14/10, Đảng ủy xã Tân An tổ chức hội nghị sơ kết công tác tuyên giáo 9 tháng đầu năm
2026, triển khai nhiệm vụ 3 tháng cuối năm. Đồng chí Lò Thị Hoa, Bí thư Đảng ủy xã chủ trì.</p>
<p>Hội nghị đã nghe báo cáo kết quả và thảo luận các giải pháp trong thời gian tới.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    "stamp", ["15/10/2026 08:30", "Cập nhật: 15/10/2026", "15/10/2026 | 08:30 GMT+7"]
)
def test_html_the_articles_own_stamp_outranks_a_portals_today_header(stamp):
    # the page's metadata date (htmldate) is the portal's "today" header here
    got = document_text(PORTAL_TODAY.replace("{stamp}", stamp).encode(), "tin.html")
    assert "03/12/2026" not in got.text
    assert extract_text(got.text).published.isoformat() == "2026-10-15"


def test_html_fragment_without_article_markup_falls_back_to_its_blocks():
    fragment = "<div><p>Hội nghị giao ban tháng 5</p><ul><li>Một</li><li>Hai</li></ul></div>"
    got = document_text(fragment.encode(), "doan.html")
    assert got.text == "Hội nghị giao ban tháng 5\n\n- Một\n\n- Hai"


def test_html_with_nothing_to_read_is_refused():
    with pytest.raises(IntakeError):
        document_text(b"<html><body><script>x()</script></body></html>", "a.html")


# --- DOCX ------------------------------------------------------------------------------


def test_docx_paragraphs_and_word_numbering_rendered_as_markers():
    b = DocxBuilder()
    b.heading("Kế hoạch tuyên truyền năm 2024")
    b.paragraph("Ban Tuyên giáo đề nghị các đơn vị:")
    tasks = b.new_list(DECIMAL)
    b.item("Quán triệt nghị quyết.", tasks)
    b.item("Tổ chức hội nghị:", tasks)
    b.item("cấp tỉnh;", tasks, level=1)
    b.item("cấp huyện.", tasks, level=1)
    b.item("ở xã", tasks, level=2)
    b.item("Báo cáo kết quả.", tasks)
    b.item("nội dung mới", tasks, level=1)  # a deeper level restarts under a new parent
    bullets = b.new_list(BULLETS)
    b.item("Ghi chú một", bullets)
    b.paragraph("Nơi nhận:")
    b.paragraph("Danh sách", style="List Number")  # numbering that comes from the style
    b.paragraph("Tiếp theo", style="List Number")
    b.table([["Đơn vị", "Thời hạn"], ["Huyện ủy A", "30/6/2024"]])
    got = document_text(b.bytes(), "ke-hoach.docx")
    assert got.format == DOCX and got.encoding == "docx"
    assert got.text.split("\n\n") == [
        "Kế hoạch tuyên truyền năm 2024",
        "Ban Tuyên giáo đề nghị các đơn vị:",
        "1. Quán triệt nghị quyết.",
        "2. Tổ chức hội nghị:",
        "a) cấp tỉnh;",
        "b) cấp huyện.",
        "+ ở xã",
        "3. Báo cáo kết quả.",
        "a) nội dung mới",
        "- Ghi chú một",
        "Nơi nhận:",
        "1. Danh sách",
        "2. Tiếp theo",
        "| Đơn vị | Thời hạn |\n| Huyện ủy A | 30/6/2024 |",
    ]


def test_docx_content_controls_are_read_in_place():
    b = DocxBuilder()
    b.paragraph("Trước")
    b.paragraph("Trong ô nội dung")
    b.paragraph("Sau")
    body = b.doc.element.body
    inner = body.findall(qn("w:p"))[1]
    sdt = parse_xml(f"<w:sdt {W_NS}><w:sdtContent/></w:sdt>")
    inner.addprevious(sdt)
    sdt[0].append(inner)
    assert document_text(b.bytes(), "a.docx").text == "Trước\n\nTrong ô nội dung\n\nSau"


def test_docx_with_broken_xml_is_refused():
    good = io.BytesIO(DocxBuilder().bytes())
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"<w:document>" if item.filename == "word/document.xml" else data)
    with pytest.raises(IntakeError, match="hỏng"):
        document_text(out.getvalue(), "a.docx")


def test_docx_lists_sharing_a_definition_continue_unless_restarted():
    b = DocxBuilder()
    first = b.new_list(DECIMAL)
    abstract = b.last_abstract
    b.item("Một", first)
    b.item("Hai", first)
    b.paragraph("Đoạn xen giữa.")
    b.item("Ba", b.new_list(DECIMAL, abstract=abstract))  # same definition: continues
    b.item("Lại một", b.restart(first, abstract))
    got = document_text(b.bytes(), "a.docx")
    assert got.text.split("\n\n") == ["1. Một", "2. Hai", "Đoạn xen giữa.", "3. Ba", "1. Lại một"]


# --- the seeds as .docx and as saved pages extract as the .txt does ---------------------


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is not beside the repository")
    spec = importlib.util.spec_from_file_location("score_extraction", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _figures(scorer, gold: dict, pred: dict) -> dict[str, float]:
    tally, misses = scorer.Tally(), []
    scorer.score_document(gold, pred, tally, misses)
    return {name: tally.f1(name)[2] for name in FIGURES}


@pytest.mark.parametrize("kind", ["docx", "html"])
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_in_another_format_extracts_as_the_txt(path, kind):
    scorer = _scorer()
    text = document_text(path.read_bytes(), path.name).text
    data = seed_docx(text) if kind == "docx" else seed_html(text)
    converted = document_text(data, f"{path.stem}.{kind}")
    assert converted.format == kind
    if task_paragraphs(text):  # task lists were made Word / HTML lists: their markers are there
        assert "\n\n1. " in converted.text
    want = to_contract(extract_text(text, path.name))
    got = to_contract(extract_text(converted.text, path.name))
    assert got["title"] == want["title"]
    assert got["published"] == want["published"]
    figures = _figures(scorer, want, got)
    assert all(value >= 0.98 for value in figures.values()), figures


# --- deeply nested pages: libxml2 stops at 255 levels (2048 with huge_tree) ----------

_DEEP_PARAS = [
    f"Đoạn {i}: ngày 12/3/2026, Ban Tuyên giáo Huyện ủy Đông Khê tổ chức giao ban quý I."
    for i in range(3)
]


@pytest.mark.parametrize("levels", [300, 3000, 20000])
def test_deeply_nested_page_is_read_whole(levels):
    body = "".join(f"<p>{p}</p>" for p in _DEEP_PARAS)
    page = (
        "<html><head><title>Giao ban</title></head><body><article><h1>Hội nghị giao ban</h1>"
        + "<div>" * levels
        + body
        + "</div>" * levels
        + "<p>Kết thúc hội nghị.</p></article></body></html>"
    )
    lines = document_text(page.encode(), "sau.html").text.split("\n\n")
    assert lines[0] == "Hội nghị giao ban"
    assert lines[-4:] == [*_DEEP_PARAS, "Kết thúc hội nghị."]


def test_page_nested_too_deep_in_lists_says_so():
    page = "<html><body>" + "<ul><li>Mục" * 300 + "</li></ul>" * 300 + "</body></html>"
    with pytest.raises(IntakeError, match="lồng quá sâu"):
        document_text(page.encode(), "sau.html")
