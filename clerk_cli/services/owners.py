"""Use cases for owners: posts and the people who hold them."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func
from sqlmodel import Session, select

from clerk_cli.db import Database
from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.schema import OPEN_STATUSES, Action, Owner, OwnerHolder, utcnow
from clerk_cli.services.common import (
    actor,
    audit,
    current_holder,
    find_owner,
    parse_person,
    suggest,
)
from clerk_cli.store import lookup
from clerk_cli.store.sql import Sql
from clerk_cli.views import HolderView, OwnerView


def _view(s: Session, o: Owner, *, as_of: date, with_history: bool = False) -> OwnerView:
    h = current_holder(s, o.id)
    open_q = (
        select(func.count())
        .select_from(Action)
        .where(Action.owner_id == o.id, Action.status.in_(OPEN_STATUSES))
    )
    v = OwnerView(
        o.id,
        o.name,
        h.name if h else None,
        h.email if h else None,
        open_actions=s.exec(open_q).one(),
        overdue_actions=s.exec(open_q.where(Action.due_date < as_of)).one(),
    )
    if with_history:
        v.holders = [
            HolderView(x.name, x.email, x.started_at, x.ended_at)
            for x in s.exec(
                select(OwnerHolder).where(OwnerHolder.owner_id == o.id).order_by(OwnerHolder.id)
            ).all()
        ]
    return v


def create_owner(s: Session, name: str, *, holder: str | None, by: str) -> Owner:
    """Add a post inside the caller's transaction (used by add-action --create-owner and imports)."""
    o = s.get(Owner, lookup.new_owner(Sql.of(s), name, by=by))
    name = o.name
    if holder:
        hname, email = parse_person(holder)
        s.add(OwnerHolder(owner_id=o.id, name=hname, email=email))
        audit(
            s,
            by=by,
            entity="owner",
            entity_id=o.id,
            label=name,
            field="holder",
            new=_person(hname, email),
        )
    return o


def _person(name: str | None, email: str | None) -> str | None:
    if name is None:
        return None
    return f"{name} <{email}>" if email and email != name else name


def add_owner(
    db: Database,
    *,
    name: str,
    holder: str | None = None,
    by: str | None = None,
    as_of: date | None = None,
) -> OwnerView:
    """Record a post (and who holds it now)."""
    who = actor(by)

    def work(s: Session):
        close = suggest(name, [o.name for o in s.exec(select(Owner)).all()])
        v = _view(s, create_owner(s, name, holder=holder, by=who), as_of=as_of or date.today())
        v.similar = close
        return v

    return db.write(work)


def handover(
    db: Database, *, post: str, to: str, by: str | None = None, as_of: date | None = None
) -> tuple[OwnerView, int]:
    """Hand a post to a new holder: its open actions follow, and the old holder stays in history."""
    new_name, new_email = parse_person(to)
    who = actor(by)

    def work(s: Session):
        o = find_owner(s, post)
        old = current_holder(s, o.id)
        if old and old.name == new_name and old.email == new_email:
            raise Conflict(f"{new_name} already holds '{o.name}'.")
        now = utcnow()
        if old:
            old.ended_at = now
            s.add(old)
            s.flush()
        s.add(OwnerHolder(owner_id=o.id, name=new_name, email=new_email, started_at=now))
        old_text = _person(old.name, old.email) if old else None
        new_text = _person(new_name, new_email)
        audit(
            s,
            by=who,
            entity="owner",
            entity_id=o.id,
            label=o.name,
            field="holder",
            old=old_text,
            new=new_text,
        )
        open_actions = s.exec(
            select(Action).where(Action.owner_id == o.id, Action.status.in_(OPEN_STATUSES))
        ).all()
        for a in open_actions:
            audit(
                s,
                by=who,
                entity="action",
                entity_id=a.id,
                label=a.ref,
                field="holder",
                old=old_text,
                new=new_text,
                committee_id=a.committee_id,
            )
        s.flush()
        return _view(s, o, as_of=as_of or date.today(), with_history=True), len(open_actions)

    return db.write(work)


def edit_owner(
    db: Database,
    *,
    post: str,
    rename: str | None = None,
    email: str | None = None,
    by: str | None = None,
) -> OwnerView:
    """Rename a post, or correct the current holder's email address (not a handover)."""
    who = actor(by)

    def work(s: Session):
        o = find_owner(s, post)
        if rename and rename.strip() != o.name:
            new = " ".join(rename.split())
            if s.exec(
                select(Owner).where(func.lower(Owner.name) == new.lower(), Owner.id != o.id)
            ).first():
                raise Conflict(f"An owner called '{new}' already exists.")
            audit(
                s,
                by=who,
                entity="owner",
                entity_id=o.id,
                label=new,
                field="name",
                old=o.name,
                new=new,
            )
            o.name = new
        if email is not None:
            h = current_holder(s, o.id)
            if h is None:
                raise InvalidInput(
                    f"'{o.name}' has no holder.",
                    hint=f'Give it one: clerk owner handover "{o.name}" --to "Name <email>"',
                )
            _, addr = parse_person(email) if email else (None, None)
            audit(
                s,
                by=who,
                entity="owner",
                entity_id=o.id,
                label=o.name,
                field="email",
                old=h.email,
                new=addr,
            )
            h.email = addr
            s.add(h)
        s.add(o)
        s.flush()
        return _view(s, o, as_of=date.today(), with_history=True)

    return db.write(work)


def list_owners(db: Database, *, as_of: date | None = None) -> list[OwnerView]:
    def work(s: Session):
        return [
            _view(s, o, as_of=as_of or date.today())
            for o in s.exec(select(Owner).order_by(Owner.name)).all()
        ]

    return db.read(work)


def show_owner(db: Database, post: str, *, as_of: date | None = None) -> OwnerView:
    return db.read(
        lambda s: _view(s, find_owner(s, post), as_of=as_of or date.today(), with_history=True)
    )
