import pytest
from django.conf import settings as django_settings
from django.core.cache import cache


def pytest_collection_modifyitems(config, items):
    """On the Redis queue (TASKS_BACKEND=rq) the tests that look into the database queue's
    rows are deselected (said in pytest's summary), not skipped as if they had passed."""
    if django_settings.TASKS_BACKEND != "rq":
        return
    kept = [item for item in items if item.get_closest_marker("db_queue") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture(autouse=True)
def _empty_queue():
    """Each test starts with an empty Redis queue (a database queue is rolled back)."""
    from tests.jobs.worker import queue_empty

    queue_empty()


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
