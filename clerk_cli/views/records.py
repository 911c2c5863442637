"""Result types for committees, meetings, posts, the status overview and restores."""

from __future__ import annotations

from dataclasses import asdict, field
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.views import ActionView


@dataclass
class CommitteeView:
    id: int
    code: str
    name: str
    clerk_name: str | None
    clerk_email: str | None
    meetings: int = 0
    open_actions: int = 0
    # The committee agrees what is closed: a "done" only proposes (services.closures).
    closure_by_agreement: bool = False

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class MeetingView:
    id: int
    ref: str
    committee: str
    date: date
    time: str | None
    title: str | None
    status: str
    resolutions: list[dict] = field(default_factory=list)
    actions: list[ActionView] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "ref": self.ref,
            "committee": self.committee,
            "date": self.date.isoformat(),
            "time": self.time,
            "title": self.title,
            "status": self.status,
            "resolutions": self.resolutions,
            "actions": [a.to_json() for a in self.actions],
        }


@dataclass
class HolderView:
    name: str
    email: str | None
    started_at: datetime
    ended_at: datetime | None

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "email": self.email,
            "started_at": self.started_at.isoformat(),
            "ended_at": self.ended_at.isoformat() if self.ended_at else None,
        }


@dataclass
class OwnerView:
    id: int
    name: str
    holder: str | None
    email: str | None
    open_actions: int = 0
    overdue_actions: int = 0
    holders: list[HolderView] = field(default_factory=list)
    similar: str = ""  # "Did you mean ...?" when a new post's name is close to an existing one

    def to_json(self) -> dict:
        return {
            "id": self.id,
            "name": self.name,
            "holder": self.holder,
            "email": self.email,
            "open_actions": self.open_actions,
            "overdue_actions": self.overdue_actions,
            "holders": [h.to_json() for h in self.holders],
        }


@dataclass(frozen=True)
class DueMove:
    """An action whose meeting-relative due date moved because its committee's meetings
    changed (not a slip)."""

    ref: str
    old: date | None
    new: date | None


@dataclass
class MeetingChange:
    """A meeting added, moved, cancelled or deleted, and the due dates that followed it."""

    meeting: MeetingView
    moved: list[DueMove] = field(default_factory=list)

    @property
    def undated(self) -> list[str]:
        """The actions the change left with no due date (no later meeting to point at)."""
        return [m.ref for m in self.moved if m.new is None]


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
    # Open but proposed for closure, awaiting the committee's agreement (neither overdue
    # nor due soon: rules.status); counted in open.
    awaiting_agreement: int = 0
    # Open actions by rating (rules.rag, the configured thresholds)
    red: int = 0
    amber: int = 0
    green: int = 0


@dataclass
class OwnerLoad:
    owner: str | None  # None: actions with no owner
    holder: str | None
    overdue: int


@dataclass
class StatusOverview:
    """clerk status: per committee open, overdue and due-soon counts as of a day."""

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


@dataclass
class RestoreResult:
    """What import-json restored: rows per table, and what it repaired on the way (one line each)."""

    counts: dict[str, int]
    repaired: list[str] = field(default_factory=list)


@dataclass
class CommitteeListed(CommitteeView):
    """A committee as `committee list` shows it: whether it is archived (archived ones
    are listed only with --include-archived)."""

    archived: bool = False


@dataclass
class OwnerListed(OwnerView):
    """A post as `owner list` shows it: whether it is retired (retired posts are listed
    only with --include-retired)."""

    retired: bool = False

    def to_json(self) -> dict:
        return {**super().to_json(), "retired": self.retired}
