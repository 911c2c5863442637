"""Meeting-relative due dates follow the calendar.

An action due "at the next meeting" keeps that rule.  Whenever a committee's meetings
change (one added, moved, cancelled or deleted) its rule-based dues are resolved
again.  A date that moves this way is not a slip (rules.due.BY_MEETING): nobody
changed it, and the audit trail says which meeting change moved it.
"""

from __future__ import annotations

from datetime import date

from clerk_cli.rules import due
from clerk_cli.store import dues, lookup
from clerk_cli.store.sql import Sql
from clerk_cli.views.records import DueMove


def reresolve_committee(
    q: Sql,
    committee_id: int,
    *,
    by: str,
    new_meeting: date | None = None,
    reason: str | None = None,
) -> list[DueMove]:
    """Resolve again the open rule-based dues of a committee; the ones that changed.

    Runs inside the caller's transaction.  With new_meeting (the date of a meeting just
    added), only the dues that meeting can move are looked at, which keeps importing a
    hundred meetings in a row linear.  reason names the meeting change for the audit
    trail ("CSSC/2022-09-20 cancelled"); without one it is worked out from new_meeting.
    """
    actions = dues.rule_dues(q, committee_id, new_meeting=new_meeting)
    if not actions:
        return []
    if reason is None:
        code = lookup.committee_by_id(q, committee_id).code
        reason = (
            f"{lookup.meeting_label(code, new_meeting)} added"
            if new_meeting is not None
            else f"meetings of {code} changed"
        )
    live = lookup.meeting_dates(q, committee_id)
    moved = []
    for a in actions:
        new = due.resolve(a.due_rule, a.meeting_date, a.created_at, live)
        change = due.change_due(
            old=a.due_date,
            new=new,
            original=a.original_due_date,
            slip_count=a.slip_count,
            cause=due.BY_MEETING,
        )
        if change is None:
            continue
        dues.save_due(
            q,
            action_id=a.id,
            ref=a.ref,
            committee_id=a.committee_id,
            old=a.due_date,
            change=change,
            by=by,
            reason=reason,
        )
        moved.append(DueMove(a.ref, a.due_date, new))
    return moved
