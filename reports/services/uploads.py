"""Documents brought in from the admin: read, preview (nothing written), confirm (loaded).

The page "Nhập văn bản" reads each uploaded file or pasted text into a ``PendingDocument``
(normalised text only: the uploaded bytes are never kept, served or executed), shows a
``Preview`` of what extraction found and what loading would do, and on confirmation loads
it with the same loader as ``import_seeds`` (one transaction, idempotent by the document's
word fingerprint). A text nearly the same as a stored one is flagged and loaded only when
staff choose to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field

from django.conf import settings
from django.db.models import Q

from reports.extraction import IntakeError, extract_text
from reports.extraction.dates import find_dates
from reports.extraction.formats import HTML, document_text
from reports.extraction.normalize import fold
from reports.extraction.types import ExtractedDocument
from reports.loading import DocumentLoad, document_load, text_sha256
from reports.loading.counts import KINDS
from reports.loading.document_identity import SimilarDocument, document_find, documents_similar
from reports.loading.meeting_sources import meeting_same
from reports.loading.resolve import is_named_unit, person_find
from reports.models import Directive, SourceDocument, Unit

PASTED_TEXT_NAME = "van-ban-dan.txt"
PASTED_HTML_NAME = "trang-web-dan.html"
OCR_MAX_UPLOAD_PAGES = 5


@dataclass(frozen=True)
class PendingDocument:
    """What is kept between preview and confirmation (in the session, as plain data)."""

    name: str
    text: str
    encoding: str
    format: str
    # Tesseract's mean word confidence ("87.5") for a scan read by OCR, else ""
    ocr_confidence: str = ""

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> PendingDocument:
        fields = {k: str(data[k]) for k in ("name", "text", "encoding", "format")}
        return cls(**fields, ocr_confidence=str(data.get("ocr_confidence") or ""))

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)


@dataclass(frozen=True)
class Finding:
    """One thing found, for the side list: ``outcome`` is new / matched / review."""

    kind: str  # meetings | people | units | directives | tasks
    label: str
    outcome: str
    note: str = ""
    record: object | None = None  # the existing row it matches


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    label: str


@dataclass
class Preview:
    pending: PendingDocument
    extracted: ExtractedDocument
    existing: SourceDocument | None
    # stored documents this one nearly repeats: staff choose whether to load it anyway
    similar: list[SimilarDocument] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    highlights: list[Highlight] = field(default_factory=list)

    @property
    def already_loaded(self) -> bool:
        return self.existing is not None


def upload_needs_job(*, data: bytes) -> bool:
    """Whether an uploaded file is read by a background job rather than in the request:
    over ``UPLOAD_JOB_MIN_BYTES``, a PDF over ``UPLOAD_JOB_MIN_PAGES`` pages, or a PDF
    with a scanned page (OCR takes seconds a page). Only the PDF's page count and text
    layer are looked at here, nothing is extracted. A file that cannot be opened stays in
    the request, which says why it is refused."""
    if len(data) > settings.UPLOAD_JOB_MIN_BYTES:
        return True
    if not (data.startswith(b"%PDF") or b"%PDF-" in data[:1024]):  # as formats reads a PDF
        return False
    from reports.extraction import pdf

    try:
        return pdf.page_count(data) > settings.UPLOAD_JOB_MIN_PAGES or pdf.has_scanned_page(data)
    except IntakeError:
        return False


def upload_read(
    *, data: bytes, name: str, max_bytes: int, max_ocr_pages: int | None = OCR_MAX_UPLOAD_PAGES
) -> PendingDocument:
    """An uploaded file's text; ``IntakeError`` (Vietnamese message) when it is refused.
    ``max_bytes`` limits the file (a PDF may use all of it); the text, and a text file,
    are held to ``EXTRACTION_MAX_BYTES`` too; a scan read in the request to
    ``max_ocr_pages`` pages (the background job reads any length: None)."""
    read = document_text(
        data,
        name,
        max_bytes=min(max_bytes, settings.EXTRACTION_MAX_BYTES),
        max_pdf_bytes=max_bytes,
        max_ocr_pages=max_ocr_pages,
    )
    confidence = "" if read.ocr_confidence is None else f"{read.ocr_confidence:g}"
    return PendingDocument(
        name=name[:255],
        text=read.text,
        encoding=read.encoding,
        format=read.format,
        ocr_confidence=confidence,
    )


def paste_read(*, text: str, html: bool, max_bytes: int) -> PendingDocument:
    """Pasted text, or a pasted web page's HTML (``html``), read as an uploaded file is."""
    name = PASTED_HTML_NAME if html else PASTED_TEXT_NAME
    read = document_text(text.encode("utf-8"), name, max_bytes=max_bytes)
    if html and read.format != HTML:
        raise IntakeError("Nội dung dán vào không phải mã HTML của một trang web.")
    return PendingDocument(name=name, text=read.text, encoding=read.encoding, format=read.format)


