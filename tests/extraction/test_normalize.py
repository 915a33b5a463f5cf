"""The matching forms, and their memoised versions giving the same answers as the plain
functions (first call, repeated call, and strings too long to be cached)."""

import pytest

from reports.extraction import normalize as nz
from reports.extraction.memo import CACHED_LENGTH

LONG = "Đảng uỷ Khối hoà bình, " * 60  # longer than the cached length

CASES = [
    # (text, canon_same_length, canon, fold)
    ("Đảng uỷ Khối, khoá XIII", "Đảng ủy Khối, khóa XIII", "Đảng ủy Khối, khóa XIII",
     "dang uy khoi, khoa xiii"),
    ("Ban Tuyên giáo,", "Ban Tuyên giáo,", "Ban Tuyên giáo,", "ban tuyen giao,"),
    ("  plain  ascii\ttext ", "  plain  ascii\ttext ", "plain ascii text", "plain ascii text"),
    ("QÚY III – Thuý", "QUÝ III - Thúy", "QUÝ III - Thúy", "quy iii - thuy"),
    ("\u00d0oàn\u00a0Thanh niên", "Đoàn Thanh niên", "Đoàn Thanh niên", "doan thanh nien"),
    ("", "", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "same_length", "canonical", "folded"), CASES)
def test_forms(text, same_length, canonical, folded):
    for _ in range(2):  # the second answer comes from the cache
        assert nz.canon_same_length(text) == same_length
        assert nz.canon(text) == canonical
        assert nz.fold(text) == folded
    assert len(nz.canon_same_length(text)) == len(text)


@pytest.mark.parametrize("text", [case[0] for case in CASES] + [LONG, LONG.upper()])
def test_memoised_forms_equal_the_plain_functions(text):
    assert len(LONG) > CACHED_LENGTH
    for function in (nz.canon_same_length, nz.canon, nz._fold):
        plain = function.__wrapped__
        assert function(text) == plain(text)
        assert function(text) == plain(text)


def test_fold_of_nothing():
    assert nz.fold(None) == ""
    assert nz.fold("") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [("abc, 1/2", "abc, 1/2"), ("hoà bình", "hoa binh"), ("Ngô", "Ngo"), ("", "")],
)
def test_strip_marks(text, expected):
    assert nz.strip_marks(text) == expected
