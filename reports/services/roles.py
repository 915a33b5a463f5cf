"""The staff groups and their permissions, kept in step with the models.

- "Biên tập viên" adds, changes and views every model of the app (records and reference
  data), deletes nothing; unit aliases it only views (``RESERVED``): the loader and the upload
  match units by alias, so an alias written by an editor of unit A could route the documents
  of unit B into A;
- "Người xem" views them;
- "Quản trị danh mục" keeps the reference data that decide who sees what: the unit tree
  (parent, successor, validity) and the merging of units and people (``manage_reference``),
  besides adding and changing units, their aliases (its own, with superusers) and people.

Access settings (staff profiles) and the reports' cache version are for superusers only.
``roles_sync`` runs after every ``migrate`` (a ``post_migrate`` receiver) and in migration
0010, so a model added later gets its permissions in the groups without a new migration. It
sets each group's permissions on the app to exactly these: a permission added to a group by
hand is taken away on the next ``migrate``.
"""

from __future__ import annotations

from django.apps import apps as global_apps

EDITORS = "Biên tập viên"
VIEWERS = "Người xem"
REFERENCE_ADMINS = "Quản trị danh mục"
MANAGE_REFERENCE = "manage_reference"  # declared on Unit.Meta.permissions
MANAGE_REFERENCE_PERM = f"reports.{MANAGE_REFERENCE}"
# model names (lower case) outside the groups
SUPERUSER_ONLY = frozenset({"staffprofile", "dataversion"})
REFERENCE_DATA = frozenset({"unit", "unitalias", "person"})
# reference data that decide where imported records go: written only by the reference-data
# role and superusers (imports still create them as they meet new spellings)
RESERVED = frozenset({"unitalias"})

ROLES = {
    EDITORS: {
        "actions": ("add", "change", "view"),
        "models": None,
        "extra": (),
        "view_only": RESERVED,
    },
    VIEWERS: {"actions": ("view",), "models": None, "extra": ()},
    REFERENCE_ADMINS: {
        "actions": ("add", "change", "view"),
        "models": REFERENCE_DATA,
        "extra": (MANAGE_REFERENCE,),
    },
}


def role_models(*, apps=global_apps) -> list[str]:
    """The model names of the app the groups cover: every model but the superusers' own and
    the history tables (their pages are reached from, and checked by, their record's)."""
    return sorted(
        model._meta.model_name
        for model in apps.get_app_config("reports").get_models()
        if model._meta.model_name not in SUPERUSER_ONLY
        and not model._meta.model_name.startswith("historical")
    )


def role_codenames(name: str, *, apps=global_apps) -> set[str]:
    role = ROLES[name]
    models = [m for m in role_models(apps=apps) if role["models"] is None or m in role["models"]]
    view_only = role.get("view_only", frozenset())
    return {
        f"{action}_{model}"
        for model in models
        for action in (("view",) if model in view_only else role["actions"])
    } | set(role["extra"])


def roles_sync(*, apps=global_apps, using: str = "default") -> None:
    """Create the groups if needed and set their permissions on the app to ``ROLES``."""
    from django.contrib.auth.management import create_permissions

    # Django creates permissions only after migrate ends; a fresh database gets complete
    # groups in one migrate when they are created here first (create_permissions reads the
    # models of the real app config, from the registry given)
    create_permissions(global_apps.get_app_config("reports"), apps=apps, verbosity=0, using=using)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_perms = Permission.objects.using(using).filter(content_type__app_label="reports")
    for name in ROLES:
        group, _ = Group.objects.using(using).get_or_create(name=name)
        wanted = set(app_perms.filter(codename__in=role_codenames(name, apps=apps)))
        others = group.permissions.exclude(content_type__app_label="reports")
        group.permissions.set([*others, *wanted])
