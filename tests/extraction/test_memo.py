"""``memo_short``: the same answers as the plain function, a cache hit for a repeated short
string, none kept for a long one; and the memoised steps answer as before."""

import re

import pytest

from reports.extraction import people, task_blocks, task_fields, tasks, units
from reports.extraction.memo import CACHED_LENGTH, memo_short


def test_short_strings_are_cached_long_ones_are_not():
    calls = []

    @memo_short
    def shout(text, times=1):
        calls.append(text)
        return text.upper() * times

    short, long = "ban tuyên giáo", "x" * (CACHED_LENGTH + 1)
    assert shout(short) == shout(short) == "BAN TUYÊN GIÁO"
    assert shout(short, 2) == "BAN TUYÊN GIÁOBAN TUYÊN GIÁO"
    assert shout(long) == shout(long) == long.upper()
    assert calls == [short, short, long, long]


LINES = [
    "Ban Tuyên giáo,",
    "KẾT LUẬN",
    "III. PHƯƠNG HƯỚNG, NHIỆM VỤ",
    "- Cơ quan chủ trì: Ban Tuyên giáo Huyện ủy Hòa Lâm.",
    "1) Tiếp tục tổ chức tuyên truyền",
    "Đồng chí Lê Văn An, Phó Bí thư Tỉnh ủy đề nghị Ban Dân vận Tỉnh ủy chủ trì.",
    "Ban Tuyên giáo, " * 80,  # longer than the cached length
]
STEPS = [
    task_blocks.heading_kind,
    task_blocks.roman_heading,
    task_blocks.all_caps,
    task_fields.attribute,
    task_fields.starts_with_verb,
    task_fields.name_after_honorific,
    tasks._marker,
    tasks._find_trigger,
    tasks._heading_text,
    units._unit_mentions,
    people._read_mentions,
]


@pytest.mark.parametrize("line", LINES)
@pytest.mark.parametrize("step", STEPS, ids=lambda f: f.__name__)
def test_memoised_steps_answer_as_the_plain_functions(step, line):
    plain = _comparable(step.__wrapped__(line))
    assert _comparable(step(line)) == plain
    assert _comparable(step(line)) == plain  # from the cache


def _comparable(found):
    # a match object equals only itself: compare what it found
    return (found.span(), found.groupdict()) if isinstance(found, re.Match) else found


@pytest.mark.parametrize("line", LINES)
def test_mentions_are_fresh_copies(line):
    first = people._mentions_in(line)
    for m in first:
        m.roles.add("chair")  # what _assign_roles does to them
    again = people._mentions_in(line)
    assert again == list(people._read_mentions.__wrapped__(line))
    assert all(a is not b for a, b in zip(first, again, strict=True))


@pytest.mark.parametrize(
    ("text", "free"),
    [
        ("Ban Tuyên giáo,", True),
        ("Tiếp tục tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên.", True),
        ("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.", False),
        ("Kế hoạch 123/KH-UBND ngày 5/1/2024.", False),
        ("Nghị quyết Hội nghị Trung ương 8 khóa XIII", False),
        ("Nghị quyết Đại hội XIII của Đảng", False),
        ("thực hiện Chỉ thị 05 của Tỉnh ủy", False),
        ("Ban Tuyên giáo, " * 80, False),  # too long to be memoised: read in full
    ],
)
def test_cite_free_paragraphs(text, free):
    from reports.extraction import directives

    assert directives._cite_free(text) is free


def test_extract_text_starts_with_empty_caches():
    from reports.extraction import extract_text

    task_blocks.all_caps("KẾT LUẬN CỦA HỘI NGHỊ")
    assert task_blocks.all_caps.cache_info().currsize > 0
    extract_text("")
    assert task_blocks.all_caps.cache_info().currsize == 0
