"""The attacks of issue 15, one by one: an editor of unit A ("Biên tập viên", the ordinary
group) posts admin forms naming unit B's records, and nothing of B changes or becomes A's."""

import datetime as dt

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from reports.models import (
    Citation,
    Meeting,
    Participation,
    Person,
    StaffProfile,
    Task,
    TaskUnit,
    TaskUpdate,
    Unit,
)
from reports.selectors import access
from reports.services.roles import REFERENCE_ADMINS
from tests.access.conftest import SECRET_B, login
from tests.admin.forms import change_form_data


def _url(model, view: str, *args) -> str:
    return reverse(f"admin:reports_{model._meta.model_name}_{view}", args=args)


def _add(client, model, **values):
    page = client.get(_url(model, "add"))
    assert page.status_code == 200
    return client.post(_url(model, "add"), change_form_data(page, **values))


def _change(client, record, **values):
    url = _url(type(record), "change", record.pk)
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, change_form_data(page, **values))


def _refused_on(response, field: str):
    assert response.status_code == 200, "the form was saved"
    errors = response.context["adminform"].form.errors
    assert field in errors, errors
    assert "ngoài phạm vi đơn vị của bạn" in str(errors[field])


def _values(record, *fields) -> tuple:
    type(record).objects.get(pk=record.pk)  # still there
    fresh = type(record)._base_manager.get(pk=record.pk)
    return tuple(getattr(fresh, f) for f in fields)


# --- links to records -------------------------------------------------------------------------


def test_taskunit_added_with_another_units_task_is_refused(world, client_a):
    a, b = world["a"], world["b"]
    count = TaskUnit.objects.count()
    response = _add(client_a, TaskUnit, task=str(b["task"].pk), unit=str(a["unit"].pk),
                    role=TaskUnit.Role.LEAD)  # fmt: skip
    _refused_on(response, "task")
    assert TaskUnit.objects.count() == count
    # B's task, its notes and its document stay out of A's sight
    assert not access.tasks_visible_to(world["ua"]).filter(pk=b["task"].pk).exists()
    assert not access.documents_visible_to(world["ua"]).filter(pk=b["doc"].pk).exists()
    assert SECRET_B not in client_a.get(_url(Task, "change", b["task"].pk)).content.decode()


def test_taskunit_edited_to_point_at_another_units_task_is_refused(world, client_a):
    role = world["a"]["role"]
    response = _change(client_a, role, task=str(world["b"]["task"].pk))
    _refused_on(response, "task")
    assert _values(role, "task_id") == (world["a"]["task"].pk,)


@pytest.mark.parametrize("key", ["task", "meeting"])
def test_record_repointed_at_another_units_document_is_refused(world, client_a, key):
    own = world["a"][key]
    before = _values(own, "source_document_id", "version")
    response = _change(client_a, own, source_document=str(world["b"]["doc"].pk))
    _refused_on(response, "source_document")
    assert _values(own, "source_document_id", "version") == before
    assert not access.documents_visible_to(world["ua"]).filter(pk=world["b"]["doc"].pk).exists()


def test_progress_note_into_another_units_task_is_refused(world, client_a):
    count = TaskUpdate.objects.count()
    response = _add(client_a, TaskUpdate, task=str(world["b"]["task"].pk),
                    date="2025-05-01", note="ghi trộm")  # fmt: skip
    _refused_on(response, "task")
    assert TaskUpdate.objects.count() == count


def test_participation_into_another_units_meeting_is_refused(world, client_a):
    count = Participation.objects.count()
    response = _add(
        client_a,
        Participation,
        meeting=str(world["b"]["meeting"].pk),
        person=str(world["a"]["person"].pk),
        role=Participation.Role.ATTENDING,
    )
    _refused_on(response, "meeting")
    assert Participation.objects.count() == count


@pytest.mark.parametrize("key", ["task", "meeting"])
def test_citation_into_another_units_record_is_refused(world, client_a, key):
    count = Citation.objects.count()
    response = _add(client_a, Citation, directive=str(world["shared"].pk),
                    **{key: str(world["b"][key].pk)})  # fmt: skip
    _refused_on(response, key)
    assert Citation.objects.count() == count


def test_citation_edited_into_another_units_task_is_refused(world, client_a):
    citation = world["a"]["citation"]
    response = _change(client_a, citation, task=str(world["b"]["task"].pk))
    _refused_on(response, "task")
    assert _values(citation, "task_id") == (world["a"]["task"].pk,)


def test_task_created_in_another_units_meeting_is_refused(world, client_a):
    count = Task.objects.count()
    response = _add(client_a, Task, meeting=str(world["b"]["meeting"].pk), text="việc cài vào")
    _refused_on(response, "meeting")
    assert Task.objects.count() == count
    assert not world["b"]["meeting"].tasks.filter(text="việc cài vào").exists()


def test_task_moved_into_another_units_meeting_is_refused(world, client_a):
    task = world["a"]["task"]
    response = _change(client_a, task, meeting=str(world["b"]["meeting"].pk))
    _refused_on(response, "meeting")
    assert _values(task, "meeting_id", "version") == (world["a"]["meeting"].pk, 1)


def test_stale_form_naming_another_units_meeting_changes_nothing(world, client_a):
    task = world["a"]["task"]
    url = _url(Task, "change", task.pk)
    data = change_form_data(client_a.get(url), meeting=str(world["b"]["meeting"].pk))
    Task.objects.filter(pk=task.pk).update(version=2)  # a colleague saved meanwhile
    response = client_a.post(url, data)
    assert response.status_code == 200
    assert "meeting" in response.context["adminform"].form.errors
    assert _values(task, "meeting_id", "version") == (world["a"]["meeting"].pk, 2)


