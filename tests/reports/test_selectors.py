import datetime as dt

import pytest

from reports.models import Unit
from reports.selectors.reports import unit_descendant_ids
from reports.views.filters import ReportFilterForm
from tests.factories import make_unit

TODAY = dt.date(2026, 5, 20)


@pytest.mark.django_db
def test_descendants_at_every_depth_and_stop_at_a_cycle():
    root = make_unit("Gốc")
    a = make_unit("A", parent=root)
    b = make_unit("B", parent=a)
    c = make_unit("C", parent=b)
    make_unit("Ngoài")
    assert unit_descendant_ids(unit_id=root.pk) == tuple(sorted([root.pk, a.pk, b.pk, c.pk]))
    assert unit_descendant_ids(unit_id=b.pk) == tuple(sorted([b.pk, c.pk]))
    # a cycle made by hand (A under C) must not loop forever
    Unit.objects.filter(pk=a.pk).update(parent=c)
    assert set(unit_descendant_ids(unit_id=a.pk)) == {a.pk, b.pk, c.pk}


@pytest.mark.parametrize(
    ("data", "start", "end"),
    [
        ({}, None, None),
        ({"ky": "nam", "nam": "2024"}, dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ({"ky": "nam"}, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        ({"ky": "6thang", "nam": "2025", "nua": "2"}, dt.date(2025, 7, 1), dt.date(2025, 12, 31)),
        ({"ky": "6thang"}, dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
        ({"ky": "quy", "nam": "2024", "quy": "1"}, dt.date(2024, 1, 1), dt.date(2024, 3, 31)),
        ({"ky": "quy", "nam": "2024", "quy": "4"}, dt.date(2024, 10, 1), dt.date(2024, 12, 31)),
        ({"ky": "quy"}, dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
        ({"ky": "tuychon", "tu": "2025-02-03"}, dt.date(2025, 2, 3), None),
    ],
)
@pytest.mark.django_db
def test_periods(data, start, end):
    form = ReportFilterForm(data or None, today=TODAY)
    scope = form.scope()
    assert (scope.start, scope.end) == (start, end)


@pytest.mark.django_db
def test_inverted_range_is_refused():
    form = ReportFilterForm({"ky": "tuychon", "tu": "2025-03-01", "den": "2025-02-01"}, today=TODAY)
    assert not form.is_valid()
    assert form.scope().start is None
