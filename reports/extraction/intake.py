"""Intake: bytes to normalised text.

``decode`` tries, in a fixed order: a byte-order mark (UTF-8, UTF-16 LE/BE), strict
UTF-8, then Windows-1258 when the bytes fit it (decoded, then NFC, which composes the
separate tone marks that cp1258 carries). It rejects, with a Vietnamese message shown
to staff, what is not a Vietnamese Unicode text: empty or whitespace-only input, input
over the size limit, binary files (NUL bytes, many control bytes, PDF/Word/ZIP/image
signatures), and bytes that fit no supported encoding. Text typed with a legacy
Vietnamese font (domain-vi §1.4 ratio check), as bytes or as the characters Word shows
for it, is converted: TCVN3/ABC with the TCVN 5712 table (encoding ``tcvn3``), VNI by
joining each mark letter to its vowel (``vni``); one that does not convert cleanly is
rejected.

UTF-8 that was once read as Windows-1252 and saved again (mojibake, ``Äáº£ng`` for
``Đảng``) is repaired when the reverse conversion is exact and yields Vietnamese text
(encoding reported as ``utf-8 (sửa lỗi mã hóa)``); otherwise it is rejected.

UTF-8 with one stray undecodable byte (plus one per 50 kB) is read as UTF-8 with the bad
bytes replaced by U+FFFD (encoding ``utf-8 (có byte lỗi)``); more than that is not UTF-8.

``tidy`` is applied to every text before anything else, so every span of every
extraction step is a span of the tidied text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from reports.extraction.tables import tab_tables

DEFAULT_MAX_BYTES = 2 * 1024 * 1024

# Letters only Vietnamese uses (besides the Latin-1 vowels with acute/grave/tilde).
_VIET_LETTERS = frozenset("ăâđêôơưĂÂĐÊÔƠƯ")
# Latin-1 symbols that TCVN3 (ABC) fonts put where Vietnamese letters should be.
_TCVN3_MARKS = frozenset("©ª«¬®§¨¸µ¶·¹º»¼½¾¿¤¢£¥¦°±²³´ÆÇËÎÏÐÑÖ×ØÝÞßæçëîïðñö÷øýþ\u00ad")
# VNI fonts: a vowel followed by a tone or hat letter ("Vieät", "Ñaûng", "chaøo").
_VNI_PAIR = re.compile(r"[aeiouyAEIOUY][øùûõïâêôö]|Ñ|ñ(?=[aeiou])")
# UTF-8 read as cp1252: "áº", "á»", "Ä‘", "Æ°", "Ã " ...
_MOJIBAKE = re.compile(
    r"[ÃÄÆá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013-\u203a\u20ac\u2122]"
)
# How much of the text must look like a problem before we call it one.
_MIN_LETTERS = 20
_FONT_SAMPLE = 100_000
_VIET_RATIO = 0.02
_LEGACY_RATIO = 0.03
_CONTROL_RATIO = 0.01
# A UTF-8 file may hold one undecodable byte, plus one per this many bytes.
_BYTES_PER_BAD_BYTE = 50_000
_SIGNATURES = (
    (b"%PDF", "tệp PDF"),
    (b"PK\x03\x04", "tệp nén hoặc tệp Word/Excel (.docx, .xlsx, .zip)"),
    (b"\xd0\xcf\x11\xe0", "tệp Word/Excel đời cũ (.doc, .xls)"),
    (b"{\\rtf", "tệp RTF"),
    (b"\x89PNG", "tệp ảnh PNG"),
    (b"\xff\xd8\xff", "tệp ảnh JPEG"),
    (b"GIF8", "tệp ảnh GIF"),
)
_ASK_TXT = "Hãy lưu văn bản thành tệp .txt mã hóa UTF-8 rồi nạp lại."
# TCVN 5712:1993 (the TCVN3/ABC fonts' code page), bytes 0x80-0xFF, as glibc's iconv
# "TCVN5712-1" reads them; a few C0 bytes hold capitals with a tone mark.
_TCVN3_HIGH = (
    "\u00c0\u1ea2\u00c3\u00c1\u1ea0\u1eb6\u1eac\u00c8\u1eba\u1ebc\u00c9\u1eb8"
    "\u1ec6\u00cc\u1ec8\u0128\u00cd\u1eca\u00d2\u1ece\u00d5\u00d3\u1ecc\u1ed8"
    "\u1edc\u1ede\u1ee0\u1eda\u1ee2\u00d9\u1ee6\u0168\u00a0\u0102\u00c2\u00ca"
    "\u00d4\u01a0\u01af\u0110\u0103\u00e2\u00ea\u00f4\u01a1\u01b0\u0111\u1eb0"
    "\u0300\u0309\u0303\u0301\u0323\u00e0\u1ea3\u00e3\u00e1\u1ea1\u1eb2\u1eb1"
    "\u1eb3\u1eb5\u1eaf\u1eb4\u1eae\u1ea6\u1ea8\u1eaa\u1ea4\u1ec0\u1eb7\u1ea7"
    "\u1ea9\u1eab\u1ea5\u1ead\u00e8\u1ec2\u1ebb\u1ebd\u00e9\u1eb9\u1ec1\u1ec3"
    "\u1ec5\u1ebf\u1ec7\u00ec\u1ec9\u1ec4\u1ebe\u1ed2\u0129\u00ed\u1ecb\u00f2"
    "\u1ed4\u1ecf\u00f5\u00f3\u1ecd\u1ed3\u1ed5\u1ed7\u1ed1\u1ed9\u1edd\u1edf"
    "\u1ee1\u1edb\u1ee3\u00f9\u1ed6\u1ee7\u0169\u00fa\u1ee5\u1eeb\u1eed\u1eef"
    "\u1ee9\u1ef1\u1ef3\u1ef7\u1ef9\u00fd\u1ef5\u1ed0"
)
_TCVN3_LOW = {
    0x01: "\u00da",
    0x02: "\u1ee4",
    0x04: "\u1eea",
    0x05: "\u1eec",
    0x06: "\u1eee",
    0x11: "\u1ee8",
    0x12: "\u1ef0",
    0x13: "\u1ef2",
    0x14: "\u1ef6",
    0x15: "\u1ef8",
    0x16: "\u00dd",
    0x17: "\u1ef4",
}
_TCVN3 = {**_TCVN3_LOW, **{0x80 + i: ch for i, ch in enumerate(_TCVN3_HIGH)}}


class IntakeError(ValueError):
    """The input cannot be read as a text document; the message says why."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


