"""django-import-export resources: tasks as a spreadsheet with Vietnamese columns.

Exporting a large number of tasks goes through :mod:`reports.services.exports` (one streamed
query); this resource gives the same columns, and it is what reads an edited export back in
(the admin's import: dry run with the diff first, confirmation second). An import only
*updates* tasks the user may see: status, due and completion dates, who assigned the task,
lead and supporting units, directives, period and a new progress note. Foreign keys and
many-to-many relations are read and written by natural names and codes; an unknown or
ambiguous name, or a malformed date, is a row-level error and nothing is written until the
whole file is clean (``use_transactions``).

Each row carries the task's version when exported (``Phiên bản``). A row that would change a
task someone has saved since (a newer version in the database) is a *conflict*: it is not
applied, the preview lists its cells with both values (the file's and the database's), and
the rest of the file imports. The version is checked again under a row lock just before the
write, so a save that lands during the import is not overwritten either. Text cells are
compared as they survive a round trip (:func:`reports.services.exports.cell_comparable`):
re-importing an untouched export changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone
from import_export import fields, resources, results, widgets

from reports.extraction.normalize import fold
from reports.models import Directive, Person, ReviewState, Task, TaskUnit, TaskUpdate, Unit
from reports.selectors.tasks import deadline_state
from reports.services import exports as ex
from reports.services.tasks import task_note_add, task_units_set

_DATE_INPUTS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")


def _split(value) -> list[str]:
    if value in (None, ""):
        return []
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _row_task_id(row) -> int | None:
    try:
        return int(row.get(ex.COL_ID))
    except (TypeError, ValueError):
        return None


def _pick(candidates: list, *, current_ids: set[int], what: str, value: str):
    """The one candidate meant by ``value``: the only one, else the one already linked."""
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ValueError(f"không tìm thấy {what} «{value}»")
    linked = [c for c in candidates if c.pk in current_ids]
    if len(linked) == 1:
        return linked[0]
    raise ValueError(
        f"«{value}» trùng tên với {len(candidates)} {what}; hãy sửa trong trang quản trị"
    )


# ---------------------------------------------------------------------------------------------
# Widgets


class VietnameseDateWidget(widgets.Widget):
    """``31/12/2025`` both ways; a date cell of a spreadsheet is accepted as it is."""

    def clean(self, value, row=None, **kwargs):
        if value in (None, ""):
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        text = str(value).strip()
        for fmt in _DATE_INPUTS:
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                continue
        raise ValueError(
            f"ngày «{text}» không hợp lệ (ghi theo dạng ngày/tháng/năm, ví dụ 31/12/2025)"
        )

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else f"{value.day:02d}/{value.month:02d}/{value.year:04d}"


class StatusWidget(widgets.Widget):
    """The status by its Vietnamese label (``Đang thực hiện``); the stored code is accepted."""

    _by_key = {fold(label): code for code, label in Task.Status.choices} | {
        code: code for code in Task.Status.values
    }

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        code = self._by_key.get(fold(text))
        if code is None:
            choices = ", ".join(Task.Status.labels)
            raise ValueError(f"tình trạng «{text}» không hợp lệ (chọn một trong: {choices})")
        return code

    def render(self, value, obj=None, **kwargs):
        return Task.Status(value).label if value else ""


class _NamedLookup:
    """Finds a row of a reference table by its written name, once per import."""

    def __init__(self):
        self._cache: dict[str, list] = {}

    def candidates(self, name: str) -> list:
        if name not in self._cache:
            self._cache[name] = self.lookup(name)
        return self._cache[name]

    def lookup(self, name: str) -> list:
        raise NotImplementedError


class _UnitLookup(_NamedLookup):
    def lookup(self, name):
        found = list(Unit.objects.filter(name=name))
        if not found:
            key = fold(name)
            found = list(
                Unit.objects.filter(aliases__search_key=key).distinct()
                or Unit.objects.filter(short_name__iexact=name)
            )
        return found


class _PersonLookup(_NamedLookup):
    def lookup(self, name):
        return list(Person.objects.filter(full_name=name))


_DIRECTIVE_DATED = re.compile(r"^(?P<code>.+?)\s*\((?P<date>\d{1,2}/\d{1,2}/\d{4})\)$")


class _DirectiveLookup(_NamedLookup):
    """A code (``05-CT/TW``), a code and issue date (``05-CT/TW (03/05/2021)``) or, for an
    uncoded directive, its label."""

    def lookup(self, name):
        issued = None
        match = _DIRECTIVE_DATED.match(name)
        if match:
            name = match["code"]
            issued = VietnameseDateWidget().clean(match["date"])
        found = Directive.objects.filter(code=name)
        if issued:
            found = found.filter(issued=issued)
        return list(found) or list(Directive.objects.filter(code__isnull=True, label=name))


class NamedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A foreign key written as a name; the name must designate exactly one row."""

    def __init__(self, model, *, lookup: type[_NamedLookup], what: str, attribute: str):
        super().__init__(model)
        self.lookup, self.what, self.attribute = lookup(), what, attribute

    def clean(self, value, row=None, **kwargs):
        name = "" if value is None else str(value).strip()
        if not name:
            return None
        current = set()
        task_id = _row_task_id(row or {})
        if task_id is not None:
            current = set(
                Task.objects.filter(pk=task_id).values_list(f"{self.attribute}_id", flat=True)
            )
        return _pick(self.lookup.candidates(name), current_ids=current, what=self.what, value=name)

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class NamedManyToManyWidget(widgets.ManyToManyWidget):
    """Several names separated by ``; ``; each must designate exactly one row (an ambiguous
    name resolves to the row the task is already linked to)."""

    def __init__(self, model, *, lookup: type[_NamedLookup], what: str):
        super().__init__(model, separator=ex.LIST_SEPARATOR)
        self.lookup, self.what = lookup(), what

    def linked_ids(self, task_id: int) -> set[int]:
        raise NotImplementedError

    def clean(self, value, row=None, **kwargs):
        names = _split(value)
        if not names:
            return []
        task_id = _row_task_id(row or {})
        current = self.linked_ids(task_id) if task_id is not None else set()
        found, errors = [], []
        for name in names:
            try:
                item = _pick(
                    self.lookup.candidates(name), current_ids=current, what=self.what, value=name
                )
            except ValueError as exc:
                errors.append(str(exc))
                continue
            if item not in found:
                found.append(item)
        if errors:
            raise ValueError("; ".join(errors))
        return found

    def render(self, value, obj=None, **kwargs):
        if value is None:
            return ""
        return self.separator.join(self.display(item) for item in value)

    def display(self, item) -> str:
        return str(item)


