"""The test-data factory: text, spans, title, captions, own number, letterhead lines."""

import datetime as dt

import pytest

from reports.extraction.types import Paragraph, Span
from tests.extraction.factories import segmented


@pytest.mark.parametrize(
    ("body", "kw", "text", "paragraphs"),
    [
        ("Ban A họp.", {}, "Ban A họp.", [("Ban A họp.", 0)]),
        (
            ["Ban A họp.", "Ban B dự."],
            {},
            "Ban A họp.\nBan B dự.",
            [("Ban A họp.", 0), ("Ban B dự.", 11)],
        ),
        # blank and space-only lines are no paragraphs but keep their place in the text
        ("Một.\n\n  \nHai.", {}, "Một.\n\n  \nHai.", [("Một.", 0), ("Hai.", 9)]),
        # a paragraph keeps the spaces it is written with
        (["  Một. "], {}, "  Một. ", [("  Một. ", 0)]),
        # the title is the first line and no paragraph
        (["Một."], {"title": "Tin"}, "Tin\nMột.", [("Một.", 4)]),
        # a line in capitals is a paragraph unless capitals are letterhead
        ("TỈNH ỦY A\nMột.", {}, "TỈNH ỦY A\nMột.", [("TỈNH ỦY A", 0), ("Một.", 10)]),
        ("TỈNH ỦY A\nMột.", {"capitals_are_letterhead": True}, "TỈNH ỦY A\nMột.", [("Một.", 10)]),
    ],
)
def test_text_and_paragraph_spans(body, kw, text, paragraphs):
    seg = segmented(body, **kw)
    assert seg.text == text
    assert [(p.text, p.start) for p in seg.paragraphs] == paragraphs
    assert all(seg.text[p.start : p.end] == p.text and p.kind == "body" for p in seg.paragraphs)


def test_title_captions_and_own_number():
    seg = segmented(
        ["Số 5-TB/BTG.", "Ban A họp."],
        title="Tin",
        captions=["Ảnh: Hội nghị"],
        own="5-TB/BTG",
        published=dt.date(2027, 3, 5),
        genre="thong_bao",
    )
    assert seg.text == "Tin\nSố 5-TB/BTG.\nBan A họp.\nẢnh: Hội nghị"
    assert (seg.title, seg.title_span) == ("Tin", Span(0, 3))
    assert seg.captions == (Paragraph("Ảnh: Hội nghị", 28, 41, kind="caption"),)
    assert (seg.own_number, seg.own_number_span) == ("5-TB/BTG", Span(7, 15))
    assert (seg.published, seg.published_span, seg.genre) == (
        dt.date(2027, 3, 5),
        None,
        "thong_bao",
    )


def test_defaults():
    seg = segmented("Một.")
    assert (seg.title, seg.title_span, seg.published, seg.captions) == (None, None, None, ())
    assert (seg.genre, seg.own_number, seg.own_number_span) == ("article", None, None)
