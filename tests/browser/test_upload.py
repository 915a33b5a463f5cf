"""In a real browser: upload a seed on "Nhập văn bản", see the highlighted preview, confirm,
land on the new meeting's page; upload it again and be told it is already loaded; a script
in an uploaded file never runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group, Permission

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_f136ee392f99b48a.txt"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed"),
]


@pytest.fixture
def page(live_server, monkeypatch):
    sync_api = pytest.importorskip("playwright.sync_api")
    # Playwright's sync API runs an event loop in this thread; the test's own database
    # calls are still synchronous ones
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        context = browser.new_context(locale="vi-VN")
        yield context.new_page()
        context.close()
        browser.close()


@pytest.fixture
def editor(transactional_db, django_user_model):
    user = django_user_model.objects.create_user("bientap", password="mat-khau-9", is_staff=True)
    # a transactional test empties the tables the roles migration filled: make the group again
    group, _ = Group.objects.get_or_create(name="Biên tập viên")
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="reports", codename__regex=r"^(add|change|view)_"
        )
    )
    user.groups.add(group)
    return user


def _login(page, live_server):
    page.goto(f"{live_server.url}/admin/login/?next=/admin/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-9")
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def _preview(page, path: Path):
    page.set_input_files("input[type=file]", str(path))
    page.click("input[value='Xem trước']")
    page.wait_for_selector(".upload-preview")


def test_upload_preview_confirm_and_upload_again(editor, page, live_server, tmp_path):
    _login(page, live_server)
    page.click("text=Nhập văn bản")
    _preview(page, SEED)
    # every kind of finding is highlighted in the text
    people = page.locator("mark.k-people")
    assert people.count() >= 3
    assert "Lê Hải Bình" in people.all_inner_texts()
    for kind in ("meetings", "units", "directives"):
        assert page.locator(f".upload-text mark.k-{kind}").count() >= 1, kind
    assert page.locator(".upload-side li.new").count() >= 1
    page.click("text=Xác nhận nạp 1 văn bản")
    page.wait_for_url(re.compile(r".*/admin/reports/meeting/\d+/change/$"))
    assert "Hội nghị sơ kết" in page.content()

    # the same file again: said to be loaded, nothing to confirm
    page.goto(f"{live_server.url}/admin/nhap-van-ban/")
    _preview(page, SEED)
    assert page.locator(".already-loaded").is_visible()
    assert "đã được nạp" in page.locator(".already-loaded").inner_text()
    assert page.locator("text=Xác nhận nạp").count() == 0


def test_a_script_in_an_uploaded_file_never_runs(editor, page, live_server, tmp_path):
    hostile = tmp_path / "doc-hai.txt"
    payload = "<script>window.__pwned = 1</script><img src=x onerror='window.__pwned = 2'>"
    hostile.write_text(SEED.read_text() + f"\n\nĐoạn cuối: {payload}\n", encoding="utf-8")
    _login(page, live_server)
    page.goto(f"{live_server.url}/admin/nhap-van-ban/")
    _preview(page, hostile)
    page.wait_for_load_state("load")  # after the (broken) image has fired its error
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert "<script>window.__pwned = 1</script>" in page.locator(".upload-text").inner_text()
