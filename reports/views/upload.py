"""The admin page "Nhập văn bản": upload files or paste text, preview, confirm.

Step 1 (form) reads each file or the pasted text into plain text, step 2 (preview) shows
the text with what was found highlighted and what loading would create or match, and keeps
only the normalised text in the session under a one-time token; step 3 (confirm) loads it
with the same loader as ``import_seeds``. Nothing is written before step 3, and the
uploaded bytes are never stored, served back or executed: only escaped text is shown.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.db import DatabaseError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from reports.extraction import IntakeError
from reports.models import ImportRun, Meeting
from reports.selectors.access import documents_visible_to, meetings_visible_to
from reports.services.import_runs import (
    import_run_create,
    import_runs_visible_to,
    upload_run_pending,
)
from reports.services.uploads import (
    PASTED_HTML_NAME,
    PASTED_TEXT_NAME,
    PendingDocument,
    Preview,
    paste_read,
    upload_confirm,
    upload_needs_job,
    upload_preview,
    upload_read,
)

logger = logging.getLogger(__name__)

SESSION_KEY = "reports_upload_pending"
# Previews kept per session at once (a user may open the page in several tabs).
_MAX_PENDING = 5
# how often the waiting page of a large upload reloads itself
_REFRESH_SECONDS = 3

KIND_LABELS = {
    "meetings": "Hội nghị",
    "people": "Người",
    "units": "Đơn vị",
    "directives": "Văn bản chỉ đạo",
    "citations": "Trích dẫn",
    "tasks": "Nhiệm vụ",
}
OUTCOME_LABELS = {"new": "tạo mới", "matched": "đã có", "review": "cần xem xét"}


def max_file_bytes() -> int:
    return settings.UPLOAD_MAX_FILE_BYTES


def max_request_bytes() -> int:
    return settings.UPLOAD_MAX_REQUEST_BYTES


def can_upload(user) -> bool:
    """Editors ("Biên tập viên" holds this permission) and superusers."""
    return user.is_active and (user.is_superuser or user.has_perm("reports.add_sourcedocument"))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.html,.htm,.docx"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        items = data if isinstance(data, list | tuple) else [data]
        return [f for f in (single(d, initial) for d in items if d) if f]


class UploadForm(forms.Form):
    PASTE_TEXT = "text"
    PASTE_HTML = "html"

    files = MultipleFileField(
        label="Tệp văn bản",
        required=False,
        help_text="Một hoặc nhiều tệp .txt, .docx (Word) hoặc trang web đã lưu (.html).",
    )
    pasted = forms.CharField(
        label="Hoặc dán nội dung",
        required=False,
        widget=forms.Textarea(attrs={"rows": 10, "cols": 100}),
    )
    paste_kind = forms.ChoiceField(
        label="Nội dung dán vào là",
        choices=[(PASTE_TEXT, "văn bản thường"), (PASTE_HTML, "mã HTML của trang web")],
        initial=PASTE_TEXT,
        widget=forms.RadioSelect,
    )

    def clean(self):
        data = super().clean()
        files = data.get("files") or []
        if not files and not (data.get("pasted") or "").strip():
            raise forms.ValidationError("Hãy chọn ít nhất một tệp hoặc dán nội dung văn bản.")
        if len(files) > settings.UPLOAD_MAX_FILES:
            raise forms.ValidationError(
                f"Chọn tối đa {settings.UPLOAD_MAX_FILES} tệp mỗi lần (đã chọn {len(files)})."
            )
        return data


class _SizeLimitHandler(FileUploadHandler):
    """Skips (without keeping it anywhere) any uploaded file over the per-file limit."""

    def __init__(self, request=None, limit: int = 0):
        super().__init__(request)
        self.limit = limit
        self.too_big: list[str] = []

    def receive_data_chunk(self, raw_data, start):
        if start + len(raw_data) > self.limit:
            self.too_big.append(self.file_name)
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        return None


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")


# --- highlighting ----------------------------------------------------------------------


def highlight_html(text: str, highlights) -> str:
    """``text`` with every finding marked; the text is untrusted, so every piece of it is
    escaped and only the ``<mark>`` tags built here are HTML."""
    bounds = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    pieces = []
    for here, nxt in zip(bounds, bounds[1:], strict=False):
        covering = [h for h in highlights if h.start <= here and nxt <= h.end]
        piece = escape(text[here:nxt])
        if covering:
            kinds = " ".join(sorted({f"k-{h.kind}" for h in covering}))
            title = escape(" | ".join(f"{KIND_LABELS[h.kind]}: {h.label}" for h in covering))
            piece = f'<mark class="hl {kinds}" title="{title}">{piece}</mark>'
        pieces.append(piece)
    return mark_safe("".join(pieces))  # noqa: S308 - every piece of text escaped above


# --- the page --------------------------------------------------------------------------


def _context(request, **extra):
    return {
        **admin.site.each_context(request),
        "title": "Nhập văn bản",
        "max_file": _mb(max_file_bytes()),
        "max_request": _mb(max_request_bytes()),
        "max_files": settings.UPLOAD_MAX_FILES,
        **extra,
    }


def _form_page(request, form, errors=(), status=200):
    return render(
        request,
        "reports/upload_form.html",
        _context(request, form=form, read_errors=list(errors)),
        status=status,
    )


@csrf_exempt
def upload_view(request):
    """Checks the request's size before its body is read, then hands over to the
    CSRF-protected page (the order Django's docs give for changing upload handlers)."""
    if not can_upload(request.user):
        raise PermissionDenied
    if request.method == "POST":
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > max_request_bytes():
            error = (
                f"Dữ liệu gửi lên quá lớn ({_mb(length)}): mỗi lần gửi tối đa "
                f"{_mb(max_request_bytes())}. Hãy chia thành nhiều lần."
            )
            return _form_page(request, UploadForm(), [error], status=413)
        handler = _SizeLimitHandler(request, max_file_bytes())
        request.upload_handlers.insert(0, handler)
        request.upload_limit_handler = handler
    return _upload_page(request)


@csrf_protect
def _upload_page(request):
    if request.method != "POST":
        return _form_page(request, UploadForm())
    if request.POST.get("action") == "confirm":
        return _confirm(request)
    return _preview(request)


def _preview(request):
    form = UploadForm(request.POST, request.FILES)
    handler = getattr(request, "upload_limit_handler", None)
    errors = [
        f"{name}: tệp quá lớn, giới hạn mỗi tệp là {_mb(max_file_bytes())}."
        for name in (handler.too_big if handler else [])
    ]
    if not form.is_valid():
        return _form_page(request, form, errors)
    files = [(u.name, u.read(max_file_bytes() + 1)) for u in form.cleaned_data["files"]]
    pasted = form.cleaned_data.get("pasted") or ""
    if any(upload_needs_job(data=data) for _name, data in files):
        return _to_job(request, files, pasted, form.cleaned_data["paste_kind"], errors)
    pending: list[PendingDocument] = []
    for name, data in files:
        try:
            pending.append(upload_read(data=data, name=name, max_bytes=max_file_bytes()))
        except IntakeError as exc:
            errors.append(f"{name}: {exc}")
    if pasted.strip():
        try:
            pending.append(
                paste_read(
                    text=pasted,
                    html=form.cleaned_data["paste_kind"] == UploadForm.PASTE_HTML,
                    max_bytes=max_file_bytes(),
                )
            )
        except IntakeError as exc:
            errors.append(f"Nội dung dán vào: {exc}")
    if not pending:
        return _form_page(request, form, errors)
    return _preview_page(request, [upload_preview(pending=p) for p in pending], errors)


def _to_job(request, files, pasted: str, paste_kind: str, errors: list[str]):
    """A large upload: its files (and any pasted text, as a file of its kind) are kept with
    a run whose job reads them; the waiting page opens their preview when it is ready."""
    if pasted.strip():
        html = paste_kind == UploadForm.PASTE_HTML
        files.append((PASTED_HTML_NAME if html else PASTED_TEXT_NAME, pasted.encode("utf-8")))
    run = import_run_create(files=files, started_by=request.user, source=ImportRun.Source.UPLOAD)
    for error in errors:
        messages.error(request, error)
    return redirect("reports_upload_run", run_id=run.pk)


def upload_run_view(request, run_id: int):
    """The waiting page of a large upload: progress, refreshed by the page itself (no
    script), then the same preview as a small upload's. Only the uploader (and a
    superuser) sees it: to anyone else the run does not exist."""
    if not can_upload(request.user):
        raise PermissionDenied
    run = get_object_or_404(
        import_runs_visible_to(request.user).filter(source=ImportRun.Source.UPLOAD), pk=run_id
    )
    if run.finished is None:
        return render(
            request,
            "reports/upload_waiting.html",
            _context(request, title="Đang đọc văn bản", run=run, refresh=_REFRESH_SECONDS),
        )
    read, failed = upload_run_pending(run=run)
    errors = [f"{name}: {reason}" for name, reason in failed]
    if not read:
        return render(
            request,
            "reports/upload_waiting.html",
            _context(request, title="Không đọc được văn bản", run=run, read_errors=errors),
        )
    previews = [upload_preview(pending=PendingDocument.from_dict(d)) for d in read]
    return _preview_page(request, previews, errors)


def _preview_page(request, previews: list[Preview], errors: list[str]):
    token = _remember(request, previews)
    loadable = [p for p in previews if not p.already_loaded]
    rows = [
        _preview_row(p, request.user, loadable.index(p) if p in loadable else None)
        for p in previews
    ]
    return render(
        request,
        "reports/upload_preview.html",
        _context(
            request,
            title="Xem trước văn bản sẽ nhập",
            previews=rows,
            token=token,
            read_errors=errors,
            loadable=len(loadable),
        ),
    )


def _remember(request, previews: list[Preview]) -> str:
    """Keep the normalised texts that can be loaded, under a one-time token."""
    token = secrets.token_urlsafe(16)
    store = dict(request.session.get(SESSION_KEY, {}))
    while len(store) >= _MAX_PENDING:
        store.pop(next(iter(store)))
    now = timezone.now().isoformat()
    store[token] = [
        {**p.pending.as_dict(), "similar": bool(p.similar), "previewed_at": now}
        for p in previews
        if not p.already_loaded
    ]
    request.session[SESSION_KEY] = store
    return token


def _preview_row(preview: Preview, user, index: int | None) -> dict:
    groups = []
    for kind, label in KIND_LABELS.items():
        found = [f for f in preview.findings if f.kind == kind]
        counts = preview.counts.get(kind, {})
        if found or any(counts.values()):
            groups.append(
                {
                    "kind": kind,
                    "label": label,
                    "counts": counts,
                    "findings": [
                        {
                            "label": f.label,
                            "outcome": f.outcome,
                            "outcome_label": OUTCOME_LABELS[f.outcome],
                            "note": f.note,
                            "url": _admin_url(f.record),
                        }
                        for f in found
                    ],
                }
            )
    visible = documents_visible_to(user)
    return {
        "preview": preview,
        # the position among the documents to load: the "load anyway" box names it
        "index": index,
        "similar": [
            {
                "share": s.percent,
                "document": s.document,
                # another unit's document is said to exist, but neither named nor linked
                "visible": visible.filter(pk=s.document.pk).exists(),
                "url": _admin_url(s.document),
            }
            for s in preview.similar
        ],
        "doc": preview.extracted,
        "html": highlight_html(preview.extracted.text, preview.highlights),
        "groups": groups,
        # a document another unit loaded is said to exist, but not shown (per-unit access)
        "existing_visible": preview.existing is not None
        and documents_visible_to(user).filter(pk=preview.existing.pk).exists(),
        "existing_url": _admin_url(preview.existing),
        "legend": [(k, v) for k, v in KIND_LABELS.items() if k != "citations"],
    }


def _admin_url(record) -> str:
    if record is None or record.pk is None:
        return ""
    meta = record._meta
    return reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[record.pk])


