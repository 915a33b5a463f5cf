"""Load one extracted document, in one transaction, idempotently by its word fingerprint."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from django.db import IntegrityError, connection, transaction
from simple_history.utils import bulk_create_with_history

from reports.extraction import EXTRACTOR_VERSION, extract_text
from reports.extraction.types import ExtractedDocument, Span
from reports.extraction.types import Meeting as ExtractedMeeting
from reports.extraction.types import Task as ExtractedTask
from reports.loading.counts import Counts
from reports.loading.document_identity import SimilarDocument, document_find, documents_similar
from reports.loading.identity import (
    found_meeting_identity,
    found_task_identity,
    record_claim,
    record_delete_untouched,
    record_flag_missing,
    record_renumber,
    records_match,
    stored_meeting_identity,
    stored_task_identity,
)
from reports.loading.locks import advisory_locks, document_lock_keys
from reports.loading.meeting_sources import meeting_same, meeting_source_add, meeting_source_first
from reports.loading.resolve import (
    DirectiveResolver,
    PersonResolver,
    UnitResolver,
    is_named_unit,
)
from reports.models import (
    Citation,
    DirectiveRelation,
    Meeting,
    Participation,
    SourceDocument,
    Task,
    TaskUnit,
)
from reports.models.common import LOCKED_STATES, with_search_keys
from reports.services.data_version import data_version_bump
from reports.services.meeting_search import meeting_search_key_refresh


def text_sha256(text: str) -> str:
    """The hash of a document's exact normalised text (its identity is its word
    ``fingerprint``: see ``document_identity``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class DocumentLoad:
    """The outcome for one document: ``status`` is new, unchanged or reextracted."""

    document: SourceDocument | None
    status: str
    counts: Counts = field(default_factory=Counts)
    # records staff edited or verified that a re-extraction left alone
    skipped: list[str] = field(default_factory=list)
    # records staff edited or verified that a re-extraction no longer finds (kept, flagged)
    missing: list[str] = field(default_factory=list)
    # stored documents with nearly the same words ("có thể trùng với ...")
    similar: list[SimilarDocument] = field(default_factory=list)
    # meetings another document had already reported, which this one joined as a source
    joined: list[str] = field(default_factory=list)


def _span_fields(span: Span | None) -> dict:
    """The evidence columns of a record found at ``span`` (both None when unknown)."""
    return {"span_start": span.start if span else None, "span_end": span.end if span else None}


