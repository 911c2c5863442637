"""Closure by the committee (issue 16): proposals to close, and the committee's agreement.

A committee can agree what is closed (committee edit --closure-by-agreement).  Then a
"done" (clerk done, or an owner's emailed "CSSC-12 done - ...") or another outcome
(clerk drop --outcome not-feasible --reason ...) only proposes the closure: the action
stays open, shown as "completion proposed", until `clerk meeting agree-closures`
records the committee's agreement and closes it with the meeting and minute.

record_closure is the one place that decides between closing and proposing; the
services of clerk done/drop and of email replies call it inside their transaction.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules.status import (
    CLOSED_STATUSES,
    OUTCOME_STATUS,
    OUTCOMES_NEEDING_A_REASON,
    outcome_key,
    outcome_words,
    proposal_words,
    status_words,
    took_effect,
    utcnow,
)
from clerk_cli.store import actions as action_store
from clerk_cli.store import closures as store
from clerk_cli.store import lookup
from clerk_cli.store import meetings as meeting_store
from clerk_cli.store.lookup import actor
from clerk_cli.store.queries import view_by_id
from clerk_cli.store.sql import Sql
from clerk_cli.views import ClosureAgreement

if TYPE_CHECKING:
    from clerk_cli.db import Database

PROPOSED = "proposed"
CLOSED = "closed"

# The outcomes a clerk or an owner may give by hand (duplicate is clerk link's).
CHOSEN_OUTCOMES = ("not_feasible", "superseded", "deferred")


def checked_outcome(text: str | None, reason: str | None) -> str | None:
    """An outcome as typed, checked: one of CHOSEN_OUTCOMES, with the reason it needs."""
    if text is None:
        return None
    key = outcome_key(text)
    if key not in CHOSEN_OUTCOMES:
        shown = ", ".join(o.replace("_", "-") for o in CHOSEN_OUTCOMES)
        raise InvalidInput(f"'{text}' is not an outcome.", hint=f"Use one of: {shown}.")
    if key in OUTCOMES_NEEDING_A_REASON and not (reason or "").strip():
        raise InvalidInput(
            f"An action closed as {outcome_words(key)} needs a reason.",
            hint=f'Add --reason, e.g. --outcome {key.replace("_", "-")} --reason "Budget withdrawn".',
        )
    return key


def reason_note(outcome: str, reason: str) -> str:
    """The note that keeps a reason: 'Not feasible: budget withdrawn'."""
    return f"{outcome_words(outcome).capitalize()}: {reason}"


def record_closure(
    q: Sql,
    a: lookup.ActionRow,
    *,
    outcome: str,
    reason: str | None,
    by: str,
    effective_at: datetime | None = None,
    message_id: str | None = None,
) -> str:
    """Close an open action with outcome, or, when its committee agrees closures,
    propose it (PROPOSED or CLOSED).  An action already proposed is a Conflict."""
    p = store.pending(q, a.id)
    if p is not None:
        raise Conflict(
            f"{a.ref} is already {proposal_words(p.outcome)}, awaiting the committee.",
            hint=f"The committee agrees it with: clerk meeting agree-closures CODE/DATE {a.ref} "
            "--minute REF (or take it back with: clerk reopen " + a.ref + ").",
        )
    if store.needs_agreement(q, a.committee_id):
        store.propose(
            q,
            action_id=a.id,
            ref=a.ref,
            committee_id=a.committee_id,
            outcome=outcome,
            reason=reason,
            by=by,
            message_id=message_id,
            effective_at=effective_at,
        )
        return PROPOSED
    status = OUTCOME_STATUS[outcome]
    action_store.set_status(
        q,
        action_id=a.id,
        ref=a.ref,
        committee_id=a.committee_id,
        old_status=a.status,
        status=status,
        old_completed=a.completed_at,
        completed=effective_at or utcnow(),
        by=by,
        effective_at=effective_at,
        outcome=outcome,
        note=reason,
    )
    return CLOSED


def clear_closed_at_meeting(q: Sql, a: lookup.ActionRow, *, by: str, effective_at=None) -> None:
    """A reopened action no longer closed by agreement: forget the meeting and minute."""
    store.set_closed_at_meeting(
        q,
        action_id=a.id,
        ref=a.ref,
        committee_id=a.committee_id,
        meeting_id=None,
        meeting_date=None,
        minute=None,
        by=by,
        effective_at=effective_at,
    )


def is_proposed(q: Sql, a: lookup.ActionRow) -> bool:
    """Is the action proposed for closure, awaiting its committee?"""
    return store.pending(q, a.id) is not None


def withdraw(q: Sql, a: lookup.ActionRow, *, by: str, effective_at=None) -> bool:
    """Take back an action's undecided proposal (clerk reopen); False if it has none."""
    p = store.pending(q, a.id)
    if p is None:
        return False
    store.decide(q, p, decision="withdrawn", by=by, effective_at=effective_at)
    return True


