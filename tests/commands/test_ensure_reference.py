import io

import pytest
from django.core.management import call_command

from reports.models import Unit

pytestmark = pytest.mark.django_db


def test_loads_once_and_never_overwrites_staff_corrections():
    out = io.StringIO()
    call_command("ensure_reference", stdout=out)
    assert "Đã nạp" in out.getvalue()
    unit = Unit.objects.get(name="Bộ Chính trị")
    unit.short_name = "BCT (đã sửa)"
    unit.save()
    out = io.StringIO()
    call_command("ensure_reference", stdout=out)
    assert "giữ nguyên" in out.getvalue()
    assert Unit.objects.get(pk=unit.pk).short_name == "BCT (đã sửa)"
