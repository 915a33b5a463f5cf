"""The admin page "Nhập văn bản": who may use it, preview writes nothing, confirm loads
as import_seeds does, the same text twice is said to be loaded, untrusted text stays text."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from reports.models import Meeting, SourceDocument
from tests.upload.files import seed_docx, seed_html

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
URL = "/admin/nhap-van-ban/"

pytestmark = pytest.mark.django_db


def _upload(client, *files: tuple[str, bytes], **data):
    payload = {"action": "Xem trước", "paste_kind": "text", **data}
    if files:
        payload["files"] = [SimpleUploadedFile(name, content) for name, content in files]
    return client.post(URL, payload)


def _confirm(client, preview_response, **extra):
    token = preview_response.context["token"]
    return client.post(URL, {"action": "confirm", "token": token}, **extra)


def _rows() -> dict[str, int]:
    """Rows per model of the app, history included."""
    return {m._meta.label: m.objects.count() for m in apps.get_app_config("reports").get_models()}


def test_url_is_the_one_the_admin_links_to():
    assert reverse("reports_upload") == URL


def test_anonymous_is_sent_to_login(client):
    response = client.get(URL)
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]


def test_staff_outside_the_editors_group_is_refused(client, django_user_model):
    user = django_user_model.objects.create_user("xem", password="x-9", is_staff=True)
    client.force_login(user)
    assert client.get(URL).status_code == 403
    assert client.post(URL, {"pasted": "Hội nghị"}).status_code == 403


@pytest.mark.parametrize("who", ["editor_client", "admin_client"])
def test_editors_and_superusers_get_the_form(request, who):
    client = request.getfixturevalue(who)
    response = client.get(URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Nhập văn bản" in body
    assert 'type="file"' in body and "multiple" in body


def test_admin_index_and_document_list_link_to_the_page(editor_client):
    for page in (reverse("admin:index"), reverse("admin:reports_sourcedocument_changelist")):
        body = editor_client.get(page).content.decode()
        assert f'href="{URL}"' in body, page


def test_preview_highlights_and_writes_nothing(editor_client):
    seed = SEEDS[0]
    before = _rows()
    response = _upload(editor_client, (seed.name, seed.read_bytes()))
    assert response.status_code == 200
    body = response.content.decode()
    for kind in ("meetings", "people", "units", "directives"):
        assert f"k-{kind}" in body, kind
    assert "Lê Hải Bình</mark>" in body
    assert "Xác nhận nạp 1 văn bản" in body
    assert "tạo mới" in body
    assert _rows() == before


def test_preview_shows_units_already_known_as_matched(editor_client):
    call_command("loaddata", "reference", verbosity=0)
    response = _upload(editor_client, (SEEDS[0].name, SEEDS[0].read_bytes()))
    units = [g for g in response.context["previews"][0]["groups"] if g["kind"] == "units"][0]
    assert any(f["outcome"] == "matched" and f["url"] for f in units["findings"])


def test_confirm_loads_records_the_uploader_and_opens_the_meeting(editor_client, editor):
    seed = SEEDS[0]
    preview = _upload(editor_client, (seed.name, seed.read_bytes()))
    response = _confirm(editor_client, preview)
    document = SourceDocument.objects.get()
    meeting = Meeting.objects.filter(source_document=document).order_by("pk").first()
    assert response.status_code == 302
    assert response["Location"] == reverse("admin:reports_meeting_change", args=[meeting.pk])
    assert document.uploaded_by == editor
    assert document.file_name == seed.name
    assert document.history.get().history_user == editor
    assert meeting.history.first().history_user == editor


def test_same_document_twice_is_said_to_be_loaded_and_changes_nothing(editor_client):
    seed = SEEDS[1]
    _confirm(editor_client, _upload(editor_client, (seed.name, seed.read_bytes())))
    before = _rows()
    # the same text in another encoding is the same document
    again = _upload(editor_client, ("ban-sao.txt", seed.read_text().encode("utf-16")))
    body = again.content.decode()
    assert "đã được nạp" in body
    assert "Xác nhận nạp" not in body
    response = _confirm(editor_client, again, follow=True)
    assert _rows() == before
    assert SourceDocument.objects.count() == 1
    assert response.status_code == 200


def test_a_preview_is_confirmed_once(editor_client):
    seed = SEEDS[2]
    preview = _upload(editor_client, (seed.name, seed.read_bytes()))
    _confirm(editor_client, preview)
    before = _rows()
    response = _confirm(editor_client, preview, follow=True)
    assert "hết hạn hoặc đã được xác nhận" in response.content.decode()
    assert _rows() == before


def test_several_files_at_once(editor_client):
    files = [(p.name, p.read_bytes()) for p in SEEDS[:3]]
    preview = _upload(editor_client, *files)
    assert len(preview.context["previews"]) == 3
    response = _confirm(editor_client, preview)
    assert response["Location"] == reverse("admin:reports_sourcedocument_changelist")
    assert SourceDocument.objects.count() == 3


def test_word_and_web_page_uploads(editor_client):
    text = SEEDS[3].read_text()
    preview = _upload(editor_client, ("bao-cao.docx", seed_docx(text)))
    assert preview.context["previews"][0]["preview"].pending.format == "docx"
    _confirm(editor_client, preview)
    page = _upload(editor_client, ("tin.html", seed_html(SEEDS[4].read_text())))
    _confirm(editor_client, page)
    assert set(SourceDocument.objects.values_list("encoding", flat=True)) == {
        "docx",
        "html, utf-8",
    }


def test_pasted_text_and_pasted_page(editor_client):
    text = SEEDS[0].read_text()
    preview = _upload(editor_client, pasted=text)
    assert preview.context["previews"][0]["preview"].pending.name == "van-ban-dan.txt"
    page = seed_html(SEEDS[1].read_text()).decode()
    preview = _upload(editor_client, pasted=page, paste_kind="html")
    pending = preview.context["previews"][0]["preview"].pending
    assert pending.format == "html"
    assert "Trang chủ" not in pending.text  # the menu is gone
    bad = _upload(editor_client, pasted=text, paste_kind="html")
    assert "không phải mã HTML" in bad.content.decode()


SCRIPT = "<script>window.__pwned = 1</script>"


def test_untrusted_text_is_shown_escaped(editor_client):
    text = SEEDS[0].read_text() + f"\n\nĐoạn cuối có mã {SCRIPT} và <b>chữ đậm</b>.\n"
    body = _upload(editor_client, ("bai.txt", text.encode())).content.decode()
    assert SCRIPT not in body
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in body
    assert "<b>chữ đậm</b>" not in body


def test_scripts_of_an_uploaded_page_are_dropped(editor_client):
    page = seed_html(
        SEEDS[0].read_text(),
        script=f"{SCRIPT}<p>Ví dụ mã: &lt;script&gt;alert(1)&lt;/script&gt; trong bài.</p>",
    )
    body = _upload(editor_client, ("tin.html", page)).content.decode()
    assert "window.__pwned" not in body
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        ("bao-cao.pdf", b"%PDF-1.7\n1 0 obj", "Tệp PDF bị hỏng"),
        (
            "anh.txt",
            b"\x89PNG\r\n\x1a\n" + bytes(30),
            "Không nhận loại tệp này: đây là tệp ảnh PNG",
        ),
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(30), "Không nhận loại tệp này"),
    ],
)
def test_refused_types_are_reported_and_nothing_written(editor_client, name, data, said):
    before = _rows()
    response = _upload(editor_client, (name, data))
    body = response.content.decode()
    assert response.status_code == 200
    assert name in body and said in body
    assert _rows() == before


def test_file_over_the_per_file_limit_is_skipped(editor_client, settings):
    settings.UPLOAD_MAX_FILE_BYTES = 1000
    big, small = SEEDS[0], "Hội nghị giao ban tháng 5 năm 2024.\n\nNội dung ngắn.".encode()
    response = _upload(editor_client, (big.name, big.read_bytes()), ("ngan.txt", small))
    body = response.content.decode()
    assert f"{big.name}: tệp quá lớn" in body
    assert [r["preview"].pending.name for r in response.context["previews"]] == ["ngan.txt"]


def test_request_over_the_limit_is_refused_before_reading(editor_client, settings):
    settings.UPLOAD_MAX_REQUEST_BYTES = 5000
    files = [(p.name, p.read_bytes()) for p in SEEDS[:2]]
    before = _rows()
    response = _upload(editor_client, *files)
    assert response.status_code == 413
    assert "Dữ liệu gửi lên quá lớn" in response.content.decode()
    assert _rows() == before


def test_warnings_are_listed(editor_client):
    text = (
        "Hội nghị giao ban công tác tuyên giáo tháng 5\n\n"
        "Ngày 27/5, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị giao ban công tác tuyên giáo.\n"
    )
    preview = _upload(editor_client, ("giao-ban.txt", text.encode()))
    warnings = preview.context["previews"][0]["preview"].warnings
    assert any("không ghi năm" in w and "27/5" in w for w in warnings), warnings


def _snapshot() -> dict[str, list[tuple]]:
    """Every row of the app's models by value (foreign keys by the related row's text),
    without ids, times and the uploader."""
    out = {}
    for model in apps.get_app_config("reports").get_models():
        if model._meta.label.startswith("reports.Historical"):
            continue
        fields = [
            f
            for f in model._meta.concrete_fields
            if f.name not in {"id", "uploaded_by"} and f.get_internal_type() != "DateTimeField"
        ]
        rows = []
        for obj in model.objects.all():
            rows.append(
                tuple(
                    str(getattr(obj, f.name)) if f.is_relation else getattr(obj, f.name)
                    for f in fields
                )
            )
        out[model._meta.label] = sorted(rows, key=repr)
    return out


def _clear():
    from reports.models import Citation, DirectiveRelation, Task

    Citation.objects.all().delete()
    DirectiveRelation.objects.all().delete()
    Task.objects.all().delete()
    for model in ("Participation", "Meeting", "SourceDocument"):
        apps.get_model("reports", model).objects.all().delete()
    for model in apps.get_app_config("reports").get_models():
        if not model._meta.label.startswith("reports.Historical"):
            model.objects.all().delete()


def test_the_five_seeds_through_the_admin_make_what_import_seeds_makes(editor_client):
    call_command("loaddata", "reference", verbosity=0)
    reference = _snapshot()
    for seed in SEEDS:  # one at a time, as staff would
        preview = _upload(editor_client, (seed.name, seed.read_bytes()))
        assert _confirm(editor_client, preview).status_code == 302
    through_admin = _snapshot()
    _clear()
    call_command("loaddata", "reference", verbosity=0)
    assert _snapshot() == reference
    call_command("import_seeds", *map(str, SEEDS), stdout=io.StringIO())
    by_command = _snapshot()
    assert through_admin["reports.SourceDocument"]
    assert through_admin == by_command


def test_import_seeds_reads_word_files_and_saved_pages(tmp_path):
    text = SEEDS[0].read_text()
    (tmp_path / "bao-cao.docx").write_bytes(seed_docx(text))
    (tmp_path / "tin.html").write_bytes(seed_html(SEEDS[1].read_text()))
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4 ...")
    out = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("import_seeds", str(tmp_path), stdout=out, stderr=out)
    assert sorted(SourceDocument.objects.values_list("file_name", "encoding")) == [
        ("bao-cao.docx", "docx"),
        ("tin.html", "html, utf-8"),
    ]
    assert re.search(r"scan\.pdf.*PDF", out.getvalue())


def test_posts_without_the_csrf_token_are_refused(editor):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(URL, {"pasted": SEEDS[0].read_text(), "paste_kind": "text"})
    assert response.status_code == 403
    assert SourceDocument.objects.count() == 0


def test_extract_command_reads_word_files(tmp_path):
    path = tmp_path / "bao-cao.docx"
    path.write_bytes(seed_docx(SEEDS[0].read_text()))
    out = io.StringIO()
    call_command("extract", str(path), "--json", stdout=out, stderr=io.StringIO())
    [found] = json.loads(out.getvalue())
    assert found["source"] == "bao-cao.docx"
    assert found["title"].startswith("Hội nghị sơ kết công tác tuyên giáo")
