"""The SQL of closure by a committee: proposals to close an action, and the committee's
agreement at a meeting.

A committee with closure_needs_agreement set agrees what is closed: an owner's "done"
(or "not feasible", ...) is a closure_proposal row, undecided, and the action stays
open.  An action has at most one undecided proposal.  Decided proposals are kept
(agreed, withdrawn or rejected) so a past day can be shown.

Every change is audited on the action: field "proposal" goes from nothing to the
proposed outcome and back to nothing when decided, so the as-of replay
(store.queries._replay_row) and clerk undo (store.undo) read it like any column;
"closed_meeting" (the agreeing meeting's date) and "closed_minute" record where the
committee agreed.
"""

from __future__ import annotations

from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql, as_date, as_utc, placeholders

PROPOSAL_FIELD = "proposal"
CLOSED_MEETING_FIELD = "closed_meeting"


@dataclass(frozen=True)
class Proposal:
    id: int
    action_id: int
    ref: str
    committee_id: int
    outcome: str
    reason: str | None
    proposed_at: datetime
    proposed_by: str
    meeting_date: date | None  # the meeting the action came from


def needs_agreement(q: Sql, committee_id: int) -> bool:
    """Does this committee agree its closures (an owner's "done" only proposes)?"""
    return bool(
        q.scalar("SELECT closure_needs_agreement FROM committee WHERE id = ?", (committee_id,))
    )


_PROPOSAL = (
    "SELECT p.id, p.action_id, a.ref, a.committee_id, p.outcome, p.reason, p.proposed_at, "
    "p.proposed_by, m.date FROM closure_proposal p JOIN action a ON a.id = p.action_id "
    "LEFT JOIN meeting m ON m.id = a.meeting_id WHERE p.decision IS NULL "
)


def _proposal(row) -> Proposal:
    return Proposal(*row[:6], as_utc(row[6]), row[7], as_date(row[8]))


def pending(q: Sql, action_id: int) -> Proposal | None:
    """The action's undecided proposal, if it has one."""
    row = q.first(_PROPOSAL + "AND p.action_id = ?", (action_id,))
    return _proposal(row) if row else None


def pending_of_committee(q: Sql, committee_id: int) -> list[Proposal]:
    """A committee's undecided proposals on open actions, in number order."""
    rows = q.rows(
        _PROPOSAL + f"AND a.committee_id = ? AND a.status IN ({placeholders(len(OPEN_STATUSES))}) "
        "ORDER BY a.number",
        (committee_id, *OPEN_STATUSES),
    )
    return [_proposal(r) for r in rows]


def propose(
    q: Sql,
    *,
    action_id: int,
    ref: str,
    committee_id: int,
    outcome: str,
    reason: str | None,
    by: str,
    message_id: str | None = None,
    effective_at: datetime | None = None,
) -> None:
    """Record a proposal that an open action be closed with outcome (audited)."""
    q.insert(
        "closure_proposal",
        {
            "action_id": action_id,
            "outcome": outcome,
            "reason": reason,
            "proposed_at": effective_at or utcnow(),
            "proposed_by": by,
            "message_id": message_id,
        },
    )
    audit(
        q,
        by=by,
        entity="action",
        entity_id=action_id,
        label=ref,
        field=PROPOSAL_FIELD,
        old=None,
        new=outcome,
        committee_id=committee_id,
        effective_at=effective_at,
    )
    q.execute("UPDATE action SET updated_at = ? WHERE id = ?", (utcnow(), action_id))


