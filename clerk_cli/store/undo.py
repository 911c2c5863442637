"""The changes a person made, read back from the audit trail, and putting them back.

Every audit row a transaction writes carries that transaction's time (Sql.now), so
the rows of one command are found together: (who, at).  Undoing a change writes the
reverse of each of its rows, as a change of its own, so an undo can itself be undone.

Undo covers what is done to actions day to day: adding one, notes, status, due date,
text, owner, confidentiality, resolution.  A change to a meeting, post or committee,
or the deletion of an action, is refused with what to do instead.
"""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.store.links import LINK_FIELDS, NOTE_MOVED
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql, as_utc, placeholders

# The marker row an undo writes beside the reversed rows.
UNDO_FIELD = "undone"

# Audit field -> the action column it changes.
_COLUMNS = {
    "status": "status",
    "completed_at": "completed_at",
    "due_date": "due_date",
    "due_rule": "due_rule",
    "due_text": "due_text",
    "text": "text",
    "confidential": "confidential",
    "outcome": "outcome",
    "closed_minute": "closed_minute",
}
# proposal and closed_meeting: closure by a committee (store.closures).
_UNDOABLE = {
    *_COLUMNS,
    "note",
    "created",
    "owner",
    "resolution",
    "proposal",
    "closed_meeting",
    UNDO_FIELD,
    *LINK_FIELDS,  # links between actions (store.links)
}


@dataclass
class Row:
    id: int
    entity: str
    entity_id: int
    label: str
    committee_id: int | None
    field: str
    old: str | None
    new: str | None


@dataclass
class Change:
    """One command's worth of audit rows."""

    by: str
    at: datetime
    rows: list[Row] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return list(dict.fromkeys(r.label for r in self.rows))

    def refusal(self) -> str | None:
        """Why this change cannot be undone, or None."""
        for r in self.rows:
            if r.entity == "note" and r.field == NOTE_MOVED:
                continue  # a duplicate's note moved across (store.links): moved back
            if r.entity != "action":
                return f"it changed {r.entity} {r.label}; change it back with clerk {r.entity} edit"
            if r.field == "deleted":
                return f"it deleted {r.label}, and a deleted action cannot be brought back"
            if r.field not in _UNDOABLE:
                return f"it changed {r.field} of {r.label}, which undo does not cover"
        return None


def recent_changes(q: Sql, by: str, *, limit: int) -> list[Change]:
    """The last `limit` changes this person made, newest first."""
    times = [
        as_utc(r[0])
        for r in q.rows(
            'SELECT DISTINCT at FROM audit WHERE "by" = ? ORDER BY at DESC LIMIT ?', (by, limit)
        )
    ]
    if not times:
        return []
    rows = q.rows(
        'SELECT id, at, entity, entity_id, label, committee_id, field, old, new FROM audit WHERE "by" = ? '
        f"AND at IN ({placeholders(len(times))}) ORDER BY id",
        [by, *times],
    )
    by_time: dict[datetime, Change] = {t: Change(by, t) for t in times}
    for id_, at, *rest in rows:
        by_time[as_utc(at)].rows.append(Row(id_, *rest))
    return [by_time[t] for t in times if by_time[t].rows]


def _owner_id(q: Sql, name: str | None) -> int | None:
    if not name:
        return None
    found = q.scalar("SELECT id FROM owner WHERE name = ?", (name,))
    if found is None:
        found = q.scalar(
            "SELECT entity_id FROM audit WHERE entity = 'owner' AND field = 'name' AND old = ? "
            "ORDER BY id DESC",
            (name,),
        )
    return found


def _resolution_id(q: Sql, action_id: int, ref: str | None) -> int | None:
    if not ref:
        return None
    return q.scalar(
        "SELECT r.id FROM resolution r JOIN action a ON a.meeting_id = r.meeting_id "
        "WHERE a.id = ? AND r.ref = ?",
        (action_id, ref),
    )


