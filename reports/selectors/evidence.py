"""The evidence behind extracted records: which spans of a document produced which rows."""

from __future__ import annotations

from dataclasses import dataclass

from reports.models import Citation, Meeting, Participation, SourceDocument, Task


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    anchor: str  # the HTML id of the span on the document page, e.g. "span-task-12"
    label: str  # what the span produced, for the reader ("Nhiệm vụ: 1. Tiếp tục...")


# The models whose rows keep a character span of their source document.
EVIDENCE_MODELS = (Meeting, Participation, Task, Citation)


def span_anchor(obj) -> str:
    return f"span-{obj._meta.model_name}-{obj.pk}"


def _label(row) -> str:
    kind = row._meta.verbose_name.capitalize()
    if isinstance(row, Participation):
        return f"{kind}: {row.person} ({row.get_role_display()})"
    if isinstance(row, Citation):
        return f"{kind}: {row.directive}"
    return f"{kind}: {row}"


def document_spans(*, document: SourceDocument) -> list[Span]:
    """Every span of ``document`` that produced a record, in text order (one query per model)."""
    spans = []
    text_length = len(document.text)
    for model in EVIDENCE_MODELS:
        rows = model.objects.filter(
            source_document=document, span_start__isnull=False, span_end__isnull=False
        )
        if model is Participation:
            rows = rows.select_related("person", "meeting")
        elif model is Citation:
            rows = rows.select_related("directive")
        for row in rows.order_by("span_start", "pk"):
            start, end = min(row.span_start, text_length), min(row.span_end, text_length)
            if start < end:
                spans.append(Span(start, end, span_anchor(row), _label(row)))
    spans.sort(key=lambda s: (s.start, -s.end, s.anchor))
    return spans


# where a sentence ends in a report: a full stop, a semicolon, a line break
_SENTENCE_ENDS = ".;!?\n"
SENTENCE_MAX = 400


@dataclass(frozen=True)
class Sentence:
    before: str
    span: str  # the words of the span itself (a participant's name)
    after: str


def evidence_sentence(obj, *, limit: int = SENTENCE_MAX) -> Sentence | None:
    """The sentence of the source document around ``obj``'s span (a participant's name is
    evidence only with what the sentence says about them: "… đồng chí X, Phó Bí thư, chủ
    trì"), cut to about ``limit`` characters; None without a document or span."""
    if obj.source_document_id is None or obj.span_start is None or obj.span_end is None:
        return None
    text = obj.source_document.text
    start, end = min(obj.span_start, len(text)), min(obj.span_end, len(text))
    left = max((text.rfind(c, 0, start) for c in _SENTENCE_ENDS), default=-1) + 1
    rights = [i for i in (text.find(c, end) for c in _SENTENCE_ENDS) if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    room = max(0, limit - (end - start)) // 2
    left, right = max(left, start - room), min(right, end + room)
    before = ("…" if left > 0 and text[left - 1] not in _SENTENCE_ENDS else "") + text[left:start]
    after = text[end:right] + (
        "…" if right < len(text) and text[right - 1] not in _SENTENCE_ENDS else ""
    )
    return Sentence(before.lstrip(), text[start:end], after.rstrip())
