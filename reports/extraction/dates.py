"""Dates and periods: (stub, to be completed)."""
