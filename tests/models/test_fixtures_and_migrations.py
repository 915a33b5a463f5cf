import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from reports.extraction.normalize import fold
from reports.models import Directive, DirectiveRelation, Unit

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_reference_fixture_loads_on_current_migrations():
    call_command("loaddata", "reference", verbosity=0)
    assert Unit.objects.get(name="Bộ Chính trị").parent.name == "Ban Chấp hành Trung ương"
    old = Unit.objects.get(name="Ban Tuyên giáo Trung ương")
    assert old.successor.name == "Ban Tuyên giáo và Dân vận Trung ương"
    assert str(old.valid_to) == "2025-02-02"
    two = Directive.objects.filter(code="05-CT/TW").order_by("issued")
    assert [str(d.issued) for d in two] == ["2016-05-15", "2021-06-23"]
    assert DirectiveRelation.objects.filter(
        source__code="01-KL/TW", target__issued="2016-05-15", kind="continues"
    ).exists()


@pytest.mark.django_db
def test_fixture_search_keys_match_what_save_computes():
    call_command("loaddata", "reference", verbosity=0)
    for model in (Unit, Directive):
        for row in model.objects.all():
            stored = row.search_key
            row.save()
            assert row.search_key == stored, row


def test_fixture_file_is_what_the_generator_writes():
    sys.path.insert(0, str(ROOT / "tools"))
    from build_reference_fixture import build

    on_disk = json.loads((ROOT / "fixtures" / "reference.json").read_text(encoding="utf-8"))
    assert on_disk == build()
    names = [r["fields"]["name"] for r in on_disk if r["model"] == "reports.unitalias"]
    assert fold("Đảng uỷ Khối cơ quan Trung ương") in {fold(n) for n in names}


@pytest.mark.django_db
def test_no_missing_migrations():
    out = io.StringIO()
    call_command("makemigrations", "--check", "--dry-run", stdout=out)


def test_manage_check_is_clean():
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout
