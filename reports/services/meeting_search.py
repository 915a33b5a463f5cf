"""Keeping a meeting's folded search key in step with what it is found by.

``Meeting.build_search_key`` is the one definition of the key (title, period, host unit, place,
participants' names). A meeting's own ``save`` rebuilds it; this service rebuilds it when what
it borrows from other rows changes: participants added or removed (the admin's inline, the
participation pages, the loader), a host unit or a person renamed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import QuerySet

from reports.models import Meeting, Participation


def meeting_search_key_refresh(*, meetings: QuerySet[Meeting] | Iterable[int]) -> int:
    """Rebuild the search key of ``meetings`` (a queryset or ids) from the database and write
    those that changed; returns how many changed. The key is derived data: it is written with
    ``update()``, so neither the version, ``updated_at`` nor the history moves."""
    if not isinstance(meetings, QuerySet):
        meetings = Meeting.objects.filter(pk__in=list(meetings))
    rows = list(meetings.select_related("host_unit").order_by())
    names = defaultdict(list)
    for meeting_id, name in (
        Participation.objects.filter(meeting__in=[m.pk for m in rows])
        .order_by("pk")
        .values_list("meeting_id", "person__full_name")
    ):
        names[meeting_id].append(name)
    changed = 0
    for meeting in rows:
        key = meeting.build_search_key(participant_names=names[meeting.pk])
        if key != meeting.search_key:
            Meeting.objects.filter(pk=meeting.pk).update(search_key=key)
            changed += 1
    return changed


def meetings_of_unit_refresh(*, unit_id: int) -> int:
    """After a unit is renamed: the meetings it hosted."""
    return meeting_search_key_refresh(meetings=Meeting.objects.filter(host_unit_id=unit_id))


def meetings_of_person_refresh(*, person_id: int) -> int:
    """After a person is renamed: the meetings they took part in."""
    return meeting_search_key_refresh(
        meetings=Meeting.objects.filter(participations__person_id=person_id).distinct()
    )
