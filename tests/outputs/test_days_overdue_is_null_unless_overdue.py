"""days_overdue in JSON is a number only for an overdue action: null when it is due in
the future, due today, has no due date or is closed (dates bug 5), as CSV and XLSX
leave the cell empty.  One rule (rules.status.overdue_by) for every output."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
import time_machine


def at(day: str):
    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


EXPECTED = {"AGC-1": 7, "AGC-2": None, "AGC-3": None, "AGC-4": None, "AGC-5": None}


@pytest.fixture
def audit(cli):
    def ok(*args):
        r = cli(*args)
        assert r.exit_code == 0, (args, r.output)

    with at("2026-11-01"):
        ok("committee", "add", "Audit Committee", "--code", "AGC")
        ok("owner", "add", "Head of Audit")
        for text, due in (
            ("Overdue", "25/11/2026"),
            ("Due later", "31/12/2026"),
            ("Due today", "02/12/2026"),
            ("No date", None),
            ("Done", "01/11/2026"),
        ):
            ok(
                "add-action",
                text,
                "--owner",
                "Head of Audit",
                "--committee",
                "AGC",
                *(("--due", due) if due else ()),
            )
        ok("done", "AGC-5")
    return cli


def _json(cli, *args):
    r = cli(*args, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_json_days_overdue_is_null_unless_overdue(audit):
    with at("2026-12-02"):
        listed = _json(audit, "list", "--all-statuses")
        report = _json(audit, "report", "--overdue", "--due-within", "60")
        shown = {ref: _json(audit, "show", ref) for ref in EXPECTED}
        log = _json(audit, "action-log", "AGC")
    assert {a["ref"]: a["days_overdue"] for a in listed} == EXPECTED
    assert {a["ref"]: a["days_overdue"] for a in report} == {
        ref: EXPECTED[ref] for ref in ("AGC-1", "AGC-2", "AGC-3")
    }
    assert {ref: a["days_overdue"] for ref, a in shown.items()} == EXPECTED
    rows = [a for group in log["open"] for a in group["actions"]]
    rows += log["completed_since_last_meeting"]
    found = {a["ref"]: a["days_overdue"] for a in rows}
    assert "AGC-2" in found and "AGC-3" in found
    assert found == {ref: EXPECTED[ref] for ref in found}


def test_csv_leaves_the_cell_empty_unless_overdue(audit):
    with at("2026-12-02"):
        for args in (("list", "--all-statuses"), ("report", "--due-within", "60")):
            r = audit(*args, "--format", "csv")
            rows = list(csv.DictReader(io.StringIO(r.output.lstrip("\ufeff"))))
            for row in rows:
                expected = EXPECTED[row["ref"]]
                assert row["days_overdue"] == ("" if expected is None else str(expected))
        r = audit("export", "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(r.output.lstrip("\ufeff"))))
        assert {row["ref"]: row["days_overdue"] for row in rows} == {
            ref: "" if days is None else str(days) for ref, days in EXPECTED.items()
        }
        assert {row["ref"]: row["due_in_days"] for row in rows}["AGC-3"] == "0"
