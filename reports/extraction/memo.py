"""Memoised pure functions of one string: every step reads every line of a document, and
the same lines, names and words come back again and again (a long list repeats one line).

``memo_short`` keeps a function's last results for strings of at most ``CACHED_LENGTH``
characters: a whole document as a key would hold megabytes for one hit. The function must
be pure and its result immutable (a caller that changes a cached list changes every later
answer), so a step that hands out mutable results copies them.

The caches hold one document: ``extract_text`` calls ``forget`` first, so a document's
time does not depend on what was read before it (and a benchmark that reads one text
again and again measures the work, not the cache).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache, wraps
from typing import TypeVar

CACHED_STRINGS = 16_384
CACHED_LENGTH = 1_000

R = TypeVar("R")

_CACHES: list = []


def forget() -> None:
    """Empty every ``memo_short`` cache."""
    for cache in _CACHES:
        cache.cache_clear()


def memo_short(function: Callable[..., R]) -> Callable[..., R]:
    """``function(text, *args)`` with its results cached when ``text`` is short; the other
    arguments must be hashable."""
    cached = lru_cache(maxsize=CACHED_STRINGS)(function)
    _CACHES.append(cached)

    @wraps(function)
    def memoised(text: str, *args) -> R:
        if len(text) <= CACHED_LENGTH:
            return cached(text, *args)
        return function(text, *args)

    memoised.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
    memoised.cache_info = cached.cache_info  # type: ignore[attr-defined]
    return memoised
