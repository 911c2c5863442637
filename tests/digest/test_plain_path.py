"""The digest and the action log run on the DB-API alone: on a SQLite file at the
current schema they load neither SQLAlchemy nor SQLModel (issue 11)."""

from __future__ import annotations

import pytest
from test_startup import loaded_modules

ORM = {"sqlalchemy", "sqlmodel", "pydantic", "alembic"}
FROM = {"CLERK_FROM": "Democratic Services <ds@example.gov.uk>"}


@pytest.mark.parametrize(
    "args",
    [
        ["digest"],
        ["digest", "--committee", "AC", "--as-of", "2020-02-03"],
        ["action-log", "AC"],
        ["action-log", "AC", "--format", "markdown", "--as-of", "2020-01-01"],
    ],
    ids=" ".join,
)
def test_digest_and_action_log_load_no_orm(args, tmp_path, db):
    if not db.is_sqlite:
        pytest.skip("the start-up check is for SQLite files")
    from clerk_cli.services import actions, committees, meetings, owners

    committees.add_committee(db, name="Audit Committee", code="AC", clerk="Ann <ann@example.org>")
    meetings.add_meeting(db, committee="AC", when="2019-12-10")
    meetings.add_meeting(db, committee="AC", when="2030-01-10")
    owners.add_owner(db, name="Chief Internal Auditor", holder="Cy <cy@example.org>")
    actions.add_action(
        db,
        text="Follow up the audit",
        owner="Chief Internal Auditor",
        meeting="AC/2019-12-10",
        due="2020-01-31",
    )
    db.dispose()

    assert ORM.isdisjoint(loaded_modules(args, tmp_path=tmp_path))


def test_an_outbox_run_loads_no_orm(tmp_path, db):
    if not db.is_sqlite:
        pytest.skip("the start-up check is for SQLite files")
    from clerk_cli.services import actions, committees, owners

    committees.add_committee(db, name="Audit Committee", code="AC", clerk=None)
    owners.add_owner(db, name="Chief Internal Auditor", holder="Cy <cy@example.org>")
    actions.add_action(
        db, text="Follow up", owner="Chief Internal Auditor", committee="AC", due="2020-01-31"
    )
    db.dispose()

    args = ["digest", "--outbox", str(tmp_path / "outbox")]
    assert ORM.isdisjoint(loaded_modules(args, env=FROM, tmp_path=tmp_path))
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1
