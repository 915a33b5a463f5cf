"""The staff admin, one module per model family."""

from reports.admin import directives, documents, meetings, people, tasks, units  # noqa: F401
