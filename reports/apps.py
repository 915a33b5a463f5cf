from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = "Báo cáo tuyên giáo"

    def ready(self):
        from django.db.models.signals import post_migrate

        from reports import signals

        signals.connect()
        # the groups follow the models: a model added later gets its permissions in them
        post_migrate.connect(signals.roles_after_migrate, sender=self, dispatch_uid="reports-roles")
