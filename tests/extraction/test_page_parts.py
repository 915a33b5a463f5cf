"""What a news page prints around its article body: the lead (sapo) printed apart, which
the main-text extractor drops, and the date under the headline, which outranks a portal's
"today" header. Fiction pages."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction import extract_text, page_parts
from reports.extraction.formats import document_text

BODY = (
    "<p>Đồng chí Lò Văn Sinh, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hội nghị. "
    "Báo cáo do đồng chí Tòng Văn Quý, Phó Trưởng ban trình bày cho biết, quý III, toàn "
    "ngành đã hoàn thành nhiều nhiệm vụ trọng tâm, nhất là công tác nắm bắt dư luận.</p>"
    "<p>Kết luận hội nghị, đồng chí Lò Văn Sinh đề nghị các đảng ủy xã tiếp tục củng cố "
    "đội ngũ cộng tác viên dư luận xã hội ở cơ sở, hoàn thành trước ngày 30/11.</p>"
) * 2
LEAD = (
    "(HLO) - Sáng 20/10, Ban Tuyên giáo và Dân vận Tỉnh ủy Hồng Lâm tổ chức Hội nghị giao "
    "ban công tác tuyên giáo và dân vận quý III năm 2026."
)


def _page(*, sapo_class="news-sapo", stamp='<span class="date-time">Thứ Tư, 21/10/2026 15:42'
          "</span>", today="Thứ Sáu, 23/10/2026") -> bytes:  # fmt: skip
    return (
        "<html><head><title>Giao ban quý III</title></head><body>"
        f'<div class="top-bar"><span class="today">{today}</span></div>'
        '<div class="site-desc">Cơ quan của Đảng bộ tỉnh Hồng Lâm, tiếng nói của Đảng bộ, '
        "chính quyền và Nhân dân các dân tộc tỉnh Hồng Lâm</div>"
        '<div class="detail"><h1>Giao ban công tác tuyên giáo và dân vận quý III</h1>'
        f'<div class="meta">{stamp}</div>'
        f'<div class="{sapo_class}">{LEAD}</div>'
        f'<div class="news-content">{BODY}</div></div>'
        '<div class="footer">Bản quyền thuộc Cổng thông tin điện tử tỉnh Hồng Lâm</div>'
        "</body></html>"
    ).encode()


@pytest.mark.parametrize("sapo_class", ["news-sapo", "sapo", "summary", "chapeau", "lead"])
def test_the_lead_printed_apart_is_kept_and_gives_the_meeting(sapo_class):
    got = document_text(_page(sapo_class=sapo_class), "tin.html")
    assert LEAD in got.text
    # the lead goes after the headline and its date, never before them
    assert (
        extract_text(got.text, "tin.html").title
        == "Giao ban công tác tuyên giáo và dân vận quý III"
    )
    (meeting,) = extract_text(got.text, "tin.html").meetings
    assert (meeting.kind, meeting.start_date) == ("giao_ban", dt.date(2026, 10, 20))
    assert meeting.host_unit.startswith("Ban Tuyên giáo và Dân vận Tỉnh ủy")


def _tree(page: bytes):
    import lxml.html

    return lxml.html.document_fromstring(page.decode())


def test_a_sites_description_above_the_headline_is_no_lead():
    # ``site-desc`` above the headline reads like a lead but is the site's
    assert page_parts.sapo(_tree(_page(sapo_class="news-sapo"))) == LEAD
    assert page_parts.sapo(_tree(_page(sapo_class="plain"))) is None


@pytest.mark.parametrize(
    "stamp",
    [
        '<span class="date-time">Thứ Tư, 21/10/2026 15:42</span>',
        '<time datetime="2026-10-21T15:42:00+07:00">15:42 21/10</time>',
        '<span class="post-date">Cập nhật: 21/10/2026</span>',
    ],
)
def test_the_date_under_the_headline_outranks_the_sites_today(stamp):
    got = document_text(_page(stamp=stamp), "tin.html")
    assert extract_text(got.text, "tin.html").published == dt.date(2026, 10, 21)


def test_without_a_headline_stamp_the_date_above_it_is_not_taken_for_one():
    assert page_parts.headline_stamp(_tree(_page(stamp=""))) is None
