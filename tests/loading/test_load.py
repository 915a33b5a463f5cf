"""The loader: natural keys, entity resolution, idempotency, and staff's work kept safe."""

import datetime as dt

import pytest
from django.core.management import call_command

from reports.loading import document_load
from reports.models import (
    Citation,
    Directive,
    DirectiveRelation,
    Meeting,
    Participation,
    Person,
    ReviewState,
    SourceDocument,
    Task,
    TaskUnit,
    Unit,
    UnitAlias,
)
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db

MODELS = [SourceDocument, Meeting, Participation, Person, Unit, UnitAlias, Directive, Citation,
          Task, TaskUnit, DirectiveRelation]  # fmt: skip


def snapshot():
    return {m.__name__: sorted(m.objects.values_list("pk", flat=True)) for m in MODELS} | {
        "updated": sorted(
            str(v)
            for m in (Meeting, Task, Directive, Unit, Person)
            for v in m.objects.values_list("updated_at", flat=True)
        )
    }


def test_first_load_creates_linked_records_with_evidence():
    result = document_load(x.document(), file_name="hoa_lam.txt")
    assert result.status == "new"
    meeting = Meeting.objects.get()
    assert meeting.host_unit.name == "Ban Tuyên giáo Tỉnh ủy Hòa Lâm"
    assert meeting.source_document == result.document
    assert (meeting.span_start, meeting.span_end) == (58, 140)
    assert result.document.text == x.TEXT
    chair = Participation.objects.get()
    assert (chair.person.full_name, chair.role, chair.position) == (
        "Nguyễn Văn An",
        "chair",
        "Trưởng ban",
    )
    task = Task.objects.get()
    assert task.meeting == meeting
    assert task.assigned_by_person.full_name == "Nguyễn Văn An"
    assert task.assignees_text == "Ban Tuyên giáo Tỉnh ủy Hòa Lâm; các đảng ủy trực thuộc"
    # generic groups are kept as written, not made into units
    assert list(task.units.values_list("name", flat=True)) == ["Ban Tuyên giáo Tỉnh ủy Hòa Lâm"]
    assert [d.code for d in task.directives.all()] == ["05-CT/TW"]
    task_citation = Citation.objects.get(task=task)
    assert (task_citation.span_start, task_citation.span_end) == (150, 170)
    assert Citation.objects.filter(meeting=meeting, task=None).count() == 1
    assert result.counts.get("tasks", "created") == 1


def test_second_load_of_the_same_text_changes_nothing():
    document_load(x.document(), file_name="a.txt")
    before = snapshot()
    result = document_load(x.document(), file_name="a.txt")
    assert result.status == "unchanged"
    assert snapshot() == before


def test_new_spellings_become_aliases_of_one_unit():
    document_load(x.document(), file_name="a.txt")
    unit = Unit.objects.get(name="Ban Tuyên giáo Tỉnh ủy Hòa Lâm")
    other = x.document(
        text=x.TEXT + "\nkhác",
        meetings=(x.meeting(host_unit="Ban Tuyên giáo Tỉnh uỷ Hoà Lâm"),),
        units=(),
    )
    document_load(other, file_name="b.txt")
    assert Unit.objects.filter(search_key=unit.search_key).count() == 1
    # both report the meeting of the same day, host and kind: one meeting, two sources
    meeting = Meeting.objects.get(host_unit=unit)
    assert meeting.sources.count() == 2


def test_reference_units_are_reused_not_duplicated():
    call_command("loaddata", "reference", verbosity=0)
    before = Unit.objects.count()
    doc = x.document(
        meetings=(x.meeting(host_unit="Đảng ủy Khối cơ quan Trung ương"),),
        published=dt.date(2022, 6, 30),
    )
    document_load(doc, file_name="a.txt")
    assert Meeting.objects.get().host_unit.name == "Đảng ủy Khối các cơ quan Trung ương"
    assert Unit.objects.count() == before + 1  # only the Hòa Lâm board is new


def test_directive_matched_by_code_and_subject_among_same_code_documents():
    call_command("loaddata", "reference", verbosity=0)
    document_load(x.document(), file_name="a.txt")
    cited = Task.objects.get().directives.get()
    assert cited.issued == dt.date(2016, 5, 15)  # the Hồ Chí Minh study directive


def test_ambiguous_code_is_flagged_for_review_not_guessed():
    call_command("loaddata", "reference", verbosity=0)
    doc = x.document(directives=(x.directive(title=None),))
    document_load(doc, file_name="a.txt")
    cited = Task.objects.get().directives.get()
    assert cited.issued is None
    assert cited.review_state == ReviewState.NEEDS_REVIEW
    assert Directive.objects.filter(code="05-CT/TW").count() == 3


