"""Trigram indexes on the folded search keys exist on PostgreSQL; SQLite migrates without them."""

import pytest
from django.db import connection

pytestmark = pytest.mark.django_db

TRIGRAM_INDEXES = {
    "unit_search_key_trgm",
    "unitalias_search_key_trgm",
    "person_search_key_trgm",
    "meeting_search_key_trgm",
    "task_search_key_trgm",
    "directive_search_key_trgm",
}


def _index_definitions() -> dict[str, str]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE %s", ["%_trgm"]
            )
        else:
            cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index'")
        return dict(cursor.fetchall())


def test_trigram_indexes_only_on_postgresql():
    indexes = _index_definitions()
    if connection.vendor == "postgresql":
        assert set(indexes) >= TRIGRAM_INDEXES
        for name in TRIGRAM_INDEXES:
            assert "gin" in indexes[name] and "gin_trgm_ops" in indexes[name], indexes[name]
    else:
        assert not TRIGRAM_INDEXES & set(indexes)


@pytest.mark.skipif(connection.vendor != "postgresql", reason="EXPLAIN of PostgreSQL only")
def test_postgresql_can_use_the_trigram_index_for_a_contains_search():
    from reports.models import Unit

    with connection.cursor() as cursor:
        # an empty test table is cheapest to scan: make the planner show what it could use
        cursor.execute("SET LOCAL enable_seqscan = off")
    plan = Unit.objects.filter(search_key__contains="tuyen").order_by().explain()
    assert "unit_search_key_trgm" in plan, plan
