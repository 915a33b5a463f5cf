"""Migration 0012 computes the word fingerprint of the documents already stored (a repeat
keeps an empty one until ``find_duplicates --merge``) and makes each meeting's document its
first source."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from reports.extraction.fingerprint import fingerprint

pytestmark = pytest.mark.django_db(transaction=True)

BEFORE = ("reports", "0009_taskupdate_date_index")
AFTER = ("reports", "0012_identity_and_meeting_sources")
TEXT = "Hội nghị sơ kết công tác tuyên giáo.\n\nBan Tuyên giáo Tỉnh ủy chủ trì."


def _migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate([target])
    return executor.loader.project_state([target]).apps


def test_existing_documents_get_fingerprints_and_meetings_their_sources():
    old = _migrate(BEFORE)
    Doc = old.get_model("reports", "SourceDocument")
    Meeting = old.get_model("reports", "Meeting")

    def doc(name, text):
        return Doc.objects.create(
            file_name=name, sha256=name.ljust(64, "0"), text=text, extractor_version="t"
        )

    first = doc("a.txt", TEXT)
    docx = doc("a.docx", TEXT.replace("\n\n", "\n"))  # the same words: a repeat
    other = doc("b.txt", "Một bài viết khác hẳn.")
    meeting = Meeting.objects.create(title="Hội nghị", source_document=first, span_end=8)
    try:
        new = _migrate(AFTER)
        Doc = new.get_model("reports", "SourceDocument")
        rows = {d.pk: d for d in Doc.objects.all()}
        assert rows[first.pk].fingerprint == fingerprint(TEXT)
        assert rows[docx.pk].fingerprint == ""
        assert rows[other.pk].fingerprint == fingerprint("Một bài viết khác hẳn.")
        assert rows[first.pk].word_count == 15 and len(rows[first.pk].shingle_sketch) == 11
        Source = new.get_model("reports", "MeetingSource")
        source = Source.objects.get()
        assert (source.meeting_id, source.source_document_id) == (meeting.pk, first.pk)
        assert (source.span_start, source.span_end) == (None, 8)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
