"""The SQL of import-minutes: what a plan reads (committees, owners, meetings, earlier
imports and what changed since) and what recording one writes (meetings, imports,
resolutions).  Actions are inserted by store.actions; deleted by store.action_edits.

Functions take the connection first and never commit.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from clerk_cli.rules.status import utcnow
from clerk_cli.store.lookup import CommitteeRow
from clerk_cli.store.sql import Sql, as_date, as_utc


# Rows are NamedTuples, not frozen dataclasses: a frozen dataclass costs import-minutes
# about a millisecond of start-up each (its methods are generated and compiled at import).
class ImportRow(NamedTuple):
    """One minutes file recorded earlier."""

    id: int
    sha256: str
    filename: str
    meeting_id: int | None
    imported_at: datetime
    by: str
    resolutions: int
    actions: int


class MeetingOnDay(NamedTuple):
    id: int
    time: str | None
    title: str | None
    status: str


# ---- reading, for a plan ---------------------------------------------------------------


def owner_names(q: Sql) -> list[str]:
    """Every owner's name, in order."""
    return [r[0] for r in q.rows("SELECT name FROM owner ORDER BY name")]


def committees(q: Sql) -> list[CommitteeRow]:
    return [CommitteeRow(*r) for r in q.rows("SELECT id, code, name FROM committee ORDER BY id")]


def owners(q: Sql) -> list[tuple[int, str]]:
    """(id, name) of every owner."""
    return [tuple(r) for r in q.rows("SELECT id, name FROM owner ORDER BY id")]


def serving_owner_ids(q: Sql, committee_id: int) -> set[int]:
    """The posts that serve a committee: the owners of its actions."""
    rows = q.rows(
        "SELECT DISTINCT owner_id FROM action WHERE committee_id = ? AND owner_id IS NOT NULL",
        (committee_id,),
    )
    return {r[0] for r in rows}


def current_holders(q: Sql) -> list[tuple[int, str, str | None]]:
    """(owner id, holder's name, email) of every post's current holder."""
    return [
        tuple(r)
        for r in q.rows(
            "SELECT owner_id, name, email FROM owner_holder WHERE ended_at IS NULL ORDER BY id"
        )
    ]


def meetings_on(q: Sql, committee_id: int, day: date) -> list[MeetingOnDay]:
    """A committee's meetings on one day, oldest record first."""
    rows = q.rows(
        "SELECT id, time, title, status FROM meeting WHERE committee_id = ? AND date = ? "
        "ORDER BY id",
        (committee_id, day),
    )
    return [MeetingOnDay(*r) for r in rows]


_IMPORT = (
    'SELECT id, sha256, filename, meeting_id, imported_at, "by", resolutions, actions '
    "FROM minutes_import "
)


def _import(row) -> ImportRow | None:
    if row is None:
        return None
    return ImportRow(row[0], row[1], row[2], row[3], as_utc(row[4]), *row[5:])


def import_by_hash(q: Sql, sha256: str) -> ImportRow | None:
    """The import of minutes with this content, if any."""
    return _import(q.first(_IMPORT + "WHERE sha256 = ?", (sha256,)))


def imports_into(q: Sql, *, meeting_id: int) -> list[ImportRow]:
    """The imports of minutes into this meeting, latest first."""
    rows = q.rows(_IMPORT + "WHERE meeting_id = ? ORDER BY id DESC", (meeting_id,))
    return [_import(r) for r in rows]


def meeting_label(q: Sql, meeting_id: int) -> str | None:
    """CODE/YYYY-MM-DD of a meeting, or None when it is gone."""
    row = q.first(
        "SELECT c.code, m.date FROM meeting m JOIN committee c ON c.id = m.committee_id "
        "WHERE m.id = ?",
        (meeting_id,),
    )
    return f"{row[0]}/{as_date(row[1]).isoformat()}" if row else None


def meeting_resolutions(q: Sql, meeting_id: int) -> list[tuple[int, str, int | None]]:
    """(id, ref, import id) of a meeting's resolutions."""
    return [
        tuple(r)
        for r in q.rows(
            "SELECT id, ref, import_id FROM resolution WHERE meeting_id = ? ORDER BY id",
            (meeting_id,),
        )
    ]


