"""Documents and meetings stored twice under the old rules, and merging them.

Before documents were identified by their words, a ``.docx`` of an imported ``.txt`` (or the
same text with one more blank line) became a second document with a second meeting and its
own tasks; before meetings were matched by date, host and kind, two articles on one meeting
made two meetings. ``duplicates_find`` lists what the rules now in force would have merged;
``duplicates_merge`` merges it: the earliest record stays, every row pointing at a repeat is
re-pointed at it (evidence spans moved to the same words in the kept text, or cleared), rows
the kept record already has are dropped, and a meeting's fields are never overwritten (what
differs is noted on its sources and the meeting put up for review).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.apps import apps
from django.db import IntegrityError, transaction

from reports.extraction.fingerprint import words, words_fingerprint
from reports.extraction.normalize import fold
from reports.loading.meeting_sources import meeting_differences
from reports.models import (
    Citation,
    Meeting,
    MeetingSource,
    Participation,
    ReviewState,
    SourceDocument,
    Task,
)
from reports.services.data_version import data_version_bump


@dataclass(frozen=True)
class Repeats:
    """``kept`` stays; ``repeats`` are merged into it."""

    kept: object
    repeats: tuple


@dataclass
class DuplicateReport:
    documents: list[Repeats] = field(default_factory=list)
    meetings: list[Repeats] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.documents or self.meetings)


@dataclass
class MergeCounts:
    documents: int = 0
    meetings: int = 0
    tasks: int = 0
    # pairs of tasks both edited by staff: left apart for a person to decide
    conflicts: list[str] = field(default_factory=list)


def _meeting_key(meeting: Meeting):
    if meeting.start_date is None or meeting.host_unit_id is None:
        return None
    return (meeting.start_date, meeting.host_unit_id, meeting.kind)


def duplicates_find() -> DuplicateReport:
    """What the identity rules would merge: documents with the same words (the one holding
    the fingerprint, else the earliest, stays) and meetings of the same date, host and kind
    (the earliest stays)."""
    report = DuplicateReport()
    by_words: dict[str, list[SourceDocument]] = defaultdict(list)
    documents = SourceDocument.objects.order_by("pk").only("pk", "text", "fingerprint", "title")
    for doc in documents.iterator(chunk_size=200):
        by_words[words_fingerprint(words(doc.text))].append(doc)
    for group in by_words.values():
        if len(group) > 1:
            kept = next((d for d in group if d.fingerprint), group[0])
            report.documents.append(Repeats(kept, tuple(d for d in group if d is not kept)))
    by_key: dict[tuple, list[Meeting]] = defaultdict(list)
    for meeting in Meeting.objects.exclude(start_date=None).exclude(host_unit=None).order_by("pk"):
        by_key[_meeting_key(meeting)].append(meeting)
    report.meetings = [Repeats(g[0], tuple(g[1:])) for g in by_key.values() if len(g) > 1]
    return report


def duplicates_merge() -> MergeCounts:
    """Merge everything ``duplicates_find`` lists, documents first (their meetings are then
    repeats too), each group in its own transaction."""
    counts = MergeCounts()
    for group in duplicates_find().documents:
        with transaction.atomic():
            for repeat in group.repeats:
                document_merge(kept=group.kept, repeat=repeat, counts=counts)
    for group in duplicates_find().meetings:
        with transaction.atomic():
            for repeat in group.repeats:
                meeting_merge(kept=group.kept, repeat=repeat, counts=counts)
    if counts.documents or counts.meetings:
        transaction.on_commit(data_version_bump)
    return counts


# --- documents ---------------------------------------------------------------------------


def _document_links():
    """Every (model, field) of the app pointing at a document (history tables aside)."""
    for model in apps.get_app_config("reports").get_models():
        if model.__name__.startswith("Historical"):
            continue
        for f in model._meta.get_fields():
            if f.many_to_one and f.related_model is SourceDocument:
                yield model, f.name


def _moved_span(row, old_text: str, new_text: str) -> dict:
    """The same words in the kept text: their span there, or none when not found."""
    start, end = getattr(row, "span_start", None), getattr(row, "span_end", None)
    if start is None or end is None:
        return {}
    found = new_text.find(old_text[start:end]) if end > start else -1
    if found < 0:
        return {"span_start": None, "span_end": None}
    return {"span_start": found, "span_end": found + (end - start)}


def document_merge(*, kept: SourceDocument, repeat: SourceDocument, counts: MergeCounts) -> None:
    """Re-point every row of ``repeat`` at ``kept``, then merge the meetings and tasks that
    are now stored twice for ``kept``, and delete ``repeat``."""
    kept = SourceDocument.objects.select_for_update().get(pk=kept.pk)
    repeat = SourceDocument.objects.select_for_update().get(pk=repeat.pk)
    for model, name in _document_links():
        for row in model._base_manager.filter(**{name: repeat}):
            values = {name: kept, **_moved_span(row, repeat.text, kept.text)}
            try:
                with transaction.atomic():
                    model._base_manager.filter(pk=row.pk).update(**values)
            except IntegrityError:
                row.delete()  # kept already has this one (a meeting's source)
    repeat.delete()
    if not kept.fingerprint:
        kept.set_identity()
        kept.save(update_fields=["fingerprint", "word_count", "shingle_sketch"])
    counts.documents += 1
    meetings = defaultdict(list)
    for meeting in Meeting.objects.filter(source_document=kept).order_by("pk"):
        meetings[(_meeting_key(meeting) or meeting.pk, fold(meeting.title))].append(meeting)
    for group in meetings.values():
        for other in group[1:]:
            meeting_merge(kept=group[0], repeat=other, counts=counts)
    _tasks_dedupe(Task.objects.filter(source_document=kept), counts)


# --- meetings ----------------------------------------------------------------------------


def meeting_merge(*, kept: Meeting, repeat: Meeting, counts: MergeCounts) -> None:
    """``repeat`` becomes sources, participants, citations and tasks of ``kept``; fields
    that differ are noted on the sources and ``kept`` is put up for review (never
    overwritten; blanks are filled unless staff edited or verified it)."""
    kept = Meeting.objects.select_for_update().get(pk=kept.pk)
    repeat = Meeting.objects.select_for_update().get(pk=repeat.pk)
    values = {name: getattr(repeat, name) for name in ("title", "end_date", "location")}
    values |= {n: getattr(repeat, n) for n in ("period_label", "period_start", "period_end")}
    fill, differences = meeting_differences(kept, values)
    if repeat.source_document_id and not repeat.sources.filter(
        source_document_id=repeat.source_document_id
    ):
        MeetingSource.objects.create(
            meeting=repeat,
            source_document_id=repeat.source_document_id,
            span_start=repeat.span_start,
            span_end=repeat.span_end,
        )
    for source in repeat.sources.all():
        if kept.sources.filter(source_document_id=source.source_document_id).exists():
            source.delete()
            continue
        note = "\n".join(d for d in (source.differences, *differences) if d)
        MeetingSource.objects.filter(pk=source.pk).update(meeting=kept, differences=note)
    have = set(kept.participations.values_list("person_id", "role"))
    for row in repeat.participations.all():
        if (row.person_id, row.role) in have:
            row.delete()
        else:
            Participation.objects.filter(pk=row.pk).update(meeting=kept)
    cited = set(kept.citations.filter(task=None).values_list("directive_id", flat=True))
    Citation.objects.filter(meeting=repeat, task=None, directive_id__in=cited).delete()
    Citation.objects.filter(meeting=repeat).update(meeting=kept)
    for task in Task.objects.filter(meeting=repeat):
        task.meeting = kept
        task.version += 1
        task.save(update_fields=["meeting", "version"])
    repeat.delete()
    if not kept.is_locked and (fill or differences):
        for name, value in fill.items():
            setattr(kept, name, value)
        if differences:
            kept.review_state = ReviewState.NEEDS_REVIEW
        kept.version += 1
        kept.save()
    counts.meetings += 1
    _tasks_dedupe(Task.objects.filter(meeting=kept), counts)


# --- tasks -------------------------------------------------------------------------------


def _staff_touched(task: Task) -> bool:
    return task.is_locked or task.updates.exists()


def _tasks_dedupe(tasks, counts: MergeCounts) -> None:
    """Tasks of one meeting (or document) with the same words are one task: the one staff
    worked on stays (else the earliest); two that staff both worked on are left apart."""
    groups = defaultdict(list)
    for task in tasks.order_by("pk"):
        groups[(task.meeting_id, fold(task.text))].append(task)
    for group in groups.values():
        if len(group) < 2:
            continue
        touched = [t for t in group if _staff_touched(t)]
        if len(touched) > 1:
            counts.conflicts.append(
                "Nhiệm vụ " + ", ".join(f"#{t.pk}" for t in touched) + ": cùng nội dung, "
                "đều đã được nhân viên sửa: cần gộp bằng tay"
            )
            continue
        kept = touched[0] if touched else group[0]
        for repeat in group:
            if repeat.pk != kept.pk:
                _task_merge(kept, repeat)
                counts.tasks += 1


def _task_merge(kept: Task, repeat: Task) -> None:
    repeat.updates.update(task=kept)
    have_units = set(kept.task_units.values_list("unit_id", "role"))
    for row in repeat.task_units.all():
        if (row.unit_id, row.role) not in have_units:
            row.task = kept
            row.save(update_fields=["task"])
    have_directives = set(kept.citations.values_list("directive_id", flat=True))
    for row in Citation.objects.filter(task=repeat):
        if row.directive_id not in have_directives:
            Citation.objects.filter(pk=row.pk).update(task=kept)
    repeat.delete()
