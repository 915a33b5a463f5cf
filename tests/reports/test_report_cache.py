"""The dashboard's figures are cached per data version: a repeat view runs none of the
aggregate queries, and every kind of write (save, delete, admin form, bulk import, generated
data) shows at the next view. Viewers who see different units never share figures.

The version rises when a write's transaction commits; a test runs inside a transaction that
never commits, so each write here runs under pytest-django's
``django_capture_on_commit_callbacks(execute=True)``, which runs the commit callbacks queued
in its block as a commit would."""

import datetime as dt

import pytest
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reports.loading import document_load
from reports.models import Citation, DataVersion, Task, TaskUnit, Unit
from reports.selectors.report_cache import data_version, scope_fingerprint
from reports.selectors.reports import ReportScope
from reports.services.data_version import data_version_bump
from reports.services.demo_data import demo_data_generate
from reports.signals import reported_models
from tests.admin.forms import change_form_data
from tests.factories import grant_units, make_directive, make_meeting, make_task, make_unit
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db

URL = reverse("reports:dashboard")


def _cards(client) -> dict:
    response = client.get(URL)
    assert response.status_code == 200
    return {label: value for label, value, _url, _cls in response.context["cards"]}


def _task_queries(client) -> int:
    """Queries of one view that read the tasks table."""
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(URL).status_code == 200
    return sum('FROM "reports_task"' in q["sql"] for q in ctx.captured_queries)


@pytest.fixture
def overdue_task(db):
    unit = make_unit("Ban Tuyên giáo Tỉnh ủy")
    task = make_task(meeting=make_meeting(host_unit=unit), due_date=dt.date(2024, 1, 31))
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    return task


def test_repeat_view_reads_no_task_rows(admin_client, overdue_task):
    assert _task_queries(admin_client) > 0
    assert _task_queries(admin_client) == 0
    assert _cards(admin_client)["Quá hạn"] == 1


def test_cache_off_recomputes_every_view(admin_client, overdue_task, settings):
    settings.REPORTS_CACHE_SECONDS = 0
    assert _task_queries(admin_client) > 0
    assert _task_queries(admin_client) > 0


def test_saved_task_shows_at_the_next_view(
    admin_client, overdue_task, django_capture_on_commit_callbacks
):
    assert _cards(admin_client)["Quá hạn"] == 1
    overdue_task.status = Task.Status.DONE
    overdue_task.completed_on = dt.date(2024, 1, 15)
    with django_capture_on_commit_callbacks(execute=True):
        overdue_task.save()
    cards = _cards(admin_client)
    assert (cards["Quá hạn"], cards["Hoàn thành đúng hạn"]) == (0, 1)


def test_admin_form_change_shows_at_the_next_view(
    admin_client, overdue_task, django_capture_on_commit_callbacks
):
    assert _cards(admin_client)["Quá hạn"] == 1
    url = reverse("admin:reports_task_change", args=[overdue_task.pk])
    data = change_form_data(admin_client.get(url), status="huy")
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    assert _cards(admin_client)["Quá hạn"] == 0


def test_deleted_rows_show_at_the_next_view(
    admin_client, overdue_task, django_capture_on_commit_callbacks
):
    assert _cards(admin_client)["Nhiệm vụ"] == 1
    version = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        overdue_task.meeting.delete()  # cascades to the task and its units
    assert data_version() == version + 1  # one raise for the whole transaction, not per row
    assert _cards(admin_client)["Nhiệm vụ"] == 0


def test_bulk_import_shows_at_the_next_view(admin_client, django_capture_on_commit_callbacks):
    before = _cards(admin_client)
    with django_capture_on_commit_callbacks(execute=True):
        result = document_load(x.document(), file_name="hoa_lam.txt")
    assert result.counts.get("tasks", "created") > 0
    after = _cards(admin_client)
    assert after["Nhiệm vụ"] == before["Nhiệm vụ"] + result.counts.get("tasks", "created")


