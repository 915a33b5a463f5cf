"""The shared word lists: each is what its detectors expect (table tests)."""

import re

import pytest

from reports.extraction import lexicon as lx
from reports.extraction.normalize import fold


@pytest.mark.parametrize("name", ["Nguyễn", "Lò", "Giàng", "Quách", "Ksor", "Tôn", "Mạc", "Kiều"])
def test_family_names(name):
    assert name in lx.FAMILY_NAMES


@pytest.mark.parametrize("word", ["Văn", "Thị", "Đồng", "Ban", "Phó", "Ủy"])
def test_not_family_names(word):
    assert word not in lx.FAMILY_NAMES


def test_family_names_are_capitalised_single_words():
    assert all(re.fullmatch(r"[^\W\d_]+", w) and w[0].isupper() for w in lx.FAMILY_NAMES)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (lx.NUMBER_WORDS, ["một", "hai", "ba", "bốn"]),
        (lx.ORDINAL_WORDS, ["nhất", "hai", "ba", "tư"]),
    ],
)
def test_number_words_count_from_one(words, expected):
    assert [w for w, n in sorted(words.items(), key=lambda kv: kv[1])][:4] == expected
    assert sorted(words.values()) == list(range(1, 11))


@pytest.mark.parametrize(
    ("line", "related"),
    [
        ("Các tin khác", True),
        ("Tin liên quan:", True),
        ("Bài viết liên quan", True),
        ("Tin cùng chuyên mục", True),
        ("Xem thêm", True),
        ("Tin khác", True),
        ("Tin mới nhất", True),
        ("Các tin đã đưa", True),
        ("Các tin bài khác", True),
        ("Tin bài liên quan", True),
        ("Bài cùng chuyên mục", True),
        ("Bài viết cùng chủ đề", True),
        ("Tin tức liên quan", True),
        ("Đọc thêm", True),
        ("Các tin khác về đại hội đã được đăng", False),
        ("Tin vui cho ngành", False),
    ],
)
def test_related_news(line, related):
    assert bool(lx.RELATED_NEWS.match(line)) is related


@pytest.mark.parametrize("verb", ["có trách nhiệm", "chủ trì", "phối hợp", "tham mưu"])
def test_assignment_verbs(verb):
    assert verb in lx.ASSIGNMENT_VERBS


def test_assignment_verbs_never_end_a_name_at_a_common_word():
    # ``giao`` is the verb of assignment but also ends ``Bộ Ngoại giao``, ``Ban Tuyên giáo``
    assert "giao" not in lx.ASSIGNMENT_VERBS
    assert not any(v.split()[-1] in {"giáo", "giao", "vụ"} for v in lx.ASSIGNMENT_VERBS)


def test_table_column_synonyms_are_folded_and_distinct():
    seen = set()
    for names in lx.TABLE_COLUMNS.values():
        for name in names:
            assert name == fold(name)
            assert name not in seen
            seen.add(name)


@pytest.mark.parametrize(
    ("kind", "written"),
    [
        ("roman", "III."),
        ("upper", "A."),
        ("task_no", "Nhiệm vụ 12:"),
        ("thu", "Thứ nhất,"),
        ("la", "Một là,"),
        ("num2", "1.2."),
        ("num", "3)"),
        ("paren", "(4)"),
        ("letter", "b)"),
        ("dash", "-"),
        ("plus", "+"),
        ("bullet", "•"),
    ],
)
def test_list_markers(kind, written):
    assert re.fullmatch(lx.LIST_MARKERS[kind], written)


@pytest.mark.parametrize("head", ["Ban", "Sở", "Văn phòng", "Ủy ban", "Đảng ủy"])
def test_unit_head_words(head):
    assert head in lx.UNIT_HEAD_WORDS


def test_upper_class_has_the_vietnamese_capitals():
    rx = re.compile(f"[{lx.UPPER}]")
    assert all(rx.match(c) for c in "ĐƯƠÂĂÊÔẤỦ")
    assert not rx.match("đ")


def test_number_words_past_ten_go_on_from_the_ordinals():
    from reports.extraction.lexicon import NUMBER_WORDS, ORDINAL_WORDS, TEEN_WORDS

    assert sorted(ORDINAL_WORDS.values()) == sorted(NUMBER_WORDS.values()) == list(range(1, 11))
    assert sorted(TEEN_WORDS.values()) == list(range(11, 16))
    assert all(word.startswith("mười ") for word in TEEN_WORDS)
