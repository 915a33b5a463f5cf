from django.contrib import admin
from django.urls import include, path

from reports.api.v1 import api as api_v1
from reports.views.upload import upload_run_view, upload_view

admin.site.site_header = "Cơ sở dữ liệu báo cáo công tác tuyên giáo"
admin.site.site_title = "Báo cáo tuyên giáo"
admin.site.index_title = "Quản trị dữ liệu"
# the index links to "Nhập văn bản" (the upload page) for those allowed to use it
# (extended by the reports link: reports/dashboard_admin_index.html extends it)
admin.site.index_template = "reports/dashboard_admin_index.html"
# the header's "Xem trang web" link on every admin page leads to the reports dashboard
admin.site.site_url = "/reports/"

urlpatterns = [
    path("admin/nhap-van-ban/", admin.site.admin_view(upload_view), name="reports_upload"),
    path(
        "admin/nhap-van-ban/luot/<int:run_id>/",
        admin.site.admin_view(upload_run_view),
        name="reports_upload_run",
    ),
    path("admin/", admin.site.urls),
    path("reports/", include("reports.views.urls")),
    path("api/v1/", api_v1.urls),
]
