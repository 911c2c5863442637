"""Every table's columns, in the schema's order, as the store needs to know them.

What SQLAlchemy used to tell the export and the restore at run time (a column's
type, whether it may be NULL, what an INSERT puts in it when it is not given) is
written out here, so no run-time path imports SQLAlchemy or SQLModel.  The schema
itself is still declared once, in clerk_cli.schema: tests/core/test_columns.py
checks this module against it (every table and column, the order, the type family,
the nullability, and an insert default for every NOT NULL column without a server
default), so a column added there and not here fails a test.

Types are families, the same on both databases: int, text, date, timestamp (always
timezone-aware UTC), bool.
"""

from __future__ import annotations

from typing import Any

from clerk_cli.records import dataclass
from clerk_cli.rules.status import utcnow

INT, TEXT, DATE, TIMESTAMP, BOOL = "int", "text", "date", "timestamp", "bool"


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name, type family, whether it may be NULL, and its insert default.

    default is a value, or a function giving one (utcnow); None: no default (the
    value must be given, unless the column may be NULL or is the id).
    """

    name: str
    type: str
    nullable: bool = False
    default: Any = None

    def default_value(self) -> Any:
        d = self.default
        return d() if callable(d) else d


def _id() -> Column:
    return Column("id", INT)  # the primary key: the database numbers new rows


def _ref(name: str, nullable: bool = False) -> Column:
    return Column(name, INT, nullable)


def _text(name: str, nullable: bool = False, default: str | None = None) -> Column:
    return Column(name, TEXT, nullable, default)


def _stamp(name: str, nullable: bool = False) -> Column:
    # NOT NULL timestamps are "when it happened": now, unless given.
    return Column(name, TIMESTAMP, nullable, None if nullable else utcnow)


TABLES: dict[str, tuple[Column, ...]] = {
    "committee": (
        _id(),
        _text("name"),
        _text("code"),
        _text("clerk_name", True),
        _text("clerk_email", True),
        Column("next_action_number", INT, default=1),
        _stamp("created_at"),
        Column("closure_needs_agreement", BOOL, default=False),
    ),
    "meeting": (
        _id(),
        _ref("committee_id"),
        Column("date", DATE),
        _text("time", True),
        _text("title", True),
        _text("status", default="scheduled"),
        _stamp("created_at"),
    ),
    "resolution": (
        _id(),
        _ref("meeting_id"),
        _text("ref"),
        _text("text"),
        _stamp("created_at"),
        _ref("import_id", True),
    ),
    "owner": (
        _id(),
        _text("name"),
        _stamp("created_at"),
    ),
    "owner_holder": (
        _id(),
        _ref("owner_id"),
        _text("name"),
        _text("email", True),
        _stamp("started_at"),
        _stamp("ended_at", True),
    ),
    "action": (
        _id(),
        _text("ref"),
        Column("number", INT),
        _ref("committee_id"),
        _ref("meeting_id", True),
        _ref("resolution_id", True),
        _ref("owner_id", True),
        _text("text"),
        _text("status", default="open"),
        Column("due_date", DATE, True),
        _text("due_rule", True),
        _text("due_text", True),
        Column("original_due_date", DATE, True),
        Column("slip_count", INT, default=0),
        Column("confidential", BOOL, default=False),
        _text("source", True),
        _ref("import_id", True),
        _stamp("created_at"),
        _stamp("updated_at"),
        _stamp("completed_at", True),
        _text("minute_ref", True),
        _text("evidence", True),
        _text("outcome", True),
        _ref("closed_meeting_id", True),
        _text("closed_minute", True),
    ),
    "note": (
        _id(),
        _ref("action_id"),
        _text("text"),
        _text("author"),
        _stamp("created_at"),
    ),
    "audit": (
        _id(),
        _stamp("at"),
        _text("by"),
        _text("entity"),
        Column("entity_id", INT),
        _text("label"),
        _ref("committee_id", True),
        _text("field"),
        _text("old", True),
        _text("new", True),
        _stamp("effective_at", True),
    ),
    "minutes_import": (
        _id(),
        _text("sha256"),
        _text("filename"),
        _ref("meeting_id", True),
        _stamp("imported_at"),
        _text("by"),
        Column("resolutions", INT, default=0),
        Column("actions", INT, default=0),
    ),
    "digest_sent": (
        _id(),
        _text("recipient"),
        _text("kind"),
        _text("subject_key"),
        _text("iso_week"),
        _stamp("sent_at"),
        _text("message_id", True),
    ),
    "digest_token": (
        _id(),
        _text("token"),
        _text("recipient"),
        _text("kind"),
        _ref("owner_id", True),
        _ref("committee_id", True),
        _text("iso_week"),
        _stamp("sent_at"),
    ),
    "mail_reply": (
        _id(),
        _text("message_id"),
        _stamp("received_at"),
        _text("sender", True),
        _text("token", True),
        _text("subject", True),
        _text("outcome"),
        _text("detail"),
        _text("reply_text", True),
        _stamp("resolved_at", True),
    ),
    "closure_proposal": (
        _id(),
        _ref("action_id"),
        _text("outcome"),
        _text("reason", True),
        _stamp("proposed_at"),
        _text("proposed_by"),
        _text("message_id", True),
        _text("decision", True),
        _stamp("decided_at", True),
        _ref("meeting_id", True),
        _text("minute_ref", True),
    ),
    "action_link": (
        _id(),
        _ref("action_id"),
        _ref("other_id"),
        _text("kind"),
        _stamp("created_at"),
        _text("created_by"),
    ),
}


def names(table: str) -> tuple[str, ...]:
    """The table's column names, in order."""
    return tuple(c.name for c in TABLES[table])


def with_defaults(table: str, values: dict[str, Any]) -> dict[str, Any]:
    """values completed with the insert default of every column not given (for an INSERT)."""
    out = dict(values)
    for c in TABLES[table]:
        if c.name not in out and c.default is not None:
            out[c.name] = c.default_value()
    return out
