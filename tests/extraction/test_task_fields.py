"""Who a request is addressed to (``task_fields.addressees``), on fiction phrases."""

from __future__ import annotations

import pytest

from reports.extraction.task_fields import addressees


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("đề nghị Huyện đoàn tổ chức diễn đàn", ["Huyện đoàn"]),
        ("đề nghị các đảng ủy xã, phường tập trung tuyên truyền", ["các đảng ủy xã, phường"]),
        # a time phrase before the unit is not part of its name
        ("đề nghị thời gian tới Đảng ủy xã tập trung:", ["Đảng ủy xã"]),
        (
            "đề nghị trong thời gian tới Ban Tuyên giáo Huyện ủy chủ động",
            ["Ban Tuyên giáo Huyện ủy"],
        ),
        ("yêu cầu trong quý IV/2027 Huyện đoàn hoàn thành", ["Huyện đoàn"]),
        ("đề nghị năm 2028 các cơ quan, đơn vị tiếp tục", ["các cơ quan, đơn vị"]),
        (
            "đề nghị, năm 2027, cùng với những nhiệm vụ thường xuyên, ngành Tuyên giáo cần",
            ["ngành Tuyên giáo"],
        ),
        # no unit after the time phrase: nobody is named
        ("đề nghị thời gian tới tập trung tuyên truyền", []),
    ],
)
def test_addressees(text, expected):
    assert addressees(text) == expected
