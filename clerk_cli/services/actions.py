"""Use cases for actions: add, note, progress, complete, edit, delete, show, history."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete, update
from sqlmodel import Session, select

from clerk_cli.dates import parse_due
from clerk_cli.db import Database
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.models import (
    ACTION_STATUSES,
    CLOSED_STATUSES,
    Action,
    Audit,
    Committee,
    Meeting,
    Note,
    utcnow,
)
from clerk_cli.services.common import (
    actor,
    audit,
    find_action,
    find_committee,
    find_meeting,
    find_owner,
    find_resolution,
    set_field,
)
from clerk_cli.services.due import live_meeting_dates, resolve_rule, rule_base_date, set_due
from clerk_cli.services.owners import create_owner
from clerk_cli.services.queries import (
    A,
    ActionFilter,
    _to_view,
    attach_notes,
    base_select,
    fetch_actions,
)
from clerk_cli.services.views import ActionDetail, AuditView


def allocate_ref(s: Session, committee: Committee) -> tuple[str, int]:
    """The next CODE-n of a committee.  Safe under concurrency: the UPDATE locks the
    committee row (PostgreSQL) inside an IMMEDIATE transaction (SQLite)."""
    s.execute(
        update(Committee.__table__)
        .where(Committee.__table__.c.id == committee.id)
        .values(next_action_number=Committee.__table__.c.next_action_number + 1)
    )
    s.refresh(committee)
    number = committee.next_action_number - 1
    return f"{committee.code}-{number}", number


def view_action(s: Session, action_id: int, *, as_of: date, with_notes: bool = True):
    row = s.execute(base_select().where(A.c.id == action_id)).one()
    v = _to_view(row, as_of)
    if with_notes:
        attach_notes(s, [v])
    return v


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

    def work(s: Session):
        m = find_meeting(s, meeting) if meeting else None
        c = s.get(Committee, m.committee_id) if m else find_committee(s, committee)
        if m and committee and find_committee(s, committee).id != c.id:
            raise InvalidInput(f"Meeting {meeting} is not a meeting of {committee}.")
        res = find_resolution(s, resolution, meeting=m) if resolution else None
        o = None
        if owner:
            try:
                o = find_owner(s, owner)
            except NotFound:
                if not create_owner_if_missing:
                    raise
                o = create_owner(s, owner, holder=None, by=who)
        ref, number = allocate_ref(s, c)
        a = Action(
            ref=ref,
            number=number,
            committee_id=c.id,
            meeting_id=m.id if m else None,
            resolution_id=res.id if res else None,
            owner_id=o.id if o else None,
            text=text,
            confidential=confidential,
            source=source,
            due_text=d.text if d else None,
            due_rule=d.rule if d else None,
        )
        s.add(a)
        s.flush()
        due_date = d.date if d else None
        if d and d.rule:
            due_date = resolve_rule(d.rule, rule_base_date(s, a), live_meeting_dates(s, c.id))
        a.due_date = due_date
        a.original_due_date = due_date
        audit(
            s,
            by=who,
            entity="action",
            entity_id=a.id,
            label=ref,
            field="created",
            new=text,
            committee_id=c.id,
        )
        s.flush()
        return view_action(s, a.id, as_of=today)

    return db.write(work)


def add_note(
    db: Database, ref: str, text: str, *, by: str | None = None, today: date | None = None
):
    """Add a progress note to an action."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The note is empty.")
    who = actor(by)

    def work(s: Session):
        a = find_action(s, ref)
        s.add(Note(action_id=a.id, text=text, author=who))
        a.updated_at = utcnow()
        s.add(a)
        audit(
            s,
            by=who,
            entity="action",
            entity_id=a.id,
            label=a.ref,
            field="note",
            new=text,
            committee_id=a.committee_id,
        )
        s.flush()
        return view_action(s, a.id, as_of=today or date.today())

    return db.write(work)


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

    def work(s: Session):
        a = find_action(s, ref)
        if a.status == status:
            raise Conflict(f"{a.ref} is already {status.replace('_', ' ')}.")
        kw = {"by": who, "entity": "action", "label": a.ref, "committee_id": a.committee_id}
        set_field(s, a, "status", status, **kw)
        if status in CLOSED_STATUSES:
            set_field(s, a, "completed_at", utcnow(), **kw)
        elif a.completed_at is not None:
            set_field(s, a, "completed_at", None, **kw)
        if note and note.strip():
            s.add(Note(action_id=a.id, text=note.strip(), author=who))
            audit(s, field="note", new=note.strip(), entity_id=a.id, **kw)
        a.updated_at = utcnow()
        s.add(a)
        s.flush()
        return view_action(s, a.id, as_of=today or date.today())

    return db.write(work)


