"""Document identity by words: the same words are the same document, whatever the layout.

A ``.docx`` of an imported ``.txt``, or the same text with one more blank line, other list
markers or other tone-mark placement, has the same *word sequence*: folded words (no case,
no diacritics), with punctuation, whitespace and the markers that open list items set aside.
Its ``fingerprint`` is the hash of that sequence. Two texts that differ in a few words share
most of their *shingles* (runs of ``SHINGLE_WORDS`` consecutive words); ``shingle_share``
measures how much, and a short ``sketch`` (the smallest shingle hashes, bottom-k MinHash)
lets a database find the candidates without reading every text.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

from reports.extraction.normalize import canon

# Words per shingle: long enough that shared shingles mean shared sentences.
SHINGLE_WORDS = 5
# Hashes kept in a sketch: enough to estimate a share near 90% within a few points.
SKETCH_SIZE = 64

# A marker opening a list item or heading: "1.", "2)", "(3)", "a)", "b.", "IV.", "-", "•", "+".
_MARKER_RX = re.compile(
    r"^[ \t]*(?:[-+*•·–—‣◦▪]|\(?\d{1,3}[.)](?:\d{1,3}[.)])*|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])(?=\s)",
    re.IGNORECASE | re.MULTILINE,
)
# A line holding only a page number ("2", "- 2 -", "Trang 2", "2/5"): layout of a printed or
# PDF page, dropped by intake when it unwraps text copied from a PDF, so not a word here
# either (the same document read before and after that step keeps its identity).
_PAGE_NUMBER_RX = re.compile(
    r"^[ \t]*(?:trang[ \t]+)?[-–—]?[ \t]*\d{1,4}(?:[ \t]*/[ \t]*\d{1,4})?[ \t]*[-–—]?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_WORD_RX = re.compile(r"[^\W_]+")
_MARKS_RX = re.compile(r"[\u0300-\u036f]")


def _fold(text: str) -> str:
    """``normalize.fold`` for whole documents: the same result for Vietnamese text (its
    diacritics are the combining marks U+0300-U+036F), in one regex pass instead of a
    Python loop over every character (a load folds the whole text)."""
    text = canon(text).casefold().replace("đ", "d")
    return _MARKS_RX.sub("", unicodedata.normalize("NFD", text))


# A load asks for one text's words several times (its lock, its look-up, its near copies,
# its stored identity): they are computed once.
_CACHED_TEXTS = 16


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def words(text: str) -> tuple[str, ...]:
    """The folded word sequence of ``text``, list markers and layout aside.

    >>> words("1. Đảng uỷ  Khối,\\n\\n- HOÀ bình")
    ('dang', 'uy', 'khoi', 'hoa', 'binh')
    """
    text = _MARKER_RX.sub(" ", _PAGE_NUMBER_RX.sub(" ", text))
    return tuple(_WORD_RX.findall(_fold(text)))


def fingerprint(text: str) -> str:
    """The identity of a document: the SHA-256 of its folded word sequence (hex).

    >>> fingerprint("Hội nghị sơ kết.") == fingerprint("HỘI NGHỊ\\n\\nsơ kết")
    True
    """
    return words_fingerprint(words(text))


def words_fingerprint(sequence: tuple[str, ...]) -> str:
    """``fingerprint`` of a word sequence already computed by ``words``."""
    return hashlib.sha256(" ".join(sequence).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=2**16)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode("utf-8"), digest_size=8).digest(), "big")


# 63 bits: fits a signed 64-bit integer column and a JSON number everywhere
_MASK = (1 << 63) - 1
_MULTIPLIER = 0x9E3779B97F4A7C15  # odd: every word's hash reaches every bit of the result


def _combine(hashes) -> int:
    value = 0
    for h in hashes:
        value = (value * _MULTIPLIER + h) & _MASK
    return value


@functools.lru_cache(maxsize=_CACHED_TEXTS)
def shingles(sequence: tuple[str, ...], size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The hashes of every run of ``size`` consecutive words (the whole text when shorter).

    >>> len(shingles(("a", "b", "c", "d", "e", "f")))
    2
    """
    # each distinct word hashed once, each run combined arithmetically: a document has a few
    # hundred distinct words but thousands of shingles
    hashes = [_word_hash(w) for w in sequence]
    if not hashes:
        return frozenset()
    if len(hashes) <= size:
        return frozenset({_combine(hashes)})
    runs = zip(*(hashes[i:] for i in range(size)), strict=False)  # the shorter ends them
    return frozenset(_combine(run) for run in runs)


def shingle_share(a: frozenset[int], b: frozenset[int]) -> float:
    """The share of shingles two documents have in common, relative to the larger one, so
    that each shares at least this much of its own shingles with the other (0.0 to 1.0).

    >>> shingle_share(frozenset({1, 2, 3, 4}), frozenset({1, 2, 3, 5}))
    0.75
    """
    if not a or not b:
        return 0.0
    return len(a & b) / max(len(a), len(b))


def sketch(hashes: frozenset[int], size: int = SKETCH_SIZE) -> list[int]:
    """The ``size`` smallest hashes, sorted: a bottom-k MinHash sketch of the shingle set."""
    return sorted(hashes)[:size]


def sketch_share(a: list[int], b: list[int], size: int = SKETCH_SIZE) -> float:
    """An estimate of ``shingle_share`` from two sketches (exact when both sets are small):
    of the ``size`` smallest hashes of the union, the share found in both.

    >>> sketch_share([1, 2, 3], [1, 2, 3])
    1.0
    """
    if not a or not b:
        return 0.0
    union = sorted(set(a) | set(b))[:size]
    both = set(a) & set(b)
    return sum(1 for h in union if h in both) / len(union)
