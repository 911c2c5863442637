"""Use cases for meetings and resolutions."""

from __future__ import annotations

import re
from datetime import date

from sqlmodel import Session, select

from clerk_cli.dates import parse_date
from clerk_cli.db import Database
from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.schema import MEETING_STATUSES, Action, Committee, Meeting, Resolution
from clerk_cli.services.common import (
    actor,
    audit,
    find_committee,
    find_meeting,
    meeting_label,
    set_field,
)
from clerk_cli.services.due import reresolve_committee
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.views import MeetingView

TIME_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*(am|pm)?\s*$", re.I)


def normalise_time(value: str | None) -> str | None:
    """'11.00 am' / '14:30' -> 'HH:MM'."""
    if value is None or not value.strip():
        return None
    m = TIME_RE.match(value)
    if not m:
        raise InvalidInput(f"'{value}' is not a time.", hint="Write it as 14:30 or 2.30 pm.")
    h, mi, ampm = int(m.group(1)), int(m.group(2)), (m.group(3) or "").lower()
    if ampm == "pm" and h < 12:
        h += 12
    if ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59:
        raise InvalidInput(f"'{value}' is not a time.", hint="Write it as 14:30 or 2.30 pm.")
    return f"{h:02d}:{mi:02d}"


def _check_status(status: str) -> str:
    status = status.strip().lower()
    if status not in MEETING_STATUSES:
        raise InvalidInput(
            f"'{status}' is not a meeting status.",
            hint=f"Use one of: {', '.join(MEETING_STATUSES)}.",
        )
    return status


def _view(
    s: Session, m: Meeting, *, with_items: bool = False, as_of: date | None = None
) -> MeetingView:
    c = s.get(Committee, m.committee_id)
    v = MeetingView(m.id, meeting_label(c.code, m.date), c.code, m.date, m.time, m.title, m.status)
    if with_items:
        v.resolutions = [
            {"ref": r.ref, "text": r.text}
            for r in s.exec(
                select(Resolution).where(Resolution.meeting_id == m.id).order_by(Resolution.id)
            ).all()
        ]
        v.actions, _ = fetch_actions(
            s,
            ActionFilter(statuses=None, meeting_id=m.id),
            as_of=as_of or date.today(),
            order="ref",
        )
    return v


def add_meeting(
    db: Database,
    *,
    committee: str,
    when: str,
    time: str | None = None,
    title: str | None = None,
    status: str = "scheduled",
    by: str | None = None,
) -> tuple[MeetingView, int]:
    """Record a meeting; returns it and how many "next meeting" dues moved to it."""
    meeting_date = parse_date(when)
    hhmm = normalise_time(time)
    status = _check_status(status)
    who = actor(by)

    def work(s: Session):
        c = find_committee(s, committee)
        clash = s.exec(
            select(Meeting).where(
                Meeting.committee_id == c.id, Meeting.date == meeting_date, Meeting.time == hhmm
            )
        ).first()
        if clash:
            raise Conflict(
                f"{meeting_label(c.code, meeting_date)} is already recorded.",
                hint=f"See: clerk meeting show {meeting_label(c.code, meeting_date)}",
            )
        m = Meeting(
            committee_id=c.id, date=meeting_date, time=hhmm, title=(title or None), status=status
        )
        s.add(m)
        s.flush()
        audit(
            s,
            by=who,
            entity="meeting",
            entity_id=m.id,
            label=meeting_label(c.code, m.date),
            field="created",
            new=m.title or m.date.isoformat(),
            committee_id=c.id,
        )
        moved = reresolve_committee(
            s, c.id, by=who, new_meeting=m.date if status != "cancelled" else None
        )
        return _view(s, m), moved

    return db.write(work)


