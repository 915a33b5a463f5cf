import pytest


@pytest.fixture
def superuser(db, django_user_model):
    return django_user_model.objects.create_superuser("quantri", "quantri@example.vn", "mat-khau-9")


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client
