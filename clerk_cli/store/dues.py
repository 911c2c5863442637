"""The SQL of an action's due date: the rule-based dues a committee's meetings drive,
and writing a changed due date with its audit rows.

What a due date changes to, and whether that counts as a slip, is decided by
clerk_cli.rules.due; these functions only read and write.
"""

from __future__ import annotations

from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.due import DueChange
from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql, as_date, as_utc, placeholders

# The audit field that says why a due date moved when no person moved it: its new
# value names the meeting change ("CSSC/2022-09-20 moved to 2022-09-27").
MOVED_WITH_MEETING = "due_moved_with_meeting"


@dataclass(frozen=True)
class RuleDue:
    """An open action whose due date follows a rule ("next meeting")."""

    id: int
    ref: str
    committee_id: int
    due_rule: str
    due_date: date | None
    original_due_date: date | None
    slip_count: int
    meeting_date: date | None  # the meeting the action came from, if any
    created_at: datetime


def rule_dues(q: Sql, committee_id: int, *, new_meeting: date | None = None) -> list[RuleDue]:
    """The open actions of a committee whose due date follows a rule, in number order.

    With new_meeting (the date of a meeting just added), only those that meeting can
    move: counted from before it, and undated or due after it.
    """
    sql = (
        "SELECT a.id, a.ref, a.committee_id, a.due_rule, a.due_date, a.original_due_date, "
        "a.slip_count, m.date, a.created_at FROM action a "
        "LEFT JOIN meeting m ON m.id = a.meeting_id "
        f"WHERE a.committee_id = ? AND a.status IN ({placeholders(len(OPEN_STATUSES))}) "
        "AND a.due_rule IS NOT NULL"
    )
    params: list = [committee_id, *OPEN_STATUSES]
    if new_meeting is not None:
        sql += (
            " AND (a.due_date IS NULL OR a.due_date > ?) AND (m.date < ? OR a.meeting_id IS NULL)"
        )
        params += [new_meeting, new_meeting]
    rows = q.rows(sql + " ORDER BY a.number", params)
    return [
        RuleDue(
            id=r[0],
            ref=r[1],
            committee_id=r[2],
            due_rule=r[3],
            due_date=as_date(r[4]),
            original_due_date=as_date(r[5]),
            slip_count=r[6],
            meeting_date=as_date(r[7]),
            created_at=as_utc(r[8]),
        )
        for r in rows
    ]


def save_due(
    q: Sql,
    *,
    action_id: int,
    ref: str,
    committee_id: int,
    old: date | None,
    change: DueChange,
    by: str,
    reason: str | None = None,
) -> None:
    """Write a changed due date and its audit row: one "due_date" row (old -> new), and
    with a reason (a meeting moved, was cancelled or added) one MOVED_WITH_MEETING row
    saying why."""
    q.execute(
        "UPDATE action SET due_date = ?, original_due_date = ?, slip_count = ?, updated_at = ? "
        "WHERE id = ?",
        (change.due_date, change.original_due_date, change.slip_count, utcnow(), action_id),
    )
    kw = {"by": by, "entity": "action", "entity_id": action_id, "label": ref}
    audit(q, field="due_date", old=old, new=change.due_date, committee_id=committee_id, **kw)
    if reason:
        audit(q, field=MOVED_WITH_MEETING, new=reason, committee_id=committee_id, **kw)
