"""Use cases for meetings and resolutions.

A change to a committee's calendar (a meeting added, moved, cancelled or deleted)
re-resolves its meeting-relative due dates in the same transaction
(services.meeting_dues); the result names the actions that moved.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from clerk_cli.dates import parse_date
from clerk_cli.errors import Conflict, InvalidInput
from clerk_cli.rules.as_of import open_as_of
from clerk_cli.rules.status import MEETING_STATUSES
from clerk_cli.rules.text import check_text
from clerk_cli.services.meeting_dues import reresolve_committee
from clerk_cli.store import lookup
from clerk_cli.store import meetings as store
from clerk_cli.store.lookup import actor, audit
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.store.sql import Sql
from clerk_cli.views.records import MeetingChange, MeetingView

if TYPE_CHECKING:
    from clerk_cli.db import Database

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


def _view(m: store.MeetingRecord) -> MeetingView:
    return MeetingView(m.id, m.label, m.code, m.date, m.time, m.title, m.status)


def _refuse_duplicate(
    same_day: list[store.MeetingRecord],
    c: lookup.CommitteeRow,
    day: date,
    hhmm: str | None,
    *,
    allow_duplicate: bool,
) -> None:
    """A second meeting on the same day makes CODE/DATE ambiguous: refuse it unless the
    clerk says it is meant (and then only at another time, so the two can be told apart).
    same_day: the committee's other meetings that day."""
    label = lookup.meeting_label(c.code, day)
    listed = "; ".join(m.label_with_id for m in same_day)
    if any(m.time == hhmm for m in same_day):
        raise Conflict(
            f"{label}{' at ' + hhmm if hhmm else ''} is already recorded ({listed}).",
            hint=f"See: clerk meeting show {label}"
            if len(same_day) == 1
            else f"See: clerk meeting show {same_day[0].id}",
        )
    if same_day and not allow_duplicate:
        raise Conflict(
            f"{c.code} already has a meeting on {day.isoformat()} ({listed}).",
            hint="If it really met twice that day, add --allow-duplicate (and a --time to tell "
            "them apart); then refer to each by its id.",
        )


def add_meeting(
    db: Database,
    *,
    committee: str,
    when: str,
    time: str | None = None,
    title: str | None = None,
    status: str = "scheduled",
    allow_duplicate: bool = False,
    by: str | None = None,
) -> MeetingChange:
    """Record a meeting; the result holds the "next meeting" dues that moved to it."""
    meeting_date = parse_date(when)
    hhmm = normalise_time(time)
    status = _check_status(status)
    title = check_text(title, what="meeting's title", one_line=True) if title else title
    who = actor(by)

    def work(q: Sql) -> MeetingChange:
        c = lookup.committee(q, committee)
        _refuse_duplicate(
            store.on_day(q, c.id, meeting_date),
            c,
            meeting_date,
            hhmm,
            allow_duplicate=allow_duplicate,
        )
        meeting_id = store.insert(
            q, committee_id=c.id, day=meeting_date, time=hhmm, title=title or None, status=status
        )
        label = lookup.meeting_label(c.code, meeting_date)
        audit(
            q,
            by=who,
            entity="meeting",
            entity_id=meeting_id,
            label=label,
            field="created",
            new=title or meeting_date.isoformat(),
            committee_id=c.id,
        )
        live = status != "cancelled"
        moved = reresolve_committee(
            q,
            c.id,
            by=who,
            new_meeting=meeting_date if live else None,
            reason=f"{label} added" + ("" if live else " (cancelled)"),
        )
        return MeetingChange(_view(store.get(q, meeting_id)), moved)

    return db.run_sql(work, write=True)


def _reason(before: store.MeetingRecord, after: store.MeetingRecord) -> str:
    """What happened to a meeting, in the words the audit trail gives moved dues."""
    parts = []
    if after.date != before.date:
        parts.append(f"moved to {after.date.isoformat()}")
    if after.status != before.status:
        if after.status == "cancelled":
            parts.append("cancelled")
        elif before.status == "cancelled":
            parts.append(f"no longer cancelled ({after.status})")
    return f"{before.label} " + ("; ".join(parts) if parts else "changed")


def _check_new_slot(
    q: Sql, m: store.MeetingRecord, day: date, hhmm: str | None, *, allow_duplicate: bool
) -> None:
    """A meeting moved or re-timed must stay distinguishable from the committee's other
    meetings that day; moving it onto a day it shares needs allow_duplicate."""
    if day == m.date and hhmm == m.time:
        return
    others = [o for o in store.on_day(q, m.committee_id, day) if o.id != m.id]
    if others:
        c = lookup.committee_by_id(q, m.committee_id)
        moving = day != m.date
        _refuse_duplicate(others, c, day, hhmm, allow_duplicate=allow_duplicate or not moving)


