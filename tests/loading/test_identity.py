"""Re-import by identity: records are matched by their span or text, not their position;
child rows of untouched records are replaced as a set; staff's records are never lost."""

import pytest

from reports.extraction.types import Participant, Span
from reports.loading import document_load
from reports.loading.identity import identity, records_match, text_fingerprint
from reports.models import Citation, Meeting, Participation, Person, ReviewState, Task
from tests.loading import extracted as x

pytestmark = pytest.mark.django_db

LINES = [
    "Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024",
    "Ngày 5/7/2024, Ban Tuyên giáo Tỉnh ủy Hòa Lâm tổ chức Hội nghị sơ kết.",
    "Đồng chí Nguyễn Văn An, Trưởng ban chủ trì; đồng chí Trần Thị Bình dự.",
    "Một là, đẩy mạnh công tác thông tin đối ngoại trên không gian mạng.",
    "Hai là, tiếp tục thực hiện Chỉ thị số 05-CT/TW và Nghị quyết số 35-NQ/TW.",
    "Ba là, nâng cao chất lượng đội ngũ báo cáo viên các cấp.",
]
TEXT = "\n".join(LINES) + "\n"


def span_of(line: int) -> Span:
    start = TEXT.index(LINES[line])
    return Span(start, start + len(LINES[line]))


def task_at(ordinal: int, line: int, **kw):
    values = {"text": LINES[line], "span": span_of(line), "directives": ()}
    return x.task(ordinal, **{**values, **kw})


AN = Participant("Nguyễn Văn An", "Trưởng ban", ("chair",), (span_of(2),))
BINH = Participant("Trần Thị Bình", None, ("attending",), (span_of(2),))


def doc(tasks, *, participants=(AN, BINH), directives=None, meetings=None):
    ct05 = x.directive(mentions=(Span(TEXT.index("05-CT"), TEXT.index("05-CT") + 8),))
    nq35 = x.directive(
        code="35-NQ/TW",
        type="nghi_quyet",
        title=None,
        mentions=(Span(TEXT.index("35-NQ"), TEXT.index("35-NQ") + 8),),
    )
    meeting = x.meeting(participants=participants, span=span_of(1))
    return x.document(
        text=TEXT,
        tasks=tuple(tasks),
        meetings=(meeting,) if meetings is None else meetings,
        directives=(ct05, nq35) if directives is None else directives,
    )


def load(tasks, **kw):
    return document_load(doc(tasks, **kw), file_name="a.txt", reextract=True)


def staff_edit(record, **values):
    for name, value in values.items():
        setattr(record, name, value)
    record.review_state = ReviewState.EDITED
    record.version += 1
    record.save()
    return record


def test_a_task_found_before_an_edited_one_does_not_take_its_place():
    load([task_at(1, 3), task_at(2, 5)])
    edited = staff_edit(Task.objects.get(ordinal=1), text="Thông tin đối ngoại (cán bộ sửa)")
    untouched = Task.objects.get(ordinal=2)

    # an improved extractor finds a task between the two
    result = load([task_at(1, 3), task_at(2, 4), task_at(3, 5)])

    tasks = {t.pk: t for t in Task.objects.all()}
    assert len(tasks) == 3
    assert tasks[edited.pk].text == "Thông tin đối ngoại (cán bộ sửa)"
    assert tasks[edited.pk].version == edited.version
    # the untouched task is still itself, renumbered, not overwritten by the new one
    assert tasks[untouched.pk].text == LINES[5]
    assert tasks[untouched.pk].ordinal == 3
    new = next(t for pk, t in tasks.items() if pk not in (edited.pk, untouched.pk))
    assert (new.text, new.ordinal) == (LINES[4], 2)
    assert sorted(t.text for t in tasks.values()).count(LINES[5]) == 1
    assert result.counts.get("tasks", "created") == 1
    assert result.counts.get("tasks", "skipped") == 1


