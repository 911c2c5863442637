"""Round 22: structure seen across sets 29 to 31 that no earlier rule read, each case in our
own words (names, posts and layout varied).  A headerless Action column flattened after a pipe
(A68), an Action cell run into the sentence before it (A69), a one-per-line attendance list
whose first entry sits on the label's line (H42), two officers given one task by a decision
(R82)."""

from __future__ import annotations

from clerk_cli.minutes import extract

HEAD = (
    "Resources Committee\n"
    "Minutes of the meeting held on 3 March 2021\n\n"
    "Present: Nadia Ferris (NF) Chair\n"
    "Owen Lyle (OL) Director of Estates\n"
    "Priti Shah (PS) Head of Procurement\n\n"
)


def _actions(doc: str) -> list[tuple[str | None, str]]:
    return [(a.owner, a.text) for a in extract(doc).actions]


def test_an_attendance_list_one_per_line_after_its_first_entry():
    found = extract(HEAD + "4. Estates\nOL reported on the boiler.\n")
    assert found.attendees == {"NF": "Nadia Ferris", "OL": "Owen Lyle", "PS": "Priti Shah"}


def test_a_headerless_action_column_after_a_pipe():
    doc = HEAD + (
        "Item | Description | Action\n"
        "4.0 Estates\n"
        "OL reported that the boiler had failed twice. | \n"
        "The Committee asked that the replacement options be costed before the summer. | OL\n"
        "PS to bring the cleaning contract extension to the April meeting. | PS\n"
        "The new framework was noted; it had been published on 1 March. | NF/PS\n"
        "The car park resurfacing was completed in February. | Complete\n"
    )
    found = _actions(doc)
    assert (
        "Owen Lyle",
        "The Committee asked that the replacement options be costed before the summer.",
    ) in found
    assert (
        "Priti Shah",
        "PS to bring the cleaning contract extension to the April meeting.",
    ) in found
    assert not any("resurfacing" in text for _, text in found)
    assert not any("boiler" in text for _, text in found)


def test_a_pipe_before_a_word_that_is_not_an_owner_is_no_action_column():
    doc = HEAD + (
        "4. Estates\n"
        "The boiler failed twice over the winter months. | Ongoing\n"
        "The car park resurfacing was paid for in full. | 2021\n"
        "Replacement of the lift was discussed at length. | Page 4\n"
    )
    assert _actions(doc) == []


def test_an_action_cell_run_into_the_sentence_before_it():
    doc = HEAD + (
        "7. Grounds\n"
        "Two trees by the gate were found to be unsafe. PS to obtain three quotes for their "
        "removal.Action 3.02: PS\n"
        "The fence has been mended.Action 3.03: OL\n"
    )
    found = _actions(doc)
    assert found[0] == ("Priti Shah", "PS to obtain three quotes for their removal.")
    assert not any(text.startswith("Action") for _, text in found)


def test_two_officers_given_one_task_by_a_decision():
    doc = (
        "Joint Scrutiny Committee\nMinutes of the meeting held on 5 May 2018\n\n"
        "3 Ward Review\nRESOLVED:\n"
        "1. That the Committee notes the report.\n"
        "2. That the Scrutiny Manager and the Senior Policy Officer prepare a briefing for the "
        "two councils' members and circulate it before the recess.\n"
    )
    [action] = [a for a in extract(doc).actions if "briefing" in a.text]
    assert action.owner == "Scrutiny Manager and the Senior Policy Officer"
