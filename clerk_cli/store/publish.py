"""The SQL of the public register (clerk publish): what the existing finders do not give.

Everything here leaves confidential actions out in SQL (``a.confidential = ?`` with
False), and with them their notes, their changes and any resolution a confidential
action hangs on; and the notes and changes a public action had written while it was
confidential (store.confidential.withheld), by their ids.  Actions themselves are
read through store.queries.fetch_actions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from clerk_cli.store.confidential import NOTHING, Withheld, withheld
from clerk_cli.store.history import MOVED_WITH_MEETING
from clerk_cli.store.sql import Sql, as_utc, placeholders

# The changes of an action the register shows (notes come from the note table, so a
# note undone since is gone from the register too).
HISTORY_FIELDS = ("created", "status", "due_date", MOVED_WITH_MEETING)
FEED_FIELDS = ("created", "note", "status", "due_date")


@dataclass(frozen=True)
class Change:
    """One audited change of a public action."""

    id: int
    action_id: int
    at: datetime  # when it took effect (a backdated change: the day given)
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True)
class CommitteeCounts:
    actions: int = 0
    open: int = 0
    overdue: int = 0


def last_audit_id(q: Sql) -> int:
    """The newest audit row's id (0 when none): what a re-publish starts from."""
    return q.scalar("SELECT max(id) FROM audit") or 0


def first_change(q: Sql) -> str:
    """The time of the database's first audit row: tells one database from another (a
    re-publish into the same directory from another database rebuilds everything)."""
    value = as_utc(q.scalar("SELECT min(at) FROM audit"))
    return value.isoformat() if value else ""


def changed_committees(q: Sql, after_id: int) -> set[int | None]:
    """The committees with audit rows after after_id (None: a change that belongs to no
    committee and shows on its pages: a post renamed).  Who holds a post (and their
    address, and a retirement) is not published, so a handover rebuilds nothing."""
    return {
        r[0]
        for r in q.rows(
            "SELECT DISTINCT committee_id FROM audit WHERE id > ? AND field != 'holder' "
            "AND NOT (entity = 'owner' AND field != 'name')",
            (after_id,),
        )
    }


def newest_public_change(q: Sql, committee_ids: list[int]) -> datetime | None:
    """When the newest change a reader of the register may know about was recorded: an
    audit row of these committees, except those of confidential or deleted actions."""
    if not committee_ids:
        return None
    value = q.scalar(
        "SELECT max(au.at) FROM audit au LEFT JOIN action a "
        "ON au.entity = 'action' AND a.id = au.entity_id "
        f"WHERE au.committee_id IN ({placeholders(len(committee_ids))}) "
        "AND au.field != 'holder' AND (au.entity != 'action' OR a.confidential = ?)",
        [*committee_ids, False],
    )
    return as_utc(value)


def counts(q: Sql, committee_ids: list[int], *, overdue_before) -> dict[int, CommitteeCounts]:
    """Per committee: public actions, open ones, and open ones due before overdue_before."""
    if not committee_ids:
        return {}
    rows = q.rows(
        "SELECT committee_id, count(*), "
        "sum(CASE WHEN status IN ('open', 'in_progress') THEN 1 ELSE 0 END), "
        "sum(CASE WHEN status IN ('open', 'in_progress') AND due_date < ? THEN 1 ELSE 0 END) "
        f"FROM action WHERE confidential = ? AND committee_id IN ({placeholders(len(committee_ids))}) "
        "GROUP BY committee_id",
        [overdue_before, False, *committee_ids],
    )
    return {r[0]: CommitteeCounts(int(r[1]), int(r[2] or 0), int(r[3] or 0)) for r in rows}


def changes(q: Sql, committee_id: int, *, leave_out: Withheld = NOTHING) -> dict[int, list[Change]]:
    """Action id -> its creation, status and due-date changes, oldest first (public
    actions of one committee; those of leave_out.changes left out)."""
    out: dict[int, list[Change]] = defaultdict(list)
    for id_, action_id, at, effective, field, old, new in q.rows(
        "SELECT au.id, au.entity_id, au.at, au.effective_at, au.field, au.old, au.new "
        "FROM audit au JOIN action a ON a.id = au.entity_id "
        "WHERE au.committee_id = ? AND au.entity = 'action' AND a.confidential = ? "
        f"AND au.field IN ({placeholders(len(HISTORY_FIELDS))}) ORDER BY au.id",
        [committee_id, False, *HISTORY_FIELDS],
    ):
        if id_ not in leave_out.changes:
            out[action_id].append(Change(id_, action_id, as_utc(effective or at), field, old, new))
    return out


