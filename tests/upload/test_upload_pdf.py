"""PDFs on the page "Nhập văn bản": a text PDF previews like any file; a scan read by OCR
gets a banner (scans are read by a background job: tests/upload/test_upload_jobs.py)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.extraction.pdfs import FONT, text_pdf

URL = "/admin/nhap-van-ban/"
OPENING = (
    "Ngày 12/3/2026, Ban Tuyên giáo Huyện ủy Đông Khê tổ chức Hội nghị giao ban công tác "
    "tuyên giáo quý I năm 2026; đồng chí Lò Văn Thắm, Trưởng ban Tuyên giáo Huyện ủy chủ trì."
)

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not FONT.exists(), reason=f"{FONT} is needed to write test PDFs"),
]


def _upload(client, name: str, data: bytes):
    payload = {"action": "Xem trước", "paste_kind": "text"}
    payload["files"] = [SimpleUploadedFile(name, data)]
    return client.post(URL, payload)


def test_text_pdf_is_previewed_without_an_ocr_banner(editor_client):
    response = _upload(editor_client, "tb.pdf", text_pdf([OPENING]))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Lò Văn Thắm" in body
    assert "định dạng: pdf" in body
    assert 'class="ocr-banner"' not in body


def test_pdf_may_be_larger_than_the_text_limit_a_text_file_may_not(editor_client, settings):
    pdf = text_pdf([OPENING])
    settings.EXTRACTION_MAX_BYTES = len(pdf) // 2
    assert len(OPENING.encode()) < settings.EXTRACTION_MAX_BYTES < len(pdf)
    body = _upload(editor_client, "tb.pdf", pdf).content.decode()
    assert "Lò Văn Thắm" in body and "quá lớn" not in body
    big_text = ("Hội nghị giao ban. " * 2000).encode()[: len(pdf)]
    body = _upload(editor_client, "dai.txt", big_text).content.decode()
    assert "dai.txt" in body and "quá lớn" in body
