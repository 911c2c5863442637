"""clerk edit and clerk delete on the store: audited changes, slips, advice that works."""

from __future__ import annotations

import json

from clerk_cli.services.action_edits import delete_action, edit_action
from clerk_cli.services.actions import add_action
from clerk_cli.services.committees import add_committee
from clerk_cli.services.meetings import add_meeting


def _history(cli, ref: str) -> list[dict]:
    r = cli("history", ref, "--format", "json")
    assert r.exit_code == 0, r.output
    return json.loads(r.output)


def test_unknown_owner_advice_names_no_option_edit_lacks(seeded):
    """Findings bug 11: edit --owner said '(or pass --create-owner)', which edit has not."""
    r = seeded("edit", "CSSC-1", "--owner", "Head of Workforce Development")
    assert r.exit_code == 1
    assert "No owner 'Head of Workforce Development'" in r.output
    assert 'clerk owner add "Head of Workforce Development"' in r.output
    assert "--create-owner" not in r.output


def test_edit_owner_text_and_confidential_are_each_audited(seeded):
    seeded("owner", "add", "Head of Finance")
    r = seeded(
        "edit", "CSSC-1", "--owner", "head of finance", "--text", "Share  it", "--confidential"
    )
    assert r.exit_code == 0, r.output
    changes = {c["field"]: (c["old"], c["new"]) for c in _history(seeded, "CSSC-1")}
    assert changes["owner"] == (
        "Director of Children, Young People and Learning",
        "Head of Finance",
    )
    assert changes["text"] == ("Share the make-up of the Improvement Board", "Share it")
    assert changes["confidential"] == ("no", "yes")


def test_due_rule_counts_from_the_actions_meeting_and_a_date_change_slips(db):
    add_committee(db, name="Finance Committee", code="FIN", clerk=None)
    add_meeting(db, committee="FIN", when="2023-03-14")
    add_meeting(db, committee="FIN", when="2023-06-13")
    add_meeting(db, committee="FIN", when="2023-09-12")
    v = add_action(db, text="Report back", owner=None, meeting="FIN/2023-03-14")
    assert v.due_date is None
    v = edit_action(db, v.ref, due="next meeting", by="dee").action
    # From the action's meeting (14 March), not from today: the June meeting.
    assert (v.due_date.isoformat(), v.slip_count) == ("2023-06-13", 0)
    v = edit_action(db, v.ref, due="31/07/2023", by="dee").action
    assert (v.due_date.isoformat(), v.original_due_date.isoformat(), v.slip_count) == (
        "2023-07-31",
        "2023-06-13",
        1,
    )
    v = edit_action(db, v.ref, due="31/07/2023", by="dee").action  # the same date: no slip
    assert v.slip_count == 1


def test_resolution_link_and_unlink_are_audited_by_reference(seeded):
    r = seeded("add-action", "Chase it", "--meeting", "CSSC/2022-06-14")
    assert r.exit_code == 0, r.output
    assert seeded("edit", "CSSC-2", "--resolution", "7.15(3)").exit_code == 0
    assert seeded("edit", "CSSC-2", "--resolution", "").exit_code == 0
    changes = [
        (c["old"], c["new"]) for c in _history(seeded, "CSSC-2") if c["field"] == "resolution"
    ]
    assert changes == [(None, "7.15(3)"), ("7.15(3)", None)]


def test_delete_removes_notes_and_keeps_the_audit_trail(db):
    add_committee(db, name="Finance Committee", code="FIN", clerk=None)
    v = add_action(db, text="Report back", owner=None, committee="FIN")
    from clerk_cli.services.actions import add_note

    add_note(db, v.ref, "Drafted")
    gone = delete_action(db, v.ref, by="dee")
    assert gone.ref == "FIN-1" and gone.notes[0].text == "Drafted"
    left = db.run_sql(
        lambda q: (
            q.scalar("SELECT count(*) FROM note"),
            q.scalar("SELECT count(*) FROM action"),
            q.first("SELECT old FROM audit WHERE field = 'deleted'"),
        )
    )
    assert left == (0, 0, ("Report back",))
