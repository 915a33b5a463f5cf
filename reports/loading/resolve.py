"""Entity resolution: find the row an extracted name or code stands for, or make one.

Each resolver caches per document, so a name met ten times costs one lookup, and every
lookup goes through an indexed key, so queries per document do not grow with the database.
"""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from reports.extraction.normalize import canon, fold
from reports.extraction.types import Directive as ExtractedDirective
from reports.loading.counts import Counts
from reports.models import Directive, Person, ReviewState, Unit, UnitAlias
from reports.models.common import with_search_keys

# How many subject words two titles must share (relative to the shorter) to be the same document.
_SUBJECT_OVERLAP = 0.6


def is_named_unit(name: str) -> bool:
    """Named units start with a capital (``Ban Tuyên giáo ...``); generic groups do not
    (``các đảng ủy trực thuộc``, ``cấp ủy các cấp``)."""
    name = name.strip()
    return bool(name) and name[0].isupper()


class UnitResolver:
    def __init__(self, counts: Counts, on_date: dt.date | None):
        self.counts = counts
        self.on_date = on_date
        self.cache: dict[str, Unit] = {}
        self.known_aliases: dict[int, set[str]] = {}
        self.counted: set[int] = set()

    def _valid(self, units: list[Unit]) -> Unit | None:
        if not units:
            return None
        if self.on_date:
            # attach mentions to the unit valid on the document's date (domain-vi §3.4)
            valid = [
                u
                for u in units
                if (u.valid_from is None or u.valid_from <= self.on_date)
                and (u.valid_to is None or self.on_date <= u.valid_to)
            ]
            units = valid or units
        return min(units, key=lambda u: u.pk)

    def find(self, name: str) -> Unit | None:
        key = fold(name)
        if key in self.cache:
            return self.cache[key]
        by_alias = Unit.objects.filter(Q(search_key=key) | Q(aliases__search_key=key)).distinct()
        unit = self._valid(list(by_alias))
        if unit:
            self.cache[key] = unit
        return unit

    def resolve(self, name: str, mentions: tuple[str, ...] = ()) -> Unit:
        """The unit named ``name`` (or any of its ``mentions``); created when none is known.
        New spellings become aliases."""
        unit = self.find(name)
        for mention in mentions:
            unit = unit or self.find(mention)
        if unit is None:
            unit = Unit.objects.create(name=name)
            self.counts.add("units", "created")
            self.counted.add(unit.pk)
        elif unit.pk not in self.counted:
            self.counts.add("units", "unchanged")
            self.counted.add(unit.pk)
        if unit.pk not in self.known_aliases:
            self.known_aliases[unit.pk] = set(unit.aliases.values_list("search_key", flat=True))
        known = self.known_aliases[unit.pk]
        missing = {}
        for spelling in (name, *mentions):
            key = fold(spelling)
            self.cache[key] = unit
            if key not in known:
                missing.setdefault(key, spelling)
        if missing:
            UnitAlias.objects.bulk_create(
                with_search_keys(
                    UnitAlias(unit=unit, name=spelling[:300]) for spelling in missing.values()
                )
            )
            known.update(missing)
        return unit


def person_name_key(full_name: str) -> str:
    """The key people are matched by: the canonical name with its tone marks, so old and
    new tone placement agree (``Hoà`` = ``Hòa``) and case does not matter, but Lê Văn Hùng
    and Lê Văn Hưng stay two people (the folded key, which merges them, is for search)."""
    return canon(full_name).casefold()


def person_find(full_name: str) -> Person | None:
    """The earliest person with this canonical name (looked up by the indexed folded key,
    then told apart by the marks the fold drops)."""
    key = person_name_key(full_name)
    candidates = Person.objects.filter(search_key=fold(full_name)).order_by("pk")
    return next((p for p in candidates if person_name_key(p.full_name) == key), None)


class PersonResolver:
    def __init__(self, counts: Counts):
        self.counts = counts
        self.cache: dict[str, Person] = {}

    def resolve(self, full_name: str) -> Person:
        key = person_name_key(full_name)
        if key not in self.cache:
            person = person_find(full_name)
            if person is None:
                person = Person.objects.create(full_name=full_name)
                self.counts.add("people", "created")
            else:
                self.counts.add("people", "unchanged")
            self.cache[key] = person
        return self.cache[key]


def _subject_fits(extracted_title: str | None, subject: str) -> bool:
    """Same document by its subject (``về ...``) when both are known; unknown fits."""
    if not extracted_title or not subject:
        return True
    a, b = set(fold(extracted_title).split()) - {"ve"}, set(fold(subject).split()) - {"ve"}
    if not a or not b:
        return True
    return len(a & b) / min(len(a), len(b)) >= _SUBJECT_OVERLAP


class DirectiveResolver:
    def __init__(self, counts: Counts, units: UnitResolver):
        self.counts = counts
        self.units = units
        self.cache: dict[str, Directive] = {}

    def resolve(self, found: ExtractedDirective) -> Directive:
        if found.key not in self.cache:
            self.cache[found.key] = self._resolve(found)
        return self.cache[found.key]

    def _resolve(self, found: ExtractedDirective) -> Directive:
        if found.code:
            candidates = list(Directive.objects.filter(code=found.code).order_by("pk"))
            if found.issued:
                exact = [d for d in candidates if d.issued == found.issued]
                undated = [d for d in candidates if d.issued is None]
                match = exact or undated[:1]
            else:
                # numbering restarts each term: pick by subject, never by code alone
                match = [d for d in candidates if _subject_fits(found.title, d.subject)]
            if len(match) == 1:
                return self._enrich(match[0], found)
            if len(match) > 1:
                # ambiguous: keep one "needs review" row per code rather than guess
                bucket = next(
                    (d for d in match if d.issued is None and d.review_state == "needs_review"),
                    None,
                )
                if bucket:
                    self.counts.add("directives", "unchanged")
                    return bucket
                return self._create(found, ReviewState.NEEDS_REVIEW)
            return self._create(found)
        existing = (
            Directive.objects.filter(code__isnull=True, label=found.label).order_by("pk").first()
        )
        if existing:
            return self._enrich(existing, found)
        return self._create(found)

    def _create(self, found: ExtractedDirective, state: str | None = None) -> Directive:
        needs_review = found.needs_review or state == ReviewState.NEEDS_REVIEW
        body = self.units.resolve(found.issuing_body) if found.issuing_body else None
        directive = Directive.objects.create(
            doc_type=found.type or Directive.Type.KHAC,
            number=found.number or "",
            issuer_code=found.issuer_code or "",
            code=found.code,
            label=found.label[:300],
            issuing_body=body,
            issuing_body_name=found.issuing_body or "",
            issued=found.issued,
            subject=found.title or "",
            review_state=ReviewState.NEEDS_REVIEW if needs_review else ReviewState.EXTRACTED,
        )
        self.counts.add("directives", "created")
        return directive

    def _enrich(self, directive: Directive, found: ExtractedDirective) -> Directive:
        """Fill blanks from the new citation (never overwrite a value, nor a locked row)."""
        if directive.is_locked:
            self.counts.add("directives", "unchanged")
            return directive
        changed = []
        for field, value in (
            ("issued", found.issued),
            ("subject", found.title),
            ("issuing_body_name", found.issuing_body),
        ):
            if value and not getattr(directive, field):
                setattr(directive, field, value)
                changed.append(field)
        if changed:
            directive.save()
            self.counts.add("directives", "updated")
        else:
            self.counts.add("directives", "unchanged")
        return directive
