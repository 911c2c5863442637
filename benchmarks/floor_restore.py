"""The floor of `clerk import-json`: json.load and executemany, nothing else.

    python benchmarks/floor_restore.py EXPORT.json NEW.db TEMPLATE.db

It creates NEW.db with the schema of TEMPLATE.db (an empty database that clerk has
migrated: its CREATE statements and alembic_version are copied, which takes a few
milliseconds), reads the whole export with ``json.load`` and inserts the records as
json.load returns them (dicts bound to named parameters) with one ``executemany`` per
table and section, in one transaction, on a connection set up as clerk's is (WAL,
synchronous=NORMAL, foreign keys on).  SQLite puts timestamps in their stored form
(naive UTC text) in the INSERT itself; nested holders and notes get their parent's
id.  Nothing is checked.  The database it writes is the one import-json writes
(run.py compares them).  clerk's restore is held to
at most 1.2 x this (issue 18).
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

# JSON section -> table, in foreign-key order; nested lists: (key, table, parent column).
SECTIONS = (
    ("committees", "committee", None),
    ("owners", "owner", ("holders", "owner_holder", "owner_id")),
    ("meetings", "meeting", None),
    ("minutes_imports", "minutes_import", None),
    ("resolutions", "resolution", None),
    ("actions", "action", ("notes", "note", "action_id")),
    ("audit", "audit", None),
    ("digests_sent", "digest_sent", None),
)


def _value(column: str, decl: str) -> str:
    """The SQL that stores the JSON value of column as clerk stores it."""
    p = f":{column}"
    if decl in ("DATETIME", "TIMESTAMP"):
        # '2024-12-03T13:31:33.940624+00:00' (UTC, as exported) -> '2024-12-03 13:31:33.940624'
        return (
            f"CASE WHEN {p} IS NULL THEN NULL WHEN substr({p}, 20, 1) = '.' "
            f"THEN replace(substr({p}, 1, 26), 'T', ' ') "
            f"ELSE replace(substr({p}, 1, 19), 'T', ' ') || '.000000' END"
        )
    return p  # True/False bind as 1/0, dates are stored as the ISO text they are


def insert_sql(con: sqlite3.Connection, table: str, sample: dict) -> str:
    """INSERT with a named parameter per column the records hold (the JSON keys)."""
    cols = [
        (name, (decl or "").upper())
        for _cid, name, decl, *_ in con.execute(f'PRAGMA table_info("{table}")')
        if name in sample
    ]
    names = ", ".join(f'"{c}"' for c, _ in cols)
    values = ", ".join(_value(c, d) for c, d in cols)
    return f"INSERT INTO {table} ({names}) VALUES ({values})"


def restore(export: Path, target: Path, template: Path) -> dict[str, int]:
    src = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
    ddl = [
        sql
        for (sql,) in src.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        )
    ]
    version = src.execute("SELECT version_num FROM alembic_version").fetchall()
    src.close()
    con = sqlite3.connect(target, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = NORMAL")
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("BEGIN")
    for sql in ddl:
        con.execute(sql)
    con.executemany("INSERT INTO alembic_version VALUES (?)", version)
    with open(export, encoding="utf-8") as fh:
        data = json.load(fh)
    counts: dict[str, int] = {}

    def insert(table: str, records: list) -> None:
        if records:
            con.executemany(insert_sql(con, table, records[0]), records)
        counts[table] = counts.get(table, 0) + len(records)

    history: list = []
    for key, table, nested in SECTIONS:
        records = data.get(key) or []
        insert(table, records)
        if nested:
            sub, child, parent = nested
            rows = []
            for rec in records:
                for c in rec.get(sub) or ():
                    c[parent] = rec["id"]
                    rows.append(c)
            insert(child, rows)
        if key == "actions":
            for rec in records:
                history += rec.get("history") or ()
        if key == "audit":
            # An action's history is nested in the action; the rest of the trail is here.
            insert("audit", history)
            history = []
    con.execute("COMMIT")
    con.close()
    return counts


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        sys.stderr.write("usage: floor_restore.py EXPORT.json NEW.db TEMPLATE.db\n")
        return 2
    counts = restore(Path(argv[0]), Path(argv[1]), Path(argv[2]))
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
