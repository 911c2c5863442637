"""Weekly digests: build them from the database, deliver them, and remember what was sent.

Two kinds of digest (clerk_cli.views), which the templates and renderers read:

* ``OwnerDigest``: one post's overdue, due-soon and stale actions, for the post's
  current holder.  It is built from that owner's actions only, so it can never show
  one owner another's work.  A person holding two posts gets one email per post.
* ``ClerkDigest``: one committee's overdue and due-soon actions grouped by owner,
  the owners it cannot email, owners with overdue actions and no update since they
  fell due, and what was completed since the clerk's last digest.

Confidential actions appear only in these two places (the owner's own digest and
their committee clerk's summary), marked as confidential.

Sending is idempotent per ISO week: each delivered digest is recorded in
``digest_sent`` in its own transaction, right after the server accepted it.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

from clerk_cli.db import Database
from clerk_cli.errors import MailError
from clerk_cli.rules.status import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    day_end,
    is_due_soon,
    is_overdue,
    utcnow,
)
from clerk_cli.store import digests as store
from clerk_cli.store import lookup
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.store.sql import Sql, as_utc
from clerk_cli.views import ActionView
from clerk_cli.views.digest import (
    ALREADY_SENT,
    DIGEST_CLERK,
    DIGEST_OWNER,
    FAILED,
    NO_ADDRESS,
    NOT_TRIED,
    SENT,
    WOULD_SEND,
    WRITTEN,
    ClerkDigest,
    DeliveryReport,
    DigestBatch,
    DigestEmail,
    Outcome,
    OwnerDigest,
    OwnerGroup,
)


def iso_week(d: date) -> str:
    """2026-W48: the ISO week a digest belongs to."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


# ---- building ------------------------------------------------------------------


def build_digests(
    db: Database,
    *,
    as_of: date | None = None,
    horizon_days: int = 14,
    stale_days: int = 30,
    committees: tuple[str, ...] | None = None,
    owners: tuple[str, ...] | None = None,
    include_empty: bool = False,
) -> DigestBatch:
    """Build this week's digests (read only, one transaction).

    ``committees`` limits every digest to those committees' actions; ``owners``
    builds only those owners' digests (and no clerk summaries).  Digests with
    nothing to report are left out unless ``include_empty``.

    Cost: one indexed query for the open actions in scope (status, then owner or
    committee), one for the actions completed lately, and one for the posts; the
    actions are then shared out in Python.  Nothing is queried per action or per
    recipient, so 200 owners over 100k actions take well under a second.
    """
    as_of = as_of or date.today()
    week = iso_week(as_of)

    def work(q: Sql) -> DigestBatch:
        chosen = [lookup.committee(q, c) for c in committees] if committees else None
        c_ids = [c.id for c in chosen] if chosen else None
        scope = tuple(sorted(c.code for c in chosen)) if chosen else ()
        o_ids = (
            [lookup.owner(q, o, missing=lookup.OWNER_LIST).id for o in owners] if owners else None
        )
        flt = ActionFilter(
            statuses=OPEN_STATUSES, committee_ids=c_ids, owner_ids=o_ids, stood_on=_stood(as_of)
        )
        open_rows, _ = fetch_actions(q, flt, as_of=as_of, order="due")
        by_owner: dict[int, list[ActionView]] = defaultdict(list)
        by_committee: dict[str, list[ActionView]] = defaultdict(list)
        awaiting: dict[str, list[ActionView]] = defaultdict(list)
        for a in open_rows:
            if a.owner_id is not None:
                by_owner[a.owner_id].append(a)
            if _overdue(a, as_of) or _due_soon(a, as_of, horizon_days):
                by_committee[a.committee].append(a)
            elif a.proposed:  # proposed for closure: for the committee, not the owner
                awaiting[a.committee].append(a)

        owner_digests = []
        for post in _posts(q, o_ids, _stood(as_of)):
            d = _owner_digest(
                post,
                by_owner.get(post.id, []),
                as_of=as_of,
                horizon_days=horizon_days,
                stale_days=stale_days,
                scope=scope,
            )
            if include_empty or not d.is_empty:
                owner_digests.append(d)

        clerk_digests = []
        if owners is None:
            chosen_committees = store.clerks(q, committee_ids=c_ids)
            completed = _completed_since(q, chosen_committees, as_of=as_of, week=week)
            for c in chosen_committees:
                since, done = completed[c.code]
                d = _clerk_digest(
                    c,
                    by_committee.get(c.code, []),
                    done,
                    since,
                    as_of=as_of,
                    awaiting=awaiting.get(c.code, []),
                )
                if include_empty or not d.is_empty:
                    clerk_digests.append(d)
        return DigestBatch(as_of, week, horizon_days, stale_days, owner_digests, clerk_digests)

    return db.run_sql(work)


def _overdue(a: ActionView, as_of: date) -> bool:
    return is_overdue(a.status, a.due_date, as_of, a.proposed)


