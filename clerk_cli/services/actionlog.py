"""The action log ("matters arising"): what a committee reviews at each meeting.

For one meeting of a committee it gathers every action still open from the
committee's earlier meetings, grouped by the meeting each came from, and the
actions completed (done or dropped) since the previous meeting, which the
committee is asked to agree to remove from the log.

The public version leaves confidential actions out and says how many were
withheld, and leaves out the notes an action had written while it was confidential
(store.confidential); the restricted version includes them and is marked as such by
every renderer.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from clerk_cli.db import Database
from clerk_cli.errors import NotFound
from clerk_cli.rules.status import CLOSED_STATUSES, OPEN_STATUSES, day_end
from clerk_cli.store import history, lookup
from clerk_cli.store.actionlog import meeting_titles
from clerk_cli.store.confidential import withhold_notes
from clerk_cli.store.links import attach_links
from clerk_cli.store.queries import (
    ActionFilter,
    attach_held_over,
    configured_rag_rules,
    fetch_actions,
)
from clerk_cli.store.sql import Sql
from clerk_cli.views.papers import ActionLog, MeetingGroup


def _start_of(d: date) -> datetime:
    return datetime.combine(d, time(), tzinfo=UTC)


def build_action_log(
    db: Database,
    committee: str,
    *,
    for_meeting: date | None = None,
    as_of: date | None = None,
    include_confidential: bool = False,
) -> ActionLog:
    """The action log of a committee for one of its meetings (read only).

    for_meeting: the date of the meeting the paper is for; by default the first
    meeting that is not cancelled on or after as_of (today).  When none is
    scheduled the log is drawn up as at as_of, and the notice says so.  as_of is
    passed to store.queries, which shows the actions as they stood on a past day.
    """
    as_of = as_of or date.today()
    # A past day's paper shows everything as it stood then (store.history).
    stood = as_of if as_of < date.today() else None

    rules = configured_rag_rules()  # the legend states the thresholds the rows used

    def work(q: Sql) -> ActionLog:
        c = lookup.committee(q, committee)
        # Not cancelled, in order.
        live = (
            history.live_meeting_dates_at(q, c.id, stood)
            if stood
            else lookup.meeting_dates(q, c.id)
        )
        titles = meeting_titles(q, c.id)
        notice = None
        if for_meeting is not None:
            if for_meeting not in live:
                dates = ", ".join(d.isoformat() for d in live[-5:]) or "none yet"
                raise NotFound(
                    f"No meeting of {c.code} on {for_meeting.isoformat()} (recent meetings: {dates}).",
                    hint=f"Add it with: clerk meeting add {c.code} {for_meeting.isoformat()}",
                )
            target = for_meeting
        else:
            target = next((d for d in live if d >= as_of), None)
            if target is None:
                notice = f"No meeting of {c.code} is scheduled on or after {as_of.isoformat()}; the log is as at that date."
        for_date = target or as_of
        previous = next((d for d in reversed(live) if d < for_date), None)

        # Open actions from earlier meetings (and those tied to no meeting).
        open_flt = ActionFilter(
            statuses=OPEN_STATUSES, committee_ids=[c.id], meeting_before=for_date, stood_on=stood
        )
        open_rows, _ = fetch_actions(q, open_flt, as_of=as_of, order="log", rag_rules=rules)

        # Closed since the previous meeting (strictly after its date), up to the end of this one.
        done_flt = ActionFilter(
            statuses=CLOSED_STATUSES,
            committee_ids=[c.id],
            completed_before=_start_of(for_date + timedelta(days=1)),
            completed_from=_start_of(previous + timedelta(days=1)) if previous else None,
            stood_on=stood,
        )
        completed, _ = fetch_actions(q, done_flt, as_of=as_of, order="number", rag_rules=rules)

        attach_held_over(q, open_rows + completed, as_of=as_of, meeting_dates=live)
        # The public version names no confidential action, even as a link.
        attach_links(q, open_rows + completed, as_of=as_of, public=not include_confidential)

        withheld = 0
        if not include_confidential:
            withheld = sum(1 for a in open_rows + completed if a.confidential)
            open_rows = [a for a in open_rows if not a.confidential]
            completed = [a for a in completed if not a.confidential]
            # Nor the notes an action had written while it was confidential.
            withhold_notes(q, open_rows + completed, moment=day_end(stood) if stood else None)

        groups: list[MeetingGroup] = []
        for a in open_rows:
            if not groups or groups[-1].meeting != a.meeting:
                title = titles.get(a.meeting_date) if a.meeting_date else None
                groups.append(MeetingGroup(a.meeting, a.meeting_date, title))
            groups[-1].rows.append(a)
        return ActionLog(
            committee=c.code,
            committee_name=c.name,
            as_of=as_of,
            for_date=for_date,
            for_meeting=lookup.meeting_label(c.code, target) if target else None,
            for_title=titles.get(target) if target else None,
            previous_date=previous,
            groups=groups,
            completed=completed,
            include_confidential=include_confidential,
            withheld=withheld,
            notice=notice,
            rag_rules=rules,
        )

    return db.run_sql(work)
