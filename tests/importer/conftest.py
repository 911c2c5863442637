"""Fixtures for clerk import-minutes: minutes files written by the tests, and DB look-ups."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "minutes"
SEED_MINUTES = (
    Path(__file__).resolve().parents[3] / "shared" / "seed-minutes"
)  # real minutes, when present

# Small minutes whose extraction is plain: one body, one date, two resolutions,
# three actions (a dated one, a "next meeting" one, one carried by resolution (2)).
HIGHWAYS = """\
MINUTES of a meeting of the Highways and Transport Committee held on Tuesday 14 March 2023 at 10.00 am

24/031  Winter Maintenance Review

The Director of Highways and Transport agreed to provide ward members with a map of the secondary
gritting routes by 31 March 2023.

The Democratic Services Officer undertook to circulate the dashboard to all Members before the next meeting.

RESOLVED:
(1) That the review be noted.
(2) That the Director of Highways and Transport be asked to write to the Department for Transport.
"""


@pytest.fixture
def minutes_file(tmp_path):
    """Write minutes text to tmp_path/docs/NAME and return its path."""
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)

    def write(text: str = HIGHWAYS, name: str = "highways.txt") -> Path:
        path = folder / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


def _python_type(column):
    kind = getattr(column.type, "impl", column.type)  # a TypeDecorator's own type
    try:
        return kind.python_type
    except NotImplementedError:
        return None


def read_rows(db, model, **where):
    """The rows of model's table (as model objects, values typed as the ORM would), read
    in plain SQL on the same connection the services use."""
    from datetime import date, datetime

    from clerk_cli.store.sql import as_date, as_utc

    table = model.__table__
    cols = [c.name for c in table.columns]
    sql = "SELECT " + ", ".join(f'"{c}"' for c in cols) + f" FROM {table.name}"
    if where:
        sql += " WHERE " + " AND ".join(f'"{k}" = ?' for k in where)
    found = db.run_sql(lambda q: q.rows(sql + " ORDER BY id", list(where.values())))
    convert = {}
    for c in table.columns:
        kind = _python_type(c)
        if kind is datetime:
            convert[c.name] = as_utc
        elif kind is date:
            convert[c.name] = as_date
        elif kind is bool:
            convert[c.name] = lambda v: None if v is None else bool(v)
    return [
        model(**{c: convert.get(c, lambda v: v)(v) for c, v in zip(cols, row, strict=True)})
        for row in found
    ]


@pytest.fixture
def rows(db_url):
    """rows(Model, **where): the records in the test's database, read with a fresh connection."""
    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    def read(model, **where):
        url, path = database_url(db_url)
        db = open_database(url, path)
        try:
            return read_rows(db, model, **where)
        finally:
            db.dispose()

    return read