def decide(
    q: Sql,
    p: Proposal,
    *,
    decision: str,
    by: str,
    meeting_id: int | None = None,
    minute: str | None = None,
    effective_at: datetime | None = None,
) -> None:
    """Mark an undecided proposal agreed, withdrawn or rejected (audited: the action is
    no longer proposed)."""
    q.execute(
        "UPDATE closure_proposal SET decision = ?, decided_at = ?, meeting_id = ?, "
        "minute_ref = ? WHERE id = ?",
        (decision, effective_at or utcnow(), meeting_id, minute, p.id),
    )
    audit(
        q,
        by=by,
        entity="action",
        entity_id=p.action_id,
        label=p.ref,
        field=PROPOSAL_FIELD,
        old=p.outcome,
        new=None,
        committee_id=p.committee_id,
        effective_at=effective_at,
    )


def set_closed_at_meeting(
    q: Sql,
    *,
    action_id: int,
    ref: str,
    committee_id: int,
    meeting_id: int | None,
    meeting_date: date | None,
    minute: str | None,
    by: str,
    effective_at: datetime | None = None,
) -> None:
    """Record the meeting and minute that agreed an action's closure, or forget them
    (None), auditing what changes."""
    old = q.first(
        "SELECT m.date, a.closed_minute, a.closed_meeting_id FROM action a LEFT JOIN meeting m "
        "ON m.id = a.closed_meeting_id WHERE a.id = ?",
        (action_id,),
    )
    if (old[2], old[1]) == (meeting_id, minute):
        return
    kw = {
        "by": by,
        "entity": "action",
        "entity_id": action_id,
        "label": ref,
        "committee_id": committee_id,
        "effective_at": effective_at,
    }
    if old[2] != meeting_id:
        audit(q, field=CLOSED_MEETING_FIELD, old=as_date(old[0]), new=meeting_date, **kw)
    if old[1] != minute:
        audit(q, field="closed_minute", old=old[1], new=minute, **kw)
    q.execute(
        "UPDATE action SET closed_meeting_id = ?, closed_minute = ? WHERE id = ?",
        (meeting_id, minute, action_id),
    )


def meeting_on(q: Sql, committee_id: int, day: str | None) -> int | None:
    """The id of the committee's first meeting on a day given as audit text (undo)."""
    if not day:
        return None
    return q.scalar(
        "SELECT min(id) FROM meeting WHERE committee_id = ? AND date = ?",
        (committee_id, date.fromisoformat(day[:10])),
    )


def undo_proposal(q: Sql, *, action_id: int, old: str | None, new: str | None, by: str) -> None:
    """Put back a "proposal" audit row (store.undo): a proposal made is withdrawn; a
    decision (or a withdrawal) is taken back, so the proposal stands again."""
    if old is None:
        q.execute(
            "UPDATE closure_proposal SET decision = 'withdrawn', decided_at = ? "
            "WHERE action_id = ? AND decision IS NULL",
            (utcnow(), action_id),
        )
        return
    latest = q.scalar(
        "SELECT max(id) FROM closure_proposal WHERE action_id = ? AND outcome = ? "
        "AND decision IS NOT NULL",
        (action_id, old),
    )
    if latest is None:
        q.insert(
            "closure_proposal",
            {"action_id": action_id, "outcome": old, "proposed_at": utcnow(), "proposed_by": by},
        )
        return
    q.execute(
        "UPDATE closure_proposal SET decision = NULL, decided_at = NULL, meeting_id = NULL, "
        "minute_ref = NULL WHERE id = ?",
        (latest,),
    )


def proposals_of(q: Sql, action_id: int) -> list[tuple]:
    """Every proposal of an action, oldest first: (outcome, reason, proposed_at,
    proposed_by, decision, decided_at, meeting date, minute)."""
    return [
        (r[0], r[1], as_utc(r[2]), r[3], r[4], as_utc(r[5]), as_date(r[6]), r[7])
        for r in q.rows(
            "SELECT p.outcome, p.reason, p.proposed_at, p.proposed_by, p.decision, "
            "p.decided_at, m.date, p.minute_ref FROM closure_proposal p "
            "LEFT JOIN meeting m ON m.id = p.meeting_id WHERE p.action_id = ? ORDER BY p.id",
            (action_id,),
        )
    ]