class TaskUnitRoleWidget(NamedManyToManyWidget):
    """Units with one role in a task (``chủ trì`` or ``phối hợp``), by name."""

    def __init__(self, role: str):
        super().__init__(Unit, lookup=_UnitLookup, what="đơn vị")
        self.role = role

    def linked_ids(self, task_id):
        return set(
            TaskUnit.objects.filter(task_id=task_id, role=self.role).values_list(
                "unit_id", flat=True
            )
        )

    def display(self, item):
        return item.name


class DirectiveCodesWidget(NamedManyToManyWidget):
    """Directives by code (or label when uncoded)."""

    def __init__(self):
        super().__init__(Directive, lookup=_DirectiveLookup, what="văn bản chỉ đạo")

    def linked_ids(self, task_id):
        return set(
            Task.directives.through.objects.filter(task_id=task_id).values_list(
                "directive_id", flat=True
            )
        )

    def display(self, item):
        return item.code or item.label


# ---------------------------------------------------------------------------------------------
# Fields


class TaskUnitRoleField(fields.Field):
    """The units having ``role`` in a task: the stock many-to-many field would ``set()`` the
    whole relation and lose the role, so this one reads and writes ``TaskUnit`` rows of its
    role only (other roles are left alone; ``as_written`` is kept for units that stay)."""

    def __init__(self, *, role: str, column_name: str):
        super().__init__(
            attribute=f"units_{role}", column_name=column_name, widget=TaskUnitRoleWidget(role)
        )
        self.role = role

    def get_value(self, instance):
        if instance is None or instance.pk is None:
            return Unit.objects.none()
        cache = getattr(instance, "_prefetched_objects_cache", {})
        if "task_units" in cache:
            units = [tu.unit for tu in cache["task_units"] if tu.role == self.role]
            return _Listed(sorted(units, key=lambda u: u.name))
        return Unit.objects.filter(task_roles__task=instance, task_roles__role=self.role).order_by(
            "name"
        )

    def save(self, instance, row, is_m2m=False, **kwargs):
        if self.readonly or not is_m2m:
            return
        task_units_set(
            task=instance,
            role=self.role,
            unit_ids=[unit.pk for unit in self.clean(row, **kwargs)],
            user=kwargs.get("user"),
        )


class _Listed(list):
    """A list that answers ``.all()`` like the queryset it stands for (prefetched rows)."""

    def all(self):
        return self


