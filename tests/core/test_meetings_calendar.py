"""A committee's calendar changes: dues that follow it are not slips, actions left
without a date are named, and two meetings on one date are refused unless meant."""

import json

from clerk_cli.services.meeting_dues import reresolve_committee


def _json(cli, *args):
    result = cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _add_next_meeting_action(cli, text):
    r = cli(
        "add-action",
        text,
        "--owner",
        "Director of Children, Young People and Learning",
        "--due",
        "next meeting",
        "--meeting",
        "CSSC/2022-06-14",
    )
    assert r.exit_code == 0, r.output


def test_moving_a_meeting_writes_one_due_row_and_its_reason(seeded):
    r = seeded("meeting", "edit", "CSSC/2022-09-20", "--date", "27/09/2022")
    assert r.exit_code == 0 and "1 meeting-relative due date updated" in r.output
    history = _json(seeded, "history", "CSSC-1")
    due_rows = [h for h in history if h["field"].startswith("due")]
    assert [(h["field"], h["old"], h["new"]) for h in due_rows] == [
        ("due_date", "2022-09-20", "2022-09-27"),
        ("due_moved_with_meeting", None, "CSSC/2022-09-20 moved to 2022-09-27"),
    ]
    assert all(h["label"] == "CSSC-1" for h in due_rows)
    shown = _json(seeded, "show", "CSSC-1")
    # The rule and its words stay; only the date followed the meeting; no slip.
    assert (shown["due_text"], shown["due_date"], shown["slip_count"]) == (
        "next meeting",
        "2022-09-27",
        0,
    )


def test_a_slip_before_a_meeting_move_is_kept(seeded):
    assert seeded("edit", "CSSC-1", "--due", "30/09/2022").exit_code == 0
    assert _json(seeded, "show", "CSSC-1")["slip_count"] == 1
    # The action no longer follows a rule: moving the meeting leaves it alone.
    seeded("meeting", "edit", "CSSC/2022-09-20", "--date", "27/09/2022")
    shown = _json(seeded, "show", "CSSC-1")
    assert (shown["due_date"], shown["slip_count"]) == ("2022-09-30", 1)


def test_cancelling_the_last_meeting_names_the_actions_left_undated(seeded):
    _add_next_meeting_action(seeded, "Second")
    r = seeded("meeting", "cancel", "CSSC/2022-09-20")
    assert r.exit_code == 0
    assert "2 meeting-relative due dates updated" in r.output
    assert "CSSC-1, CSSC-2 now have no due date (no later meeting)" in r.output
    history = _json(seeded, "history", "CSSC-2")
    assert ("due_moved_with_meeting", "CSSC/2022-09-20 cancelled") in [
        (h["field"], h["new"]) for h in history
    ]
    # A new meeting gives them a date again, and says so.
    r = seeded("meeting", "add", "CSSC", "2022-10-18")
    assert "2 meeting-relative due dates updated" in r.output and "no due date" not in r.output
    assert _json(seeded, "show", "CSSC-2")["due_date"] == "2022-10-18"


def test_deleting_the_only_later_meeting_names_the_action(seeded):
    r = seeded("meeting", "delete", "CSSC/2022-09-20", "--yes")
    assert r.exit_code == 0
    assert "CSSC-1 now has no due date (no later meeting)" in r.output


def test_second_meeting_on_a_date_needs_allow_duplicate(seeded):
    r = seeded("meeting", "add", "CSSC", "20/09/2022", "--time", "14:00")
    assert r.exit_code == 1
    assert "already has a meeting on 2022-09-20" in r.output and "--allow-duplicate" in r.output
    r = seeded("meeting", "add", "CSSC", "20/09/2022", "--time", "14:00", "--allow-duplicate")
    assert r.exit_code == 0, r.output
    # The very same date and time can never be told apart: refused even when allowed.
    r = seeded("meeting", "add", "CSSC", "20/09/2022", "--time", "2 pm", "--allow-duplicate")
    assert r.exit_code == 1
    r = seeded("meeting", "add", "CSSC", "20/09/2022", "--time", "14.00", "--allow-duplicate")
    assert r.exit_code == 1 and "already recorded" in r.output

    listed = _json(seeded, "meeting", "list", "--committee", "CSSC")
    ids = {m["time"]: m["id"] for m in listed if m["date"] == "2022-09-20"}
    # The ambiguous reference lists each meeting with its id and time.
    r = seeded("meeting", "show", "CSSC/2022-09-20")
    assert r.exit_code == 1
    assert f"id {ids[None]}, no time, scheduled" in r.output
    assert f"id {ids['14:00']}, 14:00, scheduled" in r.output
    # The table shows the ids too, and an id works wherever a meeting is asked for.
    table = seeded("meeting", "list", "--committee", "CSSC")
    assert str(ids["14:00"]) in table.output
    assert seeded("meeting", "delete", str(ids["14:00"]), "--yes").exit_code == 0
    assert seeded("meeting", "show", "CSSC/2022-09-20").exit_code == 0


