"""Exports (JSON, CSV, ICS) and the JSON restore, plus writing documents privately.

JSON is the complete, versioned picture ("clerk_export_version": 1): committees,
meetings, resolutions, owners with their holders, actions with their notes and
audit history, the rest of the audit trail, minutes imports and digests sent.
Every row keeps its id and timestamps, so export -> import-json -> export gives
the same file.  import-json restores into an EMPTY database only, in one
transaction, with bulk (executemany) inserts.

Confidential actions are left out of every export unless include_confidential.
"""

from __future__ import annotations

import io
import json
import os
import re
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from types import NoneType
from typing import IO

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Index,
    Integer,
    String,
    func,
    insert,
    select,
    text,
    type_coerce,
)
from sqlalchemy.schema import DropIndex
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Session

from clerk_cli.db import HEAD_REVISION, Database
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.paths import expand
from clerk_cli.schema import (
    ACTION_STATUSES,
    OPEN_STATUSES,
    Action,
    Audit,
    Committee,
    DigestSent,
    Meeting,
    MinutesImport,
    Note,
    Owner,
    OwnerHolder,
    Resolution,
)
from clerk_cli.services.common import find_committee, find_meeting, find_owner
from clerk_cli.store.queries import ActionFilter, fetch_actions
from clerk_cli.views import ActionView

A = Action.__table__

EXPORT_VERSION = 1
VERSION_KEY = "clerk_export_version"

# JSON section -> table, in an order that satisfies every foreign key on import.
SECTIONS = (
    ("committees", Committee.__table__),
    ("owners", Owner.__table__),
    ("meetings", Meeting.__table__),
    ("minutes_imports", MinutesImport.__table__),
    ("resolutions", Resolution.__table__),
    ("actions", Action.__table__),
    ("audit", Audit.__table__),
    ("digests_sent", DigestSent.__table__),
)
HOLDERS = OwnerHolder.__table__
OWNERS = Owner.__table__
NOTES = Note.__table__
AUDIT = Audit.__table__
ALL_TABLES = [t for _, t in SECTIONS] + [HOLDERS, NOTES]


# ---- writing files ----------------------------------------------------------------


@contextmanager
def open_private_file(path: str | Path) -> Iterator[tuple[Path, IO[str]]]:
    """Write a UTF-8 text file atomically (a temporary file renamed over it), readable by its owner only.

    Yields (path, text stream).  The file appears only if the block ends without an
    error; otherwise the temporary file is removed and the target is left as it was.
    Raises InvalidInput with one line when it cannot write.
    """
    target = expand(path)
    if target.is_dir():
        raise InvalidInput(
            f"{target} is a directory.", hint="Give a file name, e.g. -o action-log.docx."
        )
    parent = target.parent
    if not parent.is_dir():
        raise InvalidInput(
            f"Cannot write {target}: the directory {parent} does not exist.",
            hint="Create it first, or choose another -o path.",
        )
    if target.exists() and not target.is_file():
        # A device or pipe (/dev/null, /dev/stdout, a FIFO): write into it.  Renaming a
        # file over it would replace the device itself (as root, for the whole machine).
        try:
            with open(target, "w", encoding="utf-8", newline="") as fh:
                yield target, fh
        except OSError as exc:
            raise InvalidInput(
                f"Cannot write {target}: {exc.strerror or exc}.",
                hint="Choose a path you can write to.",
            ) from exc
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidInput(
            f"Cannot write {target}: {exc.strerror or exc}.",
            hint="Choose a directory you can write to.",
        ) from exc
    try:
        try:
            with open(fd, "w", encoding="utf-8", newline="", buffering=1 << 20) as fh:
                yield target, fh
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, target)
        except OSError as exc:
            raise InvalidInput(
                f"Cannot write {target}: {exc.strerror or exc}.",
                hint="Choose a path you can write to.",
            ) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_private_file(path: str | Path, data: str | bytes) -> Path:
    """Write data to path atomically (a temporary file renamed over it), readable by its owner only.

    Text is written as UTF-8.  Raises InvalidInput with one line when it cannot.
    """
    with open_private_file(path) as (target, fh):
        if isinstance(data, bytes):
            fh.flush()
            fh.buffer.write(data)
        else:
            fh.write(data)
    return target


# ---- which actions ------------------------------------------------------------------


@dataclass
class ExportFilter:
    """The filters of `clerk list`, by name (looked up inside the transaction)."""

    statuses: tuple[str, ...] | None = None  # None: every status
    committees: tuple[str, ...] | None = None
    owners: tuple[str, ...] | None = None
    meeting: str | None = None
    due_from: date | None = None
    due_to: date | None = None
    search: str | None = None
    include_confidential: bool = False

    @property
    def complete(self) -> bool:
        """No filter at all: the export is a full backup."""
        return self.include_confidential and not any(
            (
                self.statuses,
                self.committees,
                self.owners,
                self.meeting,
                self.due_from,
                self.due_to,
                self.search,
            )
        )

    def describe(self) -> dict:
        return {
            "statuses": list(self.statuses) if self.statuses else None,
            "committees": list(self.committees) if self.committees else None,
            "owners": list(self.owners) if self.owners else None,
            "meeting": self.meeting,
            "due_from": self.due_from.isoformat() if self.due_from else None,
            "due_to": self.due_to.isoformat() if self.due_to else None,
            "search": self.search,
            "include_confidential": self.include_confidential,
        }

    def resolve(self, s: Session, *, statuses=None) -> ActionFilter:
        chosen = statuses if statuses is not None else self.statuses
        if chosen:
            bad = [x for x in chosen if x not in ACTION_STATUSES]
            if bad:
                raise InvalidInput(
                    f"'{bad[0]}' is not a status.",
                    hint=f"Use one of: {', '.join(ACTION_STATUSES)}.",
                )
        return ActionFilter(
            statuses=tuple(chosen) if chosen else None,
            committee_ids=[find_committee(s, c).id for c in self.committees]
            if self.committees
            else None,
            owner_ids=[find_owner(s, o).id for o in self.owners] if self.owners else None,
            meeting_id=find_meeting(s, self.meeting).id if self.meeting else None,
            due_from=self.due_from,
            due_on_or_before=self.due_to,
            include_confidential=self.include_confidential,
            text_contains=self.search,
        )


# ---- JSON: values ----------------------------------------------------------------------


def _encode(value):
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _iso_timestamp(v, slow):
    # SQLite holds clerk's timestamps as "YYYY-MM-DD HH:MM:SS.ffffff" (UTC): what
    # SQLAlchemy would read, made timezone-aware and isoformat() give, by cutting.
    if type(v) is str and len(v) == 26 and v[10] == " " and v[19] == ".":
        if v.endswith("000000"):
            return f"{v[:10]}T{v[11:19]}+00:00"
        return f"{v[:10]}T{v[11:]}+00:00"
    return slow(v)


def _iso_date(v, slow):
    if type(v) is str and len(v) == 10 and v[4] == "-" and v[7] == "-":
        return v
    return slow(v)


def _reader(table, dialect, *, drop: tuple[str, ...] = ()):
    """(the columns to select, a function turning such a row into the export's dict).

    On SQLite, dates and timestamps are read as their stored text and turned into
    the export's text directly (when in clerk's own format; through SQLAlchemy's
    conversion otherwise).
    """
    columns, spec = [], []
    for i, c in enumerate(table.columns):
        t, column, enc = _base_type(c), c, None
        if isinstance(t, Date | DateTime):
            enc = _encode
            if dialect.name == "sqlite":
                proc = c.type.dialect_impl(dialect).result_processor(dialect, None)

                def slow(v, proc=proc):
                    return _encode(proc(v) if proc else v)

                fast = _iso_timestamp if isinstance(t, DateTime) else _iso_date
                if all(fast(x, None) == slow(x) for x in _STORED_SAMPLES[fast]):
                    enc = partial(fast, slow=slow)
                    column = type_coerce(c, String).label(c.name)
        columns.append(column)
        if c.name not in drop:
            spec.append((i, c.name, enc))

    names = [name for _, name, _ in spec]
    get = itemgetter(*(i for i, _, _ in spec))
    dated = [(name, i, enc) for i, name, enc in spec if enc is not None]

    def encode(row) -> dict:
        out = dict(zip(names, get(row), strict=True))
        for name, i, enc in dated:
            if (v := row[i]) is not None:
                out[name] = enc(v)
        return out

    return columns, encode


_STORED_SAMPLES = {
    _iso_timestamp: ("2022-06-14 10:00:00.000000", "0999-01-02 03:04:05.000006"),
    _iso_date: ("2022-06-14", "0999-01-02"),
}


def _base_type(column):
    t = column.type
    if isinstance(t, TypeDecorator):  # SQLModel's UTCDateTime wraps DateTime
        t = t.impl if isinstance(t.impl, TypeEngine) else t.impl()
    return t


def _decoder(column):
    """A function turning a JSON value back into the column's Python value (or raising ValueError)."""
    t = _base_type(column)
    if isinstance(t, DateTime):

        def dt(v):
            if not isinstance(v, str):
                raise ValueError("expected a date and time")
            d = datetime.fromisoformat(v)
            return d if d.tzinfo else d.replace(tzinfo=UTC)

        return dt
    if isinstance(t, Date):

        def d(v):
            if not isinstance(v, str):
                raise ValueError("expected a date")
            return date.fromisoformat(v)

        return d
    if isinstance(t, Boolean):

        def b(v):
            if not isinstance(v, bool):
                raise ValueError("expected true or false")
            return v

        return b
    if isinstance(t, Integer):

        def i(v):
            if type(v) is not int:
                raise ValueError("expected a whole number")
            return v

        return i

    def s(v):
        if type(v) is not str:
            raise ValueError("expected text")
        return v

    return s


def _sqlite_datetime(v):
    """What decoding a timestamp and binding it for SQLite gives, without the detour (see _converter)."""
    if (
        type(v) is str
        and len(v) == 32
        and v[10] == "T"
        and v[19] == "."
        and v[5] != "W"
        and v.endswith("+00:00")
    ):  # YYYY-MM-DDTHH:MM:SS.ffffff+00:00, as clerk writes them: only checked, then cut
        datetime.fromisoformat(v)
        return f"{v[:10]} {v[11:26]}"
    if not isinstance(v, str):
        raise ValueError("expected a date and time")
    d = datetime.fromisoformat(v)
    if d.tzinfo is not None:
        if d.utcoffset():
            d = d.astimezone(UTC)
        text = d.isoformat(" ")[:-6]  # drop "+00:00"
    else:
        text = d.isoformat(" ")
    return text if len(text) > 19 else text + ".000000"


_CLERK_TIMESTAMPS = re.compile(r"(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00\n)*")


def _cut_timestamps(values: list) -> list | None:
    """_sqlite_datetime of a whole column, if every value is a timestamp as clerk writes them.

    One regular expression over the column, datetime.fromisoformat on each value
    (a real day and time?), then cutting; None when some value is another case.
    """
    present = [v for v in values if v is not None]
    if set(map(type, present)) - {str}:
        return None
    if not _CLERK_TIMESTAMPS.fullmatch("\n".join(present) + "\n" if present else ""):
        return None
    try:
        all(map(datetime.fromisoformat, present))
    except ValueError:
        return None
    return [None if v is None else f"{v[:10]} {v[11:26]}" for v in values]


_ISO_DATES = re.compile(r"(?:\d{4}-\d\d-\d\d\n)*")


def _iso_dates(values: list) -> bool:
    """Is every value None or a real date written YYYY-MM-DD?"""
    present = [v for v in values if v is not None]
    if set(map(type, present)) - {str}:
        return False
    if not _ISO_DATES.fullmatch("\n".join(present) + "\n" if present else ""):
        return False
    try:
        all(map(date.fromisoformat, present))
    except ValueError:
        return False
    return True


def _converter(column, dialect):
    """decode, then the column type's bind processor for this dialect (as SQLAlchemy itself would)."""
    decode = _decoder(column)
    proc = column.type.dialect_impl(dialect).bind_processor(dialect)
    if proc is None:
        return decode
    if dialect.name == "sqlite" and isinstance(_base_type(column), DateTime):
        # The generic path spends most of an import's time on timestamps; use the
        # shortcut when it gives the same text as SQLAlchemy for this column.
        samples = (
            "2022-06-14T10:00:00.123456+00:00",
            "2022-06-14T10:00:00+00:00",
            "0999-01-02T03:04:05.000006+05:30",
            "2022-06-14",
        )
        if all(_sqlite_datetime(x) == proc(decode(x)) for x in samples):
            return _sqlite_datetime

    def convert(v):
        return proc(decode(v))

    return convert


# ---- JSON: export ----------------------------------------------------------------------
#
# The file is written section by section, one record to a line:
#
#   {
#   "clerk_export_version": 1,
#   ...
#   "actions": [
#   {"id": 1, "ref": "CSSC-1", ..., "notes": [...], "history": [...]},
#   {"id": 2, ...}
#   ],
#   ...
#   }
#
# Rows are read in chunks (keyset pagination on id), and an action's notes and
# history are fetched for a chunk of actions at a time, so neither side ever
# holds the whole database.

EXPORT_CHUNK = 2000
_dump = json.JSONEncoder(ensure_ascii=False).encode


