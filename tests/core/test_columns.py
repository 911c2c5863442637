"""clerk_cli.store.columns against the schema: a column the store does not know fails here."""

from __future__ import annotations

import pytest
from sqlalchemy import Boolean, Date, DateTime, Integer, String
from sqlalchemy.types import TypeDecorator

from clerk_cli.schema import metadata
from clerk_cli.store import columns
from clerk_cli.store.columns import BOOL, DATE, INT, TABLES, TEXT, TIMESTAMP

# Most specific first: DateTime before Date, Boolean before Integer.
FAMILIES = ((DateTime, TIMESTAMP), (Date, DATE), (Boolean, BOOL), (Integer, INT), (String, TEXT))


def _family(column) -> str:
    t = column.type
    if isinstance(t, TypeDecorator):  # SQLModel's UTCDateTime wraps DateTime
        t = t.impl if not isinstance(t.impl, type) else t.impl()
    for kind, family in FAMILIES:
        if isinstance(t, kind):
            return family
    raise AssertionError(f"{column.table.name}.{column.name}: no family for {t!r}")


def test_every_table_is_known():
    assert set(TABLES) == {t for t in metadata.tables if t != "alembic_version"}


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_columns_match_the_schema(table):
    declared = metadata.tables[table].columns
    known = TABLES[table]
    assert [c.name for c in known] == [c.name for c in declared], "names and order"
    for c, mine in zip(declared, known, strict=True):
        where = f"{table}.{c.name}"
        assert mine.type == _family(c), where
        assert mine.nullable == (c.nullable and not c.primary_key), where
        if c.primary_key:
            assert mine.default is None, where
            continue
        python = c.default if c.default is not None and c.default.arg is not None else None
        if not c.nullable and c.server_default is None and python is not None:
            # Only the ORM knew this default: an INSERT from the store must give it too.
            assert mine.default is not None, f"{where}: NOT NULL, default only in the ORM"
        if python is None and c.server_default is None:
            assert mine.default is None, f"{where}: a default the schema does not have"
        elif python is not None and not callable(python.arg):
            assert mine.default == python.arg, where
        elif python is not None:
            assert callable(mine.default), where


def test_with_defaults_fills_what_is_not_given():
    row = columns.with_defaults("action", {"ref": "A-1", "text": "x"})
    assert row["status"] == "open" and row["slip_count"] == 0 and row["confidential"] is False
    assert row["created_at"].tzinfo is not None and "completed_at" not in row
    assert columns.names("note") == ("id", "action_id", "text", "author", "created_at")
