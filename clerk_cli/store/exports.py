"""The SQL of the JSON export and of import-json (the restore), on the DB-API.

Export: rows are read a page at a time (keyset pagination on id), so neither side
ever holds the whole database.  On SQLite each record is turned into its JSON text
by SQLite itself (json_object(), handed over as UTF-8 bytes), which is several times
faster than building a dict per row in Python; PostgreSQL rows come back as tuples
and are encoded by the caller.  Table and column names in
the SQL built here come from clerk_cli.store.columns only; every value is a "?"
parameter.

Restore: bulk inserts (one prepared statement per table and chunk), the tables'
indexes dropped first and built again at the end on SQLite (faster than a row at a
time), sequences moved past the restored ids on PostgreSQL, and the reference
invariants (one number per committee, refs CODE-number, next numbers above every
number) checked in SQL once every row is in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from typing import NamedTuple

from clerk_cli.store.columns import BOOL, DATE, TABLES, TIMESTAMP
from clerk_cli.store.queries import ActionFilter, _from, _where
from clerk_cli.store.sql import Sql, as_utc, placeholders

PAGE = 2000

# ---- reading ---------------------------------------------------------------------


def snapshot(q: Sql) -> None:
    """Make this read transaction one consistent snapshot (PostgreSQL reads at READ
    COMMITTED otherwise: each page could see a different database).  SQLite's read
    transactions are snapshots already."""
    if not q.is_sqlite:
        q.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def row_counts(q: Sql, tables: Sequence[str]) -> dict[str, int]:
    """How many rows each table holds."""
    return {t: q.scalar("SELECT count(*) FROM " + t) for t in tables}


def column_list(table: str, alias: str, *, drop: Sequence[str] = ()) -> str:
    """'alias.col, alias.col, ...' for the table's columns (in order), leaving out drop."""
    return ", ".join(alias + "." + c.name for c in TABLES[table] if c.name not in drop)


class Where(NamedTuple):
    """A condition on a table aliased t, and its parameters: made here, used here (the
    services pass it along without reading it)."""

    sql: str = "1 = 1"
    params: tuple = ()


EVERY = Where()


def actions_where(flt: ActionFilter) -> Where:
    """The actions flt matches, as a condition on action t."""
    cl, params, uses = flt.where()
    if not cl:
        return EVERY
    return Where("t.id IN (SELECT a.id " + _from(uses) + _where(cl) + ")", tuple(params))


def action_rows_where(flt: ActionFilter, columns: Sequence[str]) -> Where:
    """Rows of a table that hangs on actions whose every column in columns names an action
    flt matches (a link: both of its ends)."""
    cl, params, uses = flt.where()
    if not cl:
        return EVERY
    sub = "(SELECT a.id " + _from(uses) + _where(cl) + ")"
    return Where(" AND ".join(f"t.{c} IN {sub}" for c in columns), tuple(params) * len(columns))


def rest_of_audit(*, complete: bool) -> Where:
    """The audit rows that are not an exported action's history."""
    if complete:  # a full backup keeps the history of actions since deleted too
        return Where("(t.entity != 'action' OR t.entity_id NOT IN (SELECT id FROM action))")
    return Where("t.entity != 'action'")


def pages(q: Sql, sql: str, params: Sequence = (), *, n: int = PAGE) -> Iterator[list]:
    """The rows of sql, a page of n at a time, in id order.

    sql selects the id first, from a table aliased t, and ends in a WHERE clause
    (keyset pagination appends 't.id > ?' to it)."""
    last = -(2**63)  # below any id
    while True:
        rows = q.rows(sql + " AND t.id > ? ORDER BY t.id LIMIT ?", [*params, last, n])
        if rows:
            yield rows
        if len(rows) < n:
            return
        last = rows[-1][0]


def children(
    q: Sql, table: str, parent: str, ids: Sequence[int], *, where: str = "", params=()
) -> list:
    """Every row of table whose parent column is one of ids, in id order (the parent's
    value first, then the table's columns)."""
    out = []
    for i in range(0, len(ids), 900):  # SQLite's limit on "?" per statement
        chunk = list(ids[i : i + 900])
        out += q.rows(
            "SELECT t." + parent + ", " + column_list(table, "t") + " FROM " + table + " t "
            "WHERE t."
            + parent
            + " IN ("
            + placeholders(len(chunk))
            + ")"
            + where
            + " ORDER BY t.id",
            [*chunk, *params],
        )
    return out


# ---- records as JSON text, by SQLite ------------------------------------------------
#
# json_object() writes a record in one pass in C; its text is what
# json.dumps(record, ensure_ascii=False, separators=(",", ":")) gives for the record
# as a dict (SQLite escapes strings exactly as the json module does; a test checks
# it).  Dates and timestamps in the form clerk stores are rewritten in SQL; a value in
# any other form goes through one of the two Python functions registered below.

_STAMP = "????-??-?? ??:??:??.??????"  # 'YYYY-MM-DD HH:MM:SS.ffffff', as clerk stores them
_DAY = "????-??-??"