_SPACES = re.compile(r"[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]")
# Invisible format characters that web pages and word processors leave inside words
# (soft hyphen, zero-width (non-)joiner, word joiner): they would split "Tuyên gi\u00adáo".
_INVISIBLE = re.compile(r"[\u00ad\u200c\u200d\u2060\u180e]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u0080-\u0084\u0086-\u009f]")
_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\u0085\x0b\x0c]")
_RUNS = re.compile(r"[ \t]+")
_EMPTY_CELL = re.compile(r"\| (?=\|)")
_TRAILING = re.compile(r" +(?=\n)| +$")
_BLANKS = re.compile(r"\n{4,}")


_LEADING_PICTOGRAPHS = re.compile(
    r"(?m)^[ \t]*(?:[\U0001F000-\U0001FAFF\u2705\u274C\u2B50\uFE0F\u200D]+[ \t]*)+"
)


def tidy(text: str) -> str:
    """NFC, LF line ends, odd spaces to plain ones, invisible format characters (soft
    hyphen, zero-width joiners) dropped, runs collapsed, trailing spaces and extra blank
    lines removed, Icelandic eth to Đ/đ. Idempotent.

    >>> tidy("Ðảng\\u00a0ủy\\t\\tKhối  \\r\\n\\r\\n\\r\\n\\r\\n\\r\\nHội nghị")
    'Đảng ủy Khối\\n\\n\\nHội nghị'
    >>> tidy("📌 Giao Sở Văn hóa chủ trì")
    'Giao Sở Văn hóa chủ trì'
    """
    text = unicodedata.normalize("NFC", text)
    text = _BREAKS.sub("\n", text)
    text = text.replace("\u00d0", "Đ").replace("\u00f0", "đ")
    text = _INVISIBLE.sub("", text)
    # pictographs opening a line (a message's 📌, 👉, ✅ bullets) are decoration
    text = _LEADING_PICTOGRAPHS.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROLS.sub(" ", text)
    text = _RUNS.sub(" ", text)
    # an empty table cell stays two spaces between its pipes (see ``tables``)
    text = _EMPTY_CELL.sub("|  ", text)
    text = _TRAILING.sub("", text)
    return _BLANKS.sub("\n\n\n", text)


