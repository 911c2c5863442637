"""Use cases for links between actions: a duplicate (clerk link --duplicate-of), a
successor (clerk link --supersedes), a referral to another committee (clerk refer), and
the proposal made when a new action looks like an open one from an earlier meeting.

Each is one transaction; the closing goes through store.actions.set_status like every
other (audited, undoable, and a referral's outcome returns from there).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.dates import parse_due
from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules import due as due_rules
from clerk_cli.rules.links import referred_from_note, referred_note
from clerk_cli.rules.similar import most_like
from clerk_cli.rules.status import CLOSED_STATUSES, status_words
from clerk_cli.rules.text import check_text
from clerk_cli.store import actions as action_store
from clerk_cli.store import links as store
from clerk_cli.store import lookup
from clerk_cli.store.lookup import actor
from clerk_cli.store.queries import view_by_id
from clerk_cli.store.sql import Sql, as_date
from clerk_cli.views import LinkChange, LooksLike

if TYPE_CHECKING:
    from clerk_cli.db import Database

# The outcome a link gives the action it closes, and the note left on it.
_CLOSES = {
    "duplicate_of": ("duplicate", "Closed as a duplicate of {keep}{moved}."),
    "supersedes": ("superseded", "Closed: superseded by {keep}."),
}


def link(
    db: Database,
    ref: str,
    *,
    duplicate_of: str | None = None,
    supersedes: str | None = None,
    by: str | None = None,
) -> LinkChange:
    """Close an action as a duplicate of another (its notes move across, marked with
    where they came from), or close the action a new one supersedes; the link recorded
    and audited on both."""
    if bool(duplicate_of) == bool(supersedes):
        raise InvalidInput(
            "Say how the actions are linked: give --duplicate-of REF or --supersedes REF.",
            hint=f"e.g. clerk link {ref.strip().upper()} --duplicate-of CSSC-3",
        )
    kind = "duplicate_of" if duplicate_of else "supersedes"
    other_ref = duplicate_of or supersedes
    who = actor(by)

    def work(q: Sql) -> LinkChange:
        a, other = lookup.action(q, ref), lookup.action(q, other_ref)
        if a.id == other.id:
            raise InvalidInput(
                f"{a.ref} cannot be linked to itself.", hint="Give the other action's reference."
            )
        closing, keeping = (a, other) if kind == "duplicate_of" else (other, a)
        if closing.status in CLOSED_STATUSES:
            raise Conflict(
                f"{closing.ref} is already {status_words(closing.status)}, so it cannot be closed "
                f"as {'a duplicate' if kind == 'duplicate_of' else 'superseded'}.",
                hint=f"Reopen it first (clerk reopen {closing.ref}), or leave it as it is.",
            )
        existing = store.link_between(q, a.id, other.id)
        if existing is not None:
            raise Conflict(
                f"{a.ref} and {other.ref} are already linked ({existing[2].replace('_', ' ')}).",
                hint=f"See: clerk show {a.ref}",
            )
        if store.leads_to(q, keeping.id, closing.id):
            raise InvalidInput(
                f"{keeping.ref} was itself closed in favour of {closing.ref}: the link would go "
                "round in a circle.",
                hint=f"See: clerk show {keeping.ref}",
            )
        if (
            kind == "duplicate_of"
            and store.confidential(q, closing.id)
            and not store.confidential(q, keeping.id)
        ):
            raise InvalidInput(
                f"{closing.ref} is confidential and {keeping.ref} is not: its notes would become "
                "public.",
                hint=f"Make {keeping.ref} confidential first (clerk edit {keeping.ref} "
                f"--confidential), or drop {closing.ref} instead.",
            )
        moved = (
            store.move_notes(q, source=closing, target=keeping, by=who)
            if kind == "duplicate_of"
            else 0
        )
        outcome, words = _CLOSES[kind]
        # A public action's note never names a confidential one (every note of a public
        # action reaches the public action log and the published register).
        hidden = store.confidential(q, keeping.id) and not store.confidential(q, closing.id)
        note = words.format(
            keep="a confidential action" if hidden else keeping.ref,
            moved=f" ({moved} note{'s' if moved != 1 else ''} moved there)" if moved else "",
        )
        action_store.set_status(
            q,
            action_id=closing.id,
            ref=closing.ref,
            committee_id=closing.committee_id,
            old_status=closing.status,
            status="dropped",
            old_completed=closing.completed_at,
            completed=q.now,
            by=who,
            outcome=outcome,
            note=note,  # quoted to the action it was referred from, if it was
        )
        action_store.insert_note(
            q,
            action_id=closing.id,
            ref=closing.ref,
            committee_id=closing.committee_id,
            text=note,
            by=who,
        )
        store.add_link(q, a=a, other=other, kind=kind, by=who)
        return LinkChange(kind, a.ref, other.ref, closed=closing.ref, notes_moved=moved)

    return db.run_sql(work, write=True)


def unlink(db: Database, ref: str, other_ref: str, *, by: str | None = None) -> LinkChange:
    """Take away the link between two actions.  An action the link closed (a duplicate,
    the superseded) is reopened, with the notes it moved brought back; a referral's
    action stays on the other committee's log."""
    who = actor(by)

    def work(q: Sql) -> LinkChange:
        a, other = lookup.action(q, ref), lookup.action(q, other_ref)
        found = store.link_between(q, a.id, other.id)
        if found is None:
            raise InvalidInput(
                f"{a.ref} and {other.ref} are not linked.", hint=f"See: clerk show {a.ref}"
            )
        start, end, kind = found
        first, second = (a, other) if start == a.id else (other, a)
        reopened = None
        if kind != "referred_to":
            closing, keeping = (first, second) if kind == "duplicate_of" else (second, first)
            expected = "duplicate" if kind == "duplicate_of" else "superseded"
            if closing.status in CLOSED_STATUSES and (
                store.outcome_of_action(q, closing.id) == expected
            ):
                action_store.set_status(
                    q,
                    action_id=closing.id,
                    ref=closing.ref,
                    committee_id=closing.committee_id,
                    old_status=closing.status,
                    status="open",
                    old_completed=closing.completed_at,
                    completed=None,
                    by=who,
                )
                reopened = closing.ref
            for note_id in store.notes_moved_by(q, source=closing, target=keeping):
                store.move_note_back(q, note_id=note_id, source_ref=closing.ref, by=who)
        store.remove_link(q, a=first, other=second, kind=kind, by=who)
        return LinkChange(kind, first.ref, second.ref, closed=reopened)

    return db.run_sql(work, write=True)


