"""Two imports at once (PostgreSQL): no false failures, no raw database error, nothing
created twice. Each import runs in its own thread, on its own database connection, and
starts at the same moment as the other (a barrier), so their look-ups race.

SQLite serialises writing transactions, so there the race these tests provoke cannot
happen: they are skipped there, and CI runs them on PostgreSQL.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, connections

from reports.loading import document_load
from reports.models import Directive, Meeting, Person, SourceDocument, Unit, UnitAlias
from reports.services.imports import paths_import
from tests.loading import extracted as x

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writing transactions: concurrent imports cannot race there",
    ),
]

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _together(jobs):
    """Run each job in its own thread, all released at once; their results in order."""
    barrier = threading.Barrier(len(jobs))

    def run(job):
        try:
            barrier.wait()
            return job()
        finally:
            connections.close_all()  # this thread's connection

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(run, jobs))


def _import_seeds():
    return paths_import([str(SEEDS)], max_bytes=settings.EXTRACTION_MAX_BYTES)


def test_the_same_folder_twice_at_once_is_new_once_and_unchanged_once():
    first, second = _together([_import_seeds, _import_seeds])
    files = len(first.outcomes)
    assert files == len(list(SEEDS.glob("*.txt")))
    assert [o.reason for o in first.failed + second.failed] == []
    for a, b in zip(first.outcomes, second.outcomes, strict=True):
        assert sorted([a.status, b.status]) == ["new", "unchanged"], a.path
    assert SourceDocument.objects.count() == files


def _variant(i: int):
    """Different documents (other words) naming the same units, people and directives."""
    text = x.TEXT + f"\nBài viết số {i} của cộng tác viên thứ {i}.\n"
    uncoded = x.directive(code=None, label="Nghị quyết Trung ương 4 khóa XIII")
    return x.document(text=text, directives=(x.directive(), uncoded))


def test_different_documents_at_once_share_their_reference_rows():
    jobs = [lambda i=i: document_load(_variant(i), file_name=f"{i}.txt") for i in range(6)]
    results = _together(jobs)
    assert sorted(r.status for r in results) == ["new"] * 6
    assert SourceDocument.objects.count() == 6
    assert Person.objects.filter(full_name="Nguyễn Văn An").count() == 1
    assert Unit.objects.filter(name="Ban Tuyên giáo Tỉnh ủy Hòa Lâm").count() == 1
    keys = list(UnitAlias.objects.values_list("search_key", flat=True))
    assert len(keys) == len(set(keys))
    assert Directive.objects.filter(code="05-CT/TW").count() == 1
    assert Directive.objects.filter(code=None).count() == 1
    # and they all report the same meeting: one meeting, six sources
    assert Meeting.objects.count() == 1
    assert Meeting.objects.get().sources.count() == 6
