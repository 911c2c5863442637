"""Finding committees, meetings, owners and actions by what a clerk types, in plain SQL;
and the two writes every use case shares (an audit row, a new post).

Every "find" raises a NotFound or Ambiguous error whose message says what to type
instead: a typo in an owner's name must never silently create a second post.  These
run on clerk_cli.store.sql.Sql, so the everyday commands use them without SQLAlchemy; the
use cases call them inside their one transaction.
"""

from __future__ import annotations

import os
import re
from datetime import date, datetime

from clerk_cli.errors import Ambiguous, Conflict, InvalidInput, NotFound
from clerk_cli.lazy_pattern import lazy
from clerk_cli.records import dataclass
from clerk_cli.rules.people import norm_owner
from clerk_cli.rules.status import utcnow
from clerk_cli.store.sql import Sql, as_date, as_utc

MEETING_REF = lazy(r"^\s*([A-Za-z][A-Za-z0-9_&-]*)\s*/\s*(\S+)\s*$")
ACTION_REF = lazy(r"^\s*([A-Za-z][A-Za-z0-9_&]*)-(\d+)\s*$")


@dataclass(frozen=True)
class CommitteeRow:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MeetingRow:
    id: int
    committee_id: int
    code: str
    date: date


@dataclass(frozen=True)
class OwnerRow:
    id: int
    name: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    ref: str
    committee_id: int
    meeting_id: int | None
    resolution_id: int | None
    status: str
    completed_at: datetime | None


def actor(by: str | None) -> str:
    """Who is making a change: --by, else CLERK_USER, else the login name."""
    if by and by.strip():
        return by.strip()
    env = os.environ.get("CLERK_USER")
    if env:
        return env
    try:
        import getpass

        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "unknown"


def suggest(word: str, candidates: list[str], n: int = 3) -> str:
    """ "Did you mean 'X'?" or '' when nothing is close: names that begin with what was
    typed, or hold it as whole words ("Director of Children" in "Corporate Director
    of Children's Services"), then near spellings."""
    import difflib

    lowered = {c.lower(): c for c in candidates}
    key = " ".join(word.lower().split())
    if not key:
        return ""
    words = re.compile(r"(?<!\w)" + re.escape(key) + r"(?!\w)")
    close = [c for c in lowered if c.startswith(key) and c != key]
    close += [c for c in lowered if c not in close and words.search(c) and c != key]
    close += [
        c for c in difflib.get_close_matches(key, list(lowered), n=n, cutoff=0.6) if c not in close
    ]
    if not close:
        return ""
    names = " or ".join(f"'{lowered[c]}'" for c in close[:n])
    return f"Did you mean {names}?"


def meeting_label(code: str, d: date) -> str:
    return f"{code}/{d.isoformat()}"


# ---- audit -------------------------------------------------------------------


