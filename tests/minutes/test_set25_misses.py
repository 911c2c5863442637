"""Set 25's misses, fixed as idioms (round 15): each case in our own words (names, posts and
layout varied).  Set 25 was run blind first (its README)."""

from __future__ import annotations

from .read import decisions


def test_a_new_zealand_councils_movers_in_brackets_over_present_tense_limbs():
    doc = (
        "Minutes of the Extraordinary Council Meeting held on 22 June 2021\n\n"
        "Adoption of the Annual Plan (Item 3.1)\n\n"
        "Moved (Harawira / Cole)\nThat the council:\n"
        "1. Receives the report 'Adoption of the Annual Plan'.\n"
        "2. Adopts the Annual Plan 2021/22.\n"
        "Carried\n"
    )
    assert decisions(doc) == [
        "Receives the report 'Adoption of the Annual Plan'",
        "Adopts the Annual Plan 2021/22",
    ]


def test_a_british_columbia_councils_numbered_moved_seconded_pair():
    doc = (
        "Minutes of the Regular Meeting of Council held on 30 July 2014\n\n"
        "14/201 - Moved, seconded by Councillors Ames/Ruiz that the Minutes of the\n"
        "Regular Meeting of June 23, 2014 be adopted as amended.\nCarried\n"
        "14/202 - Moved, seconded by Councillors Ruiz/Ames that the fire hall door be "
        "replaced.\nDefeated\n"
    )
    assert decisions(doc) == [
        "The Minutes of the Regular Meeting of June 23, 2014 be adopted as amended"
    ]


def test_a_us_boards_mover_with_the_seconder_in_apposition():
    doc = (
        "Minutes of the Retirement Board meeting held on 16 May 1994\n\n"
        "Member Ortiz, seconded by Secretary Grant, moved to approve the minutes of March 21, "
        "1994. Motion carried 3-0.\n\n"
        "Member Ortiz, seconded by Secretary Grant, moved to hire a second actuary. Motion "
        "failed 1-2.\n"
    )
    got = decisions(doc)
    assert len(got) == 1 and "minutes of March 21, 1994" in got[0]


def test_a_synopsis_voted_that_and_voted_to_decide():
    doc = (
        "Synopsis of the Pension Board meeting held on 4 May 2009\n\n"
        "6. Voted that the Pension Coordinator be the contact for participants' questions.\n"
        "7. Voted to change the assumed rate of return from 8% to 7.5%.\n"
        "8. The board voted on the two proposals in turn.\n"
    )
    assert decisions(doc) == [
        "Voted that the Pension Coordinator be the contact for participants' questions.",
        "Voted to change the assumed rate of return from 8% to 7.5%.",
    ]


def test_a_parish_councils_election_proposed_and_seconded():
    doc = (
        "Minutes of the Annual Meeting of Ashby Parish Council held on 4 May 2021\n\n"
        "Proposal: Mr T. Rowe proposed and Mrs Lane seconded Mr R. Pike as Chairman of the "
        "Parish Council. The meeting unanimously agreed.\n\n"
        "Proposal: Mrs Lane proposed and Mr T. Rowe seconded agreement to this application "
        "and the meeting unanimously agreed.\n\n"
        "Proposal: Mr Pike proposed and Mrs Lane seconded that the accounts be approved. The "
        "meeting unanimously agreed.\n"
    )
    assert decisions(doc) == [
        "Mr R. Pike as Chairman of the Parish Council",
        "Agreement to this application",
        "The accounts be approved",
    ]
