"""The overview a chair wants at a glance: per committee, open, overdue and due-soon counts,
the oldest overdue action, and the owners with the most overdue actions.

Every count is of the rows a report would list for the same day: the same
store.queries.ActionFilter that report --overdue / --due-within --as-of use (what was
open on a past day, not what is open now: rules.as_of), counted per committee or owner
by GROUP BY (store.counts), so the overview stays quick at a million actions.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from clerk_cli.rules.as_of import open_as_of
from clerk_cli.rules.status import DUE_SOON_DAYS, OPEN_STATUSES, days_overdue
from clerk_cli.store import committees, owners
from clerk_cli.store.counts import count_by, earliest_due
from clerk_cli.store.queries import ActionFilter
from clerk_cli.store.sql import Sql
from clerk_cli.views import CommitteeStatus, OldestOverdue, OwnerLoad, StatusOverview

if TYPE_CHECKING:
    from clerk_cli.db import Database

TOP_OWNERS = 5


def status_overview(
    db: Database,
    *,
    as_of: date | None = None,
    due_soon_days: int = DUE_SOON_DAYS,
    include_confidential: bool = True,
    top: int = TOP_OWNERS,
) -> StatusOverview:
    """Counts per committee and the owners with most overdue actions, as of a date."""
    as_of = as_of or date.today()
    base = {
        "open_as_of": open_as_of(as_of, date.today()),
        "include_confidential": include_confidential,
    }
    open_flt = ActionFilter(**base)
    overdue_flt = ActionFilter(**base, due_before=as_of)
    soon_flt = ActionFilter(
        **base, due_from=as_of, due_on_or_before=as_of + timedelta(days=due_soon_days)
    )

    def work(q: Sql) -> StatusOverview:
        open_n = count_by(q, open_flt, "committee")
        overdue_n = count_by(q, overdue_flt, "committee")
        soon_n = count_by(q, soon_flt, "committee")
        overview = StatusOverview(as_of=as_of, due_soon_days=due_soon_days)
        for committee_id, code, name in committees.names(q):
            cs = CommitteeStatus(
                code=code,
                name=name,
                open=open_n.get(committee_id, 0),
                overdue=overdue_n.get(committee_id, 0),
                due_soon=soon_n.get(committee_id, 0),
            )
            if cs.overdue:
                cs.oldest_overdue = _oldest(q, overdue_flt, committee_id, as_of)
            overview.committees.append(cs)
        overview.top_owners = _top_owners(q, count_by(q, overdue_flt, "owner"), top)
        return overview

    return db.run_sql(work)


def _oldest(q: Sql, overdue: ActionFilter, committee_id: int, as_of: date) -> OldestOverdue:
    """The committee's overdue action with the earliest due date (ties: the lower number)."""
    e = earliest_due(q, replace(overdue, committee_ids=[committee_id]))
    # It was open on as_of (the filter says so), whatever its status is now.
    days = days_overdue(OPEN_STATUSES[0], e.due_date, as_of)
    return OldestOverdue(e.ref, e.text, e.due_date, days, e.owner, e.confidential)


def _top_owners(q: Sql, overdue_by_owner: dict[int | None, int], top: int) -> list[OwnerLoad]:
    """The owners with the most overdue actions (ties by name; no owner last)."""
    names = {o.id: o.name for o in owners.listed(q)}
    holders = {h.owner_id: h.name for h in owners.holders(q) if h.ended_at is None}
    loads = [
        OwnerLoad(names.get(owner_id) if owner_id is not None else None, holders.get(owner_id), n)
        for owner_id, n in overdue_by_owner.items()
    ]
    loads.sort(key=lambda o: (-o.overdue, o.owner is None, o.owner or ""))
    return loads[:top]
