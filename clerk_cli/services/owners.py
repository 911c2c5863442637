"""Use cases for owners: posts and the people who hold them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules.as_of import open_as_of
from clerk_cli.rules.people import check_email, check_name, parse_person
from clerk_cli.rules.status import utcnow
from clerk_cli.store import lookup
from clerk_cli.store import owners as store
from clerk_cli.store.counts import count_by
from clerk_cli.store.lookup import actor, audit, suggest
from clerk_cli.store.queries import ActionFilter
from clerk_cli.store.sql import Sql
from clerk_cli.views.records import HolderView, OwnerListed

if TYPE_CHECKING:
    from clerk_cli.db import Database


def _counts(
    q: Sql, as_of: date, owner_ids: list[int] | None = None
) -> tuple[dict[int | None, int], dict[int | None, int]]:
    """({owner id: open actions}, {owner id: overdue actions}) as of a day, counted as
    report --overdue --as-of counts them."""
    day = open_as_of(as_of, date.today())
    base = {"owner_ids": owner_ids, "open_as_of": day}
    return (
        count_by(q, ActionFilter(**base), "owner"),
        count_by(q, ActionFilter(**base, due_before=as_of), "owner"),
    )


def _view(
    o: store.OwnerRecord,
    holders: list[store.HolderRecord],
    counts: tuple[dict, dict],
) -> OwnerListed:
    current = next((h for h in holders if h.ended_at is None), None)
    return OwnerListed(
        o.id,
        o.name,
        current.name if current else None,
        current.email if current else None,
        open_actions=counts[0].get(o.id, 0),
        overdue_actions=counts[1].get(o.id, 0),
        holders=[HolderView(h.name, h.email, h.started_at, h.ended_at) for h in holders],
        retired=o.retired,
    )


def _one(q: Sql, owner_id: int, as_of: date) -> OwnerListed:
    return _view(store.get(q, owner_id), store.holders(q, owner_id), _counts(q, as_of, [owner_id]))


def _person(name: str | None, email: str | None) -> str | None:
    if name is None:
        return None
    return f"{name} <{email}>" if email and email != name else name


def create_owner(q: Sql, name: str, *, holder: str | None, by: str) -> int:
    """Add a post, and who holds it now, inside the caller's transaction; its id.

    (Used by add-action --create-owner and imports.)
    """
    holder_name, email = parse_person(holder) if holder else (None, None)
    owner_id = lookup.new_owner(q, name, by=by)
    if holder_name:
        store.add_holder(q, owner_id, name=holder_name, email=email)
        audit(
            q,
            by=by,
            entity="owner",
            entity_id=owner_id,
            label=store.get(q, owner_id).name,
            field="holder",
            new=_person(holder_name, email),
        )
    return owner_id


def add_owner(
    db: Database,
    *,
    name: str,
    holder: str | None = None,
    by: str | None = None,
    as_of: date | None = None,
) -> OwnerListed:
    """Record a post (and who holds it now)."""
    name = check_name(name, what="post's name")
    if holder:
        parse_person(holder)  # a bad address fails before any database work
    who = actor(by)

    def work(q: Sql) -> OwnerListed:
        close = suggest(name, store.names(q))
        v = _one(q, create_owner(q, name, holder=holder, by=who), as_of or date.today())
        v.similar = close
        return v

    return db.run_sql(work, write=True)


def handover(
    db: Database, *, post: str, to: str, by: str | None = None, as_of: date | None = None
) -> tuple[OwnerListed, int]:
    """Hand a post to a new holder: its open actions follow, and the old holder stays in history."""
    if not (to or "").strip():
        raise InvalidInput(
            "No new holder given.",
            hint=f'To leave the post with nobody for now: clerk owner vacant "{post}"',
        )
    new_name, new_email = parse_person(to)
    who = actor(by)

    def work(q: Sql):
        o = lookup.owner(q, post)
        old = store.current_holder(q, o.id)
        if old and old.name == new_name:
            # Handing a post to its holder again would add a "Sam -> Sam" holder and an
            # audit row per action (findings bug 16): an address is corrected by edit.
            raise Conflict(
                f"{new_name} already holds '{o.name}'.",
                hint=None
                if old.email == new_email
                else f'To change their address: clerk owner edit "{o.name}" --email ADDRESS',
            )
        now = utcnow()
        if old:
            store.end_holder(q, old.id, at=now)
        store.add_holder(q, o.id, name=new_name, email=new_email, started_at=now)
        old_text = _person(old.name, old.email) if old else None
        new_text = _person(new_name, new_email)
        audit(
            q,
            by=who,
            entity="owner",
            entity_id=o.id,
            label=o.name,
            field="holder",
            old=old_text,
            new=new_text,
        )
        following = store.open_actions(q, o.id)
        for action_id, ref, committee_id in following:
            audit(
                q,
                by=who,
                entity="action",
                entity_id=action_id,
                label=ref,
                field="holder",
                old=old_text,
                new=new_text,
                committee_id=committee_id,
            )
        return _one(q, o.id, as_of or date.today()), len(following)

    return db.run_sql(work, write=True)


def edit_owner(
    db: Database,
    *,
    post: str,
    rename: str | None = None,
    email: str | None = None,
    by: str | None = None,
) -> OwnerListed:
    """Rename a post, or correct the current holder's email address (not a handover)."""
    new_name = check_name(rename, what="post's name") if rename and rename.strip() else None
    address = None
    if email is not None:
        # Checked by the one rule (rules.people), before anything is touched: a bad or
        # empty address is refused and the good one kept (findings bug 2).
        if not email.strip():
            raise InvalidInput(
                "The email address is empty; the holder's address was kept.",
                hint="Give the corrected address, e.g. --email name@example.gov.uk.",
            )
        address = check_email(parse_person(email)[1] or email)
    who = actor(by)

    def work(q: Sql) -> OwnerListed:
        o = lookup.owner(q, post)
        name = o.name
        if new_name and new_name != o.name:
            taken = lookup.same_post(q, new_name, other_than=o.id)
            if taken is not None:
                raise Conflict(
                    f"An owner called '{taken}' already exists.", hint="See: clerk owner list."
                )
            audit(
                q,
                by=who,
                entity="owner",
                entity_id=o.id,
                label=new_name,
                field="name",
                old=o.name,
                new=new_name,
            )
            store.rename(q, o.id, new_name)
            name = new_name
        if email is not None:
            h = store.current_holder(q, o.id)
            if h is None:
                raise InvalidInput(
                    f"'{name}' has no holder.",
                    hint=f'Give it one: clerk owner handover "{name}" --to "Name <email>"',
                )
            if h.email != address:
                audit(
                    q,
                    by=who,
                    entity="owner",
                    entity_id=o.id,
                    label=name,
                    field="email",
                    old=h.email,
                    new=address,
                )
                store.set_holder_email(q, h.id, address)
        return _one(q, o.id, date.today())

    return db.run_sql(work, write=True)


