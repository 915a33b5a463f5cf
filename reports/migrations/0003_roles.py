"""Groups for staff: "Biên tập viên" adds, changes and views the app's records; "Người xem"
only views them. Permissions are created here (Django otherwise creates them only after
migrate finishes) so that a fresh database gets complete groups in one `migrate`."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Biên tập viên"
VIEWERS = "Người xem"
EDITOR_ACTIONS = ("add", "change", "view")
VIEWER_ACTIONS = ("view",)


def create_groups(apps, schema_editor):
    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_perms = Permission.objects.filter(content_type__app_label="reports")
    for name, actions in ((EDITORS, EDITOR_ACTIONS), (VIEWERS, VIEWER_ACTIONS)):
        group, _ = Group.objects.get_or_create(name=name)
        wanted = [p for p in app_perms if p.codename.split("_", 1)[0] in actions]
        group.permissions.add(*wanted)


def remove_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=[EDITORS, VIEWERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reports", "0002_person_directive_aliases"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
