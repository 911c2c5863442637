"""SQLModel tables: the shape of clerk's records.

Owners are *posts* ("Director of Children's Services"), not people: minutes assign
work to posts, and posts change hands.  A post's holders are kept with start and
end times, so handing a post over keeps the history.

Timestamps are timezone-aware UTC (SQLModel's UTCDateTime rejects naive values);
due dates and meeting dates are plain dates.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Index, MetaData, UniqueConstraint, false, text
from sqlmodel import Field, SQLModel

# The stored words live in clerk_cli.rules.status (no SQLModel there); re-exported here.
from clerk_cli.rules.status import (  # noqa: F401
    ACTION_STATUSES,
    CLOSED_STATUSES,
    MEETING_STATUSES,
    OPEN_STATUSES,
    utcnow,
)

# Named constraints let Alembic's batch mode alter them later on SQLite.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata

# ---- committees and meetings -------------------------------------------------


class Committee(SQLModel, table=True):
    """A committee, board or other body whose meetings are minuted."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    code: str = Field(unique=True)  # short upper-case code, prefix of action refs
    clerk_name: str | None = None
    clerk_email: str | None = None
    # The number the next action of this committee will get (CODE-<n>).
    next_action_number: int = Field(default=1, sa_column_kwargs={"server_default": text("1")})
    created_at: datetime = Field(default_factory=utcnow)
    # The committee agrees what is closed: an owner's "done" only proposes completion.
    closure_needs_agreement: bool = Field(
        default=False, sa_column_kwargs={"server_default": false()}
    )


