"""TRANSITIONAL: the ORM use cases' way (importer; action_edits as committed) to the due-date helpers, until it runs on plain SQL.

Delete this module when nothing imports it.  Use instead:
services.meeting_dues.reresolve_committee(q, ...), store.lookup.meeting_dates(q, ...)
and rules.due.resolve(...).
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from clerk_cli.dates import resolve_rule  # noqa: F401  (the importer imports it from here)
from clerk_cli.schema import Action, Meeting
from clerk_cli.services import meeting_dues
from clerk_cli.services.common import audit
from clerk_cli.store import lookup
from clerk_cli.store.sql import Sql


def live_meeting_dates(session: Session, committee_id: int) -> list[date]:
    """The dates of a committee's meetings that are not cancelled, in order."""
    return lookup.meeting_dates(Sql.of(session), committee_id)


def rule_base_date(session: Session, action: Action) -> date:
    """Meeting-relative dues count from the action's meeting, else from when it was recorded."""
    if action.meeting_id is not None:
        m = session.get(Meeting, action.meeting_id)
        if m is not None:
            return m.date
    return action.created_at.date()


def set_due(session: Session, action: Action, new_date: date | None, *, by: str) -> None:
    """Change an action's due date, counting a slip when a set date moves."""
    old = action.due_date
    if old == new_date:
        return
    if old is not None and new_date is not None:
        action.slip_count += 1
    if action.original_due_date is None and new_date is not None:
        action.original_due_date = new_date
    action.due_date = new_date
    audit(
        session,
        by=by,
        entity="action",
        entity_id=action.id,
        label=action.ref,
        field="due_date",
        old=old,
        new=new_date,
        committee_id=action.committee_id,
    )


def reresolve_committee(
    session: Session, committee_id: int, *, by: str, new_meeting: date | None = None
) -> int:
    """meeting_dues.reresolve_committee on a session; how many dues changed."""
    moved = meeting_dues.reresolve_committee(
        Sql.of(session), committee_id, by=by, new_meeting=new_meeting
    )
    return len(moved)
