"""clerk history in the clerk's words (findings bug 20): one row per due date change,
a date that moved with its meeting says so, status words instead of field names.
What is stored (and shown by --format json) is unchanged."""

import json


def test_one_due_date_change_is_one_row(seeded):
    cli = seeded
    assert cli("edit", "CSSC-1", "--due", "31/10/2022").exit_code == 0
    assert cli("edit", "CSSC-1", "--due", "next meeting").exit_code == 0
    out = cli("history", "CSSC-1", "--format", "plain").output
    due_rows = [line for line in out.splitlines() if "due date" in line]
    assert len(due_rows) == 2, out
    assert "2022-09-20 (next meeting)" in due_rows[0] and due_rows[0].rstrip().endswith(
        "2022-10-31"
    )
    assert due_rows[1].rstrip().endswith("2022-09-20 (next meeting)")
    for name in ("due_rule", "due_text", "due_date", "next_meeting"):
        assert name not in out
    # Stored as before: --format json still has the three rows of each change.
    stored = json.loads(cli("history", "CSSC-1", "--format", "json").output)
    assert [h["field"] for h in stored].count("due_text") == 2


def test_a_date_moved_with_its_meeting_says_so(seeded):
    cli = seeded
    assert cli("meeting", "edit", "CSSC/2022-09-20", "--date", "27/09/2022").exit_code == 0
    out = cli("history", "CSSC-1", "--format", "plain").output
    moved = [line for line in out.splitlines() if "moved with its meeting" in line]
    assert len(moved) == 1, out
    assert "due date moved with its meeting (CSSC/2022-09-20 moved to 2022-09-27)" in moved[0]
    assert moved[0].rstrip().endswith("2022-09-27")
    assert "due_moved_with_meeting" not in out


def test_status_words_and_the_day_it_happened(seeded):
    cli = seeded
    assert cli("start", "CSSC-1").exit_code == 0
    assert cli("done", "CSSC-1", "--on", "2022-10-05").exit_code == 0
    out = cli("history", "CSSC-1", "--format", "plain").output
    assert "in progress" in out and "in_progress" not in out
    assert "done (on 2022-10-05)" in out
    assert "completed_at" not in out


def test_committee_history_groups_each_action(seeded):
    cli = seeded
    cli(
        "add-action",
        "Second",
        "--committee",
        "CSSC",
        "--due",
        "next meeting",
        "--meeting",
        "CSSC/2022-06-14",
    )
    assert cli("meeting", "edit", "CSSC/2022-09-20", "--date", "27/09/2022").exit_code == 0
    out = cli("history", "--committee", "CSSC", "--format", "plain").output
    moved = [line for line in out.splitlines() if "moved with its meeting" in line]
    assert [line.split()[4] for line in moved] == ["CSSC-1", "CSSC-2"]
