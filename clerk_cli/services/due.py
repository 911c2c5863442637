"""Meeting-relative due dates, and slips.

An action due "at the next meeting" keeps that rule.  Whenever a committee's
meetings change (added, moved, cancelled) its rule-based dues are resolved again.
A due date that changes from one date to another is a *slip*: counted on the
action and kept in the audit trail.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, select

from clerk_cli.dates import resolve_rule  # noqa: F401  (the use cases import it from here)
from clerk_cli.schema import OPEN_STATUSES, Action, Meeting
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
    """Resolve again the open rule-based dues of a committee; returns how many changed.

    With new_meeting (the date of a meeting just added), only the dues that meeting can
    move are looked at: those counted from before it and not yet due by then.  That keeps
    importing a hundred meetings in a row linear.
    """
    stmt = (
        select(Action, Meeting.date)
        .join(Meeting, Meeting.id == Action.meeting_id, isouter=True)
        .where(
            Action.committee_id == committee_id,
            Action.status.in_(OPEN_STATUSES),
            Action.due_rule.is_not(None),
        )
    )
    if new_meeting is not None:
        stmt = stmt.where(
            (Action.due_date.is_(None)) | (Action.due_date > new_meeting),
            (Meeting.date < new_meeting) | (Action.meeting_id.is_(None)),
        )
    rows = session.exec(stmt).all()
    if not rows:
        return 0
    dates = live_meeting_dates(session, committee_id)
    changed = 0
    for action, meeting_date in rows:
        new = resolve_rule(action.due_rule, meeting_date or action.created_at.date(), dates)
        if new != action.due_date:
            set_due(session, action, new, by=by)
            changed += 1
    return changed
