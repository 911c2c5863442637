"""What a calendar feed reads: the meetings, and the id that makes its UIDs unique."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from clerk_cli.store.sql import Sql
from clerk_cli.views.papers import CalendarMeeting


def calendar_id(q: Sql) -> str:
    """A stable id for this database, put in every calendar UID so that two councils'
    CSSC-2 never collide in one calendar.

    Derived from the first committee ever added (its name, code and creation time, to
    the second, in UTC): the same for every export of this database, on SQLite or
    PostgreSQL and after an import-json restore, and different between databases.  A
    random id stored once in the database would be better still (it needs a column or
    table and a migration); this function is the one place to change then.
    """
    rows = q.rows("SELECT name, code, created_at FROM committee ORDER BY id LIMIT 1")
    if not rows:
        return "0" * 12
    name, code, created = rows[0]
    stamp = re.sub(r"\D", "", str(created))[:14]
    return hashlib.sha256(f"{name}\x1f{code}\x1f{stamp}".encode()).hexdigest()[:12]


def meetings(q: Sql, *, committee_ids: list[int] | None = None) -> list[CalendarMeeting]:
    """Every meeting (of these committees), in date order."""
    sql = (
        "SELECT m.id, c.code, c.name, m.date, m.time, m.title, m.status "
        "FROM meeting m JOIN committee c ON c.id = m.committee_id"
    )
    params: list = []
    if committee_ids is not None:
        if not committee_ids:
            return []
        sql += f" WHERE m.committee_id IN ({', '.join('?' for _ in committee_ids)})"
        params.extend(committee_ids)
    sql += " ORDER BY m.date, c.code, m.id"
    return [
        CalendarMeeting(
            id=r[0],
            committee=r[1],
            committee_name=r[2],
            date=r[3] if isinstance(r[3], date) else date.fromisoformat(str(r[3])[:10]),
            time=r[4],
            title=r[5],
            status=r[6],
        )
        for r in q.rows(sql, params)
    ]