def test_reextracted_tasks_show_at_the_next_view(admin_client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document_load(x.document(tasks=(x.task(1),)), file_name="a.txt")
    assert _cards(admin_client)["Nhiệm vụ"] == 1
    # the document itself is unchanged: only bulk-created tasks are new
    more = (x.task(1), x.task(2, "Hai"), x.task(3, "Ba"))
    with django_capture_on_commit_callbacks(execute=True):
        document_load(x.document(tasks=more), file_name="a.txt", reextract=True)
    assert _cards(admin_client)["Nhiệm vụ"] == 3


def test_unchanged_reimport_keeps_the_version(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document_load(x.document(), file_name="a.txt")
    version = data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        assert document_load(x.document(), file_name="a.txt").status == "unchanged"
    assert callbacks == []
    assert data_version() == version


def test_generated_data_shows_at_the_next_view(admin_client, django_capture_on_commit_callbacks):
    today = timezone.localdate()
    with django_capture_on_commit_callbacks(execute=True):
        demo_data_generate(meetings=2, tasks=10, seed=1, today=today)
    assert _cards(admin_client)["Nhiệm vụ"] == 10
    with django_capture_on_commit_callbacks(execute=True):
        demo_data_generate(meetings=2, tasks=15, seed=2, today=today)
    assert _cards(admin_client)["Nhiệm vụ"] == 25


def test_version_rises_once_the_write_commits(django_capture_on_commit_callbacks):
    version = data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        make_task()  # a meeting, a unit and a task: three saves
        assert data_version() == version  # not before the commit: no lock held meanwhile
    assert len(callbacks) >= 1
    assert data_version() == version + 1  # raised once for the transaction


def test_a_write_pending_from_before_still_raises_the_version(
    django_capture_on_commit_callbacks,
):
    """A write whose transaction has not committed yet (here the test's setup) does not
    stand in for a later write's raise: the later block's own callbacks raise the counter."""
    make_task()  # queued, never run: the test's transaction does not commit
    version = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        make_task()
    assert data_version() == version + 1
    with django_capture_on_commit_callbacks(execute=True):
        make_task()
    assert data_version() == version + 2


def test_a_cascade_raises_once_at_the_commit(django_capture_on_commit_callbacks):
    meeting = make_meeting()
    for n in range(5):
        make_task(meeting=meeting, ordinal=n + 1)
    version = data_version()
    with django_capture_on_commit_callbacks() as callbacks:
        meeting.delete()
    for callback in callbacks:  # as a commit runs them: every one, in order
        callback()
    assert data_version() == version + 1


def test_rolled_back_write_raises_nothing(django_capture_on_commit_callbacks):
    version = data_version()
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        make_task()
        transaction.set_rollback(True)
    assert callbacks == []
    assert data_version() == version


def test_bump_creates_the_counter_when_missing(django_capture_on_commit_callbacks):
    DataVersion.objects.all().delete()
    assert data_version() == 0
    with django_capture_on_commit_callbacks(execute=True):
        data_version_bump()
    with django_capture_on_commit_callbacks(execute=True):
        data_version_bump()
    assert data_version() == 2


def test_every_reported_model_raises_the_version():
    names = {model.__name__ for model in reported_models()}
    assert {"Task", "TaskUnit", "Meeting", "Citation", "Unit", "Directive"} <= names
    assert not names & {"DataVersion", "StaffProfile", "HistoricalTask"}
    for model in reported_models():
        assert post_save.has_listeners(model) and post_delete.has_listeners(model), model


def test_viewers_of_different_units_do_not_share_figures(db, client, django_user_model):
    unit_a, unit_b = make_unit("Ban Tuyên giáo A"), make_unit("Ban Tuyên giáo B")
    for unit, n in ((unit_a, 1), (unit_b, 2)):
        for _ in range(n):
            task = make_task(meeting=make_meeting(host_unit=unit))
            TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    counts = []
    for name, unit in (("a", unit_a), ("b", unit_b)):
        user = django_user_model.objects.create_user(name, password="x", is_staff=True)
        grant_units(user, unit)
        client.force_login(user)
        counts.append(_cards(client)["Nhiệm vụ"])
    assert counts == [1, 2]


def test_fingerprint_tells_scopes_apart():
    day = dt.date(2026, 1, 5)
    unit = Unit(pk=3)
    scopes = [
        ReportScope(today=day),
        ReportScope(today=day + dt.timedelta(days=1)),  # deadline states move with the day
        ReportScope(today=day, start=dt.date(2026, 1, 1)),
        ReportScope(today=day, unit=unit, unit_ids=(3, 4)),
        ReportScope(today=day, visible_unit_ids=frozenset({3}), viewer_id=1),
        ReportScope(today=day, visible_unit_ids=frozenset({3}), viewer_id=2),
        ReportScope(today=day, visible_unit_ids=frozenset({4}), viewer_id=1),
    ]
    assert len({scope_fingerprint(s) for s in scopes}) == len(scopes)
    # viewers who see every unit share one entry
    assert scope_fingerprint(ReportScope(today=day, viewer_id=1)) == scope_fingerprint(
        ReportScope(today=day, viewer_id=2)
    )


def test_unit_and_directive_pages_show_changes_at_the_next_view(
    admin_client, overdue_task, django_capture_on_commit_callbacks
):
    unit = overdue_task.meeting.host_unit
    unit_url = reverse("reports:unit", args=[unit.pk])
    assert admin_client.get(unit_url).context["data"]["meeting_count"] == 1
    assert admin_client.get(unit_url).context["data"]["meeting_count"] == 1  # from the cache
    with django_capture_on_commit_callbacks(execute=True):
        make_meeting(host_unit=unit)
    assert admin_client.get(unit_url).context["data"]["meeting_count"] == 2

    directive = make_directive()
    directive_url = reverse("reports:directive", args=[directive.pk])
    assert admin_client.get(directive_url).context["data"]["meetings"] == []
    with django_capture_on_commit_callbacks(execute=True):
        Citation.objects.create(directive=directive, meeting=overdue_task.meeting)
    assert admin_client.get(directive_url).context["data"]["meetings"] == [overdue_task.meeting]
