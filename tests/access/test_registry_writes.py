"""Every write door of the admin, generated from the admin registry: an editor of unit A posts
each registered model's add and change forms, and each inline of each, with unit B's ids in
every link to a record (and every field that decides who owns a record), and nothing changes.

The cases are computed from ``admin.site._registry`` and the models' fields, so a model or an
inline registered later is attacked on the day it is registered. The attacker holds every
add/change/view permission of every registered model: only the unit scope stands in the way.
"""

from __future__ import annotations

import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.test import Client
from django.urls import reverse

from reports.admin.base import OUT_OF_SCOPE, ScopedInlineMixin, ScopedLinksMixin
from reports.models import DirectiveRelation, ImportRun, ImportRunItem, StaffProfile, UnitAlias
from reports.selectors import access
from tests.admin.forms import _form_data, change_form_data

User = get_user_model()
REGISTRY = dict(admin.site._registry)
SCOPE_WORDS = OUT_OF_SCOPE.split(" (")[0]


def _attackable(model, *, skip: str | None = None) -> list[str]:
    """The fields of ``model`` a form could use to link into another unit's data."""
    names = []
    for field in model._meta.get_fields():
        if not (field.concrete and field.is_relation and field.editable) or field.auto_created:
            continue
        if field.name == skip:
            continue
        if access.is_record(field.related_model) or access.decides_owner(field):
            names.append(field.name)
    return names


def _inline_parent_field(inline) -> str:
    from django.forms.models import _get_foreign_key

    return _get_foreign_key(inline.parent_model, inline.model, fk_name=inline.fk_name).name


FORM_CASES = [
    pytest.param(model, name, id=f"{model._meta.model_name}.{name}")
    for model in REGISTRY
    for name in _attackable(model)
]
INLINES = [
    (model, inline_class)
    for model, model_admin in REGISTRY.items()
    for inline_class in model_admin.inlines
]
INLINE_CASES = [
    pytest.param(model, inline_class, name, id=f"{inline_class.__name__}.{name}")
    for model, inline_class in INLINES
    for name in _attackable(
        inline_class.model, skip=_inline_parent_field(inline_class(model, admin.site))
    )
]
INLINE_IDS = [
    pytest.param(model, inline_class, id=inline_class.__name__) for model, inline_class in INLINES
]


# --- the world, one record of every registered model on each side ----------------------------


def _record(world, side: str, model):
    if model is User:
        return world[f"u{side}"]
    if model is StaffProfile:
        return StaffProfile.objects.get(user=world[f"u{side}"])
    return next(v for v in world[side].values() if type(v) is model)


@pytest.fixture
def attacker(world):
    """A's editor, with every add/change/view permission of every registered model."""
    user = world["ua"]
    types = ContentType.objects.get_for_models(*REGISTRY).values()
    user.user_permissions.add(
        *Permission.objects.filter(content_type__in=types).exclude(codename__startswith="delete_")
    )
    for side in ("a", "b"):
        unit = world[side]["unit"]
        world[side]["alias"] = UnitAlias.objects.create(unit=unit, name=f"Tên khác {side}")
        world[side]["relation"] = DirectiveRelation.objects.create(
            source=world[side]["directive"],
            target=world["shared"],
            kind=DirectiveRelation.Kind.CONTINUES,
        )
        world[side]["import_run"] = run = ImportRun.objects.create(
            started_by=world[f"u{side}"], source=ImportRun.Source.UPLOAD
        )
        world[side]["import_item"] = ImportRunItem.objects.create(
            run=run, position=1, file_name="a.txt", size=1, document=world[side]["doc"]
        )
    client = Client()
    client.force_login(User.objects.get(pk=user.pk))
    return client


def snapshot() -> dict:
    """Every row of the app and of the accounts, as values."""
    rows = {}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label in ("reports", "auth"):
            rows[model._meta.label] = sorted(model._base_manager.values_list(), key=repr)
    return rows


def _url(model, view: str, *args) -> str:
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}", args=args)


def _target_id(world, model, name: str, side: str):
    field = model._meta.get_field(name)
    return _record(world, side, field.related_model).pk


def _with_value(data: dict, key: str, field, value) -> dict:
    data = dict(data)
    data[key] = [str(value)] if field.many_to_many else str(value)
    return data


def _scope_errors(errors, name) -> list[str]:
    return [str(e) for e in errors.get(name, []) if SCOPE_WORDS in str(e)]


# --- the mechanism is everywhere --------------------------------------------------------------


