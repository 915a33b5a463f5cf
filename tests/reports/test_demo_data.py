import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from reports.extraction.normalize import fold
from reports.models import (
    Citation,
    Directive,
    Meeting,
    Person,
    Task,
    TaskUnit,
    TaskUpdate,
    Unit,
)
from reports.services.demo_data import demo_data_generate

TODAY = dt.date(2026, 6, 15)


def _rows(queryset):
    return sorted(queryset, key=repr)


def _fingerprint():
    units = {u.pk: u.name for u in Unit.objects.all()}
    return {
        "units": _rows((u.name, units.get(u.parent_id)) for u in Unit.objects.all()),
        "meetings": _rows(
            Meeting.objects.values_list("title", "kind", "start_date", "host_unit__name")
        ),
        "tasks": _rows(
            Task.objects.values_list("text", "status", "due_date", "completed_on", "meeting__title")
        ),
        "task_units": _rows(TaskUnit.objects.values_list("task__text", "unit__name", "role")),
        "directives": _rows(Directive.objects.values_list("code", "issued")),
    }


def _wipe():
    for model in (TaskUpdate, Citation, TaskUnit, Task, Meeting, Directive, Person):
        model.objects.all().delete()
    Unit.objects.update(parent=None)
    Unit.objects.all().delete()


@pytest.mark.django_db
def test_counts_hierarchy_and_roles():
    result = demo_data_generate(meetings=40, tasks=600, seed=3, today=TODAY)
    assert (Meeting.objects.count(), Task.objects.count()) == (40, 600)
    assert result.tasks == 600 and result.task_units == TaskUnit.objects.count()
    # a hierarchy: central root, provinces under it, boards and districts under provinces,
    # district boards under districts
    levels = set(Unit.objects.values_list("level", flat=True))
    assert {"trung_uong", "tinh", "huyen"} <= levels
    assert Unit.objects.filter(parent__parent__parent__isnull=False).exists()
    assert set(TaskUnit.objects.values_list("role", flat=True)) == {"chu_tri", "phoi_hop"}
    # every kind of meeting and every status appear
    assert set(Meeting.objects.values_list("kind", flat=True)) == set(Meeting.Kind.values)
    assert set(Task.objects.values_list("status", flat=True)) == set(Task.Status.values)
    # done on time, done late, overdue and in time all present relative to "today"
    done = Task.objects.filter(status="hoan_thanh", due_date__isnull=False)
    assert any(t.completed_on <= t.due_date for t in done)
    assert any(t.completed_on > t.due_date for t in done)
    open_ = Task.objects.filter(status__in=["chua_thuc_hien", "dang_thuc_hien"])
    assert open_.filter(due_date__lt=TODAY).exists() and open_.filter(due_date__gte=TODAY).exists()
    assert not Task.objects.exclude(status="hoan_thanh").filter(completed_on__isnull=False).exists()
    assert not Task.objects.filter(completed_on__gt=TODAY).exists()
    # some directives share a code with another date (numbering restarts each term)
    codes = list(Directive.objects.values_list("code", flat=True))
    assert len(codes) > len(set(codes))
    assert Citation.objects.filter(meeting__isnull=False).exists()
    assert Citation.objects.filter(task__isnull=False).exists()
    assert TaskUpdate.objects.exists()


@pytest.mark.django_db
def test_search_keys_are_what_save_would_store():
    demo_data_generate(meetings=5, tasks=50, seed=1, today=TODAY)
    for task in Task.objects.all():
        assert task.search_key == fold(task.text)
    for person in Person.objects.all():
        assert person.search_key == fold(person.full_name)
    # saving recomputes the key; it must not change
    for model in (Unit, Meeting, Directive):
        obj = model.objects.order_by("pk").last()
        before = obj.search_key
        obj.save()
        obj.refresh_from_db()
        assert obj.search_key == before, model


@pytest.mark.django_db
def test_same_seed_same_data_other_seed_other_data():
    demo_data_generate(meetings=20, tasks=200, seed=7, today=TODAY)
    first = _fingerprint()
    _wipe()
    demo_data_generate(meetings=20, tasks=200, seed=7, today=TODAY)
    assert _fingerprint() == first
    _wipe()
    demo_data_generate(meetings=20, tasks=200, seed=8, today=TODAY)
    assert _fingerprint()["tasks"] != first["tasks"]


@pytest.mark.django_db
def test_running_twice_reuses_directives():
    demo_data_generate(meetings=3, tasks=10, seed=1, today=TODAY)
    directives = Directive.objects.count()
    demo_data_generate(meetings=3, tasks=10, seed=1, today=TODAY)
    assert Directive.objects.count() == directives
    assert Task.objects.count() == 20


@pytest.mark.django_db
def test_command_reports_and_writes_progress_to_stderr():
    out, err = io.StringIO(), io.StringIO()
    call_command(
        "generate_demo_data", meetings=4, tasks=30, seed=2, today=TODAY, stdout=out, stderr=err
    )
    assert "30 nhiệm vụ" in out.getvalue()
    assert "Nhiệm vụ: 30" in err.getvalue()
    assert Task.objects.count() == 30


@pytest.mark.django_db
def test_command_refuses_negative_numbers():
    with pytest.raises(CommandError):
        call_command("generate_demo_data", meetings=-1, tasks=3)
