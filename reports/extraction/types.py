"""The frozen records that the extraction steps hand to each other and to the loader.

Every fact carries the character span (``start``, ``end``) where it was found in the
normalised text (``ExtractedDocument.text``), so a reviewer can see the sentence that
produced it. Step modules own their records: ``segment`` owns ``Paragraph`` and
``Segmented``; ``dates`` owns ``Period``; ``directives`` owns ``Directive``; ``units``
owns ``Unit``; ``people`` owns ``Participant``; ``meetings`` owns ``Meeting``; ``tasks``
owns ``Task``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Paragraph:
    """One line-based paragraph of the normalised text (no trailing newline)."""

    text: str
    start: int
    end: int
    # body | title | publication | heading | caption | boilerplate | header | signature
    kind: str = "body"


@dataclass(frozen=True)
class Segmented:
    """A document cut into its parts. ``paragraphs`` holds the body only, in order,
    with boilerplate and verbatim repeats dropped; ``captions`` holds photo captions."""

    text: str
    title: str | None
    title_span: Span | None
    published: dt.date | None
    published_span: Span | None
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Paragraph, ...] = ()
    # article | thong_bao | bao_cao | ke_hoach | other official genres
    genre: str = "article"
    # the document's own number ("146-TB/BTGTU"): not a citation
    own_number: str | None = None
    own_number_span: Span | None = None


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date | None
    end: dt.date | None
    span: Span | None = None


@dataclass(frozen=True)
class Directive:
    """One distinct document cited (a coded or uncoded reference)."""

    code: str | None
    type: str
    number: str | None
    issuer_code: str | None
    issuing_body: str | None
    issued: dt.date | None
    title: str | None
    label: str
    mentions: tuple[Span, ...]
    # (relation, key of the other directive): "continues", "replaces", "amends", "implements"
    relations: tuple[tuple[str, str], ...] = ()
    # a short form that could not be resolved to exactly one full citation
    needs_review: bool = False

    @property
    def key(self) -> str:
        """What tasks cite it by: the code, or the label for an uncoded reference."""
        return self.code or self.label


@dataclass(frozen=True)
class Unit:
    name: str
    mentions: tuple[str, ...]
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Participant:
    name: str
    position: str | None
    roles: tuple[str, ...]
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Meeting:
    title: str
    kind: str
    start_date: dt.date | None
    end_date: dt.date | None
    period: Period | None
    host_unit: str | None
    participants: tuple[Participant, ...]
    span: Span | None = None
    location: str | None = None


@dataclass(frozen=True)
class Task:
    ordinal: int
    text: str
    span: Span
    assigned_by: str | None
    assignees: tuple[str, ...]
    lead: tuple[str, ...] = ()
    support: tuple[str, ...] = ()
    due_date: dt.date | None = None
    period: str | None = None
    # keys of the directives the task's own text cites (Directive.key)
    directives: tuple[str, ...] = ()
    # index of the meeting in whose part of the text the task stands, None without one
    meeting: int | None = None


@dataclass(frozen=True)
class ExtractedDocument:
    source: str
    text: str
    title: str | None
    published: dt.date | None
    meetings: tuple[Meeting, ...]
    units: tuple[Unit, ...]
    directives: tuple[Directive, ...]
    tasks: tuple[Task, ...]
    encoding: str = "utf-8"
    genre: str = "article"
    # Tesseract's mean word confidence (0-100) when the text was read by OCR, else None
    ocr_confidence: float | None = None
    warnings: tuple[str, ...] = field(default=())
