"""Statuses and where an action stands on a day: open or closed, overdue, due soon,
and the words for each.  Pure: every report, list, digest, action log and export asks
these, so they can never disagree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

ACTION_STATUSES = ("open", "in_progress", "done", "dropped")
OPEN_STATUSES = ("open", "in_progress")
CLOSED_STATUSES = ("done", "dropped")
MEETING_STATUSES = ("scheduled", "held", "cancelled")

# How a closed action ended, finer than its status (action.outcome).  done is the only
# outcome of status done; the others close it as dropped.  Each but done and dropped
# needs a reason.  None while open.
OUTCOME_STATUS = {
    "done": "done",
    "dropped": "dropped",
    "not_feasible": "dropped",
    "superseded": "dropped",
    "deferred": "dropped",
    "duplicate": "dropped",
}
OUTCOMES = tuple(OUTCOME_STATUS)
OUTCOMES_NEEDING_A_REASON = ("not_feasible", "superseded", "deferred", "duplicate")


def outcome_of(status: str, outcome: str | None = None) -> str | None:
    """The outcome stored with a status: the one given, else the status itself when it
    closes the action; None while open."""
    if status not in CLOSED_STATUSES:
        return None
    return outcome or status


def outcome_words(outcome: str | None) -> str:
    """'not feasible', 'superseded', ... as a clerk writes it; '' when none."""
    return (outcome or "").replace("_", " ")


def outcome_key(text: str | None) -> str | None:
    """An outcome as typed ("not-feasible", "Not feasible") as stored ("not_feasible");
    None when it is no outcome."""
    key = "_".join((text or "").strip().lower().replace("-", " ").split())
    return key if key in OUTCOME_STATUS else None


# A committee that agrees its closures (committee.closure_needs_agreement): an owner's
# "done" (or "not feasible", ...) only proposes it.  Until the committee agrees, the
# action stays open and counts as open, but it is not overdue or due soon: its owner
# has reported it finished, so no output chases them for it; every output shows it as
# "completion proposed" instead (proposal_words).  days_overdue, is_overdue and
# is_due_soon take proposed= so that every report, list, digest and count says so.


def proposal_words(proposed: str | None) -> str:
    """'completion proposed', 'proposed as not feasible', ...; '' when not proposed."""
    if not proposed:
        return ""
    if proposed == "done":
        return "completion proposed"
    return f"proposed as {outcome_words(proposed)}"


def closed_words(status: str, outcome: str | None) -> str:
    """A closed action's status with its outcome when finer than the status: 'done',
    'dropped', 'dropped (not feasible)'."""
    words = status_words(status)
    if outcome and outcome != status and status in CLOSED_STATUSES:
        return f"{words} ({outcome_words(outcome)})"
    return words


def closure_words(
    status: str,
    proposed: str | None,
    meeting_date: date | None = None,
    minute: str | None = None,
) -> str:
    """What the committee has to do with an action's closure, as the action log says it:
    'proposed for closure', 'proposed for closure as not feasible', 'closed by agreement
    at the meeting of 14 June 2022 (minute 7.4)'; '' when nothing."""
    if status in OPEN_STATUSES:
        if not proposed:
            return ""
        return "proposed for closure" + (
            "" if proposed == "done" else f" as {outcome_words(proposed)}"
        )
    if meeting_date is None:
        return ""
    when = f"{meeting_date.day} {meeting_date:%B %Y}"
    return f"closed by agreement at the meeting of {when}" + (
        f" (minute {minute})" if minute else ""
    )


def action_status_words(
    status: str, proposed: str | None = None, outcome: str | None = None
) -> str:
    """The words for where an action stands, as every output shows it: 'in progress',
    'completion proposed', 'dropped (not feasible)'."""
    if proposed and status in OPEN_STATUSES:
        return proposal_words(proposed)
    return closed_words(status, outcome)


# An open action due within this many days (today included) is "due soon".  The one
# default; commands that take --due-within pass their own number.
DUE_SOON_DAYS = 7


def utcnow() -> datetime:
    """The current time, timezone-aware UTC (the only kind clerk stores)."""
    return datetime.now(UTC)


def is_open(status: str) -> bool:
    return status in OPEN_STATUSES


def days_overdue(
    status: str, due: date | None, as_of: date, proposed: str | None = None
) -> int | None:
    """Days past due on as_of (negative: days still to go); None when closed, undated
    or proposed for closure (awaiting the committee: not chased)."""
    if due is None or status not in OPEN_STATUSES or proposed:
        return None
    return (as_of - due).days


OVERDUE = "overdue"
DUE_SOON = "due soon"


def overdue_by(days: int | None) -> int | None:
    """days_overdue as outputs give it (JSON, CSV, spreadsheets), from days_overdue(...):
    the days past due of an overdue action; None when it is not overdue (due today or
    later, undated, closed or proposed for closure), never 0 or negative."""
    return days if days is not None and days > 0 else None


def due_in(days: int | None) -> int | None:
    """due_in_days as outputs give it, from days_overdue(...): the days until an open
    action falls due (0: today); None when overdue, undated, closed or proposed."""
    return -days if days is not None and days <= 0 else None


def standing(days: int | None, soon_days: int = DUE_SOON_DAYS) -> str:
    """OVERDUE, DUE_SOON or '' from days_overdue(...): due soon is not overdue and due
    within soon_days days (the day itself included)."""
    if days is None:
        return ""
    if days > 0:
        return OVERDUE
    return DUE_SOON if -soon_days <= days else ""


def is_overdue(status: str, due: date | None, as_of: date, proposed: str | None = None) -> bool:
    return standing(days_overdue(status, due, as_of, proposed)) == OVERDUE


def is_due_soon(
    status: str,
    due: date | None,
    as_of: date,
    days: int = DUE_SOON_DAYS,
    proposed: str | None = None,
) -> bool:
    """Open, not overdue, and due within `days` days of as_of (as_of itself included)."""
    return standing(days_overdue(status, due, as_of, proposed), days) == DUE_SOON


def overdue_words(days: int | None) -> str:
    """'3 days overdue', 'due today', 'due in 2 days', or '' (closed or undated)."""
    if days is None:
        return ""
    if days > 0:
        return f"{days} day{'s' if days != 1 else ''} overdue"
    if days == 0:
        return "due today"
    return f"due in {-days} day{'s' if days != -1 else ''}"


def status_words(status: str) -> str:
    """A status as a clerk writes it: 'in progress', not 'in_progress'."""
    return status.replace("_", " ")


def day_end(d: date) -> datetime:
    """The moment a day ends, in UTC: what "as of d" means for things recorded with a
    time.  Days are the clerk's local days (the system's time zone)."""
    return datetime.combine(d + timedelta(days=1), time()).astimezone().astimezone(UTC)


def took_effect(on: date | None, today: date) -> datetime | None:
    """The moment a backdated change (--on DATE) took effect: midday of that local day;
    None for today (the change takes effect when it is recorded)."""
    if on is None or on == today:
        return None
    return datetime.combine(on, time(12)).astimezone().astimezone(UTC)
