"""Test data for the detectors: a ``Segmented`` document built from lines, so a test reads
its input, not the bookkeeping of offsets (style.md §14)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from reports.extraction.types import Paragraph, Segmented, Span


def segmented(
    body: str | Sequence[str],
    *,
    title: str | None = None,
    published: dt.date | None = None,
    genre: str = "article",
    captions: Sequence[str] = (),
    own: str | None = None,
    capitals_are_letterhead: bool = False,
) -> Segmented:
    """A document whose text is the title line (when there is one), the body, then the
    captions, one line each (``body`` is a text or its lines).

    Every body line with something on it is a paragraph, spaces and all, with its exact
    span; with ``capitals_are_letterhead`` a line wholly in capitals is letterhead, not a
    paragraph. Captions are paragraphs of kind ``caption``. ``own`` is the document's own
    number, spanned where it first occurs in the text.

    >>> seg = segmented(["Mở đầu.", "", "Ban A họp."], title="Tin", captions=["Ảnh: A"])
    >>> seg.text
    'Tin\\nMở đầu.\\n\\nBan A họp.\\nẢnh: A'
    >>> [(p.text, p.start, p.end) for p in seg.paragraphs], seg.title_span
    ([('Mở đầu.', 4, 11), ('Ban A họp.', 13, 23)], Span(start=0, end=3))
    """
    lines = body.split("\n") if isinstance(body, str) else list(body)
    head = [title] if title else []
    text = "\n".join([*head, *lines, *captions])
    pos = len(title) + 1 if title else 0
    paragraphs = []
    for line in lines:
        if line.strip() and not (capitals_are_letterhead and line.isupper()):
            paragraphs.append(Paragraph(line, pos, pos + len(line)))
        pos += len(line) + 1
    caption_paragraphs = []
    for line in captions:
        caption_paragraphs.append(Paragraph(line, pos, pos + len(line), kind="caption"))
        pos += len(line) + 1
    own_span = None
    if own:
        start = text.index(own)
        own_span = Span(start, start + len(own))
    return Segmented(
        text=text,
        title=title,
        title_span=Span(0, len(title)) if title else None,
        published=published,
        published_span=None,
        paragraphs=tuple(paragraphs),
        captions=tuple(caption_paragraphs),
        genre=genre,
        own_number=own,
        own_number_span=own_span,
    )