def _id_chunks(s: Session, table, columns, clauses=(), n: int = EXPORT_CHUNK) -> Iterator[list]:
    """Rows of table (these columns, the id first) matching clauses, in id order, n at a time."""
    last = None
    while True:
        stmt = select(*columns).where(*clauses)
        if last is not None:
            stmt = stmt.where(table.c.id > last)
        rows = s.execute(stmt.order_by(table.c.id).limit(n)).all()
        if rows:
            yield rows
        if len(rows) < n:
            return
        last = rows[-1][0]


def _by_parent(rows, key: int, encode) -> dict[int, list]:
    """Encoded rows by their parent's id (column number key)."""
    out = defaultdict(list)
    for r in rows:
        out[r[key]].append(encode(r))
    return out


def _export_sections(
    s: Session, flt: ExportFilter, clauses: list
) -> Iterator[tuple[str, Iterator]]:
    """(section, chunks of records) for every section, in SECTIONS order."""

    dialect = s.get_bind().dialect

    def plain(table):
        columns, encode = _reader(table, dialect)
        for rows in _id_chunks(s, table, columns):
            yield [encode(r) for r in rows]

    def owners():
        columns, encode = _reader(OWNERS, dialect)
        holder_columns, holder = _reader(HOLDERS, dialect, drop=("owner_id",))
        parent = list(HOLDERS.columns).index(HOLDERS.c.owner_id)
        for rows in _id_chunks(s, OWNERS, columns):
            ids = [r[0] for r in rows]
            stmt = select(*holder_columns).where(HOLDERS.c.owner_id.in_(ids))
            holders = _by_parent(s.execute(stmt.order_by(HOLDERS.c.id)), parent, holder)
            yield [{**encode(r), "holders": holders.get(r[0], [])} for r in rows]

    def actions():
        columns, encode = _reader(A, dialect)
        note_columns, note = _reader(NOTES, dialect, drop=("action_id",))
        audit_columns, audit = _reader(AUDIT, dialect)
        note_parent = list(NOTES.columns).index(NOTES.c.action_id)
        audit_parent = list(AUDIT.columns).index(AUDIT.c.entity_id)
        for rows in _id_chunks(s, A, columns, clauses):
            ids = [r[0] for r in rows]
            stmt = select(*note_columns).where(NOTES.c.action_id.in_(ids))
            notes = _by_parent(s.execute(stmt.order_by(NOTES.c.id)), note_parent, note)
            stmt = select(*audit_columns)
            stmt = stmt.where(AUDIT.c.entity == "action", AUDIT.c.entity_id.in_(ids))
            history = _by_parent(s.execute(stmt.order_by(AUDIT.c.id)), audit_parent, audit)
            yield [
                {**encode(r), "notes": notes.get(r[0], []), "history": history.get(r[0], [])}
                for r in rows
            ]

    def rest_of_audit():
        # The rest of the audit trail: changes to meetings, owners...; in a full backup
        # also the history of actions since deleted.
        other = AUDIT.c.entity != "action"
        if flt.complete:
            other = other | AUDIT.c.entity_id.not_in(select(A.c.id))
        columns, encode = _reader(AUDIT, dialect)
        for rows in _id_chunks(s, AUDIT, columns, [other]):
            yield [encode(r) for r in rows]

    for key, table in SECTIONS:
        if key == "owners":
            yield key, owners()
        elif key == "actions":
            yield key, actions()
        elif key == "audit":
            yield key, rest_of_audit()
        else:
            yield key, plain(table)


def _write_layout(out: IO[str], header: dict, sections) -> None:
    """Write the export's layout: header values one to a line, then each section one record to a line."""
    out.write("{\n")
    for key, value in header.items():
        out.write(f"{_dump(key)}: {_dump(value)},\n")
    last = len(SECTIONS) - 1
    for n, (key, chunks) in enumerate(sections):
        out.write(f"{_dump(key)}: [")
        sep = "\n"
        for records in chunks:
            if records:
                out.write(sep)
                out.write(",\n".join(map(_dump, records)))
                sep = ",\n"
        out.write("\n]\n" if n == last else "\n],\n")
    out.write("}\n")


def write_export_json(db: Database, out: IO[str], flt: ExportFilter | None = None) -> None:
    """Write everything as JSON to out, streamed (actions narrowed by flt; confidential ones only if asked)."""
    flt = flt or ExportFilter()
    # One read transaction, and no retry: part of the document may already be written.
    with db.session() as s:
        ids = flt.resolve(s).id_select(s.get_bind().dialect.name)
        clauses = [] if ids is None else [A.c.id.in_(ids)]
        header = {
            VERSION_KEY: EXPORT_VERSION,
            "schema_revision": HEAD_REVISION,
            "complete": flt.complete,
            "filters": None if flt.complete else flt.describe(),
        }
        _write_layout(out, header, _export_sections(s, flt, clauses))


