"""The JSON export: the complete, versioned picture of a clerk database, streamed.

"clerk_export_version": 1: committees, meetings, resolutions, owners with their
holders, actions with their notes and audit history, the rest of the audit trail,
minutes imports and digests sent.  Every row keeps its id and timestamps, so
export -> import-json -> export gives the same file.  Confidential actions (and
their history) are left out unless the filter includes them, and so are the notes and
history rows a public action had written while it was confidential
(store.confidential.withheld).

The file is written section by section, one record to a line:

    {
    "clerk_export_version": 1,
    ...
    "actions": [
    {"id":1,"ref":"CSSC-1",...,"notes":[...],"history":[...]},
    {"id":2,...}
    ],
    ...
    }

A record's text is json.dumps(record, ensure_ascii=False, separators=(",", ":"))
of it as a dict, with its columns in the schema's order.  On SQLite, SQLite writes that text itself
(clerk_cli.store.exports.json_record); on PostgreSQL it is encoded here.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import IO

from clerk_cli.db import HEAD_REVISION, Database
from clerk_cli.errors import Conflict
from clerk_cli.services.exports.selection import ExportFilter
from clerk_cli.store import exports as store
from clerk_cli.store.confidential import NOTHING, Withheld, withheld
from clerk_cli.store.sql import Sql

EXPORT_VERSION = 1
VERSION_KEY = "clerk_export_version"

# JSON section -> table, in an order that satisfies every foreign key on import.
SECTIONS = (
    ("committees", "committee"),
    ("owners", "owner"),
    ("meetings", "meeting"),
    ("minutes_imports", "minutes_import"),
    ("resolutions", "resolution"),
    ("actions", "action"),
    ("closure_proposals", "closure_proposal"),
    ("action_links", "action_link"),
    ("audit", "audit"),
    ("digests_sent", "digest_sent"),
)
# Nested in their parents' records: an owner's holders, an action's notes.
ALL_TABLES = [t for _, t in SECTIONS] + ["owner_holder", "note"]

_dump = json.JSONEncoder(ensure_ascii=False).encode  # the header: one "key": value to a line
# A record: json.dumps(record, ensure_ascii=False, separators=(",", ":")), what SQLite's
# json_object() writes too.
_record = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def write_export_json(db: Database, out: IO[str], flt: ExportFilter | None = None) -> None:
    """Write everything as JSON to out, streamed (actions narrowed by flt; confidential ones only if asked)."""
    flt = flt or ExportFilter()
    runs = 0

    def work(q: Sql) -> None:
        nonlocal runs
        runs += 1
        if runs > 1:  # part of the document is written already: it cannot start again
            raise Conflict(
                "Another clerk's change interrupted the export.", hint="Run the export again."
            )
        store.snapshot(q)
        resolved = flt.resolve(q)
        chosen = store.actions_where(resolved)
        # Rows that hang on actions follow the actions chosen (a link: both ends).
        related = {
            "closure_proposals": store.action_rows_where(resolved, ("action_id",)),
            "action_links": store.action_rows_where(resolved, ("action_id", "other_id")),
        }
        header = {
            VERSION_KEY: EXPORT_VERSION,
            "schema_revision": HEAD_REVISION,
            "complete": flt.complete,
            "filters": None if flt.complete else flt.describe(),
        }
        # Without confidential actions, an export is a public one.  (Worked out before
        # SQLite hands text over as bytes.)
        hidden = NOTHING
        if not flt.include_confidential:
            hidden = withheld(q, store.ids_where(q, "action", chosen))
        if q.is_sqlite and store.has_json(q, db.connection()):
            sections = _sections_by_sqlite(q, chosen, related, complete=flt.complete, hidden=hidden)
            with store.text_as_bytes(db.connection()):
                write_layout(out, header, sections)
        else:
            write_layout(
                out,
                header,
                _sections_by_python(q, chosen, related, complete=flt.complete, hidden=hidden),
            )

    db.run_sql(work)


def export_json(db: Database, flt: ExportFilter | None = None) -> dict:
    """Everything, as one JSON-ready dict (in memory: for small databases and tests)."""
    buf = io.StringIO()
    write_export_json(db, buf, flt)
    return json.loads(buf.getvalue())


def dumps_export(data: dict) -> str:
    """An export dict as text, in the layout clerk export writes (equal data gives equal files)."""
    buf = io.StringIO()
    sections = dict(SECTIONS)
    header = {k: v for k, v in data.items() if k not in sections}
    write_layout(buf, header, ((key, [list(map(_record, data.get(key, [])))]) for key in sections))
    return buf.getvalue()


def write_layout(out: IO[str], header: dict, sections: Iterable[tuple[str, Iterable]]) -> None:
    """Header values one to a line, then each section's records (chunks of JSON texts) one to a line.

    A chunk's records are str, or UTF-8 bytes (as SQLite hands them over): bytes go
    to the stream's binary buffer as they are, without decoding and encoding again."""
    buffer = getattr(out, "buffer", None)

    def write(records: list) -> None:
        if records and type(records[0]) is bytes:
            text = b",\n".join(records)
            if buffer is None:
                out.write(text.decode("utf-8"))
            else:
                out.flush()
                buffer.write(text)
        else:
            out.write(",\n".join(records))

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
                write(records)
                sep = ",\n"
        out.write("\n]\n" if n == last else "\n],\n")
    out.write("}\n")


