"""Use cases for actions: add, note, start/done/drop/reopen, show, history.

These are what a clerk runs most, so they are written in plain SQL (clerk_cli.store.sql):
on a SQLite file they never import SQLAlchemy or build the SQLModel classes.  The
rarer edits (edit, delete) use the ORM and live in
services.action_edits; they are re-exported here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

from clerk_cli.dates import parse_due, resolve_rule
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.rules.status import ACTION_STATUSES, CLOSED_STATUSES, utcnow
from clerk_cli.store import lookup
from clerk_cli.store.lookup import actor, audit
from clerk_cli.store.queries import view_by_id
from clerk_cli.store.sql import Sql, as_utc
from clerk_cli.views import ActionDetail, AuditView

if TYPE_CHECKING:
    from clerk_cli.db import Database

_EDITS = ("edit_action", "delete_action", "remove_action")


def __getattr__(name: str):
    # The ORM use cases, imported only when asked for (they load SQLAlchemy).
    if name in _EDITS:
        from clerk_cli.services import action_edits

        return getattr(action_edits, name)
    raise AttributeError(name)


def allocate_ref(target, committee_id: int, code: str) -> tuple[str, int]:
    """The next CODE-n of a committee.  Safe under concurrency: the UPDATE locks the
    committee row (PostgreSQL) inside an IMMEDIATE transaction (SQLite)."""
    q = Sql.of(target)
    q.execute(
        "UPDATE committee SET next_action_number = next_action_number + 1 WHERE id = ?",
        (committee_id,),
    )
    number = q.scalar("SELECT next_action_number FROM committee WHERE id = ?", (committee_id,)) - 1
    return f"{code}-{number}", number


def add_action(
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
    source: str | None = None,
    by: str | None = None,
    today: date | None = None,
):
    """Record an action; returns its ActionView (with its new reference)."""
    text = " ".join((text or "").split())
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
                owner_id = lookup.owner(q, owner).id
            except NotFound:
                if not create_owner_if_missing:
                    raise
                owner_id = lookup.new_owner(q, owner, by=who)
        ref, number = allocate_ref(q, c.id, c.code)
        now = utcnow()
        due_date = d.date if d else None
        if d and d.rule:
            # Meeting-relative dues count from the action's meeting, else from today.
            base = m.date if m else now.date()
            due_date = resolve_rule(d.rule, base, lookup.meeting_dates(q, c.id))
        action_id = q.insert(
            "action",
            {
                "ref": ref,
                "number": number,
                "committee_id": c.id,
                "meeting_id": m.id if m else None,
                "resolution_id": res_id,
                "owner_id": owner_id,
                "text": text,
                "status": "open",
                "due_date": due_date,
                "due_rule": d.rule if d else None,
                "due_text": d.text if d else None,
                "original_due_date": due_date,
                "slip_count": 0,
                "confidential": confidential,
                "source": source,
                "created_at": now,
                "updated_at": now,
            },
        )
        audit(
            q,
            by=who,
            entity="action",
            entity_id=action_id,
            label=ref,
            field="created",
            new=text,
            committee_id=c.id,
        )
        return view_by_id(q, action_id, as_of=today)

    return db.run_sql(work, write=True)


def _add_note(q: Sql, a: lookup.ActionRow, text: str, who: str) -> None:
    q.insert("note", {"action_id": a.id, "text": text, "author": who, "created_at": utcnow()})
    audit(
        q,
        by=who,
        entity="action",
        entity_id=a.id,
        label=a.ref,
        field="note",
        new=text,
        committee_id=a.committee_id,
    )


def add_note(
    db: Database, ref: str, text: str, *, by: str | None = None, today: date | None = None
):
    """Add a progress note to an action."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The note is empty.")
    who = actor(by)

    def work(q: Sql):
        a = lookup.action(q, ref)
        _add_note(q, a, text, who)
        q.execute("UPDATE action SET updated_at = ? WHERE id = ?", (utcnow(), a.id))
        return view_by_id(q, a.id, as_of=today or date.today())

    return db.run_sql(work, write=True)


def set_status(
    db: Database,
    ref: str,
    status: str,
    *,
    note: str | None = None,
    by: str | None = None,
    today: date | None = None,
):
    """Move an action to open, in_progress, done or dropped (with an optional note)."""
    status = status.strip().lower().replace("-", "_").replace(" ", "_")
    if status not in ACTION_STATUSES:
        raise InvalidInput(
            f"'{status}' is not a status.", hint=f"Use one of: {', '.join(ACTION_STATUSES)}."
        )
    who = actor(by)

    def work(q: Sql):
        a = lookup.action(q, ref)
        if a.status == status:
            raise Conflict(f"{a.ref} is already {status.replace('_', ' ')}.")
        kw = {"by": who, "entity": "action", "label": a.ref, "committee_id": a.committee_id}
        now = utcnow()
        audit(q, field="status", old=a.status, new=status, entity_id=a.id, **kw)
        completed = a.completed_at
        if status in CLOSED_STATUSES:
            completed = now
            audit(q, field="completed_at", old=a.completed_at, new=now, entity_id=a.id, **kw)
        elif a.completed_at is not None:
            completed = None
            audit(q, field="completed_at", old=a.completed_at, new=None, entity_id=a.id, **kw)
        if note and note.strip():
            _add_note(q, a, note.strip(), who)
        q.execute(
            "UPDATE action SET status = ?, completed_at = ?, updated_at = ? WHERE id = ?",
            (status, completed, now, a.id),
        )
        return view_by_id(q, a.id, as_of=today or date.today())

    return db.run_sql(work, write=True)


def _history(q: Sql, action_id: int) -> list[AuditView]:
    rows = q.rows(
        'SELECT at, "by", entity, label, field, old, new FROM audit '
        "WHERE entity = 'action' AND entity_id = ? ORDER BY id",
        (action_id,),
    )
    return [AuditView(as_utc(r[0]), *r[1:]) for r in rows]


def show_action(db: Database, ref: str, *, today: date | None = None) -> ActionDetail:
    """Everything about one action: fields, notes and its audit trail."""

    def work(q: Sql):
        a = lookup.action(q, ref)
        v = view_by_id(q, a.id, as_of=today or date.today())
        text = None
        if a.resolution_id is not None:
            text = q.scalar("SELECT text FROM resolution WHERE id = ?", (a.resolution_id,))
        return ActionDetail(v, _history(q, a.id), text)

    return db.run_sql(work)


def action_history(db: Database, ref: str) -> list[AuditView]:
    return db.run_sql(lambda q: _history(q, lookup.action(q, ref).id))


def committee_history(
    db: Database, committee: str, *, since: date | None = None, until: date | None = None
) -> list[AuditView]:
    """Every recorded change in a committee's records between two dates (inclusive)."""

    def work(q: Sql):
        c = lookup.committee(q, committee)
        sql = 'SELECT at, "by", entity, label, field, old, new FROM audit WHERE committee_id = ?'
        params: list = [c.id]
        if since:
            sql += " AND at >= ?"
            params.append(datetime.combine(since, time(), tzinfo=UTC))
        if until and until < date.max:  # (the day after 9999-12-31 does not exist)
            sql += " AND at < ?"
            params.append(datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC))
        return [AuditView(as_utc(r[0]), *r[1:]) for r in q.rows(sql + " ORDER BY id", params)]

    return db.run_sql(work)
