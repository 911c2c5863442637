"""The one query that turns actions into ActionViews, with the filters reports share.

It is a single SQLAlchemy Core SELECT (no ORM objects per row) so that reports
cost what their rows cost, and every filter it offers is backed by an index
(see models.Action.__table_args__).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.sql.util import find_tables
from sqlmodel import Session

from clerk_cli.models import (
    OPEN_STATUSES,
    Action,
    Committee,
    Meeting,
    Note,
    Owner,
    OwnerHolder,
    Resolution,
)
from clerk_cli.services.views import ActionView, NoteView

A = Action.__table__
C = Committee.__table__
M = Meeting.__table__
O = Owner.__table__  # noqa: E741
H = OwnerHolder.__table__
R = Resolution.__table__
N = Note.__table__


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

    def clauses(self) -> list:
        cl = []
        if self.open_as_of is not None:
            # An action exists from its meeting's date (so backfilled minutes report
            # correctly), or from when it was recorded if it has no meeting.
            end = datetime.combine(self.open_as_of + timedelta(days=1), time(), tzinfo=UTC)
            cl.append(
                or_(
                    M.c.date <= self.open_as_of,
                    and_(A.c.meeting_id.is_(None), A.c.created_at < end),
                )
            )
            # Open now, or closed after that day.  Written without "status IN (done,
            # dropped)" on the closed side (the same rows: a status is open or closed) so
            # that side is a range on ix_action_completed: the few actions closed since,
            # not every closed action due before the date (most of a long log).
            cl.append(or_(A.c.status.in_(list(OPEN_STATUSES)), A.c.completed_at >= end))
        elif self.statuses:
            cl.append(
                A.c.status.in_(list(self.statuses))
                if len(self.statuses) > 1
                else A.c.status == self.statuses[0]
            )
        if self.committee_ids is not None:
            cl.append(A.c.committee_id.in_(list(self.committee_ids)))
        if self.owner_ids is not None:
            cl.append(A.c.owner_id.in_(list(self.owner_ids)))
        if self.meeting_id is not None:
            cl.append(A.c.meeting_id == self.meeting_id)
        if self.due_before is not None:
            cl.append(A.c.due_date < self.due_before)
        if self.due_on_or_before is not None:
            cl.append(A.c.due_date <= self.due_on_or_before)
        if self.due_from is not None:
            cl.append(A.c.due_date >= self.due_from)
        if not self.include_confidential:
            cl.append(A.c.confidential.is_(False))
        if self.text_contains:
            cl.append(func.lower(A.c.text).contains(self.text_contains.lower(), autoescape=True))
        return cl


# The latest note of each action: one correlated max(id) per row (answered from the
# ix_note_action index alone), then a primary-key join for its text and time.
LN = N.alias("latest_note")


def _latest_note_id():
    return select(func.max(N.c.id)).where(N.c.action_id == A.c.id).scalar_subquery()


def _joined():
    return (
        A.join(C, C.c.id == A.c.committee_id)
        .outerjoin(O, O.c.id == A.c.owner_id)
        .outerjoin(H, and_(H.c.owner_id == A.c.owner_id, H.c.ended_at.is_(None)))
        .outerjoin(M, M.c.id == A.c.meeting_id)
        .outerjoin(R, R.c.id == A.c.resolution_id)
    )


def _from_for(*exprs):
    """action joined to only the tables these expressions use (for counts and pages).

    Every join here adds at most one row per action (committee is NOT NULL, the rest are
    many-to-one or the one current holder), so counts match the full query's.
    """
    used = {t for e in exprs for t in find_tables(e, check_columns=True)}
    joined = A
    for table, on, outer in (
        (C, C.c.id == A.c.committee_id, False),
        (O, O.c.id == A.c.owner_id, True),
        (H, and_(H.c.owner_id == A.c.owner_id, H.c.ended_at.is_(None)), True),
        (M, M.c.id == A.c.meeting_id, True),
        (R, R.c.id == A.c.resolution_id, True),
    ):
        if table in used:
            joined = joined.join(table, on, isouter=outer)
    return joined


def base_select():
    return select(
        A.c.id,
        A.c.ref,
        A.c.text,
        A.c.status,
        A.c.due_date,
        A.c.due_rule,
        A.c.due_text,
        A.c.original_due_date,
        A.c.slip_count,
        A.c.confidential,
        A.c.created_at,
        A.c.completed_at,
        A.c.source,
        C.c.code,
        C.c.name.label("committee_name"),
        O.c.name.label("owner_name"),
        H.c.name.label("holder_name"),
        H.c.email.label("holder_email"),
        M.c.date.label("meeting_date"),
        R.c.ref.label("resolution_ref"),
        LN.c.text.label("note_text"),
        LN.c.created_at.label("note_at"),
    ).select_from(_joined().outerjoin(LN, LN.c.id == _latest_note_id()))


def _to_view(row, as_of: date) -> ActionView:
    # Unpacked by position, in base_select()'s column order: reading a Row's fields by
    # name costs more than building the view (a report may have thousands of rows).
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
    ) = row
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
        original_due_date=original_due_date,
        slip_count=slip_count,
        days_overdue=overdue,
        meeting=f"{code}/{meeting_date.isoformat()}" if meeting_date else None,
        meeting_date=meeting_date,
        resolution_ref=resolution_ref,
        confidential=bool(confidential),
        created_at=created_at,
        completed_at=completed_at,
        latest_note=note_text,
        latest_note_at=_aware(note_at),
        source=source,
    )


def _aware(value):
    # Scalar subqueries lose the column type on some backends: normalise to aware UTC.
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value


def fetch_actions(
    session: Session,
    flt: ActionFilter,
    *,
    as_of: date,
    order: str = "due",
    limit: int | None = None,
    with_notes: bool = False,
) -> tuple[list[ActionView], int]:
    """(rows, total matching).  order: due | committee | ref | meeting | completed."""
    clauses = flt.clauses()
    orders = {
        "due": (A.c.due_date.is_(None), A.c.due_date, A.c.id),
        "committee": (C.c.code, A.c.due_date.is_(None), A.c.due_date, A.c.id),
        "ref": (C.c.code, A.c.number),
        "meeting": (C.c.code, M.c.date, A.c.number),
        "completed": (A.c.completed_at.desc(), A.c.id),
    }
    stmt = base_select()
    if limit is None:
        if clauses:
            stmt = stmt.where(*clauses)
    else:
        # Choose the page from the sort keys alone, then read the full rows of that page
        # only: the latest note and the wide columns are fetched for the rows shown, not
        # for every match (SQLite computes every column before it sorts).
        page = select(A.c.id).select_from(_from_for(*clauses, *orders[order]))
        if clauses:
            page = page.where(*clauses)
        page = page.order_by(*orders[order]).limit(limit)
        stmt = stmt.where(A.c.id.in_(page))
    stmt = stmt.order_by(*orders[order])
    rows = [_to_view(r, as_of) for r in session.execute(stmt)]
    total = len(rows)
    if limit is not None and total >= limit:
        count = select(func.count()).select_from(_from_for(*clauses))
        if clauses:
            count = count.where(*clauses)
        total = session.execute(count).scalar_one()
    if with_notes and rows:
        attach_notes(session, rows)
    return rows, total


def attach_notes(session: Session, rows: list[ActionView]) -> None:
    """Load every note of these actions, in chunks that respect SQLite's variable limit."""
    by_id = {r.id: r for r in rows}
    ids = list(by_id)
    for i in range(0, len(ids), 900):
        stmt = (
            select(N.c.action_id, N.c.text, N.c.author, N.c.created_at)
            .where(N.c.action_id.in_(ids[i : i + 900]))
            .order_by(N.c.id)
        )
        for n in session.execute(stmt):
            by_id[n.action_id].notes.append(NoteView(n.text, n.author, _aware(n.created_at)))
