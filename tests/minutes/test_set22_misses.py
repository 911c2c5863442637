"""Set 22's misses, fixed as idioms (round 12): each case in our own words (names, posts,
references and layout varied).  Set 22 was run blind first (its README)."""

from __future__ import annotations

from clerk_cli.minutes import extract

from .read import decisions as _decisions

# --- R73: movers one a line, mover records, capitals pairs, limbs under "THAT Council:" -----


def test_a_resolution_block_with_its_mover_and_seconder_one_a_line():
    doc = (
        "Minutes of the Ordinary Meeting of the Kaiwaka District Council held on 4 April 2018\n\n"
        "3.0\nCONFIRMATION OF PREVIOUS MINUTES\nRESOLUTION 2018/40\nMoved\n"
        "Councillor Tane\nSeconded Councillor Whyte\n"
        "THAT Council agrees that the minutes of the meeting held 7 March 2018 are a true record.\n"
        "CARRIED\n4.0\nLONG TERM PLAN\nRESOLUTION 2018/41\nMoved\nHer Worship the Mayor\n"
        "Seconded Deputy Mayor Rawiri\nTHAT Council:\na)\nadopt the consultation document; and\n"
        "b)\ndelegate to the Chief Executive the authority to correct minor errors.\nCARRIED\n"
    )
    assert _decisions(doc) == [
        "Council agrees that the minutes of the meeting held 7 March 2018 are a true record",
        "Adopt the consultation document",
        "Delegate to the Chief Executive the authority to correct minor errors",
    ]


def test_a_lost_resolution_block_decides_nothing():
    doc = (
        "Minutes of the Ordinary Meeting of the Kaiwaka District Council held on 4 April 2018\n\n"
        "RESOLUTION 2018/42\nMoved\nCouncillor Tane\nSeconded Councillor Whyte\n"
        "THAT Council defers the pool closure.\nLOST\n"
    )
    assert _decisions(doc) == []


HORNSBY_LIKE = (
    "Minutes of the General Meeting of Elmvale Shire Council held on 13 June 2018\n\n"
    "CONFIRMATION OF MINUTES\n\n"
    "RESOLVED ON THE MOTION OF COUNCILLOR PRATT, seconded by COUNCILLOR LUM,\n\n"
    "THAT the Minutes of the General Meeting held on 9 May 2018 be confirmed.\n\n"
    "FOR:  Councillors Pratt, Lum\n\nAGAINST:  Nil\n\n"
    "Item 1     GM30/18 Operational Plan\n\n"
    "RESOLVED ON THE MOTION OF COUNCILLOR Lum, seconded by COUNCILLOR Pratt,\n\n"
    "THAT Council:\n\n"
    "1.         Adopt the Operational Plan 2018/19 as amended.\n\n"
    "2.         Note the submissions received during the exhibition.\n"
)


def test_resolved_on_the_motion_of_is_who_moved_it_and_the_words_follow():
    assert _decisions(HORNSBY_LIKE) == [
        "The Minutes of the General Meeting held on 9 May 2018 be confirmed",
        "Adopt the Operational Plan 2018/19 as amended.",
        "Note the submissions received during the exhibition.",
    ]


def test_resolved_on_the_motion_of_with_that_in_the_same_sentence_is_one_decision():
    doc = (
        "Minutes of the Board meeting held on 3 May 2018\n\n"
        "It was resolved on the motion of Ann Pike/Tom Shaw that the accounts be adopted.\n"
    )
    assert len(_decisions(doc)) == 1


def test_a_university_councils_mover_and_seconder_in_capitals():
    doc = (
        "Minutes of University Council held on 27 February 2014\n\n"
        "7. Academic programs committee\n"
        "7.1 Request for decision: new field in public health\n"
        "OKAFOR/LINDQVIST: That Council approve the new field in public health, effective "
        "September 2014.\nCARRIED\n"
    )
    assert _decisions(doc) == [
        "Council approve the new field in public health, effective September 2014"
    ]


# --- A60: a log's key; "By" and "When"; an Action column's cell on its own line ------------


def test_a_logs_key_is_no_task():
    doc = (
        "Actions from Parish Council Meetings\n\n"
        "Each action falls into one of 3 categories:\n\n"
        "  • Open means they are to be started on\n"
        "  • In Progress means they have begun but are not finished\n\n"
        "Key: GREEN on track  AMBER at risk  RED overdue\n"
    )
    assert extract(doc).actions == []


def test_by_and_when_columns_are_who_and_when():
    doc = (
        "Minutes of the Staff Forum held on 24 March 2006\n\n"
        "FORUM ACTION LIST (as at 24 March 2006)\n\n"
        "Minute   Action                                   By      When          Progress\n"
        "009/06   Training plan to the Forum               JL      26/05/06      Moved from March\n"
    )
    [action] = extract(doc).actions
    assert (action.owner, action.due_date.isoformat()) == ("JL", "2006-05-26")


def test_an_action_columns_initials_on_their_own_line_own_the_paragraph():
    doc = (
        "MINUTES OF THE STAFF FORUM HELD ON FRIDAY, 24 MARCH 2006\n\n"
        "Present:\n\nMr T Wallace (Chair) Mrs K Moffat Mr D Nairn Ms E Lowrie\n\n"
        "Mr Wallace said that he would write to the retiring members to thank them.      ACTION\n"
        "                                                                             TW\n\n"
        "018/06 REVIEWS\n\n"
        "Mrs Moffat said the review backlog would be looked at by a short-life group.\n"
        "                                                                             KM/DN\n"
    )
    owners = {a.owner for a in extract(doc).actions}
    assert {"TW", "KM/DN"} <= owners


def test_initials_on_their_own_line_naming_nobody_listed_own_nothing():
    doc = (
        "MINUTES OF THE STAFF FORUM HELD ON FRIDAY, 24 MARCH 2006\n\n"
        "Present:\n\nMr T Wallace (Chair) Mrs K Moffat\n\n"
        "The Forum noted the update on the NHS pension scheme.\n"
        "                                                                             NHS\n"
    )
    assert extract(doc).actions == []
