"""Ruled tables on a scanned page: the grid of its drawn lines, found in the page image.

A scan has no text layer and no drawing objects, so the lines a table is ruled with are
found in the pixels: a horizontal rule is a row of the image holding a long run of dark
pixels, a vertical rule a column that is dark over most of the table's height. Three or
more horizontal rules of the same extent, one under the other, with vertical rules
between them, make a grid; its cells are the spaces between the rules. A cell whose
vertical rule is missing in one row is merged with the next (a group heading written
across all columns).

Only Pillow is used: the image is thresholded once and each pixel row is scanned by
``bytes`` methods (C speed), so a 300 dpi page takes a few hundredths of a second. A page
scanned askew is turned straight first (``deskewed``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PIL import Image

# a pixel darker than this (0-255) is a rule's ink: thin rules scan grey, and only a long
# run of such pixels counts, which no line of text makes
_INK = 200
# a horizontal rule runs at least this share of the page's width
_MIN_RULE_SHARE = 0.3
# rows (or columns) of pixels this close belong to one thick rule
_RULE_GAP = 4
# rules of one table start and end within this share of the page's width of each other
_SAME_EXTENT_SHARE = 0.02
# a vertical rule is inked over at least this share of a row's (or the table's) height
_VERTICAL_SHARE = 0.8
# rows of a table are at least this tall (pixels at 300 dpi: a line of small print)
_MIN_ROW_HEIGHT = 20


@dataclass(frozen=True)
class Grid:
    """A ruled table: its rules' x and y positions (pixels) and which vertical rules
    each row really has (a missing one merges the cells on either side)."""

    xs: tuple[int, ...]
    ys: tuple[int, ...]
    # per row, the indexes in ``xs`` of the interior rules drawn in it
    drawn: tuple[frozenset[int], ...]
    # the pixels each rule covers, first to last (a thick rule is several)
    x_bands: tuple[tuple[int, int], ...] = ()
    y_bands: tuple[tuple[int, int], ...] = ()

    @property
    def box(self) -> tuple[int, int, int, int]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    def contains(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.box
        return x0 <= x <= x1 and y0 <= y <= y1

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, column) of the cell holding point ``(x, y)``: the column of a merged
        cell is its first."""
        row = _interval(self.ys, y)
        col = _interval(self.xs, x)
        if row is None or col is None:
            return None
        return row, next(c0 for c0, c1 in self.spans(row) if c0 <= col <= c1)

    def spans(self, row: int) -> list[tuple[int, int]]:
        """The cells of one row as (first column, last column): a missing inner rule
        merges the columns on either side of it."""
        spans = []
        c = 0
        last = len(self.xs) - 2
        while c <= last:
            c1 = c
            while c1 < last and (c1 + 1) not in self.drawn[row]:
                c1 += 1
            spans.append((c, c1))
            c = c1 + 1
        return spans


def without_rules(image: Image.Image, grids: list[Grid]) -> Image.Image:
    """A copy of the page with the grids' rules painted white: Tesseract takes a ruled
    table for a picture and reads little of it, while the same cells without their lines
    read like any text (each word is then placed in its cell by its position)."""
    from PIL import ImageDraw

    clean = image.copy()
    draw = ImageDraw.Draw(clean)
    for grid in grids:
        x0, y0, x1, y1 = grid.box
        for top, bottom in grid.y_bands:
            draw.rectangle((x0 - _RULE_GAP, top - 1, x1 + _RULE_GAP, bottom + 1), fill=255)
        for left, right in grid.x_bands:
            draw.rectangle((left - 1, y0 - _RULE_GAP, right + 1, y1 + _RULE_GAP), fill=255)
    return clean


def _interval(edges: tuple[int, ...], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] <= value < edges[i + 1]:
            return i
    return None


# Skew a scan may have (degrees either way), and the steps the search for it takes.
_MAX_SKEW = 3.0
_COARSE_STEP = 0.25
_FINE_STEP = 0.05
# the width the skew is measured at (a page's lines are still clear, the search is fast)
_SKEW_WIDTH = 800
# a skew smaller than this is left alone (a rotation blurs the page a little)
_MIN_SKEW = 0.1


