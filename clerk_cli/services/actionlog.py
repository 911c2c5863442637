"""The action log ("matters arising"): what a committee reviews at each meeting.

For one meeting of a committee it gathers every action still open from the
committee's earlier meetings, grouped by the meeting each came from, and the
actions completed (done or dropped) since the previous meeting, which the
committee is asked to agree to remove from the log.

The public version leaves confidential actions out and says how many were
withheld; the restricted version includes them and is marked as such by every
renderer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, select

from clerk_cli.db import Database
from clerk_cli.errors import NotFound
from clerk_cli.schema import CLOSED_STATUSES, OPEN_STATUSES, Meeting
from clerk_cli.services.common import find_committee, meeting_label
from clerk_cli.store.queries import ActionFilter, fetch_actions
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
                    "actions": [_row_json(a) for a in g.rows],
                }
                for g in self.groups
            ],
            "completed_since_last_meeting": [_row_json(a) for a in self.completed],
        }


def _row_json(a: ActionView) -> dict:
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


def _start_of(d: date) -> datetime:
    return datetime.combine(d, time(), tzinfo=UTC)


def _meeting_dates(s: Session, committee_id: int) -> list[Meeting]:
    return list(
        s.exec(
            select(Meeting).where(Meeting.committee_id == committee_id).order_by(Meeting.date)
        ).all()
    )


def build_action_log(
    db: Database,
    committee: str,
    *,
    for_meeting: date | None = None,
    as_of: date | None = None,
    include_confidential: bool = False,
) -> ActionLog:
    """The action log of a committee for one of its meetings.

    for_meeting: the date of the meeting the paper is for; by default the first
    meeting that is not cancelled on or after as_of (today).  When none is
    scheduled the log is drawn up as at as_of, and the notice says so.
    """
    as_of = as_of or date.today()

    def work(s: Session) -> ActionLog:
        c = find_committee(s, committee)
        meetings = _meeting_dates(s, c.id)
        live = [m for m in meetings if m.status != "cancelled"]
        notice = None
        target: Meeting | None = None
        if for_meeting is not None:
            target = next((m for m in live if m.date == for_meeting), None)
            if target is None:
                dates = ", ".join(m.date.isoformat() for m in live[-5:]) or "none yet"
                raise NotFound(
                    f"No meeting of {c.code} on {for_meeting.isoformat()} (recent meetings: {dates}).",
                    hint=f"Add it with: clerk meeting add {c.code} {for_meeting.isoformat()}",
                )
        else:
            target = next((m for m in live if m.date >= as_of), None)
            if target is None:
                notice = f"No meeting of {c.code} is scheduled on or after {as_of.isoformat()}; the log is as at that date."
        for_date = target.date if target else as_of
        previous = next((m for m in reversed(live) if m.date < for_date), None)
        title_on = {m.date: m.title for m in reversed(meetings)}  # the first meeting of a day wins

        # Open actions from earlier meetings (and those tied to no meeting).
        open_flt = ActionFilter(
            statuses=OPEN_STATUSES, committee_ids=[c.id], meeting_before=for_date
        )
        open_rows, _ = fetch_actions(s, open_flt, as_of=as_of, order="log")

        # Closed since the previous meeting (strictly after its date), up to the end of this one.
        done_flt = ActionFilter(
            statuses=CLOSED_STATUSES,
            committee_ids=[c.id],
            completed_before=_start_of(for_date + timedelta(days=1)),
            completed_from=_start_of(previous.date + timedelta(days=1)) if previous else None,
        )
        completed, _ = fetch_actions(s, done_flt, as_of=as_of, order="number")

        withheld = 0
        if not include_confidential:
            withheld = sum(1 for a in open_rows + completed if a.confidential)
            open_rows = [a for a in open_rows if not a.confidential]
            completed = [a for a in completed if not a.confidential]

        groups: list[MeetingGroup] = []
        for a in open_rows:
            if not groups or groups[-1].meeting != a.meeting:
                title = title_on.get(a.meeting_date) if a.meeting_date else None
                groups.append(MeetingGroup(a.meeting, a.meeting_date, title))
            groups[-1].rows.append(a)
        return ActionLog(
            committee=c.code,
            committee_name=c.name,
            as_of=as_of,
            for_date=for_date,
            for_meeting=meeting_label(c.code, target.date) if target else None,
            for_title=target.title if target else None,
            previous_date=previous.date if previous else None,
            groups=groups,
            completed=completed,
            include_confidential=include_confidential,
            withheld=withheld,
            notice=notice,
        )

    return db.read(work)
