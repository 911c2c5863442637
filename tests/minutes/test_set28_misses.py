"""Set 28's misses, fixed as idioms (round 18): each case in our own words (names, posts and
layout varied).  Set 28 was run blind first (its README)."""

from __future__ import annotations

import pytest

from clerk_cli.minutes import extract

from .read import decisions

HEAD = "Minutes of the Annual General Meeting of the Elm Bowls Club held on 3 March 2020\n\n"


@pytest.mark.parametrize(
    "line",
    [
        "Chairman - Mary Kettle elected unopposed",
        "Secretary: Owen Pryce re-elected, unopposed.",
        "Captain: Dev re-elected by acclamation, after a short speech.",
        "Treasurer - Ann Lowe Proposed RT Seconded GB",
        "Fixtures officer - Sam Hale Proposed GB Seconded AL",
        "2nd XI Captain - Joe Mills elected unopposed",
    ],
)
def test_an_agms_elections_one_office_a_line(line):
    doc = f"{HEAD}6. Election of Officers\n{line}\n"
    assert len(decisions(doc)) == 1, decisions(doc)


def test_the_following_were_elected_over_a_list_of_offices():
    doc = (
        f"{HEAD}6. Election of Officers\nThe following were elected unopposed:\n"
        "Chairman - Mary Kettle\nSecretary - Owen Pryce\nGreens Steward - Alf Dunn\n\n"
        "7. Any other business\nThe bar will close at nine.\n"
    )
    assert decisions(doc) == [
        "Chairman - Mary Kettle elected",
        "Secretary - Owen Pryce elected",
        "Greens Steward - Alf Dunn elected",
    ]


@pytest.mark.parametrize(
    "line,decides",
    [
        ("There was a broad consensus of those present that the fees should not rise.", True),
        ("There was consensus that we keep the current meeting time.", True),
        ("Agreed fees remain at £40 for next season.", True),
        ("Agreed no matches on Sunday mornings until the pitch recovers.", True),
        ("Agreed Priya to be kept on as groundsman until March.", True),
        ("The Committee recommended that the Board renew the grant at £12,000.", True),
        ("The Panel recommended approval to the Trustees of a grant of £5,000.", True),
        ("Request to retire the old mailing list: no objections.", True),
        # (a task, an opinion, a speaker's advice: no decisions)
        ("Agreed Priya to contact the groundsman about the roller.", False),
        ("Agreed with the Treasurer's view of the accounts.", False),
        ("The auditor recommended that the club keep better records.", False),
    ],
)
def test_informal_decisions(line, decides):
    doc = f"{HEAD}5. Business\n{line}\n"
    assert bool(decisions(doc)) is decides, decisions(doc)


def test_an_action_number_or_a_diffs_bullet_before_the_owner():
    doc = (
        f"{HEAD}5. Actions\n[113] H. Pask will update the website with the new fees.\n"
        "+ * Owen will send the fixture list to the league today\n"
    )
    assert [a.owner for a in extract(doc).actions] == ["H. Pask", "Owen"]


@pytest.mark.parametrize(
    "head,body",
    [
        (
            "Minutes of the Committee Meeting of the Elm Vale RUFC held at 8pm on 4 May 2010.",
            "Elm Vale RUFC Committee",
        ),
        (
            "Minutes of the Committee Meeting of the Elm Home & Garden Allotment Society held "
            "at the Club on Tuesday 5 May 2015",
            "Elm Home & Garden Allotment Society Committee",
        ),
        (
            "# Elm Project Technical Steering Committee Meeting 2024-04-24",
            "Elm Project Technical Steering Committee",
        ),
    ],
)
def test_titles_name_the_body(head, body):
    doc = f"{head}\n\nPresent: A Ames, B Boyd\n\n1. Apologies\nNone.\n"
    assert extract(doc).meeting.body == body


def test_committee_present_is_the_attendance_list():
    doc = (
        "Minutes of Committee Meeting - 14 July 2020\n\nCommittee Present\n"
        "Bernard Ash, Dennis Cole, Stuart Quill\n\nBA to update the committee next month.\n"
    )
    found = extract(doc)
    assert found.meeting.body == "Committee"
    assert [a.owner for a in found.actions] == ["Bernard Ash"]
