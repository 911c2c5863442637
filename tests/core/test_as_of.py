"""--as-of gives things as they stood at the end of that day: a paper produced on a day
and regenerated later with --as-of that day is the same, byte for byte, whatever was
done in between (issue 11; findings bug 1).

The world is built day by day with the clock moved (time-machine), as a clerk would
have recorded it.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

import pytest
import time_machine

D = "2022-09-30"


def at(day: str):
    """Run the block as if it were 10:00 UTC on that day."""
    return time_machine.travel(datetime.fromisoformat(day).replace(hour=10, tzinfo=UTC), tick=False)


def ok(cli, *args):
    result = cli(*args)
    assert result.exit_code == 0, (args, result.output)
    return result.output


PAPERS = [
    ("report", "--overdue"),
    ("report", "--due-within", "30"),
    ("list", "--all"),
    ("list",),
    ("show", "CSSC-1"),
    ("show", "CSSC-2"),
    ("status",),
    ("action-log", "CSSC", "--format", "markdown"),
    ("action-log", "CSSC", "--format", "csv"),
    ("digest",),
]


def _papers(cli, *extra):
    def one(args):
        plain = () if args[0] in ("action-log", "digest") else ("--format", "plain")
        return ok(cli, *args, *plain, *extra)

    return {args: one(args) for args in PAPERS}


@pytest.fixture
def month(cli):
    """CSSC's summer: actions, notes and a completion, up to D."""
    with at("2022-06-01"):
        ok(cli, "committee", "add", "Children's Services Scrutiny Committee", "--code", "CSSC")
        for day in ("14/06/2022", "20/09/2022", "15/11/2022"):
            ok(cli, "meeting", "add", "CSSC", day)
        ok(
            cli,
            "owner",
            "add",
            "Director of Children's Services",
            "--holder",
            "Lucy Butler <lucy.butler@example.gov.uk>",
        )
        ok(
            cli,
            "owner",
            "add",
            "Head of Democratic Services",
            "--holder",
            "Dee Pike <dee.pike@example.gov.uk>",
        )
    with at("2022-06-15"):
        ok(
            cli,
            "add-action",
            "Share the make-up of the Improvement Board",
            "--owner",
            "Director of Children's Services",
            "--due",
            "next meeting",
            "--meeting",
            "CSSC/2022-06-14",
        )
        ok(
            cli,
            "add-action",
            "Circulate the staff survey questions",
            "--owner",
            "Head of Democratic Services",
            "--due",
            "31/08/2022",
            "--meeting",
            "CSSC/2022-06-14",
        )
        ok(
            cli,
            "add-action",
            "Invite the commissioner",
            "--owner",
            "Head of Democratic Services",
            "--due",
            "31/07/2022",
            "--meeting",
            "CSSC/2022-06-14",
        )
        ok(
            cli,
            "add-action",
            "Report the budget position",
            "--owner",
            "Director of Children's Services",
            "--due",
            "the November meeting",
            "--meeting",
            "CSSC/2022-06-14",
        )
    with at("2022-08-10"):
        ok(cli, "note", "CSSC-2", "Questions drafted, with HR")
        ok(cli, "done", "CSSC-3", "--note", "Invitation sent")
    with at("2022-09-25"):
        ok(cli, "edit", "CSSC-2", "--due", "15/09/2022")
        ok(cli, "start", "CSSC-1")
    return cli


def test_papers_for_a_day_are_the_same_after_later_changes(month):
    cli = month
    with at(D):
        then = _papers(cli)
    # A month later: notes, completions, a slip, a reopen, a handover, a meeting moved,
    # a new action from an earlier meeting and a new post.
    with at("2022-10-20"):
        ok(cli, "note", "CSSC-1", "Board membership now agreed")
        ok(cli, "done", "CSSC-1")
        ok(cli, "edit", "CSSC-2", "--due", "31/12/2022", "--text", "Circulate the full survey")
        ok(cli, "reopen", "CSSC-3")
        ok(
            cli,
            "owner",
            "handover",
            "Head of Democratic Services",
            "--to",
            "Sam Patel <sam.patel@example.gov.uk>",
        )
        ok(cli, "meeting", "edit", "CSSC/2022-11-15", "--date", "22/11/2022")
        ok(cli, "edit", "CSSC-4", "--confidential")
    with at("2022-11-30"):
        now = _papers(cli, "--as-of", D)
    for args in PAPERS:
        assert now[args] == then[args], args


def test_list_as_of_leaves_out_actions_recorded_later_and_keeps_those_closed_later(month):
    cli = month
    with at("2022-10-02"):
        ok(cli, "committee", "add", "Cabinet", "--code", "CAB")
        ok(cli, "add-action", "Publish the strategy", "--committee", "CAB")
        ok(cli, "done", "CSSC-2")
    with at("2022-10-03"):
        listed = ok(cli, "list", "--format", "plain", "--as-of", D)
    assert "CAB-1" not in listed
    assert "CSSC-2" in listed  # still open on the 30th


def test_a_date_without_a_year_is_the_most_recent_one(month):
    cli = month
    with at("2022-11-07"):
        explicit = ok(cli, "report", "--overdue", "--format", "plain", "--as-of", "30/09/2022")
        bare = ok(cli, "report", "--overdue", "--format", "plain", "--as-of", "30 September")
    assert bare == explicit
    assert "as of 2022-09-30" in bare


