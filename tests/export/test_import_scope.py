"""The spreadsheet import writes progress notes and unit roles through the task services,
which check the importing user's scope again: a caller that forgot to pass the admin's scoped
queryset still cannot write into another unit's tasks. Notes are signed by the importer."""

import pytest

from reports.models import TaskUpdate
from tests.export.conftest import TODAY
from tests.export.test_roundtrip import LEAD, NOTE, _export, edit_csv, run_import, snapshot
from tests.factories import make_staff_user, make_unit


@pytest.fixture
def outsider(world):
    return make_staff_user("canbo-ngoai", make_unit("Đảng ủy Khối khác"))


def _edit_all(column, value):
    def edit(rows):
        for row in rows:
            row[column] = value

    return edit


@pytest.mark.parametrize(
    ("column", "value"),
    [(NOTE, "Ghi trộm vào nhiệm vụ đơn vị khác"), (LEAD, "Trường Chính trị tỉnh")],
)
def test_an_unscoped_import_cannot_write_outside_the_users_units(world, outsider, column, value):
    data = edit_csv(_export("csv"), _edit_all(column, value))
    before = snapshot()
    result = run_import("csv", data, dry_run=False, user=outsider)  # no scoped queryset
    assert result.has_errors()
    assert snapshot() == before


def test_an_imported_note_is_signed_by_the_importer(world, superuser):
    data = edit_csv(_export("csv"), lambda rows: rows[0].__setitem__(NOTE, "Dòng một\r\nhai"))
    result = run_import("csv", data, dry_run=False, user=superuser)
    assert not result.has_errors() and not result.has_validation_errors()
    note = TaskUpdate.objects.get(note="Dòng một\nhai")  # line ends normalised
    assert (note.author, note.date) == (superuser, TODAY)
