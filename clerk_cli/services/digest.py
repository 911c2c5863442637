"""Weekly digests: build them from the database, deliver them, and remember what was sent.

Two kinds of digest, both plain dataclasses the renderers and templates read:

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

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from email.utils import formataddr, parseaddr

from sqlalchemy import and_, func, select
from sqlmodel import Session

from clerk_cli.db import Database
from clerk_cli.errors import MailError
from clerk_cli.schema import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Committee,
    DigestSent,
    Owner,
    OwnerHolder,
)
from clerk_cli.services.common import find_committee, find_owner
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.store.sql import as_utc
from clerk_cli.views import ActionView

KIND_OWNER = "owner"
KIND_CLERK = "clerk"


def iso_week(d: date) -> str:
    """2026-W48: the ISO week a digest belongs to."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# ---- what a digest holds -------------------------------------------------------


@dataclass
class OwnerDigest:
    """What one post owes, for its current holder."""

    owner_id: int
    owner: str
    holder: str | None
    email: str | None
    overdue: list[ActionView] = field(default_factory=list)
    due_soon: list[ActionView] = field(default_factory=list)
    stale: list[ActionView] = field(default_factory=list)
    scope: tuple[str, ...] = ()  # committee codes, when the run was limited with --committee

    kind = KIND_OWNER

    @property
    def subject_key(self) -> str:
        # A digest limited to some committees is a different digest from the full one.
        return str(self.owner_id) + (":" + ",".join(self.scope) if self.scope else "")

    @property
    def title(self) -> str:
        return self.owner

    @property
    def recipient(self) -> str | None:
        return formataddr((self.holder or "", self.email)) if self.email else None

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.stale)

    @property
    def actions(self) -> list[ActionView]:
        return [*self.overdue, *self.due_soon, *self.stale]

    @property
    def subject(self) -> str:
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

    kind = KIND_CLERK

    @property
    def subject_key(self) -> str:
        return self.committee

    @property
    def title(self) -> str:
        return f"{self.committee_name} ({self.committee})"

    @property
    def recipient(self) -> str | None:
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
    """Build this week's digests (read only).

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

    def work(s: Session) -> DigestBatch:
        chosen = [find_committee(s, c) for c in committees] if committees else None
        c_ids = [c.id for c in chosen] if chosen else None
        scope = tuple(sorted(c.code for c in chosen)) if chosen else ()
        o_ids = [find_owner(s, o).id for o in owners] if owners else None
        flt = ActionFilter(statuses=OPEN_STATUSES, committee_ids=c_ids, owner_ids=o_ids)
        open_rows, _ = fetch_actions(s, flt, as_of=as_of, order="due")
        by_owner: dict[str, list[ActionView]] = defaultdict(list)
        by_committee: dict[str, list[ActionView]] = defaultdict(list)
        horizon = as_of + timedelta(days=horizon_days)
        for a in open_rows:
            if a.owner:
                by_owner[a.owner].append(a)
            if a.due_date is not None and a.due_date <= horizon:
                by_committee[a.committee].append(a)

        owner_digests = []
        for row in _owners_with_holders(s, o_ids):
            d = _owner_digest(
                row,
                by_owner.get(row.name, []),
                as_of=as_of,
                horizon_days=horizon_days,
                stale_days=stale_days,
                scope=scope,
            )
            if include_empty or not d.is_empty:
                owner_digests.append(d)

        clerk_digests = []
        if owners is None:
            stmt = select(Committee).order_by(Committee.code)
            if c_ids is not None:
                stmt = stmt.where(Committee.id.in_(c_ids))
            chosen_committees = list(s.execute(stmt).scalars())
            completed = _completed_since(s, chosen_committees, as_of=as_of, week=week)
            for c in chosen_committees:
                since, done = completed[c.code]
                d = _clerk_digest(c, by_committee.get(c.code, []), done, since, as_of=as_of)
                if include_empty or not d.is_empty:
                    clerk_digests.append(d)
        return DigestBatch(as_of, week, horizon_days, stale_days, owner_digests, clerk_digests)

    return db.read(work)


def _owners_with_holders(s: Session, owner_ids: list[int] | None):
    owner, holder = Owner.__table__, OwnerHolder.__table__
    stmt = (
        select(owner.c.id, owner.c.name, holder.c.name.label("holder"), holder.c.email)
        .select_from(owner)
        .outerjoin(holder, and_(holder.c.owner_id == owner.c.id, holder.c.ended_at.is_(None)))
        .order_by(func.lower(owner.c.name))
    )
    if owner_ids is not None:
        stmt = stmt.where(owner.c.id.in_(owner_ids))
    return s.execute(stmt).all()


def _last_activity(a: ActionView) -> date | None:
    when = a.latest_note_at or a.created_at
    return when.date() if when else None


def _owner_digest(
    row,
    actions: list[ActionView],
    *,
    as_of: date,
    horizon_days: int,
    stale_days: int,
    scope: tuple[str, ...],
) -> OwnerDigest:
    # `actions` are this owner's open actions only: the digest cannot hold anyone else's.
    d = OwnerDigest(
        owner_id=row.id, owner=row.name, holder=row.holder, email=row.email, scope=scope
    )
    horizon = as_of + timedelta(days=horizon_days)
    stale_before = as_of - timedelta(days=stale_days)
    for a in actions:
        if a.due_date is not None and a.due_date < as_of:
            d.overdue.append(a)
        elif a.due_date is not None and a.due_date <= horizon:
            d.due_soon.append(a)
        elif stale_days > 0 and (_last_activity(a) or as_of) <= stale_before:
            d.stale.append(a)
    d.overdue.sort(key=lambda a: (-(a.days_overdue or 0), a.committee, a.ref))
    d.stale.sort(key=lambda a: (_last_activity(a) or as_of, a.ref))
    return d


def _clerk_digest(
    c: Committee,
    actions: list[ActionView],
    completed: list[ActionView],
    since: datetime,
    *,
    as_of: date,
) -> ClerkDigest:
    # `actions`: the committee's open actions due by the horizon, soonest first.
    groups: dict[str | None, OwnerGroup] = {}
    silent: dict[str | None, OwnerGroup] = {}
    for a in actions:
        g = groups.get(a.owner)
        if g is None:
            g = groups[a.owner] = OwnerGroup(a.owner, a.owner_holder, a.owner_email)
        if a.due_date < as_of:
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
    )


def _completed_since(s: Session, committees: list[Committee], *, as_of: date, week: str):
    """{code: (since, actions closed since then)}: since the clerk's last digest before
    this week, else over the last 7 days; up to the end of as_of."""
    if not committees:
        return {}
    sent = DigestSent.__table__
    last = dict(
        s.execute(
            select(sent.c.subject_key, func.max(sent.c.sent_at))
            .where(sent.c.kind == KIND_CLERK, sent.c.iso_week != week)
            .group_by(sent.c.subject_key)
        ).all()
    )
    default = datetime.combine(as_of - timedelta(days=7), time(), tzinfo=UTC)
    since = {c.code: as_utc(last.get(c.code)) or default for c in committees}
    until = datetime.combine(as_of + timedelta(days=1), time(), tzinfo=UTC)
    flt = ActionFilter(
        statuses=CLOSED_STATUSES,
        committee_ids=[c.id for c in committees],
        completed_from=min(since.values()),
        completed_before=until,
    )
    rows, _ = fetch_actions(s, flt, as_of=as_of, order="completed_first")
    result = {c.code: (since[c.code], []) for c in committees}
    for a in rows:
        start, kept = result[a.committee]
        if a.completed_at is not None and as_utc(a.completed_at) >= start:
            kept.append(a)
    return result


# ---- delivering ----------------------------------------------------------------

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
    outcomes: list[Outcome] = field(default_factory=list)
    fatal: str | None = None  # a problem that stopped the run (connection lost...)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status in (FAILED, NOT_TRIED)]

    def raise_for_failures(self) -> None:
        """After the run: one MailError naming every digest that did not go."""
        failed = [o for o in self.outcomes if o.status == FAILED]
        untried = self.count(NOT_TRIED)
        if not failed and not self.fatal:
            return
        if self.fatal and not (self.count(SENT) or self.count(WRITTEN)):
            raise MailError(f"Nothing sent: {self.fatal}")
        parts = []
        if failed:
            names = ", ".join(f"{o.digest.title} <{_email(o.digest.recipient)}>" for o in failed)
            parts.append(f"{_plural(len(failed), 'digest')} not sent: {names}")
        if self.fatal:
            parts.append(
                f"stopped early: {self.fatal}" + (f" ({untried} not tried)" if untried else "")
            )
        raise MailError(
            "; ".join(parts) + ".", hint="They were not recorded: the next run retries them."
        )


def _email(recipient: str | None) -> str:
    return parseaddr(recipient or "")[1]


def sent_keys(db: Database, week: str) -> set[tuple[str, str, str]]:
    """(recipient email, kind, subject key) of every digest recorded for this ISO week."""
    T = DigestSent.__table__

    def work(s: Session):
        rows = s.execute(
            select(T.c.recipient, T.c.kind, T.c.subject_key).where(T.c.iso_week == week)
        )
        return {(r.recipient.lower(), r.kind, r.subject_key) for r in rows}

    return db.read(work)


def record_sent(db: Database, digest, *, week: str, message_id: str | None) -> None:
    """Record one delivered digest, in its own transaction (a resend updates the record)."""
    recipient = _email(digest.recipient).lower()

    def work(s: Session) -> None:
        T = DigestSent.__table__
        key = and_(
            T.c.recipient == recipient,
            T.c.kind == digest.kind,
            T.c.subject_key == digest.subject_key,
            T.c.iso_week == week,
        )
        existing = s.execute(select(T.c.id).where(key)).scalar()
        if existing is not None:
            row = s.get(DigestSent, existing)
            row.sent_at = datetime.now(UTC)
            row.message_id = message_id
            s.add(row)
        else:
            s.add(
                DigestSent(
                    recipient=recipient,
                    kind=digest.kind,
                    subject_key=digest.subject_key,
                    iso_week=week,
                    message_id=message_id,
                )
            )

    db.write(work)


def template_context(d: OwnerDigest | ClerkDigest, batch: DigestBatch, footer: str) -> dict:
    """What the digest templates see (documented in docs/digest.md for councils' own templates)."""
    return {
        "d": d,
        "kind": d.kind,
        "subject": d.subject,
        "as_of": batch.as_of,
        "week": batch.iso_week,
        "horizon_days": batch.horizon_days,
        "stale_days": batch.stale_days,
        "footer": footer,
    }


def digest_bodies(d: OwnerDigest | ClerkDigest, batch: DigestBatch, settings) -> tuple[str, str]:
    """(plain text, HTML) of one digest, from the templates.  settings: config.DigestSettings."""
    from clerk_cli.mail import render_bodies

    return render_bodies(
        d.kind, template_context(d, batch, settings.footer), settings.templates_dir
    )


def digest_message(d: OwnerDigest | ClerkDigest, batch: DigestBatch, settings):
    """The email of one digest: multipart plain text + HTML."""
    from clerk_cli.mail import compose

    text, html = digest_bodies(d, batch, settings)
    return compose(
        sender=settings.sender,
        to=d.recipient,
        subject=d.subject,
        text=text,
        html=html,
        headers={"X-Clerk-Digest": f"{batch.iso_week}-{d.kind}-{d.subject_key}"},
    )


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
    """Send (or write) every digest of a batch that this week has not had yet.

    ``settings`` is a config.DigestSettings (From address, footer, templates).
    ``transport.send(msg)`` delivers a message and raises ``mail.RecipientRefused``
    for a refused message (the run goes on) or another MailError when nothing more
    can be sent (the run stops).  A transport with ``records = True`` has each
    delivered digest recorded at once, in its own transaction; ``force`` resends
    digests already recorded this week.
    """
    from clerk_cli.mail import RecipientRefused

    done = set() if force else sent_keys(db, batch.iso_week)
    report = DeliveryReport()

    def note(o: Outcome) -> None:
        report.outcomes.append(o)
        if on_outcome:
            on_outcome(o)

    for d in batch.digests:
        if report.fatal:
            note(Outcome(d, NOT_TRIED))
            continue
        if not d.recipient:
            note(Outcome(d, NO_ADDRESS))
            continue
        if (_email(d.recipient).lower(), d.kind, d.subject_key) in done:
            note(Outcome(d, ALREADY_SENT))
            continue
        if dry_run:
            note(Outcome(d, WOULD_SEND))
            continue
        msg = digest_message(d, batch, settings)
        try:
            transport.send(msg)
        except RecipientRefused as exc:
            note(Outcome(d, FAILED, exc.message))
            continue
        except MailError as exc:
            report.fatal = str(exc)
            note(Outcome(d, FAILED, exc.message))
            continue
        if getattr(transport, "records", False):
            record_sent(db, d, week=batch.iso_week, message_id=msg["Message-ID"])
            note(Outcome(d, SENT))
        else:
            note(Outcome(d, WRITTEN))
    return report
