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
    "rag",
    "rag_reason",
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
    latest_note_author: str | None = None
    notes: list[NoteView] = field(default_factory=list)
    source: str | None = None
    id: int | None = None  # internal: not shown, not in JSON
    owner_id: int | None = None  # internal
    committee_id: int | None = None  # internal
    rag: str | None = None  # red / amber / green (rules.rag); None when closed
    rag_reason: str | None = None

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
            "rag": self.rag,
            "rag_reason": self.rag_reason,
            "notes": [n.to_json() for n in self.notes]
            if self.notes
            else (
                [
                    {
                        "text": self.latest_note,
                        "author": self.latest_note_author,
                        "created_at": iso(self.latest_note_at),
                    }
                ]
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
    minute_ref: str | None = None  # the minute it was minuted under ("7.4")
    evidence: str | None = None  # imported: the sentence(s) of the minutes, with lines


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


# ---- digests (services.digest builds them; mail and render.digest show them) ----

DIGEST_OWNER = "owner"
DIGEST_CLERK = "clerk"


@dataclass
class OwnerDigest:
    """What one post owes, for its current holder: that owner's actions only."""

    owner_id: int
    owner: str
    holder: str | None
    email: str | None
    overdue: list[ActionView] = field(default_factory=list)
    due_soon: list[ActionView] = field(default_factory=list)
    stale: list[ActionView] = field(default_factory=list)
    scope: tuple[str, ...] = ()  # committee codes, when the run was limited with --committee

    kind = DIGEST_OWNER

    @property
    def subject_key(self) -> str:
        # A digest limited to some committees is a different digest from the full one.
        return str(self.owner_id) + (":" + ",".join(self.scope) if self.scope else "")

    @property
    def title(self) -> str:
        return self.owner

    @property
    def recipient(self) -> str | None:
        from email.utils import formataddr

        return formataddr((self.holder or "", self.email)) if self.email else None

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.stale)

    @property
    def actions(self) -> list[ActionView]:
        return [*self.overdue, *self.due_soon, *self.stale]

    @property
    def subject(self) -> str:
        # Counts and the post's name only: never an action's (maybe confidential) text.
        parts = []
        if self.overdue:
            parts.append(f"{len(self.overdue)} overdue")
        if self.due_soon:
            parts.append(f"{len(self.due_soon)} due soon")
        if self.stale:
            parts.append(f"{len(self.stale)} with no recent update")
        return f"[clerk] {', '.join(parts) or 'nothing due'}: {self.owner}"


@dataclass
class OwnerGroup:
    """One owner's actions inside a committee clerk's summary."""

    owner: str | None  # None: actions nobody owns
    holder: str | None
    email: str | None
    overdue: list[ActionView] = field(default_factory=list)
    due_soon: list[ActionView] = field(default_factory=list)

    @property
    def label(self) -> str:
        if not self.owner:
            return "(no owner)"
        return f"{self.owner} ({self.holder})" if self.holder else f"{self.owner} (vacant)"


@dataclass
class ClerkDigest:
    """A committee's summary for its clerk."""

    committee: str  # code
    committee_name: str
    clerk_name: str | None
    clerk_email: str | None
    groups: list[OwnerGroup] = field(default_factory=list)
    not_updated: list[OwnerGroup] = field(default_factory=list)  # overdue with no note since due
    completed: list[ActionView] = field(default_factory=list)
    completed_since: datetime | None = None

    kind = DIGEST_CLERK

    @property
    def subject_key(self) -> str:
        return self.committee

    @property
    def title(self) -> str:
        return f"{self.committee_name} ({self.committee})"

    @property
    def recipient(self) -> str | None:
        from email.utils import formataddr

        return formataddr((self.clerk_name or "", self.clerk_email)) if self.clerk_email else None

    @property
    def no_email(self) -> list[OwnerGroup]:
        """Owners with something overdue or due soon whom clerk cannot email."""
        return [g for g in self.groups if not g.email]

    @property
    def overdue_count(self) -> int:
        return sum(len(g.overdue) for g in self.groups)

    @property
    def due_soon_count(self) -> int:
        return sum(len(g.due_soon) for g in self.groups)

    @property
    def is_empty(self) -> bool:
        return not (self.groups or self.completed)

    @property
    def actions(self) -> list[ActionView]:
        return [a for g in self.groups for a in (*g.overdue, *g.due_soon)] + self.completed

    @property
    def subject(self) -> str:
        parts = [f"{self.overdue_count} overdue", f"{self.due_soon_count} due soon"]
        if self.completed:
            parts.append(f"{len(self.completed)} completed")
        return f"[clerk] {self.committee} summary: {', '.join(parts)}"


