"""Blocks: the structure of a normalised text (headings, paragraphs, list items, tables,
quotations), each with its span in the text, so that detectors read structure instead of
guessing it from flat lines.

The text comes from intake (extraction-contract: tables are pipe rows, one row per line,
header first, ``; `` between paragraphs of one cell; lists keep their markers). Plain
texts get the same treatment: tab-separated rows are tables too.

- ``item``: a line opening with a list marker (``lexicon.LIST_MARKERS``: ``I.``, ``A.``,
  ``Nhiệm vụ 1:``, ``Thứ nhất,``, ``Một là,``, ``1.1.``, ``1.``, ``(1)``, ``a)``, ``-``,
  ``+``, ``•``). Its ``level`` is the depth of its marker kind among the kinds open above
  it: a kind met for the first time nests under the item before it, a kind already open
  closes the deeper ones (how Vietnamese documents nest ``I.`` / ``1.`` / ``a)`` / ``-``,
  whatever order a document picks).
- ``table``: consecutive pipe rows (or rows of three and more tab-separated cells); the
  first row is the header, a ``|---|`` rule and a repeated header row are dropped.
- ``heading``: an unmarked line in capitals, or a short line without closing punctuation
  followed by more text (``Nhiệm vụ trọng tâm năm 2025``).
- ``quote``: a line wholly inside quotation marks.
- ``paragraph``: anything else.

One pass over the lines, each looked at a bounded number of times: linear in the input.

>>> [(b.level, b.marker, b.body) for b in parse("I. NHIỆM VỤ\\n1. Về tuyên truyền:\\n- Họp.")]
[(0, 'I.', 'NHIỆM VỤ'), (1, '1.', 'Về tuyên truyền:'), (2, '-', 'Họp.')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reports.extraction.lexicon import LIST_MARKERS, TABLE_COLUMNS
from reports.extraction.normalize import fold, physical_lines

HEADING = "heading"
PARAGRAPH = "paragraph"
ITEM = "item"
TABLE = "table"
QUOTE = "quote"

_MARKER = re.compile(
    r"^[ \t]*(?:"
    + "|".join(f"(?P<{kind}>{rx})" for kind, rx in LIST_MARKERS.items())
    + r")(?:[ \t]+|(?=[\"“(]))"
)
# a weekday with its date is not an ordinal (``Thứ Hai, 20/4/2024``); ``Năm 2024`` is a year
_NOT_ORDINAL = re.compile(r"\s{0,3}(?:[Nn]gày\s{1,3})?\d{1,2}/\d{1,2}")
_RULE = re.compile(r"^\|?[\s:|-]*-{3,}[\s:|-]*\|?$")
_QUOTES = {"“": "”", '"': '"', "«": "»", "‘": "’"}
_HEADING_MAX = 100
_TAB_CELLS = 3


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Row:
    cells: tuple[Cell, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """One block. ``text == source[start:end]``; ``body`` is the text after the marker
    (``body_start`` its offset in the source)."""

    kind: str
    text: str
    start: int
    end: int
    level: int = 0
    marker: str | None = None
    marker_kind: str | None = None
    body_start: int = 0
    header: tuple[str, ...] = ()
    rows: tuple[Row, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start - self.start :]


@dataclass
class _Line:
    text: str
    start: int
    end: int


def _lines(text: str):
    for start, stripped in physical_lines(text):
        # None for a blank line: it ends a table
        yield _Line(stripped, start, start + len(stripped)) if stripped else None


def marker_of(line: str) -> tuple[str, str, int] | None:
    """(marker kind, marker as written, offset of the body) of a list item line.

    >>> marker_of("1.1. Tổ chức"), marker_of("Thứ Hai, 20/4/2024"), marker_of("Năm 2024, ...")
    (('num2', '1.1.', 5), None, None)
    """
    m = _MARKER.match(line)
    if not m:
        return None
    kind = m.lastgroup
    written = m.group(kind)
    if kind in ("thu", "la") and _NOT_ORDINAL.match(line, m.end()):
        return None
    if kind == "num" and re.match(r"\d", line[m.end() : m.end() + 1]):
        return None
    return kind, written, m.end()


def _split_pipe(line: _Line) -> Row:
    text = line.text
    inner_start = 1 if text.startswith("|") else 0
    inner_end = len(text) - 1 if text.endswith("|") and len(text) > 1 else len(text)
    cells = []
    pos = inner_start
    while pos <= inner_end:
        bar = text.find("|", pos, inner_end)
        if bar < 0:
            bar = inner_end
        raw = text[pos:bar]
        lead = len(raw) - len(raw.lstrip())
        s = line.start + pos + lead
        cells.append(Cell(raw.strip(), s, s + len(raw.strip())))
        pos = bar + 1
    return Row(tuple(cells), line.start, line.end)


def _split_tabs(line: _Line, raw: str) -> Row:
    cells = []
    pos = 0
    for part in raw.split("\t"):
        lead = len(part) - len(part.lstrip())
        s = line.start + pos + lead
        cells.append(Cell(part.strip(), s, s + len(part.strip())))
        pos += len(part) + 1
    return Row(tuple(cells), line.start, line.end)


def _pipe_row(line: _Line) -> bool:
    return line.text.startswith("|") and line.text.count("|") >= 3


def _tab_row(line: _Line) -> bool:
    return line.text.count("\t") >= _TAB_CELLS - 1


def column_roles(header: tuple[str, ...]) -> dict[str, int]:
    """Which column holds what (``text``, ``lead``, ``support``, ``due``, ``ordinal``),
    from the header names in any order and with synonyms (``lexicon.TABLE_COLUMNS``).

    >>> column_roles(("STT", "Nhiệm vụ", "Thời hạn", "Đơn vị chủ trì"))
    {'ordinal': 0, 'text': 1, 'due': 2, 'lead': 3}
    """
    roles: dict[str, int] = {}
    for i, name in enumerate(header):
        key = " ".join(fold(name).replace(",", " ").split())
        # the longest column name equal to the header or opening it decides
        # (``Cơ quan phối hợp`` is support, not the ``Cơ quan`` of an assignee column)
        best = None
        for role, names in TABLE_COLUMNS.items():
            for n in names:
                if (key == n or (len(n) > 3 and key.startswith(n + " "))) and (
                    best is None or len(n) > best[0]
                ):
                    best = (len(n), role)
        if best and best[1] not in roles:
            roles[best[1]] = i
    return roles


def _same_header(row: Row, header: tuple[str, ...]) -> bool:
    return tuple(fold(c.text) for c in row.cells) == tuple(fold(h) for h in header)


def _table(rows: list[Row], source: str) -> Block:
    header = tuple(c.text for c in rows[0].cells)
    body = tuple(r for r in rows[1:] if not _same_header(r, header))
    start, end = rows[0].start, rows[-1].end
    return Block(TABLE, source[start:end], start, end, body_start=start, header=header, rows=body)


def _quoted(text: str) -> bool:
    close = _QUOTES.get(text[:1])
    return bool(close) and len(text) > 2 and text.rstrip(".;").endswith(close)


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 6 or len(text.split()) < 2 or len(text) > 250:
        return False
    return sum(c.isupper() for c in letters) >= 0.7 * len(letters)


def _plain_kind(line: _Line) -> str:
    text = line.text
    if _quoted(text):
        return QUOTE
    if _capitals(text):
        return HEADING
    return PARAGRAPH


class _Parser:
    def __init__(self, source: str):
        self.source = source
        self.blocks: list[Block] = []
        self.rows: list[Row] = []
        self.table_kind: str | None = None
        # marker kinds open above the current item, outermost first
        self.stack: list[str] = []

    def flush_table(self) -> None:
        if len(self.rows) >= 2:
            self.blocks.append(_table(self.rows, self.source))
            self.stack = []
        else:
            for r in self.rows:
                line = _Line(self.source[r.start : r.end], r.start, r.end)
                self.plain(line)
        self.rows = []
        self.table_kind = None

    def feed(self, line: _Line | None) -> None:
        if line is None:
            self.flush_table()
            return
        if _pipe_row(line):
            if self.table_kind != "pipe":
                self.flush_table()
                self.table_kind = "pipe"
            if not _RULE.match(line.text):
                self.rows.append(_split_pipe(line))
            return
        raw = self.source[line.start : line.end]
        if _tab_row(line):
            if self.table_kind != "tab":
                self.flush_table()
                self.table_kind = "tab"
            self.rows.append(_split_tabs(line, raw))
            return
        self.flush_table()
        self.plain(line)

    def plain(self, line: _Line) -> None:
        found = marker_of(line.text)
        if found is None:
            kind = _plain_kind(line)
            if kind == HEADING:
                self.stack = []  # a heading in capitals starts the lists below it afresh
            self.blocks.append(Block(kind, line.text, line.start, line.end))
            return
        kind, written, offset = found
        if kind in self.stack:
            del self.stack[self.stack.index(kind) + 1 :]
        else:
            self.stack.append(kind)
        self.blocks.append(
            Block(
                ITEM,
                line.text,
                line.start,
                line.end,
                level=len(self.stack) - 1,
                marker=written.strip(),
                marker_kind=kind,
                body_start=line.start + offset,
            )
        )


def parse(text: str) -> tuple[Block, ...]:
    """The blocks of ``text`` in order (see the module's docstring)."""
    parser = _Parser(text)
    for line in _lines(text):
        parser.feed(line)
    parser.flush_table()
    return tuple(_headings(parser.blocks))


def _headings(blocks: list[Block]):
    """A short unmarked line without closing punctuation, followed by a longer block, is
    a heading (``Nhiệm vụ trọng tâm năm 2025``)."""
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            b.kind == PARAGRAPH
            and len(b.text) <= _HEADING_MAX
            and not b.text.endswith((".", ";", ",", "!", "?", "…", ":", '"', "”"))
            and nxt is not None
            and len(nxt.text) > len(b.text)
        ):
            yield Block(HEADING, b.text, b.start, b.end)
        else:
            yield b


