from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Cơ sở dữ liệu báo cáo công tác tuyên giáo"
admin.site.site_title = "Báo cáo tuyên giáo"
admin.site.index_title = "Quản trị dữ liệu"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("reports/", include("reports.views.urls")),
]