@pytest.mark.parametrize("model", list(REGISTRY), ids=lambda m: m._meta.label_lower)
def test_every_admin_and_inline_that_can_link_checks_its_links(model):
    model_admin = REGISTRY[model]
    if _attackable(model) or model._meta.app_label == "reports":
        assert isinstance(model_admin, ScopedLinksMixin), type(model_admin)
    for inline_class in model_admin.inlines:
        assert issubclass(inline_class, ScopedInlineMixin), inline_class


def test_every_model_of_the_app_is_classified():
    # a new model must be declared a record (scoped), reference data or internal
    known = access.RECORD_MODELS | access.REFERENCE_MODELS | access.INTERNAL_MODELS
    for model in apps.get_app_config("reports").get_models():
        if model.__name__.startswith("Historical"):
            continue
        assert model in known, model


def test_the_cases_cover_the_known_doors():
    cases = {p.id for p in FORM_CASES} | {p.id for p in INLINE_CASES}
    assert {
        "taskunit.task", "taskupdate.task", "participation.meeting", "citation.task",
        "citation.meeting", "task.meeting", "task.source_document", "meeting.source_document",
        "meeting.host_unit", "StaffProfileInline.units",
    } <= cases  # fmt: skip


# --- add and change forms ---------------------------------------------------------------------


@pytest.mark.parametrize(("model", "name"), FORM_CASES)
def test_change_form_with_another_units_id_changes_nothing(world, attacker, model, name):
    own = _record(world, "a", model)
    url = _url(model, "change", own.pk)
    page = attacker.get(url)
    assert page.status_code == 200, url
    form = page.context["adminform"].form
    data = change_form_data(page)
    before = snapshot()
    field = model._meta.get_field(name)
    response = attacker.post(url, _with_value(data, form.add_prefix(name), field,
                                              _target_id(world, model, name, "b")))  # fmt: skip
    if name not in form.fields:
        # not editable here: whatever was posted, the link did not move to B
        own.refresh_from_db()
        assert field.value_from_object(own) == field.value_from_object(_record(world, "a", model))
        assert response.status_code in (200, 302)
    else:
        assert snapshot() == before
        assert response.status_code == 200, response
        assert _scope_errors(response.context["adminform"].form.errors, name)
        # the same form with A's own id passes that field: the error is the scope, not the data
        response = attacker.post(url, _with_value(data, form.add_prefix(name), field,
                                                  _target_id(world, model, name, "a")))  # fmt: skip
        if response.status_code == 200:
            assert not _scope_errors(response.context["adminform"].form.errors, name)


@pytest.mark.parametrize(("model", "name"), FORM_CASES)
def test_add_form_with_another_units_id_adds_nothing(world, attacker, model, name):
    add_page = attacker.get(_url(model, "add"))
    if add_page.status_code == 403:
        return  # no add form for anyone: the change test covers the model
    assert add_page.status_code == 200
    form = add_page.context["adminform"].form
    # the values of A's record as a complete, otherwise valid form
    template = _form_data(
        attacker.get(_url(model, "change", _record(world, "a", model).pk)).context["adminform"].form
    )
    data = {**change_form_data(add_page), **template}
    data.pop("based_on_version", None)
    field = model._meta.get_field(name)
    key = form.add_prefix(name)
    before = snapshot()
    response = attacker.post(
        _url(model, "add"), _with_value(data, key, field, _target_id(world, model, name, "b"))
    )
    assert snapshot() == before
    if name in form.fields:
        assert response.status_code == 200
        assert _scope_errors(response.context["adminform"].form.errors, name)
        response = attacker.post(
            _url(model, "add"), _with_value(data, key, field, _target_id(world, model, name, "a"))
        )
        if response.status_code == 200:
            assert not _scope_errors(response.context["adminform"].form.errors, name)


# --- inlines ----------------------------------------------------------------------------------


def _inline_formset(page, inline_class):
    for inline in page.context["inline_admin_formsets"]:
        if type(inline.opts) is inline_class:
            return inline.formset
    raise AssertionError(f"{inline_class.__name__} not on the page")


def _new_row(data: dict, formset, values: dict) -> dict:
    """``data`` plus one new row of ``formset`` holding ``values``."""
    data = dict(data)
    index = int(data[f"{formset.prefix}-TOTAL_FORMS"])
    data[f"{formset.prefix}-TOTAL_FORMS"] = str(index + 1)
    for key, value in values.items():
        data[f"{formset.prefix}-{index}-{key}"] = value
    return data


