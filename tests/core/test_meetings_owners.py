"""Meetings ("next meeting" re-resolution), committees, owners and handover."""

import json


def _json(cli, *args):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _due(cli, ref):
    return _json(cli, "show", ref)["due_date"]


def test_next_meeting_due_follows_the_calendar(seeded):
    cli = seeded
    assert _due(cli, "CSSC-1") == "2022-09-20"

    # A meeting added in between becomes the next meeting.
    r = cli("meeting", "add", "CSSC", "2022-07-19")
    assert "1 meeting-relative due date updated" in r.output
    assert _due(cli, "CSSC-1") == "2022-07-19"

    # Moving it later than the September meeting hands the due back to September.
    cli("meeting", "edit", "CSSC/2022-07-19", "--date", "2022-10-18")
    assert _due(cli, "CSSC-1") == "2022-09-20"

    # Cancelling September moves it on to October.
    r = cli("meeting", "cancel", "CSSC/2022-09-20")
    assert r.exit_code == 0
    assert _due(cli, "CSSC-1") == "2022-10-18"

    data = _json(cli, "show", "CSSC-1")
    assert data["due_text"] == "next meeting"
    # Moving with the calendar is not a slip (findings bug 15): nobody changed the date.
    assert data["slip_count"] == 0
    assert data["original_due_date"] == "2022-09-20"
    assert [h["new"] for h in data["history"] if h["field"] == "due_date"] == [
        "2022-07-19",
        "2022-09-20",
        "2022-10-18",
    ]
    # Each move says which meeting change caused it.
    assert [h["new"] for h in data["history"] if h["field"] == "due_moved_with_meeting"] == [
        "CSSC/2022-07-19 added",
        "CSSC/2022-07-19 moved to 2022-10-18",
        "CSSC/2022-09-20 cancelled",
    ]


def test_next_meeting_without_a_future_meeting_waits_for_one(cli):
    cli("committee", "add", "Cabinet", "--code", "CAB")
    cli("meeting", "add", "CAB", "30/09/2021")
    cli("owner", "add", "Leader of the Council")
    cli(
        "add-action",
        "Report back",
        "--owner",
        "Leader of the Council",
        "--meeting",
        "CAB/2021-09-30",
        "--due",
        "the next meeting",
    )
    assert _due(cli, "CAB-1") is None
    assert "next meeting (not yet scheduled)" in cli("show", "CAB-1").output
    cli("meeting", "add", "CAB", "04/11/2021")
    assert _due(cli, "CAB-1") == "2021-11-04"
    assert _json(cli, "show", "CAB-1")["slip_count"] == 0  # first date is not a slip


def test_other_committees_meetings_do_not_count(seeded):
    seeded("committee", "add", "Cabinet", "--code", "CAB")
    seeded("meeting", "add", "CAB", "2022-07-01")
    assert _due(seeded, "CSSC-1") == "2022-09-20"


def test_meeting_list_and_show(seeded):
    meetings = _json(seeded, "meeting", "list", "--committee", "CSSC")
    assert [m["ref"] for m in meetings] == ["CSSC/2022-06-14", "CSSC/2022-09-20"]
    shown = _json(seeded, "meeting", "show", "CSSC/2022-06-14")
    assert shown["title"] == "Regulatory scrutiny of children's services"
    assert [r["ref"] for r in shown["resolutions"]] == ["7.15(3)"]
    assert [a["ref"] for a in shown["actions"]] == ["CSSC-1"]
    plain = seeded("meeting", "show", "CSSC/14/06/2022")
    assert plain.exit_code == 0 and "CSSC-1" in plain.output


def test_duplicate_meeting_and_bad_time(seeded):
    r = seeded("meeting", "add", "CSSC", "14/06/2022")
    assert r.exit_code == 1 and "already recorded" in r.output
    r = seeded("meeting", "add", "CSSC", "15/06/2022", "--time", "25:00")
    assert r.exit_code == 1 and "not a time" in r.output
    r = seeded("meeting", "add", "CSSC", "15/06/2022", "--time", "2.30 pm")
    assert r.exit_code == 0
    assert _json(seeded, "meeting", "show", "CSSC/2022-06-15")["time"] == "14:30"


