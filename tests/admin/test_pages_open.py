"""Every admin changelist, add page and change page opens for a superuser, in Vietnamese."""

import pytest
from django.contrib import admin
from django.urls import reverse

from tests import factories as f

pytestmark = pytest.mark.django_db

OUR_MODELS = [m for m in admin.site._registry if m._meta.app_label == "reports"]
# bookkeeping no one edits: the counter behind the reports' cache, the next time of each
# scheduled job; the documents of an import run (listed on the run's page)
INTERNAL_MODELS = {"dataversion", "jobschedule", "importrunitem"}


def test_every_model_of_the_app_is_registered():
    from django.apps import apps

    registered = {m._meta.model_name for m in OUR_MODELS}
    for model in apps.get_app_config("reports").get_models():
        if model.__name__.startswith("Historical") or model._meta.model_name in INTERNAL_MODELS:
            continue
        assert model._meta.model_name in registered, model


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_add_and_change_pages_open(admin_client, superuser, rf, model):
    made = f.make_everything()
    opts = model._meta
    request = rf.get("/")
    request.user = superuser
    # records made only by the app (import runs, reminder logs: a command, an upload, a
    # service) have no add page
    adds = admin.site._registry[model].has_add_permission(request)
    for view in ("changelist", "add"):
        response = admin_client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_{view}"))
        expected = 200 if view == "changelist" or adds else 403
        assert response.status_code == expected, (view, model)
    obj = next(v for v in made.values() if isinstance(v, model))
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    assert admin_client.get(url).status_code == 200


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m._meta.model_name)
def test_search_opens(admin_client, model):
    f.make_everything()
    opts = model._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
    assert admin_client.get(url, {"q": "tuyen giao"}).status_code == 200


def test_admin_index_is_in_vietnamese(admin_client):
    response = admin_client.get(reverse("admin:index"))
    page = response.content.decode()
    for label in ("Hội nghị", "Nhiệm vụ", "Văn bản chỉ đạo", "Đơn vị", "Người", "Văn bản nguồn"):
        assert label in page
    assert "Quản trị dữ liệu" in page


def test_folded_search_ignores_diacritics_and_case(admin_client):
    f.make_unit("Ban Tuyên giáo Đảng ủy Khối")
    f.make_unit("Sở Tài chính")
    url = reverse("admin:reports_unit_changelist")
    for query in ("tuyen giao dang uy", "TUYÊN GIÁO ĐẢNG UỶ", "Tuyên giáo"):
        page = admin_client.get(url, {"q": query}).content.decode()
        assert "Ban Tuyên giáo Đảng ủy Khối" in page, query
        assert "Sở Tài chính" not in page, query
