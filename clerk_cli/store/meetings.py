"""The SQL of meetings and their resolutions."""

from __future__ import annotations

from datetime import date

from clerk_cli.errors import Ambiguous
from clerk_cli.records import dataclass
from clerk_cli.rules.status import utcnow
from clerk_cli.store import lookup
from clerk_cli.store.sql import Sql, as_date

_COLUMNS = (
    "SELECT m.id, m.committee_id, c.code, m.date, m.time, m.title, m.status "
    "FROM meeting m JOIN committee c ON c.id = m.committee_id"
)


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    committee_id: int
    code: str
    date: date
    time: str | None
    title: str | None
    status: str

    @property
    def label(self) -> str:
        return lookup.meeting_label(self.code, self.date)

    @property
    def label_with_id(self) -> str:
        """How to tell two meetings of one day apart: "id 9, 10:00, held"."""
        return f"id {self.id}, {self.time or 'no time'}, {self.status}"


def _record(row) -> MeetingRecord:
    return MeetingRecord(row[0], row[1], row[2], as_date(row[3]), row[4], row[5], row[6])


def get(q: Sql, meeting_id: int) -> MeetingRecord:
    return _record(q.first(f"{_COLUMNS} WHERE m.id = ?", (meeting_id,)))


def on_day(q: Sql, committee_id: int, day: date) -> list[MeetingRecord]:
    """A committee's meetings on one date, in the order they were recorded."""
    rows = q.rows(
        f"{_COLUMNS} WHERE m.committee_id = ? AND m.date = ? ORDER BY m.id", (committee_id, day)
    )
    return [_record(r) for r in rows]


def find(q: Sql, ref: str) -> MeetingRecord:
    """A meeting by CODE/YYYY-MM-DD or id (lookup.meeting); when a committee met more than
    once that day, the error lists each meeting's id and time so the clerk can choose."""
    try:
        return get(q, lookup.meeting(q, ref).id)
    except Ambiguous as exc:
        from clerk_cli.dates import parse_date

        match = lookup.MEETING_REF.match((ref or "").strip())
        if not match:
            raise
        c = lookup.committee(q, match.group(1))
        day = parse_date(match.group(2))
        same_day = on_day(q, c.id, day)
        choices = "; ".join(m.label_with_id for m in same_day)
        raise Ambiguous(
            f"{c.code} met more than once on {day.isoformat()}: {choices}.",
            hint=f"Give the meeting's id instead, e.g. clerk meeting show {same_day[0].id}.",
        ) from exc


def listed(
    q: Sql,
    *,
    committee_id: int | None = None,
    from_date: date | None = None,
    include_archived: bool = True,
) -> list[MeetingRecord]:
    """Meetings in date order, optionally of one committee, from a date on, and leaving
    out archived committees'."""
    from clerk_cli.store.committees import NOT_ARCHIVED

    cl, params = [], []
    if not include_archived:
        cl.append(NOT_ARCHIVED)
    if committee_id is not None:
        cl.append("m.committee_id = ?")
        params.append(committee_id)
    if from_date is not None:
        cl.append("m.date >= ?")
        params.append(from_date)
    where = " WHERE " + " AND ".join(cl) if cl else ""
    return [_record(r) for r in q.rows(f"{_COLUMNS}{where} ORDER BY m.date, m.id", params)]


def insert(
    q: Sql, *, committee_id: int, day: date, time: str | None, title: str | None, status: str
) -> int:
    """Add a meeting; its id."""
    return q.insert(
        "meeting",
        {
            "committee_id": committee_id,
            "date": day,
            "time": time,
            "title": title,
            "status": status,
            "created_at": utcnow(),
        },
    )


# What a clerk may change, one fixed statement each.
_UPDATES = {
    "date": "UPDATE meeting SET date = ? WHERE id = ?",
    "time": "UPDATE meeting SET time = ? WHERE id = ?",
    "title": "UPDATE meeting SET title = ? WHERE id = ?",
    "status": "UPDATE meeting SET status = ? WHERE id = ?",
}
EDITABLE = tuple(_UPDATES)


def update(q: Sql, meeting_id: int, column: str, value) -> None:
    """Set one of the EDITABLE columns of a meeting."""
    q.execute(_UPDATES[column], (value, meeting_id))


def delete(q: Sql, meeting_id: int) -> None:
    q.execute("DELETE FROM meeting WHERE id = ?", (meeting_id,))


def has_items(q: Sql, meeting_id: int) -> bool:
    """True when any action or resolution refers to the meeting, or it decided a closure
    (store.closures: an action closed by agreement there, a proposal decided there)."""
    return bool(
        q.first("SELECT 1 FROM action WHERE meeting_id = ? LIMIT 1", (meeting_id,))
        or q.first("SELECT 1 FROM resolution WHERE meeting_id = ? LIMIT 1", (meeting_id,))
        or q.first("SELECT 1 FROM action WHERE closed_meeting_id = ? LIMIT 1", (meeting_id,))
        or q.first("SELECT 1 FROM closure_proposal WHERE meeting_id = ? LIMIT 1", (meeting_id,))
    )


def resolutions(q: Sql, meeting_id: int) -> list[tuple[str, str]]:
    """(ref, text) of a meeting's resolutions, in the order they were recorded."""
    return [
        (r[0], r[1])
        for r in q.rows(
            "SELECT ref, text FROM resolution WHERE meeting_id = ? ORDER BY id", (meeting_id,)
        )
    ]


def add_resolution(q: Sql, *, meeting_id: int, ref: str, text: str) -> int:
    return q.insert(
        "resolution", {"meeting_id": meeting_id, "ref": ref, "text": text, "created_at": utcnow()}
    )
