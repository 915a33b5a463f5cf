"""The staff admin, one module per model family."""

from reports.admin import (  # noqa: F401
    access,
    directives,
    documents,
    meetings,
    people,
    reminders,
    tasks,
    units,
)
