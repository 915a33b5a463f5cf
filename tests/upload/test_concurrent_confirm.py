"""Two users confirming the same upload at the same moment (PostgreSQL): one loads it, the
other is told it is loaded; nobody gets a database error and nothing is written twice.

SQLite serialises writing transactions, so the race cannot happen there: skipped, and CI
runs it on PostgreSQL.
"""

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.db import connection, connections

from reports.models import Meeting, SourceDocument
from reports.services.uploads import upload_confirm, upload_read

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="SQLite serialises writing transactions: two confirmations cannot race there",
    ),
]

SEED = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))[0]


def test_two_confirmations_at_once_load_once(django_user_model):
    editors = Group.objects.get(name="Biên tập viên")
    users = []
    for name in ("mot", "hai"):
        user = django_user_model.objects.create_user(name, is_staff=True)
        user.groups.add(editors)
        users.append(user)
    pending = upload_read(data=SEED.read_bytes(), name=SEED.name, max_bytes=2**21)
    barrier = threading.Barrier(2)

    def confirm(user):
        try:
            barrier.wait()
            return upload_confirm(pending=pending, user=user)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(2) as pool:
        results = list(pool.map(confirm, users))
    assert sorted(r.status for r in results) == ["new", "unchanged"]
    assert results[0].document == results[1].document
    assert SourceDocument.objects.count() == 1
    meetings = Meeting.objects.count()
    assert meetings and Meeting.objects.values("source_document").distinct().count() == 1
