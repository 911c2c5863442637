"""Use cases for committees."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules.people import check_name, parse_person
from clerk_cli.store import committees as store
from clerk_cli.store import lookup
from clerk_cli.store.lookup import actor, audit
from clerk_cli.store.sql import Sql
from clerk_cli.views import CommitteeView

if TYPE_CHECKING:
    from clerk_cli.db import Database

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


def _view(c: store.CommitteeRecord) -> CommitteeView:
    return CommitteeView(
        c.id, c.code, c.name, c.clerk_name, c.clerk_email, c.meetings, c.open_actions
    )


def _clerk(clerk: str | None) -> tuple[str | None, str | None]:
    return parse_person(clerk) if clerk and clerk.strip() else (None, None)


def add_committee(
    db: Database, *, name: str, code: str | None, clerk: str | None, by: str | None = None
) -> CommitteeView:
    """Record a committee.  The code prefixes its action references (CSSC-1, CSSC-2...)."""
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The committee's name is empty.")
    name = check_name(name, what="committee's name")
    code = normalise_code(code or suggest_code(name))
    clerk_name, clerk_email = _clerk(clerk)
    who = actor(by)

    def work(q: Sql) -> CommitteeView:
        if store.code_taken(q, code):
            raise Conflict(
                f"A committee already has the code {code}.", hint="Choose another with --code."
            )
        if store.name_taken(q, name):
            raise Conflict(
                f"A committee called '{name}' already exists.", hint="See: clerk committee list."
            )
        committee_id = store.insert(
            q, code=code, name=name, clerk_name=clerk_name, clerk_email=clerk_email
        )
        audit(
            q,
            by=who,
            entity="committee",
            entity_id=committee_id,
            label=code,
            field="created",
            new=name,
            committee_id=committee_id,
        )
        return _view(store.get(q, committee_id))

    return db.run_sql(work, write=True)


def edit_committee(
    db: Database,
    key: str,
    *,
    name: str | None = None,
    clerk: str | None = None,
    by: str | None = None,
) -> CommitteeView:
    """Rename a committee or change its clerk (the code, and so every reference, never changes)."""
    new_name = check_name(name, what="committee's name") if name else None
    new_clerk = _clerk(clerk) if clerk is not None else None
    who = actor(by)

    def work(q: Sql) -> CommitteeView:
        c = store.get(q, lookup.committee(q, key).id)
        changes = {}
        if new_name:
            if new_name != c.name and store.name_taken(q, new_name, other_than=c.id):
                raise Conflict(
                    f"A committee called '{new_name}' already exists.",
                    hint="See: clerk committee list.",
                )
            changes["name"] = new_name
        if new_clerk is not None:
            changes["clerk_name"], changes["clerk_email"] = new_clerk
        for column, new in changes.items():
            old = getattr(c, column)
            if old == new:
                continue
            store.update(q, c.id, column, new)
            audit(
                q,
                by=who,
                entity="committee",
                entity_id=c.id,
                label=c.code,
                field=column,
                old=old,
                new=new,
                committee_id=c.id,
            )
        return _view(store.get(q, c.id))

    return db.run_sql(work, write=True)


def list_committees(db: Database) -> list[CommitteeView]:
    """Every committee by code, with how many meetings and open actions it has."""
    return db.run_sql(lambda q: [_view(c) for c in store.listed(q)])
