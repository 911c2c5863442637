"""The SQL of committees: adding, changing, archiving, deleting and listing them with
their counts.

Two facts about a committee live only in its audit trail, so that no table had to
change for them: its former codes (a `code` row's old value: references made under
an old code, such as C-1, keep that code for ever and it is never given to another
committee) and whether it is archived (its latest `archived` row says "yes").
"""

from __future__ import annotations

from clerk_cli.records import dataclass
from clerk_cli.rules.status import OPEN_STATUSES, utcnow
from clerk_cli.store.lookup import audit
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
    archived: bool = False
    closure_needs_agreement: bool = False


# The latest archived/restored row of a committee (ix_audit_entity answers it).
_ARCHIVED = (
    "(SELECT au.new FROM audit au WHERE au.entity = 'committee' AND au.entity_id = c.id "
    "AND au.field = 'archived' ORDER BY au.id DESC LIMIT 1)"
)
NOT_ARCHIVED = f"COALESCE({_ARCHIVED}, 'no') != 'yes'"


# Counts by correlated subqueries: each is answered from an index
# (ix_meeting_committee_date, ix_action_committee_status).
_SELECT = (
    "SELECT c.id, c.code, c.name, c.clerk_name, c.clerk_email, "
    "(SELECT count(*) FROM meeting m WHERE m.committee_id = c.id), "
    "(SELECT count(*) FROM action a WHERE a.committee_id = c.id "
    f"AND a.status IN ({placeholders(len(OPEN_STATUSES))})), "
    f"{_ARCHIVED}, c.closure_needs_agreement "
    "FROM committee c"
)


def _record(row) -> CommitteeRecord:
    return CommitteeRecord(*row[:7], archived=row[7] == "yes", closure_needs_agreement=bool(row[8]))


def get(q: Sql, committee_id: int) -> CommitteeRecord:
    return _record(q.first(f"{_SELECT} WHERE c.id = ?", (*OPEN_STATUSES, committee_id)))


def listed(q: Sql, *, include_archived: bool = False) -> list[CommitteeRecord]:
    """Every committee (not archived ones unless asked), by code."""
    where = "" if include_archived else f" WHERE {NOT_ARCHIVED}"
    return [_record(r) for r in q.rows(f"{_SELECT}{where} ORDER BY c.code", OPEN_STATUSES)]


def code_taken(q: Sql, code: str, *, other_than: int | None = None) -> str | None:
    """Why code cannot be given to a committee (other than other_than), or None: another
    committee has it, or had it (its references still carry it)."""
    code = code.upper()
    row = q.first(
        "SELECT code FROM committee WHERE upper(code) = ? AND id != ?",
        (code, other_than if other_than is not None else -1),
    )
    if row is not None:
        return f"A committee already has the code {code}."
    row = q.first(
        "SELECT c.code FROM audit au JOIN committee c ON c.id = au.entity_id "
        "WHERE au.entity = 'committee' AND au.field = 'code' AND upper(au.old) = ? "
        "AND c.id != ? ORDER BY au.id DESC",
        (code, other_than if other_than is not None else -1),
    )
    if row is not None:
        return (
            f"{code} was the code of {row[0]}, and its references ({code}-1...) still point there."
        )
    return None


def former_codes(q: Sql, committee_id: int) -> list[str]:
    """The codes a committee had before its present one, oldest first."""
    rows = q.rows(
        "SELECT old FROM audit WHERE entity = 'committee' AND entity_id = ? AND field = 'code' "
        "ORDER BY id",
        (committee_id,),
    )
    return list(dict.fromkeys(r[0] for r in rows if r[0]))


def by_former_code(q: Sql, code: str) -> int | None:
    """The id of the committee that last had code before changing it (None when no
    committee had it, or one has it now)."""
    code = (code or "").strip().upper()
    if q.first("SELECT 1 FROM committee WHERE upper(code) = ?", (code,)) is not None:
        return None
    row = q.first(
        "SELECT au.entity_id FROM audit au JOIN committee c ON c.id = au.entity_id "
        "WHERE au.entity = 'committee' AND au.field = 'code' AND upper(au.old) = ? "
        "ORDER BY au.id DESC",
        (code,),
    )
    return row[0] if row else None


def record_counts(q: Sql, committee_id: int) -> dict[str, int]:
    """How many meetings, actions and resolutions a committee has (delete needs none)."""
    return {
        "meetings": q.scalar(
            "SELECT count(*) FROM meeting WHERE committee_id = ?", (committee_id,)
        ),
        "actions": q.scalar("SELECT count(*) FROM action WHERE committee_id = ?", (committee_id,)),
    }


def open_refs(q: Sql, committee_id: int, limit: int = 6) -> list[str]:
    """References of a committee's open actions, in number order (at most limit)."""
    rows = q.rows(
        "SELECT ref FROM action WHERE committee_id = ? "
        f"AND status IN ({placeholders(len(OPEN_STATUSES))}) ORDER BY number LIMIT {int(limit)}",
        (committee_id, *OPEN_STATUSES),
    )
    return [r[0] for r in rows]


def delete(q: Sql, committee_id: int) -> None:
    """Remove a committee that has no meetings or actions (its audit rows stay)."""
    q.execute("DELETE FROM committee WHERE id = ?", (committee_id,))


def name_taken(q: Sql, name: str, *, other_than: int | None = None) -> bool:
    return (
        q.first(
            "SELECT 1 FROM committee WHERE lower(name) = ? AND id != ?",
            (name.lower(), other_than if other_than is not None else -1),
        )
        is not None
    )


def insert(
    q: Sql,
    *,
    code: str,
    name: str,
    clerk_name: str | None,
    clerk_email: str | None,
    by: str,
) -> int:
    """Add a committee (its actions will be numbered from 1) and its 'created' audit row;
    its id."""
    committee_id = q.insert(
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
    audit(
        q,
        by=by,
        entity="committee",
        entity_id=committee_id,
        label=code,
        field="created",
        new=name,
        committee_id=committee_id,
    )
    return committee_id


# What a clerk may change, one fixed statement each.  A new code is used for new
# references; existing ones keep the code they were made with (action.ref is stable).
_UPDATES = {
    "code": "UPDATE committee SET code = ? WHERE id = ?",
    "name": "UPDATE committee SET name = ? WHERE id = ?",
    "clerk_name": "UPDATE committee SET clerk_name = ? WHERE id = ?",
    "clerk_email": "UPDATE committee SET clerk_email = ? WHERE id = ?",
    "closure_needs_agreement": "UPDATE committee SET closure_needs_agreement = ? WHERE id = ?",
}
EDITABLE = tuple(_UPDATES)


def update(q: Sql, committee_id: int, column: str, value) -> None:
    """Set one of the EDITABLE columns of a committee."""
    q.execute(_UPDATES[column], (value, committee_id))


def names(q: Sql) -> list[tuple[int, str, str]]:
    """(id, code, name) of every committee that is not archived, by code."""
    return [
        (r[0], r[1], r[2])
        for r in q.rows(
            "SELECT c.id, c.code, c.name FROM committee c WHERE "
            + NOT_ARCHIVED
            + " ORDER BY c.code"
        )
    ]
