"""Look-ups and the audit trail, shared by the use cases.

Every "find" raises a NotFound or Ambiguous error whose message says what to type
instead: a typo in an owner's name must never silently create a second post.
"""

from __future__ import annotations

import re

from sqlmodel import Session, select

from clerk_cli.errors import InvalidInput
from clerk_cli.schema import (
    Action,
    Audit,
    Committee,
    Meeting,
    Owner,
    OwnerHolder,
    Resolution,
)
from clerk_cli.store import lookup
from clerk_cli.store.lookup import (  # noqa: F401  (re-exported for the use cases)
    actor,
    meeting_label,
    suggest,
)
from clerk_cli.store.sql import Sql

EMAIL_IN_ANGLES = re.compile(r"^\s*(.*?)\s*<\s*([^<>]*?)\s*>\s*$")
BARE_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def parse_person(value: str) -> tuple[str, str | None]:
    """'Lucy Butler <lucy@example.gov.uk>' -> ('Lucy Butler', 'lucy@...'); a bare name or email works too."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(
            "A person's name is empty.", hint='Write it as "Name <email@example.org>".'
        )
    m = EMAIL_IN_ANGLES.match(value)
    if m:
        name, email = m.group(1).strip().strip('"'), m.group(2)
        if not BARE_EMAIL.match(email):
            raise InvalidInput(
                f"'{email}' is not an email address.", hint='Write it as "Name <name@example.org>".'
            )
        return (name or email), email
    if "<" in value or ">" in value:
        raise InvalidInput(
            f"Cannot read '{value}' as a person.", hint='Write it as "Name <name@example.org>".'
        )
    if BARE_EMAIL.match(value):
        return value, value
    if "@" in value:
        raise InvalidInput(
            f"'{value}' is not an email address.", hint='Write it as "Name <name@example.org>".'
        )
    return value, None


# ---- audit -------------------------------------------------------------------


def audit(session: Session, **change) -> None:
    """Record one change in the audit trail (inside the caller's transaction); the
    keywords are lookup.audit_values'."""
    session.add(Audit(**lookup.audit_values(**change)))


def set_field(
    session: Session,
    obj,
    field: str,
    new,
    *,
    by: str,
    entity: str,
    label: str,
    committee_id: int | None,
) -> bool:
    """Change obj.field to new, recording the change; False when nothing changed."""
    old = getattr(obj, field)
    if old == new:
        return False
    setattr(obj, field, new)
    audit(
        session,
        by=by,
        entity=entity,
        entity_id=obj.id,
        label=label,
        field=field,
        old=old,
        new=new,
        committee_id=committee_id,
    )
    return True


# ---- finding records: the SQL look-ups of services.lookup, as ORM objects ------------


def find_committee(session: Session, key: str) -> Committee:
    """A committee by code (any case), exact name, or id."""
    return session.get(Committee, lookup.committee(Sql.of(session), key).id)


def find_meeting(session: Session, ref: str, *, committee: Committee | None = None) -> Meeting:
    """A meeting by CODE/YYYY-MM-DD (any date form clerk reads), or by id."""
    within = (
        lookup.CommitteeRow(committee.id, committee.code, committee.name) if committee else None
    )
    return session.get(Meeting, lookup.meeting(Sql.of(session), ref, within=within).id)


def find_resolution(session: Session, ref: str, *, meeting: Meeting | None) -> Resolution:
    found = lookup.resolution(Sql.of(session), ref, meeting_id=meeting.id if meeting else None)
    return session.get(Resolution, found)


def current_holder(session: Session, owner_id: int) -> OwnerHolder | None:
    return session.exec(
        select(OwnerHolder).where(OwnerHolder.owner_id == owner_id, OwnerHolder.ended_at.is_(None))
    ).first()


def find_owner(session: Session, name: str) -> Owner:
    """An owner (post) by exact name (any case), else by its current holder's name or email."""
    return session.get(Owner, lookup.owner(Sql.of(session), name).id)


def find_action(session: Session, ref: str) -> Action:
    """An action by its reference (CSSC-12, any case)."""
    return session.get(Action, lookup.action(Sql.of(session), ref).id)