def test_nothing_is_shown_as_of_a_day_before_it_existed(seeded):
    """Findings (dates bug 3): show REF --as-of a day before the action existed showed it
    as it is now; report and list leave such actions out, and show says it did not exist.
    An action exists from its meeting's date, else from the day it was recorded."""
    cli = seeded
    with at("2022-07-01"):
        ok(cli, "add-action", "Review the policy", "--committee", "CSSC", "--due", "31/07/2022")
    with at("2022-12-01"):
        for ref, before, since in (
            ("CSSC-1", "2022-06-13", "2022-06-14"),
            ("CSSC-2", "2022-06-30", "2022-07-01"),
        ):
            for fmt in ("plain", "json"):
                r = cli("show", ref, "--as-of", before, "--format", fmt)
                assert r.exit_code == 1, r.output
                assert r.output.count("\n") == 1 and f"{ref} did not exist on {before}" in r.output
                assert since in r.output
            assert ref in ok(cli, "show", ref, "--as-of", since, "--format", "plain")
        listed = ok(cli, "list", "--all-statuses", "--format", "plain", "--as-of", "2022-06-30")
        report = ok(
            cli, "report", "--due-within", "60", "--format", "plain", "--as-of", "2022-06-30"
        )
        assert "CSSC-2" not in listed and "CSSC-2" not in report
        assert "CSSC-1" in listed
        assert "CSSC-2" in ok(cli, "list", "--format", "plain", "--as-of", "2022-07-01")


def _later(cli):
    """After D: a new action from the November meeting (due in December), one from an
    earlier meeting recorded late, and CSSC-2 (open on D) done."""
    with at("2022-10-02"):
        ok(
            cli,
            "add-action",
            "Publish the new strategy",
            "--committee",
            "CSSC",
            "--meeting",
            "CSSC/2022-11-15",
            "--due",
            "20/12/2022",
        )
        ok(cli, "add-action", "Write to the minister", "--committee", "CSSC", "--due", "1/12/2022")
        ok(cli, "done", "CSSC-2")


def test_calendar_as_of_shows_the_actions_open_that_day(month):
    """Findings (as-of bug 1): calendar --as-of D showed actions created after D (their
    due dates) and left out those open on D but closed since."""
    cli = month
    _later(cli)
    with at("2022-10-03"):
        ics = ok(cli, "calendar", "--as-of", D, "--no-meetings")
        today = ok(cli, "calendar", "--no-meetings")
    assert "Publish the new strategy" not in ics and "Write to the minister" not in ics
    assert "CSSC-2]" in ics  # open on the 30th, done since
    assert "CSSC-3]" not in ics  # done before
    assert "Publish the new strategy" in today and "CSSC-2]" not in today


def test_meeting_show_as_of_a_day_before_the_meeting_has_no_actions(month):
    """Findings (as-of bug 2): meeting show --as-of a day before the meeting listed the
    actions it later gave; on a later day they are shown as they stood."""
    cli = month
    _later(cli)
    with at("2022-10-03"):
        before = ok(cli, "meeting", "show", "CSSC/2022-11-15", "--as-of", D, "--format", "json")
        assert json.loads(before)["actions"] == []
        assert "CSSC-5" in ok(cli, "meeting", "show", "CSSC/2022-11-15", "--format", "plain")
        june = json.loads(
            ok(cli, "meeting", "show", "CSSC/2022-06-14", "--as-of", D, "--format", "json")
        )
    statuses = {a["ref"]: a["status"] for a in june["actions"]}
    assert statuses == {
        "CSSC-1": "in_progress",
        "CSSC-2": "open",
        "CSSC-3": "done",
        "CSSC-4": "open",
    }


def _csv_rows(text: str) -> dict[str, str]:
    return {r["ref"]: r["status"] for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))}


def test_export_as_of_shows_the_actions_as_they_stood(month, tmp_path):
    """Findings (as-of bug 3): export --format csv|xlsx|ics --as-of D only rated actions
    as of D: actions created later and today's statuses appeared.  They are the rows and
    statuses of list --as-of D."""
    cli = month
    _later(cli)
    with at("2022-10-03"):
        listed = json.loads(ok(cli, "list", "--all-statuses", "--format", "json", "--as-of", D))
        exported = _csv_rows(ok(cli, "export", "--format", "csv", "--as-of", D))
        target = tmp_path / "a.xlsx"
        ok(cli, "export", "--format", "xlsx", "--as-of", D, "-o", str(target))
        ics = ok(cli, "export", "--format", "ics", "--as-of", D)
    assert exported == {a["ref"]: a["status"] for a in listed}
    assert exported == {
        "CSSC-1": "in_progress",
        "CSSC-2": "open",
        "CSSC-3": "done",
        "CSSC-4": "open",
    }
    from openpyxl import load_workbook

    sheet = load_workbook(target).active
    head = [c.value for c in sheet[1]]
    ref, status = head.index("Ref"), head.index("Status")
    in_xlsx = {r[ref]: r[status] for r in sheet.iter_rows(min_row=2, values_only=True) if r[ref]}
    assert in_xlsx == exported
    assert "CSSC-2]" in ics and "CSSC-5" not in ics and "CSSC-6" not in ics


def test_json_export_refuses_as_of(month, tmp_path):
    """Findings (as-of bug 3): export --format json ignored --as-of; it is a full backup
    of today's data, so it says so instead of writing today's data."""
    cli = month
    target = tmp_path / "backup.json"
    with at("2022-10-03"):
        r = cli("export", "--as-of", D, "-o", str(target))
        assert r.exit_code != 0
        assert r.output.count("\n") == 1 and "full backup of today's data" in r.output
        assert f"list --all-statuses --as-of {D} --format json" in r.output
        assert not target.exists()
        json.loads(ok(cli, "export"))
