"""Links between actions (the action_link table): a duplicate, a successor, a referral
to another committee; and the notes a duplicate hands to the action it repeats.

A link is audited on both of its actions: on the action it starts from under its kind
(duplicate_of, supersedes, referred_to) and on the other under the inverse word
(duplicated_by, superseded_by, referred_from), each with the other's reference, so
`clerk history` shows it from both sides and `clerk undo` can take it back.  A moved
note is audited as entity 'note' (its id), from the action it was on to the one it
went to, so the as-of replay (store.history) puts it back where it stood.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.store.lookup import ActionRow, audit
from clerk_cli.store.sql import Sql, as_date, as_utc, placeholders

KINDS = ("duplicate_of", "supersedes", "referred_to")
# The audit field written on the other action of a link.
INVERSE = {
    "duplicate_of": "duplicated_by",
    "supersedes": "superseded_by",
    "referred_to": "referred_from",
}
LINK_FIELDS = {*KINDS, *INVERSE.values()}
# The audit field of a note moved from one action to another (entity 'note').
NOTE_MOVED = "moved"


def moved_marker(ref: str) -> str:
    """The words a moved note starts with, so a reader sees where it came from."""
    return f"(moved from {ref}) "


@dataclass(frozen=True)
class Link:
    """One link as seen from one of its actions (direction 'out': this action is the
    link's action_id; 'in': it is the other_id)."""

    kind: str
    direction: str
    ref: str  # the other action's
    committee: str
    committee_name: str
    status: str
    outcome: str | None
    confidential: bool
    completed_at: datetime | None
    created_at: datetime


_LINK_SELECT = (
    "SELECT l.{me}, l.kind, o.ref, c.code, c.name, o.status, o.outcome, o.confidential, "
    "o.completed_at, l.created_at FROM action_link l JOIN action o ON o.id = l.{other} "
    "JOIN committee c ON c.id = o.committee_id WHERE l.{me} IN ({marks}){until} "
    "ORDER BY l.id"
)


def links_of(q: Sql, ids: list[int], *, before: datetime | None = None) -> dict[int, list[Link]]:
    """Action id -> its links both ways (made before `before`, when given), oldest first."""
    out: dict[int, list[Link]] = defaultdict(list)
    if not ids:
        return out
    for chunk in (ids[i : i + 400] for i in range(0, len(ids), 400)):
        for me, other, direction in (
            ("action_id", "other_id", "out"),
            ("other_id", "action_id", "in"),
        ):
            until = "" if before is None else " AND l.created_at < ?"
            sql = _LINK_SELECT.format(
                me=me, other=other, marks=placeholders(len(chunk)), until=until
            )
            for row in q.rows(sql, [*chunk] + ([] if before is None else [before])):
                out[row[0]].append(
                    Link(
                        kind=row[1],
                        direction=direction,
                        ref=row[2],
                        committee=row[3],
                        committee_name=row[4],
                        status=row[5],
                        outcome=row[6],
                        confidential=bool(row[7]),
                        completed_at=as_utc(row[8]),
                        created_at=as_utc(row[9]),
                    )
                )
    return out


def confidential(q: Sql, action_id: int) -> bool:
    return bool(q.scalar("SELECT confidential FROM action WHERE id = ?", (action_id,)))


def replaced_by(q: Sql, action_id: int) -> list[int]:
    """The actions this one was closed in favour of: what it duplicates, what supersedes it."""
    rows = q.rows(
        "SELECT other_id FROM action_link WHERE action_id = ? AND kind = 'duplicate_of' "
        "UNION SELECT action_id FROM action_link WHERE other_id = ? AND kind = 'supersedes'",
        (action_id, action_id),
    )
    return [r[0] for r in rows]


def leads_to(q: Sql, start: int, goal: int) -> bool:
    """Does following 'closed in favour of' from start reach goal?  (A new link from goal
    to start would then make a cycle.)"""
    seen, todo = set(), [start]
    while todo:
        current = todo.pop()
        if current == goal:
            return True
        if current in seen:
            continue
        seen.add(current)
        todo.extend(replaced_by(q, current))
    return False


def referral_chain(q: Sql, action_id: int) -> list[tuple[int, str, int, bool]]:
    """(id, ref, committee id, confidential) of every other action this one is linked to
    by referrals, either way and through each other (the same matter on each committee's
    log it went to), in the order they were recorded."""
    seen, todo = {action_id}, [action_id]
    found: list[tuple[int, str, int, bool]] = []
    while todo:
        current = todo.pop()
        for other_id, ref, committee_id, secret in q.rows(
            "SELECT o.id, o.ref, o.committee_id, o.confidential FROM action_link l "
            "JOIN action o ON o.id = l.other_id WHERE l.action_id = ? AND l.kind = 'referred_to' "
            "UNION ALL SELECT o.id, o.ref, o.committee_id, o.confidential FROM action_link l "
            "JOIN action o ON o.id = l.action_id WHERE l.other_id = ? AND l.kind = 'referred_to'",
            (current, current),
        ):
            if other_id not in seen:
                seen.add(other_id)
                todo.append(other_id)
                found.append((other_id, ref, committee_id, bool(secret)))
    return sorted(found)


def open_referral(q: Sql, action_id: int, committee_id: int) -> str | None:
    """The reference of an open action this one was referred to at that committee."""
    return q.scalar(
        "SELECT o.ref FROM action_link l JOIN action o ON o.id = l.other_id "
        "WHERE l.action_id = ? AND l.kind = 'referred_to' AND o.committee_id = ? "
        "AND o.status IN ('open', 'in_progress')",
        (action_id, committee_id),
    )


def add_link(q: Sql, *, a: ActionRow, other: ActionRow, kind: str, by: str) -> None:
    """Record that a is `kind` other, audited on both."""
    q.insert(
        "action_link",
        {
            "action_id": a.id,
            "other_id": other.id,
            "kind": kind,
            "created_at": q.now,
            "created_by": by,
        },
    )
    for me, them, field in ((a, other, kind), (other, a, INVERSE[kind])):
        audit(
            q,
            by=by,
            entity="action",
            entity_id=me.id,
            label=me.ref,
            field=field,
            new=them.ref,
            committee_id=me.committee_id,
        )


def remove_link(q: Sql, *, a: ActionRow, other: ActionRow, kind: str, by: str) -> bool:
    """Take a link away, audited on both; False when there was none."""
    gone = q.execute(
        "DELETE FROM action_link WHERE action_id = ? AND other_id = ? AND kind = ?",
        (a.id, other.id, kind),
    )
    if not gone:
        return False
    for me, them, field in ((a, other, kind), (other, a, INVERSE[kind])):
        audit(
            q,
            by=by,
            entity="action",
            entity_id=me.id,
            label=me.ref,
            field=field,
            old=them.ref,
            committee_id=me.committee_id,
        )
    return True


def link_between(q: Sql, a_id: int, b_id: int) -> tuple[int, int, str] | None:
    """(action_id, other_id, kind) of a link between two actions, either way round."""
    return q.first(
        "SELECT action_id, other_id, kind FROM action_link WHERE (action_id = ? AND other_id = ?) "
        "OR (action_id = ? AND other_id = ?) ORDER BY id DESC",
        (a_id, b_id, b_id, a_id),
    )


def move_notes(q: Sql, *, source: ActionRow, target: ActionRow, by: str) -> int:
    """Move every note of source to target: author and time kept, the text marked with
    where it came from; each move audited (entity 'note').  The number moved."""
    marker = moved_marker(source.ref)
    rows = q.rows("SELECT id, text FROM note WHERE action_id = ? ORDER BY id", (source.id,))
    for note_id, text in rows:
        q.execute(
            "UPDATE note SET action_id = ?, text = ? WHERE id = ?",
            (target.id, marker + text, note_id),
        )
        audit(
            q,
            by=by,
            entity="note",
            entity_id=note_id,
            label=source.ref,
            field=NOTE_MOVED,
            old=source.ref,
            new=target.ref,
        )
    if rows:
        q.execute(
            "UPDATE action SET updated_at = ? WHERE id IN (?, ?)", (q.now, source.id, target.id)
        )
    return len(rows)


def move_note_back(q: Sql, *, note_id: int, source_ref: str, by: str) -> None:
    """Undo one note's move: back to the action source_ref, its marker taken off (audited)."""
    row = q.first(
        "SELECT a.ref, n.text FROM note n JOIN action a ON a.id = n.action_id WHERE n.id = ?",
        (note_id,),
    )
    source_id = q.scalar("SELECT id FROM action WHERE ref = ?", (source_ref,))
    if row is None or source_id is None:
        return
    marker = moved_marker(source_ref)
    text = row[1][len(marker) :] if row[1].startswith(marker) else row[1]
    q.execute("UPDATE note SET action_id = ?, text = ? WHERE id = ?", (source_id, text, note_id))
    audit(
        q,
        by=by,
        entity="note",
        entity_id=note_id,
        label=source_ref,
        field=NOTE_MOVED,
        old=row[0],
        new=source_ref,
    )


def move_note_across(q: Sql, *, note_id: int, to_ref: str, source_ref: str, by: str) -> None:
    """Move one note from source_ref to to_ref again, marked (undoing a move back)."""
    to_id = q.scalar("SELECT id FROM action WHERE ref = ?", (to_ref,))
    text = q.scalar("SELECT text FROM note WHERE id = ?", (note_id,))
    if to_id is None or text is None:
        return
    q.execute(
        "UPDATE note SET action_id = ?, text = ? WHERE id = ?",
        (to_id, moved_marker(source_ref) + text, note_id),
    )
    audit(
        q,
        by=by,
        entity="note",
        entity_id=note_id,
        label=source_ref,
        field=NOTE_MOVED,
        old=source_ref,
        new=to_ref,
    )


def moved_notes_at(q: Sql, moment: datetime) -> dict[int, tuple[int, tuple]]:
    """Notes moved at or after moment -> (the action they were on then, the steps that
    turn their text now into their text then: note_text_at)."""
    out: dict[int, tuple[str, tuple]] = {}
    for note_id, label, old, new in q.rows(
        "SELECT entity_id, label, old, new FROM audit WHERE entity = 'note' AND field = ? "
        "AND at >= ? ORDER BY id DESC",
        (NOTE_MOVED, moment),
    ):
        if old is None:
            continue
        steps = out[note_id][1] if note_id in out else ()
        # Newest first, each move undone in turn: a move across put its marker in front
        # (take it off); a move back (clerk undo, label = where it goes back to) took
        # one off (put it back).
        step = ("add", moved_marker(label)) if label == new else ("take", moved_marker(old))
        out[note_id] = (old, (*steps, step))
    if not out:
        return {}
    refs = sorted({ref for ref, _ in out.values()})
    ids = {ref: q.scalar("SELECT id FROM action WHERE ref = ?", (ref,)) for ref in refs}
    return {n: (ids[ref], steps) for n, (ref, steps) in out.items() if ids[ref] is not None}


def note_text_at(text: str, steps: tuple) -> str:
    """A moved note's text before its moves (steps from moved_notes_at, newest first)."""
    for what, marker in steps:
        if what == "add":
            text = marker + text
        elif text.startswith(marker):
            text = text[len(marker) :]
    return text


# ---- a referral's outcome, back to the action it came from ------------------------


def referral_origins(q: Sql, action_id: int) -> list[tuple[int, str, int]]:
    """(id, ref, committee_id) of the actions referred to this one."""
    return q.rows(
        "SELECT o.id, o.ref, o.committee_id FROM action_link l JOIN action o ON o.id = l.action_id "
        "WHERE l.other_id = ? AND l.kind = 'referred_to' ORDER BY l.id",
        (action_id,),
    )


def committee_name_of(q: Sql, action_id: int) -> tuple[str, str]:
    """(ref, committee name) of an action."""
    return q.first(
        "SELECT a.ref, c.name FROM action a JOIN committee c ON c.id = a.committee_id WHERE a.id = ?",
        (action_id,),
    )


def note_on(
    q: Sql, *, action_id: int, ref: str, committee_id: int, text: str, by: str, at=None
) -> None:
    """A note clerk writes itself (a referral made or returned), audited like any note."""
    from clerk_cli.store.actions import insert_note

    insert_note(
        q,
        action_id=action_id,
        ref=ref,
        committee_id=committee_id,
        text=text,
        by=by,
        effective_at=at,
    )


def return_outcome(
    q: Sql, *, action_id: int, outcome: str, on: date, by: str, note: str | None, at=None
) -> None:
    """An action referred from another committee was closed: say so on each origin
    ("Cabinet closed CAB-7 as done on 2026-11-30: <closing note>")."""
    origins = referral_origins(q, action_id)
    if not origins:
        return
    from clerk_cli.rules.links import returned_note

    ref, name = committee_name_of(q, action_id)
    secret = confidential(q, action_id)
    for origin_id, origin_ref, committee_id in origins:
        # A confidential action (made so after its referral) is not named, nor its
        # closing note quoted, on an origin that is not.
        hide = secret and not confidential(q, origin_id)
        text = returned_note(name, None if hide else ref, outcome, on, None if hide else note)
        note_on(
            q,
            action_id=origin_id,
            ref=origin_ref,
            committee_id=committee_id,
            text=text,
            by=by,
            at=at,
        )


_FIELD_KIND = {**{k: (k, "out") for k in KINDS}, **{v: (k, "in") for k, v in INVERSE.items()}}


def links_at(q: Sql, ids: list[int], moment: datetime) -> dict[int, list[Link]]:
    """links_of as things stood at moment, replayed from the audit trail: a link made
    later is left out, and one taken away since (clerk undo) is put back."""
    standing: dict[tuple, None] = {}
    fields = sorted(_FIELD_KIND)
    for chunk in (ids[i : i + 400] for i in range(0, len(ids), 400)):
        rows = q.rows(
            "SELECT entity_id, field, old, new FROM audit WHERE entity = 'action' "
            f"AND field IN ({placeholders(len(fields))}) AND at < ? "
            f"AND entity_id IN ({placeholders(len(chunk))}) ORDER BY id",
            [*fields, moment, *chunk],
        )
        for entity_id, field, old, new in rows:
            kind, direction = _FIELD_KIND[field]
            if new is not None:
                standing[(entity_id, kind, direction, new)] = None
            else:
                standing.pop((entity_id, kind, direction, old), None)
    out: dict[int, list[Link]] = defaultdict(list)
    others: dict[str, tuple | None] = {}
    for entity_id, kind, direction, ref in standing:
        if ref not in others:
            others[ref] = q.first(
                "SELECT o.ref, c.code, c.name, o.status, o.outcome, o.confidential, "
                "o.completed_at FROM action o JOIN committee c ON c.id = o.committee_id "
                "WHERE o.ref = ?",
                (ref,),
            )
        row = others[ref]
        if row is None:  # deleted since
            continue
        out[entity_id].append(
            Link(
                kind,
                direction,
                row[0],
                row[1],
                row[2],
                row[3],
                row[4],
                bool(row[5]),
                as_utc(row[6]),
                moment,
            )
        )
    return out


def attach_links(q: Sql, views: list, *, as_of: date | None = None, public: bool = False) -> None:
    """Set each view's links (views.LinkView).  On a past as_of, the links made by the
    end of that day, and an action closed since counted as open; public: links to a
    confidential action left out."""
    from clerk_cli.rules.links import link_words
    from clerk_cli.rules.status import day_end
    from clerk_cli.views import LinkView

    moment = day_end(as_of) if as_of is not None and as_of < date.today() else None
    ids = [v.id for v in views if v.id is not None]
    found = links_of(q, ids) if moment is None else links_at(q, ids, moment)
    for v in views:
        shown = []
        for link in found.get(v.id, []):
            if public and link.confidential:
                continue
            status = link.status
            if moment is not None and link.completed_at is not None and link.completed_at >= moment:
                status = "open"
            words = link_words(
                link.kind,
                link.direction,
                ref=link.ref,
                committee_name=link.committee_name,
                other_status=status,
            )
            outcome = link.outcome if status == link.status else None
            shown.append(
                LinkView(
                    link.kind,
                    link.direction,
                    link.ref,
                    link.committee,
                    status,
                    outcome,
                    link.confidential,
                    words,
                )
            )
        v.links = shown


def open_from_other_meetings(
    q: Sql, *, committee_id: int, owner_id: int, exclude_id: int, before: date | None
) -> list[tuple]:
    """(ref, text, meeting date) of the open actions of this committee and owner from
    an earlier meeting (any other meeting, when before is None), oldest first."""
    sql = (
        "SELECT a.ref, a.text, m.date FROM action a JOIN meeting m ON m.id = a.meeting_id "
        "WHERE a.committee_id = ? AND a.owner_id = ? AND a.id != ? "
        "AND a.status IN ('open', 'in_progress') AND a.meeting_id != "
        "coalesce((SELECT meeting_id FROM action WHERE id = ?), -1)"
    )
    params: list = [committee_id, owner_id, exclude_id, exclude_id]
    if before is not None:
        sql += " AND m.date < ?"
        params.append(before)
    return q.rows(sql + " ORDER BY m.date, a.id", params)


# ---- clerk undo -------------------------------------------------------------------


def reverse_row(q: Sql, r, *, by: str) -> None:
    """Put back one audit row store.undo hands over (a store.undo.Row): a note's move,
    or one side of a link; each step audited as a change of its own."""
    if r.entity == "note":
        if r.field == NOTE_MOVED and r.old:
            if r.label == r.old:  # moved across from r.old (its marker put on): move it back
                move_note_back(q, note_id=r.entity_id, source_ref=r.old, by=by)
            else:  # moved back to r.label (its marker taken off): across again
                move_note_across(q, note_id=r.entity_id, to_ref=r.old, source_ref=r.label, by=by)
        return
    kw = {
        "by": by,
        "entity": "action",
        "entity_id": r.entity_id,
        "label": r.label,
        "committee_id": r.committee_id,
    }
    other_ref = r.new if r.new is not None else r.old
    other_id = q.scalar("SELECT id FROM action WHERE ref = ?", (other_ref,))
    if r.field in KINDS and other_id is not None:
        if r.new is not None:  # the link was made: take it away
            q.execute(
                "DELETE FROM action_link WHERE action_id = ? AND other_id = ? AND kind = ?",
                (r.entity_id, other_id, r.field),
            )
        else:  # it was taken away: make it again
            q.insert(
                "action_link",
                {
                    "action_id": r.entity_id,
                    "other_id": other_id,
                    "kind": r.field,
                    "created_at": q.now,
                    "created_by": by,
                },
            )
    audit(q, field=r.field, old=r.new, new=r.old, **kw)


def linked_to(q: Sql, action_id: int) -> str | None:
    """The reference of an action this one is linked to (either way), or None."""
    row = q.first(
        "SELECT a.id, a.ref, o.ref FROM action_link l JOIN action a ON a.id = l.action_id "
        "JOIN action o ON o.id = l.other_id WHERE l.action_id = ? OR l.other_id = ?",
        (action_id, action_id),
    )
    if row is None:
        return None
    return row[2] if row[0] == action_id else row[1]


def refuse_if_linked(q: Sql, action_id: int, ref: str) -> None:
    """An action that is linked cannot be taken away (undoing its adding): say which
    link to undo first."""
    from clerk_cli.errors import InvalidInput

    other = linked_to(q, action_id)
    if other is not None:
        raise InvalidInput(
            f"That change cannot be undone: {ref} has since been linked to {other}.",
            hint="Undo the link first (see: clerk undo --list).",
        )


def referral_fields(q: Sql, action_id: int) -> tuple:
    """(text, owner id, due date, confidential) of an action: what a referral copies."""
    text, owner_id, due, secret = q.first(
        "SELECT text, owner_id, due_date, confidential FROM action WHERE id = ?", (action_id,)
    )
    return text, owner_id, as_date(due), bool(secret)


def notes_moved_by(q: Sql, *, source: ActionRow, target: ActionRow) -> list[int]:
    """Ids of the notes moved from source to target (store.links.move_notes) that are
    on target still."""
    rows = q.rows(
        "SELECT DISTINCT a.entity_id FROM audit a JOIN note n ON n.id = a.entity_id "
        "WHERE a.entity = 'note' AND a.field = ? AND a.old = ? AND a.new = ? "
        "AND a.label = ? AND n.action_id = ? ORDER BY a.entity_id",
        (NOTE_MOVED, source.ref, target.ref, source.ref, target.id),
    )
    return [r[0] for r in rows]


def outcome_of_action(q: Sql, action_id: int) -> str | None:
    return q.scalar("SELECT outcome FROM action WHERE id = ?", (action_id,))
