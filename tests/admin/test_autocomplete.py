"""Every foreign key and many-to-many of every admin form and inline is an autocomplete
widget: no <select> listing a whole table."""

import pytest
from django import forms
from django.contrib import admin
from django.contrib.admin.widgets import AutocompleteMixin, RelatedFieldWidgetWrapper
from django.test import RequestFactory

pytestmark = pytest.mark.django_db

OUR_ADMINS = [a for m, a in admin.site._registry.items() if m._meta.app_label == "reports"]


def _relation_widgets(form_class, parent_fk=None):
    for name, field in form_class.base_fields.items():
        if name == parent_fk:
            continue  # an inline's link to its parent is a hidden field, not a choice
        if isinstance(field, forms.ModelChoiceField | forms.ModelMultipleChoiceField):
            widget = field.widget
            if isinstance(widget, RelatedFieldWidgetWrapper):
                widget = widget.widget
            yield name, widget


@pytest.mark.parametrize("model_admin", OUR_ADMINS, ids=lambda a: a.model._meta.model_name)
def test_every_relation_is_an_autocomplete(model_admin, superuser):
    request = RequestFactory().get("/")
    request.user = superuser
    forms_to_check = [(model_admin.model, model_admin.get_form(request), None)]
    for inline in model_admin.get_inline_instances(request):
        formset = inline.get_formset(request)
        forms_to_check.append((inline.model, formset.form, formset.fk.name))
    checked = 0
    for model, form_class, parent_fk in forms_to_check:
        for name, widget in _relation_widgets(form_class, parent_fk):
            assert isinstance(widget, AutocompleteMixin), f"{model.__name__}.{name}: {widget}"
            checked += 1
    if model_admin.model._meta.model_name in {"task", "meeting", "citation", "directive"}:
        assert checked >= 2
