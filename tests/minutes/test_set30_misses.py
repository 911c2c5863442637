"""Set 30's misses, fixed as idioms (round 20): each case in our own words (names, posts and
layout varied).  Set 30 was run blind first (its README)."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

from .read import decisions, meeting_body


def test_a_speakers_reported_promise_is_theirs_and_an_answer_is_nobody():
    doc = (
        "School Committee Meeting\n\n3 June 2009\n\nPresent: Chair Grace Moll, Ann Lowe\n\n"
        "Others in attendance: Rita Vance, Tom Bell\n\nBudget\n"
        "Tom Bell – We know the transport costs, correct?\n"
        "Rita Vance – Yes.  She will prepare a table of each town's share before the next meeting.\n"
        "Tom Bell – Fine. I will draft the letter to the towns.\n"
        "Membership Chair Vacancy: Ann can fill the post. He will ask the club.\n"
    )
    assert [(a.text[:20], a.owner) for a in extract(doc).actions] == [
        ("She will prepare a t", "Rita Vance"),
        ("I will draft the let", "Tom Bell"),
        ("He will ask the club", "Ann Lowe"),  # (the label is no speaker)
    ]


@pytest.mark.parametrize(
    "head,body",
    [
        (
            "Agenda and minutes\n\nAdult Care and Health Policy Development and Scrutiny "
            "Committee - Tuesday 12 January 2016 7.00 pm",
            "Adult Care and Health Policy Development and Scrutiny Committee",
        ),
        (
            "welcome to the Elmford Parish Council website\n\nMinutes of meeting 10th July 2018",
            "Elmford Parish Council",
        ),
        ("Minutes of the Extra Ordinary Parish Council meeting", "Parish Council"),
        (
            "HomeMy WebLinkAboutMinutes - Minutes - Elm Valley Water Board - Meeting Date: "
            "5/6/2015\nELM VALLEY WATER BOARD\nWEDNESDAY, MAY 6, 2015",
            "Elm Valley Water Board",
        ),
        (
            "Agenda item\n\nReview of libraries - report of the Director\n\n"
            "The Cabinet considered a report of the Director of Culture on the review.",
            "Cabinet",
        ),
    ],
)
def test_titles_name_the_body(head, body):
    doc = f"{head}\n\nPresent: Cllr A Ames, Cllr B Boyd\n\n1. Apologies\nNone.\n"
    assert (meeting_body(doc) or "").casefold() == body.casefold()


def test_a_health_boards_paragraph_numbers_and_a_cabinets_agreed_limbs():
    doc = (
        "Minutes of the Quality Committee held on 5 June 2014\n\n"
        "QC14/81 Policies for Approval\n"
        "QC14/81.1 The Committee approved the Consent Policy and the Chaperone Policy.\n"
        "QC14/81.2 The Committee noted the report.\n\n"
        "DECISION: The Cabinet agreed\n\n1. To approve the procurement of a new contract.\n\n"
        "2. To delegate authority to the Cabinet Member to award it.\n\n"
        "MOVED by Ann Ames, seconded by Bo Boyd, and unanimously voted to approve the minutes of "
        "21 May 2014, as written.\n"
    )
    assert decisions(doc) == [
        "The Committee approved the Consent Policy and the Chaperone Policy.",
        "The Committee noted the report.",
        "To approve the procurement of a new contract.",
        "To delegate authority to the Cabinet Member to award it.",
        "Approve the minutes of 21 May 2014, as written",
    ]