class DirectivesField(fields.Field):
    def get_value(self, instance):
        if instance is None or instance.pk is None:
            return Directive.objects.none()
        cache = getattr(instance, "_prefetched_objects_cache", {})
        if "directives" in cache:
            return _Listed(sorted(cache["directives"], key=lambda d: d.code or d.label))
        return instance.directives.annotate(shown=Coalesce("code", "label")).order_by("shown")


class ProgressNoteField(fields.Field):
    """The last progress note. Writing a different text adds a dated ``TaskUpdate`` (by the
    importing user) instead of rewriting history; an emptied cell changes nothing."""

    def get_value(self, instance):
        pending = instance.__dict__.get("_new_note")
        return pending if pending else latest_update_note(instance)

    def save(self, instance, row, is_m2m=False, **kwargs):
        note = (self.clean(row, **kwargs) or "").strip()
        if note and ex.cell_comparable(note) != ex.cell_comparable(latest_update_note(instance)):
            instance._new_note = note


def latest_update(task: Task) -> TaskUpdate | None:
    if task.pk is None:
        return None
    cache = getattr(task, "_prefetched_objects_cache", {})
    if "updates" in cache:
        updates = cache["updates"]
        return max(updates, key=lambda u: (u.date, u.pk)) if updates else None
    if "_latest_update" not in task.__dict__:
        task.__dict__["_latest_update"] = task.updates.order_by("-date", "-id").first()
    return task.__dict__["_latest_update"]


def latest_update_note(task: Task) -> str:
    update = latest_update(task)
    return update.note if update else ""


# ---------------------------------------------------------------------------------------------
# Conflicts


@dataclass(frozen=True)
class ConflictCell:
    """A cell of a stale row that differs from the database: not applied."""

    column: str
    theirs: str  # in the file
    ours: str  # in the database


class TaskRowResult(results.RowResult):
    """A row's result; ``conflicts`` lists the cells of a row left out because the task was
    saved by someone else after the file was exported (the row is skipped, not an error)."""

    def __init__(self):
        super().__init__()
        self.conflicts: list[ConflictCell] = []
        self.file_version: int | None = None
        self.database_version: int | None = None


class TaskImportResult(results.Result):
    @property
    def conflict_rows(self) -> list[TaskRowResult]:
        return [row for row in self.rows if getattr(row, "conflicts", None)]


def _row_version(row) -> int:
    value = row.get(ex.COL_VERSION)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        version = int(str(value).strip())
    except (TypeError, ValueError):
        version = 0
    if version < 1:
        raise ValidationError(
            {ex.COL_VERSION: f"phiên bản «{value if value is not None else ''}» không hợp lệ"}
        )
    return version


# ---------------------------------------------------------------------------------------------
# The resource