def test_meeting_delete_guards(seeded):
    assert seeded("meeting", "delete", "CSSC/2022-06-14", "--yes").exit_code == 1  # has actions
    assert seeded("meeting", "delete", "CSSC/2022-09-20").exit_code == 1  # no --yes
    assert seeded("meeting", "delete", "CSSC/2022-09-20", "--yes").exit_code == 0
    assert _due(seeded, "CSSC-1") is None


def test_committee_codes_and_duplicates(cli):
    r = cli("committee", "add", "Children's Services Scrutiny Committee")
    assert r.exit_code == 0 and "CSSC" in r.output  # code from initials
    assert cli("committee", "add", "Other", "--code", "CSSC").exit_code == 1
    assert cli("committee", "add", "Bad", "--code", "1-2").exit_code == 1
    r = cli("committee", "edit", "cssc", "--clerk", "Sam Okafor <sam@example.gov.uk>")
    assert r.exit_code == 0
    rows = _json(cli, "committee", "list")
    assert rows[0]["clerk_email"] == "sam@example.gov.uk"
    r = cli("committee", "add", "X", "--clerk", "Someone <not-an-email>")
    assert r.exit_code == 1 and "not a valid email address" in r.output


def test_handover_moves_open_actions_and_keeps_history(seeded):
    cli = seeded
    cli("add-action", "Second", "--owner", "Lucy Butler", "--committee", "CSSC")
    cli("done", "CSSC-2")
    r = cli(
        "owner",
        "handover",
        "Director of Children, Young People and Learning",
        "--to",
        "Sam Patel <sam.patel@example.gov.uk>",
    )
    assert r.exit_code == 0, r.output
    assert "now held by Sam Patel (was Lucy Butler); 1 open action follows" in r.output
    assert _json(cli, "show", "CSSC-1")["owner_holder"] == "Sam Patel"
    owner = _json(cli, "owner", "show", "Director of Children, Young People and Learning")
    assert [h["name"] for h in owner["holders"]] == ["Lucy Butler", "Sam Patel"]
    assert owner["holders"][0]["ended_at"] is not None and owner["holders"][1]["ended_at"] is None
    history = _json(cli, "history", "CSSC-1")
    assert any(h["field"] == "holder" and h["old"].startswith("Lucy Butler") for h in history)
    # the closed action's history is untouched
    assert not any(h["field"] == "holder" for h in _json(cli, "history", "CSSC-2"))


def test_handover_of_unknown_post(seeded):
    r = seeded("owner", "handover", "Director of Childrens Services", "--to", "X <x@example.org>")
    assert r.exit_code == 1
    assert "No owner" in r.output


def test_owner_list_counts(seeded):
    rows = _json(seeded, "owner", "list", "--as-of", "2022-10-01")
    assert rows[0]["open_actions"] == 1 and rows[0]["overdue_actions"] == 1
    assert rows[0]["email"] == "lucy.butler@example.gov.uk"


def test_owner_add_warns_about_near_duplicates(seeded):
    r = seeded("owner", "add", "Director of Children, Young People & Learning")
    assert r.exit_code == 0
    assert "Did you mean" in r.output


def test_owner_rename_and_email(seeded):
    r = seeded("owner", "edit", "Lucy Butler", "--email", "l.butler@example.gov.uk")
    assert r.exit_code == 0
    assert _json(seeded, "show", "CSSC-1")["owner_holder"] == "Lucy Butler"
    r = seeded(
        "owner",
        "edit",
        "Director of Children, Young People and Learning",
        "--rename",
        "Director of Children",
    )
    assert r.exit_code == 0
    assert _json(seeded, "show", "CSSC-1")["owner"] == "Director of Children"


def test_resolutions_number_themselves(seeded):
    r = seeded("add-resolution", "That the report be noted", "--meeting", "CSSC/2022-06-14")
    assert r.exit_code == 0 and "Added resolution 2" in r.output
    r = seeded("add-resolution", "Again", "--meeting", "CSSC/2022-06-14", "--ref", "7.15(3)")
    assert r.exit_code == 1 and "already recorded" in r.output
