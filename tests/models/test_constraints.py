"""The database itself refuses bad rows, on SQLite and PostgreSQL alike."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from reports.models import (
    Citation,
    DirectiveRelation,
    Meeting,
    Participation,
    Task,
    TaskUnit,
    Unit,
)
from tests import factories as f

pytestmark = pytest.mark.django_db


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


def test_same_code_may_name_two_directives_with_different_dates():
    f.make_directive(code="05-CT/TW", issued=dt.date(2016, 5, 15))
    f.make_directive(code="05-CT/TW", issued=dt.date(2021, 6, 23))
    refused(lambda: f.make_directive(code="05-CT/TW", issued=dt.date(2016, 5, 15)))


def test_uncoded_directives_are_unique_by_label_but_coded_ones_may_share_it():
    f.make_directive(code=None, label="Nghị quyết Trung ương 4 khóa XIII")
    refused(lambda: f.make_directive(code=None, label="Nghị quyết Trung ương 4 khóa XIII"))
    f.make_directive(code="1-NQ/TU", label="Nghị quyết số 1")
    f.make_directive(code="2-NQ/TU", label="Nghị quyết số 1")


def test_blank_code_is_refused():
    refused(lambda: f.make_directive(code=""))


def test_directive_relation_unique_and_not_to_itself():
    a, b = f.make_directive(), f.make_directive()
    DirectiveRelation.objects.create(source=a, target=b, kind=DirectiveRelation.Kind.CONTINUES)
    refused(lambda: DirectiveRelation.objects.create(source=a, target=b, kind="continues"))
    refused(lambda: DirectiveRelation.objects.create(source=a, target=a, kind="amends"))


@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            Meeting,
            {"title": "x", "start_date": dt.date(2024, 2, 2), "end_date": dt.date(2024, 2, 1)},
        ),
        (
            Meeting,
            {"title": "x", "period_start": dt.date(2024, 7, 1), "period_end": dt.date(2024, 1, 1)},
        ),
        (Unit, {"name": "x", "valid_from": dt.date(2025, 2, 3), "valid_to": dt.date(2025, 2, 2)}),
        (Task, {"text": "x", "ordinal": 0}),
        (Task, {"text": "x", "completed_on": dt.date(2024, 1, 1), "status": "dang_thuc_hien"}),
        (Task, {"text": "x", "span_start": 10, "span_end": 5}),
    ],
)
def test_ordering_checks(model, fields):
    refused(lambda: model.objects.create(**fields))


def test_end_date_equal_to_start_is_a_one_day_meeting():
    Meeting.objects.create(title="x", start_date=dt.date(2024, 2, 1), end_date=dt.date(2024, 2, 1))


def test_one_participation_per_meeting_person_and_role():
    meeting, person = f.make_meeting(), f.make_person()
    Participation.objects.create(meeting=meeting, person=person, role="chair")
    Participation.objects.create(meeting=meeting, person=person, role="concluding")
    refused(lambda: Participation.objects.create(meeting=meeting, person=person, role="chair"))


def test_one_role_per_task_and_unit():
    task, unit = f.make_task(), f.make_unit()
    TaskUnit.objects.create(task=task, unit=unit, role="chu_tri")
    refused(lambda: TaskUnit.objects.create(task=task, unit=unit, role="chu_tri"))


def test_citation_needs_a_citer_and_is_unique_per_task():
    directive, task = f.make_directive(), f.make_task()
    refused(lambda: Citation.objects.create(directive=directive))
    Citation.objects.create(directive=directive, task=task)
    refused(lambda: Citation.objects.create(directive=directive, task=task))


def test_unit_cannot_be_its_own_parent():
    unit = f.make_unit()
    unit.parent_id = unit.pk
    refused(unit.save)


def test_search_keys_are_folded():
    unit = f.make_unit("Ban Tuyên giáo Đảng uỷ Khối")
    assert unit.search_key == "ban tuyen giao dang uy khoi"
    person = f.make_person("Lại Xuân Lâm")
    assert person.search_key == "lai xuan lam"