def children(blocks: tuple[Block, ...], index: int) -> list[int]:
    """Indexes of the items nested under the item at ``index`` (deeper levels, until an
    item of its level or higher; paragraphs in between do not end it).

    >>> bs = parse("1. Về tuyên truyền\\n- Một việc.\\n- Việc khác.\\n2. Về dân vận")
    >>> children(bs, 0)
    [1, 2]
    """
    parent = blocks[index]
    out = []
    for j in range(index + 1, len(blocks)):
        b = blocks[j]
        if b.kind == TABLE or b.kind == HEADING:
            break
        if b.kind != ITEM:
            continue
        if b.level <= parent.level:
            break
        out.append(j)
    return out


def table_row(line: str) -> bool:
    """A line that is a row of a table (pipe row, or three and more tab-separated cells)."""
    line = line.strip()
    return (line.startswith("|") and line.count("|") >= 3) or line.count("\t") >= _TAB_CELLS - 1


def table_of(lines: list[tuple[str, int]], source: str) -> Block | None:
    """The table made of consecutive row ``lines`` (text, start in ``source``), or None
    when they are fewer than a header and one row."""
    rows = []
    for text, start in lines:
        stripped = text.strip()
        lead = len(text) - len(text.lstrip())
        line = _Line(stripped, start + lead, start + lead + len(stripped))
        if _pipe_row(line):
            if not _RULE.match(stripped):
                rows.append(_split_pipe(line))
        else:
            rows.append(_split_tabs(line, source[line.start : line.end]))
    if len(rows) < 2:
        return None
    return _table(rows, source)
