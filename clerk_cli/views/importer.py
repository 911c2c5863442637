"""Result types of importing minutes: what was found, planned and recorded."""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime

from clerk_cli.records import dataclass

# How a name in the minutes maps onto the records, as shown in the review.
EXISTING, CLOSE, NEW = "existing", "close", "new"

# What the clerk decided for one proposed action (the review file's "decision" column).
ACCEPT, SKIP, RESOLUTION_ONLY = "accept", "skip", "resolution-only"


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
    deleted_since: int = 0  # its actions deleted by hand since (so --replace refuses)
    dropped_refs: list[str] = field(default_factory=list)  # --replace: not in the new minutes
    # --replace: its actions changed since, kept as they are (the new minutes' item for
    # each is not recorded)
    kept_refs: list[str] = field(default_factory=list)


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
    # --replace: the earlier import's actions changed since, kept as they were
    kept_as_changed: list[str] = field(default_factory=list)
    previous: PreviousImport | None = None
    plan: ImportPlan | None = field(default=None, repr=False)  # what was reviewed and recorded
    # Links clerk proposes for new actions that repeat open ones (services.links).
    links: list = field(default_factory=list, repr=False)

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
            "kept_as_changed": self.kept_as_changed,
        }


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