def _counts(text: str) -> tuple[int, int, int]:
    """(letters, Vietnamese letters, legacy-font marks) of ``text``."""
    letters = viet = legacy = 0
    for ch in text:
        if ch.isalpha():
            letters += 1
            if ch in _VIET_LETTERS or "\u1ea0" <= ch <= "\u1ef9":
                viet += 1
        if ch in _TCVN3_MARKS:
            legacy += 1
    legacy += len(_VNI_PAIR.findall(text))
    return letters, viet, legacy


def _legacy_font(text: str) -> bool:
    """Text that decodes but was typed with a TCVN3 or VNI font (§1.4).

    A document is typed in one font throughout: its first ``_FONT_SAMPLE`` characters
    (some thirty pages) decide, so a 2 MiB file is not counted letter by letter."""
    text = text[:_FONT_SAMPLE]
    letters, viet, legacy = _counts(text)
    if letters < _MIN_LETTERS:
        return False
    # legacy-font text is mostly plain ASCII letters; random bytes are not
    ascii_letters = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if ascii_letters < 0.5 * letters:
        return False
    return legacy >= _LEGACY_RATIO * letters and viet < max(legacy, _VIET_RATIO * letters)


def _latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def _foreign_script(text: str) -> bool:
    """Mostly letters of another script: what a wrong byte order or codec gives."""
    sample = text[:20000]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return False
    return sum(1 for ch in letters if _latin(ch)) < 0.5 * len(letters)


def _vietnamese(text: str) -> bool:
    letters, viet, _legacy = _counts(text)
    return letters > 0 and viet >= _VIET_RATIO * letters


def _repair_mojibake(text: str) -> str | None:
    """Undo UTF-8 read as cp1252, when every character maps back to one byte."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if code < 0x80 or 0x80 <= code <= 0x9F or 0xA0 <= code <= 0xFF:
            out.append(code)  # Latin-1 range (cp1252 holes kept as C1 controls)
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    try:
        return out.decode("utf-8")
    except UnicodeDecodeError:
        return None


# Characters TCVN3 text is full of and VNI text lacks (â ả Đ à á ơ ư ê ô ă ...)
_TCVN3_ONLY = frozenset("©ª«¬®§¨¸µ¶·¹º»¼½¾¤¢£¥¦°±²³´\u00ad")


def _tcvn3_like(text: str) -> bool:
    """A legacy-font text in TCVN3 rather than VNI: its own marks outnumber VNI's pairs."""
    sample = text[:200_000]
    marks = sum(1 for ch in sample if ch in _TCVN3_ONLY)
    return marks >= 3 and marks >= 2 * len(_VNI_PAIR.findall(sample))


def _from_tcvn3(text: str, data: bytes, encoding: str) -> str | None:
    """Text typed with a TCVN3 (ABC, ``.VnTime``) font, converted to Unicode: from the
    file's bytes when it was read as a single-byte code page, else from the characters
    (copied out of Word as "Uû ban nh©n d©n") mapped back to their font bytes.

    >>> _from_tcvn3("U\u00fb ban nh\u00a9n d\u00a9n", b"", "utf-8")
    'Uỷ ban nhân dân'
    """
    raw = _font_bytes(text, data, encoding)
    if raw is None:
        return None
    converted = "".join(_TCVN3.get(b, chr(b)) for b in raw)
    return unicodedata.normalize("NFC", converted)


# VNI fonts: a base letter followed by mark letters (Latin-1 glyphs of the font's bytes)
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    "ù": _ACUTE,
    "ø": _GRAVE,
    "û": _HOOK,
    "õ": _TILDE,
    "ï": _DOT,
    "â": _CIRC,
    "ê": _BREVE,
    "á": _CIRC + _ACUTE,
    "à": _CIRC + _GRAVE,
    "å": _CIRC + _HOOK,
    "ã": _CIRC + _TILDE,
    "ä": _CIRC + _DOT,
    "é": _BREVE + _ACUTE,
    "è": _BREVE + _GRAVE,
    "ú": _BREVE + _HOOK,
    "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
