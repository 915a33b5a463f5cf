"""The read-only JSON API, version 1 (``/api/v1/``): tasks, meetings, directives and units,
each exactly as the token's user sees them in the admin. Only GET: anything else is 405.

The schema is at ``/api/v1/openapi.json`` and the browsable docs at ``/api/v1/docs``, whose
Swagger UI comes from django-ninja's own static files (the content security policy allows
no CDN)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import get_origin

from django.db.models import Model, QuerySet
from django.utils import timezone
from ninja import NinjaAPI, Query, Schema
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

# what a list reads for a request: the scoped, filtered records and how each is shown
Reader = Callable[..., tuple[QuerySet, Callable[[Model], dict]]]


@dataclass(frozen=True)
class ListEndpoint:
    """One keyset-paginated list: ``GET /<name>`` with the filters of ``query``."""

    name: str
    model: type[Model]
    query: type[schemas.PageQuery]
    page: type[Schema]
    tag: str
    summary: str
    description: str
    # (user=, query=, today=) -> (queryset, presenter)
    read: Reader


def _only_known_parameters(request, query_schema) -> None:
    """A misspelt filter (``stauts=``) is refused rather than ignored: ignored, it would
    answer with every record as if no filter had been asked for."""
    unknown = sorted(set(request.GET) - set(query_schema.model_fields))
    if unknown:
        error = {"msg": "tham số không có", "type": "unknown"}
        raise ValidationError([{**error, "loc": ["query", name]} for name in unknown])
    # django-ninja reads one value of a single-valued parameter and drops the others: a
    # repeated ``after=…&after=0`` would answer as if only one had been sent
    repeated = sorted(
        name
        for name, values in request.GET.lists()
        if len(values) > 1 and not _many_valued(query_schema.model_fields[name].annotation)
    )
    if repeated:
        error = {"msg": "tham số chỉ nhận một giá trị", "type": "value_error"}
        raise ValidationError([{**error, "loc": ["query", name]} for name in repeated])
    # a NUL character can be in no stored text, and PostgreSQL refuses it in a query (500)
    with_nul = sorted(
        {name for name, value in request.GET.lists() if any("\x00" in v for v in value)}
    )
    if with_nul:
        error = {"msg": "tham số chứa ký tự NUL", "type": "value_error"}
        raise ValidationError([{**error, "loc": ["query", name]} for name in with_nul])


def _many_valued(annotation) -> bool:
    """``list[Id]`` filters take a parameter repeated (``unit=1&unit=2``); others one value."""
    return get_origin(annotation) is list


def _require_view(request, model) -> None:
    """The admin's model permission: a token opens no more than its user's admin does."""
    opts = model._meta
    if not request.auth.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        raise HttpError(403, "Tài khoản không có quyền xem dữ liệu này.")


def _register(endpoint: ListEndpoint) -> None:
    def view(request, query):
        _only_known_parameters(request, endpoint.query)
        _require_view(request, endpoint.model)
        # one date for the filter and the presenter, whatever the clock does meanwhile
        rows, show = endpoint.read(user=request.auth, query=query, today=timezone.localdate())
        return keyset_page(request, rows, after=query.after, limit=query.limit, present=show)

    # django-ninja reads the query schema from the annotation
    view.__annotations__ = {"query": Query[endpoint.query]}
    view.__name__ = view.__qualname__ = endpoint.name
    api.get(
        f"/{endpoint.name}",
        response={200: endpoint.page, **_ERRORS},
        tags=[endpoint.tag],
        summary=endpoint.summary,
        description=endpoint.description,
        # the names the functions of one endpoint each used to give
        operation_id=f"reports_api_v1_{endpoint.name}",
        url_name=endpoint.name,
    )(view)


def _tasks(*, user, query: schemas.TaskQuery, today: dt.date):
    queryset = selectors.api_tasks(
        user=user,
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
    return selectors.api_tasks_for_page(queryset), partial(present.task_out, today=today)


def _meetings(*, user, query: schemas.MeetingQuery, today: dt.date):
    queryset = selectors.api_meetings(
        user=user,
        host_unit_ids=query.host_unit,
        kinds=query.kind,
        start_from=query.start_from,
        start_to=query.start_to,
    )
    return queryset, present.meeting_out


def _directives(*, user, query: schemas.DirectiveQuery, today: dt.date):
    return selectors.api_directives(user=user, code=query.code), present.directive_out


def _units(*, user, query: schemas.UnitQuery, today: dt.date):
    return selectors.api_units(user=user, parent_id=query.parent), present.unit_out


ENDPOINTS = (
    ListEndpoint(
        name="tasks",
        model=Task,
        query=schemas.TaskQuery,
        page=schemas.TaskPage,
        tag="Nhiệm vụ",
        summary="Danh sách nhiệm vụ",
        description=(
            "Nhiệm vụ, với đơn vị chủ trì / phối hợp, hạn, tình trạng, tiến độ mới nhất và "
            "hội nghị."
        ),
        read=_tasks,
    ),
    ListEndpoint(
        name="meetings",
        model=Meeting,
        query=schemas.MeetingQuery,
        page=schemas.MeetingPage,
        tag="Hội nghị",
        summary="Danh sách hội nghị",
        description="Hội nghị, với đơn vị tổ chức.",
        read=_meetings,
    ),
    ListEndpoint(
        name="directives",
        model=Directive,
        query=schemas.DirectiveQuery,
        page=schemas.DirectivePage,
        tag="Văn bản",
        summary="Danh sách văn bản chỉ đạo",
        description="Văn bản chỉ đạo (dữ liệu tham chiếu dùng chung).",
        read=_directives,
    ),
    ListEndpoint(
        name="units",
        model=Unit,
        query=schemas.UnitQuery,
        page=schemas.UnitPage,
        tag="Đơn vị",
        summary="Danh sách đơn vị",
        description="Đơn vị (dữ liệu tham chiếu dùng chung).",
        read=_units,
    ),
)

for _endpoint in ENDPOINTS:
    _register(_endpoint)