# ---- SQLite: records written by SQLite ---------------------------------------------


def _leave_out(record: dict, hidden: Withheld) -> dict:
    """An action's record without the notes and history rows hidden withholds."""
    record["notes"] = [n for n in record["notes"] if n["id"] not in hidden.notes]
    record["history"] = [h for h in record["history"] if h["id"] not in hidden.changes]
    return record


def _withholding(chunks: Iterator[list], hidden: Withheld) -> Iterator[list]:
    """SQLite's pages of (id, record text), the records of the actions hidden touches
    written again without what it withholds (the same text json_object() writes)."""
    for page in chunks:
        yield [
            _record(_leave_out(json.loads(text), hidden)).encode("utf-8")
            if id_ in hidden.actions
            else text
            for id_, text in page
        ]


def _sections_by_sqlite(
    q: Sql, chosen, related: dict, *, complete: bool, hidden: Withheld = NOTHING
) -> Iterator[tuple[str, Iterator]]:
    for key, table in SECTIONS:
        if key == "owners":
            chunks = store.json_pages(q, table, tail=store.owner_json_tail())
        elif key == "actions" and hidden:
            pages = store.json_pages(
                q, table, where=chosen, tail=store.action_json_tail(), with_ids=True
            )
            chunks = _withholding(pages, hidden)
        elif key == "actions":
            chunks = store.json_pages(q, table, where=chosen, tail=store.action_json_tail())
        elif key == "audit":
            chunks = store.json_pages(q, table, where=store.rest_of_audit(complete=complete))
        else:
            chunks = store.json_pages(q, table, where=related.get(key, store.EVERY))
        yield key, chunks


# ---- PostgreSQL (and SQLite without JSON): records encoded here -----------------------


def _records(q: Sql, table: str, where=store.EVERY) -> Iterator[list]:
    """Pages of (row, its record as a dict)."""
    names, values = store.json_values(table)
    for rows in store.row_pages(q, table, where=where):
        yield [(r, dict(zip(names, values(r), strict=True))) for r in rows]


def _by_parent(rows, table: str, parent: str) -> dict[int, list[dict]]:
    """Child rows (parent value first) as records without the parent column, by parent."""
    names, values = store.json_values(table, drop=(parent,))
    out: dict[int, list[dict]] = {}
    for r in rows:
        out.setdefault(r[0], []).append(dict(zip(names, values(r[1:]), strict=True)))
    return out


def _sections_by_python(
    q: Sql, chosen, related: dict, *, complete: bool, hidden: Withheld = NOTHING
) -> Iterator[tuple[str, Iterator]]:
    def plain(table, where=store.EVERY):
        for page in _records(q, table, where):
            yield [_record(record) for _, record in page]

    def owners():
        for page in _records(q, "owner"):
            held = _by_parent(
                store.children(q, "owner_holder", "owner_id", [r[0] for r, _ in page]),
                "owner_holder",
                "owner_id",
            )
            yield [_record({**rec, "holders": held.get(r[0], [])}) for r, rec in page]

    def actions():
        for page in _records(q, "action", chosen):
            ids_ = [r[0] for r, _ in page]
            notes = _by_parent(store.children(q, "note", "action_id", ids_), "note", "action_id")
            history: dict[int, list[dict]] = {}
            names, values = store.json_values("audit")
            for r in store.action_history(q, ids_):
                history.setdefault(r[0], []).append(dict(zip(names, values(r[1:]), strict=True)))
            records = [
                {**rec, "notes": notes.get(r[0], []), "history": history.get(r[0], [])}
                for r, rec in page
            ]
            if hidden:
                records = [_leave_out(rec, hidden) for rec in records]
            yield [_record(rec) for rec in records]

    for key, table in SECTIONS:
        if key == "owners":
            yield key, owners()
        elif key == "actions":
            yield key, actions()
        elif key == "audit":
            yield key, plain(table, store.rest_of_audit(complete=complete))
        else:
            yield key, plain(table, related.get(key, store.EVERY))