@dataclass
class DigestBatch:
    """Every digest of one run, and the settings they were built with."""

    as_of: date
    iso_week: str
    horizon_days: int
    stale_days: int
    owners: list[OwnerDigest]
    clerks: list[ClerkDigest]

    @property
    def digests(self) -> list[OwnerDigest | ClerkDigest]:
        return [*self.owners, *self.clerks]


# What happened to one digest of a run.
SENT, WRITTEN, WOULD_SEND, ALREADY_SENT, NO_ADDRESS, FAILED, NOT_TRIED = (
    "sent",
    "written",
    "would send",
    "already sent",
    "no address",
    "failed",
    "not tried",
)


@dataclass
class Outcome:
    """What happened to one digest."""

    digest: OwnerDigest | ClerkDigest
    status: str
    detail: str = ""


@dataclass
class DeliveryReport:
    """Every digest's outcome, and the problem that stopped the run, if any."""

    outcomes: list[Outcome] = field(default_factory=list)
    fatal: str | None = None  # a problem that stopped the run (connection lost...)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status in (FAILED, NOT_TRIED)]

    def raise_for_failures(self) -> None:
        """After the run: one MailError naming every digest that did not go."""
        from email.utils import parseaddr

        from clerk_cli.errors import MailError

        failed = [o for o in self.outcomes if o.status == FAILED]
        untried = self.count(NOT_TRIED)
        if not failed and not self.fatal:
            return
        if self.fatal and not (self.count(SENT) or self.count(WRITTEN)):
            raise MailError(f"Nothing sent: {self.fatal}")
        parts = []
        if failed:
            names = ", ".join(
                f"{o.digest.title} <{parseaddr(o.digest.recipient or '')[1]}>" for o in failed
            )
            n = len(failed)
            parts.append(f"{n} digest{'' if n == 1 else 's'} not sent: {names}")
        if self.fatal:
            parts.append(
                f"stopped early: {self.fatal}" + (f" ({untried} not tried)" if untried else "")
            )
        raise MailError(
            "; ".join(parts) + ".", hint="They were not recorded: the next run retries them."
        )


# ---- the action log (services.actionlog builds it; render.actionlog shows it) ----

RESTRICTED_MARK = "RESTRICTED \u2013 contains confidential actions"


def long_date(d: date) -> str:
    """20 September 2022 (no leading zero, on every platform)."""
    return f"{d.day} {d:%B %Y}"


@dataclass
class MeetingGroup:
    """The open actions that came from one earlier meeting (or from none)."""

    meeting: str | None  # CODE/YYYY-MM-DD, None for actions not tied to a meeting
    meeting_date: date | None
    title: str | None
    rows: list[ActionView] = field(default_factory=list)

    @property
    def heading(self) -> str:
        if self.meeting_date is None:
            return "Actions not from a particular meeting"
        heading = f"Meeting of {long_date(self.meeting_date)}"
        return f"{heading}: {self.title}" if self.title else heading


