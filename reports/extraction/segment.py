"""Segmentation: title, publication line, body paragraphs. (Stub: to be completed.)"""

from __future__ import annotations

import re

from reports.extraction.types import Paragraph, Segmented, Span


def _lines(text: str):
    for m in re.finditer(r"[^\n]+", text):
        if m.group(0).strip():
            yield Paragraph(m.group(0), m.start(), m.end())


def segment(text: str) -> Segmented:
    paragraphs = tuple(_lines(text))
    title = paragraphs[0] if paragraphs else None
    return Segmented(
        text=text,
        title=title.text.strip() if title else None,
        title_span=Span(title.start, title.end) if title else None,
        published=None,
        published_span=None,
        paragraphs=paragraphs[1:],
    )
