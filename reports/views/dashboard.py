"""Dashboard pages. Every table is a ``Table``; ``?tai=<slug>`` downloads it as CSV with the
same filters (the full table, where the page shows only the first rows)."""

from __future__ import annotations

from dataclasses import replace

from django.contrib import admin
from django.contrib.admin.views.decorators import staff_member_required
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from reports.models import Directive, Meeting, Unit
from reports.selectors import access
from reports.selectors import reports as selectors
from reports.selectors.report_cache import ReportFigures
from reports.selectors.reports import STATE_ORDER, ReportScope, unit_descendant_ids
from reports.selectors.tasks import DeadlineState
from reports.templatetags.report_charts import months_axis
from reports.views import tables
from reports.views.filters import ReportFilterForm
from reports.views.links import task_changelist_url

DOWNLOAD_PARAM = "tai"
STATE_COLOURS = {
    DeadlineState.DONE_ON_TIME: "#2f9e44",
    DeadlineState.DONE_LATE: "#f59f00",
    DeadlineState.DONE_UNDATED: "#8ce99a",
    DeadlineState.IN_TIME: "#1c7ed6",
    DeadlineState.NO_DEADLINE: "#a5d8ff",
    DeadlineState.OVERDUE: "#e03131",
    DeadlineState.CANCELLED: "#adb5bd",
}
STATE_SERIES = [(s, tables.STATE_LABELS[s], STATE_COLOURS[s]) for s in STATE_ORDER]
KIND_COLOURS = ["#1c7ed6", "#2f9e44", "#f59f00", "#ae3ec9", "#e03131", "#0ca678", "#f76707",
                "#5c7cfa", "#868e96"]  # fmt: skip
KIND_SERIES = [
    (value, label, KIND_COLOURS[i % len(KIND_COLOURS)])
    for i, (value, label) in enumerate(Meeting.Kind.choices)
]
CHART_BAR_LIMIT = 20


def _form(request) -> ReportFilterForm:
    data = request.GET.copy()
    data.pop(DOWNLOAD_PARAM, None)
    return ReportFilterForm(data or None, today=timezone.localdate())


def _scope(request, form: ReportFilterForm) -> ReportScope:
    """The filters chosen, within what the user may see (per-unit access)."""
    return replace(
        form.scope(),
        visible_unit_ids=access.visible_unit_ids(request.user),
        viewer_id=request.user.pk,
    )


def _query_without_download(request) -> str:
    data = request.GET.copy()
    data.pop(DOWNLOAD_PARAM, None)
    return data.urlencode()


def _filters_for_links(request) -> str:
    """The period and directive filters, for links to a unit's or a directive's page (the
    unit filter is left out: those pages choose their own)."""
    data = request.GET.copy()
    for name in (DOWNLOAD_PARAM, "don_vi"):
        data.pop(name, None)
    return data.urlencode()


def _download(request, available: dict, prefix: str):
    """The CSV of the table asked for, or None when the page itself is asked for."""
    slug = request.GET.get(DOWNLOAD_PARAM)
    if not slug:
        return None
    if slug not in available:
        raise Http404("Không có bảng này.")
    return tables.csv_response(available[slug](), f"{prefix}-{slug}")


def _report_date(today) -> str:
    return f"ngày {today:%d} tháng {today:%m} năm {today:%Y}"


def _context(request, form, **extra) -> dict:
    # what a printed report carries: whose figures, the period, the date they were taken
    chosen = form.cleaned_data.get("don_vi") if form.is_valid() else None
    unit = extra.get("unit") or chosen
    return {
        **admin.site.each_context(request),
        "report_unit": selectors.report_unit_label(unit=unit, user=request.user),
        "report_date": _report_date(form.today),
        # the page needs the width for its tables and charts
        "is_nav_sidebar_enabled": False,
        "form": form,
        "query": _query_without_download(request),
        "period_label": form.period_label(),
        "today": form.today,
        "download_param": DOWNLOAD_PARAM,
        **extra,
    }


def _lead_unit_chart(rows: list[dict], scope: ReportScope) -> list:
    return [
        (
            row["name"],
            row["states"],
            reverse("reports:unit", args=[row["unit_id"]]) if row["unit_id"] else "",
        )
        for row in rows[:CHART_BAR_LIMIT]
    ]


