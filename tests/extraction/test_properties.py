"""Properties of the whole pipeline on arbitrary and hostile input.

- Nothing but ``IntakeError`` escapes ``extract_bytes``; nothing escapes ``extract_text``.
- Every span (paragraphs, captions, title, publication date, own number, directive
  mentions, units, participants, meetings, tasks) lies inside the extracted text.
- Adversarial inputs (many enumeration markers, no full stop, digit-and-slash runs,
  many ``Thứ nhất,``) finish; the big sizes are in ``benchmarks/bench_extraction.py``.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reports.extraction import IntakeError, extract_bytes, extract_text
from reports.extraction.intake import tidy
from reports.extraction.segment import segment

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
SEEDS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
# A generous bound: the adversarial inputs below take a few seconds each when every step
# is linear, even on a loaded machine; a quadratic step takes many minutes at this size.
ADVERSARIAL_SECONDS = 60
ADVERSARIAL_CHARS = 200_000

VIET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
ALPHABET = st.sampled_from(
    list(VIET + VIET.upper() + "0123456789 ,.;:/-()\n\n\t–“”*•+")
    + ["Thứ nhất, ", "1) ", "Hội nghị ", "đồng chí ", "ngày 8/7/2019 ", "05-CT/TW ", "Ảnh: "]
    + ["Các tin khác\n", "Số 12-TB/BTGTU ", "THÔNG BÁO\n", "Nơi nhận:\n", "quý IV/2024 "]
)
TEXTS = st.lists(ALPHABET, max_size=300).map("".join)


def _inside(span_start: int, span_end: int, n: int) -> bool:
    return 0 <= span_start <= span_end <= n


def _check_spans(doc) -> None:
    n = len(doc.text)
    seg = segment(doc.text)
    for p in (*seg.paragraphs, *seg.captions):
        assert _inside(p.start, p.end, n)
        assert doc.text[p.start : p.end] == p.text
    for span in (seg.title_span, seg.published_span, seg.own_number_span):
        if span is not None:
            assert _inside(span.start, span.end, n)
    for directive in doc.directives:
        for span in directive.mentions:
            assert _inside(span.start, span.end, n)
    for unit in doc.units:
        for span in unit.spans:
            assert _inside(span.start, span.end, n)
    for meeting in doc.meetings:
        if meeting.span is not None:
            assert _inside(meeting.span.start, meeting.span.end, n)
        if meeting.period is not None and meeting.period.span is not None:
            assert _inside(meeting.period.span.start, meeting.period.span.end, n)
        for participant in meeting.participants:
            for span in participant.spans:
                assert _inside(span.start, span.end, n)
    for task in doc.tasks:
        assert _inside(task.span.start, task.span.end, n)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_text_arbitrary(text):
    doc = extract_text(text)
    assert doc.text == tidy(text)
    _check_spans(doc)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_extract_bytes_arbitrary(data):
    try:
        doc = extract_bytes(data)
    except IntakeError as exc:
        assert str(exc)
        return
    _check_spans(doc)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(range(len(SEEDS))),
    st.lists(
        st.tuples(st.floats(0, 1), st.sampled_from(["cut", "dup", "insert", "swap"]), TEXTS),
        max_size=6,
    ),
)
def test_mutated_seeds(index, edits):
    text = SEEDS[index]
    for where, how, piece in edits:
        pos = int(where * len(text))
        if how == "cut":
            text = text[:pos] + text[pos + 200 :]
        elif how == "dup":
            text = text[:pos] + text[pos : pos + 300] + text[pos:]
        elif how == "insert":
            text = text[:pos] + piece + text[pos:]
        else:
            text = text[pos:] + text[:pos]
    doc = extract_text(text)
    _check_spans(doc)
    encoded = text.encode("utf-8")
    if encoded.strip():
        with contextlib.suppress(IntakeError):
            _check_spans(extract_bytes(encoded))


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_seeds_spans(seed):
    _check_spans(extract_text(SEEDS[seed]))


def _repeat(unit: str) -> str:
    return unit * (ADVERSARIAL_CHARS // len(unit))


ADVERSARIAL = [
    ("enumeration markers", "Hội nghị\n\nđề nghị thực hiện các nhiệm vụ sau:\n" + _repeat("1) ")),
    ("enumeration lines", "Hội nghị\n\nnhiệm vụ sau:\n" + _repeat("1) tăng cường\n")),
    ("no full stop", _repeat("đồng chí Nguyễn Văn An Ban Tuyên giáo Tỉnh ủy chủ trì ")),
    ("digits and slashes", _repeat("1/2/3/4/5-6-7/")),
    ("digits", _repeat("0123456789")),
    ("dates", _repeat("ngày 1/1/2020 - ")),
    ("Thứ nhất", "Hội nghị\n\nđề nghị:\n" + _repeat("Thứ nhất, ")),
    ("Thứ nhất lines", "Hội nghị\n\nđề nghị:\n" + _repeat("Thứ nhất, thực hiện\n")),
    ("codes", _repeat("Chỉ thị số 05-CT/TW ")),
    ("blank lines", _repeat("a\n\n")),
    ("one long line of letters", "x" * ADVERSARIAL_CHARS),
]


@pytest.mark.parametrize(("name", "text"), ADVERSARIAL, ids=[a[0] for a in ADVERSARIAL])
def test_adversarial_inputs_finish(name, text):
    started = time.perf_counter()
    doc = extract_text(text)
    took = time.perf_counter() - started
    _check_spans(doc)
    assert took < ADVERSARIAL_SECONDS, f"{name}: {took:.1f} s"
