"""Writing actions and notes, and reading their audit trail.

The one place an action row is inserted (add-action, import-minutes, demo, restore
of single actions all come here), so its columns and defaults are stated once.
"""

from __future__ import annotations

from datetime import date, datetime

from clerk_cli.rules.status import CLOSED_STATUSES, outcome_of, utcnow
from clerk_cli.store.lookup import audit
from clerk_cli.store.sql import Sql, as_date, as_utc
from clerk_cli.views import AuditView

_AUDIT_COLUMNS = 'SELECT at, "by", entity, label, field, old, new FROM audit '


def allocate_ref(q: Sql, committee_id: int, code: str) -> tuple[str, int]:
    """The next CODE-n of a committee.  Safe under concurrency: the UPDATE locks the
    committee row (PostgreSQL) inside an IMMEDIATE transaction (SQLite)."""
    q.execute(
        "UPDATE committee SET next_action_number = next_action_number + 1 WHERE id = ?",
        (committee_id,),
    )
    number = q.scalar("SELECT next_action_number FROM committee WHERE id = ?", (committee_id,)) - 1
    return f"{code}-{number}", number


def insert_action(
    q: Sql,
    *,
    committee_id: int,
    code: str,
    text: str,
    by: str,
    meeting_id: int | None = None,
    resolution_id: int | None = None,
    owner_id: int | None = None,
    due_date: date | None = None,
    due_rule: str | None = None,
    due_text: str | None = None,
    confidential: bool = False,
    source: str | None = None,
    import_id: int | None = None,
    now: datetime | None = None,
    minute_ref: str | None = None,
    evidence: str | None = None,
) -> tuple[int, str]:
    """Record a new action with the committee's next reference, and its 'created' audit
    row; (id, ref)."""
    ref, number = allocate_ref(q, committee_id, code)
    now = now or utcnow()
    action_id = q.insert(
        "action",
        {
            "ref": ref,
            "number": number,
            "committee_id": committee_id,
            "meeting_id": meeting_id,
            "resolution_id": resolution_id,
            "owner_id": owner_id,
            "text": text,
            "status": "open",
            "due_date": due_date,
            "due_rule": due_rule,
            "due_text": due_text,
            "original_due_date": due_date,
            "slip_count": 0,
            "confidential": confidential,
            "source": source,
            "import_id": import_id,
            "minute_ref": minute_ref,
            "evidence": evidence,
            "created_at": now,
            "updated_at": now,
        },
    )
    audit(
        q,
        by=by,
        entity="action",
        entity_id=action_id,
        label=ref,
        field="created",
        new=text,
        committee_id=committee_id,
    )
    return action_id, ref


def insert_note(
    q: Sql,
    *,
    action_id: int,
    ref: str,
    committee_id: int,
    text: str,
    by: str,
    effective_at: datetime | None = None,
) -> None:
    """Add a note to an action (audited) and mark the action as updated.  A backdated
    note (effective_at) carries that time; its audit row keeps when it was recorded."""
    now = utcnow()
    q.insert(
        "note",
        {"action_id": action_id, "text": text, "author": by, "created_at": effective_at or now},
    )
    audit(
        q,
        by=by,
        entity="action",
        entity_id=action_id,
        label=ref,
        field="note",
        new=text,
        committee_id=committee_id,
        effective_at=effective_at,
    )
    q.execute("UPDATE action SET updated_at = ? WHERE id = ?", (now, action_id))


