"""Counts of actions per committee or per owner, for the same ActionFilter the reports
use, so that an overview and the report behind it can never disagree.

Each count is one GROUP BY over the filter's conditions (answered from the
(committee_id, status, due_date) and (owner_id, status, due_date) indexes), never a
load of actions into Python, except for a past day: then the actions are taken as
they stood (store.history, through fetch_actions) and counted as they are.
"""

from __future__ import annotations

from datetime import date

from clerk_cli.records import dataclass
from clerk_cli.store.queries import ActionFilter, _from, _where, fetch_actions
from clerk_cli.store.sql import Sql, as_date

# Per key: the grouped SELECT and its GROUP BY; the FROM and WHERE are the filter's.
_GROUPS = {
    "committee": ("SELECT a.committee_id, count(*)", "GROUP BY a.committee_id"),
    "owner": ("SELECT a.owner_id, count(*)", "GROUP BY a.owner_id"),
}


def _as_they_stood(q: Sql, flt: ActionFilter):
    """The matching actions as they stood on the filter's past day, or None for today."""
    day = flt.stood_on or flt.open_as_of
    if day is None:
        return None
    return fetch_actions(q, flt, as_of=day)[0]


def count_by(q: Sql, flt: ActionFilter, key: str) -> dict[int | None, int]:
    """{committee id or owner id: matching actions}; key is "committee" or "owner".
    Keys with no match are absent; owner None counts the actions with no owner."""
    past = _as_they_stood(q, flt)
    if past is not None:
        out: dict[int | None, int] = {}
        for v in past:
            k = v.committee_id if key == "committee" else v.owner_id
            out[k] = out.get(k, 0) + 1
        return out
    select, group_by = _GROUPS[key]
    cl, params, uses = flt.where()
    rows = q.rows(f"{select} {_from(uses)}{_where(cl)} {group_by}", params)
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True)
class DueGroup:
    """How many matching actions a committee and owner have with one due date."""

    committee_id: int
    owner_id: int | None
    due_date: date | None
    actions: int


_BY_DUE = "SELECT a.committee_id, a.owner_id, a.due_date, count(*)"


def by_due_date(q: Sql, flt: ActionFilter) -> list[DueGroup]:
    """The matching actions counted per committee, owner and due date: one pass over
    them, from which an overview tells overdue and due soon apart (rules.status)."""
    past = _as_they_stood(q, flt)
    if past is not None:
        groups: dict[tuple, int] = {}
        for v in past:
            k = (v.committee_id, v.owner_id, v.due_date)
            groups[k] = groups.get(k, 0) + 1
        return [DueGroup(*k, n) for k, n in groups.items()]
    cl, params, uses = flt.where()
    rows = q.rows(
        f"{_BY_DUE} {_from(uses)}{_where(cl)} GROUP BY a.committee_id, a.owner_id, a.due_date",
        params,
    )
    return [DueGroup(r[0], r[1], as_date(r[2]), r[3]) for r in rows]


@dataclass(frozen=True)
class EarliestDue:
    ref: str
    text: str
    due_date: date
    confidential: bool
    owner: str | None


def earliest_due(q: Sql, flt: ActionFilter) -> EarliestDue | None:
    """The matching action with the earliest due date (ties: the lower number)."""
    past = _as_they_stood(q, flt)
    if past is not None:
        dated = [v for v in past if v.due_date is not None]
        if not dated:
            return None
        v = min(dated, key=lambda v: (v.due_date, int(v.ref.rsplit("-", 1)[1])))
        return EarliestDue(v.ref, v.text, v.due_date, v.confidential, v.owner)
    cl, params, uses = flt.where()
    row = q.first(
        "SELECT a.ref, a.text, a.due_date, a.confidential, o.name "
        f"{_from(uses | {'o'})}{_where([*cl, 'a.due_date IS NOT NULL'])} "
        "ORDER BY a.due_date, a.number LIMIT 1",
        params,
    )
    if row is None:
        return None
    return EarliestDue(row[0], row[1], as_date(row[2]), bool(row[3]), row[4])
