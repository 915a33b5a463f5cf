"""In a real browser: upload a seed on "Nhập văn bản", see the highlighted preview, confirm,
land on the new meeting's page; upload it again and be told it is already loaded; a script
in an uploaded file never runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

from tests.browser.conftest import PASSWORD, ROOT, login, shot

SEED = ROOT / "seeds" / "000_f136ee392f99b48a.txt"

pytestmark = pytest.mark.browser


@pytest.fixture
def editor(transactional_db, django_user_model):
    user = django_user_model.objects.create_user("bientap", password=PASSWORD, is_staff=True)
    # a transactional test empties the tables the roles migration filled: make the group again
    group, _ = Group.objects.get_or_create(name="Biên tập viên")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="reports", codename__regex=r"^(add|change|view)_"
        )
    )
    user.groups.add(group)
    return user


def _preview(page, path: Path):
    page.set_input_files("input[type=file]", str(path))
    page.click("input[value='Xem trước']")
    page.wait_for_selector(".upload-preview")


def test_upload_preview_confirm_and_upload_again(editor, page, tmp_path):
    login(page, "bientap")
    page.click("text=Nhập văn bản")
    _preview(page, SEED)
    shot(page, "upload-01-xem-truoc")
    # every kind of finding is highlighted in the text
    people = page.locator("mark.k-people")
    assert people.count() >= 3
    assert "Lê Hải Bình" in people.all_inner_texts()
    for kind in ("meetings", "units", "directives"):
        assert page.locator(f".upload-text mark.k-{kind}").count() >= 1, kind
    assert page.locator(".upload-side li.new").count() >= 1
    page.click("text=Xác nhận nạp 1 văn bản")
    page.wait_for_url(re.compile(r".*/admin/reports/meeting/\d+/change/$"))
    shot(page, "upload-02-hoi-nghi-moi")
    assert "Hội nghị sơ kết" in page.content()

    # the same file again: said to be loaded, nothing to confirm
    page.goto(f"{page.base_url}/admin/nhap-van-ban/")
    _preview(page, SEED)
    assert page.locator(".already-loaded").is_visible()
    assert "đã được nạp" in page.locator(".already-loaded").inner_text()
    assert page.locator("text=Xác nhận nạp").count() == 0


def test_a_script_in_an_uploaded_file_never_runs(editor, page, tmp_path):
    hostile = tmp_path / "doc-hai.txt"
    payload = "<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>"
    hostile.write_text(SEED.read_text() + f"\n\nĐoạn cuối: {payload}\n", encoding="utf-8")
    login(page, "bientap")
    page.goto(f"{page.base_url}/admin/nhap-van-ban/")
    _preview(page, hostile)
    page.wait_for_load_state("load")  # after the (broken) image has fired its error
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned = 1</script>" in page.locator(".upload-text").inner_text()
