"""The one query that turns actions into ActionViews, with the filters reports share.

It is a single SELECT in plain SQL (clerk_cli.store.sql), the same text on SQLite and
PostgreSQL, so that the everyday reports run without importing SQLAlchemy and cost
what their rows cost.  Every filter it offers is backed by an index (see
models.Action.__table_args__ and benchmarks/explain.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from clerk_cli.rules.status import OPEN_STATUSES
from clerk_cli.store.sql import Sql, as_date, as_utc, placeholders
from clerk_cli.views import ActionView, NoteView

_OPEN_SQL = "(" + ", ".join(f"'{status}'" for status in OPEN_STATUSES) + ")"

# Every join adds at most one row per action (committee is NOT NULL, the others are
# many-to-one or the post's one current holder), so counts over any subset of them
# match the full query's.  Keyed by the alias the filters and orders use.
_JOINS = {
    "c": "JOIN committee c ON c.id = a.committee_id",
    "o": "LEFT JOIN owner o ON o.id = a.owner_id",
    "h": "LEFT JOIN owner_holder h ON h.owner_id = a.owner_id AND h.ended_at IS NULL",
    "m": "LEFT JOIN meeting m ON m.id = a.meeting_id",
    "r": "LEFT JOIN resolution r ON r.id = a.resolution_id",
}

# The latest note of each action: one correlated max(id) per row (answered from the
# ix_note_action index alone), then a primary-key join for its text and time.
_COLUMNS = (
    "a.id, a.ref, a.text, a.status, a.due_date, a.due_rule, a.due_text, "
    "a.original_due_date, a.slip_count, a.confidential, a.created_at, a.completed_at, "
    "a.source, c.code, c.name, o.name, h.name, h.email, m.date, r.ref, ln.text, ln.created_at, ln.author"
)
_SELECT = (
    f"SELECT {_COLUMNS} FROM action a "
    + " ".join(_JOINS.values())
    + " LEFT JOIN note ln ON ln.id = (SELECT max(n.id) FROM note n WHERE n.action_id = a.id)"
)

# Sort orders, and the joined tables each needs.
_ORDERS = {
    "due": ("a.due_date IS NULL, a.due_date, a.id", ()),
    "committee": ("c.code, a.due_date IS NULL, a.due_date, a.id", ("c",)),
    "ref": ("c.code, a.number", ("c",)),
    "meeting": ("c.code, m.date, a.number", ("c", "m")),
    "completed": ("a.completed_at DESC, a.id", ()),
    # The action log: by meeting (actions tied to none last), then number.
    "log": ("m.date IS NULL, m.date, a.meeting_id, a.number", ("m",)),
    "number": ("a.number", ()),
    "completed_first": ("a.completed_at, a.id", ()),
}


def _like_escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


@dataclass
class ActionFilter:
    """What to list.  Ids, not names: the services look names up first."""

    statuses: Sequence[str] | None = OPEN_STATUSES
    committee_ids: Sequence[int] | None = None
    owner_ids: Sequence[int] | None = None
    meeting_id: int | None = None
    due_before: date | None = None  # due_date < this
    due_on_or_before: date | None = None
    due_from: date | None = None  # due_date >= this
    include_confidential: bool = True
    text_contains: str | None = None
    # Open as things stood at the end of this (past) day: created by then and not
    # closed by then.  Replaces the status filter.
    open_as_of: date | None = None
    # Tied to no meeting, or to a meeting before this date (the action log).
    meeting_before: date | None = None
    completed_from: datetime | None = None  # completed_at >= this
    completed_before: datetime | None = None  # completed_at < this

    def where(self) -> tuple[list[str], list, set[str]]:
        """(SQL conditions, their parameters, the joined tables they use)."""
        cl: list[str] = []
        params: list = []
        uses: set[str] = set()
        if self.open_as_of is not None:
            # An action exists from its meeting's date (so backfilled minutes report
            # correctly), or from when it was recorded if it has no meeting.
            end = datetime.combine(self.open_as_of + timedelta(days=1), time(), tzinfo=UTC)
            cl.append("(m.date <= ? OR (a.meeting_id IS NULL AND a.created_at < ?))")
            params += [self.open_as_of, end]
            uses.add("m")
            # Open now, or closed after that day.  Written without "status IN (done,
            # dropped)" on the closed side (the same rows: a status is open or closed) so
            # that side is a range on ix_action_completed: the few actions closed since,
            # not every closed action due before the date (most of a long log).
            cl.append(f"(a.status IN {_OPEN_SQL} OR a.completed_at >= ?)")
            params.append(end)
        elif self.statuses:
            if len(self.statuses) == 1:
                cl.append("a.status = ?")
            else:
                cl.append(f"a.status IN ({placeholders(len(self.statuses))})")
            params += list(self.statuses)
        for column, ids in (("committee_id", self.committee_ids), ("owner_id", self.owner_ids)):
            if ids is not None:
                if ids:
                    cl.append(f"a.{column} IN ({placeholders(len(ids))})")
                    params += list(ids)
                else:
                    cl.append("1 = 0")
        for sql, value in (
            ("a.meeting_id = ?", self.meeting_id),
            ("a.due_date < ?", self.due_before),
            ("a.due_date <= ?", self.due_on_or_before),
            ("a.due_date >= ?", self.due_from),
            ("a.completed_at >= ?", self.completed_from),
            ("a.completed_at < ?", self.completed_before),
        ):
            if value is not None:
                cl.append(sql)
                params.append(value)
        if self.meeting_before is not None:
            cl.append("(a.meeting_id IS NULL OR m.date < ?)")
            params.append(self.meeting_before)
            uses.add("m")
        if not self.include_confidential:
            cl.append("a.confidential = ?")
            params.append(False)
        if self.text_contains:
            cl.append("lower(a.text) LIKE ? ESCAPE '/'")
            params.append(f"%{_like_escape(self.text_contains.lower())}%")
        return cl, params, uses

    def id_select(self, dialect: str):
        """The ids of the matching actions as a SQLAlchemy textual SELECT (for the ORM use
        cases that stream actions by id), or None when nothing is filtered."""
        from sqlalchemy import column, text

        from clerk_cli.store.sql import adapt

        cl, params, uses = self.where()
        if not cl:
            return None
        sql = f"SELECT a.id {_from(uses)}{_where(cl)}"
        names = []
        for i in range(len(params)):
            sql = sql.replace("?", f":p{i}", 1)
            names.append(f"p{i}")
        values = adapt(dialect, params)
        return text(sql).bindparams(**dict(zip(names, values, strict=True))).columns(column("id"))


def _from(uses) -> str:
    """action joined to only the tables these aliases name (for counts and pages)."""
    return " ".join(["FROM action a", *(_JOINS[k] for k in _JOINS if k in uses)])


def _where(cl: list[str]) -> str:
    return " WHERE " + " AND ".join(cl) if cl else ""


def _to_view(row, as_of: date) -> ActionView:
    # Unpacked by position, in _COLUMNS' order: a report may have thousands of rows.
    (
        id_,
        ref,
        text,
        status,
        due_date,
        due_rule,
        due_text,
        original_due_date,
        slip_count,
        confidential,
        created_at,
        completed_at,
        source,
        code,
        committee_name,
        owner_name,
        holder_name,
        holder_email,
        meeting_date,
        resolution_ref,
        note_text,
        note_at,
        note_author,
    ) = row
    due_date = as_date(due_date)
    meeting_date = as_date(meeting_date)
    overdue = None
    if due_date is not None and status in OPEN_STATUSES:
        overdue = (as_of - due_date).days
    return ActionView(
        id=id_,
        ref=ref,
        text=text,
        status=status,
        committee=code,
        committee_name=committee_name,
        owner=owner_name,
        owner_holder=holder_name,
        owner_email=holder_email,
        due_date=due_date,
        due_rule=due_rule,
        due_text=due_text,
        original_due_date=as_date(original_due_date),
        slip_count=slip_count,
        days_overdue=overdue,
        meeting=f"{code}/{meeting_date.isoformat()}" if meeting_date else None,
        meeting_date=meeting_date,
        resolution_ref=resolution_ref,
        confidential=bool(confidential),
        created_at=as_utc(created_at),
        completed_at=as_utc(completed_at),
        latest_note=note_text,
        latest_note_at=as_utc(note_at),
        latest_note_author=note_author,
        source=source,
    )


def fetch_actions(
    target,
    flt: ActionFilter,
    *,
    as_of: date,
    order: str = "due",
    limit: int | None = None,
    with_notes: bool = False,
) -> tuple[list[ActionView], int]:
    """(rows, total matching).  target: a clerk_cli.store.sql.Sql or a SQLAlchemy Session.

    order: due | committee | ref | meeting | completed | log | number | completed_first.
    """
    q = Sql.of(target)
    cl, params, uses = flt.where()
    order_sql, order_uses = _ORDERS[order]
    if limit is None:
        sql = f"{_SELECT}{_where(cl)} ORDER BY {order_sql}"
        rows = q.rows(sql, params)
    else:
        # Choose the page from the sort keys alone, then read the full rows of that page
        # only: the latest note and the wide columns are fetched for the rows shown, not
        # for every match (SQLite computes every column before it sorts).
        page = (
            f"SELECT a.id {_from(uses | set(order_uses))}{_where(cl)} ORDER BY {order_sql} LIMIT ?"
        )
        sql = f"{_SELECT} WHERE a.id IN ({page}) ORDER BY {order_sql}"
        rows = q.rows(sql, [*params, limit])
    views = [_to_view(r, as_of) for r in rows]
    total = len(views)
    if limit is not None and total >= limit:
        total = q.scalar(f"SELECT count(*) {_from(uses)}{_where(cl)}", params)
    if with_notes and views:
        attach_notes(q, views)
    return views, total


def view_by_id(target, action_id: int, *, as_of: date, with_notes: bool = True) -> ActionView:
    """One action as a view (with all its notes unless with_notes is False)."""
    q = Sql.of(target)
    v = _to_view(q.first(f"{_SELECT} WHERE a.id = ?", (action_id,)), as_of)
    if with_notes:
        attach_notes(q, [v])
    return v


def attach_notes(target, rows: list[ActionView]) -> None:
    """Load every note of these actions, in chunks that respect SQLite's variable limit."""
    q = Sql.of(target)
    by_id = {r.id: r for r in rows}
    ids = list(by_id)
    for i in range(0, len(ids), 900):
        chunk = ids[i : i + 900]
        for action_id, text, author, created_at in q.rows(
            "SELECT action_id, text, author, created_at FROM note "
            f"WHERE action_id IN ({placeholders(len(chunk))}) ORDER BY id",
            chunk,
        ):
            by_id[action_id].notes.append(NoteView(text, author, as_utc(created_at)))
