"""On SQLite the worker and the admin write to one file: WAL mode, a busy timeout and
IMMEDIATE transactions, so a save waits for the worker's write instead of failing."""

import threading

import pytest
from django.conf import settings
from django.db.backends.sqlite3.base import DatabaseWrapper

pytestmark = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3",
    reason="SQLite's settings (PostgreSQL needs none of them)",
)


def _connection(path):
    options = dict(settings.DATABASES["default"]["OPTIONS"])
    wrapper = DatabaseWrapper(
        {**settings.DATABASES["default"], "NAME": str(path), "OPTIONS": options}, alias="probe"
    )
    wrapper.ensure_connection()
    return wrapper


@pytest.fixture(autouse=True)
def _own_files(django_db_blocker):
    # connections to files of this test's own, not the test database
    with django_db_blocker.unblock():
        yield


def test_wal_and_busy_timeout(tmp_path):
    db = _connection(tmp_path / "db.sqlite3")
    with db.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 10_000
    db.close()


def test_a_writer_waits_for_another_instead_of_failing(tmp_path):
    worker, admin = _connection(tmp_path / "db.sqlite3"), _connection(tmp_path / "db.sqlite3")
    with worker.cursor() as cursor:
        cursor.execute("CREATE TABLE t (v INTEGER)")
    worker.set_autocommit(False)
    with worker.cursor() as cursor:
        cursor.execute("BEGIN IMMEDIATE")
        cursor.execute("INSERT INTO t VALUES (1)")
    worker.inc_thread_sharing()  # the worker commits from another thread, half a second on
    release = threading.Timer(0.5, worker.commit)
    release.start()
    # the admin's save waits on the worker's lock (the busy timeout), then succeeds
    with admin.cursor() as cursor:
        cursor.execute("INSERT INTO t VALUES (2)")
        cursor.execute("SELECT COUNT(*) FROM t")
        assert cursor.fetchone()[0] == 2
    release.join()
    worker.dec_thread_sharing()
    worker.close()
    admin.close()
