"""The idioms held-out set 8's blind run missed (examples/minutes/heldout8/README.md), each in
phrasings of our own: every one of these failed before the fix."""

from __future__ import annotations

from clerk_cli.minutes import extract


def _resolutions(text: str) -> list[str]:
    return [r["text"] for r in extract(text).to_json()["resolutions"]]


def _actions(text: str) -> list[str]:
    return [a["text"] for a in extract(text).to_json()["actions"]]


def test_a_term_of_office_is_not_a_task():
    text = (
        "Minutes of the Friends of Elm Park committee, 4 March 2025\n\n"
        "Treasurer Okafor to serve another term. Ruth and Dan to serve two-year terms.\n"
        "Secretary Bell volunteered to remain in the office of Secretary.\n"
        "Ruth to book the hall for the spring fair.\n"
    )
    assert _actions(text) == ["Ruth to book the hall for the spring fair."]


def test_a_seconded_nomination_and_a_body_that_votes_after_a_comma():
    found = _resolutions(
        "Minutes of the Harbour Library Board, 9 January 2025\n\n"
        "Member Diaz offered to stay on as treasurer. The nomination was seconded and "
        "unanimously approved by the Board. The nomination was seconded, and the Board voted "
        "4 to 2 in favour of keeping Ms Ruiz as chair.\n"
    )
    assert len(found) == 2
    assert "keeping Ms Ruiz as chair" in found[1]


def test_a_lower_case_body_that_considered_and_adopted():
    found = _resolutions(
        "Minutes of the first meeting of Loch Arn Community Council, 2 May 2025\n\n"
        "- The community council considered and adopted the draft terms of reference.\n"
        "- The community council noted the police report.\n"
    )
    assert [f.rstrip(".") for f in found] == [
        "The community council considered and adopted the draft terms of reference"
    ]


def test_present_tense_motions_with_initials_and_an_item_label():
    found = _resolutions(
        "Board of Directors, 3 March 2025\n\n"
        "Budget: RT moves to approve the draft budget; LM seconds. Motion carries 6-0-1.\n\n"
        "Audit Report: RT moves to accept. LM seconds. Motion carries 7-0-0.\n\n"
        "Fee rise: LM moves to raise fees; RT seconds. Motion fails 2-5.\n"
    )
    assert found == ["Approve the draft budget", "Accept Audit Report"]


def test_a_nomination_then_elected_with_a_tally():
    found = _resolutions(
        "Board of Directors, 3 March 2025\n\n"
        "Officers: RT nominated Treasurer. Elected 7-0-0. PB nominated to chair the Grants "
        "Committee. Elected unanimously. LM nominated Secretary. Not elected.\n"
    )
    assert found == ["RT nominated Treasurer", "PB nominated to chair the Grants Committee"]


def test_proposed_seconded_and_agreed_on_lines_of_their_own():
    found = _resolutions(
        "Minutes of the March Meeting of Carrow County Council held on 4 March 2025\n\n"
        "1. MINUTES OF THE FEBRUARY MEETING:\n"
        "Proposed by Councillor P. Daly\n"
        "Seconded by Councillor R. Moore\n"
        "AND AGREED\n"
        "“To adopt the minutes of the February meeting held on 4th February, 2025.”\n"
        "2. ROADS PROGRAMME 2025:\n"
        "Proposed by Councillor R. Moore\n"
        "Seconded by Councillor P. Daly\n"
        "AND AGREED\n"
        "To approve the roads programme for 2025.\n"
    )
    assert len(found) == 2
    assert found[0].startswith("Adopt the minutes of the February meeting")
    assert found[1] == "Approve the roads programme for 2025"
