"""The reports dashboard (``/reports/``): staff pages, tables downloadable as CSV."""
