"""The SQL of committees: adding, changing and listing them with their counts."""

from __future__ import annotations

from dataclasses import dataclass

from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.sql import Sql, placeholders


@dataclass(frozen=True)
class CommitteeRecord:
    id: int
    code: str
    name: str
    clerk_name: str | None
    clerk_email: str | None
    meetings: int
    open_actions: int


# Counts by correlated subqueries: each is answered from an index
# (ix_meeting_committee_date, ix_action_committee_status).
_SELECT = (
    "SELECT c.id, c.code, c.name, c.clerk_name, c.clerk_email, "
    "(SELECT count(*) FROM meeting m WHERE m.committee_id = c.id), "
    "(SELECT count(*) FROM action a WHERE a.committee_id = c.id "
    f"AND a.status IN ({placeholders(len(OPEN_STATUSES))})) "
    "FROM committee c"
)


def get(q: Sql, committee_id: int) -> CommitteeRecord:
    return CommitteeRecord(*q.first(f"{_SELECT} WHERE c.id = ?", (*OPEN_STATUSES, committee_id)))


def listed(q: Sql) -> list[CommitteeRecord]:
    """Every committee, by code."""
    return [CommitteeRecord(*r) for r in q.rows(f"{_SELECT} ORDER BY c.code", OPEN_STATUSES)]


def code_taken(q: Sql, code: str) -> bool:
    return q.first("SELECT 1 FROM committee WHERE upper(code) = ?", (code.upper(),)) is not None


def name_taken(q: Sql, name: str, *, other_than: int | None = None) -> bool:
    return (
        q.first(
            "SELECT 1 FROM committee WHERE lower(name) = ? AND id != ?",
            (name.lower(), other_than if other_than is not None else -1),
        )
        is not None
    )


def insert(q: Sql, *, code: str, name: str, clerk_name: str | None, clerk_email: str | None) -> int:
    """Add a committee (its actions will be numbered from 1); its id."""
    return q.insert(
        "committee",
        {
            "name": name,
            "code": code,
            "clerk_name": clerk_name,
            "clerk_email": clerk_email,
            "next_action_number": 1,
            "created_at": utcnow(),
        },
    )


# What a clerk may change, one fixed statement each (the code never changes: it is
# in every reference).
_UPDATES = {
    "name": "UPDATE committee SET name = ? WHERE id = ?",
    "clerk_name": "UPDATE committee SET clerk_name = ? WHERE id = ?",
    "clerk_email": "UPDATE committee SET clerk_email = ? WHERE id = ?",
}
EDITABLE = tuple(_UPDATES)


def update(q: Sql, committee_id: int, column: str, value) -> None:
    """Set one of the EDITABLE columns of a committee."""
    q.execute(_UPDATES[column], (value, committee_id))


def names(q: Sql) -> list[tuple[int, str, str]]:
    """(id, code, name) of every committee, by code."""
    return [
        (r[0], r[1], r[2]) for r in q.rows("SELECT id, code, name FROM committee ORDER BY code")
    ]
