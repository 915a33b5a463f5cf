"""Values as staff read them on the history pages: dates day first (30/06/2025), an empty
value as "(trống)" rather than Python's "None", yes/no in Vietnamese."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django.utils.formats import date_format

EMPTY = "(trống)"


def readable_value(value):
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, dt.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return date_format(value, "SHORT_DATETIME_FORMAT")
    if isinstance(value, dt.date):
        return date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, list):
        return [readable_value(item) for item in value]
    return value