def audit_text(value) -> str | None:
    """A value as the audit trail keeps it (text)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def audit_values(
    *,
    by: str,
    entity: str,
    entity_id: int,
    label: str,
    field: str,
    old=None,
    new=None,
    committee_id: int | None = None,
    effective_at: datetime | None = None,
) -> dict:
    """The columns of one audit row: who changed which field of what, when, from and to
    (and when it took effect, for a backdated change)."""
    return {
        "at": utcnow(),
        "by": by,
        "entity": entity,
        "entity_id": entity_id,
        "label": label,
        "committee_id": committee_id,
        "field": field,
        "old": audit_text(old),
        "new": audit_text(new),
        "effective_at": effective_at,
    }


def audit(q: Sql, **change) -> None:
    """Record one change in the audit trail (inside the caller's transaction); the
    keywords are audit_values'."""
    values = audit_values(**change)
    values["at"] = getattr(q, "now", values["at"])
    q.insert("audit", values)


# ---- committees and meetings ---------------------------------------------------


def committee(q: Sql, key: str) -> CommitteeRow:
    """A committee by code (any case), exact name (any case), or id."""
    key = (key or "").strip()
    if not key:
        raise InvalidInput(
            "No committee given.", hint="Give its code, e.g. CSSC (see: clerk committee list)."
        )
    cols = "SELECT id, code, name FROM committee WHERE "
    row = q.first(cols + "upper(code) = ?", (key.upper(),))
    if row is None:
        row = q.first(cols + "lower(name) = ?", (key.lower(),))
    if row is None:
        # A code changed with `committee edit --code` still finds its committee.
        from clerk_cli.store.committees import by_former_code

        former = by_former_code(q, key)
        if former is not None:
            row = q.first(cols + "id = ?", (former,))
    if row is None and as_id(key) is not None:
        row = q.first(cols + "id = ?", (as_id(key),))
    if row is None:
        rows = q.rows("SELECT code, name FROM committee")
        hint = suggest(key, [r[0] for r in rows] + [r[1] for r in rows])
        raise NotFound(
            f"No committee '{key}'.",
            hint=(hint + " " if hint else "") + "See: clerk committee list.",
        )
    return CommitteeRow(*row)


def as_id(text: str) -> int | None:
    """text as a row id if it is one: ASCII digits only ("²" is a digit to Python but
    not to int()), and small enough for both databases."""
    if text.isascii() and text.isdigit() and len(text) <= 18:
        return int(text)
    return None


def committee_by_id(q: Sql, committee_id: int) -> CommitteeRow:
    row = q.first("SELECT id, code, name FROM committee WHERE id = ?", (committee_id,))
    if row is None:
        raise NotFound(f"No committee with id {committee_id}.", hint="See: clerk committee list.")
    return CommitteeRow(*row)


def meeting(q: Sql, ref: str, *, within: CommitteeRow | None = None) -> MeetingRow:
    """A meeting by CODE/YYYY-MM-DD (any date form clerk reads), or by id."""
    from clerk_cli.dates import parse_date

    ref = (ref or "").strip()
    cols = (
        "SELECT m.id, m.committee_id, c.code, m.date FROM meeting m "
        "JOIN committee c ON c.id = m.committee_id WHERE "
    )
    if as_id(ref) is not None:
        row = q.first(cols + "m.id = ?", (as_id(ref),))
        if row is None:
            raise NotFound(f"No meeting with id {ref}.", hint="See: clerk meeting list.")
        return MeetingRow(row[0], row[1], row[2], as_date(row[3]))
    match = MEETING_REF.match(ref)
    if match:
        within = committee(q, match.group(1))
        when = parse_date(match.group(2))
    elif within is not None:
        when = parse_date(ref)
    else:
        raise InvalidInput(
            f"'{ref}' is not a meeting reference.",
            hint="Write it as CODE/YYYY-MM-DD, e.g. CSSC/2022-06-14.",
        )
    rows = q.rows(cols + "m.committee_id = ? AND m.date = ? ORDER BY m.id", (within.id, when))
    if not rows:
        raise NotFound(
            f"No meeting of {within.code} on {when.isoformat()}.",
            hint=f"Add it with: clerk meeting add {within.code} {when.isoformat()}",
        )
    if len(rows) > 1:
        ids = ", ".join(str(r[0]) for r in rows)
        raise Ambiguous(
            f"{within.code} met more than once on {when.isoformat()}.",
            hint=f"Use the meeting id: {ids}.",
        )
    row = rows[0]
    return MeetingRow(row[0], row[1], row[2], as_date(row[3]))


def meeting_dates(q: Sql, committee_id: int) -> list[date]:
    """The dates of a committee's meetings that are not cancelled, in order."""
    rows = q.rows(
        "SELECT date FROM meeting WHERE committee_id = ? AND status != 'cancelled' ORDER BY date",
        (committee_id,),
    )
    return [as_date(r[0]) for r in rows]


def resolution(q: Sql, ref: str, *, meeting_id: int | None) -> int:
    """The id of a resolution by its minute reference, within its meeting."""
    ref = (ref or "").strip()
    if meeting_id is None:
        raise InvalidInput(
            "A resolution is found within its meeting.", hint="Give --meeting CODE/YYYY-MM-DD too."
        )
    found = q.scalar(
        "SELECT id FROM resolution WHERE meeting_id = ? AND ref = ?", (meeting_id, ref)
    )
    if found is None:
        refs = [
            r[0] for r in q.rows("SELECT ref FROM resolution WHERE meeting_id = ?", (meeting_id,))
        ]
        hint = suggest(ref, refs)
        raise NotFound(
            f"No resolution '{ref}' at that meeting.",
            hint=hint or "Add it with: clerk add-resolution TEXT --meeting ... --ref ...",
        )
    return found


# ---- owners ------------------------------------------------------------------


# What a "no such owner" error suggests next, by what the clerk was doing.
OWNER_ADD = "add"  # setting an owner: add the post first
OWNER_ADD_OR_CREATE = "add-or-create"  # add-action, which has --create-owner
OWNER_LIST = "list"  # a filter: see the posts there are


def owner(q: Sql, name: str, *, missing: str = OWNER_ADD) -> OwnerRow:
    """An owner (post) by exact name (any case), else by its current holder's name or email.

    Never guesses: a near miss is an error with "Did you mean ...?"; missing says what
    else the error suggests (OWNER_ADD, OWNER_ADD_OR_CREATE or OWNER_LIST).
    """
    name = (name or "").strip()
    if not name:
        raise InvalidInput(
            "No owner given.",
            hint='Give the post, e.g. --owner "Director of Children\'s Services".',
        )
    norm = norm_owner(name)
    # The match is made in Python because norm_owner's rules ("the", curly quotes,
    # dashes, spaces) are not expressible in SQL; a council has hundreds of posts, not
    # millions.
    rows = q.rows("SELECT id, name FROM owner")
    exact = [r for r in rows if norm_owner(r[1]) == norm]
    if len(exact) > 1:
        # Posts made apart before names were folded: the one named exactly wins.
        exact = [r for r in exact if r[1] == name] or exact
    if len(exact) == 1:
        return OwnerRow(*exact[0])
    holders = q.rows(
        "SELECT o.id, o.name FROM owner_holder h JOIN owner o ON o.id = h.owner_id "
        "WHERE h.ended_at IS NULL AND (lower(h.name) = ? OR lower(h.email) = ?) ORDER BY h.id",
        (name.lower(), name.lower()),
    )
    if len(holders) == 1:
        return OwnerRow(*holders[0])
    if len(holders) > 1:
        posts = " or ".join(f"'{h[1]}'" for h in holders)
        raise Ambiguous(f"'{name}' holds more than one post.", hint=f"Name the post: {posts}.")
    if exact:
        raise Ambiguous(
            f"More than one owner is called '{name}'.",
            hint="Use the exact name from: clerk owner list.",
        )
    hint = suggest(name, [r[1] for r in rows])
    nxt = {
        OWNER_ADD: f'Add it with: clerk owner add "{name}"',
        OWNER_ADD_OR_CREATE: f'Add it with: clerk owner add "{name}" (or pass --create-owner).',
        OWNER_LIST: "See: clerk owner list.",
    }[missing]
    raise NotFound(f"No owner '{name}'.", hint=(hint + " " if hint else "") + nxt)


def same_post(q: Sql, name: str, *, other_than: int | None = None) -> str | None:
    """The name of the post (other than other_than) that name is written differently
    (norm_owner: case, quotes, dashes, spaces), or None."""
    norm = norm_owner(name)
    for owner_id, existing in q.rows("SELECT id, name FROM owner ORDER BY id"):
        if owner_id != other_than and norm_owner(existing) == norm:
            return existing
    return None


def new_owner(q: Sql, name: str, *, by: str) -> int:
    """Add a post (inside the caller's transaction); its id.  A name already taken,
    however written (norm_owner), is a Conflict: posts are never created twice."""
    name = " ".join((name or "").split())
    if not name:
        raise InvalidInput(
            "The owner's name is empty.",
            hint='Name the post, e.g. "Director of Children\'s Services".',
        )
    same = same_post(q, name)
    if same is not None:
        raise Conflict(f"An owner called '{same}' already exists.", hint="See: clerk owner list.")
    owner_id = q.insert("owner", {"name": name, "created_at": utcnow()})
    audit(q, by=by, entity="owner", entity_id=owner_id, label=name, field="created", new=name)
    return owner_id


# ---- actions -----------------------------------------------------------------


def canonical_ref(ref: str) -> str:
    """CSSC-12 from ' cssc-012 '; an error when it is not an action reference."""
    ref = (ref or "").strip()
    m = ACTION_REF.match(ref)
    if not m:
        raise InvalidInput(
            f"'{ref}' is not an action reference.",
            hint="References look like CSSC-12 (see: clerk list).",
        )
    return f"{m.group(1).upper()}-{int(m.group(2))}"


_RANGE = lazy(
    r"^\s*([A-Za-z][A-Za-z0-9_&]*)-(\d+)\s*\.\.\s*(?:([A-Za-z][A-Za-z0-9_&]*)-)?(\d+)\s*$"
)
MAX_REFS = 1000


def expand_refs(refs: list[str] | tuple[str, ...]) -> list[str]:
    """Canonical references from what a clerk typed: CSSC-1 CSSC-4, a range CSSC-3..6
    (or CSSC-3..CSSC-6), commas too; in order, each once."""
    out: list[str] = []
    for word in (w for r in refs for w in r.replace(",", " ").split()):
        m = _RANGE.match(word)
        if m is None:
            out.append(canonical_ref(word))
            continue
        code, first, code2, last = m.group(1), int(m.group(2)), m.group(3), int(m.group(4))
        if code2 and code2.upper() != code.upper():
            raise InvalidInput(
                f"'{word}' runs across two committees.", hint="Write a range as CSSC-3..6."
            )
        if last < first or last - first >= MAX_REFS:
            raise InvalidInput(
                f"'{word}' is not a range clerk can use.",
                hint=f"Write it low to high, at most {MAX_REFS} actions, e.g. CSSC-3..6.",
            )
        out += [f"{code.upper()}-{n}" for n in range(first, last + 1)]
    if not out:
        raise InvalidInput("No action given.", hint="Give a reference, e.g. CSSC-12.")
    return list(dict.fromkeys(out))


def action(q: Sql, ref: str) -> ActionRow:
    """An action by its reference (CSSC-12, any case)."""
    canonical = canonical_ref(ref)
    row = q.first(
        "SELECT id, ref, committee_id, meeting_id, resolution_id, status, completed_at "
        "FROM action WHERE ref = ?",
        (canonical,),
    )
    if row is None:
        raise NotFound(f"No action {canonical}.", hint="See: clerk list --all-statuses")
    return ActionRow(*row[:6], as_utc(row[6]))


def assignable_owner(q: Sql, name: str, *, missing: str = OWNER_ADD) -> OwnerRow:
    """A post an action may be given to: found as owner() finds it, and not retired."""
    from clerk_cli.store.owners import is_retired

    found = owner(q, name, missing=missing)
    if is_retired(q, found.id):
        raise InvalidInput(
            f"'{found.name}' is retired, so it cannot take new actions.",
            hint=f'Give the action to the post that took its work, or: clerk owner reinstate "{found.name}"',
        )
    return found
