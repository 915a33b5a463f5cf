"""Keyset pagination: a page is the ``limit`` records after the id ``after``, in id order,
and links to the next page by the last id shown. No COUNT and no OFFSET, so a page costs
the same at the 100,000th record as at the first."""

from __future__ import annotations

from collections.abc import Callable

from django.db.models import QuerySet

DEFAULT_LIMIT = 50
MAX_LIMIT = 200


def keyset_page(
    request, queryset: QuerySet, *, after: int | None, limit: int, present: Callable
) -> dict:
    if after is not None:
        queryset = queryset.filter(pk__gt=after)
    # one row more than the page tells whether there is a next page
    rows = list(queryset.order_by("pk")[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    following = None
    if more:
        params = request.GET.copy()
        params["after"] = str(rows[-1].pk)
        params["limit"] = str(limit)
        following = request.build_absolute_uri(f"{request.path}?{params.urlencode()}")
    return {"items": [present(row) for row in rows], "next": following}
