"""The log of e-mail reminders; both staff groups of 0003_roles may view it (only the
sending service writes it)."""

import django.db.models.deletion
from django.conf import settings
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

GROUPS = ("Biên tập viên", "Người xem")


def grant_view(apps, schema_editor):
    app_config = apps.get_app_config("reports")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    view = Permission.objects.get(content_type__app_label="reports", codename="view_reminderlog")
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(view)


class Migration(migrations.Migration):

    dependencies = [
        ('reports', '0009_taskupdate_date_index'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ReminderLog',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('day', models.DateField(verbose_name='ngày nhắc')),
                ('email', models.EmailField(max_length=254, verbose_name='gửi tới')),
                ('days_ahead', models.PositiveSmallIntegerField(verbose_name='số ngày nhắc trước')),
                ('overdue_count', models.PositiveIntegerField(verbose_name='số nhiệm vụ quá hạn')),
                ('due_count', models.PositiveIntegerField(verbose_name='số nhiệm vụ sắp đến hạn')),
                ('sent_at', models.DateTimeField(auto_now_add=True, verbose_name='gửi lúc')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reminder_logs', to=settings.AUTH_USER_MODEL, verbose_name='người nhận')),
            ],
            options={
                'verbose_name': 'thư nhắc việc đã gửi',
                'verbose_name_plural': 'thư nhắc việc đã gửi',
                'ordering': ['-day', 'user_id'],
                'constraints': [models.UniqueConstraint(fields=('user', 'day'), name='reminderlog_one_per_day')],
            },
        ),
        migrations.RunPython(grant_view, migrations.RunPython.noop),
    ]
