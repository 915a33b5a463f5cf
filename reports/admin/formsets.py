"""Inline formsets: duplicate-row messages name the fields as the form labels them
("đơn vị và vai trò", not "unit và role" as Django's do), and the same related record twice is
a form error, not a 500.

Django's inline formsets check unique constraints only when they hold no condition, and a
task cites each directive once under a conditional constraint (``citation_unique_per_task``),
so two rows naming one directive reached the database and raised an IntegrityError. A
meeting has no such constraint (its citations may come from several reports), so the same
directive twice was silently kept. Rows already stored twice (from an old import) do not
block a save: only a row added or changed now is refused.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.utils.text import get_text_list
from django.utils.translation import gettext as _


class LabelledInlineFormSet(BaseInlineFormSet):
    def get_unique_error_message(self, unique_check):
        fields = self.form.base_fields
        labels = [
            str(fields[name].label if name in fields else name).lower() for name in unique_check
        ]
        if len(labels) == 1:
            return _("Please correct the duplicate data for %(field)s.") % {"field": labels[0]}
        return _("Please correct the duplicate data for %(field)s, which must be unique.") % {
            "field": get_text_list(labels, _("and"))
        }


class DistinctFormSet(LabelledInlineFormSet):
    """Refuses two kept rows naming the same ``distinct_field`` when one of them is new or
    changed; the error is shown on that row."""

    distinct_field = "directive"
    distinct_message = "“{value}” đã có ở một dòng khác: mỗi văn bản chỉ đạo chỉ dẫn một lần."

    def clean(self):
        super().clean()
        seen: dict[object, object] = {}
        for form in self.forms:
            if not hasattr(form, "cleaned_data") or self._should_delete_form(form):
                continue
            value = form.cleaned_data.get(self.distinct_field)
            if value is None:
                continue
            first = seen.setdefault(value, form)
            if first is not form and (form.has_changed() or first.has_changed()):
                culprit = form if form.has_changed() else first
                culprit.add_error(self.distinct_field, self.distinct_message.format(value=value))
        if any(form.errors for form in self.forms):
            raise ValidationError("Có dòng trùng nhau: xem các lỗi bên dưới.")
