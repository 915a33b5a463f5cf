"""The matching forms, and their memoised versions giving the same answers as the plain
functions (first call, repeated call, and strings too long to be cached)."""

import re

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


OLD_TONE_RX = re.compile(r"(?<![qQ])(" + "|".join(nz._NEW2OLD) + r")(?![^\W\d_])", re.IGNORECASE)
OLD_RUNS_RX = re.compile(r"[ \t]+")


@pytest.mark.parametrize(
    "text",
    [
        "hoà bình, khoẻ, thuỷ, HOÀ, Khoá, quý, qúy, toàn, hoàng, OÀ",
        "a  b\tc \td\t e   f g",
        " x ",
        "\t",
        "",
        "Ban Tuyên giáo, " * 20,
    ],
)
def test_faster_patterns_match_as_before(text):
    # the tone pattern with its opening-letter lookahead, the runs pattern leaving a
    # single space alone: the same text out as the plain patterns
    assert nz._TONE_RX.sub(nz._swap, text) == OLD_TONE_RX.sub(nz._swap, text)
    assert nz._RUNS_RX.sub(" ", text) == OLD_RUNS_RX.sub(" ", text)


@pytest.mark.parametrize("text", ["Ngô Đình Ả, hoà", "e\u0301 x\u0323", "ascii", "日本語"])
def test_strip_marks_drops_every_nonspacing_mark(text):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", text)
    kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    assert nz.strip_marks(text) == unicodedata.normalize("NFC", kept)


LATIN = "".join(chr(c) for c in [*range(0x20, 0x250), *range(0x300, 0x370), *range(0x1E00, 0x1F00)])


def test_strip_marks_by_character_equals_the_whole_text_way():
    # the per-character table (Latin text) against NFD, drop marks, NFC of the whole text,
    # on random strings that mix precomposed letters and loose marks in any order
    import random
    import unicodedata

    rnd = random.Random(14)
    for _ in range(5_000):
        text = "".join(rnd.choice(LATIN) for _ in range(rnd.randint(1, 12)))
        decomposed = unicodedata.normalize("NFD", text)
        kept = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        assert nz.strip_marks(text) == unicodedata.normalize("NFC", kept), repr(text)
