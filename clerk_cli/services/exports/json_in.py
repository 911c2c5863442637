"""import-json: restore a JSON export into an EMPTY database, all or nothing.

The file is read as a stream (json_reader) and its records inserted in chunks of
2,000 inside ONE write transaction, so memory stays bounded and an error anywhere
leaves the database as it was.  A file whose sections are not in the order foreign
keys need (or that is not valid JSON, or not a clerk export) is read whole instead,
which also gives the one-line error.

Restored data is checked as typed data is (restore_rows), then, once every row is
in, the reference invariants: one action per number in each committee, every ref
its committee's CODE-number, and each committee's next action number above all its
numbers.  The last one alone is repaired (and said so): it is a counter, and a too
low one would make every later add-action fail.  Every other problem refuses the
file with one line each.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from pathlib import Path
from typing import IO

from clerk_cli.db import Database
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.paths import expand
from clerk_cli.services.exports.json_out import ALL_TABLES, EXPORT_VERSION, SECTIONS, VERSION_KEY
from clerk_cli.services.exports.json_reader import JsonReader, Unstreamable, decoder
from clerk_cli.services.exports.restore_rows import (
    MAX_PROBLEMS,
    Problems,
    RestoreRefused,
    TableRows,
    unencodable,
)
from clerk_cli.store import exports as store
from clerk_cli.store.sql import Sql
from clerk_cli.views.records import RestoreResult

CHUNK = 2000
_SECTION_TABLES = dict(SECTIONS)
_SECTION_ORDER = {key: n for n, (key, _) in enumerate(SECTIONS)}


def import_json_file(db: Database, path: str | Path) -> RestoreResult:
    """Restore an export file into an empty database, in one transaction, reading it as a stream."""
    p = expand(path)
    _check_path(p)

    def work(q: Sql) -> RestoreResult:
        # The file is opened here, so that a retried transaction reads it from the start.
        with open(p, encoding="utf-8-sig", newline="") as fh:
            return _restore_stream(q, db, p, fh)

    try:
        return db.run_sql(work, write=True)
    except Unstreamable:
        pass  # nothing was written: the transaction was rolled back
    except OSError as exc:
        raise InvalidInput(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    return import_json(db, load_export_file(p))


def import_json(db: Database, data: dict) -> RestoreResult:
    """Restore an export (a dict, as json.load gives it) into an empty database, in one transaction."""
    check_export(data)

    def work(q: Sql) -> RestoreResult:
        _refuse_non_empty(q, db)
        restore = _Restore(q)
        for key, _ in SECTIONS:
            restore.section(key, data.get(key, []))
        return restore.finish()

    return db.run_sql(work, write=True)


def load_export_file(path: str | Path) -> dict:
    """Read and check an export file whole; one-line errors for a missing, unreadable or foreign file."""
    p = expand(path)
    _check_path(p)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    try:
        data = decoder().decode(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{p} is not a clerk JSON export (not UTF-8 text).") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{p} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    except ValueError as exc:  # NaN or Infinity, a number of thousands of digits
        raise InvalidInput(f"{p} is not valid JSON ({exc}).") from exc
    except RecursionError as exc:
        raise InvalidInput(
            f"{p} is not a clerk JSON export (its values are nested too deeply)."
        ) from exc
    check_export(data, str(p))
    return data


def check_export(data, where: str = "the file") -> None:
    """One-line errors for data that is not a clerk export of this version."""
    if not isinstance(data, dict) or VERSION_KEY not in data:
        raise InvalidInput(
            f'{where} is not a clerk export (no "{VERSION_KEY}").',
            hint="Make one with: clerk export --format json --include-confidential -o FILE",
        )
    _check_version(data[VERSION_KEY], where)
    for key, _ in SECTIONS:
        if not isinstance(data.get(key, []), list):
            raise InvalidInput(f'{where}: "{key}" should be a list.')


def _check_version(version, where: str) -> None:
    if type(version) is not int or version != EXPORT_VERSION:  # true == 1 in Python
        raise InvalidInput(
            f"{where} is clerk export version {version!r}; this clerk reads version {EXPORT_VERSION}.",
            hint="Use the clerk that wrote it, or a newer clerk.",
        )


def _check_path(p: Path) -> None:
    if not p.exists():
        raise NotFound(f"No file {p}.", hint="Check the path.")
    if p.is_dir():
        raise InvalidInput(f"{p} is a directory, not an export file.")


def _refuse_non_empty(q: Sql, db: Database) -> None:
    held = {k: v for k, v in store.row_counts(q, ALL_TABLES).items() if v}
    if held:
        what = ", ".join(f"{v} {k}" for k, v in held.items())
        raise Conflict(
            f"The database {db.where} is not empty ({what}); import-json restores into an empty "
            "database only.",
            hint="Use a new --db path.",
        )


def _restore_stream(q: Sql, db: Database, p: Path, fh: IO[str]) -> RestoreResult:
    where = str(p)
    r = JsonReader(fh)
    r.expect("{")
    if r.value() != VERSION_KEY:  # the version first, to be checked before anything else
        raise Unstreamable
    r.expect(":")
    _check_version(r.value(), where)
    _refuse_non_empty(q, db)
    restore = _Restore(q)
    done = -1
    while r.take(","):
        key = r.value()
        if not isinstance(key, str):
            raise Unstreamable
        r.expect(":")
        order = _SECTION_ORDER.get(key)
        if order is None:  # a header value, or a key clerk does not know: skipped
            if r.peek() == "[":
                for _ in r.items():
                    pass
            else:
                r.value()
            continue
        if order <= done:  # out of order (foreign keys), or twice (json.load keeps the last)
            raise Unstreamable
        done = order
        if r.peek() != "[":
            raise InvalidInput(f'{where}: "{key}" should be a list.')
        restore.section(key, r.items())
    r.expect("}")
    if r.peek() != "":
        raise Unstreamable
    return restore.finish()


def _children(parents: list, base: int, key: str, parent_key: str | None, section: str):
    """Flatten nested rows (an owner's holders, an action's notes) with their parent's id; and their labels."""
    rows: list = []
    starts: list[int] = []  # where each parent's children begin in rows
    for i, parent in enumerate(parents, base):
        value = parent.get(key, []) if isinstance(parent, dict) else []
        if not isinstance(value, list):
            raise InvalidInput(f"{section}[{i}].{key} should be a list.")
        starts.append(len(rows))
        if parent_key is None:
            rows += value
        else:
            parent_id = parent.get("id")
            rows += [
                {**child, parent_key: parent_id} if isinstance(child, dict) else child
                for child in value
            ]

    def label(n: int) -> str:
        i = bisect_right(starts, n) - 1
        return f"{section}[{base + i}].{key}[{n - starts[i]}]"

    return rows, label


