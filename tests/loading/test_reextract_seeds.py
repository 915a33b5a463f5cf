"""``import_seeds --reextract`` over the seeds with an "improved" extractor that finds a new
task before all others, and no longer finds some tasks, a meeting and a participant: every
staff edit is kept, untouched records follow the new extraction."""

import dataclasses
import datetime as dt
import io
from pathlib import Path

import pytest
from django.core.management import call_command

from reports.extraction.types import Span
from reports.models import Meeting, Participation, ReviewState, SourceDocument, Task
from reports.services import imports
from reports.services.review import record_save_edited, records_mark_verified

ROOT = Path(__file__).resolve().parents[2]
SEEDS = str(ROOT / "seeds")
NEW_TASK = "Nhiệm vụ mới do bộ trích xuất cải tiến tìm thấy"

pytestmark = pytest.mark.django_db


def staff_save(record, **values):
    for name, value in values.items():
        setattr(record, name, value)
    record_save_edited(record=record, based_on_version=record.version, review_state_chosen=False)


def stored(model, pk):
    return model.objects.filter(pk=pk).values().get()


@pytest.fixture
def seeded():
    call_command("loaddata", "reference", verbosity=0)
    call_command("import_seeds", SEEDS, stdout=io.StringIO())
    docs = list(SourceDocument.objects.order_by("file_name"))
    assert len(docs) >= 3 and all(Task.objects.filter(source_document=d) for d in docs[:2])
    return docs


def test_reextracting_the_seeds_keeps_every_staff_edit(seeded, monkeypatch):
    docs = seeded
    # staff work: a middle task of every document edited, its first task verified, and the
    # meetings of every other document edited
    edited_tasks, verified, edited_meetings = {}, [], {}
    for i, doc in enumerate(docs):
        tasks = list(Task.objects.filter(source_document=doc).order_by("ordinal"))
        if len(tasks) >= 3:
            middle = tasks[len(tasks) // 2]
            staff_save(
                middle,
                text=middle.text + " (cán bộ đã sửa)",
                status=Task.Status.DONE,
                completed_on=dt.date(2025, 5, 1),
            )
            edited_tasks[doc.pk] = middle.pk
            verified.append(tasks[0])
        if i % 2 == 0:
            for meeting in Meeting.objects.filter(source_document=doc):
                staff_save(meeting, location="Hội trường do cán bộ nhập")
                edited_meetings[meeting.pk] = doc.pk
    records_mark_verified(records=verified)
    staff = {("task", pk): stored(Task, pk) for pk in edited_tasks.values()}
    staff |= {("task", t.pk): stored(Task, t.pk) for t in verified}
    staff |= {("meeting", pk): stored(Meeting, pk) for pk in edited_meetings}

    # what the improved extractor will find differently
    first, second = docs[0], docs[1]
    dropped_edited = Task.objects.get(pk=edited_tasks[first.pk])
    dropped_untouched = (
        Task.objects.filter(source_document=second, review_state=ReviewState.EXTRACTED)
        .order_by("-ordinal")
        .first()
    )
    untouched_meeting = Meeting.objects.filter(source_document=second).first()
    dropped_person = untouched_meeting.participations.order_by("pk").first().person

    real_extract = imports.document_extract

    def improved(data, name, **kwargs):
        found = real_extract(data, name, **kwargs)
        title_end = found.text.index("\n") if "\n" in found.text else len(found.text)
        new = dataclasses.replace(
            found.tasks[0], ordinal=1, text=NEW_TASK, span=Span(0, title_end), directives=()
        )
        tasks = [new] + [dataclasses.replace(t, ordinal=t.ordinal + 1) for t in found.tasks]
        meetings = list(found.meetings)
        if name == first.file_name:
            tasks = [t for t in tasks if (t.span.start, t.span.end) != span(dropped_edited)]
        if name == second.file_name:
            tasks = [t for t in tasks if (t.span.start, t.span.end) != span(dropped_untouched)]
            meetings[0] = dataclasses.replace(
                meetings[0],
                participants=tuple(
                    p for p in meetings[0].participants if p.name != dropped_person.full_name
                ),
            )
        return dataclasses.replace(found, tasks=tuple(tasks), meetings=tuple(meetings))

    monkeypatch.setattr(imports, "document_extract", improved)
    out = io.StringIO()
    call_command("import_seeds", SEEDS, "--reextract", stdout=out)

    # every staff edit stands, field for field (the flag aside); a kept task still found
    # takes the number of its place, one after the new first task (its version rises with
    # it, so a form opened before is stale), so no two tasks share a number
    for (kind, pk), before in staff.items():
        after = stored(Task if kind == "task" else Meeting, pk)
        after.pop("not_in_source"), before.pop("not_in_source")
        if kind == "task" and pk != dropped_edited.pk:
            assert (after.pop("ordinal"), after.pop("version")) == (
                before.pop("ordinal") + 1, before.pop("version") + 1,
            ), pk  # fmt: skip
        assert after == before, (kind, pk)
    # the edited task no longer found is kept and flagged, and the command says so
    dropped_edited.refresh_from_db()
    assert dropped_edited.not_in_source
    assert f"không còn trong văn bản: Nhiệm vụ #{dropped_edited.pk}" in out.getvalue()
    assert Task.objects.filter(not_in_source=True).count() == 1
    # the untouched task no longer found is gone, and so is the participant
    assert not Task.objects.filter(pk=dropped_untouched.pk).exists()
    assert not Participation.objects.filter(
        meeting=untouched_meeting, person=dropped_person
    ).exists()
    for doc in docs:
        tasks = Task.objects.filter(source_document=doc)
        # the new task is there once, and no task appears twice
        assert tasks.filter(text=NEW_TASK).count() == 1
        texts = list(tasks.values_list("text", flat=True))
        assert len(texts) == len(set(texts))
        found = tasks.filter(not_in_source=False).values_list("ordinal", flat=True)
        assert len(found) == len(set(found)), doc.file_name  # one number per task
        # the untouched tasks follow the new numbering
        for task in tasks.filter(review_state=ReviewState.EXTRACTED).exclude(text=NEW_TASK):
            assert task.ordinal >= 2


def span(task):
    return (task.span_start, task.span_end)
