"""A changelist runs the same number of SQL queries whether it shows 10 rows or a full page
out of 1,000: related records come with select_related / prefetch, never one query per row."""

import pytest
from django.contrib import admin
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.admin.rows import Related, add_rows

pytestmark = pytest.mark.django_db

OUR_MODELS = [m for m in admin.site._registry if m._meta.app_label == "reports"]


def _changelist_queries(client, model) -> tuple[int, int]:
    url = reverse(f"admin:reports_{model._meta.model_name}_changelist")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), len(response.context["cl"].result_list)


@pytest.mark.parametrize("model", OUR_MODELS, ids=lambda m: m._meta.model_name)
def test_changelist_query_count_does_not_grow_with_rows(admin_client, superuser, model):
    rel = Related(superuser)
    add_rows(model, 10, rel)
    _changelist_queries(admin_client, model)  # warm the per-process caches (content types)
    small, shown_small = _changelist_queries(admin_client, model)
    add_rows(model, 990, rel)
    large, shown_large = _changelist_queries(admin_client, model)
    assert shown_small >= 10
    assert shown_large == admin.site._registry[model].list_per_page
    print(f"{model.__name__}: {small} queries with 10 rows, {large} with 1,000")
    assert large == small, f"{model.__name__}: {small} queries for 10 rows, {large} for 1,000"