@dataclass
class ActionLog:
    """Everything an action log paper shows, ready for any renderer."""

    committee: str  # code
    committee_name: str
    as_of: date
    for_date: date  # the meeting the paper is for (or as_of when none is scheduled)
    for_meeting: str | None  # CODE/YYYY-MM-DD, None when no meeting is scheduled
    for_title: str | None
    previous_date: date | None  # the meeting before, which bounds "completed since"
    groups: list[MeetingGroup]
    completed: list[ActionView]
    include_confidential: bool
    withheld: int  # confidential actions left out of the public version
    notice: str | None = None  # e.g. "no meeting scheduled"

    @property
    def open_rows(self) -> list[ActionView]:
        return [a for g in self.groups for a in g.rows]

    @property
    def open_count(self) -> int:
        return len(self.open_rows)

    @property
    def overdue_count(self) -> int:
        return sum(1 for a in self.open_rows if a.days_overdue is not None and a.days_overdue > 0)

    @property
    def completed_count(self) -> int:
        return len(self.completed)

    @property
    def restricted(self) -> bool:
        return self.include_confidential

    @property
    def restricted_mark(self) -> str:
        return RESTRICTED_MARK

    @property
    def title(self) -> str:
        return f"{self.committee_name}: action log"

    @property
    def subtitle(self) -> str:
        if self.for_meeting:
            return f"For the meeting of {long_date(self.for_date)}"
        return f"As at {long_date(self.for_date)}"

    @property
    def completed_heading(self) -> str:
        return "Completed since the last meeting, for the committee to agree to remove"

    @property
    def withheld_text(self) -> str:
        if self.include_confidential or not self.withheld:
            return ""
        n = self.withheld
        return (
            f"{n} confidential action{'s are' if n != 1 else ' is'} withheld from this version "
            "(exempt information)."
        )

    def summary(self) -> dict:
        return {
            "open": self.open_count,
            "overdue": self.overdue_count,
            "completed_since_last_meeting": self.completed_count,
            "confidential_withheld": 0 if self.include_confidential else self.withheld,
        }

    def to_json(self) -> dict:
        return {
            "committee": self.committee,
            "committee_name": self.committee_name,
            "as_of": self.as_of.isoformat(),
            "for_meeting": self.for_meeting,
            "for_date": self.for_date.isoformat(),
            "previous_meeting_date": self.previous_date.isoformat() if self.previous_date else None,
            "restricted": self.restricted,
            "notice": self.notice,
            "summary": self.summary(),
            "open": [
                {
                    "meeting": g.meeting,
                    "meeting_date": g.meeting_date.isoformat() if g.meeting_date else None,
                    "title": g.title,
                    "actions": [_log_row_json(a) for a in g.rows],
                }
                for g in self.groups
            ],
            "completed_since_last_meeting": [_log_row_json(a) for a in self.completed],
        }


def _log_row_json(a: ActionView) -> dict:
    def iso(v):
        return v.isoformat() if v is not None else None

    return {
        "ref": a.ref,
        "meeting": a.meeting,
        "resolution_ref": a.resolution_ref,
        "text": a.text,
        "owner": a.owner,
        "owner_holder": a.owner_holder,
        "original_due_date": iso(a.original_due_date),
        "due_date": iso(a.due_date),
        "due_text": a.due_text,
        "slip_count": a.slip_count,
        "status": a.status,
        "days_overdue": a.days_overdue,
        "confidential": a.confidential,
        "completed_date": iso(a.completed_at.date()) if a.completed_at else None,
        "latest_note": a.latest_note,
    }


# ---- import-minutes: the review (ImportPlan) and what was recorded (ImportResult) ----

# How a name in the minutes maps onto the records, as shown in the review.
EXISTING, CLOSE, NEW = "existing", "close", "new"


@dataclass
class Match:
    """How a name written in the minutes maps onto clerk's records."""

    found: str  # as written in the minutes (or given with --committee)
    name: str  # the record that will be used or created
    kind: str  # EXISTING, CLOSE (an existing record, to confirm) or NEW
    code: str | None = None  # committees only
    line: int | None = None  # owners: the line that names them

    @property
    def as_written(self) -> bool:
        """False when the minutes do not name it so (the extractor chose a recorded spelling)."""
        return self.found != self.name

    @property
    def question(self) -> str:
        if self.as_written:
            return f"'{self.found}' is not recorded. Is it '{self.name}'?"
        return f"Line {self.line} does not name '{self.name}' exactly. Is '{self.name}' the owner?"


@dataclass
class PlannedResolution:
    ref: str  # the reference it will be recorded under
    found_ref: str  # as written (differs when it clashed and was suffixed)
    text: str
    line: int
    source: str


@dataclass
class PlannedAction:
    text: str
    owner: Match | None
    due_date: date | None  # resolved for meeting-relative rules
    due_text: str | None
    due_rule: str | None
    resolution_ref: str | None  # the recorded ref it is linked to
    line: int
    source: str
    status: str
    warning: str | None = None
    ref: str | None = None  # --replace: the reference it keeps from the earlier import


@dataclass
class PreviousImport:
    id: int
    filename: str
    imported_at: datetime
    by: str
    meeting: str | None
    resolutions: int
    actions: int
    action_refs: list[str] = field(default_factory=list)
    changed_refs: list[str] = field(default_factory=list)  # noted, edited or moved on since
    same_content: bool = True
    deleted_since: int = 0  # its actions deleted by hand since
    dropped_refs: list[str] = field(default_factory=list)  # --replace: not in the new minutes

    @property
    def changed(self) -> bool:
        """True when anything this import recorded was changed since (so --replace refuses)."""
        return bool(self.changed_refs) or self.deleted_since > 0


