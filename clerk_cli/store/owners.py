"""The SQL of owners (posts) and their holders."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.sql import Sql, as_utc, placeholders


@dataclass(frozen=True)
class OwnerRecord:
    id: int
    name: str


@dataclass(frozen=True)
class HolderRecord:
    id: int
    owner_id: int
    name: str
    email: str | None
    started_at: datetime
    ended_at: datetime | None


def get(q: Sql, owner_id: int) -> OwnerRecord:
    return OwnerRecord(*q.first("SELECT id, name FROM owner WHERE id = ?", (owner_id,)))


def listed(q: Sql) -> list[OwnerRecord]:
    """Every post, by name."""
    return [OwnerRecord(*r) for r in q.rows("SELECT id, name FROM owner ORDER BY name")]


def names(q: Sql) -> list[str]:
    return [r[0] for r in q.rows("SELECT name FROM owner")]


def name_taken(q: Sql, name: str, *, other_than: int) -> bool:
    return (
        q.first("SELECT 1 FROM owner WHERE lower(name) = ? AND id != ?", (name.lower(), other_than))
        is not None
    )


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
