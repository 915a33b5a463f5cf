from django.apps import AppConfig


class ReportsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "reports"
    verbose_name = "Báo cáo tuyên giáo"

    def ready(self):
        from reports import signals

        signals.connect()