def test_a_task_found_first_when_the_edited_one_was_first():
    load([task_at(1, 4)])
    edited = staff_edit(Task.objects.get(), status=Task.Status.IN_PROGRESS)
    load([task_at(1, 3), task_at(2, 4)])
    assert Task.objects.count() == 2
    edited.refresh_from_db()
    assert (edited.text, edited.status, edited.review_state) == (
        LINES[4],
        Task.Status.IN_PROGRESS,
        ReviewState.EDITED,
    )
    assert Task.objects.exclude(pk=edited.pk).get().text == LINES[3]


def test_a_task_whose_span_moved_is_matched_by_its_words():
    load([task_at(1, 3)])
    task = Task.objects.get()
    start = TEXT.index(LINES[2])  # the new cut starts a line earlier
    moved = task_at(1, 3, span=Span(start, span_of(3).end))
    load([x.task(1, "Một là,  đẩy mạnh công tác thông tin đối ngoại trên không gian mạng")])
    assert Task.objects.get().pk == task.pk
    load([moved])
    assert Task.objects.get().pk == task.pk


def test_participants_and_citations_no_longer_found_disappear_from_untouched_records():
    load([task_at(1, 4, directives=("05-CT/TW", "35-NQ/TW"))])
    meeting = Meeting.objects.get()
    task = Task.objects.get()
    staff_row = Participation.objects.create(
        meeting=meeting, person=Person.objects.create(full_name="Lê Văn Cường"), role="speaking"
    )
    assert set(meeting.participations.values_list("person__full_name", flat=True)) == {
        "Nguyễn Văn An",
        "Trần Thị Bình",
        "Lê Văn Cường",
    }

    load(
        [task_at(1, 4, directives=("05-CT/TW",))],
        participants=(AN,),
        directives=(doc([]).directives[0],),
    )

    # Bình is no longer extracted; the row staff added by hand stays
    assert set(meeting.participations.values_list("person__full_name", flat=True)) == {
        "Nguyễn Văn An",
        "Lê Văn Cường",
    }
    assert Participation.objects.filter(pk=staff_row.pk).exists()
    assert list(task.directives.values_list("code", flat=True)) == ["05-CT/TW"]
    cited = Citation.objects.filter(task=None).values_list("directive__code", flat=True)
    assert list(cited) == ["05-CT/TW"]


def test_children_of_an_edited_record_are_left_alone():
    load([task_at(1, 4, directives=("05-CT/TW", "35-NQ/TW"))])
    meeting = staff_edit(Meeting.objects.get(), title="Tên do cán bộ sửa")
    task = staff_edit(Task.objects.get(), status=Task.Status.DONE)
    load([task_at(1, 4, directives=())], participants=(AN,), directives=())
    assert meeting.participations.count() == 2
    assert task.directives.count() == 2
    assert Citation.objects.filter(task=None, meeting=meeting).count() == 2


def test_an_edited_task_no_longer_found_is_kept_and_flagged():
    load([task_at(1, 3), task_at(2, 4)])
    edited = staff_edit(Task.objects.get(ordinal=2), status=Task.Status.IN_PROGRESS)
    untouched = Task.objects.get(ordinal=1)

    result = load([task_at(1, 5)])

    edited.refresh_from_db()
    assert (edited.status, edited.review_state) == (Task.Status.IN_PROGRESS, ReviewState.EDITED)
    assert edited.not_in_source
    assert edited.version == 2  # the flag is not an edit
    assert any(f"#{edited.pk}" in line for line in result.missing)
    assert not Task.objects.filter(pk=untouched.pk).exists()  # the importer's own goes
    assert Task.objects.get(not_in_source=False).text == LINES[5]

    load([task_at(1, 5), task_at(2, 4)])  # found again
    edited.refresh_from_db()
    assert not edited.not_in_source
    assert Task.objects.count() == 2


def test_an_edited_meeting_no_longer_found_is_kept_and_flagged():
    load([], meetings=(x.meeting(span=span_of(1)), x.meeting(title="Hội nghị khác", span=None)))
    first, second = Meeting.objects.order_by("pk")
    staff_edit(second, location="Hòa Lâm")
    load([], meetings=(x.meeting(span=span_of(1)),))
    second.refresh_from_db()
    assert (second.location, second.not_in_source) == ("Hòa Lâm", True)
    assert Meeting.objects.count() == 2