def _extract(pending: PendingDocument) -> ExtractedDocument:
    confidence = float(pending.ocr_confidence) if pending.ocr_confidence else None
    return extract_text(
        pending.text, pending.name, encoding=pending.encoding, ocr_confidence=confidence
    )


def upload_preview(*, pending: PendingDocument) -> Preview:
    """What ``pending`` holds and what loading it would do; writes nothing (the loader runs
    in dry-run mode and rolls back)."""
    extracted = _extract(pending)
    existing = document_find(extracted.text, text_sha256(extracted.text))
    preview = Preview(pending=pending, extracted=extracted, existing=existing)
    if existing is None:
        preview.similar = documents_similar(extracted.text)
    preview.highlights = _highlights(extracted)
    preview.warnings = preview_warnings(extracted)
    if existing is None:
        loaded = document_load(extracted, file_name=pending.name, dry_run=True)
        preview.counts = {
            kind: {
                outcome: loaded.counts.get(kind, outcome)
                for outcome in ("created", "updated", "unchanged", "skipped")
            }
            for kind in KINDS
        }
        preview.findings = preview_findings(extracted)
    return preview


def upload_confirm(*, pending: PendingDocument, user, allow_similar: bool = False) -> DocumentLoad:
    """Load ``pending`` as ``import_seeds`` would, recording ``user`` as the uploader.
    A text already loaded (by a colleague a moment ago, too) comes back ``unchanged`` and
    nothing is written; one nearly the same as a stored document comes back ``similar``
    unless staff chose to load it anyway (``allow_similar``)."""
    return document_load(
        _extract(pending), file_name=pending.name, uploaded_by=user, allow_similar=allow_similar
    )


# --- the preview's parts ---------------------------------------------------------------


def _highlights(doc: ExtractedDocument) -> list[Highlight]:
    out: list[Highlight] = []
    for meeting in doc.meetings:
        if meeting.span:
            out.append(Highlight(meeting.span.start, meeting.span.end, "meetings", meeting.title))
        for person in meeting.participants:
            label = f"{person.name}" + (f", {person.position}" if person.position else "")
            out.extend(Highlight(s.start, s.end, "people", label) for s in person.spans)
    for unit in doc.units:
        out.extend(Highlight(s.start, s.end, "units", unit.name) for s in unit.spans)
    for directive in doc.directives:
        out.extend(
            Highlight(s.start, s.end, "directives", directive.label) for s in directive.mentions
        )
    for task in doc.tasks:
        out.append(Highlight(task.span.start, task.span.end, "tasks", f"Nhiệm vụ {task.ordinal}"))
    length = len(doc.text)
    return sorted(
        (h for h in out if 0 <= h.start < h.end <= length), key=lambda h: (h.start, -h.end)
    )


def _default_year(doc: ExtractedDocument) -> int | None:
    if doc.published:
        return doc.published.year
    dated = [m.start_date for m in doc.meetings if m.start_date]
    return dated[0].year if dated else None