# --- fields that decide the owner ---------------------------------------------------------------


def test_meeting_hosted_by_another_unit_is_refused(world, client_a):
    count = Meeting.objects.count()
    response = _add(client_a, Meeting, title="Hội nghị giả", host_unit=str(world["b"]["unit"].pk))
    _refused_on(response, "host_unit")
    assert Meeting.objects.count() == count
    meeting = world["a"]["meeting"]
    _refused_on(_change(client_a, meeting, host_unit=str(world["b"]["unit"].pk)), "host_unit")
    assert _values(meeting, "host_unit_id") == (world["a"]["sub"].pk,)


def test_another_unit_may_lead_our_task_and_we_still_follow_it(world, client_a):
    """Reference data may name any row: A makes B the lead of A's task, and keeps it."""
    task = world["a"]["task"]
    url = _url(Task, "change", task.pk)
    page = client_a.get(url)
    data = change_form_data(page)
    prefix = next(
        i.formset.prefix
        for i in page.context["inline_admin_formsets"]
        if i.formset.model is TaskUnit
    )
    index = int(data[f"{prefix}-TOTAL_FORMS"])
    data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
    data[f"{prefix}-{index}-unit"] = str(world["b"]["unit"].pk)
    data[f"{prefix}-{index}-role"] = TaskUnit.Role.LEAD
    assert client_a.post(url, data).status_code == 302
    assert task.task_units.filter(unit=world["b"]["unit"]).exists()
    assert client_a.get(url).status_code == 200


# --- the unit tree and merges -----------------------------------------------------------------


def test_plain_editor_cannot_put_another_unit_under_their_own(world, client_a):
    b_unit = world["b"]["unit"]
    response = _change(client_a, b_unit, parent=str(world["a"]["unit"].pk),
                       valid_to="2025-01-01")  # fmt: skip
    assert response.status_code in (200, 302)
    assert _values(b_unit, "parent_id", "valid_to") == (None, None)
    assert not access.meetings_visible_to(world["ua"]).filter(pk=world["b"]["meeting"].pk).exists()


def test_reference_admin_changes_the_tree(world):
    user = world["ua"]
    user.groups.add(Group.objects.get(name=REFERENCE_ADMINS))
    b_unit = world["b"]["unit"]
    response = _change(login(user), b_unit, parent=str(world["a"]["unit"].pk))
    assert response.status_code == 302
    assert _values(b_unit, "parent_id") == (world["a"]["unit"].pk,)


def _merge_post(client, model, records, target):
    return client.post(
        _url(model, "changelist"),
        {"action": "merge_selected", "_selected_action": [r.pk for r in records],
         "confirm": "yes", "target": target.pk},
    )  # fmt: skip


def test_plain_editor_cannot_merge_units(world, client_a):
    a_unit, b_unit = world["a"]["sub"], world["b"]["sub"]
    page = client_a.get(_url(Unit, "changelist"))
    action_form = page.context["action_form"]  # None: no action left for this user
    assert action_form is None or "merge_selected" not in dict(action_form.fields["action"].choices)
    _merge_post(client_a, Unit, [a_unit, b_unit], a_unit)
    assert Unit.objects.filter(pk=b_unit.pk).exists()
    assert _values(world["b"]["meeting"], "host_unit_id") == (b_unit.pk,)
    assert StaffProfile.objects.get(user=world["ub"]).units.filter(pk=world["b"]["unit"].pk)


def test_plain_editor_cannot_merge_people(world, client_a):
    people = [world["a"]["person"], world["b"]["person"]]
    _merge_post(client_a, Person, people, people[0])
    assert Person.objects.filter(pk__in=[p.pk for p in people]).count() == 2


def test_merge_shows_what_moves_and_carries_staff_profiles(world):
    user = world["ua"]
    user.groups.add(Group.objects.get(name=REFERENCE_ADMINS))
    client = login(user)
    kept, merged = world["a"]["unit"], world["b"]["unit"]
    confirm = client.post(
        _url(Unit, "changelist"),
        {"action": "merge_selected", "_selected_action": [kept.pk, merged.pk]},
    )
    assert confirm.status_code == 200
    moves = dict(dict(confirm.context["records"])[merged])
    assert moves["phạm vi đơn vị của cán bộ (đơn vị)"] == 1
    assert moves["đơn vị (trực thuộc)"] == 1  # B's sub-unit
    assert "phạm vi đơn vị của cán bộ (đơn vị)" in confirm.content.decode()
    _merge_post(client, Unit, [kept, merged], kept)
    assert not Unit.objects.filter(pk=merged.pk).exists()
    # B's editor keeps a unit (the merged one's successor in their profile), and B's records
    profile = StaffProfile.objects.get(user=world["ub"])
    assert list(profile.units.values_list("pk", flat=True)) == [kept.pk]
    assert access.meetings_visible_to(world["ub"]).filter(pk=world["b"]["meeting"].pk).exists()


def test_merge_drops_a_duplicate_profile_unit(world, django_user_model):
    from reports.services.merging import units_merge

    one, two = world["a"]["unit"], world["b"]["unit"]
    profile = StaffProfile.objects.get(user=world["ua"])
    profile.units.add(two)
    result = units_merge(target=one, others=[two])
    assert list(profile.units.values_list("pk", flat=True)) == [one.pk]
    assert result.dropped >= 1


def test_date_fields_untouched_by_editor(world, client_a):
    unit = world["a"]["unit"]
    Unit.objects.filter(pk=unit.pk).update(valid_from=dt.date(2020, 1, 1))
    _change(client_a, unit, valid_from="2024-01-01")
    assert _values(unit, "valid_from") == (dt.date(2020, 1, 1),)
