"""Parts of a news page around its article body that the main-text extractor may drop.

- The **stamp** under the headline (``<span class="date-time">Thứ Tư, 21/10/2026 15:42``,
  ``<time datetime=…>``): the article's own date, which outranks a page's metadata date
  (often a portal's "today" header).
- The **sapo** (lead paragraph, ``<div class="news-sapo">``, ``class="summary"``,
  ``chapeau``): portals print it apart from the body, and it is where a news report says
  who held which meeting on which day.

Both are read from the parsed page before the main-text extractor runs.
"""

from __future__ import annotations

import datetime as dt
import re

# classes and ids of a headline's date line
_STAMP_CLASS = re.compile(r"date|time|publish|ngay|posted", re.IGNORECASE)
# classes and ids of a lead paragraph
_SAPO_CLASS = re.compile(
    r"(?<![a-z])(?:sapo|chapeau|summary|lead|tom-?tat|excerpt|intro|desc(?:ription)?)"
    r"(?![a-z])",
    re.IGNORECASE,
)
_DATE = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)")
_ISO = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
# how many elements after the headline the stamp may come
_STAMP_WINDOW = 25
# a lead is a sentence or more, not a label; it comes soon after the headline
_MIN_SAPO = 40
_SAPO_WINDOW = 60


def _marks(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def _date_of(el) -> dt.date | None:
    if el.tag == "time" and el.get("datetime"):
        m = _ISO.match(el.get("datetime"))
        if m:
            return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _DATE.search(el.text_content() or "")
    return _make(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None


def _make(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def headline_stamp(tree) -> dt.date | None:
    """The date printed with the headline: the first date-like element (``<time>``, a
    class or id naming a date or a time) among the elements just after the first
    ``<h1>``; a date above the headline is the site's, not the article's."""
    for inner in _after_headline(tree, _STAMP_WINDOW):
        if inner.tag == "time" or _STAMP_CLASS.search(_marks(inner)):
            date = _date_of(inner)
            if date is not None:
                return date
    return None


def sapo(tree) -> str | None:
    """The lead paragraph a page prints apart from its body, as text: an element marked
    as one among those just after the first ``<h1>`` (a site's own description, above
    the headline, is not)."""
    for inner in _after_headline(tree, _SAPO_WINDOW):
        if _SAPO_CLASS.search(_marks(inner)):
            text = " ".join((inner.text_content() or "").split())
            if len(text) >= _MIN_SAPO:
                return text
    return None


def _after_headline(tree, window: int):
    """The elements after the first ``<h1>`` in document order, at most ``window``."""
    headline = next(tree.iter("h1"), None)
    if headline is None:
        return
    seen = 0
    for el in headline.itersiblings():
        for inner in el.iter():
            if not isinstance(inner.tag, str):
                continue
            seen += 1
            if seen > window:
                return
            yield inner
