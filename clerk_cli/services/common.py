"""Look-ups and the audit trail, shared by the use cases.

Every "find" raises a NotFound or Ambiguous error whose message says what to type
instead: a typo in an owner's name must never silently create a second post.
"""

from __future__ import annotations

import difflib
import getpass
import os
import re
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from clerk_cli.errors import Ambiguous, InvalidInput, NotFound
from clerk_cli.models import (
    Action,
    Audit,
    Committee,
    Meeting,
    Owner,
    OwnerHolder,
    Resolution,
    utcnow,
)

MEETING_REF = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_&-]*)\s*/\s*(\S+)\s*$")
ACTION_REF = re.compile(r"^\s*([A-Za-z][A-Za-z0-9_&]*)-(\d+)\s*$")
EMAIL_IN_ANGLES = re.compile(r"^\s*(.*?)\s*<\s*([^<>]*?)\s*>\s*$")
BARE_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def actor(by: str | None) -> str:
    """Who is making a change: --by, else CLERK_USER, else the login name."""
    if by and by.strip():
        return by.strip()
    env = os.environ.get("CLERK_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


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


def suggest(word: str, candidates: list[str], n: int = 3) -> str:
    """' Did you mean 'X'?' or '' when nothing is close."""
    lowered = {c.lower(): c for c in candidates}
    close = difflib.get_close_matches(word.lower(), list(lowered), n=n, cutoff=0.6)
    if not close:
        return ""
    names = " or ".join(f"'{lowered[c]}'" for c in close)
    return f"Did you mean {names}?"


# ---- audit -------------------------------------------------------------------


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def audit(
    session: Session,
    *,
    by: str,
    entity: str,
    entity_id: int,
    label: str,
    field: str,
    old=None,
    new=None,
    committee_id: int | None = None,
) -> None:
    """Record one change in the audit trail (inside the caller's transaction)."""
    session.add(
        Audit(
            at=utcnow(),
            by=by,
            entity=entity,
            entity_id=entity_id,
            label=label,
            committee_id=committee_id,
            field=field,
            old=_text(old),
            new=_text(new),
        )
    )


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


# ---- committees --------------------------------------------------------------


def find_committee(session: Session, key: str) -> Committee:
    """A committee by code (any case), exact name, or id."""
    key = (key or "").strip()
    if not key:
        raise InvalidInput(
            "No committee given.", hint="Give its code, e.g. CSSC (see: clerk committee list)."
        )
    c = session.exec(select(Committee).where(func.upper(Committee.code) == key.upper())).first()
    if c is None:
        c = session.exec(select(Committee).where(func.lower(Committee.name) == key.lower())).first()
    if c is None and key.isdigit():
        c = session.get(Committee, int(key))
    if c is None:
        rows = session.exec(select(Committee.code, Committee.name)).all()
        hint = suggest(key, [r[0] for r in rows] + [r[1] for r in rows])
        raise NotFound(
            f"No committee '{key}'.",
            hint=(hint + " " if hint else "") + "See: clerk committee list.",
        )
    return c


# ---- meetings ----------------------------------------------------------------


def meeting_label(code: str, d: date) -> str:
    return f"{code}/{d.isoformat()}"


def find_meeting(session: Session, ref: str, *, committee: Committee | None = None) -> Meeting:
    """A meeting by CODE/YYYY-MM-DD (any date form clerk reads), or by id."""
    from clerk_cli.dates import parse_date

    ref = (ref or "").strip()
    if ref.isdigit():
        m = session.get(Meeting, int(ref))
        if m is None:
            raise NotFound(f"No meeting with id {ref}.", hint="See: clerk meeting list.")
        return m
    match = MEETING_REF.match(ref)
    if match:
        committee = find_committee(session, match.group(1))
        when = parse_date(match.group(2))
    elif committee is not None:
        when = parse_date(ref)
    else:
        raise InvalidInput(
            f"'{ref}' is not a meeting reference.",
            hint="Write it as CODE/YYYY-MM-DD, e.g. CSSC/2022-06-14.",
        )
    rows = session.exec(
        select(Meeting)
        .where(Meeting.committee_id == committee.id, Meeting.date == when)
        .order_by(Meeting.id)
    ).all()
    if not rows:
        raise NotFound(
            f"No meeting of {committee.code} on {when.isoformat()}.",
            hint=f"Add it with: clerk meeting add {committee.code} {when.isoformat()}",
        )
    if len(rows) > 1:
        ids = ", ".join(str(r.id) for r in rows)
        raise Ambiguous(
            f"{committee.code} met more than once on {when.isoformat()}.",
            hint=f"Use the meeting id: {ids}.",
        )
    return rows[0]


# ---- resolutions -------------------------------------------------------------


def find_resolution(session: Session, ref: str, *, meeting: Meeting | None) -> Resolution:
    ref = (ref or "").strip()
    if meeting is None:
        raise InvalidInput(
            "A resolution is found within its meeting.", hint="Give --meeting CODE/YYYY-MM-DD too."
        )
    r = session.exec(
        select(Resolution).where(Resolution.meeting_id == meeting.id, Resolution.ref == ref)
    ).first()
    if r is None:
        refs = session.exec(select(Resolution.ref).where(Resolution.meeting_id == meeting.id)).all()
        hint = suggest(ref, list(refs))
        raise NotFound(
            f"No resolution '{ref}' at that meeting.",
            hint=hint or "Add it with: clerk add-resolution TEXT --meeting ... --ref ...",
        )
    return r


# ---- owners ------------------------------------------------------------------


def current_holder(session: Session, owner_id: int) -> OwnerHolder | None:
    return session.exec(
        select(OwnerHolder).where(OwnerHolder.owner_id == owner_id, OwnerHolder.ended_at.is_(None))
    ).first()


def find_owner(session: Session, name: str) -> Owner:
    """An owner (post) by exact name (any case), else by its current holder's name or email.

    Never guesses: a near miss is an error with "Did you mean ...?".
    """
    name = (name or "").strip()
    if not name:
        raise InvalidInput(
            "No owner given.",
            hint='Give the post, e.g. --owner "Director of Children\'s Services".',
        )
    norm = _norm_owner(name)
    # Names only (plain rows, not ORM objects): the match is made in Python because
    # _norm_owner's rules ("the", curly quotes, spaces) are not expressible in SQL.
    rows = session.exec(select(Owner.id, Owner.name)).all()
    exact = [r for r in rows if _norm_owner(r.name) == norm]
    if len(exact) == 1:
        return session.get(Owner, exact[0].id)
    holders = session.exec(
        select(OwnerHolder).where(
            OwnerHolder.ended_at.is_(None),
            (func.lower(OwnerHolder.name) == name.lower())
            | (func.lower(OwnerHolder.email) == name.lower()),
        )
    ).all()
    if len(holders) == 1:
        return session.get(Owner, holders[0].owner_id)
    if len(holders) > 1:
        posts = " or ".join(f"'{session.get(Owner, h.owner_id).name}'" for h in holders)
        raise Ambiguous(f"'{name}' holds more than one post.", hint=f"Name the post: {posts}.")
    if exact:
        raise Ambiguous(
            f"More than one owner is called '{name}'.",
            hint="Use the exact name from: clerk owner list.",
        )
    hint = suggest(name, [r.name for r in rows])
    raise NotFound(
        f"No owner '{name}'.",
        hint=(hint + " " if hint else "")
        + f'Add it with: clerk owner add "{name}" (or pass --create-owner).',
    )


def _norm_owner(name: str) -> str:
    s = name.strip().lower().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"\s+", " ", s)


# ---- actions -----------------------------------------------------------------


def find_action(session: Session, ref: str) -> Action:
    """An action by its reference (CSSC-12, any case)."""
    ref = (ref or "").strip()
    m = ACTION_REF.match(ref)
    if not m:
        raise InvalidInput(
            f"'{ref}' is not an action reference.",
            hint="References look like CSSC-12 (see: clerk list).",
        )
    canonical = f"{m.group(1).upper()}-{int(m.group(2))}"
    a = session.exec(select(Action).where(Action.ref == canonical)).first()
    if a is None:
        raise NotFound(f"No action {canonical}.", hint="See: clerk list --all.")
    return a