def test_a_new_meeting_found_before_an_edited_one_does_not_take_its_place():
    load([], meetings=(x.meeting(span=span_of(1)),))
    edited = staff_edit(Meeting.objects.get(), title="Tên do cán bộ sửa")
    load(
        [],
        meetings=(
            x.meeting(title="Hội nghị báo cáo viên", kind="bao_cao_vien", span=span_of(0)),
            x.meeting(span=span_of(1)),
        ),
    )
    assert Meeting.objects.count() == 2
    edited.refresh_from_db()
    assert edited.title == "Tên do cán bộ sửa"
    assert Meeting.objects.exclude(pk=edited.pk).get().title == "Hội nghị báo cáo viên"


# the matching itself, without a database --------------------------------------------------

ROWS = [
    # stored (span, text, position), found (span, text, position), expected pairs
    ([((0, 10), "a", 1)], [((0, 10), "b", 1)], [(0, 0)]),  # same span, text reworded
    ([((0, 10), "a b", 1)], [((50, 60), "A, b!", 2)], [(0, 0)]),  # same words, moved
    ([((0, 10), "a", 1)], [((2, 12), "b", 1)], [(0, 0)]),  # re-cut boundaries
    ([((0, 10), "a", 1)], [((20, 30), "b", 1)], []),  # elsewhere, other words: not the same
    ([(None, "a", 1)], [((20, 30), "b", 1)], [(0, 0)]),  # no span: position is all there is
    # two with the same span keep their order
    ([((0, 10), "a", 1), ((0, 10), "b", 2)], [((0, 10), "c", 1), ((0, 10), "d", 2)],
     [(0, 0), (1, 1)]),
    # a new one first: the stored one follows its span, not its position
    ([((40, 50), "x", 1)], [((0, 10), "n", 1), ((40, 50), "x", 2)], [(0, 1)]),
]  # fmt: skip


def _ids(rows):
    return [identity(span=s, texts=(t,), position=p) for s, t, p in rows]


@pytest.mark.parametrize(("stored", "found", "expected"), ROWS)
def test_records_match(stored, found, expected):
    s_ids, f_ids = _ids(stored), _ids(found)
    matching = records_match(
        list(range(len(stored))),
        list(range(len(found))),
        stored_identity=s_ids.__getitem__,
        found_identity=f_ids.__getitem__,
    )
    assert sorted(matching.pairs) == expected


def test_text_fingerprint_ignores_layout_marks_and_punctuation():
    assert text_fingerprint("- Tiếp tục  thực hiện\nChỉ thị 05;") == text_fingerprint(
        "tiep tuc thuc hien chi thi 05"
    )


def _ordinals() -> list[tuple[int, str]]:
    return list(Task.objects.order_by("ordinal", "pk").values_list("ordinal", "text"))


def test_a_kept_task_takes_the_number_of_its_place_when_one_is_found_before_it():
    load([task_at(1, 3), task_at(2, 5)])
    edited = staff_edit(Task.objects.get(ordinal=2), status=Task.Status.IN_PROGRESS)

    load([task_at(1, 3), task_at(2, 4), task_at(3, 5)])  # a task found before the edited one

    # one number per task, in the document's order; the staff edit itself is kept
    assert _ordinals() == [(1, LINES[3]), (2, LINES[4]), (3, LINES[5])]
    edited.refresh_from_db()
    assert (edited.ordinal, edited.status, edited.review_state) == (
        3, Task.Status.IN_PROGRESS, ReviewState.EDITED,
    )  # fmt: skip
    assert edited.version == 3  # a form opened before the renumbering is stale


def test_a_number_staff_chose_is_kept():
    load([task_at(1, 3), task_at(2, 5)])
    edited = staff_edit(Task.objects.get(ordinal=2), ordinal=7)

    load([task_at(1, 3), task_at(2, 4), task_at(3, 5)])

    edited.refresh_from_db()
    assert (edited.ordinal, edited.version) == (7, 2)
