"""The demo loader's own SQL: is the database empty, and make its actions look lived-in."""

from __future__ import annotations

from datetime import UTC, datetime, time

from clerk_cli.store.sql import Sql, as_date


def has_actions(q: Sql) -> bool:
    """True when the database holds at least one action."""
    return q.first("SELECT id FROM action LIMIT 1") is not None


def backdate_to_meetings(q: Sql) -> int:
    """Set each action's created_at to noon UTC on its meeting's day; how many changed."""
    rows = q.rows(
        "SELECT a.id, m.date FROM action a JOIN meeting m ON m.id = a.meeting_id ORDER BY a.id"
    )
    for action_id, day in rows:
        created = datetime.combine(as_date(day), time(12), tzinfo=UTC)
        q.execute("UPDATE action SET created_at = ? WHERE id = ?", (created, action_id))
    return len(rows)
