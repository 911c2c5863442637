"""Plain result objects the services return and the renderers print.

They hold no database objects, so they render the same way as a Rich table, plain
text, CSV, JSON or Markdown.  This module holds the action-level types every report
needs; the rest live beside it by subject (records, digest, papers, importer), so a
command builds only the classes it uses.
"""

from __future__ import annotations

from dataclasses import asdict, field
from datetime import date, datetime

from clerk_cli.records import dataclass

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
    "minute",
    "confidential",
    "created_at",
    "completed_at",
    "rag",
    "rag_reason",
    "notes",
)


@dataclass(slots=True)
class NoteView:
    text: str
    author: str
    created_at: datetime

    def to_json(self) -> dict:
        return {"text": self.text, "author": self.author, "created_at": self.created_at.isoformat()}


@dataclass(slots=True)
class LinkView:
    """One link of an action to another (store.links): a duplicate, a successor, a
    referral; words as rules.links says them ("referred to Cabinet (CAB-7)")."""

    kind: str  # duplicate_of, supersedes, referred_to
    direction: str  # out: this action is the duplicate / successor / origin; in: the other
    ref: str
    committee: str
    status: str
    outcome: str | None
    confidential: bool
    words: str

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "direction": self.direction,
            "ref": self.ref,
            "committee": self.committee,
            "status": self.status,
            "outcome": self.outcome,
            "words": self.words,
        }


@dataclass(slots=True)
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
    # rules.status.days_overdue as of the report date: positive when overdue, 0 or less
    # (days still to go) when not; outputs show it through rules.status.overdue_by / due_in.
    days_overdue: int | None = None
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
    # Meetings it was carried over at while open (rules.held_over); counted only where
    # shown (show, the action log), None elsewhere.
    held_over: int | None = None
    # Links to other actions (views.LinkView); attached only where shown (show, the
    # action log), None elsewhere.
    links: list[LinkView] | None = None
    # How it closed (rules.status.OUTCOMES), the outcome an open one is proposed to close
    # with (awaiting its committee's agreement), and the meeting and minute that agreed.
    outcome: str | None = None
    proposed: str | None = None
    closed_meeting_date: date | None = None
    closed_minute: str | None = None
    # Its own minute reference (clerk edit --minute, import-minutes); see minute.
    minute_ref: str | None = None

    @property
    def minute(self) -> str | None:
        """The minute it came from: its own minute reference, else its resolution's
        (rules.minute.minute_of)."""
        from clerk_cli.rules.minute import minute_of

        return minute_of(self.minute_ref, self.resolution_ref)

    @property
    def status_display(self) -> str:
        """Where it stands in words (rules.status.action_status_words): 'in progress',
        'completion proposed', 'dropped (not feasible)'."""
        from clerk_cli.rules.status import action_status_words

        return action_status_words(self.status, self.proposed, self.outcome)

    @property
    def closure_display(self) -> str:
        """'proposed for closure', 'closed by agreement at the meeting of 14 June 2022
        (minute 7.4)' or '' (rules.status.closure_words)."""
        from clerk_cli.rules.status import closure_words

        return closure_words(
            self.status, self.proposed, self.closed_meeting_date, self.closed_minute
        )

    @property
    def due_display(self) -> str:
        from clerk_cli.dates import describe_due

        return describe_due(self.due_date, self.due_rule, self.due_text)

    def to_json(self) -> dict:
        from clerk_cli.rules.status import overdue_by

        def iso(v):
            return v.isoformat() if v is not None else None

        data = {
            "ref": self.ref,
            "text": self.text,
            "status": self.status,
            "owner": self.owner,
            "owner_holder": self.owner_holder,
            "due_date": iso(self.due_date),
            "days_overdue": overdue_by(self.days_overdue),  # null unless overdue
            "committee": self.committee,
            "meeting": self.meeting,
            "resolution_ref": self.resolution_ref,
            "minute": self.minute,
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
        if self.held_over is not None:
            data["held_over"] = self.held_over
        if self.links:
            data["links"] = [link.to_json() for link in self.links]
        # Only where there is something to say, so the keys of other actions stay as
        # they were.
        if self.outcome and self.outcome != self.status:
            data["outcome"] = self.outcome
        if self.proposed:
            data["proposed_outcome"] = self.proposed
        if self.closed_minute or self.closed_meeting_date:
            data["closed_meeting_date"] = iso(self.closed_meeting_date)
            data["closed_minute"] = self.closed_minute
        return data


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
class ActionEdit:
    """What clerk edit did: the action as it now is and, when its confidentiality was
    set, the actions linked to it by referral (its referral chain) that followed it
    (made confidential with it) or did not (made public, it alone: they stay
    confidential until each is made public in turn)."""

    action: ActionView
    also_confidential: list[str] = field(default_factory=list)
    still_confidential: list[str] = field(default_factory=list)


@dataclass
class StatusChange:
    """What clerk done/start/drop/reopen did: the actions changed, and those already so."""

    status: str
    changed: list[ActionView] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Of a committee that agrees its closures: proposed for closure (still open), and
    # proposals taken back by clerk reopen.
    proposed: list[ActionView] = field(default_factory=list)
    withdrawn: list[ActionView] = field(default_factory=list)


@dataclass
class ClosureAgreement:
    """What clerk meeting agree-closures recorded: the actions the committee closed at
    the meeting (with the minute), and the proposals it did not agree."""

    meeting: str  # CODE/YYYY-MM-DD
    meeting_date: date
    minute: str
    agreed: list[ActionView] = field(default_factory=list)
    rejected: list[ActionView] = field(default_factory=list)


@dataclass
class LinkChange:
    """What clerk link / clerk refer did: the link made and the action it closed or
    created."""

    kind: str  # duplicate_of, supersedes, referred_to
    ref: str  # the action the link starts from
    other: str
    closed: str | None = None  # the action the link closed (a duplicate, the superseded)
    notes_moved: int = 0
    created: ActionView | None = None  # a referral's new action
    committee_name: str | None = None  # a referral's committee


@dataclass
class LooksLike:
    """An open action from an earlier meeting that a new one looks like (rules.similar)."""

    ref: str  # the new action's
    other: str
    meeting_date: date | None  # the other's meeting

    @property
    def proposal(self) -> str:
        when = f" (meeting of {self.meeting_date.isoformat()})" if self.meeting_date else ""
        return (
            f"{self.ref} looks like {self.other}{when}: link it with: "
            f"clerk link {self.ref} --duplicate-of {self.other}"
        )
