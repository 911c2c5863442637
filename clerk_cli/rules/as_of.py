"""Which actions count as open "as of" a day.  Pure: no I/O.

A report for a past day asks what was open then (created by that day and not yet
closed), not what is open now: an action done on 30 November was overdue on 15
November.  For today or a later day, what is open is what is open now.

An action exists from its meeting's date (minutes recorded later report correctly
for the days after their meeting), or, from no meeting, from the day it was recorded:
exists_from.  Nothing shown "as of" an earlier day has it, and nothing happened to it
before then (--on).
"""

from __future__ import annotations

from datetime import date, datetime


def open_as_of(as_of: date, today: date) -> date | None:
    """The past day whose openness to count (store.queries.ActionFilter.open_as_of), or
    None when as_of is today or later and the current status decides."""
    return as_of if as_of < today else None


def exists_from(meeting_date: date | None, created_at: datetime) -> date:
    """The first day an action exists: its meeting's date, else the (local) day it was
    recorded.  store.queries.ActionFilter says the same in SQL for --as-of lists."""
    if meeting_date is not None:
        return meeting_date
    return created_at.astimezone().date()