def changes_since_created(q: Sql, import_id: int) -> list[tuple[int, str]]:
    """(action id, field) of every audited change, after its creation, to an action this
    import recorded."""
    rows = q.rows(
        "SELECT au.entity_id, au.field FROM audit au JOIN action a ON a.id = au.entity_id "
        "WHERE au.entity = 'action' AND au.field != 'created' AND a.import_id = ? ORDER BY au.id",
        (import_id,),
    )
    return [tuple(r) for r in rows]


def with_notes(q: Sql, import_id: int) -> set[int]:
    """The ids of the actions this import recorded that have notes."""
    rows = q.rows(
        "SELECT DISTINCT n.action_id FROM note n JOIN action a ON a.id = n.action_id "
        "WHERE a.import_id = ?",
        (import_id,),
    )
    return {r[0] for r in rows}


# ---- writing, when a plan is recorded ---------------------------------------------------


def insert_meeting(
    q: Sql, *, committee_id: int, day: date, time: str | None, title: str | None
) -> int:
    """A meeting that the minutes show was held; its id."""
    return q.insert(
        "meeting",
        {
            "committee_id": committee_id,
            "date": day,
            "time": time,
            "title": title,
            "status": "held",
            "created_at": utcnow(),
        },
    )


def set_meeting_status(q: Sql, meeting_id: int, status: str) -> None:
    q.execute("UPDATE meeting SET status = ? WHERE id = ?", (status, meeting_id))


def insert_import(
    q: Sql, *, sha256: str, filename: str, meeting_id: int, by: str, resolutions: int, actions: int
) -> int:
    """Record that a minutes file was imported; its id."""
    return q.insert(
        "minutes_import",
        {
            "sha256": sha256,
            "filename": filename,
            "meeting_id": meeting_id,
            "imported_at": utcnow(),
            "by": by,
            "resolutions": resolutions,
            "actions": actions,
        },
    )


def renew_import(
    q: Sql,
    import_id: int,
    *,
    sha256: str,
    filename: str,
    meeting_id: int,
    by: str,
    resolutions: int,
    actions: int,
) -> None:
    """An earlier import, replaced: it now stands for these minutes (same id, so the
    actions it keeps stay linked to it)."""
    q.execute(
        'UPDATE minutes_import SET sha256 = ?, filename = ?, meeting_id = ?, imported_at = ?, "by" = ?, '
        "resolutions = ?, actions = ? WHERE id = ?",
        (sha256, filename, meeting_id, utcnow(), by, resolutions, actions, import_id),
    )


def insert_resolution(q: Sql, *, meeting_id: int, ref: str, text: str, import_id: int) -> int:
    return q.insert(
        "resolution",
        {
            "meeting_id": meeting_id,
            "ref": ref,
            "text": text,
            "import_id": import_id,
            "created_at": utcnow(),
        },
    )


def resolutions_of_import(q: Sql, import_id: int) -> list[tuple[int, str, str, str]]:
    """(id, ref, text, meeting label) of the resolutions an import recorded."""
    rows = q.rows(
        "SELECT r.id, r.ref, r.text, c.code, m.date FROM resolution r "
        "JOIN meeting m ON m.id = r.meeting_id JOIN committee c ON c.id = m.committee_id "
        "WHERE r.import_id = ? ORDER BY r.id",
        (import_id,),
    )
    return [(r[0], r[1], r[2], f"{r[3]}/{as_date(r[4]).isoformat()}") for r in rows]


def unlink_resolutions(q: Sql, import_id: int) -> list[tuple[int, int, str, int]]:
    """Unlink every action from the resolutions this import recorded; (action id,
    resolution id, action ref, committee id) of each one that was linked."""
    linked = q.rows(
        "SELECT a.id, a.resolution_id, a.ref, a.committee_id FROM action a "
        "JOIN resolution r ON r.id = a.resolution_id WHERE r.import_id = ? ORDER BY a.id",
        (import_id,),
    )
    q.execute(
        "UPDATE action SET resolution_id = NULL "
        "WHERE resolution_id IN (SELECT id FROM resolution WHERE import_id = ?)",
        (import_id,),
    )
    return [tuple(r) for r in linked]


def link_resolution(q: Sql, action_id: int, resolution_id: int | None) -> None:
    q.execute("UPDATE action SET resolution_id = ? WHERE id = ?", (resolution_id, action_id))


def delete_resolution(q: Sql, resolution_id: int) -> None:
    q.execute("DELETE FROM resolution WHERE id = ?", (resolution_id,))
