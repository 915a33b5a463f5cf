"""The read-only JSON API (django-ninja): ``reports.api.v1.api`` is mounted at /api/v1/."""
