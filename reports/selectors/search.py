"""Search that ignores diacritics, tone-mark placement and case, on SQLite and PostgreSQL.

Every searchable model stores a folded key (``search_key``: lower case, no marks, đ → d).
The words typed are folded the same way and each must occur in the key, so ``tuyen giao``,
``Tuyên giáo``, ``TUYÊN GIÁO`` and the NFD spelling find the same rows. The lookup is a plain
``LIKE '%word%'``, which both databases run the same way; PostgreSQL speeds it up with the
trigram indexes of migration 0004.
"""

from __future__ import annotations

from django.db.models import QuerySet

from reports.extraction.normalize import fold


def search_words(term: str | None) -> list[str]:
    """The folded words of what was typed (empty when nothing searchable was typed)."""
    return fold(term or "").split()


def folded_search(queryset: QuerySet, *, term: str | None, field: str = "search_key") -> QuerySet:
    """The rows whose folded ``field`` contains every folded word of ``term``."""
    for word in search_words(term):
        queryset = queryset.filter(**{f"{field}__contains": word})
    return queryset
