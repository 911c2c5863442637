"""A clerk's first session and the action commands, through the CLI against real SQLite files."""

import json

from clerk_cli.views import ACTION_JSON_KEYS


def _one_line_error(result, code=1):
    assert result.exit_code == code, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    return lines[0]


def _json(cli, *args):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_first_session_reads_naturally(seeded):
    cli = seeded
    report = cli("report", "--overdue", "--as-of", "2022-10-01")
    assert report.exit_code == 0
    assert "CSSC-1" in report.output
    assert "Share the make-up of the Improvement Board" in report.output
    assert "Lucy Butler" in report.output
    assert "11 days overdue" in report.output  # due at the next meeting, 20 Sep 2022

    assert cli("note", "CSSC-1", "Draft circulated to the Chair").exit_code == 0
    done = cli("done", "CSSC-1", "--note", "Circulated to members on 3 July")
    assert done.exit_code == 0 and "CSSC-1 done" in done.output

    show = cli("show", "CSSC-1")
    assert show.exit_code == 0
    assert "Status:        done" in show.output
    assert "Draft circulated to the Chair" in show.output
    assert "Circulated to members on 3 July" in show.output
    assert "7.15(3)" in show.output

    history = cli("history", "CSSC-1")
    assert history.exit_code == 0
    # In the clerk's words: a completion is one "status" change (bug 20).
    for field in ("created", "note", "status", "open", "done"):
        assert field in history.output
    assert "test-clerk" in history.output  # who: CLERK_USER from the fixture


def test_by_option_records_who(seeded):
    seeded("note", "CSSC-1", "Chased by phone", "--by", "Sam Okafor")
    rows = _json(seeded, "history", "CSSC-1")
    assert rows[-1]["by"] == "Sam Okafor"
    assert rows[-1]["field"] == "note"


def test_references_are_per_committee_and_case_insensitive(seeded):
    cli = seeded
    cli("committee", "add", "Audit and Governance Committee", "--code", "agc")
    cli("owner", "add", "Chief Internal Auditor")
    r = cli(
        "add-action",
        "Complete the follow-up audit",
        "--owner",
        "Chief Internal Auditor",
        "--committee",
        "AGC",
        "--due",
        "31/03/2023",
    )
    assert "AGC-1" in r.output
    r = cli("add-action", "Second", "--owner", "chief internal auditor", "--committee", "AGC")
    assert "AGC-2" in r.output
    assert cli("show", "agc-2").exit_code == 0
    assert cli("show", "CSSC-1").exit_code == 0


def test_json_keys_are_stable(seeded):
    rows = _json(seeded, "list")
    assert len(rows) == 1
    assert tuple(rows[0]) == ACTION_JSON_KEYS
    row = rows[0]
    assert row["ref"] == "CSSC-1"
    assert row["owner"] == "Director of Children, Young People and Learning"
    assert row["owner_holder"] == "Lucy Butler"
    assert row["due_date"] == "2022-09-20"
    assert row["committee"] == "CSSC"
    assert row["meeting"] == "CSSC/2022-06-14"
    assert row["resolution_ref"] == "7.15(3)"
    assert row["confidential"] is False
    assert row["completed_at"] is None


def test_report_json_days_overdue_as_of(seeded):
    rows = _json(seeded, "report", "--overdue", "--as-of", "30/09/2022")
    assert [r["days_overdue"] for r in rows] == [10]
    assert _json(seeded, "report", "--overdue", "--as-of", "2022-09-01") == []


def test_due_within_lists_amber_actions(seeded):
    rows = _json(seeded, "report", "--due-within", "7", "--as-of", "2022-09-15")
    assert [r["ref"] for r in rows] == ["CSSC-1"]
    assert _json(seeded, "report", "--due-within", "3", "--as-of", "2022-09-15") == []


def test_unknown_owner_suggests_the_close_match(seeded):
    r = seeded(
        "add-action",
        "Something",
        "--owner",
        "Director of Children Young People & Learning",
        "--meeting",
        "CSSC/2022-06-14",
    )
    line = _one_line_error(r)
    assert "Did you mean 'Director of Children, Young People and Learning'?" in line
    assert _json(seeded, "list") and len(_json(seeded, "list")) == 1  # nothing written


def test_create_owner_makes_a_new_post(seeded):
    r = seeded(
        "add-action",
        "Invite the chair",
        "--owner",
        "Democratic Services Manager",
        "--create-owner",
        "--meeting",
        "CSSC/2022-06-14",
    )
    assert r.exit_code == 0
    owners = _json(seeded, "owner", "list")
    assert "Democratic Services Manager" in [o["name"] for o in owners]


def test_owner_found_by_holder_name(seeded):
    r = seeded("add-action", "Chase", "--owner", "Lucy Butler", "--committee", "CSSC")
    assert r.exit_code == 0
    assert "Director of Children, Young People and Learning" in r.output


def test_invalid_dates_are_one_line_and_write_nothing(seeded):
    for bad in ("31/04/2024", "soonish"):
        r = seeded("add-action", "X", "--owner", "Lucy Butler", "--committee", "CSSC", "--due", bad)
        line = _one_line_error(r)
        assert "Accepted forms" in line
    assert len(_json(seeded, "list")) == 1


def test_unknown_reference_and_bad_reference(seeded):
    assert "No action CSSC-99" in _one_line_error(seeded("show", "CSSC-99"))
    assert "not an action reference" in _one_line_error(seeded("done", "hello"))