def refer(
    db: Database,
    ref: str,
    *,
    to: str,
    meeting: str | None = None,
    note: str | None = None,
    text: str | None = None,
    owner: str | None = None,
    due: str | None = None,
    by: str | None = None,
    today: date | None = None,
) -> LinkChange:
    """Ask another committee to act on an action: a linked action on that committee's
    log (the same words and owner unless given; due at its meeting when one is given),
    a note on both, and the link; a confidential action's referral is confidential."""
    today = today or date.today()
    text = " ".join(check_text(text, what="action's text").split()) if text is not None else None
    if text is not None and not text:
        raise InvalidInput("The --text is empty.", hint="Leave it out to keep the action's words.")
    d = parse_due(due, today=today) if due else None
    note = check_text(note, what="note").strip() or None
    who = actor(by)

    def work(q: Sql) -> LinkChange:
        a = lookup.action(q, ref)
        target = lookup.committee(q, to)
        origin = lookup.committee_by_id(q, a.committee_id)
        if target.id == origin.id:
            raise InvalidInput(
                f"{a.ref} is already {target.code}'s action.",
                hint="Refer it to another committee, e.g. --to CAB (see: clerk committee list).",
            )
        if a.status in CLOSED_STATUSES:
            raise Conflict(
                f"{a.ref} is {status_words(a.status)}; only an open action can be referred.",
                hint=f"Reopen it first: clerk reopen {a.ref}",
            )
        already = store.open_referral(q, a.id, target.id)
        if already:
            raise Conflict(
                f"{a.ref} is already referred to {target.code} as {already}.",
                hint=f"See: clerk show {already}",
            )
        m = lookup.meeting(q, meeting, within=target) if meeting else None
        if m is not None and m.committee_id != target.id:
            raise InvalidInput(
                f"{meeting} is not a meeting of {target.code}.",
                hint=f"Give one of its meetings, e.g. {target.code}/YYYY-MM-DD (see: clerk meeting list --committee {target.code}).",
            )
        row = store.referral_fields(q, a.id)
        owner_id = lookup.assignable_owner(q, owner).id if owner else row[1]
        due_date, due_rule, due_text = (m.date, None, None) if m else (row[2], None, None)
        if d is not None:
            due_date, due_rule, due_text = d.date, d.rule, d.text
            if d.rule:
                live = lookup.meeting_dates(q, target.id)
                due_date = due_rules.resolve(d.rule, m.date if m else None, q.now, live)
        new_id, new_ref = action_store.insert_action(
            q,
            committee_id=target.id,
            code=target.code,
            text=text or row[0],
            by=who,
            owner_id=owner_id,
            due_date=due_date,
            due_rule=due_rule,
            due_text=due_text,
            confidential=bool(row[3]),
            source=f"referred by {origin.code} ({a.ref})",
            now=q.now,
        )
        new = lookup.action(q, new_ref)
        store.add_link(q, a=a, other=new, kind="referred_to", by=who)
        store.note_on(
            q,
            action_id=a.id,
            ref=a.ref,
            committee_id=a.committee_id,
            text=referred_note(target.name, new_ref, note),
            by=who,
        )
        store.note_on(
            q,
            action_id=new_id,
            ref=new_ref,
            committee_id=target.id,
            text=referred_from_note(origin.name, a.ref, note),
            by=who,
        )
        return LinkChange(
            "referred_to",
            a.ref,
            new_ref,
            created=view_by_id(q, new_id, as_of=today),
            committee_name=target.name,
        )

    return db.run_sql(work, write=True)


def similar_open(q: Sql, ref: str) -> LooksLike | None:
    """In transaction q: an open action of the same committee and owner as (new) action
    ref, from an earlier meeting, that ref says nearly the same as (rules.similar), or
    None.  Asked inside the transaction that records ref (add-action, import-minutes), so
    the command makes one call and reads what it wrote."""
    a = lookup.action(q, ref)
    text, owner_id, _due, _secret = store.referral_fields(q, a.id)
    if owner_id is None:
        return None
    mine = action_store.meeting_date_of(q, a.id)
    found = most_like(
        text,
        store.open_from_other_meetings(
            q, committee_id=a.committee_id, owner_id=owner_id, exclude_id=a.id, before=mine
        ),
    )
    return LooksLike(a.ref, found[0], as_date(found[2])) if found else None


def similar_to_new(q: Sql, refs: list[str]) -> list[LooksLike]:
    """similar_open for each of these new actions, where there is one."""
    return [p for p in (similar_open(q, ref) for ref in refs) if p is not None]
