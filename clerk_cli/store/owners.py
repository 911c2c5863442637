"""The SQL of owners (posts) and their holders.

Whether a post is retired lives only in its audit trail (its latest `retired` row
says "yes"), so no table had to change for it.
"""

from __future__ import annotations

from datetime import datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.sql import Sql, as_utc, placeholders


@dataclass(frozen=True)
class OwnerRecord:
    id: int
    name: str
    retired: bool = False


# The latest retired/reinstated row of a post (ix_audit_entity answers it).
_RETIRED = (
    "(SELECT au.new FROM audit au WHERE au.entity = 'owner' AND au.entity_id = o.id "
    "AND au.field = 'retired' ORDER BY au.id DESC LIMIT 1)"
)
NOT_RETIRED = f"COALESCE({_RETIRED}, 'no') != 'yes'"
_OWNERS = "SELECT o.id, o.name, " + _RETIRED + " FROM owner o"  # constants only


def _owner(row) -> OwnerRecord:
    return OwnerRecord(row[0], row[1], row[2] == "yes")


@dataclass(frozen=True)
class HolderRecord:
    id: int
    owner_id: int
    name: str
    email: str | None
    started_at: datetime
    ended_at: datetime | None


def get(q: Sql, owner_id: int) -> OwnerRecord:
    return _owner(q.first(f"{_OWNERS} WHERE o.id = ?", (owner_id,)))


def listed(q: Sql, *, include_retired: bool = True) -> list[OwnerRecord]:
    """Every post (retired ones too unless include_retired is False), by name."""
    where = "" if include_retired else f" WHERE {NOT_RETIRED}"
    return [_owner(r) for r in q.rows(f"{_OWNERS}{where} ORDER BY o.name")]


def names_ever(q: Sql, owner_id: int) -> list[str]:
    """Every name a post has had: its own, and the ones it was renamed from (audit)."""
    found = [q.scalar("SELECT name FROM owner WHERE id = ?", (owner_id,))]
    for old, new in q.rows(
        "SELECT old, new FROM audit WHERE entity = 'owner' AND entity_id = ? AND field = 'name'",
        (owner_id,),
    ):
        found += [n for n in (old, new) if n and n not in found]
    return found


def refs_ever(q: Sql, owner_id: int) -> list[str]:
    """The references of the actions (still recorded) a post owns or ever owned: ones
    moved to another post name it in their history (the audit keeps the post's name
    then), which clerk undo and the as-of reports read back."""
    names = names_ever(q, owner_id)
    return [
        r[0]
        for r in q.rows(
            "SELECT a.ref FROM action a WHERE a.owner_id = ? OR a.id IN ("
            "SELECT au.entity_id FROM audit au WHERE au.entity = 'action' AND au.field = 'owner' "
            f"AND (au.old IN ({placeholders(len(names))}) OR au.new IN ({placeholders(len(names))})))"
            " ORDER BY a.id",
            (owner_id, *names, *names),
        )
    ]


def delete(q: Sql, owner_id: int) -> None:
    """Remove a post no action refers to, with its holders (its audit rows stay)."""
    q.execute("DELETE FROM owner_holder WHERE owner_id = ?", (owner_id,))
    q.execute("DELETE FROM owner WHERE id = ?", (owner_id,))


def names(q: Sql) -> list[str]:
    return [r[0] for r in q.rows("SELECT name FROM owner")]


def rename(q: Sql, owner_id: int, name: str) -> None:
    q.execute("UPDATE owner SET name = ? WHERE id = ?", (name, owner_id))


def _holder(row) -> HolderRecord:
    return HolderRecord(row[0], row[1], row[2], row[3], as_utc(row[4]), as_utc(row[5]))


_HOLDERS = "SELECT id, owner_id, name, email, started_at, ended_at FROM owner_holder"


def holders(q: Sql, owner_id: int | None = None) -> list[HolderRecord]:
    """The holders of one post (or of every post), oldest first."""
    if owner_id is None:
        return [_holder(r) for r in q.rows(f"{_HOLDERS} ORDER BY id")]
    return [_holder(r) for r in q.rows(f"{_HOLDERS} WHERE owner_id = ? ORDER BY id", (owner_id,))]


def current_holder(q: Sql, owner_id: int) -> HolderRecord | None:
    row = q.first(f"{_HOLDERS} WHERE owner_id = ? AND ended_at IS NULL", (owner_id,))
    return _holder(row) if row else None


def add_holder(
    q: Sql, owner_id: int, *, name: str, email: str | None, started_at: datetime | None = None
) -> int:
    return q.insert(
        "owner_holder",
        {
            "owner_id": owner_id,
            "name": name,
            "email": email,
            "started_at": started_at or utcnow(),
            "ended_at": None,
        },
    )


def end_holder(q: Sql, holder_id: int, *, at: datetime) -> None:
    q.execute("UPDATE owner_holder SET ended_at = ? WHERE id = ?", (at, holder_id))


def set_holder_email(q: Sql, holder_id: int, email: str | None) -> None:
    q.execute("UPDATE owner_holder SET email = ? WHERE id = ?", (email, holder_id))


def open_actions(q: Sql, owner_id: int) -> list[tuple[int, str, int]]:
    """(id, ref, committee_id) of a post's open actions, in id order."""
    return [
        (r[0], r[1], r[2])
        for r in q.rows(
            "SELECT id, ref, committee_id FROM action WHERE owner_id = ? "
            f"AND status IN ({placeholders(len(OPEN_STATUSES))}) ORDER BY id",
            (owner_id, *OPEN_STATUSES),
        )
    ]


def is_retired(q: Sql, owner_id: int) -> bool:
    """Has this post been retired (and not reinstated)?"""
    return q.scalar("SELECT " + _RETIRED.replace("o.id", "?"), (owner_id,)) == "yes"