_VNI_LETTERS = {
    **{"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ"},
    **{"í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị"},
    **{"Í": "Í", "Ì": "Ì", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị"},
}
_VOWELS = frozenset("aeiouyAEIOUYơưƠƯ")


# Latin-1 letters and symbols no Vietnamese word has: left over after a wrong conversion
_ALIEN = frozenset("øïäåëüØÏÄÅËÜ©ª«¬®§¨¸µ¶·¹º»¼½¾\u00ad")


def _alien_marks(text: str) -> bool:
    """A converted text that still holds font marks: the conversion did not fit."""
    letters = sum(1 for ch in text if ch.isalpha())
    return _legacy_font(text) or sum(1 for ch in text if ch in _ALIEN) > 1 + letters // 200


def _from_vni(text: str, data: bytes, encoding: str) -> str | None:
    """Text typed with a VNI font, converted to Unicode: each mark letter joins the vowel
    before it (``Vieät`` → ``Việt``, ``Ñaûng`` → ``Đảng``).

    >>> _from_vni("Xin chaøo, Ñaûng boä Vieät Nam", b"", "utf-8")
    'Xin chào, Đảng bộ Việt Nam'
    """
    raw = _font_bytes(text, data, encoding)
    if raw is None:
        return None
    out: list[str] = []
    for ch in raw.decode("latin-1"):
        mark = _VNI_MARKS.get(ch)
        if mark is not None and out:
            base = unicodedata.normalize("NFD", out[-1])
            if base[0] in _VOWELS or unicodedata.normalize("NFC", base[0]) in _VOWELS:
                out[-1] = unicodedata.normalize("NFC", base + mark)
                continue
        out.append(_VNI_LETTERS.get(ch, ch))
    return unicodedata.normalize("NFC", "".join(out))


def _font_bytes(text: str, data: bytes, encoding: str) -> bytes | None:
    """The font's bytes behind a legacy-font text: the file's own bytes when it was read
    as a single-byte code page, else the characters mapped back to cp1252 bytes."""
    if encoding in ("cp1258", "latin-1"):
        return data
    out = bytearray()
    for ch in text:
        if ord(ch) < 0x100:
            out.append(ord(ch))
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None  # a real Unicode letter: not a font-typed text
    return bytes(out)


def _looks_binary(data: bytes) -> str | None:
    for magic, what in _SIGNATURES:
        if data.startswith(magic):
            return f"Đây là {what}, không phải văn bản thuần. {_ASK_TXT}"
    if b"\x00" in data:
        return f"Tệp chứa byte NUL: đây là tệp nhị phân, không phải văn bản. {_ASK_TXT}"
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x20 and b not in b"\t\n\r\x0b\x0c\x1a")
    if controls > max(8, _CONTROL_RATIO * len(sample)):
        return f"Tệp chứa nhiều ký tự điều khiển: đây là tệp nhị phân. {_ASK_TXT}"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 with no BOM: every other byte is NUL in Latin-script text."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even_nul = sample[0::2].count(0) / (len(sample) / 2)
    odd_nul = sample[1::2].count(0) / (len(sample) / 2)
    if odd_nul > 0.3 > even_nul:
        return "utf-16-le"
    if even_nul > 0.3 > odd_nul:
        return "utf-16-be"
    return None


def _decode_bom(data: bytes) -> tuple[str, str] | None:
    for bom, codec, name in (
        (b"\xef\xbb\xbf", "utf-8", "utf-8-sig"),
        (b"\xff\xfe", "utf-16-le", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be", "utf-16-be"),
    ):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), name
            except UnicodeDecodeError as exc:
                raise IntakeError(
                    f"Tệp có dấu BOM {name} nhưng nội dung không đúng mã {name} "
                    f"(lỗi ở byte {exc.start + len(bom)}). {_ASK_TXT}"
                ) from exc
    return None


