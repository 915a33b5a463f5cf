"""The preview's side list and warnings, from extracted records made in code (so they do
not depend on how well the extractor reads a given text)."""

from __future__ import annotations

import datetime as dt

import pytest

from reports.extraction.types import Directive, ExtractedDocument, Meeting, Participant, Span
from reports.extraction.types import Task as FoundTask
from reports.extraction.types import Unit as FoundUnit
from reports.models import SourceDocument, UnitAlias
from reports.services.uploads import (
    PendingDocument,
    paste_read,
    preview_findings,
    preview_warnings,
    upload_confirm,
    upload_preview,
)
from tests.factories import make_directive, make_person, make_unit

pytestmark = pytest.mark.django_db

TEXT = "Hội nghị giao ban công tác tuyên giáo tháng 5 năm 2024 của Ban Tuyên giáo Tỉnh ủy."


def _directive(code, issued=None, *, needs_review=False, label=None):
    return Directive(
        code=code,
        type="chi_thi",
        number=None,
        issuer_code=None,
        issuing_body=None,
        issued=issued,
        title=None,
        label=label or f"Chỉ thị {code}",
        mentions=(Span(0, 5),),
        needs_review=needs_review,
    )


def _doc(**kw) -> ExtractedDocument:
    defaults = {
        "source": "a.txt",
        "text": TEXT,
        "title": "Hội nghị giao ban",
        "published": dt.date(2024, 5, 28),
        "meetings": (),
        "units": (),
        "directives": (),
        "tasks": (),
    }
    return ExtractedDocument(**{**defaults, **kw})


def _outcomes(doc, kind):
    return [(f.label, f.outcome) for f in preview_findings(doc) if f.kind == kind]


def test_units_match_by_alias_and_unknown_ones_are_new():
    known = make_unit("Ban Tuyên giáo Tỉnh ủy Lai Châu")
    UnitAlias.objects.create(unit=known, name="BTG Tỉnh ủy Lai Châu")
    doc = _doc(
        units=(
            FoundUnit("BTG Tỉnh ủy Lai Châu", ("BTG Tỉnh ủy Lai Châu",)),
            FoundUnit("Ban Dân vận Huyện ủy Tam Đường", ()),
            FoundUnit("các đảng ủy trực thuộc", ()),  # generic: not a unit to create
        )
    )
    found = [f for f in preview_findings(doc) if f.kind == "units"]
    assert [(f.label, f.outcome) for f in found] == [
        ("BTG Tỉnh ủy Lai Châu", "matched"),
        ("Ban Dân vận Huyện ủy Tam Đường", "new"),
    ]
    assert found[0].record == known


DIRECTIVE_CASES = [
    # (existing (code, issued) rows, extracted code and date, outcome)
    ([("05-CT/TW", dt.date(2016, 5, 15))], ("05-CT/TW", dt.date(2016, 5, 15)), "matched"),
    ([("05-CT/TW", None)], ("05-CT/TW", dt.date(2016, 5, 15)), "matched"),
    ([("05-CT/TW", dt.date(2011, 1, 21))], ("05-CT/TW", dt.date(2016, 5, 15)), "new"),
    (
        [("05-CT/TW", dt.date(2011, 1, 21)), ("05-CT/TW", dt.date(2016, 5, 15))],
        ("05-CT/TW", None),
        "review",
    ),
    ([], ("35-NQ/TW", dt.date(2018, 10, 22)), "new"),
]


@pytest.mark.parametrize(("rows", "found", "outcome"), DIRECTIVE_CASES)
def test_directives_match_by_code_and_date(rows, found, outcome):
    for code, issued in rows:
        make_directive(code=code, issued=issued)
    doc = _doc(directives=(_directive(*found),))
    assert [o for _, o in _outcomes(doc, "directives")] == [outcome]


def test_people_match_by_name():
    make_person("Lê Văn Lương")
    people = (
        Participant("Lê Văn Lương", "Phó Bí thư", ("chi_dao",)),
        Participant("Trần Thị Hoa", None, ("bao_cao",)),
    )
    meeting = Meeting("Hội nghị", "giao_ban", None, None, None, None, people)
    assert _outcomes(_doc(meetings=(meeting,)), "people") == [
        ("Lê Văn Lương", "matched"),
        ("Trần Thị Hoa", "new"),
    ]


def test_warnings_for_short_forms_tasks_without_assigner_and_dates_without_year():
    doc = _doc(
        text="Ngày 27/5, Ban Tuyên giáo tổ chức hội nghị. " + TEXT,
        directives=(_directive(None, needs_review=True, label="Chỉ thị 05"),),
        tasks=(
            FoundTask(1, "Tăng cường tuyên truyền.", Span(0, 5), None, ()),
            FoundTask(2, "Tổ chức hội thi.", Span(6, 9), "Lê Văn Lương", ()),
        ),
    )
    warnings = preview_warnings(doc)
    assert any("“Chỉ thị 05”" in w and "cần kiểm tra" in w for w in warnings)
    assert "Nhiệm vụ không rõ người giao: số 1." in warnings
    assert any("“27/5”" in w and "năm 2024" in w for w in warnings)
    assert not any("Không tìm thấy ngày đăng" in w for w in warnings)


def test_preview_of_a_loaded_text_names_the_document_and_counts_nothing(editor):
    pending = paste_read(text=TEXT, html=False, max_bytes=10_000)
    assert upload_confirm(pending=pending, user=editor).status == "new"
    again = upload_preview(pending=PendingDocument("khac.txt", TEXT, "utf-8", "text"))
    assert again.already_loaded
    assert again.existing == SourceDocument.objects.get()
    assert again.counts == {} and again.findings == []
    assert upload_confirm(pending=pending, user=editor).status == "unchanged"
