"""Display of report table cells (``reports.views.tables.Cell`` or plain values)."""

import datetime as dt

from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

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


@register.simple_tag
def table_cell(cell):
    """One ``<td>``: numbers right-aligned, a link when the cell has one (a tag rather than an
    included template: a report renders a thousand cells)."""
    value = cell_value(cell)
    url = getattr(cell, "url", "")
    content = format_html('<a href="{}">{}</a>', url, value) if url else conditional_escape(value)
    css = ' class="num"' if getattr(cell, "numeric", False) else ""
    return format_html("<td{}>{}</td>", mark_safe(css), content)  # noqa: S308 (a constant)
