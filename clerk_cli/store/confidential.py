"""What public outputs withhold of actions that were confidential for a while.

The one place where rules.confidential meets the data.  Every public output asks
withheld() for the notes and audit rows of the actions it shows that were written in
confidence, and leaves them out: fetch_actions does it for every listing that leaves
confidential actions out (withhold_notes: the notes and latest note of its views: the
exports, the calendar, list and report --no-confidential, clerk publish), the action
log's public version calls withhold_notes on its rows, and clerk publish and the JSON
export leave out the ids withheld() gives from the notes and history they read.

Only actions with a change of confidentiality in their audit trail can have anything
withheld, so for every other action this costs one indexed look-up.  A note moved to
another action (a duplicate's, store.links) is judged on the action it was written on.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.confidential import (
    CONFIDENTIALITY,
    Spell,
    change_in_confidence,
    confidential_spells,
    in_confidence,
)
from clerk_cli.store.sql import Sql, as_utc, placeholders

_CHUNK = 900  # SQLite's variable limit is 999
_NOTE_MOVED = "moved"  # store.links.NOTE_MOVED (not imported: store.links is larger)


@dataclass(frozen=True)
class Withheld:
    """What public outputs leave out: note ids and audit row ids written in confidence,
    and, for each action now holding such a note, the notes' (time, author), so a view
    of its notes (which carries no ids) can be filtered."""

    notes: frozenset[int] = frozenset()
    changes: frozenset[int] = frozenset()
    note_keys: dict[int, frozenset[tuple]] | None = None  # action id -> {(created_at, author)}
    actions: frozenset[int] = frozenset()  # actions with a withheld note or change

    def __bool__(self) -> bool:
        return bool(self.notes or self.changes)


NOTHING = Withheld()


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for i in range(0, len(ids), _CHUNK):
        yield ids[i : i + _CHUNK]


def _spells(q: Sql, ids: list[int]) -> dict[int, list[Spell]]:
    """Action id -> its confidential spells, for those of ids whose confidentiality changed."""
    changes: dict[int, list[tuple]] = defaultdict(list)
    for chunk in _chunks(ids):
        for action_id, at, old, new in q.rows(
            "SELECT entity_id, at, old, new FROM audit WHERE entity = 'action' AND field = ? "
            f"AND entity_id IN ({placeholders(len(chunk))}) ORDER BY id",
            [CONFIDENTIALITY, *chunk],
        ):
            changes[action_id].append((as_utc(at), old, new))
    return {a: s for a, rows in changes.items() if (s := confidential_spells(rows))}


def _moved_here(q: Sql, wanted: set[int]) -> dict[int, int]:
    """Note id -> the action it was written on, for the notes now on one of wanted that
    were moved there from another action."""
    first: dict[int, str] = {}
    for note_id, origin_ref, now_on in q.rows(
        "SELECT au.entity_id, au.old, n.action_id FROM audit au JOIN note n ON n.id = au.entity_id "
        "WHERE au.entity = 'note' AND au.field = ? ORDER BY au.id",
        (_NOTE_MOVED,),
    ):
        if now_on in wanted and origin_ref and note_id not in first:
            first[note_id] = origin_ref
    if not first:
        return {}
    refs = sorted(set(first.values()))
    ids: dict[str, int] = {}
    for i in range(0, len(refs), _CHUNK):
        chunk = refs[i : i + _CHUNK]
        sql = "SELECT id, ref FROM action WHERE ref IN (" + placeholders(len(chunk)) + ")"
        ids.update((ref, id_) for id_, ref in q.rows(sql, chunk))
    return {n: ids[ref] for n, ref in first.items() if ref in ids}


def withheld(q: Sql, action_ids: Iterable[int]) -> Withheld:
    """The notes and changes of these actions that public outputs leave out: those
    written or recorded while the action was confidential (rules.confidential)."""
    wanted = set(action_ids)
    ids = sorted(wanted)
    if not ids:
        return NOTHING
    spells = _spells(q, ids)
    moved = _moved_here(q, wanted)
    origins = sorted({o for o in moved.values() if o not in spells})
    if origins:
        spells.update(_spells(q, origins))
    moved = {n: o for n, o in moved.items() if o in spells}
    if not spells:
        return NOTHING
    judged = sorted(spells)
    changes: set[int] = set()
    changed_actions: set[int] = set()
    dated_back: set[tuple[int, datetime]] = set()  # notes recorded in a spell, dated earlier
    for chunk in _chunks(judged):
        for audit_id, action_id, at, effective, field in q.rows(
            "SELECT id, entity_id, at, effective_at, field FROM audit WHERE entity = 'action' "
            f"AND entity_id IN ({placeholders(len(chunk))})",
            chunk,
        ):
            at, effective = as_utc(at), as_utc(effective)
            if change_in_confidence(field, spells[action_id], at, effective):
                if action_id in wanted:
                    changes.add(audit_id)
                    changed_actions.add(action_id)
                if field == "note" and effective is not None:
                    dated_back.add((action_id, effective))
    # The notes to judge: those on the actions judged, and those moved here from one.
    rows = []
    on_judged = [a for a in judged if a in wanted]
    for chunk in _chunks(on_judged):
        rows += q.rows(
            "SELECT id, action_id, created_at, author FROM note "
            f"WHERE action_id IN ({placeholders(len(chunk))})",
            chunk,
        )
    for chunk in _chunks(sorted(moved)):
        rows += q.rows(
            "SELECT id, action_id, created_at, author FROM note "
            f"WHERE id IN ({placeholders(len(chunk))})",
            chunk,
        )
    notes: set[int] = set()
    keys: dict[int, set[tuple]] = defaultdict(set)
    for note_id, action_id, created_at, author in set(rows):
        origin = moved.get(note_id, action_id)
        written = as_utc(created_at)
        if origin in spells and (
            in_confidence(spells[origin], written) or (origin, written) in dated_back
        ):
            notes.add(note_id)
            keys[action_id].add((written, author))
            keys[origin].add((written, author))  # where it stood before it moved
    return Withheld(
        frozenset(notes),
        frozenset(changes),
        {a: frozenset(k) for a, k in keys.items()},
        frozenset(changed_actions | set(keys)),
    )


def withhold_notes(q: Sql, views: list, *, moment: datetime | None = None) -> Withheld:
    """For a public output: take the notes written in confidence out of these views
    (views.ActionView): out of their notes, and out of their latest note, which becomes
    the latest one left (made before moment, for a view of a past day).  Returns what
    is withheld, for the output's other reads."""
    found = withheld(q, [v.id for v in views if v.id is not None])
    if not found.notes:
        return found
    for v in views:
        keys = (found.note_keys or {}).get(v.id)
        if not keys:
            continue
        loaded = bool(v.notes)
        if loaded:
            v.notes = [n for n in v.notes if (n.created_at, n.author) not in keys]
        if (v.latest_note_at, v.latest_note_author) not in keys:
            continue
        if loaded:
            last = v.notes[-1] if v.notes else None
            latest = (last.text, last.created_at, last.author) if last else None
        else:
            latest = _latest_note_left(q, v.id, found.notes, moment)
        v.latest_note, v.latest_note_at, v.latest_note_author = latest or (None, None, None)
    return found


def _latest_note_left(
    q: Sql, action_id: int, withheld_notes: frozenset[int], moment: datetime | None
) -> tuple | None:
    """(text, time, author) of the action's latest note not withheld (made before moment)."""
    sql = "SELECT id, text, created_at, author FROM note WHERE action_id = ?"
    params: list = [action_id]
    if moment is not None:
        sql += " AND created_at < ?"
        params.append(moment)
    for note_id, text, created_at, author in q.rows(sql + " ORDER BY id DESC", params):
        if note_id not in withheld_notes:
            return text, as_utc(created_at), author
    return None
