"""Run the steps in order and put their findings into one ``ExtractedDocument``."""

from __future__ import annotations

from reports.extraction.directives import find_directives
from reports.extraction.intake import DEFAULT_MAX_BYTES, decode, tidy
from reports.extraction.meetings import find_meetings
from reports.extraction.memo import forget
from reports.extraction.people import find_participants
from reports.extraction.segment import segment
from reports.extraction.tasks import find_tasks
from reports.extraction.types import ExtractedDocument
from reports.extraction.units import find_units, merge_units

# Bump when a change to the rules changes what is extracted: the importer records it,
# and `import_seeds --reextract` refreshes records made by an older version.
EXTRACTOR_VERSION = "2"


def extract_text(
    text: str,
    source: str = "",
    *,
    encoding: str = "utf-8",
    ocr_confidence: float | None = None,
) -> ExtractedDocument:
    """Extract everything from already decoded ``text`` (it is tidied first);
    ``ocr_confidence`` is passed on for a text read by OCR."""
    forget()  # the memoised steps remember one document (see ``memo``)
    text = tidy(text)
    seg = segment(text)
    directives = find_directives(seg)
    units = find_units(seg)
    participants = find_participants(seg)
    meetings = find_meetings(seg, participants=participants, units=units)
    tasks = find_tasks(
        seg, directives=directives, units=units, participants=participants, meetings=meetings
    )
    # the contract wants every host unit listed; task units named in the text join too
    # (merge_units leaves generic plurals such as "các đảng ủy trực thuộc" out)
    named = [m.host_unit for m in meetings if m.host_unit]
    named += [u for t in tasks for u in (*t.lead, *t.support, *t.assignees)]
    units = merge_units(units, named)
    return ExtractedDocument(
        source=source,
        text=text,
        title=seg.title,
        published=seg.published,
        meetings=meetings,
        units=units,
        directives=directives,
        tasks=tasks,
        encoding=encoding,
        genre=seg.genre,
        ocr_confidence=ocr_confidence,
    )


def extract_bytes(
    data: bytes, source: str = "", *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ExtractedDocument:
    """Decode ``data`` (see ``intake.decode``) and extract; raises ``IntakeError``."""
    decoded = decode(data, max_bytes=max_bytes)
    return extract_text(decoded.text, source, encoding=decoded.encoding)
