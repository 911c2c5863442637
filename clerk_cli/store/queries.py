"""The one query that turns actions into ActionViews, with the filters reports share.

It is a single SELECT in plain SQL (clerk_cli.store.sql), the same text on SQLite and
PostgreSQL, so that the everyday reports run without importing SQLAlchemy and cost
what their rows cost.  Every filter it offers is backed by an index (see
models.Action.__table_args__ and benchmarks/explain.py).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.rules.rag import DEFAULT as DEFAULT_RAG_RULES
from clerk_cli.rules.rag import RagRules, rater
from clerk_cli.rules.status import OPEN_STATUSES, day_end, days_overdue
from clerk_cli.store import history
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
    "a.source, c.code, c.name, o.name, h.name, h.email, m.date, r.ref, ln.text, ln.created_at, "
    "ln.author, a.owner_id, a.meeting_id, a.committee_id, "
    # 26-30: how it closed, and the outcome it is proposed to close with (store.closures)
    "a.outcome, a.closed_minute, a.closed_meeting_id, cm.date, cp.outcome, "
    # 31: its own minute reference (views.ActionView.minute)
    "a.minute_ref"
)
_SELECT = (
    f"SELECT {_COLUMNS} FROM action a "
    + " ".join(_JOINS.values())
    + " LEFT JOIN note ln ON ln.id = (SELECT max(n.id) FROM note n WHERE n.action_id = a.id)"
    # At most one undecided proposal per action (store.closures), so one row each.
    + " LEFT JOIN meeting cm ON cm.id = a.closed_meeting_id"
    + " LEFT JOIN closure_proposal cp ON cp.action_id = a.id AND cp.decision IS NULL"
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
    # False: a public listing (no confidential action, and none of the notes an action
    # had written while it was confidential: store.confidential).
    include_confidential: bool = True
    text_contains: str | None = None
    # Open as things stood at the end of this (past) day: created by then and not
    # closed by then.  Replaces the status filter (the same as stood_on=that day with
    # the open statuses).
    open_as_of: date | None = None
    # Every condition, and every action shown, as things stood at the end of this past
    # day (see store.history): what --as-of asks for.
    stood_on: date | None = None
    # Tied to no meeting, or to a meeting before this date (the action log).
    meeting_before: date | None = None
    completed_from: datetime | None = None  # completed_at >= this
    completed_before: datetime | None = None  # completed_at < this
    # Only these ratings (rules.rag: red, amber, green); decided per action in Python.
    rag: Sequence[str] | None = None
    # True: only actions proposed for closure (awaiting their committee); False: none of
    # them (what is overdue or due soon: rules.status does not chase them); None: either.
    proposed: bool | None = None

    def where(self) -> tuple[list[str], list, set[str]]:
        """(SQL conditions, their parameters, the joined tables they use)."""
        cl: list[str] = []
        params: list = []
        uses: set[str] = set()
        if self.stood_on is not None:
            # An action exists from its meeting's date (so backfilled minutes report
            # correctly), or from when it was recorded if it has no meeting
            # (rules.as_of.exists_from, which show and --on ask).  The other
            # conditions are on today's values: right for every action unchanged since
            # that day; fetch_actions replays the others.
            cl.append("(m.date <= ? OR (a.meeting_id IS NULL AND a.created_at < ?))")
            params += [self.stood_on, day_end(self.stood_on)]
            uses.add("m")
        if self.statuses:
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
        if self.proposed is not None:
            cl.append(
                ("EXISTS" if self.proposed else "NOT EXISTS")
                + " (SELECT 1 FROM closure_proposal px WHERE px.action_id = a.id"
                " AND px.decision IS NULL)"
            )
        return cl, params, uses

    def historical(self) -> ActionFilter:
        """open_as_of spelt as stood_on with the open statuses."""
        stood = self.stood_on or self.open_as_of
        if stood is None:
            return self
        statuses = OPEN_STATUSES if self.open_as_of is not None else self.statuses
        return replace(self, stood_on=stood, open_as_of=None, statuses=statuses)

    def static_where(self) -> tuple[list[str], list, set[str]]:
        """The conditions on what never changes after an action is recorded (its
        committee, meeting, existence): the candidates to replay."""
        return replace(
            self,
            statuses=None,
            owner_ids=None,
            due_before=None,
            due_on_or_before=None,
            due_from=None,
            include_confidential=True,
            text_contains=None,
            completed_from=None,
            completed_before=None,
            proposed=None,
        ).where()

    def matches(self, v: ActionView, owner_id: int | None) -> bool:
        """Does a replayed action meet the conditions static_where leaves out?  The same
        conditions as where(), on the values the action had."""
        if self.statuses and v.status not in self.statuses:
            return False
        if self.owner_ids is not None and owner_id not in self.owner_ids:
            return False
        due = v.due_date
        for bound, ok in (
            (self.due_before, lambda b: due < b),
            (self.due_on_or_before, lambda b: due <= b),
            (self.due_from, lambda b: due >= b),
        ):
            if bound is not None and (due is None or not ok(bound)):
                return False
        done = v.completed_at
        if self.completed_from is not None and (done is None or done < self.completed_from):
            return False
        if self.completed_before is not None and (done is None or done >= self.completed_before):
            return False
        if not self.include_confidential and v.confidential:
            return False
        if self.proposed is not None and bool(v.proposed) != self.proposed:
            return False
        return not self.text_contains or self.text_contains.lower() in v.text.lower()


def _from(uses) -> str:
    """action joined to only the tables these aliases name (for counts and pages)."""
    return " ".join(["FROM action a", *(_JOINS[k] for k in _JOINS if k in uses)])


def _where(cl: list[str]) -> str:
    return " WHERE " + " AND ".join(cl) if cl else ""


def next_meetings(q: Sql, after: date) -> dict[int, date]:
    """Each committee's first meeting after a day that is not cancelled (for ratings)."""
    return {
        r[0]: as_date(r[1])
        for r in q.rows(
            "SELECT committee_id, min(date) FROM meeting WHERE status != 'cancelled' AND date > ? "
            "GROUP BY committee_id",
            (after,),
        )
    }


def configured_rag_rules() -> RagRules:
    """The rating thresholds every output uses: [rag] in the config file (clerk_cli.config);
    without a config file, the defaults (and the config module is not even imported)."""
    from clerk_cli.paths import config_path

    path = config_path()
    if not os.path.isfile(path):
        return DEFAULT_RAG_RULES
    from clerk_cli.config import rag_rules

    return rag_rules(path)


def next_meetings_as_they_stood(q: Sql, committee_ids, day: date) -> dict[int, date]:
    """next_meetings as things stood at the end of a past day: dates and cancellations
    changed since are put back, and meetings recorded since for later dates left out
    (store.history), so a rating given then is given again with --as-of."""
    out: dict[int, date] = {}
    for cid in sorted(set(committee_ids)):
        later = [d for d in history.live_meeting_dates_at(q, cid, day) if d > day]
        if later:
            out[cid] = later[0]
    return out


def _rater(as_of: date, rules: RagRules):
    """rules.rag.rate of an action's stored values, as a function of (status, due, slips,
    created, last_note, proposed, next_meeting): the one place a listing (_viewer) and
    the counts of status (rag_counts) turn a row into a rating."""
    rate_one = rater(rules, as_of)

    def rating(status, due, slips, created, last_note, proposed, next_meeting):
        return rate_one(status, due, slips, (last_note or created).date(), next_meeting, proposed)

    return rating


# What _rater reads, and the joins it needs beyond the filter's (rag_counts).
_RATING_SELECT = (
    "SELECT a.committee_id, a.status, a.due_date, a.slip_count, a.created_at, ln.created_at, "
    "cp.outcome"
)
_RATING_JOINS = (
    " LEFT JOIN note ln ON ln.id = (SELECT max(n.id) FROM note n WHERE n.action_id = a.id)"
    " LEFT JOIN closure_proposal cp ON cp.action_id = a.id AND cp.decision IS NULL"
)