def _due_soon(a: ActionView, as_of: date, horizon_days: int) -> bool:
    return is_due_soon(a.status, a.due_date, as_of, horizon_days, a.proposed)


def _last_activity(a: ActionView) -> date | None:
    when = a.latest_note_at or a.created_at
    return when.date() if when else None


def _owner_digest(
    post: store.PostRow,
    actions: list[ActionView],
    *,
    as_of: date,
    horizon_days: int,
    stale_days: int,
    scope: tuple[str, ...],
) -> OwnerDigest:
    # `actions` are this owner's open actions only: the digest cannot hold anyone else's.
    d = OwnerDigest(
        owner_id=post.id, owner=post.name, holder=post.holder, email=post.email, scope=scope
    )
    stale_before = as_of - timedelta(days=stale_days)
    for a in actions:
        if _overdue(a, as_of):
            d.overdue.append(a)
        elif _due_soon(a, as_of, horizon_days):
            d.due_soon.append(a)
        elif a.proposed:
            d.awaiting.append(a)
        elif stale_days > 0 and (_last_activity(a) or as_of) <= stale_before:
            d.stale.append(a)
    d.overdue.sort(key=lambda a: (-(a.days_overdue or 0), a.committee, a.ref))
    d.stale.sort(key=lambda a: (_last_activity(a) or as_of, a.ref))
    return d


def _clerk_digest(
    c: store.ClerkRow,
    actions: list[ActionView],
    completed: list[ActionView],
    since: datetime,
    *,
    as_of: date,
    awaiting: list[ActionView] = (),
) -> ClerkDigest:
    # `actions`: the committee's open actions overdue or due by the horizon, soonest first.
    groups: dict[str | None, OwnerGroup] = {}
    silent: dict[str | None, OwnerGroup] = {}
    for a in actions:
        g = groups.get(a.owner)
        if g is None:
            g = groups[a.owner] = OwnerGroup(a.owner, a.owner_holder, a.owner_email)
        if _overdue(a, as_of):
            g.overdue.append(a)
            noted = a.latest_note_at.date() if a.latest_note_at else None
            if noted is None or noted < a.due_date:
                st = silent.get(a.owner)
                if st is None:
                    st = silent[a.owner] = OwnerGroup(a.owner, a.owner_holder, a.owner_email)
                st.overdue.append(a)
        else:
            g.due_soon.append(a)

    def by_owner(x: OwnerGroup):
        return (x.owner is None, (x.owner or "").lower())

    return ClerkDigest(
        committee=c.code,
        committee_name=c.name,
        clerk_name=c.clerk_name,
        clerk_email=c.clerk_email,
        groups=sorted(groups.values(), key=by_owner),
        not_updated=sorted(silent.values(), key=by_owner),
        completed=completed,
        completed_since=since,
        awaiting=sorted(awaiting, key=lambda a: a.id or 0),  # the order they were made
    )


def _posts(q: Sql, owner_ids, stood: date | None) -> list[store.PostRow]:
    """The posts with their holders: now, or as they were at the end of a past day (a
    digest for that day goes to whoever held the post then)."""
    posts = store.posts(q, owner_ids=owner_ids)
    if stood is None:
        return posts
    from clerk_cli.store import history  # only for a past day

    moment = day_end(stood)
    names = history.owner_names_at(q, moment)[0]
    holders = history.holders_at(q, moment)
    return [
        replace(
            p,
            name=names.get(p.id, p.name),
            holder=holders.get(p.id, (None, None))[0],
            email=holders.get(p.id, (None, None))[1],
        )
        for p in posts
    ]


def _stood(as_of: date) -> date | None:
    """A digest for a past day shows the actions as they stood then (store.history)."""
    return as_of if as_of < date.today() else None


def _completed_since(q: Sql, committees: list[store.ClerkRow], *, as_of: date, week: str):
    """{code: (since, actions closed since then)}: since the clerk's last digest before
    this week, else over the last 7 days; up to the end of as_of."""
    if not committees:
        return {}
    last = store.last_sent(q, kind=DIGEST_CLERK, before_week=week)
    default = datetime.combine(as_of - timedelta(days=7), time(), tzinfo=UTC)
    since = {c.code: last.get(c.code) or default for c in committees}
    until = datetime.combine(as_of + timedelta(days=1), time(), tzinfo=UTC)
    flt = ActionFilter(
        statuses=CLOSED_STATUSES,
        committee_ids=[c.id for c in committees],
        completed_from=min(since.values()),
        completed_before=until,
        stood_on=_stood(as_of),
    )
    rows, _ = fetch_actions(q, flt, as_of=as_of, order="completed_first")
    result = {c.code: (since[c.code], []) for c in committees}
    for a in rows:
        start, kept = result[a.committee]
        if a.completed_at is not None and as_utc(a.completed_at) >= start:
            kept.append(a)
    return result


