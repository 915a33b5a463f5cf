"""Every admin door, for two staff users of two units: not one row of the other unit."""

import csv
import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.models import (
    Citation,
    Meeting,
    Participation,
    ReviewState,
    SourceDocument,
    Task,
    TaskUnit,
    TaskUpdate,
)
from reports.services.exports import HEADERS
from tests.access.conftest import SECRET_A, SECRET_B

# model -> keys of its records in the world fixture
RECORDS = {
    Meeting: ["meeting"],
    Task: ["task"],
    Participation: ["participation"],
    Citation: ["citation", "meeting_citation"],
    TaskUnit: ["role"],
    TaskUpdate: ["update"],
    SourceDocument: ["doc"],
}
MODELS = list(RECORDS)
EXPORT = reverse("admin:reports_task_export")


def _records(world, side: str, model) -> list:
    """The records of ``model`` only ``side`` sees."""
    found = [world[side][key] for key in RECORDS[model]]
    if model is Task and side == "b":
        found += [world["b"]["unassigned"]]
    return found


def _seen(world, side: str, model) -> list:
    """Everything of ``model`` ``side`` sees: its own and the task both follow up."""
    return _records(world, side, model) + ([world["both"]] if model is Task else [])


def _url(model, view: str, *args) -> str:
    return reverse(f"admin:reports_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_shows_only_own_units(world, client_a, client_b, model):
    for client, own, other, secret in (
        (client_a, "a", "b", SECRET_B),
        (client_b, "b", "a", SECRET_A),
    ):
        response = client.get(_url(model, "changelist"))
        assert response.status_code == 200
        shown = set(response.context["cl"].queryset.values_list("pk", flat=True))
        assert {r.pk for r in _seen(world, own, model)} <= shown
        assert not shown & {r.pk for r in _records(world, other, model)}
        page = response.content.decode()
        # B's task assigned at A's meeting shows that meeting's title, by design: the task
        # is B's; the meeting itself stays A's (its page is refused to B)
        page = page.replace(str(world[other]["meeting"]), "")
        assert secret not in page


@pytest.mark.parametrize("model", [Meeting, Task, TaskUpdate], ids=lambda m: m._meta.model_name)
def test_search_finds_nothing_of_the_other_unit(world, client_a, model):
    response = client_a.get(_url(model, "changelist"), {"q": SECRET_B})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 0


def test_user_without_units_sees_empty_changelists(world):
    from tests.access.conftest import login

    client = login(world["nobody"])
    for model in MODELS:
        response = client.get(_url(model, "changelist"))
        assert response.status_code == 200
        assert response.context["cl"].result_count == 0, model


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_change_page_of_the_other_unit_by_url_is_refused(world, client_a, model):
    for record in _records(world, "b", model):
        response = client_a.get(_url(model, "change", record.pk))
        # Django's admin answers an object outside get_queryset with a redirect to the index
        assert response.status_code in (302, 404), record
        assert SECRET_B not in response.content.decode()
    own = _records(world, "a", model)[0]
    assert client_a.get(_url(model, "change", own.pk)).status_code == 200


def test_post_to_the_other_units_task_changes_nothing(world, client_a):
    task = world["b"]["task"]
    response = client_a.post(
        _url(Task, "change", task.pk), {"text": "đã sửa", "status": "hoan_thanh"}
    )
    assert response.status_code in (302, 404)
    task.refresh_from_db()
    assert task.text == f"Nhiệm vụ {SECRET_B}"
    assert task.status == Task.Status.NOT_STARTED


def test_action_on_the_other_units_rows_touches_nothing(world, client_a):
    theirs = world["b"]["task"]
    client_a.post(
        _url(Task, "changelist"),
        {"action": "mark_verified", "_selected_action": [theirs.pk, world["a"]["task"].pk]},
    )
    theirs.refresh_from_db()
    assert theirs.review_state != ReviewState.VERIFIED
    world["a"]["task"].refresh_from_db()
    assert world["a"]["task"].review_state == ReviewState.VERIFIED


def test_own_meeting_page_lists_the_task_it_assigned_to_another_unit(world, client_a):
    # A's meeting assigned a task to B: A keeps following it up (issue 15), B's own stays hidden
    page = client_a.get(_url(Meeting, "change", world["a"]["meeting"].pk)).content.decode()
    assert SECRET_A in page
    assert world["both"].text in page
    assert SECRET_B not in page


def test_the_assigning_unit_still_opens_the_task_it_gave_another_unit(world, client_a):
    # "Nhiệm vụ với ID … không tồn tại" once A made B the lead of the task A's meeting assigned
    both = world["both"]
    TaskUnit.objects.filter(task=both).update(role=TaskUnit.Role.LEAD)
    assert client_a.get(_url(Task, "change", both.pk)).status_code == 200


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m._meta.model_name)
def test_history_of_the_other_unit_is_refused(world, client_a, model):
    for record in _records(world, "b", model):
        response = client_a.get(_url(model, "history", record.pk))
        assert response.status_code in (302, 404), record
        assert SECRET_B not in response.content.decode()
        if hasattr(record, "history"):
            version = record.history.first()
            url = _url(model, "simple_history", record.pk, version.history_id)
            response = client_a.get(url)
            assert response.status_code == 404
    own = _records(world, "a", model)[0]
    assert client_a.get(_url(model, "history", own.pk)).status_code == 200


