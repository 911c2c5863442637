"""Which actions count as open "as of" a day.  Pure: no I/O.

A report for a past day asks what was open then (created by that day and not yet
closed), not what is open now: an action done on 30 November was overdue on 15
November.  For today or a later day, what is open is what is open now.
"""

from __future__ import annotations

from datetime import date


def open_as_of(as_of: date, today: date) -> date | None:
    """The past day whose openness to count (store.queries.ActionFilter.open_as_of), or
    None when as_of is today or later and the current status decides."""
    return as_of if as_of < today else None