def edit_action(
    db: Database,
    ref: str,
    *,
    text: str | None = None,
    owner: str | None = None,
    due: str | None = None,
    confidential: bool | None = None,
    resolution: str | None = None,
    by: str | None = None,
    today: date | None = None,
):
    """Change an action's text, owner, due date, confidentiality or resolution (each change audited)."""
    who = actor(by)
    today = today or date.today()

    def work(s: Session):
        a = find_action(s, ref)
        kw = {"by": who, "entity": "action", "label": a.ref, "committee_id": a.committee_id}
        if text is not None:
            new_text = " ".join(text.split())
            if not new_text:
                raise InvalidInput("The action's text is empty.")
            set_field(s, a, "text", new_text, **kw)
        if owner is not None:
            o = find_owner(s, owner)
            if o.id != a.owner_id:
                old_name = _owner_name(s, a.owner_id)
                audit(s, field="owner", old=old_name, new=o.name, entity_id=a.id, **kw)
                a.owner_id = o.id
        if due is not None:
            base = rule_base_date(s, a)
            d = parse_due(due, today=today)
            new_date = d.date
            if d.rule:
                new_date = resolve_rule(d.rule, base, live_meeting_dates(s, a.committee_id))
            set_field(s, a, "due_rule", d.rule, **kw)
            set_field(s, a, "due_text", d.text, **kw)
            set_due(s, a, new_date, by=who)
        if confidential is not None:
            set_field(s, a, "confidential", confidential, **kw)
        if resolution is not None:
            m = s.get(Meeting, a.meeting_id) if a.meeting_id else None
            r = find_resolution(s, resolution, meeting=m) if resolution else None
            new_id = r.id if r else None
            if new_id != a.resolution_id:
                audit(
                    s,
                    field="resolution",
                    old=a.resolution_id,
                    new=r.ref if r else None,
                    entity_id=a.id,
                    **kw,
                )
                a.resolution_id = new_id
        a.updated_at = utcnow()
        s.add(a)
        s.flush()
        return view_action(s, a.id, as_of=today)

    return db.write(work)


def _owner_name(s: Session, owner_id: int | None) -> str | None:
    from clerk_cli.models import Owner

    if owner_id is None:
        return None
    o = s.get(Owner, owner_id)
    return o.name if o else None


def remove_action(s: Session, a: Action, *, by: str, reason: str | None = None) -> None:
    """Delete an action and its notes inside the caller's transaction, recording the deletion."""
    s.execute(delete(Note).where(Note.action_id == a.id))
    audit(
        s,
        by=by,
        entity="action",
        entity_id=a.id,
        label=a.ref,
        field="deleted",
        old=a.text,
        new=reason,
        committee_id=a.committee_id,
    )
    s.delete(a)


def delete_action(db: Database, ref: str, *, by: str | None = None):
    """Delete an action and its notes; the deletion itself stays in the audit trail."""
    who = actor(by)

    def work(s: Session):
        a = find_action(s, ref)
        v = view_action(s, a.id, as_of=date.today())
        remove_action(s, a, by=who)
        s.flush()
        return v

    return db.write(work)


def show_action(db: Database, ref: str, *, today: date | None = None) -> ActionDetail:
    """Everything about one action: fields, notes and its audit trail."""

    def work(s: Session):
        from clerk_cli.models import Resolution

        a = find_action(s, ref)
        v = view_action(s, a.id, as_of=today or date.today())
        r = s.get(Resolution, a.resolution_id) if a.resolution_id else None
        return ActionDetail(v, _history(s, a.id), r.text if r else None)

    return db.read(work)


def _history(s: Session, action_id: int) -> list[AuditView]:
    rows = s.exec(
        select(Audit)
        .where(Audit.entity == "action", Audit.entity_id == action_id)
        .order_by(Audit.id)
    ).all()
    return [AuditView(r.at, r.by, r.entity, r.label, r.field, r.old, r.new) for r in rows]


def action_history(db: Database, ref: str) -> list[AuditView]:
    return db.read(lambda s: _history(s, find_action(s, ref).id))


def committee_history(
    db: Database, committee: str, *, since: date | None = None, until: date | None = None
) -> list[AuditView]:
    """Every recorded change in a committee's records between two dates (inclusive)."""
    from datetime import UTC, datetime, time, timedelta

    def work(s: Session):
        c = find_committee(s, committee)
        stmt = select(Audit).where(Audit.committee_id == c.id)
        if since:
            stmt = stmt.where(Audit.at >= datetime.combine(since, time(), tzinfo=UTC))
        if until and until < date.max:  # (the day after 9999-12-31 does not exist)
            stmt = stmt.where(
                Audit.at < datetime.combine(until + timedelta(days=1), time(), tzinfo=UTC)
            )
        return [
            AuditView(r.at, r.by, r.entity, r.label, r.field, r.old, r.new)
            for r in s.exec(stmt.order_by(Audit.id)).all()
        ]

    return db.read(work)


__all__ = [
    "ActionFilter",
    "add_action",
    "add_note",
    "set_status",
    "edit_action",
    "delete_action",
    "show_action",
    "action_history",
    "committee_history",
    "fetch_actions",
]
