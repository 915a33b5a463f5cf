"""Pages link both ways: meeting ↔ participants, tasks, citations; task ↔ directives, units;
directive ↔ citing meetings and tasks, related directives; unit ↔ sub-units, meetings, tasks."""

import pytest
from django.urls import reverse

from reports.models import Citation, DirectiveRelation, Participation, TaskUnit, TaskUpdate
from tests import factories as f

pytestmark = pytest.mark.django_db


def _url(obj):
    return reverse(f"admin:reports_{obj._meta.model_name}_change", args=[obj.pk])


def _page(client, obj):
    response = client.get(_url(obj))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def web():
    parent = f.make_unit("Tỉnh ủy Quảng Ninh")
    unit = f.make_unit("Ban Tuyên giáo Tỉnh ủy", parent=parent)
    support = f.make_unit("Sở Văn hóa")
    person = f.make_person("Trần Văn Bình")
    meeting = f.make_meeting(title="Hội nghị giao ban", host_unit=unit)
    Participation.objects.create(meeting=meeting, person=person, role="chair")
    directive = f.make_directive(code="05-CT/TW")
    older = f.make_directive(code="03-CT/TW")
    newer = f.make_directive(code="09-CT/TW")
    DirectiveRelation.objects.create(source=directive, target=older, kind="continues")
    DirectiveRelation.objects.create(source=newer, target=directive, kind="continues")
    Citation.objects.create(directive=directive, meeting=meeting, as_written="Chỉ thị 05")
    task = f.make_task(text="Tuyên truyền Chỉ thị 05", meeting=meeting)
    TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    TaskUnit.objects.create(task=task, unit=support, role=TaskUnit.Role.SUPPORT)
    Citation.objects.create(directive=directive, task=task)
    TaskUpdate.objects.create(task=task, date="2024-03-01", note="Đã tổ chức 12 lớp")
    return locals()


def test_meeting_page(admin_client, web):
    page = _page(admin_client, web["meeting"])
    assert "Trần Văn Bình" in page  # participants inline
    assert "Chỉ thị 05" in page  # citation inline
    assert _url(web["task"]) in page  # task inline, linked
    assert "Tuyên truyền Chỉ thị 05" in page


def test_task_page(admin_client, web):
    page = _page(admin_client, web["task"])
    assert _url(web["unit"]) in page and _url(web["support"]) in page
    assert "Đã tổ chức 12 lớp" in page
    assert "05-CT/TW" in page
    assert _url(web["meeting"]) in page or "Hội nghị giao ban" in page


def test_directive_page(admin_client, web):
    page = _page(admin_client, web["directive"])
    for linked in ("meeting", "task", "older", "newer"):
        assert _url(web[linked]) in page, linked


def test_unit_page(admin_client, web):
    parent_page = _page(admin_client, web["parent"])
    assert _url(web["unit"]) in parent_page  # sub-unit
    page = _page(admin_client, web["unit"])
    assert _url(web["meeting"]) in page  # meetings hosted
    assert _url(web["task"]) in page  # tasks led
    support_page = _page(admin_client, web["support"])
    assert _url(web["task"]) not in support_page  # supports, does not lead


def test_changelists_link_to_related_records(admin_client, web):
    page = admin_client.get(reverse("admin:reports_meeting_changelist")).content.decode()
    assert _url(web["unit"]) in page
    page = admin_client.get(reverse("admin:reports_task_changelist")).content.decode()
    assert _url(web["meeting"]) in page
    assert "Ban Tuyên giáo Tỉnh ủy" in page  # lead unit column


def test_long_lists_end_with_a_link_to_all(admin_client):
    unit = f.make_unit("Ban Tuyên giáo Thành ủy")
    other = f.make_unit("Ban Dân vận")
    for i in range(25):
        f.make_meeting(title=f"Giao ban tháng {i}", host_unit=unit)
        task = f.make_task(text=f"Việc {i}")
        TaskUnit.objects.create(task=task, unit=unit, role=TaskUnit.Role.LEAD)
    f.make_meeting(host_unit=other)
    page = _page(admin_client, unit)
    assert "Xem tất cả (25)" in page
    meetings_url = reverse("admin:reports_meeting_changelist") + f"?host_unit__id__exact={unit.pk}"
    tasks_url = reverse("admin:reports_task_changelist") + f"?lead_unit={unit.pk}"
    assert meetings_url in page and tasks_url in page
    assert admin_client.get(meetings_url).context["cl"].result_count == 25
    response = admin_client.get(tasks_url)
    assert response.context["cl"].result_count == 25
    assert "Ban Tuyên giáo Thành ủy" in response.content.decode()  # the filter shows its choice


def test_directive_filter_from_directive_page(admin_client, web):
    url = reverse("admin:reports_task_changelist") + f"?directive={web['directive'].pk}"
    assert list(admin_client.get(url).context["cl"].result_list) == [web["task"]]
