"""The dashboard's filter form: period (year, half-year, quarter, custom range), unit, directive."""

from __future__ import annotations

import datetime as dt

from django import forms

from reports.models import Directive, Unit
from reports.selectors.reports import ReportScope, report_unit_choices, unit_descendant_ids
from reports.views.widgets import QuickSelect


class PeriodKind:
    ALL = ""
    YEAR = "nam"
    HALF = "6thang"
    QUARTER = "quy"
    CUSTOM = "tuychon"
    CHOICES = [
        (ALL, "Toàn bộ thời gian"),
        (YEAR, "Năm"),
        (HALF, "6 tháng"),
        (QUARTER, "Quý"),
        (CUSTOM, "Khoảng tùy chọn"),
    ]


class ReportFilterForm(forms.Form):
    ky = forms.ChoiceField(label="Kỳ báo cáo", choices=PeriodKind.CHOICES, required=False)
    nam = forms.IntegerField(label="Năm", min_value=1945, max_value=2100, required=False)
    nua = forms.TypedChoiceField(
        label="Nửa năm",
        choices=[(1, "6 tháng đầu năm"), (2, "6 tháng cuối năm")],
        coerce=int,
        required=False,
    )
    quy = forms.TypedChoiceField(
        label="Quý", choices=[(q, f"Quý {q}") for q in range(1, 5)], coerce=int, required=False
    )
    tu = forms.DateField(
        label="Từ ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    den = forms.DateField(
        label="Đến ngày", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    don_vi = forms.ModelChoiceField(
        label="Đơn vị (gồm đơn vị trực thuộc)",
        queryset=Unit.objects.none(),  # set per form: report_unit_choices()
        required=False,
        empty_label="Tất cả đơn vị",
        widget=QuickSelect,
    )
    van_ban = forms.ModelChoiceField(
        label="Văn bản chỉ đạo",
        queryset=Directive.objects.order_by("-issued", "code").only(
            "pk", "code", "label", "issued"
        ),
        required=False,
        empty_label="Tất cả văn bản",
        widget=QuickSelect,
    )

    def __init__(self, *args, today: dt.date, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.fields["don_vi"].queryset = report_unit_choices()

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("ky") or PeriodKind.ALL
        year = cleaned.get("nam") or self.today.year
        if kind == PeriodKind.CUSTOM:
            start, end = cleaned.get("tu"), cleaned.get("den")
            if start and end and end < start:
                raise forms.ValidationError("Ngày kết thúc phải sau ngày bắt đầu.")
        elif kind == PeriodKind.YEAR:
            start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
        elif kind == PeriodKind.HALF:
            half = cleaned.get("nua") or (1 if self.today.month <= 6 else 2)
            start = dt.date(year, 1 if half == 1 else 7, 1)
            end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        elif kind == PeriodKind.QUARTER:
            quarter = cleaned.get("quy") or (self.today.month - 1) // 3 + 1
            start = dt.date(year, 3 * quarter - 2, 1)
            end = _month_end(year, 3 * quarter)
        else:
            start = end = None
        cleaned["start"], cleaned["end"] = start, end
        return cleaned

    def scope(self) -> ReportScope:
        """The scope chosen (the whole database when the form is empty or invalid)."""
        if not self.is_valid():
            return ReportScope(today=self.today)
        data = self.cleaned_data
        unit = data.get("don_vi")
        return ReportScope(
            start=data["start"],
            end=data["end"],
            unit=unit,
            unit_ids=unit_descendant_ids(unit_id=unit.pk) if unit else None,
            directive=data.get("van_ban"),
            today=self.today,
        )

    def period_label(self) -> str:
        if not self.is_valid() or not (self.cleaned_data["start"] or self.cleaned_data["end"]):
            return "toàn bộ thời gian"
        start, end = self.cleaned_data["start"], self.cleaned_data["end"]
        left = f"{start:%d/%m/%Y}" if start else "…"
        right = f"{end:%d/%m/%Y}" if end else "…"
        return f"{left} – {right}"


def _month_end(year: int, month: int) -> dt.date:
    first_next = dt.date(year + month // 12, month % 12 + 1, 1)
    return first_next - dt.timedelta(days=1)
