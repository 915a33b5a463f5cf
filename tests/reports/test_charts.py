from reports.templatetags.report_charts import stacked_bars, stacked_columns

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