def export_json(db: Database, flt: ExportFilter | None = None) -> dict:
    """Everything, as one JSON-ready dict (in memory: for small databases and tests)."""
    buf = io.StringIO()
    write_export_json(db, buf, flt)
    return json.loads(buf.getvalue())


def dumps_export(data: dict) -> str:
    """An export dict as text, in the layout clerk export writes (equal data gives equal files)."""
    buf = io.StringIO()
    header = {k: v for k, v in data.items() if k not in dict(SECTIONS)}
    _write_layout(buf, header, ((key, [data.get(key, [])]) for key, _ in SECTIONS))
    return buf.getvalue()


# ---- JSON: import ----------------------------------------------------------------------
#
# The file is read as a stream: the top-level object's values one at a time, and
# each section's records one at a time (any layout: one record to a line as clerk
# writes it, or pretty-printed by another tool), inserted in chunks inside one
# transaction.  A file whose sections are not in the order foreign keys need (or
# that is not valid JSON, or not a clerk export) is read whole with json.load
# instead, which also gives the one-line error.

IMPORT_CHUNK = 2000
SECTION_TABLES = dict(SECTIONS)
_SECTION_ORDER = {key: n for n, (key, _) in enumerate(SECTIONS)}


@dataclass
class ImportResult:
    counts: dict[str, int]


def _check_path(p: Path) -> None:
    if not p.exists():
        raise NotFound(f"No file {p}.", hint="Check the path.")
    if p.is_dir():
        raise InvalidInput(f"{p} is a directory, not an export file.")


def load_export_file(path: str | Path) -> dict:
    """Read and check an export file whole; one-line errors for a missing, unreadable or foreign file."""
    p = expand(path)
    _check_path(p)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise InvalidInput(f"{p} is not a clerk JSON export (not UTF-8 text).") from exc
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"{p} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
        ) from exc
    check_export(data, str(p))
    return data


def _check_version(version, where: str) -> None:
    if version != EXPORT_VERSION:
        raise InvalidInput(
            f"{where} is clerk export version {version!r}; this clerk reads version {EXPORT_VERSION}.",
            hint="Use the clerk that wrote it, or a newer clerk.",
        )


def check_export(data, where: str = "the file") -> None:
    if not isinstance(data, dict) or VERSION_KEY not in data:
        raise InvalidInput(
            f'{where} is not a clerk export (no "{VERSION_KEY}").',
            hint="Make one with: clerk export --format json --include-confidential -o FILE",
        )
    _check_version(data[VERSION_KEY], where)
    for key, _ in SECTIONS:
        if not isinstance(data.get(key, []), list):
            raise InvalidInput(f'{where}: "{key}" should be a list.')


