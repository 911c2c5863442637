"""Use cases for committees."""

from __future__ import annotations

import re

from sqlalchemy import func
from sqlmodel import Session, select

from clerk_cli.db import Database
from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.schema import OPEN_STATUSES, Action, Committee, Meeting
from clerk_cli.services.common import actor, audit, find_committee, parse_person, set_field
from clerk_cli.views import CommitteeView

CODE_RE = re.compile(r"^[A-Z][A-Z0-9_&]{0,15}$")


def normalise_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not CODE_RE.match(code):
        raise InvalidInput(
            f"'{code}' cannot be a committee code.",
            hint="Use 1-16 letters or digits starting with a letter, e.g. CSSC (it prefixes action references).",
        )
    return code


def suggest_code(name: str) -> str:
    """Initials of the significant words: "Children's Services Scrutiny Committee" -> CSSC."""
    words = [
        w
        for w in re.findall(r"[A-Za-z]+", name)
        if w.lower() not in {"of", "and", "the", "for", "s"}
    ]
    code = "".join(w[0] for w in words).upper()[:8]
    return code or "C"


def _view(session: Session, c: Committee) -> CommitteeView:
    meetings = session.exec(
        select(func.count()).select_from(Meeting).where(Meeting.committee_id == c.id)
    ).one()
    open_actions = session.exec(
        select(func.count())
        .select_from(Action)
        .where(Action.committee_id == c.id, Action.status.in_(OPEN_STATUSES))
    ).one()
    return CommitteeView(c.id, c.code, c.name, c.clerk_name, c.clerk_email, meetings, open_actions)


def add_committee(
    db: Database, *, name: str, code: str | None, clerk: str | None, by: str | None = None
) -> CommitteeView:
    """Record a committee.  The code prefixes its action references (CSSC-1, CSSC-2...)."""
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The committee's name is empty.")
    code = normalise_code(code or suggest_code(name))
    clerk_name, clerk_email = parse_person(clerk) if clerk else (None, None)
    who = actor(by)

    def work(s: Session) -> CommitteeView:
        if s.exec(select(Committee).where(func.upper(Committee.code) == code)).first():
            raise Conflict(
                f"A committee already has the code {code}.", hint="Choose another with --code."
            )
        if s.exec(select(Committee).where(func.lower(Committee.name) == name.lower())).first():
            raise Conflict(
                f"A committee called '{name}' already exists.", hint="See: clerk committee list."
            )
        c = Committee(name=name, code=code, clerk_name=clerk_name, clerk_email=clerk_email)
        s.add(c)
        s.flush()
        audit(
            s,
            by=who,
            entity="committee",
            entity_id=c.id,
            label=code,
            field="created",
            new=name,
            committee_id=c.id,
        )
        return _view(s, c)

    return db.write(work)


def edit_committee(
    db: Database,
    key: str,
    *,
    name: str | None = None,
    clerk: str | None = None,
    by: str | None = None,
) -> CommitteeView:
    """Rename a committee or change its clerk (the code, and so every reference, never changes)."""
    who = actor(by)

    def work(s: Session) -> CommitteeView:
        c = find_committee(s, key)
        kw = {"by": who, "entity": "committee", "label": c.code, "committee_id": c.id}
        if name:
            set_field(s, c, "name", name.strip(), **kw)
        if clerk is not None:
            cn, ce = parse_person(clerk) if clerk.strip() else (None, None)
            set_field(s, c, "clerk_name", cn, **kw)
            set_field(s, c, "clerk_email", ce, **kw)
        return _view(s, c)

    return db.write(work)


def list_committees(db: Database) -> list[CommitteeView]:
    def work(s: Session) -> list[CommitteeView]:
        return [_view(s, c) for c in s.exec(select(Committee).order_by(Committee.code)).all()]

    return db.read(work)
