"""Display of report table cells (``reports.views.tables.Cell`` or plain values)."""

import datetime as dt

from django import template

register = template.Library()


@register.filter
def cell_value(cell):
    value = getattr(cell, "value", cell)
    if value is None or value == "":
        return "–"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    if isinstance(value, float):
        # Vietnamese writes a decimal comma
        return f"{value:.1f}".replace(".", ",")
    return value