def edit_meeting(
    db: Database,
    ref: str,
    *,
    when: str | None = None,
    time: str | None = None,
    title: str | None = None,
    status: str | None = None,
    allow_duplicate: bool = False,
    by: str | None = None,
) -> MeetingChange:
    """Move, retitle, cancel or mark a meeting held; rule-based dues follow (not slips).

    Moving it onto a date when the committee already meets is refused unless
    allow_duplicate, as adding one is."""
    new_date = parse_date(when) if when else None
    hhmm = normalise_time(time) if time is not None else None
    title = check_text(title, what="meeting's title", one_line=True) if title else title
    new_status = _check_status(status) if status else None
    who = actor(by)

    def work(q: Sql) -> MeetingChange:
        before = store.find(q, ref)
        _check_new_slot(
            q,
            before,
            new_date or before.date,
            hhmm if time is not None else before.time,
            allow_duplicate=allow_duplicate,
        )
        changes = {}
        if new_date:
            changes["date"] = new_date
        if time is not None:
            changes["time"] = hhmm
        if title is not None:
            changes["title"] = title or None
        if new_status:
            changes["status"] = new_status
        for column, new in changes.items():
            old = getattr(before, column)
            if old == new:
                continue
            store.update(q, before.id, column, new)
            audit(
                q,
                by=who,
                entity="meeting",
                entity_id=before.id,
                label=before.label,
                field=column,
                old=old,
                new=new,
                committee_id=before.committee_id,
            )
        after = store.get(q, before.id)
        moved = reresolve_committee(q, after.committee_id, by=who, reason=_reason(before, after))
        return MeetingChange(_view(after), moved)

    return db.run_sql(work, write=True)


def delete_meeting(
    db: Database, ref: str, *, by: str | None = None, check_only: bool = False
) -> MeetingChange:
    """Delete a meeting that has no resolutions or actions (recorded in the audit trail).

    check_only: only make sure it could be deleted (before asking the clerk), changing
    nothing."""
    who = actor(by)

    def work(q: Sql) -> MeetingChange:
        m = store.find(q, ref)
        if store.has_items(q, m.id):
            raise Conflict(
                f"{m.label} has resolutions or actions.",
                hint=f"Cancel it instead: clerk meeting cancel {m.label}",
            )
        if check_only:
            return MeetingChange(_view(m), [])
        audit(
            q,
            by=who,
            entity="meeting",
            entity_id=m.id,
            label=m.label,
            field="deleted",
            old=m.title or m.label,
            committee_id=m.committee_id,
        )
        store.delete(q, m.id)
        moved = reresolve_committee(q, m.committee_id, by=who, reason=f"{m.label} deleted")
        return MeetingChange(_view(m), moved)

    return db.run_sql(work, write=not check_only)


def list_meetings(
    db: Database,
    *,
    committee: str | None = None,
    upcoming_from: date | None = None,
    include_archived: bool = False,
) -> list[MeetingView]:
    """Meetings in date order (without their resolutions and actions: see show_meeting).
    Archived committees' meetings only when asked, or when that committee is named."""

    def work(q: Sql) -> list[MeetingView]:
        committee_id = lookup.committee(q, committee).id if committee else None
        meetings = store.listed(
            q,
            committee_id=committee_id,
            from_date=upcoming_from,
            include_archived=include_archived or committee_id is not None,
        )
        return [_view(m) for m in meetings]

    return db.run_sql(work)


def show_meeting(db: Database, ref: str, *, as_of: date | None = None) -> MeetingView:
    """A meeting with its resolutions and every action tied to it (on a past as_of, those
    that existed at its end, as they stood: none before the meeting's date)."""
    as_of = as_of or date.today()

    def work(q: Sql) -> MeetingView:
        m = store.find(q, ref)
        v = _view(m)
        v.resolutions = [{"ref": r, "text": t} for r, t in store.resolutions(q, m.id)]
        v.actions, _ = fetch_actions(
            q,
            ActionFilter(statuses=None, meeting_id=m.id, stood_on=open_as_of(as_of, date.today())),
            as_of=as_of,
            order="ref",
        )
        return v

    return db.run_sql(work)


def add_resolution(
    db: Database, *, text: str, meeting: str, ref: str | None = None, by: str | None = None
) -> dict:
    """Record a resolution as minuted; without --ref it is numbered after the last."""
    text = check_text(text, what="resolution's text").strip()
    ref = check_text(ref, what="minute reference", one_line=True) if ref else ref
    if not text:
        raise InvalidInput("The resolution's text is empty.")
    who = actor(by)

    def work(q: Sql) -> dict:
        m = store.find(q, meeting)
        existing = [r for r, _ in store.resolutions(q, m.id)]
        r_ref = (ref or "").strip() or str(len(existing) + 1)
        if r_ref in existing:
            raise Conflict(
                f"Resolution {r_ref} is already recorded for {m.label}.",
                hint="Give another --ref.",
            )
        resolution_id = store.add_resolution(q, meeting_id=m.id, ref=r_ref, text=text)
        audit(
            q,
            by=who,
            entity="resolution",
            entity_id=resolution_id,
            label=f"{m.label} {r_ref}",
            field="created",
            new=text,
            committee_id=m.committee_id,
        )
        return {"ref": r_ref, "text": text, "meeting": m.label}

    return db.run_sql(work, write=True)