def _iso_timestamp(value):
    """A stored timestamp not in clerk's own text form, as the export writes timestamps."""
    if isinstance(value, str):
        try:
            return as_utc(value).isoformat()
        except (ValueError, OverflowError):
            return value  # not a time at all: kept as found (import-json will refuse it)
    return value


def _iso_date(value):
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return value
    return value


@contextmanager
def text_as_bytes(conn) -> Iterator[None]:
    """SQLite: text comes back as its UTF-8 bytes in this block (the JSON records go to a
    file as they are: decoding them to str and encoding them again is a third of the work)."""
    before = conn.text_factory
    conn.text_factory = bytes
    try:
        yield
    finally:
        conn.text_factory = before


def register_functions(conn) -> None:
    """The two SQL functions the SQLite JSON records call for values in an unusual form."""
    conn.create_function("clerk_iso_timestamp", 1, _iso_timestamp, deterministic=True)
    conn.create_function("clerk_iso_date", 1, _iso_date, deterministic=True)


def _json_value(column, ref: str) -> str:
    """SQL giving one column's value as json_object() should write it."""
    if column.type == TIMESTAMP:
        # As datetime.isoformat() writes the aware UTC value: 'T', no fraction when it
        # is zero, '+00:00'.
        return (
            "CASE WHEN " + ref + " IS NULL THEN NULL WHEN " + ref + " GLOB '" + _STAMP + "' THEN "
            "(CASE WHEN substr("
            + ref
            + ", 21) = '000000' THEN replace(substr("
            + ref
            + ", 1, 19), "
            "' ', 'T') ELSE replace(" + ref + ", ' ', 'T') END) || '+00:00' "
            "ELSE clerk_iso_timestamp(" + ref + ") END"
        )
    if column.type == DATE:
        return (
            "CASE WHEN " + ref + " IS NULL OR " + ref + " GLOB '" + _DAY + "' THEN " + ref + " "
            "ELSE clerk_iso_date(" + ref + ") END"
        )
    if column.type == BOOL:  # json() marks the text as JSON: true, not "true"
        return (
            "json(CASE WHEN "
            + ref
            + " IS NULL THEN 'null' WHEN "
            + ref
            + " THEN 'true' ELSE 'false' END)"
        )
    return ref


def json_record(table: str, alias: str, *, drop: Sequence[str] = (), tail: str = "") -> str:
    """SQL giving a row as the export's JSON object text: '{"id":1,"name":"..."}'.

    tail: SQL of more members (',"notes":[...]'), put before the closing brace."""
    members = ", ".join(
        "'" + c.name + "', " + _json_value(c, alias + "." + c.name)
        for c in TABLES[table]
        if c.name not in drop
    )
    record = "json_object(" + members + ")"
    if not tail:
        return record
    # The record's last member is never an object, so its one closing brace is the last
    # character: cut it, add the tail, close again.
    return "rtrim(" + record + ", '}') || " + tail + " || '}'"


def json_list(table: str, alias: str, where: str, *, drop: Sequence[str] = ()) -> str:
    """SQL giving the JSON list text of the rows of table matching where, in id order."""
    record = json_record(table, alias, drop=drop)
    return (
        "'[' || coalesce((SELECT group_concat(j, ',') FROM (SELECT "
        + record
        + " AS j FROM "
        + table
        + " "
        + alias
        + " WHERE "
        + where
        + " ORDER BY "
        + alias
        + ".id)), '') || ']'"
    )


def json_pages(
    q: Sql, table: str, *, where: Where = EVERY, tail: str = "", with_ids: bool = False
) -> Iterator[list]:
    """The JSON text of the table's rows matching where, a page at a time (with_ids:
    each as (its id, its text))."""
    sql = "SELECT t.id, " + json_record(table, "t", tail=tail) + " FROM " + table + " t"
    for rows in pages(q, sql + " WHERE (" + where.sql + ")", where.params):
        yield [(r[0], r[1]) for r in rows] if with_ids else [r[1] for r in rows]


def ids_where(q: Sql, table: str, where: Where) -> list[int]:
    """The ids of the table's rows matching where."""
    return [
        r[0]
        for r in q.rows("SELECT t.id FROM " + table + " t WHERE (" + where.sql + ")", where.params)
    ]


def has_json(q: Sql, conn) -> bool:
    """Can this SQLite write JSON (3.38 and later always)?  Registers clerk's two helpers on
    conn, the transaction's connection."""
    try:
        q.scalar("SELECT json_quote(1)")
    except Exception:  # an SQLite built without JSON: the caller encodes the records
        return False
    register_functions(conn)
    return True


def owner_json_tail() -> str:
    """The holders of owner t, as the tail of its JSON record."""
    holders = json_list("owner_holder", "h", "h.owner_id = t.id", drop=("owner_id",))
    return "',\"holders\":' || " + holders


def action_json_tail() -> str:
    """The notes and history of action t, as the tail of its JSON record."""
    notes = json_list("note", "n", "n.action_id = t.id", drop=("action_id",))
    history = json_list("audit", "au", "au.entity = 'action' AND au.entity_id = t.id")
    return "',\"notes\":' || " + notes + " || ',\"history\":' || " + history


