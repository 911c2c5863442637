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

It was agreed that the Democratic Services Officer would circulate the dashboard to all Members before the next meeting.

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


@pytest.fixture
def rows(db_url):
    """rows(Model, **where): the records in the test's database, read with a fresh engine."""
    from sqlmodel import select

    from clerk_cli.db import open_database
    from clerk_cli.paths import database_url

    def read(model, **where):
        url, path = database_url(db_url)
        db = open_database(url, path)
        try:

            def work(s):
                stmt = select(model)
                for k, v in where.items():
                    stmt = stmt.where(getattr(model, k) == v)
                found = list(s.exec(stmt.order_by(model.id)).all())
                s.expunge_all()  # keep them readable after the read-only transaction ends
                return found

            return db.read(work)
        finally:
            db.dispose()

    return read
