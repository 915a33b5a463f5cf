"""The admin index's "Công việc của đơn vị": the due definitions at their edges, the scope of
a unit's account, the per-unit figures of an all-units account (most overdue first, a fixed
number of queries), and the task list's forward-looking filters giving the same tasks."""

import datetime as dt
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from reports.models import ReviewState, Task, TaskUnit
from reports.selectors.due import DueState, due_counts, tasks_in_due_state
from reports.selectors.own_work import own_work_for
from tests import factories as f

pytestmark = pytest.mark.django_db
TODAY = dt.date(2025, 6, 10)
DONE, CANCELLED, OPEN = Task.Status.DONE, Task.Status.CANCELLED, Task.Status.IN_PROGRESS


def days(n):
    return TODAY + dt.timedelta(days=n)


def task_for(unit, *, due, status=OPEN, role=TaskUnit.Role.LEAD, **kw):
    task = f.make_task(due_date=due, status=status, **kw)
    TaskUnit.objects.create(task=task, unit=unit, role=role)
    return task


@pytest.mark.parametrize(
    ("due", "status", "expected"),
    [
        (days(-1), OPEN, (1, 0, 0)),  # yesterday: overdue
        (days(0), OPEN, (0, 1, 1)),  # today: due, not overdue
        (days(7), OPEN, (0, 1, 1)),  # the 7th day is within 7
        (days(8), OPEN, (0, 0, 1)),
        (days(30), OPEN, (0, 0, 1)),
        (days(31), OPEN, (0, 0, 0)),
        (days(-1), DONE, (0, 0, 0)),  # done and cancelled are never counted
        (days(3), CANCELLED, (0, 0, 0)),
        (None, OPEN, (0, 0, 0)),
    ],
)
def test_due_definitions_at_their_edges(due, status, expected):
    f.make_task(due_date=due, status=status, completed_on=None)
    counts = due_counts(tasks=Task.objects.all(), today=TODAY)
    assert (counts.overdue, counts.due_soon, counts.due_later) == expected
    # the list filters select exactly the tasks the figures count
    for state, figure in zip(
        [DueState.OVERDUE, DueState.DUE_SOON, DueState.DUE_LATER], expected, strict=True
    ):
        found = tasks_in_due_state(queryset=Task.objects.all(), state=state, today=TODAY)
        assert found.count() == figure


def test_a_units_account_counts_only_its_units_tasks():
    mine, other = f.make_unit("Ban Tuyên giáo Huyện ủy A"), f.make_unit("Ban Dân vận Huyện ủy B")
    task_for(mine, due=days(-2))
    task_for(mine, due=days(5), review_state=ReviewState.NEEDS_REVIEW)
    task_for(other, due=days(-3))
    task_for(other, due=days(-4))
    f.make_meeting(host_unit=other, review_state=ReviewState.NEEDS_REVIEW)
    user = f.make_staff_user("canbo_a", mine)
    work = own_work_for(user=user, today=TODAY)
    assert (work.due.overdue, work.due.due_soon, work.due.due_later) == (1, 1, 1)
    assert work.tasks_to_review == 1 and work.meetings_to_review == 0
    assert work.by_unit is None  # a unit's account does not see the other units' figures


def test_an_all_units_account_sees_each_unit_most_overdue_first():
    quiet, busy, host = (
        f.make_unit("Ban Tuyên giáo Huyện ủy Yên Lạc"),
        f.make_unit("Ban Dân vận Huyện ủy Tam Đảo"),
        f.make_unit("Huyện ủy Sông Lô"),
    )
    task_for(quiet, due=days(2))
    task_for(busy, due=days(-1))
    both = task_for(busy, due=days(-5))
    TaskUnit.objects.create(task=both, unit=busy, role=TaskUnit.Role.ASSIGNEE)  # counted once
    TaskUnit.objects.create(task=both, unit=quiet, role=TaskUnit.Role.SUPPORT)
    # a task without unit rows belongs to its meeting's host
    f.make_task(meeting=f.make_meeting(host_unit=host), due_date=days(20))
    f.make_unit("Ban Tổ chức Huyện ủy (không có nhiệm vụ)")
    boss = f.make_staff_user("lanhdao")
    f.grant_units(boss, all_units=True)
    work = own_work_for(user=boss, today=TODAY)
    rows = [
        (str(r.unit), r.counts.overdue, r.counts.due_soon, r.counts.due_later) for r in work.by_unit
    ]
    assert rows == [
        ("Ban Dân vận Huyện ủy Tam Đảo", 2, 0, 0),
        ("Ban Tuyên giáo Huyện ủy Yên Lạc", 1, 1, 1),
        ("Huyện ủy Sông Lô", 0, 0, 1),
    ]


