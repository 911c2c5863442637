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

import json
import os
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import Boolean, Date, DateTime, Integer, func, insert, select, text
from sqlalchemy.types import TypeDecorator, TypeEngine
from sqlmodel import Session

from clerk_cli.db import HEAD_REVISION, Database
from clerk_cli.errors import Conflict, InvalidInput, NotFound
from clerk_cli.models import (
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
from clerk_cli.services.queries import A, ActionFilter, fetch_actions
from clerk_cli.services.views import ActionView

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


def write_private_file(path: str | Path, data: str | bytes) -> Path:
    """Write data to path atomically (a temporary file renamed over it), readable by its owner only.

    Text is written as UTF-8.  Raises InvalidInput with one line when it cannot.
    """
    target = Path(path).expanduser()
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
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise InvalidInput(
            f"Cannot write {target}: {exc.strerror or exc}.",
            hint="Choose a directory you can write to.",
        ) from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InvalidInput(
            f"Cannot write {target}: {exc.strerror or exc}.", hint="Choose a path you can write to."
        ) from exc
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


def _row_dict(row, table, *, drop: tuple[str, ...] = ()) -> dict:
    return {c.name: _encode(row._mapping[c]) for c in table.columns if c.name not in drop}


def _decoder(column):
    """A function turning a JSON value back into the column's Python value (or raising ValueError)."""
    t = column.type
    if isinstance(t, TypeDecorator):  # SQLModel's UTCDateTime wraps DateTime
        t = t.impl if isinstance(t.impl, TypeEngine) else t.impl()
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


# ---- JSON: export ----------------------------------------------------------------------


def export_json(db: Database, flt: ExportFilter | None = None) -> dict:
    """Everything, as one JSON-ready dict (actions narrowed by flt; confidential ones only if asked)."""
    flt = flt or ExportFilter()

    def work(s: Session) -> dict:
        action_flt = flt.resolve(s)
        clauses = action_flt.clauses()
        data: dict = {
            VERSION_KEY: EXPORT_VERSION,
            "schema_revision": HEAD_REVISION,
            "complete": flt.complete,
            "filters": None if flt.complete else flt.describe(),
        }
        for key, table in SECTIONS:
            if key in ("owners", "actions", "audit"):
                continue
            data[key] = [_row_dict(r, table) for r in s.execute(select(table).order_by(table.c.id))]

        holders = defaultdict(list)
        for r in s.execute(select(HOLDERS).order_by(HOLDERS.c.id)):
            holders[r.owner_id].append(_row_dict(r, HOLDERS, drop=("owner_id",)))
        data["owners"] = [
            {**_row_dict(r, OWNERS), "holders": holders.get(r.id, [])}
            for r in s.execute(select(OWNERS).order_by(OWNERS.c.id))
        ]

        action_ids = select(A.c.id).where(*clauses) if clauses else select(A.c.id)
        notes = defaultdict(list)
        for r in s.execute(
            select(NOTES).where(NOTES.c.action_id.in_(action_ids)).order_by(NOTES.c.id)
        ):
            notes[r.action_id].append(_row_dict(r, NOTES, drop=("action_id",)))
        history = defaultdict(list)
        stmt = select(AUDIT).where(AUDIT.c.entity == "action", AUDIT.c.entity_id.in_(action_ids))
        for r in s.execute(stmt.order_by(AUDIT.c.id)):
            history[r.entity_id].append(_row_dict(r, AUDIT))
        stmt = select(A).order_by(A.c.id)
        if clauses:
            stmt = stmt.where(*clauses)
        data["actions"] = [
            {**_row_dict(r, A), "notes": notes.get(r.id, []), "history": history.get(r.id, [])}
            for r in s.execute(stmt)
        ]

        # The rest of the audit trail: changes to meetings, owners...; in a full backup
        # also the history of actions since deleted.
        other = AUDIT.c.entity != "action"
        if flt.complete:
            other = other | AUDIT.c.entity_id.not_in(select(A.c.id))
        data["audit"] = [
            _row_dict(r, AUDIT) for r in s.execute(select(AUDIT).where(other).order_by(AUDIT.c.id))
        ]
        return {
            k: data[k]
            for k in (
                VERSION_KEY,
                "schema_revision",
                "complete",
                "filters",
                *(key for key, _ in SECTIONS),
            )
        }

    return db.read(work)


def dumps_export(data: dict) -> str:
    """The export as text: stable key order and indentation, so equal data gives equal files."""
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


# ---- JSON: import ----------------------------------------------------------------------


@dataclass
class ImportResult:
    counts: dict[str, int]


def load_export_file(path: str | Path) -> dict:
    """Read and check an export file; one-line errors for a missing, unreadable or foreign file."""
    p = Path(path).expanduser()
    if not p.exists():
        raise NotFound(f"No file {p}.", hint="Check the path.")
    if p.is_dir():
        raise InvalidInput(f"{p} is a directory, not an export file.")
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


def check_export(data, where: str = "the file") -> None:
    if not isinstance(data, dict) or VERSION_KEY not in data:
        raise InvalidInput(
            f'{where} is not a clerk export (no "{VERSION_KEY}").',
            hint="Make one with: clerk export --format json --include-confidential -o FILE",
        )
    version = data[VERSION_KEY]
    if version != EXPORT_VERSION:
        raise InvalidInput(
            f"{where} is clerk export version {version!r}; this clerk reads version {EXPORT_VERSION}.",
            hint="Use the clerk that wrote it, or a newer clerk.",
        )
    for key, _ in SECTIONS:
        if not isinstance(data.get(key, []), list):
            raise InvalidInput(f'{where}: "{key}" should be a list.')


def _convert(rows: list, table, label, dialect) -> list[tuple]:
    """Decode a section's rows into tuples in table column order, ready for the driver.

    Each value is checked against its column's type, then passed through the
    column type's bind processor for this dialect (as SQLAlchemy itself would).
    label(n) names row n in error messages.
    """
    columns = []
    for c in table.columns:
        proc = c.type.dialect_impl(dialect).bind_processor(dialect)
        columns.append((c.name, _decoder(c), proc, c.nullable and not c.primary_key))
    out = []
    for n, row in enumerate(rows):
        if not isinstance(row, dict):
            raise InvalidInput(f"{label(n)} is not an object.")
        values = []
        for name, decode, proc, nullable in columns:
            v = row.get(name)
            if v is None:
                if not nullable:
                    raise InvalidInput(f'{label(n)} has no "{name}".')
                values.append(None)
                continue
            try:
                v = decode(v)
            except ValueError as exc:
                raise InvalidInput(f"{label(n)}.{name}: {v!r} is not valid ({exc}).") from exc
            values.append(proc(v) if proc else v)
        out.append(tuple(values))
    return out


def _children(parents: list, key: str, parent_key: str | None, section: str):
    """Flatten nested rows (an owner's holders, an action's notes) with their parent's id; and their labels."""
    rows, where = [], []
    for i, parent in enumerate(parents):
        value = parent.get(key, []) if isinstance(parent, dict) else []
        if not isinstance(value, list):
            raise InvalidInput(f"{section}[{i}].{key} should be a list.")
        for j, child in enumerate(value):
            if parent_key and isinstance(child, dict):
                child = {**child, parent_key: parent.get("id")}
            rows.append(child)
            where.append((i, j))
    return rows, lambda n: f"{section}[{where[n][0]}].{key}[{where[n][1]}]"


def _table_counts(s: Session) -> dict[str, int]:
    return {t.name: s.execute(select(func.count()).select_from(t)).scalar_one() for t in ALL_TABLES}


def import_json(db: Database, data: dict) -> ImportResult:
    """Restore an export into an empty database, in one transaction."""
    check_export(data)
    dialect = db.engine.dialect
    rows: dict = {}
    for key, table in SECTIONS:
        if key not in ("actions", "audit"):
            rows[table.name] = _convert(
                data.get(key, []), table, lambda n, key=key: f"{key}[{n}]", dialect
            )
    owners, actions = data.get("owners", []), data.get("actions", [])
    holders, where = _children(owners, "holders", "owner_id", "owners")
    rows["owner_holder"] = _convert(holders, HOLDERS, where, dialect)
    rows["action"] = _convert(actions, A, lambda n: f"actions[{n}]", dialect)
    notes, where = _children(actions, "notes", "action_id", "actions")
    rows["note"] = _convert(notes, NOTES, where, dialect)
    history, where = _children(actions, "history", None, "actions")
    audit = _convert(data.get("audit", []), AUDIT, lambda n: f"audit[{n}]", dialect) + _convert(
        history, AUDIT, where, dialect
    )
    audit.sort(key=lambda r: r[0])  # id is the first column
    rows["audit"] = audit

    def work(s: Session) -> ImportResult:
        counts = _table_counts(s)
        held = {k: v for k, v in counts.items() if v}
        if held:
            what = ", ".join(f"{v} {k}" for k, v in held.items())
            raise Conflict(
                f"The database {db.where} is not empty ({what}); import-json restores into an empty "
                "database only.",
                hint="Use a new --db path.",
            )
        for table in (t for _, t in SECTIONS[:5]):
            _bulk(s, table, rows[table.name])
            if table.name == "owner":
                _bulk(s, HOLDERS, rows["owner_holder"])
        _bulk(s, A, rows["action"])
        _bulk(s, NOTES, rows["note"])
        _bulk(s, AUDIT, rows["audit"])
        _bulk(s, DigestSent.__table__, rows["digest_sent"])
        if db.engine.dialect.name == "postgresql":
            for t in ALL_TABLES:
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{t.name}', 'id'), "
                        f"COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {t.name}"
                    )
                )
        return ImportResult({t.name: len(rows[t.name]) for t in ALL_TABLES})

    return db.write(work, retries=0)


def _bulk(s: Session, table, rows: list[tuple], chunk: int = 50_000) -> None:
    """INSERT many rows (tuples in column order, already bind-processed) with one prepared statement."""
    if not rows:
        return
    conn = s.connection()
    names = [c.name for c in table.columns]
    compiled = insert(table).compile(dialect=conn.dialect, column_keys=names)
    sql = str(compiled)
    if compiled.positional:
        position = [names.index(p) for p in compiled.positiontup]
        reorder = position != list(range(len(names)))
    for i in range(0, len(rows), chunk):
        part = rows[i : i + chunk]
        if not compiled.positional:
            part = [dict(zip(names, r, strict=True)) for r in part]
        elif reorder:
            part = [tuple(r[j] for j in position) for r in part]
        conn.exec_driver_sql(sql, part)


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
