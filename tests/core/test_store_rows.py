"""The store writes rows the schema reads back with their types.

clerk writes through the DB-API (clerk_cli/store); the SQLModel classes in
clerk_cli/schema.py are the declaration Alembic migrates from.  Rows written by
add-action/done must read back through the schema with their types on both backends,
and on SQLite in the text formats SQLAlchemy uses (so a migration that copies a table
reads them right).  tests/core/test_columns.py checks the store's column knowledge.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime

import pytest
from sqlmodel import Session, select

from clerk_cli.schema import Action, Audit, Committee, Note
from clerk_cli.services import actions, committees, owners

SQLITE_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


@pytest.fixture
def seeded(db):
    committees.add_committee(db, name="Audit Committee", code="AC", clerk=None)
    owners.add_owner(db, name="Chief Internal Auditor")
    a = actions.add_action(
        db,
        text="Report the 50% sample",
        owner="Chief Internal Auditor",
        committee="AC",
        due="31/03/2030",
        confidential=True,
    )
    actions.set_status(db, a.ref, "done", note="Sent")
    return db


def test_the_schema_reads_store_rows_with_their_types(seeded):
    def check(s):
        a = s.exec(select(Action)).one()
        assert a.ref == "AC-1" and a.number == 1
        assert a.due_date == date(2030, 3, 31) == a.original_due_date
        assert a.confidential is True
        assert a.status == "done"
        for stamp in (a.created_at, a.updated_at, a.completed_at):
            assert stamp.tzinfo is not None and stamp.utcoffset().total_seconds() == 0
            assert abs((datetime.now(UTC) - stamp).total_seconds()) < 600
        note = s.exec(select(Note)).one()
        assert (note.text, note.author) == ("Sent", "test-clerk")
        fields = [x.field for x in s.exec(select(Audit).where(Audit.entity == "action"))]
        assert fields == ["created", "status", "completed_at", "outcome", "note"]
        assert s.exec(select(Committee)).one().next_action_number == 2

    with Session(seeded.engine) as session:
        check(session)


def test_sqlite_text_formats_are_sqlalchemys(seeded):
    if not seeded.is_sqlite:
        pytest.skip("SQLite stores dates and timestamps as text")
    import sqlite3

    con = sqlite3.connect(seeded.path)
    try:
        committee_at = con.execute("SELECT created_at FROM committee").fetchone()[0]
        plain = con.execute(
            "SELECT created_at, updated_at, completed_at, due_date, confidential FROM action"
        ).fetchone()
        note_at = con.execute("SELECT created_at FROM note").fetchone()[0]
    finally:
        con.close()
    assert SQLITE_TIMESTAMP.match(committee_at)
    for stamp in (*plain[:3], note_at):
        assert SQLITE_TIMESTAMP.match(stamp), stamp
    assert plain[3:] == ("2030-03-31", 1)


def test_search_treats_like_wildcards_as_text(cli, seeded):
    cli("add-action", "Report the 50 samples", "--committee", "AC")
    cli("add-action", "Check a_b and a/b", "--committee", "AC")

    def refs(term):
        result = cli("list", "--all-statuses", "--search", term, "--format", "json")
        assert result.exit_code == 0, result.output
        return [r["ref"] for r in json.loads(result.output)]

    assert refs("50%") == ["AC-1"]
    assert refs("50") == ["AC-1", "AC-2"]
    assert refs("a_b") == ["AC-3"]
    assert refs("a/b") == ["AC-3"]
    assert refs("'; DROP TABLE action; --") == []
    assert refs("REPORT THE") == ["AC-1", "AC-2"]
