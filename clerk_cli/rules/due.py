"""Due dates: which date a meeting-relative due counts from, what it resolves to, and
how a change of due date is counted.  Pure: no I/O, no database.

Every writer of a due date asks these: adding an action, editing it, importing
minutes, and re-resolving a committee's dues when its meetings change.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from clerk_cli.dates import resolve_rule
from clerk_cli.records import dataclass

# Why a due date changed.  Only a person's change is a slip: a date that moves
# because its meeting moved (or was cancelled, or a new one was added) is not the
# owner's doing and is shown apart ("moved with its meeting").
BY_PERSON = "person"
BY_MEETING = "meeting"


def base_date(meeting_date: date | None, created_at: datetime | date) -> date:
    """Meeting-relative dues ("next meeting") count from the action's meeting, else
    from the day the action was recorded."""
    if meeting_date is not None:
        return meeting_date
    return created_at.date() if isinstance(created_at, datetime) else created_at


def resolve(
    rule: str | None, meeting_date: date | None, created_at: datetime | date, live: Sequence[date]
) -> date | None:
    """The date a rule points at for this action, given the committee's meetings that are
    not cancelled (sorted); None when the rule has no meeting to point at yet."""
    if not rule:
        return None
    return resolve_rule(rule, base_date(meeting_date, created_at), live)


@dataclass(frozen=True)
class DueChange:
    """The new due fields of an action after a change of due date."""

    due_date: date | None
    original_due_date: date | None
    slip_count: int
    slipped: bool


def change_due(
    *,
    old: date | None,
    new: date | None,
    original: date | None,
    slip_count: int,
    cause: str = BY_PERSON,
) -> DueChange | None:
    """What changing a due date from old to new does; None when nothing changes.

    A slip is a person moving a set date to another date.  The first date an action
    ever had is kept as its original due date.
    """
    if old == new:
        return None
    slipped = cause == BY_PERSON and old is not None and new is not None
    return DueChange(
        due_date=new,
        original_due_date=original if original is not None else new,
        slip_count=slip_count + (1 if slipped else 0),
        slipped=slipped,
    )
