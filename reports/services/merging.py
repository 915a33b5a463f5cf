"""Merge duplicate units, people and directives into one record.

Every relation pointing at a merged record is re-pointed at the record kept; a row that would
then duplicate one the kept record already has (same task and role, same meeting and role...)
is dropped; the merged names are kept as aliases; the kept record's history says what was
merged, and each merged record's history ends with its deletion.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import IntegrityError, models, transaction

from reports.extraction.normalize import fold
from reports.models import Directive, Person, Unit, UnitAlias
from reports.selectors.merging import merge_links
from reports.services.meeting_search import meetings_of_person_refresh, meetings_of_unit_refresh
from reports.services.review import change_reason


@dataclass
class MergeResult:
    kept: models.Model
    merged: list[str] = field(default_factory=list)  # str() of the merged records
    repointed: int = 0  # related rows now pointing at the kept record
    dropped: int = 0  # related rows dropped because the kept record already had them


class MergeError(ValueError):
    pass


def _others(target: models.Model, others: Iterable[models.Model]) -> list[models.Model]:
    others = [o for o in others if o.pk != target.pk]
    if not others:
        raise MergeError("Chọn ít nhất hai bản ghi để gộp.")
    for other in others:
        if type(other) is not type(target):
            raise MergeError("Chỉ gộp được các bản ghi cùng loại.")
    return others


def _repoint(*, target: models.Model, other: models.Model, result: MergeResult) -> None:
    """Point every row that refers to ``other`` at ``target`` instead: foreign keys, and the
    rows of many-to-many tables (a staff profile's units), so that nobody loses a unit."""
    model = type(target)
    for link in merge_links(model):
        name = link.field_name
        rows = link.model._base_manager.filter(**{name: other})
        for row in rows:
            is_kept_record = link.model is model and row.pk == target.pk
            # the kept record pointing at a merged one (its parent, its successor) drops the link
            setattr(row, name, None if is_kept_record else target)
            if hasattr(row, "version"):
                row.version += 1  # a form opened before the merge must be reloaded
            try:
                with transaction.atomic():
                    row.save()
            except IntegrityError:
                # the kept record already has this row (unique together): keep one copy
                row.delete()
                result.dropped += 1
            else:
                result.repointed += 1


def _merge(
    *, target: models.Model, others: Iterable[models.Model], add_aliases, reason_label: str
) -> MergeResult:
    others = _others(target, others)
    result = MergeResult(kept=target)
    with transaction.atomic():
        for other in others:
            _repoint(target=target, other=other, result=result)
            result.merged.append(str(other))
        target.refresh_from_db()
        add_aliases(target, others)
        for other in others:
            other._change_reason = change_reason(f"Gộp vào {reason_label} #{target.pk}: {target}")
            other.delete()
        target._change_reason = change_reason(
            "Gộp các bản ghi trùng: "
            + "; ".join(f"{name} (#{o.pk})" for name, o in zip(result.merged, others, strict=True))
        )
        target.save()
    return result


def _append_lines(existing: str, names: Iterable[str], *, own: Iterable[str]) -> str:
    """``existing`` plus the ``names`` not already there, one per line. Spellings that differ
    only by diacritics are kept apart: "Nguyễn Văn Nam" and "Nguyễn Văn Năm" are two names."""
    lines = [line.strip() for line in existing.splitlines() if line.strip()]
    seen = {_spelling(line) for line in lines} | {_spelling(n) for n in own if n}
    for name in names:
        if name and name.strip() and _spelling(name) not in seen:
            lines.append(name.strip())
            seen.add(_spelling(name))
    return "\n".join(lines)


def _spelling(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def units_merge(*, target: Unit, others: Iterable[Unit]) -> MergeResult:
    """Merge ``others`` into ``target``; their names and short names become its aliases."""

    def add_aliases(unit: Unit, merged: list[Unit]) -> None:
        own = {fold(unit.name)}
        for other in merged:
            for name in (other.name, other.short_name):
                if name and fold(name) not in own:
                    UnitAlias.objects.get_or_create(
                        unit=unit, search_key=fold(name), defaults={"name": name}
                    )

    result = _merge(target=target, others=others, add_aliases=add_aliases, reason_label="đơn vị")
    meetings_of_unit_refresh(unit_id=target.pk)  # their meetings are now found by its name
    return result


def people_merge(*, target: Person, others: Iterable[Person]) -> MergeResult:
    """Merge ``others`` into ``target``; their names are kept in its aliases."""

    def add_aliases(person: Person, merged: list[Person]) -> None:
        person.aliases = _append_lines(
            person.aliases, [o.full_name for o in merged], own=[person.full_name]
        )
        extra_notes = [o.notes for o in merged if o.notes]
        if extra_notes:
            person.notes = "\n".join([person.notes, *extra_notes]).strip()

    result = _merge(target=target, others=others, add_aliases=add_aliases, reason_label="người")
    meetings_of_person_refresh(person_id=target.pk)  # found by its name, not the merged ones
    return result


def directives_merge(*, target: Directive, others: Iterable[Directive]) -> MergeResult:
    """Merge ``others`` into ``target``; their codes and labels are kept in its aliases."""

    def add_aliases(directive: Directive, merged: list[Directive]) -> None:
        names = []
        for other in merged:
            names.extend(n for n in (other.code, other.label) if n)
        directive.aliases = _append_lines(
            directive.aliases, names, own=[directive.code or "", directive.label]
        )

    return _merge(target=target, others=others, add_aliases=add_aliases, reason_label="văn bản")