def _utc(value):
    """as_utc, quicker for SQLite's naive UTC text: parsed with its offset (datetime's
    replace(tzinfo=) costs ten times the parse), anything else through as_utc."""
    if type(value) is str:
        try:
            return datetime.fromisoformat(value + "+00:00")
        except ValueError:
            pass
    return as_utc(value)


def _viewer(as_of: date, meetings: dict[int, date] | None = None, rules: RagRules | None = None):
    """_to_view with what is the same for every row worked out once: a report may have
    tens of thousands of rows."""
    meeting_of = (meetings or {}).get
    rating = _rater(as_of, rules or configured_rag_rules())
    day = date.fromisoformat

    def to_view(row) -> ActionView:
        # Unpacked by position, in _COLUMNS' order.
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
            owner_id,
            _meeting_id,
            committee_id,
            outcome,
            closed_minute,
            _closed_meeting_id,
            closed_meeting_date,
            proposed,
            minute_ref,
        ) = row
        # as_date, SQLite's text read directly
        due_date = day(due_date) if type(due_date) is str else as_date(due_date)
        meeting_date = day(meeting_date) if type(meeting_date) is str else as_date(meeting_date)
        created = _utc(created_at)
        last_note = _utc(note_at) if note_at is not None else None
        rag, rag_reason = rating(
            status, due_date, slip_count, created, last_note, proposed, meeting_of(committee_id)
        )
        # Positional, in ActionView's field order (a fifth of the cost of 33 keywords;
        # tests/core/test_view_order.py checks the order).
        return ActionView(
            ref,
            text,
            status,
            code,
            committee_name,
            owner_name,
            holder_name,
            holder_email,
            due_date,
            due_rule,
            due_text,
            day(original_due_date)
            if type(original_due_date) is str
            else as_date(original_due_date),
            slip_count,
            days_overdue(status, due_date, as_of, proposed),
            f"{code}/{meeting_date.isoformat()}" if meeting_date else None,
            meeting_date,
            resolution_ref,
            bool(confidential),
            created,
            _utc(completed_at) if completed_at is not None else None,
            note_text,
            last_note,
            note_author,
            [],  # notes
            source,
            id_,
            owner_id,
            committee_id,
            rag,
            rag_reason,
            None,  # held_over
            None,  # links
            outcome,
            proposed,
            as_date(closed_meeting_date) if closed_meeting_date is not None else None,
            closed_minute,
            minute_ref,
        )

    return to_view


def _to_view(
    row, as_of: date, meetings: dict[int, date] | None = None, rules: RagRules | None = None
) -> ActionView:
    """One row of _SELECT as a view (fetch_actions makes one _viewer for all its rows)."""
    return _viewer(as_of, meetings, rules)(row)


