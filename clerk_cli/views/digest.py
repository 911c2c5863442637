"""Result types of the weekly digest, its delivery and email replies."""

from __future__ import annotations

from dataclasses import field
from datetime import date, datetime

from clerk_cli.records import dataclass
from clerk_cli.views import ActionView

# What happened to one digest of a run.
SENT, WRITTEN, WOULD_SEND, ALREADY_SENT, NO_ADDRESS, FAILED, NOT_TRIED = (
    "sent",
    "written",
    "would send",
    "already sent",
    "no address",
    "failed",
    "not tried",
)

REPLY_APPLIED, REPLY_ATTENTION, REPLY_IGNORED, REPLY_DUPLICATE = (
    "applied",
    "attention",
    "ignored",
    "already read",
)

DIGEST_OWNER = "owner"


DIGEST_CLERK = "clerk"


@dataclass
class OwnerDigest:
    """What one post owes, for its current holder: that owner's actions only."""

    owner_id: int
    owner: str
    holder: str | None
    email: str | None
    overdue: list[ActionView] = field(default_factory=list)
    due_soon: list[ActionView] = field(default_factory=list)
    stale: list[ActionView] = field(default_factory=list)
    scope: tuple[str, ...] = ()  # committee codes, when the run was limited with --committee
    # Proposed for closure, awaiting the committee's agreement: shown so the owner knows
    # the report was received, never chased, and never a reason to send the email alone.
    awaiting: list[ActionView] = field(default_factory=list)

    kind = DIGEST_OWNER

    @property
    def subject_key(self) -> str:
        # A digest limited to some committees is a different digest from the full one.
        return str(self.owner_id) + (":" + ",".join(self.scope) if self.scope else "")

    @property
    def title(self) -> str:
        return self.owner

    @property
    def address(self) -> str | None:
        return self.email

    @property
    def recipient(self) -> str | None:
        from clerk_cli.mail import format_address

        return format_address(self.holder, self.email) if self.email else None

    @property
    def is_empty(self) -> bool:
        return not (self.overdue or self.due_soon or self.stale)

    @property
    def actions(self) -> list[ActionView]:
        return [*self.overdue, *self.due_soon, *self.stale, *self.awaiting]

    @property
    def subject(self) -> str:
        # Counts and the post's name only: never an action's (maybe confidential) text.
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
    # Open actions proposed for closure, awaiting the committee's agreement at its next
    # meeting (clerk meeting agree-closures): never chased, but on the clerk's agenda.
    awaiting: list[ActionView] = field(default_factory=list)

    kind = DIGEST_CLERK

    @property
    def subject_key(self) -> str:
        return self.committee

    @property
    def title(self) -> str:
        return f"{self.committee_name} ({self.committee})"

    @property
    def address(self) -> str | None:
        return self.clerk_email

    @property
    def recipient(self) -> str | None:
        from clerk_cli.mail import format_address

        return format_address(self.clerk_name, self.clerk_email) if self.clerk_email else None

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
        return not (self.groups or self.completed or self.awaiting)

    @property
    def actions(self) -> list[ActionView]:
        return (
            [a for g in self.groups for a in (*g.overdue, *g.due_soon)]
            + self.awaiting
            + self.completed
        )

    @property
    def subject(self) -> str:
        parts = [f"{self.overdue_count} overdue", f"{self.due_soon_count} due soon"]
        if self.completed:
            parts.append(f"{len(self.completed)} completed")
        if self.awaiting:
            parts.append(f"{len(self.awaiting)} awaiting agreement")
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


@dataclass
class Outcome:
    """What happened to one digest."""

    digest: OwnerDigest | ClerkDigest
    status: str
    detail: str = ""


@dataclass
class DeliveryReport:
    """Every digest's outcome, and the problem that stopped the run, if any."""

    outcomes: list[Outcome] = field(default_factory=list)
    fatal: str | None = None  # a problem that stopped the run (connection lost...)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status in (FAILED, NOT_TRIED)]

    def raise_for_failures(self) -> None:
        """After the run: one MailError naming every digest that did not go."""
        from clerk_cli.errors import MailError

        failed = [o for o in self.outcomes if o.status == FAILED]
        untried = self.count(NOT_TRIED)
        if not failed and not self.fatal:
            return
        if self.fatal and not (self.count(SENT) or self.count(WRITTEN)):
            raise MailError(f"Nothing sent: {self.fatal}")
        parts = []
        if failed:
            names = ", ".join(f"{o.digest.title} <{o.digest.address or ''}>" for o in failed)
            n = len(failed)
            parts.append(f"{n} digest{'' if n == 1 else 's'} not sent: {names}")
        if self.fatal:
            parts.append(
                f"stopped early: {self.fatal}" + (f" ({untried} not tried)" if untried else "")
            )
        raise MailError(
            "; ".join(parts) + ".", hint="They were not recorded: the next run retries them."
        )


