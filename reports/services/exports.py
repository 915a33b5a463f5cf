"""The task export: one streamed query, rows written to CSV or XLSX as they arrive.

The command line (``export_tasks``) and the admin (button and action) both call
:func:`tasks_export` / :func:`tasks_csv_chunks`, so a large selection never sits in memory:

* one SQL query for every row, whatever their number: the many-to-many columns (lead and
  supporting units, directives) and the last progress note are pre-aggregated once, in
  subqueries grouped by task and joined to the task table (``string_agg`` on PostgreSQL,
  ``group_concat`` on SQLite), not looked up row by row;
* the rows are read through a server-side cursor (PostgreSQL) in batches;
* CSV goes through :mod:`csv` (RFC 4180 quoting, CRLF) as UTF-8 with a BOM, so Excel shows
  Vietnamese correctly; XLSX through openpyxl's write-only mode (rows go to a temporary file,
  not to a tree of cells in memory).

The column headers and the text cells are the same as those of
:class:`reports.resources.TaskResource` (the django-import-export resource used to import an
edited export), and every text cell is neutralised against formula injection
(:func:`cell_neutralise`; the resource undoes it on import).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import re
from collections.abc import Callable, Iterator
from typing import IO

from django.db import connections
from django.db.models import QuerySet
from django.utils import timezone

from reports.models import (
    Citation,
    Directive,
    Meeting,
    Person,
    SourceDocument,
    Task,
    TaskUnit,
    TaskUpdate,
    Unit,
)
from reports.models.common import line_ends_normalise
from reports.selectors.tasks import DeadlineState, deadline_state_expression

# ---------------------------------------------------------------------------------------------
# Columns (shared with reports.resources.TaskResource)

COL_ID = "Mã nhiệm vụ"
# The task's version when exported: an import of the file applies a row only if the task is
# still at that version (otherwise someone saved it since, and the row is a conflict).
COL_VERSION = "Phiên bản"
COL_MEETING = "Hội nghị"
COL_MEETING_DATE = "Ngày hội nghị"
COL_ORDINAL = "STT"
COL_TEXT = "Nội dung nhiệm vụ"
COL_ASSIGNED_PERSON = "Người giao"
COL_ASSIGNED_UNIT = "Đơn vị giao"
COL_LEAD = "Đơn vị chủ trì"
COL_SUPPORT = "Đơn vị phối hợp"
COL_DIRECTIVES = "Văn bản chỉ đạo"
COL_PERIOD = "Kỳ thực hiện"
COL_DUE = "Hạn hoàn thành"
COL_STATUS = "Tình trạng"
COL_COMPLETED = "Ngày hoàn thành"
COL_DEADLINE = "Tiến độ so với hạn"
COL_NOTE_DATE = "Ngày cập nhật tiến độ"
COL_NOTE = "Tiến độ mới nhất"
COL_SOURCE = "Văn bản nguồn"

HEADERS = [
    COL_ID,
    COL_VERSION,
    COL_MEETING,
    COL_MEETING_DATE,
    COL_ORDINAL,
    COL_TEXT,
    COL_ASSIGNED_PERSON,
    COL_ASSIGNED_UNIT,
    COL_LEAD,
    COL_SUPPORT,
    COL_DIRECTIVES,
    COL_PERIOD,
    COL_DUE,
    COL_STATUS,
    COL_COMPLETED,
    COL_DEADLINE,
    COL_NOTE_DATE,
    COL_NOTE,
    COL_SOURCE,
]
# Values of one cell (units, directives) are separated by this.
LIST_SEPARATOR = "; "
DATE_FORMAT = "%d/%m/%Y"
XLSX_DATE_FORMAT = "DD/MM/YYYY"

FORMATS = ("csv", "xlsx")
CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

# ---------------------------------------------------------------------------------------------
# Formula injection

# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and CR,
# as a way to smuggle one past a naive check). The full-width forms are included because
# some spreadsheet programs fold them to their ASCII counterparts.
FORMULA_TRIGGERS = frozenset("=+-@\t\r＝＋－＠")
_QUOTE = "'"
_FIRST_CHARS = FORMULA_TRIGGERS | {_QUOTE}


def _needs_quote(value: str) -> bool:
    # Leading apostrophes are looked through, so that a value already starting with an
    # apostrophe before a trigger also gets one: that keeps the mapping reversible.
    rest = value.lstrip(_QUOTE)
    return bool(rest) and rest[0] in FORMULA_TRIGGERS


def cell_neutralise(value: str) -> str:
    """The text as written to a spreadsheet: an apostrophe before a formula trigger.

    >>> cell_neutralise("=1+1"), cell_neutralise("- gạch đầu dòng"), cell_neutralise("a=b")
    ("'=1+1", "'- gạch đầu dòng", 'a=b')
    """
    if value and value[0] in _FIRST_CHARS and _needs_quote(value):
        return _QUOTE + value
    return value


def cell_restore(value: str) -> str:
    """The inverse of :func:`cell_neutralise`: ``cell_restore(cell_neutralise(s)) == s``."""
    if value and value[0] == _QUOTE and _needs_quote(value[1:]):
        return value[1:]
    return value


# openpyxl refuses these control characters (XML 1.0 does not allow them).
_XLSX_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cell_comparable(value: str | None) -> str:
    """A text cell as it survives a round trip through any of the formats: line ends as
    ``\n`` (a spreadsheet may hand back CRLF), without the control characters an XLSX file
    cannot hold, without surrounding blanks. Two cells are the same when these are equal."""
    if not value:
        return ""
    return line_ends_normalise(_XLSX_ILLEGAL.sub("", str(value))).strip()


# ---------------------------------------------------------------------------------------------
# The query


def _table(model) -> str:
    return model._meta.db_table


def _aggregate(vendor: str, column: str) -> str:
    if vendor == "postgresql":
        return f"string_agg({column}, '{LIST_SEPARATOR}' ORDER BY {column})"
    # SQLite's group_concat keeps the order of its (ordered) input rows.
    return f"group_concat({column}, '{LIST_SEPARATOR}')"


def _grouped(vendor: str, *, select: str, from_: str, where: str, key: str, alias: str) -> str:
    """``key, <aggregated select> AS alias`` grouped by task, as a derived table."""
    if vendor == "postgresql":
        return (
            f"SELECT {key} AS task_id, {_aggregate(vendor, select)} AS {alias} "
            f"FROM {from_} WHERE {where} GROUP BY {key}"
        )
    return (
        f"SELECT task_id, {_aggregate(vendor, 'v')} AS {alias} FROM "
        f"(SELECT {key} AS task_id, {select} AS v FROM {from_} WHERE {where} "
        f"ORDER BY {key}, {select}) GROUP BY task_id"
    )


def export_sql(vendor: str, task_filter: str | None = None, deadline_sql: str = "NULL") -> str:
    """The export's SELECT, columns in ``HEADERS`` order. ``task_filter`` is SQL selecting
    task ids (``IN (...)``), repeated in each grouped subquery so that a small selection does
    not aggregate the whole table; ``deadline_sql`` computes the deadline state."""
    return _export_sql(vendor, task_filter, deadline_sql)[0]


def _export_sql(vendor: str, task_filter: str | None, deadline_sql: str) -> tuple[str, int]:
    """:func:`export_sql` and how many times it wrote ``task_filter`` (each one needs the
    filter's parameters), all after the deadline CASE of the SELECT list."""
    within = f"IN ({task_filter})" if task_filter else None
    uses = 0

    def restrict(column: str, extra: str = "1 = 1") -> str:
        nonlocal uses
        if not within:
            return extra
        uses += 1
        return f"{extra} AND {column} {within}"

    task, unit = _table(Task), _table(Unit)
    task_unit, citation, directive = _table(TaskUnit), _table(Citation), _table(Directive)
    units_from = f"{task_unit} tu JOIN {unit} u ON u.id = tu.unit_id"
    lead = _grouped(
        vendor,
        select="u.name",
        from_=units_from,
        where=restrict("tu.task_id", f"tu.role = '{TaskUnit.Role.LEAD}'"),
        key="tu.task_id",
        alias="names",
    )
    support = _grouped(
        vendor,
        select="u.name",
        from_=units_from,
        where=restrict("tu.task_id", f"tu.role = '{TaskUnit.Role.SUPPORT}'"),
        key="tu.task_id",
        alias="names",
    )
    directives = _grouped(
        vendor,
        select="COALESCE(d.code, d.label)",
        from_=f"{citation} c JOIN {directive} d ON d.id = c.directive_id",
        where=restrict("c.task_id", "c.task_id IS NOT NULL"),
        key="c.task_id",
        alias="codes",
    )
    update = _table(TaskUpdate)
    if vendor == "postgresql":
        last_update = (
            f"SELECT DISTINCT ON (task_id) task_id, date, note FROM {update} "
            f"WHERE {restrict('task_id')} ORDER BY task_id, date DESC, id DESC"
        )
    else:
        last_update = (
            "SELECT task_id, date, note FROM (SELECT task_id, date, note, ROW_NUMBER() OVER "
            f"(PARTITION BY task_id ORDER BY date DESC, id DESC) AS rn FROM {update} "
            f"WHERE {restrict('task_id')}) WHERE rn = 1"
        )
    # The task table keeps its own name (no alias): the deadline CASE compiled by Django
    # refers to it that way.
    t = task
    where = f"WHERE {t}.id {within}" if within else ""
    uses += 1 if within else 0
    sql = f"""
SELECT {t}.id, {t}.version, COALESCE(m.title, ''), m.start_date, {t}.ordinal, {t}.text,
       COALESCE(p.full_name, ''), COALESCE(au.name, ''), COALESCE(lead.names, ''),
       COALESCE(sup.names, ''), COALESCE(dirs.codes, ''), {t}.period_label, {t}.due_date,
       {t}.status, {t}.completed_on, {deadline_sql}, upd.date, COALESCE(upd.note, ''),
       COALESCE(NULLIF(sd.title, ''), sd.file_name, '')
FROM {task}
LEFT JOIN {_table(Meeting)} m ON m.id = {t}.meeting_id
LEFT JOIN {_table(Person)} p ON p.id = {t}.assigned_by_person_id
LEFT JOIN {unit} au ON au.id = {t}.assigned_by_unit_id
LEFT JOIN ({lead}) lead ON lead.task_id = {t}.id
LEFT JOIN ({support}) sup ON sup.task_id = {t}.id
LEFT JOIN ({directives}) dirs ON dirs.task_id = {t}.id
LEFT JOIN ({last_update}) upd ON upd.task_id = {t}.id
LEFT JOIN {_table(SourceDocument)} sd ON sd.id = {t}.source_document_id
{where}
ORDER BY {t}.meeting_id, {t}.ordinal, {t}.id"""
    return sql, uses


def _is_unfiltered(queryset: QuerySet) -> bool:
    query = queryset.query
    return not query.where and query.low_mark == 0 and query.high_mark is None


def _deadline_sql(using: str, today: dt.date) -> tuple[str, list]:
    """The deadline state CASE of the selector, compiled for this database."""
    query = Task.objects.all().query
    expression = deadline_state_expression(today=today).resolve_expression(query)
    sql, params = query.get_compiler(using=using).compile(expression)
    return sql, list(params)


def export_query(queryset: QuerySet[Task], *, today: dt.date) -> tuple[str, list]:
    """The one query of an export of ``queryset``: its SQL and parameters."""
    connection = connections[queryset.db]
    deadline, deadline_params = _deadline_sql(queryset.db, today)
    if _is_unfiltered(queryset):
        return export_sql(connection.vendor, deadline_sql=deadline), deadline_params
    ids = queryset.order_by().values("pk")
    if ids.query.low_mark or ids.query.high_mark is not None:
        # LIMIT inside IN (...) is refused by some databases: materialise the slice instead.
        ids = Task.objects.filter(pk__in=list(ids.values_list("pk", flat=True))).values("pk")
    sql, params = ids.query.get_compiler(using=queryset.db).as_sql()
    full, uses = _export_sql(connection.vendor, sql, deadline)
    return full, deadline_params + list(params) * uses


_STATUS_LABELS = dict(Task.Status.choices)
_DEADLINE_LABELS = dict(DeadlineState.choices)
_BATCH = 2000


def _as_date(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _batches(queryset: QuerySet[Task], today: dt.date) -> Iterator[list[tuple]]:
    """The raw rows of the export query, a batch at a time (server-side cursor)."""
    sql, params = export_query(queryset, today=today)
    with connections[queryset.db].chunked_cursor() as cursor:
        cursor.execute(sql, params)
        while True:
            batch = cursor.fetchmany(_BATCH)
            if not batch:
                return
            yield batch
            # Dropped (here and by the callers) before the next fetch, so that two batches
            # are never held at once: memory stays at one batch whatever the row count.
            del batch


def _typed(raw: tuple) -> tuple:
    (pk, version, meeting, meeting_date, ordinal, text, person, unit, lead, support, codes,
     period, due, status, completed, deadline, note_date, note, source) = raw  # fmt: skip
    return (
        pk,
        version,
        meeting,
        _as_date(meeting_date),
        ordinal,
        text,
        person,
        unit,
        lead,
        support,
        codes,
        period,
        _as_date(due),
        _STATUS_LABELS.get(status, status),
        _as_date(completed),
        _DEADLINE_LABELS[deadline],
        _as_date(note_date),
        note,
        source,
    )


def task_rows(*, queryset: QuerySet[Task], today: dt.date | None = None) -> Iterator[tuple]:
    """The export rows, in ``HEADERS`` order, with dates as ``date`` and numbers as ``int``
    (text not yet neutralised). One query, read in batches through a server-side cursor."""
    for batch in _batches(queryset, today or timezone.localdate()):
        for raw in batch:
            yield _typed(raw)
        del batch  # see _batches


# ---------------------------------------------------------------------------------------------
# Writers


@functools.lru_cache(maxsize=8192)
def _date_text(value) -> str:
    # cached: a large export repeats the same few hundred dates many times
    if value is None:
        return ""
    if isinstance(value, str):  # SQLite hands dates back as ISO text
        return f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
    return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


def _csv_row(
    raw: tuple,
    f=_FIRST_CHARS,
    q=cell_neutralise,
    d=_date_text,
    status_labels=_STATUS_LABELS,
    deadline_labels=_DEADLINE_LABELS,
) -> tuple:
    # The hot loop of a large export: columns are formatted by position, and a text cell is
    # passed to cell_neutralise only when its first character could need it (rarely).
    (pk, version, meeting, meeting_date, ordinal, text, person, unit, lead, support, codes,
     period, due, status, completed, deadline, note_date, note, source) = raw  # fmt: skip
    return (
        pk,
        version,
        meeting if meeting[:1] not in f else q(meeting),
        d(meeting_date),
        ordinal,
        text if text[:1] not in f else q(text),
        person if person[:1] not in f else q(person),
        unit if unit[:1] not in f else q(unit),
        lead if lead[:1] not in f else q(lead),
        support if support[:1] not in f else q(support),
        codes if codes[:1] not in f else q(codes),
        period if period[:1] not in f else q(period),
        d(due),
        status_labels.get(status, status),
        d(completed),
        deadline_labels[deadline],
        d(note_date),
        note if note[:1] not in f else q(note),
        source if source[:1] not in f else q(source),
    )


def tasks_csv_chunks(
    *,
    queryset: QuerySet[Task],
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> Iterator[str]:
    """The CSV file in pieces (a BOM and the header, then one batch of rows at a time)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # the "excel" dialect: RFC 4180 quoting, CRLF line ends
    buffer.write("\ufeff")
    writer.writerow(HEADERS)
    yield buffer.getvalue()
    count = 0
    for batch in _batches(queryset, today or timezone.localdate()):
        buffer.seek(0)
        buffer.truncate()
        writer.writerows([_csv_row(raw) for raw in batch])
        count += len(batch)
        del batch  # see _batches
        yield buffer.getvalue()
        if progress:
            progress(count)
    if progress and not count:
        progress(0)


def _xlsx_cell(sheet, value):
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        return cell_neutralise(_XLSX_ILLEGAL.sub("", value))
    if isinstance(value, dt.date):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = XLSX_DATE_FORMAT
        return cell
    return value


def tasks_write_xlsx(
    *,
    queryset: QuerySet[Task],
    out: IO[bytes] | str,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Write the XLSX workbook to ``out`` (a path or a binary file); the number of rows."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Nhiệm vụ")
    sheet.freeze_panes = "A2"
    sheet.append(HEADERS)
    count = 0
    for row in task_rows(queryset=queryset, today=today):
        sheet.append([_xlsx_cell(sheet, v) for v in row])
        count += 1
        if progress and count % _BATCH == 0:
            progress(count)
    workbook.save(out)
    if progress:
        progress(count)
    return count


def tasks_export(
    *,
    queryset: QuerySet[Task],
    fmt: str,
    out: IO[bytes],
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> None:
    """Write the tasks of ``queryset`` to the binary stream ``out`` as CSV or XLSX."""
    if fmt == "csv":
        for chunk in tasks_csv_chunks(queryset=queryset, today=today, progress=progress):
            out.write(chunk.encode("utf-8"))
    elif fmt == "xlsx":
        tasks_write_xlsx(queryset=queryset, out=out, today=today, progress=progress)
    else:
        raise ValueError(f"định dạng không hỗ trợ: {fmt!r} (chọn {', '.join(FORMATS)})")


def export_filename(fmt: str, *, today: dt.date | None = None) -> str:
    today = today or timezone.localdate()
    return f"nhiem-vu-{today:%Y%m%d}.{fmt}"
