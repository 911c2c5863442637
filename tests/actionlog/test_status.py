"""clerk status: counts per committee from aggregate SQL, the oldest overdue action, the busiest owners."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from clerk_cli.services.status import status_overview

from .dataset import CFO, DCS

AS_OF = date(2022, 9, 13)
BLOCK = "\u2588"


def test_counts_per_committee(db, dataset):
    overview = status_overview(db, as_of=AS_OF)
    by_code = {c.code: c for c in overview.committees}
    # Open on 13 September 2022, as report --as-of counts it: CSSC 1, 3, 4, 5
    # (confidential) and 9 (recorded in June, no due date); not 10, which comes from
    # the meeting of 20 September.  Overdue: 1 and 4.  Due within 7 days: 3.
    assert (by_code["CSSC"].open, by_code["CSSC"].overdue, by_code["CSSC"].due_soon) == (5, 2, 1)
    assert (by_code["AUD"].open, by_code["AUD"].overdue, by_code["AUD"].due_soon) == (2, 1, 1)
    assert overview.total_open == 7 and overview.total_overdue == 3


def test_counts_as_of_today_are_the_current_statuses(db, dataset):
    overview = status_overview(db)
    by_code = {c.code: c for c in overview.committees}
    # CSSC open now: 1, 3, 4, 5, 9, 10; all but 9 (no due date) are overdue by now.
    assert (by_code["CSSC"].open, by_code["CSSC"].overdue) == (6, 5)
    assert overview.total_open == 8


def test_oldest_overdue_and_top_owners(db, dataset):
    overview = status_overview(db, as_of=AS_OF)
    oldest = {c.code: c.oldest_overdue for c in overview.committees}
    assert (
        oldest["CSSC"].ref == "CSSC-1" and oldest["CSSC"].days_overdue == 13
    )  # ties go to the lower number
    assert oldest["AUD"].ref == "AUD-1" and oldest["AUD"].days_overdue == 43
    assert [(o.owner, o.overdue) for o in overview.top_owners] == [(CFO, 2), (DCS, 1)]
    assert overview.top_owners[1].holder == "Lucy Butler"


def test_confidential_can_be_left_out(db, dataset):
    overview = status_overview(db, as_of=AS_OF, include_confidential=False)
    assert {c.code: c.open for c in overview.committees}["CSSC"] == 4


def test_nothing_overdue_before_anything_is_due(db, dataset):
    overview = status_overview(db, as_of=date(2022, 1, 1))
    assert overview.total_overdue == 0
    assert all(c.oldest_overdue is None for c in overview.committees)
    assert overview.top_owners == []


def test_plain_output_has_text_bars(cli, dataset):
    result = cli("status", "--as-of", "2022-09-13")
    assert result.exit_code == 0
    out = result.output
    assert out.startswith("Status as of 2022-09-13: 7 open, 3 overdue, 2 due within 7 days")
    assert "Children's Services Scrutiny Committee (CSSC)" in out
    assert f"  Open           5  {BLOCK * 20}\n" in out  # the largest count fills the bar
    assert f"  Open           2  {BLOCK * 8}\n" in out
    assert "Oldest overdue: CSSC-1 Report the revised budget to Cabinet (13 days overdue;" in out
    assert f"       2  {CFO}\n" in out


def test_table_and_json(cli, dataset):
    table = cli("status", "--as-of", "2022-09-13", "--format", "table")
    assert table.exit_code == 0
    assert "Oldest overdue action per committee" in table.output and "AUD-1" in table.output
    data = json.loads(cli("status", "--as-of", "2022-09-13", "--format", "json").output)
    assert data["totals"] == {"open": 7, "overdue": 3, "due_soon": 2}
    assert data["committees"][0]["code"] == "AUD"
    assert data["committees"][0]["oldest_overdue"]["due_date"] == "2022-08-01"


def test_status_on_an_empty_database(cli):
    result = cli("status")
    assert result.exit_code == 0
    assert "No committees yet." in result.output


def test_help_does_not_import_heavy_libraries():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from clerk_cli.cli import main\n"
        "for args in (['--help'], ['action-log', '--help'], ['export', '--help'], ['status', '--help'],"
        " ['import-json', '--help']):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0, args\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'docx', 'icalendar', 'jinja2', 'sqlalchemy', 'sqlmodel', 'rich'})\n"
        "print(heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


def _report_by_committee(cli, as_of: str, *extra: str) -> dict[str, int]:
    result = cli("report", "--as-of", as_of, "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    counts: dict[str, int] = {}
    for row in json.loads(result.output):
        counts[row["committee"]] = counts.get(row["committee"], 0) + 1
    return counts


def test_status_counts_overdue_as_the_report_lists_it(cli, dataset):
    """Findings (architecture review 3.D): status --as-of counted current statuses only,
    so an action done since was overdue in report --overdue --as-of but not in status."""
    assert cli("done", dataset["formula"]).exit_code == 0  # due 31 Aug 2022, done today
    assert cli("done", dataset["aud_overdue"]).exit_code == 0
    for as_of in (
        "2022-06-01",
        "2022-08-02",
        "2022-09-13",
        "2022-09-15",
        "2022-10-01",
        "2023-01-31",
    ):
        for extra in ((), ("--no-confidential",)):
            result = cli("status", "--as-of", as_of, "--format", "json", *extra)
            data = json.loads(result.output)
            overdue = {c["code"]: c["overdue"] for c in data["committees"] if c["overdue"]}
            assert overdue == _report_by_committee(cli, as_of, "--overdue", *extra), as_of
            soon = {c["code"]: c["due_soon"] for c in data["committees"] if c["due_soon"]}
            assert soon == _report_by_committee(cli, as_of, "--due-within", "7", *extra), as_of
    # The regression itself: done today, so open and overdue on 13 September 2022.
    data = json.loads(cli("status", "--as-of", "2022-09-13", "--format", "json").output)
    assert {c["code"]: c["overdue"] for c in data["committees"]} == {"AUD": 1, "CSSC": 2}
