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


# Round 22b: general shapes of a task that sets 20 to 31 used and no rule read, written from the
# shape, not from any one document.

PARISH = (
    "Elmhurst Parish Council\nMinutes of the meeting held on 9 May 2022\n\n"
    "Present: Cllr Ruth Amble (Chair), Cllr Gil Hope, Kerry McIntyre (KMc), Pat Oakes (Clerk)\n\n"
    "5. Matters\n"
)


def _one(line: str, head: str = PARISH) -> list[tuple[str | None, str]]:
    return _actions(head + line + "\n")


def test_initials_written_with_mc_and_a_task_after_a_dash():
    found = _one("Goal nets - KMc to price up two new sets before the season.")
    assert found == [("KMc", "KMc to price up two new sets before the season.")]
    assert extract(PARISH).attendees["KMc"] == "Kerry McIntyre"


def test_a_post_after_a_comma_or_a_dash_starts_a_task():
    [(owner, text)] = _one("The verge by the church is badly rutted again, Clerk to report it.")
    assert (owner, text) == ("Clerk", "Clerk to report it.")
    [(owner, text)] = _one("Email about dog fouling – the Clerk to order two more signs.")
    assert owner == "Clerk" and "order two more signs" in text
    # a topic of a few words before the comma stays with the task
    assert _one("Summer fete, Cllr Hope will book the marquee.")[0][1].startswith("Summer fete")


def test_staff_asked_or_directed_to_act_carry_no_owner():
    assert _one("Cllr Hope asked staff to bring back costed options in June.") == [
        (None, "Cllr Hope asked staff to bring back costed options in June.")
    ]
    assert _one("Staff were directed to report back on the lease before the budget.") == [
        (None, "Staff were directed to report back on the lease before the budget.")
    ]


def test_a_post_that_would_act_in_reported_speech():
    assert _one("The Clerk would renew the insurance before the end of the month.") == [
        ("Clerk", "The Clerk would renew the insurance before the end of the month.")
    ]
    [(owner, _)] = _one(
        "The Licensing Officer would issue the permit once the applicant had paid the fee."
    )
    assert owner == "Licensing Officer"
    assert _one("The Chair would welcome views from residents.") == []
    assert _one("The Clerk would be on leave during August.") == []


def test_a_decision_that_asks_a_post_to_act():
    [(owner, text)] = _one(
        "The Council agreed to support the objection and asked the Clerk to send it to the "
        "district planners."
    )
    assert owner == "Clerk" and "send it to the district planners" in text


def test_an_undertaking_after_an_explanation_is_the_speakers():
    found = _one(
        "The Director of Place, Highways, explained that the works would start in spring and "
        "agreed to send the programme to ward members."
    )
    assert found == [
        ("Director of Place, Highways", "agreed to send the programme to ward members.")
    ]
    found = _one(
        "Members asked about parking; the Planning Team Leader said a plan would be needed and "
        "agreed to circulate the draft to ward members."
    )
    assert found[-1][0] == "Planning Team Leader"


def test_members_agreed_that_a_post_should_act():
    [(owner, text)] = _one("Members agreed that the Clerk should also write to the landowner.")
    assert owner == "Clerk" and "write to the landowner" in text


def test_an_agendas_wording_for_the_bodys_own_business_is_no_task():
    assert _one("The Panel will be asked to note the letter from the Minister.") == []
    assert _one("Members will be asked to approve the budget at the next meeting.") == []
    assert _one("The Clerk will be asked to write to the owner.") == [
        ("Clerk", "The Clerk will be asked to write to the owner.")
    ]