def _set_fields(obj, values: dict) -> bool:
    """Compare before set: assign only what differs; True when anything changed."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def _meeting_cited(meeting: Meeting) -> set[tuple[int, int]]:
    return set(
        Citation.objects.filter(meeting=meeting, task=None).values_list(
            "directive_id", "meeting_id"
        )
    )


class _Loader:
    def __init__(self, extracted: ExtractedDocument, document: SourceDocument, result):
        self.x = extracted
        self.doc = document
        self.result = result
        self.counts = result.counts
        on_date = extracted.published or (
            extracted.meetings[0].start_date if extracted.meetings else None
        )
        self.units = UnitResolver(self.counts, on_date)
        self.people = PersonResolver(self.counts)
        self.directives = DirectiveResolver(self.counts, self.units)

    def run(self) -> None:
        for unit in self.x.units:
            if is_named_unit(unit.name):
                self.units.resolve(unit.name, unit.mentions)
        directives = {d.key: self.directives.resolve(d) for d in self.x.directives}
        self._relations(directives)
        meetings, gone = self._meetings()
        self._meeting_citations(meetings[0] if meetings else None, directives)
        self._tasks(meetings, directives)
        # after the tasks, which may have left a meeting no longer found
        # (a meeting still holding tasks, which staff kept, stays too)
        self._gone(
            [m for m in gone if m.is_locked or not m.tasks.exists()],
            lambda m: f"Hội nghị #{m.pk}: {m.title}",
        )

    def _relations(self, directives) -> None:
        for found in self.x.directives:
            for kind, target_key in found.relations:
                target = directives.get(target_key)
                source = directives[found.key]
                if target is None or target.pk == source.pk:
                    continue
                DirectiveRelation.objects.get_or_create(source=source, target=target, kind=kind)

    # meetings ---------------------------------------------------------------------------

    def _meeting_values(self, found: ExtractedMeeting) -> dict:
        period = found.period
        host = self.units.resolve(found.host_unit) if found.host_unit else None
        return {
            "title": found.title,
            "kind": found.kind,
            "start_date": found.start_date,
            "end_date": found.end_date,
            "period_label": period.label if period else "",
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "host_unit": host,
            "location": found.location or "",
            **_span_fields(found.span),
        }

    def _meetings(self) -> tuple[list[Meeting], list[Meeting]]:
        """The document's meetings in the order found, and the stored ones no longer found."""
        existing = list(Meeting.objects.filter(source_document=self.doc).order_by("pk"))
        matching = records_match(
            list(enumerate(existing)),
            list(enumerate(self.x.meetings)),
            stored_identity=stored_meeting_identity,
            found_identity=found_meeting_identity,
        )
        by_found: dict[int, Meeting] = {}
        for (_, meeting), (i, found) in matching.pairs:
            by_found[i] = self._meeting_refresh(meeting, found)
        for i, found in matching.new:
            # a meeting another document already reported gains this one as a source
            meeting = self._meeting_new(self._meeting_values(found), taken=list(by_found.values()))
            if not meeting.is_locked:
                self._participants(meeting, found)
            by_found[i] = meeting
        return [by_found[i] for i in sorted(by_found)], [m for _, m in matching.gone]

    def _meeting_refresh(self, meeting: Meeting, found: ExtractedMeeting) -> Meeting:
        if meeting.is_locked or not record_claim(meeting):
            return self._kept(meeting, "meetings", f"Hội nghị #{meeting.pk}: {meeting.title}")
        if _set_fields(meeting, self._meeting_values(found)):
            # a form opened before this refresh is now stale (optimistic locking)
            meeting.version += 1
            meeting.save()
            self.counts.add("meetings", "updated")
        else:
            self.counts.add("meetings", "unchanged")
        self._participants(meeting, found)
        return meeting

    def _kept(self, record, kind: str, label: str):
        """``record`` is staff's (edited or verified, maybe a moment ago): left as it is,
        except that it is found in the text again."""
        record.refresh_from_db()
        record_flag_missing(record, missing=False)
        self.counts.add(kind, "skipped")
        self.result.skipped.append(label[:80])
        return record

    def _gone(self, records, label) -> None:
        """Stored records the extractor no longer finds: the importer's own are deleted,
        staff's are kept and flagged "không còn trong văn bản"."""
        for record in records:
            if record_delete_untouched(record):
                continue
            record.refresh_from_db()
            record_flag_missing(record, missing=True)
            self.result.missing.append(label(record)[:80])

    def _meeting_new(self, values: dict, taken: list[Meeting]) -> Meeting:
        """A meeting this document reports for the first time: the meeting another document
        already reported (same date, host and kind) gains this document as a source, else
        a new meeting."""
        same = meeting_same(
            start_date=values["start_date"],
            host_unit=values["host_unit"],
            kind=values["kind"],
            document=self.doc,
            taken=taken,
        )
        if same is None:
            meeting = Meeting.objects.create(source_document=self.doc, **values)
            meeting_source_first(meeting)
            self.counts.add("meetings", "created")
            return meeting
        changed = meeting_source_add(same, self.doc, values)
        self.counts.add("meetings", "updated" if changed else "unchanged")
        self.result.joined.append(f"Hội nghị #{same.pk}: {same.title[:60]}")
        return same

    def _participants(self, meeting: Meeting, found: ExtractedMeeting) -> None:
        """Replace the meeting's participants from this document as a set (rows of other
        sources, or added by staff, stay)."""
        current = {(p.person_id, p.role): p for p in meeting.participations.all()}
        wanted: dict[tuple[int, str], dict] = {}
        for p in found.participants:
            person = self.people.resolve(p.name)
            span = p.spans[0] if p.spans else None
            values = {
                "position": (p.position or "")[:500],
                "source_document": self.doc,
                **_span_fields(span),
            }
            for role in p.roles:
                wanted.setdefault((person.pk, role), values)
        new, changed = [], []
        for (person_id, role), values in wanted.items():
            row = current.get((person_id, role))
            if row is None:
                new.append(Participation(meeting=meeting, person_id=person_id, role=role, **values))
            elif row.source_document_id == self.doc.pk and _set_fields(row, values):
                changed.append(row)
        Participation.objects.bulk_create(new)
        for row in changed:
            row.save()
        stale = [
            row.pk
            for key, row in current.items()
            if key not in wanted and row.source_document_id == self.doc.pk
        ]
        if stale:
            Participation.objects.filter(pk__in=stale).delete()
        # the participants are part of what finds the meeting
        meeting_search_key_refresh(meetings=[meeting.pk])

    def _meeting_citations(self, meeting: Meeting | None, directives) -> None:
        rows = Citation.objects.filter(source_document=self.doc, task=None)
        existing = {(c.directive_id, c.meeting_id): c.pk for c in rows}
        # a meeting another document reported may cite the directive already
        cited_elsewhere = _meeting_cited(meeting) if meeting is not None else set()
        wanted = set()
        new = []
        for found in self.x.directives:
            directive = directives[found.key]
            key = (directive.pk, meeting.pk if meeting else None)
            if key in wanted:
                continue
            wanted.add(key)
            if key in existing or key in cited_elsewhere:
                self.counts.add("citations", "unchanged")
                continue
            span = found.mentions[0] if found.mentions else None
            new.append(
                Citation(
                    directive=directive,
                    meeting=meeting,
                    source_document=self.doc,
                    as_written=found.label[:300],
                    **_span_fields(span),
                )
            )
            self.counts.add("citations", "created")
        Citation.objects.bulk_create(new)
        # citations no longer found go, except on a meeting staff have taken over
        locked = set(
            Meeting.objects.filter(
                pk__in={m for _, m in existing if m is not None}, review_state__in=LOCKED_STATES
            ).values_list("pk", flat=True)
        )
        stale = [pk for key, pk in existing.items() if key not in wanted and key[1] not in locked]
        if stale:
            Citation.objects.filter(pk__in=stale).delete()

    # tasks ------------------------------------------------------------------------------

    def _task_values(self, found: ExtractedTask, meeting: Meeting | None) -> dict:
        assigner = self.people.resolve(found.assigned_by) if found.assigned_by else None
        return {
            "meeting": meeting,
            "ordinal": found.ordinal,
            "text": found.text,
            "assigned_by_person": assigner,
            "assignees_text": "; ".join(found.assignees)[:500],
            "period_label": (found.period or "")[:200],
            "due_date": found.due_date,
            **_span_fields(found.span),
        }

    def _tasks(self, meetings: list[Meeting], directives) -> None:
        """Each task goes to the meeting in whose part of the text it stands (the first
        meeting when the extractor does not say)."""

        def meeting_of(found: ExtractedTask) -> Meeting | None:
            if found.meeting is not None and 0 <= found.meeting < len(meetings):
                return meetings[found.meeting]
            return meetings[0] if meetings else None

        existing = list(Task.objects.filter(source_document=self.doc).order_by("ordinal", "pk"))
        matching = records_match(
            existing,
            list(self.x.tasks),
            stored_identity=lambda t: stored_task_identity(t, self.doc.text),
            found_identity=found_task_identity,
        )
        refreshed: list[tuple[Task, ExtractedTask]] = []
        for task, found in matching.pairs:
            if task.is_locked or not record_claim(task):
                if record_renumber(task, ordinal=found.ordinal):
                    data_version_bump()  # a queryset update sends no post_save
                self._kept(task, "tasks", f"Nhiệm vụ #{task.pk}: {task.text}")
                continue
            if _set_fields(task, self._task_values(found, meeting_of(found))):
                # a form opened before this refresh is now stale (optimistic locking)
                task.version += 1
                task.save()
                self.counts.add("tasks", "updated")
            else:
                self.counts.add("tasks", "unchanged")
            refreshed.append((task, found))
        new: list[Task] = []
        for found in matching.new:
            task = Task(source_document=self.doc, **self._task_values(found, meeting_of(found)))
            new.append(task)
            refreshed.append((task, found))
            self.counts.add("tasks", "created")
        # one insert for the tasks and one for their history rows
        # bulk_create skips save(): the derived search keys are set first
        bulk_create_with_history(with_search_keys(new), Task, default_user=self.doc.uploaded_by)
        self._gone(matching.gone, lambda t: f"Nhiệm vụ #{t.pk}: {t.text}")
        self._task_units(refreshed)
        self._task_citations(refreshed, directives)

    def _task_units(self, refreshed: list[tuple[Task, ExtractedTask]]) -> None:
        """Replace the units of refreshed tasks as a set; a link added by staff (nothing
        "as written") stays."""
        current = {}
        for tu in TaskUnit.objects.filter(task__in=[t for t, _ in refreshed]):
            current[tu.task_id, tu.unit_id, tu.role] = tu
        wanted = {}
        for task, found in refreshed:
            for role, names in (
                (TaskUnit.Role.LEAD, found.lead),
                (TaskUnit.Role.SUPPORT, found.support),
                (TaskUnit.Role.ASSIGNEE, found.assignees),
            ):
                for name in names:
                    if not is_named_unit(name):
                        continue
                    unit = self.units.resolve(name)
                    if role == TaskUnit.Role.ASSIGNEE and any(
                        k[0] == task.pk and k[1] == unit.pk for k in wanted
                    ):
                        continue  # already there as lead or support
                    wanted.setdefault((task.pk, unit.pk, role), name)
        TaskUnit.objects.bulk_create(
            TaskUnit(task_id=t, unit_id=u, role=r, as_written=name[:300])
            for (t, u, r), name in wanted.items()
            if (t, u, r) not in current
        )
        stale = [tu.pk for key, tu in current.items() if key not in wanted and tu.as_written]
        if stale:
            TaskUnit.objects.filter(pk__in=stale).delete()

    def _task_citations(self, refreshed: list[tuple[Task, ExtractedTask]], directives) -> None:
        """Replace the citations of refreshed tasks from this document as a set."""
        by_key = {d.key: d for d in self.x.directives}
        existing = {
            (c.task_id, c.directive_id): c
            for c in Citation.objects.filter(task__in=[t for t, _ in refreshed])
        }
        wanted = set()
        new = []
        for task, found in refreshed:
            for key in found.directives:
                directive = directives.get(key)
                if directive is None or (task.pk, directive.pk) in wanted:
                    continue
                wanted.add((task.pk, directive.pk))
                if (task.pk, directive.pk) in existing:
                    self.counts.add("citations", "unchanged")
                    continue
                mention = next(
                    (
                        m
                        for m in by_key[key].mentions
                        if found.span.start <= m.start and m.end <= found.span.end
                    ),
                    None,
                )
                new.append(
                    Citation(
                        directive=directive,
                        task=task,
                        source_document=self.doc,
                        as_written=by_key[key].label[:300],
                        **_span_fields(mention),
                    )
                )
                self.counts.add("citations", "created")
        Citation.objects.bulk_create(new)
        stale = [
            c.pk
            for key, c in existing.items()
            if key not in wanted and c.source_document_id == self.doc.pk
        ]
        if stale:
            Citation.objects.filter(pk__in=stale).delete()


