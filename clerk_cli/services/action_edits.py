"""Use cases that change or remove an action's fields (ORM)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import delete
from sqlmodel import Session

from clerk_cli.dates import parse_due
from clerk_cli.db import Database
from clerk_cli.errors import InvalidInput
from clerk_cli.schema import Action, Meeting, Note, utcnow
from clerk_cli.services.common import (
    actor,
    audit,
    find_action,
    find_owner,
    find_resolution,
    set_field,
)
from clerk_cli.services.due import live_meeting_dates, resolve_rule, rule_base_date, set_due
from clerk_cli.store.queries import view_by_id


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
        return view_by_id(s, a.id, as_of=today)

    return db.write(work)


def _owner_name(s: Session, owner_id: int | None) -> str | None:
    from clerk_cli.schema import Owner

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
        v = view_by_id(s, a.id, as_of=date.today())
        remove_action(s, a, by=who)
        s.flush()
        return v

    return db.write(work)
