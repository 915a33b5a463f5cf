"""The shapes of the API's answers (the OpenAPI schema is generated from them)."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated

from ninja import Schema
from pydantic import BeforeValidator, Field

from reports.api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from reports.models import Directive, Meeting, Task, Unit


def _choices_enum(name: str, choices) -> type[StrEnum]:
    """The model's choices as an enum of its own name: the schema names enums by class, and
    Meeting.Kind and Unit.Kind would both be "Kind"."""
    return StrEnum(name, [(value, value) for value in choices.values])


TaskStatus = _choices_enum("TaskStatus", Task.Status)
MeetingKind = _choices_enum("MeetingKind", Meeting.Kind)
DirectiveType = _choices_enum("DirectiveType", Directive.Type)
UnitKind = _choices_enum("UnitKind", Unit.Kind)


class Message(Schema):
    detail: str


class ValidationErrors(Schema):
    detail: list[dict]


class UnitRef(Schema):
    id: int
    name: str


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    kind: UnitKind
    level: str
    parent_id: int | None
    valid_from: dt.date | None
    valid_to: dt.date | None
    admin_url: str


class DirectiveRef(Schema):
    id: int
    code: str | None
    label: str


class DirectiveOut(Schema):
    id: int
    code: str | None
    label: str
    doc_type: DirectiveType
    issued: dt.date | None
    issuing_body: UnitRef | None
    issuing_body_name: str
    subject: str
    admin_url: str


class MeetingRef(Schema):
    id: int
    title: str
    start_date: dt.date | None
    admin_url: str


class MeetingOut(Schema):
    id: int
    title: str
    kind: MeetingKind
    start_date: dt.date | None
    end_date: dt.date | None
    period_label: str
    host_unit: UnitRef | None
    location: str
    summary: str
    admin_url: str


class Progress(Schema):
    date: dt.date
    note: str


class TaskOut(Schema):
    id: int
    text: str
    status: TaskStatus
    due_date: dt.date | None
    completed_on: dt.date | None
    overdue: bool
    period_label: str
    assignees_text: str
    lead_units: list[UnitRef]
    support_units: list[UnitRef]
    assigned_units: list[UnitRef]
    directives: list[DirectiveRef]
    latest_progress: Progress | None
    meeting: MeetingRef | None
    admin_url: str


class TaskPage(Schema):
    items: list[TaskOut]
    next: str | None


class MeetingPage(Schema):
    items: list[MeetingOut]
    next: str | None


class DirectivePage(Schema):
    items: list[DirectiveOut]
    next: str | None


class UnitPage(Schema):
    items: list[UnitOut]
    next: str | None


# --- query parameters ------------------------------------------------------------------------


def _iso_date(value):
    """Only YYYY-MM-DD, as the schema says (pydantic would also take a number of seconds)."""
    if isinstance(value, str) and not ISO_DATE.fullmatch(value):
        raise ValueError("ngày phải viết YYYY-MM-DD")
    if not isinstance(value, str | dt.date):
        raise ValueError("ngày phải viết YYYY-MM-DD")
    return value


# ids are 64-bit integers (BigAutoField): a larger number is refused, not sent to the database
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


# no NUL character: none can be stored, and PostgreSQL refuses one in a query
NO_NUL = r"^[^\x00]*$"


class PageQuery(Schema):
    after: int | None = Field(None, ge=0, le=MAX_ID, description="id của bản ghi cuối trang trước")
    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="số bản ghi một trang")


class TaskQuery(PageQuery):
    unit: list[Id] = Field([], description="đơn vị (bất kỳ vai trò: chủ trì, phối hợp...)")
    status: list[TaskStatus] = Field([], description="tình trạng")
    overdue: bool | None = Field(None, description="chưa hoàn thành và đã quá hạn")
    due_from: IsoDate | None = Field(None, description="hạn hoàn thành từ ngày (kể cả)")
    due_to: IsoDate | None = Field(None, description="hạn hoàn thành đến ngày (kể cả)")
    directive: list[Id] = Field([], description="văn bản chỉ đạo được trích dẫn")
    period: str = Field("", max_length=200, pattern=NO_NUL, description="một phần của kỳ thực hiện")
    meeting: Id | None = Field(None, description="hội nghị giao nhiệm vụ")


class MeetingQuery(PageQuery):
    host_unit: list[Id] = Field([], description="đơn vị tổ chức")
    kind: list[MeetingKind] = Field([], description="loại hội nghị")
    start_from: IsoDate | None = Field(None, description="ngày bắt đầu từ (kể cả)")
    start_to: IsoDate | None = Field(None, description="ngày bắt đầu đến (kể cả)")


class DirectiveQuery(PageQuery):
    code: str = Field("", max_length=80, pattern=NO_NUL, description="số hiệu, ví dụ 05-CT/TW")


class UnitQuery(PageQuery):
    parent: Id | None = Field(None, description="đơn vị cấp trên")