def test_status_changes_and_conflicts(seeded):
    assert seeded("start", "CSSC-1").exit_code == 0
    assert _json(seeded, "show", "CSSC-1")["status"] == "in_progress"
    assert seeded("done", "CSSC-1").exit_code == 0
    assert "already done" in _one_line_error(seeded("done", "CSSC-1"))
    assert seeded("reopen", "CSSC-1").exit_code == 0
    data = _json(seeded, "show", "CSSC-1")
    assert data["status"] == "open" and data["completed_at"] is None
    assert seeded("drop", "CSSC-1", "--note", "No longer needed").exit_code == 0
    assert _json(seeded, "list") == []
    assert [r["status"] for r in _json(seeded, "list", "--status", "dropped")] == ["dropped"]


def test_edit_due_counts_slips(seeded):
    r = seeded("edit", "CSSC-1", "--due", "31/10/2022")
    assert r.exit_code == 0 and "slipped 1x" in r.output
    seeded("edit", "CSSC-1", "--due", "30/11/2022")
    data = _json(seeded, "show", "CSSC-1")
    assert data["slip_count"] == 2
    assert data["original_due_date"] == "2022-09-20"
    assert data["due_date"] == "2022-11-30"
    fields = [h["field"] for h in data["history"]]
    assert fields.count("due_date") == 2


def test_edit_without_changes_is_a_usage_error(seeded):
    r = seeded("edit", "CSSC-1")
    assert r.exit_code == 2


def test_delete_requires_yes_and_is_audited(seeded):
    assert "--yes" in _one_line_error(seeded("delete", "CSSC-1"))
    assert len(_json(seeded, "list")) == 1
    assert seeded("delete", "CSSC-1", "--yes").exit_code == 0
    assert _json(seeded, "list", "--all-statuses") == []
    changes = _json(seeded, "history", "--committee", "CSSC")
    assert any(c["field"] == "deleted" and c["label"] == "CSSC-1" for c in changes)


def test_confidential_flag_and_filter(seeded):
    seeded(
        "add-action",
        "Case audit findings",
        "--owner",
        "Lucy Butler",
        "--committee",
        "CSSC",
        "--confidential",
    )
    refs = [r["ref"] for r in _json(seeded, "list")]
    assert refs == ["CSSC-1", "CSSC-2"]
    assert _json(seeded, "show", "CSSC-2")["confidential"] is True
    assert [r["ref"] for r in _json(seeded, "list", "--no-confidential")] == ["CSSC-1"]


def test_list_filters(seeded):
    seeded("owner", "add", "Chief Internal Auditor")
    seeded(
        "add-action",
        "Audit fostering payments",
        "--owner",
        "Chief Internal Auditor",
        "--committee",
        "CSSC",
        "--due",
        "2022-12-01",
    )
    assert [r["ref"] for r in _json(seeded, "list", "--owner", "Chief Internal Auditor")] == [
        "CSSC-2"
    ]
    assert [r["ref"] for r in _json(seeded, "list", "--due-from", "01/11/2022")] == ["CSSC-2"]
    assert [r["ref"] for r in _json(seeded, "list", "--due-to", "30/09/2022")] == ["CSSC-1"]
    assert [r["ref"] for r in _json(seeded, "list", "--search", "fostering")] == ["CSSC-2"]
    assert [r["ref"] for r in _json(seeded, "list", "--meeting", "CSSC/2022-06-14")] == ["CSSC-1"]


def test_output_formats(seeded):
    plain = seeded("report", "--overdue", "--as-of", "2022-10-01")
    assert "\x1b[" not in plain.output  # no colour codes when not a terminal
    csv_out = seeded("report", "--overdue", "--as-of", "2022-10-01", "--format", "csv").output
    assert csv_out.lstrip("\ufeff").splitlines()[0].startswith("ref,committee,meeting")
    assert "CSSC-1" in csv_out
    md = seeded("report", "--overdue", "--as-of", "2022-10-01", "--format", "markdown").output
    assert "| Ref | Action |" in md and "| CSSC-1 |" in md
    table = seeded("report", "--overdue", "--as-of", "2022-10-01", "--format", "table").output
    assert "CSSC-1" in table and "1 action, 1 overdue" in table


def test_terminal_table_shows_a_page_and_counts_the_rest(cli):
    cli("committee", "add", "Big Committee", "--code", "BIG")
    cli("owner", "add", "Officer")
    for i in range(55):
        cli(
            "add-action",
            f"Task {i}",
            "--owner",
            "Officer",
            "--committee",
            "BIG",
            "--due",
            "2020-01-01",
        )
    table = cli("report", "--overdue", "--format", "table").output
    footer = " ".join(table.split())  # however the terminal width wrapped it
    # The counts are of the rows shown, and say so: never "55 actions, 50 overdue".
    assert "55 actions (showing 50: 50 overdue; use --all" in footer
    plain = cli("report", "--overdue").output
    assert plain.count("Task ") == 55


def test_csv_neutralises_formulas(seeded):
    seeded(
        "add-action", '=HYPERLINK("http://evil")', "--owner", "Lucy Butler", "--committee", "CSSC"
    )
    out = seeded("list", "--format", "csv").output
    assert "'=HYPERLINK" in out


def test_missing_committee_for_action(seeded):
    line = _one_line_error(seeded("add-action", "Orphan", "--owner", "Lucy Butler"))
    assert "--meeting" in line


def test_unknown_meeting_says_how_to_add_it(seeded):
    line = _one_line_error(
        seeded("add-action", "X", "--owner", "Lucy Butler", "--meeting", "CSSC/2022-06-15")
    )
    assert "clerk meeting add CSSC 2022-06-15" in line