class Meeting(SQLModel, table=True):
    """One meeting of a committee, referred to as CODE/YYYY-MM-DD."""

    __table_args__ = (
        CheckConstraint("status IN ('scheduled', 'held', 'cancelled')", name="status"),
        Index("ix_meeting_committee_date", "committee_id", "date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    committee_id: int = Field(foreign_key="committee.id")
    date: date
    time: str | None = None  # "HH:MM", local time as minuted
    title: str | None = None
    status: str = Field(default="scheduled")
    created_at: datetime = Field(default_factory=utcnow)


class Resolution(SQLModel, table=True):
    """A decision as minuted, with the minute reference ("7.15(3)", "24/031")."""

    __table_args__ = (UniqueConstraint("meeting_id", "ref", name="uq_resolution_meeting_ref"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id")
    ref: str
    text: str
    created_at: datetime = Field(default_factory=utcnow)
    import_id: int | None = Field(default=None, foreign_key="minutes_import.id")


# ---- owners (posts) and their holders ---------------------------------------


class Owner(SQLModel, table=True):
    """A post that actions are assigned to; a person can be a post named after them."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: datetime = Field(default_factory=utcnow)


class OwnerHolder(SQLModel, table=True):
    """Who held a post, and when.  The current holder has no ended_at."""

    __tablename__ = "owner_holder"
    __table_args__ = (
        Index("ix_owner_holder_owner", "owner_id", "ended_at"),
        # At most one current holder per post.  Only the SQLite condition is named
        # here: naming PostgreSQL's would import its dialect on every start (75 ms).
        # The migration creates the index with the condition on both databases.
        Index(
            "uq_owner_holder_current",
            "owner_id",
            unique=True,
            sqlite_where=text("ended_at IS NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    owner_id: int = Field(foreign_key="owner.id")
    name: str
    email: str | None = None
    started_at: datetime = Field(default_factory=utcnow)
    ended_at: datetime | None = None


# ---- actions, notes and the audit trail --------------------------------------


class Action(SQLModel, table=True):
    """Something a meeting asked someone to do."""

    __table_args__ = (
        CheckConstraint("status IN ('open', 'in_progress', 'done', 'dropped')", name="status"),
        # committee_id too: an overdue report's page (by committee, then due date) is
        # chosen from the index alone, without reading each matching row.
        Index("ix_action_status_due", "status", "due_date", "committee_id"),
        Index("ix_action_owner_status", "owner_id", "status", "due_date"),
        Index("ix_action_committee_status", "committee_id", "status", "due_date"),
        Index("ix_action_meeting", "meeting_id"),
        Index("ix_action_completed", "completed_at"),
        # Closed in a period, per committee (digest "completed since", action log).
        Index("ix_action_committee_completed", "committee_id", "status", "completed_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True)  # CODE-<number>, stable forever
    number: int
    committee_id: int = Field(foreign_key="committee.id")
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    resolution_id: int | None = Field(default=None, foreign_key="resolution.id")
    owner_id: int | None = Field(default=None, foreign_key="owner.id")
    text: str
    status: str = Field(default="open")
    due_date: date | None = None
    # The rule the due date follows ("next_meeting"), re-resolved when meetings change.
    due_rule: str | None = None
    # The words the due date was given in ("next meeting", "by November", "once complete").
    due_text: str | None = None
    original_due_date: date | None = None
    slip_count: int = Field(default=0, sa_column_kwargs={"server_default": text("0")})
    confidential: bool = Field(default=False, sa_column_kwargs={"server_default": false()})
    source: str | None = None  # where it came from, e.g. "minutes.docx line 41"
    import_id: int | None = Field(default=None, foreign_key="minutes_import.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    completed_at: datetime | None = None
    # The minute it was minuted under ("7.4"), for any action (not only a resolution's).
    minute_ref: str | None = None
    # Imported actions: the full sentence of the minutes and its lines, kept as evidence.
    evidence: str | None = None
    # How a closed action ended, finer than its status: done, dropped, not_feasible,
    # superseded, deferred, duplicate (rules.status has the words).  None while open.
    outcome: str | None = None
    # Closed by the committee's agreement: the meeting that agreed and its minute.
    # (no foreign key: adding one would rebuild the action table on SQLite)
    closed_meeting_id: int | None = None
    closed_minute: str | None = None


class Note(SQLModel, table=True):
    """A progress note on an action."""

    __table_args__ = (Index("ix_note_action", "action_id", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id")
    text: str
    author: str
    created_at: datetime = Field(default_factory=utcnow)


class Audit(SQLModel, table=True):
    """One changed field of one record: who, when, old and new value."""

    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id", "id"),
        Index("ix_audit_committee_at", "committee_id", "at"),
        # "What changed since a moment" (--as-of replays changes made after it).
        Index("ix_audit_entity_at", "entity", "at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(default_factory=utcnow)
    by: str
    entity: str  # action, meeting, resolution, owner, committee
    entity_id: int
    label: str  # human reference: CSSC-12, CSSC/2022-06-14, the post's name...
    committee_id: int | None = None
    field: str  # a column name, or "created" / "deleted"
    old: str | None = None
    new: str | None = None
    # When the change took effect, if earlier than when it was recorded (done --on DATE
    # for an update received by phone last week).  --as-of counts a change from here.
    effective_at: datetime | None = None


# ---- imports and digests -----------------------------------------------------


class MinutesImport(SQLModel, table=True):
    """A minutes file that has been imported (by content hash), so re-imports are caught."""

    __tablename__ = "minutes_import"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(unique=True)
    filename: str
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    imported_at: datetime = Field(default_factory=utcnow)
    by: str
    resolutions: int = 0
    actions: int = 0


class DigestSent(SQLModel, table=True):
    """A digest delivered to a recipient for an ISO week (recorded only once sent)."""

    __tablename__ = "digest_sent"
    __table_args__ = (
        UniqueConstraint("recipient", "kind", "subject_key", "iso_week", name="uq_digest_sent_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    recipient: str  # email address
    kind: str  # "owner" or "clerk"
    subject_key: str  # owner id or committee code the digest was about
    iso_week: str  # e.g. 2026-W48
    sent_at: datetime = Field(default_factory=utcnow)
    message_id: str | None = None


# ---- replies by email (clerk mail ingest / fetch) ------------------------------


class DigestToken(SQLModel, table=True):
    """The token a sent digest email carried, one row per digest the email held: a reply
    quoting the token answers that email (to that recipient, about that post or committee)."""

    __tablename__ = "digest_token"
    __table_args__ = (Index("ix_digest_token_token", "token"),)

    id: int | None = Field(default=None, primary_key=True)
    token: str
    recipient: str  # email address, lower case
    kind: str  # "owner" or "clerk"
    owner_id: int | None = None  # the post of an owner digest (no foreign key: posts may go)
    committee_id: int | None = None  # the committee of a clerk summary
    iso_week: str
    sent_at: datetime = Field(default_factory=utcnow)


class MailReply(SQLModel, table=True):
    """An email clerk read as a reply to a digest: each Message-ID once.  outcome is
    "applied" (every line recorded) or "attention" (something was not: see detail)."""

    __tablename__ = "mail_reply"

    id: int | None = Field(default=None, primary_key=True)
    message_id: str = Field(unique=True)
    received_at: datetime = Field(default_factory=utcnow)
    sender: str | None = None
    token: str | None = None
    subject: str | None = None
    outcome: str
    detail: str  # one line per thing recorded or not
    reply_text: str | None = None  # the reply's own lines (quoted digest left out)
    resolved_at: datetime | None = None


# ---- an action's life: proposals to close, links between actions -------------


class ClosureProposal(SQLModel, table=True):
    """An owner's (or the clerk's) proposal that an action be closed, for a committee
    that agrees its closures.  Kept when decided (decision, decided_at), so what stood
    on a past day can be shown."""

    __tablename__ = "closure_proposal"
    __table_args__ = (
        Index("ix_closure_proposal_action", "action_id", "id"),
        CheckConstraint(
            "decision IS NULL OR decision IN ('agreed', 'withdrawn', 'rejected')",
            name="decision",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id")
    outcome: str  # the proposed outcome: done, not_feasible, superseded, deferred
    reason: str | None = None
    proposed_at: datetime = Field(default_factory=utcnow)
    proposed_by: str
    message_id: str | None = None  # the email it came in, when it did
    decision: str | None = None
    decided_at: datetime | None = None
    meeting_id: int | None = Field(default=None, foreign_key="meeting.id")
    minute_ref: str | None = None


class ActionLink(SQLModel, table=True):
    """One action's tie to another: action_id is a duplicate of / supersedes / was
    referred to other_id."""

    __tablename__ = "action_link"
    __table_args__ = (
        CheckConstraint("kind IN ('duplicate_of', 'supersedes', 'referred_to')", name="kind"),
        UniqueConstraint("action_id", "other_id", "kind", name="uq_action_link_pair"),
        Index("ix_action_link_other", "other_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    action_id: int = Field(foreign_key="action.id")
    other_id: int = Field(foreign_key="action.id")
    kind: str
    created_at: datetime = Field(default_factory=utcnow)
    created_by: str
