""" "Lượt nhập" in the admin: each user's own runs (a superuser's: all), the progress, the
failures with their reasons, cancel."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from reports.models import ImportRun, ImportRunItem
from reports.services.import_runs import import_item_process, import_run_create
from tests import factories as f

LIST = reverse("admin:reports_importrun_changelist")
pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editors():
    group = Group.objects.get(name="Biên tập viên")
    users = [f.make_staff_user(f"bientap-{i}", f.make_unit()) for i in (1, 2)]
    for user in users:
        user.groups.add(group)
    return users


def _run(user, n=2):
    files = [(f"vb-{i}.txt", b"") for i in range(n)]  # empty: each fails with a reason
    return import_run_create(files=files, started_by=user)


def test_each_user_sees_only_their_runs(editors, superuser):
    mine, theirs = _run(editors[0]), _run(editors[1])
    response = _client(editors[0]).get(LIST)
    assert response.status_code == 200
    assert set(response.context["cl"].queryset.values_list("pk", flat=True)) == {mine.pk}
    other = reverse("admin:reports_importrun_change", args=[theirs.pk])
    assert _client(editors[0]).get(other).status_code == 302  # "does not exist": back to list
    everything = _client(superuser).get(LIST).context["cl"].queryset
    assert set(everything.values_list("pk", flat=True)) == {mine.pk, theirs.pk}


def test_progress_and_failures_with_reasons(editors):
    run = _run(editors[0], n=3)
    import_item_process(item_id=run.items.get(position=1).pk)
    page = _client(editors[0]).get(LIST).content.decode()
    assert '<progress max="100" value="33"' in page and "1/3" in page
    change = _client(editors[0]).get(reverse("admin:reports_importrun_change", args=[run.pk]))
    text = change.content.decode()
    assert "vb-0.txt" in text and ImportRunItem.objects.get(position=1, run=run).reason in text


def test_cancel_action_skips_the_rest(editors):
    run = _run(editors[0], n=3)
    response = _client(editors[0]).post(LIST, {"action": "cancel", "_selected_action": [run.pk]})
    assert response.status_code == 302
    run.refresh_from_db()
    assert (run.skipped, run.cancelled is not None, run.finished is not None) == (3, True, True)


def test_cancel_of_another_users_run_changes_nothing(editors):
    theirs = _run(editors[1])
    _client(editors[0]).post(LIST, {"action": "cancel", "_selected_action": [theirs.pk]})
    theirs.refresh_from_db()
    assert theirs.cancelled is None and theirs.skipped == 0


def test_a_viewer_has_no_runs_page(db):
    viewer = f.make_staff_user("nguoixem-run", f.make_unit())
    viewer.groups.add(Group.objects.get(name="Người xem"))
    assert _client(viewer).get(LIST).status_code == 403
    assert not ImportRun.objects.exists()
