"""Meetings are found by their host unit, place and participants' names too: rebuild the
search key of the meetings already stored. The key's definition is ``Meeting.
build_search_key``; a migration cannot call the model of today, so it is frozen here as it
was when this migration was written."""

from collections import defaultdict

from django.db import migrations

from reports.extraction.normalize import fold


def rebuild_keys(apps, schema_editor):
    Meeting = apps.get_model("reports", "Meeting")
    Participation = apps.get_model("reports", "Participation")
    names = defaultdict(list)
    for meeting_id, name in Participation.objects.order_by("pk").values_list(
        "meeting_id", "person__full_name"
    ):
        names[meeting_id].append(name)
    for meeting in Meeting.objects.select_related("host_unit").iterator(chunk_size=2000):
        host = meeting.host_unit
        parts = [
            meeting.title,
            meeting.period_label,
            host.name if host else "",
            host.short_name if host else "",
            meeting.location,
            *dict.fromkeys(names[meeting.pk]),
        ]
        key = fold(" ".join(p for p in parts if p))
        if key != meeting.search_key:
            Meeting.objects.filter(pk=meeting.pk).update(search_key=key)


class Migration(migrations.Migration):
    dependencies = [("reports", "0013_reminders")]

    operations = [migrations.RunPython(rebuild_keys, migrations.RunPython.noop, elidable=True)]
