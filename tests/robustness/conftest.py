"""Fixtures for the robustness tests (helper functions live in helpers.py)."""

from __future__ import annotations

import pytest

from .helpers import is_postgres


@pytest.fixture
def sqlite_only(db_url):
    """The test's database URL, skipping the test on PostgreSQL."""
    if is_postgres(db_url):
        pytest.skip("SQLite files only")
    return db_url
