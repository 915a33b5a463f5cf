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

import hashlib
import re

from reports.extraction.normalize import fold

# Words per shingle: long enough that shared shingles mean shared sentences.
SHINGLE_WORDS = 5
# Hashes kept in a sketch: enough to estimate a share near 90% within a few points.
SKETCH_SIZE = 64

# A marker opening a list item or heading: "1.", "2)", "(3)", "a)", "b.", "IV.", "-", "•", "+".
_MARKER_RX = re.compile(
    r"^[ \t]*(?:[-+*•·–—‣◦▪]|\(?\d{1,3}[.)](?:\d{1,3}[.)])*|\(?[a-zđ][.)]|[IVXLC]{1,6}[.)])(?=\s)",
    re.IGNORECASE | re.MULTILINE,
)
_WORD_RX = re.compile(r"[^\W_]+")


def words(text: str) -> tuple[str, ...]:
    """The folded word sequence of ``text``, list markers and layout aside.

    >>> words("1. Đảng uỷ  Khối,\\n\\n- HOÀ bình")
    ('dang', 'uy', 'khoi', 'hoa', 'binh')
    """
    return tuple(_WORD_RX.findall(fold(_MARKER_RX.sub(" ", text))))


def fingerprint(text: str) -> str:
    """The identity of a document: the SHA-256 of its folded word sequence (hex).

    >>> fingerprint("Hội nghị sơ kết.") == fingerprint("HỘI NGHỊ\\n\\nsơ kết")
    True
    """
    return words_fingerprint(words(text))


def words_fingerprint(sequence: tuple[str, ...]) -> str:
    """``fingerprint`` of a word sequence already computed by ``words``."""
    return hashlib.sha256(" ".join(sequence).encode("utf-8")).hexdigest()


def _hash(shingle: tuple[str, ...]) -> int:
    # 63 bits: fits a signed 64-bit integer column and JSON number everywhere
    digest = hashlib.blake2b(" ".join(shingle).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


def shingles(sequence: tuple[str, ...], size: int = SHINGLE_WORDS) -> frozenset[int]:
    """The hashes of every run of ``size`` consecutive words (the whole text when shorter).

    >>> len(shingles(("a", "b", "c", "d", "e", "f")))
    2
    """
    if not sequence:
        return frozenset()
    if len(sequence) <= size:
        return frozenset({_hash(sequence)})
    return frozenset(_hash(sequence[i : i + size]) for i in range(len(sequence) - size + 1))


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