def preview_warnings(doc: ExtractedDocument) -> list[str]:
    warnings = list(doc.warnings)
    if not doc.meetings:
        warnings.append("Không tìm thấy hội nghị nào trong văn bản.")
    if doc.published is None:
        warnings.append("Không tìm thấy ngày đăng của văn bản.")
    for d in doc.directives:
        if d.needs_review:
            warnings.append(
                f"Trích dẫn rút gọn “{d.label}” không xác định được đúng một văn bản đầy đủ: "
                "cần kiểm tra."
            )
    unassigned = [t.ordinal for t in doc.tasks if not t.assigned_by]
    if unassigned:
        numbers = ", ".join(str(n) for n in unassigned)
        warnings.append(f"Nhiệm vụ không rõ người giao: số {numbers}.")
    year = _default_year(doc)
    yearless = [m for m in find_dates(doc.text, default_year=year or 1) if not m.has_year]
    seen: set[str] = set()
    for mention in yearless:
        if mention.text in seen:
            continue
        seen.add(mention.text)
        if year:
            warnings.append(
                f"Ngày “{mention.text}” không ghi năm: đã hiểu là năm {year} (năm của văn bản)."
            )
        else:
            warnings.append(f"Ngày “{mention.text}” không ghi năm và văn bản không có năm.")
    return warnings


def _unit_match(names: tuple[str, ...], on_date: dt.date | None) -> Unit | None:
    keys = {fold(n) for n in names if n}
    units = list(
        Unit.objects.filter(Q(search_key__in=keys) | Q(aliases__search_key__in=keys))
        .distinct()
        .order_by("pk")
    )
    if on_date:
        valid = [
            u
            for u in units
            if (u.valid_from is None or u.valid_from <= on_date)
            and (u.valid_to is None or on_date <= u.valid_to)
        ]
        units = valid or units
    return units[0] if units else None


def preview_findings(doc: ExtractedDocument) -> list[Finding]:
    """Read-only look-ups, as the loader resolves: units by name or alias, people by
    name, directives by code and date (a code alone is ambiguous: numbering restarts)."""
    on_date = doc.published or (doc.meetings[0].start_date if doc.meetings else None)
    out: list[Finding] = []
    for meeting in doc.meetings:
        out.append(_meeting_finding(meeting, on_date))
    people = {p.name: p for m in doc.meetings for p in m.participants}
    for name in people:
        person = person_find(name)
        out.append(Finding("people", name, "matched" if person else "new", record=person))
    for unit in doc.units:
        if not is_named_unit(unit.name):
            continue
        match = _unit_match((unit.name, *unit.mentions), on_date)
        note = f"là “{match.name}”" if match and fold(match.name) != fold(unit.name) else ""
        out.append(Finding("units", unit.name, "matched" if match else "new", note, match))
    for d in doc.directives:
        out.append(_directive_finding(d))
    for task in doc.tasks:
        outcome = "new" if task.assigned_by else "review"
        note = "" if task.assigned_by else "không rõ người giao"
        out.append(Finding("tasks", f"{task.ordinal}. {task.text[:120]}", outcome, note))
    return out


def _meeting_finding(meeting, on_date: dt.date | None) -> Finding:
    """New, or the meeting another document already reported (same date, host and kind),
    which this document would join as a source."""
    when = meeting.start_date.strftime("%d/%m/%Y") if meeting.start_date else "chưa rõ ngày"
    label = f"{meeting.title} ({when})"
    host = _unit_match((meeting.host_unit,), on_date) if meeting.host_unit else None
    same = meeting_same(
        start_date=meeting.start_date, host_unit=host, kind=meeting.kind, document=None
    )
    if same is None:
        return Finding("meetings", label, "new")
    return Finding("meetings", label, "matched", "đã có, văn bản này thêm một nguồn", same)


def _directive_finding(d) -> Finding:
    if d.needs_review:
        return Finding("directives", d.label, "review", "trích dẫn rút gọn chưa xác định")
    if not d.code:
        existing = Directive.objects.filter(code__isnull=True, label=d.label).first()
        return Finding("directives", d.label, "matched" if existing else "new", record=existing)
    candidates = list(Directive.objects.filter(code=d.code).order_by("pk"))
    if d.issued:
        match = [c for c in candidates if c.issued == d.issued] or [
            c for c in candidates if c.issued is None
        ][:1]
    else:
        match = candidates
    label = d.code + (f" ngày {d.issued:%d/%m/%Y}" if d.issued else "")
    if len(match) == 1:
        return Finding("directives", label, "matched", record=match[0])
    if len(match) > 1:
        return Finding(
            "directives", label, "review", f"{len(match)} văn bản cùng số hiệu: cần chọn đúng"
        )
    return Finding("directives", label, "new")