def decode(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Bytes of an uploaded file to tidied text; raises ``IntakeError`` with a message
    staff can act on.

    >>> decode("Hội nghị".encode("utf-8")).text
    'Hội nghị'
    >>> decode("Hội nghị".encode("utf-16")).encoding
    'utf-16-le'
    """
    data = bytes(data)
    if not data:
        raise IntakeError("Tệp rỗng: không có nội dung để đọc.")
    if len(data) > max_bytes:
        raise IntakeError(
            f"Tệp quá lớn: {len(data):,} byte, giới hạn là {max_bytes:,} byte. "
            "Hãy tách văn bản thành nhiều tệp nhỏ hơn."
        )
    text, encoding = _decode_any(data)
    if not text.strip():
        raise IntakeError("Tệp chỉ có khoảng trắng, không có nội dung để đọc.")
    # before tidy: the C1 controls stand for cp1252 bytes the repair needs
    if _MOJIBAKE.search(text) and not _vietnamese(text):
        repaired = _repair_mojibake(text)
        if repaired is None or not _vietnamese(repaired):
            raise IntakeError(
                "Văn bản bị lỗi mã hóa (UTF-8 đã bị đọc nhầm thành Windows-1252, ví dụ "
                f"“Äáº£ng” thay cho “Đảng”) và không sửa tự động được. {_ASK_TXT}"
            )
        text, encoding = repaired, "utf-8 (sửa lỗi mã hóa)"
    # the legacy-font check sees the text before tidy: TCVN3's "ư" is a soft hyphen
    legacy = _legacy_font(text)
    if legacy:
        tcvn3 = _tcvn3_like(text)
        converted = (_from_tcvn3 if tcvn3 else _from_vni)(text, data, encoding)
        if converted and _vietnamese(converted) and not _alien_marks(converted):
            text, encoding, legacy = converted, ("tcvn3" if tcvn3 else "vni"), False
    # before tidy, which turns tabs into spaces: a pasted table's cells are tab-separated
    text = tidy(tab_tables(text))
    if not text.strip():
        raise IntakeError("Tệp chỉ có khoảng trắng, không có nội dung để đọc.")
    if _foreign_script(text):
        raise IntakeError(
            "Nội dung không phải chữ Việt (phần lớn là ký tự của hệ chữ khác): có thể tệp bị "
            f"sai mã hóa. {_ASK_TXT}"
        )
    if legacy or _legacy_font(text):
        raise IntakeError(
            "Văn bản được gõ bằng phông chữ cũ (VNI hoặc TCVN3/ABC), không phải Unicode "
            "tiếng Việt. Hãy chuyển mã sang Unicode (ví dụ bằng Unikey: Công cụ chuyển mã) "
            "rồi lưu thành tệp .txt mã hóa UTF-8."
        )
    return Decoded(text, encoding)


def _decode_any(data: bytes) -> tuple[str, str]:
    """(text, encoding): by a byte-order mark, as UTF-16 without one, else (after the
    binary checks) as UTF-8 or Windows-1258."""
    got = _decode_bom(data)
    if got is None:
        codec = _utf16_without_bom(data)
        if codec:
            try:
                got = data.decode(codec), codec
            except UnicodeDecodeError:
                got = None
    if got is None:
        problem = _looks_binary(data)
        if problem:
            raise IntakeError(problem)
        got = _decode_plain(data)
    return got


def _decode_plain(data: bytes) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-8 with a stray byte or two (a truncated copy, a bad paste) is still UTF-8
    lenient = data.decode("utf-8", errors="replace")
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= 1 + len(data) // _BYTES_PER_BAD_BYTE and _vietnamese(lenient):
        return lenient, "utf-8 (có byte lỗi)"
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        text = None
    if text is not None and (_vietnamese(text) or _legacy_font(text)):
        return text, "cp1258"
    latin = data.decode("latin-1")
    if _legacy_font(latin) or (text is not None and _legacy_font(text)):
        return latin, "latin-1"  # rejected as a legacy font by the caller
    raise IntakeError(
        "Không nhận ra mã hóa của tệp: không phải UTF-8, UTF-16 hay Windows-1258 "
        f"(byte lạ ở vị trí {utf8_error.start}). {_ASK_TXT}"
    )
