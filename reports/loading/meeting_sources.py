"""One meeting, several reports: a portal and a newspaper writing about the same meeting.

A meeting is the same when its start date, host unit and kind are: the second document
becomes another source of the meeting (with the span it reports it in) instead of a second
meeting. Nothing already recorded is overwritten: blanks are filled, and fields the new
source writes otherwise are noted on the source and put the meeting up for review.
"""

from __future__ import annotations

import datetime as dt

from reports.models import Meeting, MeetingSource, ReviewState, SourceDocument

# The fields two reports of one meeting may write differently (date, host and kind match).
COMPARED = ("title", "end_date", "period_label", "period_start", "period_end", "location")


def meeting_same(
    *, start_date, host_unit, kind: str, document: SourceDocument | None, taken=()
) -> Meeting | None:
    """The meeting another document already reported with this date, host and kind, or
    None. Meetings of ``document`` itself (matched by the loader) and ``taken`` (meetings
    already matched in this load) are not candidates."""
    if start_date is None or host_unit is None:
        return None
    found = Meeting.objects.filter(start_date=start_date, host_unit=host_unit, kind=kind)
    if document is not None:
        found = found.exclude(source_document=document)
    return found.exclude(pk__in=[m.pk for m in taken]).order_by("pk").first()


def _shown(value) -> str:
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return str(value)


def meeting_differences(meeting: Meeting, values: dict) -> tuple[dict, list[str]]:
    """What ``values`` (another report of ``meeting``) would fill in, and where it differs."""
    fill, differences = {}, []
    for name in COMPARED:
        recorded, reported = getattr(meeting, name), values.get(name)
        if reported in (None, ""):
            continue
        if recorded in (None, ""):
            fill[name] = reported
        elif recorded != reported:
            label = Meeting._meta.get_field(name).verbose_name
            differences.append(f"{label}: “{_shown(reported)}” (đang ghi “{_shown(recorded)}”)")
    return fill, differences


def meeting_source_add(meeting: Meeting, document: SourceDocument, values: dict) -> bool:
    """Record ``document`` as a source of ``meeting``; True when the meeting changed (blanks
    filled, or put up for review because this source differs). A locked meeting is never
    changed; its new source still records the differences."""
    fill, differences = meeting_differences(meeting, values)
    _source, created = MeetingSource.objects.get_or_create(
        meeting=meeting,
        source_document=document,
        defaults={
            "span_start": values.get("span_start"),
            "span_end": values.get("span_end"),
            "differences": "\n".join(differences),
        },
    )
    if not created or meeting.is_locked:
        return False
    for name, value in fill.items():
        setattr(meeting, name, value)
    flag = bool(differences) and meeting.review_state != ReviewState.NEEDS_REVIEW
    if flag:
        meeting.review_state = ReviewState.NEEDS_REVIEW
    if fill or flag:
        # a form opened before this is now stale (optimistic locking)
        meeting.version += 1
        meeting.save()
        return True
    return False


def meeting_source_first(meeting: Meeting) -> MeetingSource | None:
    """The meeting's own document as its first source (for a meeting just created)."""
    if meeting.source_document_id is None:
        return None
    source, _ = MeetingSource.objects.get_or_create(
        meeting=meeting,
        source_document_id=meeting.source_document_id,
        defaults={"span_start": meeting.span_start, "span_end": meeting.span_end},
    )
    return source
