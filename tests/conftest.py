from contextlib import contextmanager

import pytest
from django.core.cache import cache
from django.db import transaction


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: the data version goes back to its old value
    when a test's transaction is rolled back, so a figure cached by one test could otherwise
    be found by the next."""
    cache.clear()
    yield
    cache.clear()


# Tests hash passwords by the hundred (users made per test): a fast hasher instead of the
# deliberately slow production one. Production settings are untouched (see config/).
FAST_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = FAST_HASHERS


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "mat-khau-9")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def committed(db):
    """``with committed() as ran: ...``: on leaving the block, run what a commit would run
    (the ``on_commit`` callbacks queued so far, e.g. raising the reports' data version) and
    forget them, as a commit does. A test's transaction never commits, so without this a
    write's callbacks never run. ``ran`` lists the callbacks run."""

    @contextmanager
    def block():
        ran = []
        yield ran
        connection = transaction.get_connection()
        while connection.run_on_commit:  # a callback may queue another
            pending, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, callback, _robust in pending:
                callback()
                ran.append(callback)

    return block
