"""The place patterns' opening-letter lookahead changes nothing: each finds what the same
pattern without it finds."""

import re

import pytest

from reports.extraction import units

TEXTS = [
    "Tỉnh ủy Lai Châu, TỈNH ỦY LAI CHÂU, tỉnh ủy Hòa Lâm",
    "Đảng bộ tỉnh Đông Lĩnh; ĐẢNG BỘ HUYỆN VĂN CHÂU; đảng bộ thị xã Mỹ Lộc",
    "Ủy ban nhân dân tỉnh Lai Châu, UBND huyện Hòa Lâm, HĐND quận Tân Giang, ubnd thị xã X",
    "Huyện ủy Hòa Lâm, Quận ủy Tân Giang, Thị ủy Mỹ Lộc, Thị  xã, 0123456789 1/2/3",
    "",
]


@pytest.mark.parametrize("level", list(units._LEVELS))
@pytest.mark.parametrize("text", TEXTS)
def test_lookahead_keeps_the_matches(level, text):
    rx = units._LEVELS[level][0]
    plain = re.compile(re.sub(r"^\(\?=\[[^\]]+\]\)", "", rx.pattern), rx.flags)
    assert plain.pattern != rx.pattern
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
