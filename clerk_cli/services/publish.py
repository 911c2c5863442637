"""clerk publish: the public register of what committees resolved and who promised what.

One read-only transaction gathers what the register shows; render.publish writes it.
Confidential actions never enter it: fetch_actions is asked for public actions only,
and store.publish leaves out their notes, their changes and the resolutions they hang
on.  Nor does what a public action had written while it was confidential: its notes
and changes from then (store.confidential.withheld) are left out of its history, its
latest note and the feed.

Deterministic: the register is "as at" the day of the newest public change (or
--as-of), and its "updated" time is that change's, never the clock's.  Incremental:
given the previous run (its as-at day, committees and newest audit row), only the
committees changed since are gathered again; a change that belongs to no committee
(a post renamed) or a new as-at day rebuilds everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date

from clerk_cli.db import Database
from clerk_cli.errors import InvalidInput, NotFound
from clerk_cli.store import committees as committee_store
from clerk_cli.store import lookup
from clerk_cli.store import meetings as meeting_store
from clerk_cli.store import publish as store
from clerk_cli.store.confidential import withheld
from clerk_cli.store.history import MOVED_WITH_MEETING
from clerk_cli.store.links import attach_links
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.store.sql import Sql
from clerk_cli.views.publish import (
    CommitteeSite,
    CommitteeSummary,
    FeedEntry,
    HistoryEntry,
    PreviousRun,
    PublicAction,
    PublicMeeting,
    PublicResolution,
    SiteData,
)

FEED_ENTRIES = 100


def gather_site(
    db: Database,
    *,
    committees: Sequence[str] = (),
    as_of: date | None = None,
    previous: PreviousRun | None = None,
    organisation: str | None = None,
    base_url: str | None = None,
) -> SiteData:
    """The register's data (read only): every committee named (default: every committee
    not archived), rebuilding only those changed since previous when it is given."""
    if base_url is not None and not base_url.startswith(("https://", "http://")):
        raise InvalidInput(
            f"--base-url must be a web address, not '{base_url}'.",
            hint="Give where the site will be hosted, e.g. --base-url https://example.gov.uk/actions/",
        )
    organisation = (organisation or "").strip() or None

    def work(q: Sql) -> SiteData:
        chosen = _chosen(q, committees)
        ids = [c.id for c in chosen]
        updated = store.newest_public_change(q, ids)
        day = as_of or (updated.astimezone().date() if updated else date.today())
        audit_id = store.last_audit_id(q)
        selection = tuple(c.code for c in chosen)
        origin = store.first_change(q)
        full = (
            previous is None
            or previous.as_of != day
            or previous.selection != selection
            or previous.origin != origin  # another database
            or previous.audit_id > audit_id
        )
        dirty = set(ids)
        if not full:
            changed = store.changed_committees(q, previous.audit_id)
            if None in changed:
                full = True
            else:
                dirty &= changed
        counts = store.counts(q, ids, overdue_before=day)
        summaries = []
        for c in chosen:
            n = counts.get(c.id, store.CommitteeCounts())
            record = committee_store.get(q, c.id)
            summaries.append(
                CommitteeSummary(
                    c.id, c.code, c.name, record.meetings, n.actions, n.open, n.overdue
                )
            )
        sites = [_committee_site(q, s, day) for s in summaries if s.id in dirty]
        codes = {c.id: c.code for c in chosen}
        feed = [
            FeedEntry(
                audit_id=r[0],
                at=r[1],
                ref=r[2],
                committee=codes[r[3]],
                field=r[4],
                old=r[5],
                new=r[6],
            )
            for r in store.feed_changes(q, ids, limit=FEED_ENTRIES)
        ]
        return SiteData(
            as_of=day,
            updated=updated,
            audit_id=audit_id,
            summaries=summaries,
            committees=sites,
            posts=store.posts(q, ids),
            feed=feed,
            full=full,
            selection=selection,
            origin=origin,
            organisation=organisation,
            base_url=base_url,
        )

    return db.run_sql(work)


def _chosen(q: Sql, committees: Sequence[str]) -> list[lookup.CommitteeRow]:
    if committees:
        found = {c.id: c for c in (lookup.committee(q, key) for key in committees)}
        return sorted(found.values(), key=lambda c: c.code)
    rows = [lookup.CommitteeRow(r.id, r.code, r.name) for r in committee_store.listed(q)]
    if not rows:
        raise NotFound(
            "No committees to publish.",
            hint='Add one with: clerk committee add "Children\'s Services Scrutiny Committee" --code CSSC',
        )
    return rows


def _committee_site(q: Sql, summary: CommitteeSummary, day: date) -> CommitteeSite:
    flt = ActionFilter(statuses=None, committee_ids=[summary.id], include_confidential=False)
    views, _ = fetch_actions(q, flt, as_of=day, order="number")
    # Duplicates, successors and referrals, as the action log shows them; a link to a
    # confidential action is left out.
    attach_links(q, views, as_of=day, public=True)
    meetings = meeting_store.listed(q, committee_id=summary.id)
    seen: Counter = Counter()
    public_meetings: dict[int, PublicMeeting] = {}
    for m in meetings:
        seen[m.date] += 1
        page = m.date.isoformat() + (f"-{seen[m.date]}" if seen[m.date] > 1 else "")
        public_meetings[m.id] = PublicMeeting(m.id, m.date, m.time, m.title, m.status, page)
    for res_id, meeting_id, ref, text in store.resolutions(q, summary.id):
        public_meetings[meeting_id].resolutions.append(PublicResolution(res_id, ref, text))
    hidden = withheld(q, [v.id for v in views])
    changes = store.changes(q, summary.id, leave_out=hidden)
    notes = store.notes(q, summary.id, leave_out=hidden)
    links = store.action_links(q, summary.id)
    actions = []
    for v in views:
        meeting_id, resolution_id = links.get(v.id, (None, None))
        meeting = public_meetings.get(meeting_id) if meeting_id else None
        p = PublicAction(
            action=v,
            history=_history(changes.get(v.id, ()), notes.get(v.id, ())),
            resolution_id=resolution_id,
            meeting_page=meeting.page if meeting else None,
        )
        actions.append(p)
        if meeting is not None:
            meeting.actions.append(p)
    return CommitteeSite(summary=summary, meetings=list(public_meetings.values()), actions=actions)


def _history(changes, notes) -> list[HistoryEntry]:
    """Creation, status and due-date changes and notes, in the order they took effect."""
    entries: list[tuple] = []
    changes = list(changes)
    for i, c in enumerate(changes):
        if c.field == MOVED_WITH_MEETING:
            continue
        if c.field == "created":
            entry = HistoryEntry(c.at, "created")
        else:
            moved = (
                c.field == "due_date"
                and i + 1 < len(changes)
                and changes[i + 1].field == MOVED_WITH_MEETING
                and changes[i + 1].action_id == c.action_id
            )
            entry = HistoryEntry(c.at, c.field, old=c.old, new=c.new, moved_with_meeting=moved)
        entries.append((c.at, 0, c.id, entry))
    for note_id, text, at in notes:
        entries.append((at, 1, note_id, HistoryEntry(at, "note", text=text)))
    entries.sort(key=lambda e: e[:3])
    return [e[3] for e in entries]