def _value(column: str, text: str | None):
    if text is None:
        return None
    if column == "confidential":
        return text == "yes"
    if column == "due_date":
        return date.fromisoformat(text[:10])
    if column == "completed_at":
        return datetime.fromisoformat(text)
    return text


def reverse(q: Sql, change: Change, *, by: str) -> None:
    """Put back what change did, newest row first, auditing each step as a new change."""
    for r in reversed(change.rows):
        kw = {
            "by": by,
            "entity": "action",
            "entity_id": r.entity_id,
            "label": r.label,
            "committee_id": r.committee_id,
        }
        if r.field == UNDO_FIELD:
            continue
        if r.entity == "note" or r.field in LINK_FIELDS:
            from clerk_cli.store.links import reverse_row

            reverse_row(q, r, by=by)
            continue
        if r.field == "created":
            from clerk_cli.store.links import refuse_if_linked

            refuse_if_linked(q, r.entity_id, r.label)
            q.execute("DELETE FROM note WHERE action_id = ?", (r.entity_id,))
            q.execute("DELETE FROM closure_proposal WHERE action_id = ?", (r.entity_id,))
            q.execute("DELETE FROM action WHERE id = ?", (r.entity_id,))
            audit(q, field="deleted", old=r.new, **kw)
        elif r.field == "note":
            note_id = q.scalar(
                "SELECT max(id) FROM note WHERE action_id = ? AND text = ?", (r.entity_id, r.new)
            )
            if note_id is not None:
                q.execute("DELETE FROM note WHERE id = ?", (note_id,))
                audit(q, field="note removed", old=r.new, **kw)
        elif r.field == "owner":
            q.execute(
                "UPDATE action SET owner_id = ? WHERE id = ?", (_owner_id(q, r.old), r.entity_id)
            )
            audit(q, field="owner", old=r.new, new=r.old, **kw)
        elif r.field == "resolution":
            q.execute(
                "UPDATE action SET resolution_id = ? WHERE id = ?",
                (_resolution_id(q, r.entity_id, r.old), r.entity_id),
            )
            audit(q, field="resolution", old=r.new, new=r.old, **kw)
        elif r.field == "proposal":
            from clerk_cli.store.closures import undo_proposal

            undo_proposal(q, action_id=r.entity_id, old=r.old, new=r.new, by=by)
            audit(q, field="proposal", old=r.new, new=r.old, **kw)
        elif r.field == "closed_meeting":
            from clerk_cli.store.closures import meeting_on

            q.execute(
                "UPDATE action SET closed_meeting_id = ? WHERE id = ?",
                (meeting_on(q, r.committee_id, r.old), r.entity_id),
            )
            audit(q, field="closed_meeting", old=r.new, new=r.old, **kw)
        else:
            column = _COLUMNS[r.field]
            q.execute(
                f'UPDATE action SET "{column}" = ? WHERE id = ?',
                (_value(column, r.old), r.entity_id),
            )
            if column == "due_date" and r.old is not None and r.new is not None:
                # A person's move of a set date counted as a slip: count it back.
                q.execute(
                    "UPDATE action SET slip_count = max(slip_count - 1, 0) WHERE id = ?"
                    if q.is_sqlite
                    else "UPDATE action SET slip_count = greatest(slip_count - 1, 0) WHERE id = ?",
                    (r.entity_id,),
                )
            audit(q, field=r.field, old=r.new, new=r.old, **kw)
    first = next(r for r in change.rows if r.entity == "action")
    audit(
        q,
        by=by,
        entity="action",
        entity_id=first.entity_id,
        label=first.label,
        committee_id=first.committee_id,
        field=UNDO_FIELD,
        new=f"the change of {change.at.isoformat(timespec='seconds')} by {change.by}",
    )
    # A moved note's row (entity 'note') stands for the first action: no other is touched.
    q.execute(
        f"UPDATE action SET updated_at = ? WHERE id IN ({placeholders(len(change.rows))})",
        [q.now, *(r.entity_id if r.entity == "action" else first.entity_id for r in change.rows)],
    )