def fetch_actions(
    q: Sql,
    flt: ActionFilter,
    *,
    as_of: date,
    order: str = "due",
    limit: int | None = None,
    with_notes: bool = False,
    rag_rules: RagRules | None = None,
) -> tuple[list[ActionView], int]:
    """(rows, total matching).

    order: due | committee | ref | meeting | completed | log | number | completed_first.
    rag_rules: the rating thresholds; by default the config file's (configured_rag_rules),
    so that every output rates an action alike.
    """
    flt = flt.historical()
    rules = rag_rules or configured_rag_rules()
    if flt.rag:
        # A rating is a decision of rules.rag, not a column: rate every match, then page.
        rows, _ = fetch_actions(
            q,
            replace(flt, rag=None),
            as_of=as_of,
            order=order,
            with_notes=with_notes,
            rag_rules=rules,
        )
        rows = [v for v in rows if v.rag in flt.rag]
        return (rows if limit is None else rows[:limit]), len(rows)
    if flt.stood_on is not None:
        views, total = _fetch_as_it_stood(
            q, flt, as_of=as_of, order=order, limit=limit, with_notes=with_notes, rules=rules
        )
        if not flt.include_confidential:
            _withhold_confidential_past(q, views, moment=day_end(flt.stood_on))
        return views, total
    cl, params, uses = flt.where()
    order_sql, order_uses = _ORDERS[order]
    if limit is None:
        sql = f"{_SELECT}{_where(cl)} ORDER BY {order_sql}"
        args = params
    else:
        # Choose the page from the sort keys alone, then read the full rows of that page
        # only: the latest note and the wide columns are fetched for the rows shown, not
        # for every match (SQLite computes every column before it sorts).
        page = (
            f"SELECT a.id {_from(uses | set(order_uses))}{_where(cl)} ORDER BY {order_sql} LIMIT ?"
        )
        sql = f"{_SELECT} WHERE a.id IN ({page}) ORDER BY {order_sql}"
        args = [*params, limit]
    to_view = _viewer(as_of, next_meetings(q, as_of), rules)
    # A report may make tens of thousands of views, which live until it is printed.  Made
    # with the cyclic collector paused, then put straight into its oldest generation
    # (frozen and unfrozen: see the gc module), so that the young collections do not walk
    # them again and again: about 8% of a plain report's time at a million actions.
    # (Garbage younger than them is collected with the oldest generation, later.)
    import gc

    collecting, kept_frozen = gc.isenabled(), gc.get_freeze_count()
    gc.disable()
    try:
        views = [to_view(r) for r in q.rows(sql, args)]
    finally:
        gc.freeze()
        if not kept_frozen:  # else a frozen generation kept by the caller: left as it is
            gc.unfreeze()
        if collecting:
            gc.enable()
    total = len(views)
    if limit is not None and total >= limit:
        total = q.scalar(f"SELECT count(*) {_from(uses)}{_where(cl)}", params)
    if with_notes and views:
        attach_notes(q, views)
    if not flt.include_confidential:
        _withhold_confidential_past(q, views)
    return views, total


def _withhold_confidential_past(q: Sql, views: list[ActionView], *, moment=None) -> None:
    """A listing without confidential actions is a public one: the notes its actions
    had written while they were confidential are left out too (store.confidential)."""
    from clerk_cli.store.confidential import withhold_notes

    withhold_notes(q, views, moment=moment)


def rag_counts(
    q: Sql, flt: ActionFilter, *, as_of: date, rag_rules: RagRules | None = None
) -> dict[int, dict[str, int]]:
    """{committee id: {red: n, amber: n, green: n}} of the actions the filter matches,
    rated by the same _rater as every listing from only the columns it reads (so that
    status stays quick at a million actions); on a past day, the actions as they stood
    (fetch_actions)."""
    rules = rag_rules or configured_rag_rules()
    out: dict[int, dict[str, int]] = {}

    def count(committee_id: int, colour: str | None) -> None:
        if colour:
            tally = out.setdefault(committee_id, {})
            tally[colour] = tally.get(colour, 0) + 1

    flt = flt.historical()
    if flt.stood_on is not None:
        for v in fetch_actions(q, flt, as_of=as_of, rag_rules=rules)[0]:
            count(v.committee_id, v.rag)
        return out
    cl, params, uses = flt.where()
    meetings = next_meetings(q, as_of)
    rating = _rater(as_of, rules)
    for committee_id, status, due, slips, created, noted, proposed in q.rows(
        f"{_RATING_SELECT} {_from(uses)}{_RATING_JOINS}{_where(cl)}", params
    ):
        colour, _ = rating(
            status,
            as_date(due),
            slips,
            _utc(created),
            _utc(noted),
            proposed,
            meetings.get(committee_id),
        )
        count(committee_id, colour)
    return out


