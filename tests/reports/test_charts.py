import datetime as dt
import re

import pytest

from reports.templatetags.report_charts import _ticks, months_axis, stacked_bars, stacked_columns

SERIES = [("a", "Đúng hạn", "#2f9e44"), ("b", "Quá hạn", "#e03131")]


def test_stacked_bars_scale_and_escape():
    svg = str(stacked_bars([("Ban <x>", {"a": 30, "b": 10}, "/u/1/"), ("Ban y", {"b": 5}, "")],
                           SERIES, "Biểu đồ"))  # fmt: skip
    assert svg.startswith("<svg") and "<title>Biểu đồ</title>" in svg
    assert "Ban &lt;x&gt;" in svg and "<x>" not in svg
    # the axis rounds 40 up to 50, over 520 px: 30 -> 312 px, 10 -> 104 px
    assert 'width="312.0"' in svg and 'width="104.0"' in svg
    assert 'href="/u/1/"' in svg
    assert "Ban y – Quá hạn: 5" in svg


def test_stacked_columns_one_per_month():
    columns = [(f"{m:02d}/25", {"a": m}, "") for m in range(1, 13)]
    svg = str(stacked_columns(columns, SERIES))
    assert svg.count("<rect") == 12 + len(SERIES)  # columns + legend swatches
    assert stacked_columns([], SERIES) == ""


@pytest.mark.parametrize(
    ("axis_max", "ticks"),
    [
        (1, [0, 1]),
        (3, [0, 1, 2, 3]),
        (5, [0, 1, 2, 3, 4, 5]),
        (10, [0, 2, 4, 6, 8, 10]),
        (20, [0, 5, 10, 15, 20]),
        (25, [0, 5, 10, 15, 20, 25]),
        (50, [0, 10, 20, 30, 40, 50]),
        (250, [0, 50, 100, 150, 200, 250]),
        (1000, [0, 200, 400, 600, 800, 1000]),
    ],
)
def test_axis_ticks_are_whole_numbers(axis_max, ticks):
    assert _ticks(axis_max) == ticks


def _axis_labels(svg: str, anchor: str) -> list[str]:
    return re.findall(rf'text-anchor="{anchor}">([^<]*)</text>', svg)


def test_count_axes_never_show_fractions():
    for total in (1, 2, 3, 7, 13, 40, 99):
        bars = str(stacked_bars([("Ban", {"a": total}, "")], SERIES))
        columns = str(stacked_columns([("01/25", {"a": total}, "")], SERIES))
        for label in _axis_labels(bars, "middle") + _axis_labels(columns, "end"):
            assert label.isdigit(), (total, label)


def test_months_are_on_a_time_scale():
    rows = [
        {"month": dt.date(2024, 11, 1), "kinds": {"a": 2}},
        {"month": dt.date(2025, 3, 1), "kinds": {"a": 1}},
    ]
    filled = months_axis(rows)
    assert [r["month"] for r in filled] == [
        dt.date(2024, 11, 1),
        dt.date(2024, 12, 1),
        dt.date(2025, 1, 1),
        dt.date(2025, 2, 1),
        dt.date(2025, 3, 1),
    ]
    assert filled[0] is rows[0] and "kinds" not in filled[1]
    assert months_axis([]) == []


def test_narrow_month_columns_are_labelled_at_the_quarters():
    months = [dt.date(2023 + (m - 1) // 12, (m - 1) % 12 + 1, 1) for m in range(2, 38)]
    columns = [(f"{d:%m/%y}", {"a": 1}, "") for d in months]
    labels = _axis_labels(str(stacked_columns(columns, SERIES)), "middle")
    assert labels and all(label[:2] in {"01", "04", "07", "10"} for label in labels)


def test_dashboard_chart_fills_months_without_meetings(admin_client):
    from tests.factories import make_meeting

    make_meeting(start_date=dt.date(2025, 1, 10))
    make_meeting(start_date=dt.date(2025, 4, 2))
    response = admin_client.get("/reports/")
    assert [label for label, _v, _l in response.context["months_chart"]] == [
        "01/25",
        "02/25",
        "03/25",
        "04/25",
    ]
    # the table still lists the months that have meetings
    assert len(response.context["months_table"].rows) == 2
