"""The read-only JSON API, version 1 (``/api/v1/``): tasks, meetings, directives and units,
each exactly as the token's user sees them in the admin. Only GET: anything else is 405.

The schema is at ``/api/v1/openapi.json`` and the browsable docs at ``/api/v1/docs``, whose
Swagger UI comes from django-ninja's own static files (the content security policy allows
no CDN)."""

from __future__ import annotations

from django.utils import timezone
from ninja import NinjaAPI, Query
from ninja.errors import HttpError, ValidationError

from reports.api import present, schemas
from reports.api.auth import ApiTokenAuth
from reports.api.pagination import keyset_page
from reports.models import Directive, Meeting, Task, Unit
from reports.selectors import api as selectors

api = NinjaAPI(
    title="Cơ sở dữ liệu báo cáo công tác tuyên giáo",
    version="1",
    description=(
        "Dữ liệu chỉ đọc, trong phạm vi đơn vị của tài khoản sở hữu mã truy cập "
        "(`Authorization: Bearer <mã>`), như trong trang quản trị. Phân trang theo khóa: "
        "trang sau ở `next` (null ở trang cuối)."
    ),
    urls_namespace="api-v1",
    auth=ApiTokenAuth(),
    openapi_url="/openapi.json",
    docs_url="/docs",
)

_ERRORS = {401: schemas.Message, 403: schemas.Message, 422: schemas.ValidationErrors}


def _only_known_parameters(request, query_schema) -> None:
    """A misspelt filter (``stauts=``) is refused rather than ignored: ignored, it would
    answer with every record as if no filter had been asked for."""
    unknown = sorted(set(request.GET) - set(query_schema.model_fields))
    if unknown:
        error = {"msg": "tham số không có", "type": "unknown"}
        raise ValidationError([{**error, "loc": ["query", name]} for name in unknown])
    # a NUL character can be in no stored text, and PostgreSQL refuses it in a query (500)
    with_nul = sorted(
        {name for name, value in request.GET.lists() if any("\x00" in v for v in value)}
    )
    if with_nul:
        error = {"msg": "tham số chứa ký tự NUL", "type": "value_error"}
        raise ValidationError([{**error, "loc": ["query", name]} for name in with_nul])


def _require_view(request, model) -> None:
    """The admin's model permission: a token opens no more than its user's admin does."""
    opts = model._meta
    if not request.auth.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        raise HttpError(403, "Tài khoản không có quyền xem dữ liệu này.")


@api.get(
    "/tasks",
    response={200: schemas.TaskPage, **_ERRORS},
    tags=["Nhiệm vụ"],
    summary="Danh sách nhiệm vụ",
)
def tasks(request, query: Query[schemas.TaskQuery]):
    """Nhiệm vụ, với đơn vị chủ trì / phối hợp, hạn, tình trạng, tiến độ mới nhất và hội nghị."""
    _only_known_parameters(request, schemas.TaskQuery)
    _require_view(request, Task)
    today = timezone.localdate()
    queryset = selectors.api_tasks(
        user=request.auth,
        unit_ids=query.unit,
        statuses=query.status,
        overdue=query.overdue,
        due_from=query.due_from,
        due_to=query.due_to,
        directive_ids=query.directive,
        period=query.period,
        meeting_id=query.meeting,
        today=today,
    )
    return keyset_page(
        request,
        selectors.api_tasks_for_page(queryset),
        after=query.after,
        limit=query.limit,
        present=lambda task: present.task_out(task, today=today),
    )


@api.get(
    "/meetings",
    response={200: schemas.MeetingPage, **_ERRORS},
    tags=["Hội nghị"],
    summary="Danh sách hội nghị",
)
def meetings(request, query: Query[schemas.MeetingQuery]):
    """Hội nghị, với đơn vị tổ chức."""
    _only_known_parameters(request, schemas.MeetingQuery)
    _require_view(request, Meeting)
    queryset = selectors.api_meetings(
        user=request.auth,
        host_unit_ids=query.host_unit,
        kinds=query.kind,
        start_from=query.start_from,
        start_to=query.start_to,
    )
    return keyset_page(
        request, queryset, after=query.after, limit=query.limit, present=present.meeting_out
    )


@api.get(
    "/directives",
    response={200: schemas.DirectivePage, **_ERRORS},
    tags=["Văn bản"],
    summary="Danh sách văn bản chỉ đạo",
)
def directives(request, query: Query[schemas.DirectiveQuery]):
    """Văn bản chỉ đạo (dữ liệu tham chiếu dùng chung)."""
    _only_known_parameters(request, schemas.DirectiveQuery)
    _require_view(request, Directive)
    queryset = selectors.api_directives(user=request.auth, code=query.code)
    return keyset_page(
        request, queryset, after=query.after, limit=query.limit, present=present.directive_out
    )


@api.get(
    "/units",
    response={200: schemas.UnitPage, **_ERRORS},
    tags=["Đơn vị"],
    summary="Danh sách đơn vị",
)
def units(request, query: Query[schemas.UnitQuery]):
    """Đơn vị (dữ liệu tham chiếu dùng chung)."""
    _only_known_parameters(request, schemas.UnitQuery)
    _require_view(request, Unit)
    queryset = selectors.api_units(user=request.auth, parent_id=query.parent)
    return keyset_page(
        request, queryset, after=query.after, limit=query.limit, present=present.unit_out
    )
