"""Charts drawn on the server as inline SVG: no script, no network, they print as they show.

    {% load report_charts %}
    {% stacked_bars rows series %}      {# horizontal bars, one per row, stacked by series #}
    {% stacked_columns columns series %}  {# vertical columns (months), stacked by series #}

``rows``/``columns``: a list of ``(label, {series_key: number}, link_or_empty)``;
``series``: a list of ``(key, label, colour)``.
"""

from __future__ import annotations

from django import template
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

register = template.Library()

BAR_HEIGHT = 18
BAR_GAP = 6
LABEL_WIDTH = 250
PLOT_WIDTH = 520
COLUMN_PLOT_HEIGHT = 200
COLUMN_MIN_WIDTH = 14
LEGEND_ROW = 18
FONT = "font-family:sans-serif;font-size:11px"


def _legend(series, y: int, width: int) -> tuple[list[str], int]:
    parts, x = [], 0
    for _key, label, colour in series:
        item_width = 24 + 7 * len(label)
        if x + item_width > width and x:
            x, y = 0, y + LEGEND_ROW
        parts.append(
            f'<rect x="{x}" y="{y}" width="12" height="12" fill="{escape(colour)}"/>'
            f'<text x="{x + 16}" y="{y + 10}">{escape(label)}</text>'
        )
        x += item_width
    return parts, y + LEGEND_ROW


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _nice_max(value: int) -> int:
    """A round axis maximum at or above ``value``."""
    if value <= 5:
        return max(value, 1)
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 2, 2.5, 5, 10):
        if step * magnitude >= value:
            return int(step * magnitude)
    return value


def _ticks(axis_max: int) -> list[int]:
    """Whole-number ticks from 0 to ``axis_max`` (counts have no halves), at most five
    intervals, at a round step that divides the axis: 3 → 0 1 2 3, 10 → 0 2 … 10,
    50 → 0 10 … 50, 250 → 0 50 … 250."""
    magnitude = 1
    while True:
        for base in (1, 2, 2.5, 5):
            step = base * magnitude
            if step == int(step) and axis_max % step == 0 and axis_max / step <= 5:
                return list(range(0, axis_max + 1, int(step)))
        magnitude *= 10
        if magnitude > axis_max:
            return [0, axis_max]


@register.simple_tag
def stacked_bars(rows, series, title=""):
    if not rows:
        return ""
    largest = _nice_max(max(sum(values.get(k, 0) for k, _, _ in series) for _, values, _ in rows))
    width = LABEL_WIDTH + PLOT_WIDTH + 60
    parts = []
    y = 0
    for label, values, link in rows:
        text = f'<text x="{LABEL_WIDTH - 6}" y="{y + 13}" text-anchor="end">'
        text += f"{escape(_truncate(str(label), 38))}<title>{escape(label)}</title></text>"
        parts.append(f'<a href="{escape(link)}">{text}</a>' if link else text)
        x = LABEL_WIDTH
        total = 0
        for key, name, colour in series:
            n = values.get(key, 0)
            if not n:
                continue
            w = PLOT_WIDTH * n / largest
            parts.append(
                f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{escape(colour)}"><title>{escape(label)} – {escape(name)}: {n}</title>'
                "</rect>"
            )
            x += w
            total += n
        parts.append(f'<text x="{x + 4:.1f}" y="{y + 13}">{total}</text>')
        y += BAR_HEIGHT + BAR_GAP
    axis_y = y
    for value in _ticks(largest):
        ax = LABEL_WIDTH + PLOT_WIDTH * value / largest
        parts.append(
            f'<line x1="{ax:.1f}" y1="0" x2="{ax:.1f}" y2="{axis_y}" stroke="#ccc" '
            'stroke-dasharray="2,2"/>'
            f'<text x="{ax:.1f}" y="{axis_y + 12}" text-anchor="middle">{value}</text>'
        )
    legend, height = _legend(series, axis_y + 24, width)
    parts.extend(legend)
    return _svg(width, height + 4, title, parts)


@register.simple_tag
def stacked_columns(columns, series, title=""):
    if not columns:
        return ""
    largest = _nice_max(max(sum(v.get(k, 0) for k, _, _ in series) for _, v, _ in columns))
    left = 40
    col_width = max(COLUMN_MIN_WIDTH, min(40, 760 // len(columns)))
    width = left + col_width * len(columns) + 10
    parts = []
    # label every column when they fit, else the first month of each quarter (the columns
    # are consecutive months: months_axis), so the labels fall on the calendar
    every_column = col_width >= 34
    for value in _ticks(largest):
        gy = COLUMN_PLOT_HEIGHT - COLUMN_PLOT_HEIGHT * value / largest
        parts.append(
            f'<line x1="{left}" y1="{gy:.1f}" x2="{width}" y2="{gy:.1f}" stroke="#ccc" '
            'stroke-dasharray="2,2"/>'
            f'<text x="{left - 4}" y="{gy + 4:.1f}" text-anchor="end">{value}</text>'
        )
    for index, (label, values, link) in enumerate(columns):
        x = left + index * col_width
        y = COLUMN_PLOT_HEIGHT
        group = []
        for key, name, colour in series:
            n = values.get(key, 0)
            if not n:
                continue
            h = COLUMN_PLOT_HEIGHT * n / largest
            y -= h
            group.append(
                f'<rect x="{x + 1}" y="{y:.1f}" width="{col_width - 2}" height="{h:.1f}" '
                f'fill="{escape(colour)}"><title>{escape(label)} – {escape(name)}: {n}</title>'
                "</rect>"
            )
        body = "".join(group)
        parts.append(f'<a href="{escape(link)}">{body}</a>' if link else body)
        quarter = _starts_quarter(label) if _is_month(label) else index % 3 == 0
        if every_column or quarter:
            parts.append(
                f'<text x="{x + col_width / 2:.1f}" y="{COLUMN_PLOT_HEIGHT + 14}" '
                f'text-anchor="middle">{escape(label)}</text>'
            )
    legend, height = _legend(series, COLUMN_PLOT_HEIGHT + 30, width)
    parts.extend(legend)
    return _svg(width, height + 4, title, parts)


def _is_month(label: str) -> bool:
    return len(label) == 5 and label[2] == "/" and label[:2].isdigit()


def _starts_quarter(label: str) -> bool:
    """``label`` is a month ``mm/yy`` that opens a quarter (01, 04, 07, 10)."""
    return _is_month(label) and int(label[:2]) % 3 == 1


def months_axis(rows: list[dict], key: str = "month") -> list[dict]:
    """``rows`` (one per month that has data, in order) on a time scale: every month from
    the first to the last, a month without data as an empty row, so a gap in the chart is a
    gap in time and not two distant months side by side."""
    if not rows:
        return []
    by_month = {row[key]: row for row in rows}
    first, last = rows[0][key], rows[-1][key]
    filled, year, month = [], first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = first.replace(year=year, month=month, day=1)
        filled.append(by_month.get(day, {key: day}))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return filled


def _svg(width: int, height: int, title: str, parts: list[str]):
    return format_html(
        '<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" '
        'viewBox="0 0 {} {}" width="{}" height="{}" style="{}"><title>{}</title>{}</svg>',
        width,
        height,
        width,
        height,
        FONT,
        title,
        mark_safe("".join(parts)),  # noqa: S308 (every piece above is escaped)
    )