def _end_holding(q: Sql, o: lookup.OwnerRow, *, by: str) -> tuple[str | None, int]:
    """End the current holder's time in a post, leaving it vacant (audited for the post
    and each open action, as a handover is); (who held it, open actions)."""
    old = store.current_holder(q, o.id)
    if old is None:
        return None, len(store.open_actions(q, o.id))
    store.end_holder(q, old.id, at=utcnow())
    old_text = _person(old.name, old.email)
    audit(q, by=by, entity="owner", entity_id=o.id, label=o.name, field="holder", old=old_text)
    following = store.open_actions(q, o.id)
    for action_id, ref, committee_id in following:
        audit(
            q,
            by=by,
            entity="action",
            entity_id=action_id,
            label=ref,
            field="holder",
            old=old_text,
            committee_id=committee_id,
        )
    return old.name, len(following)


def vacate(db: Database, *, post: str, by: str | None = None) -> tuple[OwnerListed, str, int]:
    """Leave a post vacant: its holder leaves (kept in history) and nobody replaces them
    yet; its open actions stay with the post.  (view, who left, open actions)."""
    who = actor(by)

    def work(q: Sql):
        o = lookup.owner(q, post)
        left, following = _end_holding(q, o, by=who)
        if left is None:
            raise Conflict(
                f"'{o.name}' is already vacant.",
                hint=f'Give it a holder with: clerk owner handover "{o.name}" --to "Name <email>"',
            )
        return _one(q, o.id, date.today()), left, following

    return db.run_sql(work, write=True)


