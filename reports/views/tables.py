"""The report's tables, one shape for the page and the CSV download: headers and rows of cells.

A cell is a plain value (text, number, date, None) or a ``Cell`` with a link.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from django.http import StreamingHttpResponse
from django.urls import reverse

from reports.models import Meeting
from reports.selectors.reports import STATE_ORDER, ReportScope
from reports.selectors.tasks import DeadlineState
from reports.services.exports import cell_neutralise
from reports.views.links import meeting_changelist_url, task_changelist_url

DATE_FORMAT = "%d/%m/%Y"
BOM = "\ufeff"


@dataclass(frozen=True)
class Cell:
    value: object
    url: str = ""
    numeric: bool = False


@dataclass
class Table:
    slug: str
    title: str
    headers: list[str]
    rows: Iterable[list] = field(default_factory=list)
    note: str = ""


def _plain(value) -> object:
    if isinstance(value, Cell):
        value = value.value
    if isinstance(value, dt.date):
        return value.strftime(DATE_FORMAT)
    if value is None:
        return ""
    if isinstance(value, str):
        return cell_neutralise(value)
    return value


class _Echo:
    def write(self, value):
        return value


def csv_response(table: Table, filename: str) -> StreamingHttpResponse:
    """UTF-8 with BOM (Excel reads Vietnamese right), RFC 4180 quoting, formula-safe text."""
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield BOM + writer.writerow(table.headers)
        for row in table.rows:
            yield writer.writerow([_plain(c) for c in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


STATE_LABELS = dict(DeadlineState.choices)


def headline_table(headline: dict, scope: ReportScope) -> Table:
    states = headline["states"]
    tasks = headline["tasks"]
    rows = [
        ["Hội nghị", Cell(headline["meetings"], meeting_changelist_url(scope), True), None],
        ["Nhiệm vụ", Cell(tasks, task_changelist_url(scope), True), 100.0 if tasks else None],
    ]
    for state in STATE_ORDER:
        rows.append(
            [
                STATE_LABELS[state],
                Cell(states[state], task_changelist_url(scope, state=state), True),
                _pct(states[state], tasks),
            ]
        )
    rows.append(
        [
            "Nhiệm vụ cần xem xét",
            Cell(headline["needs_review"], task_changelist_url(scope, needs_review=True), True),
            _pct(headline["needs_review"], tasks),
        ]
    )
    return Table("tong-quan", "Số liệu chính", ["Chỉ tiêu", "Số lượng", "Tỷ lệ (%)"], rows)


def _with(url: str, query: str) -> str:
    return f"{url}?{query}" if query else url


def lead_unit_table(rows: list[dict], scope: ReportScope, query: str = "") -> Table:
    """``query``: the page's filters, kept by the links to the units' pages."""
    headers = ["Đơn vị chủ trì", *(STATE_LABELS[s] for s in STATE_ORDER), "Tổng"]
    out = []
    for row in rows:
        unit_id = row["unit_id"]
        name = (
            Cell(row["name"], _with(reverse("reports:unit", args=[unit_id]), query))
            if unit_id
            else row["name"]
        )
        cells = [name]
        for state in STATE_ORDER:
            n = row["states"][state]
            url = task_changelist_url(scope, state=state, lead_unit_id=unit_id) if unit_id else ""
            cells.append(Cell(n, url if n else "", True))
        total_url = task_changelist_url(scope, lead_unit_id=unit_id) if unit_id else ""
        cells.append(Cell(row["total"], total_url, True))
        out.append(cells)
    return Table("don-vi-chu-tri", "Nhiệm vụ theo đơn vị chủ trì và tiến độ", headers, out)


def overdue_brackets_table(overdue: dict) -> Table:
    rows = []
    for b in overdue["brackets"]:
        label = (
            f"Quá hạn trên {b['days']} ngày"
            if b["upper"] is None
            else f"Quá hạn {b['days'] + 1}–{b['upper']} ngày"
        )
        rows.append([label, Cell(b["n"], numeric=True)])
    rows.append(["Tổng số nhiệm vụ quá hạn", Cell(overdue["total"], numeric=True)])
    return Table("qua-han-theo-tuoi", "Nhiệm vụ quá hạn theo thời gian quá hạn",
                 ["Thời gian quá hạn", "Số nhiệm vụ"], rows)  # fmt: skip


def overdue_tasks_table(tasks: Iterable[dict], *, stream: bool = True) -> Table:
    """``stream``: rows made as they are read (a CSV of every overdue task), each with the
    task's whole text; the page shows the first words (the link leads to the rest). The
    task's id comes first, so a row of the file can be found again in the admin."""

    def rows():
        for item in tasks:
            task = item["task"]
            url = reverse("admin:reports_task_change", args=[task.pk])
            yield [
                Cell(task.pk, url, numeric=True),
                Cell(task.text if stream else str(task), url),
                item["lead_unit"] or "",
                task.due_date,
                Cell(item["days"], numeric=True),
                task.get_status_display(),
                task.meeting.title if task.meeting else "",
            ]

    return Table(
        "qua-han",
        "Nhiệm vụ quá hạn, quá hạn lâu nhất trước",
        [
            "Mã nhiệm vụ",
            "Nhiệm vụ",
            "Đơn vị chủ trì",
            "Hạn hoàn thành",
            "Số ngày quá hạn",
            "Tình trạng",
            "Hội nghị giao",
        ],  # fmt: skip
        rows() if stream else list(rows()),
    )