@staff_member_required
def dashboard(request):
    form = _form(request)
    scope = _scope(request, form)
    downloads = {
        "tong-quan": lambda: tables.headline_table(selectors.report_headline(scope=scope), scope),
        "don-vi-chu-tri": lambda: tables.lead_unit_table(
            selectors.report_tasks_by_lead_unit(scope=scope), scope
        ),
        "qua-han-theo-tuoi": lambda: tables.overdue_brackets_table(
            selectors.report_overdue(scope=scope, limit=0)
        ),
        "qua-han": lambda: tables.overdue_tasks_table(
            selectors.report_overdue(scope=scope, limit=None)["tasks"]
        ),
        "van-ban": lambda: tables.directive_table(
            selectors.report_directives(scope=scope, limit=None), scope
        ),
        "hoi-nghi-theo-thang": lambda: tables.meetings_by_month_table(
            selectors.report_meetings_by_month(scope=scope), scope
        ),
    }
    if (response := _download(request, downloads, "bao-cao")) is not None:
        return response

    figures = ReportFigures(scope=scope)
    headline = figures.get("headline", lambda: selectors.report_headline(scope=scope))
    lead_rows = figures.get(
        "lead_units",
        lambda: selectors.report_tasks_by_lead_unit(
            scope=scope, limit=selectors.LEAD_UNIT_TABLE_LIMIT
        ),
    )
    overdue = figures.get(
        "overdue", lambda: selectors.report_overdue(scope=scope, headline=headline)
    )
    directives = figures.get("directives", lambda: selectors.report_directives(scope=scope))
    months = figures.get("months", lambda: selectors.report_meetings_by_month(scope=scope))
    states = headline["states"]
    cards = [
        ("Hội nghị", headline["meetings"], tables.meeting_changelist_url(scope), ""),
        ("Nhiệm vụ", headline["tasks"], task_changelist_url(scope), ""),
        ("Hoàn thành đúng hạn", states[DeadlineState.DONE_ON_TIME],
         task_changelist_url(scope, state=DeadlineState.DONE_ON_TIME), "ok"),
        ("Hoàn thành quá hạn", states[DeadlineState.DONE_LATE],
         task_changelist_url(scope, state=DeadlineState.DONE_LATE), "late"),
        ("Đang thực hiện trong hạn", states[DeadlineState.IN_TIME],
         task_changelist_url(scope, state=DeadlineState.IN_TIME), "open"),
        ("Quá hạn", states[DeadlineState.OVERDUE],
         task_changelist_url(scope, state=DeadlineState.OVERDUE), "overdue"),
        ("Cần xem xét", headline["needs_review"],
         task_changelist_url(scope, needs_review=True), "review"),
    ]  # fmt: skip
    context = _context(
        request,
        form,
        title="Báo cáo tổng hợp",
        cards=cards,
        headline_table=tables.headline_table(headline, scope),
        lead_table=tables.lead_unit_table(lead_rows, scope, _filters_for_links(request)),
        lead_chart=_lead_unit_chart(lead_rows, scope),
        overdue_brackets=tables.overdue_brackets_table(overdue),
        overdue_table=tables.overdue_tasks_table(overdue["tasks"], stream=False),
        overdue_total=overdue["total"],
        overdue_url=task_changelist_url(scope, state=DeadlineState.OVERDUE),
        directive_table=tables.directive_table(directives, scope, _filters_for_links(request)),
        months_table=tables.meetings_by_month_table(months, scope),
        months_chart=[(f"{m['month']:%m/%y}", m.get("kinds", {}), "") for m in months_axis(months)],
        state_series=STATE_SERIES,
        kind_series=KIND_SERIES,
        limits={
            "lead": selectors.LEAD_UNIT_TABLE_LIMIT,
            "overdue": selectors.OVERDUE_LIST_LIMIT,
            "directives": selectors.DIRECTIVE_TABLE_LIMIT,
            "chart": CHART_BAR_LIMIT,
        },
    )
    return render(request, "reports/dashboard.html", context)


