"""Use cases for actions: add, note, start/done/drop/reopen, show, history.

Each is one transaction on the store (clerk_cli.store); the rules about due dates
and statuses come from clerk_cli.rules.  Edit and delete live in
services.action_edits.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, NamedTuple

from clerk_cli.dates import parse_due
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.rules import due as due_rules
from clerk_cli.rules.as_of import exists_from
from clerk_cli.rules.status import (
    ACTION_STATUSES,
    CLOSED_STATUSES,
    OPEN_STATUSES,
    day_end,
    status_words,
    took_effect,
    utcnow,
)
from clerk_cli.rules.text import check_text
from clerk_cli.store import actions as store
from clerk_cli.store import lookup
from clerk_cli.store.lookup import actor
from clerk_cli.store.queries import attach_held_over, view_by_id
from clerk_cli.store.sql import Sql
from clerk_cli.views import ActionDetail, ActionView, AuditView, LooksLike, StatusChange

if TYPE_CHECKING:
    from clerk_cli.db import Database


class Added(NamedTuple):
    """What add-action recorded, and the link clerk proposes if it repeats an open action
    of the same committee and owner from an earlier meeting (rules.similar)."""

    action: ActionView
    looks_like: LooksLike | None = None
    # The meeting's date, when the due words were counted from it ("in two weeks" of a
    # meeting recorded later) and so mean another day than counted from today.
    due_counted_from: date | None = None


def add_action(db: Database, **fields) -> ActionView:
    """Record an action (record_action's fields); returns its ActionView."""
    return record_action(db, **fields).action


def refuse_close_post(q: Sql, name: str) -> None:
    """--create-owner makes a post only when its name is unlike every post's: one a
    typo or some punctuation away is refused, naming the post (rules.people)."""
    from clerk_cli.rules.people import close_posts
    from clerk_cli.store.owners import names

    name = " ".join(name.split())
    close = close_posts(name, names(q))
    if close:
        raise Conflict(
            f"'{name}' is close to the post '{close[0]}', so no post (and no action) was added.",
            hint=f'Use that name, or if it really is another post, add it first: clerk owner add "{name}"',
        )


def record_action(
    db: Database,
    *,
    text: str,
    owner: str | None,
    due: str | None = None,
    meeting: str | None = None,
    committee: str | None = None,
    resolution: str | None = None,
    confidential: bool = False,
    create_owner_if_missing: bool = False,
    allow_duplicate: bool = False,
    source: str | None = None,
    by: str | None = None,
    today: date | None = None,
    propose_link: bool = False,
) -> Added:
    """Record an action, in one transaction: its ActionView (with its new reference) and,
    with propose_link, the link clerk proposes (services.links.similar_open)."""
    text = " ".join(check_text(text, what="action's text").split())
    if not text:
        raise InvalidInput(
            "The action's text is empty.", hint='Say what is to be done, e.g. "Share the report".'
        )
    if not meeting and not committee:
        raise InvalidInput(
            "Which committee is this action for?",
            hint="Give --meeting CODE/YYYY-MM-DD or --committee CODE.",
        )
    today = today or date.today()
    d = parse_due(due, today=today) if due else None  # a bad date fails before any database work
    who = actor(by)

    def work(q: Sql):
        m = lookup.meeting(q, meeting) if meeting else None
        c = lookup.committee_by_id(q, m.committee_id) if m else lookup.committee(q, committee)
        if m and committee and lookup.committee(q, committee).id != c.id:
            raise InvalidInput(f"Meeting {meeting} is not a meeting of {committee}.")
        res_id = (
            lookup.resolution(q, resolution, meeting_id=m.id if m else None) if resolution else None
        )
        owner_id = None
        if owner:
            try:
                owner_id = lookup.assignable_owner(q, owner, missing=lookup.OWNER_ADD_OR_CREATE).id
            except NotFound:
                if not create_owner_if_missing:
                    raise
                refuse_close_post(q, owner)
                owner_id = lookup.new_owner(q, owner, by=who)
        if not allow_duplicate:
            twin = same_as(
                text,
                store.open_texts(
                    q, committee_id=c.id, meeting_id=m.id if m else None, owner_id=owner_id
                ),
            )
            if twin:
                raise Conflict(
                    f"{twin} is already open with these words, from the same meeting and owner.",
                    hint="Add --allow-duplicate to record it again, or see: clerk show " + twin,
                )
        now = utcnow()
        due = d
        counted_from = None
        if d and m:  # the minutes' "in two weeks" counts from their meeting, not from today
            due = parse_due(d.text, today=due_rules.base_date(m.date, today))
            counted_from = m.date if due.date != d.date else None
        due_date = due.date if due else None
        if due and due.rule:
            live = lookup.meeting_dates(q, c.id)
            due_date = due_rules.resolve(due.rule, m.date if m else None, now, live)
        action_id, ref = store.insert_action(
            q,
            committee_id=c.id,
            code=c.code,
            text=text,
            by=who,
            meeting_id=m.id if m else None,
            resolution_id=res_id,
            owner_id=owner_id,
            due_date=due_date,
            due_rule=due.rule if due else None,
            due_text=due.text if due else None,
            confidential=confidential,
            source=source,
            now=now,
        )
        like = None
        if propose_link and owner_id is not None:
            from clerk_cli.services.links import similar_open

            like = similar_open(q, ref)
        return Added(view_by_id(q, action_id, as_of=today), like, counted_from)

    return db.run_sql(work, write=True)


def same_as(text: str, existing: list[tuple[str, str]]) -> str | None:
    """The reference of an existing action in the same words (case, spacing, quotes
    and punctuation aside), or None."""

    def key(words: str) -> str:
        return " ".join(re.sub(r"[\W_]+", " ", words.lower().replace("\u2019", "'")).split())

    mine = key(text)
    return next((ref for ref, other in existing if key(other) == mine), None)


def _effective(q: Sql, a: lookup.ActionRow, on: date | None, today: date):
    """When a change to a takes effect (None: now); a day before the action existed (its
    meeting, else the day it was recorded: rules.as_of.exists_from) or after today is
    refused, in one line that gives the days it may take."""
    if on is None:
        return None
    meeting_date, created_at = store.meeting_and_created(q, a.id)
    start = exists_from(meeting_date, created_at)
    if start <= on <= today:
        return took_effect(on, today)
    origin = "its meeting" if meeting_date is not None else "the day it was recorded"
    if on > today:
        why = f"--on {on.isoformat()} is in the future."
    elif meeting_date is not None:
        why = f"{a.ref} comes from the meeting of {start.isoformat()}; --on {on.isoformat()} is before it."
    else:
        why = f"{a.ref} was recorded on {start.isoformat()}; --on {on.isoformat()} is before it."
    if start > today:  # a meeting still to come: nothing can have happened to it yet
        raise InvalidInput(why, hint=f"Leave out --on: {a.ref} exists from {origin}, {start}.")
    raise InvalidInput(
        why,
        hint=f"Give the day it happened, from {start.isoformat()} ({origin}) "
        f"to {today.isoformat()} (today).",
    )


def add_note(
    db: Database,
    refs: str | list[str] | tuple[str, ...],
    text: str,
    *,
    by: str | None = None,
    on: date | None = None,
    today: date | None = None,
) -> list[ActionView]:
    """Add the same progress note to one or more actions (one transaction); on: the day it
    was given, when it is recorded later."""
    text = check_text(text, what="note").strip()
    if not text:
        raise InvalidInput("The note is empty.", hint="Write the note, or pipe it in.")
    wanted = lookup.expand_refs([refs] if isinstance(refs, str) else refs)
    today = today or date.today()
    who = actor(by)

    def work(q: Sql):
        found = [lookup.action(q, ref) for ref in wanted]
        views = []
        for a in found:
            when = _effective(q, a, on, today)
            store.insert_note(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                text=text,
                by=who,
                effective_at=when,
            )
            views.append(view_by_id(q, a.id, as_of=today))
        return views

    return db.run_sql(work, write=True)


def set_status(
    db: Database,
    refs: str | list[str] | tuple[str, ...],
    status: str,
    *,
    note: str | None = None,
    by: str | None = None,
    on: date | None = None,
    today: date | None = None,
    outcome: str | None = None,
    reason: str | None = None,
) -> StatusChange:
    """Move one or more actions to open, in_progress, done or dropped (one transaction),
    with an optional note; on: the day it happened, when it is recorded later.

    outcome (with dropped): not-feasible, superseded or deferred, with the reason it
    needs (kept as a note).  For a committee that agrees its closures, done and dropped
    only propose the closure (services.closures); reopening an action proposed for
    closure takes the proposal back.

    One action already in that status is an error; among several it is left as it is
    and listed in the result.
    """
    from clerk_cli.services import closures

    status = status.strip().lower().replace("-", "_").replace(" ", "_")
    if status not in ACTION_STATUSES:
        raise InvalidInput(
            f"'{status}' is not a status.", hint=f"Use one of: {', '.join(ACTION_STATUSES)}."
        )
    wanted = lookup.expand_refs([refs] if isinstance(refs, str) else refs)
    today = today or date.today()
    who = actor(by)
    note = check_text(note, what="note").strip()
    reason = check_text(reason, what="reason") if reason is not None else None
    if outcome is not None and status != "dropped":
        raise InvalidInput(
            "An outcome goes with clerk drop.",
            hint="e.g. clerk drop CSSC-4 --outcome deferred --reason ...",
        )
    if reason is not None and outcome is None:
        raise InvalidInput(
            "A reason goes with an outcome.",
            hint='Add --outcome, e.g. --outcome not-feasible --reason "..."',
        )
    outcome = closures.checked_outcome(outcome, reason)
    notes = [
        n for n in (closures.reason_note(outcome, reason.strip()) if outcome else "", note) if n
    ]

    def add_notes(q: Sql, a, when) -> None:
        for text in notes:
            store.insert_note(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                text=text,
                by=who,
                effective_at=when,
            )

    def work(q: Sql) -> StatusChange:
        result = StatusChange(status=status)
        for a in [lookup.action(q, ref) for ref in wanted]:
            if status in OPEN_STATUSES and a.status in OPEN_STATUSES:
                when = _effective(q, a, on, today)
                if closures.withdraw(q, a, by=who, effective_at=when):
                    add_notes(q, a, when)
                    result.withdrawn.append(view_by_id(q, a.id, as_of=today))
                    if a.status == status:
                        continue
            if status in CLOSED_STATUSES and a.status in OPEN_STATUSES:
                if len(wanted) > 1 and closures.is_proposed(q, a):
                    result.unchanged.append(f"{a.ref} (proposed for closure)")
                    continue
                when = _effective(q, a, on, today)
                done = closures.record_closure(
                    q,
                    a,
                    outcome=outcome or status,
                    reason=reason.strip() if reason else note or None,
                    by=who,
                    effective_at=when,
                )
                add_notes(q, a, when)
                view = view_by_id(q, a.id, as_of=today)
                (result.proposed if done == closures.PROPOSED else result.changed).append(view)
                continue
            if a.status == status:
                if len(wanted) == 1:
                    raise Conflict(f"{a.ref} is already {status_words(status)}.")
                result.unchanged.append(a.ref)
                continue
            when = _effective(q, a, on, today)
            completed = (when or utcnow()) if status in CLOSED_STATUSES else None
            store.set_status(
                q,
                action_id=a.id,
                ref=a.ref,
                committee_id=a.committee_id,
                old_status=a.status,
                status=status,
                old_completed=a.completed_at,
                completed=completed,
                by=who,
                effective_at=when,
                note=note or None,
                outcome=outcome,
            )
            if status in OPEN_STATUSES:
                closures.clear_closed_at_meeting(q, a, by=who, effective_at=when)
            add_notes(q, a, when)
            result.changed.append(view_by_id(q, a.id, as_of=today))
        return result

    return db.run_sql(work, write=True)


def show_action(db: Database, ref: str, *, as_of: date | None = None) -> ActionDetail:
    """Everything about one action: fields, notes and its audit trail (as it stood at the
    end of as_of when that is a past day)."""

    def work(q: Sql):
        a = lookup.action(q, ref)
        past = as_of is not None and as_of < date.today()
        if past:
            meeting_date, created_at = store.meeting_and_created(q, a.id)
            start = exists_from(meeting_date, created_at)
            if as_of < start:
                since = "its meeting" if meeting_date is not None else "the day it was recorded"
                raise NotFound(
                    f"{a.ref} did not exist on {as_of.isoformat()}.",
                    hint=f"It exists from {start.isoformat()} ({since}); give that day or a later one.",
                )
        v = view_by_id(q, a.id, as_of=as_of or date.today(), stood=past)
        attach_held_over(q, [v], as_of=as_of or date.today())
        from clerk_cli.store.links import attach_links

        attach_links(q, [v], as_of=as_of)
        text = store.resolution_text(q, a.resolution_id) if a.resolution_id else None
        until = day_end(as_of) if as_of and as_of < date.today() else None
        from clerk_cli.store.action_edits import minute_and_evidence

        minute, evidence = minute_and_evidence(q, a.id)
        return ActionDetail(v, store.action_audit(q, a.id, until=until), text, minute, evidence)

    return db.run_sql(work)


def action_history(db: Database, ref: str) -> list[AuditView]:
    return db.run_sql(lambda q: store.action_audit(q, lookup.action(q, ref).id))


def committee_history(
    db: Database, committee: str, *, since: date | None = None, until: date | None = None
) -> list[AuditView]:
    """Every recorded change in a committee's records between two dates (inclusive)."""

    start = datetime.combine(since, time(), tzinfo=UTC) if since else None
    end = None
    if until and until < date.max:  # (the day after 9999-12-31 does not exist)
        end = datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC)
    return db.run_sql(
        lambda q: store.committee_audit(
            q, lookup.committee(q, committee).id, since=start, until=end
        )
    )
