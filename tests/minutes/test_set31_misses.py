"""Set 31's misses, fixed as idioms (round 21): each case in our own words (names, posts and
layout varied).  Set 31 was run blind first (its README)."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

from .read import decisions


def test_appointments_proposed_and_seconded_after_a_dash():
    doc = (
        "Minutes of the Elm Parish Council meeting held on 1 June 2015\n\n"
        "6. Co-option of councillors\n"
        "Ruth Amble – proposed by Cllr Ede seconded by Cllr Smart and unanimously appointed.\n"
        "Giles Horne - proposed by Cllr Smart seconded by Cllr Hodge and unanimously co-opted.\n"
        "Cllr Ede proposed that the hall be booked; Cllr Hodge agreed to book it.\n"
    )
    assert decisions(doc)[:2] == [
        "Ruth Amble – proposed by Cllr Ede seconded by Cllr Smart and unanimously appointed.",
        "Giles Horne - proposed by Cllr Smart seconded by Cllr Hodge and unanimously co-opted.",
    ]


@pytest.mark.parametrize(
    "head,body,when",
    [
        ("Parish Council March 2017 minutes", "Parish Council", None),
        (
            "ITEM 3 LOCAL ACCESS FORUM MINUTES of a meeting of the Elmoor Local Access Forum held "
            "on Thursday 9 October 2014 at 6.30pm",
            "Local Access Forum",
            "2014-10-09",
        ),
        ("Page 2 City Council Minutes Monday, March 9, 2020", "City Council", "2020-03-09"),
        # a numeric date that reads either way is the one spelt out below it
        (
            "Minutes TC 11/05/2001\nREGULAR TOWN COUNCIL MEETING\nNOVEMBER 5, 2001",
            None,
            "2001-11-05",
        ),
        ("Minutes 11/05/2001\nRegular Town Council Meeting", None, "2001-05-11"),
    ],
)
def test_titles(head, body, when):
    doc = f"{head}\n\nPresent: Cllr A Ames, Cllr B Boyd\n\n1. Apologies\nNone.\n"
    found = extract(doc).meeting
    if body is not None:
        assert found.body == body
    assert (found.date and found.date.isoformat()) == when