class _Restore:
    """Inserts an export's sections, a chunk of records at a time, in the caller's transaction.

    After the first problem nothing more is written, but the rest of the file is still
    checked, so that one run names every problem (up to MAX_PROBLEMS)."""

    def __init__(self, q: Sql):
        self.q = q
        self.problems = Problems()
        self.tables: dict[str, TableRows] = {}
        self.inserts: dict[str, str] = {}
        self.counts = dict.fromkeys(ALL_TABLES, 0)
        # SQLite builds an index faster at once, after the rows are in, than a row at a
        # time: drop the tables' indexes now and create them again in finish(), all in
        # this one transaction.  UNIQUE constraints' own indexes stay.
        self.indexes = store.drop_indexes(q, ALL_TABLES)

    def section(self, key: str, records) -> None:
        table = _SECTION_TABLES[key]
        base, batch = 0, []
        for record in records:
            batch.append(record)
            if len(batch) == CHUNK:
                self._chunk(key, table, base, batch)
                base, batch = base + len(batch), []
        if batch:
            self._chunk(key, table, base, batch)

    def _chunk(self, key: str, table: str, base: int, batch: list) -> None:
        self._insert(table, batch, lambda n: f"{key}[{base + n}]")
        if key == "owners":
            self._insert("owner_holder", *_children(batch, base, "holders", "owner_id", key))
        elif key == "actions":
            self._insert("note", *_children(batch, base, "notes", "action_id", key))
            self._insert("audit", *_children(batch, base, "history", None, key))

    def _insert(self, table: str, rows: list, label) -> None:
        t = self.tables.get(table)
        if t is None:
            t = self.tables[table] = TableRows(table, sqlite=self.q.is_sqlite)
            self.inserts[table] = store.insert_sql(table, t.names)
        values = t.convert(rows, label, self.problems)
        self.counts[table] += len(rows)
        if self.problems or not values:
            return  # checked, not written: the transaction will be rolled back
        try:
            store.insert_rows(self.q, self.inserts[table], values)
        except UnicodeEncodeError:
            found = unencodable(values, t.names)
            if found is None:
                raise
            n, name = found
            self.problems.add(f"{label(n)}.{name}: the text holds a lone surrogate (not Unicode).")
        except Exception as exc:
            # sqlite3.IntegrityError, psycopg's UniqueViolation, ForeignKeyViolation...: by
            # class name, as clerk_cli.db tells drivers' errors apart.  Not retried.
            if not any(k.__name__ == "IntegrityError" for k in type(exc).__mro__):
                raise
            first = str(exc).strip().splitlines()[0]
            self.problems.add(
                f"{label(0)} to {label(len(rows) - 1)}: {first} (a record refers to one the "
                "file does not hold, or repeats a value that must be unique)."
            )

    def finish(self) -> RestoreResult:
        if self.problems:
            raise RestoreRefused(self.problems.lines)
        repaired = self._check_references()
        store.create_indexes(self.q, self.indexes)
        store.move_sequences(self.q, ALL_TABLES)
        return RestoreResult(dict(self.counts), repaired)

    def _check_references(self) -> list[str]:
        q, problems = self.q, []
        for code, number, count in store.duplicate_numbers(q, MAX_PROBLEMS):
            problems.append(f"actions: {count} actions of {code} have the number {number}.")
        for action_id, ref, due in store.refs_off_their_number(q, MAX_PROBLEMS):
            problems.append(
                f"actions: the action with id {action_id} has the ref {ref!r}; its committee's "
                f"code and its number make {due!r}."
            )
        if problems:
            raise RestoreRefused(problems[:MAX_PROBLEMS])
        repaired = []
        for committee_id, code, wrong, highest in store.low_next_numbers(q):
            store.set_next_number(q, committee_id, highest + 1)
            why = f"not above its highest action number {highest}" if highest else "below 1"
            repaired.append(
                f"{code}'s next action number was {wrong}, {why}: set to {highest + 1}."
            )
        return repaired
