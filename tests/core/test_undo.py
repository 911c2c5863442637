"""clerk undo puts back the last change to an action (issue 15)."""

from __future__ import annotations

import json


def _show(cli, ref):
    return json.loads(cli("show", ref, "--format", "json").output)


def test_undo_a_completion_with_its_note(seeded):
    assert seeded("done", "CSSC-1", "--note", "Sent").exit_code == 0
    r = seeded("undo", "--yes")
    assert r.exit_code == 0, r.output
    assert "status: open -> done" in r.output and "note on CSSC-1: Sent" in r.output
    a = _show(seeded, "CSSC-1")
    assert a["status"] == "open" and a["completed_at"] is None and a["notes"] == []


def test_undo_an_edit_counts_the_slip_back(seeded):
    before = _show(seeded, "CSSC-1")
    assert seeded("edit", "CSSC-1", "--due", "31/12/2022", "--text", "Reworded").exit_code == 0
    assert _show(seeded, "CSSC-1")["slip_count"] == 1
    assert seeded("undo", "--yes").exit_code == 0
    after = _show(seeded, "CSSC-1")
    assert (after["text"], after["due_date"], after["slip_count"]) == (
        before["text"],
        before["due_date"],
        0,
    )


def test_undo_an_added_action(seeded):
    assert seeded("add-action", "Oops", "--committee", "CSSC").exit_code == 0
    assert seeded("undo", "--yes").exit_code == 0
    assert seeded("show", "CSSC-2").exit_code == 1
    # The reference is not given out again.
    r = seeded("add-action", "Meant this", "--committee", "CSSC")
    assert "CSSC-3" in r.output


def test_an_undo_can_be_undone(seeded):
    assert seeded("done", "CSSC-1").exit_code == 0
    assert seeded("undo", "--yes").exit_code == 0
    assert _show(seeded, "CSSC-1")["status"] == "open"
    assert seeded("undo", "--yes").exit_code == 0
    assert _show(seeded, "CSSC-1")["status"] == "done"


def test_list_and_choose(seeded):
    seeded("note", "CSSC-1", "first")
    seeded("note", "CSSC-1", "second")
    listed = seeded("undo", "--list")
    assert listed.exit_code == 0
    assert listed.output.index("second") < listed.output.index("first")
    assert seeded("undo", "2", "--yes").exit_code == 0
    notes = [n["text"] for n in _show(seeded, "CSSC-1")["notes"]]
    assert notes == ["second"]


def test_only_your_own_changes(seeded):
    seeded("note", "CSSC-1", "by someone else", "--by", "Other Clerk")
    r = seeded("undo", "--list", "--by", "Nobody Yet")
    assert "no changes" in r.output


def test_what_cannot_be_undone_says_why(seeded):
    r = seeded("meeting", "add", "CSSC", "15/11/2022")
    assert r.exit_code == 0
    r = seeded("undo", "--yes")
    assert r.exit_code == 1
    assert "cannot be undone" in r.output and "meeting" in r.output


def test_without_a_terminal_undo_needs_yes(seeded):
    seeded("note", "CSSC-1", "x")
    r = seeded("undo")
    assert r.exit_code == 1 and "--yes" in r.output
    assert [n["text"] for n in _show(seeded, "CSSC-1")["notes"]] == ["x"]