def _unchanged_message(name: str, result, item: dict) -> str:
    """Already loaded: by a colleague since this preview was shown, or before it."""
    document = result.document
    try:
        previewed_at = dt.datetime.fromisoformat(item.get("previewed_at", ""))
    except ValueError:
        previewed_at = None
    if previewed_at and document.imported_at >= previewed_at:
        when = timezone.localtime(document.imported_at).strftime("%H:%M")
        who = f" ({document.uploaded_by})" if document.uploaded_by else ""
        return (
            f"{name}: một đồng nghiệp{who} vừa nạp văn bản này lúc {when}, sau khi anh/chị "
            "xem trước: không nạp lại, không có gì thay đổi."
        )
    return f"{name}: văn bản này đã được nạp trước đây, không có gì thay đổi."


def _confirm(request):
    token = request.POST.get("token", "")
    store = dict(request.session.get(SESSION_KEY, {}))
    kept = store.pop(token, None)
    request.session[SESSION_KEY] = store
    if kept is None:
        messages.warning(
            request,
            "Bản xem trước này đã hết hạn hoặc đã được xác nhận. Hãy tải văn bản lên lại.",
        )
        return redirect("reports_upload")
    loaded = []
    chosen = set(request.POST.getlist("load_similar"))
    for index, item in enumerate(kept):
        pending = PendingDocument.from_dict(item)
        if item.get("similar") and str(index) not in chosen:
            messages.info(request, f"{pending.name}: không nạp (có thể trùng văn bản đã có).")
            continue
        try:
            result = upload_confirm(
                pending=pending, user=request.user, allow_similar=bool(item.get("similar"))
            )
        except ValueError as exc:
            messages.error(request, f"{pending.name}: không nạp được: {exc}")
            continue
        except DatabaseError:
            # the loader already retried a key a colleague's import took meanwhile; what is
            # left is said plainly (the details go to the log), never a 500
            logger.exception("confirming %s failed", pending.name)
            messages.error(
                request,
                f"{pending.name}: không nạp được lúc này (có thể một đồng nghiệp đang nạp cùng "
                "văn bản). Không có gì được ghi; hãy tải lên lại để xem trước.",
            )
            continue
        loaded.append(result)
        if result.status == "unchanged":
            messages.warning(request, _unchanged_message(pending.name, result, item))
        elif result.status == "similar":
            messages.warning(
                request,
                f"{pending.name}: không nạp: vừa có một văn bản gần giống được nạp. "
                "Hãy tải lên lại để xem trước và chọn.",
            )
        else:
            created = sum(result.counts.get(kind, "created") for kind in KIND_LABELS)
            messages.success(
                request, f"Đã nạp “{result.document}” ({pending.name}): {created} bản ghi mới."
            )
    loaded = [r for r in loaded if r.document is not None]
    if len(loaded) == 1:
        document = loaded[0].document
        meeting = (
            meetings_visible_to(request.user, Meeting.objects.filter(source_document=document))
            .order_by("pk")
            .first()
        )
        if (
            meeting is not None
            or documents_visible_to(request.user).filter(pk=document.pk).exists()
        ):
            return redirect(_admin_url(meeting or document))
    return redirect("admin:reports_sourcedocument_changelist")
