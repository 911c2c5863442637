"""Round 25, on the meeting body of sets 32 to 36 after their blind runs: titles the header
rules did not read, each case in our own words."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

TAIL = "\n\nPresent: Ann Ames, Bo Bell\n\n1. Apologies\nNone received.\n"


def body(title: str) -> str | None:
    return extract(title + TAIL, filename="x.txt").meeting.body


@pytest.mark.parametrize(
    "title,name",
    [
        # H47: "Minutes of meeting from the X", "Summary of X meeting", a quarterly meeting
        (
            "MINUTES OF MEETING FROM THE ASHBY ROAD ALLOTMENTS COMMITTEE HELD ON 4th March2019",
            "Ashby Road Allotments Committee",
        ),
        ("SUMMARY OF GRADUATE COUNCIL MEETING 04/09/19", "Graduate Council"),
        (
            "Synopsis of the Police Pension Board quarterly meeting held 3 June 2019",
            "Police Pension Board",
        ),
        # H48: an anniversary spelt out before "Meeting of"
        (
            "Minutes of the Eighty-Third Annual Meeting of the Brookfield Parish Council held on 9 May 2018",
            "Brookfield Parish Council",
        ),
        (
            "Minutes of the Two Hundredth & First Meeting of the Harbour Trust held on 1 June 2018",
            "Harbour Trust",
        ),
        # H49: the name stops at "held"; a page's label glued to the title
        (
            "SPECIAL MEETING OF THE MILLBROOK CITY COMMISSION HELD ON MARCH 3, 2015",
            "Millbrook City Commission",
        ),
        (
            "03-03-2015 Special MeetingSPECIAL MEETING OF THE MILLBROOK CITY COMMISSION\n"
            "HELD THE THIRD DAY OF MARCH",
            "Millbrook City Commission",
        ),
        # H50: a wiki's heading marks
        ("== Steering Group Minutes for Monday, 2 March 2020 ==", "Steering Group"),
        # H51: a web page's section above the title is not the body
        (
            "Downloads\nMarch 2021 Minutes\nWestover Community Council Meeting held on 10th March 2021",
            "Westover Community Council",
        ),
        # H52: a word doubled, and the kind of meeting inside a council's name
        (
            "Minutes of the of Elmley Annual Parish Council Meeting held on 12th May",
            "Elmley Parish Council",
        ),
        # H53: a club's name over a title naming only its committee
        (
            "HIGHFIELD BOWLS CLUB\nMinutes of the Management Committee Meeting held on 4/06/2019",
            "Highfield Bowls Club Management Committee",
        ),
        (
            "Tarnside Heritage Society\n2nd April 2019 – Executive Committee Meeting",
            "Tarnside Heritage Society Executive Committee",
        ),
    ],
)
def test_the_body_named_by_the_title(title, name):
    assert body(title) == name


@pytest.mark.parametrize(
    "title",
    [
        # a list of actions is not a meeting's summary (H47)
        "Summary of Actions from the Board meeting on 28 February 2018",
        # a web page's section (H51)
        "Public Items",
    ],
)
def test_not_a_body(title):
    assert body(title) in (None, "Board")