@dataclass
class ImportPlan:
    """What importing one file would do: shown for review, then recorded."""

    file: str
    sha256: str
    committee: Match
    meeting: str  # CODE/YYYY-MM-DD
    meeting_date: date
    meeting_time: str | None
    meeting_title: str | None
    meeting_exists: bool
    meeting_status_from: str | None  # an existing meeting's status, when it will become "held"
    resolutions: list[PlannedResolution]
    actions: list[PlannedAction]
    replace: bool = False
    previous: PreviousImport | None = None

    @property
    def already_imported(self) -> bool:
        return self.previous is not None and self.previous.same_content and not self.replace

    @property
    def replacing(self) -> bool:
        return self.previous is not None and self.replace

    @property
    def questions(self) -> list[tuple[str, Match]]:
        """Close matches to confirm: ("committee" | "owner", match), each name once."""
        out: list[tuple[str, Match]] = []
        if self.committee.kind == CLOSE:
            out.append(("committee", self.committee))
        seen = set()
        for a in self.actions:
            if a.owner and a.owner.kind == CLOSE and a.owner.found not in seen:
                seen.add(a.owner.found)
                out.append(("owner", a.owner))
        return out

    @property
    def new_owners(self) -> list[str]:
        return sorted({a.owner.name for a in self.actions if a.owner and a.owner.kind == NEW})


@dataclass
class ImportResult:
    """What an import recorded."""

    file: str
    status: str  # "imported", "replaced" or "already imported"
    meeting: str
    committee_created: str | None = None
    meeting_created: bool = False
    resolutions: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    owners_created: list[str] = field(default_factory=list)
    deleted_actions: list[str] = field(default_factory=list)
    deleted_resolutions: int = 0
    kept_actions: list[str] = field(default_factory=list)  # --replace: updated in place
    previous: PreviousImport | None = None
    plan: ImportPlan | None = field(default=None, repr=False)  # what was reviewed and recorded

    def to_json(self) -> dict:
        return {
            "file": self.file,
            "status": self.status,
            "meeting": self.meeting,
            "committee_created": self.committee_created,
            "meeting_created": self.meeting_created,
            "resolutions": self.resolutions,
            "actions": self.actions,
            "owners_created": self.owners_created,
            "deleted_actions": self.deleted_actions,
            "deleted_resolutions": self.deleted_resolutions,
            "kept_actions": self.kept_actions,
        }


@dataclass
class StatusChange:
    """What clerk done/start/drop/reopen did: the actions changed, and those already so."""

    status: str
    changed: list[ActionView] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)


# ---- clerk status -------------------------------------------------------------


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


# ---- import-minutes review (issue 13) -----------------------------------------------------

# What the clerk decided for one proposed action (the review file's "decision" column).
ACCEPT, SKIP, RESOLUTION_ONLY = "accept", "skip", "resolution-only"


@dataclass
class ProposedAction(PlannedAction):
    """A PlannedAction as the review proposes it: the text is the extractor's draft
    instruction, the minute it was minuted under, the sentence(s) it came from, what
    the clerk should check (flags), and the clerk's decision.

    ``decision`` is ACCEPT, SKIP, RESOLUTION_ONLY or "merge:N" (recorded as one action
    with item N, numbered from 1).  ``owner_how`` says how a recorded owner was found
    when it was not by its exact name ("initials of", "the only Director serving ...").
    """

    minute_ref: str | None = None
    evidence: str | None = None  # "line 25: The Director ... agreed to share ..."
    flags: list[str] = field(default_factory=list)
    decision: str = ACCEPT
    owner_how: str | None = None
    found_text: str | None = None  # the sentence as minuted, when the text is a draft


# ---- digest emails (services.digest groups digests into emails; mail and render.digest show them) ----

DEFAULT_SUBJECT_PREFIX = "Action log"


def _owner_counts(d: OwnerDigest) -> str:
    parts = []
    if d.overdue:
        parts.append(f"{len(d.overdue)} overdue")
    if d.due_soon:
        parts.append(f"{len(d.due_soon)} due soon")
    if d.stale:
        parts.append(f"{len(d.stale)} with no recent update")
    return ", ".join(parts) or "nothing due"


