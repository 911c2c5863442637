"""A calendar feed: the meetings and the open actions' due dates, for one .ics file."""

from __future__ import annotations

from datetime import date

from clerk_cli.db import Database
from clerk_cli.rules.status import OPEN_STATUSES
from clerk_cli.services.exports.selection import ExportFilter
from clerk_cli.store import calendar as store
from clerk_cli.store import lookup
from clerk_cli.store.queries import fetch_actions
from clerk_cli.store.sql import Sql
from clerk_cli.views.papers import CalendarFeed


def build_calendar(
    db: Database,
    *,
    committees: tuple[str, ...] | None = None,
    owners: tuple[str, ...] | None = None,
    include_confidential: bool = False,
    with_meetings: bool = True,
    with_actions: bool = True,
    as_of: date | None = None,
) -> CalendarFeed:
    """Meetings (of the chosen committees; for an owner's calendar, of the committees
    their actions come from) and open actions that have a due date (on a past as_of,
    those open at its end, as they stood then)."""
    as_of = as_of or date.today()
    flt = ExportFilter(
        committees=committees or None,
        owners=owners or None,
        include_confidential=include_confidential,
    )

    def work(q: Sql) -> CalendarFeed:
        actions = []
        if with_actions or owners:
            rows, _ = fetch_actions(
                q, flt.resolve(q, statuses=OPEN_STATUSES, as_of=as_of), as_of=as_of, order="ref"
            )
            actions = [a for a in rows if a.due_date is not None]
        meetings = []
        if with_meetings:
            if committees:
                ids = [lookup.committee(q, c).id for c in committees]
            elif owners:
                codes = sorted({a.committee for a in actions})
                ids = [lookup.committee(q, c).id for c in codes]
            else:
                ids = None
            meetings = store.meetings(q, committee_ids=ids)
        label = ", ".join([*(committees or ()), *(owners or ())]) or "all committees"
        return CalendarFeed(
            calendar_id=store.calendar_id(q),
            name=f"clerk: {label}",
            meetings=meetings,
            actions=actions if with_actions else [],
        )

    return db.run_sql(work)


def calendar_id(db: Database) -> str:
    """This database's id for calendar UIDs (see store.calendar.calendar_id)."""
    return db.run_sql(store.calendar_id)
