"""The overview a chair wants at a glance: per committee, open, overdue and due-soon counts,
how many open actions are rated red, amber and green (rules.rag), the oldest overdue
action, and the owners with the most overdue actions.

Every count is of the rows a report would list for the same day: the same
store.queries.ActionFilter that report --overdue / --due-within --as-of use (what was
open on a past day, not what is open now: rules.as_of), read in one GROUP BY pass per
committee, owner and due date (store.counts) and sorted into overdue and due soon by
rules.status, so the overview stays quick at a million actions.
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.rules.as_of import open_as_of
from clerk_cli.rules.status import (
    DUE_SOON_DAYS,
    OPEN_STATUSES,
    day_end,
    days_overdue,
    is_due_soon,
    is_overdue,
)
from clerk_cli.store import committees, counts, history, owners
from clerk_cli.store.queries import ActionFilter, rag_counts
from clerk_cli.store.sql import Sql
from clerk_cli.views.records import CommitteeStatus, OldestOverdue, OwnerLoad, StatusOverview

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

    def work(q: Sql) -> StatusOverview:
        open_n: Counter[int] = Counter()
        overdue_n: Counter[int] = Counter()
        soon_n: Counter[int] = Counter()
        awaiting_n: Counter[int] = Counter()
        by_owner: Counter[int | None] = Counter()
        earliest: dict[int, date] = {}
        # Proposed for closure: open, but awaiting the committee, so neither overdue nor
        # due soon (rules.status).
        for g in counts.by_due_date(q, ActionFilter(**base, proposed=True)):
            open_n[g.committee_id] += g.actions
            awaiting_n[g.committee_id] += g.actions
        for g in counts.by_due_date(q, ActionFilter(**base, proposed=False)):
            open_n[g.committee_id] += g.actions
            # Every action counted was open on as_of (the filter says so), whatever its
            # status is now: ask the rules as of then.
            if is_overdue(_OPEN, g.due_date, as_of):
                overdue_n[g.committee_id] += g.actions
                by_owner[g.owner_id] += g.actions
                first = earliest.get(g.committee_id)
                earliest[g.committee_id] = g.due_date if first is None else min(first, g.due_date)
            elif is_due_soon(_OPEN, g.due_date, as_of, due_soon_days):
                soon_n[g.committee_id] += g.actions
        overview = StatusOverview(as_of=as_of, due_soon_days=due_soon_days)
        rated = rag_counts(q, ActionFilter(**base), as_of=as_of)
        for committee_id, code, name in committees.names(q):
            cs = CommitteeStatus(
                code=code,
                name=name,
                open=open_n[committee_id],
                overdue=overdue_n[committee_id],
                due_soon=soon_n[committee_id],
                awaiting_agreement=awaiting_n[committee_id],
                **rated.get(committee_id, {}),
            )
            if committee_id in earliest:
                cs.oldest_overdue = _oldest(q, base, committee_id, earliest[committee_id], as_of)
            overview.committees.append(cs)
        overview.top_owners = _top_owners(q, by_owner, top, base["open_as_of"])
        return overview

    return db.run_sql(work)


_OPEN = OPEN_STATUSES[0]


def _oldest(q: Sql, base: dict, committee_id: int, due: date, as_of: date) -> OldestOverdue:
    """The committee's overdue action with the earliest due date (ties: the lower number)."""
    flt = ActionFilter(
        **base, committee_ids=[committee_id], due_from=due, due_on_or_before=due, proposed=False
    )
    e = counts.earliest_due(q, flt)
    days = days_overdue(_OPEN, e.due_date, as_of)
    return OldestOverdue(e.ref, e.text, e.due_date, days, e.owner, e.confidential)


def _top_owners(q: Sql, overdue_by_owner: Counter, top: int, stood: date | None) -> list[OwnerLoad]:
    """The owners with the most overdue actions (ties by name; no owner last), named as
    they were on a past day (stood)."""
    if stood is not None:
        moment = day_end(stood)
        names = history.owner_names_at(q, moment)[0]
        holders = {k: v[0] for k, v in history.holders_at(q, moment).items()}
    else:
        names = {o.id: o.name for o in owners.listed(q)}
        holders = {h.owner_id: h.name for h in owners.holders(q) if h.ended_at is None}
    loads = [
        OwnerLoad(names.get(owner_id) if owner_id is not None else None, holders.get(owner_id), n)
        for owner_id, n in overdue_by_owner.items()
    ]
    loads.sort(key=lambda o: (-o.overdue, o.owner is None, o.owner or ""))
    return loads[:top]
