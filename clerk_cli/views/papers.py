"""Result types of the papers clerk prepares: the action log and calendars."""

from __future__ import annotations

from dataclasses import field
from datetime import date

from clerk_cli.records import dataclass
from clerk_cli.rules.rag import RagRules
from clerk_cli.views import ActionView

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
    rag_rules: RagRules = field(default_factory=RagRules)  # the thresholds its ratings used

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
    from clerk_cli.rules.status import overdue_by

    def iso(v):
        return v.isoformat() if v is not None else None

    return {
        "ref": a.ref,
        "meeting": a.meeting,
        "resolution_ref": a.resolution_ref,
        "minute": a.minute,
        "text": a.text,
        "owner": a.owner,
        "owner_holder": a.owner_holder,
        "original_due_date": iso(a.original_due_date),
        "due_date": iso(a.due_date),
        "due_text": a.due_text,
        "slip_count": a.slip_count,
        "status": a.status,
        "days_overdue": overdue_by(a.days_overdue),  # null unless overdue
        "confidential": a.confidential,
        "completed_date": iso(a.completed_at.date()) if a.completed_at else None,
        "latest_note": a.latest_note,
        "rag": a.rag,
        "rag_reason": a.rag_reason,
        "held_over": a.held_over,
    }


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