def view_by_id(
    q: Sql,
    action_id: int,
    *,
    as_of: date,
    with_notes: bool = True,
    stood: bool = False,
    rag_rules: RagRules | None = None,
) -> ActionView:
    """One action as a view (with all its notes unless with_notes is False); with stood,
    as it stood at the end of as_of (see store.history)."""
    rules = rag_rules or configured_rag_rules()
    if stood:
        row = q.first(f"{_SELECT} WHERE a.id = ?", (action_id,))
        return _replayed(q, [row], day_end(as_of), as_of, with_notes=with_notes, rules=rules)[0][0]
    v = _to_view(
        q.first(f"{_SELECT} WHERE a.id = ?", (action_id,)), as_of, next_meetings(q, as_of), rules
    )
    if with_notes:
        attach_notes(q, [v])
    return v


def attach_held_over(
    q: Sql, views: list[ActionView], *, as_of: date, meeting_dates: list[date] | None = None
) -> None:
    """Set each view's held_over (rules.held_over): the meetings of its committee, not
    cancelled, after the one it came from and up to its closure or as_of.  On a past
    as_of the meetings are those known then, as they stood (store.history); pass
    meeting_dates when the caller has its one committee's already."""
    from clerk_cli.rules.held_over import held_over
    from clerk_cli.store.lookup import meeting_dates as live_dates

    past = as_of < date.today()
    dates: dict[int | None, list[date]] = {}
    for v in views:
        if v.committee_id not in dates:
            if meeting_dates is not None:
                dates[v.committee_id] = meeting_dates
            elif past:
                dates[v.committee_id] = history.live_meeting_dates_at(q, v.committee_id, as_of)
            else:
                dates[v.committee_id] = live_dates(q, v.committee_id)
        origin = v.meeting_date or v.created_at.astimezone().date()
        closed = (
            v.completed_at.astimezone().date()
            if v.completed_at is not None and v.status not in OPEN_STATUSES
            else None
        )
        v.held_over = held_over(
            origin=origin, closed=closed, as_of=as_of, meeting_dates=dates[v.committee_id]
        )


def attach_notes(q: Sql, rows: list[ActionView]) -> None:
    """Load every note of these actions, in chunks that respect SQLite's variable limit."""
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


# ---- as things stood at the end of a past day (see store.history) ---------------

# Sort keys in Python, the same orders as _ORDERS, for replayed rows.
_LAST = date.max


def _number(v: ActionView) -> int:
    return int(v.ref.rsplit("-", 1)[1])


_PY_ORDERS = {
    "due": lambda v: (v.due_date is None, v.due_date or _LAST, v.id),
    "committee": lambda v: (v.committee, v.due_date is None, v.due_date or _LAST, v.id),
    "ref": lambda v: (v.committee, _number(v)),
    "meeting": lambda v: (v.committee, v.meeting_date or _LAST, _number(v)),
    "completed": lambda v: (-(v.completed_at.timestamp() if v.completed_at else 0), v.id),
    "log": lambda v: (v.meeting_date is None, v.meeting_date or _LAST, _number(v)),
    "number": lambda v: _number(v),
    "completed_first": lambda v: (v.completed_at.timestamp() if v.completed_at else 0, v.id),
}


def _replay_row(row: tuple, changes: list[history.Undo], owner_ids: dict[str, int]) -> list:
    """A row of _SELECT with later changes undone (newest first)."""
    r = list(row)
    for u in changes:
        if u.field == "status":
            r[3] = u.old
        elif u.field == "completed_at":
            r[11] = u.old
        elif u.field == "due_date":
            if u.slip:
                r[8] -= 1
            if u.old is None and as_date(r[7]) == as_date(u.new):
                r[7] = None  # the first date it was given came later
            r[4] = u.old
        elif u.field == "due_rule":
            r[5] = u.old
        elif u.field == "due_text":
            r[6] = u.old
        elif u.field == "text":
            r[2] = u.old
        elif u.field == "confidential":
            r[9] = u.old == "yes"
        elif u.field == "owner":
            r[23] = owner_ids.get(u.old) if u.old else None
        elif u.field == "resolution":
            r[19] = u.old
        elif u.field == "outcome":
            r[26] = u.old
        elif u.field == "closed_minute":
            r[27] = u.old
        elif u.field == "closed_meeting":
            # old: the agreeing meeting's date, or None before the committee agreed
            r[28] = None
            r[29] = u.old
        elif u.field == "proposal":
            r[30] = u.old
        elif u.field == "minute_ref":
            r[31] = u.old
    return r


