"""Set 26's misses, fixed as idioms (round 16): each case in our own words (names, posts and
layout varied).  Set 26 was run blind first (its README)."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

from .read import decisions, tasks


def meeting(doc: str) -> tuple[str | None, str | None]:
    found = extract(doc).meeting
    return found.body, found.date and found.date.isoformat()


@pytest.mark.parametrize(
    "title,body,when",
    [
        # a form's next label run onto the name's line (H36)
        (
            "Meeting Name: Elmshire CCG Governing Body Meeting Date/Time: Tuesday 5th March "
            "2024 10:00 - 12:30",
            "Elmshire CCG Governing Body",
            "2024-03-05",
        ),
        ("Committee: Harbour Board Venue: Pier House, Elmport", "Harbour Board", None),
        # "Minutes from / for the ...": as "Minutes of the ..." (H36)
        (
            "Minutes from the Public Council of Members Meeting – 4 May 2023",
            "Public Council of Members",
            "2023-05-04",
        ),
        # a municipality's name before a full stop (H36)
        (
            "Town of Harbour Grace. Special Council Meeting, May 2, 2019",
            "Town of Harbour Grace",
            "2019-05-02",
        ),
        # a moderngov meeting page's heading: the venue, the body, the date (H36)
        (
            "Council Chamber, Audit and Standards Committee - Tuesday, 5th March, 2024 7.00 pm",
            "Audit and Standards Committee",
            "2024-03-05",
        ),
        (
            "Zoom/Online, Licensing Panel - Friday, 12th July, 2024 2.00 pm",
            "Licensing Panel",
            "2024-07-12",
        ),
        # (a place name first is part of the body's name, not a venue)
        (
            "Chester, Ellesmere and Neston Joint Scrutiny Committee - Monday, 4 March 2024 6:00 pm",
            "Chester, Ellesmere and Neston Joint Scrutiny Committee",
            "2024-03-04",
        ),
        # a title's short date (H36): month first only where the day shows it
        ("Regular Board Meeting 4-23-09", "Board", "2009-04-23"),
        ("Special Board Meeting 4-05-09", "Board", None),
        ("Community Centre Trust meeting - October 16", "Community Centre Trust", None),
    ],
)
def test_titles_name_the_body(title, body, when):
    doc = f"{title}\n\nPresent: A Ames, B Brook, C Cole\n\n1. Apologies\nNone were received.\n"
    assert meeting(doc) == (body, when)


def test_a_resolution_number_on_the_label_line_over_the_words():
    doc = (
        "Minutes of the Ordinary Meeting of the Harbour Board held on 3 April 2021\n\n"
        "4. Confirmation of Minutes\n"
        "Resolved HB/2021/31\n"
        "That the Board\n"
        "1. Confirms the minutes of the meeting held on 6 March 2021 as a true record.\n"
        "Ames/Brook Carried\n"
        "5. Dredging Programme\n"
        "RESOLUTION NO. 2021/32\n"
        "That the Board\n"
        "1. Approves the dredging programme for 2021/22; and\n"
        "2. Asks the Harbour Master to report on its cost by 30 June 2021.\n"
        "Cole/Ames Carried\n"
    )
    assert decisions(doc) == [
        "Confirms the minutes of the meeting held on 6 March 2021 as a true record.",
        "Approves the dredging programme for 2021/22",
        "Asks the Harbour Master to report on its cost by 30 June 2021",
    ]


def test_the_meetings_own_chair_and_minute_taker_are_not_tasks():
    doc = (
        "Minutes of the Pavilion Trust meeting held on 9 May 2016\n\n"
        "1. Greta Hume agreed to chair the meeting.\n"
        "2. Owen Lyle agreed to take the minutes.\n"
        "3. Maintenance\n"
        "Owen Lyle agreed to chair the working group on the roof.\n"
        "Greta Hume will ask two roofers for quotes before the next meeting.\n"
    )
    assert tasks(doc) == [
        "Owen Lyle agreed to chair the working group on the roof.",
        "Greta Hume will ask two roofers for quotes before the next meeting.",
    ]


def test_a_manner_adverb_between_commas_still_decides():
    doc = (
        "Minutes of the Pavilion Trust meeting held on 9 May 2016\n\n"
        "1. Minutes\nThe minutes of 11 April were, unanimously, approved as a true record.\n"
        "2. Grants\nThe Trustees, unanimously, decided to give the bowls club £200.\n"
        "3. Lettings\nThe Trustees, in the end, discussed the lettings policy at length.\n"
    )
    found = decisions(doc)
    assert len(found) == 2, found
    assert "bowls club" in found[1]