def test_unresolved_short_form_is_loaded_for_review():
    short = x.directive(code=None, label="Chỉ thị 05", needs_review=True, title=None)
    document_load(x.document(directives=(short,), tasks=()), file_name="a.txt")
    assert Directive.objects.get(label="Chỉ thị 05").review_state == ReviewState.NEEDS_REVIEW


def test_relations_between_directives():
    kl = x.directive(
        code="01-KL/TW", type="ket_luan", label="Kết luận 01-KL/TW",
        relations=(("continues", "05-CT/TW"),),
    )  # fmt: skip
    document_load(x.document(directives=(x.directive(), kl)), file_name="a.txt")
    rel = DirectiveRelation.objects.get()
    assert (rel.source.code, rel.kind, rel.target.code) == ("01-KL/TW", "continues", "05-CT/TW")


def test_lead_and_support_units_with_their_roles():
    t = x.task(
        lead=("Ban Tuyên giáo Tỉnh ủy Hòa Lâm",),
        support=("Sở Văn hóa, Thể thao và Du lịch", "Báo Hòa Lâm"),
        assignees=(
            "Ban Tuyên giáo Tỉnh ủy Hòa Lâm",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Báo Hòa Lâm",
        ),
        due_date=dt.date(2024, 9, 30),
    )
    document_load(x.document(tasks=(t,)), file_name="a.txt")
    roles = set(TaskUnit.objects.values_list("unit__name", "role"))
    assert roles == {
        ("Ban Tuyên giáo Tỉnh ủy Hòa Lâm", "chu_tri"),
        ("Sở Văn hóa, Thể thao và Du lịch", "phoi_hop"),
        ("Báo Hòa Lâm", "phoi_hop"),
    }
    assert Task.objects.get().due_date == dt.date(2024, 9, 30)


def test_reextract_refreshes_untouched_records_and_never_overwrites_staff_work():
    two = (x.task(1, "Nhiệm vụ một"), x.task(2, "Nhiệm vụ hai"))
    document_load(x.document(tasks=two), file_name="a.txt")
    edited = Task.objects.get(ordinal=1)
    edited.text = "Nhiệm vụ một (đã sửa bởi cán bộ)"
    edited.review_state = ReviewState.EDITED
    edited.save()
    verified = Meeting.objects.get()
    verified.review_state = ReviewState.VERIFIED
    verified.title = "Tên do cán bộ xác minh"
    verified.save()

    better = (x.task(1, "Nhiệm vụ một, bản mới"), x.task(2, "Nhiệm vụ hai, bản mới"))
    result = document_load(
        x.document(tasks=better, meetings=(x.meeting(title="Tên mới"),)),
        file_name="a.txt",
        reextract=True,
    )
    assert result.status == "reextracted"
    assert Task.objects.get(ordinal=1).text == "Nhiệm vụ một (đã sửa bởi cán bộ)"
    assert Task.objects.get(ordinal=2).text == "Nhiệm vụ hai, bản mới"
    assert Meeting.objects.get().title == "Tên do cán bộ xác minh"
    assert result.counts.get("tasks", "skipped") == 1
    assert result.counts.get("meetings", "skipped") == 1
    assert len(result.skipped) == 2


def test_reextract_removes_untouched_tasks_the_extractor_no_longer_finds():
    document_load(x.document(tasks=(x.task(1), x.task(2, "Hai"))), file_name="a.txt")
    document_load(x.document(tasks=(x.task(1),)), file_name="a.txt", reextract=True)
    assert list(Task.objects.values_list("ordinal", flat=True)) == [1]


def test_dry_run_writes_nothing():
    before = snapshot()
    result = document_load(x.document(), file_name="a.txt", dry_run=True)
    assert result.status == "new"
    assert result.counts.get("tasks", "created") == 1
    assert snapshot() == before


def test_reextract_that_changes_a_record_raises_its_version():
    document_load(x.document(tasks=(x.task(1, "Một"), x.task(2, "Hai"))), file_name="a.txt")
    versions = dict(Task.objects.values_list("ordinal", "version"))
    document_load(
        x.document(tasks=(x.task(1, "Một, bản mới"), x.task(2, "Hai"))),
        file_name="a.txt",
        reextract=True,
    )
    after = dict(Task.objects.values_list("ordinal", "version"))
    assert after == {1: versions[1] + 1, 2: versions[2]}
