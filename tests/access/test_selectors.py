"""Who sees what, read straight from the selector."""

from reports.models import Meeting, Task
from reports.selectors import access
from tests import factories as f


def _pks(qs):
    return set(qs.values_list("pk", flat=True))


def test_units_with_descendants_is_the_whole_subtree(db):
    top = f.make_unit("Tỉnh ủy")
    mid = f.make_unit("Đảng ủy Khối", parent=top)
    low = f.make_unit("Chi bộ", parent=mid)
    other = f.make_unit("Huyện ủy")
    below_other = f.make_unit("Xã ủy", parent=other)
    assert access.units_with_descendants(unit_ids=[mid.pk]) == {mid.pk, low.pk}
    assert access.units_with_descendants(unit_ids=[mid.pk, other.pk]) == {
        mid.pk, low.pk, other.pk, below_other.pk,
    }  # fmt: skip
    assert access.units_with_descendants(unit_ids=[]) == frozenset()


def test_a_cycle_in_the_tree_does_not_loop(db):
    one = f.make_unit("Một")
    two = f.make_unit("Hai", parent=one)
    one.parent = two
    one.save()
    assert access.units_with_descendants(unit_ids=[one.pk]) == {one.pk, two.pk}


def test_each_user_sees_the_meetings_and_tasks_of_their_units(world):
    a, b = world["a"], world["b"]
    assert _pks(access.meetings_visible_to(world["ua"])) == {a["meeting"].pk}
    assert _pks(access.meetings_visible_to(world["ub"])) == {b["meeting"].pk}
    # A assigned "both" to B at its meeting: A keeps following it up
    assert _pks(access.tasks_visible_to(world["ua"])) == {a["task"].pk, world["both"].pk}
    # the task B supports at A's meeting, and the task without units at B's meeting
    assert _pks(access.tasks_visible_to(world["ub"])) == {
        b["task"].pk, world["both"].pk, b["unassigned"].pk,
    }  # fmt: skip


def test_no_profile_or_no_units_sees_nothing(world, django_user_model):
    bare = django_user_model.objects.create_user("khong-ho-so", is_staff=True)
    for user in (bare, world["nobody"], None):
        assert not access.meetings_visible_to(user).exists()
        assert not access.tasks_visible_to(user).exists()
        assert not access.documents_visible_to(user).exists()


def test_superuser_and_all_units_profile_see_everything(world, superuser, django_user_model):
    leader = django_user_model.objects.create_user("lanh-dao", is_staff=True)
    f.grant_units(leader, all_units=True)
    for user in (superuser, leader):
        assert access.meetings_visible_to(user).count() == Meeting.objects.count()
        assert access.tasks_visible_to(user).count() == Task.objects.count()


def test_what_a_user_uploaded_is_theirs(world):
    doc = f.make_document(uploaded_by=world["nobody"])
    meeting = f.make_meeting(source_document=doc, host_unit=world["b"]["unit"])
    task = f.make_task(meeting=meeting, source_document=doc)
    assert _pks(access.meetings_visible_to(world["nobody"])) == {meeting.pk}
    assert _pks(access.tasks_visible_to(world["nobody"])) == {task.pk}
    assert _pks(access.documents_visible_to(world["nobody"])) == {doc.pk}


def test_the_related_rows_follow_their_meeting_or_task(world):
    a, b = world["a"], world["b"]
    for key in ("role", "participation", "citation", "meeting_citation", "update"):
        qs = type(a[key]).objects.all()
        seen_by_a = _pks(access.visible_to(world["ua"], qs))
        seen_by_b = _pks(access.visible_to(world["ub"], qs))
        assert a[key].pk in seen_by_a and a[key].pk not in seen_by_b, key
        assert b[key].pk in seen_by_b and b[key].pk not in seen_by_a, key
        assert not access.visible_to(world["nobody"], qs).exists(), key
