"""The staff admin, one module per model family."""

from reports.admin import (  # noqa: F401
    access,
    api_tokens,
    directives,
    documents,
    import_runs,
    meetings,
    people,
    reminders,
    tasks,
    units,
)