# ---- records as values (PostgreSQL) ---------------------------------------------------


def _pg_timestamp(value: datetime | None):
    return None if value is None else value.astimezone(UTC).isoformat()


def _pg_date(value: date | None):
    return None if value is None else value.isoformat()


def json_values(table: str, *, drop: Sequence[str] = ()):
    """(column names, a function turning a row of the table's columns into its JSON-ready
    values), for rows read from PostgreSQL (dates and aware timestamps as objects)."""
    kept = [(i, c) for i, c in enumerate(TABLES[table]) if c.name not in drop]
    names = [c.name for _, c in kept]
    convert = {
        TIMESTAMP: _pg_timestamp,
        DATE: _pg_date,
        BOOL: lambda v: None if v is None else bool(v),
    }
    plan = [(i, convert.get(c.type)) for i, c in kept]

    def values(row) -> list:
        return [row[i] if f is None else f(row[i]) for i, f in plan]

    return names, values


def row_pages(q: Sql, table: str, *, where: Where = EVERY) -> Iterator[list]:
    """The table's rows (its columns, in order) matching where, a page at a time."""
    sql = "SELECT " + column_list(table, "t") + " FROM " + table + " t"
    yield from pages(q, sql + " WHERE (" + where.sql + ")", where.params)


def action_history(q: Sql, ids: Sequence[int]) -> list:
    """The audit rows of these actions (the action's id first, then the columns), in id order."""
    return children(q, "audit", "entity_id", ids, where=" AND t.entity = 'action'")


# ---- restore ---------------------------------------------------------------------------


def drop_indexes(q: Sql, tables: Sequence[str]) -> list[str]:
    """SQLite: drop the tables' own indexes (not those of UNIQUE constraints); their CREATE
    statements, for create_indexes.  PostgreSQL: nothing."""
    if not q.is_sqlite:
        return []
    found = q.rows(
        "SELECT name, tbl_name, sql FROM sqlite_master "
        "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
    )
    kept = []
    for name, table, sql in found:
        if table in tables:
            q.execute('DROP INDEX "' + name.replace('"', '""') + '"')
            kept.append(sql)
    return kept


def create_indexes(q: Sql, statements: Sequence[str]) -> None:
    for sql in statements:
        q.execute(sql)


def insert_sql(table: str, names: Sequence[str]) -> str:
    """The INSERT of these columns of table, with "?" placeholders."""
    cols = ", ".join('"' + n + '"' for n in names)
    return "INSERT INTO " + table + " (" + cols + ") VALUES (" + placeholders(len(names)) + ")"


def insert_rows(q: Sql, sql: str, rows: Sequence[Sequence]) -> None:
    """Run an insert_sql for every row (values as the driver takes them)."""
    q.executemany(sql, rows)


def move_sequences(q: Sql, tables: Sequence[str]) -> None:
    """PostgreSQL: each table's id sequence past its highest restored id."""
    if q.is_sqlite:
        return
    for t in tables:
        q.execute(
            "SELECT setval(pg_get_serial_sequence(?, 'id'), COALESCE(MAX(id), 1), "
            "MAX(id) IS NOT NULL) FROM " + t,
            (t,),
        )


def duplicate_numbers(q: Sql, limit: int) -> list[tuple[str, int, int]]:
    """(committee code, number, how many actions share it) where a number is used twice."""
    return q.rows(
        "SELECT c.code, a.number, count(*) FROM action a JOIN committee c ON c.id = a.committee_id "
        "GROUP BY c.code, a.number HAVING count(*) > 1 ORDER BY c.code, a.number LIMIT ?",
        (limit,),
    )


def refs_off_their_number(q: Sql, limit: int) -> list[tuple[int, str, str]]:
    """(action id, its ref, the ref it should have: CODE-number) where they differ."""
    return q.rows(
        "SELECT a.id, a.ref, c.code || '-' || CAST(a.number AS TEXT) FROM action a "
        "JOIN committee c ON c.id = a.committee_id "
        "WHERE a.ref != c.code || '-' || CAST(a.number AS TEXT) ORDER BY a.id LIMIT ?",
        (limit,),
    )


def low_next_numbers(q: Sql) -> list[tuple[int, str, int, int]]:
    """(committee id, code, next_action_number, highest number or 0) where the next number
    is not above every number already used (or is below 1)."""
    return q.rows(
        "SELECT c.id, c.code, c.next_action_number, coalesce(max(a.number), 0) FROM committee c "
        "LEFT JOIN action a ON a.committee_id = c.id "
        "GROUP BY c.id, c.code, c.next_action_number "
        "HAVING c.next_action_number <= coalesce(max(a.number), 0) ORDER BY c.code"
    )


def set_next_number(q: Sql, committee_id: int, number: int) -> None:
    q.execute("UPDATE committee SET next_action_number = ? WHERE id = ?", (number, committee_id))
