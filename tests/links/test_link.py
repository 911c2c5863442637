"""clerk link: a duplicate closed with its notes moved across, a successor; errors; undo;
--as-of before and after (issue 17)."""

from __future__ import annotations

import pytest

from .conftest import at, ok, refused, shown


def _notes(cli, ref, *extra):
    return [(n["text"], n["author"], n["created_at"]) for n in shown(cli, ref, *extra)["notes"]]


def test_a_duplicate_is_closed_and_its_notes_move_across_intact(two):
    before = _notes(two, "CSSC-2")
    with at("2022-10-03"):
        out = ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1", "--by", "dee")
    assert "Closed CSSC-2 as a duplicate of CSSC-1; 2 notes moved to CSSC-1." in out
    dup, kept = shown(two, "CSSC-2"), shown(two, "CSSC-1")
    assert dup["status"] == "dropped"
    assert [n["text"] for n in dup["notes"]] == [
        "Closed as a duplicate of CSSC-1 (2 notes moved there)."
    ]
    moved = [(t.removeprefix("(moved from CSSC-2) "), a, c) for t, a, c in _notes(two, "CSSC-1")]
    # Every note kept, with its author and time, marked with where it came from.
    assert moved[1:] == before
    assert all(t.startswith("(moved from CSSC-2) ") for t, _, _ in _notes(two, "CSSC-1")[1:])
    assert dup["links"] == [
        {
            "kind": "duplicate_of",
            "direction": "out",
            "ref": "CSSC-1",
            "committee": "CSSC",
            "status": "open",
            "outcome": None,
            "words": "duplicate of CSSC-1",
        }
    ]
    assert [x["words"] for x in kept["links"]] == ["duplicated by CSSC-2"]
    plain = ok(two, "show", "CSSC-2", "--format", "plain")
    assert "Linked:        duplicate of CSSC-1" in plain
    history = ok(two, "history", "CSSC-1", "--format", "plain")
    assert "duplicated by" in history and "CSSC-2" in history
    assert "duplicate of" in ok(two, "history", "CSSC-2", "--format", "plain")


def test_a_successor_closes_the_action_it_supersedes(two):
    with at("2022-10-03"):
        out = ok(two, "link", "CSSC-2", "--supersedes", "CSSC-1")
    assert "Closed CSSC-1: superseded by CSSC-2." in out
    old, new = shown(two, "CSSC-1"), shown(two, "CSSC-2")
    assert old["status"] == "dropped" and new["status"] == "open"
    assert [x["words"] for x in old["links"]] == ["superseded by CSSC-2"]
    assert [x["words"] for x in new["links"]] == ["supersedes CSSC-1"]
    # Nothing moves: the superseded action keeps its notes.
    assert [n["text"] for n in old["notes"]][0] == "Asked HR for the questions"
    assert len(new["notes"]) == 2


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("CSSC-1", "--duplicate-of", "CSSC-1"), "cannot be linked to itself"),
        (("CSSC-1", "--duplicate-of", "CSSC-99"), "No action CSSC-99"),
        (("CSSC-1",), "give --duplicate-of REF or --supersedes REF"),
        (("CSSC-1", "--duplicate-of", "CSSC-2", "--supersedes", "CSSC-2"), "give --duplicate-of"),
        (("nonsense", "--duplicate-of", "CSSC-2"), "is not an action reference"),
    ],
)
def test_bad_links_are_refused_in_one_line(two, args, words):
    assert words in refused(two, "link", *args)
    assert "links" not in shown(two, "CSSC-1") or shown(two, "CSSC-1")["links"] == []