def test_meeting_list_json_leaves_out_what_show_gives(seeded):
    """Findings bug 8: the list gave empty "resolutions" and "actions" arrays."""
    listed = _json(seeded, "meeting", "list", "--committee", "CSSC")
    assert listed[0]["ref"] == "CSSC/2022-06-14"
    assert "resolutions" not in listed[0] and "actions" not in listed[0]
    shown = _json(seeded, "meeting", "show", "CSSC/2022-06-14")
    assert len(shown["resolutions"]) == 1 and len(shown["actions"]) == 1


def test_reresolve_for_an_imported_meeting(db, seeded):
    """The importer calls reresolve_committee in its own transaction with a new meeting."""
    seeded("meeting", "add", "CSSC", "2022-07-19", "--status", "cancelled")

    def work(q):
        q.execute("UPDATE meeting SET status = 'held' WHERE date = ?", ("2022-07-19",))
        cid = q.scalar("SELECT id FROM committee WHERE code = 'CSSC'")
        from datetime import date

        return reresolve_committee(q, cid, by="importer", new_meeting=date(2022, 7, 19))

    moved = db.run_sql(work, write=True)
    assert [(m.ref, m.old.isoformat(), m.new.isoformat()) for m in moved] == [
        ("CSSC-1", "2022-09-20", "2022-07-19")
    ]
    history = _json(seeded, "history", "CSSC-1")
    assert history[-1]["field"] == "due_moved_with_meeting"
    assert history[-1]["new"] == "CSSC/2022-07-19 added"
    assert _json(seeded, "show", "CSSC-1")["slip_count"] == 0


def ids_on(cli, day: str) -> dict:
    """{time: id} of the CSSC meetings on a day."""
    listed = _json(cli, "meeting", "list", "--committee", "CSSC")
    return {m["time"]: str(m["id"]) for m in listed if m["date"] == day}


def test_moving_a_meeting_onto_a_busy_date_needs_allow_duplicate(seeded):
    seeded("meeting", "add", "CSSC", "2022-10-18")
    r = seeded("meeting", "edit", "CSSC/2022-10-18", "--date", "20/09/2022", "--allow-duplicate")
    assert r.exit_code == 1 and "already recorded" in r.output  # same date, both untimed
    r = seeded("meeting", "edit", "CSSC/2022-10-18", "--date", "20/09/2022", "--time", "18:00")
    assert r.exit_code == 1 and "already has a meeting on 2022-09-20" in r.output
    r = seeded(
        "meeting",
        "edit",
        "CSSC/2022-10-18",
        "--date",
        "20/09/2022",
        "--time",
        "18:00",
        "--allow-duplicate",
    )
    assert r.exit_code == 0, r.output
    # Re-timing one of two meetings of a day needs no flag, but must keep them apart.
    r = seeded("meeting", "edit", ids_on(seeded, "2022-09-20")["18:00"], "--time", "17:30")
    assert r.exit_code == 0, r.output
    r = seeded("meeting", "edit", ids_on(seeded, "2022-09-20")["17:30"], "--time", "")
    assert r.exit_code == 1 and "already recorded" in r.output
    # Retitling or re-timing a meeting alone on its day needs nothing.
    assert seeded("meeting", "edit", "CSSC/2022-06-14", "--time", "10:00").exit_code == 0