def _row_values(world, inline_class, side: str) -> dict:
    """The editable values of ``side``'s row of the inline's model, as posted."""
    row = _record(world, side, inline_class.model)
    values = {}
    for field in inline_class.model._meta.concrete_fields:
        if not field.editable or field.primary_key:
            continue
        value = field.value_from_object(row)
        if value not in (None, ""):
            values[field.name] = str(value)
    for field in inline_class.model._meta.many_to_many:
        values[field.name] = [str(o.pk) for o in field.value_from_object(row)]
    return values


def _assert_refused(response, formset_prefix: str):
    assert response.status_code == 200, response
    errors = [
        (e, n)
        for inline in response.context["inline_admin_formsets"]
        if inline.formset.prefix == formset_prefix
        for e in [*inline.formset.errors, inline.formset.non_form_errors()]
        for n in [formset_prefix]
        if e
    ]
    assert errors


@pytest.mark.parametrize(("model", "inline_class", "name"), INLINE_CASES)
def test_inline_row_with_another_units_id_adds_nothing(world, attacker, model, inline_class,
                                                       name):  # fmt: skip
    parent = _record(world, "a", model)
    url = _url(model, "change", parent.pk)
    page = attacker.get(url)
    formset = _inline_formset(page, inline_class)
    values = _row_values(world, inline_class, "b")  # values that collide with none of A's rows
    field = inline_class.model._meta.get_field(name)
    b_id = _target_id(world, inline_class.model, name, "b")
    values[name] = [str(b_id)] if field.many_to_many else str(b_id)
    values.pop(_inline_parent_field(inline_class(model, admin.site)), None)
    if name not in formset.form.base_fields:
        # not editable in this inline: a row it adds never links to B's record
        related = inline_class.model._base_manager
        before = related.filter(**{name: b_id}).count()
        attacker.post(url, _new_row(change_form_data(page), formset, values))
        assert related.filter(**{name: b_id}).count() == before
        return
    before = snapshot()
    response = attacker.post(url, _new_row(change_form_data(page), formset, values))
    assert snapshot() == before
    _assert_refused(response, formset.prefix)


@pytest.mark.parametrize(("model", "inline_class"), INLINE_IDS)
def test_inline_row_naming_another_units_row_changes_it_not(world, attacker, model,
                                                            inline_class):  # fmt: skip
    """The hidden id of an existing row set to B's row, with its text edited."""
    parent = _record(world, "a", model)
    url = _url(model, "change", parent.pk)
    page = attacker.get(url)
    formset = _inline_formset(page, inline_class)
    theirs = _record(world, "b", inline_class.model)
    data = change_form_data(page)
    pk_name = inline_class.model._meta.pk.name
    assert formset.initial_forms, f"A's {model.__name__} has no {inline_class.__name__} row"
    data[f"{formset.prefix}-0-{pk_name}"] = str(theirs.pk)
    for field in inline_class.model._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField) and field.editable:
            key = f"{formset.prefix}-0-{field.name}"
            if key in data:
                data[key] = "sửa trộm"
    theirs_before = inline_class.model._base_manager.filter(pk=theirs.pk).values().get()
    count = inline_class.model._base_manager.count()
    response = attacker.post(url, data)
    assert inline_class.model._base_manager.filter(pk=theirs.pk).values().get() == theirs_before
    assert inline_class.model._base_manager.count() == count
    if inline_class(model, admin.site).has_change_permission(response.wsgi_request, parent):
        _assert_refused(response, formset.prefix)


@pytest.mark.parametrize(("model", "inline_class"), INLINE_IDS)
def test_inline_row_posted_with_another_parent_lands_on_no_other_parent(world, attacker, model,
                                                                         inline_class):  # fmt: skip
    """A new row whose link to its parent names B's record instead of the page's."""
    parent = _record(world, "a", model)
    url = _url(model, "change", parent.pk)
    page = attacker.get(url)
    formset = _inline_formset(page, inline_class)
    parent_field = _inline_parent_field(inline_class(model, admin.site))
    # B's row's values (they do not collide with A's rows), under B's record
    values = _row_values(world, inline_class, "b")
    values[parent_field] = str(_record(world, "b", model).pk)
    theirs = _record(world, "b", model)
    related = inline_class.model._base_manager
    before = related.filter(**{parent_field: theirs}).count()
    attacker.post(url, _new_row(change_form_data(page), formset, values))
    assert related.filter(**{parent_field: theirs}).count() == before