DEFAULT_SUBJECT_PREFIX = "Action log"


def _owner_counts(d: OwnerDigest) -> str:
    parts = []
    if d.overdue:
        parts.append(f"{len(d.overdue)} overdue")
    if d.due_soon:
        parts.append(f"{len(d.due_soon)} due soon")
    if d.stale:
        parts.append(f"{len(d.stale)} with no recent update")
    return ", ".join(parts) or "nothing due"


def _clerk_counts(d: ClerkDigest) -> str:
    parts = [f"{d.overdue_count} overdue", f"{d.due_soon_count} due soon"]
    if d.completed:
        parts.append(f"{len(d.completed)} completed")
    if d.awaiting:
        parts.append(f"{len(d.awaiting)} awaiting agreement")
    return ", ".join(parts)


@dataclass
class DigestEmail:
    """One email of a digest run, to one address.

    kind "owner": one post's digest (a person holding two posts gets two).  kind "clerk":
    one summary for a clerk covering every committee they clerk, with the digests of
    any posts they hold themselves riding in it (one email per clerk address a week).
    The subject holds counts, post names and committee codes only: never an action's
    (maybe confidential) text.
    """

    kind: str
    recipient: str | None
    owners: list[OwnerDigest] = field(default_factory=list)
    clerks: list[ClerkDigest] = field(default_factory=list)
    prefix: str = DEFAULT_SUBJECT_PREFIX
    token: str | None = None  # set when the email is sent: a reply quoting it can be checked

    @property
    def digests(self) -> list[OwnerDigest | ClerkDigest]:
        return [*self.clerks, *self.owners]

    @property
    def address(self) -> str | None:
        """The address it goes to (the recipient's, without the name)."""
        return self.digests[0].address if self.recipient else None

    @property
    def keys(self) -> list[tuple[str, str]]:
        """(kind, subject key) of each digest in the email: what digest_sent records."""
        return [(d.kind, d.subject_key) for d in self.digests]

    @property
    def subject_key(self) -> str:
        return ";".join(f"{k}:{s}" for k, s in self.keys)

    @property
    def title(self) -> str:
        if self.kind == DIGEST_OWNER:
            return self.owners[0].title
        return "clerk of " + ", ".join(c.committee for c in self.clerks)

    @property
    def is_empty(self) -> bool:
        return all(d.is_empty for d in self.digests)

    @property
    def actions(self) -> list[ActionView]:
        return [a for d in self.digests for a in d.actions]

    @property
    def subject(self) -> str:
        if self.kind == DIGEST_OWNER:
            d = self.owners[0]
            text = f"{_owner_counts(d)}: {d.owner}"
        elif len(self.clerks) == 1:
            text = f"{self.clerks[0].committee} summary: {_clerk_counts(self.clerks[0])}"
        else:
            text = "Summary: " + "; ".join(f"{c.committee} {_clerk_counts(c)}" for c in self.clerks)
        if self.kind != DIGEST_OWNER and self.owners:
            text += "; your own actions: " + "; ".join(_owner_counts(d) for d in self.owners)
        ref = f" [ref:{self.token}]" if self.token else ""
        return f"[{self.prefix}] {text}{ref}"


@dataclass
class ReplyOutcome:
    """What one email reply did: each line recorded, and each thing that was not (which
    needs a clerk's attention).  receipt_to: the checked address a receipt may go to."""

    message_id: str
    sender: str | None
    subject: str
    outcome: str  # REPLY_APPLIED, REPLY_ATTENTION, REPLY_IGNORED or REPLY_DUPLICATE
    recorded: list[str] = field(default_factory=list)
    not_recorded: list[str] = field(default_factory=list)
    receipt_to: str | None = None
    receipt: str = ""  # "sent", "not sent: ..." once tried


@dataclass
class PendingReply:
    """A reply that needs a clerk's attention (clerk mail pending)."""

    id: int
    message_id: str
    received_at: datetime
    sender: str | None
    subject: str | None
    detail: str
    reply_text: str | None
