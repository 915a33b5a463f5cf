import pytest
from django.core.cache import cache


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
