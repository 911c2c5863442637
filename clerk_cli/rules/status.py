"""The words clerk stores: action and meeting statuses (no database imports here).

Kept apart from models.py so that the commands that run on plain SQL (report, list,
add-action, done...) can use them without building the SQLModel classes.
"""

from __future__ import annotations

from datetime import UTC, datetime

ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
OPEN_STATUSES = ("open", "in_progress")
CLOSED_STATUSES = ("done", "dropped")
MEETING_STATUSES = ("scheduled", "held", "cancelled")


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (the only kind clerk stores)."""
    return datetime.now(UTC)
