"""Inline formsets whose duplicate-row message names the fields as the form labels them
("đơn vị và vai trò"), not by their Python names ("unit và role") as Django's does."""

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