class _Table:
    """One table's prepared INSERT and the decoding of its rows from JSON."""

    def __init__(self, conn, table):
        dialect = conn.dialect
        self.conn = conn
        self.names = [c.name for c in table.columns]
        self.columns = [
            (c.name, _converter(c, dialect), c.nullable and not c.primary_key)
            for c in table.columns
        ]
        # Dates SQLite stores as the very text of the JSON value (checked on samples).
        self.iso_dates = set()
        for c in table.columns:
            t, proc = _base_type(c), c.type.dialect_impl(dialect).bind_processor(dialect)
            if dialect.name == "sqlite" and isinstance(t, Date) and not isinstance(t, DateTime):
                samples = ("2022-06-14", "0999-01-02")
                if proc and all(proc(date.fromisoformat(x)) == x for x in samples):
                    self.iso_dates.add(c.name)
        # Columns whose JSON value goes to the driver as it is, when of the right type.
        self.plain = {}
        for c in table.columns:
            if c.type.dialect_impl(dialect).bind_processor(dialect) is None:
                t = _base_type(c)
                kind = bool if isinstance(t, Boolean) else int if isinstance(t, Integer) else None
                if kind is None and not isinstance(t, Date | DateTime):
                    kind = str
                if kind is not None:
                    self.plain[c.name] = kind
        compiled = insert(table).compile(dialect=dialect, column_keys=self.names)
        self.sql = str(compiled)
        self.positional = compiled.positional
        self.position = None
        if compiled.positional:
            position = [self.names.index(p) for p in compiled.positiontup]
            if position != list(range(len(self.names))):
                self.position = position

    def convert(self, rows: list, label) -> list[tuple]:
        """Rows (dicts) as tuples in column order, checked and bind-processed; label(n) names row n.

        Column by column (type checks on whole columns); on any problem, row by row
        again to name the first bad row.
        """
        if set(map(type, rows)) != {dict}:
            return self._convert_rows(rows, label)
        columns = []
        for name, convert, nullable in self.columns:
            values = list(map(dict.get, rows, repeat(name)))
            if not nullable and None in values:
                return self._convert_rows(rows, label)
            kind = self.plain.get(name)
            if kind is not None:
                if not set(map(type, values)) <= {kind, NoneType}:
                    return self._convert_rows(rows, label)
            elif convert is _sqlite_datetime and (cut := _cut_timestamps(values)) is not None:
                values = cut
            elif name in self.iso_dates and _iso_dates(values):
                pass  # SQLite stores a date as its ISO text: the same text
            else:
                try:
                    values = [None if v is None else convert(v) for v in values]
                except ValueError:
                    return self._convert_rows(rows, label)
            columns.append(values)
        return list(zip(*columns, strict=True))

    def _convert_rows(self, rows: list, label) -> list[tuple]:
        out = []
        columns = self.columns
        for n, row in enumerate(rows):
            if not isinstance(row, dict):
                raise InvalidInput(f"{label(n)} is not an object.")
            values = []
            for name, convert, nullable in columns:
                v = row.get(name)
                if v is None:
                    if not nullable:
                        raise InvalidInput(f'{label(n)} has no "{name}".')
                    values.append(None)
                    continue
                try:
                    values.append(convert(v))
                except ValueError as exc:
                    raise InvalidInput(f"{label(n)}.{name}: {v!r} is not valid ({exc}).") from exc
            out.append(tuple(values))
        return out

    def insert(self, rows: list[tuple]) -> None:
        """INSERT the rows with one prepared statement (executemany)."""
        if not rows:
            return
        if not self.positional:
            rows = [dict(zip(self.names, r, strict=True)) for r in rows]
        elif self.position:
            rows = [tuple(r[j] for j in self.position) for r in rows]
        self.conn.exec_driver_sql(self.sql, rows)


def _children(parents: list, base: int, key: str, parent_key: str | None, section: str):
    """Flatten nested rows (an owner's holders, an action's notes) with their parent's id; and their labels."""
    rows, where = [], []
    for i, parent in enumerate(parents, base):
        value = parent.get(key, []) if isinstance(parent, dict) else []
        if not isinstance(value, list):
            raise InvalidInput(f"{section}[{i}].{key} should be a list.")
        for j, child in enumerate(value):
            if parent_key and isinstance(child, dict):
                child = {**child, parent_key: parent.get("id")}
            rows.append(child)
            where.append((i, j))
    return rows, lambda n: f"{section}[{where[n][0]}].{key}[{where[n][1]}]"


class _Restore:
    """Inserts an export's sections, a chunk of records at a time, into the session's transaction."""

    def __init__(self, s: Session, chunk: int = IMPORT_CHUNK):
        self.conn = s.connection()
        self.chunk = chunk
        self.tables: dict[str, _Table] = {}
        self.counts = {t.name: 0 for t in ALL_TABLES}
        # SQLite builds an index faster at once, after the rows are in, than a row at a
        # time: drop the tables' indexes now and create them again (the same SQL) in
        # finish(), all in this one transaction.  UNIQUE constraints' own indexes stay.
        self.indexes: list[str] = []
        if self.conn.dialect.name == "sqlite":
            tables = {t.name for t in ALL_TABLES}
            found = self.conn.exec_driver_sql(
                "SELECT name, tbl_name, sql FROM sqlite_master "
                "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
            ).all()
            for name, table, sql in found:
                if table in tables:
                    self.conn.execute(DropIndex(Index(name)))
                    self.indexes.append(sql)

    def _insert(self, table, rows: list, label) -> None:
        t = self.tables.get(table.name) or self.tables.setdefault(
            table.name, _Table(self.conn, table)
        )
        t.insert(t.convert(rows, label))
        self.counts[table.name] += len(rows)

    def section(self, key: str, records: Iterable) -> None:
        table = SECTION_TABLES[key]
        base, batch = 0, []
        for record in records:
            batch.append(record)
            if len(batch) == self.chunk:
                self._chunk(key, table, base, batch)
                base, batch = base + len(batch), []
        if batch:
            self._chunk(key, table, base, batch)

    def _chunk(self, key: str, table, base: int, batch: list) -> None:
        self._insert(table, batch, lambda n: f"{key}[{base + n}]")
        if key == "owners":
            self._insert(HOLDERS, *_children(batch, base, "holders", "owner_id", key))
        elif key == "actions":
            self._insert(NOTES, *_children(batch, base, "notes", "action_id", key))
            self._insert(AUDIT, *_children(batch, base, "history", None, key))

    def finish(self) -> ImportResult:
        for sql in self.indexes:
            self.conn.exec_driver_sql(sql)
        if self.conn.dialect.name == "postgresql":
            for t in ALL_TABLES:
                self.conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                        f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {t.name}"
                    )
                )
        return ImportResult(dict(self.counts))


