"""Actions as they stood at the end of a past day, replayed from the audit trail.

Every change to an action is one audit row holding the old and the new value, so the
state at a moment is today's row with every change made after that moment undone,
newest first.  The same holds for the things a report shows beside the action: the
post's name, its holder (owner_holder keeps each holder's start and end), the
meeting's date and the notes (each has its own time).  Nothing else is stored for
the past, so databases made before this module replay their whole history too.

Only actions changed after the moment are replayed; an action untouched since then
is read as it is.  What cannot be replayed: an action deleted since (it is gone),
and a committee's code or name changed since (shown as they are now).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.status import day_end as _day_end
from clerk_cli.store.sql import Sql, as_date, as_utc, placeholders

# Audit fields that record bookkeeping beside a due date change, not a change of
# their own (see rules.due): a due date moved with its meeting is not a slip.
MOVED_WITH_MEETING = "due_moved_with_meeting"

_CHUNK = 900  # SQLite's variable limit is 999


@dataclass
class Undo:
    """One later change to undo: the field and the value it had before."""

    field: str
    old: str | None
    new: str | None
    slip: bool  # a person moved a set due date (counted in slip_count)


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def changed_since(q: Sql, moment: datetime, *, entity: str = "action") -> set[int]:
    """Ids of the records of this kind changed at or after moment."""
    # A change counts from when it took effect: when it was recorded, or the earlier
    # moment given for a backdated one (done --on DATE), which can only be earlier.
    rows = q.rows(
        "SELECT DISTINCT entity_id FROM audit WHERE entity = ? AND at >= ? "
        "AND (effective_at IS NULL OR effective_at >= ?)",
        (entity, moment, moment),
    )
    return {r[0] for r in rows}


def undos(q: Sql, ids: list[int], moment: datetime) -> dict[int, list[Undo]]:
    """For each action, the changes made at or after moment, newest first."""
    out: dict[int, list[Undo]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = q.rows(
            "SELECT entity_id, field, old, new FROM audit WHERE entity = 'action' AND at >= ? "
            "AND (effective_at IS NULL OR effective_at >= ?) "
            f"AND entity_id IN ({placeholders(len(chunk))}) ORDER BY id DESC",
            [moment, moment, *chunk],
        )
        moved: set[int] = set()
        for entity_id, field, old, new in rows:
            # Rows come newest first: a move's marker is written just after its due_date
            # row, so it is seen first.
            if field == MOVED_WITH_MEETING:
                moved.add(entity_id)
                continue
            slip = False
            if field == "due_date":
                slip = old is not None and new is not None and entity_id not in moved
                moved.discard(entity_id)
            out[entity_id].append(Undo(field, old, new, slip))
    return out


def owner_names_at(q: Sql, moment: datetime) -> tuple[dict[int, str], dict[str, int]]:
    """(post id -> its name at moment, any name a post has had -> its id)."""
    names = {r[0]: r[1] for r in q.rows("SELECT id, name FROM owner")}
    by_name = {name: i for i, name in names.items()}
    for entity_id, old, _new in q.rows(
        "SELECT entity_id, old, new FROM audit WHERE entity = 'owner' AND field = 'name' "
        "AND at >= ? ORDER BY id DESC",
        (moment,),
    ):
        if entity_id in names and old:
            names[entity_id] = old
            by_name.setdefault(old, entity_id)
    return names, by_name


def holders_at(q: Sql, moment: datetime) -> dict[int, tuple[str, str | None]]:
    """Post id -> (name, email) of the person who held it at moment.

    A post recorded only after moment has no holder on record for that time: its
    first recorded holder stands for it (the best knowledge clerk has, and the same
    answer whenever it is asked).  A post vacant at moment stays vacant.
    """
    out: dict[int, tuple[str, str | None]] = {}
    first: dict[int, tuple[str, str | None]] = {}
    for owner_id, name, email, started, ended in q.rows(
        "SELECT owner_id, name, email, started_at, ended_at FROM owner_holder "
        "ORDER BY started_at, id"
    ):
        started, ended = as_utc(started), as_utc(ended)
        if started >= moment:
            first.setdefault(owner_id, (name, email))
            continue
        first[owner_id] = None  # held before moment: no stand-in
        if ended is None or ended >= moment:
            out[owner_id] = (name, email)
    for owner_id, holder in first.items():
        if holder is not None and owner_id not in out:
            out[owner_id] = holder
    # An email changed after moment (owner edit --email) is undone too.
    for entity_id, old, _new in q.rows(
        "SELECT entity_id, old, new FROM audit WHERE entity = 'owner' AND field = 'email' "
        "AND at >= ? ORDER BY id DESC",
        (moment,),
    ):
        if entity_id in out:
            out[entity_id] = (out[entity_id][0], old)
    return out


def meeting_dates_at(q: Sql, meeting_ids: list[int], moment: datetime) -> dict[int, date]:
    """Meetings moved after moment -> the date they had at moment."""
    out: dict[int, date] = {}
    if not meeting_ids:
        return out
    for chunk in _chunks(meeting_ids):
        for entity_id, old in q.rows(
            "SELECT entity_id, old FROM audit WHERE entity = 'meeting' AND field = 'date' "
            f"AND at >= ? AND entity_id IN ({placeholders(len(chunk))}) ORDER BY id DESC",
            [moment, *chunk],
        ):
            if old:
                out[entity_id] = date.fromisoformat(old[:10])
    return out


def latest_notes_at(
    q: Sql, ids: list[int], moment: datetime
) -> dict[int, tuple[str, datetime | None, str]]:
    """Action id -> (text, time, author) of its latest note made before moment."""
    out: dict[int, tuple[str, datetime | None, str]] = {}
    if _moved_notes(q, moment):
        # Notes moved since (a duplicate's, store.links): read where they stood.
        for action_id, kept in notes_at(q, ids, moment).items():
            text, author, created_at = kept[-1]
            out[action_id] = (text, created_at, author)
        return out
    for chunk in _chunks(ids):
        for action_id, text, created_at, author in q.rows(
            "SELECT n.action_id, n.text, n.created_at, n.author FROM note n WHERE n.id IN ("
            "SELECT max(id) FROM note WHERE created_at < ? "
            f"AND action_id IN ({placeholders(len(chunk))}) GROUP BY action_id)",
            [moment, *chunk],
        ):
            out[action_id] = (text, as_utc(created_at), author)
    return out


def notes_at(q: Sql, ids: list[int], moment: datetime) -> dict[int, list[tuple]]:
    """Action id -> its notes made before moment, oldest first: (text, author, time)."""
    out: dict[int, list[tuple]] = defaultdict(list)
    moved = _moved_notes(q, moment)
    if moved:
        return _notes_where_they_stood(q, ids, moment, moved)
    for chunk in _chunks(ids):
        for action_id, text, author, created_at in q.rows(
            "SELECT action_id, text, author, created_at FROM note WHERE created_at < ? "
            f"AND action_id IN ({placeholders(len(chunk))}) ORDER BY id",
            [moment, *chunk],
        ):
            out[action_id].append((text, author, as_utc(created_at)))
    return out


def _moved_notes(q: Sql, moment: datetime) -> dict[int, tuple[int, tuple]]:
    """Notes moved to another action at or after moment (store.links.moved_notes_at)."""
    from clerk_cli.store.links import moved_notes_at

    return moved_notes_at(q, moment)


def _notes_where_they_stood(
    q: Sql, ids: list[int], moment: datetime, moved: dict[int, tuple[int, tuple]]
) -> dict[int, list[tuple]]:
    """notes_at when notes have moved since moment: each on the action it was on then,
    in the words it had then."""
    from clerk_cli.store.links import note_text_at

    wanted = set(ids)
    found: list[tuple] = []
    for chunk in _chunks(ids):
        found += q.rows(
            "SELECT id, action_id, text, author, created_at FROM note WHERE created_at < ? "
            f"AND action_id IN ({placeholders(len(chunk))})",
            [moment, *chunk],
        )
    back = [n for n, (then, _) in moved.items() if then in wanted]
    for chunk in _chunks(back):
        found += q.rows(
            "SELECT id, action_id, text, author, created_at FROM note WHERE created_at < ? "
            f"AND id IN ({placeholders(len(chunk))})",
            [moment, *chunk],
        )
    out: dict[int, list[tuple]] = defaultdict(list)
    for note_id, action_id, text, author, created_at in sorted(set(found)):
        if note_id in moved:
            action_id, steps = moved[note_id]
            text = note_text_at(text, steps)
        if action_id in wanted:
            out[action_id].append((text, author, as_utc(created_at)))
    return out


def live_meeting_dates_at(q: Sql, committee_id: int, stood_on: date) -> list[date]:
    """A committee's meetings that were not cancelled, as things stood at the end of
    stood_on: dates and statuses changed since are put back, and a meeting recorded
    since for a later date was not known then (one recorded since for an earlier date
    is minutes entered late, and counts)."""
    moment = _day_end(stood_on)
    meetings = {
        r[0]: [as_date(r[1]), r[2], as_utc(r[3])]
        for r in q.rows(
            "SELECT id, date, status, created_at FROM meeting WHERE committee_id = ?",
            (committee_id,),
        )
    }
    if not meetings:
        return []
    for entity_id, field_, old in q.rows(
        "SELECT entity_id, field, old FROM audit WHERE entity = 'meeting' AND at >= ? "
        "AND (effective_at IS NULL OR effective_at >= ?) AND field IN ('date', 'status') "
        "AND committee_id = ? ORDER BY id DESC",
        (moment, moment, committee_id),
    ):
        if entity_id in meetings and old:
            if field_ == "date":
                meetings[entity_id][0] = date.fromisoformat(old[:10])
            else:
                meetings[entity_id][1] = old
    return sorted(
        d
        for d, status, created in meetings.values()
        if status != "cancelled" and not (created >= moment and d > stood_on)
    )
