"""The reference-data role ("Quản trị danh mục", permission ``manage_reference``) and the
groups' permissions brought up to the models added since 0003 (see reports.services.roles,
which also runs after every migrate)."""

from django.db import migrations

from reports.services.roles import REFERENCE_ADMINS, roles_sync


def sync(apps, schema_editor):
    roles_sync(apps=apps, using=schema_editor.connection.alias)


def remove_role(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=REFERENCE_ADMINS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("reports", "0009_taskupdate_date_index"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="unit",
            options={
                "ordering": ["name"],
                "permissions": [
                    (
                        "manage_reference",
                        "Quản trị danh mục: cây đơn vị, kế tục, hiệu lực, gộp đơn vị và người",
                    )
                ],
                "verbose_name": "đơn vị",
                "verbose_name_plural": "đơn vị",
            },
        ),
        migrations.RunPython(sync, remove_role),
    ]
