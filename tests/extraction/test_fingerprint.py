"""Document identity by folded words: tables of texts that are, and are not, the same."""

import pytest

from reports.extraction.fingerprint import (
    fingerprint,
    shingle_share,
    shingles,
    sketch,
    sketch_share,
    words,
)

ARTICLE = (
    "Hội nghị sơ kết 5 năm thực hiện Chỉ thị 05-CT/TW\n\n"
    "Ngày 12/3/2024, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.\n"
    "1. Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.\n"
    "2. Các cấp ủy, tổ chức đảng quán triệt sâu sắc nội dung Chỉ thị.\n"
)

WORDS = [
    ("Đảng uỷ Khối", ("dang", "uy", "khoi")),
    ("  HOÀ   bình, ấm no!  ", ("hoa", "binh", "am", "no")),
    ("1. Một\n2) Hai\n(3) Ba\na) bốn\nb. năm\nIV. sáu\n- bảy\n• tám\n+ chín", None),
    ("Chỉ thị 05-CT/TW", ("chi", "thi", "05", "ct", "tw")),
    ("ngày 12/3/2024", ("ngay", "12", "3", "2024")),
    ("1.2. Mục con", ("muc", "con")),
    ("", ()),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text, expected):
    if expected is None:
        expected = ("mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin")
    assert words(text) == expected


SAME = [
    ("one more blank line", ARTICLE.replace("\n\n", "\n\n\n")),
    ("windows line ends", ARTICLE.replace("\n", "\r\n")),
    ("list markers lost by a .docx", ARTICLE.replace("1. ", "").replace("2. ", "")),
    ("other list markers", ARTICLE.replace("1. ", "- ").replace("2. ", "- ")),
    ("new tone placement", ARTICLE.replace("ủy", "uỷ")),
    ("upper case title", ARTICLE.replace("Hội nghị sơ kết", "HỘI NGHỊ SƠ KẾT")),
    ("other punctuation", ARTICLE.replace(", ", " - ").replace(".\n", ";\n")),
    ("decomposed unicode", __import__("unicodedata").normalize("NFD", ARTICLE)),
    # page numbers on lines of their own are layout (intake drops them from PDF copies)
    ("page number line", ARTICLE.replace("hội nghị.\n", "hội nghị.\n2\n")),
    ("page number dashes", ARTICLE.replace("hội nghị.\n", "hội nghị.\n- 2 -\n")),
    ("page number of pages", ARTICLE.replace("hội nghị.\n", "hội nghị.\nTrang 2/5\n")),
]


@pytest.mark.parametrize(("case", "text"), SAME, ids=[c for c, _ in SAME])
def test_same_words_same_fingerprint(case, text):
    assert fingerprint(text) == fingerprint(ARTICLE)


DIFFERENT = [
    ("another date", ARTICLE.replace("12/3/2024", "13/3/2024")),
    ("a word more", ARTICLE.replace("sâu sắc", "sâu sắc hơn")),
    ("words reordered", ARTICLE.replace("học tập và làm theo", "làm theo và học tập")),
    # folding is for the fingerprint, yet a number inside a sentence is a word, not a marker
    ("a number lost", ARTICLE.replace("5 năm", "năm")),
]


@pytest.mark.parametrize(("case", "text"), DIFFERENT, ids=[c for c, _ in DIFFERENT])
def test_other_words_other_fingerprint(case, text):
    assert fingerprint(text) != fingerprint(ARTICLE)


LONG = " ".join(
    f"câu thứ {i} của bài viết về công tác tuyên giáo năm {2000 + i}." for i in range(60)
)

SHARES = [
    ("identical", LONG, 1.0, 1.0),
    ("one word changed", LONG.replace("câu thứ 30 ", "đoạn thứ 30 "), 0.95, 1.0),
    ("a sentence added", LONG + " Một câu mới được thêm vào cuối bài.", 0.95, 1.0),
    ("half of it", LONG[: len(LONG) // 2], 0.4, 0.6),
    ("another article", "Hội nghị giao ban báo cáo viên quý III năm 2024 tại Hà Nội.", 0.0, 0.01),
]


@pytest.mark.parametrize(("case", "other", "low", "high"), SHARES, ids=[c[0] for c in SHARES])
def test_shingle_share(case, other, low, high):
    a, b = shingles(words(LONG)), shingles(words(other))
    assert low <= shingle_share(a, b) <= high
    assert shingle_share(a, b) == shingle_share(b, a)


@pytest.mark.parametrize(("case", "other", "low", "high"), SHARES, ids=[c[0] for c in SHARES])
def test_sketch_estimates_the_share(case, other, low, high):
    a, b = shingles(words(LONG)), shingles(words(other))
    # a sketch estimates the resemblance (shared / union), never above the share
    estimate = sketch_share(sketch(a), sketch(b))
    assert estimate <= shingle_share(a, b) + 0.15
    assert (estimate >= 0.7) == (shingle_share(a, b) >= 0.9)


def test_short_texts_have_one_shingle():
    assert len(shingles(words("ba từ thôi"))) == 1
    assert shingles(()) == frozenset()
    assert shingle_share(frozenset(), frozenset({1})) == 0.0
