"""Result types of clerk publish: the public register as data, ready for the renderer.

Nothing here is confidential: the service leaves confidential actions, their notes and
their changes out before it builds these.  Internal ids are kept only where the open
data needs a stable identifier (a post keeps its id when it is renamed).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from clerk_cli.views import ActionView


@dataclass(frozen=True)
class PreviousRun:
    """What the last run of clerk publish wrote (from the directory's manifest)."""

    as_of: date
    audit_id: int
    selection: tuple[str, ...]
    origin: str = ""  # the database's first audit time (store.publish.first_change)


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of an action's public history.

    kind: created | note | status | due_date.  For status and due_date, old and new are
    the values before and after; moved_with_meeting marks a due date that followed its
    meeting (not a slip)."""

    at: datetime
    kind: str
    text: str | None = None
    old: str | None = None
    new: str | None = None
    moved_with_meeting: bool = False


@dataclass(slots=True)
class PublicAction:
    action: ActionView
    history: list[HistoryEntry] = field(default_factory=list)
    resolution_id: int | None = None
    meeting_page: str | None = None  # the page name of its meeting (YYYY-MM-DD[-n])


@dataclass(slots=True)
class PublicResolution:
    id: int
    ref: str
    text: str


@dataclass(slots=True)
class PublicMeeting:
    id: int
    date: date
    time: str | None
    title: str | None
    status: str
    page: str  # its page's name: YYYY-MM-DD, or YYYY-MM-DD-2 for a second meeting that day
    resolutions: list[PublicResolution] = field(default_factory=list)
    actions: list[PublicAction] = field(default_factory=list)


@dataclass(slots=True)
class CommitteeSummary:
    id: int
    code: str
    name: str
    meetings: int = 0
    actions: int = 0
    open: int = 0
    overdue: int = 0


@dataclass(slots=True)
class CommitteeSite:
    """Everything of one committee the register shows."""

    summary: CommitteeSummary
    meetings: list[PublicMeeting] = field(default_factory=list)
    actions: list[PublicAction] = field(default_factory=list)  # every public action, by number

    @property
    def open_actions(self) -> list[PublicAction]:
        from clerk_cli.rules.status import is_open

        return [p for p in self.actions if is_open(p.action.status)]

    @property
    def without_meeting(self) -> list[PublicAction]:
        return [p for p in self.actions if p.meeting_page is None]


@dataclass(frozen=True, slots=True)
class FeedEntry:
    audit_id: int
    at: datetime
    ref: str
    committee: str
    field: str
    old: str | None
    new: str | None


@dataclass
class SiteData:
    """What one run of clerk publish writes.

    committees: the committees whose pages are (re)built this run; summaries: every
    committee the register lists.  full: every page is rebuilt (else only those of
    the committees changed since the previous run).
    """

    as_of: date
    updated: datetime | None
    audit_id: int
    summaries: list[CommitteeSummary]
    committees: list[CommitteeSite]
    posts: list[tuple[int, str]]
    feed: list[FeedEntry]
    full: bool
    selection: tuple[str, ...] = ()
    origin: str = ""
    organisation: str | None = None
    base_url: str | None = None


@dataclass
class PublishResult:
    """What a run of clerk publish did to the directory."""

    directory: str
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    rebuilt: list[str] = field(default_factory=list)  # committee codes rebuilt
    full: bool = True
    as_of: date | None = None
