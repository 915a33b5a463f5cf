"""The staff groups hold the permissions of every model of the app, including models added
after the migration that made the groups; ``migrate`` puts them back in step."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command

pytestmark = pytest.mark.django_db

SUPERUSERS_ONLY = {"staffprofile", "dataversion"}
REFERENCE = {"unit", "unitalias", "person"}
# units are matched by alias on import: only the reference-data role writes aliases
RESERVED = {"unitalias"}


def _models() -> list[str]:
    return [
        m._meta.model_name
        for m in apps.get_app_config("reports").get_models()
        if not m._meta.model_name.startswith("historical")
    ]


def _perms(name: str) -> set[str]:
    group = Group.objects.get(name=name)
    return set(group.permissions.filter(content_type__app_label="reports").values_list(
        "codename", flat=True))  # fmt: skip


def test_every_model_has_its_permissions_in_each_group():
    editors, viewers, reference = (
        _perms("Biên tập viên"), _perms("Người xem"), _perms("Quản trị danh mục"),
    )  # fmt: skip
    for model in _models():
        wanted = {f"{action}_{model}" for action in ("add", "change", "view")}
        if model in SUPERUSERS_ONLY:
            assert not {*wanted, f"delete_{model}"} & (editors | viewers | reference), model
            continue
        if model in RESERVED:
            assert f"view_{model}" in editors, model
            assert {f"add_{model}", f"change_{model}"}.isdisjoint(editors), model
        else:
            assert wanted <= editors, model
        assert f"delete_{model}" not in editors, model
        assert f"view_{model}" in viewers, model
        assert {f"add_{model}", f"change_{model}", f"delete_{model}"}.isdisjoint(viewers)
        assert (wanted <= reference) == (model in REFERENCE), model
    assert "manage_reference" in reference
    assert "manage_reference" not in editors | viewers


def test_migrate_puts_a_missing_permission_back():
    editors = Group.objects.get(name="Biên tập viên")
    editors.permissions.remove(*editors.permissions.filter(codename__endswith="_taskupdate"))
    editors.permissions.add(*Group.objects.get(name="Quản trị danh mục").permissions.filter(
        codename="manage_reference"))  # fmt: skip
    call_command("migrate", verbosity=0)
    assert {"add_taskupdate", "change_taskupdate", "view_taskupdate"} <= _perms("Biên tập viên")
    assert "manage_reference" not in _perms("Biên tập viên")
