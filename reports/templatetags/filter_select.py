"""A changelist filter with many choices as one ``<select>`` instead of a list of links.

The lead-unit filter of the task list names every unit that leads a task: hundreds at a
province's scale, and Django renders its filter template once per link (at 500 units that
was a quarter of the page's time, growing with the number of units). Here the options are
written in one pass, inside a GET form that carries the changelist's other parameters."""

from __future__ import annotations

from django import template
from django.http import QueryDict
from django.utils.html import format_html, format_html_join

register = template.Library()


def _params(query_string: str) -> QueryDict:
    return QueryDict(query_string.lstrip("?"))


@register.simple_tag
def filter_select(spec, choices):
    """``choices``: dicts with ``value`` (of the filter's parameter), ``display`` and
    ``selected``; the first one is "all", with the query string of the other filters."""
    name = spec.parameter_name
    choices = list(choices)
    if not choices:
        return ""
    others = _params(choices[0]["query_string"])
    hidden = format_html_join(
        "",
        '<input type="hidden" name="{}" value="{}">',
        ((key, value) for key, values in others.lists() if key != name for value in values),
    )
    options = format_html_join(
        "",
        '<option value="{}"{}>{}</option>',
        (
            (
                c["value"],
                " selected" if c["selected"] else "",
                c["display"],
            )
            for c in choices
        ),
    )
    return format_html(
        '<form method="get" class="filter-select-form">{}'
        '<select name="{}" class="filter-select" aria-label="{}">{}</select> '
        '<button type="submit" class="button">Lọc</button></form>',
        hidden,
        name,
        spec.title,
        options,
    )
