"""Merging duplicates: a confirmation page, every relation re-pointed, names kept as aliases,
the merge recorded in history."""

import pytest
from django.urls import reverse

from reports.models import (
    Citation,
    Directive,
    DirectiveRelation,
    Meeting,
    Participation,
    Person,
    TaskUnit,
    Unit,
    UnitAlias,
)
from reports.services.merging import MergeError, directives_merge, people_merge, units_merge
from tests import factories as f

pytestmark = pytest.mark.django_db


def _merge_through_admin(client, model, target, others):
    url = reverse(f"admin:reports_{model._meta.model_name}_changelist")
    selected = [target.pk, *(o.pk for o in others)]
    confirm = client.post(url, {"action": "merge_selected", "_selected_action": selected})
    assert confirm.status_code == 200
    page = confirm.content.decode()
    assert "Gộp vào bản ghi đã chọn" in page
    for record in (target, *others):
        assert str(record) in page
    return client.post(
        url,
        {
            "action": "merge_selected",
            "_selected_action": selected,
            "confirm": "yes",
            "target": target.pk,
        },
        follow=True,
    )


def test_units_merge_through_the_admin(admin_client, superuser):
    kept = f.make_unit("Ban Tuyên giáo Tỉnh ủy")
    dup = f.make_unit("Ban Tuyen giao Tinh uy", short_name="BTGTU")
    UnitAlias.objects.create(unit=dup, name="Ban TG Tỉnh ủy")
    child = f.make_unit("Chi bộ Phòng Tuyên truyền", parent=dup)
    meeting = f.make_meeting(host_unit=dup)
    both = f.make_task()  # led by both: one row must survive
    TaskUnit.objects.create(task=both, unit=kept, role=TaskUnit.Role.LEAD)
    TaskUnit.objects.create(task=both, unit=dup, role=TaskUnit.Role.LEAD)
    only_dup = f.make_task(assigned_by_unit=dup)
    TaskUnit.objects.create(task=only_dup, unit=dup, role=TaskUnit.Role.SUPPORT)
    directive = f.make_directive(issuing_body=dup)
    kept.parent = dup  # the kept unit pointed at the duplicate: the link is dropped
    kept.save()

    response = _merge_through_admin(admin_client, Unit, kept, [dup])
    assert "Đã gộp Ban Tuyen giao Tinh uy vào" in response.content.decode()

    assert not Unit.objects.filter(pk=dup.pk).exists()
    kept.refresh_from_db()
    assert kept.parent is None
    child.refresh_from_db()
    meeting.refresh_from_db()
    directive.refresh_from_db()
    only_dup.refresh_from_db()
    assert child.parent == kept
    assert meeting.host_unit == kept
    assert directive.issuing_body == kept
    assert only_dup.assigned_by_unit == kept
    assert only_dup.version == 2  # an editor holding the old form must reload
    assert list(TaskUnit.objects.filter(task=both).values_list("unit", "role")) == [
        (kept.pk, TaskUnit.Role.LEAD)
    ]
    assert TaskUnit.objects.get(task=only_dup).unit == kept
    assert set(kept.aliases.values_list("name", flat=True)) == {"BTGTU", "Ban TG Tỉnh ủy"}
    # "Ban Tuyen giao Tinh uy" folds to the kept name: it is no new spelling to keep

    last = kept.history.first()
    assert "Gộp các bản ghi trùng" in last.history_change_reason
    assert last.history_user == superuser
    deleted = Unit.history.filter(id=dup.pk, history_type="-").get()
    assert f"#{kept.pk}" in deleted.history_change_reason
    # the merged unit is now found under its old spelling through the alias
    assert Unit.objects.filter(aliases__search_key="btgtu").get() == kept