class TaskResource(resources.ModelResource):
    id = fields.Field(
        attribute="id", column_name=ex.COL_ID, widget=widgets.IntegerWidget(), readonly=True
    )
    # read by the resource itself (skip_row), never written from the file
    version = fields.Field(
        attribute="version",
        column_name=ex.COL_VERSION,
        widget=widgets.IntegerWidget(),
        readonly=True,
    )
    meeting = fields.Field(column_name=ex.COL_MEETING, readonly=True)
    meeting_date = fields.Field(column_name=ex.COL_MEETING_DATE, readonly=True)
    ordinal = fields.Field(attribute="ordinal", column_name=ex.COL_ORDINAL, readonly=True)
    text = fields.Field(attribute="text", column_name=ex.COL_TEXT, readonly=True)
    assigned_by_person = fields.Field(
        attribute="assigned_by_person",
        column_name=ex.COL_ASSIGNED_PERSON,
        widget=NamedForeignKeyWidget(
            Person, lookup=_PersonLookup, what="người", attribute="assigned_by_person"
        ),
    )
    assigned_by_unit = fields.Field(
        attribute="assigned_by_unit",
        column_name=ex.COL_ASSIGNED_UNIT,
        widget=NamedForeignKeyWidget(
            Unit, lookup=_UnitLookup, what="đơn vị", attribute="assigned_by_unit"
        ),
    )
    lead_units = TaskUnitRoleField(role=TaskUnit.Role.LEAD, column_name=ex.COL_LEAD)
    support_units = TaskUnitRoleField(role=TaskUnit.Role.SUPPORT, column_name=ex.COL_SUPPORT)
    directives = DirectivesField(
        attribute="directives", column_name=ex.COL_DIRECTIVES, widget=DirectiveCodesWidget()
    )
    period_label = fields.Field(
        attribute="period_label",
        column_name=ex.COL_PERIOD,
        widget=widgets.CharWidget(allow_blank=True),
    )
    due_date = fields.Field(
        attribute="due_date", column_name=ex.COL_DUE, widget=VietnameseDateWidget()
    )
    status = fields.Field(attribute="status", column_name=ex.COL_STATUS, widget=StatusWidget())
    completed_on = fields.Field(
        attribute="completed_on", column_name=ex.COL_COMPLETED, widget=VietnameseDateWidget()
    )
    deadline = fields.Field(column_name=ex.COL_DEADLINE, readonly=True)
    note_date = fields.Field(column_name=ex.COL_NOTE_DATE, readonly=True)
    note = ProgressNoteField(attribute="_new_note", column_name=ex.COL_NOTE)
    source_document = fields.Field(column_name=ex.COL_SOURCE, readonly=True)

    class Meta:
        model = Task
        fields = (
            "id",
            "version",
            "meeting",
            "meeting_date",
            "ordinal",
            "text",
            "assigned_by_person",
            "assigned_by_unit",
            "lead_units",
            "support_units",
            "directives",
            "period_label",
            "due_date",
            "status",
            "completed_on",
            "deadline",
            "note_date",
            "note",
            "source_document",
        )
        import_id_fields = ["id"]
        skip_unchanged = True
        report_skipped = True
        use_transactions = True
        clean_model_instances = True
        chunk_size = 2000

    def __init__(self, *, queryset: QuerySet[Task] | None = None, today=None, **kwargs):
        super().__init__(**kwargs)
        # The tasks the user may see: an import row can touch no other.
        self._queryset = queryset
        self._today = today

    @classmethod
    def get_display_name(cls):
        return "Nhiệm vụ"

    @classmethod
    def get_row_result_class(cls):
        return TaskRowResult

    def get_result_class(self):
        return TaskImportResult

    def get_queryset(self):
        return Task.objects.all() if self._queryset is None else self._queryset

    def today(self) -> dt.date:
        return self._today or timezone.localdate()

    # -- export ----------------------------------------------------------------------------

    def export_field(self, field, instance, **kwargs):
        value = super().export_field(field, instance, **kwargs)
        return ex.cell_neutralise(value) if isinstance(value, str) else value

    def dehydrate_meeting(self, task):
        return task.meeting.title if task.meeting_id else ""

    def dehydrate_meeting_date(self, task):
        date = task.meeting.start_date if task.meeting_id else None
        return VietnameseDateWidget().render(date)

    def dehydrate_deadline(self, task):
        return deadline_state(
            status=task.status,
            due_date=task.due_date,
            completed_on=task.completed_on,
            today=self.today(),
        ).label

    def dehydrate_note_date(self, task):
        update = latest_update(task)
        return VietnameseDateWidget().render(update.date if update else None)

    def dehydrate_source_document(self, task):
        document = task.source_document
        return (document.title or document.file_name) if document else ""

    # -- import ----------------------------------------------------------------------------

    def import_data(self, dataset, dry_run=False, raise_errors=False, **kwargs):
        # Nothing is written until the whole file is clean: a single invalid row rolls back
        # the rows before it too (the library's default keeps them).
        kwargs["rollback_on_validation_errors"] = True
        kwargs["use_transactions"] = True
        return super().import_data(dataset, dry_run=dry_run, raise_errors=raise_errors, **kwargs)

    def before_import(self, dataset, **kwargs):
        # A CSV saved by Excel keeps the BOM on the first header when read as plain UTF-8.
        dataset.headers = [str(h or "").lstrip("\ufeff").strip() for h in dataset.headers]
        for column in (ex.COL_ID, ex.COL_VERSION):
            if column not in dataset.headers:
                raise ValueError(
                    f"tệp thiếu cột «{column}»: hãy xuất lại danh sách nhiệm vụ, sửa tệp vừa "
                    "xuất rồi nhập tệp đó"
                )

    def before_import_row(self, row, **kwargs):
        self._conflict = None
        for key, value in row.items():
            if isinstance(value, str):
                row[key] = ex.cell_restore(value)

    def get_instance(self, instance_loader, row):
        if row.get(ex.COL_ID) in (None, ""):
            raise ValidationError(
                {ex.COL_ID: "dòng không có mã nhiệm vụ: tệp nhập chỉ cập nhật nhiệm vụ đã có"}
            )
        if _row_task_id(row) is None:
            raise ValidationError({ex.COL_ID: f"mã nhiệm vụ «{row[ex.COL_ID]}» không hợp lệ"})
        return super().get_instance(instance_loader, row)

    def after_init_instance(self, instance, new, row, **kwargs):
        if new:
            raise ValidationError(
                {
                    ex.COL_ID: f"không có nhiệm vụ mã {row[ex.COL_ID]} trong phạm vi bạn được "
                    "xem (tệp nhập chỉ cập nhật nhiệm vụ đã có)"
                }
            )

    def import_instance(self, instance, row, **kwargs):
        # As the library's, but the many-to-many columns are checked here too (so that an
        # unknown unit is a row error before anything is written) and errors are keyed by
        # the Vietnamese column names staff see.
        errors = {}
        try:
            _row_version(row)
        except ValidationError as exc:
            errors.update(exc.error_dict)
        for field in self.get_import_fields():
            if field.readonly or field.column_name not in row:
                continue
            try:
                if isinstance(field.widget, widgets.ManyToManyWidget):
                    field.clean(row, **kwargs)
                else:
                    before = getattr(instance, field.attribute, None)
                    self.import_field(field, instance, row, **kwargs)
                    after = getattr(instance, field.attribute, None)
                    # the same text after a round trip is no change (CRLF, XLSX)
                    if (
                        isinstance(before, str)
                        and isinstance(after, str)
                        and ex.cell_comparable(before) == ex.cell_comparable(after)
                    ):
                        setattr(instance, field.attribute, before)
            except ValueError as exc:
                errors[field.column_name] = ValidationError(str(exc), code="invalid")
        if (
            ex.COL_COMPLETED not in errors
            and instance.completed_on is not None
            and instance.status != Task.Status.DONE
        ):
            errors[ex.COL_COMPLETED] = ValidationError(
                f"chỉ ghi ngày hoàn thành khi tình trạng là «{Task.Status.DONE.label}»",
                code="invalid",
            )
        if errors:
            raise ValidationError(errors)

    def validate_instance(self, instance, import_validation_errors=None, validate_unique=True):
        columns = {f.attribute: f.column_name for f in self.get_import_fields() if f.attribute}
        try:
            super().validate_instance(instance, import_validation_errors, validate_unique)
        except ValidationError as exc:
            raise ValidationError(
                {columns.get(key, key): value for key, value in exc.error_dict.items()}
            ) from exc

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if super().skip_row(instance, original, row, import_validation_errors):
            return True  # the row equals the database: nothing to apply
        if import_validation_errors:
            return False  # reported as errors
        # The row changes the task. It applies only if the task is still at the version the
        # file was exported with, checked under a row lock held until the import commits.
        locked = Task.objects.select_for_update().filter(pk=original.pk)
        current = locked.values_list("version", flat=True).first()
        based_on = _row_version(row)
        if current == based_on == original.version:
            return False
        fresh = self.get_queryset().get(pk=original.pk)
        self._conflict = (based_on, current, self._conflict_cells(fresh, row))
        return True

    def _conflict_cells(self, task: Task, row) -> list[ConflictCell]:
        """The cells of ``row`` that differ from ``task`` as stored, both values as text."""
        cells = []
        for field in self.get_import_fields():
            if field.readonly or field.column_name not in row:
                continue
            ours = ex.cell_comparable(str(field.export(task) or ""))
            try:
                theirs = field.widget.render(field.clean(row))
            except ValueError:
                theirs = row.get(field.column_name)
            theirs = ex.cell_comparable("" if theirs is None else str(theirs))
            if field.column_name == ex.COL_NOTE and not theirs:
                continue  # an emptied note cell changes nothing
            if theirs != ours:
                cells.append(ConflictCell(field.column_name, theirs, ours))
        return cells

    def after_import_row(self, row, row_result, **kwargs):
        if self._conflict is not None:
            row_result.file_version, row_result.database_version, cells = self._conflict
            row_result.conflicts = cells
            self._conflict = None

    def before_save_instance(self, instance, row, **kwargs):
        # A staff import is an edit: the extraction loader must leave the task alone now.
        instance.review_state = ReviewState.EDITED
        instance.version += 1

    def save_m2m(self, instance, row, **kwargs):
        # As the library's, but the importing user reaches the fields (the library drops
        # ``kwargs`` here): the unit-role service checks the user's scope.
        if self._is_dry_run(kwargs) and not self._is_using_transactions(kwargs):
            return
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget):
                self.import_field(field, instance, row, True, user=kwargs.get("user"))

    def after_save_instance(self, instance, row, **kwargs):
        note = instance.__dict__.pop("_new_note", None)
        if note:
            # signed by the importing user; the rows are the tasks the user may see (the
            # admin passes its scoped queryset), which the service checks again
            task_note_add(task=instance, date=self.today(), note=note, author=kwargs.get("user"))
            instance.__dict__.pop("_latest_update", None)
