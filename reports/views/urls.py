from django.urls import path

from reports.views import dashboard

app_name = "reports"

urlpatterns = [
    path("", dashboard.dashboard, name="dashboard"),
    path("van-ban/<int:pk>/", dashboard.directive_report, name="directive"),
    path("don-vi/<int:pk>/", dashboard.unit_report, name="unit"),
]
