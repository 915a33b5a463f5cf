"""The JSON shape of ``manage.py extract --json`` (see shared/extraction-contract.md)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from reports.extraction.types import Directive, ExtractedDocument, Meeting, Period, Task, Unit


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _period(period: Period | None) -> dict[str, Any] | None:
    if period is None:
        return None
    return {"label": period.label, "start": _iso(period.start), "end": _iso(period.end)}


def _meeting(meeting: Meeting) -> dict[str, Any]:
    return {
        "title": meeting.title,
        "kind": meeting.kind,
        "start_date": _iso(meeting.start_date),
        "end_date": _iso(meeting.end_date),
        "period": _period(meeting.period),
        "host_unit": meeting.host_unit,
        "participants": [
            {"name": p.name, "position": p.position, "roles": list(p.roles)}
            for p in meeting.participants
        ],
    }


def _unit(unit: Unit) -> dict[str, Any]:
    return {"name": unit.name, "mentions": list(unit.mentions)}


def _directive(d: Directive) -> dict[str, Any]:
    out = {
        "code": d.code,
        "type": d.type,
        "number": d.number,
        "issuer_code": d.issuer_code,
        "issuing_body": d.issuing_body,
        "issued": _iso(d.issued),
        "title": d.title,
        "label": d.label,
        "mentions": len(d.mentions),
    }
    if d.relations:
        out["relations"] = [{"relation": r, "target": t} for r, t in d.relations]
    if d.needs_review:
        out["needs_review"] = True
    return out


def _task(t: Task) -> dict[str, Any]:
    return {
        "ordinal": t.ordinal,
        "text": t.text,
        "assigned_by": t.assigned_by,
        "assignees": list(t.assignees),
        "lead": list(t.lead),
        "support": list(t.support),
        "due_date": _iso(t.due_date),
        "period": t.period,
        "directives": list(t.directives),
        # extra key: index of the meeting (in "meetings") the task was given at
        "meeting": t.meeting,
    }


def to_contract(doc: ExtractedDocument) -> dict[str, Any]:
    """The contract's object for one document."""
    return {
        "source": doc.source,
        "title": doc.title,
        "published": _iso(doc.published),
        "meetings": [_meeting(m) for m in doc.meetings],
        "units": [_unit(u) for u in doc.units],
        "directives": [_directive(d) for d in doc.directives],
        "tasks": [_task(t) for t in doc.tasks],
        "ocr_confidence": doc.ocr_confidence,
    }