def test_closed_already_linked_and_cycles_are_refused_with_nothing_written(two):
    ok(two, "done", "CSSC-2")
    assert "CSSC-2 is already done" in refused(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
    ok(two, "reopen", "CSSC-2")
    ok(two, "add-action", "Third", "--committee", "CSSC")
    ok(two, "link", "CSSC-2", "--supersedes", "CSSC-3")  # CSSC-3 closed in favour of CSSC-2
    ok(two, "reopen", "CSSC-3")
    assert "already linked" in refused(two, "link", "CSSC-3", "--duplicate-of", "CSSC-2")
    ok(two, "link", "CSSC-1", "--supersedes", "CSSC-2")  # CSSC-2 closed in favour of CSSC-1
    history = ok(two, "history", "CSSC-3", "--format", "json")
    # CSSC-3 -> CSSC-2 -> CSSC-1: closing CSSC-1 in favour of CSSC-3 would go round.
    assert "circle" in refused(two, "link", "CSSC-1", "--duplicate-of", "CSSC-3")
    assert shown(two, "CSSC-1")["status"] == "open"
    assert ok(two, "history", "CSSC-3", "--format", "json") == history


def test_a_confidential_duplicate_is_not_moved_onto_a_public_action(two):
    ok(two, "edit", "CSSC-2", "--confidential")
    line = refused(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
    assert "confidential" in line and "clerk edit CSSC-1 --confidential" in line
    assert shown(two, "CSSC-2")["status"] == "open"
    assert len(shown(two, "CSSC-2")["notes"]) == 2
    # The stricter way round is fine: a public duplicate's notes into a confidential action.
    ok(two, "edit", "CSSC-2", "--not-confidential")
    ok(two, "edit", "CSSC-1", "--confidential")
    ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")


def test_undo_puts_a_link_back_whole_and_can_itself_be_undone(two):
    before = (shown(two, "CSSC-1"), shown(two, "CSSC-2"))
    ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
    ok(two, "undo", "--yes")
    after = (shown(two, "CSSC-1"), shown(two, "CSSC-2"))
    for was, now in zip(before, after, strict=True):
        assert now["status"] == was["status"] and now["links"] == []
        assert now["notes"] == was["notes"]
    # Undo does not put back a removed note, so it refuses to redo the link: link again.
    assert "undo does not cover" in refused(two, "undo", "--yes")
    assert shown(two, "CSSC-2")["status"] == "open"


def test_as_of_before_the_link_shows_the_notes_where_they_stood(two):
    day_before = _notes(two, "CSSC-2")
    with at("2022-10-03"):
        ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
    past = ("--as-of", "2022-09-30")
    assert _notes(two, "CSSC-2", *past) == day_before
    assert [t for t, _, _ in _notes(two, "CSSC-1", *past)] == ["Asked HR for the questions"]
    assert shown(two, "CSSC-2", *past)["status"] == "open"
    assert shown(two, "CSSC-2", *past)["links"] == []
    later = ("--as-of", "2022-10-04")
    assert len(_notes(two, "CSSC-1", *later)) == 3
    assert [x["words"] for x in shown(two, "CSSC-2", *later)["links"]] == ["duplicate of CSSC-1"]
    # The action log for the September meeting, as it stood, is untouched by the later link.
    log = ok(two, "action-log", "CSSC", "--format", "markdown", "--as-of", "2022-09-30")
    assert "duplicate of" not in log and "Chased HR" not in log.split("CSSC-1")[0]


def test_add_action_proposes_a_link_to_a_near_identical_open_action(two):
    with at("2022-11-16"):
        out = ok(
            two,
            "add-action",
            "Share the staff-survey questions with Members",
            "--owner",
            "Director of Children's Services",
            "--meeting",
            "CSSC/2022-11-15",
        )
    assert (
        "CSSC-3 looks like CSSC-1 (meeting of 2022-06-14): link it with: "
        "clerk link CSSC-3 --duplicate-of CSSC-1"
    ) in out
    # It proposes; it does not link.
    assert shown(two, "CSSC-3")["status"] == "open" and shown(two, "CSSC-3")["links"] == []
    with at("2022-11-16"):
        other = ok(
            two,
            "add-action",
            "Report the budget to Cabinet",
            "--owner",
            "Director of Children's Services",
            "--meeting",
            "CSSC/2022-11-15",
        )
    assert "looks like" not in other


def test_as_of_between_a_link_and_its_undo_shows_it_as_it_stood(two):
    with at("2022-10-03"):
        ok(two, "link", "CSSC-2", "--duplicate-of", "CSSC-1")
    with at("2022-10-05"):
        ok(two, "undo", "--yes")
    between = ("--as-of", "2022-10-04")
    assert [x["words"] for x in shown(two, "CSSC-2", *between)["links"]] == ["duplicate of CSSC-1"]
    assert shown(two, "CSSC-2", *between)["status"] == "dropped"
    texts = [t for t, _, _ in _notes(two, "CSSC-1", *between)]
    assert texts == [
        "Asked HR for the questions",
        "(moved from CSSC-2) Chased HR",
        "(moved from CSSC-2) HR say next week",
    ]
    after = ("--as-of", "2022-10-06")
    assert shown(two, "CSSC-2", *after)["links"] == []
    assert [t for t, _, _ in _notes(two, "CSSC-2", *after)] == ["Chased HR", "HR say next week"]