# ---- emails --------------------------------------------------------------------


def digest_emails(batch: DigestBatch, *, prefix: str = "Action log") -> list[DigestEmail]:
    """The emails of a batch: one per owner digest, and one per clerk address holding the
    summaries of every committee that address clerks.  An owner digest whose holder is
    also a clerk in this batch rides in the clerk's email instead of going on its own,
    so a clerk who owns actions gets one email a week.  Digests with no address stay
    one email each (the run reports them as having no address)."""
    by_clerk: dict[str, DigestEmail] = {}
    emails: list[DigestEmail] = []
    for c in batch.clerks:
        key = (c.address or "").lower()
        e = by_clerk.get(key) if key else None
        if e is None:
            e = DigestEmail(DIGEST_CLERK, c.recipient, clerks=[c], prefix=prefix)
            if key:
                by_clerk[key] = e
        else:
            e.clerks.append(c)
        if e not in emails:
            emails.append(e)
    owner_emails = []
    for d in batch.owners:
        ride = by_clerk.get(d.address.lower()) if d.address else None
        if ride is not None:
            ride.owners.append(d)
        else:
            owner_emails.append(DigestEmail(DIGEST_OWNER, d.recipient, owners=[d], prefix=prefix))
    return owner_emails + emails


# ---- delivering ----------------------------------------------------------------


def new_token() -> str:
    """A digest's reply token: 16 characters of a-z and 2-7 (80 random bits), which
    survive a mail program's handling of subjects and plus-addresses."""
    n = int.from_bytes(os.urandom(10))  # what secrets.token_bytes reads
    return "".join(_BASE32[(n >> shift) & 31] for shift in range(75, -1, -5))


_BASE32 = "abcdefghijklmnopqrstuvwxyz234567"  # RFC 4648's alphabet, in lower case


def sent_keys(db: Database, week: str) -> set[tuple[str, str, str]]:
    """(recipient email, kind, subject key) of every digest recorded for this ISO week."""
    return db.run_sql(lambda q: store.sent_keys(q, week=week))


def record_sent(db: Database, email: DigestEmail, *, week: str, message_id: str | None) -> None:
    """Record one delivered email in one transaction of its own: a digest_sent row per
    digest it held (a resend updates them) and, when it carried one, its reply token."""
    recipient = (email.address or "").lower()
    at = utcnow()

    def work(q: Sql) -> None:
        for kind, key in email.keys:
            store.record_sent(
                q,
                recipient=recipient,
                kind=kind,
                subject_key=key,
                week=week,
                message_id=message_id,
                at=at,
            )
        if email.token:
            store.record_token(
                q,
                token=email.token,
                recipient=recipient,
                week=week,
                owner_ids=[d.owner_id for d in email.owners],
                committee_codes=[c.committee for c in email.clerks],
                at=at,
            )

    db.run_sql(work, write=True)


def deliver(
    db: Database,
    batch: DigestBatch,
    *,
    transport,
    settings,
    force: bool = False,
    dry_run: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> DeliveryReport:
    """Send (or write) every email of a batch (digest_emails) that this week has not had yet.

    ``settings`` is a config.DigestSettings (From address, footer, templates, prefix).
    ``transport.send(msg)`` delivers a message and raises ``mail.RecipientRefused``
    for a refused message (the run goes on) or another MailError when nothing more
    can be sent (the run stops).  A transport with ``records = True`` has each
    delivered digest recorded at once, in its own transaction; ``force`` resends
    digests already recorded this week.
    """
    from clerk_cli.mail import RecipientRefused, digest_message

    done = set() if force else sent_keys(db, batch.iso_week)
    report = DeliveryReport()

    def note(o: Outcome) -> None:
        report.outcomes.append(o)
        if on_outcome:
            on_outcome(o)

    for e in digest_emails(batch, prefix=getattr(settings, "prefix", "Action log")):
        if report.fatal:
            note(Outcome(e, NOT_TRIED))
            continue
        if not e.recipient:
            note(Outcome(e, NO_ADDRESS))
            continue
        address = (e.address or "").lower()
        if all((address, kind, key) in done for kind, key in e.keys):
            note(Outcome(e, ALREADY_SENT))
            continue
        if dry_run:
            note(Outcome(e, WOULD_SEND))
            continue
        e.token = new_token()
        msg = digest_message(e, batch, settings)
        try:
            transport.send(msg)
        except RecipientRefused as exc:
            note(Outcome(e, FAILED, exc.message))
            continue
        except MailError as exc:
            report.fatal = str(exc)
            note(Outcome(e, FAILED, exc.message))
            continue
        if getattr(transport, "records", False):
            record_sent(db, e, week=batch.iso_week, message_id=msg["Message-ID"])
            note(Outcome(e, SENT))
        else:
            note(Outcome(e, WRITTEN))
    return report
