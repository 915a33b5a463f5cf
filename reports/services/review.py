"""Staff edits from the admin: optimistic locking by version, review states.

An import never overwrites a record staff have edited or verified (``LOCKED_STATES``), so a
record saved through the admin is marked edited here, and the action "Đánh dấu đã xác minh"
marks records verified. Task and Meeting carry a ``version``: a save based on an older version
than the one stored is refused, so nobody silently overwrites a colleague's change.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import models, transaction

from reports.models import ReviewState

# States an admin save moves to "edited": the record is the importer's until staff touch it.
_UNTOUCHED_STATES = frozenset({ReviewState.EXTRACTED, ReviewState.NEEDS_REVIEW})


class StaleVersionError(Exception):
    """The record changed since the form was opened; nothing was saved."""

    def __init__(self, *, based_on: int | None, current: int):
        self.based_on = based_on
        self.current = current
        super().__init__(stale_message(based_on=based_on, current=current))


def stale_message(*, based_on: int | None, current: int) -> str:
    return (
        f"Không lưu được: bản ghi này đã được người khác thay đổi và lưu (phiên bản {current}) "
        f"sau khi bạn mở trang (phiên bản {based_on if based_on is not None else '?'}). "
        "Thay đổi của người đó được giữ nguyên. Hãy tải lại trang để xem bản mới nhất rồi sửa lại."
    )


def is_versioned(obj: models.Model) -> bool:
    return any(f.name == "version" for f in obj._meta.concrete_fields)


def is_reviewed(obj: models.Model) -> bool:
    return any(f.name == "review_state" for f in obj._meta.concrete_fields)


def record_save_edited(
    *, record: models.Model, based_on_version: int | None, review_state_chosen: bool
) -> models.Model:
    """Save ``record`` as edited by staff.

    - versioned records: refused with ``StaleVersionError`` unless ``based_on_version`` is the
      stored version (checked under a row lock, so two simultaneous saves cannot both pass);
      the version then goes up by one;
    - reviewed records: an extracted (or needs-review) record becomes ``edited``, unless the
      editor chose a review state in the form (``review_state_chosen``).
    """
    with transaction.atomic():
        if is_versioned(record) and record.pk is not None:
            current = (
                type(record)
                ._base_manager.select_for_update()
                .filter(pk=record.pk)
                .values_list("version", flat=True)
                .first()
            )
            if current is not None:
                if based_on_version != current:
                    raise StaleVersionError(based_on=based_on_version, current=current)
                record.version = current + 1
        if (
            is_reviewed(record)
            and not review_state_chosen
            and record.review_state in _UNTOUCHED_STATES
        ):
            record.review_state = ReviewState.EDITED
        record.save()
    return record


def records_mark_verified(*, records: Iterable[models.Model]) -> int:
    """Mark ``records`` verified (one history entry each); the number changed.

    Each record is read again under a row lock before it is written: ``records`` may have
    been read before a colleague saved one of them, and saving those copies would undo the
    save (only the review state and version change here)."""
    changed = 0
    with transaction.atomic():
        for record in records:
            current = type(record)._base_manager.select_for_update().filter(pk=record.pk).first()
            if current is None or current.review_state == ReviewState.VERIFIED:
                continue
            current.review_state = ReviewState.VERIFIED
            if is_versioned(current):
                # an editor with the record open must reload before saving over the verification
                current.version += 1
            current._change_reason = "Đánh dấu đã xác minh"
            current.save()
            changed += 1
    return changed


# django-simple-history keeps the reason in a 100-character column
CHANGE_REASON_MAX = 100


def change_reason(text: str) -> str:
    """``text`` cut to fit the history's reason column."""
    text = " ".join(text.split())
    return text if len(text) <= CHANGE_REASON_MAX else text[: CHANGE_REASON_MAX - 1] + "…"


def record_history_annotate(*, record: models.Model, note: str) -> None:
    """Write ``note`` (what the admin form changed, inlines included) as the reason of the
    record's latest history entry, so the history says which directive or unit was added."""
    if not note or not hasattr(record, "history"):
        return
    latest = record.history.order_by("-history_date", "-history_id").first()
    if latest is not None:
        latest.history_change_reason = change_reason(note)
        latest.save(update_fields=["history_change_reason"])
