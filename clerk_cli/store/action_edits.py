"""Reading an action as an edit needs it, changing its columns, and deleting it.

Used by services.action_edits (clerk edit, clerk delete) and by import-minutes
--replace.  Functions take the connection first and never commit.
"""

from __future__ import annotations

from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql, as_date, as_utc

# The columns an edit may change, one fixed statement each (no SQL is built from names).
_SET = {
    "text": "UPDATE action SET text = ? WHERE id = ?",
    "owner_id": "UPDATE action SET owner_id = ? WHERE id = ?",
    "meeting_id": "UPDATE action SET meeting_id = ? WHERE id = ?",
    "status": "UPDATE action SET status = ? WHERE id = ?",
    "due_date": "UPDATE action SET due_date = ? WHERE id = ?",
    "due_rule": "UPDATE action SET due_rule = ? WHERE id = ?",
    "due_text": "UPDATE action SET due_text = ? WHERE id = ?",
    "original_due_date": "UPDATE action SET original_due_date = ? WHERE id = ?",
    "slip_count": "UPDATE action SET slip_count = ? WHERE id = ?",
    "confidential": "UPDATE action SET confidential = ? WHERE id = ?",
    "resolution_id": "UPDATE action SET resolution_id = ? WHERE id = ?",
    "source": "UPDATE action SET source = ? WHERE id = ?",
    "import_id": "UPDATE action SET import_id = ? WHERE id = ?",
    "completed_at": "UPDATE action SET completed_at = ? WHERE id = ?",
    "updated_at": "UPDATE action SET updated_at = ? WHERE id = ?",
    "minute_ref": "UPDATE action SET minute_ref = ? WHERE id = ?",
    "evidence": "UPDATE action SET evidence = ? WHERE id = ?",
}
EDITABLE = frozenset(_SET)


@dataclass(frozen=True)
class EditableAction:
    """An action's fields as an edit reads them, with its meeting's date and its owner's
    and resolution's names (for the audit trail)."""

    id: int
    ref: str
    committee_id: int
    meeting_id: int | None
    meeting_date: date | None
    created_at: datetime
    owner_id: int | None
    owner: str | None
    text: str
    status: str
    due_date: date | None
    due_rule: str | None
    due_text: str | None
    original_due_date: date | None
    slip_count: int
    confidential: bool
    resolution_id: int | None
    resolution_ref: str | None


_SELECT = (
    "SELECT a.id, a.ref, a.committee_id, a.meeting_id, m.date, a.created_at, a.owner_id, o.name, "
    "a.text, a.status, a.due_date, a.due_rule, a.due_text, a.original_due_date, a.slip_count, "
    "a.confidential, a.resolution_id, r.ref "
    "FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id "
    "LEFT JOIN owner o ON o.id = a.owner_id LEFT JOIN resolution r ON r.id = a.resolution_id "
)


def _editable(row) -> EditableAction:
    return EditableAction(
        id=row[0],
        ref=row[1],
        committee_id=row[2],
        meeting_id=row[3],
        meeting_date=as_date(row[4]),
        created_at=as_utc(row[5]),
        owner_id=row[6],
        owner=row[7],
        text=row[8],
        status=row[9],
        due_date=as_date(row[10]),
        due_rule=row[11],
        due_text=row[12],
        original_due_date=as_date(row[13]),
        slip_count=row[14] or 0,
        confidential=bool(row[15]),
        resolution_id=row[16],
        resolution_ref=row[17],
    )


def minute_and_evidence(q: Sql, action_id: int) -> tuple[str | None, str | None]:
    """An action's minute reference and the evidence it was imported from."""
    row = q.first("SELECT minute_ref, evidence FROM action WHERE id = ?", (action_id,))
    return (row[0], row[1]) if row else (None, None)


def editable_action(q: Sql, action_id: int) -> EditableAction:
    """One action by id, as an edit reads it."""
    return _editable(q.first(_SELECT + "WHERE a.id = ?", (action_id,)))


def editable_actions_of_import(q: Sql, import_id: int) -> list[EditableAction]:
    """The actions one minutes import recorded, in the order it recorded them."""
    return [
        _editable(r) for r in q.rows(_SELECT + "WHERE a.import_id = ? ORDER BY a.id", (import_id,))
    ]


def update_action(q: Sql, action_id: int, **values) -> None:
    """Set some columns of one action (names from EDITABLE)."""
    unknown = set(values) - EDITABLE
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    for column, value in values.items():
        q.execute(_SET[column], (value, action_id))


def remove_action(
    q: Sql, *, action_id: int, ref: str, text: str, committee_id: int, by: str, reason: str | None
) -> None:
    """Delete an action, its notes and its proposals to close, recording the deletion in
    the audit trail."""
    q.execute("DELETE FROM note WHERE action_id = ?", (action_id,))
    q.execute("DELETE FROM closure_proposal WHERE action_id = ?", (action_id,))
    audit(
        q,
        by=by,
        entity="action",
        entity_id=action_id,
        label=ref,
        field="deleted",
        old=text,
        new=reason,
        committee_id=committee_id,
    )
    q.execute("DELETE FROM action WHERE id = ?", (action_id,))
