"""The upload page ("Nhập văn bản") for staff of a unit: what they load is theirs; a preview
never shows another unit's records."""

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.models import Meeting, SourceDocument, Task
from tests.access.conftest import SECRET_B

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f136ee392f99b48a.txt"
URL = reverse("reports_upload")


def _preview(client):
    upload = SimpleUploadedFile(SEED.name, SEED.read_bytes())
    return client.post(URL, {"action": "Xem trước", "paste_kind": "text", "files": [upload]})


def _confirm(client, preview):
    return client.post(URL, {"action": "confirm", "token": preview.context["token"]})


def test_what_a_user_loads_is_theirs_and_not_the_other_units(world, client_a, client_b):
    response = _confirm(client_a, _preview(client_a))
    document = SourceDocument.objects.get(file_name=SEED.name)
    meeting = Meeting.objects.filter(source_document=document).order_by("pk").first()
    assert response["Location"] == reverse("admin:reports_meeting_change", args=[meeting.pk])
    assert client_a.get(response["Location"]).status_code == 200
    loaded_tasks = Task.objects.filter(source_document=document)
    assert loaded_tasks.exists()
    # the loaded records are A's uploader's, not B's (their units are not under B)
    changelist = client_b.get(reverse("admin:reports_task_changelist"))
    shown = set(changelist.context["cl"].queryset.values_list("pk", flat=True))
    assert not shown & set(loaded_tasks.values_list("pk", flat=True))
    assert client_b.get(reverse("admin:reports_meeting_change", args=[meeting.pk])).status_code in (
        302,
        404,
    )


def test_preview_of_a_document_another_unit_loaded_does_not_show_it(world, client_a, client_b):
    _confirm(client_b, _preview(client_b))
    document = SourceDocument.objects.get(file_name=SEED.name)
    body = _preview(client_a).content.decode()
    assert "đã được nạp" in body
    assert "thuộc phạm vi" in body
    assert reverse("admin:reports_sourcedocument_change", args=[document.pk]) not in body
    assert world["ub"].username not in body
    # B itself is shown its document, with the link
    own = _preview(client_b).content.decode()
    assert reverse("admin:reports_sourcedocument_change", args=[document.pk]) in own


def test_preview_matches_are_reference_records_only(world, client_a):
    response = _preview(client_a)
    assert SECRET_B not in response.content.decode()
    for row in response.context["previews"]:
        for group in row["groups"]:
            for finding in group["findings"]:
                url = finding["url"]
                assert "/reports/meeting/" not in url and "/reports/task/" not in url, finding
