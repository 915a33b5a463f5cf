"""Reference data staff start with (fixtures/reference.json)."""

from django.core.management import call_command

from reports.models import Unit

REFERENCE_FIXTURE = "reference"
# The first row of the fixture: when it is there, the reference data were loaded before.
_MARKER = {"pk": 1, "name": "Ban Chấp hành Trung ương"}


def reference_ensure() -> bool:
    """Load the reference fixture unless it was loaded before; True when it was loaded now.
    Loading it again would overwrite what staff have since corrected in those rows."""
    if Unit.objects.filter(**_MARKER).exists():
        return False
    call_command("loaddata", REFERENCE_FIXTURE, verbosity=0)
    return True
