"""Use cases that change or remove an action: clerk edit and clerk delete.

Plain SQL through clerk_cli.store (no ORM): each is one transaction, every changed
field is audited, and a change of due date is decided by rules.due.change_due, so an
edit slips an action exactly as every other writer of a due date does.

Confidentiality follows a referral: an action made confidential takes every action of
its referral chain (store.links.referral_chain: the same matter on the other committees'
logs) with it, in the same transaction, so the matter cannot stay public elsewhere.
Making one public is deliberate and makes that one public only.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.dates import parse_due
from clerk_cli.errors import InvalidInput
from clerk_cli.rules import due as due_rules
from clerk_cli.rules.status import utcnow
from clerk_cli.rules.text import check_text
from clerk_cli.store import lookup
from clerk_cli.store.action_edits import (
    editable_action,
    minute_and_evidence,
    remove_action,
    update_action,
)
from clerk_cli.store.links import referral_chain
from clerk_cli.store.lookup import actor, audit
from clerk_cli.store.queries import view_by_id
from clerk_cli.store.sql import Sql
from clerk_cli.views import ActionEdit, ActionView

if TYPE_CHECKING:
    from clerk_cli.db import Database


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
    minute: str | None = None,
) -> ActionEdit:
    """Change an action's text, owner, due date, confidentiality or resolution (each
    change audited).  A set due date moved to another date counts as a slip.  Made
    confidential, the actions of its referral chain are made confidential too (each
    audited on its own action); made public, it alone is, and the result names those
    that stay confidential.

    Example::

        edit_action(db, "CSSC-3", due="31/03/2023", by="dee").action
    """
    who = actor(by)
    today = today or date.today()
    new_text = None
    if text is not None:
        new_text = " ".join(check_text(text, what="action's text").split())
        if not new_text:
            raise InvalidInput("The action's text is empty.", hint="Say what is to be done.")
    new_due = parse_due(due, today=today) if due is not None else None  # fails before any work

    def work(q: Sql) -> ActionEdit:
        a = editable_action(q, lookup.action(q, ref).id)
        kw = {"by": who, "entity": "action", "entity_id": a.id, "label": a.ref}
        kw["committee_id"] = a.committee_id
        changes: dict = {}

        def change(field: str, old, new, shown: tuple | None = None) -> None:
            """Set a column and audit it (as shown, e.g. names for ids) when it differs."""
            if old != new:
                changes[field] = new
                was, now = shown or (old, new)
                audit(q, field=field.removesuffix("_id"), old=was, new=now, **kw)

        if new_text is not None:
            change("text", a.text, new_text)
        if owner is not None:
            # edit cannot create a post: the advice is to add it first (bug 11)
            o = lookup.assignable_owner(q, owner, missing=lookup.OWNER_ADD)
            change("owner_id", a.owner_id, o.id, (a.owner, o.name))
        if new_due is not None:
            new_date = new_due.date
            if new_due.rule:
                live = lookup.meeting_dates(q, a.committee_id)
                new_date = due_rules.resolve(new_due.rule, a.meeting_date, a.created_at, live)
            change("due_rule", a.due_rule, new_due.rule)
            change("due_text", a.due_text, new_due.text)
            moved = due_rules.change_due(
                old=a.due_date,
                new=new_date,
                original=a.original_due_date,
                slip_count=a.slip_count,
                cause=due_rules.BY_PERSON,
            )
            if moved is not None:
                change("due_date", a.due_date, moved.due_date)
                changes["original_due_date"] = moved.original_due_date
                changes["slip_count"] = moved.slip_count
        also: list[str] = []
        still: list[str] = []
        if confidential is not None:
            change("confidential", a.confidential, confidential)
            for other_id, other_ref, committee_id, secret in referral_chain(q, a.id):
                if confidential and not secret:
                    audit(
                        q,
                        by=who,
                        entity="action",
                        entity_id=other_id,
                        label=other_ref,
                        committee_id=committee_id,
                        field="confidential",
                        old=False,
                        new=True,
                    )
                    update_action(q, other_id, confidential=True, updated_at=utcnow())
                    also.append(other_ref)
                elif not confidential and secret:
                    still.append(other_ref)
        if resolution is not None:
            new_ref = resolution.strip() or None  # "" unlinks
            res_id = lookup.resolution(q, new_ref, meeting_id=a.meeting_id) if new_ref else None
            change("resolution_id", a.resolution_id, res_id, (a.resolution_ref, new_ref))
        if minute is not None:  # "" clears it
            change("minute_ref", minute_and_evidence(q, a.id)[0], minute.strip() or None)
        update_action(q, a.id, **changes, updated_at=utcnow())
        return ActionEdit(view_by_id(q, a.id, as_of=today), also, still)

    return db.run_sql(work, write=True)


def delete_action(db: Database, ref: str, *, by: str | None = None) -> ActionView:
    """Delete an action and its notes; the deletion itself stays in the audit trail."""
    who = actor(by)

    def work(q: Sql) -> ActionView:
        found = lookup.action(q, ref)
        from clerk_cli.store.links import linked_to

        other = linked_to(q, found.id)
        if other is not None:
            raise InvalidInput(
                f"{found.ref} is linked to {other}, so it cannot be deleted.",
                hint=f"Drop it instead (clerk drop {found.ref}), or undo the link (clerk undo --list).",
            )
        v = view_by_id(q, found.id, as_of=date.today())
        remove_action(
            q,
            action_id=found.id,
            ref=found.ref,
            text=v.text,
            committee_id=found.committee_id,
            by=who,
            reason=None,
        )
        return v

    return db.run_sql(work, write=True)
