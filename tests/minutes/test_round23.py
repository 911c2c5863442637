"""Round 23, on sets 32 and 33 after their blind runs: each case in our own words (names,
posts and layout varied)."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

from .read import decisions, tasks


def test_a_word_table_saved_as_text_attendance_and_action_column():
    # H44, A75: tabs between the cells, the owner's initials in the last one
    doc = (
        "Audit Committee\nMinutes of 4 June 2019\n\n"
        "Present:\tRhona Vale (RV)\tChair\n"
        "\tDev Anand (DA)\tFinance Director\n"
        "\tLiz Mori (LM)\tHead of Audit\n\n"
        "Item\tDescription\tAction\n"
        "3.0\tInternal audit\n"
        "\tLM presented the progress report. Two reviews were late.\n"
        "\tRV asked for the late reviews to be finished before the summer.\tLM\n"
        "\tDA to bring the revised fees schedule to the next meeting.\tDA\n"
    )
    found = extract(doc)
    assert found.attendees == {"RV": "Rhona Vale", "DA": "Dev Anand", "LM": "Liz Mori"}
    owners = {a.owner for a in found.actions}
    assert owners == {"Liz Mori", "Dev Anand"}


@pytest.mark.parametrize(
    "head,body,when",
    [
        (
            "Regular Meeting of the members of Council of the Village of Ashby, held in the "
            "Council Chambers this 21st day of March, 2012 A.D. at 7:00 p.m.",
            "Council of the Village of Ashby",
            "2012-03-21",
        ),
        ("AT A MEETING OF THE SENATE held on the 9 day of MAY 2017", None, "2017-05-09"),
        (
            "03-14-2006 Regular Meeting\nREGULAR MEETING OF THE ELM COUNTY BOARD OF SUPERVISORS "
            "HELD THE FOURTEENTH DAY OF MARCH",
            "Elm County Board of Supervisors",
            "2006-03-14",
        ),
        (
            'BRAMBLE HOMES ("the Association")\nMinutes of the Annual General Meeting, 2 May 2010',
            "Bramble Homes",
            "2010-05-02",
        ),
    ],
)
def test_legal_dates_month_first_numbers_and_names_without_their_meeting_words(head, body, when):
    # H45, H46
    found = extract(f"{head}\n\nPresent: Cllr A Ames, Cllr B Boyd\n\n1. Apologies\nNone.\n").meeting
    if body is not None:
        assert found.body == body
    assert found.date.isoformat() == when


def test_a_series_of_tasks_after_commas_one_each():
    # A76
    doc = (
        "Elm Hall Committee\nMinutes of the meeting held on 2 May 2019\n\n"
        "Present: Ruth, Sam, Omar, Lee\n\n"
        "5. Summer fair\n"
        "Tea and cakes were popular last year. Ruth and Sam to run the tea tent, Omar to book "
        "the bouncy castle.\n"
        "Action: Ruth to order the bunting, Sam to print the posters.\n"
    )
    assert tasks(doc) == [
        "Ruth and Sam to run the tea tent,",
        "Omar to book the bouncy castle.",
        "Ruth to order the bunting",
        "Sam to print the posters.",
    ]


def test_it_was_agreed_is_the_meetings_decision_and_a_task():
    # R84
    doc = (
        "Elm Parish Council\nMinutes of the meeting held on 2 May 2019\n\n"
        "7. Bus shelter\n"
        "It was agreed that the Clerk would ask the County Council to repair the roof.\n"
        "8. Newsletter\n"
        "It was agreed to send a letter of thanks to the volunteers who deliver it.\n"
    )
    assert decisions(doc) == [
        "It was agreed that the Clerk would ask the County Council to repair the roof.",
        "It was agreed to send a letter of thanks to the volunteers who deliver it.",
    ]
    found = extract(doc).actions
    assert [(a.owner, a.resolution_ref) for a in found] == [("Clerk", "7"), (None, "8")]


def test_the_one_reminded_is_the_object_not_a_second_owner():
    # a bug found by set 35's blind run: the task after "remind" was split off as the
    # reminded person's own (A70 reads a task after a comma, a dash or a lower-case word)
    doc = (
        "Elm Cricket Club\nCommittee meeting, 3 June 2013\n\n"
        "Present: Lee Hart (LH), Cal Wood (CW), Ann Ray (AR)\n\n"
        "Welfare: CW had asked that the consent forms be checked. LH to remind CW to bring the "
        "forms to the next meeting\n"
    )
    assert [a.text for a in extract(doc).actions] == [
        "LH to remind CW to bring the forms to the next meeting"
    ]
