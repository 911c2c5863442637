"""The overview a chair wants at a glance: per committee, open, overdue and due-soon counts,
the oldest overdue action, and the owners with the most overdue actions.

Counts come from GROUP BY queries over the (committee_id, status, due_date) and
(owner_id, status, due_date) indexes, never from loading actions into Python,
so the overview stays quick at a million actions.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, case, func, select
from sqlmodel import Session

from clerk_cli.db import Database
from clerk_cli.schema import OPEN_STATUSES, Action, Committee, Owner, OwnerHolder

A = Action.__table__
C = Committee.__table__
O = Owner.__table__  # noqa: E741
H = OwnerHolder.__table__

DUE_SOON_DAYS = 7
TOP_OWNERS = 5


@dataclass
class OldestOverdue:
    ref: str
    text: str
    due_date: date
    days_overdue: int
    owner: str | None
    confidential: bool


@dataclass
class CommitteeStatus:
    code: str
    name: str
    open: int = 0
    overdue: int = 0
    due_soon: int = 0
    oldest_overdue: OldestOverdue | None = None


@dataclass
class OwnerLoad:
    owner: str | None  # None: actions with no owner
    holder: str | None
    overdue: int


@dataclass
class StatusOverview:
    as_of: date
    due_soon_days: int
    committees: list[CommitteeStatus] = field(default_factory=list)
    top_owners: list[OwnerLoad] = field(default_factory=list)

    @property
    def total_open(self) -> int:
        return sum(c.open for c in self.committees)

    @property
    def total_overdue(self) -> int:
        return sum(c.overdue for c in self.committees)

    @property
    def total_due_soon(self) -> int:
        return sum(c.due_soon for c in self.committees)

    def to_json(self) -> dict:
        def committee(c: CommitteeStatus) -> dict:
            d = asdict(c)
            if c.oldest_overdue:
                d["oldest_overdue"]["due_date"] = c.oldest_overdue.due_date.isoformat()
            return d

        return {
            "as_of": self.as_of.isoformat(),
            "due_soon_days": self.due_soon_days,
            "totals": {
                "open": self.total_open,
                "overdue": self.total_overdue,
                "due_soon": self.total_due_soon,
            },
            "committees": [committee(c) for c in self.committees],
            "top_owners": [asdict(o) for o in self.top_owners],
        }


def status_overview(
    db: Database,
    *,
    as_of: date | None = None,
    due_soon_days: int = DUE_SOON_DAYS,
    include_confidential: bool = True,
    top: int = TOP_OWNERS,
) -> StatusOverview:
    """Counts per committee and the owners with most overdue actions, as of a date."""
    as_of = as_of or date.today()
    soon_to = as_of + timedelta(days=due_soon_days)

    def work(s: Session) -> StatusOverview:
        is_open = [A.c.status.in_(list(OPEN_STATUSES))]
        if not include_confidential:
            is_open.append(A.c.confidential.is_(False))
        overdue = and_(A.c.due_date.is_not(None), A.c.due_date < as_of)
        counts = (
            select(
                A.c.committee_id,
                func.count().label("open"),
                func.sum(case((overdue, 1), else_=0)).label("overdue"),
                func.sum(
                    case((and_(A.c.due_date >= as_of, A.c.due_date <= soon_to), 1), else_=0)
                ).label("soon"),
                func.min(case((overdue, A.c.due_date), else_=None)).label("oldest_due"),
            )
            .where(*is_open)
            .group_by(A.c.committee_id)
        )
        by_committee = {r.committee_id: r for r in s.execute(counts)}
        overview = StatusOverview(as_of=as_of, due_soon_days=due_soon_days)
        for c in s.execute(select(C.c.id, C.c.code, C.c.name).order_by(C.c.code)):
            row = by_committee.get(c.id)
            cs = CommitteeStatus(code=c.code, name=c.name)
            if row is not None:
                cs.open, cs.overdue, cs.due_soon = (
                    row.open,
                    int(row.overdue or 0),
                    int(row.soon or 0),
                )
                if row.oldest_due is not None:
                    cs.oldest_overdue = _oldest(s, c.id, _as_date(row.oldest_due), as_of, is_open)
            overview.committees.append(cs)

        loads = (
            select(A.c.owner_id, O.c.name, H.c.name.label("holder"), func.count().label("n"))
            .select_from(A)
            .outerjoin(O, O.c.id == A.c.owner_id)
            .outerjoin(H, and_(H.c.owner_id == A.c.owner_id, H.c.ended_at.is_(None)))
            .where(*is_open, overdue)
            .group_by(A.c.owner_id, O.c.name, H.c.name)
            .order_by(func.count().desc(), O.c.name)
            .limit(top)
        )
        overview.top_owners = [OwnerLoad(r.name, r.holder, r.n) for r in s.execute(loads)]
        return overview

    return db.read(work)


def _as_date(value) -> date:
    # MIN over a CASE loses the column type on SQLite: it comes back as text.
    return date.fromisoformat(value) if isinstance(value, str) else value


def _oldest(s: Session, committee_id: int, due: date, as_of: date, is_open: list) -> OldestOverdue:
    """The committee's action with the earliest overdue date (an index lookup, not a scan)."""
    row = s.execute(
        select(A.c.ref, A.c.text, A.c.due_date, A.c.confidential, O.c.name.label("owner"))
        .select_from(A)
        .outerjoin(O, O.c.id == A.c.owner_id)
        .where(A.c.committee_id == committee_id, A.c.due_date == due, *is_open)
        .order_by(A.c.number)
        .limit(1)
    ).one()
    return OldestOverdue(
        row.ref,
        row.text,
        row.due_date,
        (as_of - row.due_date).days,
        row.owner,
        bool(row.confidential),
    )
