"""QuickSelect writes the markup of Django's Select, escaped, in one pass."""

from django import forms

from reports.views.widgets import QuickSelect

CHOICES = [("", "Tất cả"), (1, "Ban <Tuyên giáo> & Dân vận"), (2, 'Huyện ủy "Đông Sơn"')]


def _options(html: str) -> list[str]:
    return [part.split(">", 1)[0] for part in html.split("<option")[1:]]


def test_same_options_as_djangos_select():
    for value in (None, "", "2", 2):
        ours = QuickSelect(choices=CHOICES).render("don_vi", value, {"id": "id_don_vi"})
        django = forms.Select(choices=CHOICES).render("don_vi", value, {"id": "id_don_vi"})
        assert _options(ours) == _options(django), value
        assert ours.startswith('<select name="don_vi" id="id_don_vi">')


def test_labels_and_values_are_escaped():
    html = QuickSelect(choices=[('"><script>', "<b>x</b>")]).render("f", None)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;b&gt;x&lt;/b&gt;" in html


def test_chosen_value_is_selected():
    html = QuickSelect(choices=CHOICES).render("f", 2)
    assert '<option value="2" selected>' in html
    assert html.count("selected") == 1
