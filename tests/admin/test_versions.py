"""No lost updates: a save based on a stale form is refused, the colleague's change is kept."""

import pytest
from django.urls import reverse

from reports.models import Meeting, Task
from reports.services import review
from tests import factories as f
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


def _save_elsewhere(record, **changes):
    """A colleague's save through the admin service, after our form was opened."""
    for name, value in changes.items():
        setattr(record, name, value)
    review.record_save_edited(
        record=record, based_on_version=record.version, review_state_chosen=False
    )


@pytest.mark.parametrize(
    ("model", "make", "field"),
    [(Task, f.make_task, "text"), (Meeting, f.make_meeting, "title")],
    ids=["task", "meeting"],
)
def test_a_stale_form_is_refused_and_the_other_change_kept(admin_client, model, make, field):
    record = make()
    url = reverse(f"admin:reports_{model._meta.model_name}_change", args=[record.pk])
    ours = change_form_data(admin_client.get(url), **{field: "Bản của tôi"})
    assert ours["based_on_version"] == "1"

    _save_elsewhere(model.objects.get(pk=record.pk), **{field: "Bản của đồng nghiệp"})

    response = admin_client.post(url, ours)
    assert response.status_code == 200  # the form again, with the error, nothing saved
    page = response.content.decode()
    assert "đã được người khác thay đổi và lưu (phiên bản 2)" in page
    assert "Thay đổi của người đó được giữ nguyên" in page
    assert "Vui lòng sửa các lỗi bên dưới." in page  # reports/locale fills Django's gaps
    record.refresh_from_db()
    assert getattr(record, field) == "Bản của đồng nghiệp"
    assert record.version == 2


def test_a_fresh_form_saves_and_bumps_the_version(admin_client):
    task = f.make_task()
    url = reverse("admin:reports_task_change", args=[task.pk])
    first = change_form_data(admin_client.get(url), text="Lần một")
    assert admin_client.post(url, first).status_code == 302
    second = change_form_data(admin_client.get(url), text="Lần hai")
    assert second["based_on_version"] == "2"
    assert admin_client.post(url, second).status_code == 302
    task.refresh_from_db()
    assert (task.text, task.version) == ("Lần hai", 3)


def test_a_post_without_a_version_is_refused(admin_client):
    task = f.make_task(text="Giữ nguyên")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), text="Ghi đè")
    del data["based_on_version"]
    assert admin_client.post(url, data).status_code == 200
    task.refresh_from_db()
    assert task.text == "Giữ nguyên"


def test_the_service_refuses_a_save_that_lost_the_race():
    # Two editors passed the form check with version 1; the second save must not go through.
    task = f.make_task(text="Gốc")
    first, second = Task.objects.get(pk=task.pk), Task.objects.get(pk=task.pk)
    first.text = "Người thứ nhất"
    review.record_save_edited(record=first, based_on_version=1, review_state_chosen=False)
    second.text = "Người thứ hai"
    with pytest.raises(review.StaleVersionError) as refused:
        review.record_save_edited(record=second, based_on_version=1, review_state_chosen=False)
    assert refused.value.current == 2
    task.refresh_from_db()
    assert (task.text, task.version) == ("Người thứ nhất", 2)


def test_a_race_lost_in_save_model_shows_the_message(admin_client, monkeypatch):
    # The form check passes, then a colleague saves before our save_model runs.
    task = f.make_task(text="Gốc")
    url = reverse("admin:reports_task_change", args=[task.pk])
    data = change_form_data(admin_client.get(url), text="Của tôi")
    real_save = review.record_save_edited

    def colleague_first(*, record, based_on_version, review_state_chosen):
        Task.objects.filter(pk=record.pk).update(text="Của đồng nghiệp", version=2)
        return real_save(
            record=record, based_on_version=based_on_version, review_state_chosen=False
        )

    monkeypatch.setattr(review, "record_save_edited", colleague_first)
    response = admin_client.post(url, data, follow=True)
    assert "Thay đổi của người đó được giữ nguyên" in response.content.decode()
    task.refresh_from_db()
    # the simulated colleague wrote inside our request's transaction, so it rolled back with
    # ours; what matters here is that our stale save did not go through
    assert task.text != "Của tôi"