@pytest.mark.parametrize(
    ("source", "field", "target"),
    [
        ("citation", "task", Task),
        ("task", "meeting", Meeting),
        ("meeting", "source_document", SourceDocument),
    ],
)
def test_autocomplete_lists_only_own_units(world, client_a, source, field, target):
    response = client_a.get(
        "/admin/autocomplete/",
        {"app_label": "reports", "model_name": source, "field_name": field, "term": ""},
    )
    assert response.status_code == 200
    ids = {int(r["id"]) for r in json.loads(response.content)["results"]}
    assert ids == {r.pk for r in _seen(world, "a", target)}
    assert SECRET_B not in response.content.decode()


def test_cross_links_on_shared_records_list_only_own_units(world, client_a):
    pages = [
        _url_for(world["shared"]),
        _url_for(world["b"]["unit"]),
        _url_for(world["b"]["person"]),
        _url_for(world["b"]["directive"]),
    ]
    for url in pages:
        response = client_a.get(url)
        assert response.status_code == 200, url
        assert SECRET_B not in response.content.decode(), url
    # A's own records are still listed on the shared directive's page
    assert SECRET_A in client_a.get(_url_for(world["shared"])).content.decode()


def _url_for(record):
    return _url(type(record), "change", record.pk)


# --- export -------------------------------------------------------------------------------


def _csv_ids(response) -> list[int]:
    data = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(data, newline="")))
    assert rows[0] == HEADERS
    return sorted(int(r[0]) for r in rows[1:])


def test_export_button_exports_only_own_units(world, client_a, client_b):
    for client, side in ((client_a, "a"), (client_b, "b")):
        assert _csv_ids(client.get(EXPORT, {"_dinh_dang": "csv"})) == sorted(
            r.pk for r in _seen(world, side, Task)
        )


def test_export_action_skips_the_other_units_rows(world, client_a):
    response = client_a.post(
        _url(Task, "changelist"),
        {
            "action": "export_selected_csv",
            "_selected_action": [world["b"]["task"].pk, world["a"]["task"].pk],
        },
    )
    assert _csv_ids(response) == [world["a"]["task"].pk]


# --- import -------------------------------------------------------------------------------


def _import(client, data: bytes):
    upload = SimpleUploadedFile("nhiem-vu.csv", data, content_type="text/csv")
    return client.post(
        reverse("admin:reports_task_import"), {"import_file": upload, "format": 0, "resource": 0}
    )


def test_import_row_naming_another_units_task_is_an_error(world, admin_client, client_a):
    full = b"".join(admin_client.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    response = _import(client_a, full)
    result = response.context["result"]
    assert result.has_validation_errors()
    errors = " ".join(
        str(e) for row in result.invalid_rows for e in row.error_dict.values()
    )  # fmt: skip
    assert "trong phạm vi bạn được xem" in errors
    assert len(result.invalid_rows) == len(_records(world, "b", Task))
    assert "confirm_form" not in response.context or response.context["confirm_form"] is None


def test_import_of_own_rows_is_accepted(world, client_a):
    own = b"".join(client_a.get(EXPORT, {"_dinh_dang": "csv"}).streaming_content)
    response = _import(client_a, own)
    result = response.context["result"]
    assert not result.has_validation_errors()
    assert not result.has_errors()