def _clerk_counts(d: ClerkDigest) -> str:
    parts = [f"{d.overdue_count} overdue", f"{d.due_soon_count} due soon"]
    if d.completed:
        parts.append(f"{len(d.completed)} completed")
    return ", ".join(parts)


@dataclass
class DigestEmail:
    """One email of a digest run, to one address.

    kind "owner": one post's digest (a person holding two posts gets two).  kind "clerk":
    one summary for a clerk covering every committee they clerk, with the digests of
    any posts they hold themselves riding in it (one email per clerk address a week).
    The subject holds counts, post names and committee codes only: never an action's
    (maybe confidential) text.
    """

    kind: str
    recipient: str | None
    owners: list[OwnerDigest] = field(default_factory=list)
    clerks: list[ClerkDigest] = field(default_factory=list)
    prefix: str = DEFAULT_SUBJECT_PREFIX
    token: str | None = None  # set when the email is sent: a reply quoting it can be checked

    @property
    def digests(self) -> list[OwnerDigest | ClerkDigest]:
        return [*self.clerks, *self.owners]

    @property
    def keys(self) -> list[tuple[str, str]]:
        """(kind, subject key) of each digest in the email: what digest_sent records."""
        return [(d.kind, d.subject_key) for d in self.digests]

    @property
    def subject_key(self) -> str:
        return ";".join(f"{k}:{s}" for k, s in self.keys)

    @property
    def title(self) -> str:
        if self.kind == DIGEST_OWNER:
            return self.owners[0].title
        return "clerk of " + ", ".join(c.committee for c in self.clerks)

    @property
    def is_empty(self) -> bool:
        return all(d.is_empty for d in self.digests)

    @property
    def actions(self) -> list[ActionView]:
        return [a for d in self.digests for a in d.actions]

    @property
    def subject(self) -> str:
        if self.kind == DIGEST_OWNER:
            d = self.owners[0]
            text = f"{_owner_counts(d)}: {d.owner}"
        elif len(self.clerks) == 1:
            text = f"{self.clerks[0].committee} summary: {_clerk_counts(self.clerks[0])}"
        else:
            text = "Summary: " + "; ".join(f"{c.committee} {_clerk_counts(c)}" for c in self.clerks)
        if self.kind != DIGEST_OWNER and self.owners:
            text += "; your own actions: " + "; ".join(_owner_counts(d) for d in self.owners)
        ref = f" [ref:{self.token}]" if self.token else ""
        return f"[{self.prefix}] {text}{ref}"


# ---- end of digest emails ----


# ---- calendar feeds (clerk calendar) ----


@dataclass
class CalendarMeeting:
    """A meeting as a calendar event."""

    id: int
    committee: str  # code
    committee_name: str
    date: date
    time: str | None  # "HH:MM" local time, as minuted
    title: str | None
    status: str

    @property
    def ref(self) -> str:
        return f"{self.committee}/{self.date.isoformat()}"


@dataclass
class CalendarFeed:
    """What one .ics file holds: meetings and open actions with due dates."""

    calendar_id: str  # this database's id, in every UID
    name: str
    meetings: list[CalendarMeeting]
    actions: list[ActionView]


# ---- replies by email (services.replies reads them; cli/mail shows them) ----

REPLY_APPLIED, REPLY_ATTENTION, REPLY_IGNORED, REPLY_DUPLICATE = (
    "applied",
    "attention",
    "ignored",
    "already read",
)


@dataclass
class ReplyOutcome:
    """What one email reply did: each line recorded, and each thing that was not (which
    needs a clerk's attention).  receipt_to: the checked address a receipt may go to."""

    message_id: str
    sender: str | None
    subject: str
    outcome: str  # REPLY_APPLIED, REPLY_ATTENTION, REPLY_IGNORED or REPLY_DUPLICATE
    recorded: list[str] = field(default_factory=list)
    not_recorded: list[str] = field(default_factory=list)
    receipt_to: str | None = None
    receipt: str = ""  # "sent", "not sent: ..." once tried


@dataclass
class PendingReply:
    """A reply that needs a clerk's attention (clerk mail pending)."""

    id: int
    message_id: str
    received_at: datetime
    sender: str | None
    subject: str | None
    detail: str
    reply_text: str | None


# ---- end of replies by email ----
