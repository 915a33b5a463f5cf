"""The folded search keys are derived in one place (``SearchKeyed``): every row the demo data
and the loader write with ``bulk_create`` holds the key ``save()`` would store."""

import datetime as dt
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings

from reports.models.common import SearchKeyed
from reports.services.demo_data import demo_data_generate
from reports.services.imports import paths_import

pytestmark = pytest.mark.django_db

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
KEYED = [
    m
    for m in apps.get_app_config("reports").get_models()
    if issubclass(m, SearchKeyed) and not m.__name__.startswith("Historical")
]


def _drifted():
    out = []
    for model in KEYED:
        for row in model.objects.all():
            stored = row.search_key
            row.set_search_key()
            if row.search_key != stored:
                out.append((model.__name__, row.pk, stored, row.search_key))
    return out


def test_every_model_with_a_search_key_derives_it():
    assert {m.__name__ for m in KEYED} >= {
        "Unit",
        "UnitAlias",
        "Person",
        "Directive",
        "Meeting",
        "Task",
    }


def test_demo_data_keys_are_what_save_would_store():
    demo_data_generate(meetings=5, tasks=50, seed=1, today=dt.date(2025, 6, 30))
    assert _drifted() == []


def test_imported_keys_are_what_save_would_store():
    paths_import([str(SEEDS)], max_bytes=settings.EXTRACTION_MAX_BYTES)
    assert _drifted() == []
