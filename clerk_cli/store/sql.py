"""Plain SQL on the DB-API connection, the same on SQLite and PostgreSQL: the one way
clerk reaches its data (as in sqlite-utils and llm).

Every command runs in a transaction that ``Database.transaction`` opens on the
standard library's ``sqlite3`` or on psycopg 3, and hands its store functions this
small wrapper.  Importing SQLAlchemy and building the SQLModel classes would cost more
than the whole of an everyday command, so they are used only to migrate the schema.

SQL is written with ``?`` placeholders (psycopg's ``%s`` on PostgreSQL).  Values are
stored exactly as SQLAlchemy and SQLModel store them, so migrations and the store agree:
on SQLite, dates as 'YYYY-MM-DD', timestamps as naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff'
and booleans as 0/1; on PostgreSQL the driver's own types.  Rows come back as tuples;
``as_date`` and ``as_utc`` turn what SQLite returns into dates and aware datetimes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any


def _sqlite_value(value: Any) -> Any:
    kind = type(value)
    if kind is datetime:
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.isoformat(" ", "microseconds")
    if kind is date:
        return value.isoformat()
    if kind is bool:
        return int(value)
    return value


def _pg_value(value: Any) -> Any:
    # SQLModel's UTCDateTime binds aware values converted to UTC: do the same.
    if type(value) is datetime and value.tzinfo is not None:
        return value.astimezone(UTC)
    return value


def adapt(dialect: str, params: Iterable) -> tuple:
    """Parameters as the driver of this dialect should receive them."""
    if dialect == "sqlite":
        return tuple(_sqlite_value(v) for v in params)
    return tuple(_pg_value(v) for v in params)


def as_date(value: Any) -> date | None:
    """A DATE column's value as a date (SQLite returns text)."""
    if value is None or type(value) is date:
        return value
    if isinstance(value, datetime):
        return value.date()
    return date.fromisoformat(value)


def as_utc(value: Any) -> datetime | None:
    """A timestamp column's value as an aware UTC datetime (SQLite returns naive text)."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def placeholders(n: int) -> str:
    """'?, ?, ?' for n values (n >= 1)."""
    return ", ".join("?" * n)


# The last guard for text no use case checked (rules.text checks what people type):
# PostgreSQL cannot store NUL in text, and no database can store a lone surrogate (what
# Python makes of bytes that are not UTF-8).  Either is one line, never a traceback.
# (executemany, the bulk insert of a restore, is left to its caller, which names the
# record that holds such text.)


def refuse_nul(values: Iterable) -> None:
    """InvalidInput if a text value holds NUL (PostgreSQL refuses it in text)."""
    for v in values:
        if type(v) is str and "\x00" in v:
            from clerk_cli.errors import InvalidInput

            raise InvalidInput(
                f"A value to be stored holds a NUL character (U+0000) at character {v.index(chr(0)) + 1}, "
                "which the database cannot store; nothing was changed.",
                hint="Take it out of the text and try again.",
            )


def not_text(exc: UnicodeEncodeError):
    """The one-line error for text the driver could not encode (a lone surrogate)."""
    from clerk_cli.errors import InvalidInput

    return InvalidInput(
        f"A value to be stored holds something that is not text (U+{ord(exc.object[exc.start]):04X} "
        f"at character {exc.start + 1}); nothing was changed.",
        hint="Type it again, or save the text as UTF-8 (it came in another encoding).",
    )


class Sql:
    """A connection that runs ``?``-style SQL and returns tuples."""

    __slots__ = ("dialect", "_conn", "now")

    def __init__(self, conn, *, dialect: str = "sqlite"):
        self._conn = conn
        self.dialect = dialect
        # The transaction's one "now": every audit row it writes carries it, so the rows
        # of one change (one command) can be found together (clerk undo).
        self.now = datetime.now(UTC)

    @property
    def is_sqlite(self) -> bool:
        return self.dialect == "sqlite"

    def _run(self, sql: str, params: Iterable):
        values = adapt(self.dialect, params)
        if not self.is_sqlite:
            refuse_nul(values)
            sql = sql.replace("?", "%s")
        try:
            return self._conn.execute(sql, values)
        except UnicodeEncodeError as exc:
            raise not_text(exc) from None

    def rows(self, sql: str, params: Sequence = ()) -> list:
        """Every row, each a tuple (or a tuple-like SQLAlchemy Row)."""
        return self._run(sql, params).fetchall()

    def first(self, sql: str, params: Sequence = ()) -> tuple | None:
        row = self._run(sql, params).fetchone()
        return tuple(row) if row is not None else None

    def scalar(self, sql: str, params: Sequence = ()) -> Any:
        row = self._run(sql, params).fetchone()
        return row[0] if row is not None else None

    def execute(self, sql: str, params: Sequence = ()) -> int:
        """Run a statement; the number of rows it changed."""
        return self._run(sql, params).rowcount

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row; its new id."""
        cols = ", ".join(f'"{c}"' for c in values)
        sql = f"INSERT INTO {table} ({cols}) VALUES ({placeholders(len(values))})"
        if self.is_sqlite:
            return self._run(sql, values.values()).lastrowid
        return self._run(sql + " RETURNING id", values.values()).fetchone()[0]

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        """Run one statement for every row of parameters (a bulk insert), in one call.

        The values go to the driver as they are, for speed: on SQLite give dates,
        timestamps and booleans in their stored form (see the module's docstring:
        'YYYY-MM-DD', naive UTC 'YYYY-MM-DD HH:MM:SS.ffffff'); on PostgreSQL give
        Python dates and aware datetimes.
        """
        if not rows:
            return
        if not self.is_sqlite:
            sql = sql.replace("?", "%s")
        self._conn.cursor().executemany(sql, rows)