@staff_member_required
def directive_report(request, pk: int):
    directive = get_object_or_404(Directive.objects.select_related("issuing_body"), pk=pk)
    form = _form(request)
    scope = _scope(request, form)
    scoped = replace(scope, directive=directive)

    def timeline(limit=selectors.TIMELINE_LIMIT):
        return selectors.report_directive_timeline(directive=directive, scope=scope, limit=limit)

    downloads = {
        "dong-thoi-gian": lambda: tables.timeline_table(timeline()["months"]),
        "hoi-nghi": lambda: tables.meetings_table(
            timeline(limit=None)["meetings"], "hoi-nghi", "Hội nghị dẫn văn bản"
        ),
        "tien-do": lambda: tables.states_table(
            timeline()["states"], scoped, "tien-do", "Nhiệm vụ thực hiện văn bản theo tiến độ"
        ),
    }
    if (response := _download(request, downloads, f"van-ban-{directive.pk}")) is not None:
        return response
    data = ReportFigures(scope=scope).get(f"directive-{directive.pk}", timeline)
    series = [("meetings", "Hội nghị dẫn", "#1c7ed6"), ("tasks", "Nhiệm vụ", "#f59f00")]
    context = _context(
        request,
        form,
        title=f"Văn bản {directive}",
        directive=directive,
        data=data,
        timeline_table=tables.timeline_table(data["months"]),
        timeline_chart=[(f"{m['month']:%m/%y}", m, "") for m in months_axis(data["months"])],
        timeline_series=series,
        meetings_table=tables.meetings_table(
            data["meetings"], "hoi-nghi", "Hội nghị dẫn văn bản (gần nhất trước)"
        ),
        states_table=tables.states_table(
            data["states"], scoped, "tien-do", "Nhiệm vụ thực hiện văn bản theo tiến độ"
        ),
        state_chart=[("Nhiệm vụ", data["states"], "")],
        state_series=STATE_SERIES,
        limit=selectors.TIMELINE_LIMIT,
    )
    return render(request, "reports/dashboard_directive.html", context)


@staff_member_required
def unit_report(request, pk: int):
    unit = get_object_or_404(Unit.objects.select_related("parent"), pk=pk)
    form = _form(request)
    scope = replace(_scope(request, form), unit=unit, unit_ids=unit_descendant_ids(unit_id=unit.pk))

    def data(limit=selectors.TIMELINE_LIMIT):
        return selectors.report_unit(unit=unit, scope=scope, limit=limit)

    downloads = {
        "hoi-nghi-theo-loai": lambda: tables.kinds_table(data()["meeting_kinds"], scope),
        "hoi-nghi": lambda: tables.meetings_table(
            data(limit=None)["meetings"], "hoi-nghi", "Hội nghị"
        ),
        "chu-tri": lambda: tables.states_table(
            data()["led_states"], scope, "chu-tri", "Nhiệm vụ đơn vị chủ trì", lead_unit_id=unit.pk
        ),
        "don-vi-chu-tri": lambda: tables.lead_unit_table(data()["by_lead_unit"], scope),
    }
    if (response := _download(request, downloads, f"don-vi-{unit.pk}")) is not None:
        return response
    found = ReportFigures(scope=scope).get(f"unit-{unit.pk}", data)
    lead_table = tables.lead_unit_table(found["by_lead_unit"], scope, _filters_for_links(request))
    lead_table.title = "Nhiệm vụ do đơn vị và các đơn vị trực thuộc chủ trì"
    context = _context(
        request,
        form,
        title=f"Đơn vị: {unit.name}",
        unit=unit,
        data=found,
        kinds_table=tables.kinds_table(found["meeting_kinds"], scope),
        meetings_table=tables.meetings_table(
            found["meetings"], "hoi-nghi", "Hội nghị đã tổ chức (gần nhất trước)"
        ),
        led_table=tables.states_table(
            found["led_states"],
            scope,
            "chu-tri",
            "Nhiệm vụ đơn vị chủ trì theo tiến độ",
            lead_unit_id=unit.pk,
        ),  # fmt: skip
        lead_table=lead_table,
        lead_chart=_lead_unit_chart(found["by_lead_unit"], scope),
        state_series=STATE_SERIES,
        limit=selectors.TIMELINE_LIMIT,
    )
    return render(request, "reports/dashboard_unit.html", context)
