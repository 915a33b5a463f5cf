"""The daily reminders on the queue: one chain however often it is started, the run due
sends and queues the next, a stray duplicate does nothing, and the job and
``send_reminders`` share the per-person-per-day log (never both send)."""

import datetime as dt
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from reports.models import JobSchedule, Task, TaskUnit
from reports.services.schedules import (
    REMINDERS,
    next_daily_time,
    reminders_scheduled_run,
    schedule_ensure,
)
from tests import factories as f

pytestmark = pytest.mark.django_db
JOB = "reports.jobs.reminders.reminders_daily_job"


def _jobs():
    return list(DBTaskResult.objects.filter(task_path=JOB, status="READY"))


@pytest.fixture
def someone_with_an_overdue_task():
    unit = f.make_unit()
    user = f.make_staff_user("canbo-nhac", unit, email="canbo@example.vn")
    task = f.make_task(
        due_date=timezone.localdate() - dt.timedelta(days=3), status=Task.Status.IN_PROGRESS
    )
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    return user


def test_next_daily_time_is_the_next_hour_in_local_time():
    tz = timezone.get_current_timezone()
    before = dt.datetime(2025, 6, 20, 6, 59, tzinfo=tz)
    assert next_daily_time(after=before, hour=7) == dt.datetime(2025, 6, 20, 7, 0, tzinfo=tz)
    at = dt.datetime(2025, 6, 20, 7, 0, tzinfo=tz)
    assert next_daily_time(after=at, hour=7) == dt.datetime(2025, 6, 21, 7, 0, tzinfo=tz)


@pytest.mark.db_queue
def test_the_chain_is_started_once(settings):
    settings.REMINDERS_HOUR = 7
    call_command("schedule_jobs", stdout=StringIO())
    call_command("schedule_jobs", stdout=StringIO())
    (job,) = _jobs()
    schedule = JobSchedule.objects.get(name=REMINDERS)
    assert job.run_after == schedule.next_run
    assert timezone.localtime(schedule.next_run).hour == 7


@pytest.mark.db_queue
def test_a_lost_chain_is_queued_again():
    schedule = schedule_ensure()
    DBTaskResult.objects.all().delete()  # the job lost
    JobSchedule.objects.filter(pk=schedule.pk).update(
        next_run=timezone.now() - dt.timedelta(days=1)
    )
    schedule_ensure()
    assert len(_jobs()) == 1


@pytest.mark.db_queue
def test_the_due_run_sends_and_queues_the_next_and_a_stray_does_nothing(
    someone_with_an_overdue_task,
):
    schedule = schedule_ensure()
    due = schedule.next_run
    (first,) = _jobs()
    result = reminders_scheduled_run(due=due.isoformat(), now=due)
    assert result.startswith("gửi 1")
    assert len(mail.outbox) == 1
    schedule.refresh_from_db()
    assert schedule.next_run == due + dt.timedelta(days=1)
    assert [j.run_after for j in _jobs() if j.pk != first.pk] == [schedule.next_run]
    # the same run again (a duplicate job): not due any more
    assert reminders_scheduled_run(due=due.isoformat(), now=due) == "not due"
    assert len(mail.outbox) == 1


def test_job_and_command_never_both_send(someone_with_an_overdue_task):
    call_command("send_reminders", stdout=StringIO())
    assert len(mail.outbox) == 1
    schedule = schedule_ensure()
    # the job on the same day finds the log
    now = timezone.now()
    JobSchedule.objects.filter(pk=schedule.pk).update(next_run=now)
    reminders_scheduled_run(due=now.isoformat(), now=now)
    assert len(mail.outbox) == 1
