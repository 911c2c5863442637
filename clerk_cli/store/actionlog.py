"""What the action log reads besides the actions (store.queries) and the committee's
live meeting dates (store.lookup.meeting_dates): the titles of its meetings."""

from __future__ import annotations

from datetime import date

from clerk_cli.store.sql import Sql, as_date


def meeting_titles(q: Sql, committee_id: int) -> dict[date, str | None]:
    """{date: title} of a committee's meetings; of two meetings on one day, the first
    added gives the title."""
    rows = q.rows(
        "SELECT date, title FROM meeting WHERE committee_id = ? ORDER BY date, id DESC",
        (committee_id,),
    )
    return {as_date(d): title for d, title in rows}