def _index_queries(client):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return len(queries)


def test_the_index_makes_the_same_number_of_queries_for_2_or_12_units(admin_client):
    today = timezone.localdate()
    for n in range(2):
        task_for(f.make_unit(), due=today - dt.timedelta(days=n + 1))
    few = _index_queries(admin_client)
    for n in range(10):
        task_for(f.make_unit(), due=today + dt.timedelta(days=n))
        f.make_task(meeting=f.make_meeting(host_unit=f.make_unit()), due_date=today)
    many = _index_queries(admin_client)
    print(f"admin index: {few} queries with 2 units, {many} with 22")
    assert many == few


def test_the_index_shows_the_figures_with_links_and_sections(admin_client):
    today = timezone.localdate()
    unit = f.make_unit("Ban Tuyên giáo Tỉnh ủy")
    task_for(unit, due=today - dt.timedelta(days=1))
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "Công việc của đơn vị" in html
    assert f"?don_vi={unit.pk}&amp;den_han=qua_han" in html
    # main records first, the linking and lockout tables in their own sections below
    main, links, lockout = (
        html.index("Dữ liệu chính"),
        html.index("Bảng liên kết"),
        html.index("Khóa đăng nhập"),
    )
    assert main < links < lockout
    assert html.index("model-meeting") < links < html.index("model-participation")
    assert links < html.index("model-accessattempt")


def test_the_task_list_filters_look_forward(admin_client):
    today = timezone.localdate()
    unit = f.make_unit()
    late = task_for(unit, due=today - dt.timedelta(days=1), text="Việc đã quá hạn")
    soon = task_for(unit, due=today + dt.timedelta(days=7), text="Việc sắp đến hạn")
    later = task_for(unit, due=today + dt.timedelta(days=20), text="Việc trong tháng")
    undated = task_for(unit, due=None, text="Việc không có hạn")
    url = reverse("admin:reports_task_changelist")
    expected = {
        "qua_han": {late},
        "7": {soon},
        "30": {soon, later},
        "khong_han": {undated},
    }
    for value, tasks in expected.items():
        response = admin_client.get(url, {"den_han": value})
        shown = set(response.context["cl"].result_list)
        assert shown == tasks, value
    page = admin_client.get(url).content.decode()
    assert "Sắp đến hạn (7 ngày)" in page and "Sắp đến hạn (30 ngày)" in page
    assert "7 ngày trước" not in page  # the date filter that looked backwards is gone


def test_imported_this_week_counts_since_monday_and_its_link_lists_them(admin_client):
    from reports.models import SourceDocument

    today = timezone.localdate()
    f.make_document(title="Văn bản tuần này")
    old = f.make_document(title="Văn bản tuần trước")
    monday = timezone.make_aware(
        dt.datetime.combine(today - dt.timedelta(days=today.weekday()), dt.time.min)
    )
    SourceDocument.objects.filter(pk=old.pk).update(imported_at=monday - dt.timedelta(minutes=1))
    html = admin_client.get(reverse("admin:index")).content.decode()
    link = re.search(r'<tr class="imported">.*?href="([^"]+)">(\d+)</a>', html, re.S)
    assert link.group(2) == "1"
    listing = admin_client.get(link.group(1).replace("&amp;", "&"))
    assert [d.title for d in listing.context["cl"].result_list] == ["Văn bản tuần này"]
