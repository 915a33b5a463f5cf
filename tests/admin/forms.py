"""Post an admin change form as a browser would: every field and inline as rendered."""

import datetime as dt


def _value(bound_field):
    value = bound_field.value()
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "on" if value else ""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return str(value)


def _form_data(form) -> dict:
    data = {}
    for name in form.fields:
        value = _value(form[name])
        if value != "":
            data[form.add_prefix(name)] = value
    return data


def change_form_data(response, **changes) -> dict:
    """The POST data of the change form in ``response``, with ``changes`` applied."""
    data = _form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = str(management[name].value() or 0)
        for form in formset.initial_forms:
            data.update(_form_data(form))
    data.update(changes)
    data["_save"] = "Lưu lại"
    return data
