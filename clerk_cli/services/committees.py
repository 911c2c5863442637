"""Use cases for committees."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules.people import check_name, parse_clerk
from clerk_cli.store import committees as store
from clerk_cli.store import lookup
from clerk_cli.store.lookup import actor, audit
from clerk_cli.store.sql import Sql

if TYPE_CHECKING:
    from clerk_cli.db import Database
    from clerk_cli.views.records import CommitteeListed, CommitteeView

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
    # Imported here: import-minutes uses this module only for CODE_RE and suggest_code.
    from clerk_cli.views.records import CommitteeView

    return CommitteeView(
        c.id,
        c.code,
        c.name,
        c.clerk_name,
        c.clerk_email,
        c.meetings,
        c.open_actions,
        closure_by_agreement=c.closure_needs_agreement,
    )


def add_committee(
    db: Database, *, name: str, code: str | None, clerk: str | None, by: str | None = None
) -> CommitteeView:
    """Record a committee.  The code prefixes its action references (CSSC-1, CSSC-2...)."""
    name = (name or "").strip()
    if not name:
        raise InvalidInput("The committee's name is empty.")
    name = check_name(name, what="committee's name")
    code = normalise_code(code or suggest_code(name))
    clerk_name, clerk_email = parse_clerk(clerk)
    who = actor(by)

    def work(q: Sql) -> CommitteeView:
        taken = store.code_taken(q, code)
        if taken:
            raise Conflict(taken, hint="Choose another with --code.")
        if store.name_taken(q, name):
            raise Conflict(
                f"A committee called '{name}' already exists.", hint="See: clerk committee list."
            )
        committee_id = store.insert(
            q, code=code, name=name, clerk_name=clerk_name, clerk_email=clerk_email, by=who
        )
        return _view(store.get(q, committee_id))

    return db.run_sql(work, write=True)


def edit_committee(
    db: Database,
    key: str,
    *,
    name: str | None = None,
    clerk: str | None = None,
    code: str | None = None,
    closure_by_agreement: bool | None = None,
    by: str | None = None,
) -> CommitteeView:
    """Rename a committee, change its clerk, or correct its code; closure_by_agreement:
    whether the committee agrees what is closed (a "done" then only proposes it).

    A new code is used for the committee's new actions and its meetings' references;
    actions already made keep their references (C-1 stays C-1: it has gone out in
    papers and emails), and the old code is never given to another committee.
    """
    new_name = check_name(name, what="committee's name") if name else None
    new_clerk = parse_clerk(clerk) if clerk is not None else None
    new_code = normalise_code(code) if code is not None else None
    who = actor(by)

    def work(q: Sql) -> CommitteeView:
        c = store.get(q, lookup.committee(q, key).id)
        changes = {}
        if new_code and new_code != c.code:
            taken = store.code_taken(q, new_code, other_than=c.id)
            if taken:
                raise Conflict(taken, hint="Choose another code.")
            changes["code"] = new_code
        if new_name:
            if new_name != c.name and store.name_taken(q, new_name, other_than=c.id):
                raise Conflict(
                    f"A committee called '{new_name}' already exists.",
                    hint="See: clerk committee list.",
                )
            changes["name"] = new_name
        if new_clerk is not None:
            changes["clerk_name"], changes["clerk_email"] = new_clerk
        if closure_by_agreement is not None:
            changes["closure_needs_agreement"] = closure_by_agreement
            if not closure_by_agreement and c.closure_needs_agreement:
                from clerk_cli.store.closures import pending_of_committee

                waiting = [p.ref for p in pending_of_committee(q, c.id)]
                if waiting:
                    raise Conflict(
                        f"{c.code} has {len(waiting)} action{'s' if len(waiting) != 1 else ''} "
                        f"proposed for closure: {', '.join(waiting[:5])}"
                        + (" ..." if len(waiting) > 5 else "")
                        + ".",
                        hint=f"Have the committee decide them first: clerk meeting agree-closures "
                        f"{c.code}/DATE --minute REF (or clerk reopen to take one back).",
                    )
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
                label=changes.get("code", c.code),
                field=column,
                old=old,
                new=new,
                committee_id=c.id,
            )
        return _view(store.get(q, c.id))

    return db.run_sql(work, write=True)


def archive_committee(
    db: Database, key: str, *, restore: bool = False, by: str | None = None
) -> CommitteeListed:
    """Archive a committee that no longer meets: it leaves lists, status and completion,
    and its actions, meetings and history stay (restore=True brings it back)."""
    who = actor(by)

    def work(q: Sql) -> CommitteeListed:
        c = store.get(q, lookup.committee(q, key).id)
        if c.archived != restore:
            state = "archived" if c.archived else "not archived"
            raise Conflict(f"{c.code} is already {state}.")
        if not restore and c.open_actions:
            # Archiving hides the committee; it must not hide work still owed.
            n = c.open_actions
            refs = store.open_refs(q, c.id)
            shown = ", ".join(refs[:5]) + (" ..." if n > 5 else "")
            raise Conflict(
                f"{c.code} still has {n} open action{'s' if n != 1 else ''}: {shown}.",
                hint=f'Close them first, e.g. clerk drop {" ".join(refs[:5])} --note "Committee wound up" '
                f"(all of them: clerk list --committee {c.code}).",
            )
        audit(
            q,
            by=who,
            entity="committee",
            entity_id=c.id,
            label=c.code,
            field="archived",
            old=restore,
            new=not restore,
            committee_id=c.id,
        )
        return _listed(store.get(q, c.id))

    return db.run_sql(work, write=True)


def delete_committee(
    db: Database, key: str, *, by: str | None = None, check_only: bool = False
) -> CommitteeView:
    """Delete a committee entered by mistake: only one with no meetings or actions (one
    that has them can be archived instead).  The audit trail keeps that it existed.

    check_only: only make sure it could be deleted (before asking), changing nothing."""
    who = actor(by)

    def work(q: Sql) -> CommitteeView:
        c = store.get(q, lookup.committee(q, key).id)
        counts = {k: n for k, n in store.record_counts(q, c.id).items() if n}
        if counts:
            held = " and ".join(f"{n} {k if n != 1 else k[:-1]}" for k, n in counts.items())
            # What to look at: its actions (done and dropped ones too), else its meetings.
            see = (
                f"clerk list --all-statuses --committee {c.code}"
                if "actions" in counts
                else f"clerk meeting list --committee {c.code}"
            )
            # Archiving needs no open actions (archive_committee): say so, not a command
            # that would only be refused in its turn.
            hide = "once its open actions are closed, hide it" if c.open_actions else "or hide it"
            raise Conflict(
                f"{c.code} has {held}, so it cannot be deleted.",
                hint=f"See them with: {see}; {hide} instead: clerk committee archive {c.code}",
            )
        if check_only:
            return _view(c)
        store.delete(q, c.id)
        audit(
            q,
            by=who,
            entity="committee",
            entity_id=c.id,
            label=c.code,
            field="deleted",
            old=c.name,
            committee_id=c.id,
        )
        return _view(c)

    return db.run_sql(work, write=not check_only)


def _listed(c: store.CommitteeRecord) -> CommitteeListed:
    from clerk_cli.views.records import CommitteeListed

    return CommitteeListed(
        c.id,
        c.code,
        c.name,
        c.clerk_name,
        c.clerk_email,
        c.meetings,
        c.open_actions,
        closure_by_agreement=c.closure_needs_agreement,
        archived=c.archived,
    )


def list_committees(db: Database, *, include_archived: bool = False) -> list[CommitteeListed]:
    """Every committee by code, with how many meetings and open actions it has (archived
    ones only when asked)."""
    return db.run_sql(
        lambda q: [_listed(c) for c in store.listed(q, include_archived=include_archived)]
    )