# Attempts at a load that met a unique key a concurrent import had just taken.
_LOAD_ATTEMPTS = 3


def document_load(extracted: ExtractedDocument, **options) -> DocumentLoad:
    """``_document_load`` (see there), tried again when a concurrent import created one of
    its rows first (a unique key the advisory locks did not cover, e.g. a unit spelled
    otherwise): the failed attempt's savepoint rolled back, and the next finds the row."""
    for attempt in range(1, _LOAD_ATTEMPTS + 1):
        try:
            return _document_load(extracted, **options)
        except IntegrityError:
            if attempt == _LOAD_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _document_load(
    extracted: ExtractedDocument,
    *,
    file_name: str,
    uploaded_by=None,
    reextract: bool = False,
    dry_run: bool = False,
    allow_similar: bool = True,
) -> DocumentLoad:
    """Load ``extracted`` in one transaction. A document whose words are already loaded is
    ``unchanged`` (nothing is written) unless ``reextract``, which refreshes the records
    staff have not touched. A document nearly the same as a stored one is loaded with
    ``similar`` set, or, unless ``allow_similar``, comes back ``similar`` with nothing
    written. ``dry_run`` does everything, then rolls back."""
    digest = text_sha256(extracted.text)
    with transaction.atomic():
        if connection.vendor == "postgresql":  # SQLite serialises writers itself
            advisory_locks(document_lock_keys(extracted))
        document = document_find(extracted.text, digest)
        if document and not reextract:
            return DocumentLoad(document, "unchanged")
        similar = [] if document else documents_similar(extracted.text)
        if similar and not allow_similar:
            return DocumentLoad(None, "similar", similar=similar)
        if document and document.sha256 != digest:
            # same words in another layout: the stored text stays the reference of every span
            extracted = extract_text(document.text, document.file_name, encoding=document.encoding)
            file_name = document.file_name
        status = "reextracted" if document else "new"
        values = {
            "file_name": file_name[:255],
            "text": extracted.text,
            "encoding": extracted.encoding,
            "title": extracted.title or "",
            "published": extracted.published,
            "genre": extracted.genre
            if extracted.genre in SourceDocument.Genre.values
            else SourceDocument.Genre.OTHER,
            "extractor_version": EXTRACTOR_VERSION,
        }
        if document is None:
            document = SourceDocument(sha256=digest, uploaded_by=uploaded_by, **values)
            document.set_identity()
            document.save()
        elif _set_fields(document, values):
            document.save()
        result = DocumentLoad(document, status, similar=similar)
        _Loader(extracted, document, result).run()
        if result.counts.wrote():
            # bulk_create sends no post_save: the reports' cached figures are stale now
            data_version_bump()
        if dry_run:
            transaction.set_rollback(True)
    return result