def set_status(
    q: Sql,
    *,
    action_id: int,
    ref: str,
    committee_id: int,
    old_status: str,
    status: str,
    old_completed: datetime | None,
    completed: datetime | None,
    by: str,
    effective_at: datetime | None = None,
    outcome: str | None = None,
    note: str | None = None,
) -> None:
    """Change an action's status, completion time and outcome (rules.status.outcome_of:
    the status itself when it closes, unless a finer outcome is given), auditing each
    change (with the time it took effect, for a backdated change).  Every closing path
    passes here, so an action referred from another committee returns its outcome to
    the action it came from (store.links; note: the closing note, quoted there)."""
    kw = {
        "by": by,
        "entity": "action",
        "label": ref,
        "committee_id": committee_id,
        "effective_at": effective_at,
    }
    audit(q, field="status", old=old_status, new=status, entity_id=action_id, **kw)
    if completed != old_completed:
        audit(q, field="completed_at", old=old_completed, new=completed, entity_id=action_id, **kw)
    new_outcome = outcome_of(status, outcome)
    old_outcome = q.scalar("SELECT outcome FROM action WHERE id = ?", (action_id,))
    if new_outcome != old_outcome:
        audit(q, field="outcome", old=old_outcome, new=new_outcome, entity_id=action_id, **kw)
    q.execute(
        "UPDATE action SET status = ?, completed_at = ?, outcome = ?, updated_at = ? WHERE id = ?",
        (status, completed, new_outcome, utcnow(), action_id),
    )
    if new_outcome is not None and old_status not in CLOSED_STATUSES:
        from clerk_cli.store.links import return_outcome

        on = (completed or effective_at or utcnow()).astimezone().date()
        return_outcome(
            q, action_id=action_id, outcome=new_outcome, on=on, by=by, note=note, at=effective_at
        )


def open_texts(
    q: Sql, *, committee_id: int, meeting_id: int | None, owner_id: int | None
) -> list[tuple[str, str]]:
    """(ref, text) of the open actions with this committee, meeting and owner."""
    meeting = "meeting_id IS NULL" if meeting_id is None else "meeting_id = ?"
    owner = "owner_id IS NULL" if owner_id is None else "owner_id = ?"
    params = [committee_id, *(v for v in (meeting_id, owner_id) if v is not None)]
    return q.rows(
        "SELECT ref, text FROM action WHERE committee_id = ? AND status IN ('open', 'in_progress') "
        f"AND {meeting} AND {owner}",
        params,
    )


def meeting_date_of(q: Sql, action_id: int) -> date | None:
    """The date of the meeting an action came from (None when it came from none)."""
    return as_date(
        q.scalar(
            "SELECT m.date FROM action a JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?",
            (action_id,),
        )
    )


def meeting_and_created(q: Sql, action_id: int) -> tuple[date | None, datetime]:
    """The date of an action's meeting (None when it came from none) and when it was
    recorded: what rules.as_of.exists_from reads."""
    row = q.first(
        "SELECT m.date, a.created_at FROM action a LEFT JOIN meeting m ON m.id = a.meeting_id "
        "WHERE a.id = ?",
        (action_id,),
    )
    return as_date(row[0]), as_utc(row[1])


def resolution_text(q: Sql, resolution_id: int) -> str | None:
    return q.scalar("SELECT text FROM resolution WHERE id = ?", (resolution_id,))


def action_audit(q: Sql, action_id: int, *, until: datetime | None = None) -> list[AuditView]:
    """Every recorded change of one action (made before until, if given), oldest first."""
    sql = _AUDIT_COLUMNS + "WHERE entity = 'action' AND entity_id = ?"
    params: list = [action_id]
    if until is not None:
        sql += " AND at < ?"
        params.append(until)
    rows = q.rows(sql + " ORDER BY id", params)
    return [AuditView(as_utc(r[0]), *r[1:]) for r in rows]


def committee_audit(
    q: Sql, committee_id: int, *, since: datetime | None, until: datetime | None
) -> list[AuditView]:
    """Every recorded change in a committee's records in [since, until), oldest first."""
    sql = _AUDIT_COLUMNS + "WHERE committee_id = ?"
    params: list = [committee_id]
    if since is not None:
        sql += " AND at >= ?"
        params.append(since)
    if until is not None:
        sql += " AND at < ?"
        params.append(until)
    return [AuditView(as_utc(r[0]), *r[1:]) for r in q.rows(sql + " ORDER BY id", params)]
