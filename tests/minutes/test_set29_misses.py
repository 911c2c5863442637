"""Set 29's misses, fixed as idioms (round 19): each case in our own words (names, posts and
layout varied).  Set 29 was run blind first (its README)."""

from __future__ import annotations

import pytest

from .read import decisions, meeting_body

HEAD = "Minutes of the Ordinary Meeting of the Elm Vale Council held on 4 May 2022\n\n"


def test_a_resolution_number_and_movers_between_resolved_and_that():
    doc = (
        f"{HEAD}12.2 Water strategy\n"
        "RESOLVED [12/23] (Ames/Boyd) that the Minutes of the meeting held 6 April 2022 be "
        "confirmed.\n\n"
        "RESOLVED [13/23] (Boyd/Cole) that Council:\n\n"
        "1. Endorse the terms of reference for the water strategy working group.\n\n"
        "2. Delegate authority to the General Manager to appoint its members.\n"
    )
    assert decisions(doc) == [
        "The Minutes of the meeting held 6 April 2022 be confirmed.",
        "Endorse the terms of reference for the water strategy working group.",
        "Delegate authority to the General Manager to appoint its members.",
    ]


def test_a_housing_authoritys_numbered_votes():
    doc = (
        f"{HEAD}Minutes         Move Ann     Second Bo     Vote 3-0\n"
        "04-112  VOTED: To accept the minutes of the meeting of April 6, 2022, as presented.\n\n"
        "Finances        Move Bo      Second Ann    Vote 3-0\n"
        "04-113  VOTED: To approve the bill roll for April, 2022.\n"
    )
    assert len(decisions(doc)) == 2


@pytest.mark.parametrize(
    "line,decides",
    [
        ("After discussion the Committee resolved to support the application.", True),
        ("Following a short debate the Board agreed to defer the item to June.", True),
        ("The council had no objection.", True),
        ("The schedule of payments for March totalling £1,204.50 was approved.", True),
        ("The accounts listed, totalling £310.00, were approved for payment.", True),
        (
            "Election of Chairman: Cllr. P. Dunn was proposed by Cllr. Mrs. Hale, seconded by "
            "Cllr. Moss, and elected Chairman for 2020/21.",
            True,
        ),
        (
            "It was then proposed by Councillor Ames, seconded by Councillor Boyd and RESOLVED "
            "(four in favour, two against) that the bench be replaced.",
            True,
        ),
        ("RESOLVED (nem con) that the budget be approved.", True),
        # (a report of accounts, and a task after discussion: no decisions)
        ("The accounts were reported by the auditor.", False),
        ("After discussion the Council agreed that the Clerk would write to the owner.", False),
    ],
)
def test_parish_and_board_decisions(line, decides):
    doc = f"{HEAD}5. Business\n{line}\n"
    assert bool(decisions(doc)) is decides, decisions(doc)


def test_the_bench_vote_keeps_only_its_words():
    doc = (
        f"{HEAD}5. Bench\nIt was then proposed by Councillor Ames, seconded by Councillor Boyd "
        "and RESOLVED (four in favour, two against) that the bench be replaced.\n"
    )
    assert decisions(doc) == ["The bench be replaced"]


def test_a_places_name_over_a_parish_council_title_and_a_sites_menu():
    doc = (
        "Elm Green Parish\nParish Meetings & Minutes\n\n"
        "Minutes of the Parish Council Meeting 4th May 2019\n\nPresent\nAnn Ames (Chair)\n"
    )
    assert meeting_body(doc) == "Elm Green Parish Council"