def notes(
    q: Sql, committee_id: int, *, leave_out: Withheld = NOTHING
) -> dict[int, list[tuple[int, str, datetime]]]:
    """Action id -> (note id, text, time) of each note of the committee's public actions,
    oldest first (those of leave_out.notes left out).  Authors are left out: the
    register names posts, not people."""
    out: dict[int, list[tuple[int, str, datetime]]] = defaultdict(list)
    for id_, action_id, text, created_at in q.rows(
        "SELECT n.id, n.action_id, n.text, n.created_at FROM note n "
        "JOIN action a ON a.id = n.action_id WHERE a.committee_id = ? AND a.confidential = ? "
        "ORDER BY n.id",
        (committee_id, False),
    ):
        if id_ not in leave_out.notes:
            out[action_id].append((id_, text, as_utc(created_at)))
    return out


def resolutions(q: Sql, committee_id: int) -> list[tuple[int, int, str, str]]:
    """(id, meeting id, ref, text) of the committee's resolutions in order, except those
    a confidential action hangs on (they may speak of what it withholds)."""
    # The withheld ones first, from the committee's actions (action.resolution_id has
    # no index: a NOT EXISTS per resolution would read every action each time).
    withheld = {
        r[0]
        for r in q.rows(
            "SELECT DISTINCT resolution_id FROM action WHERE committee_id = ? "
            "AND confidential = ? AND resolution_id IS NOT NULL",
            (committee_id, True),
        )
    }
    rows = q.rows(
        "SELECT r.id, r.meeting_id, r.ref, r.text FROM resolution r "
        "JOIN meeting m ON m.id = r.meeting_id WHERE m.committee_id = ? "
        "ORDER BY m.date, m.id, r.id",
        (committee_id,),
    )
    return [tuple(r) for r in rows if r[0] not in withheld]


def action_links(q: Sql, committee_id: int) -> dict[int, tuple[int | None, int | None]]:
    """Public action id -> (id of its meeting, id of the resolution it came from)."""
    return {
        r[0]: (r[1], r[2])
        for r in q.rows(
            "SELECT id, meeting_id, resolution_id FROM action WHERE committee_id = ? "
            "AND confidential = ?",
            (committee_id, False),
        )
    }


def posts(q: Sql, committee_ids: list[int]) -> list[tuple[int, str]]:
    """(id, name) of the posts that own a public action of these committees, by name."""
    if not committee_ids:
        return []
    return q.rows(
        "SELECT o.id, o.name FROM owner o WHERE EXISTS (SELECT 1 FROM action a "
        "WHERE a.owner_id = o.id AND a.confidential = ? "
        f"AND a.committee_id IN ({placeholders(len(committee_ids))})) ORDER BY o.name, o.id",
        [False, *committee_ids],
    )


def feed_changes(q: Sql, committee_ids: list[int], *, limit: int) -> list[tuple]:
    """The newest public changes, newest first: (audit id, time, action ref, committee id,
    field, old, new).  A note undone since (no longer in the note table) is left out, and
    so is what an action had written while it was confidential (store.confidential)."""
    if not committee_ids:
        return []
    wanted = limit
    while True:
        rows = q.rows(
            "SELECT au.id, au.at, au.effective_at, a.ref, a.committee_id, au.field, au.old, "
            "au.new, a.text, au.entity_id "
            "FROM audit au JOIN action a ON a.id = au.entity_id "
            f"WHERE au.entity = 'action' AND au.field IN ({placeholders(len(FEED_FIELDS))}) "
            "AND a.confidential = ? "
            f"AND au.committee_id IN ({placeholders(len(committee_ids))}) "
            "AND (au.field != 'note' OR EXISTS "
            "(SELECT 1 FROM note n WHERE n.action_id = au.entity_id AND n.text = au.new)) "
            "ORDER BY au.id DESC LIMIT ?",
            [*FEED_FIELDS, False, *committee_ids, wanted],
        )
        hidden = withheld(q, {r[9] for r in rows}).changes
        shown = [r for r in rows if r[0] not in hidden]
        if len(shown) >= limit or len(rows) < wanted:
            break
        wanted *= 2  # some were withheld: read further back
    # A new action is shown with its text as it is now: a text corrected since (a name
    # taken out) must not come back through the feed.
    return [
        (r[0], as_utc(r[2] or r[1]), r[3], r[4], r[5], r[6], r[8] if r[5] == "created" else r[7])
        for r in shown[:limit]
    ]
