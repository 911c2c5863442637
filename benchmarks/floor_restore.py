"""The floor of `clerk import-json`: json.load and executemany, nothing else.

    python benchmarks/floor_restore.py EXPORT.json NEW.db TEMPLATE.db

It creates NEW.db with the schema of TEMPLATE.db (an empty database that clerk has
migrated: its CREATE statements and alembic_version are copied, which takes a few
milliseconds), reads the whole export with ``json.load`` and inserts every record
with one ``executemany`` per table and section in one transaction, on a connection
set up as clerk's is (WAL, synchronous=NORMAL, foreign keys on).  Values are put in
their stored form (timestamps as naive UTC text, booleans as 0/1) with the least
work that gives the same database; nothing is checked.  clerk's restore is held to
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


def _ts(v):
    """'2024-12-03T13:31:33.940624+00:00' -> '2024-12-03 13:31:33.940624' (as stored)."""
    if v is None:
        return None
    if v.endswith("+00:00"):
        v = v[:-6]
    v = v.replace("T", " ", 1)
    return v if len(v) > 19 else v + ".000000"


def _converters(con: sqlite3.Connection, table: str):
    """[(column, converter or None)] in the table's order."""
    out = []
    for _cid, name, decl, *_ in con.execute(f'PRAGMA table_info("{table}")'):
        decl = (decl or "").upper()
        conv = _ts if decl in ("DATETIME", "TIMESTAMP") else (int if decl == "BOOLEAN" else None)
        out.append((name, conv))
    return out


def _rows(records, columns, extra: dict | None = None):
    rows = []
    for rec in records:
        if extra:
            rec = {**rec, **extra}
        row = []
        for name, conv in columns:
            v = rec.get(name)
            row.append(conv(v) if conv is not None and v is not None else v)
        rows.append(row)
    return rows


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
    audit_cols = _converters(con, "audit")
    history: list = []
    for key, table, nested in SECTIONS:
        records = data.get(key) or []
        cols = _converters(con, table)
        names = ", ".join(f'"{c}"' for c, _ in cols)
        marks = ", ".join("?" * len(cols))
        con.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", _rows(records, cols))
        counts[table] = counts.get(table, 0) + len(records)
        if nested:
            sub, child, parent = nested
            ccols = _converters(con, child)
            cnames = ", ".join(f'"{c}"' for c, _ in ccols)
            cmarks = ", ".join("?" * len(ccols))
            rows = []
            for rec in records:
                rows += _rows(rec.get(sub) or (), ccols, {parent: rec["id"]})
            con.executemany(f"INSERT INTO {child} ({cnames}) VALUES ({cmarks})", rows)
            counts[child] = counts.get(child, 0) + len(rows)
        if key == "actions":
            for rec in records:
                history += rec.get("history") or ()
        if key == "audit":
            # An action's history is nested in the action; the rest of the trail here.
            anames = ", ".join(f'"{c}"' for c, _ in audit_cols)
            amarks = ", ".join("?" * len(audit_cols))
            con.executemany(
                f"INSERT INTO audit ({anames}) VALUES ({amarks})", _rows(history, audit_cols)
            )
            counts["audit"] += len(history)
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