def deskewed(image: Image.Image) -> Image.Image:
    """The page turned straight: a scan placed a little askew has its lines of text and
    its rules slanting, and a rule then never fills one row of pixels. The angle is the
    one whose rows of ink are most uneven (lines and gaps apart, not smeared together),
    searched coarse then fine on a reduced copy."""
    grey = image.convert("L")
    small = grey.resize((_SKEW_WIDTH, max(1, grey.height * _SKEW_WIDTH // grey.width)))
    ink = small.point(lambda p: 0 if p < _INK else 255)
    best = _best_angle(ink, _steps(-_MAX_SKEW, _MAX_SKEW, _COARSE_STEP))
    best = _best_angle(ink, _steps(best - _COARSE_STEP, best + _COARSE_STEP, _FINE_STEP))
    if abs(best) < _MIN_SKEW:
        return image
    return grey.rotate(best, resample=Image.Resampling.BICUBIC, fillcolor=255)


def _steps(low: float, high: float, step: float) -> list[float]:
    count = round((high - low) / step)
    return [round(low + i * step, 3) for i in range(count + 1)]


def _best_angle(ink: Image.Image, angles: list[float]) -> float:
    def unevenness(angle: float) -> int:
        turned = ink.rotate(angle, fillcolor=255)
        width = turned.width
        data = turned.tobytes()
        counts = [data[y * width : (y + 1) * width].count(0) for y in range(turned.height)]
        return sum((a - b) ** 2 for a, b in zip(counts, counts[1:], strict=False))

    return max(angles, key=lambda a: (unevenness(a), -abs(a)))


def find_grids(image: Image.Image) -> list[Grid]:
    """The ruled tables of a page image, top to bottom."""
    ink = image.convert("L").point(lambda p: 0 if p < _INK else 255)
    width, height = ink.size
    rows = ink.tobytes()
    rules = _horizontal_rules(rows, width, height)
    if len(rules) < 3:
        return []
    columns = ink.transpose(Image.Transpose.TRANSPOSE).tobytes()
    grids = []
    for group in _same_extent(rules, width):
        for run in _boxed_runs(group, columns, height):
            grid = _grid(run, columns, height)
            if grid is not None:
                grids.append(grid)
    return grids


def _boxed_runs(group: list[tuple], columns: bytes, height: int) -> list[list[tuple]]:
    """The rules of ``group`` split where the space between two of them has no left
    border: two tables one under the other, or a table and a rule below it."""
    x0 = min(rule[1] for rule in group)
    runs: list[list[tuple]] = [[group[0]]]
    for upper, lower in zip(group, group[1:], strict=False):
        bordered = any(
            _inked(columns, height, x, upper[0] + 2, lower[0] - 1) >= _VERTICAL_SHARE
            for x in range(max(x0 - 2, 0), x0 + _RULE_GAP + 3)
        )
        if bordered:
            runs[-1].append(lower)
        else:
            runs.append([lower])
    return [run for run in runs if len(run) >= 3]


def _horizontal_rules(rows: bytes, width: int, height: int) -> list[tuple[int, int, int, int]]:
    """(last y, x0, x1, first y) of every horizontal rule, thick rules as one."""
    need = int(width * _MIN_RULE_SHARE)
    found: list[tuple[int, int, int]] = []
    for y in range(height):
        row = rows[y * width : (y + 1) * width]
        if row.count(0) < need:
            continue  # cheap: most rows hold far less ink than a rule
        run = _longest_run(row)
        if run[1] - run[0] >= need:
            found.append((y, *run))
    merged: list[tuple[int, int, int, int]] = []
    for y, x0, x1 in found:
        if merged and y - merged[-1][0] <= _RULE_GAP:
            _py, px0, px1, first = merged[-1]
            merged[-1] = (y, min(px0, x0), max(px1, x1), first)
        else:
            merged.append((y, x0, x1, y))
    return merged


def _longest_run(row: bytes) -> tuple[int, int]:
    """Start and end of the longest run of ink in one pixel row."""
    best = (0, 0)
    pos = 0
    for piece in row.split(b"\xff"):
        if len(piece) > best[1] - best[0]:
            best = (pos, pos + len(piece))
        pos += len(piece) + 1
    return best


def _same_extent(rules: list[tuple[int, int, int, int]], width: int) -> list[list[tuple]]:
    """Runs of three or more rules, one under the other, that start and end together."""
    slack = width * _SAME_EXTENT_SHARE
    groups: list[list[tuple]] = []
    for rule in rules:
        last = groups[-1][-1] if groups else None
        if (
            last is not None
            and abs(rule[1] - last[1]) <= slack
            and abs(rule[2] - last[2]) <= slack
            and rule[0] - last[0] >= _MIN_ROW_HEIGHT
        ):
            groups[-1].append(rule)
        elif last is None or rule[0] - last[0] >= _MIN_ROW_HEIGHT:
            groups.append([rule])
    return [g for g in groups if len(g) >= 3]


def _inked(columns: bytes, height: int, x: int, y0: int, y1: int) -> float:
    column = columns[x * height + y0 : x * height + y1]
    return column.count(0) / max(len(column), 1)


def _grid(group: list[tuple], columns: bytes, height: int) -> Grid | None:
    ys = tuple((rule[0] + rule[3]) // 2 for rule in group)
    x0 = min(rule[1] for rule in group)
    x1 = max(rule[2] for rule in group)
    # the vertical rules: columns inked over most of at least one row, thick ones as one
    candidates = []
    for x in range(max(x0 - 2, 0), x1 + 3):
        if any(
            _inked(columns, height, x, top + 2, bottom - 1) >= _VERTICAL_SHARE
            for top, bottom in zip(ys, ys[1:], strict=False)
        ):
            candidates.append(x)
    bands: list[tuple[int, int]] = []
    for x in candidates:
        if bands and x - bands[-1][1] <= _RULE_GAP:
            bands[-1] = (bands[-1][0], x)
        else:
            bands.append((x, x))
    if len(bands) < 3:
        return None  # one column: a box around text, not a table
    xs = [(a + b) // 2 for a, b in bands]
    drawn = tuple(
        frozenset(
            i
            for i, x in enumerate(xs)
            if 0 < i < len(xs) - 1
            and _inked(columns, height, x, top + 2, bottom - 1) >= _VERTICAL_SHARE
        )
        for top, bottom in zip(ys, ys[1:], strict=False)
    )
    y_bands = tuple((rule[3], rule[0]) for rule in group)
    return Grid(tuple(xs), ys, drawn, tuple(bands), y_bands)
