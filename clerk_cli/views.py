"""Plain result objects the services return and the renderers print.

They hold no database objects, so they outlive the session and render the same way
as a Rich table, plain text, CSV, JSON or Markdown.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

# The stable JSON keys of an action (documented; other tools rely on them).
ACTION_JSON_KEYS = (
    "ref",
    "text",
    "status",
    "owner",
    "owner_holder",
    "due_date",
    "days_overdue",
    "committee",
    "meeting",
    "resolution_ref",
    "confidential",
    "created_at",
    "completed_at",
    "notes",
)


@dataclass
class NoteView:
    text: str
    author: str
    created_at: datetime

    def to_json(self) -> dict:
        return {"text": self.text, "author": self.author, "created_at": self.created_at.isoformat()}


@dataclass
class ActionView:
    ref: str
    text: str
    status: str
    committee: str  # code
    committee_name: str
    owner: str | None = None
    owner_holder: str | None = None
    owner_email: str | None = None
    due_date: date | None = None
    due_rule: str | None = None
    due_text: str | None = None
    original_due_date: date | None = None
    slip_count: int = 0
    days_overdue: int | None = None  # positive when overdue, as of the report date
    meeting: str | None = None  # CODE/YYYY-MM-DD
    meeting_date: date | None = None
    resolution_ref: str | None = None
    confidential: bool = False
    created_at: datetime | None = None
    completed_at: datetime | None = None
    latest_note: str | None = None
    latest_note_at: datetime | None = None
    notes: list[NoteView] = field(default_factory=list)
    source: str | None = None
    id: int | None = None  # internal: not shown, not in JSON

    @property
    def due_display(self) -> str:
        from clerk_cli.dates import describe_due

        return describe_due(self.due_date, self.due_rule, self.due_text)

    def to_json(self) -> dict:
        def iso(v):
            return v.isoformat() if v is not None else None

        return {
            "ref": self.ref,
            "text": self.text,
            "status": self.status,
            "owner": self.owner,
            "owner_holder": self.owner_holder,
            "due_date": iso(self.due_date),
            "days_overdue": self.days_overdue,
            "committee": self.committee,
            "meeting": self.meeting,
            "resolution_ref": self.resolution_ref,
            "confidential": self.confidential,
            "created_at": iso(self.created_at),
            "completed_at": iso(self.completed_at),
            "notes": [n.to_json() for n in self.notes]
            if self.notes
            else (
                [{"text": self.latest_note, "author": None, "created_at": iso(self.latest_note_at)}]
                if self.latest_note
                else []
            ),
        }


@dataclass
class AuditView:
    at: datetime
    by: str
    entity: str
    label: str
    field: str
    old: str | None
    new: str | None

    def to_json(self) -> dict:
        d = asdict(self)
        d["at"] = self.at.isoformat()
        return d


@dataclass
class ActionDetail:
    action: ActionView
    history: list[AuditView]
    resolution_text: str | None = None


@dataclass
class ActionReport:
    """Rows of a report or list, and what was asked, for the footer."""

    title: str
    rows: list[ActionView]
    as_of: date
    total: int  # rows matching, which may exceed len(rows) when limited
    due_soon_days: int = 7


@dataclass
class CommitteeView:
    id: int
    code: str
    name: str
    clerk_name: str | None
    clerk_email: str | None
    meetings: int = 0
    open_actions: int = 0

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
