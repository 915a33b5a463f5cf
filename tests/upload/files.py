"""Test documents made in code: Word files with real automatic numbering, and saved portal
pages with menus and a sidebar, built from a seed's text."""

from __future__ import annotations

import html
import io
import itertools

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from reports.extraction import extract_text

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ids = itertools.count(100)


def _abstract(abstract_id: int, levels: list[tuple[str, str]]) -> str:
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>'


class DocxBuilder:
    """``add_list(items, levels)`` makes a list with Word numbering (``numPr``): the text
    of the file holds no marker, as in a file typed in Word."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element

    def heading(self, text: str) -> None:
        self.doc.add_heading(text, level=1)

    def paragraph(self, text: str, style: str | None = None) -> None:
        self.doc.add_paragraph(text, style=style)

    def new_list(self, levels: list[tuple[str, str]], *, abstract: int | None = None) -> str:
        """A ``numId`` for a new list; ``abstract`` reuses an earlier definition."""
        if abstract is None:
            abstract = next(_ids)
            first_num = self.numbering.find(qn("w:num"))
            element = parse_xml(_abstract(abstract, levels))
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.numbering.append(element)
        self.last_abstract = abstract
        num_id = next(_ids)
        self.numbering.append(
            parse_xml(
                f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/></w:num>'
            )
        )
        return str(num_id)

    def restart(self, num_id: str, abstract: int) -> str:
        """A list that reuses ``abstract`` but starts again at 1 (``startOverride``)."""
        new_id = next(_ids)
        self.numbering.append(
            parse_xml(
                f'<w:num {W_NS} w:numId="{new_id}"><w:abstractNumId w:val="{abstract}"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
        return str(new_id)

    def item(self, text: str, num_id: str, level: int = 0) -> None:
        p = self.doc.add_paragraph(text)
        ppr = p._p.get_or_add_pPr()
        ppr.append(
            parse_xml(
                f'<w:numPr {W_NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
            )
        )

    def table(self, rows: list[list[str]]) -> None:
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value

    def bytes(self) -> bytes:
        out = io.BytesIO()
        self.doc.save(out)
        return out.getvalue()


DECIMAL = [("decimal", "%1."), ("lowerLetter", "%2)"), ("bullet", "•")]
BULLETS = [("bullet", "•"), ("bullet", "o")]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def task_paragraphs(text: str) -> set[str]:
    """Paragraphs that are each one task, in runs of two or more: the items of a task list,
    which an author would number in Word (the lead-in paragraph is not numbered)."""
    doc = extract_text(text)
    starts = {t.span.start for t in doc.tasks}
    runs: list[list[str]] = [[]]
    pos = 0
    for raw in doc.text.split("\n"):
        if raw.strip():
            if pos in starts:
                runs[-1].append(raw.strip())
            elif runs[-1]:
                runs.append([])
        pos += len(raw) + 1
    return {line for run in runs if len(run) >= 2 for line in run}


def seed_docx(text: str) -> bytes:
    """A seed as a Word file: the title as a heading, task paragraphs as a numbered list,
    "•" lines as a bulleted list."""
    title = extract_text(text).title
    listed = task_paragraphs(text)
    builder = DocxBuilder()
    numbered = bulleted = None
    for line in _lines(text):
        if line in listed:
            numbered = numbered or builder.new_list(DECIMAL)
            builder.item(line, numbered)
            continue
        numbered = None
        if line.startswith("• "):
            bulleted = bulleted or builder.new_list(BULLETS)
            builder.item(line[2:], bulleted)
            continue
        bulleted = None
        if line == title:
            builder.heading(line)
        else:
            builder.paragraph(line)
    return builder.bytes()


_MENU = ["Trang chủ", "Giới thiệu", "Tin tức", "Tuyên giáo các cấp", "Văn bản", "Liên hệ"]
_SIDEBAR = [
    "Hội nghị giao ban công tác tuyên giáo quý III",
    "Thông báo kết luận của Thường trực Tỉnh ủy",
    "Triển khai Chỉ thị số 99-CT/TW của Ban Bí thư",
    "Hội thi báo cáo viên giỏi năm 2024",
]


def seed_html(text: str, *, script: str = "") -> bytes:
    """A seed as a page saved from a portal: site header, menu, sidebar of other news
    and footer around the article; lines before the title are portal furniture; the
    publication date is in the page's metadata."""
    doc = extract_text(text)
    listed = task_paragraphs(text)
    e = html.escape
    lines = _lines(text)
    cut = lines.index(doc.title) if doc.title in lines else -1
    furniture, article = lines[: cut + 1][:-1] if cut >= 0 else [], lines[cut + 1 :]
    meta = (
        f'<meta property="article:published_time" content="{doc.published.isoformat()}">'
        if doc.published
        else ""
    )
    body: list[str] = []
    open_list = None
    for line in article:
        kind = "ol" if line in listed else "ul" if line.startswith("• ") else None
        if kind != open_list:
            if open_list:
                body.append(f"</{open_list}>")
            if kind:
                body.append(f"<{kind}>")
            open_list = kind
        if kind:
            body.append(f"<li>{e(line[2:] if kind == 'ul' else line)}</li>")
        elif line.startswith("Ảnh:"):
            body.append(f'<figure><img src="anh.jpg" alt=""><figcaption>{e(line)}</figcaption>')
            body.append("</figure>")
        elif line.isupper():
            body.append(f"<h2>{e(line)}</h2>")
        else:
            body.append(f"<p>{e(line)}</p>")
    if open_list:
        body.append(f"</{open_list}>")
    menu = "".join(f'<li><a href="/m{i}">{e(m)}</a></li>' for i, m in enumerate(_MENU))
    side = "".join(f'<li><a href="/s{i}">{e(s)}</a></li>' for i, s in enumerate(_SIDEBAR))
    top = "".join(f'<div class="top">{e(x)}</div>' for x in furniture)
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{e(doc.title or "")} - Cổng thông tin điện tử</title>{meta}
<link rel="stylesheet" href="/static/site.css"></head>
<body>
<header><div class="logo">BAN TUYÊN GIÁO VÀ DÂN VẬN</div>{top}
<nav class="menu"><ul>{menu}</ul></nav></header>
<div class="container">
<aside class="sidebar"><h3>Tin mới nhất</h3><ul>{side}</ul></aside>
<main><article class="detail">
<h1 class="title">{e(doc.title or "")}</h1>
{"".join(body)}
{script}
</article></main></div>
<footer><p>Bản quyền thuộc Ban Tuyên giáo và Dân vận. Địa chỉ: 1 đường Trần Phú.</p></footer>
</body></html>"""
    return page.encode("utf-8")
