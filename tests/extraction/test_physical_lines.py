"""Physical lines: offsets into the text, stripping, blank lines (fiction inputs)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reports.extraction.normalize import physical_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", [(0, "")]),
        ("Kính gửi", [(0, "Kính gửi")]),
        ("Kính gửi\n", [(0, "Kính gửi"), (9, "")]),
        ("\n", [(0, ""), (1, "")]),
        ("  Số 5-TB  \nBan", [(2, "Số 5-TB"), (12, "Ban")]),
        ("a\n \t \nb", [(0, "a"), (2, ""), (6, "b")]),
        ("\ta | b\r\nc", [(1, "a | b"), (8, "c")]),
        ("\u00a0Điều 1\u00a0", [(1, "Điều 1")]),
    ],
)
def test_physical_lines(text, expected):
    assert list(physical_lines(text)) == expected


@given(st.text(alphabet=st.sampled_from("ab \t\n\r\u00a0đ")))
def test_physical_lines_point_into_the_text(text):
    lines = list(physical_lines(text))
    assert len(lines) == text.count("\n") + 1
    for start, line in lines:
        assert line == line.strip()
        if line:
            assert text[start : start + len(line)] == line
