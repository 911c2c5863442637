"""What replies by email read and write: who may change an action (its post's current
holder and its committee's clerk), and the record of each message read (mail_reply).
Functions take the connection first and never commit.
"""

from __future__ import annotations

from datetime import datetime

from clerk_cli.records import dataclass
from clerk_cli.store.sql import Sql, as_utc


@dataclass(frozen=True)
class ReplyTarget:
    """An action as a reply may change it, with the addresses allowed to change it."""

    id: int
    ref: str
    committee_id: int
    status: str
    completed_at: datetime | None
    holder: str | None  # the post's current holder's name
    holder_email: str | None
    clerk_email: str | None


def target(q: Sql, ref: str) -> ReplyTarget | None:
    """The action with this (canonical) reference, or None."""
    row = q.first(
        "SELECT a.id, a.ref, a.committee_id, a.status, a.completed_at, h.name, h.email, "
        "c.clerk_email FROM action a JOIN committee c ON c.id = a.committee_id "
        "LEFT JOIN owner_holder h ON h.owner_id = a.owner_id AND h.ended_at IS NULL "
        "WHERE a.ref = ?",
        (ref,),
    )
    if row is None:
        return None
    return ReplyTarget(*row[:4], as_utc(row[4]), *row[5:])


def person_named(q: Sql, email: str) -> str | None:
    """The name clerk knows for an address: a current holder's, else a clerk's."""
    name = q.scalar(
        "SELECT name FROM owner_holder WHERE lower(email) = ? AND ended_at IS NULL "
        "ORDER BY id LIMIT 1",
        (email.lower(),),
    )
    if name is None:
        name = q.scalar(
            "SELECT clerk_name FROM committee WHERE lower(clerk_email) = ? ORDER BY id LIMIT 1",
            (email.lower(),),
        )
    return name


def already_read(q: Sql, message_id: str) -> bool:
    return q.scalar("SELECT 1 FROM mail_reply WHERE message_id = ?", (message_id,)) is not None


def record_reply(
    q: Sql,
    *,
    message_id: str,
    sender: str | None,
    token: str | None,
    subject: str | None,
    outcome: str,
    detail: str,
    reply_text: str | None,
    at: datetime,
) -> int:
    """Remember one message read (its Message-ID is unique: a second insert fails)."""
    return q.insert(
        "mail_reply",
        {
            "message_id": message_id,
            "received_at": at,
            "sender": sender,
            "token": token,
            "subject": subject,
            "outcome": outcome,
            "detail": detail,
            "reply_text": reply_text,
            "resolved_at": None,
        },
    )


def pending(q: Sql, *, limit: int = 200) -> list[tuple]:
    """Messages needing attention, not yet resolved, newest first:
    (id, message_id, received_at, sender, subject, detail, reply_text)."""
    rows = q.rows(
        "SELECT id, message_id, received_at, sender, subject, detail, reply_text "
        "FROM mail_reply WHERE outcome = 'attention' AND resolved_at IS NULL "
        "ORDER BY received_at DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [(r[0], r[1], as_utc(r[2]), *r[3:]) for r in rows]
