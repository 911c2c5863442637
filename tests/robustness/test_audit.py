"""The audit trail: every change says who and when; deletions need --yes and are recorded."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from .helpers import orm_read, row_counts

# (command, the entity its audit rows are about)
CHANGES = [
    (
        ("committee", "edit", "CSSC", "--clerk", "Sam Okafor <sam.okafor@example.gov.uk>"),
        "committee",
    ),
    (("meeting", "edit", "CSSC/2022-09-20", "--title", "Budget scrutiny"), "meeting"),
    (("meeting", "add", "CSSC", "15/11/2022"), "meeting"),
    (
        (
            "add-resolution",
            "That the report be noted",
            "--meeting",
            "CSSC/2022-06-14",
            "--ref",
            "7.16",
        ),
        "resolution",
    ),
    (("owner", "add", "Head of Finance", "--holder", "Ann Lee <ann.lee@example.gov.uk>"), "owner"),
    (("owner", "edit", "Head of Finance", "--rename", "Head of Finance and Audit"), "owner"),
    (
        (
            "owner",
            "handover",
            "Head of Finance and Audit",
            "--to",
            "Bo Chan <bo.chan@example.gov.uk>",
        ),
        "owner",
    ),
    (
        (
            "add-action",
            "Circulate the budget",
            "--committee",
            "CSSC",
            "--owner",
            "Head of Finance and Audit",
        ),
        "action",
    ),
    (("note", "CSSC-2", "Draft sent to the Chair"), "action"),
    (("edit", "CSSC-2", "--due", "31/12/2022", "--text", "Circulate the final budget"), "action"),
    (("edit", "CSSC-2", "--due", "31/01/2023"), "action"),
    (("start", "CSSC-2"), "action"),
    (("done", "CSSC-2", "--note", "Circulated"), "action"),
    (("reopen", "CSSC-2"), "action"),
    (("drop", "CSSC-2"), "action"),
    (("delete", "CSSC-2", "--yes"), "action"),
    (("meeting", "delete", "CSSC/2022-11-15", "--yes"), "meeting"),
]


def _audit_rows(db) -> list:
    from sqlmodel import select

    from clerk_cli.schema import Audit

    return orm_read(
        db,
        lambda s: [
            SimpleNamespace(**r.model_dump()) for r in s.exec(select(Audit).order_by(Audit.id))
        ],
    )


def test_every_change_is_recorded_with_who_and_when(seeded, db):
    for i, (args, entity) in enumerate(CHANGES):
        who = f"Clerk {i}"
        seen = len(_audit_rows(db))
        started = datetime.now(UTC)
        result = seeded(*args, "--by", who)
        assert result.exit_code == 0, (args, result.output)
        new = _audit_rows(db)[seen:]
        assert new, f"{args} left no trace in the audit trail"
        assert {r.by for r in new} == {who}
        assert {r.entity for r in new} >= {entity}
        for r in new:
            at = r.at if r.at.tzinfo else r.at.replace(tzinfo=UTC)
            assert started.replace(microsecond=0) <= at.replace(microsecond=0) <= datetime.now(UTC)
    rows = _audit_rows(db)
    assert any(
        r.label == "CSSC-2" and r.field == "deleted" and r.old == "Circulate the final budget"
        for r in rows
    )
    assert any(r.label == "CSSC/2022-11-15" and r.field == "deleted" for r in rows)
    slips = [r for r in rows if r.label == "CSSC-2" and r.field == "due_date"]
    assert [(r.old, r.new) for r in slips] == [(None, "2022-12-31"), ("2022-12-31", "2023-01-31")]


@pytest.mark.parametrize("args", [("delete", "CSSC-1"), ("meeting", "delete", "CSSC/2022-09-20")])
def test_deleting_needs_yes(seeded, db_url, args):
    before = row_counts(db_url)
    result = seeded(*args)
    assert result.exit_code == 1
    assert "--yes" in result.stderr
    assert row_counts(db_url) == before


def test_history_of_a_committee_between_two_dates(seeded, db, db_url):
    """Changes are dated in UTC; --since and --until are inclusive whole days."""
    from sqlalchemy import update

    from clerk_cli.schema import Audit

    assert seeded("committee", "add", "Audit Committee", "--code", "AC").exit_code == 0
    assert seeded("add-action", "Other committee's action", "--committee", "AC").exit_code == 0
    assert seeded("note", "CSSC-1", "Chased", "--by", "Dee Pike").exit_code == 0
    assert seeded("edit", "CSSC-1", "--due", "31/12/2022", "--by", "Dee Pike").exit_code == 0
    rows = _audit_rows(db)
    # Spread the CSSC changes over September 2022: day 1 + their position in the trail.
    days = {}
    with db.engine.begin() as conn:
        for n, r in enumerate(r for r in rows if r.label.startswith("CSSC")):
            day = 1 + n
            days[r.id] = day
            at = datetime(2022, 9, day, 23, 59, 59, tzinfo=UTC)
            conn.execute(update(Audit.__table__).where(Audit.__table__.c.id == r.id).values(at=at))
    assert len(days) >= 8

    result = seeded(
        "history",
        "--committee",
        "cssc",
        "--since",
        "03/09/2022",
        "--until",
        "2022-09-06",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    expected = [r for r in rows if r.id in days and 3 <= days[r.id] <= 6]
    assert [(x["label"], x["field"], x["by"]) for x in shown] == [
        (r.label, r.field, r.by) for r in expected
    ]
    assert all(x["at"].startswith("2022-09-0") for x in shown)
    assert not any(x["label"].startswith("AC") for x in shown)

    everything = json.loads(seeded("history", "--committee", "CSSC", "--format", "json").stdout)
    assert len(everything) == len(days)
    later = json.loads(
        seeded("history", "--committee", "CSSC", "--since", "2022-09-07", "--format", "json").stdout
    )
    assert len(later) == len([d for d in days.values() if d >= 7])
    assert seeded("history", "--committee", "NOPE").exit_code == 1
    assert seeded("history", "--committee", "CSSC", "--since", "not a date").exit_code == 2
