"""Intake: every supported encoding, every rejection, and tidy; tables of rows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from reports.extraction import extract_bytes, to_contract
from reports.extraction.intake import (
    _TCVN3,
    _VNI_MARKS,
    DEFAULT_MAX_BYTES,
    IntakeError,
    decode,
    tidy,
)

SAMPLE = (
    "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm.\n"
    "Đảng ủy Khối tổ chức hội nghị; đồng chí Trưởng ban phát biểu chỉ đạo.\n"
)
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Word writes it: base letter, then a separate tone byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        tone = "".join(c for c in parts if c in _TONES)
        out += base.encode("cp1258") + tone.encode("cp1258")
    return bytes(out)


def mojibake(text: str) -> bytes:
    """UTF-8 read as cp1252 (holes kept as C1 controls) and saved as UTF-8 again."""
    chars = []
    for b in text.encode("utf-8"):
        try:
            chars.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            chars.append(chr(b))
    return "".join(chars).encode("utf-8")


def to_tcvn3(text: str) -> bytes:
    """``text`` as a TCVN3 (ABC font) file: the inverse of the TCVN 5712 table."""
    back = {ch: bytes([b]) for b, ch in _TCVN3.items()}
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        out += back.get(ch) or ch.encode("ascii")
    return out


def to_vni(text: str) -> bytes:
    """``text`` as a VNI-Windows file: base letter, then the font's mark letters."""
    letters = {"ơ": "ô", "Ơ": "Ô", "ư": "ö", "Ư": "Ö", "đ": "ñ", "Đ": "Ñ"}
    i_tones = {"í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò"}
    i_tones.update({k.upper(): v.upper() for k, v in i_tones.items()})
    marks = {v: k for k, v in _VNI_MARKS.items() if k.islower()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in i_tones or ch in letters:
            out.append(i_tones.get(ch) or letters[ch])
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, rest = parts[0], parts[1:]
        if "\u031b" in rest:  # horn: ơ, ư
            base = letters[unicodedata.normalize("NFC", base + "\u031b")]
            rest = rest.replace("\u031b", "")
        if not rest:
            out.append(base)
            continue
        hat = "".join(m for m in rest if m in "\u0302\u0306")
        tone = "".join(m for m in rest if m not in "\u0302\u0306")
        mark = marks[hat + tone]
        out.append(base + (mark.upper() if base.isupper() else mark))
    return "".join(out).encode("cp1252")


def shown_as_cp1252(data: bytes) -> str:
    """What a Windows editor shows for font-typed bytes (cp1252, holes as C1 controls)."""
    out = []
    for b in data:
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


# (bytes, expected encoding)
GOOD = [
    (SAMPLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (SAMPLE.encode("utf-16"), "utf-16-le"),
    (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16-le"),
    (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16-be"),
    (SAMPLE.encode("utf-16-le"), "utf-16-le"),
    (to_cp1258(SAMPLE), "cp1258"),
    (unicodedata.normalize("NFD", SAMPLE).encode("utf-8"), "utf-8"),
    (SAMPLE.replace("\n", "\r\n").encode("utf-8"), "utf-8"),
    (mojibake(SAMPLE), "utf-8 (sửa lỗi mã hóa)"),
    (b"Hoi nghi so ket cong tac tuyen giao", "utf-8"),
    (SAMPLE.encode("utf-8")[:40] + b"\xff" + SAMPLE.encode("utf-8")[40:], "utf-8 (có byte lỗi)"),
    (to_tcvn3(SAMPLE), "tcvn3"),
    (to_tcvn3(SAMPLE).decode("latin-1").encode("utf-8"), "tcvn3"),
    (shown_as_cp1252(to_tcvn3(SAMPLE)).encode("utf-16"), "tcvn3"),
]


@pytest.mark.parametrize(("data", "encoding"), GOOD)
def test_decode_good(data, encoding):
    got = decode(data)
    assert got.encoding == encoding
    if data.startswith(b"Hoi"):
        return
    if "lỗi" in encoding and "byte" in encoding:
        assert got.text.count("\ufffd") == 1
        return
    assert got.text == tidy(SAMPLE)


# "Ủy ban nhân dân Bảo Thắng Mường Khương, Đảng bộ tỉnh tổ chức hội nghị" in a TCVN3 font
TCVN3_ABC = "Uû ban nh©n d©n B¶o Th¾ng M\u00adêng Kh\u00ad¬ng, §¶ng bé tØnh tæ chøc héi nghÞ"

# (a TCVN3 text as bytes or as the characters Word shows for it, its Unicode text)
_UBND = "Uỷ ban nhân dân Bảo Thắng Mường Khương, Đảng bộ tỉnh tổ chức hội nghị"
TCVN3_TEXTS = [
    (TCVN3_ABC.encode("cp1252"), _UBND),
    (TCVN3_ABC.encode("utf-8"), _UBND),
    (TCVN3_ABC.encode("utf-16"), _UBND),
    (
        b"\x9ey ban nh\xa9n d\xa9n B\xb6o Th\xbeng M\xad\xeang Kh\xad\xacng",
        "Ủy ban nhân dân Bảo Thắng Mường Khương",
    ),
]


@pytest.mark.parametrize(("data", "text"), TCVN3_TEXTS)
def test_tcvn3_text_is_converted(data, text):
    got = decode(data)
    assert got.encoding == "tcvn3"
    assert got.text == text


VNI_TEXTS = [
    (to_vni(SAMPLE), tidy(SAMPLE)),
    (to_vni(SAMPLE).decode("cp1252").encode("utf-8"), tidy(SAMPLE)),
    (
        "Xin chaøo caùc baïn, Ñaûng boä Vieät Nam toå chöùc hoäi nghò sô keát".encode("cp1252"),
        "Xin chào các bạn, Đảng bộ Việt Nam tổ chức hội nghị sơ kết",
    ),
    (
        to_vni(
            "NGƯỜI DÂN TỈNH QUẢNG NGÃI, Ban Tuyên giáo Tỉnh ủy, ỦY BAN, Đồng chí Nguyễn Văn Thành"
        ),
        "NGƯỜI DÂN TỈNH QUẢNG NGÃI, Ban Tuyên giáo Tỉnh ủy, ỦY BAN, Đồng chí Nguyễn Văn Thành",
    ),
]


@pytest.mark.parametrize(("data", "text"), VNI_TEXTS)
def test_vni_text_is_converted(data, text):
    got = decode(data)
    assert got.encoding == "vni"
    assert got.text == text


@pytest.mark.parametrize("font", ["tcvn3", "vni"])
def test_a_whole_notice_typed_with_a_legacy_font_extracts_as_its_unicode_original(font):
    path = Path(__file__).parent / "heldout" / "docs"
    source = next(path.glob("h05_*.txt"))
    text = decode(source.read_bytes()).text
    want = to_contract(extract_bytes(text.encode("utf-8"), source.name))
    data = to_tcvn3(text) if font == "tcvn3" else to_vni(text)
    assert decode(data).encoding == font
    got = to_contract(extract_bytes(data, source.name))
    assert got == want


# "Xin chào các bạn, Đảng bộ Việt Nam tổ chức hội nghị sơ kết" in a VNI font
VNI = "Xin chaøo caùc baïn, Ñaûng boä Vieät Nam toå chöùc hoäi nghò sô keát"

# (bytes, words the message must contain)
BAD = [
    (b"", "rỗng"),
    (b"   \n\t \r\n", "khoảng trắng"),
    (b"\xef\xbb\xbf  \n", "khoảng trắng"),
    (b"abc\x00def\x00ghi jkl", "NUL"),
    (bytes(range(1, 32)) * 10 + b"abc", "điều khiển"),
    (b"%PDF-1.4\n%\xe2\xe3", "PDF"),
    (b"PK\x03\x04\x14\x00", "Word"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1", "Word"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (bytes([0x81, 0x8D, 0xFF, 0xFE, 0x90] * 30), "mã hóa"),
    (SAMPLE.encode("utf-8").replace(b" ", b"\xff"), "mã hóa"),
    (bytes([0x81, 0x8D, 0xFF, 0xFE, 0x90] * 30)[2:], "chữ Việt"),
    ("主席胡志明".encode(), "chữ Việt"),
    # a legacy-looking text that converts to nothing Vietnamese is still refused
    ("Xnø cnù bnï Ñnû bnä Vnä Nnå tnå chnù hnä nghò snô knát. ".encode("cp1252") * 2, "phông"),
    (b"\xef\xbb\xbf\xff\xfe bad", "BOM"),
]


@pytest.mark.parametrize(("data", "words"), BAD)
def test_decode_rejects(data, words):
    with pytest.raises(IntakeError) as err:
        decode(data)
    assert words in str(err.value)


def test_size_limit():
    with pytest.raises(IntakeError, match="quá lớn"):
        decode(b"a" * 101, max_bytes=100)
    assert decode(b"a" * 100, max_bytes=100).text == "a" * 100
    assert DEFAULT_MAX_BYTES >= 1024 * 1024


def test_mojibake_that_cannot_be_repaired_is_rejected():
    broken = mojibake(SAMPLE).decode("utf-8") + " \u4e2d"  # a character cp1252 cannot hold
    with pytest.raises(IntakeError, match="lỗi mã hóa"):
        decode(broken.encode("utf-8"))


# (raw text, tidied)
TIDY = [
    ("Đảng\u00a0ủy", "Đảng ủy"),
    ("a\u2003b\u200bc\u202fd\ufeffe", "a b c d e"),
    ("a  \t b", "a b"),
    ("dòng 1   \ndòng 2\t\n", "dòng 1\ndòng 2\n"),
    ("a\r\nb\rc", "a\nb\nc"),
    ("a\n\n\n\n\n\nb", "a\n\n\nb"),
    ("a\n\n\nb", "a\n\n\nb"),
    ("Ðảng ðoàn", "Đảng đoàn"),
    (unicodedata.normalize("NFD", "Hội nghị"), "Hội nghị"),
    ("a\u2028b", "a\nb"),
    ("a\x07b", "a b"),
    # invisible format characters inside words are dropped, not made spaces
    ("Tuyên gi\u00adáo", "Tuyên giáo"),
    ("Đảng ủ\u200dy", "Đảng ủy"),
    ("Ban\u2060 Tuyên\u200c giáo", "Ban Tuyên giáo"),
    ("Huyện\u00ad\u00ad ủy", "Huyện ủy"),
    ("", ""),
]


@pytest.mark.parametrize(("raw", "expected"), TIDY)
def test_tidy(raw, expected):
    assert tidy(raw) == expected
    assert tidy(tidy(raw)) == tidy(raw)