def edit_meeting(
    db: Database,
    ref: str,
    *,
    when: str | None = None,
    time: str | None = None,
    title: str | None = None,
    status: str | None = None,
    by: str | None = None,
) -> tuple[MeetingView, int]:
    """Move, retitle, cancel or mark a meeting held; rule-based dues follow."""
    new_date = parse_date(when) if when else None
    hhmm = normalise_time(time) if time is not None else None
    new_status = _check_status(status) if status else None
    who = actor(by)

    def work(s: Session):
        m = find_meeting(s, ref)
        c = s.get(Committee, m.committee_id)
        kw = {
            "by": who,
            "entity": "meeting",
            "label": meeting_label(c.code, m.date),
            "committee_id": c.id,
        }
        if new_date:
            set_field(s, m, "date", new_date, **kw)
        if time is not None:
            set_field(s, m, "time", hhmm, **kw)
        if title is not None:
            set_field(s, m, "title", title or None, **kw)
        if new_status:
            set_field(s, m, "status", new_status, **kw)
        s.flush()
        moved = reresolve_committee(s, c.id, by=who)
        return _view(s, m), moved

    return db.write(work)


def delete_meeting(db: Database, ref: str, *, by: str | None = None) -> MeetingView:
    """Delete a meeting that has no resolutions or actions (recorded in the audit trail)."""
    who = actor(by)

    def work(s: Session):
        m = find_meeting(s, ref)
        v = _view(s, m)
        if (
            s.exec(select(Action.id).where(Action.meeting_id == m.id)).first()
            or s.exec(select(Resolution.id).where(Resolution.meeting_id == m.id)).first()
        ):
            raise Conflict(
                f"{v.ref} has resolutions or actions.",
                hint="Cancel it instead: clerk meeting edit REF --status cancelled.",
            )
        audit(
            s,
            by=who,
            entity="meeting",
            entity_id=m.id,
            label=v.ref,
            field="deleted",
            old=m.title or v.ref,
            committee_id=m.committee_id,
        )
        s.delete(m)
        s.flush()
        reresolve_committee(s, m.committee_id, by=who)
        return v

    return db.write(work)


def list_meetings(
    db: Database, *, committee: str | None = None, upcoming_from: date | None = None
) -> list[MeetingView]:
    def work(s: Session):
        stmt = select(Meeting)
        if committee:
            stmt = stmt.where(Meeting.committee_id == find_committee(s, committee).id)
        if upcoming_from:
            stmt = stmt.where(Meeting.date >= upcoming_from)
        return [_view(s, m) for m in s.exec(stmt.order_by(Meeting.date, Meeting.id)).all()]

    return db.read(work)


def show_meeting(db: Database, ref: str, *, as_of: date | None = None) -> MeetingView:
    return db.read(lambda s: _view(s, find_meeting(s, ref), with_items=True, as_of=as_of))


def add_resolution(
    db: Database, *, text: str, meeting: str, ref: str | None = None, by: str | None = None
) -> dict:
    """Record a resolution as minuted; without --ref it is numbered after the last."""
    text = (text or "").strip()
    if not text:
        raise InvalidInput("The resolution's text is empty.")
    who = actor(by)

    def work(s: Session):
        m = find_meeting(s, meeting)
        c = s.get(Committee, m.committee_id)
        existing = s.exec(select(Resolution.ref).where(Resolution.meeting_id == m.id)).all()
        r_ref = (ref or "").strip() or str(len(existing) + 1)
        if r_ref in existing:
            raise Conflict(
                f"Resolution {r_ref} is already recorded for {meeting_label(c.code, m.date)}.",
                hint="Give another --ref.",
            )
        r = Resolution(meeting_id=m.id, ref=r_ref, text=text)
        s.add(r)
        s.flush()
        label = f"{meeting_label(c.code, m.date)} {r_ref}"
        audit(
            s,
            by=who,
            entity="resolution",
            entity_id=r.id,
            label=label,
            field="created",
            new=text,
            committee_id=c.id,
        )
        return {"ref": r_ref, "text": text, "meeting": meeting_label(c.code, m.date)}

    return db.write(work)