def _refuse_non_empty(s: Session, db: Database) -> None:
    counts = {
        t.name: s.execute(select(func.count()).select_from(t)).scalar_one() for t in ALL_TABLES
    }
    held = {k: v for k, v in counts.items() if v}
    if held:
        what = ", ".join(f"{v} {k}" for k, v in held.items())
        raise Conflict(
            f"The database {db.where} is not empty ({what}); import-json restores into an empty "
            "database only.",
            hint="Use a new --db path.",
        )


def import_json(db: Database, data: dict) -> ImportResult:
    """Restore an export (a dict, as json.load gives it) into an empty database, in one transaction."""
    check_export(data)

    def work(s: Session) -> ImportResult:
        _refuse_non_empty(s, db)
        restore = _Restore(s)
        for key, _ in SECTIONS:
            restore.section(key, data.get(key, []))
        return restore.finish()

    return db.write(work, retries=0)


class _Unstreamable(Exception):
    """The file cannot be read as a stream (see import_json_file): read it whole instead."""


_WS = re.compile(r"[ \t\n\r]*")


class _JsonReader:
    """Reads JSON values one at a time from a text stream, holding a small buffer only."""

    def __init__(self, fh: IO[str], size: int = 1 << 20):
        self.fh, self.size = fh, size
        self.buf, self.pos, self.eof = "", 0, False
        self.decoder = json.JSONDecoder()
        self.decode = self.decoder.raw_decode
        self.bulk = True

    def _fill(self, at_least: int = 0) -> bool:
        if self.eof:
            return False
        try:
            more = self.fh.read(max(self.size, at_least))
        except UnicodeDecodeError as exc:
            raise _Unstreamable from exc
        if not more:
            self.eof = True
            return False
        self.buf = self.buf[self.pos :] + more
        self.pos = 0
        return True

    def peek(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._fill():
                return ""

    def take(self, char: str) -> bool:
        if self.peek() == char:
            self.pos += 1
            return True
        return False

    def expect(self, char: str) -> None:
        if not self.take(char):
            raise _Unstreamable

    def value(self):
        self.peek()
        while True:
            try:
                value, end = self.decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Cut short by the end of the buffer?  Then read on (twice as much each
                # time, for a long value); a real error is the fallback's to report.
                cut = exc.pos >= len(self.buf) - 8 or exc.msg.startswith("Unterminated string")
                if cut and self._fill(len(self.buf) - self.pos):
                    continue
                raise _Unstreamable from None
            # A number at the end of the buffer may go on too ("12" of "123").
            if end == len(self.buf) and not isinstance(value, dict | list | str) and self._fill():
                continue
            self.pos = end
            return value

    def items(self) -> Iterator:
        """The values of the list that starts here."""
        self.expect("[")
        if self.take("]"):
            return
        while True:
            if self.bulk:
                records = self._bulk()
                if records is not None:
                    yield from records
                    if self.take("]"):
                        return
                    self.expect(",")
                    continue
            yield self.value()
            if self.take("]"):
                return
            self.expect(",")

    def _bulk(self) -> list | None:
        """The list's values up to the end of the buffer, parsed at once; None if that cannot be done.

        In clerk's layout every record is one line, so the list goes on at least to
        the last ",\n" in the buffer, or ends at "\n]".  If the text up to there
        parses as values separated by commas, that comma (or bracket) is the list's
        own: a comma or bracket inside a record would leave a bracket unclosed.  In
        another layout this fails, and the values are read one at a time.
        """
        if len(self.buf) - self.pos < self.size // 2:
            self._fill()
        buf, pos = self.buf, self.pos
        end = buf.find("\n]", pos)
        if end < 0:
            end = buf.rfind(",\n", pos)
        if end <= pos:
            return None
        try:
            records = self.decoder.decode(f"[{buf[pos:end]}]")
        except json.JSONDecodeError:
            self.bulk = False
            return None
        self.pos = end
        return records


def _import_stream(db: Database, p: Path, fh: IO[str]) -> ImportResult:
    where = str(p)
    r = _JsonReader(fh)

    def work(s: Session) -> ImportResult:
        r.expect("{")
        if r.value() != VERSION_KEY:  # the version first, to be checked before anything else
            raise _Unstreamable
        r.expect(":")
        _check_version(r.value(), where)
        _refuse_non_empty(s, db)
        restore = _Restore(s)
        done = -1
        while r.take(","):
            key = r.value()
            if not isinstance(key, str):
                raise _Unstreamable
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
                raise _Unstreamable
            done = order
            if r.peek() != "[":
                raise InvalidInput(f'{where}: "{key}" should be a list.')
            restore.section(key, r.items())
        r.expect("}")
        if r.peek() != "":
            raise _Unstreamable
        return restore.finish()

    return db.write(work, retries=0)


def import_json_file(db: Database, path: str | Path) -> ImportResult:
    """Restore an export file into an empty database, in one transaction, reading it as a stream."""
    p = expand(path)
    _check_path(p)
    try:
        with open(p, encoding="utf-8-sig", newline="") as fh:
            return _import_stream(db, p, fh)
    except _Unstreamable:
        pass  # nothing was written: the transaction was rolled back
    except OSError as exc:
        raise InvalidInput(f"Cannot read {p}: {exc.strerror or exc}.") from exc
    return import_json(db, load_export_file(p))


# ---- CSV ------------------------------------------------------------------------------


def export_actions(
    db: Database,
    flt: ExportFilter,
    *,
    as_of: date | None = None,
    open_only: bool = False,
    with_due_date: bool = False,
) -> list[ActionView]:
    """The actions an export covers, as views (open ones only for a calendar)."""
    as_of = as_of or date.today()

    def work(s: Session) -> list[ActionView]:
        statuses = None
        if open_only:
            statuses = tuple(x for x in (flt.statuses or OPEN_STATUSES) if x in OPEN_STATUSES)
            if not statuses:
                raise InvalidInput(
                    "A calendar holds open actions only.", hint="Use --status open or in_progress."
                )
        action_flt = flt.resolve(s, statuses=statuses)
        rows, _ = fetch_actions(s, action_flt, as_of=as_of, order="ref")
        if with_due_date:
            rows = [a for a in rows if a.due_date is not None]
        return rows

    return db.read(work)


def actions_csv(rows: list[ActionView]) -> str:
    """CSV for Excel: UTF-8 with BOM, CRLF line ends, ISO dates, formulas neutralised."""
    import io

    from clerk_cli.render import CSV_COLUMNS, action_csv_row, write_csv

    buf = io.StringIO()
    buf.write("\ufeff")
    write_csv(buf, CSV_COLUMNS, (action_csv_row(a) for a in rows))
    return buf.getvalue()


# ---- ICS ------------------------------------------------------------------------------


def actions_ics(rows: list[ActionView], *, name: str, now: datetime | None = None) -> str:
    """Open actions with due dates as VTODOs, one calendar an owner can subscribe to."""
    from icalendar import Calendar, Todo

    from clerk_cli.render import owner_text

    stamp = now or datetime.now(UTC)
    cal = Calendar()
    cal.add("prodid", "-//clerk//action tracker//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for a in rows:
        if a.due_date is None or a.status not in OPEN_STATUSES:
            continue
        todo = Todo()
        todo.add("uid", f"{a.ref.lower()}@clerk-actions")
        todo.add("dtstamp", stamp)
        todo.add("summary", f"[{a.ref}] {a.text}")
        todo.add("due", a.due_date)
        lines = [f"Committee: {a.committee_name} ({a.committee})"]
        if a.meeting:
            lines.append(f"Meeting: {a.meeting}")
        if a.resolution_ref:
            lines.append(f"Minute: {a.resolution_ref}")
        lines.append(f"Owner: {owner_text(a)}")
        if a.slip_count and a.original_due_date:
            lines.append(
                f"Originally due: {a.original_due_date.isoformat()} (slipped {a.slip_count}x)"
            )
        if a.latest_note:
            lines.append(f"Latest note: {a.latest_note}")
        todo.add("description", "\n".join(lines))
        todo.add("status", "IN-PROCESS" if a.status == "in_progress" else "NEEDS-ACTION")
        todo.add("categories", [a.committee])
        if a.confidential:
            todo.add("class", "CONFIDENTIAL")
        if a.created_at:
            todo.add("created", a.created_at)
        cal.add_component(todo)
    return cal.to_ical().decode("utf-8")
