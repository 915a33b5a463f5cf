"""Import documents from files: intake, extract, load; one transaction per document."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.db import DatabaseError

from reports.extraction import IntakeError
from reports.loading import document_load
from reports.loading.counts import Counts
from reports.services.documents import document_extract, expand_paths, read_document


@dataclass(frozen=True)
class FileOutcome:
    path: Path
    status: str  # new | unchanged | reextracted | failed
    reason: str = ""
    skipped: tuple[str, ...] = ()
    counts: Counts | None = None
    # staff's records the extractor no longer finds: kept, flagged "không còn trong văn bản"
    missing: tuple[str, ...] = ()


@dataclass
class ImportSummary:
    outcomes: list[FileOutcome] = field(default_factory=list)
    counts: Counts = field(default_factory=Counts)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]


def file_import(
    path: Path, *, max_bytes: int, dry_run: bool = False, reextract: bool = False, uploaded_by=None
) -> FileOutcome:
    """Read, extract and load one file; a bad file is an outcome with a reason, not a crash."""
    try:
        data = read_document(path, max_bytes=max_bytes)
        extracted = document_extract(data, path.name, max_bytes=max_bytes)
    except IntakeError as exc:
        return FileOutcome(path, "failed", str(exc))
    try:
        loaded = document_load(
            extracted,
            file_name=path.name,
            uploaded_by=uploaded_by,
            reextract=reextract,
            dry_run=dry_run,
        )
    except (DatabaseError, ValueError) as exc:
        # the document's transaction rolled back: nothing of it was written
        return FileOutcome(path, "failed", f"lỗi khi ghi vào cơ sở dữ liệu: {exc}")
    return FileOutcome(
        path, loaded.status, "", tuple(loaded.skipped), loaded.counts, tuple(loaded.missing)
    )


def paths_import(
    paths: Iterable[str],
    *,
    max_bytes: int,
    dry_run: bool = False,
    reextract: bool = False,
    progress: Callable[[int, int, FileOutcome], None] | None = None,
) -> ImportSummary:
    """Import every file named or found under the folders named, each on its own."""
    files = expand_paths(list(paths))
    summary = ImportSummary()
    for i, path in enumerate(files, 1):
        outcome = file_import(path, max_bytes=max_bytes, dry_run=dry_run, reextract=reextract)
        summary.outcomes.append(outcome)
        if outcome.counts:
            summary.counts.merge(outcome.counts)
        if progress:
            progress(i, len(files), outcome)
    return summary