def agree_closures(
    db: Database,
    meeting: str,
    refs: list[str] | tuple[str, ...] = (),
    *,
    minute: str | None,
    reject: list[str] | tuple[str, ...] = (),
    by: str | None = None,
    today: date | None = None,
) -> ClosureAgreement:
    """Record a committee's agreement at a meeting: close the named actions (every one
    proposed, when none is named) with their proposed outcome (done for an open action
    the committee closes directly), the meeting and the minute; reject: proposals the
    committee did not agree (they stay open).  One transaction: one bad reference and
    nothing is recorded."""
    minute = (minute or "").strip()
    if not minute:
        raise InvalidInput(
            "Which minute records the agreement?", hint="Give --minute, e.g. --minute 7.4."
        )
    wanted = lookup.expand_refs(list(refs)) if refs else []
    rejected = lookup.expand_refs(list(reject)) if reject else []
    both = set(wanted) & set(rejected)
    if both:
        raise InvalidInput(f"{sorted(both)[0]} is both agreed and rejected.", hint="Name it once.")
    today = today or date.today()
    who = actor(by)

    def work(q: Sql) -> ClosureAgreement:
        m = lookup.meeting(q, meeting)
        record = meeting_store.get(q, m.id)
        label = f"{m.code}/{m.date.isoformat()}"
        if record.status == "cancelled":
            raise InvalidInput(
                f"The meeting {label} was cancelled.", hint="Give the meeting that agreed."
            )
        if m.date > today:
            raise InvalidInput(
                f"The meeting {label} has not happened yet.",
                hint="Record the agreement once the committee has met.",
            )
        when = took_effect(m.date, today)

        def mine(ref: str) -> lookup.ActionRow:
            a = lookup.action(q, ref)
            if a.committee_id != m.committee_id:
                raise InvalidInput(
                    f"{a.ref} is not an action of {m.code}, so the meeting {label} cannot "
                    "close it.",
                    hint="Give a meeting of its own committee.",
                )
            if a.status in CLOSED_STATUSES:
                raise Conflict(f"{a.ref} is already {status_words(a.status)}.")
            return a

        if wanted or rejected:
            agree = [(a, store.pending(q, a.id)) for a in map(mine, wanted)]
        else:
            agree = [
                (lookup.action(q, p.ref), p) for p in store.pending_of_committee(q, m.committee_id)
            ]
            if not agree:
                raise Conflict(
                    f"No action of {m.code} is proposed for closure.",
                    hint=f"Name the actions the committee closed: clerk meeting agree-closures "
                    f"{label} {m.code}-N --minute {minute}",
                )
        result = ClosureAgreement(meeting=label, meeting_date=m.date, minute=minute)
        for a, p in agree:
            start = action_store.meeting_date_of(q, a.id)
            if start is not None and start > m.date:
                raise InvalidInput(
                    f"{a.ref} comes from the meeting of {start.isoformat()}, after {label}.",
                    hint="Give the meeting that agreed its closure.",
                )
            outcome = p.outcome if p is not None else "done"
            # A meeting cannot agree what was proposed only after it: the agenda pack would
            # say "closed by agreement at the meeting of 27 September" beside a completion
            # in November.  A proposal the owner made before the meeting but the clerk
            # recorded late is backdated: clerk done REF --on DATE.
            proposed_on = p.proposed_at.astimezone().date() if p is not None else None
            if proposed_on is not None and proposed_on > m.date:
                raise InvalidInput(
                    f"{a.ref} was proposed for closure on {proposed_on.isoformat()}, after "
                    f"the meeting {label}, so that meeting cannot have agreed it.",
                    hint="Give a later meeting; or, if it was reported before the meeting, "
                    f"take it back (clerk reopen {a.ref}) and record it with "
                    f"clerk done {a.ref} --on DATE.",
                )
            at = when  # closed as of the meeting's day
            if p is not None:
                store.decide(
                    q,
                    p,
                    decision="agreed",
                    by=who,
                    meeting_id=m.id,
                    minute=minute,
                    effective_at=at,
                )
            action_store.set_status(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                old_status=a.status,
                status=OUTCOME_STATUS[outcome],
                old_completed=a.completed_at,
                completed=at or utcnow(),
                by=who,
                effective_at=at,
                outcome=outcome,
                note=p.reason if p is not None else None,
            )
            store.set_closed_at_meeting(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                meeting_id=m.id,
                meeting_date=m.date,
                minute=minute,
                by=who,
                effective_at=at,
            )
            result.agreed.append(view_by_id(q, a.id, as_of=today, with_notes=False))
        for ref in rejected:
            a = mine(ref)
            p = store.pending(q, a.id)
            if p is None:
                raise Conflict(
                    f"{a.ref} is not proposed for closure, so there is nothing to reject.",
                    hint=f"See: clerk show {a.ref}",
                )
            store.decide(
                q,
                p,
                decision="rejected",
                by=who,
                meeting_id=m.id,
                minute=minute,
                effective_at=when,
            )
            action_store.insert_note(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                text=f"Closure not agreed at the meeting of {m.date.isoformat()} "
                f"(minute {minute}): it stays open.",
                by=who,
                effective_at=when,
            )
            result.rejected.append(view_by_id(q, a.id, as_of=today, with_notes=False))
        return result

    return db.run_sql(work, write=True)
