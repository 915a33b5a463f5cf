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


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "mat-khau-9")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
