"""Search that ignores diacritics, tone-mark placement and case, on SQLite and PostgreSQL.

Every searchable model stores a folded key (``search_key``: lower case, no marks, đ → d).
The words typed are folded the same way and each must occur in the key, so ``tuyen giao``,
``Tuyên giáo``, ``TUYÊN GIÁO`` and the NFD spelling find the same rows. A word of letters is
a plain ``LIKE '%word%'``, which both databases run the same way; PostgreSQL speeds it up with
the trigram indexes of migration 0004.

Numbers are matched as numbers: ``5`` finds ``05-CT/TW`` but not ``25-CT/TW``, and a code is
found however it is punctuated (``05/CT-TW``, ``5-CT/TW``, ``05 CT TW``, ``CT 05``). Such a
word becomes a regular expression (Django's ``regex`` lookup: ``~`` on PostgreSQL, Python's
``re`` on SQLite) with, beside it, a ``LIKE`` on its longest piece, which is implied by the
expression and lets PostgreSQL keep using the trigram index.
"""

from __future__ import annotations

import re

from django.db.models import Q, QuerySet

from reports.extraction.normalize import fold

# the pieces of a word: runs of digits and runs of letters (punctuation separates them)
_PIECE = re.compile(r"\d+|[^\W\d_]+")
# what may stand between two pieces of a code in the key: punctuation, spaces, or nothing
_BETWEEN = "[^a-z0-9]*"
_NOT_DIGIT_BEFORE = "(^|[^0-9])"
_NOT_DIGIT_AFTER = "([^0-9]|$)"
# a LIKE on a piece this short cannot use a trigram index
_MIN_INDEXED_PIECE = 3


def search_words(term: str | None) -> list[str]:
    """The folded words of what was typed (empty when nothing searchable was typed)."""
    return fold(term or "").split()


def word_pattern(word: str) -> str | None:
    """The regular expression a folded ``word`` with a number in it must match in a key, or
    None for a word that is matched as typed. Each number may carry leading zeros and has no
    digit on either side; the pieces follow each other with any punctuation between."""
    pieces = _PIECE.findall(word)
    if not any(p.isdigit() for p in pieces):
        return None
    parts = []
    for piece in pieces:
        if piece.isdigit():
            parts.append(f"0*{int(piece)}")
        else:
            parts.append(re.escape(piece))
    pattern = _BETWEEN.join(parts)
    if pieces[0].isdigit():
        pattern = _NOT_DIGIT_BEFORE + pattern
    if pieces[-1].isdigit():
        pattern += _NOT_DIGIT_AFTER
    return pattern


def word_condition(word: str, field: str = "search_key") -> Q:
    """The condition a folded ``word`` puts on the folded ``field``."""
    pattern = word_pattern(word)
    if pattern is None:
        return Q(**{f"{field}__contains": word})
    condition = Q(**{f"{field}__regex": pattern})
    pieces = [p if not p.isdigit() else str(int(p)) for p in _PIECE.findall(word)]
    longest = max(pieces, key=len)
    if len(longest) >= _MIN_INDEXED_PIECE:
        condition &= Q(**{f"{field}__contains": longest})
    return condition


def folded_search(queryset: QuerySet, *, term: str | None, field: str = "search_key") -> QuerySet:
    """The rows whose folded ``field`` contains every folded word of ``term`` (numbers as
    numbers)."""
    for word in search_words(term):
        queryset = queryset.filter(word_condition(word, field))
    return queryset