def test_people_merge_keeps_names_and_repoints_participations(admin_client):
    kept = f.make_person("Nguyễn Văn Nam")
    dup = f.make_person("Nguyễn Văn Năm")
    meeting = f.make_meeting()
    Participation.objects.create(meeting=meeting, person=kept, role=Participation.Role.CHAIR)
    Participation.objects.create(meeting=meeting, person=dup, role=Participation.Role.CHAIR)
    other = Participation.objects.create(
        meeting=f.make_meeting(), person=dup, role=Participation.Role.SPEAKING
    )
    task = f.make_task(assigned_by_person=dup)

    _merge_through_admin(admin_client, Person, kept, [dup])

    kept.refresh_from_db()
    task.refresh_from_db()
    other.refresh_from_db()
    assert kept.aliases == "Nguyễn Văn Năm"
    assert task.assigned_by_person == kept
    assert other.person == kept
    assert Participation.objects.filter(meeting=meeting).count() == 1
    assert not Person.objects.filter(pk=dup.pk).exists()


def test_directives_merge_repoints_citations_and_relations():
    kept = f.make_directive(code="05-CT/TW", label="Chỉ thị 05-CT/TW")
    dup = f.make_directive(code=None, label="Chỉ thị số 05 về học tập và làm theo")
    older = f.make_directive(code="03-CT/TW")
    DirectiveRelation.objects.create(source=kept, target=older, kind="continues")
    DirectiveRelation.objects.create(source=dup, target=older, kind="continues")
    DirectiveRelation.objects.create(source=dup, target=kept, kind="implements")  # becomes self
    meeting = f.make_meeting()
    citation = Citation.objects.create(directive=dup, meeting=meeting, as_written="Chỉ thị 05")
    task = f.make_task()
    Citation.objects.create(directive=kept, task=task)
    Citation.objects.create(directive=dup, task=task)

    result = directives_merge(target=kept, others=[dup])

    assert result.merged == ["Chỉ thị số 05 về học tập và làm theo"]
    assert result.dropped == 3  # duplicate relation, self relation, duplicate task citation
    citation.refresh_from_db()
    assert citation.directive == kept
    assert list(DirectiveRelation.objects.values_list("source", "target")) == [(kept.pk, older.pk)]
    assert list(task.directives.all()) == [kept]
    kept.refresh_from_db()
    assert kept.aliases == "Chỉ thị số 05 về học tập và làm theo"
    assert kept.history.first().history_change_reason.startswith("Gộp các bản ghi trùng")
    assert Meeting.objects.get(pk=meeting.pk).citations.get().directive == kept


def test_merge_needs_two_records_of_one_kind():
    unit = f.make_unit()
    with pytest.raises(MergeError):
        units_merge(target=unit, others=[unit])
    with pytest.raises(MergeError):
        people_merge(target=f.make_person(), others=[unit])


def test_merge_with_one_record_selected_is_refused_politely(admin_client):
    unit = f.make_unit()
    url = reverse("admin:reports_unit_changelist")
    response = admin_client.post(
        url, {"action": "merge_selected", "_selected_action": [unit.pk]}, follow=True
    )
    assert "Chọn ít nhất hai bản ghi để gộp." in response.content.decode()
    assert Unit.objects.filter(pk=unit.pk).exists()


def test_directive_aliases_do_not_repeat_the_kept_code():
    kept = f.make_directive(code="35-NQ/TW", label="Nghị quyết 35")
    dup = f.make_directive(code="35-NQ/TW ", label="Nghị quyết số 35-NQ/TW")
    directives_merge(target=kept, others=[dup])
    kept.refresh_from_db()
    assert kept.aliases == "Nghị quyết số 35-NQ/TW"
    assert Directive.objects.count() == 1


def test_a_merged_directive_is_found_by_its_old_label(admin_client):
    kept = f.make_directive(code="05-CT/TW", label="Chỉ thị 05-CT/TW")
    dup = f.make_directive(code=None, label="Chỉ thị về học tập và làm theo Bác")
    directives_merge(target=kept, others=[dup])
    url = reverse("admin:reports_directive_changelist")
    shown = admin_client.get(url, {"q": "hoc tap va lam theo bac"}).context["cl"].result_list
    assert list(shown) == [kept]


def test_a_long_subject_does_not_overflow_the_search_key():
    directive = f.make_directive(subject="về công tác tuyên giáo " * 100)
    directive.refresh_from_db()
    assert len(directive.search_key) == Directive._meta.get_field("search_key").max_length
