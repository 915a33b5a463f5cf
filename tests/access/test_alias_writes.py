"""Unit aliases route imported documents: the loader and the upload find a document's units
by their aliases. An editor of unit A who could alias B's name to A would have B's next
documents land in A (and become A's to read). Alias writes are the reference-data role's
("Quản trị danh mục") and superusers'; an editor only views them, and nothing changes."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from reports.models import UnitAlias
from reports.services.roles import REFERENCE_ADMINS
from tests.access.conftest import login
from tests.admin.forms import change_form_data

pytestmark = pytest.mark.django_db


def _aliases() -> set[tuple[int, str]]:
    return set(UnitAlias.objects.values_list("unit_id", "name"))


def _inline_alias_post(client, unit, name: str):
    """The unit's change form with one new alias row, as a browser with the row would post."""
    url = reverse("admin:reports_unit_change", args=[unit.pk])
    data = change_form_data(client.get(url))
    total = int(data.get("aliases-TOTAL_FORMS", 0))
    data.update({
        "aliases-TOTAL_FORMS": str(total + 1),
        f"aliases-{total}-name": name,
        f"aliases-{total}-unit": str(unit.pk),
    })  # fmt: skip
    data.setdefault("aliases-INITIAL_FORMS", "0")
    return client.post(url, data)


def test_editor_cannot_add_an_alias_on_its_page(world, client_a):
    before = _aliases()
    url = reverse("admin:reports_unitalias_add")
    assert client_a.get(url).status_code == 403
    response = client_a.post(url, {"unit": world["a"]["unit"].pk, "name": world["b"]["unit"].name})
    assert response.status_code == 403
    assert _aliases() == before


def test_editor_cannot_repoint_an_alias(world, client_a):
    alias = UnitAlias.objects.create(unit=world["b"]["unit"], name="Khối B viết tắt")
    before = _aliases()
    url = reverse("admin:reports_unitalias_change", args=[alias.pk])
    response = client_a.post(url, {"unit": world["a"]["unit"].pk, "name": alias.name})
    assert response.status_code in (302, 403)  # a view-only page saves nothing
    assert _aliases() == before


def test_editor_cannot_add_an_alias_in_the_unit_form(world, client_a):
    before = _aliases()
    response = _inline_alias_post(client_a, world["a"]["unit"], world["b"]["unit"].name)
    assert response.status_code in (200, 302)
    assert _aliases() == before


def test_editor_cannot_change_an_alias_in_the_unit_form(world, client_a):
    unit = world["a"]["unit"]
    alias = UnitAlias.objects.create(unit=unit, name="Khối A viết tắt")
    url = reverse("admin:reports_unit_change", args=[unit.pk])
    page = client_a.get(url)
    data = change_form_data(page)
    data.update({
        "aliases-TOTAL_FORMS": "1", "aliases-INITIAL_FORMS": "1",
        "aliases-0-id": str(alias.pk), "aliases-0-unit": str(unit.pk),
        "aliases-0-name": world["b"]["unit"].name,
    })  # fmt: skip
    client_a.post(url, data)
    assert UnitAlias.objects.get(pk=alias.pk).name == "Khối A viết tắt"


def test_reference_admin_adds_an_alias_in_the_unit_form(world):
    user = world["ua"]
    user.groups.add(Group.objects.get(name=REFERENCE_ADMINS))
    unit = world["a"]["unit"]
    response = _inline_alias_post(login(user), unit, "ĐU Khối A")
    assert response.status_code == 302
    assert (unit.pk, "ĐU Khối A") in _aliases()


def test_superuser_adds_an_alias(world, admin_client):
    unit = world["a"]["unit"]
    url = reverse("admin:reports_unitalias_add")
    response = admin_client.post(url, {"unit": unit.pk, "name": "Khối A (cũ)"})
    assert response.status_code == 302
    assert (unit.pk, "Khối A (cũ)") in _aliases()
