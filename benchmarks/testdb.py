"""A throw-away test database for the benchmarks that need Django (SQLite or PostgreSQL,
whichever ``DATABASE_URL`` names); the caller destroys it with
``connection.creation.destroy_test_db(name, verbosity=0)``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def setup_django():
    """Set Django up and create an empty test database; returns (connection, its name)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test.utils import setup_test_environment

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=False)
    return connection, name
