import pytest
from django.contrib.auth.models import Group

EDITORS = "Biên tập viên"


@pytest.fixture
def editor(db, django_user_model):
    user = django_user_model.objects.create_user("bientap", password="mat-khau-9", is_staff=True)
    user.groups.add(Group.objects.get(name=EDITORS))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
