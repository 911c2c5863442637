"""clerk unlink: a link taken away later, what it closed reopened, the moved notes back;
undoable; --as-of still shows the link on the days it stood."""

from __future__ import annotations

from .conftest import at, ok, refused, shown


def _texts(cli, ref, *extra):
    return [n["text"] for n in shown(cli, ref, *extra)["notes"]]


def test_unlink_reopens_the_duplicate_and_brings_its_notes_back(two):
    with at("2022-10-03"):
        ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
        ok(two, "note", "CSSC-1", "Questions sent")  # a change since: undo is not the way
    with at("2022-10-05"):
        out = ok(two, "unlink", "CSSC-1", "CSSC-2")
    assert "Unlinked CSSC-2 and CSSC-1; CSSC-2 reopened." in out
    dup, kept = shown(two, "CSSC-2"), shown(two, "CSSC-1")
    assert dup["status"] == "open" and dup["links"] == [] and kept["links"] == []
    assert _texts(two, "CSSC-1") == ["Asked HR for the questions", "Questions sent"]
    assert _texts(two, "CSSC-2") == [
        "Chased HR",
        "HR say next week",
        "Closed as a duplicate of CSSC-1 (2 notes moved there).",
    ]
    assert [(n["author"]) for n in dup["notes"]][:2] == ["lucy", "sam"]
    # As it stood between the link and the unlink.
    between = ("--as-of", "2022-10-04")
    assert [x["words"] for x in shown(two, "CSSC-2", *between)["links"]] == ["duplicate of CSSC-1"]
    assert "(moved from CSSC-2) Chased HR" in _texts(two, "CSSC-1", *between)
    # Undo of the unlink links them again, the notes across again.
    ok(two, "undo", "--yes")
    assert shown(two, "CSSC-2")["status"] == "dropped"
    assert "(moved from CSSC-2) Chased HR" in _texts(two, "CSSC-1")
    assert [x["words"] for x in shown(two, "CSSC-1")["links"]] == ["duplicated by CSSC-2"]


def test_unlink_a_referral_leaves_the_other_committees_action(two):
    ok(two, "refer", "CSSC-1", "--to", "CAB")
    ok(two, "unlink", "CAB-1", "CSSC-1")
    assert shown(two, "CAB-1")["status"] == "open" and shown(two, "CAB-1")["links"] == []
    assert shown(two, "CSSC-1")["links"] == []


def test_unlinking_actions_that_are_not_linked_is_refused(two):
    assert "CSSC-1 and CSSC-2 are not linked" in refused(two, "unlink", "CSSC-1", "CSSC-2")
    assert "No action CSSC-7" in refused(two, "unlink", "CSSC-1", "CSSC-7")
