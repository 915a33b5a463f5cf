"""Large uploads on the page "Nhập văn bản": a file over ``UPLOAD_JOB_MIN_BYTES``, a PDF
over ``UPLOAD_JOB_MIN_PAGES`` pages or a scan needing OCR is read by a background job; the
waiting page refreshes itself, then shows the same preview, and nothing is written until
the uploader confirms. Only the uploader (and a superuser) sees the run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from reports.extraction import ocr
from reports.models import ImportRun, Meeting, SourceDocument
from reports.services import uploads
from tests.extraction.pdfs import FONT, scan_pdf, text_pdf
from tests.jobs.worker import work
from tests.upload.conftest import EDITORS

ROOT = Path(__file__).resolve().parents[2]
SEED = sorted((ROOT / "seeds").glob("*.txt"))[0]
URL = "/admin/nhap-van-ban/"
needs_font = pytest.mark.skipif(not FONT.exists(), reason=f"{FONT} is needed to write PDFs")

pytestmark = pytest.mark.django_db


def _upload(client, name: str, data: bytes):
    payload = {"action": "Xem trước", "paste_kind": "text"}
    payload["files"] = [SimpleUploadedFile(name, data)]
    return client.post(URL, payload)


def _run_url(run) -> str:
    return reverse("reports_upload_run", args=[run.pk])


@pytest.fixture
def large(settings):
    """A seed document counts as large (the threshold below its size)."""
    settings.UPLOAD_JOB_MIN_BYTES = 100
    assert SEED.stat().st_size > settings.UPLOAD_JOB_MIN_BYTES


def _no_extraction(*args, **kwargs):
    raise AssertionError("extracted in the request")


def test_large_upload_is_read_by_the_job_then_previewed_then_confirmed(
    editor_client, editor, large, monkeypatch
):
    with monkeypatch.context() as m:
        # nothing is read nor extracted in the request
        m.setattr(uploads, "document_text", _no_extraction)
        m.setattr(uploads, "extract_text", _no_extraction)
        response = _upload(editor_client, SEED.name, SEED.read_bytes())
    run = ImportRun.objects.get()
    assert (run.source, run.started_by, run.total) == (ImportRun.Source.UPLOAD, editor, 1)
    assert response.status_code == 302 and response["Location"] == _run_url(run)
    waiting = editor_client.get(_run_url(run))
    body = waiting.content.decode()
    assert waiting.status_code == 200
    assert '<meta http-equiv="refresh" content="3">' in body and "0/1" in body
    work()
    run.refresh_from_db()
    assert (run.extracted, run.finished is not None) == (1, True)
    # read, not loaded: nothing in the records until staff confirm
    assert not SourceDocument.objects.exists() and not Meeting.objects.exists()
    preview = editor_client.get(_run_url(run))
    assert preview.status_code == 200
    assert "http-equiv" not in preview.content.decode()
    assert preview.context["loadable"] == 1
    assert not SourceDocument.objects.exists()
    confirmed = editor_client.post(URL, {"action": "confirm", "token": preview.context["token"]})
    assert confirmed.status_code == 302
    document = SourceDocument.objects.get()
    assert (document.file_name, document.uploaded_by) == (SEED.name, editor)
    assert Meeting.objects.exists()


def test_small_upload_stays_in_the_request(editor_client):
    response = _upload(editor_client, SEED.name, SEED.read_bytes())
    assert response.status_code == 200 and response.context["loadable"] == 1
    assert not ImportRun.objects.exists()


def test_only_the_uploader_and_a_superuser_see_the_run(
    editor_client, large, client, django_user_model, superuser
):
    _upload(editor_client, SEED.name, SEED.read_bytes())
    run = ImportRun.objects.get()
    work()
    other = django_user_model.objects.create_user("bientap2", password="x-9", is_staff=True)
    other.groups.add(Group.objects.get(name=EDITORS))
    client.force_login(other)
    response = client.get(_run_url(run))
    assert response.status_code == 404
    assert SEED.name not in response.content.decode()
    client.force_login(superuser)
    assert client.get(_run_url(run)).status_code == 200


def test_an_import_seeds_run_is_not_an_upload_preview(editor_client, editor):
    from reports.services.import_runs import import_run_create

    run = import_run_create(files=[(SEED.name, SEED.read_bytes())], started_by=editor)
    assert editor_client.get(_run_url(run)).status_code == 404


@needs_font
def test_pdf_over_the_page_threshold_goes_to_the_job(editor_client, settings):
    settings.UPLOAD_JOB_MIN_PAGES = 0
    pdf = text_pdf(["Ngày 12/3/2026, Ban Tuyên giáo Huyện ủy Đông Khê tổ chức hội nghị."])
    assert len(pdf) < settings.UPLOAD_JOB_MIN_BYTES
    response = _upload(editor_client, "tb.pdf", pdf)
    assert response.status_code == 302
    run = ImportRun.objects.get()
    work()
    preview = editor_client.get(_run_url(run))
    assert "Đông Khê" in preview.content.decode()


@needs_font
def test_a_long_scan_is_no_longer_refused_but_read_by_the_job(editor_client):
    response = _upload(editor_client, "quet.pdf", scan_pdf([["Trang quét"]] * 6, dpi=40))
    assert response.status_code == 302
    assert ImportRun.objects.get().items.get().file_name == "quet.pdf"


@needs_font
def test_without_tesseract_a_scan_gets_what_to_install(editor_client, monkeypatch):
    monkeypatch.setattr(ocr.shutil, "which", lambda name: None)
    _upload(editor_client, "quet.pdf", scan_pdf([["Trang quét"]] * 2, dpi=40))
    run = ImportRun.objects.get()
    work()
    response = editor_client.get(_run_url(run))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Không đọc được văn bản nào" in body
    assert "quet.pdf" in body and "tesseract-ocr-vie" in body and "Tesseract" in body
    assert not SourceDocument.objects.exists()


@needs_font
def test_a_scan_read_by_the_job_shows_the_ocr_banner(editor_client):
    missing = ocr.available()
    if missing:
        if os.environ.get("REQUIRE_OCR") == "1":
            pytest.fail(f"REQUIRE_OCR=1 but OCR cannot run: {missing}")
        pytest.skip(missing)
    lines = ["Hội nghị giao ban công tác tuyên giáo", "của Ban Tuyên giáo Huyện ủy Đông Khê."]
    pages = [lines] * 6  # over the old limit of a scan read in the request
    assert _upload(editor_client, "quet.pdf", scan_pdf(pages)).status_code == 302
    work()
    body = editor_client.get(_run_url(ImportRun.objects.get())).content.decode()
    assert 'class="ocr-banner"' in body and "Hội nghị giao ban" in body