def retire(db: Database, *, post: str, restore: bool = False, by: str | None = None) -> OwnerListed:
    """Retire a post that no longer exists: it leaves owner lists and completion and its
    holder leaves; its actions and history stay.  Only a post with no open actions
    (hand them on first).  restore=True brings a retired post back."""
    who = actor(by)

    def work(q: Sql) -> OwnerListed:
        o = lookup.owner(q, post)
        record = store.get(q, o.id)
        if record.retired != restore:
            state = "retired" if record.retired else "not retired"
            raise Conflict(f"'{o.name}' is already {state}.")
        if not restore:
            owed = store.open_actions(q, o.id)
            if owed:
                refs = ", ".join(r for _, r, _ in owed[:5]) + (" ..." if len(owed) > 5 else "")
                raise Conflict(
                    f"'{o.name}' still owns {len(owed)} open action{'s' if len(owed) != 1 else ''}: {refs}.",
                    hint=f"Give them to another post first (clerk edit {owed[0][1]} --owner POST), "
                    "or hand the post over.",
                )
            _end_holding(q, o, by=who)
        audit(
            q,
            by=who,
            entity="owner",
            entity_id=o.id,
            label=o.name,
            field="retired",
            old=restore,
            new=not restore,
        )
        return _one(q, o.id, date.today())

    return db.run_sql(work, write=True)


def delete_owner(
    db: Database, *, post: str, by: str | None = None, check_only: bool = False
) -> OwnerListed:
    """Delete a post entered by mistake: only one that no action has ever had, open,
    closed or since given to another post (a post with actions can be retired or
    renamed instead).  The audit trail keeps that it existed.

    check_only: only make sure it could be deleted (before asking), changing nothing."""
    who = actor(by)

    def work(q: Sql) -> OwnerListed:
        o = lookup.owner(q, post)
        refs = store.refs_ever(q, o.id)
        if refs:
            # Done, dropped and moved-on actions count too: their history names the post.
            n = len(refs)
            shown = ", ".join(refs[:5]) + (" ..." if n > 5 else "")
            owed = store.open_actions(q, o.id)
            # Retiring needs no open actions (retire): say so first.
            first = (
                f"give its open actions to another post (clerk edit {owed[0][1]} --owner POST), then "
                if owed
                else ""
            )
            raise Conflict(
                f"'{o.name}' has had {n} action{'s' if n != 1 else ''} ({shown}), so it cannot "
                "be deleted: their history names it.",
                hint=f'If the post is gone, {first}retire it: clerk owner retire "{o.name}"; if its '
                f'holder changed: clerk owner handover "{o.name}" --to "Name <email>"; if its '
                f'name is wrong: clerk owner edit "{o.name}" --rename NAME',
            )
        view = _one(q, o.id, date.today())
        if check_only:
            return view
        store.delete(q, o.id)
        audit(q, by=who, entity="owner", entity_id=o.id, label=o.name, field="deleted", old=o.name)
        return view

    return db.run_sql(work, write=not check_only)


def list_owners(
    db: Database, *, as_of: date | None = None, include_retired: bool = False
) -> list[OwnerListed]:
    """Every post with its holders (oldest first) and its open and overdue actions
    (retired posts only when asked)."""
    as_of = as_of or date.today()

    def work(q: Sql) -> list[OwnerListed]:
        by_owner: dict[int, list[store.HolderRecord]] = {}
        for h in store.holders(q):
            by_owner.setdefault(h.owner_id, []).append(h)
        counts = _counts(q, as_of)
        posts = store.listed(q, include_retired=include_retired)
        return [_view(o, by_owner.get(o.id, []), counts) for o in posts]

    return db.run_sql(work)


def show_owner(db: Database, post: str, *, as_of: date | None = None) -> OwnerListed:
    """A post, the history of its holders and its open and overdue actions."""
    return db.run_sql(lambda q: _one(q, lookup.owner(q, post).id, as_of or date.today()))