def directive_table(rows: list[dict], scope: ReportScope, query: str = "") -> Table:
    out = []
    for r in rows:
        out.append(
            [
                Cell(
                    r["name"], _with(reverse("reports:directive", args=[r["directive_id"]]), query)
                ),
                r["label"] if r["label"] != r["name"] else "",
                r["issued"],
                Cell(r["meetings"], numeric=True),
                Cell(r["tasks"], numeric=True),
                Cell(r["done"], numeric=True),
                Cell(
                    None if r["share_done"] is None else round(100 * r["share_done"], 1),
                    numeric=True,
                ),  # fmt: skip
                r["first"],
                r["last"],
            ]
        )
    return Table(
        "van-ban",
        "Tình hình thực hiện văn bản chỉ đạo",
        [
            "Văn bản",
            "Tên gọi",
            "Ngày ban hành",
            "Hội nghị dẫn",
            "Nhiệm vụ thực hiện",
            "Đã hoàn thành",
            "Tỷ lệ hoàn thành (%)",
            "Dẫn lần đầu",
            "Dẫn gần nhất",
        ],  # fmt: skip
        out,
    )


KIND_LABELS = dict(Meeting.Kind.choices)


def meetings_by_month_table(months: list[dict], scope: ReportScope) -> Table:
    kinds = [k for k in Meeting.Kind.values if any(m["kinds"].get(k) for m in months)]
    rows = []
    for m in months:
        counts = [Cell(m["kinds"].get(k, 0), numeric=True) for k in kinds]
        rows.append([f"{m['month']:%m/%Y}", *counts, Cell(sum(m["kinds"].values()), numeric=True)])
    headers = ["Tháng", *(KIND_LABELS[k] for k in kinds), "Tổng"]
    return Table("hoi-nghi-theo-thang", "Hội nghị theo tháng và loại", headers, rows)


def timeline_table(months: list[dict]) -> Table:
    rows = [
        [f"{m['month']:%m/%Y}", Cell(m["meetings"], numeric=True), Cell(m["tasks"], numeric=True)]
        for m in months
    ]
    return Table("dong-thoi-gian", "Diễn biến theo tháng",
                 ["Tháng", "Hội nghị dẫn", "Nhiệm vụ (theo ngày hội nghị giao)"], rows)  # fmt: skip


def meetings_table(meetings: list[Meeting], slug: str, title: str) -> Table:
    rows = [
        [
            m.start_date,
            Cell(m.title, reverse("admin:reports_meeting_change", args=[m.pk])),
            m.get_kind_display(),
            m.host_unit.name if m.host_unit else "",
        ]
        for m in meetings
    ]
    return Table(slug, title, ["Ngày", "Hội nghị", "Loại", "Đơn vị tổ chức"], rows)


def states_table(states: dict, scope: ReportScope, slug: str, title: str, **link) -> Table:
    total = sum(states.values())
    rows = [
        [
            STATE_LABELS[s],
            Cell(states[s], task_changelist_url(scope, state=s, **link), True),
            _pct(states[s], total),
        ]
        for s in STATE_ORDER
    ]
    rows.append(["Tổng", Cell(total, task_changelist_url(scope, **link), True), None])
    return Table(slug, title, ["Tiến độ", "Số nhiệm vụ", "Tỷ lệ (%)"], rows)


def kinds_table(kinds: list[tuple[str, int]], scope: ReportScope) -> Table:
    values = {label: value for value, label in Meeting.Kind.choices}
    rows = [
        [label, Cell(n, meeting_changelist_url(scope, kind=values[label]), True)]
        for label, n in kinds
    ]
    return Table("hoi-nghi-theo-loai", "Hội nghị đã tổ chức theo loại",
                 ["Loại hội nghị", "Số hội nghị"], rows)  # fmt: skip
