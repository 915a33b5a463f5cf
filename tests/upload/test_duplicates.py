"""The same article in another format or layout is the same document; a near copy is
flagged and loaded only when staff choose; a colleague's confirmation is said, not a 500."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.test import Client

from reports.models import Meeting, SourceDocument, Task
from tests.upload.files import seed_docx
from tests.upload.test_upload_view import URL, _confirm, _rows, _upload

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]

pytestmark = pytest.mark.django_db


def _near_copy(text: str) -> str:
    """The same article with one sentence reworded (another site's copy)."""
    sentences = text.split(". ")
    middle = len(sentences) // 2
    sentences[middle] = "Một câu được biên tập lại khác hẳn bản gốc ở giữa bài viết"
    return ". ".join(sentences)


def _load_seed(client):
    _confirm(client, _upload(client, (SEED.name, SEED.read_bytes())))
    return SourceDocument.objects.get()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ban-word.docx", lambda text: seed_docx(text)),
        ("them-dong-trong.txt", lambda text: text.replace("\n", "\n\n", 3).encode()),
        ("xuong-dong-windows.txt", lambda text: text.replace("\n", "\r\n").encode()),
    ],
    ids=["docx", "more blank lines", "crlf"],
)
def test_same_words_in_another_layout_are_the_loaded_document(editor_client, name, content):
    document = _load_seed(editor_client)
    before = _rows()
    preview = _upload(editor_client, (name, content(SEED.read_text())))
    body = preview.content.decode()
    assert "đã được nạp</strong> ngày" in body
    assert f"từ tệp\n      “{SEED.name}”" in body
    assert "Xác nhận nạp" not in body
    _confirm(editor_client, preview)
    assert _rows() == before
    assert list(SourceDocument.objects.all()) == [document]


def test_a_near_copy_is_flagged_and_not_loaded_unless_chosen(editor_client):
    document = _load_seed(editor_client)
    before = _rows()
    preview = _upload(editor_client, ("ban-sao.txt", _near_copy(SEED.read_text()).encode()))
    body = preview.content.decode()
    assert "có thể trùng với" in body
    assert f"từ tệp “{SEED.name}”" in body
    share = int(re.search(r"\((\d+)% cụm từ giống nhau\)", body).group(1))
    assert 90 <= share < 100
    assert 'name="load_similar" value="0"' in body
    response = _confirm(editor_client, preview, follow=True)
    assert "không nạp (có thể trùng" in response.content.decode()
    assert _rows() == before
    assert list(SourceDocument.objects.all()) == [document]


def test_a_near_copy_chosen_is_loaded_and_joins_the_meeting(editor_client):
    _load_seed(editor_client)
    meetings = set(Meeting.objects.all())
    tasks = Task.objects.count()
    preview = _upload(editor_client, ("ban-sao.txt", _near_copy(SEED.read_text()).encode()))
    token = preview.context["token"]
    editor_client.post(URL, {"action": "confirm", "token": token, "load_similar": "0"})
    assert SourceDocument.objects.count() == 2
    # the same meetings (date, host, kind) reported twice: each one meeting, two sources
    assert set(Meeting.objects.all()) == meetings
    assert all(m.sources.count() == 2 for m in meetings)
    assert Task.objects.count() > tasks  # its tasks are its own (staff were told)


def test_a_different_article_is_not_flagged(editor_client):
    _load_seed(editor_client)
    other = sorted((ROOT / "seeds").glob("*.txt"))[1]
    body = _upload(editor_client, (other.name, other.read_bytes())).content.decode()
    assert "có thể trùng" not in body
    assert "đã được nạp" not in body


def test_a_colleague_confirming_first_is_named_not_an_error(editor_client, django_user_model):
    colleague = django_user_model.objects.create_user("dongnghiep", is_staff=True)
    colleague.groups.add(Group.objects.get(name="Biên tập viên"))
    other = Client()
    other.force_login(colleague)
    mine = _upload(editor_client, (SEED.name, SEED.read_bytes()))
    theirs = _upload(other, (SEED.name, SEED.read_bytes()))
    assert _confirm(other, theirs).status_code == 302
    before = _rows()
    response = _confirm(editor_client, mine, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "một đồng nghiệp (dongnghiep) vừa nạp văn bản này" in body
    assert _rows() == before


def test_a_database_error_at_confirmation_is_a_message_not_a_500(editor_client, monkeypatch):
    from django.db import IntegrityError

    from reports.views import upload as upload_view

    def collide(**kwargs):
        raise IntegrityError('duplicate key value violates unique constraint "x_sha256_key"')

    preview = _upload(editor_client, (SEED.name, SEED.read_bytes()))
    monkeypatch.setattr(upload_view, "upload_confirm", collide)
    before = _rows()
    response = _confirm(editor_client, preview, follow=True)
    assert response.status_code == 200
    body = response.content.decode()
    assert "không nạp được lúc này" in body and "duplicate key" not in body
    assert _rows() == before
