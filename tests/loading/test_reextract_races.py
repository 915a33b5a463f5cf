"""A staff save made while a re-extraction runs is never overwritten by it.

The loader reads a document's records, matches them, then writes. A staff save that lands
between the read and the write must stand: the loader writes over a record only if it is
still the version it read and still the importer's (compare-and-set, ``record_claim``).
"""

import datetime as dt
import threading

import pytest
from django.db import connection, connections

from reports.loading import document_load
from reports.loading import load as load_module
from reports.models import Meeting, ReviewState, Task
from reports.services.review import record_save_edited
from tests.loading import extracted as x

DONE_ON = dt.date(2024, 8, 1)


def first_load():
    document_load(x.document(tasks=(x.task(1, "Một"), x.task(2, "Hai"))), file_name="a.txt")
    return Task.objects.get(ordinal=1), Meeting.objects.get()


def better():
    return x.document(
        tasks=(x.task(1, "Một, bản mới"), x.task(2, "Hai, bản mới")),
        meetings=(x.meeting(title="Tên mới", location="Hội trường A"),),
    )


def staff_save(record):
    """What the admin does on save: the version the form was opened with is checked."""
    fresh = type(record).objects.get(pk=record.pk)
    if isinstance(fresh, Task):
        fresh.status, fresh.completed_on = Task.Status.DONE, DONE_ON
    else:
        fresh.location = "Nhà văn hóa tỉnh"
    record_save_edited(record=fresh, based_on_version=fresh.version, review_state_chosen=False)


def assert_staff_saves_stand(task, meeting):
    task.refresh_from_db()
    meeting.refresh_from_db()
    assert (task.status, task.completed_on) == (Task.Status.DONE, DONE_ON)
    assert (task.text, task.review_state, task.version) == ("Một", ReviewState.EDITED, 2)
    assert (meeting.location, meeting.review_state, meeting.version) == (
        "Nhà văn hóa tỉnh",
        ReviewState.EDITED,
        2,
    )
    assert meeting.title != "Tên mới"
    # what staff did not touch was refreshed
    assert Task.objects.get(ordinal=2).text == "Hai, bản mới"


@pytest.mark.django_db
def test_a_staff_save_between_the_loaders_read_and_write_stands(monkeypatch):
    task, meeting = first_load()
    real_match = load_module.records_match

    def staff_saves_meanwhile(stored, found, **kwargs):
        # the loader has read the stored records; a staff save lands before it writes
        staff_save(meeting if isinstance(stored[0], tuple) else task)
        return real_match(stored, found, **kwargs)

    monkeypatch.setattr(load_module, "records_match", staff_saves_meanwhile)
    result = document_load(better(), file_name="a.txt", reextract=True)

    assert_staff_saves_stand(task, meeting)
    assert result.counts.get("tasks", "skipped") == 1
    assert result.counts.get("meetings", "skipped") == 1
    assert any(f"#{task.pk}" in line for line in result.skipped)


@pytest.mark.django_db
def test_a_staff_save_before_a_stale_delete_keeps_the_record(monkeypatch):
    document_load(x.document(tasks=(x.task(1, "Một"), x.task(2, "Hai"))), file_name="a.txt")
    doomed = Task.objects.get(ordinal=2)
    real_match = load_module.records_match

    def staff_saves_meanwhile(stored, found, **kwargs):
        if any(isinstance(s, Task) for s in stored):
            staff_save(doomed)
        return real_match(stored, found, **kwargs)

    monkeypatch.setattr(load_module, "records_match", staff_saves_meanwhile)
    document_load(x.document(tasks=(x.task(1, "Một"),)), file_name="a.txt", reextract=True)
    doomed.refresh_from_db()
    assert (doomed.status, doomed.not_in_source) == (Task.Status.DONE, True)


@pytest.mark.django_db(transaction=True)
def test_a_concurrent_staff_save_stands(monkeypatch):
    """Two connections for real: the re-extraction pauses between its read and its write
    while a staff save commits from another connection."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite lets one writer at a time: the interleaving needs PostgreSQL")
    task, meeting = first_load()
    # the loader reads and matches the meetings, then the tasks: it pauses after each read
    read = [threading.Event(), threading.Event()]
    saved = [threading.Event(), threading.Event()]
    calls = []
    real_match = load_module.records_match
    errors = []

    def pause_after_reading(stored, found, **kwargs):
        i = len(calls)
        calls.append(i)
        read[i].set()
        assert saved[i].wait(30), "the staff save did not happen"
        return real_match(stored, found, **kwargs)

    monkeypatch.setattr(load_module, "records_match", pause_after_reading)

    def reextract():
        try:
            document_load(better(), file_name="a.txt", reextract=True)
        except Exception as exc:  # reported to the test's thread below
            errors.append(exc)
            for event in read:
                event.set()
        finally:
            connections.close_all()

    loader = threading.Thread(target=reextract)
    loader.start()
    for i, record in enumerate((meeting, task)):
        assert read[i].wait(30)
        if not errors:
            staff_save(record)  # commits from this thread's connection
        saved[i].set()
    loader.join(60)
    assert not loader.is_alive() and not errors, errors
    assert_staff_saves_stand(task, meeting)