def _replayed(
    q: Sql,
    rows: list,
    moment: datetime,
    as_of: date,
    *,
    with_notes: bool,
    changed: set[int] | None = None,
    rules: RagRules | None = None,
) -> list[tuple[ActionView, int | None]]:
    """(view, owner id) of each row as it stood at moment.

    changed: the actions with audit rows since moment (None: treat every row so).  Only
    those are replayed and have their latest note looked up again; every row gets its
    post's name and holder, and its meeting's date, as they were then.
    """
    replay_ids = [r[0] for r in rows if changed is None or r[0] in changed]
    changes = history.undos(q, replay_ids, moment)
    names, owner_ids = history.owner_names_at(q, moment)
    holders = history.holders_at(q, moment)
    moved = history.meeting_dates_at(q, sorted({r[24] for r in rows if r[24]}), moment)
    notes = history.latest_notes_at(q, replay_ids, moment)
    meetings = next_meetings_as_they_stood(q, (r[25] for r in rows), as_of)
    to_view = _viewer(as_of, meetings, rules)
    nobody = (None, None)
    out = []
    for row in rows:
        r = row
        if changed is None or row[0] in changed:
            r = _replay_row(row, changes.get(row[0], ()), owner_ids)
            r[20], r[21], r[22] = notes.get(r[0], (None, None, None))
        owner_id = r[23]
        name = names.get(owner_id) if owner_id else None
        holder = holders.get(owner_id, nobody) if owner_id else nobody
        then = moved.get(r[24])
        if name != r[15] or holder != (r[16], r[17]) or then is not None:
            r = list(r)
            r[15], (r[16], r[17]) = name, holder
            if then is not None:
                r[18] = then
        out.append((to_view(r), owner_id))
    if with_notes and out:
        by_id = {v.id: v for v, _ in out}
        for action_id, kept in history.notes_at(q, [v.id for v, _ in out], moment).items():
            by_id[action_id].notes = [NoteView(*n) for n in kept]
    return out


def _fetch_as_it_stood(
    q: Sql,
    flt: ActionFilter,
    *,
    as_of: date,
    order: str,
    limit: int | None,
    with_notes: bool,
    rules: RagRules,
) -> tuple[list[ActionView], int]:
    """fetch_actions for a past day: every action as it stood at the end of flt.stood_on.

    Actions unchanged since then are chosen by the usual SQL; those changed since are
    chosen by what never changes (committee, meeting), replayed, then checked against
    the rest of the filter in Python.
    """
    moment = day_end(flt.stood_on)
    changed = history.changed_since(q, moment)
    cl, params, _ = flt.where()
    rows = [r for r in q.rows(f"{_SELECT}{_where(cl)}", params) if r[0] not in changed]
    if changed:
        scl, sparams, _ = flt.static_where()
        ids = sorted(changed)
        for i in range(0, len(ids), 900):
            chunk = ids[i : i + 900]
            rows += q.rows(
                f"{_SELECT}{_where([*scl, f'a.id IN ({placeholders(len(chunk))})'])}",
                [*sparams, *chunk],
            )
    views = [
        v
        for v, owner_id in _replayed(
            q, rows, moment, as_of, with_notes=with_notes, changed=changed, rules=rules
        )
        if v.id not in changed or flt.matches(v, owner_id)
    ]
    views.sort(key=_PY_ORDERS[order])
    total = len(views)
    if limit is not None:
        views = views[:limit]
    return views, total
