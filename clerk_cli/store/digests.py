"""What the weekly digests read and write besides the actions: the posts and their
current holders, the committees and their clerks, and the record of digests sent
(``digest_sent``: one row per recipient, kind, subject and ISO week).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from clerk_cli.records import dataclass
from clerk_cli.store.sql import Sql, as_utc, placeholders


@dataclass(frozen=True)
class PostRow:
    """A post, with its current holder's name and address (None when vacant)."""

    id: int
    name: str
    holder: str | None
    email: str | None


@dataclass(frozen=True)
class ClerkRow:
    """A committee and the clerk its summary goes to."""

    id: int
    code: str
    name: str
    clerk_name: str | None
    clerk_email: str | None


def _in(column: str, ids: Sequence[int]) -> tuple[str, list]:
    """' AND column IN (...)' (or a condition nothing meets, for no ids)."""
    if not ids:
        return " AND 1 = 0", []
    return f" AND {column} IN ({placeholders(len(ids))})", list(ids)


def posts(q: Sql, *, owner_ids: Sequence[int] | None = None) -> list[PostRow]:
    """Every post (or these), with its current holder, by name in any case."""
    sql = (
        "SELECT o.id, o.name, h.name, h.email FROM owner o "
        "LEFT JOIN owner_holder h ON h.owner_id = o.id AND h.ended_at IS NULL WHERE 1 = 1"
    )
    params: list = []
    if owner_ids is not None:
        cond, params = _in("o.id", owner_ids)
        sql += cond
    return [PostRow(*r) for r in q.rows(sql + " ORDER BY lower(o.name), o.id", params)]


def clerks(q: Sql, *, committee_ids: Sequence[int] | None = None) -> list[ClerkRow]:
    """Every committee (or these) with its clerk, by code."""
    sql = "SELECT id, code, name, clerk_name, clerk_email FROM committee WHERE 1 = 1"
    params: list = []
    if committee_ids is not None:
        cond, params = _in("id", committee_ids)
        sql += cond
    return [ClerkRow(*r) for r in q.rows(sql + " ORDER BY code", params)]


def last_sent(q: Sql, *, kind: str, before_week: str) -> dict[str, datetime]:
    """{subject key: when the latest digest of this kind about it went}, over every
    week but before_week (the run's own week)."""
    rows = q.rows(
        "SELECT subject_key, max(sent_at) FROM digest_sent "
        "WHERE kind = ? AND iso_week != ? GROUP BY subject_key",
        (kind, before_week),
    )
    return {key: as_utc(at) for key, at in rows}


def sent_keys(q: Sql, *, week: str) -> set[tuple[str, str, str]]:
    """(recipient email in lower case, kind, subject key) of each digest recorded for week."""
    rows = q.rows(
        "SELECT recipient, kind, subject_key FROM digest_sent WHERE iso_week = ?", (week,)
    )
    return {(r[0].lower(), r[1], r[2]) for r in rows}


def record_sent(
    q: Sql,
    *,
    recipient: str,
    kind: str,
    subject_key: str,
    week: str,
    message_id: str | None,
    at: datetime,
) -> None:
    """Record one delivered digest; a resend of the same digest updates its record."""
    key = (recipient, kind, subject_key, week)
    changed = q.execute(
        "UPDATE digest_sent SET sent_at = ?, message_id = ? "
        "WHERE recipient = ? AND kind = ? AND subject_key = ? AND iso_week = ?",
        (at, message_id, *key),
    )
    if not changed:
        q.insert(
            "digest_sent",
            {
                "recipient": recipient,
                "kind": kind,
                "subject_key": subject_key,
                "iso_week": week,
                "sent_at": at,
                "message_id": message_id,
            },
        )


# ---- reply tokens --------------------------------------------------------------


@dataclass(frozen=True)
class TokenRow:
    """One digest a token's email held: to whom, which kind, about which post or committee."""

    recipient: str
    kind: str
    owner_id: int | None
    committee_id: int | None
    iso_week: str


def record_token(
    q: Sql,
    *,
    token: str,
    recipient: str,
    week: str,
    owner_ids: Sequence[int],
    committee_codes: Sequence[str],
    at: datetime,
) -> None:
    """Remember the token of a sent email: a row per owner digest and per committee summary."""
    for owner_id in owner_ids:
        q.insert(
            "digest_token",
            {
                "token": token,
                "recipient": recipient,
                "kind": "owner",
                "owner_id": owner_id,
                "committee_id": None,
                "iso_week": week,
                "sent_at": at,
            },
        )
    for code in committee_codes:
        committee_id = q.scalar("SELECT id FROM committee WHERE code = ?", (code,))
        q.insert(
            "digest_token",
            {
                "token": token,
                "recipient": recipient,
                "kind": "clerk",
                "owner_id": None,
                "committee_id": committee_id,
                "iso_week": week,
                "sent_at": at,
            },
        )


def token_rows(q: Sql, token: str) -> list[TokenRow]:
    """What the email carrying this token held (empty for a token clerk never sent)."""
    rows = q.rows(
        "SELECT recipient, kind, owner_id, committee_id, iso_week FROM digest_token "
        "WHERE token = ? ORDER BY id",
        (token,),
    )
    return [TokenRow(*r) for r in rows]


def token_sent_at(q: Sql, token: str) -> datetime | None:
    """When the email carrying this token was sent."""
    return as_utc(q.scalar("SELECT max(sent_at) FROM digest_token WHERE token = ?", (token,)))
