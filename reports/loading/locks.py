"""Serialise concurrent loads that would create the same rows (PostgreSQL advisory locks).

Two imports running at once each look a name up, find nothing and create it: the second
then fails on a unique key (a unit alias, an uncoded directive, the document itself) or,
where no key guards it (a person), creates it twice. Before looking anything up, a load
takes a transaction-scoped advisory lock on every natural key it may create (the document's
fingerprint, folded unit and person names, directive codes and labels, meeting keys), all
in one sorted order so two loads never wait on each other in a cycle. The second load then
waits for the first to commit and finds its rows. Loads that share no key never wait.

SQLite needs none of this: it serialises writing transactions itself.
"""

from __future__ import annotations

import hashlib

from django.db import connection

from reports.extraction.fingerprint import fingerprint
from reports.extraction.normalize import fold
from reports.extraction.types import ExtractedDocument


def lock_id(*parts: object) -> int:
    """A signed 64-bit advisory lock id for a natural key (``("person", "le van hung")``)."""
    digest = hashlib.blake2b(repr(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def meeting_lock_key(start_date, host_name: str, kind: str) -> tuple:
    return ("meeting", start_date.isoformat() if start_date else "", fold(host_name), kind)


def document_lock_keys(extracted: ExtractedDocument) -> set[tuple]:
    """Every natural key loading ``extracted`` may create a row for."""
    keys: set[tuple] = {("document", fingerprint(extracted.text))}
    unit_names: set[str] = set()
    for unit in extracted.units:
        unit_names.update((unit.name, *unit.mentions))
    for task in extracted.tasks:
        unit_names.update((*task.lead, *task.support, *task.assignees))
        if task.assigned_by:
            keys.add(("person", fold(task.assigned_by)))
    for meeting in extracted.meetings:
        if meeting.host_unit:
            unit_names.add(meeting.host_unit)
            keys.add(meeting_lock_key(meeting.start_date, meeting.host_unit, meeting.kind))
        keys.update(("person", fold(p.name)) for p in meeting.participants)
    for directive in extracted.directives:
        # the loader's natural keys: the code (its dates vary), or the label when uncoded
        if directive.code:
            keys.add(("directive", directive.code))
        else:
            keys.add(("directive-label", directive.label[:300]))
        if directive.issuing_body:
            unit_names.add(directive.issuing_body)
    keys.update(("unit", fold(name)) for name in unit_names if name)
    return keys


def advisory_locks(keys: set[tuple]) -> None:
    """Take the transaction-scoped locks for ``keys`` (in sorted order); a no-op but on
    PostgreSQL. Call inside ``transaction.atomic``: the locks go with the transaction."""
    if connection.vendor != "postgresql" or not keys:
        return
    ids = sorted({lock_id(*key) for key in keys})
    with connection.cursor() as cursor:
        # one round trip; the ordered subquery makes every load lock in the same order
        cursor.execute(
            "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT unnest(%s::bigint[]) AS k "
            "ORDER BY k) AS ordered",
            [ids],
        )
